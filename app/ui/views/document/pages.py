"""Cut a long HTML document into pages the preview can show one at a time (no Qt).

Putting a document into a text browser is GUI-thread work that grows with its length (about a
second for the large benchmark policy's 4 MB), so the preview shows a long document a page at
a time. :func:`paginate` runs on the worker: it cuts the body between top-level elements, or
between the rows of a table (closing the table on one page and opening it again, with its
heading row, on the next), and starts a new page at each chapter heading (``<h2>``) of a long
document. Every page is a whole document with the original head (so the stylesheet applies);
anchors are mapped to the page that holds them, so the contents' links still lead somewhere.
A document under the budget stays one page, byte for byte.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

from app.domain.i18n import QT_TRANSLATE_NOOP, translate

PAGE_COST = 100_000
"""What a page may cost to show, about, in characters of body text; a page ends at the first
cut point past it."""
CELL_COST = 700
"""What a table cell costs beyond its text: the browser lays out tables far more slowly than
paragraphs (a cell takes about as long as 700 characters of running text)."""
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_ANCHOR = re.compile(r"<a\s[^>]*?\bname=\"([^\"]+)\"|\sid=\"([^\"]+)\"")
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.DOTALL)
_MARKUP = re.compile(r"<[^>]*>")
FIRST_PAGE = QT_TRANSLATE_NOOP("documents view", "Title page")


@dataclass
class Pages:
    """A document cut into pages."""

    pages: list[str] = field(default_factory=list)
    """Each page as a whole HTML document."""
    titles: list[str] = field(default_factory=list)
    """The chapter each page begins in (the first page's title before any chapter)."""
    anchors: dict[str, int] = field(default_factory=dict)
    """Anchor name -> the page that holds it."""

    def __len__(self) -> int:
        return len(self.pages)

    def page_of(self, anchor: str) -> int | None:
        """The page holding ``anchor``, or None."""
        return self.anchors.get(anchor)


@dataclass
class _Cutter:
    """Collects pages of ``body`` between cut points, with the text that closes and reopens."""

    body: str
    head: str
    tail: str
    start: int = 0
    opening: str = ""
    starts: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def cut(self, at: int, closing: str, reopening: str) -> None:
        if at <= self.start:
            return
        self.texts.append(self.head + self.opening + self.body[self.start:at] + closing
                          + self.tail)
        self.starts.append(self.start)
        self.start, self.opening = at, reopening

    def finish(self) -> None:
        self.cut(len(self.body), "", "")


def paginate(html: str, budget: int = PAGE_COST) -> Pages:
    """``html`` cut into pages costing about ``budget`` each (see the module docstring)."""
    opened = _BODY_OPEN.search(html)
    closed = html.rfind("</body>")
    if opened is None or closed < opened.end() or _cost(html[opened.end():closed]) <= budget:
        return Pages([html], [translate("documents view", FIRST_PAGE)], _anchors(html, [0]))
    body = html[opened.end():closed]
    cutter = _Cutter(body, html[:opened.end()], html[closed:])
    stack: list[str] = []
    table_start, table_head = 0, ""  # the open table's opening text, up to its first row
    cells = 0  # since the page's start
    for match in _TAG.finditer(body):
        closing, name = match.group(1) == "/", match.group(2).lower()
        if closing:
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name):]
            continue
        here = match.start()
        size = here - cutter.start + CELL_COST * cells
        if not stack and (size >= budget or (name == "h2" and size >= budget // 4)):
            cutter.cut(here, "", "")
        elif name == "tr" and stack in (["table"], ["table", "tbody"]):
            if not table_head:
                table_head = body[table_start:here]
            if size >= budget:
                cutter.cut(here, "</tbody></table>" if stack[-1] == "tbody" else "</table>",
                           table_head)
        if cutter.start == here:
            cells = 0
        if name == "table" and not stack:
            table_start, table_head = here, ""
        elif name in ("td", "th"):
            cells += 1
        if name not in _VOID and not match.group(0).endswith("/>"):
            stack.append(name)
    cutter.finish()
    titles = _titles(body, cutter.starts)
    return Pages(cutter.texts, titles, _anchors(body, cutter.starts))


def _cost(body: str) -> int:
    """What showing ``body`` costs (see :data:`CELL_COST`)."""
    return len(body) + CELL_COST * len(re.findall(r"<t[dh]\b", body))


def _titles(body: str, starts: list[int]) -> list[str]:
    """The chapter (``<h2>`` text) each page begins in, or starts with."""
    headings = [(m.start(), _plain(m.group(1))) for m in _H2.finditer(body)]
    titles = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(body)
        before = [text for at, text in headings if at <= start]
        within = [text for at, text in headings if start <= at < end]
        titles.append(before[-1] if before else within[0] if within and number
                      else translate("documents view", FIRST_PAGE))
    return titles


def _anchors(text: str, starts: list[int]) -> dict[str, int]:
    """Anchor name -> index of the page (by start offsets) that holds it."""
    found: dict[str, int] = {}
    page = 0
    for match in _ANCHOR.finditer(text):
        while page + 1 < len(starts) and starts[page + 1] <= match.start():
            page += 1
        found.setdefault(html_lib.unescape(match.group(1) or match.group(2)), page)
    return found


def _plain(markup: str) -> str:
    """The text of an HTML fragment."""
    text = html_lib.unescape(_MARKUP.sub("", markup)).replace("\u200b", "")
    return " ".join(text.split())
