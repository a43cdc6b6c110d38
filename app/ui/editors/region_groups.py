"""The form of a region group the policy defines: id, name, description and members."""

from __future__ import annotations

from pydantic import BaseModel

from app.domain.i18n import translate
from app.domain.sections import REGIONS
from app.ui.editors.base import ItemEditor
from app.ui.editors.people_fields import add_external_ids
from app.ui.editors.region_fields import RegionListField, policy_regions, refresh_regions
from app.ui.editors.translation_fields import add_translations


class RegionGroupEditor(ItemEditor):
    """A named group of countries, subdivisions and other groups (``dach``: DE, AT, CH)."""

    section = REGIONS

    def build(self) -> None:
        """Create the region group form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder=translate("editor",
                                                             "e.g. German-speaking countries"))
        self.add_text(general, "description", block=True)
        add_external_ids(self, general)
        members = self.group(self.label("members"))
        self.add(members, "members", RegionListField(
            *self.words("members"), policy_regions(lambda: self.bridge.document.policy),
            empty_text=translate("editor", "none yet: the group contains nowhere"),
            placeholder=translate("editor", "Add a member, e.g. de, US-CA or eea…")))
        add_translations(self)

    def show_header(self, target: BaseModel) -> None:
        """Show the header and offer the regions known now."""
        super().show_header(target)
        refresh_regions(self.fields.values())
