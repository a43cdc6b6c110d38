"""The canonical JSON exporter: the deterministic machine form of a policy.

Same policy, same bytes: sorted keys, no spaces, UTF-8, with ``format_version`` and the SHA-256
``digest`` of the canonical content. It expresses everything, so its summary is empty.
"""

from __future__ import annotations

from app.domain.canonical import digest, to_canonical_json
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.models import Policy
from app.exporters.registry import ExportResult, FunctionExporter, register


def export(policy: Policy) -> ExportResult:
    """The canonical JSON bytes of ``policy`` and its digest."""
    return ExportResult(digest=digest(policy), data=to_canonical_json(policy))


EXPORTER = register(FunctionExporter(
    name="json",
    title=QT_TRANSLATE_NOOP("exporters", "Canonical JSON"),
    suffix=".policy.json",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The canonical machine form: deterministic bytes, format version and content "
                "digest, valid against the published JSON Schema."),
    function=export,
))
