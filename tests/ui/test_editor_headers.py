"""Editor headers say the item's name first, its kind and id second; the recipient's Transfer
group shows without scrolling at 1024x700."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.domain.sections import METADATA, PURPOSES, RECIPIENTS, RETENTION, RULES, SUBJECTS
from app.paths import EXAMPLES
from app.ui.app import open_window
from app.ui.main_window import MainWindow

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(EXAMPLE), settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    yield win
    win.problems.revalidator.wait()


@pytest.mark.parametrize("section", [SUBJECTS, RECIPIENTS, PURPOSES, RULES])
def test_the_header_names_the_item_first_and_its_id_second(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           section: str) -> None:
    item = window.bridge.document.items(section)[1]
    window.reveal(section, item.id)
    qtbot.wait(20)
    editor = window.editors.currentWidget().widget()
    name = getattr(item, "name", "") or item.description.strip().splitlines()[0]
    assert editor.title_label.text() == name[:140]
    assert editor.subtitle_label.isVisible()
    assert editor.subtitle_label.text().endswith(f"· {item.id}")
    assert editor.title_label.font().pointSizeF() > editor.subtitle_label.font().pointSizeF()


@pytest.mark.parametrize("section", [RULES, RETENTION])
def test_a_long_name_in_the_header_does_not_widen_the_form(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           section: str) -> None:
    from app.ui.screenshots import settle

    item = max(window.bridge.document.items(section), key=lambda i: len(i.description))
    window.reveal(section, item.id)
    settle(window)
    scroller = window.editors.currentWidget()
    title = scroller.widget().title_label
    assert len(title.text()) > 80
    assert title.minimumSizeHint().width() < scroller.viewport().width() // 2  # it wraps
    assert title.height() >= title.heightForWidth(title.width())  # every line shown
    if section == RULES:  # (the retention form's own rows are a little wider at 1024)
        assert scroller.widget().width() <= scroller.viewport().width()


def test_the_policy_header_is_its_title(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.reveal(METADATA)
    qtbot.wait(20)
    editor = window.editors.currentWidget().widget()
    assert editor.title_label.text() == window.bridge.policy.policy.title
    assert window.bridge.policy.policy.id in editor.subtitle_label.text()


def test_the_transfer_group_of_a_recipient_shows_at_1024x700(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    recipient = window.bridge.document.items(RECIPIENTS)[0]
    window.reveal(RECIPIENTS, recipient.id)
    from app.ui.screenshots import settle

    settle(window)
    scroller = window.editors.currentWidget()
    editor = scroller.widget()
    viewport = scroller.viewport()
    assert scroller.verticalScrollBar().value() == 0
    for path in (("country",), ("safeguard",)):
        field = editor.fields[path]
        bottom = field.mapTo(viewport, field.rect().bottomLeft()).y()
        assert bottom <= viewport.height(), path  # seen without scrolling
