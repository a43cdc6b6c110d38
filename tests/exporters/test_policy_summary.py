"""A large policy's document is a reviewable summary whose every answer is the decision engine's,
with the full rule list in an annex tied by the digest."""

from __future__ import annotations

import io
import random
import re

import pytest

from app.domain.allowed import AllowedUses
from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.intrusiveness import review
from app.domain.models import Policy
from app.exporters import policy_summary as summary
from app.exporters.pdf.document import render
from app.exporters.policy_document import SUMMARY_CHAPTERS, build_html
from app.exporters.policy_words import Names
from app.exporters.registry import get, run_export
from app.storage.loader import load_bytes
from app.storage.resources import default_weights, region_catalogue
from bench import generate

pypdf = pytest.importorskip("pypdf")

MID_SIZE = {"categories": 600, "purposes": 60, "subjects": 10, "recipients": 12,
            "rules": 900, "retention": 300}


@pytest.fixture(scope="module")
def mid() -> Policy:
    """The benchmark's policy at a size past the summary's threshold, quick to test."""
    saved = dict(generate.SIZES)
    generate.SIZES.update(MID_SIZE)
    try:
        text = generate.generate(seed=7)
    finally:
        generate.SIZES.update(saved)
    text = text.replace("retention:\n", "  - id: broad\n    categories: [area01]\n"
                        "    purposes: [archive]\nretention:\n", 1)
    text = text.replace("purposes:\n", "purposes:\n  - id: archive\n    name: Archiving\n"
                        "    legal_basis: legal_obligation\n    consent: none\n", 1)
    return load_bytes(text.encode(), "mid.policy.yaml").policy


@pytest.fixture(scope="module")
def allowed(mid: Policy) -> AllowedUses:
    return AllowedUses(mid, regions=region_catalogue())


def test_the_mid_size_policy_is_summarised_in_few_pages_with_a_bookmark_per_activity(
        mid: Policy) -> None:
    assert summary.is_large(mid)
    done = render(mid)
    assert done.pages < 150
    reader = pypdf.PdfReader(io.BytesIO(done.data))
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == ["Contents", *(f"{n}. {t}" for n, (_, t) in enumerate(SUMMARY_CHAPTERS, 1))]
    at = next(i for i, item in enumerate(reader.outline)
              if not isinstance(item, list) and item.title == "2. Processing activities")
    nested = [item for item in reader.outline[at + 1] if not isinstance(item, list)]
    families = list(dict.fromkeys(summary.family(p.id) for p in mid.purposes))
    assert [re.search(r"\((\w+)\)$", item.title).group(1) for item in nested] == families  # type: ignore[union-attr]
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    assert "ruleannex" in text and digest(mid) in text


def test_every_cell_of_the_category_family_tables_is_the_engines_answer(
        mid: Policy, allowed: AllowedUses) -> None:
    engine = DecisionEngine(mid, region_catalogue())
    uses = summary.Uses(mid, allowed)
    names = Names(mid)
    rng = random.Random(3)
    subjects = [None, *(s.id for s in mid.subjects)]
    recipients = [None, "*", *(r.id for r in mid.recipients)]
    regions = [None, *generate._REGIONS]
    seen = {"Allowed": 0, "some": 0, "-": 0}
    for activity in summary.activities(mid, names):
        for table in summary.matrix(activity, uses, names):
            purposes = [p for p in activity.purposes
                        if names.of("purposes", p) in table["purposes"]]
            for row in table["rows"]:
                members = uses.families[row["id"]]
                for purpose, cell in zip(purposes, row["cells"], strict=True):
                    general = [engine.decide(Request(c, purpose, consent=ConsentState.GRANTED))
                               .allowed for c in members]
                    if cell["text"] == "Allowed":
                        seen["Allowed"] += 1
                        assert all(general)
                        continue
                    assert not all(general)
                    some = [c for c in members if any(
                        engine.decide(Request(c, purpose, u.subject, u.recipient, u.region,
                                              ConsentState.GRANTED)).allowed
                        for u in allowed.of_pair(c, purpose))]
                    if cell["text"] == "-":
                        seen["-"] += 1
                        assert not some
                        for c in rng.sample(members, min(3, len(members))):
                            for _ in range(10):
                                request = Request(c, purpose, rng.choice(subjects),
                                                  rng.choice(recipients), rng.choice(regions),
                                                  ConsentState.GRANTED)
                                assert not engine.decide(request).allowed, request
                    else:
                        seen["some"] += 1
                        assert cell["text"] == f"{len(some)} of {len(members)}"
    assert all(seen.values()), seen


def test_the_highest_risk_uses_are_those_review_ranks_first(
        mid: Policy, allowed: AllowedUses) -> None:
    weights = default_weights()
    top = summary.top_uses(mid, allowed, weights, 30)
    assert top == review(mid, weights, regions=region_catalogue())[:30]
    engine = DecisionEngine(mid, region_catalogue())
    assert all(engine.decide(u.request()).allowed for u in top)


def test_each_deny_rule_is_listed_once_with_the_allow_rules_it_overrides(
        mid: Policy, allowed: AllowedUses) -> None:
    names = Names(mid)
    from app.exporters.policy_words import RuleWriter

    over = summary.overrides(mid, allowed.engine)
    listed = []
    for activity in summary.activities(mid, names):
        rows, _elsewhere = summary.denies(mid, activity, RuleWriter(mid, names), over)
        listed += [row["id"] for row in rows]
    deny_ids = [r.id for r in mid.rules if r.effect == "deny"]
    assert sorted(listed) == sorted(deny_ids)
    engine = DecisionEngine(mid, region_catalogue())
    checked = 0
    for deny, allows in list(over.items())[:40]:
        denying = mid.rules[deny]
        recipient = (denying.recipients or [None])[0]
        for index in allows:
            rule = mid.rules[index]
            answers = [engine.decide(Request(c, p, (denying.subjects or [None])[0],
                                             "elsewhere" if recipient == "*" else recipient,
                                             (denying.regions or [None])[0],
                                             ConsentState.GRANTED))
                       for c in rule.categories for p in rule.purposes]
            assert any(not a.allowed and denying.id in a.rules for a in answers), (denying.id,
                                                                                  rule.id)
            checked += 1
    assert checked


def test_the_rule_annex_lists_every_rule_and_carries_the_digest(mid: Policy) -> None:
    result = run_export(get("rule-annex"), mid)
    assert result.digest == digest(mid)
    html = result.data.decode("utf-8")  # type: ignore[union-attr]
    plain = html.replace("<wbr>", "")
    assert digest(mid) in html
    for rule in (*mid.rules, *mid.retention):
        assert f">{rule.id}<" in plain or f"[{rule.id}]" in plain, rule.id


def test_hostile_names_in_the_summary_are_escaped(mid: Policy) -> None:
    policy = mid.model_copy(deep=True)
    policy.purposes[0].name = "<script>alert(1)</script>"
    policy.categories[0].name = '" onmouseover=alert(1) x="'
    html = build_html(policy)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '" onmouseover=alert(1) x="' not in html


def test_the_summary_has_no_table_that_is_only_a_header(mid: Policy) -> None:
    from tests.exporters.test_pdf_layout import Tables

    bare = mid.model_copy(deep=True)
    bare.subjects, bare.recipients, bare.retention = [], [], []
    for each in (mid, bare):
        parser = Tables()
        parser.feed(build_html(each))
        headed = [rows for has_header, rows in parser.found if has_header]
        assert len(headed) > 10 and all(rows > 0 for rows in headed)
