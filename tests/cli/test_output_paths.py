"""`-o OUT` for every command that writes: an input is never overwritten, `-` is standard
output, devices and FIFOs are written through, read-only files are refused (real processes)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import ROOT


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """``python -m app`` in a fresh process (bytes out: some outputs are binary)."""
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          cwd=ROOT, timeout=120)


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


@pytest.fixture
def inputs(small_policy: Path, tmp_path: Path) -> dict[str, Path]:
    """The small policy plus the other inputs the import commands read."""
    assert run_cli("export", small_policy, "-f", "fides", "-o", tmp_path / "fides").returncode == 0
    assert run_cli("export", small_policy, "-f", "retention-csv", "-o",
                   tmp_path / "schedule.csv").returncode == 0
    return {"policy": small_policy, "taxonomy": tmp_path / "fides" / "fides" / "taxonomy.yml",
            "csv": tmp_path / "schedule.csv"}


def snapshot(paths: dict[str, Path]) -> dict[str, tuple[bytes, int]]:
    return {k: (p.read_bytes(), p.stat().st_mtime_ns) for k, p in paths.items()}


def test_every_command_refuses_to_write_over_one_of_its_inputs(
        inputs: dict[str, Path], tmp_path: Path) -> None:
    policy, taxonomy, csv = inputs["policy"], inputs["taxonomy"], inputs["csv"]
    link = tmp_path / "link.yaml"
    link.symlink_to(policy)
    hard = tmp_path / "hard.yaml"
    os.link(policy, hard)
    relative = Path(os.path.relpath(policy, ROOT)).parent / "." / policy.name
    before = snapshot(inputs)
    cases = [
        ("export", policy, "-f", "json", "-o", policy),
        ("export", policy, "-f", "json", "-o", relative),
        ("export", policy, "-f", "json", "-o", link),
        ("export", policy, "-f", "json", "-o", hard),
        ("validate", policy, "-o", policy),
        ("diff", policy, link, "-o", link),
        ("import", policy, "--fides", taxonomy, "-o", taxonomy),
        ("import", policy, "--fides", taxonomy, "-o", policy),
        ("retention-import", policy, "--csv", csv, "-o", csv),
    ]
    for args in cases:
        line = one_error_line(run_cli(*args))
        assert "is an input of this command" in line and "choose another output" in line
    assert snapshot(inputs) == before
    assert link.is_symlink()


def test_a_folder_export_refuses_a_folder_holding_its_input(tmp_path: Path,
                                                            small_policy: Path) -> None:
    folder = tmp_path / "bundle" / "fides"
    folder.mkdir(parents=True)
    policy = folder / "policy.yml"
    policy.write_bytes(small_policy.read_bytes())
    line = one_error_line(run_cli("export", policy, "-f", "fides", "-o", tmp_path / "bundle"))
    assert "is an input of this command" in line
    assert policy.read_bytes() == small_policy.read_bytes()


def test_dash_writes_to_standard_output(inputs: dict[str, Path]) -> None:
    policy = inputs["policy"]
    exported = run_cli("export", policy, "-f", "json", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["digest"].startswith("sha256:")
    assert b"wrote" in exported.stderr and not (ROOT / "-").exists()
    pdf = run_cli("export", policy, "-f", "pdf", "-o", "-")
    assert pdf.returncode == 0 and pdf.stdout.startswith(b"%PDF")
    report = run_cli("validate", policy, "--format", "json", "-o", "-")
    assert report.returncode == 0 and isinstance(json.loads(report.stdout), (dict, list))
    imported = run_cli("retention-import", policy, "--csv", inputs["csv"], "-o", "-")
    assert imported.returncode == 0 and imported.stdout.startswith(b"# A small policy")
    assert imported.stdout == policy.read_bytes()  # nothing changed, nothing re-laid out
    several = run_cli("export", policy, "-f", "fides", "-o", "-")
    assert "several files" in one_error_line(several)


def test_dev_null_is_written_through(small_policy: Path) -> None:
    for args in (("export", small_policy, "-f", "json"), ("validate", small_policy),
                 ("schema",)):
        result = run_cli(*args, "-o", "/dev/null")
        assert result.returncode == 0, result.stderr
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_target_is_written_through(small_policy: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)  # another program
    result = run_cli("export", small_policy, "-f", "json", "-o", fifo)
    received, _ = reader.communicate(timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(received)["digest"].startswith("sha256:")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_read_only_output_is_refused_with_one_line(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    out.chmod(0o444)
    line = one_error_line(run_cli("export", small_policy, "-f", "json", "-o", out))
    assert line.startswith(f"{out}:1:1: error:") and "read-only" in line
    assert out.read_text() == "old"
    messy = tmp_path / "messy.policy.yaml"
    messy.write_text(small_policy.read_text().replace("  id: small_shop", "  id:   small_shop"))
    messy.chmod(0o444)
    line = one_error_line(run_cli("fmt", messy))
    assert line.startswith(f"{messy}:1:1: error:") and "read-only" in line


def test_new_output_files_follow_the_umask(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert run_cli("export", small_policy, "-f", "json", "-o", out).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
