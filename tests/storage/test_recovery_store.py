"""The recovery folder: one entry per session, owned by the running session's lock file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.disk_state import DiskState
from app.storage.recovery import RecoveryStore, new_session_key
from app.storage.session_lock import SessionLock, is_held

ROOT = Path(__file__).resolve().parents[2]
TEXT = "format_version: 1\npolicy: {id: a, title: A}\n"
HOLDER = """
import sys
from pathlib import Path
from app.storage.recovery import RecoveryStore, new_session_key
store = RecoveryStore(Path(sys.argv[1]))
lock = store.open_session(new_session_key())
print(store.write(lock, "format_version: 1\\npolicy: {id: h, title: Held}\\n", None, "Held"),
      flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def _holder(store: RecoveryStore) -> tuple[subprocess.Popen[str], Path]:
    """Another process that autosaved an entry and is still running."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.directory)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def _kill(process: subprocess.Popen[str]) -> None:
    process.kill()
    assert process.wait(timeout=30) == -signal.SIGKILL
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def test_an_entry_round_trip(store: RecoveryStore, tmp_path: Path) -> None:
    assert store.entries() == []
    original = tmp_path / "a.policy.yaml"
    original.write_text(TEXT, encoding="utf-8")
    state = DiskState.of_data(original, TEXT.encode())
    lock = store.open_session(new_session_key())
    text_path = store.write(lock, TEXT, str(original), "A", state)
    assert text_path is not None and text_path.name == f"{store.key_of(lock)}.policy.yaml"
    assert store.entries() == []  # its session is running (a second handle, same process)
    lock.release(remove=False)  # what the system does when the process dies
    [entry] = store.entries()
    assert (entry.key, entry.title, entry.name, entry.pid) == (
        store.key_of(lock), "A", "a.policy.yaml", os.getpid())
    assert entry.disk == state and store.read(entry) == TEXT
    (store.directory / "junk.json").write_text("{not json", encoding="utf-8")
    assert [e.key for e in store.entries()] == [entry.key]  # unreadable sidecars are skipped
    assert store.discard_entry(entry)
    assert sorted(p.name for p in store.directory.iterdir()) == ["junk.json"]


def test_sessions_never_share_a_key_or_an_entry(store: RecoveryStore) -> None:
    first = store.open_session(new_session_key())
    second = store.open_session(new_session_key())
    assert first.path != second.path
    with pytest.raises(OSError):
        store.open_session(store.key_of(first))
    store.write(first, TEXT, None, "First")
    assert store.claim(store.key_of(first)) is None  # a running session's entry is its own
    first.release(remove=False)
    taken = store.claim(store.key_of(first))
    assert taken is not None
    assert store.claim(store.key_of(first)) is None  # only one taker
    assert store.entries() == []
    store.discard(taken)
    assert store.claim(store.key_of(first)) is None  # gone
    store.discard(second)
    assert list(store.directory.iterdir()) == []


def test_a_write_after_the_release_writes_nothing(store: RecoveryStore) -> None:
    lock = store.open_session(new_session_key())
    store.write(lock, TEXT, None, "A")
    store.discard(lock)
    assert store.write(lock, TEXT, None, "A") is None  # an autosave that finished too late
    assert list(store.directory.iterdir()) == []


def test_another_running_process_keeps_its_entry_until_it_dies(store: RecoveryStore) -> None:
    process, text_path = _holder(store)
    try:
        assert text_path.is_file() and store.entries() == []
        key = text_path.name.removesuffix(".policy.yaml")
        assert store.claim(key) is None
        assert is_held(store.directory / f"{key}.lock")
    finally:
        _kill(process)
    [entry] = store.entries()
    assert (entry.key, entry.title, entry.pid) == (key, "Held", process.pid)


def test_a_reused_pid_hides_nothing(store: RecoveryStore) -> None:
    process, text_path = _holder(store)
    _kill(process)
    info = text_path.with_name(text_path.name.replace(".policy.yaml", ".json"))
    data = json.loads(info.read_text(encoding="utf-8"))
    for live in (os.getpid(), os.getppid()):  # the crashed process's number, handed on
        info.write_text(json.dumps({**data, "pid": live}), encoding="utf-8")
        assert [e.title for e in store.entries()] == ["Held"]


def test_entries_without_a_lock_file_are_offered(store: RecoveryStore) -> None:
    store.directory.mkdir()
    (store.directory / "file-0123.policy.yaml").write_text(TEXT, encoding="utf-8")
    (store.directory / "file-0123.json").write_text(json.dumps(
        {"original_path": None, "title": "Old", "pid": 1, "saved_at": "2026-01-01T10:00:00"}),
        encoding="utf-8")
    [entry] = store.entries()
    assert entry.title == "Old" and entry.disk is None
    assert store.discard_entry(entry)
    assert list(store.directory.iterdir()) == []


def test_lock_files_of_stopped_sessions_without_entries_are_swept(store: RecoveryStore) -> None:
    stopped = store.open_session(new_session_key())
    stopped.release(remove=False)
    running = store.open_session(new_session_key())
    assert store.entries() == []
    assert [p.name for p in store.directory.iterdir()] == [running.path.name]
    store.discard(running)


def test_a_session_lock_excludes_other_handles_until_released(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    lock = SessionLock.acquire(path)
    assert lock is not None and lock.held and is_held(path)
    assert SessionLock.acquire(path) is None
    lock.release()
    assert not lock.held and not path.exists() and not is_held(path)
    lock.release()  # twice is fine


def test_recovered_work_is_private_to_its_user(store: RecoveryStore) -> None:
    """Unsaved work is kept where only its user can read it, whatever the umask."""
    old = os.umask(0o022)
    try:
        lock = store.open_session(new_session_key())
        assert store.write(lock, TEXT, None, "A") is not None
    finally:
        os.umask(old)
    assert store.directory.stat().st_mode & 0o777 == 0o700


def test_an_older_open_recovery_folder_is_made_private(store: RecoveryStore) -> None:
    store.directory.mkdir(mode=0o755)
    store.directory.chmod(0o755)
    store.open_session(new_session_key())
    assert store.directory.stat().st_mode & 0o777 == 0o700
