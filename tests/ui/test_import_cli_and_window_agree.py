"""Each import takes one path: the command line and the window, given the same policy file and
the same input file, show the same preview and produce the same policy file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app.exporters.registry import get
from app.paths import ROOT
from app.storage.loader import load_file
from app.ui.export import importing
from app.ui.main_window import MainWindow
from tests.importers.test_fides_import import TAXONOMY


def fides_taxonomy(window: MainWindow, folder: Path) -> Path:
    path = folder / "taxonomy.yml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return path


def edited_schedule(window: MainWindow, folder: Path) -> Path:
    text = get("retention-csv").export(window.bridge.policy).data.decode("utf-8-sig")
    path = folder / "schedule.csv"
    path.write_text(text.replace(",P2Y,", ",P5Y,").replace(",collection,", ",last_activity,"),
                    encoding="utf-8")
    return path


KINDS = [  # (the window's import, the command and its option, how the input file is made)
    pytest.param(importing.FIDES_IMPORT, ("import", "--fides"), fides_taxonomy, id="fides"),
    pytest.param(importing.RETENTION_IMPORT, ("retention-import", "--csv"), edited_schedule,
                 id="retention-schedule"),
]


@pytest.mark.parametrize(("spec", "command", "make_input"), KINDS)
def test_the_cli_and_the_window_give_the_same_preview_and_policy(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        spec: importing.WindowImport, command: tuple[str, str],
        make_input: Callable[[MainWindow, Path], Path]) -> None:
    policy_file = Path(window.bridge.path or "")
    original = policy_file.read_bytes()
    source = make_input(window, tmp_path)
    by_cli = tmp_path / "by-cli.policy.yaml"
    name, option = command
    result = subprocess.run(
        [sys.executable, "-m", "app", name, str(policy_file), option, str(source),
         "-o", str(by_cli)], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONUTF8": "1"})
    assert result.returncode == 0, result.stderr
    assert policy_file.read_bytes() == original  # -o: the policy itself is untouched

    shown: list[tuple[str, str]] = []

    def confirm(dialog) -> bool:  # type: ignore[no-untyped-def]
        shown.append((dialog.findChild(QLabel).text(),
                      dialog.findChild(QPlainTextEdit).toPlainText()))
        return True

    monkeypatch.setattr(importing, "ask_import_path", lambda parent, s: str(source))
    monkeypatch.setattr(importing, "confirm_import", confirm)
    controller = next(c for c in (window.export.importer, window.export.retention_importer)
                      if c.spec is spec)
    assert controller.run() is not None
    assert window.bridge.undo_stack.count() == 1
    assert window.files.save()

    label, listing = shown[0]
    cli_lines = result.stdout.splitlines()
    assert listing.splitlines() == cli_lines[:len(listing.splitlines())]  # the same preview
    tally = cli_lines[len(listing.splitlines())]
    assert f": {tally}." in label  # the same counts
    assert policy_file.read_bytes() != original  # the import did change something
    assert policy_file.read_bytes() == by_cli.read_bytes()  # ...the same thing, byte for byte
    assert load_file(policy_file).policy == load_file(by_cli).policy
