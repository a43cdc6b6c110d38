"""The policy document legal reads: one self-contained HTML page in plain words (no Qt).

Every piece of user text goes through :func:`html.escape`; the page has inline CSS only and no
external resources. The same HTML feeds the PDF exporter (:mod:`app.exporters.pdf.document`)
and the live preview in the window. Same policy, same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape

from app.domain.canonical import digest
from app.domain.enums import Sensitivity, label
from app.domain.intrusiveness import BANDS, review
from app.domain.models import Policy
from app.exporters import policy_words as words
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of
from app.storage.resources import default_weights

SECTIONS: tuple[tuple[str, str], ...] = (
    ("about", "About this policy"),
    ("purposes", "Purposes"),
    ("categories", "Data categories"),
    ("subjects", "Data subjects"),
    ("recipients", "Recipients and transfers"),
    ("rules", "How data may be used"),
    ("retention", "Retention schedule"),
    ("security", "Security measures"),
    ("intrusiveness", "Intrusiveness summary"),
)
"""(anchor, heading) of every section, in document order."""
TOP_USES = 10
SENSITIVITY_HEADINGS = {
    "personal": "Personal data",
    "sensitive": "Sensitive data",
    "special_category": "Special category data (GDPR Art. 9)",
    "criminal": "Criminal offence data (GDPR Art. 10)",
}
CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1b1f24; }
h1 { font-size: 22pt; margin-bottom: 4pt; color: #123a5e; }
h2 { font-size: 15pt; margin-top: 18pt; color: #123a5e; border-bottom: 1px solid #123a5e; }
h3 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 3pt; }
p.lead { font-size: 13pt; color: #3a4552; }
p.note, td.note { color: #59636e; font-size: 9pt; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 6pt; }
th { background-color: #e6edf4; text-align: left; font-weight: bold; }
th, td { border: 1px solid #b8c2cc; padding: 3px; vertical-align: top; }
td.toc { border: none; border-bottom: 1px solid #dde3e9; font-size: 11pt; }
td.key { background-color: #f3f6f9; font-weight: bold; width: 28%; }
code, .id { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; color: #44505c; }
.digest { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }
.deny { color: #9b1c1c; font-weight: bold; }
.allow { color: #1d6b34; font-weight: bold; }
.newpage { page-break-before: always; }
"""


def e(value: object) -> str:
    """Escaped text of ``value`` (empty for None)."""
    return "" if value is None else escape(str(value), quote=True)


def row_html(cells: Sequence[str]) -> str:
    """One table row of already-escaped cells."""
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>\n"


def table(headers: Sequence[str], rows: Iterable[Sequence[str] | str],
          widths: Sequence[int] = ()) -> str:
    """A full-width table.

    ``headers`` are plain text, cells are already-escaped HTML (a row given as a string is a whole
    ``<tr>`` already).
    """
    cols = "".join(f'<th width="{widths[i]}%">{e(h)}</th>' if widths else f"<th>{e(h)}</th>"
                   for i, h in enumerate(headers))
    body = "".join(row if isinstance(row, str) else row_html(row) for row in rows)
    return ('<table width="100%" cellspacing="0" cellpadding="3" border="1">'
            f"<thead><tr>{cols}</tr></thead>\n<tbody>{body}</tbody></table>\n")


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column key/value table (values are already-escaped HTML; empty ones skipped)."""
    rows = "".join(f'<tr><td class="key">{e(k)}</td><td>{v}</td></tr>\n' for k, v in pairs if v)
    return f'<table width="100%" cellspacing="0" cellpadding="3" border="1">{rows}</table>\n'


def heading(anchor: str, text: str, new_page: bool = False) -> str:
    """A section heading with its anchor."""
    cls = ' class="newpage"' if new_page else ""
    return f'<h2{cls}><a name="{anchor}"></a>{e(text)}</h2>\n'


def _contact(contact: object) -> str:
    parts = [getattr(contact, k, "") for k in ("name", "email", "address", "phone")]
    return "<br>".join(e(p) for p in parts if p)


def cover(policy: Policy, content_digest: str) -> str:
    """Title, organisation, life-cycle facts, approvals and the content digest."""
    meta = policy.policy
    out = [f"<h1>{e(meta.title or meta.id)}</h1>\n"]
    if meta.organisation:
        out.append(f'<p class="lead">{e(meta.organisation)}</p>\n')
    out.append(facts([
        ("Version", e(meta.version)),
        ("Status", e(label(meta.status))),
        ("Effective date", e(meta.effective_date or "not set")),
        ("Next review", e(meta.next_review or "not set")),
        ("Policy identifier", f'<span class="id">{e(meta.id)}</span>'),
        ("Content digest", f'<span class="digest">{e(content_digest)}</span>'),
    ]))
    out.append("<h3>Approvals</h3>\n")
    if meta.approvals:
        rows = []
        for a in meta.approvals:
            same = "matches this document" if a.digest == content_digest else (
                "a different version" if a.digest else "no digest recorded")
            rows.append((e(a.name), e(a.role), e(a.date), e(label(a.decision)),
                         f'<span class="digest">{e(a.digest)}</span><br>({e(same)})'))
        out.append(table(("Who", "Role", "Date", "Decision", "Approved content"), rows,
                         (20, 18, 12, 12, 38)))
    else:
        out.append("<p>No approval has been recorded yet.</p>\n")
    out.append('<p class="note">The content digest is the SHA-256 fingerprint of what this '
               "policy says. The machine-readable policy file carries the same digest, so "
               "both can be compared.</p>\n")
    return "".join(out)


def contents(pages: Mapping[str, int] | None) -> str:
    """The table of contents, with page numbers when ``pages`` is given."""
    rows = []
    for number, (anchor, title) in enumerate(SECTIONS, 1):
        page = e(pages.get(anchor, "")) if pages else ""
        rows.append(f'<tr><td class="toc" width="6%">{number}.</td><td class="toc">'
                    f'<a href="#{anchor}">{e(title)}</a></td>'
                    f'<td class="toc" width="12%" align="right">{page}</td></tr>\n')
    return (heading("contents", "Contents", new_page=True)
            + f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>\n')


def about(policy: Policy) -> str:
    """Description, controller, DPO, jurisdictions."""
    meta = policy.policy
    out = [heading("about", "1. About this policy", new_page=True)]
    if meta.description:
        out.append(f"<p>{e(meta.description)}</p>\n")
    out.append(facts([
        ("Controller", _contact(meta.controller)),
        ("Data protection officer", _contact(meta.dpo) if meta.dpo else ""),
        ("Applies under", e(words.join(label(j) for j in meta.jurisdictions))),
        ("Established in", e(meta.establishment or "")),
    ]))
    return "".join(out)


def purposes(policy: Policy) -> str:
    """Each purpose with its legal basis, consent and rights."""
    out = [heading("purposes", "2. Purposes")]
    for p in policy.purposes:
        out.append(f'<h3>{e(p.name or p.id)} <span class="id">({e(p.id)})</span></h3>\n')
        if p.description:
            out.append(f"<p>{e(p.description)}</p>\n")
        basis = words.LEGAL_BASIS.get(str(p.legal_basis), "") if p.legal_basis else ""
        out.append(facts([
            ("Kind", e(label(p.kind))),
            ("Legal basis", e(basis or "not stated")),
            ("Art. 9 condition", e(words.art9(str(p.art9_condition))) if p.art9_condition
             else ""),
            ("Consent", e(words.CONSENT[str(p.consent)])),
            ("Rights offered", e(words.join(label(r) for r in p.rights) or "none listed")),
            ("Legitimate interests assessment", e(p.lia)),
        ]))
    return "".join(out)


def categories(policy: Policy) -> str:
    """Data categories grouped by sensitivity."""
    out = [heading("categories", "3. Data categories")]
    for level in Sensitivity:
        found = [c for c in policy.categories if c.sensitivity == level]
        if not found:
            continue
        out.append(f"<h3>{e(SENSITIVITY_HEADINGS[str(level)])}</h3>\n")
        rows = [(e(c.name or c.id), f'<span class="id">{e(c.id)}</span>', e(c.description),
                 e(", ".join(label(t) for t in c.tags))) for c in found]
        out.append(table(("Name", "Identifier", "Description", "Tags"), rows, (22, 22, 42, 14)))
    return "".join(out)


def subjects(policy: Policy) -> str:
    """Data subjects, noting children and vulnerable people."""
    rows = []
    for s in policy.subjects:
        notes = ["children (below the age of digital consent)" if s.children else "",
                 "vulnerable people" if s.vulnerable and not s.children else ""]
        rows.append((e(s.name or s.id), f'<span class="id">{e(s.id)}</span>', e(s.description),
                     e(words.join(notes))))
    return heading("subjects", "4. Data subjects") + table(
        ("Name", "Identifier", "Description", "Extra protection"), rows, (22, 18, 44, 16))


def recipients(policy: Policy) -> str:
    """Recipients with kind, country and transfer safeguard."""
    rows = [(e(r.name or r.id) + f'<br><span class="id">{e(r.id)}</span>', e(label(r.kind)),
             e(r.country or "not stated"),
             e(words.SAFEGUARD.get(str(r.safeguard), "") if r.safeguard else "none recorded"),
             e(r.description)) for r in policy.recipients]
    return heading("recipients", "5. Recipients and transfers") + table(
        ("Recipient", "Kind", "Country", "Transfer safeguard", "Description"), rows,
        (21, 13, 12, 20, 34))


def rules(policy: Policy, names: words.Names) -> str:
    """Every use rule as a plain sentence."""
    writer = words.RuleWriter(policy, names)
    out = [heading("rules", "6. How data may be used"),
           "<p>Any use not allowed below is not allowed. Where a use is both allowed and "
           "forbidden, it is forbidden.</p>\n"]
    for r in policy.rules:
        verdict = "forbidden" if r.effect == "deny" else "allowed"
        cls = "deny" if r.effect == "deny" else "allow"
        out.append(f'<p><span class="{cls}">{e(words.capitalised(verdict))}</span> '
                   f'<span class="id">[{e(r.id)}]</span> {e(writer.sentence(r))}')
        if r.description:
            out.append(f'<br><span class="note">{e(r.description)}</span>')
        out.append("</p>\n")
    return "".join(out)


def retention(policy: Policy, names: words.Names) -> str:
    """The retention schedule; a rule's description follows its row, across the table."""
    rows: list[str] = []
    for r in policy.retention:
        period = words.RetentionWords(r)
        cells = (e(names.list("categories", r.categories)) +
                 f'<br><span class="id">{e(r.id)}</span>',
                 e(names.list("purposes", r.purposes) or "any purpose"),
                 e(period.period()), e(words.TRIGGER.get(str(r.trigger), label(r.trigger))),
                 e(words.DISPOSITION.get(str(r.disposition), label(r.disposition))),
                 e(r.citation or "none given"), "yes" if r.legal_hold else "no")
        rows.append(row_html(cells))
        if r.description:
            rows.append(f'<tr><td colspan="{len(cells)}" class="note">{e(r.description)}'
                        "</td></tr>\n")
    return heading("retention", "7. Retention schedule") + table(
        ("Categories", "Purposes", "Kept for", "Counted from", "Then", "Citation", "Legal hold"),
        rows, (18, 14, 12, 13, 9, 27, 7))


def security(policy: Policy) -> str:
    """Technical and organisational measures."""
    rows = [(e(m.name or m.id), e(m.kind), e(m.description))
            for m in policy.policy.security_measures]
    body = table(("Measure", "Kind", "Description"), rows, (25, 17, 58)) if rows else \
        "<p>No security measures are recorded.</p>\n"
    return heading("security", "8. Security measures") + body


def intrusiveness(policy: Policy, names: words.Names) -> str:
    """Counts of allowed uses by band, and the most intrusive ones with their factors."""
    uses = review(policy, default_weights())
    counts = Counter(u.score.band for u in uses)
    out = [heading("intrusiveness", "9. Intrusiveness summary"),
           f"<p>The policy allows {len(uses)} uses (combinations of data, purpose, person, "
           "recipient and region that the rules allow and no deny rule removes, counting uses "
           "that need the person's consent). Each gets a score from transparent factors; it is "
           "a review aid, not a verdict.</p>\n",
           table(("Band", "Uses"), [(e(b), e(counts.get(b, 0))) for b in BANDS], (50, 50))]
    if uses:
        out.append(f"<h3>The {min(TOP_USES, len(uses))} most intrusive uses</h3>\n")
        rows = []
        for u in uses[:TOP_USES]:
            who = names.of("subjects", u.subject) if u.subject else "anyone"
            to = f", shared with {names.of('recipients', u.recipient)}" if u.recipient else ""
            use = (f"{names.of('categories', u.category)} for {names.of('purposes', u.purpose)}"
                   f" ({who}{to})")
            factors = ", ".join(f"{f.label} {f.points:+g}" for f in u.score.factors)
            rows.append((e(use), f'<span class="id">{e(", ".join(u.rules))}</span>',
                         e(f"{u.score.value:g} ({u.score.band})"), e(factors)))
        out.append(table(("Use", "Rules", "Score", "Factors"), rows, (36, 16, 12, 36)))
    return "".join(out)


def document_parts(policy: Policy, standing: Standing | None = None) -> tuple[str, str]:
    """The document before and after its table of contents.

    These are the costly part: the PDF lays the document out twice, with the same parts and
    different page numbers.
    """
    content_digest = digest(policy)
    standing = standing or standing_of(policy, content_digest)
    names = words.Names(policy)
    meta = policy.policy
    head = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n",
        f"<title>{e(meta.title or meta.id)} {e(meta.version)}</title>\n",
        f'<meta name="policy-digest" content="{e(content_digest)}">\n',
        f"<style>{CSS}</style></head>\n<body>\n", standing.banner_html(),
        cover(policy, content_digest),
    ]
    body = [
        about(policy), purposes(policy), categories(policy), subjects(policy),
        recipients(policy), rules(policy, names), retention(policy, names), security(policy),
        intrusiveness(policy, names), "</body></html>\n",
    ]
    return "".join(head), "".join(body)


def build_html(policy: Policy, pages: Mapping[str, int] | None = None,
               standing: Standing | None = None,
               parts: tuple[str, str] | None = None) -> str:
    """The whole document; ``pages`` (anchor -> page number) fills in the contents.

    It opens with the DRAFT and known-errors notices of ``standing`` (when not given: worked out,
    with no known errors). ``parts`` are :func:`document_parts` of the same policy, when already
    made.
    """
    head, body = parts or document_parts(policy, standing)
    return head + contents(pages) + body


def export(policy: Policy, errors: int = 0) -> ExportResult:
    """The HTML document bytes (saying so if ``errors``) and the policy's digest."""
    content_digest = digest(policy)
    html = build_html(policy, standing=standing_of(policy, content_digest, errors))
    return ExportResult(digest=content_digest, data=html.encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="html",
    title="Policy document (HTML)",
    suffix=".html",
    description="The readable policy for legal review: every purpose, category, recipient, "
                "use rule and retention period in plain words, with the content digest.",
    function=export,
    states_errors=True,
))
