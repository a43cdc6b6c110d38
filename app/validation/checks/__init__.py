"""Importing this package registers every check of the catalogue."""

from app.validation.checks import structure  # noqa: F401
