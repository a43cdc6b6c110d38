"""The decision tester answers live, links to rules and follows edits made elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.edits import SetField
from app.domain.requests import request_problems
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.views.tester.choices import ChoiceModel


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import UI_POLICY

    path = tmp_path / "ui.policy.yaml"
    path.write_bytes(UI_POLICY)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    win.show_view(win.tester)
    return win


def test_choice_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = window.tester.combos["subject"]
    qtmodeltester.check(combo.choice_model)
    model = ChoiceModel(optional=False)
    model.set_choices([("a", "A", ""), ("a.b", "", "about b")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "A"  # the id only repeats the name
    assert model.index(1, 0).data() == "a.b"
    model.set_choices([("contact.email", "Email address", "")])
    assert model.index(0, 0).data() == "Email address (contact.email)"


def test_the_answer_follows_every_field(window: MainWindow) -> None:
    tester = window.tester
    assert tester.answer.decision is None
    tester.set_request(category="contact.email", purpose="marketing.newsletter")
    decision = tester.answer.decision
    assert decision is not None and decision.reason == "consent_missing"
    assert tester.answer.banner.text() == "DENY"
    tester.consent.setCurrentIndex(tester.consent.findData("granted"))
    assert tester.answer.decision.allowed
    assert tester.answer.banner.text() == "ALLOW"
    assert tester.answer.reason.text() == "Allowed by rule"
    assert "Kept 2 years after collection, then deleted" in tester.answer.retention.text()
    assert tester.answer.score.text().endswith(")")
    assert "personal data" in tester.answer.factors.text()
    tester.combos["category"].set_value("location.precise")
    tester.combos["purpose"].set_value("marketing")
    assert tester.answer.decision.reason == "denied_by_rule"
    assert [b.toolTip() for b in tester.answer.rule_buttons] == [
        "Show the rule 'no_location_ads' in the editor"]
    assert "no_location_ads" not in tester.answer.rule_buttons[0].text()


def test_typing_searches_and_bad_ids_are_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    category = tester.combos["category"]
    completer = category.completer()
    completer.setCompletionPrefix("email")
    assert completer.currentCompletion() == "Email address (contact.email)"
    qtbot.keyClicks(category.lineEdit(), "Contact!")
    tester.combos["purpose"].set_value("marketing")
    assert tester.answer.decision is None
    assert "not a valid id" in tester.answer.reason.text()
    # the same words as `policy-studio decide` and the CSV: one parser, in the domain
    expected = next(request_problems({"category": "Contact!", "purpose": "marketing"}))
    assert category.problem() == expected.message
    assert tester.request() is None
    category.set_value("unknown.thing")
    assert tester.answer.decision.reason == "no_rule"
    assert "not declared" in tester.answer.reason.text()


def test_rule_and_retention_links_reveal_the_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    tester.set_request(category="contact.email", purpose="marketing.newsletter",
                       consent="granted")
    qtbot.mouseClick(tester.answer.rule_buttons[0], Qt.MouseButton.LeftButton)
    assert window.navigator.current()[:2] == ("rules", "newsletter_email")
    assert window.views.currentWidget() is window.editors
    window.show_view(tester)
    tester.answer.retention_button.click()
    assert window.navigator.current()[:2] == ("retention", "keep_email")


def test_edits_elsewhere_and_undo_update_the_answer(window: MainWindow) -> None:
    tester, bridge = window.tester, window.bridge
    tester.set_request(category="contact.email", purpose="marketing.newsletter",
                       consent="granted")
    bridge.apply(SetField("rules", "newsletter_email", ("effect",), "deny"))
    assert tester.answer.decision.reason == "denied_by_rule"
    bridge.undo_stack.undo()
    assert tester.answer.decision.allowed
    bridge.set_field("subjects", "customer", "name", "Clients")
    rows = tester.combos["subject"].choice_model.choices
    assert ("customer", "Clients", "") in rows
    assert tester.combos["category"].value() == "contact.email"


def test_keyboard_names_and_tips(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    assert tester.focusProxy() is tester.combos["category"]
    for combo in [*tester.combos.values(), tester.consent]:
        assert combo.accessibleName() and combo.toolTip()
        assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    for button in (tester.batch.load_button, tester.batch.save_button):
        assert button.accessibleName() and button.toolTip()


def test_the_gpc_box_asks_with_a_gpc_signal(window: MainWindow) -> None:
    tester = window.tester
    tester.set_request(category="contact.email", purpose="marketing.newsletter",
                       consent="granted", gpc=True)
    assert tester.gpc.isChecked()
    request = tester.request()
    assert request is not None and request.gpc
    tester.gpc.setChecked(False)
    request = tester.request()
    assert request is not None and not request.gpc


def test_requests_show_names_first_and_accept_names_or_ids(window: MainWindow) -> None:
    tester = window.tester
    tester.set_request(category="contact.email", purpose="marketing.newsletter")
    assert tester.combos["category"].currentText() == "Email address (contact.email)"
    assert tester.combos["category"].value() == "contact.email"
    tester.combos["category"].setEditText("email address")  # the name alone, any case
    assert tester.combos["category"].value() == "contact.email"
    tester.combos["category"].setEditText("contact.email")  # or the id
    assert tester.combos["category"].value() == "contact.email"
    tester.combos["category"].setEditText("Work email (contact.work_email)")
    assert tester.combos["category"].value() == "contact.work_email"
