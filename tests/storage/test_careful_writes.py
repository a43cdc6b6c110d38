"""A save behaves like a careful editor's: links, modes, owners, read-only files, umask,
devices and FIFOs, and the temporary files of writers that were killed mid-save."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.paths import ROOT
from app.storage import atomic
from app.storage.atomic import ReadOnlyFileError, clean_stale_temps, temp_prefix, write_atomic

OLD = b"format_version: 1\npolicy: {id: old}\n"
NEW = b"format_version: 1\npolicy: {id: new}\n"


def temps(target: Path) -> list[str]:
    return sorted(n for n in os.listdir(target.parent) if n.startswith(temp_prefix(target)))


def test_writing_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "p.policy.yaml"
    target.write_bytes(OLD)
    link = tmp_path / "link.policy.yaml"
    link.symlink_to(Path("real") / "p.policy.yaml")
    write_atomic(link, NEW)
    assert link.is_symlink()
    assert os.readlink(link) == os.path.join("real", "p.policy.yaml")
    assert target.read_bytes() == NEW
    assert temps(link) == [] and temps(target) == []


def test_a_chain_of_links_and_a_dangling_link_write_the_final_target(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.symlink_to(target)  # dangling until written
    second.symlink_to(first)
    write_atomic(second, NEW)
    assert target.read_bytes() == NEW
    assert first.is_symlink() and second.is_symlink()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_owner_and_group_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    os.chown(target, 4321, 8765)
    target.chmod(0o640)
    write_atomic(target, NEW)
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (4321, 8765)
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert target.read_bytes() == NEW


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_a_read_only_file_is_refused_not_rewritten(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    target.chmod(mode)
    before = target.stat()
    with pytest.raises(ReadOnlyFileError, match="read-only") as caught:
        write_atomic(target, NEW)
    assert caught.value.filename == str(target)
    after = target.stat()
    assert target.read_bytes() == OLD
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert temps(target) == []


def test_a_read_only_target_behind_a_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    target.chmod(0o444)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    with pytest.raises(ReadOnlyFileError):
        write_atomic(link, NEW)
    assert target.read_bytes() == OLD and link.is_symlink()


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o002, 0o664),
                                                 (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    previous = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.policy.yaml", NEW)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.policy.yaml").stat().st_mode) == expected


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, NEW)


def test_dev_null_is_written_through_not_replaced() -> None:
    before = os.stat("/dev/null")
    write_atomic("/dev/null", NEW)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not any(n.startswith(".null.") for n in os.listdir("/dev"))


def test_a_character_device_node_is_written_through(tmp_path: Path) -> None:
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        pytest.skip("creating device nodes is not permitted here (/dev/null is tested above)")
    write_atomic(node, NEW)
    assert stat.S_ISCHR(node.stat().st_mode)
    assert os.listdir(tmp_path) == ["null"]


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    write_atomic(fifo, NEW * 10_000)  # more than a pipe buffer holds
    reader.join(10)
    assert received == [NEW * 10_000]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(os.listdir(tmp_path)) == ["out.fifo"]


def test_a_fifo_nobody_reads_is_refused_instead_of_hanging(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    monkeypatch.setattr(atomic, "FIFO_WAIT_S", 0.2)
    with pytest.raises(OSError, match="no program is reading"):
        write_atomic(fifo, NEW)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    from app.storage import atomic

    def hang(fd):  # the data is in the temporary file; the rename has not happened yet
        sys.stdout.write("ready\\n")
        sys.stdout.flush()
        time.sleep(600)

    atomic.os.fsync = hang
    atomic.write_atomic(sys.argv[1], b"x" * (64 * 1024 * 1024))
""")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def kill_mid_save(target: Path) -> None:
    """Run a real save of a big file in another process and kill -9 it before it finishes."""
    process = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True, preexec_fn=_limit_memory)
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
    finally:
        process.kill()
        process.wait(30)
    assert process.returncode == -9


def test_a_killed_save_leaves_the_original_and_the_next_save_removes_its_temp_file(
        tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    kill_mid_save(target)
    assert target.read_bytes() == OLD
    left = temps(target)
    assert len(left) == 1 and (tmp_path / left[0]).stat().st_size == 64 * 1024 * 1024
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert temps(target) == []


def test_temp_files_of_running_writers_and_other_machines_are_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f"{temp_prefix(target)}{atomic._HOST}-{sleeper.pid}-{'a' * 12}.tmp"
        other_host = tmp_path / f"{temp_prefix(target)}00000000-1-{'b' * 12}.tmp"
        unrelated = tmp_path / f"{temp_prefix(target)}notes.tmp"
        for path in (live, other_host, unrelated):
            path.write_bytes(b"partial")
        assert clean_stale_temps(target) == []
        write_atomic(target, NEW)
        assert live.exists() and other_host.exists() and unrelated.exists()
        old = os.stat(other_host).st_mtime - atomic.STALE_AFTER_S - 60
        os.utime(other_host, (old, old))
        assert clean_stale_temps(target) == [other_host]
    finally:
        sleeper.kill()
        sleeper.wait()
    assert clean_stale_temps(target) == [live]


def test_a_folder_that_cannot_take_the_temporary_file_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)
    real_open = os.open

    def no_new_files(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:  # what a folder without write permission does (root ignores it)
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic.os, "open", no_new_files)
    with pytest.raises(OSError, match="you may not create files in the folder") as caught:
        write_atomic(target, NEW)
    monkeypatch.undo()
    assert caught.value.filename == str(target)
    assert target.read_bytes() == OLD


def test_a_failing_write_names_the_file_being_saved(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "p.policy.yaml"
    target.write_bytes(OLD)

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError, match="No space left") as caught:
        write_atomic(target, NEW)
    monkeypatch.undo()
    assert caught.value.filename == str(target)
    assert target.read_bytes() == OLD and temps(target) == []
