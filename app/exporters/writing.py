"""Writing an export's output to disk, atomically."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from app.domain.i18n import translate
from app.exporters.registry import ExportResult
from app.storage.atomic import write_atomic


def planned_paths(result: ExportResult, target: Path) -> list[Path]:
    """The files :func:`write_result` would write for ``result`` at ``target``."""
    if result.data is not None:
        return [target]
    paths = []
    for name in sorted(result.files):
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(translate("export", "exporter produced an unsafe file name: "
                                       "{name}").format(name=repr(name)))
        paths.append(target.joinpath(*relative.parts))
    return paths


def write_result(result: ExportResult, target: Path) -> Path:
    """Write ``result`` atomically: one file at ``target``, or its files under ``target``/."""
    if result.data is not None:
        write_atomic(target, result.data)
        return target
    for path, name in zip(planned_paths(result, target), sorted(result.files), strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, result.files[name])
    return target
