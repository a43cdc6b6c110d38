"""Art. 30 records against the decision engine, and what a regulator's reviewer reads: automated
decisions from the policy's data, unknown controllers kept, transfer and retention wording,
a CSV with stable columns and a sensible formula guard, PDF bookmarks, large policies."""

from __future__ import annotations

import csv
import io
import random

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.ids import lineage
from app.domain.models import Policy
from app.domain.region_codes import ANY_RECIPIENT
from app.exporters.art30 import Activity, Art30Record, build_processor_record, build_record
from app.exporters.art30_csv import csv_rows
from app.exporters.art30_fields import (
    AUTOMATED,
    CONDITION,
    DATA,
    RECIPIENTS,
    RETENTION,
    SALE,
    SECURITY,
    SUBJECTS,
    TRANSFERS,
)
from app.exporters.registry import get
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from app.storage.spreadsheet import neutralise
from bench.generate import _REGIONS as REGIONS
from bench.generate import generate
from tests.exporters.test_art30 import EXAMPLE, POLICY, small


def shown(activity: Activity, title: str) -> set[str]:
    """The ids the lines of field ``title`` stand for."""
    return {i for line in activity.field(title).lines for i in line.ids}


def texts(activity: Activity, title: str) -> list[str]:
    return [line.text for line in activity.field(title).lines]


def _allowed(engine: DecisionEngine, category: str, purpose: str, subject: str | None,
             recipient: str | None, regions: tuple[str | None, ...] = (None,)) -> bool:
    return any(engine.decide(Request(category, purpose, subject, recipient, region,
                                     ConsentState.GRANTED), with_retention=False).allowed
               for region in regions)


def _check_sound(policy: Policy, engine: DecisionEngine, activity: Activity) -> None:
    """Every category, subject and recipient the activity shows is in some allowed use."""
    assert len(activity.purposes) == 1
    purpose = activity.purpose.id
    subjects = [None, *(s.id for s in policy.subjects)]
    recipients = [None, ANY_RECIPIENT, *(r.id for r in policy.recipients)]
    categories = shown(activity, DATA)
    regions = (None, *{g for rule in policy.rules for g in rule.regions})
    names = {c.id: c.name or c.id for c in policy.categories}
    for category in categories:
        assert any(names.get(category, category) in t for t in texts(activity, DATA))
    for subject in shown(activity, SUBJECTS) - {""}:
        assert any(_allowed(engine, c, purpose, s, r, regions) for c in categories
                   for r in recipients for s in subjects
                   if s is not None and subject in lineage(s)), (purpose, subject)
    for recipient in shown(activity, RECIPIENTS):
        assert any(_allowed(engine, c, purpose, s, recipient, regions) for c in categories
                   for s in subjects), (purpose, recipient)


def _check_complete(policy: Policy, activity: Activity, category: str, subject: str | None,
                    recipient: str | None) -> None:
    """An allowed use is shown: its category, its subject (or any), its recipient."""
    key = (activity.number, category, subject, recipient)
    assert category in shown(activity, DATA), key
    people = shown(activity, SUBJECTS)
    assert "" in people or (subject is not None and set(lineage(subject)) & people), key
    if recipient is None:
        return
    kinds = {r.id: r.kind for r in policy.recipients}
    reached = shown(activity, RECIPIENTS)
    assert set(lineage(recipient)) & reached or (
        ANY_RECIPIENT in reached and kinds.get(recipient) != "internal"), key


def test_example_record_agrees_with_decide_for_categories_subjects_and_recipients() -> None:
    policy = load_file(EXAMPLE).policy
    engine = DecisionEngine(policy, region_catalogue())
    subjects = [None, *(s.id for s in policy.subjects)]
    recipients = [None, ANY_RECIPIENT, *(r.id for r in policy.recipients)]
    for activity in build_record(policy).activities:
        _check_sound(policy, engine, activity)
        for category in policy.categories:
            for subject in subjects:
                for recipient in recipients:
                    if _allowed(engine, category.id, activity.purpose.id, subject, recipient):
                        _check_complete(policy, activity, category.id, subject, recipient)


@pytest.fixture(scope="module")
def generated() -> tuple[Policy, Art30Record]:
    """A generated policy of the large size and its record (built once)."""
    policy = load_bytes(generate(7).encode(), "large.policy.yaml").policy
    return policy, build_record(policy)


def test_generated_record_agrees_with_decide(generated: tuple[Policy, Art30Record]) -> None:
    policy, record = generated
    engine = DecisionEngine(policy, region_catalogue())
    rng = random.Random(3)
    subjects = [None, *(s.id for s in policy.subjects)]
    recipients = [None, ANY_RECIPIENT, *(r.id for r in policy.recipients)]
    assert len(record.activities) == 30  # 300 purposes: one activity per family of ten
    assert [len(a.purposes) for a in record.activities] == [10] * 30
    for activity in rng.sample(record.activities, 3):
        ids = [p.id for p in activity.purposes]
        rules = [r for r in policy.rules if r.effect == "allow" and set(r.purposes) & set(ids)]
        assert rules
        for _ in range(4000):  # requests near an allow rule, so that many are allowed
            rule = rng.choice(rules)
            purpose = rng.choice([p for p in rule.purposes if p in ids])
            category = rng.choice(rule.categories)
            subject = rng.choice(rule.subjects or subjects)
            recipient = rng.choice(rule.recipients or recipients)
            if _allowed(engine, category, purpose, subject, recipient):
                _check_complete(policy, activity, category, subject, recipient)
        listed = shown(activity, DATA)  # and nothing is shown that no purpose may use
        for category in rng.sample(sorted(listed), 30):
            near = [r for r in rules if category in r.categories]  # leaves only in these rules
            assert any(_allowed(engine, category, p, s, r, (None, *REGIONS)) for rule in near
                       for p in rule.purposes if p in ids for s in rule.subjects or [None]
                       for r in rule.recipients or [None]), category


PROFILES = POLICY.replace(
    "  - {id: hosting,",
    "  - {id: scoring, name: Scoring, kind: profiling, legal_basis: contract}\n"
    "  - {id: plain, name: Plain, legal_basis: contract,\n"
    "     automated_decisions: {profiling: false, solely_automated: false}}\n"
    "  - {id: ghost_work, name: Ghost work, legal_basis: contract, on_behalf_of: ghost}\n"
    "  - {id: recs, name: Recs, kind: personalisation, legal_basis: consent}\n"
    "  - {id: stats, name: Stats, kind: analytics, legal_basis: consent}\n"
    "  - {id: hosting,").replace(
    "\nsubjects:\n",
    "\n  - {id: segments, name: Interest segments, sources: [{kind: inferred}]}\nsubjects:\n"
).replace(
    "  - {id: host,",
    "  - {id: score, effect: allow, categories: [contact], purposes: [scoring, plain]}\n"
    "  - {id: targeting, effect: allow, categories: [segments], purposes: [recs, stats]}\n"
    "  - {id: ghost_rule, effect: allow, categories: [contact], purposes: [ghost_work]}\n"
    "  - {id: host,")


def profiles() -> Policy:
    return load_bytes(PROFILES.encode(), "profiles.policy.yaml").policy


def test_automated_decisions_come_from_the_policy_data() -> None:
    record = {a.purpose.id: a for a in build_record(profiles()).activities}
    scoring = " ".join(texts(record["scoring"], AUTOMATED))
    assert "profiling kind" in scoring and scoring.startswith("Not recorded")
    assert texts(record["plain"], AUTOMATED) == [
        "No profiling and no decision taken solely by automated means."]
    recs = " ".join(texts(record["recs"], AUTOMATED))
    assert recs.startswith("Not recorded") and "inferred about people (Interest segments)" in recs
    assert texts(record["stats"], AUTOMATED) == []  # counting is not evaluating people
    assert texts(record["newsletter"], AUTOMATED) == []  # nothing suggests any
    assert record["newsletter"].field(AUTOMATED).empty == "none recorded"


def test_a_purpose_for_an_unknown_controller_is_kept_with_its_name() -> None:
    policy = profiles()
    assert "ghost_work" not in {a.purpose.id for a in build_record(policy).activities}
    record = build_processor_record(policy)
    party = next(c for c in record.clients if "ghost" in c.name)
    assert "not listed" in party.name
    assert [a.purpose.id for a in party.activities] == ["ghost_work"]
    text = get("art30-processor-html").export(policy).data.decode()  # type: ignore[union-attr]
    assert "Ghost work" in text and "ghost (not listed" in text
    assert '<span class="warning">NOT LISTED under Processing for controllers</span>' in text


EEA = POLICY.replace("country: IN}", "country: FR}").replace(
    "country: IN,\n", "country: NL,\n").replace(
    "duration: P2Y, trigger: consent_withdrawal,",
    "duration: P8Y, trigger: collection, period_start: end_of_financial_year,")


def test_transfers_inside_the_eea_say_so_and_retention_is_in_words() -> None:
    policy = load_bytes(EEA.encode(), "eea.policy.yaml").policy
    care = build_record(policy).activities[1]
    assert texts(care, TRANSFERS) == [
        "No transfer outside the EEA: every recipient is in the EEA (Court abroad: "
        "Netherlands)."]
    news = build_record(policy).activities[0]
    said = " ".join(texts(news, TRANSFERS))
    assert "Mailer Inc. to United States: standard contractual clauses" in said
    assert "NO SAFEGUARD" not in said and "none recorded" not in said.lower()
    retention = " ".join(texts(news, RETENTION))
    assert "8 years after the end of the financial year" in retention
    assert "P8Y" not in retention and "end_of_financial_year" not in retention


def test_csv_columns_do_not_depend_on_the_data() -> None:
    bare = small()
    bare.policy.establishment = None
    bare.policy.jurisdictions = []
    headers = {tuple(csv_rows(build_record(p))[0]) for p in
               (small(), bare, load_file(EXAMPLE).policy, profiles())}
    assert len(headers) == 1
    cpra = small()
    cpra.policy.jurisdictions = [*cpra.policy.jurisdictions, "us_ca_cpra"]  # type: ignore[list-item]
    assert tuple(csv_rows(build_record(cpra))[0]) in headers
    row = dict(zip(*csv_rows(build_record(small()))[:2], strict=True))
    assert row[SALE] == "not applicable (the CCPA/CPRA does not apply)"
    assert row["Established in"] == "Germany"
    assert row[CONDITION] == "none recorded"
    care = dict(zip(csv_rows(build_record(small()))[0], csv_rows(build_record(small()))[2],
                    strict=True))
    assert care[CONDITION] == "Explicit consent (GDPR Art. 9(2)(a))"
    bare_row = dict(zip(*csv_rows(build_record(bare))[:2], strict=True))
    assert bare_row["Established in"] == bare_row["Laws applied"] == "not recorded"
    processor = {tuple(csv_rows(build_processor_record(p))[0]) for p in (small(), bare)}
    assert len(processor) == 1


@pytest.mark.parametrize(("text", "written"), [
    ("-", "-"), ("+", "+"), ("", ""), ("none", "none"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("@SUM(A1)", "'@SUM(A1)"), ("-2+3", "'-2+3"), ("+1", "'+1"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("- item", "'- item"),
])
def test_formula_guard_only_where_needed(text: str, written: str) -> None:
    assert neutralise(text) == written


def test_csv_hostile_cells_read_back_guarded() -> None:
    policy = small()
    policy.policy.controller.phone = "+44 20 7946 0000"
    policy.purposes[0].description = "-"
    policy.categories[1].name = "\t=cmd|' /C calc'!A0"
    for name, delimiter in (("art30-csv", ","), ("art30-csv-semicolon", ";")):
        data = get(name).export(policy).data
        assert data is not None and data.startswith(b"\xef\xbb\xbf")
        assert b"\n" not in data.split(b"\r\n")[0]  # rows end in CRLF, as Excel writes
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                               delimiter=delimiter))
        row = dict(zip(rows[0], rows[1], strict=True))
        assert "+44 20 7946 0000" in row["Contact details"]
        assert row["Purposes of the processing"] == "-"
        assert row[DATA] == "Contact details\n    \t=cmd|' /C calc'!A0"
        for cell in (c for r in rows for c in r):
            assert not cell.startswith(("=", "@", "\t", "\r")), cell


def test_pdf_has_a_bookmark_per_activity() -> None:
    from pypdf import PdfReader

    from app.exporters.pdf.record import render_pdf

    data, _ = render_pdf(build_record(small()))
    reader = PdfReader(io.BytesIO(data))

    def titles(items: list) -> list[str]:  # type: ignore[type-arg]
        found: list[str] = []
        for item in items:
            found += titles(item) if isinstance(item, list) else [item.title]
        return found

    marks = titles(reader.outline)
    for wanted in ("1. Newsletter", "2. Care", "2.1. Care claims", "2. Processing activities"):
        assert wanted in marks, (wanted, marks)
    [part] = [item for item in reader.outline if isinstance(item, list)]
    assert [m.title for m in part if not isinstance(m, list)] == ["1. Newsletter", "2. Care"]
    assert [m.title for m in part[-1]] == ["2.1. Care claims"]  # within its parent


def test_large_activities_group_categories_by_family(
        generated: tuple[Policy, Art30Record]) -> None:
    record = generated[1]
    widest = max(record.activities, key=lambda a: len(shown(a, DATA)))
    assert len(shown(widest, DATA)) > 40
    lines = widest.field(DATA).lines
    assert len(lines) <= 25  # one line per family, not one per item
    assert all(line.text.startswith("Category area") for line in lines)
    assert len(widest.field(RETENTION).lines) <= 12


def test_obligations_are_named_in_words() -> None:
    accounts = build_record(load_file(EXAMPLE).policy).activities[0]
    [required, _] = texts(accounts, SECURITY)
    assert required == "Required by the rules for these uses: encryption, data minimisation"


def test_people_nest_by_family_and_children_are_shown_as_such() -> None:
    text = POLICY.replace(
        "  - {id: customer, name: Customers}",
        "  - {id: customer, name: Customers}\n"
        "  - {id: customer.young, name: Young customers, children: true, age_max: 15}").replace(
        "subjects: [customer], recipients: [mailer, crm]}",
        "subjects: [customer, customer.young], recipients: [mailer, crm]}")
    news = build_record(load_bytes(text.encode(), "young.policy.yaml").policy).activities[0]
    assert [("  " * line.depth) + line.text for line in news.field(SUBJECTS).lines] == [
        "Customers", "  Young customers (aged 15 or under, children)"]
