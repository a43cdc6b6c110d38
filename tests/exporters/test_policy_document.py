"""The policy document: HTML (escaped, deterministic, complete) and PDF (real text extraction)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.domain.models import Policy
from app.exporters.policy_document import CHAPTERS, build_html
from app.exporters.policy_words import RuleWriter
from app.exporters.registry import get, run_export
from app.paths import EXAMPLES, ROOT
from app.storage.loader import load_bytes, load_file

pypdf = pytest.importorskip("pypdf")

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
HOSTILE = '<script>alert(1)</script>'
ATTRIBUTE = '" onmouseover=alert(1) x="'
SMALL = b"""\
format_version: 1
policy:
  id: small
  title: Small policy
  effective_date: 2026-01-01
categories:
  - id: contact.email
    name: Email address
subjects:
  - id: customer
    name: customers
recipients:
  - id: mailer
    name: Mail Co
purposes:
  - id: newsletter
    name: the newsletter
    consent: opt_in
  - id: research
    name: research
    consent: opt_out
  - id: ads
    name: ads
rules:
  - id: news
    categories: [contact.email]
    purposes: [newsletter]
    subjects: [customer]
  - id: study
    categories: [contact.email]
    purposes: [research]
    recipients: [mailer]
    obligations: [pseudonymise]
  - id: no_ads
    effect: deny
    categories: [contact.email]
    purposes: [ads]
retention:
  - id: keep
    categories: [contact.email]
    duration: P2Y
    trigger: consent_withdrawal
"""


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


@pytest.fixture(scope="module")
def example_pdf_text(example: Policy) -> str:
    data = run_export(get("pdf"), example).data
    assert data is not None and data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    meta = example.policy
    # Header and footer are painted after the body, so they end each page's text.
    furniture = re.compile(rf"\s*{re.escape(meta.title)}\s*Version {re.escape(meta.version)}"
                           r"\s*DRAFT - not approved"
                           r"\s*Content digest (sha256:[0-9a-f]{64})\s*Page (\d+) of (\d+)\s*$")
    bodies = []
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text().replace("\t", " ")
        match = furniture.search(text)
        assert match, f"page {number} has no header and footer"
        assert match.group(1) == digest(example)
        assert (int(match.group(2)), int(match.group(3))) == (number, len(reader.pages))
        bodies.append(text[:match.start()])
    return "\n".join(bodies) + f"\nPage 1 of {len(reader.pages)}"


def squash(text: str) -> str:
    """Text with all whitespace removed (PDF extraction breaks lines anywhere)."""
    return re.sub(r"\s+", "", text)


def in_order(needle: str, haystack: str) -> bool:
    """Every word of ``needle`` appears in ``haystack`` in order; only a short stretch (a table
    cell split over a page break, with the repeated table header) may come between words."""
    pattern = r".{0,400}?".join(re.escape(word) for word in needle.split())
    return re.search(pattern, haystack, re.DOTALL) is not None


def test_rules_read_as_plain_sentences() -> None:
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    writer = RuleWriter(policy)
    news, study, no_ads = (writer.sentence(r) for r in policy.rules)
    assert news == ("Email address of customers may be used for the newsletter only with their "
                    "consent; they are kept 2 years after consent withdrawal, then deleted.")
    assert study == ("Email address may be used for research unless they object and may be "
                     "shared with Mail Co, after being pseudonymised; they are kept 2 years "
                     "after consent withdrawal, then deleted.")
    assert no_ads == "Email address must not be used for ads."


def test_any_recipient_reads_as_anyone_never_as_a_star() -> None:
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    policy.rules[0].recipients = ["*"]
    policy.rules[2].recipients = ["*"]
    writer = RuleWriter(policy)
    news, _, no_ads = (writer.sentence(r) for r in policy.rules)
    assert "may be shared with anyone" in news
    assert no_ads == "Email address must not be used or shared with anyone for ads."
    body = re.sub(r"<style>.*?</style>", "", build_html(policy), flags=re.DOTALL)
    assert "*" not in body


def test_html_is_self_contained_deterministic_and_carries_the_digest(example: Policy) -> None:
    result = run_export(get("html"), example)
    assert get("html").suffix == ".html"
    assert result.digest == digest(example)
    assert result.data == run_export(get("html"), example.model_copy(deep=True)).data
    text = result.data.decode("utf-8")
    assert digest(example) in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)
    assert "<link" not in text and "<script" not in text
    for item in (*example.categories, *example.purposes, *example.recipients,
                 *example.subjects):
        assert item.name.replace("&", "&amp;") in text


def test_hostile_names_are_escaped_everywhere(example: Policy) -> None:
    policy = example.model_copy(deep=True)
    policy.policy.title = HOSTILE
    policy.policy.organisation = ATTRIBUTE
    policy.categories[0].name = HOSTILE
    policy.categories[1].description = ATTRIBUTE
    policy.purposes[0].name = ATTRIBUTE
    policy.purposes[0].lia = HOSTILE
    policy.recipients[0].name = HOSTILE
    policy.subjects[0].name = ATTRIBUTE
    policy.rules[0].description = HOSTILE
    policy.retention[0].citation = HOSTILE
    policy.policy.security_measures[0].name = ATTRIBUTE
    text = build_html(policy)
    assert "<script" not in text.lower()
    assert ATTRIBUTE not in text

    class Attributes(HTMLParser):
        names: set[str] = set()
        shown: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.names.update(name for name, _ in attrs)

        def handle_data(self, data: str) -> None:
            self.shown.append(data)

    parser = Attributes()
    parser.feed(text)
    assert not any(name.startswith("on") for name in parser.names)
    shown = "".join(parser.shown)
    assert HOSTILE in shown and ATTRIBUTE in shown  # shown as text, exactly


def test_pdf_text_contains_every_item_and_the_digest(example: Policy,
                                                    example_pdf_text: str) -> None:
    found = squash(example_pdf_text)
    for item in (*example.categories, *example.purposes, *example.recipients,
                 *example.subjects):
        assert squash(item.name) in found, item.id
    for rule in example.rules:
        assert squash(f"[{rule.id}]") in found, rule.id
    for retention in example.retention:
        assert in_order(retention.citation, found), retention.id
    assert squash(digest(example)) in found
    assert "Page 1 of" in example_pdf_text
    assert example.policy.title in example_pdf_text


def test_pdf_contents_list_the_pages_of_sections(example_pdf_text: str) -> None:
    contents = example_pdf_text[re.search(r"C\s*ontents", example_pdf_text).end():]  # type: ignore[union-attr]
    numbers = []
    for _anchor, title in CHAPTERS:
        found = re.search(rf"{re.escape(title)}\s*\n(\d+)\n", contents)
        assert found, title
        numbers.append(int(found.group(1)))
    assert numbers == sorted(numbers) and numbers[0] == 3


def test_a_draft_pdf_is_dated_when_exported_and_otherwise_deterministic() -> None:
    import datetime as dt

    from app.exporters.pdf.document import pdf_bytes

    policy = load_bytes(SMALL, "small.policy.yaml").policy
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = run_export(get("pdf"), policy).data
    after = dt.datetime.now(dt.UTC)
    reader = pypdf.PdfReader(io.BytesIO(first))
    stamp = reader.metadata["/CreationDate"]
    created = dt.datetime.strptime(stamp[2:16], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    assert before <= created <= after, stamp
    assert reader.metadata["/ModDate"] == stamp
    text = reader.pages[0].extract_text().replace("\t", " ")
    assert "Small policy" in text and "Page 1 of" in text
    when = dt.datetime(2026, 5, 4, 3, 2, 1, tzinfo=dt.UTC)
    assert pdf_bytes(policy, now=when) == pdf_bytes(policy.model_copy(deep=True), now=when)
    assert pypdf.PdfReader(io.BytesIO(pdf_bytes(policy, now=when))).metadata[
        "/CreationDate"].startswith("D:20260504030201")


def test_an_approved_pdf_is_dated_by_its_approval_and_renders_the_same_bytes() -> None:
    import datetime as dt

    from app.domain.models import Approval
    from app.exporters.pdf.document import pdf_bytes

    policy = load_bytes(SMALL, "small.policy.yaml").policy
    content = digest(policy)
    policy.policy.status = "approved"  # type: ignore[assignment]
    policy.policy.approvals = [Approval(name="Ann Lee", role="DPO", date=dt.date(2026, 2, 3),
                                        digest=content)]
    first = pdf_bytes(policy)
    later = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    assert pdf_bytes(policy, now=later) == first
    created = pypdf.PdfReader(io.BytesIO(first)).metadata["/CreationDate"]
    assert created.startswith("D:20260203000000")


def test_cli_exports_a_pdf_without_a_display(tmp_path: Path) -> None:
    target = tmp_path / "policy.pdf"
    code = ("import sys; from app.cli import main; "
            f"code = main(['export', {str(EXAMPLE)!r}, '--format', 'pdf', '-o', "
            f"{str(target)!r}]); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert digest(load_file(EXAMPLE).policy) in done.stdout


def test_listing_formats_does_not_load_qt() -> None:
    code = ("import sys; from app.exporters.registry import exporters; "
            "names = [e.name for e in exporters()]; assert 'pdf' in names and 'html' in names; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_retention_schedule_reads_as_a_schedule_with_every_new_field() -> None:
    from tests.retention_schedule_policy import parish_policy

    html = run_export(get("html"), parish_policy()).data.decode("utf-8")
    html = html.replace("&#39;", "'")
    for text in ("6 years after the end of the financial year (starting 1 April) in which the "
                 "contract ended (P6Y)", "Delete or anonymise",
                 "for the life of the account, counted from account closure",
                 "at least 6 years and at most 7 years after the end of the calendar year in "
                 "which the employee left", "Legal hold: statutory duty to keep.",
                 "40 years after insurance commenced or was renewed", "Deletion by the person"):
        assert text in html, text


def test_regions_read_as_names_with_codes() -> None:
    from app.domain.models import RegionGroup

    policy = load_bytes(SMALL, "small.policy.yaml").policy
    policy.policy.establishment = "US-CA"
    policy.regions = [RegionGroup(id="dach", name="German-speaking", members=["DE", "AT", "CH"],
                                  description="Where we sell in German.")]
    policy.rules[0].regions = ["eea", "dach"]
    mail = policy.recipients[0]
    mail.country, mail.countries, mail.stored_in = "IE", ["US"], ["eea"]
    writer = RuleWriter(policy)
    assert " in the European Economic Area (eea) or German-speaking (dach);" in writer.sentence(
        policy.rules[0])
    text = build_html(policy)
    assert "California (US-CA)" in text
    assert "Region groups" in text and "Germany (DE), Austria (AT) and Switzerland (CH)" in text
    assert ("Ireland (IE) and United States (US); stored in the European Economic Area (eea)"
            in text)
