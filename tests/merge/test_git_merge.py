"""Policy files merged and diffed by real git through the driver git-setup installs."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.loader import load_file
from tests.merge.merge_base import BASE, edited

ROOT = Path(__file__).resolve().parents[2]
FILE = "privacy.policy.yaml"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git in ``repo`` with a fixed identity and no user or system config."""
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the policy committed on main and Policy Studio set up as driver."""
    return make_repo(tmp_path)


def make_repo(tmp_path: Path) -> Path:
    """A repository with the policy committed on main and Policy Studio set up as driver."""
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", "Test Person")
    git(path, "config", "user.email", "test@example.org")
    command = f"env PYTHONPATH={shlex.quote(str(ROOT))} {shlex.quote(sys.executable)} -m app"
    setup = subprocess.run([sys.executable, "-m", "app", "git-setup", "--repo", str(path),
                            "--command", command], cwd=ROOT, capture_output=True, text=True,
                           timeout=60, check=False)
    assert setup.returncode == 0, setup.stderr
    assert "merge.policy-studio.driver" in setup.stdout
    (path / FILE).write_text(BASE, encoding="utf-8")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "base")
    return path


def branch(repo: Path, name: str, text: str) -> None:
    """Commit ``text`` as the policy on a new branch made from main."""
    git(repo, "checkout", "-q", "-b", name, "main")
    (repo / FILE).write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "-am", name)


def test_git_setup_is_idempotent(repo: Path) -> None:
    attributes = (repo / ".gitattributes").read_text(encoding="utf-8")
    again = subprocess.run([sys.executable, "-m", "app", "git-setup", "--repo", str(repo),
                            "--command", "x"], cwd=ROOT, capture_output=True, text=True,
                           timeout=60, check=False)
    assert again.returncode == 0
    assert "already routes" in again.stdout
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == attributes
    assert attributes.splitlines() == ["*.policy.yaml merge=policy-studio diff=policy-studio",
                                       "*.policy.yml merge=policy-studio diff=policy-studio"]


def test_edits_of_different_items_and_fields_merge_cleanly(repo: Path) -> None:
    ours = edited(BASE, ("    name: Staff\n", "    name: Employees\n"),
                  ("  - id: no_location_ads\n    effect: deny\n",
                   "  - id: no_location_ads  # keep this comment\n    effect: deny\n"),
                  ("    purposes: [support]\n", "    purposes: [support]\n"
                                                  "    description: Answering customers\n"))
    theirs = edited(BASE, ("    duration: P2Y", "    duration: P3Y"),
                    ("    categories: [contact]\n    purposes: [support]\n",
                     "    categories: [contact]\n    purposes: [support]\n    regions: [eea]\n"))
    # theirs also reorders the subjects
    theirs = edited(theirs, ("  - id: customer\n    name: Customers\n  - id: staff\n"
                             "    name: Staff\n",
                             "  - id: staff\n    name: Staff\n  - id: customer\n"
                             "    name: Customers\n"))
    branch(repo, "theirs", theirs)
    branch(repo, "ours", ours)
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    text = (repo / FILE).read_text(encoding="utf-8")
    assert "# keep this comment" in text and "# Northwind test policy" in text
    policy = load_file(repo / FILE).policy
    subjects = {s.id: s for s in policy.subjects}
    assert subjects["staff"].name == "Employees"
    assert [s.id for s in policy.subjects] == ["staff", "customer"]
    rules = {r.id: r for r in policy.rules}
    assert rules["support_contact"].description == "Answering customers"
    assert rules["support_contact"].regions == ["eea"]
    assert str(policy.retention[0].duration) == "P3Y"
    assert not (repo / (FILE + ".conflicts.json")).exists()


def test_same_field_changed_differently_conflicts(repo: Path) -> None:
    branch(repo, "theirs", edited(BASE, ("    duration: P2Y", "    duration: P3Y")))
    branch(repo, "ours", edited(BASE, ("    duration: P2Y", "    duration: P18M")))
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout
    assert "unmerged" in git(repo, "status").stdout.lower() or \
        FILE in git(repo, "diff", "--name-only", "--diff-filter=U").stdout
    assert str(load_file(repo / FILE).policy.retention[0].duration) == "P18M"
    record = json.loads((repo / (FILE + ".conflicts.json")).read_text(encoding="utf-8"))
    assert record["conflicts"] == [{"section": "retention", "item_id": "keep_email",
                                    "field": "duration", "base": "P2Y", "ours": "P18M",
                                    "theirs": "P3Y"}]


def test_rename_on_one_side_and_edit_on_the_other(repo: Path) -> None:
    renamed = BASE.replace("newsletter_email", "email_newsletter")
    branch(repo, "theirs", renamed)
    branch(repo, "ours", edited(BASE, ("    subjects: [customer]\n",
                                       "    subjects: [customer, staff]\n")))
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    text = (repo / FILE).read_text(encoding="utf-8")
    assert "  # Newsletter rule\n  - id: email_newsletter\n" in text
    rule = load_file(repo / FILE).policy.rules[0]
    assert (rule.id, rule.subjects) == ("email_newsletter", ["customer", "staff"])


def test_git_diff_shows_the_semantic_rendering(repo: Path) -> None:
    changed = edited(BASE, ("    duration: P2Y", "    duration: P3Y"))
    # reordering the categories changes nothing the rendering shows
    changed = edited(changed, ("  - id: location\n    name: Location\n", ""),
                     ("categories:\n", "categories:\n  - id: location\n    name: Location\n"))
    (repo / FILE).write_text(changed, encoding="utf-8")
    diff = git(repo, "diff").stdout
    assert "retention keep_email" in diff
    assert "-  duration: P2Y" in diff and "+  duration: P3Y" in diff
    assert "location" not in "".join(line for line in diff.splitlines()
                                     if line.startswith(("+", "-")))
