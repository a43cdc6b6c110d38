"""Transfers: data sent to recipients outside the policy's jurisdictions needs a safeguard."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import Safeguard, label
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import Recipient
from app.domain.sections import RECIPIENTS
from app.validation.catalogue import check
from app.validation.checks._common import names, plural
from app.validation.context import Context
from app.validation.finding import Hit, Severity


def _recipients(ctx: Context) -> Iterator[tuple[int, Recipient]]:
    """(position, recipient), skipping repeated ids (STR001 reports those)."""
    first = ctx.positions(RECIPIENTS)
    for index, recipient in enumerate(ctx.policy.recipients):
        if first[recipient.id] == index:
            yield index, recipient


def _receivers(ctx: Context) -> dict[str, list[str]]:
    """Declared recipients that allowed uses share data with, with those uses' rules.

    A recipient receives data when it or an ancestor is named on an allow rule taking part in the
    use.
    """
    tree = ctx.recipient_tree
    found: dict[str, list[str]] = {}
    listed = ctx.engine.masks["recipients"].listed
    sharing: dict[int, list[str]] = {}
    for name, mask in listed.items():
        mask &= ctx.allow_mask
        if not mask:
            continue
        rules = [rule.id for index, rule in ctx.rules_in(mask)
                 if name in (sharing[index] if index in sharing else
                             sharing.setdefault(index,
                                                ctx.allowed.rule_values(index, "recipients")))]
        if not rules:
            continue
        for recipient in tree.covered(name):
            found.setdefault(recipient, []).extend(rules)
    return found


def _needing(ctx: Context, country: str) -> list[JurisdictionInfo]:
    """The policy's jurisdictions for which sending data to ``country`` is a transfer."""
    return [j for j in ctx.transfer_regimes if j.needs_safeguard(country)]


def _regimes(jurisdictions: list[JurisdictionInfo]) -> str:
    return names([label(j.id) for j in jurisdictions])


def _unsafeguarded(ctx: Context) -> Iterator[tuple[int, Recipient, list[str],
                                                  list[JurisdictionInfo]]]:
    """Recipients receiving data abroad without a recorded safeguard, with the regimes it leaves."""
    if not ctx.jurisdictions:
        return
    for index, recipient in _recipients(ctx):
        country = recipient.country
        if recipient.safeguard is not None or country is None:
            continue
        receivers = ctx.shared("receivers", _receivers)
        if recipient.id not in receivers:
            continue
        needing = _needing(ctx, country)
        if needing:
            yield index, recipient, list(dict.fromkeys(receivers[recipient.id])), needing


@check("TRF001", Severity.ERROR, "Transfer without a safeguard",
       why="Sending personal data to a country outside the policy's jurisdictions, and not "
           "recognised by them as adequate, is a restricted transfer (GDPR Chapter V): it needs "
           "standard contractual clauses, binding corporate rules or a derogation.",
       fix="Record the safeguard used for this recipient, or stop sharing data with it.")
def transfer_without_safeguard(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF001, "Transfer without a safeguard"."""
    for index, recipient, rules, needing in _unsafeguarded(ctx):
        lacking = [j for j in needing if recipient.country not in j.adequate_countries]
        if lacking:
            yield Hit((RECIPIENTS, index, "safeguard"),
                      f"recipient {recipient.id} in {recipient.country}, outside "
                      f"{_regimes(lacking)}, receives data ({plural(len(rules), 'rule')} "
                      f"{names(rules)}) without a transfer safeguard",
                      "record standard contractual clauses or another safeguard")


@check("TRF005", Severity.WARNING, "Transfer relying on an unrecorded adequacy decision",
       why="The recipient's country is outside the policy's jurisdictions but recognised as "
           "adequate, so the transfer can rest on the adequacy decision; the policy should say "
           "so. Some decisions are partial (the United States only for organisations certified "
           "under the Data Privacy Framework, Canada only for commercial organisations).",
       fix="Set the safeguard to adequacy decision after checking the recipient is covered by "
           "it; otherwise record standard contractual clauses.")
def adequacy_not_recorded(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF005, "Transfer relying on an unrecorded adequacy decision"."""
    for index, recipient, rules, needing in _unsafeguarded(ctx):
        if all(recipient.country in j.adequate_countries for j in needing):
            yield Hit((RECIPIENTS, index, "safeguard"),
                      f"recipient {recipient.id} in {recipient.country} receives data "
                      f"({plural(len(rules), 'rule')} {names(rules)}) on the strength of "
                      f"{_regimes(needing)} adequacy, but no safeguard is recorded",
                      "set the safeguard to adequacy_decision if the recipient is covered")


@check("TRF002", Severity.WARNING, "Recipient without a country",
       why="Without the country where a recipient processes the data, nobody can tell whether "
           "sharing with it is an international transfer that needs a safeguard.",
       fix="Set the recipient's country (ISO code, e.g. DE or US).")
def recipient_without_country(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF002, "Recipient without a country"."""
    for index, recipient in _recipients(ctx):
        if recipient.country is None:
            yield Hit((RECIPIENTS, index), f"recipient {recipient.id} has no country")


@check("TRF003", Severity.WARNING, "Adequacy decision claimed for a country without one",
       why="The recipient's safeguard is an adequacy decision, but the country is not on the "
           "adequacy list of the jurisdictions the transfer leaves, so the transfer has no "
           "valid ground.",
       fix="Use standard contractual clauses or another safeguard, or correct the country.")
def adequacy_not_recognised(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF003, "Adequacy decision claimed for a country without one"."""
    for index, recipient in _recipients(ctx):
        country = recipient.country
        if recipient.safeguard != Safeguard.ADEQUACY_DECISION or country is None:
            continue
        lacking = [j for j in _needing(ctx, country) if country not in j.adequate_countries]
        if lacking:
            yield Hit((RECIPIENTS, index, "safeguard"),
                      f"recipient {recipient.id} relies on an adequacy decision, but "
                      f"{_regimes(lacking)} {plural(len(lacking), 'does', 'do')} not recognise "
                      f"{country} as adequate")


@check("TRF004", Severity.INFO, "Safeguard that is not needed",
       why="The recipient is in a country inside every jurisdiction of the policy, so sharing "
           "with it is no international transfer and needs no safeguard. A recorded safeguard "
           "may mean the country is wrong.",
       fix="Check the recipient's country; if it is right, remove the safeguard.")
def needless_safeguard(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF004, "Safeguard that is not needed"."""
    if not ctx.jurisdictions:
        return
    for index, recipient in _recipients(ctx):
        country = recipient.country
        if recipient.safeguard is not None and country and not _needing(ctx, country):
            yield Hit((RECIPIENTS, index, "safeguard"),
                      f"recipient {recipient.id} is in {country}, inside "
                      f"{_regimes(ctx.jurisdictions)}, so its safeguard "
                      f"({label(recipient.safeguard)}) is not needed")
