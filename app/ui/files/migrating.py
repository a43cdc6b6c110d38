"""Offering to migrate a format 1 file when it is opened.

The offer is a notice in the window's info bar; accepting applies
:func:`app.domain.migration.migration` as one undo step (through the document's undo stack) and
says what changed, with the migration's notes and an Undo button. The file on disk changes only
when the user saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate
from app.domain.migration import migrate_text, migration, needs_migration
from app.domain.models import FORMAT_VERSION
from app.storage.resources import region_catalogue
from app.storage.serialize import display_name
from app.ui.files.infobar import InfoBar

if TYPE_CHECKING:
    from app.ui.host import Host

SHOWN_NOTES = 3
"""Notes listed in the bar itself; the rest are in its tooltip."""


class MigrationOffer:
    """Offers, applies and reports the migration of the open document."""

    def __init__(self, host: Host, info: InfoBar) -> None:
        self._host = host
        self._info = info
        self.step: int | None = None
        """The undo stack's index just after the migration step, while it is on top."""

    def offer(self) -> bool:
        """Show the offer when the document is in an older format; True when shown."""
        policy = self._host.bridge.policy
        if not needs_migration(policy):
            return False
        name = display_name(self._host.bridge.path)
        self._info.show_message(
            translate("files", "{name} is in format {old}. Migrate it to format {new}? Every "
                      "decision stays the same; the file changes only when you save.").format(
                name=name, old=policy.format_version, new=FORMAT_VERSION), "info",
            [(translate("files", "Migrate"), self.migrate),
             (translate("files", "Not Now"), lambda: None)])
        return True

    def migrate(self) -> bool:
        """Apply the migration as one undo step and say what it did; False when not needed."""
        bridge = self._host.bridge
        found = migration(bridge.policy, region_catalogue())
        if found.edit is None:
            return False
        explicit = sum(1 for rule in bridge.policy.rules if not rule.recipients)
        bridge.apply(found.edit, migrate_text())
        self.step = bridge.undo_stack.index()
        text = translate("files", "Migrated to format {version} (one undo step; save to write "
                         "it).").format(version=FORMAT_VERSION) + " " + (
            translate("files", "%n rule without recipients now says '*' (any recipient), as "
                      "format 1 meant.", None, explicit) if explicit == 1 else
            translate("files", "%n rules without recipients now say '*' (any recipient), as "
                      "format 1 meant.", None, explicit))
        notes = list(found.notices)
        shown = "".join(f"\n\u2022 {note}" for note in notes[:SHOWN_NOTES])
        if len(notes) > SHOWN_NOTES:
            shown += "\n" + translate("files", "\u2026 and {count} more (see the tooltip)").format(
                count=len(notes) - SHOWN_NOTES)
        self._info.show_message(text + shown, "info",
                                [(translate("files", "Undo"), self.undo, "edit-undo")])
        self._info.label.setToolTip(text + "".join(f"\n\u2022 {note}" for note in notes))
        return True

    def undo(self) -> None:
        """Undo the migration, if it is still the last step."""
        stack = self._host.bridge.undo_stack
        if self.step is not None and stack.index() == self.step:
            stack.undo()
        self.step = None
