"""The ODRL/DPV export, processed offline by the real ``pyld`` and ``rdflib``.

The ODRL context is served from ``resources/vocab/`` by a document loader that fails on any
other URL, and sockets are blocked, so nothing is fetched from the network.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine
from app.domain.duration import Duration
from app.domain.models import Metadata, Policy, Purpose, RetentionRule, UseRule
from app.domain.retention import RetentionIndex
from app.exporters import odrl_dpv
from app.exporters.odrl import (
    EXPORTER,
    ODRL_CONTEXT_PATH,
    ODRL_CONTEXT_URL,
    PREFIXES,
    odrl_bytes,
)
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.resources import dpv_terms, region_catalogue
from tests.exporters.test_opa import HOSTILE, hostile_policy

jsonld = pytest.importorskip("pyld.jsonld", reason="pyld (JSON-LD processor) is not installed")
rdflib = pytest.importorskip("rdflib", reason="rdflib is not installed")
from rdflib.compare import isomorphic  # noqa: E402

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ODRL = rdflib.Namespace("http://www.w3.org/ns/odrl/2/")
PS = rdflib.Namespace(PREFIXES["ps"])
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")
EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
TEMPLATES = sorted((RESOURCES / "templates").glob("*.policy.yaml"))
CONTEXT = json.loads(ODRL_CONTEXT_PATH.read_text(encoding="utf-8"))


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Serves the shipped ODRL context; any other URL is a test failure."""
    if url != ODRL_CONTEXT_URL:
        pytest.fail(f"the JSON-LD processor asked for {url}")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access during an offline JSON-LD test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def graph_of(policy: Policy) -> Any:
    """rdflib's own JSON-LD parser, with the URL context replaced by the shipped copy."""
    doc = json.loads(odrl_bytes(policy, region_catalogue()))
    assert doc["@context"][0] == ODRL_CONTEXT_URL
    doc["@context"][0] = CONTEXT["@context"]
    return rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")


def pyld_graph(policy: Policy) -> Any:
    quads = jsonld.to_rdf(json.loads(odrl_bytes(policy, region_catalogue())),
                          {"documentLoader": offline_loader, "format": "application/n-quads"})
    return rdflib.Graph().parse(data=quads, format="nt")


def iri(policy: Policy, kind: str, item_id: str) -> Any:
    return rdflib.URIRef(f"urn:policy-studio:{policy.policy.id}:{kind}:{item_id}")


def rules_of(graph: Any, kind: Any) -> dict[tuple[Any, Any, str], Any]:
    """(target, our purpose IRI, rule id) -> node, for every permission or prohibition."""
    (policy_node,) = graph.subjects(rdflib.RDF.type, ODRL.Policy)
    found = {}
    for node in graph.objects(policy_node, kind):
        if graph.value(node, PS.rule) is None:  # the prohibition of a policy without rules
            assert str(node).endswith(":rule:default_deny")
            continue
        target = graph.value(node, ODRL.target)
        ours = [graph.value(c, ODRL.rightOperand) for c in graph.objects(node, ODRL.constraint)
                if graph.value(c, ODRL.leftOperand) == ODRL.purpose
                and graph.value(c, ODRL.operator) == ODRL.isA]
        assert len(ours) == 1 and graph.value(node, ODRL.action) == ODRL.use
        key = (target, ours[0], str(graph.value(node, PS.rule)))
        assert key not in found
        found[key] = node
    return found


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


def test_pyld_expands_offline_and_agrees_with_rdflib(example: Policy) -> None:
    expanded = jsonld.expand(json.loads(odrl_bytes(example)), {"documentLoader": offline_loader})
    (top,) = expanded
    assert set(top["@type"]) == {str(ODRL.Set), str(ODRL.Policy)}
    assert top["@id"] == f"urn:policy-studio:{example.policy.id}:policy"
    ours, theirs = graph_of(example), pyld_graph(example)
    assert len(ours) == len(theirs)  # (isomorphic() is too slow here; see the hostile test)
    ground = {t for t in ours if not any(isinstance(x, rdflib.BNode) for x in t)}
    assert ground == {t for t in theirs if not any(isinstance(x, rdflib.BNode) for x in t)}
    with pytest.raises(BaseException, match="asked for"):
        jsonld.expand({"@context": "https://example.org/other.jsonld", "a": 1},
                      {"documentLoader": offline_loader})


def consent_regions(policy: Policy, purpose: str) -> set[str]:
    """``purpose`` and the declared purposes below it whose mechanism differs from their
    parent's (written from DESIGN section 2, without the exporter's code)."""
    engine = DecisionEngine(policy)
    return {purpose} | {p.id for p in policy.purposes
                        if p.id.startswith(purpose + ".")
                        and engine.mechanism(p.id) != engine.mechanism(p.id.rsplit(".", 1)[0])}


@pytest.mark.parametrize("path", [EXAMPLE, *TEMPLATES], ids=lambda p: Path(p).name)
def test_one_odrl_rule_per_rule_category_and_purpose(path: Path) -> None:
    """A prohibition per deny rule, category and purpose; a permission per allow rule, category
    and consent region of each purpose."""
    policy = load_file(path).policy
    graph = graph_of(policy)
    assert (None, rdflib.RDF.type, ODRL.Set) in graph
    for kind, effect in ((ODRL.permission, "allow"), (ODRL.prohibition, "deny")):
        expected = {(iri(policy, "category", c), iri(policy, "purpose", region), r.id)
                    for r in policy.rules if r.effect == effect
                    for c in r.categories for p in r.purposes
                    for region in (consent_regions(policy, p) if effect == "allow" else {p})}
        assert set(rules_of(graph, kind)) == expected
    if any(r.effect == "deny" for r in policy.rules):
        assert rules_of(graph, ODRL.prohibition)
    if not policy.rules:
        (node,) = graph.objects(None, ODRL.prohibition)
        assert graph.value(node, ODRL.action) == ODRL.use


def test_dpv_terms_for_mapped_purposes_data_and_legal_bases(example: Policy) -> None:
    graph = graph_of(example)
    known = set(dpv_terms("purposes").values())
    mapped = 0
    for _, purpose, _ in rules_of(graph, ODRL.permission):
        broader = list(graph.objects(purpose, rdflib.RDFS.subClassOf))
        dpv = [b for b in broader if str(b).startswith(PREFIXES["dpv"])]
        mapped += bool(dpv)
        assert len(dpv) <= 1 and all(str(term) in known for term in dpv)
        if "." in str(purpose):  # and the parent purpose
            assert rdflib.URIRef(str(purpose).rsplit(".", 1)[0]) in broader
    assert mapped >= 10
    used = {str(o) for o in graph.objects(None, rdflib.URIRef(PREFIXES["dpv"] + "hasLegalBasis"))}
    assert used and used <= {*dpv_terms("legal_basis").values(),
                             *dpv_terms("legal_basis_special").values()}
    email = iri(example, "category", "contact.email")
    pd = graph.value(email, rdflib.URIRef(PREFIXES["dpv"] + "hasPersonalData"))
    assert str(pd) == "https://w3id.org/dpv/pd#EmailAddress"
    assert graph.value(email, ODRL.partOf) == iri(example, "category", "contact")


def test_every_mapping_names_a_real_dpv_term() -> None:
    for table, vocab in ((odrl_dpv.PURPOSE_KINDS, "purposes"),
                         (odrl_dpv.PURPOSE_WORDS, "purposes"),
                         (odrl_dpv.PD_WORDS, "pd"), (odrl_dpv.PD_TAGS, "pd"),
                         (odrl_dpv.LEGAL_BASES, "legal_basis"),
                         (odrl_dpv.ART9, "legal_basis_special")):
        missing = set(table.values()) - set(dpv_terms(vocab))
        assert not missing, (vocab, missing)


def test_retention_becomes_an_elapsed_time_duty(example: Policy) -> None:
    graph = graph_of(example)
    index = RetentionIndex(example)
    checked = with_minimum = 0
    for (target, purpose, _), node in rules_of(graph, ODRL.permission).items():
        category = str(target).rsplit(":", 1)[1]
        kept = index.lookup(category, str(purpose).rsplit(":", 1)[1])
        bounds = [(graph.value(c, ODRL.operator), graph.value(c, ODRL.rightOperand))
                  for duty in graph.objects(node, ODRL.duty)
                  for c in graph.objects(duty, ODRL.constraint)
                  if graph.value(c, ODRL.leftOperand) == ODRL.elapsedTime]
        durations = [d for op, d in bounds if op == ODRL.lteq]
        minimums = [d for op, d in bounds if op == ODRL.gteq]
        if kept is None or kept.duration == "indefinite":
            assert durations == []
            continue
        checked += 1
        # rdflib normalises the lexical form (P13M reads back as P1Y1M): compare lengths.
        assert [(Duration(str(d)), d.datatype) for d in durations] == [
            (Duration(kept.duration), XSD.duration)]
        assert [Duration(str(d)) for d in minimums] == (
            [Duration(kept.minimum)] if kept.minimum else [])
        with_minimum += bool(minimums)
    assert checked >= 10
    assert with_minimum >= 1  # the example's statutory minimums (HGB, AO, ArbZG) export too


def test_small_policy_duties_and_constraints() -> None:
    policy = Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="ads", kind="advertising", legal_basis="consent", consent="opt_in")],
        rules=[UseRule(id="r", categories=["user"], purposes=["ads"], regions=["eu"],
                       recipients=["partner"], obligations=["aggregate", "encrypt"]),
               UseRule(id="d", effect="deny", categories=["user.secret"], purposes=["ads"])],
        retention=[RetentionRule(id="k", categories=["user"], duration="P6M",
                                 disposition="anonymise")],
    )
    graph = graph_of(policy)
    (node,) = rules_of(graph, ODRL.permission).values()
    actions = {graph.value(d, ODRL.action) for d in graph.objects(node, ODRL.duty)}
    assert actions == {ODRL.obtainConsent, ODRL.aggregate, ODRL.anonymize,
                       rdflib.URIRef("urn:policy-studio:term:encrypt")}
    operands = {graph.value(c, ODRL.leftOperand): graph.value(c, ODRL.rightOperand)
                for c in graph.objects(node, ODRL.constraint)}
    spatial = list(rdflib.collection.Collection(graph, operands[ODRL.spatial]))
    assert {rdflib.Literal(code) for code in ("EU", "DE", "FR")} <= set(spatial)
    assert rdflib.Literal("US") not in spatial  # format 2: the EU's members, expanded
    assert operands[ODRL.recipient] == iri(policy, "recipient", "partner")
    assert rules_of(graph, ODRL.prohibition)
    assert '"@value": "P6M"' in odrl_bytes(policy).decode("utf-8")
    assert any(str(o).endswith("#A6-1-a") for o in graph.objects(node, None))
    (top,) = graph.subjects(rdflib.RDF.type, ODRL.Policy)
    assert graph.value(top, ODRL.conflict) == ODRL.prohibit


def test_deterministic_bytes_and_summary(example: Policy) -> None:
    first = EXPORTER.export(example)
    assert first.data == odrl_bytes(example, region_catalogue()) == EXPORTER.export(example).data
    assert first.digest == digest(example)
    assert digest(example) in first.data.decode("utf-8")  # type: ignore[union-attr]
    text = " ".join(first.summary)
    assert "Consent" in text and "Reason codes" in text and "Retention" in text


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_only_literals(text: str) -> None:
    policy = hostile_policy(text)
    graph = graph_of(policy)
    dct = rdflib.Namespace("http://purl.org/dc/terms/")
    assert rdflib.Literal(text) in set(graph.objects(None, dct.description))
    assert rdflib.Literal(text) in set(graph.objects(None, dct.title))
    assert isomorphic(graph, pyld_graph(policy))
    plain = graph_of(hostile_policy("plain"))
    assert len(rules_of(graph, ODRL.permission)) == len(rules_of(plain, ODRL.permission)) == 1


def test_shipped_vocabularies_have_their_notice() -> None:
    vocab = RESOURCES / "vocab"
    for folder in ("odrl", "dpv"):
        assert "W3C Software and Document" in (vocab / folder / "LICENSE.md").read_text()
    notice = (vocab / "NOTICE.md").read_text()
    assert "Changes" in notice and "w3c/poe" in notice and "w3c/dpv" in notice
    assert CONTEXT["@context"]["odrl"] == str(ODRL)
