"""Which sections of the privacy notice a change alters: in words, in the redline's text, JSON and
HTML, and in `policy-studio diff`; a retention edit alters section 5 only, no change alters none."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.domain.diff import diff_policies
from app.domain.duration import Duration
from app.domain.models import Policy
from app.exporters.notice_changes import NoticeChange, notice_change
from app.exporters.notice_sections import TOPICS, notice_sections
from app.exporters.redline import render
from app.exporters.redline_html import redline_with_impact
from app.paths import EXAMPLES
from app.storage.loader import load_file

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
KEEP = "This change alters the privacy notice's section 5 (How long we keep your data)."
NONE = "This change alters none of the privacy notice's sections."


@pytest.fixture(scope="module")
def example() -> Policy:
    return load_file(EXAMPLE).policy


def page_text(page: str) -> str:
    """An HTML page's text: markup dropped, references read."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def longer_retention(policy: Policy) -> Policy:
    """``policy`` with its first retention rule's period changed."""
    edited = policy.model_copy(deep=True)
    rule = edited.retention[0]
    rule.duration = Duration("P7Y") if str(rule.duration) != "P7Y" else Duration("P8Y")
    return edited


def test_a_retention_edit_alters_section_5_only(example: Policy) -> None:
    change = notice_change(example, longer_retention(example))
    assert [s.number for s in change.sections] == [5]
    assert change.sentence() == KEEP
    assert change.data() == [{"number": 5, "id": "keep", "title": "How long we keep your data"}]


def test_an_unchanged_policy_alters_no_section(example: Policy) -> None:
    change = notice_change(example, example.model_copy(deep=True))
    assert change.sections == () and change.data() == []
    assert change.sentence() == NONE


def test_a_purpose_rename_names_every_section_that_mentions_it(example: Policy) -> None:
    edited = example.model_copy(deep=True)
    purpose = next(p for p in edited.purposes if p.on_behalf_of is None)
    purpose.name = "Renamed purpose"
    change = notice_change(example, edited)
    numbers = [s.number for s in change.sections]
    assert 3 in numbers and 1 not in numbers and numbers == sorted(numbers)
    # exactly the sections whose text holds the new name
    holding = [s.number for s in notice_sections(edited)
               if any("Renamed purpose" in t for t in s.texts())]
    assert numbers == holding
    listed = [f"{s.number} ({TOPICS[s.number - 1][1]})" for s in change.sections]
    expected = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
    assert change.sentence() == ("This change alters the privacy notice's "
                                 f"{'sections' if len(listed) > 1 else 'section'} {expected}.")


def test_the_sentence_joins_several_sections() -> None:
    sections = notice_sections(load_file(EXAMPLE).policy)
    change = NoticeChange((sections[2], sections[4]))
    assert change.sentence() == (
        "This change alters the privacy notice's sections 3 (Why we use your data and on what "
        "legal basis) and 5 (How long we keep your data).")


def test_the_redline_says_it_in_text_json_and_html(example: Policy) -> None:
    new = longer_retention(example)
    diff = diff_policies(example, new)
    change = notice_change(example, new)
    text = render(diff, "text", "a", "b", change)
    assert text.splitlines()[-2:] == [f"notice: {KEEP}", "1 difference"]
    data = json.loads(render(diff, "json", notice=change))
    assert data["notice_sections"] == [{"number": 5, "id": "keep",
                                        "title": "How long we keep your data"}]
    page = page_text(render(diff, "html", notice=change))
    assert f"Privacy notice: {KEEP}" in page
    # without both policies at hand, the redline does not guess
    assert "notice_sections" not in json.loads(render(diff, "json"))
    assert "notice:" not in render(diff, "text")


def test_the_compare_dialogs_redline_names_the_sections(example: Policy) -> None:
    page, _impact = redline_with_impact(example, longer_retention(example), "a", "b")
    assert f"Privacy notice: {KEEP}" in page_text(page)


def _write(tmp_path: Path, policy_text: str, name: str) -> str:
    path = tmp_path / name
    path.write_text(policy_text, encoding="utf-8")
    return str(path)


def test_policy_studio_diff_names_the_sections(tmp_path: Path, example: Policy,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    rule = example.retention[0]
    marker = f"- id: {rule.id}\n"
    assert text.count(marker) == 1
    start = text.index(marker)
    line = f"duration: {rule.duration}"
    at = text.index(line, start)
    edited = text[:at] + "duration: P9Y" + text[at + len(line):]
    old, new = _write(tmp_path, text, "a.policy.yaml"), _write(tmp_path, edited, "b.policy.yaml")
    assert main(["diff", old, new]) == 1
    out = capsys.readouterr().out
    assert f"~ retention {rule.id}: duration {rule.duration} -> P9Y" in out
    assert f"notice: {KEEP}\n1 difference" in out
    assert main(["diff", old, new, "-f", "json", "--impact"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [s["number"] for s in data["notice_sections"]] == [5] and "impact" in data
    assert main(["diff", old, old]) == 0
    assert f"notice: {NONE}\nno differences" in capsys.readouterr().out
