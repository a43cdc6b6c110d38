"""Screens name items by their names first, ids second, and call the navigator the navigator."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from app.domain.sections import PURPOSES
from app.ui.add_item_dialog import AddItemDialog
from app.ui.main_window import MainWindow


def visible_text(widget) -> str:  # type: ignore[no-untyped-def]
    """Every visible label's text under ``widget``."""
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_adding_a_child_names_the_parent_by_its_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select(PURPOSES, "marketing")
    window.add_child_action.trigger()
    dialog = next(d for d in window.findChildren(AddItemDialog) if d.isVisible())
    words = visible_text(dialog)
    assert "under <b>Marketing</b> (marketing)" in words
    dialog.reject()


def test_a_parent_name_with_markup_is_shown_as_typed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field(PURPOSES, "marketing", "name", "Ads <b>& offers")
    window.navigator.select(PURPOSES, "marketing")
    window.add_child_action.trigger()
    dialog = next(d for d in window.findChildren(AddItemDialog) if d.isVisible())
    assert "Ads &lt;b&gt;&amp; offers" in visible_text(dialog)
    dialog.reject()


def test_the_editor_hint_points_at_the_navigator(window: MainWindow) -> None:
    window.editors.show_item("", None)
    QApplication.processEvents()
    hint = window.editors.currentWidget()
    assert isinstance(hint, QLabel)
    assert "navigator" in hint.text() and "tree" not in hint.text()


def test_the_tester_asks_for_a_name_first(window: MainWindow) -> None:
    placeholder = window.tester.combos["category"].lineEdit().placeholderText()
    assert placeholder.startswith("type a name"), placeholder


def test_an_empty_tester_field_says_what_the_engine_makes_of_it(window: MainWindow) -> None:
    """Left empty, a subject or region is not known and a recipient means not shared: a rule
    limited to some of them does not apply (as ``decide`` answers), so none of them says any."""
    from app.domain.decisions import DecisionEngine, Request
    from app.domain.enums import ConsentState
    from app.storage.resources import region_catalogue
    from app.ui.views.matrix.filters import FilterBar

    tester = window.tester
    words = {key: tester.combos[key].lineEdit().placeholderText()
             for key in ("subject", "recipient", "region")}
    assert not any("any" in w for w in words.values()), words
    assert "not shared" in words["recipient"] and "not known" in words["subject"]
    assert "not known" in words["region"]
    bar = FilterBar(window.bridge)
    matrix_words = {bar.combos[k].itemText(bar.combos[k].findData(None)).lower()
                    for k in ("subject", "recipient", "region")}
    assert any(w.startswith("not shared") for w in matrix_words)
    bar.deleteLater()
    # The answer shown for a request with the subject left empty is decide's with none.
    window.bridge.set_field("rules", "newsletter_email", "subjects", ["customer"])
    tester.set_request(category="contact.email", purpose="marketing.newsletter",
                       consent="granted")
    engine = DecisionEngine(window.bridge.policy, region_catalogue())
    expected = engine.decide(Request("contact.email", "marketing.newsletter", None, None, None,
                                     ConsentState.GRANTED))
    assert not expected.allowed
    assert tester.answer.decision is not None
    assert tester.answer.decision.allowed == expected.allowed


def test_every_empty_view_says_how_to_add_in_the_same_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An empty policy: each view says what to add and the one way to add it (Ctrl+Shift+N)."""
    from app.ui.app import open_window
    from app.ui.screenshots import settle

    empty = open_window(None)
    qtbot.addWidget(empty)
    empty.resize(1024, 700)
    empty.show()
    said = {}
    for view in (empty.matrix.view, empty.timeline, empty.flow, empty.review):
        empty.show_view(view)
        settle(empty)
        scene = getattr(view, "scene", None)
        texts = [i.text() for i in scene.items() if hasattr(i, "text")] if scene else []
        said[view.accessibleName()] = " ".join(texts) + " " + visible_text(view)
    for name, words in said.items():
        assert "Ctrl+Shift+N" in words, (name, words)
        assert "right-click" not in words, (name, words)


def test_the_tester_of_an_empty_policy_says_what_to_add(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    empty = open_window(None)
    qtbot.addWidget(empty)
    empty.show()
    empty.show_view(empty.tester)
    empty.tester.update_answer()
    said = visible_text(empty.tester.answer)
    assert "no data categories or purposes yet" in said and "Ctrl+Shift+N" in said, said
    assert empty.tester.answer.decision is None


def test_compare_heads_a_changed_rule_with_what_it_says(window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.small_policy import UI_POLICY

    old = tmp_path / "old.policy.yaml"
    old.write_bytes(UI_POLICY)
    window.bridge.set_field("rules", "newsletter_email", "description",
                            "Email addresses may be used for the newsletter.")
    dialog = window.compare.compare(str(old))
    assert dialog is not None
    heading = next(line for line in dialog.html.splitlines()
                   if line.startswith("<h3>") and "newsletter_email" in line)
    assert "Email addresses may be used for the newsletter." in heading
    dialog.cancel_impact()
    dialog.close()
