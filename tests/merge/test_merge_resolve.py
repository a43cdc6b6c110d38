"""Each conflict resolves with one edit that undoes cleanly (Qt-free)."""

from __future__ import annotations

import pytest

from app.domain.document import PolicyDocument
from app.domain.edits import EditError
from app.domain.merge import merge_policies
from app.domain.merge_conflict import Conflict
from app.storage.loader import load_bytes
from tests.merge.merge_base import BASE, edited


def merged(ours: str, theirs: str) -> tuple[PolicyDocument, tuple[Conflict, ...]]:
    result = merge_policies(*(load_bytes(t.encode("utf-8")).policy for t in (BASE, ours, theirs)))
    return PolicyDocument(result.policy), result.conflicts


def resolve(document: PolicyDocument, conflict: Conflict, value: object) -> None:
    from app.domain.merge_resolve import resolution_edit

    before = document.policy.model_dump(mode="json")
    change = document.apply(resolution_edit(document.policy, conflict, value, "Resolve"))
    after = document.policy.model_dump(mode="json")
    document.apply(change.undo)
    assert document.policy.model_dump(mode="json") == before
    document.apply(resolution_edit(document.policy, conflict, value, "Resolve"))
    assert document.policy.model_dump(mode="json") == after


def test_field_rename_and_whole_item_conflicts_resolve() -> None:
    ours = edited(BASE.replace("keep_email", "keep_mail"), ("    name: Staff\n", ""),
                  ("    effect: deny", "    effect: allow"))
    theirs = edited(BASE.replace("keep_email", "email_kept"), ("    name: Staff\n",
                                                               "    name: Team\n"),
                    ("    effect: deny", "    effect: deny\n    description: never"))
    document, conflicts = merged(ours, theirs)
    by_field = {(c.section, c.field): c for c in conflicts}
    assert set(by_field) == {("retention", "id"), ("subjects", "name")}
    resolve(document, by_field[("retention", "id")], "email_kept")
    assert [r.id for r in document.policy.retention] == ["email_kept"]
    for key, conflict in by_field.items():
        if key != ("retention", "id"):
            resolve(document, conflict, conflict.theirs)
    with pytest.raises(EditError):
        from app.domain.merge_resolve import resolution_edit

        resolution_edit(document.policy, Conflict("nowhere", "x", "a", 1, 2, 3), 3, "x")


def test_deleted_item_comes_back_or_goes() -> None:
    without = edited(BASE, ("  - id: staff\n    name: Staff\n", ""))
    changed = edited(BASE, ("    name: Staff\n", "    name: Team\n"))
    document, conflicts = merged(without, changed)
    resolve(document, conflicts[0], conflicts[0].theirs)
    assert [s.name for s in document.policy.subjects] == ["Customers", "Team"]
    document, conflicts = merged(changed, without)
    resolve(document, conflicts[0], None)
    assert [s.id for s in document.policy.subjects] == ["customer"]
    resolve(document, conflicts[0], conflicts[0].ours)  # back, as ours had it
    assert document.policy.subjects[-1].name == "Team"


def test_metadata_and_security_measure_values() -> None:
    add = "  status: draft\n  security_measures:\n    - id: enc\n      name: {}\n"
    base_with = edited(BASE, ("  status: draft\n", add.format("Encryption")))
    ours = edited(base_with, ("    - id: enc\n      name: Encryption",
                              "    - id: enc\n      name: Ours"),
                  ("version: 1.0.0", "version: 1.1.0"), ("id: merge_test", "id: ours_id"))
    theirs = edited(base_with, ("    - id: enc\n      name: Encryption",
                                "    - id: enc\n      name: Theirs"),
                    ("version: 1.0.0", "version: 2.0.0"), ("id: merge_test", "id: theirs_id"))
    result = merge_policies(*(load_bytes(t.encode("utf-8")).policy
                              for t in (base_with, ours, theirs)))
    document = PolicyDocument(result.policy)
    fields = {c.field: c for c in result.conflicts}
    assert set(fields) == {"name", "version", "id"}
    resolve(document, fields["id"], "theirs_id")
    assert document.policy.policy.id == "theirs_id"
    resolve(document, fields["version"], "2.0.0")
    resolve(document, fields["name"], "Typed")
    assert document.policy.policy.version == "2.0.0"
    assert document.policy.policy.security_measures[0].name == "Typed"
    from app.domain.merge_resolve import resolution_edit

    with pytest.raises(EditError):
        document.apply(resolution_edit(document.policy, fields["version"], "not semver", "x"))
