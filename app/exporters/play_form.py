"""Google's wording of the Play Console's Data safety CSV, row by row (Google's template).

Every label here is Google's own English text of the form, which Play Console reads back when
the file is imported; none is shown to people as the program's words, so none is translated
(the scan of words to translate leaves this module out). The answers are filled in by
:mod:`app.exporters.play_data_safety`.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.store_kinds import PLAY_PURPOSES, PLAY_TYPES, PlayDataType
from app.domain.store_labels import DataTypeFacts

HEADER = ("Question ID (machine readable)", "Response ID (machine readable)", "Response value",
          "Answer requirement", "Human-friendly question label")
TRUE, FALSE, BLANK = "true", "false", ""
ACCOUNT_METHODS = "Which of the following methods of account creation does your app support? " \
                  "Select all that apply"
DELETION = "Do you provide a way for users to request that their data is deleted?"
OUTSIDE = "How are these accounts created?"
OPENING: tuple[tuple[str, str, str, str], ...] = (
    ("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "REQUIRED",
     "Does your app collect or share any of the required user data types?"),
    ("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "MAYBE_REQUIRED",
     "Is all of the user data collected by your app encrypted in transit?"),
    *(("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", response, "MULTIPLE_CHOICE",
       f"{ACCOUNT_METHODS} / {words}") for response, words in (
        ("PSL_ACM_USER_ID_PASSWORD", "Username and password"),
        ("PSL_ACM_USER_ID_OTHER_AUTH", "Username and other authentication"),
        ("PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH", "Username, password, and other authentication"),
        ("PSL_ACM_OAUTH", "OAuth"), ("PSL_ACM_OTHER", "Other"),
        ("PSL_ACM_NONE", "My app does not allow users to create an account"))),
    ("PSL_ACM_SPECIFY", "", "MAYBE_REQUIRED",
     "Describe the method of account creation that your app supports"),
    ("PSL_ACCOUNT_DELETION_URL", "", "MAYBE_REQUIRED", "Add a link that users can use to "
     "request that their account and associated data is deleted"),
    *(("PSL_SUPPORT_DATA_DELETION_BY_USER", response, "SINGLE_CHOICE", f"{DELETION} / {words}")
      for response, words in (
        ("DATA_DELETION_YES", "Yes"), ("DATA_DELETION_NO", "No"),
        ("DATA_DELETION_NO_AUTO_DELETED",
         "No, but user data is automatically deleted within 90 days"))),
    ("PSL_DATA_DELETION_URL", "", "MAYBE_REQUIRED", "Delete data URL"),
    ("PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "OPTIONAL",
     "Do you want to let users know about your commitment to the Google Play Families Policy "
     "in the Data safety section on your store listing?"),
    ("PSL_INDEPENDENTLY_VALIDATED", "", "OPTIONAL", "Has your app successfully completed an "
     "independent security review, according to the Mobile Application Security Assessment "
     "(MASA) framework?"),
    ("PSL_UPI_BADGE_OPT_IN", "", "OPTIONAL",
     "Do you want to show this badge on your store listing?"),
    ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "OPTIONAL",
     "Can users login to your app with accounts created outside of the app?"),
    *(("PSL_OUTSIDE_APP_ACCOUNT_TYPES", response, "MULTIPLE_CHOICE", f"{OUTSIDE} / {words}")
      for response, words in (
        ("PSL_LOGIN_WITH_OUTSIDE_APP_ID",
         "Out of app identification (e.g. SIM binding, service subscription)"),
        ("PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT",
         "Through employment, or enterprise accounts"),
        ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "Other"))),
    ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "MAYBE_REQUIRED",
     "Describe how these accounts are created"),
)
"""The opening questions: (question id, response id, answer requirement, label)."""
COLLECTS = OPENING[0][0]


def yes(flag: bool) -> str:
    """``true`` for a chosen answer, blank otherwise (as Play Console writes them)."""
    return TRUE if flag else BLANK


def usage_rows(data_type: PlayDataType, facts: DataTypeFacts | None) -> Iterator[list[str]]:
    """The usage rows of one data type (blank when the policy does not use it)."""
    _, response, words = PLAY_TYPES[data_type]
    prefix = f"PSL_DATA_USAGE_RESPONSES:{response}:"
    about = f"Data usage and handling ({words.split(' / ', 1)[1]}) / "
    known = facts is not None
    both = "Is this data collected, shared, or both?"
    yield [prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED",
           yes(known), "MULTIPLE_CHOICE", f"{about}{both} / Collected"]
    yield [prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED",
           yes(known and facts.shared), "MULTIPLE_CHOICE", f"{about}{both} / Shared"]
    yield [prefix + "PSL_DATA_USAGE_EPHEMERAL", "", FALSE if known else BLANK, "MAYBE_REQUIRED",
           f"{about}Is this data processed ephemerally?"]
    control = "Is this data required for your app, or can users choose whether it's collected?"
    required = known and facts.required
    yield [prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
           yes(known and not required), "SINGLE_CHOICE",
           f"{about}{control} / Users can choose whether this data is collected"]
    yield [prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
           yes(required), "SINGLE_CHOICE", f"{about}{control} / Data collection is required "
           "(users can't turn off this data collection)"]
    for question, verb, chosen in (
            ("DATA_USAGE_COLLECTION_PURPOSE", "collected", facts.purposes if known else ()),
            ("DATA_USAGE_SHARING_PURPOSE", "shared", facts.shared_purposes if known else ())):
        for purpose, (purpose_id, purpose_words) in PLAY_PURPOSES.items():
            yield [prefix + question, purpose_id, yes(purpose in chosen), "MULTIPLE_CHOICE",
                   f"{about}Why is this user data {verb}? Select all that apply. / "
                   f"{purpose_words}"]
