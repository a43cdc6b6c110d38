"""LEG012: a child purpose asking less consent than its parent is allowed by the parent's rules
to people who refused consent; the check says so, and only then."""

from __future__ import annotations

from typing import Any

import pytest
from policy_builder import findings, make_policy

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from tests.validation.policy_builder import mentions

OPT_IN = {"kind": "marketing", "legal_basis": "consent", "consent": "opt_in",
          "rights": ["access", "withdraw_consent"]}
OPT_OUT = {"kind": "analytics", "legal_basis": "legitimate_interests", "consent": "opt_out",
           "lia": "LIA-1", "rights": ["access", "objection"]}
NONE = {"kind": "essential", "legal_basis": "contract", "consent": "none",
        "rights": ["access"]}
MECHANISMS = {"opt_in": OPT_IN, "opt_out": OPT_OUT, "none": NONE}


def family(parent: str, child: str, *, grandchild: str | None = None,
           rule_on: str = "news") -> Any:
    purposes = [{"id": "news", **MECHANISMS[parent]}, {"id": "news.digest", **MECHANISMS[child]}]
    if grandchild:
        purposes.append({"id": "news.digest.weekly", **MECHANISMS[grandchild]})
    return make_policy(categories=["contact.email"], purposes=purposes,
                       rules=[{"id": "news_rule", "categories": ["contact.email"],
                               "purposes": [rule_on]}])


@pytest.mark.parametrize(("parent", "child"), [("opt_in", "none"), ("opt_in", "opt_out"),
                                               ("opt_out", "none")])
def test_fires_when_the_child_asks_less(parent: str, child: str) -> None:
    policy = family(parent, child)
    [hit] = findings(policy, "LEG012")
    assert hit.severity == "warning"
    assert hit.path == ("purposes", 1, "consent")
    assert mentions(hit.message, "news.digest")
    assert "rule news_rule on news allows it" in hit.message
    assert hit.hint.startswith("set the consent of news.digest to")
    # What the finding warns about is what decide does: some consent state the parent
    # refuses is allowed for the child.
    engine = DecisionEngine(policy)
    assert any(not engine.decide(Request("contact.email", "news", consent=state)).allowed
               and engine.decide(Request("contact.email", "news.digest", consent=state)).allowed
               for state in ConsentState)


@pytest.mark.parametrize(("parent", "child"), [("opt_in", "opt_in"), ("opt_out", "opt_in"),
                                               ("opt_out", "opt_out"), ("none", "none"),
                                               ("none", "opt_out"), ("none", "opt_in")])
def test_quiet_when_the_child_asks_as_much_or_more(parent: str, child: str) -> None:
    assert findings(family(parent, child), "LEG012") == []


def test_compares_with_the_nearest_declared_ancestor() -> None:
    # news.digest.weekly asks nothing: its nearest declared ancestor news.digest asks opt-in.
    policy = family("opt_in", "opt_in", grandchild="none")
    [hit] = findings(policy, "LEG012")
    assert hit.path == ("purposes", 2, "consent") and "parent news.digest" in hit.message
    # Without a rule on the parent the finding still warns, about what a rule would do.
    quiet_rules = family("opt_in", "none", rule_on="news.digest")
    [hit] = findings(quiet_rules, "LEG012")
    assert "a rule on news would allow it" in hit.message


def test_documented_in_the_catalogue() -> None:
    from app.validation.catalogue import all_checks

    [check] = [c for c in all_checks() if c.code == "LEG012"]
    assert check.severity == "warning" and "parent" in check.why and check.fix
