"""Transfers: data sent to recipients outside the policy's jurisdictions needs a safeguard.

Every place of a recipient is judged (:mod:`app.domain.transfers`) against the regimes that
apply where the controller is established.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import RecipientKind, Safeguard, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import Recipient
from app.domain.sections import METADATA, RECIPIENTS, REGIONS
from app.domain.transfers import Judgement, Standing, grounded, judge, places, transfers, where
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import named, names
from app.validation.checks._scopes import touching_edits
from app.validation.context import Context
from app.validation.finding import Hit, Severity


def _recipients(ctx: Context) -> Iterator[tuple[int, Recipient]]:
    """(position, recipient), skipping repeated ids (STR001 reports those) and public ones.

    Publishing data is not a transfer to a country (CJEU C-101/01, Lindqvist).
    """
    first = ctx.positions(RECIPIENTS)
    for index, recipient in enumerate(ctx.policy.recipients):
        if first[recipient.id] == index and recipient.kind is not RecipientKind.PUBLIC:
            yield index, recipient


def receivers(ctx: Context) -> dict[str, list[str]]:
    """Declared recipients that allowed uses share data with, with those uses' rules.

    A recipient receives data when it or an ancestor is named on an allow rule taking part in the
    use.
    """
    tree = ctx.recipient_tree
    found: dict[str, list[str]] = {}
    for name, (_, rules) in ctx.shared(_SHARING, _sharing).items():
        for recipient in tree.covered(name) if rules else ():
            found.setdefault(recipient, []).extend(rules)
    return found


_SHARING = "receivers:by_name"


def _sharing(ctx: Context) -> dict[str, tuple[int, list[str]]]:
    """Each recipient allow rules name: those rules' mask, the ids of those sharing data by it.

    After edits of rules' fields alone, a name the same allow rules name, none of which may
    share a request with an edited rule (:func:`touching_edits`), keeps the version before's:
    what a rule takes part in allowing comes from the rules covering its requests.
    """
    before: dict[str, tuple[int, list[str]]] | None = ctx.carried(_SHARING)
    touched = touching_edits(ctx) if before is not None else 0
    found: dict[str, tuple[int, list[str]]] = {}
    sharing: dict[int, list[str]] = {}
    for name, mask in ctx.engine.masks["recipients"].listed.items():
        mask &= ctx.allow_mask
        if not mask:
            continue
        kept = before.get(name) if before is not None else None
        if kept is not None and kept[0] == mask and not mask & touched:
            found[name] = kept
            continue
        rules = [rule.id for index, rule in ctx.rules_in(mask)
                 if name in (sharing[index] if index in sharing else
                             sharing.setdefault(index,
                                                ctx.allowed.rule_values(index, "recipients")))]
        found[name] = (mask, rules)
    return found


def _regimes(jurisdictions: list[JurisdictionInfo]) -> str:
    return names(list(dict.fromkeys(label(j.id) for j in jurisdictions)))


def _judged(ctx: Context, recipient: Recipient) -> list[Judgement]:
    """The transfers sharing with ``recipient`` makes under the regimes that bind the policy."""
    return transfers(judge(recipient, ctx.transfer_regimes, ctx.regions))


def _in(recipient: Recipient) -> str:
    """``US``, ``US and IN (stored)``: every place of the recipient."""
    return names([where(p) for p in places(recipient)], limit=8)


def _receiving(ctx: Context) -> Iterator[tuple[int, Recipient, list[str]]]:
    """Recipients with no recorded safeguard that receive data, with the rules that share it."""
    if not ctx.jurisdictions:
        return
    for index, recipient in _recipients(ctx):
        if recipient.safeguard is not None or not places(recipient):
            continue
        found = ctx.shared("receivers", receivers)
        if recipient.id in found:
            yield index, recipient, list(dict.fromkeys(found[recipient.id]))


def _conditions(judgements: list[Judgement]) -> str:
    """`` US is adequate for EU GDPR only where: ...`` for partial decisions, else ``""``."""
    return "".join(translate("checks/transfers", "; {place} is adequate for {regime} only "
                             "where: {condition}").format(
        place=j.place.code, regime=label(j.regime.id), condition=j.condition.rstrip("."))
                   for j in judgements if j.standing == Standing.PARTIAL)


@check("TRF001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/transfers", "Transfer without a safeguard"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Sending personal data to a country outside the policy's jurisdictions, and not "
           "recognised by them as adequate, is a restricted transfer (GDPR Chapter V): it needs "
           "standard contractual clauses, binding corporate rules or a derogation. Every place "
           "counts: the recipient's countries and where it stores the data. A partial adequacy "
           "decision (the United States only for organisations certified under the Data Privacy "
           "Framework) counts only when the recipient records it as its safeguard."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Record the safeguard used for this recipient (adequacy decision if it meets the "
           "decision's condition), or stop sharing data with it."))
def transfer_without_safeguard(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF001, "Transfer without a safeguard"."""
    for index, recipient, rules in _receiving(ctx):
        lacking = [j for j in _judged(ctx, recipient) if not grounded(recipient, j)]
        if lacking:
            partial = _conditions(lacking)
            text = translate("checks/transfers", "recipient {recipient} in {places}, outside "
                             "{regimes}, receives data (rule {rules}) without a transfer "
                             "safeguard{conditions}") if len(rules) == 1 else translate(
                "checks/transfers", "recipient {recipient} in {places}, outside {regimes}, "
                "receives data (rules {rules}) without a transfer safeguard{conditions}")
            hint = translate("checks/transfers", "record standard contractual clauses or "
                             "another safeguard, or adequacy_decision if the recipient meets "
                             "the condition") if partial else translate(
                "checks/transfers", "record standard contractual clauses or another safeguard")
            yield Hit((RECIPIENTS, index, "safeguard"), text.format(
                recipient=named(ctx, RECIPIENTS, recipient.id), places=_in(recipient),
                regimes=_regimes([j.regime for j in lacking]), rules=names(rules),
                conditions=partial), hint)


@check("TRF005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transfers", "Transfer relying on an unrecorded adequacy decision"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "The recipient's country is outside the policy's jurisdictions but recognised as "
           "adequate, so the transfer can rest on the adequacy decision; the policy should say "
           "so."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Set the safeguard to adequacy decision after checking the recipient is covered by "
           "it; otherwise record standard contractual clauses."))
def adequacy_not_recorded(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF005, "Transfer relying on an unrecorded adequacy decision"."""
    for index, recipient, rules in _receiving(ctx):
        judged = _judged(ctx, recipient)
        if judged and all(j.standing == Standing.ADEQUATE for j in judged) and \
                recipient.derogation is None:
            text = translate("checks/transfers", "recipient {recipient} in {places} receives "
                             "data (rule {rules}) on the strength of {regimes} adequacy, but no "
                             "safeguard is recorded") if len(rules) == 1 else translate(
                "checks/transfers", "recipient {recipient} in {places} receives data (rules "
                "{rules}) on the strength of {regimes} adequacy, but no safeguard is recorded")
            yield Hit((RECIPIENTS, index, "safeguard"), text.format(
                recipient=named(ctx, RECIPIENTS, recipient.id), places=_in(recipient),
                rules=names(rules), regimes=_regimes([j.regime for j in judged])),
                      translate("checks/transfers", "set the safeguard to adequacy_decision if "
                                "the recipient is covered"))


@check("TRF002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transfers", "Recipient without a country"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Without the country where a recipient processes the data, nobody can tell whether "
           "sharing with it is an international transfer that needs a safeguard. Data made "
           "public (a recipient of kind public) has no country."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Set the recipient's country (ISO code, e.g. DE or US)."))
def recipient_without_country(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF002, "Recipient without a country"."""
    for index, recipient in _recipients(ctx):
        if recipient.country is None and not recipient.countries and \
                recipient.kind != RecipientKind.PUBLIC:
            yield Hit((RECIPIENTS, index), translate(
                "checks/transfers", "recipient {recipient} has no country").format(
                recipient=named(ctx, RECIPIENTS, recipient.id)))


def _claiming(ctx: Context) -> Iterator[tuple[int, Recipient, list[Judgement]]]:
    """Recipients whose safeguard is an adequacy decision, with their transfers."""
    for index, recipient in _recipients(ctx):
        if recipient.safeguard == Safeguard.ADEQUACY_DECISION:
            yield index, recipient, _judged(ctx, recipient)


@check("TRF003", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/transfers", "Adequacy decision claimed for a country without one"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "The recipient's safeguard is an adequacy decision, but one of its countries is not "
           "on the adequacy list of the jurisdictions the transfer leaves, so the transfer has "
           "no valid ground."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Use standard contractual clauses or another safeguard, or correct the country."))
def adequacy_not_recognised(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF003, "Adequacy decision claimed for a country without one"."""
    for index, recipient, judged in _claiming(ctx):
        lacking = [j for j in judged if j.standing == Standing.OUTSIDE]
        if lacking:
            regimes = [j.regime for j in lacking]
            text = translate("checks/transfers", "recipient {recipient} relies on an adequacy "
                             "decision, but {regimes} does not recognise {places} as adequate") \
                if len(set(regimes)) == 1 else translate(
                "checks/transfers", "recipient {recipient} relies on an adequacy decision, but "
                "{regimes} do not recognise {places} as adequate")
            yield Hit((RECIPIENTS, index, "safeguard"), text.format(
                recipient=named(ctx, RECIPIENTS, recipient.id), regimes=_regimes(regimes),
                places=names(dict.fromkeys(where(j.place) for j in lacking))))


@check("TRF006", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transfers", "Adequacy decision with a condition"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "The adequacy decision the recipient relies on is partial: it covers only some "
           "organisations or sectors of the country (the United States only organisations "
           "certified under the Data Privacy Framework, Canada only those subject to PIPEDA). "
           "Recording it as the safeguard says the recipient meets the condition."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Confirm the recipient meets the condition (e.g. its certification is active); "
           "otherwise record standard contractual clauses."))
def conditional_adequacy(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF006, "Adequacy decision with a condition"."""
    for index, recipient, judged in _claiming(ctx):
        partial = [j for j in judged if j.standing == Standing.PARTIAL]
        if partial:
            yield Hit((RECIPIENTS, index, "safeguard"), translate(
                "checks/transfers", "recipient {recipient} relies on an adequacy decision that "
                "is partial{conditions}").format(recipient=named(ctx, RECIPIENTS, recipient.id),
                                                 conditions=_conditions(partial)),
                      translate("checks/transfers", "confirm the recipient meets the condition"))


@check("TRF004", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transfers", "Safeguard that is not needed"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Every place of the recipient is inside every jurisdiction whose transfer rules bind "
           "the policy, so sharing with it is no international transfer and needs no safeguard. "
           "A recorded safeguard may mean the country is wrong."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Check the recipient's country; if it is right, remove the safeguard."))
def needless_safeguard(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF004, "Safeguard that is not needed"."""
    regimes = ctx.transfer_regimes
    if not regimes:
        return
    for index, recipient in _recipients(ctx):
        if recipient.safeguard is not None and places(recipient) and \
                not _judged(ctx, recipient):
            yield Hit((RECIPIENTS, index, "safeguard"), translate(
                "checks/transfers", "recipient {recipient} is in {places}, inside {regimes}, so "
                "its safeguard ({safeguard}) is not needed").format(
                recipient=named(ctx, RECIPIENTS, recipient.id), places=_in(recipient),
                regimes=_regimes(regimes), safeguard=label(recipient.safeguard)))


@check("TRF007", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/transfers", "Controller established outside the jurisdictions"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Transfers are judged from where the controller is established. When that is outside "
           "every jurisdiction of the policy that restricts transfers (a US company offering "
           "services in the EU, GDPR Art. 3(2)), no recipient is judged against them, so no "
           "transfer finding appears."),
       fix=QT_TRANSLATE_NOOP(
           "checks/transfers",
           "Check the establishment; where an EU or UK establishment sends the data abroad, set "
           "it there."))
def establishment_outside(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF007, "Controller established outside the jurisdictions"."""
    home = ctx.policy.policy.establishment
    restricting = [j for j in ctx.jurisdictions if j.restricts_transfers]
    if home and restricting and not ctx.transfer_regimes:
        yield Hit((METADATA, "establishment"), translate(
            "checks/transfers", "the controller is established in {place}, outside {regimes}, "
            "so no recipient is judged against their transfer rules").format(
            place=home, regimes=_regimes(restricting)))
