"""The words of the privacy notice's sections, worked out from a policy (no Qt).

:class:`Writer` makes each section of :mod:`app.exporters.notice_sections`: the first-layer
summary in short everyday sentences, then the full text. Which categories a purpose uses and
who receives them is what the decision engine allows (consent granted), read from the record of
processing's :class:`~app.exporters.art30.Builder`; retention, legal bases, transfers and
automated decisions are told with the wording the other documents use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.domain.enums import RecipientKind, Sensitivity
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage, shown_name
from app.domain.models import Contact, Policy, Purpose, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.retention_words import retention_sentence
from app.domain.typography import semicolons
from app.exporters import art30_groups as groups
from app.exporters import notice_words as nw
from app.exporters import people_words as people
from app.exporters.art30 import Builder
from app.exporters.art30_receivers import recipient_ids
from app.exporters.art30_words import NO_SAFEGUARD, transfer_parts, where
from app.exporters.notice_choices import automated, choices, rights
from app.exporters.notice_words import clean, few, plain, said, sentence
from app.exporters.policy_words import Names, join, mid_sentence
from app.exporters.purpose_words import bases

Items = list[tuple[str, list[str]]]
"""(heading, lines) of a section's entries."""
Parts = tuple[list[str], list[str], Items]
"""A section's summary, paragraphs and entries."""
_SPECIAL = {Sensitivity.SENSITIVE: QT_TRANSLATE_NOOP("notice", "This is sensitive data."),
            Sensitivity.SPECIAL_CATEGORY: QT_TRANSLATE_NOOP(
                "notice", "This is special category data (GDPR Art. 9)."),
            Sensitivity.CRIMINAL: QT_TRANSLATE_NOOP(
                "notice", "This is criminal offence data (GDPR Art. 10).")}


def organisation(policy: Policy) -> str:
    """Who the notice is from: the organisation, else the controller, else ``We``."""
    meta = policy.policy
    return plain(meta.organisation or meta.controller.name) or translate("notice", "We")


def contact_lines(contact: Contact | None) -> list[str]:
    """The non-empty parts of a contact, each on its own line."""
    if contact is None:
        return []
    return [clean(p) for p in (contact.name, contact.address, contact.email, contact.phone)
            if clean(p)]


class Writer:
    """Works out the sections of one policy's notice (build once)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.builder = Builder(policy)
        self.names = Names(policy)
        self.org = organisation(policy)
        self.purposes = [p for p in policy.purposes if p.on_behalf_of is None]
        order = {r.id: i for i, r in enumerate(policy.recipients)}
        self.receivers = {p.id: sorted(recipient_ids(self.builder, self.builder.facts(p).uses),
                                       key=lambda r: order.get(r, len(order)))
                          for p in self.purposes}
        """The recipients of each purpose's allowed uses, in file order (``*`` last)."""
        self.internal = {r.id for r in policy.recipients if r.kind is RecipientKind.INTERNAL}
        self.used = [p for p in self.purposes if self.builder.facts(p).categories]
        """The purposes ``decide`` allows some use for."""

    def section(self, topic: str) -> Parts:
        """The summary, paragraphs and entries of section ``topic`` (an id of ``TOPICS``)."""
        makers: dict[str, Callable[[], Parts]] = {
            "who": self.who, "collect": self.collect, "why": self.why, "share": self.share,
            "keep": self.keep, "automated": lambda: automated(self.used, self.name),
            "rights": lambda: rights(self.purposes, self.name, self.contact(),
                                     [str(j) for j in self.policy.policy.jurisdictions]),
            "choices": lambda: choices(self.used, self.name)}
        return makers[topic]()

    def name(self, item: Purpose | Recipient) -> str:
        """An item's name, shown as the notice shows it (isolated, on one line)."""
        return plain(shown_name(item.name, item.id))

    def contact(self) -> str:
        """The address to write to about data protection: the DPO's, else the controller's."""
        meta = self.policy.policy
        for contact in (meta.dpo, meta.controller):
            if contact is not None and (contact.email or contact.address):
                return plain(contact.email or contact.address)
        return ""

    def who(self) -> Parts:
        """1. The controller, the DPO, the representative and any joint controllers."""
        meta = self.policy.policy
        summary = [translate("notice", "{organisation} is responsible for your personal data.")
                   .format(organisation=self.org)]
        if meta.dpo is not None and meta.dpo.email:
            summary.append(translate("notice", "You can write to our data protection officer at "
                                               "{address}.").format(address=plain(meta.dpo.email)))
        elif self.contact():
            summary.append(translate("notice", "You can write to us at {address}.").format(
                address=self.contact()))
        items: Items = [(translate("notice", "Controller"), contact_lines(meta.controller))]
        if meta.dpo is not None:
            items.append((translate("notice", "Data protection officer"),
                          contact_lines(meta.dpo)))
        if meta.representative is not None:
            items.append((translate("notice", "Our representative"),
                          contact_lines(meta.representative)))
        items.extend((translate("notice", "Joint controller"), contact_lines(c))
                     for c in meta.joint_controllers)
        none = translate("notice", nw.NONE_YET)
        return summary, [], [(h, lines or [none]) for h, lines in items]

    def collect(self) -> Parts:
        """2. Every category with its description, sources and sensitivity; whose data."""
        categories = self.policy.categories
        names = [self.names.of("categories", c.id) for c in categories]
        if not categories:
            return [translate("notice", "We do not collect personal data.")], [], []
        # collected: what decide allows some use of, and the families holding it
        used = {a for c in self.builder.allowed.categories() for a in lineage(c)}
        collected = [(c, n) for c, n in zip(categories, names, strict=True) if c.id in used]
        such = few((clean(mid_sentence(n)) for _, n in collected), 3)
        summary = [(translate("notice", "We collect %n kind of data, such as {examples}.", None,
                              len(collected)) if len(collected) == 1 else
                    translate("notice", "We collect %n kinds of data, such as {examples}.", None,
                              len(collected))).format(examples=such)
                   if collected else
                   translate("notice", "We do not collect or use personal data at present.")]
        present = {str(s.kind) for c, _ in collected for s in c.sources}
        if present:  # "you" first, then what we see and infer, then others
            told = join(said(nw.SOURCE, kind) for kind in nw.SOURCE if kind in present)
            summary.append(translate("notice", "It comes from {sources}.").format(sources=told))
        special = [n for c, n in collected if c.sensitivity is not Sensitivity.PERSONAL]
        if special:
            summary.append(translate("notice", "Some of it is sensitive, such as {examples}.")
                           .format(examples=few((clean(mid_sentence(n)) for n in special), 2)))
        paragraphs = []
        if self.policy.subjects:
            whose = join(clean(self.names.phrase("subjects", s.id))
                         for s in self.policy.subjects)
            paragraphs.append(translate("notice", "We hold data about these groups of people: "
                                                  "{groups}.").format(groups=whose))
        by_ccpa: dict[str, list[str]] = {}
        for category, name in collected:
            if category.ccpa_category is not None:
                by_ccpa.setdefault(str(category.ccpa_category), []).append(clean(name))
        if by_ccpa:
            told = semicolons(translate("notice", "{heading}: {names}").format(
                heading=heading, names=join(by_ccpa[key]))
                for key, heading in people.ccpa_headings() if key in by_ccpa)
            paragraphs.append(translate("notice", "Under California law (CCPA/CPRA), the data "
                                                  "falls in these categories of personal "
                                                  "information: {categories}.").format(
                categories=told))
        items: Items = []
        for category, name in zip(categories, names, strict=True):
            lines = [sentence(category.description)]
            lines.append(self.sources(category.id))
            if category.sensitivity in _SPECIAL:
                lines.append(translate("notice", _SPECIAL[category.sensitivity]))
            if category.id not in used:
                lines.append(translate("notice", "We do not use it at present."))
            items.append((clean(name), [line for line in lines if line]))
        return summary, paragraphs, items

    def sources(self, category_id: str) -> str:
        """Where a category's data comes from: its own sources, else its family's, or ``""``."""
        known = self.builder.categories
        for ancestor in lineage(category_id):
            item = known.get(ancestor)
            said = nw.sources(item) if item is not None else ""
            if said and ancestor == category_id:
                return translate("notice", "Where it comes from: {sources}.").format(
                    sources=plain(said))
            if said:
                family = clean(self.names.phrase("categories", ancestor))
                return translate("notice", "Where it comes from: {sources} (as for all "
                                           "{family}).").format(sources=plain(said),
                                                                 family=family)
        return ""

    def why(self) -> Parts:
        """3. Every purpose with its legal bases, the data the engine allows and who gets it."""
        purposes = self.purposes
        if not purposes:
            return [translate("notice", "We do not use personal data for any purpose.")], [], []
        used = self.used
        such = few((mid_sentence(self.name(p)) for p in used), 3)
        summary = [(translate("notice", "We use your data for %n purpose, such as {examples}.",
                              None, len(used)) if len(used) == 1 else
                    translate("notice", "We use your data for %n purposes, such as {examples}.",
                              None, len(used))).format(examples=such) if used else
                   translate("notice", "We do not use personal data for any purpose at present.")]
        if any(str(p.consent) == "opt_in" for p in used):
            summary.append(translate("notice", "Some of them need your consent first."))
        items: Items = []
        for purpose in purposes:
            lines = [sentence(purpose.description)]
            basis = clean(bases(purpose, self.builder.regions)).rstrip(".")
            lines.append(translate("notice", "Legal basis: {basis}.").format(
                basis=basis[:1].lower() + basis[1:]) if basis else
                translate("notice", "Legal basis: not stated."))
            ids = self.builder.facts(purpose).categories
            lines.append(sentence(translate("notice", "Data we use for it: {categories}").format(
                categories=self.category_words(ids))) if ids else
                translate("notice", "We use no personal data for it at present."))
            # Our own teams are not recipients in the GDPR's sense (Art. 4(9), (10)): said apart.
            receivers = self.receivers[purpose.id]
            outside = [r for r in receivers if r not in self.internal]
            if outside:
                lines.append(sentence(translate("notice", "Who receives it: {recipients}")
                                      .format(recipients=self.recipient_words(outside))))
            inside = [r for r in receivers if r in self.internal]
            if inside:
                lines.append(sentence(translate("notice", "Our own teams that use it: {teams}")
                                      .format(teams=self.recipient_words(inside))))
            items.append((self.name(purpose), [line for line in lines if line]))
        return summary, [], items

    def category_words(self, ids: list[str]) -> str:
        """The categories ``ids`` by name in file order; by family when there are many."""
        ordered = self.builder.in_file_order(ids)
        if len(ordered) <= groups.SUMMARY:
            return join(clean(self.names.of("categories", c)) for c in ordered)
        return semicolons(plain(line.text) for line in
                         groups.family_lines(ordered, self.builder.categories))

    def recipient_words(self, ids: list[str]) -> str:
        """Recipients by name; ``*`` is any other recipient."""
        named = [clean(self.names.of("recipients", r)) for r in ids if r != ANY_RECIPIENT]
        if ANY_RECIPIENT in ids:
            named.append(translate("notice", "other organisations as well"))
        return join(named)

    def anyone(self, purpose: Purpose) -> list[str]:
        """Declared recipients no rule names that the purpose's uses may go to (``*``).

        A rule allowing disclosure to any recipient covers one it does not name, unless a deny
        rule names it: ``decide`` says, use by use.
        """
        if ANY_RECIPIENT not in self.receivers[purpose.id]:
            return []
        shared = [u for u in self.builder.facts(purpose).uses if u.recipient == ANY_RECIPIENT]
        decide = self.builder.engine.decide
        return [r.id for r in self.policy.recipients
                if r.kind is not RecipientKind.INTERNAL and r.id not in self.receivers[purpose.id]
                and any(decide(replace(u.request(), recipient=r.id), with_retention=False).allowed
                        for u in shared)]

    def share(self) -> Parts:
        """4. Every recipient: what it is, where, the transfer's safeguard and for what."""
        by_recipient: dict[str, list[str]] = {}
        for purpose in self.purposes:
            for recipient in [*self.receivers[purpose.id], *self.anyone(purpose)]:
                by_recipient.setdefault(recipient, []).append(self.name(purpose))
        builder = self.builder
        home = self.policy.policy.establishment
        items: Items = []
        abroad, unprotected = 0, 0
        for recipient in self.policy.recipients:
            lines = [said(nw.RECIPIENT_KIND, str(recipient.kind))]
            if recipient.kind is not RecipientKind.PUBLIC:
                lines.append(translate("notice", "Where: {places}.").format(
                    places=clean(where(recipient, builder.regions))
                    or translate("notice", "not stated")))
            moved = transfer_parts(recipient, builder.regimes, builder.regions, home) \
                if recipient.kind is not RecipientKind.PUBLIC else None
            if moved:
                abroad += 1
                bare = moved[1] == translate("art30", NO_SAFEGUARD)
                unprotected += bare
                lines.append(translate("notice", "Transfer to {places}: no safeguard is recorded.")
                             .format(places=clean(moved[0])) if bare else
                             sentence(translate("notice", "Transfer to {places}, protected by: "
                                                          "{safeguard}").format(
                                 places=clean(moved[0]), safeguard=clean(moved[1]))))
            lines.append(self.used_for(recipient, by_recipient.get(recipient.id, [])))
            lines.append(sentence(recipient.description))
            items.append((self.name(recipient), [line for line in lines if line]))
        paragraphs = []
        if ANY_RECIPIENT in by_recipient:
            paragraphs.append(translate("notice", "For {purposes}, we may also share data with "
                                                  "other organisations, not only those named "
                                                  "here.").format(
                purposes=join(by_recipient[ANY_RECIPIENT])))
        receiving = [r for r in self.policy.recipients if r.id in by_recipient]
        outside = [r for r in receiving if r.kind is not RecipientKind.INTERNAL]
        if outside:
            such = few((self.name(r) for r in outside), 2)
            summary = [(translate("notice", "We share some of your data with %n other "
                                            "organisation, such as {examples}.", None,
                                  len(outside)) if len(outside) == 1 else
                        translate("notice", "We share some of your data with %n other "
                                            "organisations, such as {examples}.", None,
                                  len(outside))).format(examples=such)]
        elif ANY_RECIPIENT in by_recipient:
            summary = [translate("notice", "We may share some of your data with other "
                                           "organisations.")]
        elif receiving:
            summary = [translate("notice", "We share your data only within our own group.")]
        else:
            summary = [translate("notice", "We do not share your data with anyone.")]
        if abroad:
            summary.append(translate("notice", "Some of them are in other countries."))
            summary.append(translate("notice", "We protect these transfers, as section 4 "
                                               "explains.")
                           if not unprotected else
                           translate("notice", "Section 4 says how each transfer is protected."))
        return summary, paragraphs, items

    def used_for(self, recipient: Recipient, used: list[str]) -> str:
        """What ``recipient`` gets data for; our own teams *use* it, often for everything."""
        if recipient.kind is not RecipientKind.INTERNAL:
            return (sentence(translate("notice", "Receives data for: {purposes}").format(
                purposes=join(used))) if used else
                translate("notice", "Receives no personal data from us at present."))
        if not used:
            return translate("notice", "Uses no personal data at present.")
        left = [self.name(p) for p in self.purposes if self.name(p) not in used]
        if len(self.purposes) > 3 and len(left) <= 2:  # name the few it does not use data for
            return sentence(translate("notice", "Uses data for all the purposes in section 3 "
                                                "except {purposes}").format(purposes=join(left))
                            if left else
                            translate("notice", "Uses data for all the purposes in section 3"))
        return sentence(translate("notice", "Uses data for: {purposes}").format(
            purposes=join(used)))

    def keep(self) -> Parts:
        """5. Every retention rule in words, with its reason."""
        rules = self.policy.retention
        if not rules:
            return [translate("notice", "We have not yet set how long we keep your data.")], \
                [], []
        summary = [translate("notice", "We keep your data only as long as we need it."),
                   translate("notice", "How long depends on the data and why we hold it.")]
        items: Items = []
        for rule in rules:
            what = clean(self.names.phrases("categories", rule.categories)) \
                or translate("notice", "Data")
            if rule.purposes:
                what = translate("notice", "{data}, for {purposes}").format(
                    data=what, purposes=clean(self.names.purpose_phrases(rule.purposes)))
            # The hold gets its own sentence: its reason often cites a law in brackets already.
            held = rule.model_copy(update={"legal_hold": False})
            lines = [sentence(translate("notice", "It is {retention}").format(
                retention=retention_sentence(held)))]
            if rule.legal_hold:
                reason = clean(rule.legal_hold_reason).rstrip(".")
                lines.append(translate("notice", "We keep it longer while a legal hold applies: "
                                                 "{reason}.").format(reason=plain(reason))
                             if reason else
                             translate("notice", "We keep it longer while a legal hold applies."))
            if rule.citation:
                lines.append(translate("notice", "Why: {reason}.").format(
                    reason=plain(clean(rule.citation).rstrip("."))))
            items.append((nw.sentence(what).rstrip("."), lines))
        return summary, [], items
