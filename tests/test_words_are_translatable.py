"""Every user-visible string goes through ``translate``: the sources are scanned for others.

A string literal with a space and a letter in it, outside ``translate``/``QT_TRANSLATE_NOOP``,
docstrings, comparisons, subscripts, dictionary keys and the calls listed in ``NOT_WORDS``, is
taken for words a person reads. The modules that write for machines (``MACHINE``) are left
out, as are those only developers read (``DEVELOPER``). Any other such string fails the test:
a translator would never see it.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MACHINE = frozenset({
    "app/exporters/canonical_json.py", "app/exporters/cedar.py", "app/exporters/cedar_slice.py",
    "app/exporters/fides.py", "app/exporters/fides_retention.py",
    "app/exporters/fides_system.py", "app/exporters/fides_transfers.py",
    "app/exporters/odrl.py", "app/exporters/odrl_dpv.py", "app/exporters/odrl_purposes.py",
    "app/exporters/opa.py", "app/exporters/opa_tests.py",
    # Apple's and Google's own identifiers and Google's English form labels, which Play Console
    # reads back from the exported CSV: they must stay as the stores spell them
    "app/domain/store_kinds.py", "app/exporters/play_form.py",
    # the retention schedule's column names: the export writes them and the import reads them
    # back, whatever the language
    "app/storage/spreadsheet.py",
    # the klaro-js script's JavaScript and its comments for the web developers who place it
    "app/exporters/klaro_script.py",
    # the published JSON schema's title and description, which editors and validators read
    "app/storage/schema.py",
    # the armor lines of an SSH signature, as ssh-keygen writes and reads them
    "app/storage/signing/sshsig.py",
})
"""Modules whose strings are read by other programs (keys, policy code, vocabularies)."""
MACHINE_FOLDERS = ("app/exporters/rego/", "app/exporters/evaluate/")
DEVELOPER = frozenset({
    "app/ui/desktop_icons.py", "app/ui/screenshots.py",
    # why a save rewrote the whole file (SavedText.reason): read by the tests and the save
    # benchmark, never shown to a user
    "app/storage/splice.py", "app/storage/splice_render.py",
    # the command that regenerates the translation catalogues, which developers run
    "app/storage/catalogue_sources.py",
})
"""Modules whose strings only developers read: the tools that regenerate the project's pictures
(English README, icons), with the English titles of the views they picture, and diagnostics."""
PROPER_NAMES = frozenset({"Policy Studio", "Google Play"})
"""Names that stay as they are in every language (the application's own, a store's)."""
NOT_WORDS = frozenset({
    "translate", "QT_TRANSLATE_NOOP", "getLogger", "debug", "info", "warning", "exception",
    "compile", "setObjectName", "setStyleSheet", "getattr", "hasattr", "setattr", "startswith",
    "endswith", "split", "join", "replace", "strip", "fromisoformat", "strftime", "strptime",
    "encode", "decode", "open", "get", "setdefault", "pop", "value", "setValue", "property",
    "setProperty", "Signal", "connect", "sub", "match", "search", "fullmatch", "findall",
    "finditer", "pack", "unpack", "QKeySequence", "QColor", "QFont", "QUrl",
    "QRegularExpression",
    # the models' field titles and help: app.storage.catalogue_sources reads them from the
    # models (context "field") and the editors translate them where they show them
    "_field",
    # a check registered wrongly fails at import with words for the developer who wrote it
    "CheckRegistrationError",
})
"""Calls whose string arguments are code, keys or patterns, never words."""
DIAGNOSTIC = re.compile(r"(?:policy-studio(?: [a-z-]+)?|\{\})?(?::\d+:\d+)?"
                        r"(?::? ?(?:error|warning|note|digest): ?(?:\{\})?)?")
"""The program's name and the compiler-like prefixes of its messages (``{file}:1:1: error:
{message}``, ``digest: {digest}``): they stay English in every language, as argparse's do, so
editors and scripts can read them; only the message after them is translated."""


def _skipped(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings, of modules, classes, functions, attributes
        inner: list[ast.AST] = []
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if name == "join":  # the separator is code; what it joins may be words
                inner = [func]
            elif name in NOT_WORDS:
                inner = [node]
        elif isinstance(node, ast.Subscript):
            inner = [node.slice]
        elif isinstance(node, ast.Dict):
            inner = [key for key in node.keys if key is not None]
        elif isinstance(node, ast.Compare):
            inner = [node]
        for part in inner:
            skip.update(id(sub) for sub in ast.walk(part))
    return skip


def untranslated() -> Counter[str]:
    """Per module (path from the project's root), the strings not yet made translatable."""
    found: Counter[str] = Counter()
    for path in sorted((ROOT / "app").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in MACHINE or name in DEVELOPER or name.startswith(MACHINE_FOLDERS):
            continue
        count = len(_words(ast.parse(path.read_text(encoding="utf-8"))))
        if count:
            found[name] = count
    return found


def _words(tree: ast.AST) -> list[str]:
    """The strings of ``tree`` taken for words (an f-string as one, its fields as ``{}``)."""
    skip = _skipped(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in ast.walk(node))
            text = "".join(part.value if isinstance(part, ast.Constant) else "{}"
                           for part in node.values).strip()
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
        else:
            continue
        # an HTML skeleton (tags, attributes and fields only: "<p style='...'>{}</p>") holds
        # no words: the words are what fills its fields
        bare = _SKELETON.sub("", text)
        if " " in text and any(c.isalpha() for c in bare) and text not in PROPER_NAMES \
                and not DIAGNOSTIC.fullmatch(text):
            found.append(text)
    return found


_SKELETON = re.compile(r"<[^<>]*>|\{[^{}]*\}|&[a-z]+;")


def test_no_module_has_words_a_translator_cannot_see() -> None:
    found = {name: _words(ast.parse((ROOT / name).read_text(encoding="utf-8")))
             for name in untranslated()}
    assert not found, "words outside translate() (module: strings): " + repr(found)


def test_the_scan_sees_words_and_not_code() -> None:
    tree = ast.parse('"""Doc string."""\n'
                     'a = "Shown to people"\n'
                     'b = translate("ctx", "Translated words")\n'
                     'c = d["a key with spaces"]\n'
                     'e = x == "compared text"\n'
                     'f = f"Hello {name} there"\n'
                     'g = "<p style=\'color: #808080\'>{}</p>"\n'
                     'h = "<b>{name}</b> ({code})"\n'
                     'i = "<b>Note:</b> {}"\n'
                     'j = f"{prog}: error: {message}"\n'
                     'k = f"{file}:1:1: warning:"\n'
                     'm = f"{prog}: error: no {name} here"\n'
                     'n = "; ".join(f"{a} in {b}" for a, b in pairs)\n'
                     'o = "".join(f"<td>{a}</td><td>&nbsp;{b}</td>" for a, b in rows)\n')
    assert sorted(_words(tree)) == ["<b>Note:</b> {}", "Hello {} there", "Shown to people",
                                    "{} in {}", "{}: error: no {} here"]
