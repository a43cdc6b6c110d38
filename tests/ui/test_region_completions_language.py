"""The region fields' completions and chips name countries in the window's language."""

from __future__ import annotations

from app.domain import i18n
from app.storage.resources import region_catalogue
from app.storage.translations import activate
from app.ui.editors.region_fields import completions


def test_completions_offer_country_names_in_the_language() -> None:
    regions = region_catalogue()
    before = i18n.current()
    try:
        english = completions(regions)
        assert "Germany (DE)" in english and "France (FR)" in english
        activate("de")
        german = completions(regions)
        assert "Deutschland (DE)" in german and "Frankreich (FR)" in german
        assert "Germany (DE)" not in german
        activate("en")
        assert completions(regions) == english
    finally:
        i18n.use(before)
