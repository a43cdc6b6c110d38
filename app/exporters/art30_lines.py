"""The lines and fields an activity of the record of processing is made of (GDPR Art. 30)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of a field; ``depth`` > 0 makes it a member of the line above it.

    A child category under its parent, a recipient under its kind.
    """

    text: str
    depth: int = 0
    ids: tuple[str, ...] = ()
    """The items the line stands for (categories, subjects, recipients; ``""`` for any
    subject, ``*`` for any recipient); not shown, it lets the record be checked."""


@dataclass(frozen=True)
class Field:
    """One field of an activity (a row of its table, a column of the CSV)."""

    title: str
    lines: list[Line]
    empty: str = "none"
