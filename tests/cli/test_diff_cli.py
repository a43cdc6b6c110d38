"""`policy-studio diff OLD NEW`: formats, output file and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.ui.conftest import UI_POLICY


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(UI_POLICY)
    same = tmp_path / "reordered.policy.yaml"
    text = UI_POLICY.decode()
    block = "  - id: customer\n    name: Customers\n"
    same.write_text(text)
    new = tmp_path / "new.policy.yaml"
    new.write_text(text.replace(block, block + "  - id: staff\n    name: Staff\n")
                   .replace("consent: opt_in", "consent: opt_out"))
    return old, same, new


def test_equal_files_exit_0(files, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    old, same, _new = files
    assert main(["diff", str(old), str(same)]) == 0
    assert capsys.readouterr().out.endswith("no differences\n")


def test_different_files_exit_1_in_every_format(files, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                capsys: pytest.CaptureFixture[str]) -> None:
    old, _same, new = files
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "+ subjects staff (Staff)" in out
    assert "~ purposes marketing.newsletter: consent opt_in -> opt_out" in out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["equal"] is False
    target = tmp_path / "redline.html"
    assert main(["diff", str(old), str(new), "-f", "html", "-o", str(target)]) == 1
    assert "2 differences" in capsys.readouterr().out
    html = target.read_text()
    assert html.startswith("<!DOCTYPE html>") and "opt-out" in html


def test_unreadable_input_exits_2(files, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  capsys: pytest.CaptureFixture[str]) -> None:
    old, _same, _new = files
    assert main(["diff", str(old), str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml:1:1: error: no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.policy.yaml"
    broken.write_text("format_version: 1\npolicy: [\n")
    assert main(["diff", str(broken), str(old)]) == 2
    for misuse in (["diff", str(old)], ["diff", str(old), str(old), "--format", "pdf"]):
        with pytest.raises(SystemExit) as exit_info:
            main(misuse)
        assert exit_info.value.code == 2
