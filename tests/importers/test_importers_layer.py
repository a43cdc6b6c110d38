"""The importers sit beside the exporters and the validation: they build on the domain and
storage only, and never on the exporters, the validation, the commands, the window or Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from app.paths import ROOT

ALLOWED = ("app.domain", "app.storage", "app.importers")


def app_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every ``app`` or PySide6 module ``path`` imports (relative ones too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = ["app.importers" if node.level else node.module or ""]
        else:
            continue
        found += [(node.lineno, name) for name in names
                  if name.split(".")[0] in ("app", "PySide6")]
    return found


def offenders(folder: Path) -> list[str]:
    """``file:line: module`` for each import outside the allowed layers."""
    return [f"{path.relative_to(folder.parent.parent).as_posix()}:{line}: {module}"
            for path in sorted(folder.rglob("*.py"))
            for line, module in app_imports(path)
            if module != "app" and not module.startswith(tuple(a + "." for a in ALLOWED))
            and module not in ALLOWED]


def test_the_importers_import_only_the_domain_and_storage() -> None:
    assert offenders(ROOT / "app" / "importers") == []


def test_the_rule_catches_an_import_from_a_sibling_or_above(tmp_path: Path) -> None:
    folder = tmp_path / "app" / "importers"
    folder.mkdir(parents=True)
    (folder / "bad.py").write_text(
        "from app.domain.models import Policy\nfrom app.exporters.registry import get\n"
        "import app.validation.runner\nfrom app.ui import dialogs\nimport PySide6\n")
    assert offenders(folder) == ["app/importers/bad.py:2: app.exporters.registry",
                                 "app/importers/bad.py:3: app.validation.runner",
                                 "app/importers/bad.py:4: app.ui",
                                 "app/importers/bad.py:5: PySide6"]


def test_importing_the_importers_loads_no_exporter_validation_command_or_qt() -> None:
    code = ("import sys, app.importers.kinds; print(sorted({m.split('.')[1] for m in "
            "sys.modules if m.startswith('app.') and m.count('.') >= 1}), "
            "'PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=True)
    packages, qt = result.stdout.strip().rsplit(" ", 1)
    assert qt == "False"
    assert set(ast.literal_eval(packages)) <= {"domain", "storage", "importers", "paths"}
