"""Retention schedules as councils and companies write them: the format-2 columns, phrases,
a lossless round trip and hostile cells (file:row:column messages)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from app.domain.document import PolicyDocument
from app.domain.enums import Disposition, PeriodStart
from app.domain.models import Policy, RetentionRule
from app.exporters.registry import get
from app.importers.retention_phrases import parse_dispositions, parse_period
from app.importers.retention_schedule import plan_retention_import
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.spreadsheet import RETENTION_COLUMNS as COLUMNS
from app.validation.runner import run_checks
from tests.retention_schedule_policy import parish_policy

DATA = Path(__file__).parent / "data"


def applied(policy: Policy, schedule: Path) -> Policy:
    document = PolicyDocument(policy.model_copy(deep=True))
    document.apply(plan_retention_import(policy, schedule).batch())
    return document.policy


def exported(policy: Policy, path: Path) -> Path:
    data = get("retention-csv").export(policy).data
    assert data is not None
    path.write_bytes(data)
    return path


def table(policy: Policy) -> list[dict[str, str]]:
    data = get("retention-csv").export(policy).data
    assert data is not None
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize(("text", "duration", "start", "criteria", "event"), [
    ("Current year plus 6", "P6Y", PeriodStart.END_OF_CALENDAR_YEAR, "", ""),
    ("3 years plus current year", "P3Y", PeriodStart.END_OF_CALENDAR_YEAR, "", ""),
    ("6 complete financial years", "P6Y", PeriodStart.END_OF_FINANCIAL_YEAR, "", ""),
    ("18 months", "P18M", None, "", ""),
    ("P10Y", "P10Y", None, "", ""),
    ("Indefinite", "indefinite", None, "", ""),
    ("Permanent.", "indefinite", None, "", ""),
    ("40 years from the date of commencement", "P40Y", PeriodStart.EVENT, "",
     "the date of commencement"),
    ("Life of building", None, None, "Life of building", ""),
    ("Until superseded", None, None, "Until superseded", ""),
    ("  Term of office\t+ 1 year ", None, None, "Term of office + 1 year", ""),
    ("", None, None, "", ""),
])
def test_schedule_phrases(text: str, duration: str | None, start: PeriodStart | None,
                          criteria: str, event: str) -> None:
    period = parse_period(text)
    assert (None if period.duration is None else str(period.duration)) == duration
    assert (period.period_start, period.criteria, period.custom_event) == (start, criteria, event)


@pytest.mark.parametrize("text", ["two years", "=cmd|' /C calc'!A0", "+1", "6", "P2Q", "-P1Y",
                                  "x" * 301, "12\x07 years"])
def test_unreadable_periods_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_period(text)


def test_dispositions_in_words() -> None:
    assert parse_dispositions("delete or anonymise") == [Disposition.DELETE,
                                                         Disposition.ANONYMISE]
    assert parse_dispositions("Destroy") == [Disposition.DELETE]
    assert parse_dispositions("Preserve / review") == [Disposition.ARCHIVE, Disposition.REVIEW]
    with pytest.raises(ValueError, match="'burn' is not a disposition"):
        parse_dispositions("delete or burn")


def test_a_parish_councils_schedule_imports_as_it_is_meant() -> None:
    policy = load_file(DATA / "parish-council.policy.yaml").policy
    after = {rule.id: rule for rule in applied(policy, DATA / "parish-schedule.csv").retention}
    vat, bank, insurance = after["vat"], after["bank"], after["insurance"]
    assert (str(vat.duration), vat.period_start, vat.financial_year_start, vat.disposition) == \
        ("P6Y", PeriodStart.END_OF_FINANCIAL_YEAR, "04-01", Disposition.DELETE)
    assert (str(bank.duration), bank.period_start, bank.dispositions) == \
        ("P6Y", PeriodStart.END_OF_CALENDAR_YEAR, [Disposition.ANONYMISE])
    assert (str(insurance.duration), insurance.trigger, insurance.custom_event) == \
        ("P40Y", "custom", "the date of commencement")
    assert insurance.legal_hold and insurance.legal_hold_reason == "statutory duty to keep"
    assert (str(after["payroll"].minimum), str(after["payroll"].duration)) == ("P6Y", "P12Y")
    assert (after["deeds"].duration, after["deeds"].criteria) == (None, "Life of building")
    assert after["deeds"].disposition == Disposition.REVIEW
    assert after["policies"].criteria == "Until superseded"
    assert (str(after["minutes"].duration), after["minutes"].disposition) == \
        ("indefinite", Disposition.ARCHIVE)
    assert after["allotments"].period_start == PeriodStart.END_OF_CALENDAR_YEAR
    imported = Policy.model_validate({**policy.model_dump(), "retention": list(after.values())})
    errors = [f.code for f in run_checks(imported) if f.code.startswith("RET")
              and f.severity == "error"]
    assert errors == []


def blank(policy: Policy) -> Policy:
    """``policy`` with every retention rule reduced to its id, categories and a period."""
    rules = [RetentionRule(id=rule.id, categories=["x"], duration="P1D")
             for rule in policy.retention]
    return policy.model_copy(update={"retention": rules})


def test_round_trip_export_then_import_loses_nothing(tmp_path: Path) -> None:
    policy = parish_policy()
    schedule = exported(policy, tmp_path / "parish.retention.csv")
    assert plan_retention_import(policy, schedule).changes == []
    restored = applied(blank(policy), schedule)
    assert [r.model_dump(mode="json") for r in restored.retention] == \
        [r.model_dump(mode="json") for r in policy.retention]


def test_export_has_a_column_for_every_new_field() -> None:
    rows = {row["Rule id"]: row for row in table(parish_policy())}
    vat, payroll, accounts = rows["vat_records"], rows["payroll"], rows["accounts"]
    assert (vat["Period starts"], vat["Financial year starts"]) == \
        ("end_of_financial_year", "'04-01")  # protected from date conversion
    assert vat["Other dispositions"] == "anonymise"
    assert vat["Duration"] == "6 years after the end of the financial year (starting 1 April) " \
                              "in which the contract ended"
    assert (payroll["Minimum (ISO 8601)"], payroll["Custom event"]) == ("P6Y", "the employee left")
    assert (accounts["Duration (ISO 8601)"], accounts["Criteria"]) == \
        ("", "for the life of the account")
    assert rows["insurance"]["Legal hold reason"] == "statutory duty to keep"
    assert set(COLUMNS) <= set(vat)


def edited(tmp_path: Path, column: str, value: str, rule: str = "accounts") -> Path:
    rows = table(parish_policy())
    for row in rows:
        if row["Rule id"] == rule:
            row[column] = value
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([[row[c] for c in COLUMNS] for row in rows])
    path = tmp_path / "edited.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path


def problem(policy: Policy, path: Path) -> str:
    with pytest.raises(PolicyFileError) as caught:
        plan_retention_import(policy, path)
    return caught.value.lines()[0].removeprefix(str(path))


@pytest.mark.parametrize(("column", "value", "message"), [
    ("Duration (ISO 8601)", '="=cmd"', "'=\"=cmd\"' looks like a spreadsheet formula"),
    ("Duration (ISO 8601)", "y" * 5000, "a period of 5000 characters"),
    ("Financial year starts", "31 Febtober", "'31 Febtober' is not a month"),
    ("Period starts", "tomorrow", "'tomorrow' is not a valid period start; expected one of"),
    ("Minimum (ISO 8601)", "while valid", "'while valid' is not a period"),
    ("Other dispositions", "sell", "'sell' is not a disposition"),
])
def test_hostile_cells_are_refused_with_row_and_column(tmp_path: Path, column: str, value: str,
                                                       message: str) -> None:
    policy = parish_policy()
    row = 1 + [r.id for r in policy.retention].index("accounts") + 1
    where = f":{row}:{COLUMNS.index(column) + 1}: error: column '{column}': {message}"
    assert problem(policy, edited(tmp_path, column, value)).startswith(where)


def test_formulas_and_unicode_in_free_text_are_kept_as_text(tmp_path: Path) -> None:
    policy = parish_policy()
    for text in ('="=cmd|\' /C calc\'!A0"', "Bis zur Löschung des Kontos 🗑 — ‮reversed",
                 "@SUM(A1)"):
        changed = plan_retention_import(policy, edited(tmp_path, "Criteria", text))
        assert [(c.field, c.new) for c in changed.changes] == [("criteria", text)]
        updated = applied(policy, edited(tmp_path, "Criteria", text))
        again = plan_retention_import(updated, exported(updated, tmp_path / "again.csv"))
        assert again.changes == []


def test_garbage_and_huge_files_are_refused(tmp_path: Path) -> None:
    policy = parish_policy()
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 64)
    assert re.match(r":\d+:\d+: error: the file is not UTF-8", problem(policy, garbage))
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        stream.write((",".join(COLUMNS) + "\r\n").encode())
        stream.write(b"x," * (11 * 1024 * 1024))
    assert re.match(r":\d+:\d+: error: ", problem(policy, huge))
