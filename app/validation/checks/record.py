"""The record of processing (GDPR Art. 30): what it needs that other checks do not ask for.

A transfer resting on a derogation names which one (Art. 49(1)(a) to (g)); a processor that
receives data has its Art. 28 contract referenced, and so does each controller the
organisation processes for; a purpose carried out on behalf of another
controller names one the policy lists under Processing for controllers.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import RecipientKind, Safeguard
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.sections import METADATA, PURPOSES, RECIPIENTS
from app.validation.catalogue import check
from app.validation.checks._common import names
from app.validation.checks.transfers import receivers
from app.validation.context import Context
from app.validation.finding import Hit, Severity


@check("TRF008", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/record", "Derogation not named"),
       why=QT_TRANSLATE_NOOP(
           "checks/record",
           "A transfer on a derogation is lawful only in the situations GDPR Art. 49(1) lists "
           "(explicit consent, a contract with or for the person, public interest, legal claims, "
           "vital interests, a public register); the record of processing must say which one "
           "applies (Art. 30(1)(e))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/record",
           "Pick the Art. 49(1) derogation in Transfer derogation, or record a safeguard."))
def derogation_not_named(ctx: Context) -> Iterator[Hit]:
    """Hits of TRF008, "Derogation not named"."""
    for index, recipient in enumerate(ctx.policy.recipients):
        if recipient.safeguard is Safeguard.DEROGATION and recipient.derogation is None:
            yield Hit((RECIPIENTS, index, "derogation"), translate(
                "checks/record", "recipient {recipient} relies on a derogation but does not say "
                "which one of GDPR Art. 49(1)").format(recipient=recipient.id),
                      translate("checks/record", "pick the derogation that applies"))


@check("GOV011", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/record", "Processor without a contract reference"),
       why=QT_TRANSLATE_NOOP(
           "checks/record",
           "A controller may use a processor only under a contract or other legal act that binds "
           "it (GDPR Art. 28(3)); the record of processing is where a reviewer looks for it."),
       fix=QT_TRANSLATE_NOOP(
           "checks/record",
           "Fill in Processor contract with the agreement's name or link."))
def processor_without_contract(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV011, "Processor without a contract reference"."""
    if ctx.policy.format_version < 2:  # the field is format 2 only
        return
    named = ctx.shared("receivers", receivers)
    for index, recipient in enumerate(ctx.policy.recipients):
        if (recipient.kind is RecipientKind.PROCESSOR and not recipient.processor_contract
                and recipient.id in named):
            yield Hit((RECIPIENTS, index, "processor_contract"), translate(
                "checks/record", "processor {recipient} receives data but no Art. 28 contract "
                "is referenced").format(recipient=recipient.id),
                      translate("checks/record", "name the data processing agreement"))


@check("GOV012", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/record", "Controller served without a contract reference"),
       why=QT_TRANSLATE_NOOP(
           "checks/record",
           "A processor acts for a controller only under a contract that binds it (GDPR Art. "
           "28(3)); a reviewer looks for it beside each controller served in the processor's "
           "record (Art. 30(2)(a))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/record",
           "Fill in Processing contract of the controller with the agreement's name or link."))
def controller_without_contract(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV012, "Controller served without a contract reference"."""
    for index, client in enumerate(ctx.policy.policy.processing_for):
        if not client.contract.strip():
            yield Hit((METADATA, "processing_for", index, "contract"), translate(
                "checks/record", "the organisation processes data for {controller} but no "
                "Art. 28 contract is referenced").format(
                controller=shown_name(client.name, client.id)),
                      translate("checks/record", "name the data processing agreement"))


@check("STR010", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/record", "Unknown controller"),
       why=QT_TRANSLATE_NOOP(
           "checks/record",
           "A purpose says it is carried out on behalf of a controller the policy does not list "
           "under Processing for controllers, so the processor's record cannot name that "
           "controller or its contact (GDPR Art. 30(2)(a))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/record",
           "Pick a listed controller, or add it under Processing for controllers."))
def unknown_controller(ctx: Context) -> Iterator[Hit]:
    """Hits of STR010, "Unknown controller"."""
    listed = [c.id for c in ctx.policy.policy.processing_for]
    for index, purpose in enumerate(ctx.policy.purposes):
        if purpose.on_behalf_of is not None and purpose.on_behalf_of not in listed:
            hint = translate("checks/record", "listed: {controllers}").format(
                controllers=names(listed)) if listed else translate(
                "checks/record", "add it under {section} > processing_for").format(
                section=METADATA)
            yield Hit((PURPOSES, index, "on_behalf_of"), translate(
                "checks/record", "purpose {purpose} is carried out on behalf of the unknown "
                "controller '{controller}'").format(purpose=purpose.id,
                                                    controller=purpose.on_behalf_of), hint)
