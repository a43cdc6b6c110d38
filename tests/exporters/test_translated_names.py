"""Documents in German and French use items' translated names and mark what is untranslated.

A purpose with a German name shows it in the German documents; one without shows its English
name inside ``<span lang="en" class="untranslated">`` with an "EN" tag, and the document opens
with a one-line note. English documents carry no marks and no note. The documents still carry
the policy's own content digest, and hostile text in a translation is escaped.
"""

from __future__ import annotations

import re

import pytest

from app.domain.canonical import digest
from app.domain.models import Policy, TitleTranslation, Translation
from app.exporters.registry import get, run_export
from app.paths import RESOURCES
from app.storage.loader import load_file
from tests.exporters import test_document_languages as languages

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
MARK = re.compile(r'<span lang="en" class="untranslated">([^<]*)</span>'
                  r'<sup class="untranslated-tag">EN</sup>')
speaking = languages.speaking
"""``speaking(code)`` makes ``code`` the language until the test ends (a fixture)."""
HOSTILE = '<script>alert("x")</script> & \u202eevil'


@pytest.fixture
def policy() -> Policy:
    policy = load_file(EXAMPLE).policy
    orders = next(p for p in policy.purposes if p.id == "order_fulfilment")
    orders.translations = {
        "de": Translation(name="Bestellabwicklung", description="Wir liefern Ihre Bestellung."),
        "fr": Translation(name="Exécution des commandes")}
    policy.policy.translations = {"de": TitleTranslation(title="Datennutzungsrichtlinie")}
    return policy


def _export(name: str, policy: Policy) -> str:
    result = run_export(get(name), policy)
    assert result.digest == digest(policy)
    return result.data.decode("utf-8")


@pytest.mark.parametrize("name", ["art30-html", "html", "notice-html", "dpia-html"])
def test_german_documents_use_the_german_name_and_mark_the_rest(
        name: str, policy: Policy, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking("de")
    html = _export(name, policy)
    assert "Bestellabwicklung" in html
    marked = MARK.findall(html)
    assert "Bestellabwicklung" not in marked
    others = [p.name for p in policy.purposes if p.id != "order_fulfilment" and p.name]
    assert set(others) & set(marked), "no untranslated purpose name is marked"
    assert html.count('class="untranslated-note"') == 1
    assert "Noch nicht übersetzte Texte" in html
    assert "\ue000" not in html and "\ue002" not in html
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title is not None and "<span" not in title.group(1)


@pytest.mark.parametrize("name", ["art30-html", "html", "notice-html", "dpia-html",
                                  "notice-md"])
def test_english_documents_have_no_marks(name: str, policy: Policy) -> None:
    text = _export(name, policy)
    assert 'class="untranslated"' not in text and "(EN)" not in text
    assert "class=\"untranslated-note\"" not in text and "Bestellabwicklung" not in text


def test_the_french_record_uses_the_french_name_and_marks_the_description(
        policy: Policy, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking("fr")
    html = _export("art30-html", policy)
    assert "Exécution des commandes" in html and 'lang="fr"' in html
    assert "Les textes non encore traduits" in html


def test_markdown_notice_marks_untranslated_text_with_en(
        policy: Policy, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking("de")
    text = _export("notice-md", policy)
    assert text.startswith("# Datenschutzerklärung: Datennutzungsrichtlinie\n")
    assert "*Noch nicht übersetzte Texte" in text.split("\n\n")[1]
    assert " (EN)" in text and "Bestellabwicklung (EN)" not in text
    assert not re.search("[\ue000-\ue003]", text)


def test_pdf_record_in_german_keeps_the_digest(policy: Policy, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking("de")
    result = run_export(get("art30-pdf"), policy)
    assert result.digest == digest(policy) and result.data.startswith(b"%PDF")


def test_hostile_translation_is_escaped_and_a_forged_mark_is_dropped(
        policy: Policy, speaking) -> None:  # type: ignore[no-untyped-def]
    orders = next(p for p in policy.purposes if p.id == "order_fulfilment")
    orders.translations = {"de": Translation(name=HOSTILE + "\ue000en\ue001")}
    ads = policy.purposes[-1]
    ads.name = "Ads \ue002en\ue003<b>"
    speaking("de")
    html = _export("art30-html", policy)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert not re.search("[\ue000-\ue003]", html)


def test_marks_become_spans_in_text_and_vanish_from_titles_and_attributes(
        speaking) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.untranslated import shown_marks

    speaking("de")
    one = "\ue000en\ue001A &amp; B\ue002en\ue003"
    html = (f"<html><head><title>{one}</title></head><body>\n"
            f'<p title="{one}">{one}</p></body></html>')
    assert shown_marks(html) == (
        "<html><head><title>A &amp; B</title></head><body>\n"
        '<p class="untranslated-note">Noch nicht übersetzte Texte werden in der '
        "Originalsprache angezeigt und als solche gekennzeichnet.</p>\n"
        '<p title="A &amp; B"><span lang="en" class="untranslated">A &amp; B</span>'
        '<sup class="untranslated-tag">EN</sup></p></body></html>')
    assert shown_marks(html, note=False).count("untranslated-note") == 0
