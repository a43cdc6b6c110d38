"""The published JSON Schema of the file format, generated from the models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue

from app.domain.duration import DURATION_PATTERN
from app.domain.models import FORMAT_VERSION, Policy
from app.paths import SCHEMAS


def schema_id(version: int) -> str:
    """The published address (``$id``) of format ``version``'s schema."""
    return f"https://policy-studio.example/schemas/policy-v{version}.schema.json"


def schema_file(version: int) -> Path:
    """The published schema of format ``version`` (older ones are kept as they were issued)."""
    return SCHEMAS / f"policy-v{version}.schema.json"


SCHEMA_FILE = schema_file(FORMAT_VERSION)
SCHEMA_ID = schema_id(FORMAT_VERSION)


def published_schema(version: int) -> dict[str, Any]:
    """The checked-in JSON Schema of format ``version``."""
    return json.loads(schema_file(version).read_text(encoding="utf-8"))


class _TitledFields(GenerateJsonSchema):
    """Keeps every field's title and description beside a ``$ref``.

    A ``$ref`` (an enum or a nested model) keeps them even where they repeat the referenced
    schema's, so each field shows the editor's words.
    """

    def handle_ref_overrides(self, json_schema: JsonSchemaValue) -> JsonSchemaValue:
        kept = super().handle_ref_overrides(json_schema)
        words = {k: json_schema[k] for k in ("title", "description") if k in json_schema}
        return {**kept, **words} if "$ref" in json_schema else kept


DURATION_DESCRIPTION = "ISO 8601 duration (e.g. P30D, P6M, P2Y) or 'indefinite'."
"""What a duration's schema says of its form where its field says nothing else."""


def _described_durations(node: Any) -> Any:
    """``node`` with :data:`DURATION_DESCRIPTION` in every duration schema lacking one."""
    if isinstance(node, list):
        return [_described_durations(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: _described_durations(value) for key, value in node.items()}
    if found.get("pattern") == DURATION_PATTERN and "description" not in found:
        found = dict(sorted({**found, "description": DURATION_DESCRIPTION}.items()))
    return found


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a policy file in the current format version."""
    schema = _described_durations(
        Policy.model_json_schema(mode="validation", schema_generator=_TitledFields))
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": f"Policy Studio policy, format version {FORMAT_VERSION}",
        "description": (
            "A data-use policy: data categories, subjects, recipients, purposes with legal "
            "bases and consent, allow/deny use rules and retention rules. YAML files "
            "(*.policy.yaml) and canonical JSON files (*.policy.json) share this schema."
        ),
    }
    schema["properties"]["digest"] = {
        "type": "string",
        "pattern": "^sha256:[0-9a-f]{64}$",
        "description": "Content digest; present in canonical JSON exports.",
    }
    words = Policy.model_fields["format_version"]
    schema["properties"]["format_version"] = {
        "const": FORMAT_VERSION, "title": words.title, "description": words.description}
    required = schema.setdefault("required", [])
    if "format_version" not in required:
        required.insert(0, "format_version")
    return schema


def schema_text() -> str:
    """The schema as the text checked in under ``policy_schemas/``."""
    return json.dumps(policy_json_schema(), indent=2, ensure_ascii=False) + "\n"
