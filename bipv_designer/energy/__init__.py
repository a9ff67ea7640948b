"""Energy balance against the load: load profiles, export limits, storage."""
