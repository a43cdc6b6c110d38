"""The architecture's rules, checked by import-linter with the contracts in ``pyproject.toml``.

Layers (cli > ui > commands > exporters | importers | validation > storage > domain), and Qt
only in ``app/ui`` and the PDF writer. The last test lints a small package that breaks a
contract, so a linter that checked nothing could not pass.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from app.paths import ROOT

LINT = ("import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))")


def lint(config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with ``config`` on the packages found in ``cwd``."""
    return subprocess.run([sys.executable, "-c", LINT, str(config)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_every_contract_in_pyproject_is_kept() -> None:
    done = lint(ROOT / "pyproject.toml", ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    for name in ("Layers:", "Only the user interface and the PDF writer import Qt",
                 "The command line imports Qt only through the window it launches"):
        assert name in done.stdout


def test_a_broken_layer_and_a_stray_qt_import_are_reported(tmp_path: Path) -> None:
    package = tmp_path / "sample"
    for name, text in {
        "__init__.py": "",
        "domain.py": "from sample import storage\n",  # the domain reaches up into storage
        "storage.py": "import json\n",
        "views.py": "import PySide6\n",
    }.items():
        (package / name).parent.mkdir(exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    config = tmp_path / "contracts.toml"
    config.write_text(textwrap.dedent("""\
        [tool.importlinter]
        root_package = "sample"
        include_external_packages = true

        [[tool.importlinter.contracts]]
        name = "sample layers"
        type = "layers"
        layers = ["sample.views", "sample.storage", "sample.domain"]

        [[tool.importlinter.contracts]]
        name = "sample without Qt"
        type = "forbidden"
        source_modules = ["sample.storage", "sample.views"]
        forbidden_modules = ["PySide6"]
        """), encoding="utf-8")
    done = lint(config, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "0 kept, 2 broken" in done.stdout
    assert "sample.domain -> sample.storage" in done.stdout
    assert "sample.views -> PySide6" in done.stdout
