"""The export dialog's memory: the last format and folder, per policy.

A policy not exported before starts in the default export folder of the preferences, when one
is set (:func:`~app.ui.preferences.values.default_export_folder`).

Kept in the application's settings under ``export/<key>``, where the key is a digest of the
policy's file path (resolved), or of its id for a policy not saved yet, so two policies do not
share a choice and no path appears in a settings key.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from app.ui.preferences.values import default_export_folder, is_folder

GROUP = "export"


def policy_key(path: str | None, policy_id: str | None) -> str | None:
    """The settings key of a policy (None when it has neither a file nor an id)."""
    if path:
        try:
            source = "file:" + str(Path(path).resolve())
        except (OSError, RuntimeError):
            source = "file:" + path
    elif policy_id:
        source = "id:" + policy_id
    else:
        return None
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class ExportMemory:
    """What was last exported from one policy: the format's name and the target's folder."""

    def __init__(self, settings: QSettings | None, path: str | None,
                 policy_id: str | None) -> None:
        self._settings = settings
        self._key = policy_key(path, policy_id)

    def _value(self, name: str) -> str | None:
        if self._settings is None or self._key is None:
            return None
        value = self._settings.value(f"{GROUP}/{self._key}/{name}")
        return value if isinstance(value, str) and value else None

    def last_format(self) -> str | None:
        """The format exported last time, if any."""
        return self._value("format")

    def last_folder(self) -> Path | None:
        """The folder exported to last time, if it still exists."""
        found = self._value("folder")
        return Path(found) if found and is_folder(found) else None

    def start_folder(self) -> Path | None:
        """The folder the dialog starts in: the last one, else the preferences' default."""
        return self.last_folder() or default_export_folder(self._settings)

    def keep(self, format_name: str, target: Path) -> None:
        """Remember an export of ``format_name`` to ``target`` (a file or a folder)."""
        if self._settings is None or self._key is None:
            return
        self._settings.setValue(f"{GROUP}/{self._key}/format", format_name)
        self._settings.setValue(f"{GROUP}/{self._key}/folder", str(target.parent))
        self._settings.sync()
