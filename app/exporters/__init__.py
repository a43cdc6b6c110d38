"""Exporters: one module per output format, found through :mod:`app.exporters.registry`.

Nothing here imports Qt except the PDF writer (:mod:`app.exporters.pdf`), and it only when a
PDF is made.
"""
