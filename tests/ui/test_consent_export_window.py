"""File > Export offers the consent banner and the GPC table, under the right headings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.exporters.gpc_table import export_csv
from app.exporters.klaro import export_json
from app.exporters.registry import exporters
from app.ui.export import controller
from app.ui.export.dialog import ExportDialog
from app.ui.main_window import MainWindow
from tests.ui.test_export_window import Recorder, choose


def test_the_dialog_groups_the_consent_formats(window: MainWindow) -> None:
    groups = ExportDialog(exporters(), "/tmp/a.policy.yaml", 0, window).groups()
    assert {"gpc-table-html", "gpc-table-csv"} <= set(groups["Legal documents"])
    assert {"klaro", "klaro-js"} <= set(groups["Engineering files"])


@pytest.mark.parametrize(("fmt", "name"), [("klaro", "out.klaro.json"),
                                           ("gpc-table-csv", "out.gpc.csv")])
def test_export_from_the_window_writes_what_the_exporter_makes(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str,
        name: str) -> None:
    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    target = tmp_path / name
    monkeypatch.setattr(controller, "open_dialog", choose(fmt, target))
    assert window.export.export() is not None
    policy = window.bridge.policy
    made = export_json(policy) if fmt == "klaro" else export_csv(policy)
    assert target.read_bytes() == made.data
    assert f"Wrote {target}" in report.calls[0] and digest(policy) in report.calls[0]
    if fmt == "klaro":
        assert json.loads(target.read_bytes())["policyStudio"]["digest"] == digest(policy)
