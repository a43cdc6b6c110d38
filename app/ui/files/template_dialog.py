"""New from Template: pick a bundled starting point, seeing what it contains."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.domain.typography import labelled, number
from app.storage.resources import Template, templates
from app.ui.icons import icon


def counts_text(template: Template) -> str:
    """"Data categories: 12" lines for what the template holds."""
    return "\n".join(labelled(title, number(count)) for title, count in template.counts)


class TemplateDialog(QDialog):
    """A list of templates beside the chosen one's description and contents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("files", "New Policy from Template"))
        self.setWindowIcon(icon("document-new"))
        self._templates = templates()
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("files", "Templates"))
        self.list.setMinimumWidth(250)
        self.list.setMaximumWidth(300)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for template in self._templates:
            item = QListWidgetItem(icon("policy"), template.title)
            item.setToolTip(template.path.name)
            self.list.addItem(item)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview = QLabel(self)
        self.preview.setAccessibleName(translate("files", "What the template contains"))
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.source = QLabel(self)
        self.source.setEnabled(False)
        details = QVBoxLayout()
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addSpacing(8)
        heading = QLabel(translate("files", "Contains"), self)
        heading.setStyleSheet("font-weight: bold")
        details.addWidget(heading)
        details.addWidget(self.preview)
        details.addStretch(1)
        details.addWidget(self.source)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("files", "Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(680, 400)
        if self._templates:
            blank = next((i for i, t in enumerate(self._templates) if t.name == "blank"), 0)
            self.list.setCurrentRow(blank)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._templates):
            return
        template = self._templates[row]
        self.title.setText(template.title)
        self.description.setText(template.description or translate("files", "No description."))
        self.preview.setText(counts_text(template))
        self.source.setText(translate("files", "Template file: {name}").format(
            name=template.path.name))

    def template(self) -> Template | None:
        """The selected template."""
        row = self.list.currentRow()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def select(self, name: str) -> None:
        """Select the template called ``name`` (e.g. "blank")."""
        for row, template in enumerate(self._templates):
            if template.name == name:
                self.list.setCurrentRow(row)
