"""Importing this package registers every check of the catalogue."""

from app.validation.checks import (  # noqa: F401
    governance,
    intrusiveness,
    legal,
    placeholders,
    retention,
    rules,
    structure,
    transfers,
    transparency,
)
