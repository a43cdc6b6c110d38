"""File handling for the main window.

New from template, open, save, recent files, recovery after a crash, and files changed on disk.
"""

from app.ui.files.controller import FileController, install_files

__all__ = ["FileController", "install_files"]
