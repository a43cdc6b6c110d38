"""Words that fit after the form changes under them: chips that wrap onto a new line, long
combo box texts (found by the clipped-words check; the period's sentence is tested there)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker

from app.domain.sections import RULES
from app.ui.editors.base import first_line
from app.ui.editors.chips import ChipsField
from app.ui.elided import ElidedComboBox, elided_on_purpose
from app.ui.main_window import MainWindow
from app.ui.screenshots import settle


def show(window: MainWindow, section: str, item_id: str) -> None:
    window.navigator.select(section, item_id)
    settle(window)


def test_chips_that_wrap_onto_a_new_line_get_its_height(example: MainWindow) -> None:
    """Moving from a rule with one line of category chips to one with two: the field grows
    (it kept the old height and cut the second line off, in every language)."""
    example.resize(1400, 900)
    show(example, RULES, "payments")
    show(example, RULES, "payment_provider_checks")
    fields = [f for f in example.editors.findChildren(ChipsField) if f.isVisible()]
    categories = next(f for f in fields if f.chips and f.label_text == "Categories")
    assert categories.heightForWidth(categories.width()) > 40, "two lines of chips"
    for field in fields:
        assert field.height() >= field.heightForWidth(field.width()), field.label_text


def test_a_long_combo_text_is_shortened_and_said_whole_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    combo.setToolTip("Which purpose the request is for")
    with QSignalBlocker(combo):  # as a form fills it
        combo.addItem("Product emails to existing customers (existing_customer_email)")
        combo.setCurrentIndex(0)
    combo.say_text()
    combo.setFixedWidth(120)
    combo.show()
    assert combo.toolTip() == ("Product emails to existing customers (existing_customer_email)"
                               "\n\nWhich purpose the request is for")
    assert elided_on_purpose(combo)
    combo.addItem("Newsletter")
    combo.setCurrentIndex(1)
    assert combo.toolTip().startswith("Newsletter\n\n")
    picture = combo.grab()
    assert not picture.isNull() and picture.width() == 120


def test_a_long_description_as_a_header_name_ends_at_a_word_with_an_ellipsis() -> None:
    text = ("The payment service provider may receive the billing name, email, address and IP "
            "address it needs for payment authentication and its own fraud checks.\nMore.")
    shown = first_line(text)
    assert shown.endswith("its own…") and len(shown) <= 141
    assert first_line("Short note.\nSecond line") == "Short note."
    assert first_line("   ") == ""
