"""People and data checks (PPL): ages, parental consent, sale of minors' data, sources, ids."""

from __future__ import annotations

from typing import Any

from policy_builder import findings, make_policy

from app.domain.ages import ages_problem, consent_ages_from_data, may_be_under, policy_ages
from app.domain.models import DataSubject
from app.storage.resources import default_consent_ages
from tests.validation.policy_builder import mentions

NEWSLETTER = {"id": "newsletter", "kind": "marketing", "legal_basis": "consent",
              "consent": "opt_in", "rights": ["access", "withdraw_consent"]}


def consent_policy(subject: dict[str, Any], *, obligations: list[str] | None = None,
                   deny: bool = False, jurisdictions: list[str] | None = None,
                   regions: list[str] | None = None) -> Any:
    """Email addresses used for a consent-based newsletter, for one subject."""
    rules: list[dict[str, Any]] = [
        {"id": "send_newsletter", "categories": ["contact.email"], "purposes": ["newsletter"],
         "subjects": ["pupils"], "obligations": obligations or [], "regions": regions or []}]
    if deny:
        rules.append({"id": "no_children", "effect": "deny", "categories": ["contact"],
                      "purposes": ["newsletter"], "subjects": ["pupils"]})
    return make_policy(
        policy={"jurisdictions": jurisdictions or ["eu_gdpr"]},
        categories=["contact", "contact.email"], purposes=[NEWSLETTER],
        subjects=[{"id": "pupils", **subject}], rules=rules)


# -- the facts and the domain helpers -----------------------------------------------------------
def test_shipped_ages_are_the_researched_ones() -> None:
    ages = default_consent_ages()
    assert ages["eu_gdpr"].default == 16
    assert (ages["eu_gdpr"].regions["BE"], ages["eu_gdpr"].regions["AT"],
            ages["eu_gdpr"].regions["FR"], ages["eu_gdpr"].regions["DE"]) == (13, 14, 15, 16)
    assert len(ages["eu_gdpr"].regions) == 30  # the EEA
    assert ages["uk_gdpr"].regions == {"GB": 13}
    assert ages["us_ca_cpra"].regions == {"US-CA": 13}
    assert ages["us_ca_cpra"].sale_or_sharing == {"US-CA": 16}


def test_ages_of_two_jurisdictions_take_the_higher_age() -> None:
    known = consent_ages_from_data({"a": {"parental_consent_ages": {"regions": {"X1": 13}}},
                                    "b": {"parental_consent_ages": {"regions": {"X1": 15}}},
                                    "c": {"name": "no ages"}})
    assert set(known) == {"a", "b"}
    assert policy_ages(["a", "b", "c"], known) == {"X1": 15}


def test_who_may_be_under_an_age() -> None:
    assert may_be_under(DataSubject(id="s", children=True), 13)
    assert not may_be_under(DataSubject(id="s"), 13)  # no age known, not children
    assert may_be_under(DataSubject(id="s", age_min=14), 16)
    assert not may_be_under(DataSubject(id="s", age_min=16, children=True), 16)


# -- PPL001 ---------------------------------------------------------------------------------------
def test_ppl001_youngest_above_oldest() -> None:
    [hit] = findings(consent_policy({"age_min": 17, "age_max": 12}), "PPL001")
    assert hit.path == ("subjects", 0, "age_min") and mentions(hit.message, "pupils")
    assert "(17)" in hit.message and "(12)" in hit.message
    assert hit.message == "For subject “Pupils”, the youngest age (17) is above the oldest (12)."


def test_ppl001_children_flag_against_ages() -> None:
    [hit] = findings(consent_policy({"children": True, "age_min": 18}), "PPL001")
    assert hit.path == ("subjects", 0, "children") and mentions(hit.message, "18")
    assert hit.message.startswith("Subject “Pupils” is marked as children, but the youngest")
    [hit] = findings(consent_policy({"age_min": 8, "age_max": 11}), "PPL001")
    assert hit.path == ("subjects", 0, "children") and mentions(hit.message, "8")
    assert ages_problem(DataSubject(id="s", children=True, age_min=13), highest=13)


def test_ppl001_quiet_for_consistent_ages() -> None:
    for subject in ({"age_min": 11, "age_max": 18, "children": True}, {"age_min": 18},
                    {}, {"children": True}, {"age_min": 13, "age_max": 13}):
        assert findings(consent_policy(subject, deny=True), "PPL001") == [], subject


# -- PPL002 ---------------------------------------------------------------------------------------
def test_ppl002_consent_for_children_without_parental_consent() -> None:
    [hit] = findings(consent_policy({"children": True}), "PPL002")
    assert hit.path == ("rules", 0, "obligations")
    for word in ("“Pupils”", "“Newsletter”", "under 13 in", "BE", "under 16 in", "DE",
                 "parental consent"):
        assert word in hit.message


def test_ppl002_names_only_the_regions_above_the_youngest_age() -> None:
    [hit] = findings(consent_policy({"age_min": 14, "age_max": 17}), "PPL002")
    assert "under 15 in" in hit.message and mentions(hit.message, "FR")
    assert "under 16 in" in hit.message and mentions(hit.message, "DE")
    assert not mentions(hit.message, "BE") and not mentions(hit.message, "AT")  # 13 and 14 there


def test_ppl002_only_regions_the_rule_covers() -> None:
    [hit] = findings(consent_policy({"children": True}, regions=["DE"]), "PPL002")
    assert mentions(hit.message, "DE") and not mentions(hit.message, "BE")


def test_ppl002_quiet_with_the_obligation_a_deny_or_adults() -> None:
    assert findings(consent_policy({"children": True}, obligations=["parental_consent"]),
                    "PPL002") == []
    assert findings(consent_policy({"children": True}, deny=True), "PPL002") == []
    assert findings(consent_policy({"age_min": 16}), "PPL002") == []
    assert findings(consent_policy({}), "PPL002") == []  # nothing says they may be young


def test_ppl002_uk_and_us_ages() -> None:
    [hit] = findings(consent_policy({"age_min": 12}, jurisdictions=["uk_gdpr"]), "PPL002")
    assert "under 13 in GB" in hit.message
    assert findings(consent_policy({"age_min": 13}, jurisdictions=["uk_gdpr"]), "PPL002") == []
    [hit] = findings(consent_policy({"children": True}, jurisdictions=["us_ca_cpra"]), "PPL002")
    assert "under 13 in US-CA" in hit.message


def test_ppl002_not_for_purposes_without_consent() -> None:
    policy = consent_policy({"children": True})
    data = policy.model_dump(mode="json")
    data["purposes"][0].update(legal_basis="contract", consent="none")
    assert findings(type(policy).model_validate(data), "PPL002") == []


# -- PPL003 ---------------------------------------------------------------------------------------
def sale_policy(consent: str, subject: dict[str, Any]) -> Any:
    purpose = {"id": "ads", "kind": "sale_or_sharing", "legal_basis": "consent",
               "consent": consent, "sale": True, "rights": ["access", "opt_out_of_sale"]}
    return make_policy(policy={"jurisdictions": ["us_ca_cpra"]}, categories=["contact"],
                       purposes=[purpose], subjects=[{"id": "teens", **subject}],
                       rules=[{"id": "sell", "categories": ["contact"], "purposes": ["ads"],
                               "recipients": ["*"], "obligations": ["parental_consent"]}])


def test_ppl003_sale_of_under_16s_without_opt_in() -> None:
    [hit] = findings(sale_policy("opt_out", {"age_min": 13, "age_max": 17}), "PPL003")
    assert hit.path == ("rules", 0) and mentions(hit.message, "teens") and "under 16 in US-CA" \
        in hit.message


def test_ppl003_quiet_with_opt_in_or_adults() -> None:
    assert findings(sale_policy("opt_in", {"age_min": 13}), "PPL003") == []
    assert findings(sale_policy("opt_out", {"age_min": 16}), "PPL003") == []


def test_ppl003_quiet_when_a_deny_rule_keeps_the_minors_out() -> None:
    """The decision engine, not the purpose alone, says whether minors' data is sold."""
    policy = sale_policy("opt_out", {"age_min": 13, "age_max": 17})
    data = policy.model_dump(mode="json")
    data["rules"].append({"id": "no_teens", "effect": "deny", "categories": ["contact"],
                          "purposes": ["ads"], "subjects": ["teens"], "recipients": ["*"]})
    assert findings(type(policy).model_validate(data), "PPL003") == []


# -- PPL004 ---------------------------------------------------------------------------------------
def test_ppl004_third_party_or_public_source_without_a_name() -> None:
    policy = make_policy(categories=[{"id": "contact", "sources": [
        {"kind": "data_subject"}, {"kind": "third_party", "name": " "},
        {"kind": "public_source", "name": "Companies House"}, {"kind": "public_source"}]}])
    hits = findings(policy, "PPL004")
    assert [h.path for h in hits] == [("categories", 0, "sources", 1, "name"),
                                      ("categories", 0, "sources", 3, "name")]
    assert "third party" in hits[0].message and "public source" in hits[1].message


def test_ppl004_quiet_for_named_sources() -> None:
    policy = make_policy(categories=[{"id": "contact", "sources": [
        {"kind": "observed"}, {"kind": "third_party", "name": "Credit agency"}]}])
    assert findings(policy, "PPL004") == []


# -- PPL005 ---------------------------------------------------------------------------------------
def test_ppl005_unknown_dpv_term_and_malformed_fides_key() -> None:
    policy = make_policy(
        categories=[{"id": "contact", "external_ids": {"dpv": "pd:EmailAdress",
                                                       "fides": "user..contact"}}],
        purposes=[{"id": "ads", "external_ids": {"dpv": "https://w3id.org/dpv#Nope"}}])
    hits = findings(policy, "PPL005")
    assert {h.path for h in hits} == {("categories", 0, "external_ids", "dpv"),
                                      ("categories", 0, "external_ids", "fides"),
                                      ("purposes", 0, "external_ids", "dpv")}
    assert any(mentions(h.message, "EmailAdress") for h in hits)


def test_ppl005_quiet_for_known_terms_and_keys() -> None:
    policy = make_policy(
        categories=[{"id": "contact", "external_ids": {
            "dpv": "pd:EmailAddress", "fides": "user.contact.email", "other": "x y"}}],
        purposes=[{"id": "ads", "external_ids": {"dpv": "https://w3id.org/dpv#Marketing",
                                                 "fides": "marketing.advertising"}}])
    assert findings(policy, "PPL005") == []


def test_ppl002_only_where_the_purpose_relies_on_consent() -> None:
    policy = consent_policy({"children": True}, jurisdictions=["eu_gdpr", "uk_gdpr"])
    data = policy.model_dump(mode="json")
    data["purposes"][0].update(legal_basis="legitimate_interests",
                               legal_bases=[{"basis": "consent", "regions": ["eea"]}])
    [hit] = findings(type(policy).model_validate(data), "PPL002")
    assert "DE" in hit.message and "GB" not in hit.message  # legitimate interests in the UK
    data["purposes"][0].update(legal_bases=[{"basis": "consent", "regions": ["GB"]}])
    [hit] = findings(type(policy).model_validate(data), "PPL002")
    assert "under 13 in GB" in hit.message and not mentions(hit.message, "DE")
