"""The policy document, the Art. 30 record (HTML and CSV) and the redline say every purpose's
bases per region, assessment, balancing test, automated decisions and sale/GPC; hostile text in
them stays text."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from typing import Any

import pytest

from app.domain.diff import diff_policies
from app.domain.models import Policy
from app.exporters.art30 import build_record
from app.exporters.art30_fields import AUTOMATED, BASIS, INTERESTS, SALE
from app.exporters.art30_html import render_html as art30_html
from app.exporters.policy_document import build_html
from app.exporters.redline_html import render_html as redline_html
from app.exporters.registry import get

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(1)> {{ 7*7 }}'


def _policy(**purpose: Any) -> Policy:
    return Policy.model_validate({
        "policy": {"id": "shop", "title": "Shop", "jurisdictions": ["eu_gdpr", "us_ca_cpra"]},
        "categories": [{"id": "orders", "name": "Orders"}],
        "purposes": [{"id": "scoring", "name": "Credit scoring", **purpose}],
        "rules": [{"id": "r1", "categories": ["orders"], "purposes": ["scoring"]}],
    })


FULL: dict[str, Any] = {
    "legal_basis": "legitimate_interests", "consent": "opt_in",
    "legal_bases": [{"basis": "consent", "regions": ["eea"], "note": f"note {EVIL}"}],
    "lia": f"LIA-7 {EVIL}", "balancing": f"balance {EVIL}",
    "automated_decisions": {"profiling": True, "solely_automated": True,
                            "logic": f"logic {EVIL}", "consequences": f"effect {EVIL}",
                            "safeguards": ["human_intervention", "contest"]},
    "sale": True, "sharing": True, "honours_gpc": True,
}
SAID = ["In the European Economic Area: consent", "lsewhere: legitimate interests",
        "solely by automated means",
        "People can obtain human intervention and contest the decision.",
        "sold and shared for cross-context behavioural advertising",
        # an opt-in purpose: decide lets a consent given outweigh the signal
        "A Global Privacy Control signal does not withdraw a consent given"]
TEXTS = [f"note {EVIL}", f"LIA-7 {EVIL}", f"balance {EVIL}", f"logic {EVIL}", f"effect {EVIL}"]


class Text(HTMLParser):
    """The text and the tags of a document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.chunks: list[str] = []
        self.feed(html)
        self.text = " ".join("".join(self.chunks).split())

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def _documents() -> dict[str, str]:
    before, after = _policy(legal_basis="contract"), _policy(**FULL)
    return {"policy": build_html(after), "art30": art30_html(build_record(after)),
            "redline": redline_html(diff_policies(before, after), "old", "new")}


@pytest.mark.parametrize("kind", ["policy", "art30"])
def test_documents_say_the_new_fields_and_escape_them(kind: str) -> None:
    parsed = Text(_documents()[kind])
    assert not {"script", "img"} & parsed.tags
    for words in [*SAID, *TEXTS]:
        assert " ".join(words.split()) in parsed.text, (kind, words)


def test_the_redline_shows_the_new_fields_as_text() -> None:
    parsed = Text(_documents()["redline"])
    assert not {"script", "img"} & parsed.tags
    for words in TEXTS:
        assert words in parsed.text, words
    assert "basis: consent, note: note" in parsed.text and "regions: eea" in parsed.text
    assert "Automated decisions solely automated decisions" in parsed.text
    assert "human intervention, contest" in parsed.text


def _csv_row(policy: Policy) -> dict[str, str]:
    data = get("art30-csv").export(policy).data
    assert data is not None
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return dict(zip(rows[0], rows[1], strict=True))


def test_art30_csv_has_the_new_columns() -> None:
    row = _csv_row(_policy(**FULL))
    basis = row[BASIS]
    assert "In the European Economic Area: consent (GDPR Art. 6(1)(a))" in basis
    assert "note <" in basis
    assert "Balancing test: balance" in row[INTERESTS]
    assert "solely by automated means" in row[AUTOMATED]
    assert "Global Privacy Control" in row[SALE]
    empty = _csv_row(_policy(legal_basis="contract"))
    assert empty[AUTOMATED] == "none recorded" and empty[SALE] == "none"
