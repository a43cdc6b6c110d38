"""The "Policy document" view: a live preview of the document legal reads, with exports.

The HTML comes from the preview's kind (:mod:`.kind`: the policy document of
:mod:`app.exporters.policy_document`, or another readable document); it is rebuilt a moment
after the last edit (edits arrive through the bridge's ``changed``/``reset`` signals), on a
worker over a snapshot of the policy (building a large policy's document takes seconds),
keeping the reader's page and scroll position. Putting HTML into the browser is GUI-thread work
that grows with its length, so the worker also cuts a long document into pages (:mod:`.pages`)
and the view shows one at a time, with a page bar to move between them. The page is paper
whatever the palette. The export buttons reuse the kind's exporters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import Change
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.exporters.registry import ExportResult, get, run_export
from app.exporters.writing import write_result
from app.ui.background import BackgroundRunner
from app.ui.bridge import DocumentBridge
from app.ui.files.tasks import run_blocking
from app.ui.views.document.build import Built, error_count
from app.ui.views.document.kind import FILE_KINDS, POLICY_DOCUMENT, Preview
from app.ui.views.document.pager import PageBar
from app.ui.views.document.pages import Pages
from app.ui.views.words import in_sentence
from app.validation.snapshot import SnapshotCache

DEBOUNCE_MS = 300
UPDATING = QT_TRANSLATE_NOOP("documents view", "Updating\u2026")
ErrorCount = Callable[[], int | None]
"""The number of error findings of the policy as it is now, or None when not known yet."""
PAPER_LINKS = "a{color:#0b57d0}"
"""Links as on paper: otherwise the browser takes the application palette's link colour, a
dark theme's light blue, unreadable on the white page."""


def ask_document_path(parent: QWidget, kind: str, suggested: str,
                      title: str = POLICY_DOCUMENT.title) -> str | None:
    """Ask where to write the ``title`` document as ``kind`` (a suffix such as html or pdf).

    None when cancelled.
    """
    shown = translate("documents view", title)
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("documents view", "Export {title} as {format}").format(
            title=in_sentence(shown), format=kind.upper()),
        suggested, translate("documents view", FILE_KINDS[kind]))
    if path and not path.lower().endswith("." + kind):
        path += "." + kind
    return path or None


def show_export_problem(parent: QWidget, text: str) -> None:
    """Tell the user an export failed (tests replace this)."""
    QMessageBox.critical(parent, translate("documents view", "Export failed"), text)


class DocumentView(QWidget):
    """A read-only, live preview of a readable document with its export buttons.

    Given several ``kinds``, a list at the start of its bar chooses the document previewed.
    """

    TITLE = QT_TRANSLATE_NOOP("views", "Documents")

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None,
                 known_errors: ErrorCount | None = None,
                 kind: Preview = POLICY_DOCUMENT, kinds: Sequence[Preview] = ()) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.kind = kind
        self.kinds = list(kinds) or [kind]
        """The documents the view can show, in the order of its list."""
        self.known_errors = known_errors
        """Where the findings already made come from (the Problems panel's validation)."""
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.go_to(url.fragment()))
        self.browser.setAccessibleName(kind.preview_name)
        self.browser.setAccessibleDescription(translate(
            "documents view", "The document as it is exported, read-only: a link goes to the "
            "item it names"))
        self.browser.setPalette(paper_palette(self.browser.palette()))
        self.browser.document().setDefaultStyleSheet(PAPER_LINKS)
        self.pages = Pages()
        """The document shown, in pages (one for most policies)."""
        self.page = 0
        """The page shown."""
        self.page_bar = PageBar(self)
        self.page_bar.chosen.connect(self.show_page)
        self.browser.installEventFilter(self)
        self.chooser = QComboBox(self)
        self.chooser.addItems([k.shown_title for k in self.kinds])
        self.chooser.setCurrentIndex(self.kinds.index(kind))
        self.chooser.setAccessibleName(translate("documents view", "Document shown"))
        self.chooser.setToolTip(translate("documents view", "The document to preview and export"))
        self.chooser.currentIndexChanged.connect(lambda i: self.show_kind(self.kinds[i]))
        self.chooser.setVisible(len(self.kinds) > 1)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(16)  # a longer title is cut in the closed list
        self.page_bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export_buttons: dict[str, QPushButton] = {}
        """The export button of each suffix the kind shown exports (html, pdf, md...)."""
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.chooser)
        self.bar.addStretch(1)
        self.bar.addWidget(self.page_bar)
        exporting = QLabel(translate("documents view", "Export as"), self)
        exporting.setToolTip(translate("documents view", "Write the document shown to a file"))
        self.bar.addSpacing(8)
        self.bar.addWidget(exporting)
        self._add_export_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.bar)
        layout.addWidget(self.status)  # a line of its own: the bar is full at 1024 pixels
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self._cache = SnapshotCache()
        self.runner = BackgroundRunner(
            self, current=lambda: (bridge.document, bridge.document.revision, self.kind))
        self.runner.published.connect(self._show)
        self.runner.failed.connect(self._failed)
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)
        self._stale = True

    def _add_export_buttons(self) -> None:
        """Put the kind's export buttons at the end of the bar, in place of the last kind's."""
        for button in self.export_buttons.values():
            self.bar.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.export_buttons = {}
        for suffix, _name in self.kind.formats:
            button = QPushButton(f"{suffix.upper()}...", self)
            button.setAccessibleName(
                translate("documents view", "Export {format}").format(format=suffix.upper()))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setToolTip(translate(
                "documents view", "Write the {title} as a {format} file").format(
                title=in_sentence(self.kind.shown_title), format=suffix.upper()))
            button.clicked.connect(lambda _checked=False, s=suffix: self.export(s))
            self.export_buttons[suffix] = button
            self.bar.addWidget(button)

    def show_kind(self, kind: Preview) -> None:
        """Preview ``kind`` (one of :attr:`kinds`) from its first page."""
        if kind is self.kind:
            return
        self.kind = kind
        self.chooser.setCurrentIndex(self.kinds.index(kind))
        self.browser.setAccessibleName(kind.preview_name)
        self._add_export_buttons()
        self.pages, self.page = Pages(), 0
        self.browser.clear()
        self.page_bar.set_pages(self.pages.titles, 0)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+PgUp / Alt+PgDown in the preview turn its page."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self.page_bar.turn(event)):
            return True
        return super().eventFilter(watched, event)

    @property
    def busy(self) -> bool:
        """True while a rebuild is due or under way."""
        return self.timer.isActive() or self.runner.busy

    def _on_change(self, change: Change) -> None:
        self._cache.invalidate(change)
        self.schedule()

    def _on_reset(self) -> None:
        self._cache.clear()
        self.schedule()

    def schedule(self, *_args: object) -> None:
        """Rebuild the preview once edits pause (only while it is shown).

        Building the whole document of a large policy takes seconds, so a hidden preview just
        remembers.
        """
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Show the preview, rebuilding it first when edits came while it was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Start rebuilding the preview from the policy as it is now, on a worker.

        The result replaces the shown document (keeping the scroll position) unless the policy
        changed meanwhile.
        """
        self._stale = False
        self.timer.stop()
        snapshot = self._cache.snapshot(self.bridge.document.policy)
        known = self.known_errors() if self.known_errors is not None else None
        self.status.setText(translate("documents view", UPDATING))
        build = self.kind.build
        self.runner.submit(lambda: build(snapshot, known))

    def _show(self, built: Built) -> None:
        self.pages, summary = built
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self._set_page(min(self.page, len(self.pages) - 1))
        bar.setValue(min(position, bar.maximum()))
        self.page_bar.set_pages(self.pages.titles, self.page)
        self.status.setText(summary)

    def _set_page(self, index: int) -> None:
        self.page = max(index, 0)
        self.browser.setHtml(self.pages.pages[self.page] if self.pages.pages else "")
        self.page_bar.set_current(self.page)

    def show_page(self, index: int) -> None:
        """Show page ``index`` of the document, from its top."""
        if 0 <= index < len(self.pages) and index != self.page:
            self._set_page(index)
            self.browser.verticalScrollBar().setValue(0)

    def go_to(self, anchor: str) -> None:
        """Show the place named ``anchor`` (a link of the contents), on whichever page it is."""
        page = self.pages.page_of(anchor)
        if page is not None:
            self.show_page(page)
        self.browser.scrollToAnchor(anchor)

    def _failed(self, error: Exception) -> None:
        self.status.setText(translate(
            "documents view", "The preview could not be built: {error}").format(
            error=f"{type(error).__name__}: {error}"))

    def text(self) -> str:
        """The preview's plain text."""
        return self.browser.toPlainText()

    def export(self, kind: str) -> Path | None:
        """Ask for a file and write the document as ``kind`` (one of the kind's suffixes)."""
        stem = Path(self.bridge.path).name.split(".")[0] if self.bridge.path else "policy"
        chosen = ask_document_path(self, kind, f"{stem}{self.kind.stem}.{kind}", self.kind.title)
        if not chosen:
            return None
        target = Path(chosen)
        exporter = get(dict(self.kind.formats)[kind])
        snapshot = self.bridge.policy.model_copy(deep=True)
        known = self.known_errors() if self.known_errors is not None else None

        def work() -> ExportResult:  # validates on the worker when the count is not known
            errors = error_count(snapshot) if known is None else known
            result = run_export(exporter, snapshot, errors)
            write_result(result, target)
            return result

        try:
            run_blocking(work, self, translate("documents view", "Exporting {title}...").format(
                title=exporter.title))
        except (OSError, ValueError) as exc:
            show_export_problem(self, f"{target}: {exc}")
            return None
        self.status.setText(
            translate("documents view", "Wrote {file}").format(file=target.name))
        return target


def paper_palette(base: QPalette) -> QPalette:
    """``base`` with a white page and black text.

    The document's own colours assume paper, whatever the desktop's theme (set explicitly, these
    roles survive a change of theme).
    """
    paper = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        paper.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(group, QPalette.ColorRole.Text, QColor("#1f2328"))
        # Links as on paper too: a dark theme's light link colour is unreadable on white.
        paper.setColor(group, QPalette.ColorRole.Link, QColor("#0b57d0"))
        paper.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#6f42c1"))
    return paper
