"""ODRL 2.2 JSON-LD export with W3C DPV terms (an ``odrl:Set`` for interchange).

Each allow rule becomes one permission per (category, purpose) it lists, each deny rule one
prohibition per pair; the policy says ``conflict: prohibit`` (deny wins). A rule's target is
the category (an IRI under ``urn:policy-studio:<policy id>:``, ``partOf`` its parent, with the
DPV personal-data category where a clear mapping exists); its action is ``use``; constraints
say the purpose (``isA`` our purpose IRI, and ``isA`` the DPV purpose where one maps), the
recipients (``recipient``), regions (``spatial``) and data subjects (``ps:dataSubject``).
Permissions carry duties: ``obtainConsent`` for opt-in purposes, the rule's obligations, and
the retention that applies as the disposition action with an ``elapsedTime`` constraint
(``lteq`` the ISO 8601 duration, an ``xsd:duration``). Legal bases are DPV GDPR terms.

The document refers to the ODRL context by its URL (``http://www.w3.org/ns/odrl.jsonld``); a
copy ships in ``resources/vocab/odrl/`` for offline processing. User text is only JSON string
values, and ids are slugs, so IRIs built from them are always valid.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from typing import Any

from app.domain.enums import ConsentMechanism, Effect, PurposeKind, Tag
from app.domain.ids import lineage, parent
from app.domain.models import DataCategory, Policy, Purpose, UseRule
from app.domain.retention import RetentionIndex
from app.exporters.registry import ExportResult
from app.paths import RESOURCES
from app.storage.canonical import digest

VOCAB = RESOURCES / "vocab"
ODRL_CONTEXT_URL = "http://www.w3.org/ns/odrl.jsonld"
ODRL_CONTEXT_PATH = VOCAB / "odrl" / "ODRL22.jsonld"
PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "dpv-pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "ps": "urn:policy-studio:term:",
}
PURPOSE_KINDS = {  # our purpose kinds -> DPV purposes (profiling and other have no clear term)
    PurposeKind.ESSENTIAL: "ServiceProvision", PurposeKind.SECURITY: "EnforceSecurity",
    PurposeKind.LEGAL_COMPLIANCE: "LegalCompliance", PurposeKind.ANALYTICS: "ServiceUsageAnalytics",
    PurposeKind.PERSONALISATION: "ServicePersonalisation", PurposeKind.MARKETING: "Marketing",
    PurposeKind.ADVERTISING: "Advertising", PurposeKind.SALE_OR_SHARING: "SellDataToThirdParties",
    PurposeKind.RESEARCH: "ResearchAndDevelopment",
}
PURPOSE_WORDS = {  # words in a purpose id -> a more specific DPV purpose
    "account": "AccountManagement", "fraud": "FraudPreventionAndDetection",
    "delivery": "DeliveryOfGoods", "shipping": "DeliveryOfGoods", "payment": "PaymentManagement",
    "payments": "PaymentManagement", "support": "CustomerCare", "newsletter": "DirectMarketing",
    "recommendations": "ProvidePersonalisedRecommendations", "payroll": "PersonnelPayment",
    "recruitment": "PersonnelHiring", "hiring": "PersonnelHiring",
}
PD_WORDS = {  # a segment or word of a category id -> DPV personal-data category
    "email": "EmailAddress", "email_address": "EmailAddress", "phone": "TelephoneNumber",
    "telephone": "TelephoneNumber", "name": "Name", "postal_address": "PhysicalAddress",
    "ip_address": "IPAddress", "birth_date": "BirthDate", "date_of_birth": "BirthDate",
    "age": "Age", "gender": "Gender", "password": "Password", "username": "Username",
    "passport": "Passport", "nationality": "Nationality", "salary": "Salary",
    "fingerprint": "Fingerprint", "religion": "Religion", "ethnicity": "Ethnicity",
}
PD_TAGS = {  # tags -> DPV personal-data category, in Tag order (the first mapped tag wins)
    Tag.IDENTIFIER: "Identifier", Tag.CONTACT: "Contact", Tag.LOCATION: "Location",
    Tag.PRECISE_LOCATION: "Location", Tag.BROWSING: "BrowsingBehaviour",
    Tag.PURCHASE_HISTORY: "PurchasesAndSpendingHabit", Tag.DEVICE: "DeviceBased",
    Tag.FINANCIAL: "Financial", Tag.BIOMETRIC: "Biometric", Tag.HEALTH: "Health",
    Tag.GENETIC: "Genetic", Tag.GOVERNMENT_ID: "OfficialID", Tag.CREDENTIALS: "Authenticating",
    Tag.COMMUNICATIONS: "Communication", Tag.DEMOGRAPHIC: "Demographic",
    Tag.EMPLOYMENT: "Professional",
}
LEGAL_BASES = {"consent": "A6-1-a", "contract": "A6-1-b", "legal_obligation": "A6-1-c",
               "vital_interests": "A6-1-d", "public_task": "A6-1-e",
               "legitimate_interests": "A6-1-f"}
ART9 = {"explicit_consent": "A9-2-a", "employment_social_security": "A9-2-b",
        "vital_interests": "A9-2-c", "not_for_profit_body": "A9-2-d", "made_public": "A9-2-e",
        "legal_claims": "A9-2-f", "substantial_public_interest": "A9-2-g",
        "health_or_social_care": "A9-2-h", "public_health": "A9-2-i",
        "archiving_research_statistics": "A9-2-j"}
ACTIONS = {"delete": "delete", "anonymise": "anonymize", "aggregate": "aggregate",
           "archive": "archive", "notify": "inform"}  # others become ps:<word>
CANNOT_EXPRESS = [
    "Consent: only opt-in purposes show (an obtainConsent duty); opt-out, the consent state of "
    "a request and the nearest-declared-purpose rule are not expressible.",
    "Reason codes (denied_by_rule, consent_missing, opted_out, no_rule) and which rules "
    "decided; ODRL has only permissions, prohibitions and conflict: prohibit.",
    "Retention triggers and the choice between overlapping retention rules (each permission "
    "carries only the retention chosen for its own category and purpose; ps:trigger is ours).",
    "Indefinite retention has no elapsedTime duty.",
    "Encrypt, pseudonymise, minimise and review have no ODRL action (ps: terms are used).",
]


@cache
def dpv_terms(name: str) -> dict[str, str]:
    """term -> IRI from a bundled DPV CSV (``purposes``, ``pd``, ``legal_basis``...)."""
    with (VOCAB / "dpv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return {row["term"]: row["iri"] for row in csv.DictReader(handle)}


def _term(vocab: str, prefix: str, term: str | None) -> str | None:
    return f"{prefix}:{term}" if term and term in dpv_terms(vocab) else None


def _words(item_id: str) -> list[str]:
    """Segments and their words, most specific segment first."""
    found: list[str] = []
    for segment in reversed(item_id.split(".")):
        found += [segment, *segment.split("_")]
    return found


def dpv_purpose(purpose_id: str, declared: Purpose | None) -> str | None:
    """The DPV purpose for a purpose id (id words first, then the declared kind), or None."""
    word = next((PURPOSE_WORDS[w] for w in _words(purpose_id) if w in PURPOSE_WORDS), None)
    kind = PURPOSE_KINDS.get(declared.kind) if declared else None
    return _term("purposes", "dpv", word or kind)


def dpv_personal_data(category_id: str, declared: DataCategory | None) -> str | None:
    """The DPV personal-data category (id words first, then tags), or None."""
    word = next((PD_WORDS[w] for w in _words(category_id) if w in PD_WORDS), None)
    tags = set(declared.tags) if declared else set()
    tag = next((PD_TAGS[t] for t in Tag if t in tags and t in PD_TAGS), None)
    return _term("pd", "dpv-pd", word or tag)


class _Builder:
    """Builds the ODRL document for one policy."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.base = f"urn:policy-studio:{policy.policy.id}"
        self.categories = {c.id: c for c in reversed(policy.categories)}  # the first counts
        self.purposes = {p.id: p for p in reversed(policy.purposes)}
        self.retention = RetentionIndex(policy)

    def iri(self, kind: str, item_id: str) -> str:
        return f"{self.base}:{kind}:{item_id}"

    def nearest(self, purpose_id: str) -> Purpose | None:
        return next((self.purposes[p] for p in lineage(purpose_id) if p in self.purposes), None)

    def target(self, category_id: str) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": self.iri("category", category_id)}
        up = parent(category_id)
        if up:
            node["partOf"] = self.iri("category", up)
        declared = self.categories.get(category_id)
        if declared and declared.name:
            node["rdfs:label"] = declared.name
        pd = dpv_personal_data(category_id, declared)
        if pd:
            node["dpv:hasPersonalData"] = {"@id": pd}
        return node

    def constraints(self, rule: UseRule, purpose_id: str) -> list[dict[str, Any]]:
        def isa(left: str, values: list[dict[str, Any]]) -> dict[str, Any]:
            return {"leftOperand": left, "operator": "isA" if len(values) == 1 else "isAnyOf",
                    "rightOperand": values[0] if len(values) == 1 else values}

        found = [isa("purpose", [{"@id": self.iri("purpose", purpose_id)}])]
        mapped = dpv_purpose(purpose_id, self.nearest(purpose_id))
        if mapped:
            found.append(isa("purpose", [{"@id": mapped}]))
        if rule.recipients:
            found.append(isa("recipient", [{"@id": self.iri("recipient", r)}
                                           for r in dict.fromkeys(rule.recipients)]))
        if rule.subjects:
            found.append(isa("ps:dataSubject", [{"@id": self.iri("subject", s)}
                                                for s in dict.fromkeys(rule.subjects)]))
        if rule.regions:
            regions = list(dict.fromkeys(rule.regions))
            found.append({"leftOperand": "spatial", "operator": "isAnyOf",
                          "rightOperand": regions[0] if len(regions) == 1 else regions})
        return found

    def duties(self, rule: UseRule, category_id: str, purpose_id: str) -> list[dict[str, Any]]:
        declared = self.nearest(purpose_id)
        mechanism = declared.consent if declared else ConsentMechanism.OPT_IN
        found: list[dict[str, Any]] = []
        if mechanism == ConsentMechanism.OPT_IN:
            found.append({"action": "obtainConsent"})
        for obligation in dict.fromkeys(str(o) for o in rule.obligations):
            found.append({"action": ACTIONS.get(obligation, f"ps:{obligation}")})
        kept = self.retention.lookup(category_id, purpose_id)
        if kept and kept.duration != "indefinite":
            found.append({
                "action": ACTIONS.get(kept.disposition, f"ps:{kept.disposition}"),
                "ps:retentionRule": kept.rule, "ps:trigger": kept.trigger,
                "constraint": [{"leftOperand": "elapsedTime", "operator": "lteq",
                                "rightOperand": {"@value": kept.duration,
                                                 "@type": "xsd:duration"}}],
            })
        return found

    def rule(self, rule: UseRule, category_id: str, purpose_id: str) -> dict[str, Any]:
        node: dict[str, Any] = {
            "uid": f"{self.base}:rule:{rule.id}:{category_id}:{purpose_id}",
            "ps:rule": rule.id,
            "target": self.target(category_id),
            "action": "use",
            "constraint": self.constraints(rule, purpose_id),
        }
        if rule.description:
            node["dct:description"] = rule.description
        declared = self.nearest(purpose_id)
        bases = [LEGAL_BASES.get(str(declared.legal_basis)), ART9.get(str(declared.art9_condition))
                 ] if declared else []
        legal = [{"@id": t} for b in bases if (t := _term("legal_basis", "eu-gdpr", b)
                                                or _term("legal_basis_special", "eu-gdpr", b))]
        if legal:
            node["dpv:hasLegalBasis"] = legal
        if rule.effect == Effect.ALLOW:
            node["duty"] = self.duties(rule, category_id, purpose_id)
        return node

    def document(self) -> dict[str, Any]:
        meta = self.policy.policy
        doc: dict[str, Any] = {
            "@context": [ODRL_CONTEXT_URL, PREFIXES],
            "@type": ["Set", "Policy"],
            "uid": f"{self.base}:policy",
            "conflict": "prohibit",
            "dct:title": meta.title or meta.id,
            "dct:hasVersion": meta.version,
            "ps:digest": digest(self.policy),
            "permission": [],
            "prohibition": [],
        }
        if meta.description:
            doc["dct:description"] = meta.description
        for rule in self.policy.rules:
            key = "permission" if rule.effect == Effect.ALLOW else "prohibition"
            for category_id in dict.fromkeys(rule.categories):
                for purpose_id in dict.fromkeys(rule.purposes):
                    doc[key].append(self.rule(rule, category_id, purpose_id))
        return doc


def odrl_document(policy: Policy) -> dict[str, Any]:
    """The ODRL policy as a JSON-LD object."""
    return _Builder(policy).document()


def odrl_bytes(policy: Policy) -> bytes:
    """Deterministic JSON-LD bytes (sorted keys, two-space indent, UTF-8)."""
    text = json.dumps(odrl_document(policy), sort_keys=True, indent=2, ensure_ascii=False)
    return text.encode("utf-8") + b"\n"


class OdrlExporter:
    """The ODRL/DPV exporter (name, title, suffix, description, ``export``)."""

    name = "odrl"
    title = "ODRL 2.2 (JSON-LD, DPV)"
    suffix = ".odrl.jsonld"
    description = "ODRL 2.2 policy in JSON-LD with W3C DPV purposes, data and legal bases."

    def export(self, policy: Policy) -> ExportResult:
        """The JSON-LD document, and what ODRL cannot express."""
        builder = _Builder(policy)
        unmapped = sorted({p for r in policy.rules for p in r.purposes
                           if not dpv_purpose(p, builder.nearest(p))})
        summary = list(CANNOT_EXPRESS)
        if unmapped:
            summary.append(f"Purposes with no DPV term (only our IRI): {', '.join(unmapped)}.")
        return ExportResult(digest=digest(policy), data=odrl_bytes(policy), summary=summary)


EXPORTER = OdrlExporter()
