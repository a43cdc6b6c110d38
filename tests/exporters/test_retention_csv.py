"""Retention schedule CSV: the export, and the cell convention it shares with the import.

The import of an edited schedule is tested in ``tests/importers``; it uses this module's policy.
"""

from __future__ import annotations

import csv
import io

import pytest

from app.domain.canonical import digest
from app.exporters.registry import get
from app.storage.loader import load_bytes
from app.storage.spreadsheet import RETENTION_COLUMNS as COLUMNS
from app.storage.spreadsheet import neutralise, restore

POLICY = """\
# Retention test policy: this comment must survive an import.
format_version: 1
policy:
  id: keep_test
  title: Keep test
categories:
  - id: contact
    name: Contact details
  - id: contact.email
    name: Email address
purposes:
  - id: newsletter
    name: Newsletter
retention:
  - id: keep_email   # the mailing list
    categories: [contact.email]
    purposes: [newsletter]
    duration: P2Y
    trigger: consent_withdrawal
    citation: GDPR Art. 7(3)
  - id: keep_contact
    description: Contact details, kept for claims.
    categories: [contact]
    duration: P3Y
    trigger: contract_end
    disposition: anonymise
    citation: "BGB §195, 199(1); three years"
    legal_hold: true
"""


def policy():  # type: ignore[no-untyped-def]
    return load_bytes(POLICY.encode(), "keep.policy.yaml").policy


def schedule_text(p=None) -> str:  # type: ignore[no-untyped-def]
    return get("retention-csv").export(p or policy()).data.decode("utf-8-sig")


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_export_has_one_row_per_rule_with_every_column_and_the_digest() -> None:
    p = policy()
    result = get("retention-csv").export(p)
    assert result.data is not None and result.data.startswith(b"\xef\xbb\xbf")
    assert result.data == get("retention-csv").export(policy()).data  # deterministic
    table = rows(result.data.decode("utf-8-sig"))
    assert table[0] == list(COLUMNS)
    email, contact = (dict(zip(table[0], row, strict=True)) for row in table[1:])
    assert email["Rule id"] == "keep_email" and email["Category ids"] == "contact.email"
    assert email["Categories"] == "Email address" and email["Purposes"] == "Newsletter"
    assert email["Duration (ISO 8601)"] == "P2Y" and email["Duration"] == \
        "2 years after consent withdrawal"
    assert email["Trigger"] == "consent_withdrawal" and email["Disposition"] == "delete"
    assert contact["Purposes"] == "any purpose" and contact["Legal hold"] == "yes"
    assert contact["Citation"] == "BGB §195, 199(1); three years"
    assert {email["Digest"], contact["Digest"]} == {digest(p)} == {result.digest}


@pytest.mark.parametrize("value", ["=1+1", "+x", "-x", "@SUM(A1)", "\tx", "\rx", "'x", "x"])
def test_neutralise_restore_round_trip(value: str) -> None:
    assert restore(neutralise(value)) == value
