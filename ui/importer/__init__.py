"""The spreadsheet import wizard (File > Import…): file, mapping, dry run, import, result."""
