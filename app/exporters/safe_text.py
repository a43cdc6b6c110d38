"""User text made safe to place inside a readable document's sentences and tables (no Qt).

A name may hold right-to-left letters or bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE
and the like). Printed as it is, such a name reorders the words around it: "Allowed: ‮evil
may be used for x" would show the rest of the sentence backwards. :func:`isolated` wraps such
text in a first-strong isolate (U+2068 ... U+2069), after dropping closers that would end the
isolate early and closing what the text leaves open, so it can only reorder itself. Plain
left-to-right text is returned unchanged. HTML escaping is the templates' job
(:mod:`app.exporters.documents_html` escapes every value and isolates it with this helper).

:func:`shown_name` (from :mod:`app.domain.ids`) is an item's name as documents show it: the id
when the name is blank.
"""

from __future__ import annotations

import unicodedata

from app.domain.ids import shown_name

__all__ = ["isolated", "needs_isolation", "shown_name"]

FSI, PDI, PDF = "\u2068", "\u2069", "\u202c"
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
"""LRE, RLE, LRO, RLO: closed by PDF (U+202C)."""
_ISOLATES = frozenset("\u2066\u2067\u2068")
"""LRI, RLI, FSI: closed by PDI (U+2069)."""
_DIRECTIONAL = frozenset({"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
                          "FSI", "PDI"})
"""Bidirectional classes that can reorder text around them."""


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter, an Arabic digit or a direction control."""
    return any(unicodedata.bidirectional(c) in _DIRECTIONAL for c in text)


def _balanced(text: str) -> str:
    """``text`` with unmatched closers dropped and every opener closed at its end."""
    out: list[str] = []
    open_: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            open_.append(char)
        elif char == PDF:
            # A PDF closes an embedding only inside the innermost isolate.
            if not open_ or open_[-1] not in _EMBEDDINGS:
                continue
            open_.pop()
        elif char == PDI:
            if not any(c in _ISOLATES for c in open_):
                continue
            while open_.pop() not in _ISOLATES:  # a PDI also ends embeddings inside it
                out.append(PDF)
        out.append(char)
    for char in reversed(open_):
        out.append(PDI if char in _ISOLATES else PDF)
    return "".join(out)


def _is_isolate(text: str) -> bool:
    """Whether ``text`` is already one balanced isolate (so it is not wrapped twice)."""
    if len(text) < 2 or text[0] != FSI or text[-1] != PDI or _balanced(text) != text:
        return False
    depth = 0
    for char in text[:-1]:
        depth += char in _ISOLATES
        depth -= char == PDI
        if depth == 0:
            return False
    return True


def isolated(text: str) -> str:
    """``text`` as a first-strong isolate when it could reorder its surroundings, else as is."""
    if not needs_isolation(text) or _is_isolate(text):
        return text
    return f"{FSI}{_balanced(text)}{PDI}"
