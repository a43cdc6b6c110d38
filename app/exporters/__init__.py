"""Exporters: one module per output format, found through :mod:`app.exporters.registry`.

Nothing here imports Qt; only a PDF exporter may, and then only inside its own module.
"""
