"""Format 1 -> format 2, as one undoable edit that keeps every decision.

Format 2 changes two meanings, so a format 1 file is rewritten where they differ:

- a use rule that lists no recipients allowed disclosure to *any* recipient in format 1; in
  format 2 it covers internal use only, so migration writes ``recipients: ["*"]``;
- regions were compared by equality in format 1 and by containment in format 2 (``EU`` covers
  ``DE``). No rewrite can keep equality for a region that contains others, so migration says
  so in a :attr:`Migration.notices` line for every rule limited to a country or group.

Everything else format 2 adds is new fields with defaults that mean what format 1 meant.
:func:`migration` builds the edit; the CLI's ``migrate`` and the window apply it (the window as
one undo step), and a round-trip save keeps the file's comments and layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.edits import Batch, Change, Edit, SetField
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import FORMAT_VERSION, Policy
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.sections import METADATA, RULES

MIGRATE_TEXT = QT_TRANSLATE_NOOP("migration", "Migrate to format {version}")
"""The name of the migration step (translate, then fill in the version: :func:`migrate_text`)."""


def migrate_text() -> str:
    """The name of the step that migrates a policy to the current format."""
    return translate("migration", MIGRATE_TEXT).format(version=FORMAT_VERSION)


@dataclass(frozen=True)
class SetFormatVersion:
    """Set the policy's ``format_version``."""

    version: int

    def apply(self, policy: Policy) -> Change:
        """Set the version and return the change (its undo restores the old one)."""
        old = policy.format_version
        policy.format_version = self.version  # type: ignore[assignment]
        return Change("update", METADATA, None, translate(
                          "migration", "Format version {version}").format(version=self.version),
                      SetFormatVersion(old), ("format_version",), ((METADATA, ""),))


@dataclass(frozen=True)
class Migration:
    """What migrating a policy does: the edit to apply and what a reader should know."""

    edit: Batch | None
    """None when the policy is already in the current format."""
    notices: tuple[str, ...] = ()


def needs_migration(policy: Policy) -> bool:
    """Whether ``policy`` is in an older format than the one new files are written in."""
    return policy.format_version < FORMAT_VERSION


def migration(policy: Policy, regions: RegionCatalogue | None = None) -> Migration:
    """The edit that turns ``policy`` (format 1) into format 2 with the same decisions.

    ``regions`` (the shipped groups) lets the notices name the rules whose regions contain
    others.
    """
    known = (regions or NO_GROUPS).with_policy(policy)
    if not needs_migration(policy):
        return Migration(None)
    edits: list[Edit] = []
    notices: list[str] = []
    for rule in policy.rules:
        if not rule.recipients:
            edits.append(SetField(RULES, rule.id, ("recipients",), [ANY_RECIPIENT]))
        wide = [r for r in rule.regions if known.has_members(r)]
        if wide:
            notices.append(translate(
                "migration", "Rule '{rule}' is limited to {regions}: format 2 reads a region as "
                             "everything inside it (a country covers its subdivisions, a group "
                             "its members), where format 1 matched the code alone.").format(
                rule=rule.id, regions=", ".join(wide)))
    edits.append(SetFormatVersion(FORMAT_VERSION))
    return Migration(Batch(tuple(edits), translate("migration", "Migrate to format {version}")
                           .format(version=FORMAT_VERSION)), tuple(notices))


def migrated(policy: Policy, regions: RegionCatalogue | None = None
             ) -> tuple[Policy, tuple[str, ...]]:
    """A migrated copy of ``policy`` and the notices (``policy`` itself is unchanged)."""
    copy = policy.model_copy(deep=True)
    found = migration(copy, regions)
    if found.edit is not None:
        found.edit.apply(copy)
    return copy, found.notices

