"""Reading and writing policy files: safe YAML loading, round-trip saving, canonical JSON."""
