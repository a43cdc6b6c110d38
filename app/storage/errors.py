"""Errors raised when a policy file cannot be read, always pointing at file, line and column."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.i18n import translate


@dataclass(frozen=True)
class Problem:
    """One reason a file could not be read, at a 1-based line and column."""

    line: int
    column: int
    message: str


class PolicyFileError(Exception):
    """A policy file could not be read or written. ``str()`` gives ``file:line:col: message``."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems or [Problem(1, 1, translate("file errors", "unreadable file"))]
        super().__init__(self.lines()[0])

    @classmethod
    def at(cls, file: str, line: int, column: int, message: str) -> PolicyFileError:
        """An error with a single problem."""
        return cls(file, [Problem(line, column, message)])

    @property
    def line(self) -> int:
        """Line of the first problem."""
        return self.problems[0].line

    @property
    def column(self) -> int:
        """Column of the first problem."""
        return self.problems[0].column

    @property
    def message(self) -> str:
        """Message of the first problem."""
        return self.problems[0].message

    def lines(self) -> list[str]:
        """One ``file:line:col: error: message`` line per problem."""
        return [f"{_where(self.file, p)}: error: {p.message}" for p in self.problems]


def _where(file: str, problem: Problem) -> str:
    """``file:line:column``, as editors and compilers write it."""
    return f"{file}:{problem.line}:{problem.column}"
