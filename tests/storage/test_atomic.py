"""Atomic writes: a save fully happens or leaves the previous file untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.storage import atomic
from app.storage.atomic import write_atomic

OLD = b"format_version: 1\npolicy: {id: old}\n"
NEW = b"format_version: 1\npolicy: {id: new}\n"


def leftovers(directory: Path, keep: str) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name != keep)


def test_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert leftovers(tmp_path, target.name) == []


def test_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD + b"# a much longer old file " * 100)
    write_atomic(str(target), NEW)
    assert target.read_bytes() == NEW
    assert leftovers(tmp_path, target.name) == []


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_keeps_file_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    target.chmod(mode)
    write_atomic(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_replaces_the_file_rather_than_writing_into_it(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    link = tmp_path / "hard_link"
    os.link(target, link)
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert link.read_bytes() == OLD  # the old inode was never modified in place


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failure_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target.name) == []


def test_interrupted_write_leaves_the_old_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    real_fdopen = os.fdopen

    class Interrupted:
        def __init__(self, stream: object) -> None:
            self.stream = stream

        def __enter__(self) -> Interrupted:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])  # type: ignore[attr-defined]
            raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fdopen",
                        lambda fd, mode: Interrupted(real_fdopen(fd, mode)))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, NEW)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target.name) == []


def test_missing_directory_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "p.policy.yaml", NEW)
    assert not (tmp_path / "missing").exists()


def test_relative_path_in_current_directory(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.policy.yaml", NEW)
    assert (tmp_path / "plain.policy.yaml").read_bytes() == NEW
    assert leftovers(tmp_path, "plain.policy.yaml") == []
