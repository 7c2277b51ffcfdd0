"""Domain vocabulary shared by every layer: enums, records, errors and money."""
