"""File > Export in the window."""

from app.ui.export.controller import ExportController, install_export

__all__ = ["ExportController", "install_export"]
