"""The policy document legal reads: one self-contained HTML page in plain words (no Qt).

The words are worked out here as plain text; ``resources/documents/policy.html.j2`` lays them
out and escapes them (:mod:`app.exporters.documents_html`), with the shared stylesheet inline
and no external resources. The same HTML feeds the PDF exporter
(:mod:`app.exporters.pdf.document`) and the live preview in the window. Same policy, same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.allowed import AllowedUses
from app.domain.canonical import digest
from app.domain.enums import Sensitivity, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.intrusiveness import BANDS, Use, review
from app.domain.jurisdictions import transfer_regimes
from app.domain.models import Contact, Metadata, Policy, Purpose, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import RegionCatalogue
from app.domain.retention_words import disposition_words, event_noun
from app.domain.sections import CATEGORIES, PURPOSES, field_title
from app.domain.transfers import places
from app.exporters import people_words as people
from app.exporters import policy_summary as summary
from app.exporters import policy_words as words
from app.exporters import purpose_words
from app.exporters.documents_html import Part, notices, render, rendered_part
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import Standing, standing_of
from app.exporters.untranslated import shown_marks, worded
from app.storage.resources import default_jurisdictions, default_weights, region_catalogue

CHAPTERS: tuple[tuple[str, str], ...] = (
    ("about", QT_TRANSLATE_NOOP("policy document", "About this policy")),
    ("purposes", QT_TRANSLATE_NOOP("policy document", "Purposes")),
    ("categories", QT_TRANSLATE_NOOP("policy document", "Data categories")),
    ("subjects", QT_TRANSLATE_NOOP("policy document", "Data subjects")),
    ("recipients", QT_TRANSLATE_NOOP("policy document", "Recipients and transfers")),
    ("rules", QT_TRANSLATE_NOOP("policy document", "How data may be used")),
    ("retention", QT_TRANSLATE_NOOP("policy document", "Retention schedule")),
    ("security", QT_TRANSLATE_NOOP("policy document", "Security measures")),
    ("intrusiveness", QT_TRANSLATE_NOOP("policy document", "Intrusiveness summary")),
)
"""(anchor, heading) of every section, in document order (headings in English, translated
where shown)."""
SUMMARY_CHAPTERS: tuple[tuple[str, str], ...] = (
    ("about", QT_TRANSLATE_NOOP("policy document", "About this policy")),
    ("activities", QT_TRANSLATE_NOOP("policy document", "Processing activities")),
    ("categories", QT_TRANSLATE_NOOP("policy document", "Data categories by family")),
    ("subjects", QT_TRANSLATE_NOOP("policy document", "Data subjects")),
    ("recipients", QT_TRANSLATE_NOOP("policy document", "Recipients and transfers")),
    ("retention", QT_TRANSLATE_NOOP("policy document", "Retention by category family")),
    ("intrusiveness", QT_TRANSLATE_NOOP("policy document", "The highest-risk uses")),
    ("security", QT_TRANSLATE_NOOP("policy document", "Security measures")),
    ("annex", QT_TRANSLATE_NOOP("policy document", "The rule annex")),
)
"""The sections of a large policy's document (:mod:`app.exporters.policy_summary`)."""
_SALE = QT_TRANSLATE_NOOP("policy document", "Sale and sharing (CPRA)")


def _purpose_facts() -> tuple[str, ...]:
    """The headings of a purpose's facts, in the current language (asked when written)."""
    return (*words.titles(Purpose, "kind", "legal_basis", "art9_condition", "consent", "rights",
                          "lia", "balancing", "automated_decisions"),
            translate("policy document", _SALE))


TOP_USES = 10
BAND_WORDS = {"low": QT_TRANSLATE_NOOP("policy document", "low"),
              "medium": QT_TRANSLATE_NOOP("policy document", "medium"),
              "high": QT_TRANSLATE_NOOP("policy document", "high"),
              "critical": QT_TRANSLATE_NOOP("policy document", "critical")}
"""The intrusiveness bands (:data:`app.domain.intrusiveness.BANDS`) in words."""


def band_words(band: str) -> str:
    """An intrusiveness band in the current language."""
    return translate("policy document", BAND_WORDS[band]) if band in BAND_WORDS else band
SENSITIVITY_HEADINGS = {
    "personal": QT_TRANSLATE_NOOP("policy document", "Personal data"),
    "sensitive": QT_TRANSLATE_NOOP("policy document", "Sensitive data"),
    "special_category": QT_TRANSLATE_NOOP("policy document", "Special category data (GDPR Art. 9)"),
    "criminal": QT_TRANSLATE_NOOP("policy document", "Criminal offence data (GDPR Art. 10)"),
}
Row = dict[str, Any]
"""One table row or paragraph of plain text, by field name (the template's words)."""


@dataclass(frozen=True)
class DocumentParts:
    """The document's content, worked out once.

    This is the costly part: the PDF lays the document out twice, with the same parts and
    different page numbers in the contents.
    """

    context: dict[str, Any]
    """What the skeleton and cover need (title, facts, approvals, notices)."""
    sections: Part
    """The numbered sections, rendered by their template (see :func:`rendered_part`)."""
    chapters: tuple[tuple[str, str], ...] = CHAPTERS
    """(anchor, heading) of every numbered section, for the contents."""


def _contact(contact: Contact | None) -> list[str]:
    """The non-empty lines of a contact (each shown on its own line)."""
    if contact is None:
        return []
    return [p for p in (contact.name, contact.email, contact.address, contact.phone) if p]


def cover(policy: Policy, content_digest: str) -> Row:
    """Title, organisation, life-cycle facts and approvals."""
    meta = policy.policy
    approvals = []
    for a in meta.approvals:
        same = translate("policy document", "matches this document") \
            if a.digest == content_digest else (
                translate("policy document", "a different version") if a.digest
                else translate("policy document", "no digest recorded"))
        approvals.append({"name": a.name, "role": a.role, "date": a.date,
                          "decision": label(a.decision), "digest": a.digest, "same": same})
    return {
        "title": shown_name(meta.title, meta.id), "version": meta.version,
        "organisation": meta.organisation, "digest": content_digest,
        "facts": list(zip(words.titles(Metadata, "version", "status", "effective_date",
                                       "next_review"),
                          (meta.version, label(meta.status),
                           meta.effective_date or translate("policy document", "not set"),
                           meta.next_review or translate("policy document", "not set")),
                          strict=True)),
        "id": meta.id, "approvals": approvals,
    }


def about(policy: Policy) -> Row:
    """Description, controller, DPO, jurisdictions, establishment and the region groups."""
    meta = policy.policy
    regions = region_catalogue().with_policy(policy)
    facts = [(field_title(Metadata, "controller"), _contact(meta.controller)),
             (field_title(Metadata, "dpo"), _contact(meta.dpo)),
             (translate("policy document", "Applies under"),
              [words.join(label(j) for j in meta.jurisdictions)]),
             (field_title(Metadata, "establishment"),
              [regions.label(meta.establishment) if meta.establishment else ""])]
    groups = [{"name": shown_name(g.name, g.id), "id": g.id, "description": g.description,
               "members": words.join(regions.label(m) for m in g.members)
               or translate("policy document", "none")}
              for g in policy.regions]
    return {"description": meta.description, "regions": groups,
            "facts": [(key, lines) for key, lines in facts if any(lines)]}


def purposes(policy: Policy) -> list[Row]:
    """Each purpose with its legal basis, consent and rights."""
    out = []
    regions = region_catalogue().with_policy(policy)
    headings = _purpose_facts()
    for p in policy.purposes:
        values = (label(p.kind), purpose_words.by_place(p, regions)
                  or translate("policy document", "not stated"),
                  words.art9(str(p.art9_condition)) if p.art9_condition else "",
                  words.consent(str(p.consent)),
                  words.join(label(r) for r in p.rights)
                  or translate("policy document", "none listed"), p.lia, p.balancing,
                  purpose_words.automated(p), purpose_words.sale(p))
        facts = zip(headings, values, strict=True)
        out.append({"name": shown_name(p.name, p.id), "id": p.id, "description": p.description,
                    "facts": [(key, value) for key, value in facts if value]})
    return out


def categories(policy: Policy) -> list[Row]:
    """Data categories grouped by sensitivity."""
    groups = []
    for level in Sensitivity:
        found = [{"name": shown_name(c.name, c.id), "id": c.id, "description": c.description,
                  "tags": ", ".join(label(t) for t in c.tags),
                  "sources": people.sources(c), "external": people.external_ids(c)}
                 for c in policy.categories if c.sensitivity == level]
        if found:
            groups.append({"heading": translate("policy document",
                                                SENSITIVITY_HEADINGS[str(level)]),
                           "items": found})
    return groups


def ccpa_categories(policy: Policy) -> list[Row]:
    """The CCPA categories of personal information the policy's categories fall in, in order."""
    rows = []
    for key, heading in people.ccpa_headings():
        found = [shown_name(c.name, c.id) for c in policy.categories if str(c.ccpa_category) == key]
        if found:
            rows.append({"heading": heading, "categories": words.join(found)})
    return rows


def subjects(policy: Policy) -> list[Row]:
    """Data subjects, noting ages, children and vulnerable people."""
    rows = []
    for s in policy.subjects:
        notes = [translate("policy document", "children (below the age of digital consent)")
                 if s.children else "",
                 translate("policy document", "vulnerable people")
                 if s.vulnerable and not s.children else ""]
        rows.append({"name": shown_name(s.name, s.id), "id": s.id, "description": s.description,
                     "ages": people.ages(s) or translate("policy document", "not stated"),
                     "protection": words.join(notes)})
    return rows


def _where(regions: RegionCatalogue, recipient: Recipient) -> str:
    """``India (IN) and Japan (JP); stored in the European Union (EU)`` or ``not stated``."""
    found = places(recipient)
    processed = words.join(regions.label(p.code) for p in found if not p.stored_only)
    stored = [words.place(regions.label(code)) for code in recipient.stored_in]
    text = processed or translate("policy document", "not stated")
    return translate("policy document", "{places}; stored in {stores}").format(
        places=text, stores=words.join(stored)) if stored else text


def recipients(policy: Policy) -> list[Row]:
    """Recipients with kind, every country and where the data is stored, and safeguard."""
    regions = region_catalogue().with_policy(policy)
    regimes = transfer_regimes(policy, default_jurisdictions(), regions)
    return [{"name": shown_name(r.name, r.id), "id": r.id, "kind": people.recipient_kind(r),
             "country": translate("policy document", "anywhere")
             if people.published(r) and not places(r)
             else _where(regions, r),
             "safeguard": people.safeguard(r, regimes, regions),
             "description": r.description} for r in policy.recipients]


def rules(policy: Policy, names: words.Names) -> list[Row]:
    """Every use rule as a plain sentence."""
    writer = words.RuleWriter(policy, names)
    return [{"effect": "deny" if r.effect == "deny" else "allow",
             "verdict": translate("policy document", "Forbidden") if r.effect == "deny"
             else translate("policy document", "Allowed"),
             "id": r.id, "sentence": writer.sentence(r), "description": r.description}
            for r in policy.rules]


def retention(policy: Policy, names: words.Names) -> list[Row]:
    """The retention schedule; a rule's description and legal-hold reason follow its row.

    They run across the table, below the row; the narrow hold column says only yes or no.
    """
    rows = []
    for r in policy.retention:
        rows.append({
            "categories": words.capitalised(names.phrases(CATEGORIES, r.categories)),
            "id": r.id,
            "purposes": words.capitalised(names.phrases(PURPOSES, r.purposes))
            or translate("policy document", "Any purpose"),
            "period": words.RetentionWords(r).period(),
            "trigger": words.capitalised(event_noun(r)),
            "disposition": words.capitalised(disposition_words(r)),
            "citation": r.citation or translate("policy document", "none given"),
            "hold": words.RetentionWords(r).hold(),
            "description": r.description, "hold_reason": words.RetentionWords(r).hold_reason()})
    return rows


def security(policy: Policy) -> list[Row]:
    """Technical and organisational measures."""
    return [{"name": shown_name(m.name, m.id), "kind": m.kind, "description": m.description}
            for m in policy.policy.security_measures]


def intrusiveness(policy: Policy, names: words.Names, uses: list[Use] | None = None,
                  shown: int = TOP_USES) -> Row:
    """Counts of allowed uses by band, and the most intrusive ones with their factors.

    ``uses``: :func:`review` of ``policy``, when already made.
    """
    if uses is None:
        uses = review(policy, default_weights(), regions=region_catalogue())
    counts = Counter(u.score.band for u in uses)
    top = []
    for u in uses[:shown]:
        who = names.phrase("subjects", u.subject) if u.subject \
            else translate("policy document", "anyone")
        if u.recipient == ANY_RECIPIENT:
            who = translate("policy document", "{people}, shared with anyone").format(people=who)
        elif u.recipient:
            who = translate("policy document", "{people}, shared with {recipient}").format(
                people=who, recipient=names.of("recipients", u.recipient))
        top.append({
            "use": translate("policy document", "{data} for {purpose} ({people})").format(
                data=words.capitalised(names.phrase("categories", u.category)),
                purpose=names.purpose_phrase(u.purpose), people=who),
            "rules": ", ".join(u.rules), "score": translate("policy document", "{score} ({band})")
            .format(score=f"{u.score.value:g}", band=band_words(u.score.band)),
            "factors": ", ".join(f"{f.label} {f.points:+g}" for f in u.score.factors)})
    return {"count": len(uses), "bands": [(band_words(b), counts.get(b, 0)) for b in BANDS],
            "top": top}


def document_parts(policy: Policy, standing: Standing | None = None) -> DocumentParts:
    """The document's content without its table of contents (see :class:`DocumentParts`)."""
    content_digest = digest(policy)
    standing = standing or standing_of(policy, content_digest)
    policy = worded(policy)  # the words in the document's language; the digest stays
    names = words.Names(policy)
    context = {"cover": cover(policy, content_digest), "notices": notices(standing)}
    if summary.is_large(policy):
        return DocumentParts(context, summary_sections(policy, names, content_digest),
                             SUMMARY_CHAPTERS)
    sections = rendered_part(
        "policy-sections.html.j2", about=about(policy), purposes=purposes(policy),
        categories=categories(policy), ccpa=ccpa_categories(policy), subjects=subjects(policy),
        recipients=recipients(policy), rules=rules(policy, names),
        retention=retention(policy, names), retention_headings=words.retention_headings(),
        security=security(policy),
        intrusiveness=intrusiveness(policy, names))
    return DocumentParts(context, sections)


def summary_sections(policy: Policy, names: words.Names, content_digest: str) -> Part:
    """The sections of a large policy's document (see :mod:`app.exporters.policy_summary`)."""
    allowed = AllowedUses(policy, regions=region_catalogue())
    uses = summary.Uses(policy, allowed)
    writer = words.RuleWriter(policy, names)
    overridden = summary.overrides(policy, allowed.engine)
    found = []
    for a in summary.activities(policy, names):
        listed, elsewhere = summary.denies(policy, a, writer, overridden)
        found.append({"id": a.id, "name": a.name, "purposes": summary.purpose_rows(policy, a),
                      "tables": summary.matrix(a, uses, names), "denies": listed,
                      "elsewhere": ", ".join(elsewhere)})
    size = {"rules": len(policy.rules), "categories": len(policy.categories),
            "purposes": len(policy.purposes), "retention": len(policy.retention),
            "digest": content_digest}
    return rendered_part(
        "policy-summary.html.j2", about=about(policy), size=size, activities=found,
        families=summary.category_families(policy, names), subjects=subjects(policy),
        recipients=recipients(policy), retention=summary.retention_by_family(policy, names),
        risks=intrusiveness(policy, names,
                            summary.top_uses(policy, allowed, default_weights()))["top"],
        security=security(policy))


def _contents(parts: DocumentParts,
              pages: Mapping[str, int] | None) -> list[tuple[int, str, str, Any]]:
    """(number, anchor, title, page or "") of every section."""
    return [(number, anchor, translate("policy document", title),
             (pages or {}).get(anchor, ""))
            for number, (anchor, title) in enumerate(parts.chapters, 1)]


def build_html(policy: Policy, pages: Mapping[str, int] | None = None,
               standing: Standing | None = None,
               parts: DocumentParts | None = None) -> str:
    """The whole document; ``pages`` (anchor -> page number) fills in the contents.

    It opens with the DRAFT and known-errors notices of ``standing`` (when not given: worked out,
    with no known errors). ``parts`` are :func:`document_parts` of the same policy, when already
    made.
    """
    parts = parts or document_parts(policy, standing)
    return shown_marks(render("policy.html.j2", contents=_contents(parts, pages),
                              sections=parts.sections, dated="", **parts.context))


def front_html(parts: DocumentParts, pages: Mapping[str, int], dated: str = "") -> str:
    """The cover and the contents alone, listing ``pages`` (the PDF's first pages).

    ``dated``: the document's date in words, shown on the cover (the PDF's export or approval
    date, see :func:`app.exporters.pdf.document.document_date`).
    """
    return shown_marks(render("policy.html.j2", contents=_contents(parts, pages), sections="",
                              **{**parts.context, "dated": dated}))


def body_html(parts: DocumentParts) -> str:
    """The numbered sections alone (the PDF lays them out once, after the cover)."""
    return shown_marks(render("policy-body.html.j2", sections=parts.sections, notices=[],
                              title=parts.context["cover"]["title"]), note=False)


def export(policy: Policy, errors: int = 0) -> ExportResult:
    """The HTML document bytes (saying so if ``errors``) and the policy's digest."""
    content_digest = digest(policy)
    html = build_html(policy, standing=standing_of(policy, content_digest, errors))
    return ExportResult(digest=content_digest, data=html.encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="html",
    title=QT_TRANSLATE_NOOP("exporters", "Policy document (HTML)"),
    suffix=".html",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The readable policy for legal review: every purpose, category, recipient, "
                "use rule and retention period in plain words, with the content digest."),
    function=export,
    states_errors=True,
))
