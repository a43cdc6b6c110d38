"""The policy document's generated sentences read as a lawyer would write them: legal bases by
place, transfer safeguards that say when there is no transfer, articles before names."""

from __future__ import annotations

import pytest

from app.domain.models import Policy, Purpose, Recipient
from app.exporters import policy_document as document
from app.exporters import purpose_words
from app.exporters.policy_words import Names, RuleWriter, in_place, mid_sentence
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue


def example() -> Policy:
    return load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy


def _purpose(policy: Policy, purpose_id: str) -> Purpose:
    return next(p for p in policy.purposes if p.id == purpose_id)


def test_legal_bases_by_place_read_as_a_sentence() -> None:
    policy = example()
    text = purpose_words.bases(_purpose(policy, "existing_customer_email"),
                               region_catalogue().with_policy(policy))
    assert text.startswith("In the European Union: legitimate interests (GDPR Art. 6(1)(f)) "
                           "\u2013 UWG §7(3)")
    assert "; in the United Kingdom: legitimate interests (GDPR Art. 6(1)(f)) \u2013 PECR" in text
    assert text.endswith("; elsewhere: legitimate interests (GDPR Art. 6(1)(f)).")
    assert ") (in " not in text and "(elsewhere)" not in text
    single = purpose_words.bases(_purpose(policy, "newsletter"))
    assert single == "consent (GDPR Art. 6(1)(a))"


@pytest.mark.parametrize(("name", "expected"), [
    ("European Union", "in the European Union"), ("United Kingdom", "in the United Kingdom"),
    ("Germany", "in Germany"), ("Delivery countries", "in the delivery countries"),
    ("Netherlands", "in the Netherlands"), ("Czech Republic", "in the Czech Republic"),
])
def test_places_take_an_article_where_english_needs_one(name: str, expected: str) -> None:
    assert in_place(name) == expected


def _safeguards(policy: Policy) -> dict[str, str]:
    return {row["id"]: row["safeguard"] for row in document.recipients(policy)}


def test_recipients_inside_the_eea_need_no_safeguard() -> None:
    policy = example()
    said = _safeguards(policy)
    for inside in ("customer_service", "cloud_host", "payment_provider", "parcel_carrier"):
        assert said[inside] == ("none needed: no transfer outside the European Economic Area"), \
            inside
    assert said["helpdesk_provider"].startswith("standard contractual clauses")
    assert said["email_service"].startswith("adequacy decision (GDPR Art. 45)")


def test_an_adequate_country_without_a_recorded_safeguard_says_so() -> None:
    policy = example()
    policy.recipients.append(Recipient(id="swiss_lab", name="Swiss Lab", kind="processor",
                                       country="CH"))
    policy.recipients.append(Recipient(id="us_shop", name="US Shop", kind="processor",
                                       country="US"))
    policy.recipients.append(Recipient(id="nowhere", name="Nowhere", kind="processor"))
    said = _safeguards(policy)
    assert said["swiss_lab"] == ("none needed beyond the adequacy decision for Switzerland "
                                 "(GDPR Art. 45)")
    assert said["us_shop"] == "none recorded for the transfer to the United States"
    assert said["nowhere"] == "none recorded (where the data goes is not stated)"


def test_names_inside_sentences_get_articles_or_stay_names() -> None:
    names = Names(example())
    assert names.purpose_phrase("newsletter") == "the purpose \u201cNewsletter\u201d"
    assert names.purpose_phrase("payment_processing") == "taking payments and paying refunds"
    assert names.purpose_phrases(["payment_processing", "newsletter", "customer_surveys"],
                                 "or") == ("taking payments and paying refunds or the purposes "
                                           "\u201cNewsletter\u201d or \u201cCustomer surveys\u201d")
    policy = example()
    policy.purposes[0].name = "Purpose family00.use2"
    assert Names(policy).purpose_phrase(policy.purposes[0].id) == "the purpose family00.use2"
    assert mid_sentence("Customer service") == "customer service"
    assert mid_sentence("Trail Club members") == "Trail Club members"
    assert mid_sentence("CCTV footage") == "CCTV footage"


def test_rule_sentences_read_naturally() -> None:
    policy = example()
    writer = RuleWriter(policy, Names(policy))
    sentences = {r.id: writer.sentence(r) for r in policy.rules}
    text = " ".join(sentences.values())
    assert " for newsletter" not in text and " for Newsletter" not in text
    assert "for the purpose \u201cNewsletter\u201d only with their consent" in text
    assert " for taking payments and paying refunds" in text
    assert " in European Union" not in text and " in United Kingdom" not in text
    assert "  " not in text and ".." not in text and ".)" not in text
    assert all(s[0].isupper() and s.endswith(".") for s in sentences.values())


def test_the_impact_says_what_its_count_of_uses_means() -> None:
    from app.exporters.redline_html import redline_with_impact

    old, new = example(), example()
    new.rules = new.rules[1:]
    html, impact = redline_with_impact(old, new, "old.yaml", "new.yaml")
    changed = sum(c.count for c in impact.changes)
    assert "declared uses change" not in html
    assert (f"{changed:,} of the {impact.uses:,} uses compared get a different decision"
            in html)
    assert ("A use is one data category for one purpose, with one data subject, recipient and "
            "region (each declared in either version, or none) and one consent answer") in html
    same, _ = redline_with_impact(old, old, "old.yaml", "old.yaml")
    assert f"all {impact.uses:,} uses compared get the same decision" in same
