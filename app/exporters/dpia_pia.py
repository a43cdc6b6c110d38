"""The DPIA draft as a file the CNIL's open-source PIA tool imports (``dpia-pia-json``).

The tool keeps one assessment as a JSON object with the assessment itself (``pia``), its
``answers`` (each the answer to one question of the tool's structure, by the question's number,
e.g. 211 for the purposes), the ``measures`` taken, and ``evaluations`` and ``comments``
(empty here: they are the assessors' work). Answers are rich text, so every text is escaped.
What is pre-filled is what the HTML draft (:mod:`app.exporters.dpia`) pre-fills: the context
and the fundamental principles of the purposes assessed, and the security measures recorded;
the risks are left for the assessors. Field names follow the tool's export (facts, no code).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Iterable
from typing import Any

from app.domain.enums import Right, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters import art30_fields as record
from app.exporters.art30_lines import Field, Line
from app.exporters.dpia import (
    INFORMATION,
    MINIMISATION,
    Assessment,
    DpiaDraft,
    build_draft,
    title,
    to_fill,
)
from app.exporters.pdf.document import document_date
from app.exporters.policy_words import CONSENT, join
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.safe_text import isolated

PIA_ID = 1
RIGHT_QUESTIONS: dict[int, tuple[Right, ...]] = {
    223: (Right.ACCESS, Right.PORTABILITY),
    224: (Right.RECTIFICATION, Right.ERASURE),
    225: (Right.RESTRICTION, Right.OBJECTION),
}
"""The tool's questions on rights, with the rights each asks about."""
FIELD_QUESTIONS: dict[int, tuple[str, ...]] = {
    121: (record.DATA, record.SUBJECTS, record.RECIPIENTS),
    122: (record.SOURCES,),
    211: (record.PURPOSES,),
    212: (record.BASIS, record.CONDITION, record.INTERESTS),
    213: (MINIMISATION,),
    215: (record.RETENTION,),
    221: (INFORMATION,),
    226: (record.CONTRACTS,),
    227: (record.TRANSFERS,),
}
"""The tool's questions answered from the draft's fields, by the fields' titles."""


def _text(text: str) -> str:
    """``text`` as rich text: escaped, isolated, a NUL (which HTML forbids) as U+FFFD."""
    return html.escape(isolated(text)).replace("\0", "\ufffd")


def _list(lines: list[Line]) -> str:
    """Lines as nested HTML lists (a deeper line belongs to the one above)."""
    out, depth = [], -1
    for line in lines:
        while depth < line.depth:
            out.append("<ul>")
            depth += 1
        while depth > line.depth:
            out.append("</li></ul>")
            depth -= 1
        if out[-1] != "<ul>":
            out.append("</li>")
        out.append(f"<li>{_text(line.text)}")
    out.extend(["</li></ul>"] * (depth + 1))
    return "".join(out)


def _field(item: Field) -> str:
    body = _list(item.lines) if item.lines else f"<em>{_text(item.empty)}</em>"
    return f"<p><strong>{_text(title(item.title))}</strong></p>{body}"


def _per_purpose(draft: DpiaDraft, say: Callable[[Assessment], str]) -> str:
    """What ``say`` says of each purpose assessed, under its name when there are several."""
    several = len(draft.assessments) > 1
    return "".join((f"<h4>{_text(a.name)}</h4>" if several else "") + say(a)
                   for a in draft.assessments)


def _fields(titles: Iterable[str]) -> Callable[[Assessment], str]:
    wanted = tuple(titles)

    def say(item: Assessment) -> str:
        found = {f.title: f for f in (*item.context, *item.principles)}
        return "".join(_field(found[t]) for t in wanted if t in found)
    return say


def _rights(asked: tuple[Right, ...]) -> Callable[[Assessment], str]:
    def say(item: Assessment) -> str:
        offered = [label(r) for r in asked if r in item.purpose.rights]
        missing = [label(r) for r in asked if r not in item.purpose.rights]
        lines = [Line(translate("dpia pia", "Offered: {rights}").format(rights=join(offered)))
                 ] if offered else []
        if missing:
            lines.append(Line(translate("dpia pia", "{to_fill}: not recorded as offered: "
                                        "{rights}").format(to_fill=to_fill(),
                                                           rights=join(missing))))
        lines.append(Line(translate("dpia pia", "{to_fill}: how people exercise them").format(
            to_fill=to_fill())))
        return _list(lines)
    return say


def _named(name: str, value: str) -> str:
    """``Controller: Northwind`` (a language may space its colon)."""
    return translate("dpia pia", "{name}: {value}").format(name=name, value=value)


def answers(draft: DpiaDraft) -> dict[int, str]:
    """The tool's question number -> the pre-filled answer (rich text), for what is known."""
    meta = draft.policy.policy
    about = [Line(shown_name(meta.title, meta.id))]
    if meta.description.strip():
        about.append(Line(meta.description))
    about += [Line(translate("dpia pia", "Purposes assessed:")),
              *(Line(_named(a.name, a.purpose.description) if a.purpose.description.strip()
                     else a.name, 1) for a in draft.assessments),
              Line(translate("dpia pia", "Drafted from policy {id} version {version}, content "
                             "digest {digest}").format(id=meta.id, version=meta.version,
                                                       digest=draft.digest))]
    laws_applied = translate("art30", "Laws applied")  # the parties' names are translated
    parties = [Line(_named(name, value)) for name, value in draft.parties
               if name != laws_applied]
    laws = [Line(_named(name, value)) for name, value in draft.parties if name == laws_applied]
    found = {111: _list(about), 112: _list(parties) + _per_purpose(
                 draft, _fields((record.CONTRACTS,))),
             113: _list(laws)}
    found.update({q: _per_purpose(draft, _fields(titles))
                  for q, titles in FIELD_QUESTIONS.items()})
    found[222] = _per_purpose(draft, lambda a: _list([Line(translate(
        "policy document", CONSENT[a.purpose.consent]))]))
    found.update({q: _per_purpose(draft, _rights(asked)) for q, asked in RIGHT_QUESTIONS.items()})
    return dict(sorted(found.items()))


def pia_document(draft: DpiaDraft, now: dt.datetime | None = None) -> dict[str, Any]:
    """The object the PIA tool imports (see the module), dated like the PDF draft."""
    meta = draft.policy.policy
    when = document_date(draft.policy, draft.digest, now).astimezone(dt.UTC)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    dpo = meta.dpo.name if meta.dpo is not None else ""
    pia = {
        "id": PIA_ID, "status": 0, "name": translate("dpia pia", "DPIA draft: {title}").format(
            title=shown_name(meta.title, meta.id)),
        "category": "", "author_name": "", "evaluator_name": "", "validator_name": "",
        "dpo_status": None, "dpo_opinion": "", "dpos_names": dpo,
        "concerned_people_opinion": "", "concerned_people_status": None,
        "concerned_people_searched_opinion": False, "concerned_people_searched_content": "",
        "people_names": "", "rejection_reason": "", "applied_adjustments": "",
        "is_example": 0, "is_archive": 0, "progress": 0,
        "structure_id": None, "structure_name": "", "structure_sector_name": "",
        "structure_data": None, "created_at": stamp, "updated_at": stamp,
    }
    found = [{"id": number, "pia_id": PIA_ID, "reference_to": question,
              "data": {"text": text, "gauge": None, "list": []},
              "created_at": stamp, "updated_at": stamp}
             for number, (question, text) in enumerate(answers(draft).items(), 1)]
    measures = [{"id": number, "pia_id": PIA_ID, "title": isolated(name),
                 "content": _text(f"{description} ({kind})" if description else f"({kind})"),
                 "placeholder": "", "created_at": stamp, "updated_at": stamp}
                for number, (name, kind, description) in enumerate(draft.measures, 1)]
    return {"pia": pia, "answers": found, "measures": measures, "evaluations": [],
            "comments": []}


def export_pia(policy: Policy) -> ExportResult:
    """The ``dpia-pia-json`` export of ``policy``."""
    draft = build_draft(policy)
    text = json.dumps(pia_document(draft), ensure_ascii=False, indent=2) + "\n"
    return ExportResult(digest=draft.digest, data=text.encode("utf-8"))


EXPORTER = register(FunctionExporter(
    name="dpia-pia-json",
    title=QT_TRANSLATE_NOOP("exporters", "DPIA draft for the CNIL PIA tool (JSON)"),
    suffix=".pia.json",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The DPIA draft as an assessment the CNIL's open-source PIA tool imports: "
                "context and fundamental principles pre-filled, measures listed, risks left "
                "to assess."),
    function=export_pia,
    audience="legal",
))
