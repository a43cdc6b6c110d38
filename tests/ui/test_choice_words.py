"""Choice values read as words, the same words in every view (from one module)."""

from __future__ import annotations

from app.domain.choice_words import CONSENT_STATE_WORDS, MECHANISM_WORDS
from app.domain.enums import ConsentMechanism, ConsentState
from app.ui.main_window import MainWindow


def texts(combo) -> dict[object, str]:  # type: ignore[no-untyped-def]
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_consent_states_read_the_same_words_in_the_tester_and_the_matrix(
        window: MainWindow) -> None:
    tester = texts(window.tester.consent)
    matrix = texts(window.matrix.view.filters.combos["consent"])
    for state in ConsentState:
        assert tester[state.value] == CONSENT_STATE_WORDS[state.value] == matrix[state.value]
        assert "_" not in tester[state.value]
    assert tester["unknown"] == "Not asked"  # what the state means, not its code
    window.tester.set_request(category="contact.email", purpose="marketing", consent="granted")
    assert window.tester.consent.currentText() == CONSENT_STATE_WORDS["granted"]


def test_the_review_says_consent_mechanisms_in_the_shared_words() -> None:
    from app.ui.views.review import model

    assert set(MECHANISM_WORDS) == {m.value for m in ConsentMechanism}
    assert not hasattr(model, "CONSENT_WORDS")  # no second list of its own
