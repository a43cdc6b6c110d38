"""Load a policy file (YAML or canonical JSON) into the domain model, safely."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from app.domain.error_words import error_words
from app.domain.i18n import translate
from app.domain.models import FORMAT_VERSION, Policy
from app.domain.sections import SECTIONS
from app.storage.collector import collector_paused
from app.storage.encoding import UTF8, detect
from app.storage.errors import PolicyFileError, Problem
from app.storage.safe_yaml import MAX_BYTES, read_bytes, too_large
from app.storage.source_map import SourceMap
from app.storage.text_index import remember_read

MAX_PROBLEMS = 50
CHUNK = 1000
"""Items of a long section validated at a time."""


@dataclass
class LoadedPolicy:
    """A policy together with where it came from."""

    policy: Policy
    file: str
    text: str
    source_map: SourceMap
    declared_digest: str | None = None
    """The digest a canonical JSON file states about itself, if any."""
    encoding: str = UTF8
    """The file's encoding (see :mod:`app.storage.encoding`); a save writes it back so."""


def load_file(path: str | Path) -> LoadedPolicy:
    """Read and validate the policy at ``path``; raises :class:`PolicyFileError`."""
    return load_bytes(read_policy_bytes(path), str(path))


def read_policy_bytes(path: str | Path) -> bytes:
    """The bytes of the policy file at ``path``, refusing at once what cannot be a policy.

    Refused at once: anything that is not a regular file (a FIFO would wait for a writer, a device
    might never end) or is over the size limit (the message gives the file's real size).
    """
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PolicyFileError.at(name, 1, 1, translate("file errors", "no such file")) from None
    except IsADirectoryError:
        raise _folder(name) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    try:
        mode = os.fstat(fd)
        if stat.S_ISDIR(mode.st_mode):
            raise _folder(name)
        if not stat.S_ISREG(mode.st_mode):
            raise PolicyFileError.at(name, 1, 1, translate(
                "file errors", "this is not a regular file (a pipe, device or socket); give "
                               "the path of a policy file"))
        if mode.st_size > MAX_BYTES:
            raise PolicyFileError.at(name, 1, 1, too_large(mode.st_size))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:  # it grew while being read
        raise PolicyFileError.at(name, 1, 1, too_large(max(len(data), mode.st_size)))
    return data


def _folder(name: str) -> PolicyFileError:
    return PolicyFileError.at(name, 1, 1, translate("file errors",
                                                    "this is a folder, not a policy file"))


def _unreadable(name: str, exc: OSError) -> PolicyFileError:
    return PolicyFileError.at(name, 1, 1, translate("file errors", "cannot read file: {reason}")
                              .format(reason=exc.strerror))


def load_bytes(data: bytes, file: str = "<memory>") -> LoadedPolicy:
    """Parse and validate policy ``data``; ``file`` names it in messages."""
    with collector_paused(collect=False):
        return _load(data, file)


def _load(data: bytes, file: str) -> LoadedPolicy:
    document = read_bytes(data, file)
    source_map = document.source_map
    raw = document.data
    if not isinstance(raw, dict):
        raise PolicyFileError.at(file, 1, 1, translate(
            "file errors", "a policy file must be a mapping with a 'policy' key"))
    _check_format_version(raw, file, source_map)
    as_read = dict(raw)  # the checks below replace long sections with validated items
    declared = raw.pop("digest", None)
    _validate_long_sections(raw, file, source_map)
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as exc:
        raise PolicyFileError(file, _problems(exc, source_map, raw)) from None
    remember_read(document.text, as_read, source_map, document.anchored)
    return LoadedPolicy(policy, file, document.text, source_map,
                        declared if isinstance(declared, str) else None, detect(data))


def _check_format_version(raw: dict, file: str, source_map: SourceMap) -> None:
    if "format_version" not in raw:
        raise PolicyFileError.at(file, 1, 1, translate(
            "file errors", "the file does not say its format; add 'format_version: {version}'")
            .format(version=FORMAT_VERSION))
    version = raw["format_version"]
    line, column = source_map.position(("format_version",)) or (1, 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PolicyFileError.at(file, line, column, translate(
            "file errors", "format_version must be a whole number such as {version}")
            .format(version=FORMAT_VERSION))
    if version > FORMAT_VERSION:
        raise PolicyFileError.at(file, line, column, translate(
            "file errors", "this file uses format version {version}, written by a newer Policy "
            "Studio; this version reads format {readable}. Update Policy Studio to open it")
            .format(version=version, readable=FORMAT_VERSION))


def _validate_long_sections(raw: dict, file: str, source_map: SourceMap) -> None:
    """Validate long sections a chunk at a time.

    A file of 100,000 bad items then costs the errors of one chunk at a time, not 100,000 at once.
    Valid items replace the raw ones (the policy model takes them as they are).
    """
    problems: list[Problem] = []
    total = 0
    for info in SECTIONS:
        items = raw.get(info.key)
        if not isinstance(items, list) or len(items) <= CHUNK:
            continue
        adapter = _adapter(info.model)
        checked: list[object] = []
        for start in range(0, len(items), CHUNK):
            try:
                checked.extend(adapter.validate_python(items[start:start + CHUNK]))
            except ValidationError as exc:
                total += exc.error_count()
                room = MAX_PROBLEMS - len(problems)
                for error in exc.errors(include_url=False)[:room] if room > 0 else ():
                    loc = (info.key, start + error["loc"][0], *error["loc"][1:])
                    problems.append(_problem(loc, error, source_map, raw))
        if not problems:
            raw[info.key] = checked
    if problems:
        raise PolicyFileError(file, _with_hidden(problems, total))


@cache
def _adapter(item_type: type) -> TypeAdapter:
    return TypeAdapter(list[item_type])  # type: ignore[valid-type]


def _problems(exc: ValidationError, source_map: SourceMap, raw: dict) -> list[Problem]:
    problems = [_problem(tuple(error["loc"]), error, source_map, raw)
                for error in exc.errors(include_url=False)[:MAX_PROBLEMS]]
    return _with_hidden(problems, exc.error_count())


def _problem(loc: tuple, error: Any, source_map: SourceMap, raw: dict) -> Problem:
    line, column = source_map.position(loc, key=error["type"] == "extra_forbidden") or (1, 1)
    return Problem(line, column, error_words(error, raw, loc))


def _with_hidden(problems: list[Problem], total: int) -> list[Problem]:
    hidden = total - len(problems)
    if hidden > 0:
        last = problems[-1]
        problems.append(Problem(last.line, last.column, translate(
            "file errors", "... and %n more problems", None, hidden)))
    return problems
