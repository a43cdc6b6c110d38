"""Small helpers shared by the check families: plain-word lists and "who allows what"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from app.domain.enums import PurposeKind
from app.domain.i18n import language, translate
from app.domain.models import Purpose, UseRule
from app.domain.path_words import name_and_id
from app.domain.sections import CATEGORIES, PURPOSES
from app.validation.context import Context

MAX_NAMED = 5

TARGETING = frozenset({PurposeKind.ADVERTISING, PurposeKind.MARKETING, PurposeKind.PROFILING,
                       PurposeKind.PERSONALISATION, PurposeKind.SALE_OR_SHARING})
"""Purpose kinds that single people out to influence them."""


def names(ids: Iterable[str], limit: int = MAX_NAMED) -> str:
    """``a, b and c`` (with ``and N more`` past ``limit``), in the current language."""
    items = list(ids)
    if len(items) > limit:
        return translate("checks", "{items} and %n more", None, len(items) - limit).format(
            items=", ".join(items[:limit]))
    if len(items) < 2:
        return "".join(items)
    return translate("checks", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1])


def in_sentence(noun: str) -> str:
    """``noun`` (a heading such as ``Data categories``) as it stands inside a sentence.

    In lower case, except in German, which capitalises nouns.
    """
    return noun if language() == "de" else noun.lower()


def named(ctx: Context, section: str, item_id: str) -> str:
    """``“Email service provider” (email_service)``: a declared item's name, then its id.

    The id alone when the item is not declared or has no name; the name alone when the id
    only repeats it (``“Newsletter”`` for ``newsletter``).
    """
    name = _name(ctx, section, item_id)
    return item_id if name == item_id else name_and_id(name[1:-1], item_id)


def named_list(ctx: Context, section: str, item_ids: Iterable[str]) -> str:
    """:func:`names` of items by their names in quotes (ids of items without a name)."""
    return names(_name(ctx, section, item_id) for item_id in item_ids)


def _name(ctx: Context, section: str, item_id: str) -> str:
    known = ctx.shared("names", _known_names)
    found = known.get((section, item_id))
    if found is None:
        item = getattr(ctx, section, {}).get(item_id)
        name = " ".join((getattr(item, "name", "") or "").split())
        found = known[(section, item_id)] = f"“{name}”" if name else item_id
    return found


def _known_names(ctx: Context) -> dict[tuple[str, str], str]:
    """The names found so far, kept from the version before when only rules changed since."""
    return dict(ctx.carried("names") or {})


def declared_purposes(ctx: Context) -> Iterator[tuple[int, Purpose]]:
    """(position, purpose) of every purpose, skipping repeated ids (STR001 reports those)."""
    first = ctx.positions(PURPOSES)
    for index, purpose in enumerate(ctx.policy.purposes):
        if first[purpose.id] == index:
            yield index, purpose


def purposes_where(ctx: Context, test: Callable[[Purpose], bool]) -> set[str]:
    """Declared purposes passing ``test``."""
    return {pid for pid, purpose in ctx.purposes.items() if test(purpose)}


def allowed_uses(ctx: Context, categories: set[str], purposes: set[str]
                 ) -> Iterator[tuple[int, UseRule, list[str], list[str]]]:
    """Allow rules taking part in allowing some of ``categories`` for some of ``purposes``.

    "Taking part" as ``decide`` allows. Yields (position, rule, the categories among
    ``categories`` it allows, the purposes among ``purposes`` it allows them for), in file order.
    The lists are shared (the same objects while they stay the same): treat them as read-only.
    """
    if not categories or not purposes:
        return
    key = (frozenset(categories), frozenset(purposes))
    memo = ctx.shared(_ENTRIES, new_memo)
    entries = memo.get(key)
    if entries is None:
        entries = memo[key] = _entries(ctx, key, categories, purposes)
    rules = ctx.policy.rules
    for index, (cats, purps) in entries.items():
        yield index, rules[index], cats, purps


_ENTRIES = "allowed_uses:rules"
"""What :func:`allowed_uses` yields, by its key: each rule's categories and purposes."""
_Entries = dict[int, tuple[list[str], list[str]]]


def _entries(ctx: Context, key: tuple[frozenset[str], frozenset[str]], categories: set[str],
             purposes: set[str]) -> _Entries:
    """:func:`allowed_uses`' rules by position (in file order), with their categories and purposes.

    After edits of rules' fields alone only the categories an edited rule covers, before or
    after, are asked again (the others' uses are the same), and only the rules taking part in
    them then or now get their lists again.
    """
    by_category = ctx.allowed.rules_by_category()
    known = ctx.shared("allowed_uses", new_memo).setdefault(key, {})
    before = (ctx.carried("allowed_uses") or {}).get(key)
    then: _Entries | None = (ctx.carried(_ENTRIES) or {}).get(key)
    order = ctx.positions(CATEGORIES)
    in_order = sorted(categories & by_category.keys(), key=lambda c: (order.get(c, len(order)), c))
    if before is None or then is None:
        return _all_entries(ctx, known, in_order, by_category, purposes)
    tree, rules, scope = ctx.category_tree, ctx.policy.rules, set(in_order)
    edited = set(tree.covered_by_any(
        name for _, old, new in ctx.edited_rules() for name in (*old.categories, *new.categories)))
    declared = tree.declared_set  # an undeclared id stands for itself: asked again each time
    touched = {c for c in categories if c in edited or c not in declared}
    known.update((c, pairs) for c, pairs in before.items() if c not in touched)
    dirty = {index for c in touched for index, _ in before.get(c, ())}
    for category in in_order:
        if category not in known:
            known[category] = _taking_part(ctx, category, by_category[category], purposes)
            dirty.update(index for index, _ in known[category])
    found = {index: lists for index, lists in then.items() if index not in dirty}
    for index in dirty:
        cats: dict[str, None] = {}
        purps: dict[str, None] = {}
        names = rules[index].categories
        for category in sorted({c for c in (*tree.covered_by_any(names), *names) if c in scope},
                               key=lambda c: (order.get(c, len(order)), c)):
            for other, purpose in known[category]:
                if other == index:
                    cats[category] = None
                    purps[purpose] = None
        if cats:
            found[index] = (list(cats), list(purps))
    return {index: found[index] for index in sorted(found)}


def _all_entries(ctx: Context, known: dict[str, list[tuple[int, str]]], in_order: list[str],
                 by_category: dict[str, list[int]], purposes: set[str]) -> _Entries:
    found: dict[int, tuple[dict[str, None], dict[str, None]]] = {}
    for category in in_order:
        pairs = known.get(category)
        if pairs is None:
            pairs = known[category] = _taking_part(ctx, category, by_category[category],
                                                   purposes)
        for index, purpose in pairs:
            cats, purps = found.setdefault(index, ({}, {}))
            cats[category] = None
            purps[purpose] = None
    return {index: (list(cats), list(purps)) for index, (cats, purps) in sorted(found.items())}


def new_memo(_ctx: Context) -> dict:
    """An empty memo, for :meth:`Context.shared` (one per version of the policy)."""
    return {}


def _taking_part(ctx: Context, category: str, indices: list[int], purposes: set[str]
                 ) -> list[tuple[int, str]]:
    """(rule, purpose) of the allow rules at ``indices`` taking part in allowing ``category``.

    ``indices`` are the allow rules covering ``category``; only ``purposes`` count; file order.
    """
    allowed = ctx.allowed
    taking_part: dict[str, list[int] | None] = {}
    pairs = []
    for index in indices:
        for purpose in allowed.purposes_of(index):
            if purpose not in purposes:
                continue
            if purpose not in taking_part:  # None: no deny rule, every allow rule counts
                taking_part[purpose] = None if allowed.unopposed(category, purpose) \
                    else allowed.taking_part(category, purpose)
            rules = taking_part[purpose]
            if rules is None or index in rules:
                pairs.append((index, purpose))
    return pairs


def facets(ctx: Context) -> dict[str, set[str]]:
    """Declared categories by sensitivity and by tag (keys are the enum values)."""
    return ctx.shared("category_facets", _facets)


def _facets(ctx: Context) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for cid, category in ctx.categories.items():
        found.setdefault(str(category.sensitivity), set()).add(cid)
        for tag in category.tags:
            found.setdefault(str(tag), set()).add(cid)
    return found


def categories_with(ctx: Context, *values: str) -> set[str]:
    """Declared categories having any of the sensitivities or tags in ``values``."""
    table = facets(ctx)
    found: set[str] = set()
    for value in values:
        found |= table.get(str(value), set())
    return found


def by_purpose(ctx: Context, categories: set[str], purposes: set[str]
               ) -> dict[str, tuple[list[str], list[str]]]:
    """For each purpose of ``purposes`` some allow rule allows ``categories`` for.

    Which of those categories, and which rules (ids), in file order.
    """
    found: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for _, rule, cats, purps in allowed_uses(ctx, categories, purposes):
        for purpose in purps:
            seen_cats, seen_rules = found.setdefault(purpose, ({}, {}))
            seen_cats.update(dict.fromkeys(cats))
            seen_rules[rule.id] = None
    return {p: (list(c), list(r)) for p, (c, r) in found.items()}


def purpose_path(ctx: Context, purpose: str, *fields: str | int) -> tuple[str | int, ...]:
    """The document path of a declared purpose (and a field in it)."""
    return (PURPOSES, ctx.positions(PURPOSES)[purpose], *fields)


def category_path(ctx: Context, category: str, *fields: str | int) -> tuple[str | int, ...]:
    """The document path of a declared category (and a field in it)."""
    return (CATEGORIES, ctx.positions(CATEGORIES)[category], *fields)
