"""The project document: frozen dataclasses with stable ids, JSON file format, migrations."""
