"""`policy-studio export -f klaro` (and the script and GPC tables) from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import digest
from app.exporters.klaro import export_json
from app.paths import RESOURCES, ROOT
from app.storage.loader import load_file

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"


@pytest.mark.parametrize(("fmt", "name"), [("klaro", "out.klaro.json"),
                                           ("klaro-js", "out.klaro.js"),
                                           ("gpc-table-html", "out.gpc.html"),
                                           ("gpc-table-csv", "out.gpc.csv")])
def test_export_writes_each_consent_format_with_the_digest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str) -> None:
    target = tmp_path / name
    assert main(["export", str(EXAMPLE), "-f", fmt, "-o", str(target)]) == 0
    expected = digest(load_file(EXAMPLE).policy)
    assert f"digest: {expected}" in capsys.readouterr().out
    assert expected in target.read_text(encoding="utf-8-sig")


def test_klaro_on_stdout_is_the_exporters_json() -> None:
    done = subprocess.run([sys.executable, "-m", "app", "export", str(EXAMPLE), "-f", "klaro",
                           "-o", "-"], cwd=ROOT, capture_output=True, timeout=120, check=True)
    assert done.stdout == export_json(load_file(EXAMPLE).policy).data
    config = json.loads(done.stdout)
    assert config["services"] and config["policyStudio"]["digest"].startswith("sha256:")


def test_export_list_names_the_consent_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--list"]) == 0
    listing = capsys.readouterr().out
    for name in ("klaro", "klaro-js", "gpc-table-html", "gpc-table-csv"):
        assert name in listing
