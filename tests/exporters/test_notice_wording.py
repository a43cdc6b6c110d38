"""The notice reads as written to the reader: one full stop after a name ending with one, sources
in "you"/"we" words, a legal hold in its own sentence (no brackets inside brackets)."""

from __future__ import annotations

import re

import pytest

from app.domain.models import Policy
from app.exporters.notice_choices import complaint
from app.exporters.notice_md import render_markdown
from app.exporters.notice_sections import build_notice
from app.exporters.registry import get, run_export
from app.paths import EXAMPLES, TEMPLATES
from app.storage.loader import load_file


@pytest.fixture(scope="module")
def cpra() -> Policy:
    """The CPRA template: its organisation is ``Example Apps Inc.``; it has legal holds."""
    return load_file(TEMPLATES / "cpra-app.policy.yaml").policy


def _nested_brackets(text: str) -> list[str]:
    """Bracketed stretches holding another bracketed stretch that is not a law's ``(1)(b)``."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                inner = text[start + 1:index]
                if re.search(r"\((?![a-z0-9]{1,4}\))", inner):
                    found.append(inner)
    return found


def test_a_name_ending_with_a_full_stop_gets_no_second_one(cpra: Policy) -> None:
    assert cpra.policy.organisation.endswith(".")
    notice = build_notice(cpra)
    assert notice.byline == "From Example Apps Inc."
    markdown = render_markdown(notice, cpra)
    html = run_export(get("notice-html"), cpra).data.decode("utf-8")
    for text in (markdown, html):
        assert "Inc.." not in text
        assert "From Example Apps Inc. Version: 0.1.0." in text


def test_sources_speak_to_the_reader(cpra: Policy) -> None:
    text = render_markdown(build_notice(cpra), cpra)
    sources = [line for line in text.splitlines() if line.startswith("- Where it comes from:")]
    assert sources
    assert "- Where it comes from: how you use our services." in sources
    assert "- Where it comes from: what we work out from other data." in sources
    assert any(line.startswith("- Where it comes from: you; other organisations: ")
               for line in sources)
    assert ("It comes from you, how you use our services, what we work out from other data "
            "and other organisations.") in text
    for line in sources:
        assert not re.search(r"\b(the person|observed|inferred|a third party)\b", line), line


def test_a_source_told_for_the_family_says_so_plainly() -> None:
    example = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    text = render_markdown(build_notice(example), example)
    assert "- Where it comes from: you (as for all contact details)." in text
    assert "recorded for" not in text


def test_a_legal_hold_is_its_own_sentence_without_nested_brackets(cpra: Policy) -> None:
    notice = build_notice(cpra)
    keep = next(s for s in notice.sections if s.id == "keep")
    lines = [line for entry in keep.items for line in entry.lines]
    held = [rule for rule in cpra.retention if rule.legal_hold and rule.legal_hold_reason]
    assert held
    for rule in held:
        reason = rule.legal_hold_reason.strip().rstrip(".")
        assert f"We keep it longer while a legal hold applies: {reason}." in lines
    for line in lines:
        if line.startswith("It is kept"):
            assert "legal hold" not in line and not _nested_brackets(line), line
    # The security logs' hold reason cites a law in brackets: kept, but not inside brackets.
    assert any("(Cal. Civ. Code §1798.105(d)(2))" in line and not _nested_brackets(line)
               for line in lines)


def test_recipients_are_told_in_sentences_and_our_own_teams_apart() -> None:
    example = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    text = render_markdown(build_notice(example), example)
    assert "What it is:" not in text
    assert "#### Cirrus Hosting Ireland Ltd\n\n- It works for us, under our instructions." in text
    assert "#### Police and prosecutors\n\n- It is a public authority." in text
    payments = text.split("#### Taking payments and paying refunds", 1)[1].split("####", 1)[0]
    assert "- Who receives it: Polder Payments B.V.\n" in payments
    assert ("- Our own teams that use it: Northwind customer service team and Northwind human "
            "resources.") in payments


def test_a_partial_adequacy_follows_the_safeguard_without_brackets_side_by_side() -> None:
    example = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    text = render_markdown(build_notice(example), example)
    transfers = [line for line in text.splitlines() if line.startswith("- Transfer to ")]
    assert transfers and not [line for line in transfers if ") (" in line]
    assert ("- Transfer to United States, protected by: standard contractual clauses (GDPR Art. "
            "46(2)(c)); the EU GDPR adequacy decision covers only part of the country: only "
            "organisations certified under the EU-US Data Privacy Framework.") in transfers



def test_our_own_teams_use_data_and_one_using_it_for_everything_says_so_briefly() -> None:
    example = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    text = render_markdown(build_notice(example), example)
    team = text.split("#### Northwind human resources", 1)[1].split("####", 1)[0]
    assert "- Uses data for all the purposes in section 3 except Ads on other websites.\n" in team
    assert "Receives data for" not in team


def test_whom_to_complain_to_follows_the_policys_laws(cpra: Policy) -> None:
    text = render_markdown(build_notice(cpra), cpra)
    assert "You can also complain to the California Privacy Protection Agency." in text
    assert "supervisory authority" not in text  # the CCPA has none; the template is California's
    both = complaint(["eu_gdpr", "us_ca_cpra"])
    assert "supervisory authority" in both and "California Privacy Protection Agency" in both
    assert "California" not in complaint(["eu_gdpr"]) and "supervisory" in complaint([])
