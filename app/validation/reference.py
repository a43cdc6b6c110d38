"""The check reference: one page documenting every check, and each check's address on it.

The page is Markdown generated from the catalogue (``policy-studio checks``), kept in the
repository as ``resources/reference/checks.md`` and printed offline by the same command. Each
check is a level-three heading holding only its code, so its anchor is the code in lower case
(``#str003``) and survives any change of title. A check's help URI (SARIF ``helpUri``) is
:data:`DOCUMENTATION_URL` + ``checks.md#`` + that anchor; ``DOCUMENTATION_URL`` is the
``Documentation`` entry of ``[project.urls]`` in ``pyproject.toml`` (a test keeps the two
equal): where the reference is published. It is a placeholder until then; an organisation that
publishes the page itself (``policy-studio checks -o``) passes its own address with
``policy-studio validate --docs-url URL``.
"""

from __future__ import annotations

from app.domain.i18n import translate
from app.validation.catalogue import FAMILIES, Check, all_checks

DOCUMENTATION_URL = "https://policy-studio.invalid/docs/"
"""Where the reference is published; the same as ``[project.urls] Documentation``."""
REFERENCE_PAGE = "checks.md"
"""The reference's file name (in ``resources/reference/`` and under the documentation URL)."""


def anchor(code: str) -> str:
    """The fragment of a check's section on the reference page: its code in lower case."""
    return code.lower()


def help_uri(code: str, base: str = DOCUMENTATION_URL) -> str:
    """The absolute URI of a check's section in the reference published at ``base``."""
    return f"{base if base.endswith('/') else base + '/'}{REFERENCE_PAGE}#{anchor(code)}"


def _section(check: Check) -> str:
    why = translate("check reference", "Why: {why}").format(why=check.why)
    fix = translate("check reference", "How to fix: {fix}").format(fix=check.fix)
    return f"### {check.code}\n\n**{check.title}** ({check.severity})\n\n{why}\n\n{fix}\n"


def markdown() -> str:
    """The reference page: every check by family, with severity, why and how to fix."""
    checks = all_checks()
    heading = translate("check reference", "Check reference")
    parts = [f"# {heading}\n\n" + translate(
        "check reference",
        "Every check `policy-studio validate` runs, by family. Generated from the catalogue "
        "with `policy-studio checks -o checks.md`; do not edit by hand. Each check's "
        "section is addressed by its code in lower case (`checks.md#str003`), the help URI "
        "its SARIF rule carries. {count} checks.").format(count=len(checks)) + "\n"]
    for prefix, family in FAMILIES.items():
        members = [c for c in checks if c.code[:3] == prefix]
        if not members:
            continue
        name = translate("checks", family)
        parts.append(f"## {name} ({prefix})\n")
        parts.extend(_section(c) for c in members)
    return "\n".join(parts)
