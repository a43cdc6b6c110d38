"""The translation catalogues: complete, in step with the sources, and read the same by Qt.

Every message a source asks for is in the German and the French catalogue, translated; no
catalogue holds a message no source uses; a translation keeps its source's fields, plural
number and menu letter; the English catalogue holds the singular of every plural message (the
source being its plural); the compiled ``.qm`` files are those of the ``.ts`` sources, and Qt
reading them gives the words our own reader gives.
"""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest

from app.domain import i18n
from app.storage import catalogue_sources as sources
from app.storage.translations import (
    LANGUAGES,
    catalogue_file,
    choose,
    language_code,
    read_catalogue,
)

ROOT_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wanted() -> dict[i18n.Key, sources.Message]:
    return {m.key: m for m in sources.messages()}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _keys(path: Path) -> set[i18n.Key]:
    import xml.etree.ElementTree as ET

    return {key for key, _ in _entries(ET.parse(path).getroot())}


def _entries(root):  # type: ignore[no-untyped-def]
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "",
                   message.findtext("comment") or "")
            yield key, message


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_message_a_source_uses_is_in_the_catalogue_and_no_other(
        language: str, wanted: dict[i18n.Key, sources.Message]) -> None:
    wanted = {m.key: m for m in sources.wanted_in(language, list(wanted.values()))}
    held = _keys(catalogue_file(language))
    missing = sorted(set(wanted) - held)
    unused = sorted(held - set(wanted))
    assert not missing, f"not in {language} (run python -m app.storage.catalogue_sources): " \
                        f"{missing[:20]}"
    assert not unused, f"in {language} but no source uses them: {unused[:20]}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_message_is_translated_keeping_fields_numbers_and_menu_letters(
        language: str, wanted: dict[i18n.Key, sources.Message]) -> None:
    wanted = {m.key: m for m in sources.wanted_in(language, list(wanted.values()))}
    catalogue = read_catalogue(catalogue_file(language), language)
    problems = []
    for key, message in wanted.items():
        forms = catalogue.plurals.get(key) if message.numerus else None
        texts = list(forms) if forms else [catalogue.texts.get(key, "")]
        if not all(texts):
            problems.append(f"untranslated: {key}")
            continue
        for text in texts:
            if _fields(text) != _fields(message.source):
                problems.append(f"fields differ: {key} -> {text!r}")
            if message.numerus and "%n" in message.source and "%n" not in text \
                    and text is not texts[0]:
                problems.append(f"plural without %n: {key} -> {text!r}")
            if "&" in message.source.replace("&&", "") and \
                    len(re.findall(r"&(?!&)", text.replace("&&", ""))) != 1:
                problems.append(f"menu letter (&) lost or doubled: {key} -> {text!r}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_compiled_catalogues_are_those_of_the_sources(language: str,
                                                          tmp_path: Path) -> None:
    fresh = sources.compile_catalogue(language, tmp_path / f"{language}.qm")
    assert fresh.read_bytes() == catalogue_file(language, ".qm").read_bytes(), \
        "run python -m app.storage.catalogue_sources to compile the catalogues"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_qt_reads_the_compiled_catalogue_as_we_read_the_source(
        qapp, language: str, wanted: dict[i18n.Key, sources.Message]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    wanted = {m.key: m for m in sources.wanted_in(language, list(wanted.values()))}
    translator = QTranslator()
    assert translator.load(str(catalogue_file(language, ".qm")))
    ours = read_catalogue(catalogue_file(language), language)
    for (context, source, comment), message in wanted.items():
        n = 2 if message.numerus else -1
        expected = ours.find((context, source, comment), n)
        assert translator.translate(context, source, comment or None, n) == expected


def test_translate_gives_the_source_without_a_catalogue_and_the_translation_with_one() -> None:
    key = ("Ctx", "{count} rules", "")
    plural = ("Ctx", "%n rules", "")
    german = i18n.Catalogue("de", {key: "{count} Regeln"}, {plural: ("%n Regel", "%n Regeln")})
    french = i18n.Catalogue("fr", {}, {plural: ("%n règle", "%n règles")})
    before = i18n.current()
    try:
        assert i18n.translate("Ctx", "{count} rules") == "{count} rules"
        i18n.use(german)
        assert i18n.language() == "de"
        assert i18n.translate("Ctx", "{count} rules").format(count=3) == "3 Regeln"
        assert i18n.translate("Ctx", "%n rules", None, 1) == "1 Regel"
        assert i18n.translate("Ctx", "%n rules", None, 0) == "0 Regeln"
        assert i18n.translate("Ctx", "not in it") == "not in it"
        assert i18n.translate("Other", "{count} rules") == "{count} rules"  # context counts
        i18n.use(french)
        assert i18n.translate("Ctx", "%n rules", None, 0) == "0 règle"  # French: 0 is singular
        assert i18n.translate("Ctx", "%n rules", None, 2) == "2 règles"
    finally:
        i18n.use(before)


def test_every_plural_message_has_an_english_singular_and_its_source_as_a_form(
        wanted: dict[i18n.Key, sources.Message]) -> None:
    english = read_catalogue(catalogue_file("en"), "en")
    plural = {key for key, message in wanted.items() if message.numerus}
    assert set(english.plurals) == plural and not english.texts
    for key in plural:
        one, other = english.plurals[key]
        assert key[1] in (one, other), f"neither form is the source: {key}"


def test_english_says_one_rule_and_two_rules(wanted: dict[i18n.Key, sources.Message]) -> None:
    from app.storage.translations import activate

    assert ("documents view", "%n rules", "") in wanted
    before = i18n.current()
    try:
        activate("en")
        assert i18n.translate("documents view", "%n rules", None, 1) == "1 rule"
        assert i18n.translate("documents view", "%n rules", None, 0) == "0 rules"
        assert i18n.translate("documents view", "%n rules", None, 2) == "2 rules"
        assert i18n.translate("findings", "%n error", None, 1) == "1 error"
        assert i18n.translate("documents view", "not a plural") == "not a plural"
    finally:
        i18n.use(before)


def test_the_language_follows_the_request_then_the_variable_then_the_system() -> None:
    assert choose("de", {}) == "de"
    assert choose("fr_CA", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert choose(None, {"POLICY_STUDIO_LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}) == "fr"
    assert choose(None, {"LANG": "de_DE.UTF-8"}) == "de"
    assert choose(None, {"LC_ALL": "fr_FR@euro", "LANG": "de_DE"}) == "fr"
    assert choose(None, {"LANGUAGE": "de:en", "LANG": "C"}) == "de"
    assert choose(None, {"LANG": "ja_JP.UTF-8"}) == "en"  # not one we speak
    assert choose(None, {}) == "en"
    assert language_code("C") is None and language_code("") is None
    assert language_code("de-AT") == "de"


def test_no_words_are_translated_when_a_module_loads(tmp_path: Path) -> None:
    """A process that loads every module while German is active, then writes in English, writes
    exactly what a process that never spoke German writes: no table of words was translated
    once, at import, and kept (the window's builder process loads in the window's language)."""
    import subprocess
    import sys

    script = (
        "import pkgutil, importlib, sys\n"
        "from app.storage.translations import activate\n"
        "activate(sys.argv[1])\n"
        "import app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    if '.ui' not in m.name and 'pdf' not in m.name and m.name != 'app.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "activate('en')\n"
        "from app.storage.loader import load_file\n"
        "from app.exporters.registry import get\n"
        "policy = load_file(sys.argv[2]).policy\n"
        "for name in ('html', 'art30-html', 'notice-md', 'dpia-html', 'gpc-table-html'):\n"
        "    out = get(name).export(policy)\n"
        "    text = (out.data or b'').decode() + ' '.join(out.summary + out.notes)\n"
        "    sys.stdout.write(f'== {name}\\n{text}\\n')\n")
    example = next((ROOT_DIR / "resources" / "examples").glob("*.policy.yaml"))
    runs = [subprocess.run([sys.executable, "-c", script, language, str(example)],
                           capture_output=True, text=True, timeout=300, check=False,
                           env={**os.environ, "PYTHONPATH": str(ROOT_DIR)})
            for language in ("en", "de")]
    for run in runs:
        assert run.returncode == 0, run.stderr[-3000:]
    english, loaded_in_german = (re.sub(r"\d{4}-\d\d-\d\dT[\d:.+Z-]+", "", r.stdout)
                                 for r in runs)
    assert loaded_in_german == english
