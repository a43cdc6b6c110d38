"""A consent-banner configuration for the Klaro consent manager (exporters ``klaro``, ``klaro-js``).

Klaro asks for consent per *service* (a script or embed on the website) and groups services by
*purpose*. Every purpose some use of which the decision engine allows becomes a Klaro purpose
(:mod:`app.domain.purpose_choices`), and every recipient of its allowed uses one service of
that purpose only, named ``<purpose id>--<recipient id>``; so a person's choice about a service
is a choice about one purpose, as in the policy. Uses with no recipient singled out become
``<purpose id>--own-use`` (format 2: internal use) or ``--any-recipient`` (format 1: rules left
recipients open); ``*`` becomes ``--any-recipient``. Hyphens never occur in ids, so these names
never collide. Consent follows the mechanism ``decide`` applies:

- opt-in: ``default: false``, ``optOut: false`` (off until the person agrees);
- opt-out: ``default: true``, ``optOut: true`` (runs unless the person turns it off);
- no consent needed: ``required: true`` (always on, shown so the notice is complete).

Texts (titles, descriptions) are the policy's, and where it has none the export's own words in
the language chosen (``--language``), all under Klaro's fallback language ``zz`` (the policy
does not say its language, and Klaro shows ``zz`` whatever language the visitor's browser asks
for; Klaro's own buttons keep following the browser), shown as plain text
(``htmlTexts: false``); a text that could reorder Klaro's own words around it is isolated
(:mod:`app.exporters.safe_text`). Keys, service names and purpose ids are never translated:
they are what a website's scripts and Klaro refer to.

Klaro knows nothing of Global Privacy Control: ``policyStudio.gpcOptOut`` lists the services a
GPC signal opts out of, and the script form (``klaro-js``) switches them to opt-in when the
browser sends the signal (a static snippet that reads that list), which is how ``decide``
treats them. No key Klaro would run as code (``callback``, ``onAccept``, ``onInit``...) is
ever written.

``klaro`` is JSON (load it and pass it to ``klaro.setup``); ``klaro-js`` is the usual
``var klaroConfig = {...};`` file. Both are the same JSON text, with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, so it can also be placed inside an inline ``<script>``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.domain.canonical import digest
from app.domain.decisions import gpc_opts_out
from app.domain.enums import ConsentMechanism, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.domain.purpose_choices import PurposeChoice, purpose_choices
from app.domain.region_codes import ANY_RECIPIENT
from app.exporters.klaro_script import GPC_SNIPPET as GPC_SNIPPET  # the script's end, re-exported
from app.exporters.klaro_script import config_script
from app.exporters.policy_words import CONSENT, capitalised, mid_sentence
from app.exporters.registry import ENGINEERING, ExportResult, FunctionExporter, register
from app.exporters.safe_text import isolated
from app.storage.resources import region_catalogue

OWN_USE = "own-use"
ANY = "any-recipient"
SEPARATOR = "--"
_ORDER = {ConsentMechanism.OPT_IN: 0, ConsentMechanism.OPT_OUT: 1, ConsentMechanism.NONE: 2}
_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def service_name(purpose: str, recipient: str | None, format_version: int = 2) -> str:
    """The Klaro service standing for ``recipient`` receiving data for ``purpose``."""
    if recipient is None:
        return f"{purpose}{SEPARATOR}{OWN_USE if format_version >= 2 else ANY}"
    return f"{purpose}{SEPARATOR}{ANY if recipient == ANY_RECIPIENT else recipient}"


def _service_texts(policy: Policy, choice: PurposeChoice,
                   recipient: str | None) -> tuple[str, str]:
    """(title, description) of one service."""
    meta = policy.policy
    purpose = mid_sentence(choice.name)
    organisation = shown_name(meta.organisation or meta.controller.name,
                              translate("klaro", "The organisation"))
    if recipient is None and policy.format_version >= 2:
        return organisation, translate("klaro", "{organisation} uses the data itself for "
                                       "{purpose}.").format(organisation=organisation,
                                                            purpose=purpose)
    if recipient is None:  # format 1: the rules leave recipients open
        return (translate("klaro", "Own use and any recipient"),
                translate("klaro", "{organisation} itself, and recipients the policy does not "
                          "name, for {purpose}.").format(organisation=organisation,
                                                         purpose=purpose))
    if recipient == ANY_RECIPIENT:
        return (translate("klaro", "Any recipient"),
                translate("klaro", "Recipients the policy does not name, for {purpose}.")
                .format(purpose=purpose))
    found = next((r for r in policy.recipients if r.id == recipient), None)
    if found is None:
        return recipient, translate("klaro", "Receives data for {purpose}.").format(
            purpose=purpose)
    where = f", {found.country}" if found.country else ""
    return (shown_name(found.name, recipient),
            found.description or f"{capitalised(label(found.kind))}{where}.")


def _service(policy: Policy, choice: PurposeChoice, recipient: str | None) -> dict[str, Any]:
    title, description = map(isolated, _service_texts(policy, choice, recipient))
    mechanism = choice.mechanism
    return {
        "name": service_name(choice.purpose, recipient, policy.format_version),
        "title": title,
        "purposes": [choice.purpose],
        "default": mechanism is not ConsentMechanism.OPT_IN,
        "optOut": mechanism is ConsentMechanism.OPT_OUT,
        "required": mechanism is ConsentMechanism.NONE,
        "onlyOnce": True,
        "cookies": [],
        "translations": {"zz": {"title": title, "description": description}},
    }


def klaro_config(policy: Policy, choices: list[PurposeChoice] | None = None) -> dict[str, Any]:
    """The Klaro configuration object of ``policy`` (choices worked out when not given)."""
    if choices is None:
        choices = purpose_choices(policy, region_catalogue())
    shown = sorted((c for c in choices if c.example is not None),
                   key=lambda c: _ORDER[c.mechanism])
    services = [_service(policy, c, r) for c in shown for r in c.recipients]
    meta = policy.policy
    return {
        "version": 1,
        "elementID": "klaro",
        "storageMethod": "cookie",
        "htmlTexts": False,
        "groupByPurpose": True,
        "default": False,
        "mustConsent": False,
        "acceptAll": True,
        "hideDeclineAll": False,
        "purposeOrder": [c.purpose for c in shown],
        "translations": {"zz": {"purposes": {
            c.purpose: {"title": isolated(c.name),
                        "description": isolated(c.description or translate(
                            "policy document", CONSENT[c.mechanism]))}
            for c in shown}}},
        "services": services,
        "policyStudio": {
            "policy": meta.id,
            "version": meta.version,
            "digest": digest(policy),
            "gpcOptOut": [service_name(c.purpose, r, policy.format_version) for c in shown
                          if gpc_opts_out(c.mechanism, c.honours_gpc)
                          for r in c.recipients],
        },
    }


def script_safe_json(value: Any) -> str:
    """``value`` as indented JSON that is also safe inside an HTML ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _summary(choices: list[PurposeChoice]) -> list[str]:
    said = [translate("klaro", "the policy has no address for its privacy notice: set "
                      "translations.zz.privacyPolicyUrl"),
            translate("klaro", "the policy names no cookies: list each service's cookies so "
                      "Klaro can delete them when consent is withdrawn")]
    said += [translate("klaro", "purpose '{id}' is left out: no use of it is allowed").format(
        id=c.purpose) for c in choices if c.example is None]
    return said


def export_json(policy: Policy) -> ExportResult:
    """The Klaro configuration as JSON."""
    choices = purpose_choices(policy, region_catalogue())
    text = script_safe_json(klaro_config(policy, choices)) + "\n"
    return ExportResult(digest=digest(policy), data=text.encode("utf-8"),
                        summary=_summary(choices))


def export_script(policy: Policy) -> ExportResult:
    """The Klaro configuration as the ``klaroConfig`` script Klaro reads by default."""
    choices = purpose_choices(policy, region_catalogue())
    content_digest = digest(policy)
    text = config_script(content_digest, script_safe_json(klaro_config(policy, choices)))
    return ExportResult(digest=content_digest, data=text.encode("utf-8"),
                        summary=_summary(choices))


EXPORTER = register(FunctionExporter(
    name="klaro",
    title=QT_TRANSLATE_NOOP("exporters", "Consent banner for Klaro (JSON)"),
    suffix=".klaro.json",
    description=QT_TRANSLATE_NOOP(
        "exporters", "A Klaro consent-manager configuration: one purpose per purpose the policy "
                "allows, one service per recipient, opt-in, opt-out and required as decide "
                "judges them."),
    function=export_json,
    audience=ENGINEERING,
))
register(FunctionExporter(
    name="klaro-js",
    title=QT_TRANSLATE_NOOP("exporters", "Consent banner for Klaro (script)"),
    suffix=".klaro.js",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The Klaro configuration as the klaroConfig script Klaro reads by default, "
                "switching GPC-honouring opt-outs to opt-in when the browser sends the signal."),
    function=export_script,
    audience=ENGINEERING,
))
