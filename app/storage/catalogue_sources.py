"""Keep the translation catalogues in step with the sources (a tool for developers).

Run ``python -m app.storage.catalogue_sources`` after changing user-visible words: it asks Qt's
``lupdate`` for every :func:`app.domain.i18n.translate` call under ``app/``, reads the
``tr(context, text)`` calls of the document templates (``resources/documents``) with Jinja's
own extractor, and rewrites each ``resources/translations/policy_studio_<code>.ts`` with
exactly those messages: translations already made are kept, new messages are marked
unfinished for Qt Linguist, messages no source uses any more are dropped. The English
catalogue holds only the plural messages: their sources are the plural form, and it gives the
singular (``%n rules`` -> ``1 rule``). Then ``lrelease``
compiles the ``.qm`` files the window loads. The tests compare the catalogues with the sources
the same way (:func:`messages`), so a word left untranslated or no longer used fails them.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from app.domain import i18n
from app.paths import ROOT
from app.storage.resources import DOCUMENT_TEMPLATES
from app.storage.translations import LANGUAGES, catalogue_file

MODELS_FILE = "app/domain/models.py"
"""Where the field titles and descriptions of :func:`model_messages` are written."""
TEMPLATE_FUNCTION = "tr"
"""What the document templates call to translate: ``tr(context, text[, disambiguation, n])``."""


@dataclass
class Message:
    """One message of a catalogue, with where the sources use it."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> i18n.Key:
        """(context, source, disambiguation)."""
        return self.context, self.source, self.comment


def qt_tool(name: str) -> Path:
    """Qt's ``lupdate`` or ``lrelease``, as shipped inside the PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"PySide6 is not installed, so there is no {name}")
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(next(iter(spec.submodule_search_locations))) / f"{name}{suffix}"


def python_messages(folder: Path) -> list[Message]:
    """The messages of every translate call in the Python files under ``folder`` (lupdate)."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "sources.ts"
        subprocess.run([str(qt_tool("lupdate")), "-silent", "-extensions", "py",
                        "-locations", "absolute", str(folder), "-ts", str(ts)],
                       check=True, capture_output=True)
        found = []
        for context, element in _messages(ET.parse(ts).getroot()):
            message = Message(context, element.findtext("source") or "",
                              element.findtext("comment") or "",
                              element.get("numerus") == "yes")
            for where in element.iter("location"):
                path = (Path(scratch) / (where.get("filename") or "")).resolve()
                message.locations.append((_relative(path), int(where.get("line") or 0)))
            found.append(message)
        return found


def template_messages(folder: Path) -> list[Message]:
    """The messages of the ``tr(...)`` calls in the Jinja templates under ``folder``."""
    env = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    found: dict[i18n.Key, Message] = {}
    for path in sorted(folder.glob("*.j2")):
        text = path.read_text(encoding="utf-8")
        for line, _, strings in env.extract_translations(
                text, gettext_functions=(TEMPLATE_FUNCTION,)):
            if not isinstance(strings, tuple) or len(strings) < 2 \
                    or not all(isinstance(s, str) for s in strings[:2]):
                raise ValueError(f"{path}:{line}: tr() needs a context and a text, as strings")
            comment = strings[2] if len(strings) > 2 and isinstance(strings[2], str) else ""
            key = (strings[0], strings[1], comment)
            message = found.setdefault(key, Message(*key, numerus=len(strings) > 3))
            message.locations.append((_relative(path), line))
    return list(found.values())


def model_messages() -> list[Message]:
    """The title and help of every field of the policy models, in context ``field``.

    The editors label a field with ``translate("field", title)`` and show its description as
    help; lupdate cannot see the ``_field(title, description)`` calls, so they are read from the
    models themselves.
    """
    from pydantic import BaseModel

    from app.domain import models

    found: dict[i18n.Key, Message] = {}
    for value in vars(models).values():
        if not (isinstance(value, type) and issubclass(value, BaseModel)
                and value.__module__ == models.__name__):
            continue
        for info in value.model_fields.values():
            for text in (info.title, info.description):
                if text:
                    found.setdefault(("field", text, ""), Message(
                        "field", text, locations=[(MODELS_FILE, 0)]))
    return list(found.values())


def messages() -> list[Message]:
    """Every message the sources use, in the order the catalogues list them."""
    found: dict[i18n.Key, Message] = {}
    for message in [*python_messages(ROOT / "app"), *template_messages(DOCUMENT_TEMPLATES),
                    *model_messages()]:
        known = found.setdefault(message.key, message)
        if known is not message:
            known.locations.extend(message.locations)
            known.numerus = known.numerus or message.numerus
    return sorted(found.values(), key=lambda m: m.key)


def update(language: str, wanted: list[Message]) -> tuple[int, int]:
    """Rewrite the ``.ts`` of ``language`` to hold exactly ``wanted``; (new, dropped) counts."""
    path = catalogue_file(language)
    before = {}
    if path.exists():
        before = {(c, m.findtext("source") or "", m.findtext("comment") or ""): m
                  for c, m in _messages(ET.parse(path).getroot())}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    new = 0
    for message in wanted:
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message", numerus="yes") if message.numerus \
            else ET.SubElement(context, "message")
        # files without lines: a catalogue changes only when the words do
        for file in dict.fromkeys(file for file, _ in message.locations):
            ET.SubElement(element, "location", filename=f"../../{file}")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        old = before.get(message.key)
        translation = old.find("translation") if old is not None else None
        if translation is None:
            new += 1
            translation = ET.Element("translation", type="unfinished")
            if message.numerus:
                for _ in range(2):
                    ET.SubElement(translation, "numerusform")
        element.append(translation)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                    encoding="utf-8")
    return new, len(set(before) - {m.key for m in wanted})


def compile_catalogue(language: str, out: Path | None = None) -> Path:
    """Compile the ``.ts`` of ``language`` to its ``.qm`` (or to ``out``) with lrelease."""
    target = out or catalogue_file(language, ".qm")
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(catalogue_file(language)),
                    "-qm", str(target)], check=True, capture_output=True)
    return target


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT.resolve()).as_posix()
    except ValueError:
        return path.name


def wanted_in(language: str, wanted: list[Message]) -> list[Message]:
    """The messages ``language``'s catalogue holds: all, or for English only the plural ones.

    The sources are English, but a plural message's source is its plural form: only a
    catalogue can give its singular (Qt's own tools make it with ``lupdate -pluralonly``).
    """
    if language == i18n.SOURCE_LANGUAGE:
        return [message for message in wanted if message.numerus]
    return wanted


def main() -> int:
    """Bring every catalogue in step with the sources and compile it."""
    wanted = messages()
    for language in LANGUAGES:
        held = wanted_in(language, wanted)
        new, dropped = update(language, held)
        compile_catalogue(language)
        print(f"{catalogue_file(language).name}: {len(held)} messages, {new} new "
              f"(to translate), {dropped} no longer used (dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
