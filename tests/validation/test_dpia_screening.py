"""GOV020 and the DPIA screening: two criteria make an assessment required, unless one is
recorded with its reference; what counts is what the decision engine allows."""

from __future__ import annotations

from typing import Any

from app.domain.allowed import AllowedUses
from app.domain.decisions import Request, decide
from app.domain.dpia_screening import CRITERIA, Screening
from app.domain.enums import ConsentState
from app.domain.jurisdictions import transfer_regimes
from app.domain.models import Policy
from app.storage.resources import default_jurisdictions, region_catalogue
from app.validation.catalogue import CATALOGUE, all_checks
from tests.validation.policy_builder import findings, make_policy


def care(**purpose: Any) -> dict[str, Any]:
    """Sections of a health-care policy; ``purpose`` overrides the care purpose."""
    return {
        "categories": [{"id": "health", "name": "Health record",
                        "sensitivity": "special_category"}, {"id": "email"}],
        "subjects": [{"id": "patients", "vulnerable": True}, {"id": "staff"},
                     {"id": "pupils", "age_min": 11, "age_max": 15}],
        "recipients": [{"id": "lab", "country": "DE"},
                       {"id": "offshore", "name": "Offshore desk", "country": "IN",
                        "safeguard": "standard_contractual_clauses"},
                       {"id": "swiss", "country": "CH"}],
        "purposes": [{"id": "care", "art9_condition": "health_or_social_care", **purpose},
                     {"id": "news", "kind": "marketing", "legal_basis": "consent",
                      "consent": "opt_in"}],
        "rules": [{"id": "treat", "categories": ["health"], "purposes": ["care"],
                   "subjects": ["staff"], "recipients": ["lab", "swiss"]},
                  {"id": "mail", "categories": ["email"], "purposes": ["news"]}],
    }


def hits(policy: Policy) -> list[str]:
    return [f.message for f in findings(policy, "GOV020")]


def screen(policy: Policy) -> Screening:
    regions = region_catalogue().with_policy(policy)
    return Screening(policy, AllowedUses(policy, regions=regions),
                     transfer_regimes(policy, default_jurisdictions(), regions), regions)


def test_the_check_is_documented_and_reads_what_it_judges() -> None:
    all_checks()
    check = CATALOGUE["GOV020"]
    assert check.family == "Governance" and "Art. 35" in check.why
    assert {"purposes.screening", "purposes.dpia", "rules.subjects",
            "recipients.country", "categories.sensitivity", "policy.jurisdictions"} <= check.reads


def test_one_criterion_is_not_enough() -> None:
    # special-category data for staff, shared in the EEA and an adequate country only
    policy = make_policy(**care())
    assert [c.key for c in screen(policy).criteria(policy.purposes[0])] == ["sensitive"]
    assert hits(policy) == []


def test_two_criteria_require_a_dpia_and_say_which() -> None:
    policy = make_policy(**care(screening={"large_scale": True}))
    [message] = hits(policy)
    assert message == (
        "A DPIA is required for purpose “Care”, which meets 2 of the criteria: sensitive or "
        "highly personal data (Health record: special category); large scale (the purpose's "
        "screening says so).")
    [finding] = findings(policy, "GOV020")
    assert finding.path == ("purposes", 0)


def test_profiling_and_automated_decisions_are_two_criteria() -> None:
    sections = care()
    sections["purposes"][1]["automated_decisions"] = {"profiling": True,
                                                      "solely_automated": True}
    [message] = hits(make_policy(**sections))
    assert "“News”" in message and "evaluation or scoring (the purpose profiles people)" \
        in message and "automated decisions with legal or similarly significant effect" in message


def test_a_recorded_assessment_with_its_reference_silences_it() -> None:
    for status in ("in_progress", "done"):
        policy = make_policy(**care(screening={"monitoring": True},
                                    dpia={"status": status, "reference": "DPIA-7"}))
        assert hits(policy) == []
    done = make_policy(**care(screening={"monitoring": True}, dpia={"status": "done"}))
    assert hits(done)[0].endswith("; it is recorded as done but names no reference.")
    assert findings(done, "GOV020")[0].path == ("purposes", 0, "dpia")
    waved = make_policy(**care(screening={"monitoring": True},
                               dpia={"status": "not_needed", "reference": "Memo 3"}))
    assert hits(waved)[0].endswith("; it is recorded as not needed.")


def test_vulnerable_people_count_only_when_the_engine_allows_a_use_about_them() -> None:
    sections = care()
    policy = make_policy(**sections)
    request = Request("health", "care", "patients", "lab", None, ConsentState.GRANTED)
    assert not decide(policy, request).allowed
    assert "vulnerable" not in [c.key for c in screen(policy).criteria(policy.purposes[0])]
    sections["rules"][0]["subjects"] = []  # now any subject, patients and pupils included
    policy = make_policy(**sections)
    assert decide(policy, request).allowed
    [message] = hits(policy)
    assert "vulnerable people or children (Patients: vulnerable, under rules open to anyone; " \
           "Pupils: aged from 11, under rules open to anyone)" in message
    sections["rules"].append({"id": "not_pupils", "effect": "deny", "categories": ["health"],
                              "purposes": ["care"], "subjects": ["pupils"],
                              "recipients": ["*"]})
    [message] = hits(make_policy(**sections))
    assert "(Patients: vulnerable, under rules open to anyone)" in message
    assert "Pupils" not in message
    sections["rules"][0]["subjects"] = ["patients"]  # named: said without the remark
    [message] = hits(make_policy(**sections))
    assert "(Patients: vulnerable)" in message


def test_transfers_count_without_adequacy_and_only_when_sharing_is_allowed() -> None:
    sections = care()
    sections["rules"][0]["recipients"] = ["lab", "swiss", "offshore"]
    policy = make_policy(**sections)
    request = Request("health", "care", "staff", "offshore", None, ConsentState.GRANTED)
    assert decide(policy, request).allowed
    [message] = hits(policy)
    assert "transfers without an adequacy decision (Offshore desk in IN, with no adequacy " \
           "decision under EU GDPR)" in message
    assert "Swiss" not in message  # Switzerland is adequate
    sections["rules"].append({"id": "no_offshore", "effect": "deny", "categories": ["health"],
                              "purposes": ["care"], "recipients": ["offshore"]})
    assert hits(make_policy(**sections)) == []


def test_screened_criteria_follow_the_purpose_and_sensitivity_follows_the_rules() -> None:
    every = dict.fromkeys(("monitoring", "large_scale", "matching", "innovative",
                           "blocks_rights"), True)
    sections = care(screening=every)
    sections["rules"][0]["effect"] = "deny"  # nothing allowed for care: no data at all
    policy = make_policy(**sections)
    found = [c.key for c in screen(policy).criteria(policy.purposes[0])]
    assert found == [k for k in CRITERIA if k in every]
    assert len(hits(policy)) == 1
