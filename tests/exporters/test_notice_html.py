"""The HTML privacy notice: one accessible page (landmarks, headings in order, skip link,
language, WCAG AA contrast computed from its stylesheet, print rules), every item named, the
digest carried, and hostile text kept as text."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser

import pytest

from app.domain.canonical import digest
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.notice_html import render_html
from app.exporters.notice_sections import build_notice
from app.exporters.registry import get, run_export
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import DOCUMENT_TEMPLATES
from tests.exporters.notice_policy import notice_policy

CSS = (DOCUMENT_TEMPLATES / "notice.css").read_text(encoding="utf-8")
PAYLOAD = ('<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }} &amp; '
           "\u202eevil\u202c \x07")
AA = 4.5


class Page(HTMLParser):
    """The tags, attributes, headings and text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.headings: list[tuple[int, str]] = []
        self.chunks: list[str] = []
        self._heading: int | None = None
        self._style = False
        self.feed(html)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))
        self._style = tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._style = False
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._style:
            return
        self.chunks.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy


@pytest.fixture(scope="module")
def page(example: Policy) -> Page:
    return Page(run_export(get("notice-html"), example).data.decode("utf-8"))


def test_the_page_has_a_language_landmarks_and_a_skip_link_to_main(page: Page) -> None:
    assert page.all("html") == [{"lang": "en"}]
    for landmark in ("header", "nav", "main", "footer"):
        assert len(page.all(landmark)) == 1, landmark
    first_link = page.all("a")[0]
    assert first_link == {"class": "skip", "href": "#main"}
    assert page.all("main") == [{"id": "main"}]
    assert not page.all("link") and not page.all("script") and not page.all("img")


def test_headings_go_in_order_and_every_link_has_a_target(page: Page) -> None:
    levels = [level for level, _ in page.headings]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert all(text.strip() for _, text in page.headings)
    ids = {attrs["id"] for _, attrs in page.tags if "id" in attrs}
    targets = [a["href"][1:] for a in page.all("a") if a.get("href", "").startswith("#")]
    assert targets and all(t in ids for t in targets)
    assert [f"section-{n}" in ids for n in range(1, 9)] == [True] * 8


def test_every_purpose_category_and_recipient_appears_with_the_digest(
        example: Policy, page: Page) -> None:
    for section in ("purposes", "categories", "recipients"):
        for item in getattr(example, section):
            assert shown_name(item.name, item.id) in page.text, item.id
    content = digest(example)
    assert {"name": "policy-digest", "content": content} in page.all("meta")
    assert content in page.text.replace("\u200b", "")
    assert "At a glance" in page.text and "The full notice" in page.text


def test_same_policy_same_bytes_and_the_standing_is_stated(example: Policy) -> None:
    notice = build_notice(example)
    assert render_html(notice, example) == render_html(build_notice(example), example)
    assert "DRAFT: this document is not approved" in render_html(notice, example)
    assert "Exported despite 2 error findings" in render_html(notice, example, errors=2)


# -- contrast ------------------------------------------------------------------------------
def _blocks(css: str) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """The rules of each scheme: ``light`` (outside @media), ``print``, ``dark``."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found: dict[str, list[tuple[str, dict[str, str]]]] = {"light": [], "print": [], "dark": []}
    media = re.compile(r"@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*)\s*\}", re.S)
    for match in media.finditer(css):
        scheme = "print" if "print" in match.group(1) else "dark"
        found[scheme] += _rules(match.group(2))
    found["light"] = _rules(media.sub("", css))
    return found


def _rules(text: str) -> list[tuple[str, dict[str, str]]]:
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {k.strip(): v.strip() for k, v in
                            (d.split(":", 1) for d in body.split(";") if ":" in d)}
        rules.append((selector.strip(), declarations))
    return rules


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _pairs(rules: list[tuple[str, dict[str, str]]], surfaces: list[str]
           ) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) of every text colour on what it can sit on.

    A rule with its own background pairs its colour with it; any other colour sits on every
    surface (the page and the boxes that set a background without a colour of their own).
    """
    pairs = []
    for selector, d in rules:
        if "color" not in d:
            continue
        own = d.get("background-color")
        for background in [own] if own and selector != "body" else surfaces:
            pairs.append((selector, d["color"], background))
    return pairs


def test_contrast_of_every_text_colour_on_its_backgrounds_meets_wcag_aa() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") < AA  # the check can fail
    blocks = _blocks(CSS)
    assert blocks["print"] and blocks["dark"], "the print and dark rules are read"
    checked = 0
    for scheme in ("light", "print", "dark"):
        rules = blocks[scheme] if scheme == "light" else blocks["light"] + blocks[scheme]
        # later rules (the scheme's own) override earlier ones with the same selector
        merged: dict[str, dict[str, str]] = {}
        for selector, d in rules:
            for single in (s.strip() for s in selector.split(",")):
                merged[single] = {**merged.get(single, {}), **d}
        surfaces = [d["background-color"] for s, d in merged.items()
                    if "background-color" in d and ("color" not in d or s == "body")]
        assert merged["body"]["background-color"] in surfaces
        for selector, colour, background in _pairs(list(merged.items()), surfaces):
            ratio = contrast(colour, background)
            assert ratio >= AA, f"{scheme}: {selector} {colour} on {background}: {ratio:.2f}"
            checked += 1
    assert checked > 30


def test_the_stylesheet_is_inline_and_prints() -> None:
    html = render_html(build_notice(notice_policy()), notice_policy())
    assert "@media print" in html and "prefers-color-scheme: dark" in html
    assert re.search(r"@media print\s*\{[^@]*nav[^@]*display: none", html)


# -- hostile text --------------------------------------------------------------------------
def _hostile(payload: str = PAYLOAD) -> Policy:
    """The notice policy with ``payload`` in names, contacts, descriptions and a citation."""
    policy = notice_policy()
    meta = policy.policy
    meta.organisation = f"Shop {payload}"
    meta.controller.name = f"Controller {payload}"
    meta.dpo.email = f"dpo {payload}"  # type: ignore[union-attr]
    for item in (policy.purposes[0], policy.categories[0], policy.recipients[0],
                 policy.subjects[0]):
        item.name = f"{item.name} {payload}"
        item.description = f"About {payload}"
    policy.retention[0].citation = f"Law {payload}"
    policy.categories[2].name = "Verylongname" * 400
    return policy


def test_hostile_text_stays_text_and_is_isolated() -> None:
    policy = _hostile()
    html = render_html(build_notice(policy), policy)
    page = Page(html)
    harmless = _hostile("plain words")
    plain = Page(render_html(build_notice(harmless), harmless))
    assert [t for t, _ in page.tags] == [t for t, _ in plain.tags]
    assert not page.all("script") and not page.all("img")
    assert "<script>alert(1)</script>" in page.text
    assert "{{ 7*7 }}" in page.text and "&amp;" in page.text
    assert "\x07" not in html
    assert "\u2068" in page.text and "\u2069" in page.text  # the override is isolated
    assert "Verylongname" * 400 in page.text
    assert "overflow-wrap: anywhere" in html  # a long name wraps instead of running off
