"""The reusable editor widgets on their own, the registry and the editor host."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.edits import AddItem
from app.domain.models import DataCategory
from app.domain.sections import SECTION_KEYS
from app.domain.sections import section as section_info
from app.ui.bridge import DocumentBridge
from app.ui.editors.chips import FlowLayout
from app.ui.editors.duration_edit import DurationEdit
from app.ui.editors.forms import EDITORS
from app.ui.editors.host import EditorHost
from app.ui.editors.pickers import (
    DeclaredItemsModel,
    IdRole,
    IndentRole,
    WordFilterProxy,
    tree_order,
)
from app.ui.editors.registry import editor_class

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.fixture
def duration(qtbot) -> DurationEdit:  # type: ignore[no-untyped-def]
    edit = DurationEdit("Keep for")
    qtbot.addWidget(edit)
    edit.set_value("P30D")
    return edit


def test_duration_two_years(qtbot, duration: DurationEdit) -> None:  # type: ignore[no-untyped-def]
    duration.set_value("P30D")
    with qtbot.waitSignal(duration.committed) as amount:
        duration.amount.setValue(2)
    assert amount.args == ["P2D"]
    with qtbot.waitSignal(duration.committed) as unit:
        duration.unit.setCurrentIndex(duration.unit.findData("Y"))
    assert unit.args == ["P2Y"]
    assert duration.value() == "P2Y"


def test_duration_indefinite(qtbot, duration: DurationEdit) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(duration.committed) as blocker:
        duration.indefinite.setChecked(True)
    assert blocker.args == ["indefinite"]
    duration.set_value("indefinite")
    assert duration.iso.text() == "indefinite"
    assert not duration.unit.isEnabled()


def test_set_value_never_emits(qtbot, duration: DurationEdit) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(duration.committed):
        duration.set_value("P6M")
        duration.set_value("indefinite")
        duration.set_value("P1Y6M")
    assert duration.words.text() == "(1 year and 6 months)"


def test_tree_order_indents_declared_ancestors() -> None:
    items = [DataCategory(id=i) for i in ("contact.email", "location.precise", "contact",
                                          "contact_x")]
    assert [(item.id, depth) for item, depth in tree_order(items)] == [
        ("contact", 0), ("contact.email", 1), ("contact_x", 0), ("location.precise", 0)]


def test_picker_model_and_filter(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    items = [DataCategory(id="contact", name="Contact details"),
             DataCategory(id="contact.email", name="Email address"),
             DataCategory(id="location", name="Location")]
    model = DeclaredItemsModel(items, chosen=["location"])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Email address  (contact.email)"
    assert model.index(1, 0).data(IndentRole) == 1
    assert "already chosen" in model.index(2, 0).data()
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_words("EMAIL contact")
    assert [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())] == [
        "contact.email"]
    proxy.set_words("")
    assert proxy.rowCount(QModelIndex()) == 3


def test_flow_layout_wraps(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    labels = [QLabel("x" * 20, host) for _ in range(6)]
    for label in labels:
        flow.addWidget(label)
    one_line = flow.heightForWidth(10_000)
    assert flow.heightForWidth(labels[0].sizeHint().width() + 4) > 3 * one_line


def test_registry_has_a_form_for_every_section() -> None:
    for section in ("policy", "categories", "subjects", "recipients", "purposes", "rules",
                    "retention"):
        assert editor_class(section) is EDITORS[section]
    assert editor_class("nothing") is None


def test_host_shows_forms_and_focuses_fields(qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    host = EditorHost(bridge)
    qtbot.addWidget(host)
    host.show()
    host.show_item("policy", None)
    assert host.editor_for("policy").fields[("title",)].edit.text() == "UI test policy"
    host.show_item("rules", "no_location_ads")
    editor = host.editor_for("rules")
    assert editor.item_id == "no_location_ads"
    host.focus_field(("rules", 0, "categories", 0))
    assert editor.item_id == "newsletter_email"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="example policy not available")
def test_every_form_renders_the_example(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    window = open_window(str(EXAMPLE))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    policy = window.bridge.policy
    for section in ("policy", *SECTION_KEYS):
        if section != "policy" and not getattr(policy, section):  # e.g. no region groups
            window.bridge.apply(AddItem(section, section_info(section).new_item("new_one")))
        item = None if section == "policy" else getattr(policy, section)[0].id
        window.navigator.select(section, item)
        qtbot.wait(10)
        editor = window.editors.editor_for(section)
        assert editor is not None and editor.isVisible()
        assert not editor.form_page.isHidden()
        image = window.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / f"{section}.png"))


def test_focus_field_scrolls_the_field_into_view(qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    host = EditorHost(bridge)
    qtbot.addWidget(host)
    host.resize(900, 300)
    host.show()
    host.show_item("policy", None)
    qtbot.wait(10)
    bar = host.currentWidget().verticalScrollBar()
    assert bar.value() == 0
    host.focus_field(("policy", "security_measures"))
    assert bar.value() > 0
