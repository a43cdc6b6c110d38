"""Importing this package registers every check of the catalogue."""

from app.validation.checks import (  # noqa: F401
    automated,
    bases,
    cpra,
    dpia,
    expectations,
    file_format,
    governance,
    intrusiveness,
    legal,
    people,
    placeholders,
    record,
    regions,
    retention,
    retention_terms,
    rules,
    structure,
    transfers,
    transparency,
)
