"""The Markdown privacy notice, read by a real CommonMark parser (markdown-it-py): the layers
and sections in order, every item named, the digest carried, and hostile text kept as text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from app.domain.canonical import digest
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.notice_md import escaped, render_markdown
from app.exporters.notice_sections import build_notice
from app.exporters.registry import get, run_export
from app.paths import EXAMPLES
from app.storage.loader import load_file
from tests.exporters.notice_policy import notice_policy
from tests.exporters.test_notice_html import PAYLOAD, _hostile

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
"""CommonMark with GitHub's tables and strikethrough (their characters are escaped too)."""


class Rendered(HTMLParser):
    """The tags and text of the HTML a Markdown text renders to."""

    def __init__(self, markdown: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.chunks: list[str] = []
        self.feed(PARSER.render(markdown))
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy


def test_the_notice_has_its_layers_sections_and_digest(example: Policy) -> None:
    text = run_export(get("notice-md"), example).data.decode("utf-8")
    tokens = PARSER.parse(text)
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens)
                if t.type == "heading_open"]
    assert headings[0] == ("h1", "Privacy notice: Northwind Outfitters data-use policy")
    assert [h for h in headings if h[0] == "h2"] == [("h2", "At a glance"),
                                                     ("h2", "The full notice")]
    assert [h[1] for h in headings if h[0] == "h3"][:2] == [
        "1. Who we are and how to reach us", "2. What data we collect and where it comes from"]
    rendered = Rendered(text)
    anchors = {dict(attrs).get("id") for tag, attrs in rendered.tags if tag == "a"}
    links = [dict(attrs)["href"][1:] for tag, attrs in rendered.tags
             if tag == "a" and "href" in dict(attrs)]
    assert links == [f"section-{n}" for n in range(1, 9)]
    assert set(links) <= anchors
    assert f"`{digest(example)}`" in text
    for section in ("purposes", "categories", "recipients"):
        for item in getattr(example, section):
            assert shown_name(item.name, item.id) in rendered.text, item.id


def test_hostile_text_renders_as_text_and_opens_no_block() -> None:
    policy, harmless = _hostile(), _hostile("plain words")
    hostile = Rendered(render_markdown(build_notice(policy), policy))
    plain = Rendered(render_markdown(build_notice(harmless), harmless))
    assert [t for t, _ in hostile.tags] == [t for t, _ in plain.tags]
    assert "<script>alert(1)</script>" in hostile.text
    assert '"><img src=x onerror=alert(1)>' in hostile.text and "&amp;" in hostile.text
    assert "\u2068" in hostile.text  # the right-to-left override is isolated
    assert "Verylongname" * 400 in hostile.text
    assert PAYLOAD.replace("\x07", "") not in render_markdown(build_notice(policy), policy)


@pytest.mark.parametrize("text", [
    "- a list?", "+ a list?", "1. a numbered list?", "2) a numbered list?", "# a heading?",
    "=== an underline?", "*emphasis* and _emphasis_", "[a link](http://x.example)",
    "<http://x.example>", "`code`", "a | table | row", "~~struck~~", "back\\slash",
    "line\nbreak\n\n- list", "![image](x.png)", "&amp; &lt;b&gt;",
])
def test_escaped_text_renders_literally_on_one_paragraph(text: str) -> None:
    for markdown in (escaped(text, True), f"- {escaped(text, True)}"):
        rendered = Rendered(markdown)
        assert [t for t, _ in rendered.tags] in (["p"], ["ul", "li"]), (text, markdown)
        assert rendered.text.strip() == " ".join(text.split()), markdown


def test_a_value_mid_line_is_not_escaped_as_a_block_start() -> None:
    assert escaped("2.3.0") == "2.3.0"
    assert escaped("2.3.0", starts_line=True) == "2\\.3.0"
    text = render_markdown(build_notice(notice_policy()), notice_policy())
    assert "Version: 1.2.0." in text
