"""GDPR Art. 30 records of processing activities: what they say, worked out once (no Qt).

:func:`build_record` gives the controller's record (Art. 30(1)); :func:`build_processor_record`
the processor's (Art. 30(2)). Both are laid out as HTML (:mod:`app.exporters.art30_html`), PDF
(:mod:`app.exporters.pdf.record`) and CSV (:mod:`app.exporters.art30_csv`). The fields follow
the regulators' templates (the UK ICO's documentation spreadsheets and the CNIL's *registre des
activités de traitement*): the parties (controller, joint controllers, Art. 27 representative,
DPO), when the record was made and last updated, then per processing activity the purposes,
legal bases, categories of people and data (families shown as such), sources, recipients by
kind, processor contracts, transfers with their safeguard or Art. 49 derogation, time limits,
security measures, DPIA and automated decisions.

An activity is a purpose the organisation carries out for itself (one carried out *on behalf
of* another controller belongs to the processor's record, under that controller, listed or
not); in a record of many purposes, a purpose family (:mod:`app.exporters.art30_groups`).
What it processes is what the decision engine allows for it
(:class:`app.domain.allowed.AllowedUses`, consent granted): the declared categories with an
allowed use, the subjects and recipients of those uses, and the internal recipients a use
within the organisation reaches (:mod:`app.exporters.art30_receivers`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.domain.allowed import AllowedUse, AllowedUses
from app.domain.canonical import digest
from app.domain.enums import Jurisdiction, Sensitivity, SourceKind, label
from app.domain.i18n import translate
from app.domain.ids import lineage, shown_name
from app.domain.jurisdictions import transfer_regimes
from app.domain.models import Policy, Purpose
from app.domain.regions import RegionCatalogue
from app.domain.retention import RetentionIndex
from app.domain.typography import labelled, semicolons
from app.exporters import art30_groups as groups
from app.exporters import art30_words as words
from app.exporters import people_words as people
from app.exporters.art30_fields import PROCESSOR_TITLES, SALE, TITLES, activity_fields
from app.exporters.art30_lines import Field, Line
from app.storage.resources import default_jurisdictions, region_catalogue

_SPECIAL = (Sensitivity.SPECIAL_CATEGORY, Sensitivity.CRIMINAL)


@dataclass(frozen=True)
class Activity:
    """One processing activity: a purpose and what the record says about it."""

    number: str
    """``3``, or ``3.1`` for a purpose whose parent purpose is activity 3."""
    name: str
    purpose: Purpose
    """The purpose, or the family's top purpose when the activity is a family."""
    fields: list[Field]
    purposes: tuple[Purpose, ...] = ()
    """Every purpose of the activity (one, or a family in a large record)."""

    def field(self, title: str) -> Field:
        """The field called ``title``."""
        return next(f for f in self.fields if f.title == title)


@dataclass(frozen=True)
class Party:
    """A controller the organisation processes for (processor's record), with its activities."""

    name: str
    facts: list[tuple[str, str]]
    activities: list[Activity]


@dataclass(frozen=True)
class Art30Record:
    """A record of processing activities (controller's or processor's)."""

    policy: Policy
    digest: str
    kind: str
    """``controller`` (Art. 30(1)) or ``processor`` (Art. 30(2))."""
    parties: list[tuple[str, str]]
    """(label, value) lines about the organisation: who it is and how to reach it."""
    activities: list[Activity] = field(default_factory=list)
    clients: list[Party] = field(default_factory=list)
    measures: list[tuple[str, str, str]] = field(default_factory=list)
    """(name, kind, description) of the security measures."""
    titles: tuple[str, ...] = ()
    """The fields every activity has, in order."""


@dataclass
class Facts:
    """What the engine allows for one purpose: categories, subjects, recipients, obligations."""

    uses: list[AllowedUse]
    categories: list[str]


class Builder:
    """Works out the activities of one policy (build once per record)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.regions: RegionCatalogue = region_catalogue().with_policy(policy)
        self.regimes = transfer_regimes(policy, default_jurisdictions(), self.regions)
        self.retention = RetentionIndex(policy)
        allowed = self.allowed = AllowedUses(policy, regions=self.regions)
        self.engine = allowed.engine
        self.area = words.EEA if Jurisdiction.EU_GDPR in policy.policy.jurisdictions else \
            "establishment"
        """Where data stays when no transfer is involved: the EEA (:data:`words.EEA`) or the
        country of establishment."""
        self.by_purpose: dict[str, Facts] = {}
        for category, row in allowed.table().items():
            for purpose_id in row:
                uses = allowed.of_pair(category, purpose_id)
                if uses:
                    facts = self.by_purpose.setdefault(purpose_id, Facts([], []))
                    facts.uses.extend(uses)
                    facts.categories.append(category)
        self.cpra = Jurisdiction.US_CA_CPRA in policy.policy.jurisdictions or any(
            p.sale or p.sharing or p.honours_gpc for p in policy.purposes)
        """Whether the record says what is sold or shared (CCPA/CPRA)."""
        self.categories = {c.id: c for c in policy.categories}
        self.subjects = {s.id: s for s in policy.subjects}
        self.recipients = {r.id: r for r in policy.recipients}

    def facts(self, purpose: Purpose) -> Facts:
        """The allowed uses of ``purpose`` (empty when it has none)."""
        return self.by_purpose.get(purpose.id, Facts([], []))

    def category_lines(self, ids: Iterable[str]) -> list[Line]:
        """Categories by family: a parent, then its children indented under it.

        A parent that is not itself processed is still shown (in brackets) to place its
        children.
        """
        wanted = set(ids)
        if len(wanted) > groups.SUMMARY:
            return groups.family_lines(self.in_file_order(wanted), self.categories)
        shown: list[str] = []
        for category in self.in_file_order(wanted):
            for ancestor in reversed(lineage(category)):
                if ancestor not in shown and (ancestor in self.categories or ancestor in wanted):
                    shown.append(ancestor)
        lines = []
        for category_id in shown:
            depth = sum(1 for a in lineage(category_id)[1:] if a in shown)
            item = self.categories.get(category_id)
            text = shown_name(item.name, category_id) if item else category_id
            if item is not None and item.sensitivity in _SPECIAL:
                text += f" ({label(item.sensitivity)})"
            if category_id not in wanted:
                text = translate("art30", "{category}, of which only:").format(category=text)
            lines.append(Line(text, depth, (category_id,) if category_id in wanted else ()))
        return lines

    def in_file_order(self, ids: Iterable[str]) -> list[str]:
        """``ids`` by family, in file order: a parent before its children."""
        index = {c: i for i, c in enumerate(self.categories)}
        return sorted(ids, key=lambda c: tuple(index.get(a, len(index))
                                               for a in reversed(lineage(c))))

    def source_lines(self, ids: list[str]) -> list[Line]:
        """``Name: the person; a third party: Acme`` for each category that records sources."""
        lines = []
        for category_id in ids:
            item = self.categories.get(category_id)
            said = people.sources(item) if item is not None else ""
            if said:
                lines.append(Line(labelled(shown_name(item.name, item.id), said)))  # type: ignore[union-attr]
        return lines

    def inferred(self, ids: Iterable[str]) -> list[str]:
        """Names of the categories among ``ids`` whose data is inferred about people."""
        found = [self.categories[c] for c in ids if c in self.categories]
        return [shown_name(c.name, c.id) for c in found
                if any(s.kind is SourceKind.INFERRED for s in c.sources)]

    def activity(self, number: str, purposes: list[Purpose],
                 wanted: tuple[str, ...] = TITLES) -> Activity:
        """The record's activity for ``purposes`` (the first is the top of a family)."""
        wanted = titles(self, wanted)
        top = purposes[0]
        name = shown_name(top.name, top.id)
        if len(purposes) > 1:
            name = translate("art30", "{name} (with the %n purposes within it)", None,
                             len(purposes) - 1).format(name=name)
        return Activity(number, name, top,
                        [f for f in activity_fields(self, purposes) if f.title in wanted],
                        tuple(purposes))

    def activities(self, purposes: list[Purpose], wanted: tuple[str, ...] = TITLES
                   ) -> list[Activity]:
        """One activity per purpose numbered by family; one per family when there are many.

        Above :data:`app.exporters.art30_groups.FAMILIES` purposes a purpose family (a purpose
        and those within it) is one activity, so the record stays reviewable.
        """
        found = numbered(purposes)
        if len(purposes) <= groups.FAMILIES:
            return [self.activity(n, [p], wanted) for n, p in found]
        families: dict[str, list[Purpose]] = {}
        for number, purpose in found:
            families.setdefault(number.split(".")[0], []).append(purpose)
        return [self.activity(n, members, wanted) for n, members in families.items()]


def numbered(purposes: list[Purpose]) -> list[tuple[str, Purpose]]:
    """Purposes by family (children right after their parent), numbered ``3`` and ``3.1``."""
    ids = {p.id for p in purposes}
    children: dict[str | None, list[Purpose]] = {}
    for purpose in purposes:
        parents = [a for a in lineage(purpose.id)[1:] if a in ids]  # nearest first
        children.setdefault(parents[0] if parents else None, []).append(purpose)
    found: list[tuple[str, Purpose]] = []

    def walk(parent: str | None, prefix: str) -> None:
        for position, purpose in enumerate(children.get(parent, []), 1):
            number = f"{prefix}{position}"
            found.append((number, purpose))
            walk(purpose.id, number + ".")

    walk(None, "")
    return found


def titles(builder: Builder, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """``wanted`` without what the policy has no use for (sale and sharing outside the CPRA)."""
    return tuple(t for t in wanted if t != SALE or builder.cpra)


def parties(policy: Policy, regions: RegionCatalogue, kind: str) -> list[tuple[str, str]]:
    """(label, value) lines about the organisation, as the ``kind`` of record names them."""
    meta = policy.policy
    missing = translate("art30", "not recorded")
    who = translate("art30", "Processor") if kind == "processor" \
        else translate("art30", "Controller")
    lines = [(who, meta.organisation or meta.controller.name or missing),
             (translate("art30", "Contact details"),
              words.contact_text(meta.controller) or missing)]
    if kind == "controller":
        lines.append((translate("art30", "Joint controllers"),
                      semicolons(words.contact_text(c) for c in meta.joint_controllers)
                      or translate("art30", "none")))
    lines += [(translate("art30", "Representative (GDPR Art. 27)"),
               words.contact_text(meta.representative) or translate("art30", "none appointed")),
              (translate("art30", "Data protection officer"),
               words.contact_text(meta.dpo) or translate("art30", "none recorded"))]
    lines += [(translate("art30", "Established in"),
               regions.name(meta.establishment) if meta.establishment else missing),
              (translate("art30", "Laws applied"),
               semicolons(label(j) for j in meta.jurisdictions) or missing)]
    lines += [(translate("art30", "Record created"),
               words.day(meta.record_created) if meta.record_created else missing),
              (translate("art30", "Record last updated"), words.last_updated(meta))]
    return lines


def security_measures(policy: Policy) -> list[tuple[str, str, str]]:
    """(name, kind, description) of the policy's security measures."""
    return [(shown_name(m.name, m.id), m.kind, m.description)
            for m in policy.policy.security_measures]


def build_record(policy: Policy) -> Art30Record:
    """The controller's record (GDPR Art. 30(1)) of ``policy``."""
    builder = Builder(policy)
    own = [p for p in policy.purposes if p.on_behalf_of is None]
    return Art30Record(policy, digest(policy), "controller",
                       parties(policy, builder.regions, "controller"),
                       builder.activities(own),
                       measures=security_measures(policy), titles=titles(builder, TITLES))


def build_processor_record(policy: Policy) -> Art30Record:
    """The processor's record (GDPR Art. 30(2)): per controller served, what is done for it."""
    builder = Builder(policy)
    clients = []
    listed = [(c.id, c) for c in policy.policy.processing_for]
    unknown = [(p.on_behalf_of, None) for p in policy.purposes
               if p.on_behalf_of is not None and p.on_behalf_of not in dict(listed)]
    for client_id, client in dict([*listed, *unknown]).items():
        done = [p for p in policy.purposes if p.on_behalf_of == client_id]
        contact, representative, contract = (
            translate("art30", "Contact details"),
            translate("art30", "Representative (GDPR Art. 27)"),
            translate("art30", "Processing contract (GDPR Art. 28)"))
        no_contract = translate("art30", words.NO_CONTRACT)
        if client is None:  # named by a purpose, not listed: shown so nothing is lost
            name = translate("art30", "{controller} (not listed under Processing for "
                                      "controllers)").format(controller=client_id)
            facts = [(contact, translate("art30", "not recorded: the controller is {gap}")
                      .format(gap=translate("art30", words.NOT_LISTED))),
                     (representative, translate("art30", "not recorded")),
                     (contract, no_contract)]
        else:
            name = shown_name(client.name, client.id)
            facts = [(contact, words.contact_text(client) or translate("art30", "not recorded")),
                     (representative,
                      client.representative or translate("art30", "none recorded")),
                     (contract, client.contract or no_contract)]
        clients.append(Party(name, facts, builder.activities(done, PROCESSOR_TITLES)))
    return Art30Record(policy, digest(policy), "processor",
                       parties(policy, builder.regions, "processor"), clients=clients,
                       measures=security_measures(policy),
                       titles=titles(builder, PROCESSOR_TITLES))
