"""File format: format 1 files, and format 2 words in a file that says it is format 1."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.format_versions import format_2_uses
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import FORMAT_VERSION
from app.validation.catalogue import check
from app.validation.context import Context
from app.validation.finding import Hit, Severity


@check("FMT001", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/file_format", "Format 1 file"),
       why=QT_TRANSLATE_NOOP(
           "checks/file_format",
           "Format 1 files keep their old meaning: a rule without recipients allows disclosure "
           "to anyone, and a region matches only its own code. Format 2 says both explicitly and "
           "adds the new fields."),
       fix=QT_TRANSLATE_NOOP(
           "checks/file_format",
           "In the window, choose Migrate in the bar shown when the file opens, then save; on "
           "the command line, run 'policy-studio migrate FILE'. The decisions stay the same; "
           "comments and layout are kept."))
def format_1(ctx: Context) -> Iterator[Hit]:
    """Hits of FMT001, "Format 1 file"."""
    if ctx.policy.format_version < FORMAT_VERSION:
        yield Hit(("format_version",), translate(
            "checks/file_format", "this file is in format {version}; migrating it to format "
            "{latest} keeps every decision and adds the new fields").format(
            version=ctx.policy.format_version, latest=FORMAT_VERSION),
                  translate("checks/file_format", "choose Migrate in the bar the window shows "
                            "when it opens the file, or run policy-studio migrate FILE"))


@check("FMT002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/file_format", "Format 2 field in a format 1 file"),
       why=QT_TRANSLATE_NOOP(
           "checks/file_format",
           "The file says it is format 1, whose meaning differs from format 2 (disclosure, "
           "regions), yet it uses something only format 2 has; it cannot be read as either."),
       fix=QT_TRANSLATE_NOOP(
           "checks/file_format",
           "Migrate the file to format 2 and keep the field (in the window, choose Migrate in "
           "the bar shown when the file opens; on the command line, run 'policy-studio migrate "
           "FILE'), or remove the field."))
def format_2_in_format_1(ctx: Context) -> Iterator[Hit]:
    """Hits of FMT002, "Format 2 field in a format 1 file"."""
    if ctx.policy.format_version >= FORMAT_VERSION:
        return
    for path, what in format_2_uses(ctx.policy):
        yield Hit(path, translate("checks/file_format", "{what} is format 2 only; this file "
                                  "says format_version: {version}").format(
            what=what, version=ctx.policy.format_version))
