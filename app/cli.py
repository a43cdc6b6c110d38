"""The headless command line: ``policy-studio`` and ``python -m app``.

This module and everything it imports stay free of Qt, so the CLI runs in CI without a display
or the GUI libraries being loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import EXIT_INPUT, EXIT_INTERNAL, decide, err, fmt, new, schema, validate
from app.domain.edits import EditError
from app.storage.errors import PolicyFileError

SUBCOMMANDS = {"validate", "fmt", "schema", "decide", "new"}
EPILOG = """\
exit status: 0 fine (warnings allowed unless --strict); 1 error findings, a denied decision
or a file fmt --check would change; 2 unreadable input or wrong usage; 3 internal error.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="policy-studio",
        description="Compose, validate, explain and export data-use policies. "
                    "Run 'policy-studio FILE' to open a policy.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policy-studio {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in (validate, fmt, schema, decide, new):
        module.add_parser(commands)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    """The parser for ``policy-studio [FILE]`` (no subcommand)."""
    parser = argparse.ArgumentParser(
        prog="policy-studio", description="Open a policy (summary until the editor opens it).",
        epilog="commands: " + ", ".join(sorted(SUBCOMMANDS)) + " (see policy-studio --help)")
    parser.add_argument("file", metavar="FILE", help="policy file to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args_list)
    except PolicyFileError as exc:
        for line in exc.lines():
            err(line)
        return EXIT_INPUT
    except EditError as exc:
        err(f"policy-studio: error: {exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        name = exc.filename or "policy-studio"
        err(f"{name}:1:1: error: {exc.strerror or exc}")
        return EXIT_INPUT
    except Exception as exc:  # an internal fault, not the user's mistake
        if os.environ.get("POLICY_STUDIO_DEBUG"):
            raise
        err(f"policy-studio: internal error: {type(exc).__name__}: {exc} "
            "(set POLICY_STUDIO_DEBUG=1 to see the details)")
        return EXIT_INTERNAL


def _dispatch(args_list: list[str]) -> int:
    if args_list and not args_list[0].startswith("-") and args_list[0] not in SUBCOMMANDS:
        from app.commands import summary

        return summary.run(build_open_parser().parse_args(args_list))
    parser = build_parser()
    if not args_list:
        parser.print_help()
        return 0
    args = parser.parse_args(args_list)
    if not hasattr(args, "run"):
        parser.print_help()
        return EXIT_INPUT
    return int(args.run(args))


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
