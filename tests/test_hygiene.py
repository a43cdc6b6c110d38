"""Guards that keep the code base clean: rules checked by scanning app/ with ast."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable

import pytest

from app.paths import ROOT


def offenders(rule: Callable[[str], list[int]], skip: str = "") -> list[str]:
    """``file:line`` of every place in app/ (outside ``skip``) where ``rule`` finds a breach."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if not (skip and relative.startswith(skip)):
            found += [f"{relative}:{line}" for line in rule(path.read_text(encoding="utf-8"))]
    return found


def path_shadows(source: str) -> list[int]:
    """Line numbers where ``source`` binds the name ``Path`` to anything but ``pathlib.Path``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom | ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                from_pathlib = (isinstance(node, ast.ImportFrom) and node.module == "pathlib"
                                and alias.name == "Path")
                if bound == "Path" and not from_pathlib:
                    lines.append(node.lineno)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(name, ast.Name) and name.id == "Path"
                   for target in targets for name in ast.walk(target)):
                lines.append(node.lineno)
        elif (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
              and node.name == "Path"):
            lines.append(node.lineno)
    return lines


def test_no_name_shadows_pathlib_path() -> None:
    assert offenders(path_shadows) == []


def test_the_path_rule_detects_a_shadow() -> None:
    sample = "\n".join([
        "from pathlib import Path",
        "from os import PathLike as Path",
        "Path = tuple[str, ...]",
        "Path: type = str",
        "def Path() -> None: ...",
        "class Path: ...",
        "from pathlib import PurePath as Path",
        "from pathlib import Path as P",
    ])
    assert path_shadows(sample) == [2, 3, 4, 5, 6, 7]


def _holder(node: ast.expr) -> str:
    """The last name in ``node`` (``ctx.engine.masks["x"]`` -> ``masks``), or ``""``."""
    while isinstance(node, ast.Subscript | ast.Call):
        node = node.value if isinstance(node, ast.Subscript) else node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def engine_private_reads(source: str) -> list[int]:
    """Line numbers where ``source`` reads a private attribute of a decision engine or its masks."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                and not node.attr.startswith("__")):
            holder = _holder(node.value)
            if holder.endswith("engine") or holder == "masks":
                lines.append(node.lineno)
    return lines


def test_nothing_outside_the_domain_reads_the_engine_s_private_attributes() -> None:
    assert offenders(engine_private_reads, skip="app/domain/") == []


def test_the_engine_rule_detects_a_private_read() -> None:
    sample = "\n".join([
        "allow = engine.allow_mask",
        "deny = engine._deny",
        "mask = ctx.engine._allow",
        'cached = ctx.engine.masks["categories"]._cache',
        "engine.__class__",
        "ids = self._engine._ids",
        "self._other._ids",
    ])
    assert engine_private_reads(sample) == [2, 3, 4, 6]


@pytest.mark.parametrize("category", [UserWarning, RuntimeWarning, DeprecationWarning,
                                      ResourceWarning])
@pytest.mark.parametrize("module", ["app", "app.storage.loader"])
def test_a_warning_from_app_fails_the_test(category: type[Warning], module: str) -> None:
    with pytest.raises(category):
        warnings.warn_explicit("sample", category, "sample.py", 1, module=module)


def test_a_warning_from_a_module_only_named_like_app_does_not() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.warn_explicit("sample", UserWarning, "sample.py", 1, module="apprise")
    assert [str(w.message) for w in caught] == ["sample"]
