"""The purpose form's legal bases per region, assessment, automated decisions and sale flags:
every edit one undo step, refusals leave the document alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from app.domain.enums import AutomatedSafeguard, LegalBasis
from app.domain.models import BasisEntry
from app.ui.bridge import DocumentBridge
from app.ui.editors.choice_fields import BoolField, CheckListField
from app.ui.editors.fields import TextBlockField
from app.ui.editors.forms import EDITORS
from app.ui.editors.tables import RecordTableField

ADM = "automated_decisions"


@pytest.fixture
def editor(qtbot, bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    form = EDITORS["purposes"](bridge)
    qtbot.addWidget(form)
    form.show_item("marketing.newsletter")
    form.resize(1000, 800)
    form.show()
    return form


def leave(field: TextBlockField) -> None:
    """Move the focus away from a multi-line field."""
    QApplication.sendEvent(field.edit, QFocusEvent(QEvent.Type.FocusOut))


def purpose(bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    return bridge.document.find("purposes", "marketing.newsletter")


def test_legal_bases_table_with_regions(bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    table: RecordTableField = editor.fields[("legal_bases",)]
    table.add_row()
    assert purpose(bridge).legal_bases == [BasisEntry(basis=LegalBasis.CONSENT)]
    model = table.model
    assert model.index(0, 1).data() == "everywhere"
    assert model.setData(model.index(0, 1), "eea, de")
    assert purpose(bridge).legal_bases[0].regions == ["eea", "DE"]
    assert model.index(0, 1).data() == "eea, DE"
    model.setData(model.index(0, 0), "legitimate_interests")
    assert purpose(bridge).legal_bases[0].basis == LegalBasis.LEGITIMATE_INTERESTS
    assert bridge.undo_stack.count() == 3
    before = bridge.policy.model_dump()
    model.setData(model.index(0, 1), "narnia")
    assert "unknown region 'narnia'" in table.error
    assert bridge.policy.model_dump() == before
    table.add_row()
    assert purpose(bridge).legal_bases[1].basis == LegalBasis.CONSENT  # first one unused
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert purpose(bridge).legal_bases[0].regions == ["eea", "DE"]
    assert purpose(bridge).legal_bases[0].basis == LegalBasis.CONSENT


def test_automated_decisions_appear_with_the_first_answer(bridge: DocumentBridge,  # type: ignore[no-untyped-def]
                                                          editor) -> None:
    assert purpose(bridge).automated_decisions is None
    profiling: BoolField = editor.fields[(ADM, "profiling")]
    profiling.box.setChecked(True)
    assert purpose(bridge).automated_decisions.profiling is True
    logic: TextBlockField = editor.fields[(ADM, "logic")]
    logic.edit.setPlainText("Segments by age and spending.")
    leave(logic)
    assert purpose(bridge).automated_decisions.logic == "Segments by age and spending."
    safeguards: CheckListField = editor.fields[(ADM, "safeguards")]
    safeguards.boxes["contest"].setChecked(True)
    assert purpose(bridge).automated_decisions.safeguards == [AutomatedSafeguard.CONTEST]
    assert bridge.undo_stack.count() == 3
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert logic.edit.toPlainText() == "" and safeguards.checked() == []
    profiling.box.setChecked(False)  # the last answer gone: the block goes too
    assert purpose(bridge).automated_decisions is None
    bridge.undo_stack.undo()
    assert profiling.box.isChecked()
    bridge.undo_stack.undo()
    assert purpose(bridge).automated_decisions is None and not profiling.box.isChecked()


def test_sale_sharing_gpc_and_balancing(bridge: DocumentBridge, editor) -> None:  # type: ignore[no-untyped-def]
    for name in ("sale", "sharing", "honours_gpc"):
        editor.fields[(name,)].box.setChecked(True)
        assert getattr(purpose(bridge), name) is True
    balancing: TextBlockField = editor.fields[("balancing",)]
    balancing.edit.setPlainText("Low impact; people expect it.")
    leave(balancing)
    assert purpose(bridge).balancing == "Low impact; people expect it."
    assert bridge.undo_stack.count() == 4
    bridge.set_field("purposes", "marketing.newsletter", "sale", False)
    assert not editor.fields[("sale",)].box.isChecked()


def test_the_dpia_appears_with_its_status_and_goes_when_cleared(  # type: ignore[no-untyped-def]
        bridge: DocumentBridge, editor) -> None:
    from app.domain.enums import DpiaState
    from app.ui.editors.choice_fields import EnumCombo
    from app.ui.editors.fields import LineField

    assert purpose(bridge).dpia is None
    status: EnumCombo = editor.fields[("dpia", "status")]
    status.combo.setCurrentIndex(status.combo.findData(DpiaState.IN_PROGRESS))
    assert purpose(bridge).dpia.status == DpiaState.IN_PROGRESS
    reference: LineField = editor.fields[("dpia", "reference")]
    reference.edit.setText("DPIA-7")
    reference.edit.editingFinished.emit()
    assert purpose(bridge).dpia.reference == "DPIA-7"
    status.combo.setCurrentIndex(status.combo.findData(None))  # not recorded: the block goes
    assert purpose(bridge).dpia is None
    bridge.undo_stack.undo()
    assert purpose(bridge).dpia.reference == "DPIA-7"


def test_the_dpia_screening_answers_are_on_the_form(  # type: ignore[no-untyped-def]
        bridge: DocumentBridge, editor) -> None:
    """Each screening answer is a box labelled from the model; the block comes and goes with
    its answers, one undo step each."""
    from app.domain.models import DpiaScreening

    for name in DpiaScreening.model_fields:
        field: BoolField = editor.fields[("screening", name)]
        assert field.isVisibleTo(editor)
    monitoring: BoolField = editor.fields[("screening", "monitoring")]
    large: BoolField = editor.fields[("screening", "large_scale")]
    assert purpose(bridge).screening is None
    monitoring.box.setChecked(True)
    large.box.setChecked(True)
    assert purpose(bridge).screening == DpiaScreening(monitoring=True, large_scale=True)
    assert bridge.undo_stack.count() == 2
    monitoring.box.setChecked(False)
    large.box.setChecked(False)
    assert purpose(bridge).screening is None
    bridge.undo_stack.undo()
    assert purpose(bridge).screening == DpiaScreening(large_scale=True)
    assert large.box.isChecked() and not monitoring.box.isChecked()
