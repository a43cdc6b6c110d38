"""The Linux desktop files and `policy-studio install-desktop`.

The desktop entry and the MIME types are read by Python (the keys and elements a desktop
needs) and, where installed, by the freedesktop tools themselves: desktop-file-validate,
xmllint and update-mime-database. The install runs into a temporary XDG_DATA_HOME, and Qt's
MIME database, reading that folder in a child process, must name the policy type for
``*.policy.yaml`` (over plain YAML).
"""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import build_open_parser
from app.commands.install_desktop import ENTRY, MIME, exec_quote, planned
from app.storage.resources import LINUX_DESKTOP
from tests.memory_probe import ROOT

NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {"application/x-policy-studio+yaml": ("*.policy.yaml", "*.policy.yml"),
         "application/x-policy-studio+json": ("*.policy.json",)}
SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def check_entry(path: Path) -> dict[str, str]:
    """The checks a desktop makes of the entry, then the validator's where it is installed."""
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert {"Name", "GenericName", "Comment", "Exec", "Icon"} <= set(entry)
    assert entry["Icon"] == "policy-studio"
    assert entry["MimeType"].endswith(";") and set(entry["MimeType"].split(";")[:-1]) == set(TYPES)
    assert "Office" in entry["Categories"].split(";")
    assert entry["Exec"].endswith(" %f")  # one file a start: the window holds one policy
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    return entry


def check_mime(path: Path) -> None:
    """The types, globs (weighted over *.yaml and *.json) and parents, then xmllint's view."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{NS}mime-info"
    found = {t.get("type"): t for t in root.findall(f"{NS}mime-type")}
    assert set(found) == set(TYPES)
    for name, patterns in TYPES.items():
        globs = found[name].findall(f"{NS}glob")
        assert tuple(g.get("pattern") for g in globs) == patterns
        assert all(int(g.get("weight", "50")) > 50 for g in globs)
        parents = {p.get("type") for p in found[name].findall(f"{NS}sub-class-of")}
        assert parents == ({"application/yaml", "application/x-yaml"} if "yaml" in name
                           else {"application/json"})
        assert found[name].find(f"{NS}comment") is not None
        assert found[name].find(f"{NS}icon").get("name") == "policy-studio"  # type: ignore[union-attr]
    if shutil.which("xmllint"):
        done = subprocess.run(["xmllint", "--noout", str(path)], capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0 and not done.stderr, done.stderr


def test_the_bundled_entry_is_valid() -> None:
    entry = check_entry(LINUX_DESKTOP / ENTRY)
    assert entry["Exec"] == "policy-studio %f" and entry["TryExec"] == "policy-studio"


def test_the_entry_s_command_is_one_the_program_accepts(tmp_path: Path) -> None:
    words = shlex.split(read_entry(LINUX_DESKTOP / ENTRY)["Exec"].replace("%f", "FILE"))
    args = build_open_parser().parse_args([str(tmp_path / "a.policy.yaml") if w == "FILE"
                                           else w for w in words[1:]])
    assert args.file == str(tmp_path / "a.policy.yaml") and not args.screenshot


def test_the_bundled_mime_types_are_valid() -> None:
    check_mime(LINUX_DESKTOP / MIME)


def test_every_icon_size_and_the_svg_are_installed(tmp_path: Path) -> None:
    targets = {str(t.relative_to(tmp_path)) for t in planned(tmp_path).values()}
    wanted = {f"icons/hicolor/{size}/apps/policy-studio.png" for size in SIZES}
    wanted |= {"icons/hicolor/scalable/apps/policy-studio.svg",
               "applications/policy-studio.desktop", "mime/packages/policy-studio.xml"}
    assert targets == wanted


@pytest.mark.parametrize(("argument", "word"), [
    ("/usr/bin/policy-studio", "/usr/bin/policy-studio"),
    ("/home/a b/bin/policy-studio", '"/home/a b/bin/policy-studio"'),
    ('/x/"q"$`\\/ps', '"/x/\\"q\\"\\$\\`\\\\/ps"'),
    ("/x/100%/ps", "/x/100%%/ps"),
])
def test_exec_words_are_quoted_as_the_entry_spec_asks(argument: str, word: str) -> None:
    assert exec_quote(argument) == word


def install(data: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(data)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "app", "install-desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_install_puts_everything_under_xdg_data_home_and_remove_takes_it_away(
        tmp_path: Path) -> None:
    data = tmp_path / "a folder" / "share"
    done = install(data, "--user", "--command", f"{exec_quote(sys.executable)} -m app")
    assert done.returncode == 0, done.stderr
    for source, target in planned(data).items():
        assert target.is_file(), target
        if source.suffix != ".desktop":
            assert target.read_bytes() == source.read_bytes()
    entry = check_entry(data / "applications" / ENTRY)
    assert shlex.split(entry["Exec"]) == [sys.executable, "-m", "app", "%f"]
    assert "TryExec" not in entry
    check_mime(data / "mime" / "packages" / MIME)
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
        assert "60:application/x-policy-studio+yaml:*.policy.yaml" in globs
        assert "ran update-mime-database" in done.stdout
        assert "application/x-policy-studio+yaml application/yaml" in (
            data / "mime" / "subclasses").read_text(encoding="utf-8")
    removed = install(data, "--remove")
    assert removed.returncode == 0, removed.stderr
    assert not any(target.exists() for target in planned(data).values())


def test_the_installed_type_is_what_the_desktop_sees_for_a_policy_file(tmp_path: Path) -> None:
    # Qt reads the cache update-mime-database built, or the XML itself where it is missing.
    data = tmp_path / "share"
    assert install(data, "--command", "policy-studio").returncode == 0
    probe = ("from PySide6.QtCore import QMimeDatabase as D\n"
             "for n in ('a.policy.yaml', 'a.policy.yml', 'a.policy.json', 'a.yaml'):\n"
             "    t = D().mimeTypeForFile(n, D.MatchMode.MatchExtension)\n"
             "    print(n, t.name(), t.inherits('application/x-yaml') or"
             " t.inherits('application/yaml'), t.inherits('application/json'))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={**os.environ, "XDG_DATA_HOME": str(data)}, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    seen = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()}
    assert seen["a.policy.yaml"] == ["application/x-policy-studio+yaml", "True", "False"]
    assert seen["a.policy.yml"] == ["application/x-policy-studio+yaml", "True", "False"]
    assert seen["a.policy.json"] == ["application/x-policy-studio+json", "False", "True"]
    assert seen["a.yaml"][0] != "application/x-policy-studio+yaml"


def test_without_a_command_the_entry_runs_the_policy_studio_on_path(tmp_path: Path) -> None:
    bin_dir = tmp_path / "my bin"
    bin_dir.mkdir()
    script = bin_dir / "policy-studio"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    data = tmp_path / "share"
    done = install(data, path=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    assert done.returncode == 0, done.stderr
    entry = read_entry(data / "applications" / ENTRY)
    assert entry["Exec"] == f'"{script}" %f'


def test_a_data_folder_that_is_a_file_is_refused_by_name(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("not a folder", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "app", "install-desktop", "--data-dir",
                           str(blocker)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert str(blocker) in done.stderr
