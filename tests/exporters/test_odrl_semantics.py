"""The ODRL export means what ``decide`` means.

A small interpreter below reads the exported graph (as parsed by rdflib from the JSON-LD, with
the shipped context) and answers requests by the reading written in the exporter's docstring:
ODRL permissions, prohibitions (``conflict: prohibit``), constraints on target, purpose,
recipient, data subject, region and consent state, and duties (``obtainConsent`` is fulfilled
only when the person granted consent). It must give ``decide``'s answer (allow or deny; for an
allow, the rules and obligations; for a deny by rule, the deny rules) on many generated
requests, for the bundled policies and for random small ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.decisions import DENIED_BY_RULE, DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, UseRule
from app.domain.region_codes import canonical_region
from app.exporters.odrl import ACTIONS, PREFIXES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_properties import policies, requests_for
from tests.exporters.test_odrl import (  # noqa: F401 (no_network is an autouse fixture)
    EXAMPLE,
    ODRL,
    TEMPLATES,
    graph_of,
    no_network,
    rdflib,
)
from tests.exporters.test_opa import generated_requests

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

PS = rdflib.Namespace(PREFIXES["ps"])
RDF = rdflib.RDF
OBLIGATIONS = {str(ODRL[action]): word for word, action in ACTIONS.items()}


def below(value: Any, general: Any) -> bool:
    """Our IRIs are hierarchical: ``…:purpose:a.b`` is below ``…:purpose:a``, which is below
    ``…:purpose`` (the whole collection); other values only match themselves."""
    value, general = str(value), str(general)
    if not general.startswith("urn:policy-studio:"):
        return value == general
    return value == general or value.startswith((general + ".", general + ":"))


@dataclass
class OdrlRule:
    """One permission or prohibition, read from the graph."""

    rule: str | None
    target: Any
    constraints: list[tuple[Any, Any, Any]]  # (leftOperand, operator, rightOperand values)
    duties: list[tuple[Any, bool]]  # (action, is the retention duty)


class Interpreter:
    """Answers requests from the exported ODRL graph alone."""

    def __init__(self, graph: Any) -> None:
        self.graph = graph
        (self.policy,) = graph.subjects(RDF.type, ODRL.Policy)
        assert graph.value(self.policy, ODRL.conflict) == ODRL.prohibit
        self.base = str(self.policy).rsplit(":", 1)[0]
        self.version = int(graph.value(self.policy, PS.formatVersion))
        self.permissions = [self.read(n, ODRL.Permission)
                            for n in graph.objects(self.policy, ODRL.permission)]
        self.prohibitions = [self.read(n, ODRL.Prohibition)
                             for n in graph.objects(self.policy, ODRL.prohibition)]

    def values(self, node: Any) -> list[Any]:
        """A right operand: one value, or the members of an RDF list."""
        if (node, RDF.first, None) in self.graph:
            return list(rdflib.collection.Collection(self.graph, node))
        return [node]

    def constraint(self, node: Any) -> tuple[Any, Any, list[Any]]:
        graph = self.graph
        if (node, RDF.type, ODRL.LogicalConstraint) in graph:  # "or": one of them holds
            (operands,) = graph.objects(node, ODRL["or"])
            return (None, ODRL["or"], [self.constraint(c) for c in self.values(operands)])
        assert (node, RDF.type, ODRL.Constraint) in graph
        (right,) = graph.objects(node, ODRL.rightOperand)
        return (graph.value(node, ODRL.leftOperand), graph.value(node, ODRL.operator),
                self.values(right))

    def read(self, node: Any, kind: Any) -> OdrlRule:
        graph = self.graph
        assert (node, RDF.type, kind) in graph
        assert graph.value(node, ODRL.action) == ODRL.use
        duties = []
        for duty in graph.objects(node, ODRL.duty):
            assert (duty, RDF.type, ODRL.Duty) in graph
            for constraint in graph.objects(duty, ODRL.constraint):  # when to act, not whether
                assert self.constraint(constraint)[0] == ODRL.elapsedTime
            duties.append((graph.value(duty, ODRL.action),
                           graph.value(duty, PS.retentionRule) is not None))
        rule = graph.value(node, PS.rule)
        return OdrlRule(None if rule is None else str(rule), graph.value(node, ODRL.target),
                        [self.constraint(c) for c in graph.objects(node, ODRL.constraint)],
                        duties)

    def request_values(self, request: Request) -> dict[Any, Any]:
        def ours(kind: str, value: str | None) -> Any:
            return None if value is None else rdflib.URIRef(f"{self.base}:{kind}:{value}")

        region = None if request.region is None else str(canonical_region(request.region))
        return {ODRL.purpose: ours("purpose", request.purpose),
                ODRL.recipient: PS.noRecipient if request.recipient is None and self.version > 1
                else ours("recipient", request.recipient),
                PS.dataSubject: ours("subject", request.subject),
                ODRL.spatial: None if region is None else rdflib.Literal(region),
                PS.consent: PS[request.consent.value],
                PS.gpc: rdflib.Literal(request.gpc)}

    def satisfied(self, left: Any, operator: Any, right: list[Any],
                  values: dict[Any, Any]) -> bool:
        if operator == ODRL["or"]:
            return any(self.satisfied(*inner, values) for inner in right)
        value = values[left]
        if value is None:  # a constraint on something the request does not say
            return False
        if left == ODRL.spatial and self.version > 1 and "-" in str(value) \
                and rdflib.Literal(str(value)[:2]) in right:
            return True  # format 2: a listed country stands for its ISO 3166-2 subdivisions
        if operator == ODRL.eq:
            return [value] == right
        if operator == ODRL.neq:
            return [value] != right
        if operator == ODRL.isA:
            return len(right) == 1 and below(value, right[0])
        if operator == ODRL.isAnyOf:
            return any(below(value, r) for r in right)
        if operator == ODRL.isNoneOf:
            return not any(below(value, r) for r in right)
        pytest.fail(f"the interpreter does not know the operator {operator}")

    def applies(self, rule: OdrlRule, request: Request, values: dict[Any, Any]) -> bool:
        category = rdflib.URIRef(f"{self.base}:category:{request.category}")
        if rule.target is None or not below(category, rule.target):
            return False
        for left, operator, right in rule.constraints:
            if left is not None and left not in values:
                pytest.fail(f"the interpreter does not know the left operand {left}")
            if not self.satisfied(left, operator, right, values):
                return False
        return True

    def answer(self, request: Request) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        """(allow|deny, rules, obligations) for ``request``."""
        values = self.request_values(request)
        denying = [r for r in self.prohibitions if self.applies(r, request, values)]
        if denying:
            return "deny", tuple(sorted({r.rule for r in denying if r.rule})), ()
        granted = request.consent.value == "granted"
        allowing = [r for r in self.permissions if self.applies(r, request, values)
                    and all(granted for action, _ in r.duties if action == ODRL.obtainConsent)]
        if not allowing:
            return "deny", (), ()
        obligations = {OBLIGATIONS.get(str(a), str(a).removeprefix(PREFIXES["ps"]))
                       for r in allowing for a, kept in r.duties
                       if not kept and a != ODRL.obtainConsent}
        return ("allow", tuple(sorted({r.rule for r in allowing if r.rule})),
                tuple(sorted(obligations)))


def assert_same_meaning(policy: Policy, asked: list[Request]) -> None:
    interpreter = Interpreter(graph_of(policy))
    engine = DecisionEngine(policy, region_catalogue())
    for request in asked:
        decided = engine.decide(request)
        decision, rules, obligations = interpreter.answer(request)
        assert decision == decided.decision, (request, decided)
        if decided.allowed:
            assert (rules, obligations) == (decided.rules, decided.obligations), request
        elif decided.reason == DENIED_BY_RULE:
            assert rules == decided.rules, request


def test_a_broad_rule_does_not_bypass_an_opt_in_child_purpose() -> None:
    """A rule on opt-out ``marketing`` does not allow opt-in ``marketing.newsletter`` without
    consent, while ``marketing.newsletter.digest`` (no consent needed) is allowed."""
    policy = Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="marketing", consent="opt_out"),
                  Purpose(id="marketing.newsletter", consent="opt_in"),
                  Purpose(id="marketing.newsletter.digest", consent="none")],
        rules=[UseRule(id="r", categories=["contact"], purposes=["marketing"],
                       obligations=["notify"])],
    )
    asked = [Request(category="contact.email", purpose=p, consent=ConsentState(c))
             for p in ("marketing", "marketing.other", "marketing.newsletter",
                       "marketing.newsletter.weekly", "marketing.newsletter.digest",
                       "marketing.newsletter.digest.x", "sales")
             for c in ("granted", "denied", "unknown")]
    assert_same_meaning(policy, asked)
    interpreter, refused = Interpreter(graph_of(policy)), ConsentState.DENIED
    assert interpreter.answer(Request("contact", "marketing.newsletter"))[0] == "deny"
    assert interpreter.answer(Request("contact", "marketing"))[0] == "allow"
    assert interpreter.answer(Request("contact", "marketing", consent=refused))[0] == "deny"
    assert interpreter.answer(Request("contact", "marketing.newsletter.digest.x",
                                      consent=refused)) == ("allow", ("r",), ("notify",))


def test_an_empty_policy_denies_everything() -> None:
    policy = Policy(policy=Metadata(id="p"), rules=[UseRule(id="nothing", categories=["c"])])
    interpreter = Interpreter(graph_of(policy))
    assert interpreter.answer(Request("c", "p", consent=ConsentState.GRANTED))[0] == "deny"


@pytest.mark.parametrize("path", [EXAMPLE, *TEMPLATES], ids=lambda p: p.name)
def test_bundled_policies_mean_what_decide_means(path: Any) -> None:
    policy = load_file(path).policy
    asked = generated_requests(policy, 1500, seed=5)
    if policy.rules:
        reasons = {DecisionEngine(policy).decide(r).reason for r in asked}
        assert {"allowed", "consent_missing", "no_rule"} <= reasons
    assert_same_meaning(policy, asked)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), policy=policies())
def test_generated_policies_mean_what_decide_means(data: st.DataObject, policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=30))
    assert_same_meaning(policy, asked)
