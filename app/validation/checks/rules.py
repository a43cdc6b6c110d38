"""Rule logic: allow rules that never apply, redundant rules, and allow/deny contradictions.

Every check works on bit masks (see :mod:`app.validation.checks._scopes`), never on pairs of
rules, so a policy with ten thousand rules is checked in a blink.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from app.domain.enums import Effect
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.sections import RULES
from app.validation.catalogue import DECISIONS, check
from app.validation.checks._common import names, new_memo
from app.validation.checks._scopes import Scopes, scopes, touching_edits
from app.validation.context import Context
from app.validation.finding import Hit, Severity


# -- RUL001 ------------------------------------------------------------------------------------
def _deny_tables(ctx: Context) -> tuple[dict[str, int], dict[str, int]]:
    """For every named category and purpose some deny rule covers, those deny rules."""
    scope = scopes(ctx)
    deny = scope.deny
    tables = []
    for field in ("categories", "purposes"):
        masks = {name: mask & deny for name, mask in scope.table(field).items()}
        tables.append({name: mask for name, mask in masks.items() if mask})
    return tables[0], tables[1]


def _deny_cover(rule: UseRule, tables: tuple[dict[str, int], dict[str, int]],
                candidates: int | None = None) -> int:
    """Deny rules covering each category x purpose of ``rule``, or 0 if one pair is left uncovered.

    Only rules of ``candidates`` count, when given; 0 comes as soon as an uncovered pair is found.
    """
    by_category, by_purpose = tables
    found = 0
    for category in rule.categories:
        denying = by_category[category]
        if candidates is not None:
            denying &= candidates
        for purpose in rule.purposes:
            pair = denying & by_purpose[purpose]
            if not pair:
                return 0
            found |= pair
    return found


def _maybe_denied(ctx: Context, tables: tuple[dict[str, int], dict[str, int]]) -> int:
    """Allow rules every category and every purpose of which some deny rule covers."""
    spared = 0
    for masks, denied in zip((ctx.engine.masks["categories"], ctx.engine.masks["purposes"]), tables,
                             strict=True):
        for name, naming in masks.listed.items():
            if name not in denied:
                spared |= naming
    return ctx.allow_mask & ~spared


def _denied_everywhere(ctx: Context) -> Iterator[tuple[int, UseRule, int]]:
    """(position, rule, deny rules) of every allow rule that deny rules cover entirely."""
    scope = scopes(ctx)
    tables = _deny_tables(ctx)
    for index, rule in ctx.rules_in(_maybe_denied(ctx, tables)):
        found = _deny_cover(rule, tables)  # pairs first: most rules stop here
        if found:
            found = _deny_cover(rule, tables, found & scope.constraint_supersets(rule))
        if found:
            yield index, rule, found


def _denying(ctx: Context, rule: UseRule) -> int:
    """The deny rules covering everything allow rule ``rule`` covers (0 if not all of it)."""
    scope = scopes(ctx)
    masks = ctx.engine.masks
    tables = tuple({name: masks[field].match(name) & scope.deny for name in getattr(rule, field)}
                   for field in ("categories", "purposes"))
    found = _deny_cover(rule, tables)  # type: ignore[arg-type]
    if found:
        found = _deny_cover(rule, tables, found & scope.constraint_supersets(rule))  # type: ignore[arg-type]
    return found


def _never_applies(ctx: Context, index: int, rule: UseRule, denying: int) -> Hit | None:
    if _twins(scopes(ctx), index, scopes(ctx).deny):
        return None  # the exact contradiction is RUL004's finding
    ids = ctx.engine.rule_ids(denying)
    return Hit((RULES, index), (translate(
        "checks/rules", "allow rule {rule} never takes effect: deny rule {rules} covers "
        "everything it allows") if len(ids) == 1 else translate(
        "checks/rules", "allow rule {rule} never takes effect: deny rules {rules} cover "
        "everything it allows")).format(rule=rule.id, rules=names(ids)),
               translate("checks/rules", "narrow the deny rules or delete this allow rule"))


_NEVER = "rule_hits:RUL001"
"""RUL001's hits by rule position (a :meth:`Context.shared` memo of the decision inputs)."""


@check("RUL001", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/rules", "Allow rule that never takes effect"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Deny rules always win, and here they cover everything this allow rule allows, so the "
           "allow rule changes no decision. Either the deny rules are too broad or the allow "
           "rule is left over."),
       fix=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Narrow the deny rules so that the intended use is allowed, or delete the allow rule."))
def allow_never_applies(ctx: Context) -> Iterator[Hit]:
    """Hits of RUL001, "Allow rule that never takes effect".

    After edits of rules' fields alone, only the rules that may share a request with an edited
    one are looked at again (:func:`touching_edits`): whether deny rules cover all of a rule,
    and which, and its exact twins, come from the rules covering its requests.
    """
    scope = scopes(ctx)
    mine: dict[int, Hit] = ctx.shared(_NEVER, new_memo)
    before: dict[int, Hit] | None = ctx.carried(_NEVER)
    if not scope.deny:
        return
    if before is None:
        for index, rule, denying in _denied_everywhere(ctx):
            hit = _never_applies(ctx, index, rule, denying)
            if hit is not None:
                mine[index] = hit
    else:
        touched = touching_edits(ctx)
        mine.update((index, hit) for index, hit in before.items() if not touched >> index & 1)
        for index, rule in ctx.rules_in(touched & ctx.allow_mask):
            denying = _denying(ctx, rule)
            hit = _never_applies(ctx, index, rule, denying) if denying else None
            if hit is not None:
                mine[index] = hit
    for index in sorted(mine):
        yield mine[index]


# -- RUL002 ------------------------------------------------------------------------------------
def _identical(scope: Scopes, first: int, second: int) -> bool:
    """Same effect, same scope and (for allow rules) the same obligations."""
    a, b = scope.rules[first], scope.rules[second]
    if not scope.same_scope(first, second):
        return False
    return a.effect == Effect.DENY or set(a.obligations) == set(b.obligations)


def _redundant_with(ctx: Context, scope: Scopes, index: int) -> int | None:
    """A rule that makes rule ``index`` redundant, or None."""
    rule = scope.rules[index]
    same_effect = scope.allow if rule.effect == Effect.ALLOW else scope.deny
    candidates = scope.supersets(index) & same_effect & ~(1 << index)
    needed = set(rule.obligations) if rule.effect == Effect.ALLOW else set()
    for other in ctx.engine.rule_indices(candidates):
        if not needed <= set(scope.rules[other].obligations):
            continue  # dropping this rule would drop an obligation
        if other < index or not _identical(scope, index, other):
            return other
    return None


@check("RUL002", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/rules", "Redundant rule"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Another rule with the same effect already covers everything this rule covers (and, "
           "for allow rules, asks for at least the same obligations), so deleting this one would "
           "change no decision. Duplicates make the policy longer to review."),
       fix=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Delete the redundant rule, or narrow the broader one if the two were meant to "
           "differ."))
def redundant_rules(ctx: Context) -> Iterator[Hit]:
    """Hits of RUL002, "Redundant rule"."""
    scope = scopes(ctx)
    for index in scope.included:
        rule = scope.rules[index]
        other = _redundant_with(ctx, scope, index)
        if other is None:
            continue
        other_id = scope.rules[other].id
        if _identical(scope, index, other):
            message = translate("checks/rules", "rule {rule} repeats rule {other} (same "
                                "effect, same scope)")
        elif rule.effect == Effect.ALLOW:
            message = translate("checks/rules", "rule {rule} is redundant: rule {other} already "
                                "allows everything it allows")
        else:
            message = translate("checks/rules", "rule {rule} is redundant: rule {other} already "
                                "denies everything it denies")
        yield Hit((RULES, index), message.format(rule=rule.id, other=other_id),
                  translate("checks/rules", "delete {rule}, or make it differ from {other} on "
                            "purpose").format(rule=rule.id, other=other_id))


# -- RUL003 ------------------------------------------------------------------------------------
@check("RUL003", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/rules", "Deny rule that denies nothing allowed"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Anything no rule allows is denied already (default deny). A deny rule that overlaps "
           "no allow rule therefore changes no decision; it may document intent, or it may point "
           "at an allow rule that was removed or renamed."),
       fix=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Keep it if it documents a deliberate ban that should survive future allow rules; "
           "otherwise delete it."))
def deny_without_allow(ctx: Context) -> Iterator[Hit]:
    """Hits of RUL003, "Deny rule that denies nothing allowed"."""
    scope = scopes(ctx)

    def hit(index: int, rule: UseRule) -> Hit | None:
        if not scope.active(rule) or scope.overlapping(index) & scope.allow:
            return None
        return Hit((RULES, index), translate(
            "checks/rules", "deny rule {rule} overlaps no allow rule, so it changes no "
            "decision (everything it denies is denied by default)").format(rule=rule.id))

    return _per_deny_rule(ctx, "rule_hits:RUL003", hit)


def _per_deny_rule(ctx: Context, key: str, hit_of: Callable[[int, UseRule], Hit | None]
                   ) -> Iterator[Hit]:
    """The hits ``hit_of`` gives for the deny rules (by position), in file order.

    For checks that judge a deny rule by the rules overlapping it: after edits of rules' fields
    alone, only the rules that may share a request with an edited one (:func:`touching_edits`)
    are looked at again; the others keep the version before's hit (or lack of one).
    """
    mine: dict[int, Hit] = ctx.shared(key, new_memo)
    before: dict[int, Hit] | None = ctx.carried(key)
    if before is None:
        candidates: list[tuple[int, UseRule]] = ctx.deny_rules
    else:
        touched = set(ctx.engine.rule_indices(touching_edits(ctx)))
        mine.update((index, hit) for index, hit in before.items() if index not in touched)
        rules = ctx.policy.rules
        candidates = [(i, rules[i]) for i in sorted(touched) if rules[i].effect == Effect.DENY]
    for index, rule in candidates:
        hit = hit_of(index, rule)
        if hit is not None:
            mine[index] = hit
    for index in sorted(mine):
        yield mine[index]


# -- RUL005 ------------------------------------------------------------------------------------
@check("RUL005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/rules", "Deny rule that leaves disclosure allowed"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/rules",
           "In format 2 a rule that lists no recipients covers internal use only, deny rules "
           "included. A deny rule written that way does not stop an allow rule from disclosing "
           "the same data to a processor, a third party or the public."),
       fix=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Add '*' to the deny rule's recipients to deny every disclosure too, or name the "
           "recipients it should deny; leave it as it is if only internal use is meant."))
def deny_internal_only(ctx: Context) -> Iterator[Hit]:
    """Hits of RUL005, "Deny rule that leaves disclosure allowed"."""
    scope = scopes(ctx)
    if not scope.format2 or not scope.allow:
        return iter(())

    def hit(index: int, rule: UseRule) -> Hit | None:
        if rule.recipients or not scope.active(rule):
            return None
        widened = scope.overlapping(index, any_recipient=True) & scope.allow
        disclosing = (other for other in (scope.rules[i] for i in scope.indices(widened))
                      if any(r == ANY_RECIPIENT or not ctx.engine.is_internal(r)
                             for r in other.recipients))
        other = next(disclosing, None)
        if other is None:
            return None
        return Hit((RULES, index), translate(
            "checks/rules", "deny rule {rule} lists no recipients, so it denies internal "
            "use only; allow rule {other} still discloses what it covers to "
            "{recipients}").format(rule=rule.id, other=other.id,
                                   recipients=", ".join(other.recipients)),
                   translate("checks/rules", "add '*' to its recipients to deny disclosure too"))

    return _per_deny_rule(ctx, "rule_hits:RUL005", hit)


# -- RUL004 ------------------------------------------------------------------------------------
def _twins(scope: Scopes, index: int, effect_mask: int) -> list[int]:
    """Rules within ``effect_mask`` whose scope is exactly that of rule ``index``."""
    candidates = scope.supersets(index) & effect_mask & ~(1 << index)
    return [other for other in scope.indices(candidates) if scope.supersets(other) >> index & 1]


@check("RUL004", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/rules", "Allow and deny rules with the same scope"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/rules",
           "An allow rule and a deny rule cover exactly the same uses. The deny rule always "
           "wins, so the allow rule is dead, and readers cannot tell which was intended."),
       fix=QT_TRANSLATE_NOOP(
           "checks/rules",
           "Decide whether the use is allowed or not and delete the other rule, or narrow one of "
           "them so that they differ on purpose."))
def contradictions(ctx: Context) -> Iterator[Hit]:
    """Hits of RUL004, "Allow and deny rules with the same scope"."""
    scope = scopes(ctx)
    if not scope.deny or not scope.allow:
        return
    for index in scope.included:
        rule = scope.rules[index]
        opposite = scope.deny if rule.effect == Effect.ALLOW else scope.allow
        for other in _twins(scope, index, opposite):
            if other < index:
                other_rule = scope.rules[other]
                text = translate("checks/rules", "allow rule {rule} covers exactly what deny "
                                 "rule {other} covers") if rule.effect == Effect.ALLOW else \
                    translate("checks/rules", "deny rule {rule} covers exactly what allow rule "
                              "{other} covers")
                yield Hit((RULES, index), text.format(rule=rule.id, other=other_rule.id),
                          translate("checks/rules", "keep one of the two rules"))
