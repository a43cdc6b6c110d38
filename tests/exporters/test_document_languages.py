"""The readable documents in German and French: lang attribute, headings, no English left.

Each document is rendered with the language active (the catalogues bundled with the app) and
read back: its ``lang`` is the language, its headings are the catalogue's words for it, and
none of the English headings its template and exporter write is left; rendered in English
again, it is the same document as before (nothing leaks between languages).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest

from app.domain import i18n
from app.exporters.art30 import build_processor_record, build_record
from app.exporters.art30_csv import csv_rows
from app.exporters.art30_fields import TITLES
from app.exporters.art30_html import render_html as art30_html
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.translations import activate

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"

ART30_HEADINGS = {
    "de": ["Verzeichnis von Verarbeitungstätigkeiten", "Der Verantwortliche",
           "Verarbeitungstätigkeiten", "Technische und organisatorische Sicherheitsmaßnahmen",
           "Zwecke der Verarbeitung", "Rechtsgrundlage (Art. 6 DSGVO)",
           "Kategorien betroffener Personen", "Fristen für die Löschung"],
    "fr": ["Registre des activités de traitement", "Le responsable du traitement",
           "Activités de traitement", "Mesures de sécurité techniques et organisationnelles",
           "Finalités du traitement", "Base légale (art. 6 RGPD)",
           "Catégories de personnes concernées", "Délais d\u2019effacement"],
}
ART30_ENGLISH = ["Record of processing activities", "The controller", "Processing activities",
                 "Technical and organisational security measures", "Contact details",
                 "Data protection officer", "Record last updated", "Content digest:",
                 *TITLES]


@pytest.fixture
def policy():  # type: ignore[no-untyped-def]
    return load_file(EXAMPLE).policy


@pytest.fixture
def speaking() -> Iterator[object]:
    """``speaking(code)`` makes ``code`` the language until the test ends."""
    before = i18n.current()
    try:
        yield activate
    finally:
        i18n.use(before)


def _headings(html: str) -> list[str]:
    found = re.findall(r"<(h[1-6]|th)\b[^>]*>(.*?)</\1>", html, re.S)
    return [re.sub(r"<[^>]+>|&#8203;|\u200b", "", text).strip() for _, text in found]


def _text(html: str) -> str:
    import html as markup

    return markup.unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_record_of_processing_speaks_the_language(policy, speaking, language) -> None:  # type: ignore[no-untyped-def]
    english = art30_html(build_record(policy))
    speaking(language)
    html = art30_html(build_record(policy))
    assert f'<html lang="{language}">' in html
    headings = _headings(html)
    for heading in ART30_HEADINGS[language]:
        assert any(heading in h for h in headings), heading
    body = "\n".join(headings)
    left = [word for word in ART30_ENGLISH if word in body]
    assert not left, f"English headings left in the {language} record: {left}"
    assert "DRAFT:" not in _text(html)  # the standing notice speaks the language too
    speaking("en")
    assert art30_html(build_record(policy)) == english  # English unchanged afterwards


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_processor_record_and_the_csv_headings_speak_the_language(
        policy, speaking, language) -> None:  # type: ignore[no-untyped-def]
    english_rows = csv_rows(build_record(policy))
    speaking(language)
    html = art30_html(build_processor_record(policy))
    assert f'<html lang="{language}">' in html
    assert "Record of processing activities carried out as processor" not in html
    header = csv_rows(build_record(policy))[0]
    assert len(header) == len(english_rows[0])  # the same columns, in people's words
    assert not set(header) & set(english_rows[0]) - {"Version"}, header
    assert ART30_HEADINGS[language][4] in header
    assert csv_rows(build_record(policy))[1][-1].startswith("sha256:")  # the digest as it is


def test_the_german_record_pdf_has_german_page_furniture(policy, speaking) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from app.exporters.pdf.record import render_pdf

    speaking("de")
    data, count = render_pdf(build_record(policy))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
                    .split())
    assert f"Seite 1 von {count}" in text and f"Seite {count} von {count}" in text
    assert "Inhalts-Prüfsumme sha256:" in text and "Page 1 of" not in text
    assert "Verzeichnis von Verarbeitungstätigkeiten: " in text  # the running header


def test_the_german_record_dates_and_gap_words_are_german(policy, speaking) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.exporters.art30_html import pieces
    from app.exporters.art30_words import day

    speaking("de")
    assert day(dt.date(2026, 2, 16)) == "16. Februar 2026"
    cut = pieces("Vertrag: KEIN VERTRAG ANGEGEBEN")
    assert ("KEIN VERTRAG ANGEGEBEN", True) in cut  # the gap is still highlighted
    speaking("fr")
    assert day(dt.date(2026, 2, 16)) == "16 février 2026"


NOTICE_HEADINGS = {
    "de": ["Inhalt", "Auf einen Blick", "Die vollständige Erklärung",
           "1. Wer wir sind und wie Sie uns erreichen", "5. Wie lange wir Ihre Daten speichern",
           "Verantwortlicher"],
    "fr": ["Sommaire", "En bref", "L\u2019information complète",
           "1. Qui nous sommes et comment nous joindre",
           "5. Combien de temps nous conservons vos données", "Responsable du traitement"],
}
NOTICE_ENGLISH = ["Contents", "At a glance", "The full notice", "Who we are and how to reach us",
                  "What data we collect and where it comes from", "How long we keep your data",
                  "Your rights and how to use them", "Controller", "Data protection officer"]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_privacy_notice_speaks_the_language(policy, speaking, language) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.notice_html import render_html
    from app.exporters.notice_md import render_markdown
    from app.exporters.notice_sections import build_notice

    english = render_html(build_notice(policy), policy)
    speaking(language)
    notice = build_notice(policy)
    html = render_html(notice, policy)
    assert f'<html lang="{language}">' in html
    headings = _headings(html)
    for heading in NOTICE_HEADINGS[language]:
        assert heading in headings, heading
    left = [h for h in headings if h.split(". ", 1)[-1] in NOTICE_ENGLISH]
    assert not left, f"English headings left in the {language} notice: {left}"
    text = _text(html)
    assert "We use your data for" not in text and "Read section 1 in full" not in text
    markdown = render_markdown(notice, policy)
    assert f"## {NOTICE_HEADINGS[language][1]}" in markdown and "## At a glance" not in markdown
    speaking("en")
    assert render_html(build_notice(policy), policy) == english


def test_the_notice_is_scored_for_reading_ease_in_english_only(policy, speaking) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.notice_readability import readability
    from app.exporters.notice_sections import build_notice

    english = readability(build_notice(policy))
    assert english.scored and english.first_layer.words > 0
    assert english.line().startswith("Reading ease: first layer ")
    for language, said in (("de", "Lesbarkeit nicht bewertet"),
                           ("fr", "Lisibilité non évaluée")):
        speaking(language)
        scored = readability(build_notice(policy))
        assert not scored.scored and scored.first_layer.words == 0  # not measured, no crash
        assert scored.line().startswith(said)


POLICY_HEADINGS = {
    "de": ["Inhalt", "1. Über diese Richtlinie", "2. Zwecke",
           "6. Wie Daten verwendet werden dürfen", "7. Aufbewahrungsplan", "Freigaben"],
    "fr": ["Sommaire", "1. À propos de cette politique", "2. Finalités",
           "6. Comment les données peuvent être utilisées", "7. Calendrier de conservation",
           "Approbations"],
}
POLICY_ENGLISH = ["Contents", "About this policy", "Data categories", "Data subjects",
                  "Recipients and transfers", "How data may be used", "Retention schedule",
                  "Security measures", "Intrusiveness summary", "Approvals", "Identifier",
                  "Recipient", "Transfer safeguard", "Measure", "Band", "Uses"]
"""The English headings the document's template and exporter write ("Name" and "Description"
are also German or French; the retention schedule's columns are the model's field titles)."""


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_policy_document_speaks_the_language(policy, speaking, language) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.policy_document import build_html

    english = build_html(policy)
    speaking(language)
    html = build_html(policy)
    assert f'<html lang="{language}">' in html
    headings = _headings(html)
    for heading in POLICY_HEADINGS[language]:
        assert heading in headings, heading
    left = [h for h in headings if h.split(". ", 1)[-1] in POLICY_ENGLISH]
    assert not left, f"English headings left in the {language} document: {left}"
    from app.exporters.policy_words import RuleWriter
    from app.exporters.untranslated import unmarked, worded

    # untranslated names are marked, with an "EN" tag (tests/exporters/test_translated_names.py)
    text = _text(re.sub(r'<sup class="untranslated-tag">EN</sup>', "", html))
    writer = RuleWriter(worded(policy))
    assert all(unmarked(writer.sentence(rule)) in text for rule in policy.rules)
    assert "Any use not allowed below is not allowed." not in text
    speaking("en")
    assert build_html(policy) == english


def test_a_rule_reads_as_a_german_sentence(policy, speaking) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.policy_words import RuleWriter

    speaking("de")
    writer = RuleWriter(policy)
    said = dict(zip((rule.id for rule in policy.rules),
                    (writer.sentence(rule) for rule in policy.rules), strict=True))
    for rule in policy.rules:
        assert " may be used for " not in said[rule.id] and " must not be " not in said[rule.id]
        if rule.effect == "deny":
            assert " verboten" in said[rule.id], said[rule.id]
        else:
            assert ": Verwendung für " in said[rule.id] and " erlaubt" in said[rule.id]


OTHER_ENGLISH = {
    "dpia": ["Data protection impact assessment (draft)", "The controller", "Screening",
             "Context", "Fundamental principles", "Risks", "Measures the policy records",
             "Data minimisation", "Information and consent",
             "Rights of the people", "Illegitimate access to data", "Contact details"],
    "gpc": ["Consent and Global Privacy Control", "Purpose", "What a GPC signal does",
            "no signal"],
    "annex": ["Use rules", "Retention rules", "Annex to"],
    "redline": ["Changes to", "Policy details", "Uses whose decision changes", "Before",
                "After", "What", "Change"],
}


def _others(policy) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from app.domain.diff import diff_policies
    from app.exporters.dpia import build_draft
    from app.exporters.dpia_html import render_html as dpia_html
    from app.exporters.gpc_table import render_html as gpc_html
    from app.exporters.redline_html import redline_with_impact
    from app.exporters.rule_annex import annex_html

    changed = policy.model_copy(deep=True)
    changed.policy.version = "9.9.9"
    changed.purposes = changed.purposes[:-1]
    assert not diff_policies(policy, changed).equal
    return {"dpia": dpia_html(build_draft(policy)), "gpc": gpc_html(policy),
            "annex": annex_html(policy),
            "redline": redline_with_impact(policy, changed, "old.yaml", "new.yaml")[0]}


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_dpia_gpc_table_rule_annex_and_redline_speak_the_language(
        policy, speaking, language) -> None:  # type: ignore[no-untyped-def]
    english = _others(policy)
    for name, html in english.items():  # the English words are there to be replaced
        assert any(word in _headings(html) or word in " ".join(_headings(html))
                   for word in OTHER_ENGLISH[name]), name
    speaking(language)
    translated = _others(policy)
    for name, html in translated.items():
        assert f'<html lang="{language}">' in html, name
        headings = _headings(html)
        left = [h for h in headings
                if any(h.split(". ", 1)[-1].startswith(word) for word in OTHER_ENGLISH[name])]
        assert not left, f"English headings left in the {language} {name}: {left}"
    gap = {"de": "NOCH AUSZUFÜLLEN", "fr": "À COMPLÉTER"}[language]
    assert f'<span class="warning">{gap}</span>' in translated["dpia"]  # still highlighted
    assert "TO BE COMPLETED" not in translated["dpia"]
    speaking("en")
    assert _others(policy) == english
