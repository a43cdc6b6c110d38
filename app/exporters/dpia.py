"""A data protection impact assessment (GDPR Art. 35) drafted from the policy (no Qt).

:func:`build_draft` works out what the draft says once; it is laid out as HTML
(:mod:`app.exporters.dpia_html`), PDF (:mod:`app.exporters.pdf.dpia`) and as a file the CNIL's
PIA tool imports (:mod:`app.exporters.dpia_pia`). The parts follow the CNIL's PIA method:

1. the screening: every purpose of the organisation's own against the EDPB's criteria
   (:mod:`app.domain.dpia_screening`), with what triggered each and the conclusion;
2. per purpose assessed, its context (the processing, data, people, sources, recipients) and
   the fundamental principles (purposes, legal bases, minimisation, retention, information,
   rights, processors and their contracts, transfers, automated decisions), pre-filled with what
   the decision engine allows (the Art. 30 record's facts, :class:`app.exporters.art30.Builder`);
3. the risks (illegitimate access, unwanted change, disappearance of data), each with its
   impacts, threats, sources, measures, severity and likelihood left for the assessors, after
   the measures the policy records.

A purpose is assessed when the screening requires it or its DPIA status says required, in
progress or done; when none is, every purpose is, so the draft is never empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.canonical import digest
from app.domain.dpia_screening import Criterion, Screening, documented, required
from app.domain.enums import DpiaState, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy, Purpose
from app.exporters import art30_fields as record
from app.exporters import art30_words as words
from app.exporters.art30 import Builder, numbered, parties, security_measures
from app.exporters.art30_lines import Field, Line
from app.exporters.policy_words import consent, join

RISKS: tuple[tuple[str, str], ...] = (
    ("access", QT_TRANSLATE_NOOP("dpia", "Illegitimate access to data")),
    ("change", QT_TRANSLATE_NOOP("dpia", "Unwanted change of data")),
    ("disappearance", QT_TRANSLATE_NOOP("dpia", "Disappearance of data")),
)
"""The three feared events of the CNIL method, by key."""
RISK_QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("dpia", "Impacts on the people if it happened"),
    QT_TRANSLATE_NOOP("dpia", "Threats that could bring it about"),
    QT_TRANSLATE_NOOP("dpia", "Risk sources (who or what could cause it)"),
    QT_TRANSLATE_NOOP("dpia", "Measures that address it"),
    QT_TRANSLATE_NOOP("dpia", "Severity (negligible, limited, significant or maximum), and why"),
    QT_TRANSLATE_NOOP("dpia", "Likelihood (negligible, limited, significant or maximum), and "
                              "why"),
)
"""What each risk asks, left blank in the draft (English: the titles here are keys; the
documents translate them where shown, see :func:`title`)."""
CONTEXT = (record.PURPOSES, record.DATA, record.SOURCES, record.SUBJECTS, record.RECIPIENTS)
MINIMISATION = QT_TRANSLATE_NOOP("dpia", "Data minimisation")
INFORMATION = QT_TRANSLATE_NOOP("dpia", "Information and consent")
RIGHTS = QT_TRANSLATE_NOOP("dpia", "Rights of the people")
PRINCIPLES = (record.BASIS, record.CONDITION, record.INTERESTS, MINIMISATION, record.RETENTION,
              INFORMATION, RIGHTS, record.CONTRACTS, record.TRANSFERS, record.AUTOMATED)
TO_FILL = QT_TRANSLATE_NOOP("dpia", "TO BE COMPLETED")
"""Marks what the policy cannot say and the assessors must (English; :func:`to_fill` gives it
in the current language)."""


def to_fill() -> str:
    """:data:`TO_FILL` in the current language."""
    return translate("dpia", TO_FILL)


def title(key: str) -> str:
    """The words of a field or question titled ``key`` (this module's or the record's)."""
    return translate("dpia", key) if key in (MINIMISATION, INFORMATION, RIGHTS, *RISK_QUESTIONS,
                                             *(t for _, t in RISKS)) else record.title(key)


@dataclass(frozen=True)
class Screened:
    """One purpose's screening: the criteria it meets and what follows."""

    name: str
    purpose: Purpose
    criteria: list[Criterion]
    conclusion: str


@dataclass(frozen=True)
class Assessment:
    """The draft assessment of one purpose."""

    number: str
    name: str
    purpose: Purpose
    screened: Screened
    context: list[Field]
    principles: list[Field]


@dataclass(frozen=True)
class DpiaDraft:
    """A DPIA draft: who, the screening, the assessments and the measures recorded."""

    policy: Policy
    digest: str
    parties: list[tuple[str, str]]
    screening: list[Screened]
    assessments: list[Assessment]
    measures: list[tuple[str, str, str]] = field(default_factory=list)
    all_drafted: bool = False
    """True when no purpose needs an assessment and every one is drafted anyway."""


def conclusion(purpose: Purpose, found: list[Criterion]) -> str:
    """What the screening and the recorded status say, in words."""
    dpia = purpose.dpia
    if documented(purpose):
        return words.dpia_words(dpia.status, dpia.reference)  # type: ignore[union-attr]
    count = translate("dpia", "%n criterion met", None, len(found)) if len(found) == 1 else \
        translate("dpia", "%n criteria met", None, len(found))
    if required(found):
        said = {DpiaState.NOT_NEEDED: translate("dpia", "Required ({count}), although recorded "
                                                        "as not needed"),
                DpiaState.DONE: translate("dpia", "Required ({count}), recorded as done but "
                                                  "with no reference"),
                DpiaState.IN_PROGRESS: translate("dpia", "Required ({count}), recorded in "
                                                         "progress but with no reference")}
        needed = said.get(dpia.status) if dpia else None
        return (needed or translate("dpia", "Required ({count})")).format(count=count)
    if dpia is not None and dpia.status is not DpiaState.NOT_NEEDED:
        return translate("dpia", "{status} ({count})").format(
            status=words.dpia_words(dpia.status, dpia.reference), count=count)
    return translate("dpia", "Likely not required ({count}); record why").format(count=count) \
        if found else translate("dpia", "Not required by the screening (no criterion met)")


def _assessed(item: Screened) -> bool:
    dpia = item.purpose.dpia
    return required(item.criteria) or (dpia is not None and dpia.status is not
                                       DpiaState.NOT_NEEDED)


def _principles(builder: Builder, purpose: Purpose, fields: dict[str, Field]) -> list[Field]:
    uses = builder.facts(purpose).uses
    obligations = sorted({o for use in uses for o in use.obligations})
    gap = to_fill()
    minimise = [Line(translate("art30", "Required by the rules for these uses: {measures}")
                     .format(measures=join(words.obligation(o) for o in obligations)))] \
        if obligations else []
    minimise.append(Line(translate("dpia", "{gap}: why each category of data is needed for the "
                                           "purpose").format(gap=gap)))
    informed = [Line(translate("dpia", "The purpose, as the policy describes it: {description}")
                     .format(description=purpose.description))
                if purpose.description.strip() else
                Line(translate("dpia", "{gap}: the purpose is not described").format(gap=gap)),
                Line(consent(purpose.consent)),
                Line(translate("dpia", "{gap}: where and when people are informed").format(
                    gap=gap))]
    rights = [Line(translate("dpia", "Offered: {rights}").format(
        rights=join(label(r) for r in purpose.rights)))] if purpose.rights \
        else [Line(translate("dpia", "{gap}: no rights are recorded for the purpose").format(
            gap=gap))]
    rights.append(Line(translate("dpia", "{gap}: how people exercise them").format(gap=gap)))
    made = {MINIMISATION: Field(MINIMISATION, minimise),
            INFORMATION: Field(INFORMATION, informed),
            RIGHTS: Field(RIGHTS, rights)}
    return [made.get(title) or fields[title] for title in PRINCIPLES]


def build_draft(policy: Policy) -> DpiaDraft:
    """The DPIA draft of ``policy`` (the organisation's own purposes; see the module)."""
    builder = Builder(policy)
    screen = Screening(policy, builder.allowed, builder.regimes, builder.regions)
    own = [p for p in policy.purposes if p.on_behalf_of is None]
    screening = []
    for purpose in own:
        found = screen.criteria(purpose)
        screening.append(Screened(shown_name(purpose.name, purpose.id), purpose, found,
                                  conclusion(purpose, found)))
    chosen = [s for s in screening if _assessed(s)]
    every = not chosen
    by_id = {s.purpose.id: s for s in (screening if every else chosen)}
    assessments = []
    for number, purpose in numbered([s.purpose for s in screening if s.purpose.id in by_id]):
        activity = builder.activity(number, [purpose])
        fields = {f.title: f for f in activity.fields}
        assessments.append(Assessment(number, activity.name, purpose, by_id[purpose.id],
                                      [fields[t] for t in CONTEXT],
                                      _principles(builder, purpose, fields)))
    dates = {translate("art30", "Record created"), translate("art30", "Record last updated")}
    who = [(name, value) for name, value in parties(policy, builder.regions, "controller")
           if name not in dates]
    return DpiaDraft(policy, digest(policy), who, screening, assessments,
                     security_measures(policy), every)
