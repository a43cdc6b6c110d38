"""Keeping a large record reviewable: long lists summarised by family (GDPR Art. 30).

A record with more than :data:`FAMILIES` purposes makes each purpose family (a top-level
purpose and the purposes within it) one processing activity. An activity that processes
more than :data:`SUMMARY` categories shows them one line per family (its top-level
category, with how many of its categories are processed and how many of those are
special), and its time limits as one summary of the periods, the events they count from
and what happens at the end, pointing to the retention schedule for each category's rule.
A heading with more than :data:`INLINE` members (people, recipients of one kind) lists them on
one line. Smaller activities keep every item on its own line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from app.domain.duration import Duration
from app.domain.enums import Sensitivity
from app.domain.i18n import translate
from app.domain.ids import lineage, shown_name
from app.domain.models import DataCategory, RetentionRule
from app.domain.retention_words import disposition_words, start_words
from app.domain.typography import semicolons
from app.exporters.art30_lines import Line

if TYPE_CHECKING:
    from app.exporters.art30 import Builder

FAMILIES = 60
"""Purposes a record lists as activities of their own; above this, one activity per family."""
SUMMARY = 40
"""Categories an activity lists one by one; above this they are summarised by family."""
INLINE = 8
"""Members of a heading listed one per line; above this they share one line."""


def inline(lines: list[Line], depth: int) -> list[Line]:
    """``lines`` with the members at ``depth`` joined into one line when there are many."""
    members = [line for line in lines if line.depth == depth]
    if len(members) <= INLINE or any(line.depth > depth for line in lines):
        return lines
    return [*(line for line in lines if line.depth < depth), joined(members, depth)]


def joined(members: list[Line], depth: int) -> Line:
    """One line at ``depth`` naming every member (``A; B; C``)."""
    return Line(semicolons(m.text for m in members), depth,
                tuple(i for m in members for i in m.ids))


def family_of(category_id: str, known: dict[str, DataCategory]) -> str:
    """The top-level declared category ``category_id`` belongs to (itself when none is)."""
    declared = [a for a in reversed(lineage(category_id)) if a in known]
    return declared[0] if declared else category_id


def family_lines(wanted: Sequence[str], known: dict[str, DataCategory]) -> list[Line]:
    """One line per family: ``Health: 12 of its 40 categories (2 special category)``."""
    families: dict[str, list[str]] = {}
    for category_id in wanted:
        families.setdefault(family_of(category_id, known), []).append(category_id)
    sizes: dict[str, int] = {}
    for category_id in known:
        root = family_of(category_id, known)
        sizes[root] = sizes.get(root, 0) + 1
    lines = []
    for root, members in families.items():
        item = known.get(root)
        name = shown_name(item.name, root) if item else root
        special, criminal = (sum(1 for m in members if m in known
                                 and known[m].sensitivity == kind)
                             for kind in (Sensitivity.SPECIAL_CATEGORY, Sensitivity.CRIMINAL))
        marks = [text for n, text in (
            (special, translate("art30", "%n special category", None, special)),
            (criminal, translate("art30", "%n criminal offence data", None, criminal))) if n]
        count = translate("art30", "{count} of its %n categories", None,
                          sizes.get(root, len(members))).format(count=len(members))
        if members == [root]:
            count = translate("art30", "the whole family")
        said = f" ({', '.join(marks)})" if marks else ""
        lines.append(Line(translate("art30", "{name}: {count}").format(name=name, count=count)
                          + said, 0, tuple(members)))
    return lines


def _days(duration: Duration) -> float:
    return duration.days


def _joined(items: Iterable[str]) -> str:
    found = list(dict.fromkeys(items))
    return found[0] if len(found) == 1 else translate("art30", "{items} or {last}").format(
        items=", ".join(found[:-1]), last=found[-1])


def retention_summary(rules: Sequence[RetentionRule], unruled: int,
                      name: Callable[[str], str], families: Sequence[str]) -> list[Line]:
    """The periods, their starting events and dispositions of ``rules`` in a few lines."""
    lines = []
    if rules:
        durations = sorted({r.duration for r in rules if r.duration is not None
                            and not r.duration.is_indefinite}, key=_days)
        span = (durations[0].words() if len(durations) == 1 else
                translate("art30", "from {shortest} to {longest}").format(
                    shortest=durations[0].words(), longest=durations[-1].words())
                ) if durations else ""
        starts = _joined(start_words(r) for r in rules)
        period = translate("art30", "{span}, counted from {starts}").format(
            span=span, starts=starts) if span else \
            translate("art30", "from {starts}").format(starts=starts)
        lines.append(Line(translate(
            "art30", "Set for each category by %n retention rules (see the retention schedule): "
                     "{period}, then {dispositions}.", None, len(rules)).format(
            period=period, dispositions=_joined(disposition_words(r) for r in rules))))
        if any(r.criteria.strip() for r in rules):
            lines.append(Line(translate("art30", "Some periods also depend on criteria stated "
                                                 "in the rules.")))
        if any(r.duration is not None and r.duration.is_indefinite for r in rules):
            lines.append(Line(translate("art30", "Some categories are kept indefinitely.")))
        held = sum(1 for r in rules if r.legal_hold)
        if held:
            lines.append(Line(translate("art30", "%n of the rules are under legal hold.", None,
                                        held)))
    if unruled:
        lines.append(Line(translate("art30", "No retention rule for %n categories (in "
                                             "{families}).", None, unruled).format(
            families=", ".join(name(f) for f in families))))
    return lines


def summarised_retention(builder: Builder, pairs: list[tuple[str, str]]) -> list[Line]:
    """:func:`retention_summary` of the rules for the (category, purpose) ``pairs``."""
    by_id = {rule.id: rule for rule in builder.policy.retention}
    found: dict[str, RetentionRule] = {}
    missing: list[str] = []
    for category_id, purpose_id in pairs:
        info = builder.retention.lookup(category_id, purpose_id)
        rule = by_id.get(info.rule) if info and info.rule else None
        if rule is None:
            missing.append(category_id)
        else:
            found[rule.id] = rule
    missing = list(dict.fromkeys(missing))
    families = list(dict.fromkeys(family_of(c, builder.categories) for c in missing))

    def name(category_id: str) -> str:
        item = builder.categories.get(category_id)
        return shown_name(item.name, category_id) if item else category_id

    return retention_summary(list(found.values()), len(missing), name, families)
