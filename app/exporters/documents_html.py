"""The Jinja2 environment of the readable HTML documents (policy document, Art. 30, redline).

The templates and the one shared stylesheet are under ``resources/documents/``; every
document inlines the stylesheet, so each stays a single self-contained file. Autoescaping is
on for every template, so user text is escaped where it is printed and never evaluated as
template syntax; an undefined name is an error, not an empty string. Every printed text that
could reorder its surroundings (right-to-left letters, direction controls) is isolated by
:mod:`app.exporters.safe_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2
import markupsafe

from app.domain.i18n import language, translate
from app.domain.typography import number
from app.exporters.safe_text import isolated
from app.exporters.standing import Standing
from app.storage.resources import DOCUMENT_TEMPLATES

_BREAK_AFTER = re.compile(r"([._])(?=[^\s.,_)\]])")
"""A dot or underscore with more of the id after it."""
RUN = 24
"""The longest stretch of an id or digest without a dot or underscore that stays unbroken."""
_LONG_RUN = re.compile(rf"[^\s._<>&;]{{{RUN + 1},}}")
Part = jinja2.environment.TemplateModule
"""A template rendered once, placed in another as it is (see :func:`rendered_part`)."""


@dataclass(frozen=True)
class Notice:
    """A full-width notice at the top of a document; ``tone`` is "draft" or "errors"."""

    text: str
    tone: str = "draft"


def notices(standing: Standing) -> list[Notice]:
    """The DRAFT and known-errors notices of ``standing`` (none for an approved, clean one)."""
    found = [Notice(standing.draft_text()), Notice(standing.errors_text(), "errors")]
    return [notice for notice in found if notice.text]


def _loader() -> jinja2.BaseLoader:
    """Where the templates come from (the one place that knows)."""
    return jinja2.FileSystemLoader(DOCUMENT_TEMPLATES)


def ident(text: object) -> markupsafe.Markup:
    """``text`` escaped, with a line-break opportunity (``<wbr>``) after each dot and underscore.

    Long ids (``area03.group2.item0456``, ``delivery_countries``) then wrap only there, never
    inside a word; copied text keeps no trace of the breaks. A stretch longer than :data:`RUN`
    characters without one (a digest, an id of one long word) may also break every
    :data:`RUN` characters, so it never runs out of its table cell.
    """
    escaped = str(markupsafe.escape(_shown(str(text))))
    broken = _BREAK_AFTER.sub(r"\1<wbr>", escaped)
    return markupsafe.Markup(_LONG_RUN.sub(lambda m: _every(m.group(0)), broken))


def _every(run: str) -> str:
    """``run`` with a break opportunity every :data:`RUN` characters (the last resort)."""
    return "<wbr>".join(run[i:i + RUN] for i in range(0, len(run), RUN))


def _shown(text: str) -> str:
    """``text`` isolated (:func:`isolated`), a NUL (which HTML forbids) as U+FFFD."""
    return isolated(text).replace("\0", "\ufffd")


def _finalize(value: object) -> object:
    """Every printed text as :func:`_shown`; markup (a rendered part) is left alone."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return _shown(value)
    return value


@cache
def environment() -> jinja2.Environment:
    """The shared environment: autoescape everywhere, strict undefined, few filters."""
    env = jinja2.Environment(
        loader=_loader(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["ident"] = ident
    # tr(context, text) translates (and app.storage.catalogue_sources finds the calls);
    # language() is the code the document is written in, for its lang attribute
    env.globals["tr"] = translate
    env.globals["language"] = language
    env.globals["number"] = number  # a count with the language's digit grouping
    return env


def render(template: str, **context: Any) -> str:
    """``template`` (a name under ``resources/documents/``) rendered with ``context``."""
    return environment().get_template(template).render(**context)


def rendered_part(template: str, **context: Any) -> Part:
    """``template`` rendered once, to be placed in another template.

    The part goes in as markup, not escaped again: it is a template's output, escaped there.
    """
    return environment().get_template(template).make_module(context)
