"""The privacy notice as a structured model: numbered sections, each with a first-layer summary.

A layered notice (GDPR Art. 13/14, the CPRA notice at collection) gives a short first layer,
one or two sentences per topic, and the full notice under it. Both come from one list of
:class:`Section` objects, so the HTML (:mod:`app.exporters.notice_html`), the Markdown
(:mod:`app.exporters.notice_md`) and a live preview in the window say the same thing. The
sections are always the same eight, in the same order, with the same numbers and ids, so a
change to a policy can be told as "it alters the notice's sections 3 and 5"
(:func:`changed_sections`).

What the notice says about which data is used for which purpose and who receives it comes from
the decision engine, through the record of processing's builder
(:class:`app.exporters.art30.Builder`, built on :class:`app.domain.allowed.AllowedUses`). All
text is plain (never markup), on one line, with names isolated (:mod:`app.exporters.safe_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters import notice_parts as parts
from app.exporters import notice_words as nw
from app.exporters.art30_words import day

TOPICS: tuple[tuple[str, str], ...] = (
    ("who", QT_TRANSLATE_NOOP("notice", "Who we are and how to reach us")),
    ("collect", QT_TRANSLATE_NOOP("notice", "What data we collect and where it comes from")),
    ("why", QT_TRANSLATE_NOOP("notice", "Why we use your data and on what legal basis")),
    ("share", QT_TRANSLATE_NOOP("notice", "Who receives your data and where it goes")),
    ("keep", QT_TRANSLATE_NOOP("notice", "How long we keep your data")),
    ("automated", QT_TRANSLATE_NOOP("notice", "Automated decisions and profiling")),
    ("rights", QT_TRANSLATE_NOOP("notice", "Your rights and how to use them")),
    ("choices", QT_TRANSLATE_NOOP("notice", "Your choices: consent, opting out and Global "
                                            "Privacy Control")),
)
"""(id, title) of every section, in order; a section's number is its place here, from 1.
The titles are English; a notice is written with them translated."""


@dataclass(frozen=True)
class Entry:
    """One item of a section (a purpose, a recipient, a right...): a heading and its lines."""

    heading: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One numbered section of the notice.

    ``summary`` is what the first layer says about the topic; ``paragraphs`` and ``items``
    are the full notice's text.
    """

    id: str
    number: int
    title: str
    summary: tuple[str, ...]
    paragraphs: tuple[str, ...] = ()
    items: tuple[Entry, ...] = ()

    @property
    def anchor(self) -> str:
        """The section's anchor in the HTML notice: ``section-3``."""
        return f"section-{self.number}"

    def texts(self) -> list[str]:
        """Every text of the section, in reading order (title first)."""
        found = [self.title, *self.summary, *self.paragraphs]
        for entry in self.items:
            found.append(entry.heading)
            found.extend(entry.lines)
        return found


@dataclass(frozen=True)
class Notice:
    """The whole notice: who it is from, its introduction, its sections and its digest."""

    title: str
    organisation: str
    intro: tuple[str, ...]
    sections: list[Section]
    digest: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    """(label, value) lines under the title: version, effective date."""

    @property
    def byline(self) -> str:
        """``From Acme Ltd.``: one full stop, even after a name ending with one."""
        return nw.ended(translate("notice", "From {organisation}").format(
            organisation=self.organisation))

    def first_layer(self) -> list[str]:
        """The first layer's text: the introduction, then every section's summary."""
        return [*self.intro, *(line for s in self.sections for line in s.summary)]

    def full_text(self) -> list[str]:
        """The full notice's text: the introduction, then every section's text."""
        return [*self.intro, *(line for s in self.sections for line in s.texts())]


def notice_sections(policy: Policy) -> list[Section]:
    """The notice's sections for ``policy``, numbered from 1 in :data:`TOPICS` order."""
    writer = parts.Writer(policy)
    found = []
    for number, (topic, title) in enumerate(TOPICS, 1):
        summary, paragraphs, items = writer.section(topic)
        found.append(Section(topic, number, translate("notice", title), tuple(summary),
                             tuple(paragraphs),
                             tuple(Entry(heading, tuple(lines)) for heading, lines in items)))
    return found


def build_notice(policy: Policy) -> Notice:
    """The notice for ``policy``: its sections with the title, introduction and digest."""
    meta = policy.policy
    organisation = parts.organisation(policy)
    facts = [(translate("notice", "Version"), meta.version)]
    if meta.effective_date:
        facts.append((translate("notice", "In effect from"), day(meta.effective_date)))
    intro = (translate("notice", "This notice explains how {organisation} uses personal data "
                                 "about you.").format(organisation=organisation),
             translate("notice", "It says what we collect, why we use it, who we share it with "
                                 "and what your rights are."),
             translate("notice", "Each part below is short. Follow its link to read the "
                                 "details."))
    return Notice(translate("notice", "Privacy notice: {title}").format(
                      title=shown_name(meta.title, meta.id)), organisation, intro,
                  notice_sections(policy), digest(policy), facts)


def changed_sections(old: Policy, new: Policy) -> list[Section]:
    """The sections of ``new``'s notice that read differently from ``old``'s, in order."""
    before = {s.number: s for s in notice_sections(old)}
    return [s for s in notice_sections(new) if before.get(s.number) != s]
