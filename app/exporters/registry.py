"""The registry of exporters: every output format, by name.

Each exporter lives in its own module under ``app.exporters`` and registers itself when imported
(by calling :func:`register`, or by defining a module-level ``EXPORTER`` object). The registry
knows the module names only and imports them lazily, one by one, so importing this module never
pulls in a format's dependencies (a PDF exporter may import Qt; the CLI must not).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy

MODULES: tuple[str, ...] = ("canonical_json", "opa", "cedar", "fides", "odrl", "klaro",
                            "apple_privacy", "play_data_safety", "policy_document",
                            "pdf.document", "rule_annex", "art30_html", "pdf.record", "art30_csv",
                            "retention_csv", "gpc_table", "notice_html", "notice_md", "dpia_html",
                            "pdf.dpia", "dpia_pia")
"""The exporter modules under ``app.exporters``, in listing order (a document's formats
together: the policy document, the Art. 30 record, the notice, the DPIA)."""

LEGAL = "legal"
ENGINEERING = "engineering"
AUDIENCES: dict[str, str] = {LEGAL: QT_TRANSLATE_NOOP("exporters", "Legal documents"),
                             ENGINEERING: QT_TRANSLATE_NOOP("exporters", "Engineering files")}
"""Who an export is for, with the heading the export dialog groups formats under (in English:
show it with :func:`audience_heading`)."""
DOCUMENT_SUFFIXES = (".html", ".pdf", ".csv")
"""Outputs people read (documents, spreadsheets): for legal unless an exporter says otherwise."""

_registered: dict[str, Exporter] = {}
_imported: set[str] = set()


@dataclass(frozen=True)
class ExportResult:
    """What an export produced.

    Either ``data`` (one file's bytes) or ``files`` (relative path -> bytes, e.g. a bundle).
    ``summary`` lists what the format could not express; ``notes`` what a reader of the output
    should know about it (e.g. a notice's reading ease); ``digest`` is the policy's content
    digest that the output carries.
    """

    digest: str
    data: bytes | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if (self.data is None) == (not self.files):
            raise ValueError(translate("export", "an export result holds either data or files, "
                                       "not both or neither"))


@runtime_checkable
class Exporter(Protocol):
    """An output format."""

    name: str
    """The name given to ``--format``."""
    title: str
    """A human title, e.g. "Canonical JSON"."""
    suffix: str
    """The usual file suffix of the output (``""`` for a folder of files)."""
    description: str
    """One sentence for ``export --list`` and the export dialog."""
    # An exporter may also say who it is for with ``audience`` (a key of AUDIENCES); see
    # audience_of. It is not required, so an exporter without it still is an Exporter.

    def export(self, policy: Policy, errors: int = 0) -> ExportResult:
        """Render ``policy`` in this format.

        Args:
            policy: The policy to render.
            errors: How many error findings validation reported for it; a document that
                states its standing says so (other formats ignore it).
        """
        ...


@dataclass(frozen=True)
class FunctionExporter:
    """An :class:`Exporter` made from a plain function."""

    name: str
    title: str
    suffix: str
    description: str
    function: Callable[..., ExportResult]
    """Takes the policy, and the error count too when :attr:`states_errors`."""
    states_errors: bool = False
    """True for a document that says the policy has errors (see :mod:`app.exporters.standing`)."""
    audience: str = ""
    """:data:`LEGAL` or :data:`ENGINEERING`; empty: judged by the suffix (see audience_of)."""

    def export(self, policy: Policy, errors: int = 0) -> ExportResult:
        """Render ``policy`` with the wrapped function."""
        return self.function(policy, errors) if self.states_errors else self.function(policy)


def audience_of(exporter: Exporter) -> str:
    """Who ``exporter``'s output is for: :data:`LEGAL` or :data:`ENGINEERING`.

    The exporter's own ``audience`` when it names one; otherwise documents and spreadsheets
    (:data:`DOCUMENT_SUFFIXES`) are for legal, everything else for engineering.
    """
    said = getattr(exporter, "audience", "")
    if said in AUDIENCES:
        return str(said)
    return LEGAL if exporter.suffix.lower().endswith(DOCUMENT_SUFFIXES) else ENGINEERING


def audience_heading(audience: str) -> str:
    """The heading of ``audience`` (a key of :data:`AUDIENCES`) in the current language."""
    return translate("exporters", AUDIENCES[audience])


def shown_title(exporter: Exporter) -> str:
    """``exporter``'s title in the current language (titles are marked in context exporters)."""
    return translate("exporters", exporter.title)


def shown_description(exporter: Exporter) -> str:
    """``exporter``'s description in the current language."""
    return translate("exporters", exporter.description)


def by_audience(found: list[Exporter]) -> dict[str, list[Exporter]]:
    """``found`` grouped by audience, in :data:`AUDIENCES` order, each in registry order."""
    groups: dict[str, list[Exporter]] = {audience: [] for audience in AUDIENCES}
    for exporter in found:
        groups[audience_of(exporter)].append(exporter)
    return {audience: items for audience, items in groups.items() if items}


class UnknownFormatError(LookupError):
    """No exporter has the requested name."""

    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(translate("export", "unknown export format '{name}' (available: "
                                   "{formats})").format(name=name, formats=", ".join(available)))
        self.name = name
        self.available = available


def register(exporter: Exporter) -> Exporter:
    """Add ``exporter`` to the registry (re-registering the same name replaces it)."""
    _registered[exporter.name] = exporter
    return exporter


def exporters() -> list[Exporter]:
    """Every exporter, in the order of :data:`MODULES`, each module's formats together.

    A module's formats keep the order it registered them in (its ``EXPORTER`` first when it
    registered that first), so the Art. 30 record's CSV, HTML and PDF variants sit side by side.
    Formats registered from elsewhere (not made in a module of :data:`MODULES`) follow, by name.
    """
    for module in MODULES:
        _import(module)
    place = {f"{__package__}.{module}": index for index, module in enumerate(MODULES)}
    registered = list(_registered)

    def key(name: str) -> tuple[int, int, str]:
        home = place.get(_home(_registered[name]))
        return ((home, registered.index(name), "") if home is not None
                else (len(MODULES), 0, name))

    return [_registered[name] for name in sorted(_registered, key=key)]


def _home(exporter: Exporter) -> str:
    """The module that made ``exporter``: its function's, else its class's."""
    function = getattr(exporter, "function", None)
    return str(getattr(function, "__module__", None) or type(exporter).__module__)


def get(name: str) -> Exporter:
    """The exporter called ``name``; raises :class:`UnknownFormatError`.

    Modules are imported in order only until the format is found.
    """
    for module in MODULES:
        if name in _registered:
            break
        _import(module)
    if name not in _registered:
        raise UnknownFormatError(name, sorted(_registered))
    return _registered[name]


def run_export(exporter: Exporter, policy: Policy, errors: int = 0) -> ExportResult:
    """Run ``exporter`` on ``policy``, checking it gives an :class:`ExportResult`.

    ``errors`` is the number of error findings validation reported for the policy.
    """
    result = exporter.export(policy, errors)
    if isinstance(result, ExportResult):
        return result
    raise TypeError(translate("export", "exporter '{name}' returned {type}, not an "
                              "ExportResult").format(name=exporter.name,
                                                     type=type(result).__name__))


def _import(module: str) -> Exporter | None:
    """Import ``module`` once, registering its ``EXPORTER``; returns that exporter."""
    loaded = importlib.import_module(f"{__package__}.{module}")
    exporter = getattr(loaded, "EXPORTER", None)
    if module not in _imported:
        _imported.add(module)
        if exporter is not None and exporter.name not in _registered:
            register(exporter)
    return exporter
