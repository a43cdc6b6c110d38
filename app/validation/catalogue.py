"""The registry of checks. Each check is a small function with its documentation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.validation.finding import Hit, Severity

CheckFunction = Callable[..., Iterable[Hit]]
"""``f(context)`` (or ``f(context, findings)`` for post checks) yielding :class:`Hit`."""

FAMILIES = {
    "STR": "Structure and references",
    "RUL": "Rule logic",
    "LEG": "Legal bases",
    "RET": "Retention",
    "TRF": "Transfers",
    "REG": "Regions",
    "INT": "Intrusiveness",
    "TRN": "Transparency",
    "GOV": "Governance",
    "ADM": "Automated decisions",
    "CPR": "Sale and sharing (CPRA)",
    "PPL": "People and data",
    "FMT": "File format",
    "TST": "Expectations",
}


@dataclass(frozen=True)
class Check:
    """A documented check: its code, severity, what it means and how to fix what it finds."""

    code: str
    severity: Severity
    title: str
    why: str
    fix: str
    run: CheckFunction
    post: bool = False
    """Post checks run last and receive the other checks' findings as a second argument."""

    @property
    def family(self) -> str:
        """The family name, from the code's prefix."""
        return FAMILIES[self.code[:3]]


CATALOGUE: dict[str, Check] = {}


def check(code: str, severity: Severity, title: str, *, why: str, fix: str, post: bool = False
          ) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check ``code``."""
    if code[:3] not in FAMILIES or len(code) != 6 or not code[3:].isdigit():
        raise ValueError(f"check code {code!r} must be a family prefix and three digits")

    def register(function: CheckFunction) -> CheckFunction:
        if code in CATALOGUE:
            raise ValueError(f"check {code} is registered twice")
        CATALOGUE[code] = Check(code, severity, title, " ".join(why.split()),
                                " ".join(fix.split()), function, post)
        return function

    return register


def all_checks() -> list[Check]:
    """Every registered check, in code order."""
    from app.validation import checks  # noqa: F401  (registers the checks)

    return [CATALOGUE[code] for code in sorted(CATALOGUE)]
