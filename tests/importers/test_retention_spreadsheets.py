"""The retention schedule import takes what Excel and LibreOffice save.

The files under ``data/`` are the schedule of ``data/keep-test.policy.yaml`` after one cell was
edited in a spreadsheet and the file saved, byte for byte as the program writes it (what each
one mimics is in ``data/README.md`` and beside each test). Every one must give exactly the one
change that was made: no other cell may read as changed, whatever the encoding, delimiter, line
ends and quoting, and whether the program kept or dropped the export's leading quotes.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.exporters.registry import get
from app.importers.retention_schedule import plan_retention_import
from app.paths import ROOT
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.spreadsheet import converted_by_spreadsheets

DATA = Path(__file__).parent / "data"
POLICY = DATA / "keep-test.policy.yaml"
LINES = ["keep_email,1E3,contact.email,Email address,newsletter,Newsletter,P2Y,2 years,"
         "consent_withdrawal,delete,2026-01-01,no,",
         "0017,'Kept' for claims,contact,Contact details,,any purpose,P6M,6 months,"
         "contract_end,anonymise,\"BGB §195, 199(1); three years\",yes,"]
OLD_COLUMNS = ("Rule id", "Description", "Category ids", "Categories", "Purpose ids", "Purposes",
               "Duration (ISO 8601)", "Duration", "Trigger", "Disposition", "Citation",
               "Legal hold", "Digest")
"""The layout before minimum, criteria and the other format-2 columns: such files still import."""
HEADER = ",".join(OLD_COLUMNS)


def changes(schedule: Path) -> list[tuple[str, str, object, object]]:
    plan = plan_retention_import(load_file(POLICY).policy, schedule)
    assert plan.unknown == [] and plan.missing == []
    return [(c.rule_id, c.field, str(c.old), str(c.new)) for c in plan.changes]


@pytest.mark.parametrize(("name", "expected"), [
    # Excel "CSV UTF-8 (Comma delimited)": BOM, comma, CRLF; quotes dropped.
    ("excel-csv-utf8.csv", ("keep_email", "duration", "P2Y", "P3Y")),
    # Excel, German settings, "CSV (Trennzeichen-getrennt)": cp1252, semicolon, CRLF.
    ("excel-de-csv.csv", ("0017", "duration", "P6M", "P1Y")),
    # Excel "Unicode Text": UTF-16 LE with BOM, tab, CRLF.
    ("excel-unicode-text.txt", ("keep_email", "citation", "2026-01-01",
                                "GDPR Art. 7(3) \u2013 withdrawal")),
    # LibreOffice "Text CSV", "Quote all text cells": UTF-8, LF, every text cell quoted,
    # the export's leading quotes kept.
    ("libreoffice-quote-all.csv", ("keep_email", "legal_hold", "False", "True")),
])
def test_each_saved_file_gives_exactly_the_one_edit(name: str, expected: tuple) -> None:
    assert changes(DATA / name) == [expected]


def test_the_fixtures_have_the_bytes_of_their_program() -> None:
    excel = (DATA / "excel-csv-utf8.csv").read_bytes()
    assert excel.startswith(b"\xef\xbb\xbfRule id,") and excel.count(b"\r\n") == 3
    assert b"\n" not in excel.replace(b"\r\n", b"")
    german = (DATA / "excel-de-csv.csv").read_bytes()
    assert german.startswith(b"Rule id;Description;") and b"BGB \xa7195" in german
    unicode_text = (DATA / "excel-unicode-text.txt").read_bytes()
    assert unicode_text.startswith(b"\xff\xfeR\x00u\x00") and b"\t\x00" in unicode_text
    libre = (DATA / "libreoffice-quote-all.csv").read_bytes()
    assert libre.startswith(b'"Rule id","Description"') and b"\r" not in libre
    assert b',,"any purpose"' in libre and b'"\'0017"' in libre


def test_german_excel_file_is_noted_as_windows_1252() -> None:
    plan = plan_retention_import(load_file(POLICY).policy, DATA / "excel-de-csv.csv")
    assert any("Windows-1252" in note for note in plan.notes)
    assert [str(c.new) for c in plan.changes] == ["P1Y"]


def test_the_export_protects_what_a_spreadsheet_would_convert() -> None:
    data = get("retention-csv").export(load_file(POLICY).policy).data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    email, kept = (dict(zip(table[0], row, strict=True)) for row in table[1:])
    assert kept["Rule id"] == "'0017" and email["Description"] == "'1E3"
    assert email["Citation"] == "'2026-01-01" and kept["Description"] == "''Kept' for claims"
    assert email["Duration (ISO 8601)"] == "P2Y" and email["Legal hold"] == "no"
    for text in ("0017", "1E3", "2026-01-01", "1/2", "12:30", "50%", "1,5", "TRUE", "1-Jan"):
        assert converted_by_spreadsheets(text), text
    for text in ("P6M", "keep_email", "2 years", "yes", "May", "sha256:ab", "Art. 6(1)(b)",
                 "1" + " " * 100_000 + "x"):
        assert not converted_by_spreadsheets(text), text[:20]


@pytest.mark.parametrize(("line_end", "bom", "quote_all"), [
    ("\r\n", "", False),   # LibreOffice on Windows, default options
    ("\n", "\ufeff", False),  # LibreOffice with "Save with BOM" (UTF-8 BOM), LF
    ("\r", "", True),      # Excel 2011 for Mac "CSV (Macintosh)": lone CR line ends
])
def test_line_ends_bom_and_kept_quotes_give_no_change(tmp_path: Path, line_end: str,
                                                      bom: str, quote_all: bool) -> None:
    rows = [HEADER, *(line + "sha256:" + "0" * 64 for line in LINES)]
    if quote_all:
        rows = [",".join('"' + c.replace('"', '""') + '"' if c else ""
                         for c in next(csv.reader([row]))) for row in rows]
    path = tmp_path / "schedule.csv"
    path.write_bytes((bom + line_end.join(rows) + line_end).encode("utf-8"))
    assert changes(path) == []


def test_a_sep_line_names_the_delimiter(tmp_path: Path) -> None:
    # "sep=;" on the first line tells Excel the delimiter; the rows count from the line after.
    rows = ["sep=|", HEADER.replace(",", "|"),
            *(line.replace(",", "|").replace('"BGB §195| 199(1); three years"',
                                            "BGB §195, 199(1); three years") + "x"
              for line in LINES)]
    path = tmp_path / "schedule.csv"
    path.write_bytes(("\r\n".join(rows).replace("P6M", "P7M") + "\r\n").encode())
    assert changes(path) == [("0017", "duration", "P6M", "P7M")]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(("\r\n".join(rows).replace("P6M", "P7Q") + "\r\n").encode())
    with pytest.raises(PolicyFileError, match=r"bad.csv:4:7: error: column 'Duration"):
        plan_retention_import(load_file(POLICY).policy, bad)


def test_a_semicolon_file_with_an_edit_in_a_quoted_cell(tmp_path: Path) -> None:
    # German Excel quotes a cell holding the delimiter; a changed cell keeps its quotes.
    rows = [HEADER.replace(",", ";"), *(
        line.replace(",", ";").replace(";\"BGB §195; 199(1); three years\"",
                                       ";\"BGB §195, 199(1); ten years\"") + "x"
        for line in LINES)]
    path = tmp_path / "schedule.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    assert changes(path) == [("0017", "citation", "BGB §195, 199(1); three years",
                              "BGB §195, 199(1); ten years")]


def test_a_cell_that_begins_with_a_quote_keeps_it_when_excel_dropped_the_export_quote(
        tmp_path: Path) -> None:
    rows = [HEADER, *(line + "x" for line in LINES)]
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    assert changes(path) == []  # "'Kept' for claims" is the description as it is
    rows[2] = rows[2].replace("'Kept' for claims", "''Held' for claims")
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    assert changes(path) == [("0017", "description", "'Kept' for claims",
                              "'Held' for claims")]


def schedule_problem(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "wrong.csv"
    path.write_bytes(data)
    with pytest.raises(PolicyFileError) as caught:
        plan_retention_import(load_file(POLICY).policy, path)
    return caught.value.lines()[0].removeprefix(str(path))


def test_wrong_files_are_refused_with_file_line_and_column(tmp_path: Path) -> None:
    piped = "\r\n".join([HEADER.replace(",", "|"), LINES[0].replace(",", "|")]) + "\r\n"
    problem = schedule_problem(tmp_path, piped.encode())
    assert problem.startswith(":1:1: error: the header names none of the expected columns")
    assert "separated by '|', but the delimiter must be a comma, semicolon or tab" in problem
    other = schedule_problem(tmp_path, b"Name;Amount\r\nx;1\r\n")
    assert other == (":1:1: error: the header names none of the expected columns such as "
                     "'Rule id'; its cells are separated by semicolon")
    no_bom = (HEADER + "\r\n").encode("utf-16-le")
    assert "UTF-16 text without a byte-order mark" in schedule_problem(tmp_path, no_bom)
    assert schedule_problem(tmp_path, b"\x81\x8d\x8f\x90").startswith(
        ":1:1: error: the file is not UTF-8 or Windows-1252 text")
    assert schedule_problem(tmp_path, (HEADER + "\r\n\x00\x01").encode()).startswith(
        ":2:1: error: the file holds NUL characters")
    assert schedule_problem(tmp_path, b"").startswith(":1:1: error:")
    assert schedule_problem(tmp_path, b"\xef\xbb\xbf").startswith(
        ":1:1: error: the header names none")
    assert schedule_problem(tmp_path, b"\xef\xbb\xbfRule id,\r\nab\xff").startswith(
        ":2:3: error: the file is not UTF-8 text")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "PYTHONUTF8": "1"})


def test_cli_imports_a_german_excel_file_and_refuses_a_wrong_one(tmp_path: Path) -> None:
    policy = tmp_path / "keep.policy.yaml"
    shutil.copyfile(POLICY, policy)
    result = run_cli("retention-import", str(policy), "--csv", str(DATA / "excel-de-csv.csv"))
    assert result.returncode == 0, result.stderr
    assert "0017: duration P6M → P1Y" in result.stdout
    assert str(load_file(policy).policy.retention[1].duration) == "P1Y"
    before = policy.read_bytes()
    piped = tmp_path / "piped.csv"
    piped.write_text(HEADER.replace(",", "|") + "\n", encoding="utf-8")
    result = run_cli("retention-import", str(policy), "--csv", str(piped))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{piped}:1:1: error: the header names none")
    assert "Traceback" not in result.stderr and policy.read_bytes() == before


def test_a_file_reformatted_by_excel_before_cells_were_protected_is_flagged(
        tmp_path: Path) -> None:
    # An older export wrote 0017, 1E3 and 2026-01-01 bare; Excel (US settings) read them as
    # numbers and a date and saved 17, 1.00E+03 and 1/1/2026.
    rows = [HEADER, LINES[0].replace(",1E3,", ",1.00E+03,").replace(",2026-01-01,", ",1/1/2026,")
            + "x", LINES[1].replace("0017,'Kept'", "17,'Kept'") + "x"]
    path = tmp_path / "old.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode())
    plan = plan_retention_import(load_file(POLICY).policy, path)
    assert plan.unknown == [(3, "17")]
    assert [(c.field, c.new) for c in plan.changes] == [("description", "1.00E+03"),
                                                        ("citation", "1/1/2026")]
    notes = "\n".join(plan.notes)
    assert "unknown rule id '17' may be '0017'" in notes
    assert "the description '1E3' is one a spreadsheet turns into a number or date" in notes
    assert "the citation '2026-01-01' is one" in notes


def test_cli_refuses_a_pipe_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "schedule.csv"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    result = run_cli("retention-import", str(POLICY), "--csv", str(fifo), "--dry-run")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{fifo}:1:1: error: this is not a regular file")
