"""Proposed store labels: the most specific evidence wins; a proposal says where it came from."""

from __future__ import annotations

import pytest

from app.domain.enums import CcpaCategory, PurposeKind, Sensitivity, Tag
from app.domain.models import DataCategory, Purpose
from app.domain.store_kinds import (
    PLAY_TYPES,
    AppleDataType,
    ApplePurpose,
    PlayDataType,
    PlayPurpose,
    apple_purpose_id,
    apple_type_id,
)
from app.domain.store_proposals import propose_category, propose_purpose


@pytest.mark.parametrize(("category", "apple", "play", "source"), [
    (DataCategory(id="online.ip_address"), AppleDataType.DEVICE_ID,
     PlayDataType.DEVICE_OR_OTHER_IDS, "the word 'ip address' in its id"),
    (DataCategory(id="contact.postal_address"), AppleDataType.PHYSICAL_ADDRESS,
     PlayDataType.ADDRESS, "the word 'address' in its id"),
    (DataCategory(id="x", external_ids={"dpv": "https://w3id.org/dpv/pd#EmailAddress"},
                  tags=[Tag.LOCATION]),
     AppleDataType.EMAIL_ADDRESS, PlayDataType.EMAIL_ADDRESS, "its DPV term EmailAddress"),
    (DataCategory(id="y", external_ids={"fides": "user.location.precise"}),
     AppleDataType.PRECISE_LOCATION, PlayDataType.PRECISE_LOCATION,
     "its Fides key user.location.precise"),
    (DataCategory(id="browsing.search_queries", tags=[Tag.BROWSING]),
     AppleDataType.SEARCH_HISTORY, PlayDataType.IN_APP_SEARCH_HISTORY,
     "the word 'search' in its id"),
    (DataCategory(id="order.correspondence", tags=[Tag.COMMUNICATIONS]),
     AppleDataType.EMAILS_OR_TEXT_MESSAGES, PlayDataType.OTHER_IN_APP_MESSAGES,
     "its tag communications"),
    (DataCategory(id="z", ccpa_category=CcpaCategory.GEOLOCATION),
     AppleDataType.COARSE_LOCATION, PlayDataType.APPROXIMATE_LOCATION,
     "its CCPA category geolocation"),
    (DataCategory(id="beliefs", sensitivity=Sensitivity.SPECIAL_CATEGORY),
     AppleDataType.SENSITIVE_INFO, None, "its special-category sensitivity"),
])
def test_category_proposals(category: DataCategory, apple: AppleDataType,
                            play: PlayDataType | None, source: str) -> None:
    proposal = propose_category(category)
    assert (proposal.apple, proposal.play, proposal.reason) == (apple, play, source)


def test_a_category_with_nothing_to_go_on_gets_no_proposal() -> None:
    proposal = propose_category(DataCategory(id="loyalty.points"))
    assert (proposal.apple, proposal.play) == (None, None)


def test_a_malformed_fides_key_is_not_read_nor_repeated() -> None:
    category = DataCategory(id="q", external_ids={"fides": "user.contact.email\x1b[31m"})
    assert propose_category(category).apple is None


@pytest.mark.parametrize(("purpose", "apple", "play"), [
    (Purpose(id="retargeting", kind=PurposeKind.ADVERTISING),
     ApplePurpose.THIRD_PARTY_ADVERTISING, PlayPurpose.ADVERTISING),
    (Purpose(id="newsletter", kind=PurposeKind.MARKETING),
     ApplePurpose.DEVELOPER_ADVERTISING, PlayPurpose.DEVELOPER_COMMUNICATIONS),
    (Purpose(id="account_management", kind=PurposeKind.ESSENTIAL),
     ApplePurpose.APP_FUNCTIONALITY, PlayPurpose.ACCOUNT_MANAGEMENT),
    (Purpose(id="studies", kind=PurposeKind.RESEARCH), ApplePurpose.OTHER, None),
    (Purpose(id="p", external_ids={"dpv": "dpv:ServicePersonalisation"}),
     ApplePurpose.PRODUCT_PERSONALIZATION, PlayPurpose.PERSONALIZATION),
])
def test_purpose_proposals(purpose: Purpose, apple: ApplePurpose,
                           play: PlayPurpose | None) -> None:
    proposal = propose_purpose(purpose)
    assert (proposal.apple, proposal.play) == (apple, play)


def test_store_identifiers_are_the_published_spellings() -> None:
    assert apple_type_id(AppleDataType.PHOTOS_OR_VIDEOS) == \
        "NSPrivacyCollectedDataTypePhotosorVideos"
    assert apple_type_id(AppleDataType.OTHER_CONTACT_INFO) == \
        "NSPrivacyCollectedDataTypeOtherUserContactInfo"
    assert apple_purpose_id(ApplePurpose.THIRD_PARTY_ADVERTISING) == \
        "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising"
    assert len(set(map(apple_type_id, AppleDataType))) == len(AppleDataType) == 35
    assert PLAY_TYPES[PlayDataType.PAYMENT_INFO][:2] == (
        "PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER")
    assert len({response for _, response, _ in PLAY_TYPES.values()}) == len(PlayDataType) == 38
