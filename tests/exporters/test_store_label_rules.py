"""App-store labels on small policies: declared labels win, tracking, linking, hostile text, CLI."""

from __future__ import annotations

import csv
import io
import plistlib
from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import digest
from app.domain.decisions import Request, decide
from app.domain.enums import ConsentState
from app.domain.format_versions import format_2_uses
from app.domain.models import Policy
from app.domain.store_labels import store_labels
from app.domain.store_proposals import propose_category
from app.exporters.registry import get, run_export
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes

POLICY = """\
format_version: 2
policy:
  id: shop_app
  title: Shop app
categories:
  - id: contact.email
    name: Email address
    play_data_type: email_address
  - id: device.ad_id
    name: Advertising identifier
    tags: [device]
    apple_data_type: advertising_data
  - id: usage.clicks
    name: Clicks
    apple_data_type: product_interaction
    play_data_type: app_interactions
  - id: mood
    name: Mood
purposes:
  - id: orders
    kind: essential
  - id: ads
    kind: advertising
    consent: opt_in
    play_purpose: advertising
  - id: stats
    kind: analytics
    apple_purpose: analytics
recipients:
  - id: ad_network
    kind: third_party
    tracking_domains: [ads.example.com, track.example.net]
  - id: host
    kind: processor
rules:
  - id: orders_email
    categories: [contact.email]
    purposes: [orders]
    recipients: [host]
  - id: ads_share
    categories: [device.ad_id, usage.clicks]
    purposes: [ads]
    recipients: [ad_network]
  - id: stats_anonymous
    categories: [usage.clicks]
    purposes: [stats]
    obligations: [anonymise]
  - id: mood_orders
    categories: [mood]
    purposes: [orders]
"""


def _policy(text: str = POLICY) -> Policy:
    return load_bytes(text.encode(), "shop.policy.yaml").policy


def _manifest(policy: Policy) -> dict:
    return plistlib.loads(run_export(get("apple-privacy-manifest"), policy).data or b"")


def _entries(policy: Policy) -> dict[str, dict]:
    return {e["NSPrivacyCollectedDataType"]: e
            for e in _manifest(policy)["NSPrivacyCollectedDataTypes"]}


def test_declared_labels_win_over_proposals_and_are_not_reported() -> None:
    policy = _policy()
    assert propose_category(policy.categories[1]).apple.value == "device_id"  # type: ignore[union-attr]
    entries = _entries(policy)
    assert "NSPrivacyCollectedDataTypeAdvertisingData" in entries
    assert "NSPrivacyCollectedDataTypeDeviceID" not in entries
    notes = "\n".join(store_labels(policy, "apple").notes)
    assert "device.ad_id" not in notes and "usage.clicks" not in notes
    assert "Apple data type email_address is proposed, not confirmed, for category " \
           "contact.email (the word 'email' in its id)" in notes
    assert "no Apple data type for category mood" in notes


def test_tracking_is_an_advertising_use_shared_with_a_third_party() -> None:
    policy = _policy()
    manifest = _manifest(policy)
    assert manifest["NSPrivacyTracking"] is True
    assert manifest["NSPrivacyTrackingDomains"] == ["ads.example.com", "track.example.net"]
    entries = _entries(policy)
    assert entries["NSPrivacyCollectedDataTypeAdvertisingData"][
        "NSPrivacyCollectedDataTypeTracking"] is True
    assert entries["NSPrivacyCollectedDataTypeEmailAddress"][
        "NSPrivacyCollectedDataTypeTracking"] is False
    assert decide(policy, Request("device.ad_id", "ads", recipient="ad_network",
                                  consent=ConsentState.GRANTED)).allowed


def test_a_purpose_without_a_kind_takes_its_ancestors_for_proposals_and_tracking() -> None:
    text = POLICY.replace("  - id: stats\n", "  - id: ads.video\n    name: Video ads\n"
                          "  - id: stats\n").replace(
        "categories: [device.ad_id, usage.clicks]\n    purposes: [ads]",
        "categories: [device.ad_id, usage.clicks]\n    purposes: [ads.video]")
    policy = _policy(text)
    assert decide(policy, Request("usage.clicks", "ads.video", recipient="ad_network",
                                  consent=ConsentState.GRANTED)).allowed
    clicks = _entries(policy)["NSPrivacyCollectedDataTypeProductInteraction"]
    assert clicks["NSPrivacyCollectedDataTypeTracking"] is True
    assert "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising" in \
        clicks["NSPrivacyCollectedDataTypePurposes"]
    notes = "\n".join(store_labels(policy, "apple").notes)
    assert "for purpose ads.video (the kind advertising of ads)" in notes


def test_a_processor_is_no_sharing_and_nothing_advertising_is_no_tracking() -> None:
    policy = _policy(POLICY.replace("kind: advertising", "kind: essential"))
    manifest = _manifest(policy)
    assert manifest["NSPrivacyTracking"] is False and manifest["NSPrivacyTrackingDomains"] == []
    labels = store_labels(policy, "play")
    email = next(f for t, f in labels.types.items() if t.value == "email_address")
    assert not email.shared  # the host is a processor
    assert decide(policy, Request("contact.email", "orders", recipient="host")).allowed


def test_linked_unless_every_use_is_anonymised_or_aggregated() -> None:
    policy = _policy()
    clicks = _entries(policy)["NSPrivacyCollectedDataTypeProductInteraction"]
    assert clicks["NSPrivacyCollectedDataTypeLinked"] is True  # the ads use is not anonymised
    alone = _policy(POLICY.replace("categories: [device.ad_id, usage.clicks]",
                                   "categories: [device.ad_id]"))
    clicks = _entries(alone)["NSPrivacyCollectedDataTypeProductInteraction"]
    assert clicks["NSPrivacyCollectedDataTypeLinked"] is False
    purposes = clicks["NSPrivacyCollectedDataTypePurposes"]
    assert purposes == ["NSPrivacyCollectedDataTypePurposeAnalytics"]


def test_play_optional_follows_consent_and_purposes_follow_declarations() -> None:
    rows = csv.reader(io.StringIO(run_export(get("play-data-safety"), _policy())
                                  .data.decode()))  # type: ignore[union-attr]
    answers = {(q, r): v for q, r, v, *_ in rows}
    usage = "PSL_DATA_USAGE_RESPONSES:PSL_USER_INTERACTION:"
    assert answers[(usage + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL")] \
        == ""  # analytics needs no consent: required
    assert answers[(usage + "DATA_USAGE_SHARING_PURPOSE", "PSL_ADVERTISING")] == "true"
    assert answers[(usage + "DATA_USAGE_SHARING_PURPOSE", "PSL_ANALYTICS")] == ""
    assert answers[(usage + "DATA_USAGE_COLLECTION_PURPOSE", "PSL_ANALYTICS")] == "true"
    email = "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:"
    assert answers[(email + "PSL_DATA_USAGE_COLLECTION_AND_SHARING",
                    "PSL_DATA_USAGE_ONLY_SHARED")] == ""
    assert answers[("PSL_DATA_TYPES_PERSONAL", "PSL_NAME")] == ""
    only_ads = _policy(POLICY.replace("categories: [usage.clicks]\n    purposes: [stats]",
                                      "categories: [usage.clicks]\n    purposes: [ads]"))
    rows = csv.reader(io.StringIO(run_export(get("play-data-safety"), only_ads)
                                  .data.decode()))  # type: ignore[union-attr]
    answers = {(q, r): v for q, r, v, *_ in rows}
    assert answers[(usage + "DATA_USAGE_USER_CONTROL",
                    "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL")] == "true"  # opt-in only


def test_a_policy_without_uses_says_it_collects_nothing() -> None:
    policy = _policy(POLICY.split("rules:")[0])
    answers = {(q, r): v for q, r, v, *_ in csv.reader(io.StringIO(
        run_export(get("play-data-safety"), policy).data.decode()))}  # type: ignore[union-attr]
    assert answers[("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "")] == "false"
    assert _manifest(policy)["NSPrivacyCollectedDataTypes"] == []


HOSTILE = ["=HYPERLINK(\"http://x\")", "<!-- ]]> </string><true/>", "\u202eevil",
           "+cmd|' /C calc'!A0"]


def test_hostile_names_and_descriptions_never_reach_either_file() -> None:
    text = POLICY
    for index, words in enumerate(HOSTILE):
        quoted = words.replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("    name: Clicks\n" if index == 0 else "    name: Mood\n",
                            f"    name: \"{quoted}\"\n    description: \"{quoted}\"\n", 1)
    policy = _policy(text)
    assert policy.categories[2].name == HOSTILE[0]
    for name in ("apple-privacy-manifest", "play-data-safety"):
        data = run_export(get(name), policy).data or b""
        for words in HOSTILE:
            assert words.encode() not in data
    assert len(_entries(policy)) == 3  # mood has no Apple data type
    rows = list(csv.reader(io.StringIO(run_export(get("play-data-safety"), policy)
                                       .data.decode())))  # type: ignore[union-attr]
    assert {len(row) for row in rows} == {5}
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_a_bad_tracking_domain_is_refused_by_the_model() -> None:
    with pytest.raises(PolicyFileError, match="expected a lowercase internet domain"):
        _policy(POLICY.replace("ads.example.com", "=cmd|x"))


def test_the_new_fields_are_format_2_only() -> None:
    policy = _policy()
    found = {path[-1] for path, _ in format_2_uses(policy)}
    assert {"play_data_type", "apple_data_type", "play_purpose", "apple_purpose",
            "tracking_domains"} <= found


def test_format_1_says_that_unnamed_recipients_are_not_counted_as_shared() -> None:
    v1 = POLICY.replace("format_version: 2", "format_version: 1")
    v1 = "\n".join(line for line in v1.splitlines()
                   if "_data_type" not in line and "_purpose:" not in line
                   and "tracking_domains" not in line) + "\n"
    notes = "\n".join(store_labels(_policy(v1), "apple").notes)
    assert "format 1: only uses that name a third-party recipient count as shared" in notes


@pytest.mark.parametrize(("fmt", "name"), [("apple-privacy-manifest", "PrivacyInfo.xcprivacy"),
                                          ("play-data-safety", "shop.data-safety.csv")])
def test_the_cli_writes_both_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     fmt: str, name: str) -> None:
    source = tmp_path / "shop.policy.yaml"
    source.write_text(POLICY, encoding="utf-8")
    target = tmp_path / name
    assert main(["export", str(source), "-f", fmt, "-o", str(target), "--force"]) == 0
    out = capsys.readouterr().out
    assert f"digest: {digest(_policy())}" in out
    assert "is proposed, not confirmed" in out
    data = target.read_bytes()
    if fmt == "apple-privacy-manifest":
        assert plistlib.loads(data)["NSPrivacyTracking"] is True
        assert f"<!-- policy digest {digest(_policy())} -->".encode() in data
    else:
        assert data.startswith(b"Question ID (machine readable),")


def test_a_long_list_in_the_summary_names_twelve_and_counts_the_rest() -> None:
    many = "".join(f"  - id: mood.m{i:02}\n    name: Mood {i}\n" for i in range(15))
    policy = _policy(POLICY.replace("  - id: mood\n    name: Mood\n",
                                    "  - id: mood\n    name: Mood\n" + many))
    line = next(n for n in store_labels(policy, "play").notes if n.startswith("no Google"))
    assert "mood.m10, mood.m11 and 3 more:" in line  # mood itself is now a heading
    assert "mood.m12" not in line and "mood," not in line


def test_a_type_used_only_for_an_undeclared_purpose_is_listed_with_other_and_said() -> None:
    policy = _policy(POLICY.replace("purposes: [stats]", "purposes: [ghost]")
                     .replace("categories: [device.ad_id, usage.clicks]",
                              "categories: [device.ad_id]"))
    assert decide(policy, Request("usage.clicks", "ghost", consent=ConsentState.GRANTED)).allowed
    clicks = _entries(policy)["NSPrivacyCollectedDataTypeProductInteraction"]
    assert clicks["NSPrivacyCollectedDataTypePurposes"] == [
        "NSPrivacyCollectedDataTypePurposeOther"]
    summary = run_export(get("apple-privacy-manifest"), policy).summary
    assert "no Apple purpose for purpose ghost (not declared): their uses are listed without " \
           "one; declare each purpose and its label" in summary
    assert "no Apple purpose for NSPrivacyCollectedDataTypeProductInteraction: written as Other" \
        in summary


def test_any_recipient_tracks_only_with_the_recipients_decide_lets_it_reach() -> None:
    # '*' opens the ads rule to anyone, but a deny rule keeps the ad network out: its tracking
    # domains are not domains the app shares tracking data with
    text = POLICY.replace("    recipients: [ad_network]\n", "    recipients: ['*']\n").replace(
        "  - id: stats_anonymous\n", "  - id: no_ad_network\n    effect: deny\n"
        "    categories: [device.ad_id]\n    purposes: [ads]\n    recipients: [ad_network]\n"
        "  - id: stats_anonymous\n")
    policy = _policy(text)
    assert decide(policy, Request("usage.clicks", "ads", recipient="ad_network",
                                  consent=ConsentState.GRANTED)).allowed
    assert _manifest(policy)["NSPrivacyTrackingDomains"] == ["ads.example.com",
                                                             "track.example.net"]
    policy.rules[1].categories = ["device.ad_id"]  # the clicks no longer go to anyone
    assert not decide(policy, Request("device.ad_id", "ads", recipient="ad_network",
                                      consent=ConsentState.GRANTED)).allowed
    manifest = _manifest(policy)
    assert manifest["NSPrivacyTracking"] is True
    assert manifest["NSPrivacyTrackingDomains"] == []


def test_a_third_party_below_a_named_recipient_is_shared_with_as_decide_allows() -> None:
    # rules cover recipients by descent: naming the processor 'host' reaches 'host.partner'
    text = POLICY.replace("  - id: host\n    kind: processor\n",
                          "  - id: host\n    kind: processor\n  - id: host.partner\n"
                          "    kind: third_party\n    tracking_domains: [partner.example.org]\n"
                          ).replace("    purposes: [ads]\n    recipients: [ad_network]\n",
                                    "    purposes: [ads]\n    recipients: [host]\n")
    policy = _policy(text)
    for category, purpose in (("contact.email", "orders"), ("device.ad_id", "ads")):
        assert decide(policy, Request(category, purpose, recipient="host.partner",
                                      consent=ConsentState.GRANTED)).allowed
    play = store_labels(policy, "play")
    assert [f.shared for f in play.types.values() if "contact.email" in f.categories] == [True]
    manifest = _manifest(policy)
    assert manifest["NSPrivacyTracking"] is True
    assert manifest["NSPrivacyTrackingDomains"] == ["partner.example.org"]
