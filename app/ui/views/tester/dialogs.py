"""File choosers for batch requests (small functions, so tests can stub them)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.i18n import translate


def _csv_filter() -> str:
    return translate("tester batch", "CSV files (*.csv)") + ";;" + translate(
        "tester batch", "All files (*)")


def ask_open_csv(parent: QWidget | None) -> str | None:
    """Ask for a CSV file of requests; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("tester batch", "Load requests"),
                                          "", _csv_filter())
    return path or None


def ask_save_csv(parent: QWidget | None) -> str | None:
    """Ask where to save the answers; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("tester batch", "Save answers"),
                                          "answers.csv", _csv_filter())
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path or None
