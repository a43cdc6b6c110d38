"""Reading Fides manifests: files or a folder of them, safely, with a position for every value.

A manifest is YAML whose top-level keys are resource types, each a list of entries. Files are
parsed with the same safe loader as policy files (size, nesting, alias and tag limits), so a
hostile file is refused with file:line:col. :class:`Manifest` keeps a file's data and source
map and checks the shape of what the importer reads (a list here, text there), raising
:class:`~app.storage.errors.PolicyFileError` at the offending value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.errors import PolicyFileError
from app.storage.input_file import read_limited
from app.storage.safe_yaml import MAX_BYTES, read_bytes
from app.storage.source_map import SourceMap

RESOURCE_TYPES = ("organization", "data_category", "data_use", "data_subject", "dataset",
                  "system", "policy")
"""The resource types imported, in the order they are read (taxonomy before its users)."""
MAX_FILES = 500
"""Most manifest files read from one folder."""
SUFFIXES = (".yml", ".yaml")

Where = tuple[str | int, ...]
Entry = tuple[dict[str, Any], Where]


@dataclass(frozen=True)
class Manifest:
    """One parsed manifest file."""

    name: str
    data: dict[str, Any]
    source_map: SourceMap

    def at(self, where: Where, *, key: bool = False) -> str:
        """``file:line:col`` of the value at ``where`` (of its key with ``key=True``)."""
        line, column = self.source_map.position(where, key=key) or (1, 1)
        return f"{self.name}:{line}:{column}"

    def error(self, where: Where, message: str) -> PolicyFileError:
        """An error at the value at ``where``."""
        line, column = self.source_map.position(where) or (1, 1)
        return PolicyFileError.at(self.name, line, column, message)

    def entries(self, resource: str) -> list[Entry]:
        """The mappings listed under a top-level resource type (none when absent)."""
        return self.list_of(self.data, (), resource)

    def list_of(self, owner: dict[str, Any], where: Where, name: str) -> list[Entry]:
        """The mappings listed under ``owner[name]``; each with its position path."""
        value = owner.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error((*where, name), translate("fides import", "'{name}' must be a list")
                             .format(name=name))
        found = []
        for index, entry in enumerate(value):
            if not isinstance(entry, dict):
                raise self.error((*where, name, index), translate(
                    "fides import", "each entry of '{name}' must be a mapping").format(name=name))
            found.append((entry, (*where, name, index)))
        return found

    def text(self, owner: dict[str, Any], where: Where, name: str) -> str:
        """``owner[name]`` as text ('' when absent)."""
        value = owner.get(name)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error((*where, name), translate("fides import", "'{name}' must be text")
                             .format(name=name))
        return str(value)

    def key(self, owner: dict[str, Any], where: Where) -> str:
        """The entry's ``fides_key`` (required)."""
        value = owner.get("fides_key")
        if not isinstance(value, str) or not value.strip():
            raise self.error(where, translate("fides import",
                                              "each entry needs a text 'fides_key'"))
        return value

    def keys(self, owner: dict[str, Any], where: Where, name: str) -> list[str]:
        """``owner[name]`` as a list of text (empty when absent)."""
        value = owner.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error((*where, name), translate(
                "fides import", "'{name}' must be a list of Fides keys").format(name=name))
        return list(value)

    def flag(self, owner: dict[str, Any], where: Where, name: str) -> bool:
        """``owner[name]`` as a yes/no (False when absent)."""
        value = owner.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error((*where, name), translate("fides import", "'{name}' must be true or "
                                                       "false").format(name=name))
        return value

    def mapping(self, owner: dict[str, Any], where: Where, name: str) -> dict[str, Any]:
        """``owner[name]`` as a mapping (empty when absent)."""
        value = owner.get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.error((*where, name), translate("fides import", "'{name}' must be a mapping")
                             .format(name=name))
        return value


def read_manifest(path: str | Path) -> Manifest:
    """One manifest file, safely parsed; it must be a mapping."""
    name = str(path)
    document = read_bytes(read_limited(
        path, MAX_BYTES, QT_TRANSLATE_NOOP("file errors", "Fides manifest")), name)
    if not isinstance(document.data, dict):
        raise PolicyFileError.at(name, 1, 1, translate(
            "fides import", "a Fides manifest must be a mapping of resource types ({types})")
            .format(types=", ".join(RESOURCE_TYPES)))
    return Manifest(name, document.data, document.source_map)


def manifest_files(path: str | Path) -> list[Path]:
    """``path`` itself, or the ``.yml``/``.yaml`` files in the folder ``path`` (sorted)."""
    folder = Path(path)
    if not folder.is_dir():
        return [folder]
    files = sorted(p for p in _walk(folder) if p.suffix.lower() in SUFFIXES)
    if not files:
        raise PolicyFileError.at(str(path), 1, 1, translate(
            "fides import", "the folder holds no .yml or .yaml files"))
    if len(files) > MAX_FILES:
        raise PolicyFileError.at(str(path), 1, 1, translate(
            "fides import", "the folder holds {count} manifest files; the limit is {limit}")
            .format(count=len(files), limit=MAX_FILES))
    return files


def _walk(folder: Path) -> Iterator[Path]:
    for count, child in enumerate(folder.rglob("*"), 1):
        if count > MAX_FILES * 20:
            raise PolicyFileError.at(str(folder), 1, 1, translate(
                "fides import", "the folder holds too many files"))
        if child.is_file() and not child.is_symlink():
            yield child


def read_manifests(path: str | Path) -> list[Manifest]:
    """Every manifest at ``path`` (a file or a folder); raises PolicyFileError."""
    manifests = [read_manifest(file) for file in manifest_files(path)]
    if not any(resource in m.data for m in manifests for resource in RESOURCE_TYPES):
        raise PolicyFileError.at(manifests[0].name, 1, 1, translate(
            "fides import", "no Fides resources: a manifest lists {types}").format(
                types=", ".join(RESOURCE_TYPES)))
    return manifests
