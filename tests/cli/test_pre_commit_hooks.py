"""`.pre-commit-hooks.yaml`: each hook names a real console script and subcommand, matches the
policy files it should, and works when run the way pre-commit runs it (entry + file names)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.cli import build_parser
from app.storage.loader import load_file

ROOT = Path(__file__).resolve().parents[2]
HOOKS: list[dict[str, Any]] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
SCRIPTS: dict[str, str] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
    "scripts"]
RESOURCES = ROOT / "resources"
BUNDLED = sorted([*RESOURCES.glob("examples/*.policy.yaml"),
                  *RESOURCES.glob("templates/*.policy.yaml")])
WANTED = {"policy-studio-validate": "validate", "policy-studio-test": "test"}


def hook(hook_id: str) -> dict[str, Any]:
    return next(h for h in HOOKS if h["id"] == hook_id)


def subcommands() -> set[str]:
    action = build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    return set(action.choices)


def command_line(entry: str, files: list[str]) -> list[str]:
    """What pre-commit runs (entry's words, then the file names), with the console script
    replaced by the function pyproject.toml binds it to, run from this worktree."""
    script, *rest = shlex.split(entry)
    module, function = SCRIPTS[script].split(":")
    launcher = f"import sys; from {module} import {function}; sys.exit({function}())"
    return [sys.executable, "-c", launcher, *rest, *files]


def run_hook(hook_id: str, files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(command_line(hook(hook_id)["entry"], [str(f) for f in files]),
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_file_defines_the_two_hooks_in_pre_commit_s_format() -> None:
    assert isinstance(HOOKS, list)
    assert {h["id"] for h in HOOKS} == set(WANTED)
    for item in HOOKS:
        assert {"id", "name", "entry", "language"} <= set(item), item["id"]
        assert item["language"] == "python"  # pre-commit installs this package for it
        assert item["pass_filenames"] is True
        re.compile(item["files"])


@pytest.mark.parametrize("hook_id", sorted(WANTED))
def test_entry_is_a_console_script_and_its_subcommand(hook_id: str) -> None:
    script, subcommand, *_ = shlex.split(hook(hook_id)["entry"])
    assert script in SCRIPTS
    assert subcommand == WANTED[hook_id]
    assert subcommand in subcommands()


@pytest.mark.parametrize("hook_id", sorted(WANTED))
def test_files_pattern_takes_policies_and_nothing_else(hook_id: str) -> None:
    pattern = re.compile(hook(hook_id)["files"])
    assert BUNDLED
    for path in BUNDLED:
        assert pattern.search(path.relative_to(ROOT).as_posix()), path
    for name in ("policies/shop.policy.yml", "shop.policy.json"):
        assert pattern.search(name), name
    for name in ("README.md", "pyproject.toml", "shop.policy.yaml.bak", "policy.yaml",
                 "bundle.tar.gz", "shop.art30.html", "resources/reference/checks.md"):
        assert not pattern.search(name), name


def test_validate_hook_passes_the_bundled_policies(tmp_path: Path) -> None:
    done = run_hook("policy-studio-validate", BUNDLED, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"in {len(BUNDLED)} files" in done.stderr


def test_validate_hook_fails_a_broken_policy(broken_policy: Path, tmp_path: Path) -> None:
    done = run_hook("policy-studio-validate", [BUNDLED[0], broken_policy], tmp_path)
    assert done.returncode == 1
    assert "STR003" in done.stdout and "Traceback" not in done.stderr


@pytest.mark.parametrize("hook_id", sorted(WANTED))
def test_hook_says_where_an_unreadable_file_is(hook_id: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 2\npolicy: [unclosed\n")
    done = run_hook(hook_id, [bad], tmp_path)
    assert done.returncode == 2
    assert f"{bad}:" in done.stderr and "Traceback" not in done.stderr


def test_test_hook_passes_the_bundled_policies(tmp_path: Path) -> None:
    done = run_hook("policy-studio-test", BUNDLED, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    with_tests = [p for p in BUNDLED if load_file(p).policy.tests]
    assert with_tests and done.stdout.count("expectations hold on") == len(with_tests)
    for path in set(BUNDLED) - set(with_tests):
        assert f"{path}: no expectations to run" in done.stdout


def test_test_hook_runs_every_file_and_exits_with_the_worst(tmp_path: Path) -> None:
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 2\npolicy: [unclosed\n")
    done = run_hook("policy-studio-test", [bad, BUNDLED[-1]], tmp_path)
    assert done.returncode == 2
    assert f"{bad}:" in done.stderr and "expectations hold on" in done.stdout


def test_junit_takes_one_file(tmp_path: Path) -> None:
    done = run_hook("policy-studio-test", [*BUNDLED[:2], "--junit", "out.xml"], tmp_path)
    assert done.returncode == 2 and "--junit takes one FILE" in done.stderr
    assert not (tmp_path / "out.xml").exists()
