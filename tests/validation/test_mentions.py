"""The index of ids a policy's texts mention: the same answers as searching the text itself."""

from __future__ import annotations

import random
import re

from app.domain.document import PolicyDocument
from app.domain.models import DataCategory, UseRule
from app.domain.sections import SECTION_KEYS
from app.storage.loader import load_file
from app.validation.mentions import PolicyMentions, mention_pattern, mentions_in
from app.validation.snapshot import SnapshotCache
from tests.validation.test_renaming import EXAMPLE


def mentions(item_id: str, text: str) -> bool:
    """The index's answer for one text."""
    return item_id in mentions_in((text,))


def _searched(item_id: str, text: str) -> bool:
    """The definition, as a pattern: no id character or dot before, no id character after."""
    return re.search(rf"(?<![a-z0-9_.]){re.escape(item_id)}(?![a-z0-9_])", text) is not None


def test_a_mention_is_what_the_pattern_finds() -> None:
    rng = random.Random(5)
    alphabet = "ab._ -\nA1é"
    ids = ["a", "b", "a.b", "ab", "a_b", "b.a", "a1", "b.b.a"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        for item_id in ids:
            assert mentions(item_id, text) == _searched(item_id, text), (item_id, text)
            assert (mention_pattern(item_id).search(text) is not None) == _searched(
                item_id, text), (item_id, text)


def test_examples_of_mentions() -> None:
    assert mentions("contact", "see contact.email for details")
    assert mentions("contact.email", "(contact.email)")
    assert not mentions("contact", "xcontact")
    assert not mentions("email", "contact.email")  # the end of another id is not a mention
    assert not mentions("contact", "contact_details")
    assert mentions("contact", "Contact or contact.")  # a full stop after it still counts


def _texts(policy: object) -> tuple[str, str]:
    """Every fact and every prose text of ``policy``, searched directly."""
    from app.validation.mentions import _strings

    facts: list[str] = []
    prose: list[str] = []
    for key in ("policy", *type(policy).model_fields):
        value = getattr(policy, key)
        for item in value if isinstance(value, list) else [value]:
            _strings(item, facts, prose)
    return "\n".join(facts), "\n".join(prose)


def test_the_index_follows_random_edits_and_agrees_with_the_texts() -> None:
    """Moved from version to version, it answers as a search of that version's texts would."""
    rng = random.Random(17)
    document = PolicyDocument(load_file(EXAMPLE).policy)
    cache = SnapshotCache()
    document.subscribe(cache.invalidate)
    index = PolicyMentions()
    probes = {item.id for key in ("categories", "purposes", "rules")
              for item in getattr(document.policy, key)} | {"zz_new", "zz_new.sub", "newsletter"}
    for step in range(120):
        policy = document.policy
        choice = rng.randrange(6)
        try:
            if choice == 0:
                rule = rng.choice(policy.rules)
                document.set("rules", rule.id, "purposes", [rng.choice(sorted(probes))])
            elif choice == 1:
                category = rng.choice(policy.categories)
                document.set("categories", category.id, "description",
                             f"About {rng.choice(sorted(probes))}, and more.")
            elif choice == 2:
                document.add("rules", UseRule(id=f"zz_rule{step}", categories=["zz_new"]))
            elif choice == 3:
                document.apply(document.remove_edit("rules", rng.choice(policy.rules).id))
            elif choice == 4:
                document.add("categories", DataCategory(id=f"zz_new.c{step}", name="Zz"))
            else:
                purpose = rng.choice(policy.purposes)
                document.apply(document.rename_edit("purposes", purpose.id,
                                                    f"zz_p{step}", subtree=False))
        except ValueError:
            continue
        if rng.random() < 0.5:
            continue  # several edits between two looks
        snapshot = cache.snapshot(document.policy)
        index.at(snapshot)
        facts, prose = _texts(snapshot)
        for item_id in probes | {f"zz_p{step}", f"zz_rule{step}"}:
            assert index.in_facts(item_id) == _searched(item_id, facts), (step, item_id)
            assert index.in_prose(item_id) == _searched(item_id, prose), (step, item_id)
        low, high = sorted(rng.sample(sorted(probes), 2))
        every = sorted((key, item.id) for key in SECTION_KEYS
                       for item in getattr(snapshot, key) if low <= item.id <= high)
        assert sorted(index.ids_between(low, high)) == every, step
        fresh = PolicyMentions().at(snapshot)
        assert (index._facts, index._prose) == (fresh._facts, fresh._prose), step


def test_duplicate_ids_are_counted_apart() -> None:
    document = PolicyDocument(load_file(EXAMPLE).policy)
    index = PolicyMentions()
    snapshot = SnapshotCache().snapshot(document.policy)
    index.at(snapshot)
    twin = snapshot.model_copy()
    twin.rules = [*snapshot.rules, snapshot.rules[0].model_copy(update={"purposes": ["twin_p"]}),
                  snapshot.rules[0].model_copy(update={"purposes": ["twin_q"]})]
    assert index.at(twin).in_facts("twin_p") and index.in_facts("twin_q")
    assert not index.at(snapshot).in_facts("twin_p") and not index.in_facts("twin_q")
