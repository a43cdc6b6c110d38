"""Region inputs: any case typed, the canonical code stored, names offered while typing.

Every place a region is entered (a rule's regions, a group's members, a recipient's countries,
the establishment) uses these fields. Completions read ``Germany (DE)`` or ``European Economic
Area (eea)``; choosing one stores the code in brackets. A code that is not an ISO 3166 code or a
known group is refused with the reason under the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from app.domain.i18n import language, translate
from app.domain.models import Policy
from app.domain.region_codes import canonical_region
from app.domain.regions import RegionCatalogue, iso_name
from app.storage.resources import region_catalogue
from app.ui.editors.chips import TagField
from app.ui.editors.fields import LineField, in_sentence

Catalogue = Callable[[], RegionCatalogue]
"""Gives the regions known now (the shipped groups plus the policy's own)."""

_BRACKETED = re.compile(r"\(([^()]+)\)\s*$")


def region_code(text: str) -> str:
    """The canonical code in ``text``: ``de``, ``Germany (DE)`` and `` DE `` all give ``DE``."""
    found = _BRACKETED.search(text)
    return str(canonical_region(found.group(1) if found else text))


def region_problem(code: str, regions: RegionCatalogue) -> str | None:
    """Why ``code`` is not a region, or None (empty is fine: the field may be cleared)."""
    if not code or regions.is_known(code):
        return None
    if code == "UK":
        return translate("editor", "'UK' is not an ISO code: the United Kingdom is GB")
    return translate("editor", "'{code}' is not an ISO 3166 country or subdivision code or a "
                     "known region group (e.g. DE, US-CA, eea)").format(code=code)


@cache
def _iso_completions(lang: str) -> tuple[str, ...]:
    """``Name (code)`` for every ISO code, the names in ``lang`` (the current language)."""
    import pycountry  # only the completer needs the whole list

    codes = [c.alpha_2 for c in pycountry.countries]
    codes += sorted(s.code for s in pycountry.subdivisions)
    return tuple(f"{iso_name(code)} ({code})" for code in codes)


def completions(regions: RegionCatalogue) -> list[str]:
    """``Name (code)`` for every group, then every country, then every subdivision."""
    groups = sorted(regions.label(code) for code in regions.groups)
    return groups + list(_iso_completions(language()))


def policy_regions(policy: Callable[[], Policy]) -> Catalogue:
    """A :data:`Catalogue` of the shipped groups plus those the current ``policy()`` defines."""
    return lambda: region_catalogue().with_policy(policy())


def _completer(owner: QWidget) -> tuple[QCompleter, QStringListModel]:
    model = QStringListModel(owner)
    completer = QCompleter(model, owner)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer, model


def _offer(model: QStringListModel, regions: RegionCatalogue) -> None:
    """Put the completions in ``model`` unless it already holds them."""
    key = (language(), tuple(sorted((g.id, g.name) for g in regions.groups.values())))
    if model.property("regions_key") != repr(key):
        model.setStringList(completions(regions))
        model.setProperty("regions_key", repr(key))


class RegionListField(TagField):
    """A list of regions as chips showing their names; type a code or a name to add one."""

    def __init__(self, label_text: str, tip: str, catalogue: Catalogue, *,
                 empty_text: str = "", placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, empty_text=empty_text,
                         placeholder=placeholder
                         or translate("editor", "Add a region, e.g. de or eea…"),
                         parent=parent)
        self.catalogue = catalogue
        self.describe(self.entry,
                      translate("editor", "Add to {field}").format(field=in_sentence(label_text)),
                      translate("editor", "{help}\nType a country, subdivision or group (any "
                                "case, or its name) and press Enter.").format(help=tip).strip())
        completer, self.suggestions = _completer(self)
        self.entry.setCompleter(completer)
        completer.activated.connect(lambda _text: self._enter())

    def refresh_suggestions(self) -> None:
        """Offer the regions known now (call when the item or the groups change)."""
        _offer(self.suggestions, self.catalogue())

    def chip_text(self, value: str) -> tuple[str, str, bool]:
        """``Germany (DE)``; an unknown code is marked."""
        regions = self.catalogue()
        problem = region_problem(value, regions)
        return regions.label(value), problem or regions.label(value), problem is not None

    def parse(self, text: str) -> str:
        """The canonical code of a typed code or completion."""
        return region_code(text)

    def problem(self, value: str) -> str | None:
        """Why ``value`` is not a region known now, or None."""
        return region_problem(value, self.catalogue())


class RegionLineField(LineField):
    """One region (a recipient's country, the establishment), with completion."""

    def __init__(self, label_text: str, tip: str, catalogue: Catalogue, *,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, placeholder=placeholder
                         or translate("editor", "e.g. DE"), empty_is_none=True,
                         transform=region_code,
                         check=lambda code: region_problem(region_code(code), catalogue()),
                         parent=parent)
        self.catalogue = catalogue
        completer, self.suggestions = _completer(self)
        self.edit.setCompleter(completer)
        self.edit.setMaximumWidth(260)
        self.body.addStretch(1)

    def refresh_suggestions(self) -> None:
        """Offer the regions known now."""
        _offer(self.suggestions, self.catalogue())

    def _show(self, value: object) -> None:
        """``Ireland (IE)``: the name beside the stored code."""
        super()._show(self.catalogue().label(str(value)) if value else value)

    def _live_check(self, text: str) -> None:
        """While typing (a name may be half written) only clear an old reason."""
        self.clear_error()


def refresh_regions(fields: Iterable[object]) -> None:
    """Refresh the suggestions of every region field among ``fields``."""
    for field in fields:
        if isinstance(field, RegionListField | RegionLineField):
            field.refresh_suggestions()
