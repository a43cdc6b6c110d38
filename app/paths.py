"""Where the project's bundled files live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
TEMPLATES = RESOURCES / "templates"
EXAMPLES = RESOURCES / "examples"
SCHEMAS = ROOT / "policy_schemas"
