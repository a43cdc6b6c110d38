"""The retention form's format-2 fields: each edit is one undo step, choices enable fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Disposition, PeriodStart, Trigger
from app.ui.bridge import DocumentBridge
from app.ui.editors.forms import EDITORS


@pytest.fixture
def editor(qtbot, bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    form = EDITORS["retention"](bridge)
    qtbot.addWidget(form)
    form.show_item("keep_email")
    form.resize(900, 900)
    form.show()
    return form


def kept(bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    return bridge.document.find("retention", "keep_email")


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_every_new_field_is_on_the_form(editor) -> None:  # type: ignore[no-untyped-def]
    for name in ("duration", "minimum", "criteria", "trigger", "custom_event", "period_start",
                 "financial_year_start", "disposition", "dispositions", "legal_hold",
                 "legal_hold_reason"):
        assert (name,) in editor.fields, name


def test_custom_event_only_for_a_custom_trigger(qtbot, bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    event = editor.fields[("custom_event",)]
    assert not event.isEnabled()
    choose(editor.fields[("trigger",)].combo, Trigger.CUSTOM)
    assert kept(bridge).trigger == Trigger.CUSTOM and event.isEnabled()
    type_into(qtbot, event, "asset disposed of")
    assert kept(bridge).custom_event == "asset disposed of"
    assert "after asset disposed of" in editor.reads.text()
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert kept(bridge).custom_event == "" and not event.isEnabled()
    assert event.edit.text() == ""


def test_financial_year_start_only_for_that_start(bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    year = editor.fields[("financial_year_start",)]
    assert not year.isEnabled()
    choose(editor.fields[("period_start",)].combo, PeriodStart.END_OF_FINANCIAL_YEAR)
    assert year.isEnabled()
    choose(year.month, 4)
    assert kept(bridge).financial_year_start == "04-01"
    year.day.setValue(6)
    assert kept(bridge).financial_year_start == "04-06"
    assert "financial year (starting 6 April)" in editor.reads.text()
    count = bridge.undo_stack.count()
    bridge.undo_stack.undo()
    assert kept(bridge).financial_year_start == "04-01" and year.day.value() == 1
    assert bridge.undo_stack.count() == count
    choose(year.month, None)
    assert kept(bridge).financial_year_start is None and not year.day.isEnabled()


def test_criteria_instead_of_a_period_and_a_minimum(qtbot, bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    duration, minimum = editor.fields[("duration",)], editor.fields[("minimum",)]
    assert minimum.none.isChecked() and not minimum.indefinite.isVisible()
    criteria = editor.fields[("criteria",)]
    type_into(qtbot, criteria, "for the life of the account")
    duration.none.setChecked(True)
    assert kept(bridge).duration is None and not duration.amount.isEnabled()
    minimum.none.setChecked(False)
    assert str(kept(bridge).minimum) == "P1Y"
    assert editor.reads.text().startswith("Kept for the life of the account, counted from "
                                          "collection, at least 1 year")
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert str(kept(bridge).duration) == "P2Y" and not duration.none.isChecked()
    assert duration.amount.isEnabled()


def test_other_dispositions_and_legal_hold_reason(qtbot, bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    others = editor.fields[("dispositions",)]
    others.boxes["anonymise"].setChecked(True)
    assert kept(bridge).dispositions == [Disposition.ANONYMISE]
    assert "then deleted or anonymised" in editor.reads.text()
    reason = editor.fields[("legal_hold_reason",)]
    assert not reason.isEnabled()
    editor.fields[("legal_hold",)].box.setChecked(True)
    assert reason.isEnabled()
    type_into(qtbot, reason, "tax enquiry open")
    assert kept(bridge).legal_hold_reason == "tax enquiry open"
    assert "under legal hold (tax enquiry open)" in editor.reads.text()
    for _ in range(3):
        bridge.undo_stack.undo()
    assert kept(bridge).dispositions == [] and not kept(bridge).legal_hold
