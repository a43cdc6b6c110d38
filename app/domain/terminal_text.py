r"""Text made safe to show on a terminal: controls and invisible reordering become escapes.

Names, descriptions, file names and error messages are user text. Printed as they are, an
escape sequence in them can retitle the terminal window, clear the screen or hide the lines
before it (``\x1b]0;...\x07``, ``\x1b[2J``, ``\r``, ``\x08``), and a bidi override can make a
line read differently from what it holds (U+202E). Every command that prints text passes it
through :func:`terminal_safe`; JSON and SARIF output stay exact because JSON escapes controls
itself. This module lives in the lowest layer so every text renderer can use it.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f"            # C0 controls, DEL, C1 controls (U+0085 NEL among them)
    "\u061c\u200e\u200f"             # Arabic letter mark, left-to-right and right-to-left marks
    "\u2028\u2029"                   # line and paragraph separators
    "\u202a-\u202e\u2066-\u2069"     # bidi embeddings, overrides and isolates
    "\ufeff"                         # zero-width no-break space (byte order mark)
    "\ud800-\udfff]"                 # lone surrogates (undecodable bytes in file names)
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as the file system holds it
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape_inline(match: re.Match[str]) -> str:
    return match.group() if match.group() in ("\n", "\r\n") else _escape(match)


_UNSAFE_OR_CRLF = re.compile("\r\n|" + _UNSAFE.pattern)


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    r"""``text`` with every control, bidi and separator character written as a visible escape.

    ``"a\x1b[2Jb"`` becomes ``a\x1b[2Jb`` with a literal backslash, U+202E becomes ``\u202e``;
    letters of every script, emoji and ordinary spaces are kept. A byte of a file name that
    is not UTF-8 (a surrogate escape) is shown as the byte, ``\xff``. With ``keep_newlines`` the
    line breaks of a multi-line text (``\n`` and ``\r\n``) are kept and everything else is
    escaped; without it the result is always one line. Escaping twice changes nothing more.
    """
    if keep_newlines:
        return _UNSAFE_OR_CRLF.sub(_escape_inline, text)
    return _UNSAFE.sub(_escape, text)
