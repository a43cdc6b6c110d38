"""The kinds of import, and the plan each one returns (the one path of the CLI and the window).

``policy-studio import`` and File > Import Fides manifests... use :data:`FIDES_MANIFESTS`;
``policy-studio retention-import`` and File > Import retention schedule... use
:data:`RETENTION_SCHEDULE`. Both sides call ``kind.plan(policy, path)``, show the plan's
preview lines and tally, and apply :meth:`ImportPlan.batch` (the window as one undo step, the
command line to the loaded policy before writing it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.domain.edits import Batch, Edit
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.importers.fides import plan_fides_import
from app.importers.retention_schedule import plan_retention_import


class ImportPlan(Protocol):
    """What importing one file into a policy would do."""

    file: str
    """The file read, as given."""

    def edits(self) -> list[Edit]:
        """The edits, in file order (empty when nothing would change)."""
        ...

    def batch(self) -> Batch:
        """Every edit as one (one undo step)."""
        ...

    def preview_lines(self) -> list[str]:
        """One line per addition, change, skipped entry or note."""
        ...

    def tally(self) -> str:
        """The counts in one line (``8 to add, 2 already present``)."""
        ...


@dataclass(frozen=True)
class ImportKind:
    """One kind of import: what it reads and how it plans."""

    words: str
    """What is read, in English (``Fides manifests``, marked for the catalogues)."""
    plan: Callable[[Policy, str | Path], ImportPlan]
    """Read a file and compare it with a policy; raises PolicyFileError (file:line:col) when
    the file cannot be used."""

    @property
    def name(self) -> str:
        """What is read, in words, in the chosen language."""
        return translate("import", self.words)


FIDES_MANIFESTS = ImportKind(QT_TRANSLATE_NOOP("import", "Fides manifests"), plan_fides_import)
RETENTION_SCHEDULE = ImportKind(QT_TRANSLATE_NOOP("import", "retention schedule"),
                                plan_retention_import)

