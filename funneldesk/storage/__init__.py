"""Storage layer: models, engines, migrations and backups. Only services import it."""
