"""App-store labels (issue 14.3): every claim of both exports is checked against ``decide``.

The example policy's Apple privacy manifest and Play Data safety CSV are read back (plistlib,
csv) and each "collected", "shared", "tracking" and "required" claim is matched with a request
the decision engine allows, and each allowed request with a claim.
"""

from __future__ import annotations

import csv
import io
import plistlib
from functools import cache
from itertools import product

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, PurposeKind, RecipientKind
from app.domain.ids import by_id
from app.domain.models import Policy
from app.domain.store_kinds import (
    PLAY_PURPOSES,
    PLAY_TYPES,
    AppleDataType,
    ApplePurpose,
    apple_purpose_id,
    apple_type_id,
)
from app.domain.store_labels import category_label, purpose_label, stating_kind
from app.exporters.play_form import OPENING
from app.exporters.registry import ENGINEERING, audience_of, exporters, get, run_export
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
SHARING = frozenset({RecipientKind.THIRD_PARTY, RecipientKind.PUBLIC})


@cache
def example() -> Policy:
    return load_file(EXAMPLE).policy


@cache
def engine() -> DecisionEngine:
    return DecisionEngine(example(), region_catalogue())


def _requests(categories: list[str], purposes: list[str], recipients: list[str | None],
              consent: ConsentState = ConsentState.GRANTED, *, anywhere: bool = True
              ) -> list[Request]:
    """Requests for every subject and (``anywhere``: every rule region, else none)."""
    policy = example()
    subjects = [None, *(s.id for s in policy.subjects)]
    regions = [None, *(sorted({g for rule in policy.rules for g in rule.regions})
                       if anywhere else [])]
    return [Request(c, p, s, r, g, consent) for c, p, s, r, g
            in product(categories, purposes, subjects, recipients, regions)]


def _allowed(requests: list[Request]) -> bool:
    return any(engine().decide(r, with_retention=False).allowed for r in requests)


def _labelled(store: str) -> tuple[dict[str, str], dict[str, str]]:
    """Declared category/purpose id -> its label value in ``store`` (labelled ones only)."""
    policy = example()
    cats = {c.id: category_label(c, store).value for c in policy.categories}  # type: ignore[arg-type]
    declared = by_id(policy.purposes)
    purs = {p.id: purpose_label(p, store, stating_kind(p.id, declared)).value  # type: ignore[arg-type]
            for p in policy.purposes}
    return ({k: v.value for k, v in cats.items() if v is not None},
            {k: v.value for k, v in purs.items() if v is not None})


def _third_parties(kinds: frozenset[RecipientKind] = SHARING) -> list[str | None]:
    return [r.id for r in example().recipients if r.kind in kinds]


def _manifest() -> dict:
    result = run_export(get("apple-privacy-manifest"), example())
    return plistlib.loads(result.data or b"")


def _form() -> dict[tuple[str, str], str]:
    result = run_export(get("play-data-safety"), example())
    rows = list(csv.reader(io.StringIO((result.data or b"").decode("utf-8"))))
    return {(q, r): value for q, r, value, _, _ in rows[1:]}


def test_both_formats_are_registered_for_engineering() -> None:
    found = {e.name: e for e in exporters()}
    for name in ("apple-privacy-manifest", "play-data-safety"):
        assert audience_of(found[name]) == ENGINEERING


def test_the_manifest_has_apples_keys_and_identifiers_only() -> None:
    manifest = _manifest()
    assert list(manifest) == ["NSPrivacyTracking", "NSPrivacyTrackingDomains",
                              "NSPrivacyCollectedDataTypes", "NSPrivacyAccessedAPITypes"]
    types = {apple_type_id(t) for t in AppleDataType}
    purposes = {apple_purpose_id(p) for p in ApplePurpose}
    assert "NSPrivacyCollectedDataTypePhotosorVideos" in types  # Apple's spelling
    entries = manifest["NSPrivacyCollectedDataTypes"]
    assert entries and len({e["NSPrivacyCollectedDataType"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["NSPrivacyCollectedDataType"] in types
        assert entry["NSPrivacyCollectedDataTypePurposes"]
        assert set(entry["NSPrivacyCollectedDataTypePurposes"]) <= purposes
        assert isinstance(entry["NSPrivacyCollectedDataTypeLinked"], bool)
    assert manifest["NSPrivacyAccessedAPITypes"] == []


def _apple_claims() -> dict[str, dict]:
    by_id = {apple_type_id(t): t.value for t in AppleDataType}
    by_purpose = {apple_purpose_id(p): p.value for p in ApplePurpose}
    return {by_id[e["NSPrivacyCollectedDataType"]]: {
        "purposes": {by_purpose[p] for p in e["NSPrivacyCollectedDataTypePurposes"]},
        "tracking": e["NSPrivacyCollectedDataTypeTracking"]}
        for e in _manifest()["NSPrivacyCollectedDataTypes"]}


def test_every_manifest_claim_is_an_allowed_use_and_every_allowed_use_is_claimed() -> None:
    cats, purs = _labelled("apple")
    claims = _apple_claims()
    recipients = [None, "*", *(r.id for r in example().recipients)]
    for data_type, claim in claims.items():
        mine = [c for c, v in cats.items() if v == data_type]
        for purpose in claim["purposes"]:
            theirs = [p for p, v in purs.items() if v == purpose]
            assert _allowed(_requests(mine, theirs, recipients)), (data_type, purpose)
    for category, purpose in product(cats, purs):
        if _allowed(_requests([category], [purpose], recipients, anywhere=False)):
            assert purs[purpose] in claims[cats[category]]["purposes"], (category, purpose)


def test_tracking_is_advertising_shared_with_a_third_party() -> None:
    cats, _ = _labelled("apple")
    claims = _apple_claims()
    declared = by_id(example().purposes)
    advertising = [p.id for p in example().purposes
                   if getattr(stating_kind(p.id, declared), "kind", None)
                   in (PurposeKind.ADVERTISING, PurposeKind.SALE_OR_SHARING) or p.sharing]
    assert any(c["tracking"] for c in claims.values()), "the example tracks with retargeting"
    assert _manifest()["NSPrivacyTracking"] is True
    for data_type, claim in claims.items():
        mine = [c for c, v in cats.items() if v == data_type]
        allowed = _allowed(_requests(mine, advertising, _third_parties()))
        assert claim["tracking"] == allowed, data_type


def test_every_play_claim_matches_decide() -> None:
    cats, purs = _labelled("play")
    form = _form()
    assert form[("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "")] == "true"
    everyone = [None, "*", *(r.id for r in example().recipients)]
    every_purpose = [p.id for p in example().purposes]  # a use without a Play purpose counts
    for data_type, (question, response, _) in PLAY_TYPES.items():
        mine = [c for c, v in cats.items() if v == data_type.value]
        collected = form[(question, response)] == "true"
        assert collected == bool(mine and _allowed(_requests(mine, every_purpose, everyone))), \
            data_type
        usage = f"PSL_DATA_USAGE_RESPONSES:{response}:"
        shared = form[(usage + "PSL_DATA_USAGE_COLLECTION_AND_SHARING",
                       "PSL_DATA_USAGE_ONLY_SHARED")] == "true"
        if not collected:
            assert not shared
            continue
        assert shared == _allowed(_requests(mine, every_purpose, _third_parties())), data_type
        required = form[(usage + "DATA_USAGE_USER_CONTROL",
                         "PSL_DATA_USAGE_USER_CONTROL_REQUIRED")] == "true"
        optional = form[(usage + "DATA_USAGE_USER_CONTROL",
                         "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL")] == "true"
        assert required != optional
        refused = _requests(mine, every_purpose, everyone, ConsentState.DENIED)
        assert required == _allowed(refused), data_type
        for purpose, (purpose_id, _) in PLAY_PURPOSES.items():
            theirs = [p for p, v in purs.items() if v == purpose.value]
            said = form[(usage + "DATA_USAGE_COLLECTION_PURPOSE", purpose_id)] == "true"
            assert said == bool(theirs and _allowed(_requests(mine, theirs, everyone))), \
                (data_type, purpose)


def test_the_play_csv_is_googles_layout() -> None:
    data = run_export(get("play-data-safety"), example()).data or b""
    assert not data.startswith(b"\xef\xbb\xbf"), "Play Console wants the header as it is"
    assert data.startswith(b"Question ID (machine readable),Response ID (machine readable),"
                           b"Response value,Answer requirement,Human-friendly question label\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert {len(row) for row in rows} == {5}
    assert {row[2] for row in rows[1:]} <= {"true", "false", ""}
    types = [(q, r) for q, r, *_ in rows if q.startswith("PSL_DATA_TYPES_")]
    assert types == [(q, r) for q, r, _ in PLAY_TYPES.values()]
    per_type = 1 + 2 + 1 + 2 + 2 * len(PLAY_PURPOSES)  # chosen, collected/shared, ephemeral...
    assert len(rows) == 1 + len(OPENING) + len(PLAY_TYPES) * per_type


@pytest.mark.parametrize("name", ["apple-privacy-manifest", "play-data-safety"])
def test_exports_are_deterministic_and_name_what_was_proposed(name: str) -> None:
    first = run_export(get(name), example())
    assert first.data == run_export(get(name), example()).data
    summary = "\n".join(first.summary)
    assert "is proposed, not confirmed, for category contact.email (its DPV term EmailAddress)" \
        in summary
    assert "account.date_of_birth" in summary  # no store type fits it: said, not guessed
