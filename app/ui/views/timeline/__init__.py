"""The retention timeline view (and the diagram canvas and export it shares)."""
