"""Shared test set-up: Qt runs offscreen, and small policy texts for many tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
