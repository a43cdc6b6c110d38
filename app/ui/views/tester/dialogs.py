"""File choosers for batch requests (small functions, so tests can stub them)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

CSV_FILTER = "CSV files (*.csv);;All files (*)"


def ask_open_csv(parent: QWidget | None) -> str | None:
    """Ask for a CSV file of requests; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, "Load requests", "", CSV_FILTER)
    return path or None


def ask_save_csv(parent: QWidget | None) -> str | None:
    """Ask where to save the answers; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, "Save answers", "answers.csv", CSV_FILTER)
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path or None
