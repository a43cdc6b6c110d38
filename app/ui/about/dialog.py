"""Help > About Policy Studio: the version, what it runs on, licences, and where its files are.

The settings file and the recovery folder (autosaved unsaved work) are shown as paths to copy,
with a button that opens their folder in the file manager.
"""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.i18n import translate
from app.ui.about.licences import libraries
from app.ui.files.recovery import default_recovery_dir
from app.ui.main_window import APP_NAME


def versions_line() -> str:
    """Python, Qt and Qt for Python versions, in one line."""
    words = translate("About", "Python {python} · Qt {qt} · Qt for Python {pyside}")
    return words.format(python=platform.python_version(), qt=qVersion(), pyside=pyside_version)


def licence_model(parent: QWidget) -> QStandardItemModel:
    """A read-only table of the libraries: name, version, licence."""
    model = QStandardItemModel(0, 3, parent)
    model.setHorizontalHeaderLabels([translate("About", "Library"), translate("About", "Version"),
                                     translate("About", "Licence")])
    try:
        found = libraries()
    except metadata.PackageNotFoundError:
        found = []
        missing = translate("About", "{app} is not installed as a package: its libraries cannot "
                                     "be listed").format(app=APP_NAME)
        model.appendRow([QStandardItem(missing), QStandardItem(""), QStandardItem("")])
    for library in found:
        cells = [QStandardItem(library.name), QStandardItem(library.version or "-"),
                 QStandardItem(library.licence)]
        for cell in cells:
            cell.setEditable(False)
            cell.setToolTip(cell.text())
        model.appendRow(cells)
    return model


class AboutDialog(QDialog):
    """The About box of the application."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(f"{APP_NAME} {__version__}", self)
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading.setFont(heading_font)
        summary = QLabel(translate(
            "About", "Compose, validate, explain and export data-use policies: which personal data "
            "may be used for which purposes, under which legal basis and consent, shared with "
            "whom, and kept for how long."), self)
        summary.setWordWrap(True)
        self.versions = QLabel(versions_line(), self)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setAccessibleName(translate("About", "Versions"))
        self.table = QTableView(self)
        self.table.setModel(licence_model(self))
        self.table.setAccessibleName(translate("About", "Libraries and their licences"))
        self.table.setAccessibleDescription(translate(
            "About", "Each library the application needs, its version and its licence"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setWordWrap(False)  # a long licence is elided; its tooltip says it all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        libraries_label = QLabel(translate("About", "&Libraries it runs on:"), self)
        libraries_label.setBuddy(self.table)
        self.settings_path = Path(settings.fileName())
        self.recovery_path = default_recovery_dir()
        places = QGridLayout()
        places.setColumnStretch(1, 1)
        self.settings_row = self._place(
            places, 0, (translate("About", "Settings file:"),
                        translate("About", "Copy the settings file's path"),
                        translate("About", "Open the folder of the settings file")),
            self.settings_path, self.settings_path.parent)
        self.recovery_row = self._place(
            places, 1, (translate("About", "Recovery folder:"),
                        translate("About", "Copy the recovery folder's path"),
                        translate("About", "Open the recovery folder")),
            self.recovery_path, self.recovery_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, summary, self.versions, libraries_label):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(places)
        layout.addWidget(buttons)
        self.resize(720, 560)  # within a 1024x700 screen

    def _place(self, grid: QGridLayout, row: int, words: tuple[str, str, str], path: Path,
               folder: Path) -> tuple[QLineEdit, QPushButton, QPushButton]:
        """A row: title, the path (read-only, selectable), Copy, Open folder (returned).

        ``words``: the title, and what the two buttons do (their accessible names).
        """
        title, copy_name, open_name = words
        field = QLineEdit(str(path), self)
        field.setReadOnly(True)
        field.setAccessibleName(title.rstrip(":"))
        field.setAccessibleDescription(translate("About", "Where it is kept (read-only; select "
                                                          "or copy it)"))
        field.setCursorPosition(0)
        copy = QPushButton(translate("About", "Copy"), self)
        copy.setAccessibleName(copy_name)
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
        opener = QPushButton(translate("About", "Open folder"), self)
        opener.setAccessibleName(open_name)
        opener.setAutoDefault(False)
        opener.setEnabled(folder.is_dir())
        if not folder.is_dir():
            opener.setToolTip(translate("About", "Not made yet: nothing has been written there"))
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        label = QLabel(title, self)
        label.setBuddy(field)
        for column, widget in enumerate((label, field, copy, opener)):
            grid.addWidget(widget, row, column)
        return field, copy, opener


def show_about(parent: QWidget, settings: QSettings) -> AboutDialog:
    """Open the About box (window-modal); returns it."""
    dialog = AboutDialog(settings, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
