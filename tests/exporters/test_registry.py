"""The exporter registry: lookup, listing, registration and lazy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.domain.models import Policy
from app.exporters import registry
from app.exporters.registry import (
    Exporter,
    ExportResult,
    FunctionExporter,
    UnknownFormatError,
    exporters,
    get,
    register,
)
from app.paths import ROOT


def test_every_known_module_registers_an_exporter() -> None:
    found = exporters()
    assert len(found) >= len(registry.MODULES)
    names = [e.name for e in found]
    assert len(names) == len(set(names))
    assert "json" in names
    for exporter in found:
        assert isinstance(exporter, Exporter)
        assert exporter.title and exporter.description


def test_a_documents_formats_are_listed_together() -> None:
    """The Art. 30 record's eight formats side by side, not its CSVs after the DPIA."""
    names = [e.name for e in exporters()]
    for family in ("art30-", "gpc-table-", "notice-", "dpia-", "klaro"):
        places = [i for i, name in enumerate(names) if name.startswith(family)]
        assert len(places) >= 2 and places == list(range(places[0], places[0] + len(places))), (
            family, names)
    assert names.index("art30-processor-csv-semicolon") < names.index("notice-html")
    assert names.index("html") < names.index("pdf") < names.index("art30-html")


def test_get_finds_a_format_and_rejects_unknown_names() -> None:
    assert get("json").title == "Canonical JSON"
    with pytest.raises(UnknownFormatError) as caught:
        get("no-such-format")
    assert "no-such-format" in str(caught.value)
    assert "json" in caught.value.available


def test_register_adds_and_replaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_registered", dict(registry._registered))

    def fake(policy: Policy) -> ExportResult:
        return ExportResult(digest="sha256:" + "0" * 64, data=b"x")

    exporter = FunctionExporter("fake", "Fake", ".txt", "For the test.", fake)
    assert register(exporter) is exporter
    assert get("fake") is exporter
    replacement = FunctionExporter("fake", "Fake 2", ".txt", "Replaced.", fake)
    register(replacement)
    assert get("fake") is replacement


def test_a_result_holds_data_or_files_but_not_both() -> None:
    digest = "sha256:" + "0" * 64
    assert ExportResult(digest, data=b"x").data == b"x"
    assert ExportResult(digest, files={"a.json": b"{}"}).files == {"a.json": b"{}"}
    with pytest.raises(ValueError):
        ExportResult(digest)
    with pytest.raises(ValueError):
        ExportResult(digest, data=b"x", files={"a": b"y"})


def test_importing_the_registry_loads_no_exporter_and_no_qt() -> None:
    code = ("import sys, app.exporters.registry as r; "
            "assert not any(m.startswith('PySide6') for m in sys.modules); "
            "assert not any(m.startswith('app.exporters.') and m != 'app.exporters.registry' "
            "for m in sys.modules); "
            "r.get('json'); "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_run_export_rejects_anything_but_an_export_result() -> None:
    from app.exporters.registry import run_export
    from app.paths import EXAMPLES
    from app.storage.loader import load_file

    policy = load_file(next(EXAMPLES.glob("*.policy.yaml"))).policy
    for value in (b"abc", "text"):
        odd = FunctionExporter("odd", "Odd", ".bin", "Wrong type.", lambda p, v=value: v)  # type: ignore[arg-type, return-value, misc]
        with pytest.raises(TypeError):
            run_export(odd, policy)


ORDER_PROBE = """
import importlib, sys
for module in sys.argv[1:]:
    importlib.import_module(module)
from app.exporters.registry import exporters
print(" ".join(e.name for e in exporters()))
"""


def test_the_listing_order_is_that_of_modules_whatever_was_imported_first() -> None:
    def listing(*first: str) -> str:
        return subprocess.run([sys.executable, "-c", ORDER_PROBE, *first], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()

    plain = listing()
    assert plain == listing("app.exporters.retention_csv", "app.exporters.policy_document")
    assert plain.split()[0] == "json"
    names = plain.split()
    assert names.index("retention-csv") > names.index("odrl")


def test_formats_are_grouped_by_audience_legal_documents_first() -> None:
    groups = registry.by_audience(exporters())
    assert list(groups) == [registry.LEGAL, registry.ENGINEERING]
    legal = {e.name for e in groups[registry.LEGAL]}
    engineering = {e.name for e in groups[registry.ENGINEERING]}
    assert {"html", "pdf", "art30-html", "art30-csv", "retention-csv"} <= legal
    assert {"json", "opa", "cedar", "fides", "odrl"} <= engineering
    for exporter in groups[registry.LEGAL]:  # whatever else is added: documents for people
        assert exporter.suffix.endswith(registry.DOCUMENT_SUFFIXES) or \
            getattr(exporter, "audience", "") == registry.LEGAL


def test_an_exporter_can_say_its_audience() -> None:
    def fake(policy: Policy) -> ExportResult:
        return ExportResult(digest="sha256:" + "0" * 64, data=b"x")

    sheet = FunctionExporter("sheet", "Sheet", ".csv", "For the test.", fake)
    feed = FunctionExporter("feed", "Feed", ".csv", "For machines.", fake,
                            audience=registry.ENGINEERING)
    odd = FunctionExporter("odd", "Odd", ".bin", "Unknown audience.", fake, audience="nobody")
    assert registry.audience_of(sheet) == registry.LEGAL
    assert registry.audience_of(feed) == registry.ENGINEERING
    assert registry.audience_of(odd) == registry.ENGINEERING
    assert isinstance(feed, Exporter)
    assert list(registry.by_audience([feed])) == [registry.ENGINEERING]
