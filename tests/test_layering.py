"""Architecture rule: only app/ui (and the PDF exporter) may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

from app.paths import ROOT

ALLOWED = ("app/ui/", "app/exporters/pdf")


def qt_imports(path: Path) -> list[int]:
    """Line numbers where ``path`` imports PySide6."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in names):
            lines.append(node.lineno)
    return lines


def test_only_the_ui_imports_qt() -> None:
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(ALLOWED):
            continue
        offenders += [f"{relative}:{line}" for line in qt_imports(path)]
    assert offenders == []


def test_the_rule_detects_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\nimport PySide6\n")
    assert qt_imports(sample) == [2, 3]
