"""The bench's ``bundle_size_mb``: the bytes of the built bundle's files, none without one."""

from __future__ import annotations

from pathlib import Path

from bench.bundle import PROGRAM, measure_bundle


def test_no_bundle_no_figure(tmp_path: Path) -> None:
    assert measure_bundle(tmp_path / "policy-studio") == {}
    (tmp_path / "policy-studio").mkdir()
    (tmp_path / "policy-studio" / "_internal").mkdir()  # a folder without its program
    assert measure_bundle(tmp_path / "policy-studio") == {}


def test_the_size_counts_every_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "policy-studio"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / PROGRAM).write_bytes(b"x" * 1_000_000)
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"y" * 2_500_000)
    (folder / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    assert measure_bundle(folder) == {"bundle_size_mb": 3.5}
