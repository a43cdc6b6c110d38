"""Documents carry sources, CCPA categories, external ids, ages, parental consent and
publication, with hostile text escaped."""

from __future__ import annotations

import pytest

from app.domain.diff import diff_policies
from app.domain.models import (
    DataCategory,
    DataSubject,
    Metadata,
    Policy,
    Purpose,
    Recipient,
    Source,
    UseRule,
)
from app.exporters.art30 import build_record
from app.exporters.art30_html import render_html as art30_html
from app.exporters.policy_document import build_html
from app.exporters.redline_html import render_html as redline_html
from tests.exporters.test_documents_hostile import PAYLOAD, Parsed


def people_policy(text: str) -> Policy:
    """A policy using every people-and-data field, with ``text`` in each free-text one."""
    return Policy(
        format_version=2, policy=Metadata(id="p", title="Club", jurisdictions=["eu_gdpr"]),
        categories=[
            DataCategory(id="contact.email", name="Email address", ccpa_category="identifiers",
                         sources=[Source(kind="data_subject"),
                                  Source(kind="third_party", name=f"Partner {text}")],
                         external_ids={"dpv": "pd:EmailAddress", "other": f"X {text}"}),
            DataCategory(id="grades", name="Grades", ccpa_category="education",
                         sources=[Source(kind="public_source", name="League tables")])],
        purposes=[Purpose(id="newsletter", name="Newsletter", legal_basis="consent",
                          consent="opt_in")],
        subjects=[DataSubject(id="pupils", name="Pupils", age_min=11, age_max=16,
                              children=True)],
        recipients=[Recipient(id="website", name="Club website", kind="public")],
        rules=[UseRule(id="send", categories=["contact.email"], purposes=["newsletter"],
                       subjects=["pupils"], obligations=["parental_consent"]),
               UseRule(id="results", categories=["grades"], purposes=["newsletter"],
                       recipients=["website"])])


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    policy = people_policy(PAYLOAD)
    return {"policy": build_html(policy), "art30": art30_html(build_record(policy)),
            "redline": redline_html(diff_policies(people_policy("old"), policy), "a", "b")}


def test_policy_document_says_sources_ccpa_ids_ages_consent_and_publication(
        texts: dict[str, str]) -> None:
    text = Parsed(texts["policy"]).text
    for words in (f"a third party: Partner {PAYLOAD}", "the person", "a public source: League "
                  "tables", "dpv: pd:EmailAddress", f"other: X {PAYLOAD}",
                  "Categories of personal information (CCPA", "Identifiers",
                  "Education information", "aged 11 to 16", "parent's or guardian's consent",
                  "published (anyone can see it)", "not a transfer (published)",
                  "may be published to Club website"):
        assert words in text, words


def test_art30_record_gives_categories_with_their_sources_ages_and_publication(
        texts: dict[str, str]) -> None:
    text = Parsed(texts["art30"]).text
    assert f"Email address: the person; a third party: Partner {PAYLOAD}" in text
    assert "Grades: a public source: League tables" in text
    assert "Pupils (aged 11 to 16, children)" in text
    assert "Published (anyone can see it)Club website" in text


def test_redline_shows_the_changed_source_name(texts: dict[str, str]) -> None:
    assert PAYLOAD in Parsed(texts["redline"]).text


@pytest.mark.parametrize("kind", ["policy", "art30", "redline"])
def test_hostile_text_adds_no_element(texts: dict[str, str], kind: str) -> None:
    policy = people_policy("plain words")
    benign = {"policy": build_html(policy), "art30": art30_html(build_record(policy)),
              "redline": redline_html(diff_policies(people_policy("old"), policy), "a", "b")}
    assert Parsed(texts[kind]).tags == Parsed(benign[kind]).tags


def test_canonical_json_carries_every_people_field_as_data() -> None:
    import json

    from app.exporters import registry

    policy = people_policy(PAYLOAD)
    data = json.loads(registry.get("json").export(policy).data)
    email = data["categories"][0]
    assert email["sources"][1] == {"kind": "third_party", "name": f"Partner {PAYLOAD}"}
    assert email["external_ids"] == {"dpv": "pd:EmailAddress", "other": f"X {PAYLOAD}"}
    assert email["ccpa_category"] == "identifiers"
    assert (data["subjects"][0]["age_min"], data["subjects"][0]["age_max"]) == (11, 16)
    assert data["recipients"][0]["kind"] == "public"
    assert data["rules"][0]["obligations"] == ["parental_consent"]
    data.pop("digest")
    assert Policy.model_validate(data) == policy


def test_pdf_says_sources_ccpa_and_ages() -> None:
    pytest.importorskip("pypdf")
    from app.exporters.pdf.document import pdf_bytes
    from tests.exporters.test_pdf_text import pages_text, squash

    text = squash(" ".join(pages_text(pdf_bytes(people_policy("Acme Lists")))))
    for words in ("a third party: Partner Acme Lists", "Education information", "aged 11 to 16",
                  "published to Club website"):
        assert squash(words) in text, words
