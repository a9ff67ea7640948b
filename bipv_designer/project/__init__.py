"""The project document: frozen msgspec Structs with stable ids, JSON file format, migrations."""
