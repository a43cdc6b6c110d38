"""How an approval's state looks wherever approvals are listed: a mark, a word and a colour.

The mark and the word say the state on their own (the colour only helps), and the reason is
the tooltip and the accessible text. The colour is picked for the palette's background, so it
reads in the light, dark and high-contrast themes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.signing import ApprovalState, State

WORDS = {State.VERIFIED: ("\u2714", QT_TRANSLATE_NOOP("signatures", "Verified")),
         State.UNVERIFIED: ("?", QT_TRANSLATE_NOOP("signatures", "Unverified")),
         State.BROKEN: ("\u2716", QT_TRANSLATE_NOOP("signatures", "Broken"))}
"""Each state's mark and word (translated where shown)."""
COLOURS = {State.VERIFIED: ("#1b6e20", "#8fd694"), State.UNVERIFIED: ("#7a4f00", "#ffd180"),
           State.BROKEN: ("#b3261e", "#ff8a80")}
"""Each state's colour on a light and on a dark background."""


def state_word(state: ApprovalState | None) -> str:
    """``✔ Verified``, ``? Unverified``, ``✖ Broken`` (``Checking…`` while worked out)."""
    if state is None:
        return translate("signatures", "Checking\u2026")
    mark, word = WORDS[state.state]
    return f"{mark} {translate('signatures', word)}"


def state_reason(state: ApprovalState | None) -> str:
    """The state and why, as one sentence for the tooltip and the accessible description."""
    if state is None:
        return translate("signatures", "The signature is being checked.")
    return translate("signatures", "{state}: {reason}").format(
        state=translate("signatures", WORDS[state.state][1]), reason=state.reason)


def state_colour(state: ApprovalState | None, palette: QPalette) -> QColor | None:
    """The state's colour for text on ``palette``'s base (None while it is worked out)."""
    if state is None:
        return None
    light, dark = COLOURS[state.state]
    return QColor(dark if palette.color(QPalette.ColorRole.Base).lightness() < 128 else light)


def state_cell(state: ApprovalState | None, role: int, palette: QPalette) -> Any:
    """A table cell showing ``state`` for ``role`` (text, tooltip, colour, accessible text)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return state_word(state)
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        return state_reason(state)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return state_word(state).lstrip("\u2714?\u2716 ")
    if role == Qt.ItemDataRole.ForegroundRole:
        return state_colour(state, palette)
    return None
