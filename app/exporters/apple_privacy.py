"""Apple's privacy manifest, ``PrivacyInfo.xcprivacy`` (exporter ``apple-privacy-manifest``).

An XML property list with Apple's four top-level keys:

- ``NSPrivacyTracking``: true when some data type is used to track;
- ``NSPrivacyTrackingDomains``: the tracking domains of the recipients of tracking uses;
- ``NSPrivacyCollectedDataTypes``: one dictionary per data type the policy allows some use of,
  in Apple's order: ``NSPrivacyCollectedDataType``, ``NSPrivacyCollectedDataTypeLinked``,
  ``NSPrivacyCollectedDataTypeTracking`` and ``NSPrivacyCollectedDataTypePurposes``;
- ``NSPrivacyAccessedAPITypes``: empty (a policy does not record which required-reason APIs the
  app calls; Xcode's privacy report asks for them).

What counts as collected, linked, tracking and shared, and how categories and purposes get their
Apple labels, is :mod:`app.domain.store_labels` (from the decision engine's allowed uses). The
file carries the policy's content digest in an XML comment after the declaration, which property
list readers skip; no user text reaches the file (only Apple's identifiers and domain names the
model has checked).
"""

from __future__ import annotations

import plistlib
from typing import Any

from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.domain.store_kinds import ApplePurpose, apple_purpose_id, apple_type_id
from app.domain.store_labels import StoreLabels, store_labels
from app.exporters.registry import ENGINEERING, ExportResult, FunctionExporter, register
from app.storage.resources import region_catalogue

DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def manifest(labels: StoreLabels) -> dict[str, Any]:
    """The property list of ``labels`` (Apple's store) as Python values."""
    order = list(ApplePurpose)
    collected = []
    for facts in labels.types.values():
        purposes = sorted(facts.purposes or {ApplePurpose.OTHER}, key=order.index)
        collected.append({
            "NSPrivacyCollectedDataType": apple_type_id(facts.data_type),
            "NSPrivacyCollectedDataTypeLinked": facts.linked,
            "NSPrivacyCollectedDataTypeTracking": facts.tracking,
            "NSPrivacyCollectedDataTypePurposes": [apple_purpose_id(p) for p in purposes],
        })
    return {
        "NSPrivacyTracking": labels.tracking,
        "NSPrivacyTrackingDomains": list(labels.tracking_domains),
        "NSPrivacyCollectedDataTypes": collected,
        "NSPrivacyAccessedAPITypes": [],
    }


def notes(labels: StoreLabels) -> list[str]:
    """What the manifest could not say, for the export's summary."""
    found = list(labels.notes)
    without = [apple_type_id(f.data_type) for f in labels.types.values() if not f.purposes]
    if without:
        found.append(translate("apple privacy", "no Apple purpose for {types}: written as "
                               "Other").format(types=", ".join(without)))
    if labels.tracking and not labels.tracking_domains:
        found.append(translate("apple privacy", "NSPrivacyTracking is true but no recipient of "
                               "the tracking uses lists tracking domains: add them on those "
                               "recipients"))
    found.append(translate("apple privacy", "NSPrivacyAccessedAPITypes is empty: the policy does "
                           "not record which required-reason APIs the app calls; add them in "
                           "Xcode"))
    return found


def export(policy: Policy) -> ExportResult:
    """The privacy manifest of ``policy``."""
    labels = store_labels(policy, "apple", regions=region_catalogue())
    content_digest = digest(policy)
    body = plistlib.dumps(manifest(labels), fmt=plistlib.FMT_XML, sort_keys=False)
    if not body.startswith(DECLARATION):
        raise ValueError(translate("apple privacy", "plistlib wrote an unexpected declaration"))
    data = (DECLARATION + f"<!-- policy digest {content_digest} -->\n".encode("ascii")
            + body[len(DECLARATION):])
    return ExportResult(digest=content_digest, data=data, summary=notes(labels))


EXPORTER = register(FunctionExporter(
    name="apple-privacy-manifest",
    title=QT_TRANSLATE_NOOP("exporters", "Apple privacy manifest (PrivacyInfo.xcprivacy)"),
    suffix=".xcprivacy",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The data types the policy allows using, with Apple's purposes, linked and "
                "tracking flags, as the property list an iOS app ships as "
                "PrivacyInfo.xcprivacy (save it under that name in the app target)."),
    function=export,
    audience=ENGINEERING,
))
