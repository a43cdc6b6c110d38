"""The file on disk as we last read or wrote it, and whether someone changed it since."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from app.storage.disk_state import (
    Change,
    ChangedOnDisk,
    DiskState,
    changed_since,
    ensure_unchanged,
    read_state,
    state_after_load,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "a.policy.yaml"
    target.write_bytes(b"title: one\n")
    return target


def test_the_state_is_size_time_and_hash(path: Path) -> None:
    state = read_state(path)
    assert state is not None
    assert state.size == 11 and state.mtime_ns == path.stat().st_mtime_ns
    assert state == DiskState.of_data(path, b"title: one\n")
    assert DiskState.from_json(state.to_json()) == state
    assert read_state(path.with_name("missing.yaml")) is None


@pytest.mark.parametrize("junk", [None, [], {"size": -1, "mtime_ns": 0, "sha256": "x"},
                                  {"size": True, "mtime_ns": 0, "sha256": "x"},
                                  {"size": 1, "mtime_ns": "0", "sha256": "x"},
                                  {"size": 1, "mtime_ns": 0, "sha256": 5}])
def test_junk_in_a_sidecar_is_no_state(junk: object) -> None:
    assert DiskState.from_json(junk) is None


def test_unchanged_and_touched_files_have_not_changed(path: Path) -> None:
    known = read_state(path)
    assert changed_since(path, known) is Change.NONE
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert changed_since(path, known) is Change.NONE  # a new time, the same bytes


def test_a_new_size_is_a_change(path: Path) -> None:
    known = read_state(path)
    path.write_bytes(b"title: three\n")
    assert changed_since(path, known) is Change.MODIFIED


def test_the_same_size_and_time_with_other_bytes_is_a_change(path: Path) -> None:
    known = read_state(path)
    assert known is not None
    path.write_bytes(b"title: two\n")
    os.utime(path, ns=(known.mtime_ns, known.mtime_ns))
    assert changed_since(path, known) is Change.MODIFIED


def test_removed_and_created_files(path: Path) -> None:
    known = read_state(path)
    path.unlink()
    assert changed_since(path, known) is Change.REMOVED
    assert changed_since(path, None) is Change.NONE
    path.write_bytes(b"title: new\n")
    assert changed_since(path, None) is Change.CREATED


def test_a_symlink_is_judged_by_its_target(path: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.policy.yaml"
    link.symlink_to(path)
    known = read_state(link)
    assert known == read_state(path)
    path.write_bytes(b"title: other\n")
    assert changed_since(link, known) is Change.MODIFIED


def test_a_fifo_in_the_files_place_is_a_change_and_never_blocks(path: Path) -> None:
    known = read_state(path)
    path.unlink()
    os.mkfifo(path)
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.extend(
        [read_state(path), changed_since(path, known)]), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert seen == [None, Change.MODIFIED]


def test_a_file_changed_while_it_was_loaded_counts_as_changed(path: Path) -> None:
    before = os.stat(path)
    path.write_bytes(b"title: written during the load\n")
    state = state_after_load(path, before)
    assert state is not None and state.sha256 is None
    assert changed_since(path, state) is Change.MODIFIED
    steady = state_after_load(path, os.stat(path))
    assert steady == read_state(path) and changed_since(path, steady) is Change.NONE


def test_the_loaded_bytes_give_the_state_without_reading_the_file_again(path: Path) -> None:
    before = os.stat(path)
    data = path.read_bytes()
    assert state_after_load(path, before, data) == read_state(path)
    path.write_bytes(b"title: written during the load\n")
    changed = state_after_load(path, before, data)
    assert changed is not None and changed.sha256 is None
    assert changed_since(path, changed) is Change.MODIFIED


def test_ensure_unchanged_says_what_is_there_now(path: Path) -> None:
    known = read_state(path)
    ensure_unchanged(path, known)
    path.write_bytes(b"title: theirs\n")
    with pytest.raises(ChangedOnDisk) as raised:
        ensure_unchanged(path, known)
    assert raised.value.change is Change.MODIFIED
    assert raised.value.now == read_state(path)
    path.unlink()
    ensure_unchanged(path, known)  # nothing there to lose
