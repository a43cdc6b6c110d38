"""Exports use external ids instead of guessing: DPV terms in ODRL, Fides keys in Fides."""

from __future__ import annotations

import re

from app.domain.models import DataCategory, Metadata, Policy, Purpose, UseRule
from app.exporters.odrl import odrl_document
from app.exporters.odrl_dpv import dpv_personal_data, dpv_purpose
from app.storage.resources import dpv_labels, dpv_terms

PD_TERMS = 231


def snake(term: str) -> str:
    """``EmailAddress`` -> ``email_address``, ``IPAddress`` -> ``ip_address``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", term).lower()


def test_every_pd_term_is_reached_by_its_external_id() -> None:
    terms = dpv_terms("pd")
    assert len(terms) == PD_TERMS
    reached = [t for t in terms
               if dpv_personal_data("data.x", DataCategory(id="data.x", external_ids={
                   "dpv": f"pd:{t}"})) == f"dpv-pd:{t}"]
    assert len(reached) == PD_TERMS
    # an IRI or a bare term work too
    iri = DataCategory(id="x", external_ids={"dpv": "https://w3id.org/dpv/pd#EmailAddress"})
    assert dpv_personal_data("x", iri) == "dpv-pd:EmailAddress"


def test_categories_named_after_pd_terms_reach_them() -> None:
    """A category whose id (or name) spells a DPV term exports to it: all 231 (was 26)."""
    by_id = [t for t in dpv_terms("pd") if dpv_personal_data(snake(t), None) == f"dpv-pd:{t}"]
    by_name = [t for t, label in dpv_labels("pd").items()
               if dpv_personal_data("data.item", DataCategory(id="data.item", name=label))
               == f"dpv-pd:{t}"]
    assert len(by_id) == PD_TERMS
    assert len(by_name) == PD_TERMS


def test_external_id_wins_over_words_and_unknown_ones_fall_back() -> None:
    wrong_words = DataCategory(id="contact.email", external_ids={"dpv": "pd:TelephoneNumber"})
    assert dpv_personal_data("contact.email", wrong_words) == "dpv-pd:TelephoneNumber"
    unknown = DataCategory(id="contact.email", external_ids={"dpv": "pd:NoSuchThing"})
    assert dpv_personal_data("contact.email", unknown) == "dpv-pd:EmailAddress"
    purpose = Purpose(id="newsletter", kind="marketing", external_ids={"dpv": "dpv:Advertising"})
    assert dpv_purpose("newsletter", purpose, purpose) == "dpv:Advertising"
    assert dpv_purpose("newsletter", purpose, None) == "dpv:DirectMarketing"


def test_odrl_document_uses_the_external_ids() -> None:
    policy = Policy(
        format_version=2, policy=Metadata(id="p"),
        categories=[DataCategory(id="mail", external_ids={"dpv": "pd:EmailAddress"})],
        purposes=[Purpose(id="p1", legal_basis="contract",
                          external_ids={"dpv": "https://w3id.org/dpv#CustomerCare"})],
        rules=[UseRule(id="r", categories=["mail"], purposes=["p1"])])
    text = str(odrl_document(policy))
    assert "dpv-pd:EmailAddress" in text and "dpv:CustomerCare" in text


def test_fides_export_names_items_by_their_fides_keys() -> None:
    import yaml
    from fideslang.parse import load_manifests_into_taxonomy

    from app.domain.models import DataSubject
    from app.exporters.fides import EXPORTER, POLICY_NAME, TAXONOMY_NAME
    from app.exporters.fides_system import SYSTEM_NAME

    hostile = "x'\n- rules: [] # {{ }} ${x}"
    policy = Policy(
        format_version=2, policy=Metadata(id="p"),
        categories=[DataCategory(id="mail", name=hostile,
                                 external_ids={"fides": "user.contact.email"}),
                    DataCategory(id="odd", external_ids={"fides": hostile})],
        purposes=[Purpose(id="ads", external_ids={"fides": "marketing.advertising"}),
                  Purpose(id="news", external_ids={"fides": "marketing.communications.email"})],
        subjects=[DataSubject(id="kids", age_min=8, age_max=12, children=True,
                              external_ids={"fides": "customer"})],
        rules=[UseRule(id="no_ads", effect="deny", categories=["mail", "odd"], recipients=["*"],
                       purposes=["ads"], subjects=["kids"]),
               UseRule(id="mailing", categories=["mail"], purposes=["news"], subjects=["kids"])])
    result = EXPORTER.export(policy)
    taxonomy = yaml.safe_load(result.files[TAXONOMY_NAME])
    keys = {e["fides_key"]: e for e in taxonomy["data_category"]}
    assert keys["user.contact.email"]["name"] == hostile
    assert keys["user.contact"]["parent_key"] == "user"
    assert "odd" in keys and hostile not in keys  # a malformed key is not used
    assert {e["fides_key"] for e in taxonomy["data_use"]} >= {"marketing.advertising"}
    assert [e["fides_key"] for e in taxonomy["data_subject"]] == ["customer"]
    [rule] = yaml.safe_load(result.files[POLICY_NAME])["policy"][0]["rules"]
    assert rule["data_categories"]["values"] == ["odd", "user.contact.email"]
    assert rule["data_uses"]["values"] == ["marketing.advertising"]
    assert rule["data_subjects"]["values"] == ["customer"]
    assert "age ranges of 1 subject" in result.summary
    [declaration] = yaml.safe_load(result.files[SYSTEM_NAME])["system"][0][
        "privacy_declarations"]
    assert (declaration["data_use"], declaration["data_categories"],
            declaration["data_subjects"]) == ("marketing.communications.email",
                                              ["user.contact.email"], ["customer"])
    load_manifests_into_taxonomy({**taxonomy, **yaml.safe_load(result.files[POLICY_NAME]),
                                  **yaml.safe_load(result.files[SYSTEM_NAME])})
