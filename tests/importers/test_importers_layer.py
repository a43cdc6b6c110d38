"""The importers sit beside the exporters and the validation: they build on the domain and
storage only (the import contracts in ``pyproject.toml`` say so statically, see
``tests/test_layering.py``), and importing them loads nothing else at run time either."""

from __future__ import annotations

import ast
import subprocess
import sys

from app.paths import ROOT


def test_importing_the_importers_loads_no_exporter_validation_command_or_qt() -> None:
    code = ("import sys, app.importers.kinds; print(sorted({m.split('.')[1] for m in "
            "sys.modules if m.startswith('app.') and m.count('.') >= 1}), "
            "'PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=True)
    packages, qt = result.stdout.strip().rsplit(" ", 1)
    assert qt == "False"
    assert set(ast.literal_eval(packages)) <= {"domain", "storage", "importers", "paths"}
