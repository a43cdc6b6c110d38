"""Batch mode: CSV in, answers equal to ``policy-studio decide``, CSV out (formula-safe)."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli import main as cli_main
from app.domain.edits import SetField
from app.paths import EXAMPLES
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.views.tester import dialogs
from app.ui.views.tester.csvio import (
    RESULT_KEYS,
    CsvRequestError,
    parse_requests,
    safe_cell,
)

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def open_tester(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    win.show_view(win.tester)
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import UI_POLICY

    path = tmp_path / "ui.policy.yaml"
    path.write_bytes(UI_POLICY)
    return open_tester(qtbot, path)


GOOD = ("category,purpose,subject,recipient,region,consent\n"
        "contact.email,marketing.newsletter,,,,granted\n"
        "contact.email,marketing.newsletter,customer,,,unknown\n"
        "location.precise,marketing,,,,\n")


def test_batch_model_passes_the_model_tester(qtmodeltester, window: MainWindow,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text(GOOD, encoding="utf-8")
    assert window.tester.batch.load_path(str(source))
    qtmodeltester.check(window.tester.batch.model)


def test_loading_through_the_button_shows_every_answer(window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "r.csv"
    source.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_csv", lambda parent: str(source))
    batch = window.tester.batch
    batch.load_button.click()
    model = batch.model
    assert model.rowCount() == 3
    assert [model.index(r, 6).data() for r in range(3)] == ["ALLOW", "DENY", "DENY"]
    assert model.index(2, 8).data() == "no_location_ads"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert "3 requests, 1 allowed, 2 denied" in batch.status.text()
    assert batch.save_button.isEnabled()


@pytest.mark.parametrize(("text", "expected"), [
    ("", "row 1: a header row is needed"),
    ("category,colour\nx,y\n", "row 1, column 2: unknown column 'colour'"),
    ("purpose\nx\n", "row 1: the header needs a 'category' column"),
    ("category,purpose\ncontact,Bad Id\n", "row 2, column 2 (purpose): purpose 'Bad Id' is not"),
    ("category,purpose,consent\ncontact,p,maybe\n", "row 2, column 3 (consent): consent must"),
    ("category,purpose\n,p\n", "row 2, column 1 (category): the request needs 'category'"),
    ("category,purpose\na,b,c\n", "row 2, column 3: more cells than columns"),
])
def test_bad_files_name_row_and_column(text: str, expected: str) -> None:
    with pytest.raises(CsvRequestError) as info:
        parse_requests(text, "r.csv")
    assert any(p.startswith(expected) for p in info.value.problems), info.value.problems


def test_a_bad_file_loads_nothing(window: MainWindow, tmp_path: Path) -> None:
    batch = window.tester.batch
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD + "contact,=cmd()\ncontact,ok,,,,nope\n", encoding="utf-8")
    assert batch.load_path(str(good))
    assert not batch.load_path(str(bad))
    assert batch.model.rowCount() == 3
    problems = batch.last_error.problems
    assert problems[0].startswith("row 5, column 2 (purpose)")
    assert problems[1].startswith("row 6, column 6 (consent)")
    assert "bad.csv not loaded: 2 problems" in batch.status.text()
    assert batch.message_box is not None and "row 5" in batch.message_box.informativeText()
    batch.message_box.close()


def test_saved_answers_are_formula_safe(window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert [safe_cell(v) for v in ("=1+1", "+x", "-x", "@x", "ok")] == [
        "'=1+1", "'+x", "'-x", "'@x", "ok"]
    source, target = tmp_path / "r.csv", tmp_path / "answers.csv"
    source.write_text(GOOD, encoding="utf-8")
    batch = window.tester.batch
    batch.load_path(str(source))
    monkeypatch.setattr(dialogs, "ask_save_csv", lambda parent: str(target))
    batch.save_button.click()
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(RESULT_KEYS)
    assert rows[0]["decision"] == "allow" and rows[0]["retention_duration"] == "P2Y"
    assert rows[2]["rules"] == "no_location_ads"


def test_answers_follow_policy_edits(window: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text(GOOD, encoding="utf-8")
    batch = window.tester.batch
    batch.load_path(str(source))
    window.bridge.apply(SetField("rules", "newsletter_email", ("effect",), "deny"))
    assert batch.model.decisions[0].reason == "denied_by_rule"
    assert batch.model.index(0, 6).data() == "DENY"
    window.bridge.undo_stack.undo()
    assert batch.model.decisions[0].allowed


def test_batch_answers_equal_the_cli(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     capsys: pytest.CaptureFixture[str]) -> None:
    win = open_tester(qtbot, EXAMPLE)
    policy = win.bridge.policy
    categories = [*[c.id for c in policy.categories][::3], "unknown.thing"]
    purposes = [p.id for p in policy.purposes][::2]
    subjects = [None, *[s.id for s in policy.subjects][:3]]
    recipients = [None, policy.recipients[0].id]
    consents = ["granted", "denied", "unknown"]
    lines, rows = [], ["category,purpose,subject,recipient,region,consent"]
    for number, (c, p, s) in enumerate(itertools.product(categories, purposes, subjects)):
        r, consent = recipients[number % 2], consents[number % 3]
        region = "EU" if number % 7 == 0 else None
        lines.append(json.dumps({k: v for k, v in (("category", c), ("purpose", p),
                                 ("subject", s), ("recipient", r), ("region", region),
                                 ("consent", consent)) if v}))
        rows.append(",".join([c, p, s or "", r or "", region or "", consent]))
    jsonl, source = tmp_path / "r.jsonl", tmp_path / "r.csv"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["decide", str(EXAMPLE), "--requests", str(jsonl)]) == 0
    expected = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    batch = win.tester.batch
    assert batch.load_path(str(source))
    assert len(expected) == len(batch.model.decisions) > 1000
    assert [r.to_dict() for r in batch.model.requests] == [json.loads(x) for x in lines]
    got = [d.to_dict() for d in batch.model.decisions]
    assert got == expected
    assert {a["decision"] for a in got} == {"allow", "deny"}
