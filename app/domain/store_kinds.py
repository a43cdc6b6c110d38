"""The app stores' fixed vocabularies: Apple's privacy manifest and Google Play's Data safety form.

A category says which store data type it is, a purpose which store purpose (format 2 fields of
:mod:`app.domain.models`). The policy stores short slugs (``email_address``); the tables here
give each slug's official identifier:

- Apple: the values of ``NSPrivacyCollectedDataType`` and ``NSPrivacyCollectedDataTypePurposes``
  in ``PrivacyInfo.xcprivacy`` (Apple's spelling, ``PhotosorVideos`` with a small "or").
- Google: the question and response ids of the Play Console's Data safety CSV
  (``PSL_DATA_TYPES_PERSONAL`` / ``PSL_EMAIL``; purposes ``PSL_APP_FUNCTIONALITY``...), in the
  order of Google's template, with the English labels of the form.
"""

from __future__ import annotations

from enum import StrEnum

APPLE_TYPE_PREFIX = "NSPrivacyCollectedDataType"
APPLE_PURPOSE_PREFIX = "NSPrivacyCollectedDataTypePurpose"


class AppleDataType(StrEnum):
    """A data type of Apple's privacy manifest (``NSPrivacyCollectedDataType``)."""

    NAME = "name"
    EMAIL_ADDRESS = "email_address"
    PHONE_NUMBER = "phone_number"
    PHYSICAL_ADDRESS = "physical_address"
    OTHER_CONTACT_INFO = "other_contact_info"
    HEALTH = "health"
    FITNESS = "fitness"
    PAYMENT_INFO = "payment_info"
    CREDIT_INFO = "credit_info"
    OTHER_FINANCIAL_INFO = "other_financial_info"
    PRECISE_LOCATION = "precise_location"
    COARSE_LOCATION = "coarse_location"
    SENSITIVE_INFO = "sensitive_info"
    CONTACTS = "contacts"
    EMAILS_OR_TEXT_MESSAGES = "emails_or_text_messages"
    PHOTOS_OR_VIDEOS = "photos_or_videos"
    AUDIO_DATA = "audio_data"
    GAMEPLAY_CONTENT = "gameplay_content"
    CUSTOMER_SUPPORT = "customer_support"
    OTHER_USER_CONTENT = "other_user_content"
    BROWSING_HISTORY = "browsing_history"
    SEARCH_HISTORY = "search_history"
    USER_ID = "user_id"
    DEVICE_ID = "device_id"
    PURCHASE_HISTORY = "purchase_history"
    PRODUCT_INTERACTION = "product_interaction"
    ADVERTISING_DATA = "advertising_data"
    OTHER_USAGE_DATA = "other_usage_data"
    CRASH_DATA = "crash_data"
    PERFORMANCE_DATA = "performance_data"
    OTHER_DIAGNOSTIC_DATA = "other_diagnostic_data"
    ENVIRONMENT_SCANNING = "environment_scanning"
    HANDS = "hands"
    HEAD = "head"
    OTHER_DATA_TYPES = "other_data_types"


_APPLE_SUFFIX = {
    AppleDataType.NAME: "Name", AppleDataType.EMAIL_ADDRESS: "EmailAddress",
    AppleDataType.PHONE_NUMBER: "PhoneNumber", AppleDataType.PHYSICAL_ADDRESS: "PhysicalAddress",
    AppleDataType.OTHER_CONTACT_INFO: "OtherUserContactInfo", AppleDataType.HEALTH: "Health",
    AppleDataType.FITNESS: "Fitness", AppleDataType.PAYMENT_INFO: "PaymentInfo",
    AppleDataType.CREDIT_INFO: "CreditInfo",
    AppleDataType.OTHER_FINANCIAL_INFO: "OtherFinancialInfo",
    AppleDataType.PRECISE_LOCATION: "PreciseLocation",
    AppleDataType.COARSE_LOCATION: "CoarseLocation",
    AppleDataType.SENSITIVE_INFO: "SensitiveInfo", AppleDataType.CONTACTS: "Contacts",
    AppleDataType.EMAILS_OR_TEXT_MESSAGES: "EmailsOrTextMessages",
    AppleDataType.PHOTOS_OR_VIDEOS: "PhotosorVideos", AppleDataType.AUDIO_DATA: "AudioData",
    AppleDataType.GAMEPLAY_CONTENT: "GameplayContent",
    AppleDataType.CUSTOMER_SUPPORT: "CustomerSupport",
    AppleDataType.OTHER_USER_CONTENT: "OtherUserContent",
    AppleDataType.BROWSING_HISTORY: "BrowsingHistory",
    AppleDataType.SEARCH_HISTORY: "SearchHistory", AppleDataType.USER_ID: "UserID",
    AppleDataType.DEVICE_ID: "DeviceID", AppleDataType.PURCHASE_HISTORY: "PurchaseHistory",
    AppleDataType.PRODUCT_INTERACTION: "ProductInteraction",
    AppleDataType.ADVERTISING_DATA: "AdvertisingData",
    AppleDataType.OTHER_USAGE_DATA: "OtherUsageData", AppleDataType.CRASH_DATA: "CrashData",
    AppleDataType.PERFORMANCE_DATA: "PerformanceData",
    AppleDataType.OTHER_DIAGNOSTIC_DATA: "OtherDiagnosticData",
    AppleDataType.ENVIRONMENT_SCANNING: "EnvironmentScanning", AppleDataType.HANDS: "Hands",
    AppleDataType.HEAD: "Head", AppleDataType.OTHER_DATA_TYPES: "OtherDataTypes",
}


def apple_type_id(value: AppleDataType) -> str:
    """Apple's identifier, e.g. ``NSPrivacyCollectedDataTypeEmailAddress``."""
    return APPLE_TYPE_PREFIX + _APPLE_SUFFIX[value]


class ApplePurpose(StrEnum):
    """A reason of Apple's privacy manifest (``NSPrivacyCollectedDataTypePurposes``)."""

    THIRD_PARTY_ADVERTISING = "third_party_advertising"
    DEVELOPER_ADVERTISING = "developer_advertising"
    ANALYTICS = "analytics"
    PRODUCT_PERSONALIZATION = "product_personalization"
    APP_FUNCTIONALITY = "app_functionality"
    OTHER = "other"


def apple_purpose_id(value: ApplePurpose) -> str:
    """Apple's identifier, e.g. ``NSPrivacyCollectedDataTypePurposeAnalytics``."""
    return APPLE_PURPOSE_PREFIX + "".join(word.capitalize() for word in value.value.split("_"))


APPLE_LABELS: dict[StrEnum, str] = {
    ApplePurpose.THIRD_PARTY_ADVERTISING: "Third-Party Advertising",
    ApplePurpose.DEVELOPER_ADVERTISING: "Developer's Advertising or Marketing",
    ApplePurpose.PRODUCT_PERSONALIZATION: "Product Personalization",
    ApplePurpose.OTHER: "Other Purposes",
    AppleDataType.OTHER_CONTACT_INFO: "Other User Contact Info",
}
"""Apple's English labels where the value does not spell them out (the rest are its words
title-cased): App Store Connect's own names, shown as the store shows them, like Google's."""


class PlayDataType(StrEnum):
    """A data type of Google Play's Data safety form."""

    NAME = "name"
    EMAIL_ADDRESS = "email_address"
    USER_IDS = "user_ids"
    ADDRESS = "address"
    PHONE_NUMBER = "phone_number"
    RACE_AND_ETHNICITY = "race_and_ethnicity"
    POLITICAL_OR_RELIGIOUS_BELIEFS = "political_or_religious_beliefs"
    SEXUAL_ORIENTATION = "sexual_orientation"
    OTHER_PERSONAL_INFO = "other_personal_info"
    PAYMENT_INFO = "payment_info"
    PURCHASE_HISTORY = "purchase_history"
    CREDIT_SCORE = "credit_score"
    OTHER_FINANCIAL_INFO = "other_financial_info"
    APPROXIMATE_LOCATION = "approximate_location"
    PRECISE_LOCATION = "precise_location"
    WEB_BROWSING_HISTORY = "web_browsing_history"
    EMAILS = "emails"
    SMS_OR_MMS = "sms_or_mms"
    OTHER_IN_APP_MESSAGES = "other_in_app_messages"
    PHOTOS = "photos"
    VIDEOS = "videos"
    VOICE_OR_SOUND_RECORDINGS = "voice_or_sound_recordings"
    MUSIC_FILES = "music_files"
    OTHER_AUDIO_FILES = "other_audio_files"
    HEALTH_INFO = "health_info"
    FITNESS_INFO = "fitness_info"
    CONTACTS = "contacts"
    CALENDAR_EVENTS = "calendar_events"
    CRASH_LOGS = "crash_logs"
    DIAGNOSTICS = "diagnostics"
    OTHER_PERFORMANCE_DATA = "other_performance_data"
    FILES_AND_DOCS = "files_and_docs"
    APP_INTERACTIONS = "app_interactions"
    IN_APP_SEARCH_HISTORY = "in_app_search_history"
    INSTALLED_APPS = "installed_apps"
    OTHER_USER_GENERATED_CONTENT = "other_user_generated_content"
    OTHER_ACTIONS = "other_actions"
    DEVICE_OR_OTHER_IDS = "device_or_other_ids"


PLAY_TYPES: dict[PlayDataType, tuple[str, str, str]] = {
    t: (f"PSL_DATA_TYPES_{group}", response, text) for t, group, response, text in (
        (PlayDataType.NAME, "PERSONAL", "PSL_NAME", "Personal info / Name"),
        (PlayDataType.EMAIL_ADDRESS, "PERSONAL", "PSL_EMAIL", "Personal info / Email address"),
        (PlayDataType.USER_IDS, "PERSONAL", "PSL_USER_ACCOUNT", "Personal info / User IDs"),
        (PlayDataType.ADDRESS, "PERSONAL", "PSL_ADDRESS", "Personal info / Address"),
        (PlayDataType.PHONE_NUMBER, "PERSONAL", "PSL_PHONE", "Personal info / Phone number"),
        (PlayDataType.RACE_AND_ETHNICITY, "PERSONAL", "PSL_RACE_ETHNICITY",
         "Personal info / Race and ethnicity"),
        (PlayDataType.POLITICAL_OR_RELIGIOUS_BELIEFS, "PERSONAL", "PSL_POLITICAL_RELIGIOUS",
         "Personal info / Political or religious beliefs"),
        (PlayDataType.SEXUAL_ORIENTATION, "PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
         "Personal info / Sexual orientation"),
        (PlayDataType.OTHER_PERSONAL_INFO, "PERSONAL", "PSL_OTHER_PERSONAL",
         "Personal info / Other info"),
        (PlayDataType.PAYMENT_INFO, "FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
         "Financial info / User payment info"),
        (PlayDataType.PURCHASE_HISTORY, "FINANCIAL", "PSL_PURCHASE_HISTORY",
         "Financial info / Purchase history"),
        (PlayDataType.CREDIT_SCORE, "FINANCIAL", "PSL_CREDIT_SCORE",
         "Financial info / Credit score"),
        (PlayDataType.OTHER_FINANCIAL_INFO, "FINANCIAL", "PSL_OTHER",
         "Financial info / Other financial info"),
        (PlayDataType.APPROXIMATE_LOCATION, "LOCATION", "PSL_APPROX_LOCATION",
         "Location / Approximate location"),
        (PlayDataType.PRECISE_LOCATION, "LOCATION", "PSL_PRECISE_LOCATION",
         "Location / Precise location"),
        (PlayDataType.WEB_BROWSING_HISTORY, "SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY",
         "Web browsing / Web browsing history"),
        (PlayDataType.EMAILS, "EMAIL_AND_TEXT", "PSL_EMAILS", "Messages / Emails"),
        (PlayDataType.SMS_OR_MMS, "EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages / SMS or MMS"),
        (PlayDataType.OTHER_IN_APP_MESSAGES, "EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES",
         "Messages / Other in-app messages"),
        (PlayDataType.PHOTOS, "PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos / Photos"),
        (PlayDataType.VIDEOS, "PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos / Videos"),
        (PlayDataType.VOICE_OR_SOUND_RECORDINGS, "AUDIO", "PSL_AUDIO",
         "Audio files / Voice or sound recordings"),
        (PlayDataType.MUSIC_FILES, "AUDIO", "PSL_MUSIC", "Audio files / Music files"),
        (PlayDataType.OTHER_AUDIO_FILES, "AUDIO", "PSL_OTHER_AUDIO",
         "Audio files / Other audio files"),
        (PlayDataType.HEALTH_INFO, "HEALTH_AND_FITNESS", "PSL_HEALTH",
         "Health and fitness / Health info"),
        (PlayDataType.FITNESS_INFO, "HEALTH_AND_FITNESS", "PSL_FITNESS",
         "Health and fitness / Fitness info"),
        (PlayDataType.CONTACTS, "CONTACTS", "PSL_CONTACTS", "Contacts / Contacts"),
        (PlayDataType.CALENDAR_EVENTS, "CALENDAR", "PSL_CALENDAR", "Calendar / Calendar events"),
        (PlayDataType.CRASH_LOGS, "APP_PERFORMANCE", "PSL_CRASH_LOGS",
         "App info and performance / Crash logs"),
        (PlayDataType.DIAGNOSTICS, "APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS",
         "App info and performance / Diagnostics"),
        (PlayDataType.OTHER_PERFORMANCE_DATA, "APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE",
         "App info and performance / Other app performance data"),
        (PlayDataType.FILES_AND_DOCS, "FILES_AND_DOCS", "PSL_FILES_AND_DOCS",
         "Files and docs / Files and docs"),
        (PlayDataType.APP_INTERACTIONS, "APP_ACTIVITY", "PSL_USER_INTERACTION",
         "App activity / App interactions"),
        (PlayDataType.IN_APP_SEARCH_HISTORY, "APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY",
         "App activity / In-app search history"),
        (PlayDataType.INSTALLED_APPS, "APP_ACTIVITY", "PSL_APPS_ON_DEVICE",
         "App activity / Installed apps"),
        (PlayDataType.OTHER_USER_GENERATED_CONTENT, "APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT",
         "App activity / Other user-generated content"),
        (PlayDataType.OTHER_ACTIONS, "APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY",
         "App activity / Other actions"),
        (PlayDataType.DEVICE_OR_OTHER_IDS, "IDENTIFIERS", "PSL_DEVICE_ID",
         "Device or other IDs / Device or other IDs"),
    )
}
"""Each Play data type: (question id, response id, the form's label), in Google's order."""


class PlayPurpose(StrEnum):
    """A purpose of Google Play's Data safety form."""

    APP_FUNCTIONALITY = "app_functionality"
    ANALYTICS = "analytics"
    DEVELOPER_COMMUNICATIONS = "developer_communications"
    FRAUD_PREVENTION_SECURITY = "fraud_prevention_security"
    ADVERTISING = "advertising"
    PERSONALIZATION = "personalization"
    ACCOUNT_MANAGEMENT = "account_management"


PLAY_PURPOSES: dict[PlayPurpose, tuple[str, str]] = {
    PlayPurpose.APP_FUNCTIONALITY: ("PSL_APP_FUNCTIONALITY", "App functionality"),
    PlayPurpose.ANALYTICS: ("PSL_ANALYTICS", "Analytics"),
    PlayPurpose.DEVELOPER_COMMUNICATIONS: ("PSL_DEVELOPER_COMMUNICATIONS",
                                           "Developer communications"),
    PlayPurpose.FRAUD_PREVENTION_SECURITY: ("PSL_FRAUD_PREVENTION_SECURITY",
                                            "Fraud prevention, security, and compliance"),
    PlayPurpose.ADVERTISING: ("PSL_ADVERTISING", "Advertising or marketing"),
    PlayPurpose.PERSONALIZATION: ("PSL_PERSONALIZATION", "Personalization"),
    PlayPurpose.ACCOUNT_MANAGEMENT: ("PSL_ACCOUNT_MANAGEMENT", "Account management"),
}
"""Each Play purpose: (response id, the form's label), in Google's order."""
