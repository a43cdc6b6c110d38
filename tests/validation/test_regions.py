"""Region checks (REG): unknown codes, clashing, looping and empty groups, covered regions."""

from __future__ import annotations

from typing import Any

import pytest
from policy_builder import base, findings, make_policy

from app.storage.loader import PolicyFileError, load_bytes
from app.validation.runner import validate_loaded
from tests.validation.policy_builder import mentions


def policy(*, rule_regions: list[str] | None = None, groups: list[dict[str, Any]] | None = None,
           **extra: Any) -> Any:
    """The base policy with one allow rule limited to ``rule_regions`` and ``groups``."""
    sections = base()
    sections["rules"] = [*sections["rules"],
                         {"id": "local", "categories": ["contact"], "purposes": ["service"],
                          "regions": rule_regions or []}]
    if groups is not None:
        sections["regions"] = groups
    return make_policy(**{**sections, **extra})


def test_reg001_unknown_codes_everywhere_regions_are_written() -> None:
    sections = base()
    sections["recipients"] = [*sections["recipients"],
                              {"id": "cloud", "country": "UK", "countries": ["XX"],
                               "stored_in": ["narnia"]}]
    sections["purposes"] = [*sections["purposes"],
                            {"id": "ads", "legal_bases": [{"basis": "consent",
                                                           "regions": ["atlantis"]}]}]
    made = make_policy(**sections, policy={"establishment": "ZZ"})
    hits = findings(made, "REG001")
    paths = {h.path for h in hits}
    cloud = len(sections["recipients"]) - 1
    ads = len(sections["purposes"]) - 1
    assert paths == {("policy", "establishment"), ("recipients", cloud, "country"),
                     ("recipients", cloud, "countries", 0), ("recipients", cloud, "stored_in", 0),
                     ("purposes", ads, "legal_bases", 0, "regions", 0)}
    [uk] = [h for h in hits if "'UK'" in h.message]
    assert "GB" in uk.hint and uk.severity == "error"


def test_reg001_knows_iso_codes_shipped_groups_and_the_policys_own() -> None:
    known = policy(rule_regions=["de", "US-CA", "eea", "EU", "dach"],
                   groups=[{"id": "dach", "members": ["DE", "AT", "CH"]}])
    assert findings(known, "REG001") == []
    [hit] = findings(policy(rule_regions=["eaa"]), "REG001")
    assert hit.path[-2:] == ("regions", 0) and "eea" in hit.hint
    [member] = findings(policy(groups=[{"id": "mine", "members": ["QQ-ZZZ"]}]), "REG001")
    assert member.path == ("regions", 0, "members", 0)


def test_reg001_finding_has_the_file_line_and_input_is_stored_canonically() -> None:
    text = ("format_version: 2\npolicy:\n  id: p\nrules:\n  - id: r\n    effect: allow\n"
            "    categories: [c]\n    purposes: [p]\n    regions:\n      - de\n"
            "      - Narnia\n")
    loaded = load_bytes(text.encode(), "p.policy.yaml")
    assert loaded.policy.rules[0].regions == ["DE", "narnia"]
    [hit] = [f for f in validate_loaded(loaded) if f.code == "REG001"]
    assert (hit.line, hit.column) == (11, 9) and mentions(hit.message, "narnia")


def test_reg002_group_ids_that_clash() -> None:
    hits = findings(policy(groups=[{"id": "de", "members": ["DE"]},
                                   {"id": "eea", "members": ["DE"]},
                                   {"id": "dach", "members": ["DE"]}]), "REG002")
    assert [h.path for h in hits] == [("regions", 0, "id"), ("regions", 1, "id")]
    assert "ISO code DE" in hits[0].message and "European Economic Area" in hits[1].message


def test_reg003_group_that_contains_itself() -> None:
    looped = policy(groups=[{"id": "north", "members": ["NO", "nordic"]},
                            {"id": "nordic", "members": ["north", "SE"]},
                            {"id": "solo", "members": ["solo"]},
                            {"id": "fine", "members": ["north"]}])
    hits = findings(looped, "REG003")
    assert [h.path[1] for h in hits] == [0, 1, 2]
    assert "north > nordic > north" in hits[0].message


def test_reg004_empty_group() -> None:
    [hit] = findings(policy(groups=[{"id": "nowhere", "members": []},
                                    {"id": "dach", "members": ["DE"]}]), "REG004")
    assert hit.path == ("regions", 0, "members") and hit.severity == "warning"


def test_reg005_region_covered_by_another_in_the_same_list() -> None:
    hits = findings(policy(rule_regions=["eea", "DE", "US", "US-CA", "FR", "fr"]), "REG005")
    messages = [h.message for h in hits]
    assert any("Germany (DE), already covered by European Economic Area (eea)" in m
               for m in messages)
    assert any("California (US-CA), already covered by United States (US)" in m
               for m in messages)
    assert any("FR twice" in m for m in messages)
    assert findings(policy(rule_regions=["DE", "FR", "US-CA"]), "REG005") == []
    grouped = policy(groups=[{"id": "dach", "members": ["DE", "DE-BY"]}])
    [hit] = findings(grouped, "REG005")
    assert hit.path == ("regions", 0, "members", 1)


def _rule_file(regions: str) -> bytes:
    return ("format_version: 2\npolicy:\n  id: p\nrules:\n  - id: r\n    effect: allow\n"
            f"    categories: [c]\n    purposes: [p]\n    regions: {regions}\n").encode()


@pytest.mark.parametrize("garbage", [
    "[\"D\u0415\"]",          # Cyrillic capital Ie: looks like DE
    "[\"\uff24\uff25\"]",     # fullwidth DE
    "[\"de\u200b\"]",         # zero-width space
    "[\"US-\"]", "[\"-CA\"]", "[\"e e a\"]", "[42]", "[null]",
    "[[DE]]", "{DE: 1}", "[\"" + "a" * 5000 + "\"]",
])
def test_hostile_region_input_is_refused_with_a_place(garbage: str) -> None:
    with pytest.raises(PolicyFileError) as caught:
        load_bytes(_rule_file(garbage), "p.policy.yaml")
    text = str(caught.value)
    assert "p.policy.yaml:9:" in text and "regions" in text


def test_ten_thousand_codes_load_and_check_quickly() -> None:
    import time

    codes = [f"X{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}" for i in range(10_000)]
    many = ", ".join(["DE", "eea", *(f"US-{c}" for c in codes)])
    started = time.perf_counter()
    loaded = load_bytes(_rule_file(f"[{many}]"), "p.policy.yaml")
    found = validate_loaded(loaded)
    assert time.perf_counter() - started < 20
    unknown = [f for f in found if f.code == "REG001"]
    covered = [f for f in found if f.code == "REG005"]
    # Findings of one code are capped, the rest summed up in one last finding.
    assert any("5,000 more REG001" in f.message for f in unknown)
    assert len(unknown) == 5001
    assert all(f.line == 9 for f in unknown if f.path)
    assert any("Germany (DE)" in f.message for f in covered)


def test_near_misses_load_canonically_and_are_named() -> None:
    loaded = load_bytes(_rule_file('["US_CA", " de\\n", "EEA"]'), "p.policy.yaml")
    assert loaded.policy.rules[0].regions == ["us_ca", "DE", "eea"]
    [hit] = [f for f in validate_loaded(loaded) if f.code == "REG001"]
    assert mentions(hit.message, "us_ca") and "US-CA" in hit.hint
