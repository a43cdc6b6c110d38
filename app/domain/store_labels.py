"""App-store privacy labels of a policy: which store data types it collects, why, and with whom.

Every claim comes from the decision engine's allowed uses (:mod:`app.domain.allowed`, consent
granted), mapped to one store's vocabulary (:mod:`app.domain.store_kinds`):

- **labels**: a category's or purpose's declared store label (``apple_data_type``,
  ``play_data_type``, ``apple_purpose``, ``play_purpose``), else the proposal of
  :mod:`app.domain.store_proposals`. A declared category with declared sub-categories and no
  label of its own is a heading: its sub-categories carry the labels (their uses are listed too).
- **collected**: a data type some allowed use of one of its categories has, for the store
  purposes of those uses' purposes.
- **shared**: an allowed use whose recipient is a third party or the public (the kind of its
  nearest declared ancestor-or-self) or reaches one declared below it, or ``*`` (any
  recipient). Processors and internal recipients act for the organisation and are not sharing.
  In format 1 a rule without recipients covers any recipient, yet its uses name none: only uses
  naming a third party count there (a note says so; ``policy-studio migrate`` makes the labels
  exact).
- **tracking**: a shared use whose purpose is advertising (kind ``advertising`` or
  ``sale_or_sharing``, or marked as CPRA sharing for cross-context behavioural advertising); a
  purpose that does not state its kind has the kind of its nearest declared ancestor that does.
  Tracking domains are those of the recipients of tracking uses (for ``*``, those of the
  third-party and public recipients ``decide`` lets the use reach: a deny rule may keep one out).
- **linked** to the person: some allowed use has neither ``anonymise`` nor ``aggregate``.
- **required**: some allowed use needs no consent; otherwise the person can choose (opt-in or
  opt-out), so the data is optional.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from app.domain.allowed import AllowedUse, AllowedUses
from app.domain.enums import ConsentMechanism, Obligation, PurposeKind, RecipientKind
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import by_id, lineage
from app.domain.models import FORMAT_VERSION, DataCategory, Policy, Purpose, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import RegionCatalogue
from app.domain.store_kinds import AppleDataType, PlayDataType
from app.domain.store_proposals import Proposal, propose_category, propose_purpose

Store = Literal["apple", "play"]
STORE_NAMES: dict[str, str] = {"apple": "Apple", "play": "Google Play"}
NOT_DECLARED = QT_TRANSLATE_NOOP("store labels", "not declared")
"""The reason of an item named by the policy's uses but not declared (a marker)."""
SHARED_KINDS = frozenset({RecipientKind.THIRD_PARTY, RecipientKind.PUBLIC})
ADVERTISING_KINDS = frozenset({PurposeKind.ADVERTISING, PurposeKind.SALE_OR_SHARING})
UNLINKING = frozenset({Obligation.ANONYMISE, Obligation.AGGREGATE})
LISTED = 12
"""How many items a summary line names before it says how many more there are."""


@dataclass(frozen=True)
class Label:
    """One item's store label: declared, proposed (with why) or none."""

    value: StrEnum | None
    proposed: bool = False
    reason: str = ""


def _label(declared: StrEnum | None, proposal: Callable[[], Proposal], store: Store) -> Label:
    """The declared label, else the proposal's for ``store``, else none."""
    if declared is not None:
        return Label(declared)
    proposed = proposal()
    value = proposed.apple if store == "apple" else proposed.play
    return Label(value, True, proposed.reason) if value is not None else Label(None)


def category_label(category: DataCategory, store: Store) -> Label:
    """``category``'s data type in ``store``: declared first, then proposed."""
    declared = category.apple_data_type if store == "apple" else category.play_data_type
    return _label(declared, lambda: propose_category(category), store)


def purpose_label(purpose: Purpose, store: Store, stated: Purpose | None = None) -> Label:
    """``purpose``'s purpose in ``store``: declared first, then proposed.

    ``stated``: the nearest ancestor that states its kind (see :func:`stating_kind`).
    """
    declared = purpose.apple_purpose if store == "apple" else purpose.play_purpose
    return _label(declared, lambda: propose_purpose(purpose, stated), store)


def proposal_of(item: DataCategory | Purpose, purposes: dict[str, Purpose]) -> Proposal:
    """What the exports propose for ``item``: a category, or a purpose of ``purposes`` (by id)."""
    if isinstance(item, DataCategory):
        return propose_category(item)
    return propose_purpose(item, stating_kind(item.id, purposes))


def stating_kind(purpose_id: str, purposes: dict[str, Purpose]) -> Purpose | None:
    """The nearest declared ancestor-or-self of ``purpose_id`` that states its kind."""
    return next((purposes[p] for p in lineage(purpose_id)
                 if p in purposes and "kind" in purposes[p].model_fields_set), None)


@dataclass
class DataTypeFacts:
    """What the policy allows with one store data type."""

    data_type: StrEnum
    categories: dict[str, None] = field(default_factory=dict)
    """The policy's categories of this type (in the order met; the values mean nothing)."""
    purposes: set[StrEnum] = field(default_factory=set)
    """Store purposes of every allowed use."""
    shared_purposes: set[StrEnum] = field(default_factory=set)
    """Store purposes of the shared uses."""
    shared: bool = False
    """Some allowed use discloses it to a third party or the public."""
    tracking: bool = False
    linked: bool = False
    required: bool = False


@dataclass
class StoreLabels:
    """A policy's labels for one store, with what the export must tell the user."""

    store: Store
    types: dict[StrEnum, DataTypeFacts] = field(default_factory=dict)
    tracking_domains: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def tracking(self) -> bool:
        """True when some data type is used to track."""
        return any(facts.tracking for facts in self.types.values())


class _Builder:
    """Walks the allowed uses once, mapping them to one store."""

    def __init__(self, policy: Policy, store: Store, uses: AllowedUses) -> None:
        self.policy, self.store, self.uses = policy, store, uses
        self.categories = by_id(policy.categories)
        self.purposes = by_id(policy.purposes)
        self.recipients: dict[str, Recipient] = by_id(policy.recipients)
        self.result = StoreLabels(store)
        self.proposed: dict[tuple[str, str], dict[str, str]] = {}
        """(item kind, store value) -> {item id: what the proposal came from}."""
        self.unmapped: dict[str, dict[str, str]] = {"category": {}, "purpose": {}}
        """Item kind -> {item id: why it has no store label}."""
        self.domains: set[str] = set()
        self.labels: dict[tuple[str, str], StrEnum | None] = {}
        """(item kind, id) -> its store label (each item is looked at once)."""
        self.tracking: dict[str, bool] = {}
        """Purpose id -> True when its uses shared with a third party are tracking."""

    def build(self) -> StoreLabels:
        for use in self.uses.uses():
            self._add(use)
        order = {value: index for index, value in enumerate(self._vocabulary())}
        self.result.types = dict(sorted(self.result.types.items(), key=lambda i: order[i[0]]))
        self.result.tracking_domains = sorted(self.domains)
        self._notes()
        return self.result

    def _vocabulary(self) -> list[StrEnum]:
        return list(AppleDataType if self.store == "apple" else PlayDataType)

    def _label(self, kind: str, item_id: str) -> StrEnum | None:
        """The store label of category or purpose ``item_id`` (worked out once)."""
        key = (kind, item_id)
        if key not in self.labels:
            self.labels[key] = (self._category if kind == "category" else self._purpose)(item_id)
        return self.labels[key]

    def _tracks(self, purpose_id: str) -> bool:
        """Whether sharing for ``purpose_id`` is tracking (see the module docstring)."""
        if purpose_id not in self.tracking:
            item = self.purposes.get(purpose_id)
            stated = stating_kind(purpose_id, self.purposes)
            self.tracking[purpose_id] = item is not None and (
                item.sharing or (stated is not None and stated.kind in ADVERTISING_KINDS))
        return self.tracking[purpose_id]

    def _category(self, category_id: str) -> StrEnum | None:
        item = self.categories.get(category_id)
        if item is None:
            self.unmapped["category"][category_id] = NOT_DECLARED
            return None
        label = category_label(item, self.store)
        if label.value is None and len(self.uses.category_tree.covered(category_id)) > 1:
            return None  # a heading: its sub-categories carry the labels
        return self._note("category", category_id, label)

    def _purpose(self, purpose_id: str) -> StrEnum | None:
        item = self.purposes.get(purpose_id)
        if item is None:
            self.unmapped["purpose"][purpose_id] = NOT_DECLARED
            return None
        stated = stating_kind(purpose_id, self.purposes)
        return self._note("purpose", purpose_id, purpose_label(item, self.store, stated))

    def _note(self, kind: str, item_id: str, label: Label) -> StrEnum | None:
        """Remember a proposed or missing label of item ``item_id``; returns its value."""
        if label.value is None:
            self.unmapped[kind][item_id] = ""
        elif label.proposed:
            self.proposed.setdefault((kind, label.value.value), {})[item_id] = label.reason
        return label.value

    def _recipients(self, use: AllowedUse) -> list[Recipient]:
        """The declared recipients ``use`` discloses to that count as sharing."""
        recipient = use.recipient
        if recipient is None:
            return []
        if recipient == ANY_RECIPIENT:  # those no deny rule keeps out: decide says
            return [r for r in (self.recipients[r] for r in self.uses.anyone(use))
                    if r.kind in SHARED_KINDS]
        nearest = next((self.recipients[r] for r in lineage(recipient) if r in self.recipients),
                       None)
        found = [nearest] if nearest is not None and nearest.kind in SHARED_KINDS else []
        below = (self.recipients[r] for r in self.uses.below(use))  # rules cover by descent
        return found + [r for r in below if r.kind in SHARED_KINDS]

    def _add(self, use: AllowedUse) -> None:
        data_type = self._label("category", use.category)
        purpose = self._label("purpose", use.purpose)
        if data_type is None:
            return
        facts = self.result.types.setdefault(data_type, DataTypeFacts(data_type))
        facts.categories.setdefault(use.category)
        if purpose is not None:
            facts.purposes.add(purpose)
        facts.linked |= not UNLINKING.intersection(use.obligations)
        facts.required |= use.consent is ConsentMechanism.NONE
        anyone = use.recipient == ANY_RECIPIENT
        receivers = [] if anyone else self._recipients(use)
        if not receivers and not anyone:
            return
        facts.shared = True
        if purpose is not None:
            facts.shared_purposes.add(purpose)
        if self._tracks(use.purpose):
            facts.tracking = True
            self.domains.update(d for r in (self._recipients(use) if anyone else receivers)
                                for d in r.tracking_domains)

    def _notes(self) -> None:
        store = STORE_NAMES[self.store]
        notes = self.result.notes
        for (kind, value), items in sorted(self.proposed.items()):
            listed = _listed([f"{item} ({why})" for item, why in sorted(items.items())])
            notes.append(_proposed(kind, len(items)).format(store=store, value=value,
                                                            items=listed))
        for kind, items in self.unmapped.items():
            if items:
                listed = _listed([f"{item} ({_why(why)})" if why else item
                                  for item, why in sorted(items.items())])
                ending = translate("store labels", "declare one on each") \
                    if not any(items.values()) else \
                    translate("store labels", "declare each category and its label") \
                    if kind == "category" else \
                    translate("store labels", "declare each purpose and its label")
                notes.append(translate("store labels", "{unmapped}; {ending}").format(
                    unmapped=_unmapped(kind, len(items)).format(store=store, items=listed),
                    ending=ending))
        if self.policy.format_version < FORMAT_VERSION:
            notes.append(translate("store labels", "format 1: only uses that name a third-party "
                                   "recipient count as shared; migrate the policy "
                                   "(policy-studio migrate) for exact labels"))


def _why(why: str) -> str:
    return translate("store labels", NOT_DECLARED) if why == NOT_DECLARED else why


_SENTENCES = {
    ("proposed", "category", 1): QT_TRANSLATE_NOOP(
        "store labels", "{store} data type {value} is proposed, not confirmed, for category "
        "{items}"),
    ("proposed", "category", 2): QT_TRANSLATE_NOOP(
        "store labels", "{store} data type {value} is proposed, not confirmed, for categories "
        "{items}"),
    ("proposed", "purpose", 1): QT_TRANSLATE_NOOP(
        "store labels", "{store} purpose {value} is proposed, not confirmed, for purpose {items}"),
    ("proposed", "purpose", 2): QT_TRANSLATE_NOOP(
        "store labels", "{store} purpose {value} is proposed, not confirmed, for purposes "
        "{items}"),
    ("unmapped", "category", 1): QT_TRANSLATE_NOOP(
        "store labels", "no {store} data type for category {items}: their data is left out"),
    ("unmapped", "category", 2): QT_TRANSLATE_NOOP(
        "store labels", "no {store} data type for categories {items}: their data is left out"),
    ("unmapped", "purpose", 1): QT_TRANSLATE_NOOP(
        "store labels", "no {store} purpose for purpose {items}: their uses are listed without "
        "one"),
    ("unmapped", "purpose", 2): QT_TRANSLATE_NOOP(
        "store labels", "no {store} purpose for purposes {items}: their uses are listed without "
        "one"),
}
"""The notes' sentences by what they say (a proposed label: fields ``store``, ``value``,
``items``; items without one: ``store``, ``items``), the kind, and one or more items."""


def _proposed(kind: str, count: int) -> str:
    return translate("store labels", _SENTENCES["proposed", kind, min(count, 2)])


def _unmapped(kind: str, count: int) -> str:
    return translate("store labels", _SENTENCES["unmapped", kind, min(count, 2)])


def _listed(items: list[str]) -> str:
    """``items`` joined with commas; past :data:`LISTED`, the first ones and how many more."""
    if len(items) <= LISTED:
        return ", ".join(items)
    return translate("store labels", "{items} and {count} more").format(
        items=", ".join(items[:LISTED]), count=len(items) - LISTED)


def store_labels(policy: Policy, store: Store, uses: AllowedUses | None = None,
                 regions: RegionCatalogue | None = None) -> StoreLabels:
    """``policy``'s labels for ``store`` (``uses``: its allowed uses, built when not given)."""
    return _Builder(policy, store, uses or AllowedUses(policy, regions=regions)).build()
