"""Redline renderers: compiler-like text, documented JSON, escaped HTML for legal."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from app.domain.diff import diff_policies
from app.domain.document import PolicyDocument
from app.domain.models import DataCategory
from app.exporters.redline import render, render_json, render_text
from app.exporters.redline_html import render_html
from app.storage.loader import load_bytes
from tests.ui.conftest import UI_POLICY

HOSTILE = '<script>alert(1)</script>'
ATTRIBUTE = '" onmouseover=alert(1) x="'


def pair():  # type: ignore[no-untyped-def]
    old = load_bytes(UI_POLICY, "old.policy.yaml").policy
    doc = PolicyDocument(load_bytes(UI_POLICY, "new.policy.yaml").policy)
    doc.set("rules", "newsletter_email", "purposes", ["marketing.newsletter", "marketing"])
    doc.set("rules", "newsletter_email", "purposes", ["marketing"])
    doc.rename("subjects", "customer", "customers")
    doc.add("categories", DataCategory(id="contact.phone", name="Phone number"))
    doc.remove("retention", "keep_email")
    doc.set("policy", None, "status", "in_review")
    return old, doc.policy


def test_text_is_one_line_per_difference() -> None:
    old, new = pair()
    text = render_text(diff_policies(old, new), "a.yaml", "b.yaml")
    lines = text.splitlines()
    assert lines[0].startswith("--- a.yaml sha256:") and lines[1].startswith("+++ b.yaml ")
    assert "~ policy: status draft -> in_review" in lines
    assert "+ categories contact.phone (Phone number)" in lines
    assert "> subjects customer -> customers (renamed)" in lines
    assert "- retention keep_email" in lines
    assert "~ rules newsletter_email: purposes + marketing - marketing.newsletter" in lines
    assert lines[-1] == "5 differences"
    assert render_text(diff_policies(old, old)).splitlines()[-1] == "no differences"


def test_json_follows_the_documented_structure() -> None:
    old, new = pair()
    data = json.loads(render_json(diff_policies(old, new)))
    assert data["diff_format"] == 1 and data["equal"] is False
    assert set(data) == {"diff_format", "equal", "old", "new", "metadata", "items", "reordered"}
    assert data["metadata"] == [{"field": "status", "old": "draft", "new": "in_review"}]
    renamed = next(i for i in data["items"] if i["change"] == "renamed")
    assert renamed == {"section": "subjects", "change": "renamed", "id": "customers",
                       "old_id": "customer", "name": "Customers", "fields": []}
    added = next(i for i in data["items"] if i["change"] == "added")
    assert added["content"]["name"] == "Phone number"
    rule = next(i for i in data["items"] if i["id"] == "newsletter_email")
    assert rule["fields"] == [{"field": "purposes", "added": ["marketing"],
                               "removed": ["marketing.newsletter"]}]
    assert render_json(diff_policies(old, new)) == render_json(diff_policies(old, new))


def test_html_uses_plain_words_names_colours_and_digests() -> None:
    old, new = pair()
    diff = diff_policies(old, new)
    html = render_html(diff, "old.yaml", "new.yaml")
    assert diff.old_digest in html and diff.new_digest in html
    assert "Use rules" in html and "Data categories" in html and "Retention rules" in html
    assert 'class="badge-add"' in html and 'class="badge-del"' in html
    assert "Marketing <code>marketing</code>" in html  # names beside ids
    assert "Newsletter <code>marketing.newsletter</code>" in html
    assert "in review" in html and "Status" in html
    assert "purposes" not in html.split("<body>")[1].split("Use rules")[0]


def test_html_escapes_every_user_text() -> None:
    old, new = pair()
    doc = PolicyDocument(new)
    doc.set("categories", "contact", "name", HOSTILE)
    doc.set("categories", "contact", "description", ATTRIBUTE)
    doc.set("policy", None, "title", HOSTILE + ATTRIBUTE)
    doc.set("rules", "no_location_ads", "description", ATTRIBUTE)
    html = render_html(diff_policies(old, doc.policy), HOSTILE, ATTRIBUTE)
    assert "<script>" not in html and "onmouseover=alert(1) x=\"" not in html
    shown = []
    parser = HTMLParser()
    parser.handle_data = shown.append  # type: ignore[method-assign]
    parser.feed(html)
    text = "".join(shown)
    assert text.count(HOSTILE) >= 3 and text.count(ATTRIBUTE) >= 3  # shown as text, exactly


def test_unknown_format_is_refused() -> None:
    old, new = pair()
    with pytest.raises(ValueError, match="unknown diff format"):
        render(diff_policies(old, new), "pdf")


def test_retention_terms_changes_read_in_plain_words() -> None:
    from tests.retention_schedule_policy import parish_policy

    old = parish_policy()
    doc = PolicyDocument(old.model_copy(deep=True))
    doc.set("retention", "vat_records", "minimum", "P5Y")
    doc.set("retention", "vat_records", "financial_year_start", "04-06")
    doc.set("retention", "accounts", "criteria", "while the account is open")
    doc.set("retention", "accounts", "dispositions", ["anonymise", "archive"])
    doc.set("retention", "payroll", "period_start", "end_of_financial_year")
    doc.set("retention", "insurance", "legal_hold_reason", "claims may arise for 40 years")
    html = render_html(diff_policies(old, doc.policy), "old.yaml", "new.yaml")
    for text in ("Kept at least", "5 years", "Financial year starts", "6 April", "1 April",
                 "while the account is open", "Or", "now also: archive",
                 "end of financial year", "Legal hold reason",
                 "claims may arise for 40 years"):
        assert text in html, text
    text = render_text(diff_policies(old, doc.policy))
    assert "minimum" in text and "5 differences" not in text


def test_html_shows_region_names_beside_codes() -> None:
    from app.domain.models import RegionGroup

    old, new = pair()
    doc = PolicyDocument(new)
    doc.set("rules", "newsletter_email", "regions", ["eea", "US-CA", "dach"])
    doc.add("regions", RegionGroup(id="dach", name="German-speaking", members=["DE", "AT"]))
    doc.set("policy", None, "establishment", "DE")
    html = render_html(diff_policies(old, doc.policy), "old.yaml", "new.yaml")
    assert "European Economic Area <code>eea</code>" in html
    assert "California <code>US-CA</code>" in html
    assert "German-speaking <code>dach</code>" in html
    assert "Germany <code>DE</code>" in html and "Austria <code>AT</code>" in html


def test_html_heads_an_unnamed_rule_with_what_it_says_before_its_id() -> None:
    """Rules have no name: the heading shows the description (as the navigator does), the id
    after it, so a reader of the redline knows which rule without knowing ids."""
    old = load_bytes(UI_POLICY, "old.policy.yaml").policy
    doc = PolicyDocument(load_bytes(UI_POLICY, "new.policy.yaml").policy)
    doc.set("rules", "newsletter_email", "description", "Emails may be used for the <newsletter>.")
    doc.set("rules", "newsletter_email", "purposes", ["marketing"])
    html = render_html(diff_policies(old, doc.policy), "a", "b")
    heading = next(line for line in html.splitlines()
                   if line.startswith("<h3>") and "newsletter_email" in line)
    assert "Emails may be used for the &lt;newsletter&gt;." in heading
    assert heading.index("Emails") < heading.index("<code>newsletter_email</code>")
