"""Every command, every file or value option, given a hostile value: an empty string, a folder,
a path that does not exist, a binary file, a file over the size limit, a NUL character.

Each is refused with exit status 2 and a message naming the option or the file, never a
traceback or an internal error. Most cases run :func:`app.cli.main` in-process; a few go
through a real child process (where a NUL cannot be passed at all).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import SUBCOMMANDS, main
from app.storage.safe_yaml import MAX_BYTES
from tests.memory_probe import ROOT
from tests.signing_keys import approved_copy

EXAMPLE = ROOT / "resources" / "examples" / "northwind-outfitters.policy.yaml"
FORMAT1 = ROOT / "tests" / "domain" / "format1" / "blank.policy.yaml"
FRESH = itertools.count()
CSV = "category,purpose,period\n"

# Each command with good arguments; {in} is the slot for a file read, {out} for a file written
# and {value} for a plain value. One slot at a time gets a hostile value.
COMMANDS: dict[str, list[tuple[str, ...]]] = {
    "validate": [("{in}",), ("{policy}", "-o", "{out}")],
    "fmt": [("{in}", "--check")],
    "schema": [("-o", "{out}",)],
    "checks": [("-o", "{out}")],
    "decide": [("{in}", "--category", "contact", "--purpose", "order_fulfilment"),
               ("{policy}", "--category", "{value}", "--purpose", "order_fulfilment"),
               ("{policy}", "--category", "contact", "--purpose", "{value}"),
               ("{policy}", "--category", "contact", "--purpose", "ads", "--subject", "{value}"),
               ("{policy}", "--category", "contact", "--purpose", "ads", "--region", "{value}"),
               ("{policy}", "--requests", "{in}")],
    "new": [("--template", "{value}", "-o", "{fresh}"), ("-o", "{out}")],
    "export": [("{in}", "-f", "opa", "-o", "{out_dir}"),
               ("{policy}", "-f", "{value}", "-o", "{fresh}"),
               ("{policy}", "-f", "json", "-o", "{out}"),
               ("{approved}", "-f", "pdf", "-o", "{fresh}", "--sign-pkcs12", "{in}")],
    "digest": [("{in}",)],
    "diff": [("{in}", "{policy}"), ("{policy}", "{in}"), ("{policy}", "{policy}", "-o", "{out}")],
    "retention-import": [("{in}", "--csv", "{csv}", "--dry-run"),
                         ("{policy}", "--csv", "{in}", "--dry-run")],
    "import": [("{in}", "--fides", "{policy}", "--dry-run"),
               ("{policy}", "--fides", "{in}", "--dry-run")],
    "approve": [("{in}", "--name", "A", "--role", "DPO"),
                ("{policy_copy}", "--name", "{value}", "--role", "DPO"),
                ("{policy_copy}", "--name", "A", "--role", "{value}")],
    "verify": [("{in}",), ("{policy}", "--allowed-signers", "{in}")],
    "keygen": [("--name", "{value}", "--role", "DPO", "--file", "{fresh}"),
               ("--name", "A", "--role", "{value}", "--file", "{fresh}"),
               ("--name", "A", "--role", "DPO", "--file", "{fresh}", "--passphrase-file",
                "{in}")],
    "review": [("{in}",)],
    "migrate": [("{in}", "--check"), ("{format1}", "-o", "{out}")],
    "test": [("{in}",), ("{policy}", "--junit", "{out}")],
    "merge": [("{in}", "{policy}", "{policy}"), ("{policy}", "{policy}", "{in}"),
              ("{policy}", "{policy}", "{policy}", "-o", "{out}")],
    "show-text": [("{in}",)],
    "git-setup": [("--repo", "{in_dir}")],
    "install-desktop": [("--data-dir", "{out_dir}"),
                        ("--command", "{value}", "--data-dir", "{fresh}")],
    "certificate": [("--name", "{value}", "-o", "{fresh}"), ("--name", "A", "-o", "{out}"),
                    ("--name", "A", "--email", "{value}", "-o", "{fresh}"),
                    ("--name", "A", "-o", "{fresh}", "--passphrase-file", "{in}")],
}


def test_every_command_is_covered():
    assert set(COMMANDS) == set(SUBCOMMANDS)


def run(args: list[str]) -> tuple[int, str]:
    """(exit status, stderr) of ``main(args)`` in-process."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = main(args)
        except SystemExit as exc:  # argparse
            status = int(exc.code or 0)
    return status, err.getvalue()


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    binary = root / "binary.policy.yaml"
    binary.write_bytes(bytes(range(256)) * 64)
    huge = root / "huge.policy.yaml"
    with huge.open("wb") as handle:  # sparse: nothing but its size
        handle.truncate(MAX_BYTES + 1)
    folder = root / "folder.policy.yaml"
    folder.mkdir()
    policy = root / "policy.policy.yaml"
    policy.write_bytes(EXAMPLE.read_bytes())
    csv = root / "schedule.csv"
    csv.write_text(CSV, encoding="utf-8")
    approved = approved_copy(EXAMPLE, root / "approved.policy.yaml")
    return {"root": root, "binary": binary, "huge": huge, "folder": folder, "policy": policy,
            "csv": csv, "approved": approved}


def invocations(kind: str) -> list[tuple[str, tuple[str, ...]]]:
    """(command, argument pattern) for every pattern with a slot of ``kind``."""
    return [(name, pattern) for name, patterns in COMMANDS.items() for pattern in patterns
            if any(kind in part for part in pattern)]


def fill(pattern: tuple[str, ...], places: dict[str, Path], slot: str, value: str) -> list[str]:
    root = places["root"]
    copy = root / "copy.policy.yaml"
    copy.write_bytes(EXAMPLE.read_bytes())
    filled = {"{policy}": str(places["policy"]), "{policy_copy}": str(copy),
              "{approved}": str(places["approved"]),
              "{csv}": str(places["csv"]), "{format1}": str(FORMAT1),
              "{fresh}": str(root / f"fresh-{next(FRESH)}")}
    return [value if part == slot else filled.get(part, part) for part in pattern]


def refused(status: int, err: str, *names: str) -> None:
    assert status == 2, (status, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert any(name in err for name in names), (names, err)


INPUTS = invocations("{in}") + invocations("{in_dir}")
OUTPUTS = invocations("{out}") + invocations("{out_dir}")
VALUES = invocations("{value}")


def slot_of(pattern: tuple[str, ...], *kinds: str) -> str:
    return next(part for part in pattern if part in kinds)


def option_before(pattern: tuple[str, ...], slot: str) -> str | None:
    at = pattern.index(slot)
    return pattern[at - 1] if at and pattern[at - 1].startswith("-") else None


@pytest.mark.parametrize(("command", "pattern"), INPUTS + OUTPUTS + VALUES)
def test_an_empty_value_is_refused_by_name(places, command, pattern):
    slot = slot_of(pattern, "{in}", "{in_dir}", "{out}", "{out_dir}", "{value}")
    status, err = run([command, *fill(pattern, places, slot, "")])
    option = option_before(pattern, slot)
    refused(status, err, "is empty; give")
    assert option is None or option in err.split(" is empty")[0], err
    assert f"policy-studio {command}: error:" in err


@pytest.mark.parametrize(("command", "pattern"), INPUTS + OUTPUTS + VALUES)
def test_a_nul_character_is_refused_by_name(places, command, pattern):
    slot = slot_of(pattern, "{in}", "{in_dir}", "{out}", "{out_dir}", "{value}")
    status, err = run([command, *fill(pattern, places, slot, "a\x00b")])
    refused(status, err, "NUL")


@pytest.mark.parametrize("hostile", ["missing", "binary", "huge", "folder"])
@pytest.mark.parametrize(("command", "pattern"), invocations("{in}"))
def test_an_unreadable_input_is_refused_naming_the_file(places, command, pattern, hostile):
    path = places["root"] / "missing.policy.yaml" if hostile == "missing" else places[hostile]
    status, err = run([command, *fill(pattern, places, "{in}", str(path))])
    refused(status, err, str(path))


@pytest.mark.parametrize("hostile", ["missing", "binary"])
def test_git_setup_refuses_a_repository_that_is_not_a_folder(places, hostile):
    path = places["root"] / "missing" if hostile == "missing" else places[hostile]
    status, err = run(["git-setup", "--repo", str(path)])
    refused(status, err, str(path))


@pytest.mark.parametrize("hostile", ["folder", "no_parent"])
@pytest.mark.parametrize(("command", "pattern"), invocations("{out}"))
def test_an_output_that_cannot_be_written_is_refused_naming_it(places, command, pattern,
                                                               hostile):
    path = places["folder"] if hostile == "folder" else places["root"] / "nowhere" / "out.txt"
    status, err = run([command, *fill(pattern, places, "{out}", str(path))])
    refused(status, err, str(path))


@pytest.mark.parametrize("args", [
    ["export", str(EXAMPLE), "-f", "opa", "--output", ""],
    ["decide", str(EXAMPLE), "--category", "contact", "--purpose", ""],
    ["validate", ""],
])
def test_a_child_process_refuses_an_empty_value_without_a_traceback(args):
    done = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "is empty" in done.stderr and done.stderr.count("\n") == 1, done.stderr


@pytest.mark.parametrize(("args", "words"), [
    (["decide", str(EXAMPLE), "--requests", "{folder}"], "{folder}:1:1: error: this is a folder"),
    (["export", str(EXAMPLE), "-f", "json", "-o", "{root}/nowhere/out.json"],
     "{root}/nowhere/out.json:1:1: error: the folder {root}/nowhere does not exist"),
    (["new", "-o", "{folder}"], "{folder}:1:1: error: this is a folder, not a file"),
    (["new", "-o", "{folder}", "--force"], "{folder}:1:1: error: this is a folder, not a file"),
])
def test_the_refusal_says_what_is_wrong_with_the_path(places, args, words):
    names = {"{folder}": str(places["folder"]), "{root}": str(places["root"])}
    for slot, value in names.items():
        args = [arg.replace(slot, value) for arg in args]
        words = words.replace(slot, value)
    status, err = run(args)
    refused(status, err, words)


def test_a_bad_request_value_names_the_command_and_its_option():
    status, err = run(["decide", str(EXAMPLE), "--category", "contact", "--purpose",
                       "order_fulfilment", "--region", "zz zz"])
    assert status == 2
    assert err.startswith("policy-studio decide: error: --region: region 'zz zz' is not a "
                          "region code"), err
