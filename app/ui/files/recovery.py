"""Where the window's recovery folder is (the folder itself: :mod:`app.storage.recovery`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.storage.recovery import RecoveryStore


def default_recovery_dir() -> Path:
    """``<AppDataLocation>/recovery`` (per user, per application)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def default_store() -> RecoveryStore:
    """The recovery folder of this user (looked up when first used)."""
    return RecoveryStore(lambda: default_recovery_dir())
