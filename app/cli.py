"""The headless command line: ``policy-studio`` and ``python -m app``.

This module and everything it imports stay free of Qt, so the CLI runs in CI without a display
or the GUI libraries being loaded.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    ArgumentParser,
    approve,
    certificate,
    checks,
    decide,
    diff,
    digest,
    err,
    expectations_run,
    export,
    fmt,
    git_setup,
    import_fides,
    install_desktop,
    keygen,
    merge,
    migrate,
    new,
    retention_import,
    review,
    schema,
    show_text,
    validate,
    verify,
)
from app.commands.output import OutputError
from app.domain.edits import EditError
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.errors import PolicyFileError
from app.storage.translations import (
    LANGUAGE_VARIABLE,
    LANGUAGES,
    activate,
    choose,
    language_code,
)

COMMAND_MODULES = (validate, fmt, schema, decide, new, export, digest, import_fides, diff,
                   retention_import, approve, verify, keygen, review, migrate, checks,
                   expectations_run, merge, show_text, git_setup, install_desktop, certificate)
"""Every subcommand's module, in the order ``--help`` lists them."""
EPILOG = QT_TRANSLATE_NOOP(
    "cli", "language: every command speaks the system's language; --language en|de|fr "
           "(anywhere) chooses.\nexit status: 0 fine (warnings allowed unless --strict); 1 error "
           "findings, a denied decision\nor a file fmt/migrate --check would change; 2 unreadable "
           "input or wrong usage; 3 internal error.\n")
"""The end of ``--help`` (translated where shown)."""


OS_WORDS = {errno.ENOENT: QT_TRANSLATE_NOOP("cli", "no such file"),
            errno.EISDIR: QT_TRANSLATE_NOOP("cli", "this is a folder, not a file"),
            errno.EACCES: QT_TRANSLATE_NOOP("cli", "you may not read or write this file"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("cli", "a part of this path is a file, not a folder")}
"""Plain words for the system's reasons a file could not be used (translated where shown)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = ArgumentParser(
        prog="policy-studio",
        description=translate("cli", "Compose, validate, explain and export data-use "
                                     "policies. Run 'policy-studio FILE' to open a policy."),
        epilog=translate("cli", EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version",
                        version=" ".join(("policy-studio", __version__)))
    commands = parser.add_subparsers(title=translate("cli", "commands"), metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(commands)
    return parser


def _subcommand_names() -> frozenset[str]:
    """The names the parser's subcommands answer to (derived, so none is forgotten)."""
    found = next(action for action in build_parser()._actions
                 if isinstance(action, argparse._SubParsersAction))
    return frozenset(found.choices)


SUBCOMMANDS = _subcommand_names()


def build_open_parser() -> argparse.ArgumentParser:
    """The parser for ``policy-studio [FILE]`` (no subcommand)."""
    parser = ArgumentParser(
        prog="policy-studio",
        description=translate("cli", "Open a policy in the desktop editor."),
        epilog=translate("cli", "commands: {commands} (see policy-studio --help)").format(
            commands=", ".join(sorted(SUBCOMMANDS))))
    parser.add_argument("file", metavar="FILE", nargs="?",
                        help=translate("cli", "policy file to open"))
    parser.add_argument("--screenshot", metavar="OUT.png", help=translate(
        "cli", "render the window at 1400x900 offscreen to OUT.png and exit"))
    parser.add_argument("--summary", action="store_true", help=translate(
        "cli", "print a text summary instead of opening the window"))
    return parser


_explicit: list[str] = []
"""The language ``--language`` chose for this run, if it was given."""


def has_display() -> bool:
    """True when a window can be shown (always on Windows and macOS)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_policy(args: argparse.Namespace) -> int:
    """Open the window, render a screenshot, or print a summary where no display exists."""
    from app.commands import summary

    if args.summary or (not args.screenshot and not has_display()):
        if not args.file:
            err("policy-studio: error: " + translate(
                "cli", "no display here; give a FILE to summarise"))
            return EXIT_INPUT
        if not args.summary:
            err("note: " + translate(
                "cli", "no display available, so here is a summary instead of the window (use "
                       "--screenshot OUT.png to render the window)"))
        return summary.run(args)
    if args.file:
        from app.storage.loader import load_file

        load_file(args.file)  # a bad file is reported here, before any window opens
    from app.ui.app import run_gui  # Qt is imported only on this path

    if _explicit:  # --language: the window (and what it starts) too, over Preferences
        os.environ[LANGUAGE_VARIABLE] = _explicit[0]

    return run_gui(args.file, args.screenshot)


def take_language(args_list: list[str]) -> tuple[str | None, list[str]]:
    """The ``--language CODE`` given anywhere before ``--``, and the other arguments.

    Every command speaks that language (``--language=CODE`` too).
    """
    found, rest = None, []
    items = iter(args_list)
    for arg in items:
        if arg == "--":
            rest.append(arg)
            rest.extend(items)
        elif arg == "--language":
            found = next(items, "")
        elif arg.startswith("--language="):
            found = arg.partition("=")[2]
        else:
            rest.append(arg)
    return found, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    requested, args_list = take_language(list(sys.argv[1:] if argv is None else argv))
    if requested is not None and language_code(requested) is None:
        activate(choose(None))  # the message itself in the system's language
        err("policy-studio: error: " + translate(
            "cli", "--language {value}: choose one of {languages}").format(
            value=repr(requested),
            languages=", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())))
        return EXIT_INPUT
    code = activate(choose(requested))
    _explicit[:] = [code] if requested is not None else []
    try:
        return _dispatch(args_list)
    except PolicyFileError as exc:
        for line in exc.lines():
            err(line)
        return EXIT_INPUT
    except EditError as exc:
        err(f"policy-studio: error: {exc}")
        return EXIT_INPUT
    except OutputError as exc:
        err(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        err(translate("cli", "interrupted"))
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        name = exc.filename or "policy-studio"
        err(f"{name}:1:1: error: {_os_words(exc)}")
        return EXIT_INPUT
    except Exception as exc:  # an internal fault, not the user's mistake
        if os.environ.get("POLICY_STUDIO_DEBUG"):
            raise
        err("policy-studio: " + translate(
            "cli", "internal error: {error} (set POLICY_STUDIO_DEBUG=1 to see the details)").format(
            error=f"{type(exc).__name__}: {exc}"))
        return EXIT_INTERNAL


def _os_words(exc: OSError) -> str:
    """The reason of ``exc``: our own words when the system gave only its stock text."""
    stock = exc.errno is not None and exc.strerror == os.strerror(exc.errno)
    words = OS_WORDS.get(exc.errno or 0) if stock else None
    return translate("cli", words) if words else exc.strerror or str(exc)


def _dispatch(args_list: list[str]) -> int:
    first = args_list[0] if args_list else ""
    if not args_list or first in ("--screenshot", "--summary") or (
            not first.startswith("-") and first not in SUBCOMMANDS):
        return open_policy(build_open_parser().parse_args(args_list))
    parser = build_parser()
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
