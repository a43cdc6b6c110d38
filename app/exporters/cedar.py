"""Cedar export: a JSON schema, one Cedar policy per use rule, and the declared entities.

The model (namespace ``PolicyStudio``, action ``Action::"use"``):

- **principal** ``Person``: the person the data is about, with an optional ``subject``
  attribute (their data-subject group, a ``Subject`` entity);
- **resource** ``DataUse``: one use of a category for a purpose, with attributes ``category``
  (a ``Category``) and ``purpose`` (a ``Purpose``);
- **context**: ``consent`` (``granted | denied | unknown``), ``gpc`` (a Global Privacy Control
  signal came with the request), optional ``recipient`` (a ``Recipient``) and optional
  ``region`` (a ``Region``, its canonical code).

Format 2 meaning: a rule without recipients covers internal use only (no recipient, or a
``Recipient`` whose ``internal`` attribute is true: its nearest declared ancestor-or-self is of
kind internal), ``*`` any recipient; a ``Region``'s parents are the rule regions containing it
(``DE`` is in ``eea``, ``US-CA`` in ``US``), so a rule's ``context.region in [...]`` means
containment. In format 1 regions have no parents (equality) and no recipients means any. GPC:
an opt-out purpose whose ``honours_gpc`` is true is refused by a ``gpc`` request unless consent
is granted.

Hierarchies are entity parents (``contact`` is the parent of ``contact.email``), so a rule on
``contact`` covers ``contact.email`` through Cedar's ``in``. Deny rules become ``forbid``;
allow rules become ``permit`` with a condition on consent judged by the *requested* purpose's
mechanism, which every ``Purpose`` entity carries as ``consent_mechanism``. Cedar cannot find
the nearest declared ancestor itself, nor know ids that only requests use, so a caller must
send, with every request, the entities of the request's ids and their ancestors:
:func:`entities_for_request` builds them (and :func:`cedar_request` the request itself);
:class:`RequestEntities` does the same for many requests, the policy's facts computed once.

Speed: Cedar evaluates every policy for every request. A caller keeps the policy set and the
schema parsed (cedarpy ``PolicySet`` and ``Schema`` handles) rather than passing their text to
each call, which parses them again; on large policies it sends only the policies that can apply
(:mod:`app.exporters.cedar_slice`), with the same answers.

User text (rule descriptions) appears only in annotations, written by :func:`cedar_string`;
ids are slugs but are escaped the same way. Policies are numbered in file order (Cedar calls
them ``policy0``, ``policy1``...); ``@id`` carries our rule id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.domain.canonical import digest
from app.domain.decisions import Request
from app.domain.enums import ConsentMechanism, Effect
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.ids import lineage, parent
from app.domain.models import Policy, UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.retention import retention_table
from app.exporters.engine_facts import (
    is_internal,
    lookup_region,
    recipient_kinds,
    region_index,
    request_region,
)
from app.exporters.registry import ExportResult
from app.storage.resources import region_catalogue

NAMESPACE = "PolicyStudio"
POLICY_NAME = "cedar/policy.cedar"
SCHEMA_NAME = "cedar/schema.cedarschema.json"
ENTITIES_NAME = "cedar/entities.json"
RETENTION_NAME = "cedar/retention.json"
ACTION = {"type": f"{NAMESPACE}::Action", "id": "use"}
CANNOT_EXPRESS = [
    "Cedar answers allow or deny only: the reason codes consent_missing, opted_out and no_rule "
    "are all a plain deny (denied_by_rule shows as a satisfied forbid policy).",
    "Obligations of allow rules (anonymise, aggregate, ...) are not part of Cedar's answer.",
    "Cedar does not choose the retention rule that applies: cedar/retention.json lists every "
    "retention rule with the exact retention object decide answers (maximum, minimum, "
    "criteria, trigger, custom event, period start, financial year, dispositions, legal "
    "hold) and how to choose among them.",
    "The consent mechanism of a purpose, whether a recipient is internal and which rule "
    "regions contain a region are looked up by the caller: send the entities from "
    "entities_for_request() with every request, including ids the policy does not declare.",
]


def cedar_string(text: str) -> str:
    r"""A Cedar string literal for ``text``: printable ASCII as is, everything else escaped.

    ``json.dumps`` is not enough: Cedar has no ``\uXXXX`` escape (it uses ``\u{...}``), so
    every character outside printable ASCII becomes ``\u{hex}`` (lone surrogates, which
    Cedar cannot hold, become U+FFFD).
    """
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        else:
            out.append(f"\\u{{{0xFFFD if 0xD800 <= code < 0xE000 else code:x}}}")
    out.append('"')
    return "".join(out)


def _uid(kind: str, item_id: str) -> str:
    return f"{NAMESPACE}::{kind}::{cedar_string(item_id)}"


def _uid_set(kind: str, ids: Iterable[str]) -> str:
    return "[" + ", ".join(_uid(kind, i) for i in dict.fromkeys(ids)) + "]"


CONSENT_CONDITION = (
    '(resource.purpose.consent_mechanism == "none" ||\n'
    '     (resource.purpose.consent_mechanism == "opt_in" && context.consent == "granted") ||\n'
    '     (resource.purpose.consent_mechanism == "opt_out" && (context.consent == "granted" ||\n'
    '       (context.consent != "denied" &&\n'
    '        !(context.gpc && resource.purpose.honours_gpc)))))'
)
INTERNAL_ONLY = "if context has recipient then context.recipient.internal else true"


def _recipient_condition(rule: UseRule, version: int) -> str | None:
    if version >= 2 and not rule.recipients:
        return INTERNAL_ONLY
    if not rule.recipients or (version >= 2 and ANY_RECIPIENT in rule.recipients):
        return None
    return ("context has recipient && context.recipient in "
            f"{_uid_set('Recipient', rule.recipients)}")


def rule_policy(rule: UseRule, index: int, version: int = 2) -> str:
    """The Cedar policy for one use rule (``forbid`` for deny, ``permit`` for allow)."""
    conditions = [
        f"resource.category in {_uid_set('Category', rule.categories)}",
        f"resource.purpose in {_uid_set('Purpose', rule.purposes)}",
    ]
    if rule.subjects:
        conditions.append(
            f"principal has subject && principal.subject in {_uid_set('Subject', rule.subjects)}")
    recipients = _recipient_condition(rule, version)
    if recipients:
        conditions.append(recipients)
    if rule.regions:
        conditions.append(f"context has region && context.region in "
                          f"{_uid_set('Region', rule.regions)}")
    allow = rule.effect == Effect.ALLOW
    if allow:
        conditions.append(CONSENT_CONDITION)
    body = " &&\n    ".join(f"({c})" for c in conditions)
    return (
        f"@id({cedar_string(rule.id)})\n"
        f"@rule_index({cedar_string(str(index))})\n"
        f"@effect({cedar_string(str(rule.effect))})\n"
        f"@description({cedar_string(rule.description)})\n"
        f"{'permit' if allow else 'forbid'} (\n"
        f"  principal,\n  action == {NAMESPACE}::Action::\"use\",\n  resource\n)\n"
        f"when {{\n    {body}\n}};\n"
    )


def expressed_rules(policy: Policy) -> list[tuple[int, UseRule]]:
    """(index, rule) of the rules that become Cedar policies, in order.

    Cedar calls the n-th ``policy{n}``. Rules without categories or purposes cover nothing and are
    left out.
    """
    return [(i, r) for i, r in enumerate(policy.rules) if r.categories and r.purposes]


def policy_text(policy: Policy) -> str:
    """The Cedar policy set."""
    header = (f"// Policy Studio export, content digest {digest(policy)}\n"
              "// One policy per use rule; @id is the rule id. Default deny.\n\n")
    return header + "\n".join(rule_policy(rule, index, policy.format_version)
                               for index, rule in expressed_rules(policy))


def schema() -> dict[str, Any]:
    """The Cedar schema (JSON format); the same for every policy."""
    def entity(name: str) -> dict[str, Any]:
        return {"type": "Entity", "name": name}

    def record(**attributes: dict[str, Any]) -> dict[str, Any]:
        return {"type": "Record", "attributes": attributes}

    optional = {"required": False}
    return {NAMESPACE: {
        "entityTypes": {
            "Category": {"memberOfTypes": ["Category"], "shape": record()},
            "Purpose": {"memberOfTypes": ["Purpose"],
                        "shape": record(consent_mechanism={"type": "String"},
                                        honours_gpc={"type": "Boolean"})},
            "Subject": {"memberOfTypes": ["Subject"], "shape": record()},
            "Recipient": {"memberOfTypes": ["Recipient"],
                          "shape": record(internal={"type": "Boolean"})},
            "Region": {"memberOfTypes": ["Region"], "shape": record()},
            "Person": {"shape": record(subject={**entity("Subject"), **optional})},
            "DataUse": {"shape": record(category=entity("Category"),
                                        purpose=entity("Purpose"))},
        },
        "actions": {"use": {"appliesTo": {
            "principalTypes": ["Person"],
            "resourceTypes": ["DataUse"],
            "context": record(consent={"type": "String"}, gpc={"type": "Boolean"},
                              recipient={**entity("Recipient"), **optional},
                              region={**entity("Region"), **optional}),
        }}},
    }}


def _ref(kind: str, item_id: str) -> dict[str, str]:
    return {"type": f"{NAMESPACE}::{kind}", "id": item_id}


class _Facts:
    """What entities say about a policy's ids, computed once per policy (not per request)."""

    def __init__(self, policy: Policy, regions: RegionCatalogue | None) -> None:
        self.mechanisms: dict[str, ConsentMechanism] = {}
        self.gpc: dict[str, bool] = {}
        for purpose in policy.purposes:  # the first of a duplicated id counts, as in decide
            self.mechanisms.setdefault(purpose.id, purpose.consent)
            self.gpc.setdefault(purpose.id, purpose.honours_gpc)
        self.kinds = recipient_kinds(policy)
        self.regions = region_index(policy, regions or NO_GROUPS) \
            if policy.format_version >= 2 else {}

    def mechanism(self, purpose: str) -> str:
        return str(next((self.mechanisms[p] for p in lineage(purpose) if p in self.mechanisms),
                        ConsentMechanism.OPT_IN))

    def attrs(self, kind: str, key: str) -> dict[str, Any]:
        if kind == "Purpose":
            return {"consent_mechanism": self.mechanism(key),
                    "honours_gpc": next((self.gpc[p] for p in lineage(key) if p in self.gpc),
                                        False)}
        if kind == "Recipient":
            return {"internal": is_internal(self.kinds, key)}
        return {}


class _Entities:
    """Collects hierarchy entities (each id with all its ancestors), without repeats."""

    def __init__(self, facts: _Facts) -> None:
        self.regions = facts.regions
        self.attrs = facts.attrs
        self.found: dict[tuple[str, str], dict[str, Any]] = {}

    def add_region(self, code: str | None) -> None:
        """``code``'s entity; its parents are the rule regions containing it (format 2)."""
        if code is None or ("Region", code) in self.found:
            return
        within = [r for r in lookup_region(self.regions, code) if r != code]
        self.found[("Region", code)] = {"uid": _ref("Region", code), "attrs": {},
                                        "parents": [_ref("Region", r) for r in within]}

    def add(self, kind: str, item_id: str | None) -> None:
        for key in lineage(item_id) if item_id else ():
            if (kind, key) in self.found:
                return  # its ancestors are there too
            up = parent(key)
            self.found[(kind, key)] = {"uid": _ref(kind, key), "attrs": self.attrs(kind, key),
                                       "parents": [_ref(kind, up)] if up else []}

    def add_request(self, request: Request) -> None:
        self.add("Category", request.category)
        self.add("Purpose", request.purpose)
        self.add("Subject", request.subject)
        self.add("Recipient", request.recipient)
        self.add_region(request_region(request.region))
        person, use = principal_of(request), resource_of(request)
        attrs = {"subject": {"__entity": _ref("Subject", request.subject)}} \
            if request.subject else {}
        self.found[(person["type"], person["id"])] = {"uid": person, "attrs": attrs,
                                                      "parents": []}
        self.found[(use["type"], use["id"])] = {"uid": use, "parents": [], "attrs": {
            "category": {"__entity": _ref("Category", request.category)},
            "purpose": {"__entity": _ref("Purpose", request.purpose)}}}

    def sorted(self) -> list[dict[str, Any]]:
        return [self.found[key] for key in sorted(self.found)]


def policy_entities(policy: Policy, regions: RegionCatalogue | None = None
                    ) -> list[dict[str, Any]]:
    """Entities for every id the policy declares or names, with ancestors and mechanisms.

    In format 2, also every region the rules' regions contain, with its containing ones.
    """
    found = _Entities(_Facts(policy, regions))
    for code in found.regions:
        found.add_region(code)
    for kind, items in (("Category", policy.categories), ("Purpose", policy.purposes),
                        ("Subject", policy.subjects), ("Recipient", policy.recipients)):
        for item in items:
            found.add(kind, item.id)
    for rule in [*policy.rules, *policy.retention]:
        for kind, field in (("Category", "categories"), ("Purpose", "purposes"),
                            ("Subject", "subjects"), ("Recipient", "recipients")):
            for item_id in getattr(rule, field, ()):
                found.add(kind, item_id)
    return found.sorted()


def principal_of(request: Request) -> dict[str, str]:
    """The principal: a ``Person`` named after the request's subject (``""`` when absent)."""
    return _ref("Person", request.subject or "")


def resource_of(request: Request) -> dict[str, str]:
    """The resource: the ``DataUse`` of the category for the purpose."""
    return _ref("DataUse", f"{request.category} for {request.purpose}")


def entities_for_request(policy: Policy, request: Request | Iterable[Request],
                         regions: RegionCatalogue | None = None) -> list[dict[str, Any]]:
    """What a caller must send with a request (or a batch of requests).

    The principal, the resource, and the entities of every id the request names with all their
    ancestors, each purpose with its effective consent mechanism (the nearest declared
    ancestor-or-self's, opt-in when none is declared), each recipient saying whether it is
    internal, and the request's region with the rule regions containing it (``regions``: the
    shipped groups, ``app.storage.resources.region_catalogue()``), in Cedar's entity JSON format.
    """
    return RequestEntities(policy, regions)(request)


class RequestEntities:
    """:func:`entities_for_request` for one policy, its facts computed once.

    The consent mechanisms, recipient kinds and rule regions come from the whole policy (the
    rule regions from every rule): a caller answering many requests builds this once and calls
    it per request instead of recomputing them each time.
    """

    def __init__(self, policy: Policy, regions: RegionCatalogue | None = None) -> None:
        self._facts = _Facts(policy, regions)

    def __call__(self, request: Request | Iterable[Request]) -> list[dict[str, Any]]:
        """The entities to send with ``request`` (or a batch), as entities_for_request."""
        found = _Entities(self._facts)
        for one in [request] if isinstance(request, Request) else request:
            found.add_request(one)
        return found.sorted()


def cedar_request(request: Request) -> dict[str, Any]:
    """The Cedar request (principal, action, resource, context) for ``request``."""
    context: dict[str, Any] = {"consent": str(request.consent), "gpc": request.gpc}
    if request.recipient:
        context["recipient"] = {"__entity": _ref("Recipient", request.recipient)}
    region = request_region(request.region)
    if region:
        context["region"] = {"__entity": _ref("Region", region)}
    return {"principal": principal_of(request), "action": ACTION,
            "resource": resource_of(request), "context": context}


def _json_bytes(data: Any) -> bytes:
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8") + b"\n"


class CedarExporter:
    """The Cedar exporter (name, title, suffix, description, ``export``)."""

    name = "cedar"
    title = QT_TRANSLATE_NOOP("exporters", "Cedar policies and schema")
    suffix = ""
    description = QT_TRANSLATE_NOOP(
        "exporters", "Cedar policy set, JSON schema and entities (allow/deny only; see "
                   "entities_for_request for what to send with each request).")

    def export(self, policy: Policy, errors: int = 0) -> ExportResult:
        """The three Cedar files, and what Cedar cannot express."""
        summary = list(CANNOT_EXPRESS)
        skipped = [r.id for r in policy.rules if not (r.categories and r.purposes)]
        if skipped:
            summary.append("Rules without categories or purposes cover nothing and are left "
                           f"out: {', '.join(skipped)}.")
        return ExportResult(digest=digest(policy), summary=summary, files={
            POLICY_NAME: policy_text(policy).encode("utf-8"),
            SCHEMA_NAME: _json_bytes(schema()),
            ENTITIES_NAME: _json_bytes(policy_entities(policy, region_catalogue())),
            RETENTION_NAME: _json_bytes({"retention": retention_table(policy)}),
        })


EXPORTER = CedarExporter()
