"""Forms that edit the metadata and every kind of item."""
