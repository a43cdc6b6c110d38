"""Art. 30 record of processing: HTML and CSV carry every point, the digest, and escape."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from app.domain.canonical import digest
from app.domain.models import Policy
from app.exporters.art30 import CSV_COLUMNS, build_record
from app.exporters.registry import exporters, get
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '" onmouseover=alert(1) x="'

POLICY = """\
format_version: 1
policy:
  id: record_test
  title: Record test
  organisation: Shop Ltd
  jurisdictions: [eu_gdpr]
  establishment: DE
  controller: {name: Shop Ltd, email: privacy@shop.example}
  dpo: {name: Dana DPO, email: dpo@shop.example}
  security_measures:
    - {id: tls, name: TLS everywhere, description: Encrypted in transit., kind: technical}
categories:
  - {id: contact.email, name: Email address}
  - {id: health, name: Health notes, sensitivity: special_category}
subjects:
  - {id: customer, name: Customers}
recipients:
  - {id: mailer, name: Mailer Inc., kind: processor, country: US,
     safeguard: standard_contractual_clauses}
  - {id: crm, name: CRM Corp., kind: processor, country: IN}
purposes:
  - {id: newsletter, name: Newsletter, description: Monthly news., legal_basis: consent,
     consent: opt_in}
  - {id: care, name: Care, legal_basis: contract, art9_condition: explicit_consent}
rules:
  - {id: news, effect: allow, categories: [contact.email], purposes: [newsletter],
     subjects: [customer], recipients: [mailer, crm]}
  - {id: care_rule, effect: allow, categories: [health], purposes: [care]}
retention:
  - {id: keep_email, categories: [contact.email], duration: P2Y, trigger: consent_withdrawal,
     citation: GDPR Art. 7(3)}
"""


def small() -> Policy:
    return load_bytes(POLICY.encode(), "record.policy.yaml").policy


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def parsed(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def test_both_formats_are_registered_with_their_suffixes() -> None:
    names = {e.name: e for e in exporters()}
    assert names["art30-html"].suffix.endswith(".html")
    assert names["art30-csv"].suffix.endswith(".csv")
    assert names["retention-csv"].suffix.endswith(".csv")


def test_record_points_a_to_g() -> None:
    record = build_record(small())
    assert ("Controller", "Shop Ltd") in record.controller
    assert any(v.startswith("Dana DPO") for _, v in record.controller)
    news, care = record.activities
    assert news.subjects == ["Customers (customer)"]
    assert news.categories == ["Email address (contact.email)"]
    assert news.recipients == ["Mailer Inc. (mailer): processor, United States (US)",
                               "CRM Corp. (crm): processor, India (IN)"]
    assert news.transfers[0].endswith(": standard contractual clauses")
    assert news.transfers[1].endswith(": NO SAFEGUARD RECORDED")
    assert news.retention[0].startswith("Email address (contact.email): 2 years after consent "
                                        "withdrawal, then delete. Rule keep_email.")
    assert care.special == ["Health notes (health): special category (GDPR Art. 9)"]
    assert care.retention == ["Health notes (health): no retention rule"]
    assert care.subjects[0].startswith("any data subject")
    assert "Art. 9(2): explicit consent" in care.legal_basis
    assert record.measures == [("TLS everywhere", "technical", "Encrypted in transit.")]


def test_html_is_self_contained_deterministic_and_complete() -> None:
    policy = load_file(RESOURCES / "examples" / "northwind-outfitters.policy.yaml").policy
    result = get("art30-html").export(policy)
    assert result.data == get("art30-html").export(policy).data
    html = result.data.decode("utf-8")
    assert result.digest == digest(policy) and html.count(result.digest) >= 2
    assert "<script" not in html and not re.search(r"(src|href)=", html)
    text = " ".join(" ".join(parsed(html).parts).split())
    for point in ("(a) Controller", "(b) Purpose", "(c) Categories of data subjects",
                  "(d) Categories of recipients", "(e) Transfers", "(f) Envisaged",
                  "(g) Technical and organisational"):
        assert point in text
    for purpose in policy.purposes:
        assert " ".join(purpose.name.split()) in text
    for measure in policy.policy.security_measures:
        assert " ".join(measure.description.split()) in text
    assert "Deskwise Inc. (helpdesk_provider) in United States (US)" in text


def test_csv_has_one_row_per_purpose_with_the_digest() -> None:
    policy = small()
    result = get("art30-csv").export(policy)
    table = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"), newline="")))
    assert table[0] == list(CSV_COLUMNS)
    assert [row[3] for row in table[1:]] == ["newsletter", "care"]
    news = dict(zip(table[0], table[1], strict=True))
    assert news["Controller"] == "Shop Ltd" and news["DPO"].startswith("Dana DPO")
    assert news["Security measures"] == "TLS everywhere"
    assert "CRM Corp. (crm) in India (IN)" in news["Third-country transfers and safeguards"]
    assert all(row[-1] == digest(policy) == result.digest for row in table[1:])


def hostile() -> Policy:
    policy = small()
    policy.policy.title = SCRIPT
    policy.policy.organisation = ATTRIBUTE
    policy.policy.security_measures[0].name = SCRIPT
    policy.purposes[0].name = SCRIPT
    policy.purposes[0].description = ATTRIBUTE
    policy.categories[0].name = "=HYPERLINK(\"http://evil.example\",\"x\")"
    policy.recipients[1].name = "@SUM(1+1)"
    policy.retention[0].citation = ATTRIBUTE + SCRIPT
    return policy


def test_hostile_text_is_escaped_in_html() -> None:
    html = get("art30-html").export(hostile()).data.decode("utf-8")
    assert SCRIPT not in html and ATTRIBUTE not in html
    parser = parsed(html)
    assert all(tag != "script" for tag, _ in parser.tags)
    assert all(not name.startswith("on") for _, attrs in parser.tags for name, _ in attrs)
    shown = "".join(parser.parts)
    assert SCRIPT in shown and ATTRIBUTE in shown  # shown as text, exactly


def test_hostile_text_is_neutralised_in_csv() -> None:
    data = get("art30-csv").export(hostile()).data.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(data, newline="")))
    for row in table:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert table[1][CSV_COLUMNS.index("Controller")] == ATTRIBUTE
    assert table[1][CSV_COLUMNS.index("Personal data categories")].startswith("'=HYPERLINK")


def test_time_limits_carry_the_schedule_terms() -> None:
    from tests.retention_schedule_policy import parish_policy

    [activity] = build_record(parish_policy()).activities
    lines = " | ".join(activity.retention)
    for text in ("6 years after the end of the financial year (starting 1 April) in which the "
                 "contract ended, then delete or anonymise. Rule vat_records.",
                 "for the life of the account, counted from account closure, then delete or "
                 "anonymise", "at least 6 years and at most 7 years after the end of the "
                 "calendar year in which the employee left",
                 "Rule insurance (legal hold: statutory duty to keep)",
                 "Council Minutes (council.minutes): indefinitely. Rule minutes."):
        assert text in lines, text
    html = get("art30-html").export(parish_policy()).data
    assert html is not None and "statutory duty to keep" in html.decode("utf-8")


def test_transfers_name_every_country_and_storage_place_with_their_safeguard() -> None:
    policy = small()
    crm = policy.recipients[1]
    crm.country, crm.countries, crm.stored_in = "IN", ["DE"], ["US-CA"]
    policy.recipients[0].safeguard = None  # mailer: US, no safeguard
    news = build_record(policy).activities[0]
    assert news.recipients[1] == ("CRM Corp. (crm): processor, India (IN), Germany (DE), "
                                  "California (US-CA), stored only")
    mailer, crm_line = news.transfers
    assert crm_line.startswith("CRM Corp. (crm) in India (IN), Germany (DE), California "
                               "(US-CA), stored only (outside EU General Data Protection")
    assert "NO SAFEGUARD RECORDED (US-CA adequate for EU GDPR only where" in crm_line
    # The US is adequate only for organisations certified under the Data Privacy Framework.
    assert "NO SAFEGUARD RECORDED (US adequate for EU GDPR only where" in mailer
    assert "Data Privacy Framework" in mailer
    policy.recipients[0].safeguard = "adequacy_decision"
    [mailer, _] = build_record(policy).activities[0].transfers
    assert mailer.endswith("Privacy Framework)") and "adequacy decision (US" in mailer


def test_no_transfer_line_when_every_place_is_inside() -> None:
    policy = small()
    for recipient in policy.recipients:
        recipient.country, recipient.stored_in = "FR", ["eea"]
    assert build_record(policy).activities[0].transfers == []
