"""Expectations in the window: the form, the navigator's mark, the tester's "Save as
expectation" and failing expectations in the Problems panel, driven by real clicks and keys."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.decisions import DecisionEngine, Request
from app.domain.models import Expectation
from app.domain.sections import TESTS
from app.paths import EXAMPLES
from app.storage.resources import region_catalogue
from app.ui.app import open_window
from app.ui.editors.expectations import ExpectationEditor
from app.ui.main_window import MainWindow
from app.ui.navigator.labels import question_label
from app.ui.navigator.model import ItemIdRole
from app.ui.views.tester.save_expectation import SaveExpectationDialog, question_id
from app.validation.ordering import CODE

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
QUESTION = "newsletter_without_consent"  # deny (consent_missing) in the example


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path = tmp_path / "northwind.policy.yaml"
    shutil.copyfile(EXAMPLE, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(path), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.problems.revalidator.result is not None, timeout=20_000)
    yield win
    win.problems.revalidator.wait()


def form(win: MainWindow, item_id: str = QUESTION) -> ExpectationEditor:
    win.reveal(TESTS, item_id)
    editor = win.editors.editor_for(TESTS)
    assert isinstance(editor, ExpectationEditor) and editor.item_id == item_id
    return editor


def decide(win: MainWindow, expectation: Expectation) -> dict:
    request = Request(expectation.category or "", expectation.purpose or "",
                      expectation.subject, expectation.recipient, expectation.region,
                      expectation.consent, expectation.gpc)
    return DecisionEngine(win.bridge.policy, region_catalogue()).decide(request).to_dict()


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry ``text`` of a closed combo with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_the_form_says_live_whether_the_expectation_holds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = form(window)
    assert editor.verdict_label.text() == "Holds: deny (consent_missing) by newsletter_subscription"
    assert editor.subtitle_label.text() == f"Expectation · {QUESTION}"
    assert "newsletter" in editor.title_label.text()
    choose(qtbot, editor.fields[("expect",)].combo, "allow")
    expectation = window.bridge.document.find(TESTS, QUESTION)
    assert str(expectation.expect) == "allow"
    assert decide(window, expectation)["decision"] == "deny"  # the engine's word, shown
    assert editor.verdict_label.text() == ("Fails: expected allow, got deny (consent_missing) "
                                           "by newsletter_subscription")
    window.bridge.undo_stack.undo()  # one undo step
    assert editor.verdict_label.text().startswith("Holds: deny")


def test_a_rule_change_elsewhere_flips_the_verdict_and_the_navigator_mark(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    editor = form(window)
    model = window.navigator.model
    index = model.index_for(TESTS, QUESTION)
    assert "fails" not in index.data(Qt.ItemDataRole.AccessibleTextRole)
    window.bridge.set_field("purposes", "newsletter", "consent", "none")  # no consent needed
    assert editor.verdict_label.text().startswith("Fails: expected deny, got allow")
    index = model.index_for(TESTS, QUESTION)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(fails)")
    assert "Fails: expected deny" in index.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.dataChanged, timeout=5_000,  # the tree repaints the mark
                          check_params_cb=lambda first, _last, *_: first.data(ItemIdRole)
                          == QUESTION):
        window.bridge.undo_stack.undo()
    assert editor.verdict_label.text().startswith("Holds")
    assert "fails" not in model.index_for(TESTS, QUESTION).data(
        Qt.ItemDataRole.AccessibleTextRole)


def test_request_fields_are_pickers_over_the_declared_items(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = form(window)
    subject = editor.fields[("subject",)]
    offered = [subject.combo.itemData(i) for i in range(subject.combo.count())]
    assert offered == [None, *sorted(s.id for s in window.bridge.policy.subjects)]
    label = subject.combo.itemText(offered.index("junior_member"))
    choose(qtbot, subject.combo, label)
    expectation = window.bridge.document.find(TESTS, QUESTION)
    assert expectation.subject == "junior_member"
    assert editor.verdict_label.text().startswith("Fails: expected the reason consent_missing")
    choose(qtbot, subject.combo, "(not given)")
    assert window.bridge.document.find(TESTS, QUESTION).subject is None
    stack = window.bridge.undo_stack
    assert stack.count() > 0  # each choice was an undo step
    while stack.canUndo():
        stack.undo()
    assert window.bridge.document.find(TESTS, QUESTION).subject == "customer"


def test_the_single_picker_dialog_chooses_one_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = form(window)
    retention = editor.fields[("retention",)]
    qtbot.mouseClick(retention.choose_button, Qt.MouseButton.LeftButton)
    dialog = retention.picker
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.filter, "newsletter_contact")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    expectation = window.bridge.document.find(TESTS, QUESTION)
    assert expectation.retention == "newsletter_contact"
    assert retention.combo.currentData() == "newsletter_contact"


def test_a_renamed_purpose_follows_into_the_expectation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = form(window)
    edit = window.bridge.document.rename_edit("purposes", "newsletter", "news")
    window.bridge.apply(edit, "Rename")
    assert window.bridge.document.find(TESTS, QUESTION).purpose == "news"
    assert editor.fields[("purpose",)].combo.currentData() == "news"
    assert editor.verdict_label.text().startswith("Holds")


def test_open_in_decision_tester_asks_the_same_request(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = form(window, "carrier_delivers_in_germany")
    qtbot.mouseClick(editor.tester_button, Qt.MouseButton.LeftButton)
    tester = window.tester
    assert window.views.currentWidget() is tester
    expectation = window.bridge.document.find(TESTS, "carrier_delivers_in_germany")
    assert tester.request() == Request("contact.postal_address", "order_fulfilment", "customer",
                                       "parcel_carrier", "DE")
    assert tester.answer.decision.to_dict() == decide(window, expectation)


def test_save_as_expectation_from_the_tester(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    window.show_view(tester)
    tester.set_request(category="health.accessibility_needs", purpose="newsletter",
                       subject="customer", consent="granted")
    decision = tester.answer.decision
    assert decision is not None and decision.reason == "denied_by_rule"
    before = len(window.bridge.policy.tests)
    tester.setFocus()
    qtbot.keyClick(tester, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = tester.save_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.question, "May we use health data for the newsletter?")
    assert dialog.id_edit.text() == "use_health_data_for_newsletter"
    qtbot.mouseClick(dialog.with_rules, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = window.bridge.document.find(TESTS, "use_health_data_for_newsletter")
    assert saved is not None and len(window.bridge.policy.tests) == before + 1
    assert (saved.note, str(saved.expect), str(saved.reason), saved.rules) == (
        "May we use health data for the newsletter?", "deny", "denied_by_rule",
        ["no_sensitive_data_for_marketing"])
    assert decide(window, saved) == decision.to_dict()
    assert "use_health_data_for_newsletter" in tester.saved_label.text()
    index = window.navigator.model.index_for(TESTS, saved.id)
    assert index.isValid() and index.data(ItemIdRole) == saved.id
    window.bridge.undo_stack.undo()  # one undo step removes it
    assert len(window.bridge.policy.tests) == before


def test_save_refuses_a_taken_or_bad_id(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    window.show_view(tester)
    tester.set_request(category="contact.email", purpose="newsletter", subject="customer")
    qtbot.mouseClick(tester.save_button, Qt.MouseButton.LeftButton)
    dialog = tester.save_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled()  # no question yet
    qtbot.keyClicks(dialog.question, "May we send the newsletter without consent?")
    assert dialog.id_edit.text() == "send_newsletter_without_consent"
    dialog.id_edit.selectAll()
    qtbot.keyClicks(dialog.id_edit, QUESTION)
    assert not dialog.save_button.isEnabled()
    assert "already used" in dialog.problem.text()
    dialog.id_edit.selectAll()
    qtbot.keyClicks(dialog.id_edit, "Not An Id!")
    assert not dialog.save_button.isEnabled() and "not a valid id" in dialog.problem.text()
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)  # refused: stays open, nothing added
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.bridge.document.find(TESTS, "send_newsletter_without_consent") is None


def test_save_needs_a_question_the_engine_can_answer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = window.tester
    window.show_view(tester)
    tester.set_request(category=None, purpose=None)
    assert not tester.save_button.isEnabled()
    assert tester.save_as_expectation() is None
    tester.set_request(category="fax_numbers", purpose="newsletter")  # not declared
    qtbot.mouseClick(tester.save_button, Qt.MouseButton.LeftButton)
    assert tester.save_dialog is None
    assert "Declare the category 'fax_numbers' first" in tester.saved_label.text()


@pytest.mark.parametrize(("question", "expected"), [
    ("May we send the newsletter without consent?", "send_newsletter_without_consent"),
    ("", "expectation"),
    ("?!…", "expectation"),
    ("2FA codes: may we log them?", "q_2fa_codes_log_them"),
    # umlauts are spelled out (ü -> ue) and accents dropped, so German and French questions
    # give ids that read as their words rather than losing letters ("d_rfen"); "Dürfen" is now
    # one word, so the sixth word kept is the closing tag's "script"
    ("Dürfen wir 🎉 <script>alert(1)</script>", "duerfen_wir_script_alert_1_script"),
    ("Peut-on conserver l'adresse après résiliation ?", "peut_on_conserver_l_adresse_apres"),
    ("Straße, Größe, Œuvre", "strasse_groesse_oeuvre"),
    ("word " * 10_000, "word_word_word_word_word_word"),
])
def test_question_ids_are_valid_and_unique(question: str, expected: str) -> None:
    assert question_id(question, ()) == expected
    assert question_id(question, {expected, f"{expected}_2"}) == f"{expected}_3"


def test_a_failing_expectation_in_problems_goes_to_its_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field(TESTS, QUESTION, "reason", None)  # an allow has no deny reason
    window.bridge.set_field(TESTS, QUESTION, "expect", "allow")
    qtbot.waitUntil(lambda: not window.problems.revalidator.busy
                    and "TST001" in codes(window), timeout=20_000)
    assert window.problems.summary.text().startswith("1 error")
    window.reveal("categories", "contact")
    table = window.problems.panel.table
    index = row_of(window, "TST001")
    table.scrollTo(index)
    where = table.visualRect(index).center()
    for gesture in (qtbot.mouseClick, qtbot.mouseDClick, qtbot.mouseRelease):
        gesture(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.navigator.current() == (TESTS, QUESTION, "item")
    assert window.editors.editor_for(TESTS).isVisible()
    window.reveal("categories", "contact")
    table.setCurrentIndex(row_of(window, "TST001"))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.navigator.current() == (TESTS, QUESTION, "item")
    QApplication.processEvents()


def codes(win: MainWindow) -> list[str]:
    proxy = win.problems.panel.proxy
    return [proxy.index(r, CODE).data() for r in range(proxy.rowCount())]


def row_of(win: MainWindow, code: str):  # type: ignore[no-untyped-def]
    proxy = win.problems.panel.proxy
    return next(proxy.index(r, 0) for r in range(proxy.rowCount())
                if proxy.index(r, CODE).data() == code)


def test_the_engine_is_built_once_per_revision(window: MainWindow) -> None:
    from app.ui.engine_cache import current_engine

    document = window.bridge.document
    first = current_engine(document)
    assert current_engine(document) is first
    window.bridge.set_field(TESTS, QUESTION, "note", "Newsletter without consent?")
    second = current_engine(document)
    assert second is not first and current_engine(document) is second


def test_the_save_dialog_blames_nothing_before_the_user_types(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    request = Request("contact.email", "newsletter")
    decision = DecisionEngine(window.policy, region_catalogue()).decide(request)
    dialog = SaveExpectationDialog(request, decision, ())
    qtbot.addWidget(dialog)
    assert dialog.problem.isHidden() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.question, "May we send the newsletter without consent?")
    assert dialog.save_button.isEnabled() and dialog.problem.isHidden()
    dialog.question.selectAll()
    qtbot.keyClick(dialog.question, Qt.Key.Key_Delete)
    assert not dialog.save_button.isEnabled()
    assert dialog.problem.text() == "write the question in plain words"


def test_the_navigator_lists_expectations_by_their_question(window: MainWindow) -> None:
    model = window.navigator.model
    expectation = next(t for t in window.policy.tests if t.id == QUESTION)
    index = model.index_for(TESTS, QUESTION)
    assert model.data(index) == question_label(expectation.note) != QUESTION
    assert question_label("May we\n  keep it?") == "May we keep it?"
    long = question_label("word " * 100)
    assert len(long) == 70 and long.endswith("…")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(QUESTION + "\n")
    window.navigator.filter.setText(QUESTION)  # the id still finds it
    proxy = window.navigator.proxy
    assert proxy.mapFromSource(index).isValid()
