"""Where the project's bundled files live.

Installed from a wheel or frozen into the app bundle, the bundled files sit inside the ``app``
package (``app/resources``, ``app/policy_schemas``; see the wheel's ``sources`` in
``pyproject.toml`` and ``resources/packaging/policy-studio.spec``) and are found through
``importlib.resources``. In a checkout, and so in an editable install, they are the
repository's top-level ``resources/`` and ``policy_schemas/``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The folder holding the ``app`` package: the repository's root in a checkout."""


def _bundled(name: str) -> Path:
    """The folder ``name`` inside the installed package, else the checkout's top-level one."""
    inside = files("app") / name
    if isinstance(inside, Path) and inside.is_dir():
        return inside
    return ROOT / name


RESOURCES = _bundled("resources")
TEMPLATES = RESOURCES / "templates"
EXAMPLES = RESOURCES / "examples"
SCHEMAS = _bundled("policy_schemas")
