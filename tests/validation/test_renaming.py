"""Findings carried across a rename equal a full run's, and every unsafe rename runs the checks."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from pathlib import Path

import pytest

from app.domain import ids
from app.domain.document import PolicyDocument
from app.domain.models import Policy
from app.domain.sections import SECTION_KEYS
from app.storage.loader import load_file
from app.validation.catalogue import CATALOGUE
from app.validation.finding import Finding, Severity
from app.validation.incremental import IncrementalValidator
from app.validation.mentions import PolicyMentions
from app.validation.renaming import Rename, catalogue_mentions
from app.validation.runner import run_checks
from app.validation.snapshot import SnapshotCache

EXAMPLES = Path(__file__).resolve().parents[2] / "resources/examples"
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
TODAY = dt.date(2026, 6, 1)
SECTIONS = ("categories", "purposes", "subjects", "recipients", "rules", "retention")


class Editing:
    """A document, its snapshots and an incremental validator, checked against full runs."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.document = PolicyDocument(policy or load_file(EXAMPLE).policy)
        self.cache = SnapshotCache()
        self.document.subscribe(self.cache.invalidate)
        self.validator = IncrementalValidator()
        self.validate()

    def validate(self) -> Rename | None:
        snapshot = self.cache.snapshot(self.document.policy)
        found = self.validator.validate(snapshot, today=TODAY)
        assert found == run_checks(snapshot, today=TODAY)
        return self.validator.renamed

    def rename(self, section: str, old: str, new: str) -> Rename | None:
        subtree = any(ids.covers(old, item.id) and item.id != old
                      for item in getattr(self.document.policy, section))
        self.document.apply(self.document.rename_edit(section, old, new, subtree=subtree))
        return self.validate()


def _sibling(item_id: str) -> str:
    head, dot, leaf = item_id.rpartition(".")
    return f"{head}{dot}{leaf}_2"


@pytest.mark.parametrize("section", SECTIONS)
def test_every_rename_of_the_example_finds_what_a_full_run_finds(section: str) -> None:
    editing = Editing()
    tops = [item.id for item in getattr(editing.document.policy, section)]
    carried = 0
    for item_id in tops:
        if item_id not in {i.id for i in getattr(editing.document.policy, section)}:
            continue  # renamed with its family already
        renamed = editing.rename(section, item_id, _sibling(item_id))
        carried += renamed is not None
        editing.rename(section, _sibling(item_id), item_id)  # and back
    assert carried, f"no rename in {section} was carried over"


def test_a_carried_rename_reruns_only_checks_that_read_the_letters_of_ids() -> None:
    editing = Editing()
    messages = " ".join(f.message for f in run_checks(
        editing.cache.snapshot(editing.document.policy), today=TODAY))
    for purpose_id in [p.id for p in editing.document.policy.purposes
                       if f"({p.id})" in messages]:
        renamed = editing.rename("purposes", purpose_id, _sibling(purpose_id))
        if renamed is not None:
            break
        editing.rename("purposes", _sibling(purpose_id), purpose_id)
    assert renamed is not None and renamed.old == purpose_id
    reran = {CATALOGUE[code] for code in editing.validator.reran if code in CATALOGUE}
    assert len(reran) < len(CATALOGUE) // 4
    assert all(c.post or c.id_text or (renamed.in_prose and c.quotes_prose) for c in reran)
    assert any(_sibling(purpose_id) in f.message for f in editing.validator.validate(
        editing.cache.snapshot(editing.document.policy), today=TODAY))


def _first(editing: Editing, section: str, leaf: bool = True) -> str:
    items = [i.id for i in getattr(editing.document.policy, section)]
    return next(i for i in items if "." in i and (not leaf or not any(
        ids.covers(i, j) and j != i for j in items)))


def test_a_name_that_quotes_the_id_runs_the_checks() -> None:
    editing = Editing()
    item_id = _first(editing, "purposes")
    editing.document.set("purposes", item_id, "name", f"Work on {item_id}")
    editing.validate()
    assert editing.rename("purposes", item_id, _sibling(item_id)) is None


def test_a_description_that_quotes_the_id_reruns_the_checks_that_quote_prose() -> None:
    editing = Editing()
    item_id = _first(editing, "purposes")
    editing.document.set("purposes", item_id, "description", f"See {item_id} at https://shop.example.com")
    editing.validate()
    renamed = editing.rename("purposes", item_id, _sibling(item_id))
    assert renamed is not None and renamed.in_prose
    assert "GOV010" in editing.validator.reran  # its finding quotes the description


def test_prose_mentioning_the_id_that_no_finding_quotes_keeps_the_findings() -> None:
    editing = Editing()
    item_id = _first(editing, "purposes")
    editing.document.set("purposes", item_id, "description", f"Work done for {item_id}")
    editing.validate()
    renamed = editing.rename("purposes", item_id, _sibling(item_id))
    assert renamed is not None and renamed.in_prose
    assert "GOV010" not in editing.validator.reran


def test_a_name_spelling_the_id_runs_the_checks() -> None:
    editing = Editing()
    item_id = _first(editing, "categories")
    leaf = item_id.rsplit(".", 1)[-1]
    editing.document.set("categories", item_id, "name", leaf.replace("_", " ").title())
    editing.validate()
    assert editing.rename("categories", item_id, _sibling(item_id)) is None


def test_a_family_moved_to_another_parent_or_left_behind_runs_the_checks() -> None:
    editing = Editing()
    items = [i.id for i in editing.document.policy.purposes]
    parent = next(i for i in items if any(ids.parent(j) == i for j in items))
    other = next(i for i in items if "." not in i and i != parent.split(".")[0])
    child = next(j for j in items if ids.parent(j) == parent)
    leaf = child.rsplit(".", 1)[-1]
    assert editing.rename("purposes", child, f"{other}.{leaf}_moved") is None
    editing.document.apply(editing.document.rename_edit("purposes", parent, _sibling(parent)))
    assert editing.validate() is None  # its sub-items keep the old id: the tree changed


def test_an_id_sorting_between_the_old_and_the_new_runs_the_checks() -> None:
    editing = Editing()
    for section in SECTIONS:
        items = sorted(i.id for i in getattr(editing.document.policy, section))
        for low, high in itertools.pairwise(items):
            if ids.parent(low) != ids.parent(high) or any(
                    ids.covers(low, c) and c != low for c in items) or high.startswith(low):
                continue
            if editing.rename(section, low, low + "_0") is None:  # not carried for another reason
                editing.rename(section, low + "_0", low)
                continue
            editing.rename(section, low + "_0", low)
            assert editing.rename(section, low, high + "_after") is None  # sorts past ``high``
            return
    pytest.fail("the example has no two sibling leaves to rename")


def test_a_rename_with_another_edit_runs_the_checks() -> None:
    editing = Editing()
    rule = editing.document.policy.rules[0]
    item_id = next(i for i in rule.purposes if "." in i or not i.isalpha())
    subtree = any(ids.covers(item_id, p.id) and p.id != item_id
                  for p in editing.document.policy.purposes)
    editing.document.apply(editing.document.rename_edit("purposes", item_id, _sibling(item_id),
                                                        subtree=subtree))
    editing.document.set("rules", rule.id, "effect",
                         "deny" if str(rule.effect) == "allow" else "allow")
    assert editing.validate() is None  # both edits at once: the findings change


def test_hostile_ids_and_texts_keep_full_runs_equal() -> None:
    editing = Editing()
    item_id = _first(editing, "categories")
    editing.document.set("categories", item_id, "description",
                         f"<script>{item_id}</script>\u202e{item_id}.x\\1")
    editing.validate()
    renamed = editing.rename("categories", item_id, _sibling(item_id))
    assert renamed is None or renamed.in_prose
    again = editing.rename("categories", _sibling(item_id), item_id + "_3")
    assert again is None or again.new == item_id + "_3"


def test_a_plain_word_id_is_carried_where_no_message_starts_with_it() -> None:
    editing = Editing()
    assert editing.rename("purposes", "payroll", "payroll_2") is not None
    assert editing.rename("purposes", "payroll_2", "payroll") is not None
    assert "payroll" not in catalogue_mentions()


def test_a_check_whose_message_starts_with_the_id_runs_again() -> None:
    """A plain word starting a message is capitalised: "Payroll …" would not be rewritten."""
    rename = Rename("purposes", "payroll", "payroll_2")
    check = CATALOGUE["TRN001"]
    assert not check.id_text
    found = [Finding("TRN001", Severity.INFO, "Work on payroll has no description.")]
    assert rename.carries(check, found)
    for message in ("Payroll has no description.", "payroll.uk has no description.",
                    "Payroll"):
        assert not rename.carries(check, [*found, Finding("TRN001", Severity.INFO, message)])
    assert rename.carries(check, [Finding("TRN001", Severity.INFO, "Payrolls are kept.")])


def test_an_id_a_message_writes_in_its_own_words_runs_the_checks() -> None:
    """Some messages write an id as an example ("contact.email"): it is never rewritten."""
    assert "contact.email" in catalogue_mentions()
    editing = Editing()
    assert editing.rename("categories", "contact.email", "contact.email_2") is None
    assert editing.rename("categories", "contact.phone", "contact.phone_2") is not None


def test_a_number_id_runs_the_checks() -> None:
    """Messages write counts ("meets 2 of the criteria"): an id of digits may be one."""
    editing = Editing()
    item_id = "fit_advice"  # a purpose no other item sits under, named in other words
    assert editing.rename("purposes", item_id, "9173") is None
    assert editing.rename("purposes", "9173", "9173_4") is None
    assert editing.rename("purposes", "9173_4", item_id + "_2") is None
    assert editing.rename("purposes", item_id + "_2", item_id + "_3") is not None


def test_a_reference_that_named_no_item_and_now_names_the_renamed_one_runs_the_checks(
        ) -> None:
    """A reference to the new id that named no item starts to name one: its finding goes."""
    editing = Editing()
    item_id = "fit_advice"  # a purpose no other item sits under, named in other words
    planned = item_id + "_2"
    rule = editing.document.policy.rules[0]
    editing.document.set("rules", rule.id, "purposes", [*rule.purposes, planned])
    editing.validate()
    assert any(planned in f.message for f in editing.validator.validate(
        editing.cache.snapshot(editing.document.policy), today=TODAY))
    assert editing.rename("purposes", item_id, planned) is None
    assert editing.rename("purposes", planned, item_id + "_3") is not None


def test_the_mentions_kept_between_renames_are_only_the_current_items() -> None:
    editing = Editing()
    carried = []
    for item_id in [p.id for p in editing.document.policy.purposes][:12]:
        carried.append(editing.rename("purposes", item_id, _sibling(item_id)))
        editing.rename("purposes", _sibling(item_id), item_id)
    assert any(carried)
    kept = editing.validator._texts
    snapshot = kept._policy  # the version the last rename was judged on
    assert snapshot is not None
    for key in SECTION_KEYS:
        assert all(map(operator.is_, kept._held[key], getattr(snapshot, key)))
    fresh = PolicyMentions().at(snapshot)
    assert (kept._facts, kept._prose) == (fresh._facts, fresh._prose)
