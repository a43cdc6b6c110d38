"""terminal_safe: controls, bidi and separators become visible escapes; letters stay."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.terminal_text import terminal_safe


@pytest.mark.parametrize(("raw", "shown"), [
    ("\x1b]0;pwned\x07", r"\x1b]0;pwned\x07"),
    ("\x1b[2J", r"\x1b[2J"),
    ("a\rb\x08c", r"a\rb\x08c"),
    ("tab\there", r"tab\there"),
    ("line\nbreak", r"line\nbreak"),
    ("nul\x00", r"nul\x00"),
    ("del\x7f", r"del\x7f"),
    ("nel\x85csi\x9b", r"nel\x85csi\x9b"),
    ("\u202eevil", r"\u202eevil"),
    ("\u2066iso\u2069", r"\u2066iso\u2069"),
    ("\u200f\u061c", r"\u200f\u061c"),
    ("para\u2028\u2029", r"para\u2028\u2029"),
    ("\ufeffbom", r"\ufeffbom"),
    ("bad\udcffbyte", r"bad\xffbyte"),  # an undecodable byte in a file name
    ("lone\ud800", r"lone\ud800"),
])
def test_unsafe_characters_become_escapes(raw: str, shown: str) -> None:
    assert terminal_safe(raw) == shown


def test_letters_of_every_script_emoji_and_spaces_are_kept() -> None:
    text = "Grüße, Ελληνικά, العربية, עברית, 日本語, नमस्ते, 👩‍👩‍👧 a\u00a0b é"
    assert terminal_safe(text) == text
    assert terminal_safe("C:\\Users\\dana\\policy.yaml") == "C:\\Users\\dana\\policy.yaml"


def test_keep_newlines_keeps_only_line_breaks() -> None:
    assert terminal_safe("a\nb\r\nc\rd\x1b", keep_newlines=True) == "a\nb\r\nc\\rd\\x1b"
    assert terminal_safe("a\nb\r\n") == r"a\nb\r\n"


@given(st.text())
def test_output_holds_no_unsafe_character_and_escaping_twice_changes_nothing(text: str) -> None:
    for keep in (False, True):
        shown = terminal_safe(text, keep_newlines=keep)
        assert terminal_safe(shown, keep_newlines=keep) == shown
        for char in shown.replace("\r\n", "").replace("\n", "") if keep else shown:
            category = unicodedata.category(char)
            assert category not in ("Cc", "Zl", "Zp", "Cs"), repr(char)
            assert unicodedata.bidirectional(char) not in (
                "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"), repr(char)
        if not keep:
            assert "\n" not in shown
