"""The desktop editor (the only package, with the PDF exporter, that imports Qt)."""
