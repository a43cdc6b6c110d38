"""The categories and purposes with an allowed use, worked out again after edits of rules.

After edits of rules' fields alone (:meth:`Context.carried`) only the (category, purpose)
pairs an edited rule covers, before or after, can be allowed or denied differently
(:meth:`AllowedUses.keep_from`). So a category no edited rule covers keeps its answer from the
version before, and so does a purpose; the others are asked again of the allowed uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.ids import lineage

if TYPE_CHECKING:
    from app.validation.context import Context


def categories_again(ctx: Context, before: set[str]) -> set[str]:
    """:meth:`AllowedUses.categories` for ``ctx``, given the version before's (``before``).

    A category has an allowed use when its row (:meth:`AllowedUses.row`) is not empty.
    """
    allowed = ctx.allowed
    return {category for category in allowed.rules_by_category()
            if (category in before if allowed.kept(category) else allowed.row(category))}


def purposes_again(ctx: Context, before: set[str]) -> set[str]:
    """:meth:`AllowedUses.purposes` for ``ctx``, given the version before's (``before``).

    A purpose has an allowed use when some allow rule takes part in allowing a use of it
    (:meth:`AllowedUses.rule_pairs`); only the rules naming it or an ancestor can.
    """
    allowed, declared = ctx.allowed, ctx.purpose_tree.declared_set
    named = {name for _, old, new in ctx.edited_rules() for name in (*old.purposes, *new.purposes)}
    again = ctx.purposes_edited()  # the declared ones; an undeclared one stands for itself
    again.update(purpose for purpose in (*before, *ctx.engine.masks["purposes"].listed)
                 if purpose not in declared and not named.isdisjoint(lineage(purpose)))
    found = {purpose for purpose in before if purpose not in again}
    match = ctx.engine.masks["purposes"].match
    for purpose in again:
        if any(p == purpose for index in ctx.engine.rule_indices(match(purpose) & ctx.allow_mask)
               for _, p in allowed.rule_pairs(index)):
            found.add(purpose)
    return found
