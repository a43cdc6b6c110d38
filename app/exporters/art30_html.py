"""GDPR Art. 30(1) record of processing activities as one self-contained HTML file.

Exporter ``art30-html``: no scripts, no external resources, an inline style sheet that also
prints well. Point (a) (controller, DPO) comes first, then one section per purpose with points
(b) to (f) in a two-column table, then point (g) (security measures). The content digest is
in the header and the footer. Every piece of user text goes through :func:`html.escape`.
The content comes from :func:`app.exporters.art30.build_record`.
"""

from __future__ import annotations

from html import escape

from app.domain.enums import label
from app.domain.models import Policy
from app.exporters.art30 import NO_SAFEGUARD, Art30Record, ProcessingActivity, build_record
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of

STYLE = """\
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
       color: #1d2430; margin: 24px 32px; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; margin: 22px 0 6px 0; padding-bottom: 3px;
     border-bottom: 1px solid #b8c2cc; }
h3 { font-size: 11.5pt; margin: 16px 0 4px 0; }
p.meta { color: #4a5563; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px 0; }
th, td { border: 1px solid #c9d1d9; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef2f6; width: 28%; font-weight: 600; }
td.none { color: #6b7480; font-style: italic; }
ul { margin: 0; padding-left: 18px; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9.5pt; }
.warning { color: #a4262c; font-weight: 600; }
p.footer { margin-top: 24px; color: #4a5563; font-size: 9pt; }
@media print { body { margin: 0; } h3 { page-break-after: avoid; } }
"""


def _cell(lines: list[str], empty: str) -> str:
    if not lines:
        return f'<td class="none">{escape(empty)}</td>'
    if len(lines) == 1:
        return f"<td>{_marked(lines[0])}</td>"
    items = "".join(f"<li>{_marked(line)}</li>" for line in lines)
    return f"<td><ul>{items}</ul></td>"


def _marked(text: str) -> str:
    """Escaped text; a missing safeguard is highlighted."""
    escaped = escape(text)
    return escaped.replace(NO_SAFEGUARD, f'<span class="warning">{NO_SAFEGUARD}</span>')


def _row(title: str, body: str) -> str:
    return f"<tr><th>{escape(title)}</th>{body}</tr>"


def _activity(number: int, activity: ProcessingActivity) -> str:
    purpose = activity.purpose
    heading = f"{number}. {purpose.name or purpose.id}"
    rows = [
        _row("Purpose id", f"<td><code>{escape(purpose.id)}</code></td>"),
        _row("(b) Purpose of the processing",
             _cell([purpose.description] if purpose.description else [], "no description")),
        _row("Kind of purpose", _cell([label(purpose.kind)], "")),
        _row("Legal basis", _cell([activity.legal_basis], "")),
        _row("Allowed by rules", _cell(activity.rules, "no rule allows a use for this purpose")),
        _row("(c) Categories of data subjects", _cell(activity.subjects, "none")),
        _row("(c) Categories of personal data", _cell(activity.categories, "none")),
        _row("(c) Special categories (Art. 9, 10)", _cell(activity.special, "none")),
        _row("(d) Categories of recipients", _cell(activity.recipients,
                                                   "none named in the rules")),
        _row("(e) Transfers to third countries and safeguards",
             _cell(activity.transfers, "none")),
        _row("(f) Envisaged time limits for erasure", _cell(activity.retention, "none")),
    ]
    return (f"<h3>{escape(heading)}</h3>\n<table>\n" + "\n".join(rows) + "\n</table>")


def render_html(record: Art30Record, standing: Standing | None = None) -> str:
    """The complete HTML document of ``record``.

    It opens with the DRAFT and known-errors notices of ``standing`` (when not given: worked
    out, with no known errors).
    """
    meta = record.policy.policy
    standing = standing or standing_of(record.policy, record.digest)
    title = meta.title or meta.id
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="policy-digest" content="{escape(record.digest)}">',
        f"<title>Record of processing activities: {escape(title)}</title>",
        f"<style>\n{STYLE}</style>",
        "</head>",
        "<body>",
        standing.banner_html(),
        "<h1>Record of processing activities</h1>",
        f'<p class="meta">GDPR Art. 30(1), controller record &middot; {escape(title)} &middot; '
        f"version {escape(meta.version)} &middot; status {escape(label(meta.status))}</p>",
        f'<p class="meta">Content digest: <code>{escape(record.digest)}</code></p>',
        "<h2>(a) Controller and data protection officer</h2>",
        "<table>",
        *(_row(name, _cell([value], "")) for name, value in record.controller),
        "</table>",
        "<h2>(b)&ndash;(f) Processing activities, by purpose</h2>",
    ]
    if not record.activities:
        parts.append('<p class="meta">The policy declares no purposes.</p>')
    parts += [_activity(n, a) for n, a in enumerate(record.activities, start=1)]
    parts.append("<h2>(g) Technical and organisational security measures</h2>")
    if record.measures:
        parts.append("<table>")
        parts += [_row(name, f"<td>{escape(description) or '&nbsp;'} "
                             f"<em>({escape(kind)})</em></td>")
                  for name, kind, description in record.measures]
        parts.append("</table>")
    else:
        parts.append('<p class="meta">No security measures are recorded in the policy.</p>')
    parts += [
        f'<p class="footer">Generated by Policy Studio from policy <code>{escape(meta.id)}</code> '
        f"{escape(meta.version)}; content digest <code>{escape(record.digest)}</code>. The "
        "machine file with the same digest says exactly what this record says.</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def export_html(policy: Policy, errors: int = 0) -> ExportResult:
    """The Art. 30 record as a self-contained HTML file (saying so if ``errors``)."""
    record = build_record(policy)
    standing = standing_of(policy, record.digest, errors)
    return ExportResult(digest=record.digest, data=render_html(record, standing).encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="art30-html",
    title="Art. 30 record of processing (HTML)",
    suffix=".art30.html",
    description="GDPR Art. 30(1) record of processing activities as a printable, "
                "self-contained HTML document carrying the content digest.",
    function=export_html,
    states_errors=True,
))
