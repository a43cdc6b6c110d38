"""Hostile text in every free-text field of a policy, through the privacy notice, the DPIA
draft, the store labels and the consent exports: each output still parses as its format, and
no element, markup or cell formula comes from the text."""

from __future__ import annotations

import csv
import io
import json
import plistlib
import re
from html.parser import HTMLParser
from typing import Any
from xml.dom import minidom

import pytest
from markdown_it import MarkdownIt

from app.domain.models import Policy
from app.exporters.registry import get, run_export
from tests.exporters.notice_policy import notice_policy

PAYLOAD = ('=HYPERLINK("x") </script><script>alert(1)</script> ]]> --> <!-- <img src=x '
           'onerror=alert(1)> [x](javascript:alert(1)) **b** # h\n- item\n\u2028\u2029'
           '\u202eevil\x00\x01\x1b[31m \U0001f600')
TEXT_FIELDS = {"name", "description", "title", "organisation", "email", "address", "phone",
               "note", "logic", "consequences", "lia", "balancing", "reference", "citation"}
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "footer",
                "nav", "section", "article", "aside", "div", "span", "p", "a", "h1", "h2", "h3",
                "h4", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th",
                "td", "caption", "strong", "em", "code", "small", "br", "wbr", "hr", "abbr",
                "details", "summary", "time", "colgroup", "col", "figure", "figcaption", "sup"}


def _poisoned(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: PAYLOAD if k in TEXT_FIELDS and isinstance(v, str) else _poisoned(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_poisoned(v) for v in value]
    return value


@pytest.fixture(scope="module")
def policy() -> Policy:
    data = notice_policy().model_dump(mode="json", exclude_none=True)
    return Policy.model_validate(_poisoned(data))


def _export(name: str, policy: Policy) -> bytes:
    return run_export(get(name), policy).data or b""


class _Tags(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


@pytest.mark.parametrize("name", ["notice-html", "dpia-html", "gpc-table-html"])
def test_html_outputs_make_no_element_of_the_text(name: str, policy: Policy) -> None:
    text = _export(name, policy).decode("utf-8")
    assert _Tags(text).tags <= ALLOWED_TAGS
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "\0" not in text


def test_the_markdown_notice_makes_no_markup_of_the_text(policy: Policy) -> None:
    rendered = MarkdownIt("commonmark").enable("table").render(
        _export("notice-md", policy).decode("utf-8"))
    tags = set(re.findall(r"<([a-z0-9]+)", rendered))
    assert tags <= {"h1", "h2", "h3", "h4", "p", "a", "ul", "li", "blockquote", "strong",
                    "hr", "code"}
    assert 'href="javascript' not in rendered and "<img" not in rendered


def test_the_privacy_manifest_is_a_valid_property_list(policy: Policy) -> None:
    data = _export("apple-privacy-manifest", policy)
    minidom.parseString(data)
    assert set(plistlib.loads(data)) == {"NSPrivacyTracking", "NSPrivacyTrackingDomains",
                                         "NSPrivacyCollectedDataTypes",
                                         "NSPrivacyAccessedAPITypes"}


@pytest.mark.parametrize("name", ["play-data-safety", "gpc-table-csv"])
def test_csv_outputs_read_back_as_rectangles_without_formulas(name: str,
                                                              policy: Policy) -> None:
    rows = list(csv.reader(io.StringIO(_export(name, policy).decode("utf-8-sig"), newline="")))
    assert len({len(row) for row in rows}) == 1 and len(rows) > 1
    assert not any(cell[:1] in ("=", "+", "-", "@") for row in rows for cell in row
                   if cell not in ("-", "+"))


@pytest.mark.parametrize("name", ["klaro", "klaro-js", "dpia-pia-json"])
def test_json_outputs_parse_and_keep_the_text(name: str, policy: Policy) -> None:
    text = _export(name, policy).decode("utf-8")
    if name == "klaro-js":
        assert "</script" not in text.lower() and "\u2028" not in text
        text = text.split("var klaroConfig = ", 1)[1].split(";\n", 1)[0]
    json.loads(text)
