"""The ODRL export conforms to the W3C ODRL shapes.

Every export is checked with the real ``pyshacl`` against the shapes shipped in
``resources/vocab/odrl/odrlapi.ttl``, with RDFS inference over the ODRL 2.2 vocabulary
(``ODRL22.ttl``), offline (the JSON-LD context is the shipped copy). Several policies are merged
into one data graph (their IRIs differ by policy id) so that inference runs once per check.
The check is not vacuous: permissions, prohibitions, duties and constraints must carry their
ODRL type in the exported data itself, and a broken constraint must be reported.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.models import Metadata, Policy, Purpose, UseRule
from app.storage.loader import load_file
from app.storage.resources import VOCABULARIES
from tests.domain.test_decisions_properties import policies
from tests.exporters import test_odrl as odrl_tests

pyshacl = pytest.importorskip("pyshacl", reason="pyshacl (SHACL validator) is not installed")
no_network = odrl_tests.no_network  # autouse: sockets are refused in this module too
rdflib, ODRL, graph_of = odrl_tests.rdflib, odrl_tests.ODRL, odrl_tests.graph_of
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
RDF = rdflib.RDF


@pytest.fixture(scope="module")
def shapes() -> Any:
    return rdflib.Graph().parse(VOCABULARIES / "odrl" / "odrlapi.ttl", format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Any:
    return rdflib.Graph().parse(VOCABULARIES / "odrl" / "ODRL22.ttl", format="turtle")


def merged(policies_: list[Policy]) -> Any:
    graph = rdflib.Graph()
    for policy in policies_:
        graph += graph_of(policy)
    return graph


def violations(graph: Any, shapes: Any, ontology: Any) -> list[str]:
    """One line per SHACL result (violations, warnings and infos alike)."""
    started, size = time.perf_counter(), len(graph)
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                           inference="rdfs", inplace=True)
    print(f"pyshacl, {size} triples: {time.perf_counter() - started:.1f}s")
    found = [f"{report.value(r, SH.resultSeverity)} {report.value(r, SH.focusNode)}: "
             f"{report.value(r, SH.resultMessage)}"
             for r in report.subjects(RDF.type, SH.ValidationResult)]
    assert conforms == (not found)
    return sorted(found)


def assert_typed(graph: Any) -> int:
    """Every rule and constraint in the data says its ODRL class; returns how many there are.

    A constraint is a ``Constraint`` or a ``LogicalConstraint`` (GPC's ``or``)."""
    kinds = {ODRL.permission: ODRL.Permission, ODRL.prohibition: ODRL.Prohibition,
             ODRL.duty: ODRL.Duty, ODRL.constraint: ODRL.Constraint}
    count = 0
    for link, kind in kinds.items():
        for node in set(graph.objects(None, link)):
            logical = link == ODRL.constraint and (node, RDF.type, ODRL.LogicalConstraint) in graph
            assert logical or (node, RDF.type, kind) in graph, (node, kind)
            count += 1
    for constraint in graph.subjects(RDF.type, ODRL.Constraint):
        assert len(set(graph.objects(constraint, ODRL.rightOperand))) == 1
    return count


def renamed(policy: Policy, policy_id: str) -> Policy:
    return policy.model_copy(update={"policy": policy.policy.model_copy(update={"id": policy_id})})


def test_bundled_policies_conform(shapes: Any, ontology: Any) -> None:
    bundled = [load_file(path).policy for path in (odrl_tests.EXAMPLE, *odrl_tests.TEMPLATES)]
    assert len({p.policy.id for p in bundled}) == len(bundled)
    graph = merged(bundled)
    assert violations(graph, shapes, ontology) == []
    assert assert_typed(graph) >= 500
    assert len(set(graph.subjects(RDF.type, ODRL.Permission))) >= 50
    assert len(set(graph.subjects(RDF.type, ODRL.Prohibition))) >= 1


@settings(max_examples=2, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drawn=st.lists(policies(), min_size=20, max_size=20))
def test_generated_policies_conform(drawn: list[Policy], shapes: Any, ontology: Any) -> None:
    graph = merged([renamed(policy, f"gen{n}") for n, policy in enumerate(drawn)])
    assert violations(graph, shapes, ontology) == []
    assert_typed(graph)


def test_a_broken_constraint_is_reported(shapes: Any, ontology: Any) -> None:
    """The shapes do fire on the export: two right operands, or none, are violations (and
    nothing else in this small export is)."""
    policy = Policy(policy=Metadata(id="p"), purposes=[Purpose(id="ads", consent="opt_out")],
                    rules=[UseRule(id="r", categories=["user"], purposes=["ads"],
                                   regions=["eu", "us"], recipients=["x", "y"])])
    graph = graph_of(policy)
    constraints = sorted(graph.subjects(RDF.type, ODRL.Constraint))
    assert len(constraints) == 4
    graph.add((constraints[0], ODRL.rightOperand, rdflib.Literal("another")))
    graph.remove((constraints[1], ODRL.rightOperand, None))
    found = violations(graph, shapes, ontology)
    assert {line.split(" ", 2)[1].rstrip(":") for line in found} == {
        str(constraints[0]), str(constraints[1])}
    assert all(line.startswith(str(SH.Violation)) for line in found)
