r"""The impact of a change in words: text, JSON, and the pieces the HTML redline shows.

Every group of changed uses (:class:`app.domain.impact.UseChange`) is shown with its count, the
categories and purposes it spans (names beside ids), one example request and the old and new
decisions with their rules, obligations and retention. Names come from the new version, or the
old one for removed items; regions from the policy's groups and the shipped catalogue.

JSON (``impact_format`` 1), one object::

    {"impact_format": 1, "declared_uses": int, "changed_uses": int,
     "counts": {"newly_allowed": int, "newly_denied": int, "reason_changed": int,
                "retention_changed": int},
     "summary": str,
     "changes": [{"kind": str, "count": int,
                  "categories": [{"id": str, "name": str}], "purposes": [{"id": str, "name": str}],
                  "example": REQUEST, "example_names": {"subject"|"recipient"|"region": str},
                  "old": DECISION, "new": DECISION}]}

REQUEST is the request shape of ``policy-studio decide`` and DECISION the decision shape every
engine answers with. ``count`` is the number of uses in the group: every category x every
purpose listed, with the subject/recipient/region/consent combinations that change this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.decisions import DENIED_BY_RULE, Decision, Request, reason_words
from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.impact import KINDS, Impact, UseChange, summary
from app.domain.models import Policy
from app.domain.terminal_text import terminal_safe
from app.domain.typography import number
from app.exporters.safe_text import isolated
from app.storage.resources import region_catalogue

HEADINGS = {"newly_allowed": QT_TRANSLATE_NOOP("impact report", "Newly allowed"),
            "newly_denied": QT_TRANSLATE_NOOP("impact report", "Newly denied"),
            "reason_changed": QT_TRANSLATE_NOOP("impact report", "Denied for another reason"),
            "retention_changed": QT_TRANSLATE_NOOP("impact report", "Kept differently")}
"""Each kind of change as a heading, in English (:func:`heading` translates it)."""
LOWER_HEADINGS = {"newly_allowed": QT_TRANSLATE_NOOP("impact report", "newly allowed"),
                  "newly_denied": QT_TRANSLATE_NOOP("impact report", "newly denied"),
                  "reason_changed": QT_TRANSLATE_NOOP("impact report",
                                                      "denied for another reason"),
                  "retention_changed": QT_TRANSLATE_NOOP("impact report", "kept differently")}
"""The headings inside a line of text (a language decides its own capitals)."""
USE_MEANS = QT_TRANSLATE_NOOP(
    "impact report", "A use is one data category for one purpose, with one data subject, "
    "recipient and region (each declared in either version, or none) and one consent answer.")
"""What the impact counts, in words every document showing a count says (in English)."""
EXAMPLE_FIELDS = (
    ("subject", "subjects", QT_TRANSLATE_NOOP("impact report", "subject {name}"),
     QT_TRANSLATE_NOOP("impact report", "no subject")),
    ("recipient", "recipients", QT_TRANSLATE_NOOP("impact report", "recipient {name}"),
     QT_TRANSLATE_NOOP("impact report", "no recipient")),
    ("region", "regions", QT_TRANSLATE_NOOP("impact report", "region {name}"),
     QT_TRANSLATE_NOOP("impact report", "no region")))
"""The request fields an example names: field, section, words with a value and without."""
SHOWN_MEMBERS = 5
"""How many categories or purposes of a group the text names before "and N more"."""


@dataclass(frozen=True)
class Named:
    """An id with the name people read (``text`` empty when it has none)."""

    text: str
    code: str


class Names:
    """Names of the items of both versions (the new one first), and of regions."""

    def __init__(self, old: Policy, new: Policy) -> None:
        self._names: dict[tuple[str, str], str] = {}
        for policy in (new, old):
            for section in ("categories", "purposes", "subjects", "recipients", "regions"):
                for item in getattr(policy, section):
                    if item.name and item.name.strip():
                        self._names.setdefault((section, item.id), item.name)
        self._regions = region_catalogue()

    def name(self, section: str, code: str) -> str:
        """The name of ``code`` in ``section`` ("" when it has none)."""
        found = self._names.get((section, code), "")
        if not found and section == "regions":
            found = self._regions.name(code)
        return "" if found == code else found

    def named(self, section: str, code: str) -> Named:
        """``code`` with its name."""
        return Named(self.name(section, code), code)

    def words(self, section: str, code: str) -> str:
        """``Email address (contact.email)``, or the id alone."""
        name = self.name(section, code)
        return f"{isolated(name)} ({code})" if name else code

    def mapping(self) -> dict[tuple[str, str], str]:
        """(section, id) -> isolated name, for :func:`app.domain.impact.summary`'s sentences."""
        return {key: isolated(name) for key, name in self._names.items()}


def members(change: UseChange) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(categories, purposes) the group spans."""
    return (change.categories or (change.example.category,),
            change.purposes or (change.example.purpose,))


def heading(kind: str) -> str:
    """The heading of a kind of change (``Newly allowed``), translated."""
    return translate("impact report", HEADINGS[kind])


def use_means() -> str:
    """What a use is (:data:`USE_MEANS`), translated."""
    return translate("impact report", USE_MEANS)


def share_words(changed: int, uses: int) -> str:
    """``32 of the 72 uses compared get a different decision`` (see :data:`USE_MEANS`)."""
    if not changed:
        return translate("impact report", "all {uses} uses compared get the same decision",
                         None, uses).format(uses=number(uses))
    return translate("impact report", "{changed} of the {uses} uses compared get a different "
                     "decision", None, changed).format(changed=number(changed), uses=number(uses))


def consent_words(request: Request) -> str:
    """``consent granted``, ``consent unknown, GPC signal``."""
    said = translate("impact report", "consent {answer}, GPC signal") if request.gpc else \
        translate("impact report", "consent {answer}")
    return said.format(answer=label(request.consent))


def uses_words(count: int) -> str:
    """``1 use``, ``1,234 uses``."""
    said = translate("impact report", "{count} use", None, count) if count == 1 else \
        translate("impact report", "{count} uses", None, count)
    return said.format(count=number(count))


def _rules(decision: Decision) -> str:
    said = translate("impact report", "rule {ids}") if len(decision.rules) == 1 else \
        translate("impact report", "rules {ids}")
    return said.format(ids=", ".join(decision.rules))


def decision_words(decision: Decision) -> str:
    """``allowed by rules r1, r2; obligations ...; kept 2 years ... (keep_email)``.

    A denial reads ``denied by rule r3`` or ``denied: no rule allows this use (default deny)``.
    """
    rules = _rules(decision)
    if not decision.allowed:
        if decision.reason == DENIED_BY_RULE:
            return translate("impact report", "denied by {rules}").format(rules=rules)
        why = reason_words(decision.reason)
        said = translate("impact report", "denied: {why} ({rules})") if decision.rules else \
            translate("impact report", "denied: {why}")
        return said.format(why=why, rules=rules)
    text = translate("impact report", "allowed by {rules}").format(rules=rules)
    if decision.obligations:
        text += translate("impact report", "; obligations {obligations}").format(
            obligations=", ".join(label(o) for o in decision.obligations))
    retention = decision.retention
    text += (f"; {retention.sentence()} ({retention.rule})" if retention
             else translate("impact report", "; no retention rule applies"))
    return text


def example_words(names: Names, request: Request, with_pair: bool = False) -> str:
    """``subject Customers (customer), no recipient, region Germany (DE), consent granted``.

    ``with_pair`` puts the category and purpose first (for a group spanning several).
    """
    parts = [translate("impact report", "{category} for {purpose}").format(
        category=names.words("categories", request.category),
        purpose=names.words("purposes", request.purpose))] if with_pair else []
    for field, section, named, none in EXAMPLE_FIELDS:
        value = getattr(request, field)
        parts.append(translate("impact report", named).format(name=names.words(section, value))
                     if value else translate("impact report", none))
    return ", ".join([*parts, consent_words(request)])


def _listed(names: Names, section: str, codes: tuple[str, ...]) -> str:
    shown = [names.words(section, code) for code in codes[:SHOWN_MEMBERS]]
    more = len(codes) - len(shown)
    if not more:
        return ", ".join(shown)
    return translate("impact report", "{names} and %n more", None, more).format(
        names=", ".join(shown))


def sentence(impact: Impact, names: Names) -> str:
    """The one-sentence summary with item names."""
    return summary(impact, names=names.mapping())


def render_text(impact: Impact, old: Policy, new: Policy) -> str:
    """Every group of changed uses, one paragraph each, grouped by kind."""
    names = Names(old, new)
    changed = sum(change.count for change in impact.changes)
    lines = [translate("impact report", "impact: {sentence} ({share}; a use is one data "
                       "category for one purpose, with one data subject, recipient and region "
                       "(each declared in either version, or none) and one consent answer)")
             .format(sentence=sentence(impact, names), share=share_words(changed, impact.uses))]
    for kind in KINDS:
        group = [change for change in impact.changes if change.kind == kind]
        if not group:
            continue
        lines += ["", translate("impact report", "{heading} ({uses})").format(
            heading=translate("impact report", LOWER_HEADINGS[kind]),
            uses=uses_words(impact.count(kind)))]
        for change in group:
            categories, purposes = members(change)
            lines += [
                "  " + translate("impact report", "{categories} for {purposes}: {uses}").format(
                    categories=_listed(names, "categories", categories),
                    purposes=_listed(names, "purposes", purposes),
                    uses=uses_words(change.count)),
                "    " + translate("impact report", "e.g. {example}").format(
                    example=example_words(names, change.example, change.pairs > 1)),
                "    " + translate("impact report", "before: {decision}").format(
                    decision=decision_words(change.old)),
                "    " + translate("impact report", "after:  {decision}").format(
                    decision=decision_words(change.new))]
    return terminal_safe("\n".join(lines), keep_newlines=True) + "\n"


def impact_data(impact: Impact, old: Policy, new: Policy) -> dict[str, Any]:
    """The documented JSON structure (see the module docstring)."""
    names = Names(old, new)
    return {
        "impact_format": 1,
        "declared_uses": impact.uses,
        "changed_uses": sum(change.count for change in impact.changes),
        "counts": {kind: impact.count(kind) for kind in KINDS},
        "summary": sentence(impact, names),
        "changes": [_change_json(names, change) for change in impact.changes],
    }


def _change_json(names: Names, change: UseChange) -> dict[str, Any]:
    categories, purposes = members(change)
    example = change.example
    return {
        "kind": change.kind,
        "count": change.count,
        "categories": [{"id": c, "name": names.name("categories", c)} for c in categories],
        "purposes": [{"id": p, "name": names.name("purposes", p)} for p in purposes],
        "example": example.to_dict(),
        "example_names": {field: names.name(section, getattr(example, field))
                          for field, section in (("subject", "subjects"),
                                                 ("recipient", "recipients"),
                                                 ("region", "regions"))
                          if getattr(example, field)},
        "old": change.old.to_dict(),
        "new": change.new.to_dict(),
    }


@dataclass(frozen=True)
class ChangeView:
    """One group of changed uses as the HTML shows it."""

    heading: str
    css: str
    count: int
    categories: tuple[Named, ...]
    purposes: tuple[Named, ...]
    example: str
    old: str
    new: str


@dataclass(frozen=True)
class ImpactView:
    """What the HTML redline shows of an impact: the sentence, counts and (maybe) every group."""

    sentence: str
    unchanged: bool
    share: str
    """``32 of the 72 uses compared get a different decision``."""
    means: str
    """What a use is (:data:`USE_MEANS`)."""
    changes: tuple[ChangeView, ...]
    """Empty unless the full list was asked for."""


_CSS = {"newly_allowed": "add", "newly_denied": "del", "reason_changed": "chg",
        "retention_changed": "chg"}


def impact_view(impact: Impact, old: Policy, new: Policy, *, details: bool = True) -> ImpactView:
    """The HTML pieces (plain text; the template escapes them)."""
    names = Names(old, new)
    changes = tuple(
        ChangeView(heading(c.kind), _CSS[c.kind], c.count,
                   tuple(names.named("categories", x) for x in members(c)[0]),
                   tuple(names.named("purposes", x) for x in members(c)[1]),
                   example_words(names, c.example, c.pairs > 1), decision_words(c.old),
                   decision_words(c.new))
        for c in impact.changes) if details else ()
    changed = sum(change.count for change in impact.changes)
    return ImpactView(sentence(impact, names), impact.unchanged,
                      share_words(changed, impact.uses), use_means(), changes)
