"""What the retention timeline shows, worked out without Qt.

One row per declared category, in hierarchy order. A row's bars are the retention rules that
apply to the category's allowed uses (:mod:`app.domain.allowed`; ``RetentionIndex.candidates``,
the shared retention semantics), one bar per distinct rule with the purposes it governs; its
gaps are the allowed purposes no rule covers (as RET001 reports them); a bar is ambiguous when
another rule ranks equally with different terms (as RET003 reports it).

A bar runs to its maximum period, with its minimum marked on it; a start at the end of the
calendar or financial year adds up to a year after the event (drawn as an extension). A rule
that gives criteria instead of a maximum has no invented length: its criteria are shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.allowed import AllowedUses
from app.domain.enums import PeriodStart
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import by_id, lineage, shown_name
from app.domain.models import DataCategory, Policy, RetentionRule
from app.domain.regions import RegionCatalogue
from app.domain.retention import length_key, retention_terms
from app.domain.retention_words import brief_words, disposition_words, retention_sentence

ANY_PURPOSE = ""


@dataclass
class Bar:
    """One retention rule as it applies to one category."""

    rule: RetentionRule
    purposes: list[str] = field(default_factory=list)
    """Allowed purposes it governs (empty: the category is not used, or any purpose)."""
    names: list[str] = field(default_factory=list)
    """The names of :attr:`purposes` (their ids where they have none), in the same order."""
    ties: list[str] = field(default_factory=list)
    """Other rules that apply equally well with different terms (ambiguous)."""
    labelled: bool = False
    """True when the purposes belong in the label (several bars, or a purpose-bound rule)."""

    @property
    def days(self) -> float:
        """Nominal length of the maximum in days (inf when indefinite or criteria only)."""
        return length_key(self.rule)[0]

    @property
    def maximum(self) -> float | None:
        """Days of the maximum period; None when the rule gives criteria instead."""
        return None if self.rule.duration is None else self.rule.duration.days

    @property
    def minimum(self) -> float | None:
        """Days of the minimum period, if the rule gives one."""
        return None if self.rule.minimum is None else self.rule.minimum.days

    @property
    def criteria(self) -> str:
        """The criteria text (shown as text: it has no length)."""
        return self.rule.criteria.strip()

    @property
    def year_end(self) -> float:
        """Up to how many days later than the event the period starts (a year-end start)."""
        return 0.0 if self.rule.period_start == PeriodStart.EVENT else YEAR

    def terms(self) -> str:
        """E.g. ``3 years from the end of the contract → delete or anonymise``."""
        return f"{brief_words(self.rule)} → {disposition_words(self.rule)}"

    def text(self) -> str:
        """The label drawn beside the bar (long purpose lists shortened; see describe)."""
        if not self.labelled:
            return self.terms()
        if not self.rule.purposes:
            return translate("timeline", "other uses: {terms}").format(terms=self.terms())
        shown = ", ".join(self.names[:2])
        more = f" +{len(self.names) - 2}" if len(self.names) > 2 else ""
        return f"{shown}{more}: {self.terms()}"

    def describe(self, category: str) -> str:
        """A full sentence for the tooltip and screen readers."""
        rule = self.rule
        uses = translate("timeline", " when used for {purposes}").format(
            purposes=", ".join(self.names)) if self.names else ""
        text = translate("timeline", "Retention rule {id}: {category}{uses} is {sentence}.")\
            .format(id=rule.id, category=category, uses=uses, sentence=retention_sentence(rule))
        if rule.citation.strip():
            text += " " + translate("timeline", "Reason: {citation}").format(
                citation=rule.citation.strip())
        if self.ties:
            text += " " + translate("timeline", "Ambiguous: {rules} applies equally well with "
                                    "other terms; only {id} takes effect.").format(
                rules=", ".join(self.ties), id=rule.id)
        return text


@dataclass
class Row:
    """One declared category with its bars and gaps."""

    category: DataCategory
    level: int
    bars: list[Bar] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    used: bool = False

    @property
    def lines(self) -> int:
        """How many lines the row takes (one per bar, one for the gap marker, at least one)."""
        return max(1, len(self.bars) + (1 if self.gaps else 0))


def hierarchy_order(ids: list[str]) -> list[str]:
    """``ids`` with every child right after its parent, siblings in declared order."""
    position = {item_id: index for index, item_id in enumerate(ids)}
    end = len(ids)

    def key(item_id: str) -> tuple[tuple[int, str], ...]:
        return tuple((position.get(p, end), p) for p in reversed(lineage(item_id)))

    return sorted(dict.fromkeys(ids), key=key)


def build_rows(policy: Policy, regions: RegionCatalogue | None = None) -> list[Row]:
    """The timeline rows of ``policy`` (``regions``: the shipped region groups)."""
    allowed = AllowedUses(policy, regions=regions)
    index = allowed.engine.retention
    rules = policy.retention
    categories = by_id(policy.categories)
    purpose_names = {p.id: shown_name(p.name, p.id) for p in policy.purposes}
    used = allowed.categories()
    rows = []
    for category_id in hierarchy_order(list(categories)):
        category = categories[category_id]
        level = sum(1 for a in lineage(category_id)[1:] if a in categories)
        purposes = list(allowed.row(category_id)) if category_id in used else []
        row = Row(category, level, used=bool(purposes))
        bars: dict[int, Bar] = {}
        for purpose in purposes or [ANY_PURPOSE]:
            ranked = index.candidates(category_id, purpose)
            if not ranked:
                if purpose:
                    row.gaps.append(purpose)
                continue
            top, winner = ranked[0]
            bar = bars.setdefault(winner, Bar(rules[winner]))
            if purpose:
                bar.purposes.append(purpose)
                bar.names.append(purpose_names.get(purpose, purpose))
            for order, other in ranked[1:]:
                if order[:2] != top[:2]:
                    break
                if retention_terms(rules[other]) != retention_terms(rules[winner]) and (
                        rules[other].id not in bar.ties):
                    bar.ties.append(rules[other].id)
        row.bars = sorted(bars.values(), key=lambda b: (length_key(b.rule), b.rule.id))
        for bar in row.bars:
            bar.labelled = len(row.bars) > 1 or bool(bar.rule.purposes)
        rows.append(row)
    return rows


# -- the scale ---------------------------------------------------------------------------------
YEAR = 365.2425
TICKS = ((1, QT_TRANSLATE_NOOP("timeline", "1 day")), (7, QT_TRANSLATE_NOOP("timeline", "1 week")),
         (YEAR / 12, QT_TRANSLATE_NOOP("timeline", "1 month")),
         (YEAR / 2, QT_TRANSLATE_NOOP("timeline", "6 months")),
         (YEAR, QT_TRANSLATE_NOOP("timeline", "1 year")),
         (3 * YEAR, QT_TRANSLATE_NOOP("timeline", "3 years")),
         (10 * YEAR, QT_TRANSLATE_NOOP("timeline", "10 years")))
"""The scale's marks: (days, label marked for the catalogues; translate it where drawn)."""
MAX_DAYS = 30 * YEAR
_STOPS = (0.0, *(days for days, _ in TICKS), MAX_DAYS)


def position(days: float) -> float:
    """Where ``days`` falls on the piecewise scale.

    The ticks are evenly spaced, with a linear scale between neighbours; 0 is no time, 1 is thirty
    years or more (and indefinite).
    """
    if days >= MAX_DAYS:
        return 1.0
    days = max(days, 0.0)
    segments = len(_STOPS) - 1
    for number in range(segments):
        low, high = _STOPS[number], _STOPS[number + 1]
        if days <= high:
            return (number + (days - low) / (high - low)) / segments
    return 1.0
