"""read_limited: whole regular files only, bounded, every refusal naming file:1:1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage.errors import PolicyFileError
from app.storage.input_file import read_limited


def refusal(path: Path, limit: int = 100) -> str:
    with pytest.raises(PolicyFileError) as caught:
        read_limited(path, limit, "CSV file")
    return caught.value.lines()[0]


def test_reads_a_regular_file_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100
    path.write_bytes(b"x" * 5000)
    assert refusal(path) == f"{path}:1:1: error: the file is 5000 bytes; the limit is 100 bytes"


def test_missing_folder_and_fifo_are_refused_at_once(tmp_path: Path) -> None:
    assert refusal(tmp_path / "none.csv").endswith(":1:1: error: no such file")
    assert refusal(tmp_path).endswith("this is a folder, not a CSV file")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # nobody writes to it: opening it would block for ever
    assert refusal(fifo).endswith("this is not a regular file (a pipe or device); give a "
                                  "CSV file")
