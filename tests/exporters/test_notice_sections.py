"""The privacy notice's section model: fixed numbered sections, everything named, what it says
about uses agreeing with ``decide``, and which sections a change alters."""

from __future__ import annotations

from itertools import product

import pytest

from app.domain.allowed import AllowedUses
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, RecipientKind
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.notice_sections import (
    TOPICS,
    Section,
    build_notice,
    changed_sections,
    notice_sections,
)
from app.exporters.policy_words import join
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.exporters.notice_policy import POLICY, V1, notice_policy

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
MINIMAL = """\
format_version: 2
policy: {id: bare, controller: {name: Bare Ltd}}
"""


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


def _entry(section: Section, heading: str) -> list[str]:
    """The lines of the entry called ``heading``."""
    return list(next(e for e in section.items if e.heading == heading).lines)


def _line(lines: list[str], start: str) -> str:
    """The line starting with ``start``, or ""."""
    return next((line for line in lines if line.startswith(start)), "")


@pytest.mark.parametrize("text", [POLICY, MINIMAL])
def test_the_sections_are_always_the_same_eight_with_stable_numbers_and_anchors(
        text: str) -> None:
    sections = notice_sections(notice_policy(text))
    assert [(s.id, s.title) for s in sections] == list(TOPICS)
    assert [s.number for s in sections] == list(range(1, 9))
    assert [s.anchor for s in sections] == [f"section-{n}" for n in range(1, 9)]
    assert all(s.summary and all(line.strip() for line in s.summary) for s in sections)


def test_every_purpose_category_recipient_and_subject_is_named(example: Policy) -> None:
    for policy in (example, notice_policy()):
        text = "\n".join(build_notice(policy).full_text())
        for section in ("purposes", "categories", "recipients", "subjects"):
            for item in getattr(policy, section):
                name = shown_name(item.name, item.id)
                assert name in text or name[:1].lower() + name[1:] in text, (section, name)


def _allows(engine: DecisionEngine, policy: Policy, category: str, purpose: str,
            recipient: str | None = None, any_recipient: bool = True) -> bool:
    """Whether ``decide`` allows any request for the pair (consent granted).

    Every subject (and none), every region a rule names (and none), and with ``any_recipient``
    every recipient (and none); else only ``recipient``.
    """
    subjects = [None, *(s.id for s in policy.subjects)]
    regions = [None, *dict.fromkeys(g for r in policy.rules for g in r.regions)]
    recipients = [None, *(r.id for r in policy.recipients)] if any_recipient else [recipient]
    return any(engine.decide(Request(category, purpose, s, r, g, ConsentState.GRANTED)).allowed
               for s, r, g in product(subjects, recipients, regions))


def test_the_data_used_for_each_purpose_is_what_decide_allows() -> None:
    policy = notice_policy()
    engine = DecisionEngine(policy, region_catalogue())
    why = notice_sections(policy)[2]
    for purpose in policy.purposes:
        allowed = [shown_name(c.name, c.id) for c in policy.categories
                   if _allows(engine, policy, c.id, purpose.id)]
        line = _line(_entry(why, purpose.name), "Data we use for it")
        if allowed:
            assert line == f"Data we use for it: {join(allowed)}."
        else:
            assert "We use no personal data for it at present." in _entry(why, purpose.name)
    # The deny rule removes the work mailbox from the ads (its only use is with Adnet).
    assert "Work mailbox" not in _line(_entry(why, "Targeted ads"), "Data we use")


ANYONE = POLICY.replace("purposes: [ads],\n     recipients: [adnet]}",
                        "purposes: [ads],\n     recipients: ['*']}")
"""The ads go to any recipient (``*``); the deny rule still keeps the work mailbox from Adnet."""


BELOW = POLICY.replace("  - {id: ledger,", "  - {id: mailer.eu, name: Mailer Europe, "
                      "kind: third_party, country: FR}\n  - {id: ledger,")
"""A recipient declared below one a rule names: decide lets the rule reach it too."""


@pytest.mark.parametrize("text", [POLICY, ANYONE, BELOW], ids=["named", "anyone", "below"])
def test_who_receives_each_purposes_data_is_what_decide_allows(text: str) -> None:
    policy = notice_policy(text)
    engine = DecisionEngine(policy, region_catalogue())
    sections = notice_sections(policy)
    for purpose in policy.purposes:
        entry = _entry(sections[2], purpose.name)
        for recipient in policy.recipients:
            gets = any(_allows(engine, policy, c.id, purpose.id, recipient.id, False)
                       for c in policy.categories)
            # Our own teams are said apart from the recipients outside the organisation.
            internal = recipient.kind is RecipientKind.INTERNAL
            line = _line(entry, "Our own teams that use it" if internal else "Who receives it")
            assert recipient.name not in _line(
                entry, "Who receives it" if internal else "Our own teams that use it")
            if recipient.name in line:
                assert gets, (purpose.id, recipient.id)
            elif gets:  # one no rule names, reached through "*"
                assert line.endswith("other organisations as well."), (purpose.id, recipient.id)
            said = _line(_entry(sections[3], recipient.name), "Uses" if internal else "Receives")
            if said.startswith("Uses data for all the purposes in section 3"):
                assert (purpose.name not in said) == gets, (purpose.id, recipient.id)
            else:
                assert (purpose.name in said) == gets, (purpose.id, recipient.id)
    idle = _entry(sections[3], "Idle Partner")
    assert ("Receives data for: Targeted ads." in idle) == (text == ANYONE)
    if text == BELOW:
        assert "Receives data for: Newsletter." in _entry(sections[3], "Mailer Europe")


def test_the_example_notice_agrees_with_decide(example: Policy) -> None:
    """Each listed category has a use ``decide`` allows; an unlisted one none (sampled)."""
    regions = region_catalogue()
    allowed = AllowedUses(example, regions=regions)
    engine = allowed.engine
    why = notice_sections(example)[2]
    names = {c.id: shown_name(c.name, c.id) for c in example.categories}
    subjects = [None, *(s.id for s in example.subjects)]
    for purpose in example.purposes:
        if purpose.on_behalf_of is not None:
            continue
        listed = [c for c, row in allowed.table().items() if purpose.id in row]
        line = _line(_entry(why, purpose.name), "Data we use for it")
        in_order = [names[c] for c in names if c in listed]
        assert line == (f"Data we use for it: {join(in_order)}." if listed else ""), purpose.id
        for category in listed:
            use = allowed.of_pair(category, purpose.id)[0]
            assert engine.decide(use.request()).allowed
        for category in set(names) - set(listed):
            assert not any(engine.decide(Request(category, purpose.id, s, None, None,
                                                 ConsentState.GRANTED)).allowed
                           for s in subjects), (category, purpose.id)


def test_what_the_sections_say_about_bases_retention_rights_and_choices() -> None:
    sections = notice_sections(notice_policy())
    assert "Legal basis: consent (GDPR Art. 6(1)(a))." in _entry(sections[2], "Newsletter")
    assert _entry(sections[4], "Email address") == [
        "It is kept 2 years after the end of the contract, then deleted.",
        "Why: Limitation period."]
    assert "Transfer to India: no safeguard is recorded." in _entry(sections[3], "Ledger Corp.")
    assert "taken solely by automated means" in _entry(sections[5], "Credit scoring")[0]
    assert sections[5].summary[0].startswith("A computer alone makes some decisions")
    assert "You can ask a person to review a decision made by a computer." in \
        _entry(sections[6], "Human review")
    assert any("Global Privacy Control" in line for line in sections[7].summary)
    assert "We share personal information for targeted ads. You can tell us to stop." in \
        sections[7].summary
    assert "Geolocation data: GPS position" in sections[1].paragraphs[1]
    assert _entry(sections[7], "Targeted ads")[-1] == (
        "We share your personal information for cross-context behavioral advertising "
        "(CCPA/CPRA). We do this only with your consent. A Global Privacy Control signal does "
        "not withdraw a consent you have given: withdraw it directly.")  # an opt-in purpose


def test_changed_sections_name_only_the_sections_a_change_alters() -> None:
    before = notice_policy()
    assert changed_sections(before, notice_policy()) == []
    longer = notice_policy(POLICY.replace("duration: P2Y", "duration: P3Y"))
    assert [s.number for s in changed_sections(before, longer)] == [5]
    assert "3 years" in " ".join(changed_sections(before, longer)[0].texts())
    basis = notice_policy(POLICY.replace("name: Delivering orders, description: Packing and "
                                         "shipping.,\n     legal_basis: contract",
                                         "name: Delivering orders, description: Packing and "
                                         "shipping.,\n     legal_basis: legal_obligation"))
    assert [s.id for s in changed_sections(before, basis)] == ["why"]
    renamed = notice_policy(POLICY.replace("name: GPS position", "name: Exact position"))
    assert [s.number for s in changed_sections(before, renamed)] == [2, 3, 5]
    idle = notice_policy(POLICY.replace("name: Idle Partner", "name: Quiet Partner"))
    assert [s.id for s in changed_sections(before, idle)] == ["share"]



def test_in_format_1_a_rule_without_recipients_shares_with_whom_decide_allows() -> None:
    policy = notice_policy(V1)
    engine = DecisionEngine(policy, region_catalogue())
    share = notice_sections(policy)[3]
    for recipient in policy.recipients:
        gets = _allows(engine, policy, "email", "orders", recipient.id, False)
        assert gets == (recipient.id == "mailer")
        assert ("Receives data for: Orders." in _entry(share, recipient.name)) == gets


def test_user_text_inside_a_sentence_is_isolated_and_on_one_line() -> None:
    policy = notice_policy()
    policy.policy.dpo.email = "\u202eevil@x\n- not a list"  # type: ignore[union-attr]
    policy.retention[0].citation = "Law\r\n\x1b[31m \u202bred."
    sections = notice_sections(policy)
    assert sections[0].summary[1] == ("You can write to our data protection officer at "
                                      "\u2068\u202eevil@x - not a list\u202c\u2069.")
    assert _entry(sections[4], "Email address")[1] == "Why: \u2068Law [31m \u202bred\u202c\u2069."


def test_the_rights_summary_names_the_common_rights_or_counts_the_others() -> None:
    one = notice_policy(POLICY.replace("rights: [objection, human_review]", "rights: []")
                        .replace("rights: [access, erasure, withdraw_consent]", "rights: []")
                        .replace("rights: [access, rectification, portability]", "rights: []")
                        .replace("rights: [opt_out_of_sale, withdraw_consent]",
                                 "rights: [opt_out_of_sale]"))
    assert notice_sections(one)[6].summary[0] == \
        "You have 1 right over your data, listed in section 7."
    assert notice_sections(notice_policy())[6].summary == (
        "You can ask us to show you, correct or delete your data, and more.",
        "To use your rights, write to dpo@shop.example.")


def test_gpc_is_said_to_opt_out_only_where_decide_lets_it() -> None:
    # honours_gpc on a purpose that asks for no consent: decide allows the use with a GPC
    # signal, so neither the summary nor the purpose's entry may say the signal opts out
    policy = notice_policy(POLICY.replace(
        "legal_basis: contract, consent: none,",
        "legal_basis: contract, consent: none, honours_gpc: true,").replace(
        "{id: ads, name: Targeted ads, legal_basis: consent, consent: opt_in, sharing: true,\n"
        "     honours_gpc: true,", "{id: ads, name: Targeted ads, legal_basis: consent, "
        "consent: opt_in, sharing: true,"))
    engine = DecisionEngine(policy, region_catalogue())
    assert engine.decide(Request("email", "orders", gpc=True)).allowed
    choices = notice_sections(policy)[7]
    assert not any("Global Privacy Control signal. We treat it" in line
                   for line in choices.summary)
    said = " ".join(_entry(choices, "Delivering orders"))
    assert "A Global Privacy Control signal is honoured as an opt-out." not in said
    assert "not honoured as an opt-out" in said


def test_the_data_said_to_be_collected_is_data_decide_lets_us_use() -> None:
    # the phone number is denied for every use: the notice still names it (every category
    # is), but must not count it among the data collected nor call it sensitive
    policy = notice_policy(POLICY.replace(
        "  - {id: phone, name: Phone number}",
        "  - {id: phone, name: Phone number, sensitivity: sensitive, "
        "ccpa_category: identifiers}").replace(
        "rules:\n", "rules:\n  - {id: no_phone, effect: deny, categories: [phone], "
                    "purposes: [orders], recipients: ['*']}\n"))
    engine = DecisionEngine(policy, region_catalogue())
    assert not any(_allows(engine, policy, "phone", p.id) for p in policy.purposes)
    collect = notice_sections(policy)[1]
    assert collect.summary[0].startswith("We collect 4 kinds of data")
    assert not any("Phone number" in line for line in collect.summary)
    assert _entry(collect, "Phone number")[-1] == "We do not use it at present."
    assert not any("Phone number" in line for line in collect.paragraphs)
    assert "We do not use it at present." not in _entry(collect, "Email address")


def test_the_purposes_said_to_use_data_are_those_decide_allows_a_use_for() -> None:
    # 'Unused research' has no rule: decide allows no use of it, so it is not counted among
    # the purposes the data is used for (its entry says so)
    policy = notice_policy()
    engine = DecisionEngine(policy, region_catalogue())
    assert not any(_allows(engine, policy, c.id, "research") for c in policy.categories)
    why = notice_sections(policy)[2]
    assert why.summary[0].startswith("We use your data for 4 purposes, such as ")
    assert "Unused research" not in why.summary[0]
    assert "We use no personal data for it at present." in _entry(why, "Unused research")


UNUSED = "{id: research, name: Unused research, legal_basis: consent, consent: opt_in}"
"""The purpose of the notice policy that no rule allows any use of."""


@pytest.mark.parametrize(("number", "fields"), [
    (8, "consent: opt_out, sale: true"),
    (6, "consent: opt_in, automated_decisions: {solely_automated: true}")],
    ids=["sale", "automated"])
def test_a_purpose_no_rule_allows_is_not_said_to_sell_or_decide(number: int,
                                                                fields: str) -> None:
    # 'Unused research' sells data (or decides by computer alone), but decide allows no use of
    # it: the choices and automated-decision sections must not speak of it
    policy = notice_policy(POLICY.replace(UNUSED, UNUSED.replace("consent: opt_in", fields)))
    section = notice_sections(policy)[number - 1]
    assert not any("research" in line for line in section.summary)
    assert "Unused research" not in [entry.heading for entry in section.items]
    if number == 6:
        assert "credit scoring" in section.summary[0]


@pytest.mark.parametrize("consent", ["opt_in", "opt_out", "none"])
@pytest.mark.parametrize("honours", [True, False])
def test_the_words_on_gpc_follow_what_decide_does_with_the_signal(consent: str,
                                                                  honours: bool) -> None:
    from app.domain.enums import ConsentState
    from app.exporters.purpose_words import gpc_opts_out, sale

    policy = notice_policy(POLICY.replace(
        "legal_basis: contract, consent: none,",
        f"legal_basis: contract, consent: {consent}, honours_gpc: {str(honours).lower()},"))
    engine = DecisionEngine(policy, region_catalogue())
    purpose = next(p for p in policy.purposes if p.id == "orders")
    unknown = ConsentState.UNKNOWN
    without = engine.decide(Request("email", "orders", consent=unknown)).allowed
    with_signal = engine.decide(Request("email", "orders", consent=unknown, gpc=True)).allowed
    opts_out = without and not with_signal
    assert gpc_opts_out(purpose) == opts_out
    entries = {e.heading: e.lines for e in notice_sections(policy)[7].items}
    said = " ".join(entries.get("Delivering orders", ())) + " " + sale(purpose)
    assert ("we treat it as your request to opt out" in said) == opts_out
    assert ("is honoured as an opt-out" in said) == opts_out
