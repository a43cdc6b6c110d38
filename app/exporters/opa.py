"""OPA bundle export: ``.manifest``, ``data.json`` and a static ``policy.rego``.

The Rego file is the same for every policy (it implements DESIGN section 2 once); everything
the policy says travels as JSON data, so user text is only ever data, never Rego code. The
answer is ``data.policy_studio.decision`` for an input with the fields of ``policy-studio
decide`` (category, purpose, subject, recipient, region, consent, gpc), in the same JSON
shape. Format 2 containment is data too: ``region_index`` maps each region the rules' regions
contain to those rule regions (a subdivision that is not a key counts as its country), and
``internal_recipients`` says where the recipient hierarchy turns internal.

The data is indexed so that a request looks up rather than scans: ``rules_by_category`` and
``rules_by_purpose`` give the positions (in ``rules``) of the rules naming each id,
``retention_by_category`` those of the retention rules, and ``lineages`` the lineage (root
first) of every id the policy declares or names (the Rego computes any other). The candidate
rules of a request are those under its category's lineage that are also under its purpose's;
only they are checked against the subject, recipient and region.

Bundle layout (roots ``["policy_studio"]``)::

    .manifest                          {"revision": <digest>, "roots": ["policy_studio"]}
    policy_studio/policy/data.json     -> data.policy_studio.policy
    policy_studio/policy.rego          package policy_studio (the rule ``decision``)
    policy_studio/expectations_test.rego  the expectations as ``test_*`` rules (opa_tests)
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from importlib import resources
from typing import Any

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage
from app.domain.models import Policy
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.retention import retention_table
from app.exporters.engine_facts import internal_roots, region_index
from app.exporters.opa_signing import BundleSigner, NotApprovedForSigning, sign_files
from app.exporters.opa_tests import TESTS_NAME, expectations_data, expectations_rego
from app.exporters.registry import ExportResult
from app.storage.resources import region_catalogue

REGO_RESOURCE = ("rego", "policy.rego")
"""The static Rego module, a data file of this package."""
ROOT_NAME = "policy_studio"
DATA_NAME = f"{ROOT_NAME}/policy/data.json"
REGO_NAME = f"{ROOT_NAME}/policy.rego"
MANIFEST_NAME = ".manifest"
DECISION_QUERY = f"data.{ROOT_NAME}.decision"


def rego_text() -> str:
    """The static Rego module (identical for every policy)."""
    return resources.files(__package__).joinpath(*REGO_RESOURCE).read_text(encoding="utf-8")


def _recipient_facts(policy: Policy) -> dict[str, Any]:
    """Format 2: where the recipients turn internal (only when some rule is internal-only)."""
    if policy.format_version < 2 or all(rule.recipients for rule in policy.rules):
        return {}
    return {"internal_recipients": internal_roots(policy)}


def _rule_recipients(policy: Policy, recipients: list[str]) -> dict[str, Any]:
    """A rule's recipients and how to read them: ``any``, ``listed`` or ``internal`` (only)."""
    if policy.format_version < 2:
        return {"recipients": list(recipients), "recipient_scope":
                "listed" if recipients else "any"}
    if ANY_RECIPIENT in recipients:
        return {"recipients": [], "recipient_scope": "any"}
    return {"recipients": list(recipients),
            "recipient_scope": "listed" if recipients else "internal"}


def id_index(lists: list[list[str]]) -> dict[str, list[int]]:
    """Id -> the positions (ascending, once each) of the lists naming it: the Rego's indexes."""
    index: dict[str, list[int]] = {}
    for position, ids in enumerate(lists):
        for value in dict.fromkeys(ids):
            index.setdefault(value, []).append(position)
    return index


def _named_ids(policy: Policy) -> set[str]:
    """Every id the policy declares or a rule names (categories, purposes, people)."""
    found = {item.id for section in (policy.categories, policy.purposes, policy.subjects,
                                     policy.recipients) for item in section}
    for rule in policy.rules:
        found.update(rule.categories, rule.purposes, rule.subjects, rule.recipients)
    for kept in policy.retention:
        found.update(kept.categories, kept.purposes)
    return found


def _indexes(policy: Policy) -> dict[str, Any]:
    """What the Rego looks up instead of scanning: lineages and rule indexes.

    ``lineages``: every id the policy declares or names -> its lineage, root first.
    ``rules_by_category`` / ``rules_by_purpose``: id -> the positions of the rules naming it;
    ``retention_by_category``: id -> the positions of the retention rules naming it.
    """
    named = sorted(_named_ids(policy))
    return {
        "lineages": {value: list(reversed(lineage(value))) for value in named},
        "rules_by_category": id_index([rule.categories for rule in policy.rules]),
        "rules_by_purpose": id_index([rule.purposes for rule in policy.rules]),
        "retention_by_category": id_index([kept.categories for kept in policy.retention]),
    }


def bundle_data(policy: Policy, regions: RegionCatalogue | None = None) -> dict[str, Any]:
    """What the Rego reads, precomputed: the value of ``data.policy_studio.policy``.

    ``regions`` holds the shipped region groups (``app.storage.resources.region_catalogue()``).
    """
    mechanisms: dict[str, str] = {}
    honours: dict[str, bool] = {}
    for purpose in policy.purposes:  # the first of a duplicated id counts, as in decide
        mechanisms.setdefault(purpose.id, str(purpose.consent))
        honours.setdefault(purpose.id, purpose.honours_gpc)
    gpc = sorted(p for p, yes in honours.items() if yes)
    containment = policy.format_version >= 2
    # Periods are compared by a dense rank of their length (JSON has no infinity).
    table = retention_table(policy)
    return {
        "policy": {
            "id": policy.policy.id,
            "title": policy.policy.title,
            "version": policy.policy.version,
            "digest": digest(policy),
        },
        "format_version": policy.format_version,
        "mechanisms": mechanisms,
        "honours_gpc": gpc,
        "region_index": region_index(policy, regions or NO_GROUPS) if containment else {},
        **_recipient_facts(policy),
        **_indexes(policy),
        "rules": [
            {
                "index": index,
                "id": rule.id,
                "description": rule.description,
                "effect": str(rule.effect),
                "categories": list(rule.categories),
                "purposes": list(rule.purposes),
                "subjects": list(rule.subjects),
                **_rule_recipients(policy, rule.recipients),
                "regions": list(rule.regions),
                "obligations": [str(o) for o in rule.obligations],
            }
            for index, rule in enumerate(policy.rules)
        ],
        "retention": [
            {
                "index": index,
                "id": kept.id,
                "description": kept.description,
                "categories": list(kept.categories),
                "purposes": list(kept.purposes),
                "duration": None if kept.duration is None else str(kept.duration),
                "indefinite": kept.duration is not None and kept.duration.is_indefinite,
                "duration_days": None if kept.duration is None or kept.duration.is_indefinite
                else kept.duration.days,
                "duration_rank": table[index]["rank"],
                "trigger": str(kept.trigger),
                "disposition": str(kept.disposition),
                "citation": kept.citation,
                "legal_hold": kept.legal_hold,
                "info": table[index]["retention"],
            }
            for index, kept in enumerate(policy.retention)
        ],
        "tests": expectations_data(policy),  # the expectations, run by TESTS_NAME's rules
    }


def _json_bytes(data: Any) -> bytes:
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8") + b"\n"


def bundle_files(policy: Policy, regions: RegionCatalogue | None = None
                 ) -> list[tuple[str, bytes]]:
    """The bundle's files, in archive order."""
    return [
        (MANIFEST_NAME, _json_bytes({"revision": digest(policy), "roots": [ROOT_NAME]})),
        (DATA_NAME, _json_bytes(bundle_data(policy, regions))),
        (REGO_NAME, rego_text().encode("utf-8")),
        (TESTS_NAME, expectations_rego(policy).encode("utf-8")),
    ]


def build_bundle(policy: Policy, regions: RegionCatalogue | None = None,
                 signer: BundleSigner | None = None) -> bytes:
    """The OPA bundle as deterministic ``.tar.gz`` bytes (fixed order, times and owners).

    With ``signer`` the bundle also holds ``.signatures.json`` (see :mod:`.opa_signing`).
    """
    files = bundle_files(policy, regions)
    if signer is not None:
        files = sign_files(files, signer)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in files:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mtime = 0
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(content))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as packed:
        packed.write(raw.getvalue())
    return out.getvalue()


class OpaExporter:
    """The OPA bundle exporter (name, title, suffix, description, ``export``).

    The registered exporter writes unsigned bundles; :meth:`signed` gives one that signs.
    """

    name = "opa"
    title = QT_TRANSLATE_NOOP("exporters", "OPA bundle")
    suffix = ".tar.gz"
    description = (
        "Open Policy Agent bundle: .manifest, data.json and a static policy.rego; "
        "query data.policy_studio.decision with the fields of `policy-studio decide`."
    )

    def __init__(self, signer: BundleSigner | None = None, allow_unapproved: bool = False
                 ) -> None:
        self.signer = signer
        self.allow_unapproved = allow_unapproved

    def signed(self, signer: BundleSigner, allow_unapproved: bool = False) -> OpaExporter:
        """This exporter, signing with ``signer``.

        It signs only a policy with an approval of exactly its content (``is_approved``)
        unless ``allow_unapproved``.
        """
        return OpaExporter(signer, allow_unapproved)

    def export(self, policy: Policy, errors: int = 0) -> ExportResult:
        """The bundle for ``policy``; Rego expresses every decision, so nothing is left out.

        Signing raises :class:`NotApprovedForSigning` for a policy without an approval of
        exactly its content, unless the exporter allows that.
        """
        content = digest(policy)
        notes: list[str] = []
        if self.signer is not None:
            approved = is_approved(policy, content)
            if not approved and not self.allow_unapproved:
                raise NotApprovedForSigning(content)
            notes.append(translate(
                "opa signing", "signed with key id {key_id} ({algorithm}); OPA checks it when "
                               "started with the public key: opa run --server --bundle "
                               "--verification-key PUBLIC.pem --signing-alg {algorithm} "
                               "BUNDLE").format(key_id=self.signer.key_id,
                                                algorithm=self.signer.algorithm))
            if not approved:
                notes.append(translate(
                    "opa signing", "signed although no approval of exactly this content is "
                                   "recorded"))
        return ExportResult(digest=content, notes=notes,
                            data=build_bundle(policy, region_catalogue(), self.signer))


EXPORTER = OpaExporter()
