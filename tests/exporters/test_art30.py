"""Art. 30 records: the regulators' fields, words not codes, families, agreement with decide,
CSV in both spreadsheet dialects, escaping, and the PDF's page numbers."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, Jurisdiction
from app.domain.models import Policy
from app.exporters.art30 import build_processor_record, build_record
from app.exporters.art30_fields import (
    CONTRACTS,
    DATA,
    DPIA,
    PROCESSOR_TITLES,
    RECIPIENTS,
    SALE,
    SUBJECTS,
    TITLES,
    TRANSFERS,
)
from app.exporters.registry import exporters, get
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from tests.exporters.notice_policy import V1, notice_policy

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '" onmouseover=alert(1) x="'
EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"

POLICY = """\
format_version: 2
policy:
  id: record_test
  title: Record test
  organisation: Shop Ltd
  jurisdictions: [eu_gdpr]
  establishment: DE
  controller: {name: Shop Ltd, email: privacy@shop.example}
  dpo: {name: Dana DPO, email: dpo@shop.example}
  representative: {name: Rep Ltd, email: rep@shop.example}
  joint_controllers: [{name: Partner AG, email: p@partner.example}]
  record_created: 2020-01-02
  approvals: [{name: Ann, role: DPO, date: 2025-06-30}]
  processing_for:
    - {id: client, name: Client plc, email: c@client.example, contract: DPA-9}
  security_measures:
    - {id: tls, name: TLS everywhere, description: Encrypted in transit., kind: technical}
categories:
  - {id: contact, name: Contact details, sources: [{kind: data_subject}]}
  - {id: contact.email, name: Email address}
  - {id: contact.phone, name: Phone number}
  - {id: health, name: Health notes, sensitivity: special_category}
subjects:
  - {id: customer, name: Customers}
recipients:
  - {id: mailer, name: Mailer Inc., kind: processor, country: US,
     safeguard: standard_contractual_clauses, processor_contract: DPA-1}
  - {id: crm, name: CRM Corp., kind: processor, country: IN}
  - {id: court, name: Court abroad, kind: public_authority, country: IN,
     derogation: legal_claims}
purposes:
  - {id: newsletter, name: Newsletter, description: Monthly news., legal_basis: consent,
     consent: opt_in, dpia: {status: in_progress, reference: DPIA-4}}
  - {id: care, name: Care, legal_basis: contract, art9_condition: explicit_consent}
  - {id: care.claims, name: Care claims, legal_basis: legal_obligation}
  - {id: hosting, name: Hosting for the client, legal_basis: contract, on_behalf_of: client}
rules:
  - {id: news, effect: allow, categories: [contact], purposes: [newsletter],
     subjects: [customer], recipients: [mailer, crm]}
  - {id: no_phone, effect: deny, categories: [contact.phone], purposes: [newsletter],
     recipients: [mailer, crm]}
  - {id: care_rule, effect: allow, categories: [health], purposes: [care],
     recipients: [court]}
  - {id: host, effect: allow, categories: [contact.email], purposes: [hosting],
     recipients: [crm]}
retention:
  - {id: keep_email, categories: [contact], duration: P2Y, trigger: consent_withdrawal,
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


def text_of(data: bytes | None) -> str:
    assert data is not None
    return " ".join(" ".join(parsed(data.decode("utf-8")).parts).split())


def lines(activity: object, title: str) -> list[str]:
    return ["  " * line.depth + line.text for line in activity.field(title).lines]  # type: ignore[attr-defined]


def test_every_format_is_registered() -> None:
    names = {e.name: e.suffix for e in exporters()}
    for name in ("art30-html", "art30-pdf", "art30-csv", "art30-csv-semicolon",
                 "art30-processor-html", "art30-processor-pdf", "art30-processor-csv",
                 "art30-processor-csv-semicolon"):
        assert name in names, name
    assert names["art30-csv"] != names["art30-csv-semicolon"]


def test_parties_and_dates_in_words() -> None:
    record = build_record(small())
    parties = dict(record.parties)
    assert parties["Controller"] == "Shop Ltd"
    assert parties["Joint controllers"].startswith("Partner AG")
    assert parties["Representative (GDPR Art. 27)"].startswith("Rep Ltd")
    assert parties["Data protection officer"].startswith("Dana DPO")
    assert parties["Established in"] == "Germany"
    assert parties["Record created"] == "2 January 2020"
    assert parties["Record last updated"].startswith("30 June 2025 (the latest approval")


def test_activities_are_the_own_purposes_numbered_by_family() -> None:
    record = build_record(small())
    assert [(a.number, a.name) for a in record.activities] == [
        ("1", "Newsletter"), ("2", "Care"), ("2.1", "Care claims")]
    assert [f.title for f in record.activities[0].fields] == [t for t in TITLES if t != SALE]
    assert record.titles == tuple(t for t in TITLES if t != SALE)  # no CPRA, no sale column
    small_cpra = small()
    small_cpra.policy.jurisdictions = [*small_cpra.policy.jurisdictions, Jurisdiction.US_CA_CPRA]
    assert build_record(small_cpra).activities[0].fields[-1].title == SALE


def test_categories_nest_by_family_and_follow_decide() -> None:
    news = build_record(small()).activities[0]
    # The deny rule removes the phone number: the family shows only what decide allows.
    assert lines(news, DATA) == ["Contact details", "  Email address"]
    assert lines(news, SUBJECTS) == ["Customers"]
    assert lines(news, RECIPIENTS) == ["Processors",
                                       "  Mailer Inc., United States", "  CRM Corp., India"]
    assert lines(news, CONTRACTS) == ["Mailer Inc.: DPA-1", "CRM Corp.: NO CONTRACT REFERENCED"]
    transfers = lines(news, TRANSFERS)
    assert transfers[0].startswith("Mailer Inc. to United States: standard contractual clauses")
    assert transfers[1] == "CRM Corp. to India: NO SAFEGUARD RECORDED"
    assert lines(news, DPIA) == ["In progress: DPIA-4"]


def test_derogations_are_named_in_words() -> None:
    care = build_record(small()).activities[1]
    assert lines(care, TRANSFERS) == [
        "Court abroad to India: derogation: establishing, exercising or defending legal claims "
        "(GDPR Art. 49(1)(e))"]
    assert "special category" in lines(care, DATA)[0]


@pytest.mark.parametrize("path", [EXAMPLE, None])
def test_every_listed_use_is_allowed_by_decide_and_nothing_allowed_is_missing(
        path: Path | None) -> None:
    policy = load_file(path).policy if path else small()
    engine = DecisionEngine(policy, region_catalogue())
    names = {c.id: c.name or c.id for c in policy.categories}
    record = build_record(policy)
    for activity in record.activities:
        purpose = activity.purpose.id
        listed = {line.text for line in activity.field(DATA).lines}
        for category in policy.categories:
            allowed = any(engine.decide(Request(category.id, purpose, subject, recipient, None,
                                                ConsentState.GRANTED)).allowed
                          for subject in [None, *(s.id for s in policy.subjects)]
                          for recipient in [None, *(r.id for r in policy.recipients)])
            shown = any(text == names[category.id] or text.startswith(names[category.id] + " (")
                        for text in listed)
            if allowed:
                assert shown, (purpose, category.id)
            elif shown:  # shown only as the parent of an allowed child
                assert any(text.startswith(names[category.id]) and "only" in text
                           for text in listed), (purpose, category.id)


def test_example_has_words_not_codes_and_no_internal_rows() -> None:
    policy = load_file(EXAMPLE).policy
    text = text_of(get("art30-html").export(policy).data)
    for field in (*(t for t in TITLES if t != SALE), "Joint controllers",
                  "Representative (GDPR Art. 27)", "Data protection officer", "Record created",
                  "Record last updated"):
        assert field in text, field
    for internal in ("Purpose id", "Allowed by rules", "legitimate_interests",
                     "standard_contractual_clauses", "(DE)", "Establishment: DE",
                     "account_management"):
        assert internal not in text, internal
    assert "Established in Germany" in text
    assert "DPA-2023-002 Deskwise DPA" in text and "Done: DPIA-2025-02" in text
    assert "Northwind UK Representative Ltd" in text and "Trailhead Partner Network" in text
    for purpose in policy.purposes:
        assert " ".join((purpose.name or purpose.id).split()) in text


def test_processor_record_names_each_controller_and_its_processing() -> None:
    record = build_processor_record(small())
    [client] = record.clients
    assert client.name == "Client plc"
    assert dict(client.facts)["Processing contract (GDPR Art. 28)"] == "DPA-9"
    [activity] = client.activities
    assert activity.name == "Hosting for the client"
    assert [f.title for f in activity.fields] == list(PROCESSOR_TITLES)
    assert lines(activity, DATA) == ["Contact details, of which only:", "  Email address"]
    assert all(a.purpose.on_behalf_of is None for a in build_record(small()).activities)
    text = text_of(get("art30-processor-html").export(small()).data)
    assert "On behalf of Client plc" in text and "GDPR Art. 30(2)" in text
    assert "2.1.1. Hosting for the client" in text
    empty = text_of(get("art30-processor-html").export(load_file(EXAMPLE).policy).data)
    assert "processes no personal data on behalf of other controllers" in empty


def hostile() -> Policy:
    policy = small()
    policy.policy.title = SCRIPT
    policy.policy.organisation = "=HYPERLINK(\"http://evil.example\",\"x\")"
    policy.policy.security_measures[0].name = SCRIPT
    policy.purposes[0].name = SCRIPT
    policy.purposes[0].description = f'-2+3 "quoted"\nsecond line {ATTRIBUTE}'
    policy.categories[1].name = "@SUM(1+1)"
    policy.recipients[1].name = f"+CRM; Corp, {ATTRIBUTE}"
    return policy


@pytest.mark.parametrize(("name", "delimiter"), [("art30-csv", ","),
                                                 ("art30-csv-semicolon", ";"),
                                                 ("art30-processor-csv", ","),
                                                 ("art30-processor-csv-semicolon", ";")])
def test_csv_reads_back_in_its_dialect_with_bom_and_no_formulas(name: str,
                                                               delimiter: str) -> None:
    policy = hostile()
    result = get(name).export(policy)
    assert result.data is not None and result.data.startswith(b"\xef\xbb\xbf")
    assert not result.data[3:].startswith(b"sep=")
    table = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"), newline=""),
                            delimiter=delimiter))
    assert len({len(row) for row in table}) == 1 and len(table) >= 2
    for row in table[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
        assert row[-1] == digest(policy) == result.digest
    row = dict(zip(table[0], table[1], strict=True))
    assert row["Processor" if "processor" in name else "Controller"].startswith("'=HYPERLINK")
    if "processor" not in name:
        assert row["Purposes of the processing"] == \
            f'\'-2+3 "quoted"\nsecond line {ATTRIBUTE}'
        assert f"+CRM; Corp, {ATTRIBUTE}" in row[RECIPIENTS]
        assert row[DATA] == "Contact details\n    @SUM(1+1)"


def test_hostile_text_is_escaped_in_html() -> None:
    for name in ("art30-html", "art30-processor-html"):
        html = get(name).export(hostile()).data.decode("utf-8")  # type: ignore[union-attr]
        assert SCRIPT not in html and ATTRIBUTE not in html
        parser = parsed(html)
        assert all(tag != "script" for tag, _ in parser.tags)
        assert all(not attr.startswith("on") for _, attrs in parser.tags for attr, _ in attrs)
        assert SCRIPT in "".join(parser.parts)


def test_html_is_self_contained_and_deterministic() -> None:
    policy = load_file(EXAMPLE).policy
    result = get("art30-html").export(policy)
    assert result.data == get("art30-html").export(policy).data
    html = result.data.decode("utf-8")  # type: ignore[union-attr]
    assert html.count(result.digest) >= 2
    assert "<script" not in html and not re.search(r"(src|href)=", html)


@pytest.mark.parametrize("name", ["art30-pdf", "art30-processor-pdf"])
def test_pdf_has_pages_with_numbers(name: str) -> None:
    import datetime as dt
    import io

    from pypdf import PdfReader

    from app.exporters.pdf.record import render_pdf

    build = build_record if name == "art30-pdf" else build_processor_record
    when = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    data, count = render_pdf(build(small()), now=when)
    assert data.startswith(b"%PDF") and count > 0
    assert render_pdf(build(small()), now=when)[0] == data  # same content and time, same bytes
    exported = get(name).export(small()).data
    assert isinstance(exported, bytes) and exported.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == count
    assert reader.metadata.creation_date.replace(tzinfo=dt.UTC) == when
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Page {count} of {count}" in text and "Page 1 of" in text
    assert "Record of processing activities" in text


def test_a_format_1_use_without_recipient_reaches_each_recipient_decide_allows() -> None:
    """In format 1 a rule without recipients covers any recipient: the record lists them."""
    policy = notice_policy(V1)
    engine = DecisionEngine(policy, region_catalogue())
    assert engine.decide(Request("email", "orders", None, "mailer", None,
                                 ConsentState.GRANTED)).allowed
    orders = build_record(policy).activities[0]
    assert lines(orders, RECIPIENTS) == ["Processors", "  Mailer Inc., Germany"]
