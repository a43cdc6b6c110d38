"""The size of the one-folder app bundle: ``bundle_size_mb``, when the bundle has been built.

Building it takes minutes (``python resources/packaging/build.py``, into ``dist/``), so the
benchmark measures the bundle that is there and reports none when there is none. The size is
that of every file in the folder (megabytes of 10^6 bytes); links PyInstaller makes between
the folder's own libraries are not counted twice.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import ROOT

BUNDLE = ROOT / "dist" / "policy-studio"
PROGRAM = "policy-studio.exe" if os.name == "nt" else "policy-studio"


def measure_bundle(folder: Path = BUNDLE) -> dict[str, float]:
    """``bundle_size_mb`` of ``folder``; empty when no bundle has been built there."""
    if not (folder / PROGRAM).is_file():
        return {}
    size = sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())
    return {"bundle_size_mb": size / 1e6}
