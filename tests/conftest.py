"""Shared test set-up: Qt runs offscreen, and small policy texts for many tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The words the tests read are the sources' (English), whatever the machine's language; tests
# of other languages ask for them.
os.environ["POLICY_STUDIO_LANGUAGE"] = "en"

from app.storage.translations import activate

activate("en")  # as the command line and the window do: English's plural forms ("1 use")
