"""The JavaScript of the ``klaro-js`` export around its configuration (code, not words).

Its comments are for the web developers who place the script, like the comments of the other
policy-code exports, so they stay as they are in every language.
"""

from __future__ import annotations

GPC_SNIPPET = """\
// Global Privacy Control: the services listed in policyStudio.gpcOptOut count a GPC signal
// as opting out, so with the signal they wait for an explicit yes.
if (typeof navigator !== "undefined" && navigator.globalPrivacyControl === true) {
    klaroConfig.services.forEach(function (service) {
        if (klaroConfig.policyStudio.gpcOptOut.indexOf(service.name) >= 0) {
            service.default = false;
            service.optOut = false;
        }
    });
}
"""
"""Switches the GPC-honouring opt-out services to opt-in when the browser sends the signal."""


def config_script(content_digest: str, config_json: str) -> str:
    """The ``klaroConfig`` script: its first line, the configuration, :data:`GPC_SNIPPET`.

    The first line names the policy content the script was made from; ``config_json`` is the
    configuration as script-safe JSON.
    """
    return (f"// Klaro consent-manager configuration, policy digest {content_digest}\n"
            f"var klaroConfig = {config_json};\n{GPC_SNIPPET}")
