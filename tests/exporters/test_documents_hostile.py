"""Hostile text in every free-text field of every kind of item stays text in all three HTML
documents: no element or attribute comes from it, it shows literally, and template syntax in
it is never evaluated."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from jinja2 import UndefinedError
from pydantic import BaseModel, ValidationError

from app.domain.diff import diff_policies
from app.domain.models import Approval, Contact, Policy
from app.exporters.art30 import build_record
from app.exporters.art30_html import render_html as art30_html
from app.exporters.documents_html import environment
from app.exporters.policy_document import build_html
from app.exporters.redline_html import render_html as redline_html
from app.paths import EXAMPLES
from app.storage.loader import load_file

PAYLOAD = ('<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }} {% raw %} '
           "{# c #} &amp; &lt; \u202eevil\u202c \u2066x\u2069 \u200f \x07\x1b[31m")
LONG = "Very long name " * 400
NOT_SHOWN = {("Approval", "note")}
"""Fields no document shows (they are set all the same)."""
DIGEST = re.compile(r"sha256:[0-9a-f]{64}")


class Parsed(HTMLParser):
    """The start tags (with attributes) and the text of a document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Digests differ between policies; everything else about a tag must not.
        self.tags.append((tag, tuple((k, DIGEST.sub("sha256:-", v or "")) for k, v in attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def _models(policy: Policy) -> list[BaseModel]:
    """Every model holding text: the metadata, contacts, approvals, measures and items."""
    meta = policy.policy
    found: list[BaseModel] = [meta, meta.controller, *meta.approvals, *meta.security_measures]
    if meta.dpo is not None:
        found.append(meta.dpo)
    for section in ("categories", "subjects", "recipients", "purposes", "rules", "retention"):
        found.extend(getattr(policy, section))
    return found


def filled(text: object) -> tuple[Policy, list[str]]:
    """The example policy with every free-text field (any text field that accepts free text:
    not ids, codes, enums or versions) set to ``text(n)``, and the values documents show."""
    policy = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    policy.policy.dpo = policy.policy.dpo or Contact(name="DPO")
    policy.policy.approvals = [Approval(name="A", date=dt.date(2026, 1, 2))]
    values = []
    for model in _models(policy):
        for field in type(model).model_fields:
            if not isinstance(getattr(model, field), str):
                continue
            value = text(len(values))  # type: ignore[operator]
            try:
                setattr(model, field, value)
            except ValidationError:  # an id, a code, a version or an enum value
                continue
            if (type(model).__name__, field) not in NOT_SHOWN:
                values.append(value)
    return policy, values


def hostile(n: int) -> str:
    return f"[{n}] {PAYLOAD}" + (LONG if n % 5 == 0 else "")


def benign(n: int) -> str:
    return f"[{n}] plain words" + (LONG if n % 5 == 0 else "")


def documents(text: object) -> dict[str, str]:
    """The three documents of the filled policy (the redline against the example)."""
    policy, _ = filled(text)
    original = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    name = text(999)  # type: ignore[operator]
    return {"policy": build_html(policy), "art30": art30_html(build_record(policy)),
            "redline": redline_html(diff_policies(original, policy), name, name)}


@pytest.fixture(scope="module")
def rendered() -> tuple[dict[str, str], dict[str, str], list[str]]:
    return documents(hostile), documents(benign), filled(hostile)[1]


def test_the_payload_reaches_every_kind_of_item() -> None:
    policy, values = filled(hostile)
    assert len(values) >= 40
    kinds = set()
    for model in _models(policy):
        texts = [v for v in model.__dict__.values() if isinstance(v, str) and PAYLOAD in v]
        assert texts, type(model).__name__
        kinds.add(type(model).__name__)
    assert kinds == {"Metadata", "Contact", "Approval", "SecurityMeasure", "DataCategory",
                     "DataSubject", "Recipient", "Purpose", "UseRule", "RetentionRule"}


@pytest.mark.parametrize("kind", ["policy", "art30", "redline"])
def test_no_element_or_attribute_comes_from_user_text(
        rendered: tuple[dict[str, str], dict[str, str], list[str]], kind: str) -> None:
    bad, good, _ = rendered
    hostile_doc, benign_doc = Parsed(bad[kind]), Parsed(good[kind])
    # The same policy with plain words has exactly the same elements and attributes.
    assert hostile_doc.tags == benign_doc.tags
    assert not {"script", "img"} & {tag for tag, _ in hostile_doc.tags}
    for _, attrs in hostile_doc.tags:
        for name, value in attrs:
            assert not name.startswith("on") and "alert" not in (value or "")


@pytest.mark.parametrize("kind", ["policy", "art30", "redline"])
def test_user_text_shows_literally_and_is_not_evaluated(
        rendered: tuple[dict[str, str], dict[str, str], list[str]], kind: str) -> None:
    bad, _, values = rendered
    text = Parsed(bad[kind]).text
    shown = [v for v in values if v in text]
    assert len(shown) >= 10, kind
    assert "{{ 7*7 }}" in text and "{% raw %}" in text and "{# c #}" in text
    assert "] 49 " not in text
    assert "&amp; &lt;" in text  # entities typed by the user stay as typed


def test_every_field_shows_in_some_document(
        rendered: tuple[dict[str, str], dict[str, str], list[str]]) -> None:
    bad, _, values = rendered
    texts = [Parsed(html).text for html in bad.values()]
    missing = [v[:8] for v in values if not any(v in text for text in texts)]
    assert missing == []


def test_the_environment_escapes_everything_and_refuses_undefined_names() -> None:
    env = environment()
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()
    for name in env.list_templates():
        assert env.get_template(name).render  # every template compiles


@pytest.mark.parametrize("kind", ["policy", "art30", "redline"])
def test_each_document_inlines_the_one_stylesheet(
        rendered: tuple[dict[str, str], dict[str, str], list[str]], kind: str) -> None:
    html = rendered[1][kind]
    assert html.count("<style>") == 1 and "<link" not in html
    assert "prefers-color-scheme: dark" in html and "@media print" in html
