"""The DPIA draft: the screening as validation sees it, the context and principles from what
the engine allows, blank risks, escaping, the digest, the PDF's pages, and the file the CNIL's
PIA tool imports."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import Any

from app.domain.decisions import Request, decide
from app.domain.enums import ConsentState
from app.domain.models import Policy
from app.exporters import art30_fields as record
from app.exporters.dpia import RISK_QUESTIONS, RISKS, build_draft
from app.exporters.dpia_pia import pia_document
from app.exporters.registry import LEGAL, audience_of, get
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file
from tests.exporters.test_art30 import ATTRIBUTE, SCRIPT, parsed, text_of
from tests.validation.policy_builder import findings

SHOP = RESOURCES / "templates" / "gdpr-online-shop.policy.yaml"
RLO = "\u202e"
POLICY = """\
format_version: 2
policy:
  id: dpia_test
  title: Clinic
  organisation: Clinic Ltd
  jurisdictions: [eu_gdpr]
  establishment: DE
  controller: {name: Clinic Ltd, email: privacy@clinic.example}
  dpo: {name: Dana DPO, email: dpo@clinic.example}
  security_measures:
    - {id: tls, name: TLS everywhere, description: Encrypted in transit., kind: technical}
categories:
  - {id: health, name: Health notes, sensitivity: special_category}
  - {id: email, name: Email address}
subjects:
  - {id: patients, name: Patients, vulnerable: true}
  - {id: staff, name: Staff}
recipients:
  - {id: lab, name: Lab GmbH, kind: processor, country: DE, processor_contract: DPA-1}
  - {id: offshore, name: Offshore desk, kind: processor, country: IN,
     safeguard: standard_contractual_clauses}
purposes:
  - {id: care, name: Care, description: Treating patients., legal_basis: contract,
     art9_condition: health_or_social_care, rights: [access, erasure, objection]}
  - {id: news, name: News, legal_basis: consent, consent: opt_in}
rules:
  - {id: treat, categories: [health], purposes: [care], recipients: [lab, offshore],
     obligations: [pseudonymise]}
  - {id: mail, categories: [email], purposes: [news], subjects: [staff]}
retention:
  - {id: keep, categories: [health, email], duration: P2Y, citation: Medical records law}
"""


def clinic() -> Policy:
    """The clinic; the news purpose has a hostile name and description."""
    policy = load_bytes(POLICY.encode(), "clinic.policy.yaml").policy
    news = policy.purposes[1].model_copy(update={"name": f"News {SCRIPT}{RLO}",
                                                 "description": f"Monthly {ATTRIBUTE}"})
    return policy.model_copy(update={"purposes": [policy.purposes[0], news]})


def test_the_formats_are_registered_for_lawyers() -> None:
    for name, suffix in (("dpia-html", ".dpia.html"), ("dpia-pdf", ".dpia.pdf"),
                         ("dpia-pia-json", ".pia.json")):
        exporter = get(name)
        assert exporter.suffix == suffix and audience_of(exporter) == LEGAL


def test_the_screening_agrees_with_validation_and_only_needed_purposes_are_assessed() -> None:
    policy = clinic()
    draft = build_draft(policy)
    [care, news] = draft.screening
    assert [c.key for c in care.criteria] == ["sensitive", "vulnerable", "transfer"]
    assert care.conclusion == "Required (3 criteria met)"
    assert news.criteria == [] and news.conclusion.startswith("Not required")
    [message] = [f.message for f in findings(policy, "GOV020")]
    assert all(c.title in message for c in care.criteria)
    assert [a.purpose.id for a in draft.assessments] == ["care"] and not draft.all_drafted


def test_context_and_principles_come_from_what_the_engine_allows() -> None:
    policy = clinic()
    [care] = build_draft(policy).assessments
    fields = {f.title: [line.text for line in f.lines] for f in (*care.context, *care.principles)}
    assert fields[record.PURPOSES] == ["Treating patients."]
    assert fields[record.DATA] == ["Health notes (special category (GDPR Art. 9))"]
    for recipient in ("lab", "offshore"):
        assert decide(policy, Request("health", "care", "patients", recipient, None,
                                      ConsentState.GRANTED)).allowed
    assert any("Lab GmbH" in t for t in fields[record.RECIPIENTS])
    assert any("Offshore desk" in t for t in fields[record.RECIPIENTS])
    assert fields[record.CONTRACTS][0] == "Lab GmbH: DPA-1"
    assert any("standard contractual clauses" in t for t in fields[record.TRANSFERS])
    assert fields["Data minimisation"][0] == "Required by the rules for these uses: " \
                                             "pseudonymisation"
    assert fields["Rights of the people"][0] == "Offered: access, erasure and objection"
    assert any("2 years" in t for t in fields[record.RETENTION])


def test_html_has_every_part_blank_risks_and_the_digest() -> None:
    result = get("dpia-html").export(clinic())
    html = result.data.decode("utf-8")  # type: ignore[union-attr]
    text = text_of(result.data)
    assert html.count(result.digest) >= 2
    assert "<script" not in html and not re.search(r"(src|href)=", html)
    for title in ("1. The controller", "2. Screening", "3. Care", "3.1 Context",
                  "3.2 Fundamental principles", "4. Risks", "5. Conclusion",
                  *(title for _, title in RISKS)):
        assert title in text, title
    assert text.count(RISK_QUESTIONS[0]) == len(RISKS)
    assert text.count("TO BE COMPLETED") >= len(RISKS) * len(RISK_QUESTIONS)
    assert "Vulnerable people or children: Patients: vulnerable, under rules open to anyone" \
        in text
    assert "TLS everywhere" in text


def test_hostile_text_is_escaped_everywhere() -> None:
    html = get("dpia-html").export(clinic()).data.decode("utf-8")  # type: ignore[union-attr]
    assert SCRIPT not in html and ATTRIBUTE not in html
    parser = parsed(html)
    assert all(tag != "script" for tag, _ in parser.tags)
    assert SCRIPT in "".join(parser.parts)
    assert f"{RLO}\u2069" in "".join(parser.parts) or "\u2068" in "".join(parser.parts)
    document = pia_document(build_draft(_all_drafted()))
    texts = " ".join(a["data"]["text"] for a in document["answers"])
    assert SCRIPT not in texts and "&lt;script&gt;" in texts and ATTRIBUTE not in texts


def test_a_nul_in_a_name_never_reaches_a_document() -> None:
    policy = clinic()
    care = policy.purposes[0].model_copy(update={"name": "Care\0x"})
    policy = policy.model_copy(update={"purposes": [care, policy.purposes[1]]})
    html = get("dpia-html").export(policy).data
    assert html is not None and b"\0" not in html and "Care\ufffdx" in html.decode("utf-8")
    pia = get("dpia-pia-json").export(policy).data
    assert pia is not None and b"\\u0000" not in pia
    texts = " ".join(a["data"]["text"] for a in json.loads(pia)["answers"])
    assert "Care\ufffdx" in texts


def _all_drafted() -> Policy:
    """The clinic without its health use: no purpose needs an assessment."""
    policy = clinic()
    return policy.model_copy(update={"rules": policy.rules[1:]})


def test_when_nothing_needs_an_assessment_every_purpose_is_drafted() -> None:
    draft = build_draft(_all_drafted())
    assert draft.all_drafted and [a.purpose.id for a in draft.assessments] == ["care", "news"]
    assert "every purpose is drafted below" in text_of(get("dpia-html").export(
        _all_drafted()).data)


def test_pdf_pages_carry_the_digest_and_the_risks() -> None:
    from pypdf import PdfReader

    from app.exporters.pdf.dpia import render_pdf

    when = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    draft = build_draft(clinic())
    data, count = render_pdf(draft, now=when)
    assert render_pdf(draft, now=when)[0] == data
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == count > 1
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Page {count} of {count}" in text and "DPIA draft: Clinic" in text
    assert draft.digest in text
    assert "Illegitimate access to data" in text and "Disappearance of data" in text


# The CNIL PIA tool (github.com/LINCnil/pia) reads an imported file in
# src/app/services/pia.service.ts (importData, importAnswers, importMeasures,
# importEvaluations, importComments); the records' fields are those of src/app/models/
# pia.model.ts, answer.model.ts, measure.model.ts, evaluation.model.ts and comment.model.ts,
# and the question numbers those of src/assets/files/pia_architecture.json.
QUESTIONS = {*range(111, 114), *range(121, 124), *range(211, 216), *range(221, 228),
             *range(321, 327), *range(331, 337), *range(341, 347)}
PIA_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str, "category": str, "author_name": str, "evaluator_name": str,
    "validator_name": str, "dpo_status": (int, type(None)), "dpo_opinion": str,
    "concerned_people_opinion": str, "concerned_people_status": (int, type(None)),
    "concerned_people_searched_opinion": bool, "concerned_people_searched_content": str,
    "rejection_reason": str, "applied_adjustments": str, "dpos_names": str,
    "people_names": str, "status": int, "created_at": str, "updated_at": str,
    "structure_id": type(None),
}


def _date(text: str) -> dt.datetime:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", text), text
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _typed(record_: dict[str, Any], fields: dict[str, Any]) -> None:
    for name, kind in fields.items():
        assert name in record_, name
        assert isinstance(record_[name], kind), (name, record_[name])


def test_the_pia_file_has_the_shape_the_tool_imports() -> None:
    result = get("dpia-pia-json").export(clinic())
    assert result.data is not None
    document = json.loads(result.data)
    assert set(document) == {"pia", "answers", "measures", "evaluations", "comments"}
    _typed(document["pia"], PIA_FIELDS)
    assert document["pia"]["status"] == 0 and document["pia"]["dpos_names"] == "Dana DPO"
    for stamp in (document["pia"]["created_at"], document["pia"]["updated_at"]):
        _date(stamp)
    answers = document["answers"]
    assert answers and len({a["reference_to"] for a in answers}) == len(answers)
    for answer in answers:
        _typed(answer, {"reference_to": int, "data": dict, "created_at": str})
        assert answer["reference_to"] in QUESTIONS and answer["reference_to"] < 300
        assert set(answer["data"]) == {"text", "gauge", "list"}
        _typed(answer["data"], {"text": str, "gauge": type(None), "list": list})
        _date(answer["created_at"])
    for measure in document["measures"]:
        _typed(measure, {"id": int, "title": str, "content": str, "placeholder": str,
                         "created_at": str})
    assert [m["title"] for m in document["measures"]] == ["TLS everywhere"]
    assert document["evaluations"] == [] and document["comments"] == []
    by_question = {a["reference_to"]: a["data"]["text"] for a in answers}
    assert "Treating patients." in by_question[211]
    assert "Health notes" in by_question[121] and "Lab GmbH" in by_question[121]
    assert "DPA-1" in by_question[226] and "standard contractual clauses" in by_question[227]
    assert "Offered: access" in by_question[223] and "portability" in by_question[223]
    assert result.digest in by_question[111]


def test_the_pia_file_of_an_example_is_deterministic_for_an_instant() -> None:
    policy = load_file(SHOP).policy
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    first = pia_document(build_draft(policy), now=when)
    assert first == pia_document(build_draft(policy), now=when)
    assert first["pia"]["created_at"] == "2026-01-02T03:04:05.000Z"
