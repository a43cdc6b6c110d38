"""Bundled resources read from disk: weights, jurisdictions, region groups, policy templates.

The domain defines what these are and the pure functions that use them; this module reads the
files (with the safe YAML reader) and hands the results in. The default of each is read once
and cached, so callers pass ``default_weights()`` or ``default_jurisdictions()`` cheaply.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain.ages import ConsentAges, consent_ages_from_data
from app.domain.i18n import translate
from app.domain.intrusiveness import Weights
from app.domain.jurisdictions import JurisdictionInfo, jurisdictions_from_data
from app.domain.regions import RegionCatalogue, catalogue_from_data
from app.domain.sections import SECTIONS
from app.paths import RESOURCES, SCHEMAS, TEMPLATES
from app.storage.loader import load_file
from app.storage.safe_yaml import read_bytes

WEIGHTS_FILE = RESOURCES / "intrusiveness.yaml"
JURISDICTIONS_FILE = RESOURCES / "jurisdictions.yaml"
TEMPLATE_SUFFIX = ".policy.yaml"
VOCABULARIES = RESOURCES / "vocab"
"""The bundled W3C vocabularies (ODRL, DPV) the ODRL export maps to and is tested against."""
DOCUMENT_TEMPLATES = RESOURCES / "documents"
"""The Jinja2 templates and the stylesheet of the HTML documents."""
LINUX_DESKTOP = RESOURCES / "packaging" / "linux"
"""The freedesktop entry, MIME types and icon theme files (``policy-studio install-desktop``)."""


@lru_cache(maxsize=8)
def _dpv_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a bundled DPV CSV (read once)."""
    with (VOCABULARIES / "dpv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=8)
def dpv_terms(name: str) -> dict[str, str]:
    """Term -> IRI from a bundled DPV CSV (``purposes``, ``pd``, ``legal_basis``...)."""
    return {row["term"]: row["iri"] for row in _dpv_rows(name)}


@lru_cache(maxsize=8)
def dpv_labels(name: str) -> dict[str, str]:
    """Term -> label from a bundled DPV CSV."""
    return {row["term"]: row["label"] for row in _dpv_rows(name)}


DPV_TABLES = ("pd", "purposes", "legal_basis", "legal_basis_special")
"""The bundled DPV tables, by name."""


def read_mapping(path: Path) -> dict[str, Any]:
    """The top-level mapping of a bundled YAML resource file.

    Raises:
        ValueError: When the file does not hold a mapping.
    """
    data = read_bytes(path.read_bytes(), str(path)).data
    if not isinstance(data, dict):
        raise ValueError(translate("file errors", "{file}: expected a mapping at the top "
                                                  "level").format(file=path))
    return data


def read_weights(path: Path) -> Weights:
    """The intrusiveness weights in ``path`` (a file shaped like the bundled one)."""
    return Weights(**read_mapping(path))


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """The bundled ``resources/intrusiveness.yaml`` (read once)."""
    return read_weights(WEIGHTS_FILE)


def read_jurisdictions(path: Path) -> dict[str, JurisdictionInfo]:
    """The regimes in ``path`` (a file shaped like the bundled one), by id."""
    return jurisdictions_from_data(read_mapping(path))


@lru_cache(maxsize=1)
def _jurisdictions_data() -> dict[str, Any]:
    """The bundled ``resources/jurisdictions.yaml`` as data (read once)."""
    return read_mapping(JURISDICTIONS_FILE)


@lru_cache(maxsize=1)
def default_jurisdictions() -> dict[str, JurisdictionInfo]:
    """The regimes of the bundled ``resources/jurisdictions.yaml``."""
    return jurisdictions_from_data(_jurisdictions_data())


@lru_cache(maxsize=1)
def default_consent_ages() -> dict[str, ConsentAges]:
    """The parental-consent ages of the bundled ``resources/jurisdictions.yaml``."""
    return consent_ages_from_data(_jurisdictions_data())


@dataclass(frozen=True)
class Template:
    """A bundled starting point for a new policy."""

    name: str
    path: Path
    title: str
    description: str
    counts: tuple[tuple[str, int], ...] = ()
    """(section title, number of items) for every section, in file order."""

    def text(self) -> str:
        """The template's text, its schema comment pointing at the installed schemas."""
        text = self.path.read_text(encoding="utf-8")
        return text.replace("../../policy_schemas/", SCHEMAS.as_uri() + "/")


def templates() -> list[Template]:
    """Every bundled template, with the title and description it declares."""
    found = []
    for path in sorted(TEMPLATES.glob(f"*{TEMPLATE_SUFFIX}")):
        policy = load_file(path).policy
        counts = tuple((s.title, len(getattr(policy, s.key))) for s in SECTIONS)
        found.append(Template(path.name.removesuffix(TEMPLATE_SUFFIX), path, policy.policy.title,
                              policy.policy.description, counts))
    return found


REGIONS_FILE = RESOURCES / "regions.yaml"


def read_regions(path: Path) -> RegionCatalogue:
    """The region groups in ``path`` (a file shaped like the bundled one)."""
    return catalogue_from_data(read_mapping(path))


@lru_cache(maxsize=1)
def region_catalogue() -> RegionCatalogue:
    """The bundled ``resources/regions.yaml`` groups (read once); engines add a policy's own."""
    return read_regions(REGIONS_FILE)
