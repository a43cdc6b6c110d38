"""Every decision engine the application builds knows the shipped region groups.

Without them ``eea`` contains nothing but itself and answers silently change, so code under
``app/`` and ``bench/`` must pass the region catalogue (``region_catalogue()``, or a
``regions`` it was given) whenever it builds a ``DecisionEngine``, calls ``decide`` or lists
allowed uses with ``AllowedUses`` (which builds an engine unless it is handed one).
"""

from __future__ import annotations

import ast

from app.paths import ROOT

SOURCES = [*sorted((ROOT / "app").rglob("*.py")), *sorted((ROOT / "bench").rglob("*.py"))]
DEFINING = ROOT / "app" / "domain" / "decisions.py"


def _imports_decide(tree: ast.AST) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "app.domain.decisions"
               and any(alias.name == "decide" for alias in node.names)
               for node in ast.walk(tree))


def calls_without_regions(source: str) -> list[int]:
    """Lines of ``DecisionEngine(...)`` / ``decide(...)`` calls that leave regions out."""
    tree = ast.parse(source)
    names = {"DecisionEngine": 2, "AllowedUses": 2,
             **({"decide": 3} if _imports_decide(tree) else {})}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else \
            func.attr if isinstance(func, ast.Attribute) and func.attr == "DecisionEngine" \
            else None
        if name not in names:
            continue
        given = len(node.args) >= names[name] or any(k.arg in ("regions", "engine")
                                                      for k in node.keywords)
        if not given:
            found.append(node.lineno)
    return found


def test_the_scan_finds_what_it_must() -> None:
    assert calls_without_regions("DecisionEngine(policy)\n") == [1]
    assert calls_without_regions("x = engines.DecisionEngine(p)\n") == [1]
    assert calls_without_regions("DecisionEngine(policy, region_catalogue())\n") == []
    assert calls_without_regions("DecisionEngine(policy, regions=r)\n") == []
    imported = "from app.domain.decisions import decide\n"
    assert calls_without_regions(imported + "decide(policy, request)\n") == [2]
    assert calls_without_regions(imported + "decide(policy, request, regions)\n") == []
    assert calls_without_regions("decide = engine.decide\ndecide(request)\n") == []
    assert calls_without_regions("AllowedUses(policy)\n") == [1]
    assert calls_without_regions("AllowedUses(policy, engine)\n") == []
    assert calls_without_regions("AllowedUses(policy, regions=r)\n") == []


def test_no_engine_is_built_without_regions() -> None:
    assert SOURCES
    missing = [f"{path.relative_to(ROOT)}:{line}" for path in SOURCES if path != DEFINING
               for line in calls_without_regions(path.read_text(encoding="utf-8"))]
    assert missing == []
