"""What only format 2 can say: the fields and values a format 1 file must not use.

A format 1 file keeps its format 1 meaning, so a field or value that format 1 did not have would
be read with a meaning the file does not declare. :func:`format_2_uses` lists them, each with its
place in the document, so validation can name the field and its line.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any

from pydantic import BaseModel

from app.domain.enums import Obligation, RecipientKind, Trigger
from app.domain.i18n import translate
from app.domain.models import (
    DataCategory,
    DataSubject,
    Metadata,
    NamedItem,
    Policy,
    Purpose,
    Recipient,
    RetentionRule,
)
from app.domain.region_codes import ANY_RECIPIENT

FORMAT_2_FIELDS: dict[type[BaseModel], frozenset[str]] = {
    NamedItem: frozenset({"external_ids", "translations"}),
    DataCategory: frozenset({"sources", "ccpa_category", "apple_data_type", "play_data_type"}),
    DataSubject: frozenset({"age_min", "age_max"}),
    Metadata: frozenset({"language", "translations", "joint_controllers", "representative",
                         "record_created", "record_updated", "processing_for"}),
    Recipient: frozenset({"countries", "stored_in", "derogation", "processor_contract",
                          "tracking_domains"}),
    Purpose: frozenset({"legal_bases", "balancing", "automated_decisions", "sale", "sharing",
                        "honours_gpc", "dpia", "screening", "on_behalf_of", "apple_purpose",
                        "play_purpose"}),
    RetentionRule: frozenset({"minimum", "criteria", "custom_event", "period_start",
                              "financial_year_start", "dispositions", "legal_hold_reason"}),
    Policy: frozenset({"regions", "tests"}),
}
"""Fields format 2 added, by the model that declares them (a test compares this with the
published format 1 schema)."""
FORMAT_2_VALUES: frozenset[Enum] = frozenset({
    RecipientKind.PUBLIC, Obligation.PARENTAL_CONSENT, Trigger.DELETION_REQUEST, Trigger.CUSTOM})
"""Choices format 2 added to format 1's lists."""

DocPath = tuple[str | int, ...]


def format_2_uses(policy: Policy) -> Iterator[tuple[DocPath, str]]:
    """Where ``policy`` uses what only format 2 can say: (document path, what it is)."""
    yield from _walk(policy, ())
    for index, rule in enumerate(policy.rules):
        for position, recipient in enumerate(rule.recipients):
            if recipient == ANY_RECIPIENT:
                yield ("rules", index, "recipients", position), translate(
                    "format versions", "'*' (any recipient)")
        for position, region in enumerate(rule.regions):
            if "-" in region:
                yield ("rules", index, "regions", position), \
                    translate("format versions", "the subdivision code '{code}'").format(
                        code=region)
    for index, retention in enumerate(policy.retention):
        if retention.duration is None:
            yield ("retention", index), translate(
                "format versions", "a retention rule without 'duration'")


def _walk(model: BaseModel, path: DocPath) -> Iterator[tuple[DocPath, str]]:
    new = frozenset().union(*(FORMAT_2_FIELDS.get(cls, frozenset())
                              for cls in type(model).__mro__))
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = (*path, name)
        if name in new and name in model.model_fields_set:
            yield here, translate("format versions", "the field '{name}'").format(name=name)
            continue
        yield from _values(value, here)


def _values(value: Any, path: DocPath) -> Iterator[tuple[DocPath, str]]:
    if isinstance(value, BaseModel):
        yield from _walk(value, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values(item, (*path, index))
    elif isinstance(value, Enum) and value in FORMAT_2_VALUES:
        yield path, translate("format versions", "the value '{value}'").format(
            value=value.value)
