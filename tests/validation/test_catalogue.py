"""The catalogue as a whole: documented checks, a clean example, and the large policy."""

from __future__ import annotations

from policy_builder import base, codes, findings, make_policy

from app.validation.catalogue import FAMILIES, all_checks


def test_every_check_is_documented_and_unique() -> None:
    checks = all_checks()
    assert len(checks) >= 30
    assert len({c.code for c in checks}) == len(checks)
    for c in checks:
        assert c.title.strip() and c.why.strip() and c.fix.strip(), c.code
        assert c.code[:3] in FAMILIES


def test_every_family_has_checks() -> None:
    assert {c.code[:3] for c in all_checks()} == set(FAMILIES)


def test_tidy_policy_has_no_findings() -> None:
    assert codes(make_policy(**base())) == set()


def test_synthetic_policy_runs_through_every_check(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bench import generate as bench

    sizes = {"categories": 300, "purposes": 40, "subjects": 10, "recipients": 12,
             "rules": 600, "retention": 150}
    monkeypatch.setattr(bench, "SIZES", sizes)
    from app.storage.loader import load_bytes

    policy = load_bytes(bench.generate().encode(), "synthetic").policy
    found = findings(policy)
    assert found
    assert all(f.message and f.path is not None for f in found)


def test_a_fix_that_names_a_command_also_says_how_in_the_window() -> None:
    for check in all_checks():
        for text in (check.why, check.fix):
            if "policy-studio" in text:
                assert "in the window" in text.lower(), (check.code, text)
