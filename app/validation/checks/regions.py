"""Regions: codes nobody knows, groups that clash, loop or hold nothing, and redundant lists.

A region code is an ISO 3166-1 country, an ISO 3166-2 subdivision, a group shipped in
``resources/regions.yaml`` or a group of the policy's own ``regions`` section.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.domain.region_codes import is_iso_shaped
from app.domain.sections import METADATA, PURPOSES, RECIPIENTS, REGIONS, RULES, TESTS
from app.storage.resources import region_catalogue
from app.validation.catalogue import check
from app.validation.context import Context
from app.validation.finding import Hit, Severity

Where = tuple[str | int, ...]

_SPELLED_OTHERWISE = {"UK": "GB", "EL": "GR"}
"""Codes people use that ISO spells differently (the UK is GB; the EU writes Greece EL)."""


def region_fields(policy: Policy) -> Iterator[tuple[Where, str]]:
    """(path, code) of every region code the policy writes, in file order."""
    if policy.policy.establishment:
        yield (METADATA, "establishment"), policy.policy.establishment
    for index, recipient in enumerate(policy.recipients):
        if recipient.country:
            yield (RECIPIENTS, index, "country"), recipient.country
        for field in ("countries", "stored_in"):
            for position, code in enumerate(getattr(recipient, field)):
                yield (RECIPIENTS, index, field, position), code
    for index, purpose in enumerate(policy.purposes):
        for entry, basis in enumerate(purpose.legal_bases):
            for position, code in enumerate(basis.regions):
                yield (PURPOSES, index, "legal_bases", entry, "regions", position), code
    for index, rule in enumerate(policy.rules):
        for position, code in enumerate(rule.regions):
            yield (RULES, index, "regions", position), code
    for index, group in enumerate(policy.regions):
        for position, code in enumerate(group.members):
            yield (REGIONS, index, "members", position), code
    for index, expectation in enumerate(policy.tests):
        if expectation.region:
            yield (TESTS, index, "region"), expectation.region


def _suggestion(ctx: Context, code: str) -> str:
    if code in _SPELLED_OTHERWISE:
        return translate("checks/regions", "ISO writes it {code}").format(
            code=_SPELLED_OTHERWISE[code])
    dashed = code.replace("_", "-").upper()
    if ctx.regions.is_known(dashed):
        return translate("checks/regions", "did you mean {code}?").format(code=dashed)
    close = difflib.get_close_matches(code, list(ctx.regions.groups), n=1, cutoff=0.75)
    if close:
        return translate("checks/regions", "did you mean {code}?").format(code=close[0])
    return translate("checks/regions", "use an ISO 3166 code (DE, US-CA) or a group id (eea), "
                     "or define the group")


_CODES = (f"{METADATA}.establishment", f"{RECIPIENTS}.country", f"{RECIPIENTS}.countries",
          f"{RECIPIENTS}.stored_in", f"{PURPOSES}.legal_bases", f"{RULES}.regions", REGIONS,
          f"{TESTS}.region")
"""What :func:`region_fields` reads, and the policy's own region groups."""


@check("REG001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/regions", "Unknown region"),
       reads=_CODES,
       why=QT_TRANSLATE_NOOP(
           "checks/regions",
           "A region is an ISO 3166 country or subdivision code, a shipped group or a group the "
           "policy defines. Any other code matches no request, so a rule limited to it never "
           "applies and a recipient's transfer cannot be judged."),
       fix=QT_TRANSLATE_NOOP(
           "checks/regions",
           "Correct the code (the UK is GB), or define the group under Region groups."))
def unknown_region(ctx: Context) -> Iterator[Hit]:
    """Hits of REG001, "Unknown region"."""
    regions = ctx.regions
    for path, code in region_fields(ctx.policy):
        if not regions.is_known(code):
            yield Hit(path, translate("checks/regions", "'{code}' is not an ISO 3166 code or a "
                                      "known region group").format(code=code),
                      _suggestion(ctx, code))


@check("REG002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/regions", "Region group that clashes"),
       reads=(REGIONS,),
       why=QT_TRANSLATE_NOOP(
           "checks/regions",
           "A group's id must not be an ISO code or a shipped group's id: two-letter ids are "
           "read as ISO countries, and a shipped id keeps its shipped meaning, so the group "
           "would never be what its members say."),
       fix=QT_TRANSLATE_NOOP(
           "checks/regions",
           "Rename the group (references follow the rename in the editor)."))
def clashing_group(ctx: Context) -> Iterator[Hit]:
    """Hits of REG002, "Region group that clashes"."""
    shipped = region_catalogue().groups
    for index, group in enumerate(ctx.policy.regions):
        if is_iso_shaped(group.id):
            yield Hit((REGIONS, index, "id"), translate(
                "checks/regions", "region group {group} reads as the ISO code {code}").format(
                group=group.id, code=group.id.upper()))
        elif group.id in shipped:
            yield Hit((REGIONS, index, "id"), translate(
                "checks/regions", "region group {group} has the id of the shipped group "
                "'{name}'").format(group=group.id, name=shipped[group.id].name))


def _cycle(members: dict[str, list[str]], start: str) -> list[str] | None:
    """A path of groups from ``start`` back to itself, or None."""
    trail: list[tuple[str, Iterator[str]]] = [(start, iter(members[start]))]
    seen = {start}
    while trail:
        todo = trail[-1][1]
        step = next(todo, None)
        if step is None:
            trail.pop()
        elif step == start:
            return [n for n, _ in trail] + [start]
        elif step in members and step not in seen:
            seen.add(step)
            trail.append((step, iter(members[step])))
    return None


@check("REG003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/regions", "Region group that contains itself"),
       reads=(REGIONS,),
       why=QT_TRANSLATE_NOOP(
           "checks/regions",
           "A group listing itself, directly or through other groups, has no meaning of its own: "
           "its members are whatever the loop says."),
       fix=QT_TRANSLATE_NOOP("checks/regions", "Remove the member that leads back to the group."))
def cyclic_group(ctx: Context) -> Iterator[Hit]:
    """Hits of REG003, "Region group that contains itself"."""
    members: dict[str, list[str]] = {}
    for group in ctx.policy.regions:
        members.setdefault(group.id, []).extend(group.members)
    for index, group in enumerate(ctx.policy.regions):
        loop = _cycle(members, group.id)
        if loop:
            yield Hit((REGIONS, index, "members"), translate(
                "checks/regions", "region group {group} contains itself: {loop}").format(
                group=group.id, loop=" > ".join(loop)))


@check("REG004", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/regions", "Empty region group"),
       reads=(REGIONS,),
       why=QT_TRANSLATE_NOOP(
           "checks/regions",
           "A group without members contains nowhere: a rule limited to it never applies."),
       fix=QT_TRANSLATE_NOOP(
           "checks/regions",
           "Add the countries, subdivisions or groups it stands for, or delete it."))
def empty_group(ctx: Context) -> Iterator[Hit]:
    """Hits of REG004, "Empty region group"."""
    for index, group in enumerate(ctx.policy.regions):
        if not group.members:
            yield Hit((REGIONS, index, "members"), translate(
                "checks/regions", "region group {group} has no members").format(group=group.id))


@check("REG005", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/regions", "Region already covered"),
       reads=(f"{RULES}.id", f"{RULES}.regions", REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/regions",
           "A list names a region and another region that contains it (DE and eea); the larger "
           "one already covers the smaller."),
       fix=QT_TRANSLATE_NOOP(
           "checks/regions",
           "Remove the region that is already covered, or the larger one if it is too wide."))
def covered_region(ctx: Context) -> Iterator[Hit]:
    """Hits of REG005, "Region already covered"."""
    twice = translate("checks/regions", "rule {owner} lists {code} twice")
    covered = translate("checks/regions", "rule {owner} lists {code}, already covered by "
                        "{wider}")
    lists: list[tuple[Where, str, list[str], str, str]] = [
        ((RULES, index, "regions"), rule.id, rule.regions, twice, covered)
        for index, rule in enumerate(ctx.policy.rules)]
    twice = translate("checks/regions", "region group {owner} lists {code} twice")
    covered = translate("checks/regions", "region group {owner} lists {code}, already covered "
                        "by {wider}")
    lists += [((REGIONS, index, "members"), group.id, group.members, twice, covered)
              for index, group in enumerate(ctx.policy.regions)]
    regions = ctx.regions
    for path, owner, codes, twice, covered in lists:
        if len(codes) < 2:
            continue
        listed = set(codes)
        for position, code in enumerate(codes):
            if code in codes[:position]:
                yield Hit((*path, position), twice.format(owner=owner, code=code))
                continue
            wider = sorted((regions.ancestors(code) & listed) - {code})
            if wider:
                yield Hit((*path, position), covered.format(
                    owner=owner, code=regions.label(code), wider=regions.label(wider[0])))
