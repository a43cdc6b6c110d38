"""`policy-studio test FILE`: the policy's expectations, asked of every engine.

The in-app engine, the OPA bundle in regorus and in real OPA (when installed) and the Cedar
export each answer every expectation; a failing expectation is one line naming the engines it
fails on, and an engine answering differently from the in-app engine is reported even where the
expectation holds. Exit status: 0 all hold everywhere and the engines agree, 1 otherwise, 2 an
unreadable file or wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err
from app.commands.output import check_output, messages_for, write_output
from app.domain.expectations import label
from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.typography import semicolons
from app.exporters.evaluate import ENGINES
from app.exporters.evaluate.junit import render
from app.exporters.evaluate.suite import IN_APP, EngineRun, run_suite
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_file
from app.storage.resources import region_catalogue

CHOICES = (IN_APP, *ENGINES)
PROG = "policy-studio test"
FAIL, DISAGREE = "FAIL", "DISAGREE"
"""The report's verdicts: keywords scripts look for (as ``error:``), the same in every language."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "test", help=translate("test", "run the policy's expectations on every engine"),
        description=translate(
            "test", "Ask every expectation (the policy's tests section) of the in-app engine, "
                    "the OPA bundle in regorus and in real OPA (when installed) and the Cedar "
                    "export; report each failing expectation and any engine that answers "
                    "differently from the in-app engine. Exit status: 0 all hold and the "
                    "engines agree, 1 otherwise, 2 unreadable input or wrong usage."))
    parser.add_argument("files", nargs="+", metavar="FILE", help=translate(
        "test", "policy file (several: each is run in turn, as a pre-commit hook passes them; "
                "--junit then takes one FILE)"))
    parser.add_argument("--junit", metavar="OUT.xml", help=translate(
        "test", "also write JUnit XML to OUT.xml ('-': standard output): one testsuite per "
                "engine, one testcase per expectation"))
    parser.add_argument("--engine", action="append", choices=CHOICES, metavar="ENGINE",
                        help=translate(
                            "test", "ask only this engine (repeatable; one of {engines}; "
                                    "default: all). The in-app engine always answers: it is "
                                    "the reference the others are compared with").format(
                            engines=", ".join(CHOICES)))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run each FILE's expectations; the worst exit status (2 for a file not read)."""
    if len(args.files) > 1 and args.junit:
        err(f"{PROG}: error: " + translate("test", "--junit takes one FILE (got {count})")
            .format(count=len(args.files)))
        return EXIT_INPUT
    worst = EXIT_OK
    for name in args.files:
        try:
            status = run_file(argparse.Namespace(**{**vars(args), "file": name}))
        except PolicyFileError as exc:
            if len(args.files) == 1:
                raise
            for line in exc.lines():
                err(line)
            status = EXIT_INPUT
        worst = max(worst, status)
    return worst


def run_file(args: argparse.Namespace) -> int:
    """Load the policy ``args.file``, run its expectations on the engines, report."""
    check_output(PROG, args.junit, [args.file])
    loaded = load_file(args.file)
    tell = messages_for(args.junit)
    policy = loaded.policy
    if not policy.tests:
        tell(translate("test", "{file}: no expectations to run").format(file=args.file))
        tell("hint: " + translate(
            "test", "add a tests section (or, in the window, 'Save as expectation' in the "
                    "decision tester); each entry is a request and the decision expected"))
        if args.junit:
            write_output(args.junit, render([], args.file, []).encode("utf-8"))
        return EXIT_OK
    chosen = [name for name in ENGINES if not args.engine or name in args.engine]
    runs = run_suite(policy, region_catalogue(), chosen, _progress())
    asked_for = set(args.engine or ())
    missing = [r for r in runs if r.unavailable and r.name in asked_for]
    for line in _report(loaded, runs):
        tell(line)
    if args.junit:
        ids = [(e.id, e.note) for e in policy.tests]
        write_output(args.junit, render(runs, args.file, ids).encode("utf-8"))
    if missing:
        for found in missing:
            err(" ".join((f"{PROG}: error:", "--engine", f"{found.name}:", found.unavailable)))
        return EXIT_INPUT
    return EXIT_OK if all(r.ok for r in runs) else EXIT_FINDINGS


def _progress() -> Callable[[str, int, int], None] | None:
    """Progress on stderr for long runs, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(engine: str, done: int, total: int) -> None:
        end = "\n" if done == total else ""
        sys.stderr.write("\r" + translate("test", "{engine}: {done}/%n expectations", None,
                                           total).format(engine=engine, done=done) + end)
        sys.stderr.flush()

    return show


def _where(loaded: LoadedPolicy, index: int) -> str:
    line, column = loaded.source_map.position(("tests", index)) or (1, 1)
    return f"{loaded.file}:{line}:{column}"


def _report(loaded: LoadedPolicy, runs: list[EngineRun]) -> list[str]:
    """The text report: engines, failing expectations, disagreements, a summary."""
    policy: Policy = loaded.policy
    lines = []
    for found in runs:
        if found.unavailable:
            lines.append(translate("test", "{engine}: not installed").format(
                engine="OPA" if found.name == "opa" else found.name))
        elif found.error:
            lines.append(f"{_engine_name(found)}: error: {found.error}")
        else:
            lines.append(translate("test", "{engine}: judged on {what}").format(
                engine=_engine_name(found), what=found.judged_on))
    failing = 0
    for index, expectation in enumerate(policy.tests):
        groups: dict[tuple[str, ...], list[str]] = {}
        for found in runs:
            if index < len(found.outcomes) and not found.outcomes[index].passed:
                groups.setdefault(found.outcomes[index].problems, []).append(found.name)
        failing += bool(groups)
        for problems, engines in groups.items():
            lines.append(f"{_where(loaded, index)}: {FAIL} {label(expectation)}: "
                         f"{'; '.join(problems)} [{', '.join(engines)}]")
        for found in runs:
            for disagreement in found.disagreements:
                if disagreement.index == index:
                    lines.append(f"{_where(loaded, index)}: {DISAGREE} {label(expectation)}: "
                                 f"{disagreement.phrase}")
    asked = [r for r in runs if not r.unavailable]
    trouble = [translate("test", "{engine} failed").format(engine=r.name)
               for r in asked if r.error] + [
        translate("test", "{engine} disagrees with the in-app engine").format(engine=r.name)
        for r in asked if r.disagreements]
    total = len(policy.tests)
    lines.append(translate("test", "{held} of %n expectations hold on {engines}; {verdict}",
                           None, total).format(
        held=total - failing, engines=", ".join(r.name for r in asked),
        verdict=semicolons(trouble) if trouble else translate("test", "the engines agree")))
    return lines


def _engine_name(found: EngineRun) -> str:
    return f"{found.name} ({found.title})"
