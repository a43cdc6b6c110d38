"""Writing an export's output to disk, atomically."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from app.exporters.registry import ExportResult
from app.storage.atomic import write_atomic


def write_result(result: ExportResult, target: Path) -> Path:
    """Write ``result`` atomically: one file at ``target``, or its files under ``target``/."""
    if result.data is not None:
        write_atomic(target, result.data)
        return target
    for name, data in sorted(result.files.items()):
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"exporter produced an unsafe file name: {name!r}")
        path = target.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    return target
