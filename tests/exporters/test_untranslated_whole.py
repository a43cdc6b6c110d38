"""A policy with no translation into the document's language at all says so once, in the
note at the top, and its names carry no "EN" tags (every one would have one); a policy with
some translations keeps the per-name tags. German and French, HTML and Markdown."""

from __future__ import annotations

import re

import pytest

from app.domain.models import Policy, Translation
from app.exporters.registry import get, run_export
from app.exporters.untranslated import translated_at_all
from app.paths import RESOURCES
from app.storage.loader import load_file
from tests.exporters import test_document_languages as languages

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
speaking = languages.speaking
WHOLE = {"de": "Diese Richtlinie ist nicht in diese Sprache übersetzt",
         "fr": "Cette politique n\u2019a pas été traduite dans cette langue"}
PART = {"de": "Noch nicht übersetzte Texte", "fr": "Les textes non encore traduits"}
TAG = '<sup class="untranslated-tag">EN</sup>'
SPAN = '<span lang="en" class="untranslated">'


def untranslated() -> Policy:
    return load_file(EXAMPLE).policy


def translated_in(code: str) -> Policy:
    """The example with one purpose translated into ``code``."""
    policy = untranslated()
    orders = next(p for p in policy.purposes if p.id == "order_fulfilment")
    orders.translations = {code: Translation(name={"de": "Bestellabwicklung",
                                                   "fr": "Exécution des commandes"}[code])}
    return policy


def export(name: str, policy: Policy) -> str:
    return run_export(get(name), policy).data.decode("utf-8")


@pytest.mark.parametrize("code", ["de", "fr"])
@pytest.mark.parametrize("name", ["html", "notice-html", "art30-html"])
def test_an_untranslated_policy_says_it_once_and_tags_no_name(
        name: str, code: str, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking(code)
    html = export(name, untranslated())
    assert html.count('class="untranslated-note"') == 1
    assert WHOLE[code] in html and PART[code] not in html
    assert TAG not in html
    assert SPAN in html, "the names still say their language (for screen readers)"
    assert not re.search("[\ue000-\ue003]", html)


@pytest.mark.parametrize("code", ["de", "fr"])
@pytest.mark.parametrize("name", ["html", "notice-html", "art30-html"])
def test_a_partly_translated_policy_keeps_the_tags(
        name: str, code: str, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking(code)
    html = export(name, translated_in(code))
    assert PART[code] in html and WHOLE[code] not in html
    assert TAG in html
    assert {"de": "Bestellabwicklung", "fr": "Exécution des commandes"}[code] in html


@pytest.mark.parametrize("code", ["de", "fr"])
def test_the_markdown_notice_drops_the_en_marks_only_when_nothing_is_translated(
        code: str, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking(code)
    whole = export("notice-md", untranslated())
    assert whole.count(f"*{WHOLE[code]}") == 1 and " (EN)" not in whole
    part = export("notice-md", translated_in(code))
    assert part.count(f"*{PART[code]}") == 1 and " (EN)" in part


def test_a_translation_into_another_language_does_not_count(speaking) -> None:  # type: ignore[no-untyped-def]
    """Translated into German only: the French documents say it once, the German ones tag."""
    policy = translated_in("de")
    assert translated_at_all(policy, "de") and translated_at_all(policy, "de-CH")
    assert not translated_at_all(policy, "fr")
    speaking("fr")
    assert WHOLE["fr"] in export("html", policy) and TAG not in export("html", policy)
    speaking("de")
    assert TAG in export("html", policy)


def test_english_documents_stay_unmarked() -> None:
    html = export("html", untranslated())
    assert SPAN not in html and TAG not in html and 'class="untranslated-note"' not in html
