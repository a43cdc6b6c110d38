"""`policy-studio review`: the window's review list on the command line, with a CI exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.cli import main
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.intrusiveness import review
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import default_weights
from tests.validation.test_allowed_meaning import carve_out

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "review", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_json_lists_every_allowed_use_and_each_is_allowed_by_decide() -> None:
    done = cli(str(EXAMPLE), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    policy = load_file(EXAMPLE).policy
    assert data["uses"] == [u.to_dict() for u in review(policy, default_weights())]
    assert sum(data["counts"].values()) == len(data["uses"]) > 100
    engine = DecisionEngine(policy)
    for use in data["uses"]:
        answer = engine.decide(Request(use["category"], use["purpose"], use["subject"],
                                       use["recipient"], use["region"], ConsentState.GRANTED))
        assert answer.allowed and list(answer.rules) == use["rules"], use
        assert set(use) >= {"category", "purpose", "subject", "recipient", "consent", "score",
                            "band", "factors"}


def test_band_filters_and_sets_the_exit_status() -> None:
    high = cli(str(EXAMPLE), "--band", "high", "--json")
    assert high.returncode == 1
    uses = json.loads(high.stdout)["uses"]
    assert uses and {u["band"] for u in uses} <= {"high", "critical"}
    every = review(load_file(EXAMPLE).policy, default_weights())
    assert len(uses) == sum(u.score.band in ("high", "critical") for u in every)
    critical = cli(str(EXAMPLE), "--band", "critical")
    assert critical.returncode == 0, critical.stdout  # the example has no critical use
    assert critical.stdout.startswith("0 at or above critical;")


def test_a_denied_use_never_fails_the_build(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """The carve-out: the denied health data would be critical, but decide denies it."""
    path = tmp_path / "carve.policy.yaml"
    path.write_text(yaml.safe_dump(carve_out().model_dump(mode="json", exclude_none=True)),
                    encoding="utf-8")
    assert main(["review", str(path), "--band", "critical"]) == 0
    text = capsys.readouterr().out
    assert "medical_health" not in text
    assert main(["review", str(path)]) == 0
    text = capsys.readouterr().out
    assert "external.browsing for ads" in text and "needs consent" in text
    assert text.rstrip().endswith("2 allowed uses (0 critical, 0 high, 1 medium, 1 low)")


def test_unreadable_input_and_bad_band_exit_2(tmp_path: Path) -> None:
    missing = cli(str(tmp_path / "nope.policy.yaml"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert missing.stderr.count("\n") == 1
    wrong = cli(str(EXAMPLE), "--band", "extreme")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
