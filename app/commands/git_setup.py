"""`policy-studio git-setup [--repo DIR] [--global]`: make git merge and diff policies by meaning.

It writes, only where missing, the ``.gitattributes`` lines that route ``*.policy.yaml`` and
``*.policy.yml`` to the ``policy-studio`` merge driver and diff, and the git config naming
them: ``merge.policy-studio.driver`` runs ``policy-studio merge %O %A %B -o %A --name %P``
(the result lands in %A, a non-zero exit tells git it conflicted) and
``diff.policy-studio.textconv`` runs ``policy-studio show-text --fallback``.
Exit status: 0 done, 2 not a git repository or git missing.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from app.commands import EXIT_INPUT, EXIT_OK, err, say
from app.domain.i18n import translate

PATTERNS = ("*.policy.yaml", "*.policy.yml")
DRIVER = "policy-studio"
ATTRIBUTES = tuple(" ".join((p, f"merge={DRIVER}", f"diff={DRIVER}")) for p in PATTERNS)
"""The .gitattributes lines (git's syntax, the same in every language)."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "git-setup", help=translate("git-setup", "make git merge and diff policy files by "
                                                 "meaning"),
        description=translate(
            "git-setup", "Write the .gitattributes lines and the git config that make git "
                         "merge policy files with 'policy-studio merge' and show 'policy-studio "
                         "show-text' in git diff. Running it again changes nothing. Exit "
                         "status: 0 done, 2 not a git repository."))
    parser.add_argument("--repo", metavar="DIR", default=".",
                        help=translate("git-setup", "the repository (default: the current "
                                                    "folder)"))
    parser.add_argument("--global", dest="global_config", action="store_true", help=translate(
        "git-setup", "write the driver config to your global git config instead of the "
                     "repository's"))
    parser.add_argument("--command", metavar="CMD", help=translate(
        "git-setup", "how git should run Policy Studio (default: policy-studio when it is on "
                     "PATH, otherwise this Python with -m app)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Find the repository, then write the attributes and config that are missing."""
    if shutil.which("git") is None:
        err("policy-studio git-setup: error: " + translate("git-setup",
                                                            "git is not installed"))
        return EXIT_INPUT
    top = _git(["rev-parse", "--show-toplevel"], args.repo)
    if top is None:
        err("policy-studio git-setup: error: " + translate(
            "git-setup", "{folder} is not inside a git repository").format(folder=args.repo))
        return EXIT_INPUT
    root = Path(top.strip())
    command = args.command or _default_command()
    wanted = {  # git's config: commands, and the driver's name (kept as set, in any language)
        f"merge.{DRIVER}.name": " ".join(("Policy Studio", "semantic", "merge")),
        f"merge.{DRIVER}.driver": " ".join((command, "merge", "%O", "%A", "%B", "-o", "%A",
                                            "--name", "%P")),
        f"diff.{DRIVER}.textconv": " ".join((command, "show-text", "--fallback")),
    }
    scope = "--global" if args.global_config else "--local"
    for key, value in wanted.items():
        current = _git(["config", scope, "--get", key], str(root))
        if current is not None and current.rstrip("\n") == value:
            say(translate("git-setup", "git config {key} already set").format(key=key))
            continue
        _git(["config", scope, key, value], str(root))
        say(" ".join(("git", "config", scope[2:], key, "=", value)))  # the command, as run
    attributes = root / ".gitattributes"
    added = add_attributes(attributes)
    say(translate("git-setup", "{file}: added {lines}").format(
        file=attributes, lines=", ".join(added)) if added else translate(
        "git-setup", "{file}: already routes policy files to Policy Studio").format(
        file=attributes))
    return EXIT_OK


def add_attributes(path: Path) -> list[str]:
    """Append the missing attribute lines to ``path``; returns those added."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {" ".join(line.split()) for line in text.splitlines()}
    missing = [line for line in ATTRIBUTES if line not in present]
    if missing:
        if text and not text.endswith("\n"):
            text += "\n"
        path.write_text(text + "".join(line + "\n" for line in missing), encoding="utf-8")
    return missing


def _default_command() -> str:
    if shutil.which("policy-studio"):
        return "policy-studio"
    return shlex.join((sys.executable, "-m", "app"))


def _git(arguments: list[str], cwd: str) -> str | None:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None
