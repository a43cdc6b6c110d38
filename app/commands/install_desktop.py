"""`policy-studio install-desktop [--user | --system | --data-dir DIR] [--remove]`.

Installs what a Linux desktop needs to list Policy Studio and open policy files with it: the
desktop entry (``applications/policy-studio.desktop``), the MIME types of ``*.policy.yaml``,
``*.policy.yml`` and ``*.policy.json`` (``mime/packages/policy-studio.xml``) and the icon in
every size (``icons/hicolor/...``), under the user's data folder (``$XDG_DATA_HOME``, else
``~/.local/share``) by default. Then it refreshes the MIME, desktop and icon caches with
``update-mime-database``, ``update-desktop-database`` and ``gtk-update-icon-cache`` where
they are installed. The installed entry runs this very program (``--command`` to choose).
``--remove`` takes the same files away. Exit status: 0 done, 2 a file could not be written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.commands import EXIT_OK, say
from app.domain.i18n import translate
from app.storage.resources import LINUX_DESKTOP

ENTRY = "policy-studio.desktop"
MIME = "policy-studio.xml"
SYSTEM_DATA = Path("/usr/local/share")
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make the desktop entry spec ask for an Exec argument to be quoted."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "install-desktop", help=translate(
            "install-desktop", "add Policy Studio to the Linux desktop's applications"),
        description=translate(
            "install-desktop", "Install the desktop entry, the policy file types and the icons "
            "so the desktop lists Policy Studio and a file manager opens *.policy.yaml with it. "
            "Running it again replaces the same files. Exit status: 0 done, 2 a file could not "
            "be written."))
    parser.set_defaults(run=run)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true",
                       help=translate("install-desktop", "for you only, under $XDG_DATA_HOME "
                                      "or ~/.local/share (default)"))
    where.add_argument("--system", action="store_true",
                       help=translate("install-desktop", "for every user, under {folder} "
                                      "(needs the right to write there)").format(
                                          folder=SYSTEM_DATA))
    where.add_argument("--data-dir", metavar="DIR",
                       help=translate("install-desktop", "under this data folder instead "
                                      "(packagers: a staging share/ folder)"))
    parser.add_argument("--remove", action="store_true",
                        help=translate("install-desktop",
                                       "remove the files an earlier install-desktop put there"))
    parser.add_argument("--command", metavar="CMD",
                        help=translate("install-desktop", "how the desktop should start Policy "
                                       "Studio (default: the policy-studio on PATH, otherwise "
                                       "this Python with -m app)"))


def run(args: argparse.Namespace) -> int:
    """Copy (or remove) the files, then refresh the caches."""
    data = data_dir(args)
    files = planned(data)
    if args.remove:
        for target in files.values():
            target.unlink(missing_ok=True)
            say(translate("install-desktop", "removed {file}").format(file=target))
    else:
        command = args.command or default_command()
        for source, target in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.name == ENTRY:
                target.write_text(entry_text(source.read_text(encoding="utf-8"), command),
                                  encoding="utf-8")
            else:
                shutil.copyfile(source, target)
            say(translate("install-desktop", "installed {file}").format(file=target))
    for line in refresh_caches(data):
        say(line)
    return EXIT_OK


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder chosen by the options (the XDG base directory rules by default)."""
    if args.data_dir:
        return Path(args.data_dir).expanduser().absolute()
    if args.system:
        return SYSTEM_DATA
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def planned(data: Path) -> dict[Path, Path]:
    """Bundled file -> where it goes under ``data``."""
    files = {LINUX_DESKTOP / ENTRY: data / "applications" / ENTRY,
             LINUX_DESKTOP / MIME: data / "mime" / "packages" / MIME}
    icons = LINUX_DESKTOP / "icons"
    for icon in sorted(icons.glob("hicolor/*/apps/*")):
        files[icon] = data / "icons" / icon.relative_to(icons)
    return files


def default_command() -> str:
    """The policy-studio on PATH, or this Python running the package."""
    found = shutil.which("policy-studio")
    if found:
        return exec_quote(found)
    return " ".join((exec_quote(sys.executable), "-m", "app"))


def exec_quote(argument: str) -> str:
    """``argument`` as one word of a desktop entry's Exec key (quoted when it must be)."""
    if argument and not RESERVED & set(argument):
        return argument.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + inner.replace("%", "%%") + '"'


def entry_text(text: str, command: str) -> str:
    """The bundled entry with ``Exec`` running ``command`` (and ``TryExec`` dropped).

    Values are written with the entry's string escapes (a backslash doubled).
    """
    value = command.replace("\\", "\\\\")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = " ".join((f"Exec={value}", "%f"))  # the key, and the file opened
        elif line.startswith("TryExec="):
            continue  # names a program on PATH; the Exec above may not be one
        lines.append(line)
    return "\n".join(lines) + "\n"


def refresh_caches(data: Path) -> list[str]:
    """Run the cache tools that are installed; what each did, in words."""
    steps = (["update-mime-database", str(data / "mime")],
             ["update-desktop-database", str(data / "applications")],
             ["gtk-update-icon-cache", "--force", "--ignore-theme-index", "--quiet",
              str(data / "icons" / "hicolor")])
    lines = []
    for step in steps:
        if shutil.which(step[0]) is None or not Path(step[-1]).is_dir():
            lines.append(translate("install-desktop", "note: {tool} not run (not installed or "
                                   "nothing to refresh)").format(tool=step[0]))
            continue
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=120,
                                  check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            lines.append(_failed(step[0], exc))
            continue
        lines.append(translate("install-desktop", "ran {tool}").format(tool=step[0])
                     if done.returncode == 0 else
                     _failed(step[0], done.stderr.strip() or done.returncode))
    return lines


def _failed(tool: str, reason: object) -> str:
    return translate("install-desktop", "note: {tool} failed: {reason}").format(tool=tool,
                                                                                 reason=reason)
