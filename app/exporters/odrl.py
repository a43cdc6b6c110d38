"""ODRL 2.2 JSON-LD export with W3C DPV terms (an ``odrl:Set`` for interchange).

The document means what ``decide`` means (DESIGN section 2), read this way:

- **Requests.** A use is the action ``use`` on a target asset (the category IRI) with the
  request's values for ``purpose``, ``recipient``, ``ps:dataSubject`` (IRIs), ``spatial`` (the
  region, a string) and ``ps:consent`` (``ps:granted``, ``ps:denied`` or ``ps:unknown``).
  A request without a recipient (internal use by the controller) says ``recipient``
  ``ps:noRecipient``; ``ps:gpc`` is ``true`` when a Global Privacy Control signal came with it.
  Our IRIs (``urn:policy-studio:<policy id>:<kind>:<id>``) are hierarchical: ``…:a.b`` is part
  of / a kind of ``…:a``, and every category is part of ``…:category``; the graph states it for
  the items it names (``partOf``, ``rdfs:subClassOf``).
- **Rules.** A permission or prohibition applies when the target is the request's category or an
  ancestor of it, and every constraint holds: ``isA X`` (the value is ``X`` or below it),
  ``isAnyOf``/``isNoneOf (X Y)`` (below one / none of the list), ``eq``/``odrl:neq`` (equal /
  not equal); a ``LogicalConstraint`` ``or`` holds when one of its constraints does. A
  constraint on a value the request leaves out does not hold.
- **Format 2** (``ps:formatVersion``): ``spatial`` means containment. Its right operand lists
  every code the rule's regions contain (groups expanded to their members, subdivisions to
  their ISO 3166-2 descendants, computed from the same region catalogue as ``decide``), and a
  listed country also stands for its ISO 3166-2 subdivisions (``US`` for ``US-CA``: the code
  starts with the country code and a hyphen). A rule without recipients covers internal use
  only: one permission for ``ps:noRecipient`` and the recipients below an internal root that
  is not nested in other ones, one more per internal root that has non-internal recipients
  nested in it (``isNoneOf`` those); ``*`` puts no recipient constraint. In format 1
  ``spatial`` is equality and no recipients means any.
- **Decision.** ``conflict: prohibit``: any applying prohibition denies. Otherwise the use is
  allowed when an applying permission's duties can be met (``obtainConsent`` only when consent is
  ``ps:granted``; the other duties are obligations that come with the use), and denied when none
  can (there is no default permission). A document that would have no permission or
  prohibition gets one prohibition of any use (the shapes want a rule; decide denies all).

Each deny rule becomes one prohibition per (category, purpose) it lists. Consent follows the
*requested* purpose (its nearest declared ancestor-or-self; undeclared purposes are opt-in), so
each allow rule becomes one permission per category and per *consent region* of each purpose it
lists: the purpose itself, and every declared descendant whose mechanism differs from its
parent's, each region excluding (``isNoneOf``) the regions nested in it. A region's permission
carries its mechanism: opt-in an ``obtainConsent`` duty, opt-out a constraint ``ps:consent
odrl:neq ps:denied`` (and, when the purpose honours Global Privacy Control, an ``or`` of
``ps:consent eq ps:granted`` and ``ps:gpc eq false``), none nothing. The ODRL context maps
the term ``neq`` to ``odrl:neg`` (a slip in the published context), so the operator is
written as ``odrl:neq``.

Targets are ``partOf`` their parent (and carry the DPV personal-data category where a clear
mapping exists); purposes are ``rdfs:subClassOf`` their parent and the DPV purpose that maps.
Every permission, prohibition, duty and constraint states its ODRL type, and a constraint has
one right operand (an RDF list for several values), so the W3C ODRL shapes apply. Permissions
also carry the rule's obligations as duties and the retention that applies to the category and
region as the disposition action with an ``elapsedTime`` constraint (``lteq`` the ISO 8601
duration, an ``xsd:duration``). Legal bases are DPV GDPR terms (per region where the purpose's
bases differ by region: :mod:`app.exporters.odrl_purposes`).

The document refers to the ODRL context by its URL (``http://www.w3.org/ns/odrl.jsonld``); a
copy ships in ``resources/vocab/odrl/`` for offline processing. User text is only JSON string
values, and ids are slugs, so IRIs built from them are always valid.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.canonical import digest
from app.domain.decisions import DecisionEngine, gpc_opts_out
from app.domain.enums import ConsentMechanism, Effect
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.ids import covers, lineage, parent, shown_name
from app.domain.models import Policy, Purpose, UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import RegionCatalogue
from app.domain.retention import RetentionIndex, RetentionInfo
from app.exporters.engine_facts import internal_roots, region_scope
from app.exporters.odrl_dpv import dpv_personal_data, dpv_purpose
from app.exporters.odrl_purposes import CANNOT_EXPRESS as PURPOSES_CANNOT_EXPRESS
from app.exporters.odrl_purposes import legal_basis_terms, purpose_facts
from app.exporters.registry import ExportResult
from app.storage.resources import VOCABULARIES, region_catalogue

__all__ = ["EXPORTER", "ODRL_CONTEXT_PATH", "ODRL_CONTEXT_URL", "PREFIXES",
           "odrl_bytes", "odrl_document"]

ODRL_CONTEXT_URL = "http://www.w3.org/ns/odrl.jsonld"
ODRL_CONTEXT_PATH = VOCABULARIES / "odrl" / "ODRL22.jsonld"
PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "dpv-pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "ps": "urn:policy-studio:term:",
}
ACTIONS = {"delete": "delete", "anonymise": "anonymize", "aggregate": "aggregate",
           "archive": "archive", "notify": "inform"}  # others become ps:<word>
CANNOT_EXPRESS = [
    "Consent: the person's consent state is the request's ps:consent value (ODRL has none); "
    "opt-out is a constraint on it, opt-in an obtainConsent duty, each per consent region of "
    "the purpose (the nearest declared purpose decides).",
    "Reason codes (denied_by_rule, consent_missing, opted_out, no_rule) and which rules "
    "decided; ODRL has only permissions, prohibitions and conflict: prohibit.",
    "Retention triggers and the choice between overlapping retention rules (each permission "
    "carries only the retention chosen for its own category and purpose; ps:trigger is ours).",
    "Indefinite retention has no elapsedTime duty.",
    "Retention by criteria ('for the life of the account') has no elapsedTime (ps:criteria "
    "holds the text); elapsedTime counts from the trigger, so a start at the end of the "
    "calendar or financial year (ps:periodStart, ps:financialYearStart) and a custom event "
    "(ps:customEvent) are ours; other acceptable dispositions (ps:otherDispositions) are not an "
    "ODRL choice of actions; a legal hold is ps:legalHold with its reason.",
    "Encrypt, pseudonymise, minimise and review have no ODRL action (ps: terms are used).",
    *PURPOSES_CANNOT_EXPRESS,
]


def _constraint(left: str, operator: str, right: Any) -> dict[str, Any]:
    return {"@type": "Constraint", "leftOperand": left, "operator": operator,
            "rightOperand": right}


def retention_duty(kept: RetentionInfo) -> dict[str, Any]:
    """The disposition duty: ``elapsedTime`` at most the maximum and at least the minimum.

    What ODRL has no words for travels as ps: terms: the trigger, a custom event, a year-end
    start, criteria, other acceptable dispositions and the legal hold.
    """
    constraints = [_constraint("elapsedTime", operator, {"@value": value, "@type": "xsd:duration"})
                   for operator, value in (("gteq", kept.minimum), ("lteq", kept.duration))
                   if value is not None]
    duty: dict[str, Any] = {
        "@type": "Duty", "action": ACTIONS.get(kept.disposition, f"ps:{kept.disposition}"),
        "ps:retentionRule": kept.rule, "ps:trigger": kept.trigger,
    }
    extra = {"ps:customEvent": kept.custom_event, "ps:criteria": kept.criteria,
             "ps:periodStart": "" if kept.period_start == "event" else kept.period_start,
             "ps:financialYearStart": kept.financial_year_start or "",
             "ps:otherDispositions": list(kept.dispositions),
             "ps:legalHold": kept.legal_hold, "ps:legalHoldReason": kept.legal_hold_reason}
    duty.update({key: value for key, value in extra.items() if value})
    if constraints:
        duty["constraint"] = constraints
    return duty


def _one_or_any(left: str, values: list[Any], one: str) -> dict[str, Any]:
    """``one`` (``isA``, ``eq``) for a single value, ``isAnyOf`` a list for several.

    The caller removes repeats.
    """
    if len(values) == 1:
        return _constraint(left, one, values[0])
    return _constraint(left, "isAnyOf", {"@list": values})


class _Builder:
    """Builds the ODRL document for one policy."""

    def __init__(self, policy: Policy, regions: RegionCatalogue | None = None) -> None:
        self.policy = policy
        self.base = f"urn:policy-studio:{policy.policy.id}"
        self.categories = {c.id: c for c in reversed(policy.categories)}  # the first counts
        self.purposes = {p.id: p for p in reversed(policy.purposes)}
        self.retention = RetentionIndex(policy)
        self.kept: dict[tuple[str, str], RetentionInfo | None] = {}
        self.described: set[str] = set()  # nodes described once; later mentions are ids
        self.region_cache: dict[str, dict[str, list[str]]] = {}
        engine = DecisionEngine(policy, regions)
        self.mechanism, self.honours_gpc = engine.mechanism, engine.honours_gpc
        self.version = policy.format_version
        self.catalogue = engine.regions
        self.internal = internal_roots(policy)
        # Where the consent mechanism (or GPC) changes along a purpose's lineage, a region starts.
        self.region_roots = sorted(
            p for p in self.purposes
            if (up := parent(p)) is not None and self.consent(p) != self.consent(up))

    def consent(self, purpose_id: str) -> tuple[ConsentMechanism, bool]:
        mechanism = self.mechanism(purpose_id)
        return mechanism, gpc_opts_out(mechanism, self.honours_gpc(purpose_id))

    def recipient_scopes(self, rule: UseRule) -> list[tuple[str, list[dict[str, Any]]]]:
        """(uid suffix, recipient constraints) per permission a rule's recipients need."""
        ours = lambda r: {"@id": self.iri("recipient", r)}  # noqa: E731
        if self.version < 2 or rule.recipients:
            if not rule.recipients or (self.version > 1 and ANY_RECIPIENT in rule.recipients):
                return [("", [])]
            return [("", [_one_or_any("recipient", [ours(r) for r in
                                                    dict.fromkeys(rule.recipients)], "isA")])]
        plain = [root for root, excluded in self.internal.items() if not excluded]
        scopes = [("", [_one_or_any("recipient", [{"@id": "ps:noRecipient"},
                                                  *(ours(r) for r in plain)], "isA")])]
        for root, excluded in self.internal.items():
            if excluded:
                scopes.append((f":{root}", [
                    _constraint("recipient", "isA", ours(root)),
                    _constraint("recipient", "isNoneOf", {"@list": [ours(e) for e in excluded]})]))
        return scopes

    def spatial(self, rule: UseRule) -> dict[str, Any]:
        if self.version < 2:
            return _one_or_any("spatial", list(dict.fromkeys(rule.regions)), "eq")
        codes = dict.fromkeys(code for region in rule.regions
                              for code in region_scope(region, self.catalogue))
        return _one_or_any("spatial", list(codes), "eq")

    def iri(self, kind: str, item_id: str) -> str:
        return f"{self.base}:{kind}:{item_id}"

    def nearest(self, purpose_id: str) -> Purpose | None:
        return next((self.purposes[p] for p in lineage(purpose_id) if p in self.purposes), None)

    def regions(self, purpose_id: str) -> dict[str, list[str]]:
        """The consent regions under ``purpose_id``.

        Maps each root to the roots of the regions nested directly in it (which it excludes).
        """
        found = self.region_cache.get(purpose_id)
        if found is not None:
            return found
        roots = [purpose_id, *(r for r in self.region_roots
                               if r != purpose_id and covers(purpose_id, r))]
        found = {root: [r for r in roots if r != root and covers(root, r)
                        and not any(covers(o, r) and covers(root, o) and o not in (root, r)
                                    for o in roots)]
                 for root in roots}
        self.region_cache[purpose_id] = found
        return found

    def first(self, iri: str) -> bool:
        """True the first time ``iri`` is mentioned (its description goes there)."""
        if iri in self.described:
            return False
        self.described.add(iri)
        return True

    def target(self, category_id: str) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": self.iri("category", category_id)}
        if not self.first(node["@id"]):
            return node
        up = parent(category_id)
        node["partOf"] = self.iri("category", up) if up else f"{self.base}:category"
        declared = self.categories.get(category_id)
        if declared and declared.name:
            node["rdfs:label"] = declared.name
        pd = dpv_personal_data(category_id, declared)
        if pd:
            node["dpv:hasPersonalData"] = {"@id": pd}
        return node

    def purpose(self, purpose_id: str) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": self.iri("purpose", purpose_id)}
        if not self.first(node["@id"]):
            return node
        declared = self.purposes.get(purpose_id)
        if declared and declared.name:
            node["rdfs:label"] = declared.name
        up = parent(purpose_id)
        broader = [self.iri("purpose", up)] if up else []
        mapped = dpv_purpose(purpose_id, self.nearest(purpose_id), declared)
        broader += [mapped] if mapped else []
        if broader:
            node["rdfs:subClassOf"] = [{"@id": b} for b in broader]
        if declared:
            node.update(purpose_facts(declared))
        return node

    def constraints(self, rule: UseRule, purpose_id: str, excluded: list[str],
                    recipients: list[dict[str, Any]]) -> list[dict[str, Any]]:
        found = [_constraint("purpose", "isA", self.purpose(purpose_id))]
        if excluded:
            found.append(_constraint("purpose", "isNoneOf",
                                     {"@list": [self.purpose(e) for e in excluded]}))
        found += recipients
        if rule.subjects:
            found.append(_one_or_any("ps:dataSubject", [{"@id": self.iri("subject", s)}
                                                        for s in dict.fromkeys(rule.subjects)],
                                     "isA"))
        if rule.regions:
            found.append(self.spatial(rule))
        if rule.effect == Effect.ALLOW and self.mechanism(purpose_id) == ConsentMechanism.OPT_OUT:
            # "neq" in the published context expands to odrl:neg, hence the full name.
            found.append(_constraint("ps:consent", "odrl:neq", {"@id": "ps:denied"}))
            if self.consent(purpose_id)[1]:
                found.append({"@type": "LogicalConstraint", "or": {"@list": [
                    _constraint("ps:consent", "eq", {"@id": "ps:granted"}),
                    _constraint("ps:gpc", "eq", False)]}})
        return found

    def duties(self, rule: UseRule, category_id: str, purpose_id: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if self.mechanism(purpose_id) == ConsentMechanism.OPT_IN:
            found.append({"@type": "Duty", "action": "obtainConsent"})
        for obligation in dict.fromkeys(str(o) for o in rule.obligations):
            found.append({"@type": "Duty", "action": ACTIONS.get(obligation, f"ps:{obligation}")})
        key = (category_id, purpose_id)
        if key not in self.kept:
            self.kept[key] = self.retention.lookup(category_id, purpose_id)
        kept = self.kept[key]
        if kept and kept.duration != "indefinite":
            found.append(retention_duty(kept))
        return found

    def rule(self, rule: UseRule, category_id: str, purpose_id: str, excluded: list[str],
             scope: tuple[str, list[dict[str, Any]]]) -> dict[str, Any]:
        allow = rule.effect == Effect.ALLOW
        node: dict[str, Any] = {
            "@type": "Permission" if allow else "Prohibition",
            "uid": f"{self.base}:rule:{rule.id}:{category_id}:{purpose_id}{scope[0]}",
            "ps:rule": rule.id,
            "target": self.target(category_id),
            "action": "use",
            "constraint": self.constraints(rule, purpose_id, excluded, scope[1]),
        }
        if rule.description:
            node["dct:description"] = rule.description
        declared = self.nearest(purpose_id)
        legal = legal_basis_terms(declared, rule.regions, self.catalogue) if declared else []
        if legal:
            node["dpv:hasLegalBasis"] = legal
        if allow:
            node["duty"] = self.duties(rule, category_id, purpose_id)
        return node

    def document(self) -> dict[str, Any]:
        meta = self.policy.policy
        doc: dict[str, Any] = {
            "@context": [ODRL_CONTEXT_URL, PREFIXES],
            "@type": ["Set", "Policy"],
            "uid": f"{self.base}:policy",
            "conflict": "prohibit",
            "dct:title": shown_name(meta.title, meta.id),
            "dct:hasVersion": meta.version,
            "ps:digest": digest(self.policy),
            "ps:formatVersion": self.version,
            "permission": [],
            "prohibition": [],
        }
        if meta.description:
            doc["dct:description"] = meta.description
        for rule in self.policy.rules:
            key = "permission" if rule.effect == Effect.ALLOW else "prohibition"
            regions: dict[str, list[str]] = {}
            for purpose_id in rule.purposes:
                if rule.effect == Effect.ALLOW:
                    regions.update(self.regions(purpose_id))
                else:
                    regions.setdefault(purpose_id, [])
            scopes = self.recipient_scopes(rule)
            for category_id in dict.fromkeys(rule.categories):
                for purpose_id, excluded in regions.items():
                    for scope in scopes:
                        doc[key].append(self.rule(rule, category_id, purpose_id, excluded,
                                                  scope))
        if not doc["permission"] and not doc["prohibition"]:
            doc["prohibition"].append({  # the shapes want a rule; this one says default deny
                "@type": "Prohibition", "uid": f"{self.base}:rule:default_deny",
                "target": {"@id": f"{self.base}:category", "@type": "AssetCollection"},
                "action": "use", "dct:description": "No rule allows any use."})
        return doc


def odrl_document(policy: Policy, regions: RegionCatalogue | None = None) -> dict[str, Any]:
    """The ODRL policy as a JSON-LD object (``regions``: the shipped region groups)."""
    return _Builder(policy, regions).document()


def odrl_bytes(policy: Policy, regions: RegionCatalogue | None = None) -> bytes:
    """Deterministic JSON-LD bytes (sorted keys, two-space indent, UTF-8)."""
    return _serialised(odrl_document(policy, regions))


def _serialised(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
    return text.encode("utf-8") + b"\n"


class OdrlExporter:
    """The ODRL/DPV exporter (name, title, suffix, description, ``export``)."""

    name = "odrl"
    title = QT_TRANSLATE_NOOP("exporters", "ODRL 2.2 (JSON-LD, DPV)")
    suffix = ".odrl.jsonld"
    description = QT_TRANSLATE_NOOP(
        "exporters", "ODRL 2.2 policy in JSON-LD with W3C DPV purposes, data and legal bases.")

    def export(self, policy: Policy, errors: int = 0) -> ExportResult:
        """The JSON-LD document, and what ODRL cannot express."""
        builder = _Builder(policy, region_catalogue())
        unmapped = sorted({p for r in policy.rules for p in r.purposes
                           if not dpv_purpose(p, builder.nearest(p))})
        summary = list(CANNOT_EXPRESS)
        if unmapped:
            summary.append(f"Purposes with no DPV term (only our IRI): {', '.join(unmapped)}.")
        return ExportResult(digest=digest(policy), data=_serialised(builder.document()),
                            summary=summary)


EXPORTER = OdrlExporter()
