"""External identifiers of an item (``NamedItem.external_ids``): how exports read them.

Schemes with a meaning here: ``dpv`` (a W3C DPV term, written ``pd:EmailAddress``, as a full IRI
or as the bare term) and ``fides`` (a Fides key such as ``user.contact.email``). Any other
scheme is kept and shown, not interpreted.
"""

from __future__ import annotations

import re

from app.domain.models import NamedItem

DPV = "dpv"
FIDES = "fides"
FIDES_KEY = re.compile(r"^[A-Za-z0-9_<>-]+(\.[A-Za-z0-9_<>-]+)*$")
"""A well-formed Fides key: fideslang's characters in dot-separated, non-empty segments."""


def dpv_term(value: str) -> str:
    """The term of a DPV reference: ``pd:EmailAddress``, its IRI or ``EmailAddress``."""
    return re.split(r"[#:/]", value.strip())[-1]


def fides_key(item: NamedItem | None) -> str | None:
    """The item's Fides key when it gives a well-formed one, else None."""
    value = item.external_ids.get(FIDES, "").strip() if item is not None else ""
    return value if FIDES_KEY.match(value) else None
