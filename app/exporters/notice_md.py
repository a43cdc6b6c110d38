"""The layered privacy notice as Markdown (no Qt).

The same sections as the HTML notice (:mod:`app.exporters.notice_sections`): the first layer
("At a glance") with a link to each section, then the full notice, and the content digest at
the end. User text never becomes Markdown or HTML: it is on one line (so it cannot open a
block), ``<``, ``>`` and ``&`` are written as character references (no raw HTML, no autolink)
and every other character Markdown gives a meaning inline is escaped with a backslash; text
that could reorder the line around it is isolated (:mod:`app.exporters.safe_text`).
"""

from __future__ import annotations

import re

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.exporters.notice_html import notice_exporter
from app.exporters.notice_sections import Notice
from app.exporters.notice_words import clean
from app.exporters.safe_text import isolated
from app.exporters.standing import standing_of
from app.exporters.untranslated import shown_marks_text

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE = re.compile(r"([\\`*_\[\]{}#|~!])")
"""Characters with an inline meaning in CommonMark or GitHub's tables and strikethrough."""
_OPENS_BLOCK = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")
"""A start that could make a list, a heading underline or a numbered list."""


def escaped(text: str, starts_line: bool = False) -> str:
    """``text`` as literal Markdown on one line (see the module docstring).

    ``starts_line``: the text begins a line (or a list item), where ``-``, ``+``, ``=`` or
    ``1.`` would open a block; it is escaped there.
    """
    text = isolated(clean(text))
    text = _INLINE.sub(r"\\\1", text)
    text = "".join(_ENTITIES.get(c, c) for c in text)
    match = _OPENS_BLOCK.match(text) if starts_line else None
    if match is None:
        return text
    if match.group(2)[0].isdigit():  # "1." -> "1\."
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"{match.group(1)}\\{text[match.end(1):]}"


def render_markdown(notice: Notice, policy: Policy, errors: int = 0) -> str:
    """``notice`` (made from ``policy``) as Markdown, opening with its DRAFT and errors notes."""
    standing = standing_of(policy, notice.digest, errors)
    out = [f"# {escaped(notice.title)}", ""]
    for text in (standing.draft_text(), standing.errors_text()):
        if text:
            out += [f"> **{escaped(text)}**", ""]
    facts = " ".join(translate("notice", "{label}: {value}.").format(label=escaped(k),
                                                                     value=escaped(v))
                     for k, v in notice.facts)
    glance = translate("notice", "At a glance")
    out += [f"{escaped(notice.byline)} {facts}".rstrip(), "", f"## {glance}", ""]
    out += [" ".join(escaped(line, not n) for n, line in enumerate(notice.intro)), ""]
    read = translate("notice", "Read section {number} in full")
    for s in notice.sections:
        out += [f"### {s.number}. {escaped(s.title)}", "",
                " ".join(escaped(line, not n) for n, line in enumerate(s.summary)), "",
                f"[{read.format(number=s.number)}](#{s.anchor})", ""]
    full = translate("notice", "The full notice")
    out += [f"## {full}", ""]
    for s in notice.sections:
        out += [f'<a id="{s.anchor}"></a>', "", f"### {s.number}. {escaped(s.title)}", ""]
        for paragraph in s.paragraphs:
            out += [escaped(paragraph, True), ""]
        for entry in s.items:
            out += [f"#### {escaped(entry.heading)}", ""]
            out += [f"- {escaped(line, True)}" for line in entry.lines]
            out.append("")
    out += ["---", "", translate("notice", "Content digest of the policy this notice was made "
                                           "from: {digest}").format(digest=f"`{notice.digest}`"),
            ""]
    return shown_marks_text("\n".join(out))


EXPORTER = notice_exporter(
    render_markdown, "notice-md", QT_TRANSLATE_NOOP("exporters", "Privacy notice (Markdown)"),
    ".notice.md",
    QT_TRANSLATE_NOOP("exporters", "The layered privacy notice as Markdown, for a website or a "
                      "wiki: the first layer and the full notice, with the content digest."))
