"""The consent and GPC table: every cell is what ``decide`` answers; hostile text stays text."""

from __future__ import annotations

import csv
import io
import json
import random
from html.parser import HTMLParser
from typing import Any

import pytest

from app.domain.allowed import allowed_uses
from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.purpose_choices import Cell, cell_words, purpose_choices
from app.exporters.gpc_table import CELL_COLUMNS, COLUMNS, export_csv, export_html, rows
from app.exporters.registry import LEGAL, audience_of, get
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from app.storage.spreadsheet import restore
from bench.generate import generate
from tests.consent_policy import CONSENT_POLICY, consent_policy

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }} \u202eevil'
STATES = [(s, g) for s in (ConsentState.GRANTED, ConsentState.DENIED, ConsentState.UNKNOWN)
          for g in (False, True)]
SMALL_LARGE = {"categories": 400, "purposes": 40, "subjects": 8, "recipients": 12,
               "rules": 500, "retention": 40}


def csv_table(policy: Any) -> list[dict[str, str]]:
    text = (export_csv(policy).data or b"").decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert tuple(lines[0]) == COLUMNS
    return [dict(zip(COLUMNS, (restore(c) for c in line), strict=True)) for line in lines[1:]]


def generated() -> Any:
    policy = load_bytes(generate(seed=7, sizes=SMALL_LARGE).encode(), "large.policy.yaml").policy
    purposes = [p.model_copy(update={"honours_gpc": i % 2 == 0})
                for i, p in enumerate(policy.purposes)]
    return policy.model_copy(update={"purposes": purposes})


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy, generated()],
                         ids=["consent", "example", "generated"])
def test_each_csv_cell_is_decide_on_the_rows_example_request(policy: Any) -> None:
    engine = DecisionEngine(policy, region_catalogue())
    table = csv_table(policy)
    assert [r["Purpose id"] for r in table] == [c.purpose for c in purpose_choices(policy)]
    for row in table:
        assert row["Digest"] == digest(policy)
        if not row["Example request"]:
            assert {row[c] for c in CELL_COLUMNS} == {"No use allowed"}
            continue
        example = json.loads(row["Example request"])
        assert example["purpose"] == row["Purpose id"]
        for column, (consent, gpc) in zip(CELL_COLUMNS, STATES, strict=True):
            request = Request.from_dict({**example, "consent": consent.value, "gpc": gpc})
            answer = engine.decide(request)
            assert (row[column] == "Allowed") is answer.allowed, (row["Purpose id"], column)
            assert row[column] == cell_words_of(answer, consent, gpc)
        assert row["Consent mechanism"] == engine.mechanism(row["Purpose id"])
        # as the HTML says it: only an opt-out purpose has a choice the signal can make
        honoured = engine.honours_gpc(row["Purpose id"]) and \
            engine.mechanism(row["Purpose id"]) is ConsentMechanism.OPT_OUT
        assert row["Honours GPC"] == ("yes" if honoured else "no")


def cell_words_of(answer: Any, consent: ConsentState, gpc: bool) -> str:
    return cell_words(Cell(consent, gpc, answer))


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy],
                         ids=["consent", "example"])
def test_the_cells_hold_for_every_allowed_use_not_only_the_example(policy: Any) -> None:
    regions = region_catalogue()
    engine = DecisionEngine(policy, regions)
    by_purpose = {row.choice.purpose: row for row in rows(policy)}
    for use in allowed_uses(policy, regions=regions):
        row = by_purpose[use.purpose]
        for (words, allowed), (consent, gpc) in zip(row.cells, STATES, strict=True):
            answer = engine.decide(Request(use.category, use.purpose, use.subject,
                                           use.recipient, use.region, consent, gpc))
            assert allowed is answer.allowed
            assert words == cell_words_of(answer, consent, gpc)


def test_sampled_uses_of_the_generated_policy() -> None:
    policy = generated()
    regions = region_catalogue()
    engine = DecisionEngine(policy, regions)
    by_purpose = {row.choice.purpose: row for row in rows(policy)}
    uses = allowed_uses(policy, regions=regions)
    for use in random.Random(3).sample(uses, min(300, len(uses))):
        for (words, _), (consent, gpc) in zip(by_purpose[use.purpose].cells, STATES,
                                              strict=True):
            answer = engine.decide(Request(use.category, use.purpose, use.subject,
                                           use.recipient, use.region, consent, gpc))
            assert words == cell_words_of(answer, consent, gpc)


class Parsed(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_html_lists_every_purpose_with_words_and_stays_text() -> None:
    text = CONSENT_POLICY.replace("name: Ads elsewhere", f"name: {json.dumps(HOSTILE)}")
    policy = consent_policy(text)
    html = (export_html(policy, errors=2).data or b"").decode()
    parsed = Parsed(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    shown = "".join(parsed.text).replace("\u2068", "").replace("\u2069", "")
    assert HOSTILE in shown and "{{ 7*7 }}" in shown
    for row in rows(policy):
        assert row.words in shown
    assert "Refused: GPC counts as opting out" in shown
    assert "DRAFT" in shown and "2 error findings" in shown
    assert html.count(digest(policy)) >= 3  # meta, header, footer
    assert get("gpc-table-html").export(policy, 2).data == html.encode()
    for name in ("gpc-table-html", "gpc-table-csv"):
        assert audience_of(get(name)) == LEGAL


def test_the_csv_is_safe_for_spreadsheets() -> None:
    policy = consent_policy(CONSENT_POLICY.replace("name: Orders", "name: '=HYPERLINK(1)'"))
    data = export_csv(policy).data or b""
    assert b",'=HYPERLINK(1)," in data
    assert next(r for r in csv_table(policy) if r["Purpose id"] == "orders")["Purpose"] == \
        "=HYPERLINK(1)"


def test_selling_without_honouring_gpc_is_flagged() -> None:
    policy = consent_policy(CONSENT_POLICY.replace(
        "consent: opt_out, legal_basis: legitimate_interests}",
        "consent: opt_out, legal_basis: legitimate_interests, sale: true}"))
    flagged = {row.choice.purpose: row.warning for row in rows(policy)}
    assert flagged["email"].startswith("Personal information is sold or shared, but a GPC")
    assert flagged["ads"] == ""  # sold too, but GPC counts as opting out
    assert flagged["orders"] == ""
    table = {r["Purpose id"]: r for r in csv_table(policy)}
    assert table["email"]["What a GPC signal does"].endswith("it must (11 CCR 7025).")
    html = (export_html(policy).data or b"").decode()
    assert '<span class="warning">Personal information is sold or shared' in html


def test_the_example_names_the_subject_and_recipient_as_people_read_them() -> None:
    """Not "to cloud_host": the name first, the id decide takes after it."""
    policy = load_file(EXAMPLE).policy
    said = {row.choice.purpose: row.example for row in rows(policy)}
    assert said["account_management"] == (
        "Name (contact.name) to Cirrus Hosting Ireland Ltd (cloud_host)")
    assert said["product_reviews"].endswith(" about Customers (customer)")
