"""Incremental validation: after any edit it finds exactly what a full run finds."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain.document import PolicyDocument
from app.domain.edits import Change, EditError
from app.domain.models import Policy
from app.domain.sections import METADATA, SECTION_KEYS
from app.storage.loader import load_file
from app.validation.catalogue import CATALOGUE, Check, all_checks, check
from app.validation.changes import changes
from app.validation.finding import Hit, Severity
from app.validation.incremental import IncrementalValidator
from app.validation.runner import run_checks
from app.validation.snapshot import SnapshotCache

EXAMPLES = Path(__file__).resolve().parents[2] / "resources/examples"
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
TODAY = dt.date(2026, 6, 1)
VALUES: dict[tuple[str, str], list[object]] = {
    ("rules", "effect"): ["allow", "deny"],
    ("purposes", "consent"): ["opt_in", "opt_out", "none"],
    ("purposes", "kind"): ["marketing", "essential", "analytics", "profiling"],
    ("categories", "sensitivity"): ["personal", "sensitive", "special_category", "criminal"],
    ("recipients", "country"): ["US", "DE", "CN", None],
    ("recipients", "kind"): ["processor", "third_party", "internal"],
    ("subjects", "vulnerable"): [True, False],
    ("subjects", "children"): [True, False],
    ("purposes", "screening"): [{"monitoring": True, "large_scale": True}, None],  # GOV020
    ("purposes", "dpia"): [{"status": "done", "reference": "DPIA-1"}, {"status": "not_needed"},
                           None],
    ("retention", "duration"): ["P30D", "P10Y", "indefinite"],
    ("tests", "expect"): ["allow", "deny"],
}
REFERENCES = {"rules": ("categories", "purposes", "subjects", "recipients"),
              "retention": ("categories", "purposes")}


class Session:
    """A document edited at random, validated after every edit both ways."""

    def __init__(self, seed: int, policy: Policy | None = None) -> None:
        self.rng = random.Random(seed)
        self.document = PolicyDocument(policy or load_file(EXAMPLE).policy)
        self.cache = SnapshotCache()
        self.document.subscribe(self.cache.invalidate)
        self.validator = IncrementalValidator()
        self.undo: list[Change] = []

    def check_equal(self, what: str, *, compare: bool = True) -> None:
        snapshot = self.cache.snapshot(self.document.policy)
        incremental = self.found = self.validator.validate(snapshot, today=TODAY)
        if compare:
            full = run_checks(snapshot, today=TODAY)
            assert incremental == full, f"after {what}: {self.validator.changes}"

    def edit(self) -> str:
        """Make one random edit; a description of it."""
        rng, policy = self.rng, self.document.policy
        section = rng.choice([*SECTION_KEYS, METADATA])
        if section == METADATA:
            field, value = rng.choice([("title", f"Title {rng.random()}"),
                                       ("jurisdictions", rng.choice([["eu_gdpr"], []]))])
            return self._apply(f"metadata {field}", lambda: self.document.set(
                METADATA, None, field, value))
        items = getattr(policy, section)
        if not items:
            return "nothing"
        item = rng.choice(items)
        kind = rng.choice(["prose", "fact", "reference", "rename", "remove", "add", "move",
                           "undo"])
        document = self.document
        if kind == "prose":
            fields = [f for f in ("name", "description", "note") if f in type(item).model_fields]
            field = rng.choice(fields)
            words = rng.choice(["Words", "Lorem ipsum"])  # the second a placeholder (GOV010)
            return self._apply(f"{section} {field}", lambda: document.set(
                section, item.id, field, f"{words} {rng.random()}"))
        if kind == "fact":
            options = [key for key in VALUES if key[0] == section]
            if not options:
                return "nothing"
            _, field = rng.choice(options)
            return self._apply(f"{section} {field}", lambda: document.set(
                section, item.id, field, rng.choice(VALUES[(section, field)])))
        if kind == "reference" and section in REFERENCES:
            field = rng.choice(REFERENCES[section])
            pool = [i.id for i in getattr(policy, field)] + ["no_such_id"]
            value = [*getattr(item, field), rng.choice(pool)]
            return self._apply(f"{section} {field}", lambda: document.set(
                section, item.id, field, value))
        if kind == "rename":
            return self._apply(f"rename in {section}", lambda: document.rename(
                section, item.id, f"{item.id}_renamed{rng.randrange(1000)}"))
        if kind == "remove":
            return self._apply(f"remove from {section}", lambda: document.remove(
                section, item.id, drop_references=rng.random() < 0.5))
        if kind == "add":
            copy = item.model_copy(update={"id": f"{item.id}_copy{rng.randrange(1000)}"})
            return self._apply(f"add to {section}", lambda: document.add(
                section, copy, rng.randrange(len(items) + 1)))
        if kind == "move":
            return self._apply(f"move in {section}", lambda: document.move(
                section, item.id, rng.randrange(len(items))))
        if kind == "undo" and self.undo:
            self.document.apply(self.undo.pop().undo)
            return "undo"
        return "nothing"

    def _apply(self, what: str, edit: Callable[[], Change]) -> str:
        try:
            self.undo.append(edit())
        except (EditError, ValueError):
            return f"refused {what}"
        return what


@pytest.mark.parametrize("seed", range(6))
def test_after_random_edits_the_findings_equal_a_full_run(seed: int) -> None:
    session = Session(seed)
    session.check_equal("opening")
    done = []
    for _ in range(25):
        done.append(session.edit())
        session.check_equal(" / ".join(done[-3:]))
    assert any(not w.startswith(("refused", "nothing")) for w in done)


def test_an_unchanged_policy_reruns_only_what_declares_no_reads() -> None:
    session = Session(0)
    session.check_equal("opening")
    assert len(session.validator.reran) == len(all_checks())
    session.check_equal("nothing")
    undeclared = {c.code for c in all_checks() if c.reads is None}
    assert set(session.validator.reran) == undeclared
    assert len(undeclared) < len(all_checks()) // 4


@pytest.fixture
def counted() -> Iterator[dict[str, int]]:
    """Two extra checks counting their runs: one reading rules only, one declaring nothing."""
    runs = {"TST901": 0, "TST902": 0}

    def rules_only(ctx: object) -> Iterator[Hit]:
        runs["TST901"] += 1
        yield from ()

    def undeclared(ctx: object) -> Iterator[Hit]:
        runs["TST902"] += 1
        yield from ()

    check("TST901", Severity.INFO, "Counts runs", why="-", fix="-",
          reads=("rules",))(rules_only)
    check("TST902", Severity.INFO, "Counts runs too", why="-", fix="-")(undeclared)
    try:
        yield runs
    finally:
        del CATALOGUE["TST901"], CATALOGUE["TST902"]


def test_a_description_edit_does_not_rerun_a_rule_only_check(counted: dict[str, int]) -> None:
    session = Session(1)
    session.validator = IncrementalValidator()
    session.check_equal("opening", compare=False)
    assert counted == {"TST901": 1, "TST902": 1}
    purpose = session.document.policy.purposes[0]
    session.document.set("purposes", purpose.id, "description", "New words")
    session.check_equal("a purpose description", compare=False)
    assert counted == {"TST901": 1, "TST902": 2}
    rule = session.document.policy.rules[0]
    session.document.set("rules", rule.id, "effect", "deny")
    session.check_equal("a rule's effect", compare=False)
    assert counted == {"TST901": 2, "TST902": 3}


def test_a_check_without_reads_reruns_after_every_edit(counted: dict[str, int]) -> None:
    session = Session(2)
    session.validator = IncrementalValidator()
    session.check_equal("opening", compare=False)
    for n in range(5):
        session.document.set(METADATA, None, "title", f"Title {n}")
        session.check_equal("a title", compare=False)
    assert counted["TST902"] == 6
    assert counted["TST901"] == 1


def test_prose_edits_rerun_only_checks_reading_prose() -> None:
    session = Session(3)
    session.check_equal("opening")
    rule = session.document.policy.rules[0]
    session.document.set("rules", rule.id, "description", "Plain words")
    session.check_equal("a rule description")
    reran = {CATALOGUE[code] for code in session.validator.reran}
    assert all(c.reads is None or "rules" in c.reads or "rules.description" in c.reads
               for c in reran)
    assert "RUL001" not in session.validator.reran


def test_changes_name_sections_and_fields() -> None:
    session = Session(4)
    before = session.cache.snapshot(session.document.policy)
    rule = session.document.policy.rules[2]
    session.document.set("rules", rule.id, "effect", "deny")
    after = session.cache.snapshot(session.document.policy)
    assert changes(before, after).fields == {("rules", "effect")}
    session.document.remove("categories", session.document.policy.categories[0].id)
    later = session.cache.snapshot(session.document.policy)
    found = changes(after, later)
    assert found.reshaped("categories") and not found.reshaped("rules")


def test_every_declared_read_names_a_section_or_a_field() -> None:
    from app.domain.models import Metadata
    from app.domain.sections import section

    known = {METADATA, *SECTION_KEYS}
    known |= {f"{METADATA}.{name}" for name in Metadata.model_fields}
    known |= {f"{key}.{name}" for key in SECTION_KEYS for name in section(key).model.model_fields}
    checks: list[Check] = all_checks()
    for item in checks:
        assert item.reads is None or item.reads <= known, item.code


def test_problems_of_kept_findings_are_reused_and_stay_right() -> None:
    from app.validation.problems import Job, file_index, run_job

    session = Session(7)
    loaded = load_file(EXAMPLE)
    index = file_index(session.cache.snapshot(session.document.policy))
    known = None
    for step in range(21):
        if step == 20:  # a description: the problems of checks not rerun are kept
            rule = session.document.policy.rules[0]
            session.document.set("rules", rule.id, "description", "Kept problems")
        elif step:
            session.edit()
        snapshot = session.cache.snapshot(session.document.policy)

        def job(known: dict | None, snapshot: object = snapshot, step: int = step) -> Job:
            made = Job(snapshot, session.document, step, source_map=loaded.source_map,
                       file=loaded.file, file_index=index)
            made.known = known
            return made

        again = run_job(job(known), lambda p, **kw: session.validator.validate(p, today=TODAY,
                                                                               **kw))
        fresh = run_job(job(None), lambda p, **kw: run_checks(p, today=TODAY, **kw))
        assert not again.error and again.problems == fresh.problems
        assert [p.finding for p in again.problems] == [p.finding for p in fresh.problems]
        if step == 20:
            assert known and again.problems
            before = {id(entry[1]) for entry in known.values()}
            kept = [p for p in again.problems if p.finding.code not in session.validator.reran]
            assert kept and all(id(p) in before for p in kept)
        known = again.known


def test_a_rerun_check_hands_back_its_equal_findings_but_not_in_a_reshaped_section() -> None:
    session = Session(3)
    session.check_equal("opening")
    before = {f: f for f in session.found}
    rule = session.document.policy.rules[0]
    flipped = "deny" if str(rule.effect) == "allow" else "allow"
    session.document.set("rules", rule.id, "effect", flipped)  # reruns what reads decisions
    session.check_equal("an effect")
    again = [f for f in session.found if f.code in session.validator.reran and f in before]
    assert again and all(before[f] is f for f in again)
    before = {f: f for f in session.found}
    key = next(str(f.path[0]) for f in session.found if f.path[:1] in (
        ("purposes",), ("categories",), ("recipients",)))
    item = getattr(session.document.policy, key)[-1]
    session.document.apply(session.document.rename_edit(key, item.id, "renamed_x"))
    session.check_equal("a rename")
    moved = [f for f in session.found if f in before and f.path[:1] == (key,)]
    kept = [f for f in session.found if f in before and f.path[:1] != (key,)
            and f.code in session.validator.reran]
    assert moved and all(before[f] is not f for f in moved)
    assert kept and all(before[f] is f for f in kept)


def test_a_hit_handed_out_again_gets_its_finding_back_unless_its_section_was_reshaped() -> None:
    from app.validation.catalogue import all_checks
    from app.validation.changes import ANY_FIELD, Changes
    from app.validation.finding import Hit
    from app.validation.incremental import _rekeyed

    check = next(c for c in all_checks() if not c.post)
    hit = Hit(("rules", 2), "rule r allows it")
    first, by_hit = _rekeyed(check, [hit], None, {}, Changes())
    edited = Changes(frozenset({("rules", "effect")}))
    again, _ = _rekeyed(check, [hit], first, by_hit, edited)
    assert again[0] is first[0]
    equal = Hit(("rules", 2), "rule r allows it")  # equal, not the same: found by equality
    assert _rekeyed(check, [equal], first, by_hit, edited)[0][0] is first[0]
    reshaped = Changes(frozenset({("rules", ANY_FIELD)}))
    moved, _ = _rekeyed(check, [hit], first, by_hit, reshaped)
    assert moved[0] is not first[0] and moved[0][1] == first[0][1]
