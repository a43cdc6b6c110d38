"""Text encodings of policy files: a file is written back in the encoding it was read in.

Policy files are UTF-8 (the default for new files); UTF-8 with a byte-order mark and UTF-16
with a byte-order mark are read too, and a save keeps them as they were (the mark included),
so a file is never silently re-encoded. Anything else (Latin-1, UTF-16 without a mark...) is
refused when it is read, with the position of the first byte that is not UTF-8.
"""

from __future__ import annotations

import codecs

from app.domain.i18n import translate

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16_LE = "utf-16-le"
UTF16_BE = "utf-16-be"
_BOMS = {UTF8_BOM: codecs.BOM_UTF8, UTF16_LE: codecs.BOM_UTF16_LE, UTF16_BE: codecs.BOM_UTF16_BE}


def detect(data: bytes) -> str:
    """The encoding ``data`` declares by its byte-order mark (UTF-8 when it has none)."""
    for name, bom in _BOMS.items():
        if data.startswith(bom):
            return name
    return UTF8


def encode(text: str, encoding: str = UTF8) -> bytes:
    """``text`` as the bytes of a file in ``encoding`` (with its byte-order mark, if any)."""
    if encoding == UTF8:
        return text.encode(UTF8)
    bom = _BOMS.get(encoding)
    if bom is None:
        raise ValueError(translate("file errors", "unsupported encoding for policy files: "
                                                  "{encoding}").format(encoding=encoding))
    return bom + text.encode(UTF8 if encoding == UTF8_BOM else encoding)


def newline_of(text: str) -> str:
    r"""The line ending of ``text``'s first line (``\n`` when it has none)."""
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"


def with_newline(text: str, newline: str) -> str:
    """``text`` with every line ending made ``newline``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text.replace("\n", newline) if newline != "\n" else text
