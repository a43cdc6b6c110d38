"""Build the one-folder app: ``python resources/packaging/build.py [--dist DIR] [--work DIR]``.

Runs PyInstaller on ``policy-studio.spec`` beside this file and prints where the bundle is and
its size. The bundle is ``DIR/policy-studio/`` (default ``dist/`` in the repository), its
program ``policy-studio`` (``policy-studio.exe`` on Windows).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SPEC = HERE / "policy-studio.spec"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder."""
    import PyInstaller.__main__

    PyInstaller.__main__.run([str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
                              "--distpath", str(dist), "--workpath", str(work)])
    return dist / "policy-studio"


def main(argv: list[str] | None = None) -> int:
    """Build the app where the options say; prints its folder and size."""
    parser = argparse.ArgumentParser(description="Build the one-folder Policy Studio app.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder")
    args = parser.parse_args(argv)
    folder = build(args.dist.resolve(), args.work.resolve())
    print(f"built {folder} ({folder_size(folder) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
