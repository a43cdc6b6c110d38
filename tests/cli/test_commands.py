"""fmt, new, schema, the summary view and process-level behaviour of the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.paths import ROOT, TEMPLATES
from app.storage.loader import load_file
from app.storage.schema import schema_text


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m app`` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          input=stdin, cwd=ROOT, timeout=120)


MESSY = """\
# keep me
format_version: 1
policy:
    id: messy   # and me
    title: 'Messy layout'
categories:
-   id: contact
    name: "Contact"
    tags: [contact]
"""


def test_fmt_check_reports_and_fmt_rewrites_keeping_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "messy.policy.yaml"
    path.write_text(MESSY)
    assert main(["fmt", "--check", str(path)]) == 1
    assert f"would reformat {path}" in capsys.readouterr().out
    assert path.read_text() == MESSY
    before = load_file(path).policy
    assert main(["fmt", str(path)]) == 0
    formatted = path.read_text()
    assert "# keep me" in formatted and "# and me" in formatted
    assert "  id: messy" in formatted and "  - id: contact" in formatted
    assert "'Messy layout'" not in formatted
    assert load_file(path).policy == before
    assert main(["fmt", "--check", str(path)]) == 0


def test_fmt_refuses_unreadable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.policy.yaml"
    path.write_text("format_version: 1\npolicy: !!python/name:os.system\n")
    assert main(["fmt", str(path)]) == 2
    assert f"{path}:2:9: error:" in capsys.readouterr().err


def test_schema_command_prints_the_checked_in_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == schema_text()
    out = tmp_path / "schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["$id"].endswith("policy-v2.schema.json")


def test_new_from_every_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = sorted(p.name.removesuffix(".policy.yaml") for p in TEMPLATES.glob("*.policy.yaml"))
    assert {"blank", "gdpr-online-shop", "cpra-app"} <= set(names)
    for name in names:
        target = tmp_path / f"{name}.policy.yaml"
        assert main(["new", "--template", name, "-o", str(target)]) == 0
        assert load_file(target).policy == load_file(TEMPLATES / f"{name}.policy.yaml").policy
    assert main(["new", "--list"]) == 0
    listing = capsys.readouterr().out
    assert all(name in listing for name in names)


def test_new_refuses_to_overwrite_and_unknown_templates(
    small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--template", "blank", "-o", str(small_policy)]) == 2
    assert "file exists" in capsys.readouterr().err
    assert main(["new", "--template", "nope", "-o", str(tmp_path / "x.policy.yaml")]) == 2
    assert "no template 'nope'" in capsys.readouterr().err


def test_open_without_a_display_summarises(small_policy: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([str(small_policy)]) == 0
    captured = capsys.readouterr()
    assert "no display available" in captured.err
    out = captured.out
    assert "Small shop" in out and "categories:    2" in out and "digest:" in out


def test_screenshot_renders_the_window(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run_cli(str(small_policy), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)


def test_screenshot_of_a_bad_file_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 1\npolicy: [\n")
    result = run_cli(str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}:") and "Traceback" not in result.stderr


def test_python_dash_m_app_matches_the_entry_point(small_policy: Path) -> None:
    result = run_cli("decide", str(small_policy), "--category", "contact", "--purpose",
                     "orders", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["decision"] == "allow"
    assert run_cli("--version").stdout.startswith("policy-studio ")


def test_cli_never_imports_qt(small_policy: Path) -> None:
    code = (
        "import sys; from app.cli import main; "
        f"main(['validate', {str(small_policy)!r}]); "
        f"main(['decide', {str(small_policy)!r}, '--category', 'contact', '--purpose', 'x']); "
        f"main([{str(small_policy)!r}, '--summary']); "
        "sys.stdout.flush(); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.stdout.strip().endswith("NOQT"), result.stdout + result.stderr


HOSTILE = {
    "broken.yaml": b"format_version: 1\npolicy: {id: x\n",
    "types.yaml": b"format_version: 1\npolicy:\n  id: x\nrules: 7\n",
    "tag.yaml": b"format_version: 1\npolicy: !!python/object/apply:os.system [echo hi]\n",
    "future.yaml": b"format_version: 99\npolicy:\n  id: x\n",
    "empty.yaml": b"",
    "latin1.yaml": b"format_version: 1\npolicy:\n  id: x\n  title: caf\xe9\n",
    "deep.yaml": b"format_version: 1\npolicy: " + b"[" * 60000 + b"]" * 60000 + b"\n",
    "bomb.yaml": b"format_version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                 + b"".join(b"%c: &%c [" % (c, c) + b", ".join([b"*%c" % (c - 1)] * 10) + b"]\n"
                            for c in range(ord("b"), ord("k"))),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_bad_input_never_gives_a_traceback(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    for command in (["validate", str(path)], ["decide", str(path), "--category", "a",
                                              "--purpose", "b"], ["fmt", "--check", str(path)],
                    ["migrate", str(path)]):
        result = run_cli(*command)
        assert result.returncode == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
        first = result.stderr.splitlines()[0]
        assert first.startswith(f"{path}:") and ": error: " in first
