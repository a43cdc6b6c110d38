"""Dragging policy items between views: one MIME type, a list of (section, id) pairs."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-policy-studio-items"


def items_mime(items: list[tuple[str, str]]) -> QMimeData:
    """Mime data carrying ``items`` (also as plain text: the ids, one per line)."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps([{"section": s, "id": i} for s, i in items]).encode())
    mime.setText("\n".join(i for _, i in items))
    return mime


def dropped_items(mime: QMimeData) -> list[tuple[str, str]]:
    """The (section, id) pairs a drag carries; empty when it carries none."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE)).decode("utf-8"))
        return [(str(entry["section"]), str(entry["id"])) for entry in data]
    except (ValueError, KeyError, TypeError):
        return []
