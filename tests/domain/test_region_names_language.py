"""Country and region names speak the current language (ISO's own catalogues, via pycountry).

With German active Germany is "Deutschland" and France "Frankreich", in the domain's names and
in a rendered document; French says "Allemagne"; English is ISO's English, as before.
"""

from __future__ import annotations

import pytest

from app.domain import i18n
from app.domain.models import RegionGroup
from app.domain.regions import RegionCatalogue, iso_name
from app.exporters.policy_document import build_html
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.translations import activate

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"


@pytest.fixture
def speaking(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``speaking(code)`` makes ``code`` the language until the test ends."""
    monkeypatch.setattr(i18n, "_current", i18n.current())  # put back afterwards
    return activate


def test_iso_names_follow_the_language(speaking) -> None:  # type: ignore[no-untyped-def]
    regions = RegionCatalogue()
    assert (iso_name("DE"), iso_name("FR"), regions.label("US-CA")) == (
        "Germany", "France", "California (US-CA)")
    speaking("de")
    assert (iso_name("DE"), iso_name("FR"), regions.label("DE")) == (
        "Deutschland", "Frankreich", "Deutschland (DE)")
    assert regions.label("US-CA") == "Kalifornien (US-CA)"  # a subdivision: ISO 3166-2's words
    assert iso_name("XX") is None and regions.label("XX") == "XX"
    speaking("fr")
    assert (iso_name("DE"), iso_name("GB")) == ("Allemagne", "Royaume-Uni")
    speaking("en")
    assert (iso_name("DE"), regions.label("DE")) == ("Germany", "Germany (DE)")


def test_a_document_names_countries_in_its_language(speaking) -> None:  # type: ignore[no-untyped-def]
    policy = load_file(EXAMPLE).policy
    policy.regions = [RegionGroup(id="dach", name="German-speaking",
                                  members=["DE", "FR", "CH"])]
    english = build_html(policy)
    assert "Germany (DE), France (FR) and Switzerland (CH)" in english
    speaking("de")
    german = build_html(policy)
    assert "Deutschland (DE)" in german and "Frankreich (FR)" in german
    assert "Germany (DE)" not in german and "France (FR)" not in german
    speaking("en")
    assert build_html(policy) == english
