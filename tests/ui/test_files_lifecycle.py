"""The File menu end to end: new from template, save as, the modified marker, closing with
unsaved work, Open Recent, drag and drop, and the actions' shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from test_files_support import (
    Recorder,
    finish,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.storage.resources import templates
from app.ui.files import dialogs
from app.ui.files.template_dialog import TemplateDialog
from app.ui.main_window import MainWindow
from app.ui.preferences.values import RECENT_DEFAULT


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    return make_window(qtbot, tmp_path)


def test_actions_have_standard_shortcuts_icons_and_tips(window: MainWindow) -> None:
    files = window.files
    keys = QKeySequence.StandardKey
    for action, key in ((files.new_action, keys.New), (files.open_action, keys.Open),
                        (files.save_action, keys.Save), (files.save_as_action, keys.SaveAs)):
        assert action.shortcut() == QKeySequence(key)
        assert not action.icon().isNull()
        assert action.toolTip() and action.statusTip()
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:3] == ["&New from Template...", "&Open...", "Open &Recent"]
    assert texts[-1] == "&Quit"
    assert files.new_action in window.toolbar.actions()


def test_lifecycle_new_save_as_edit_close(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    template = next(t for t in templates() if t.name == "gdpr-online-shop")
    monkeypatch.setattr(dialogs, "ask_template", Recorder(template))
    window.files.new_action.trigger()
    assert window.bridge.path is None
    assert window.policy.policy.id == "online_shop"
    assert not window.bridge.modified  # an untouched template is not unsaved work
    assert window.windowTitle() == "Untitled[*] - Policy Studio"

    target = tmp_path / "shop.policy.yaml"
    ask_path = Recorder(str(target))
    monkeypatch.setattr(dialogs, "ask_save_path", ask_path)
    window.files.save_action.trigger()  # untitled: Save asks where
    assert len(ask_path.calls) == 1
    text = target.read_text(encoding="utf-8")
    assert "# Template: an online shop in the EU" in text  # the template's comments survive
    assert "../../policy_schemas/" not in text
    assert window.windowTitle() == "shop.policy.yaml[*] - Policy Studio"
    assert not window.isWindowModified()
    assert window.statusBar().currentMessage() == f"Saved {target}"

    window.bridge.set_field("policy", None, "title", "Our shop")
    assert window.isWindowModified()
    asked = Recorder(lambda _parent, _name, answer: answer(dialogs.SAVE))
    monkeypatch.setattr(dialogs, "open_save_changes", asked)
    window.quit_action.trigger()
    assert [call[1] for call in asked.calls] == ["shop.policy.yaml"]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "title: Our shop" in target.read_text(encoding="utf-8")


def test_close_cancel_keeps_the_window_and_discard_closes(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    monkeypatch.setattr(dialogs, "open_save_changes",
                        lambda _p, _n, answer: answer(dialogs.CANCEL))
    assert not window.close()
    qtbot.wait(50)
    assert window.isVisible() and window.bridge.modified
    monkeypatch.setattr(dialogs, "open_save_changes",
                        lambda _p, _n, answer: answer(dialogs.DISCARD))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_open_asks_first_and_cancel_keeps_the_document(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_commented(tmp_path)
    window.bridge.set_field("policy", None, "title", "Edited")
    policy = window.policy
    monkeypatch.setattr(dialogs, "ask_open_path", Recorder(str(path)))
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.CANCEL))
    assert not window.files.open()
    assert window.policy is policy and window.bridge.modified
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.DISCARD))
    with qtbot.waitSignal(window.files.opened):
        window.files.open_action.trigger()
    assert window.policy.policy.id == "shop"
    assert not window.bridge.modified
    assert window.windowTitle() == "shop.policy.yaml[*] - Policy Studio"


def test_open_recent_lists_prunes_opens_and_clears(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    first = write_commented(tmp_path, "first.policy.yaml")
    second = write_commented(tmp_path, "second.policy.yaml")
    gone = write_commented(tmp_path, "gone.policy.yaml")
    for path in (gone, first, second):
        open_and_wait(qtbot, window, path)
    recent = window.files.recent
    assert recent.paths() == [str(second), str(first), str(gone)]
    gone.unlink()
    recent.menu.aboutToShow.emit()
    entries = [a for a in recent.menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(second), str(first)]
    assert entries[0].text() == "&1 second.policy.yaml"
    with qtbot.waitSignal(window.files.opened):
        entries[1].trigger()
    assert window.bridge.path == str(first)
    assert recent.paths()[0] == str(first)
    clear = next(a for a in recent.menu.actions() if a.text() == "&Clear Recent")
    clear.trigger()
    assert recent.paths() == []


def test_open_recent_keeps_at_most_eight(window: MainWindow, tmp_path: Path) -> None:
    recent = window.files.recent
    for number in range(RECENT_DEFAULT + 3):
        recent.add(str(write_commented(tmp_path, f"p{number}.policy.yaml")))
    assert len(recent.paths()) == RECENT_DEFAULT
    assert recent.paths()[0].endswith(f"p{RECENT_DEFAULT + 2}.policy.yaml")


_MIME: list[QMimeData] = [QMimeData()]


def _drag_events(path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """Drag-enter and drop events carrying ``path``; the events keep no reference to their
    mime data, so it is kept on the module while the test runs."""
    mime = _MIME[0] = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    drop.setAccepted(False)
    return enter, drop


def test_dropping_a_policy_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_commented(tmp_path, "dropped.policy.yaml")
    enter, drop = _drag_events(path)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.files.opened):
        QApplication.sendEvent(window, drop)
    assert window.bridge.path == str(path)
    assert window.policy.policy.id == "shop"


def test_dropping_another_kind_of_file_is_refused(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    enter, drop = _drag_events(other)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert window.files.loading is None


def test_template_dialog_shows_titles_descriptions_and_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert titles == [t.title for t in templates()]
    assert dialog.template() is not None and dialog.template().name == "blank"  # type: ignore[union-attr]
    dialog.select("gdpr-online-shop")
    shop = next(t for t in templates() if t.name == "gdpr-online-shop")
    assert dialog.title.text() == shop.title
    assert dialog.description.text() == shop.description
    assert "Data categories: " in dialog.preview.text()
    assert "Use rules: " in dialog.preview.text()


def test_new_keeps_the_document_when_unsaved_work_is_kept(window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    policy = window.policy
    monkeypatch.setattr(dialogs, "ask_template", Recorder(templates()[0]))
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.CANCEL))
    assert not window.files.new()
    assert window.policy is policy
    finish(window)
