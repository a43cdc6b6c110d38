"""The README's "Policy Studio in CI" pipeline cannot rot: every `policy-studio` command of the
workflow and of the shell script parses with the command line's own parser, both run the same
steps, and the shell script runs for real on the bundled policies."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.cli import build_parser
from app.exporters import registry

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
STEPS = {"validate", "test", "export", "review"}


def section() -> str:
    start = README.index("## Policy Studio in CI\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section(), flags=re.S)


def workflow() -> dict[str, Any]:
    return next(y for y in map(yaml.safe_load, blocks("yaml")) if "jobs" in y)


def shell() -> str:
    (script,) = blocks("sh")
    return script


def commands(script: str) -> list[list[str]]:
    """The `policy-studio` command lines of a script, shell expansions made plain words."""
    found = []
    for line in script.splitlines():
        line = line.strip()
        if line.startswith("policy-studio "):
            line = re.sub(r"\$\([^)]*\)", "NAME", line)
            line = re.sub(r"\$\{?\w+\}?", "VALUE", line)
            found.append(shlex.split(line)[1:])
    return found


def workflow_commands() -> list[list[str]]:
    steps = workflow()["jobs"]["policy"]["steps"]
    return [c for step in steps if "run" in step for c in commands(step["run"])]


def every_command() -> list[Any]:
    found = [("workflow", c) for c in workflow_commands()] + [("shell", c) for c in
                                                              commands(shell())]
    return [pytest.param(words, id=f"{where}-{' '.join(words)}") for where, words in found]


@pytest.mark.parametrize("words", every_command())
def test_each_command_parses_with_the_cli_s_parser(words: list[str]) -> None:
    try:
        args = build_parser().parse_args(words)
    except SystemExit as exit_:
        pytest.fail(f"policy-studio {' '.join(words)}: rejected (exit {exit_.code})")
    assert callable(args.run)
    if words[0] == "export":
        assert registry.get(args.format).name == "opa"
    if words[0] == "review":
        assert args.band == "critical"
    if words[0] == "validate":
        assert args.format == "sarif" and args.output == "policy.sarif"
    if words[0] == "test":
        assert args.junit


def test_the_workflow_and_the_shell_script_run_the_same_steps() -> None:
    def steps(found: list[list[str]]) -> list[tuple[str, ...]]:
        return sorted((w[0], *sorted(x for x in w if x.startswith("-"))) for w in found)

    assert {w[0] for w in workflow_commands()} == STEPS
    assert steps(workflow_commands()) == steps(commands(shell()))


def test_the_workflow_uploads_the_sarif_validate_writes() -> None:
    flow = workflow()
    assert flow["permissions"]["security-events"] == "write"
    steps = flow["jobs"]["policy"]["steps"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "policy.sarif"
    assert "cancelled()" in upload["if"]  # uploaded even when validate found errors
    names = [s.get("name", s.get("uses")) for s in steps]
    assert names.index("Validate") < names.index("Upload the findings to code scanning")


def test_the_command_parser_rejects_what_the_readme_must_not_say() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["review", "FILE", "--band", "catastrophic"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["validate", "FILE", "--format", "sarif2"])


def test_the_shell_script_runs_on_the_bundled_policies(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    for path in (ROOT / "resources").glob("*/*.policy.yaml"):
        shutil.copy(path, policies / path.name)
    launcher = tmp_path / "bin" / "policy-studio"
    launcher.parent.mkdir()
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "import sys; from app.cli '
                        f'import main; sys.exit(main())" "$@"\n')
    launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
    script = "\n".join(line for line in shell().splitlines() if "pip install" not in line)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PATH": f"{launcher.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["sh", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads((tmp_path / "policy.sarif").read_text())["version"] == "2.1.0"
    names = sorted(p.name.removesuffix(".policy.yaml") for p in policies.iterdir())
    assert sorted(p.stem for p in (tmp_path / "reports").glob("*.xml")) == names
    assert sorted(p.name.removesuffix(".tar.gz") for p in (tmp_path / "build").iterdir()) == names
