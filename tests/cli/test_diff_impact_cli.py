"""`policy-studio diff OLD NEW --impact`: every use whose decision changes, in each format.

Every answer shown is checked against ``decide``; hostile names stay escaped; unreadable input
gives file:line:column and exit 2; the exit status stays that of the textual comparison.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.domain.decisions import DecisionEngine, Request
from app.domain.impact import policy_impact
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.small_policy import UI_POLICY

NEW = (UI_POLICY.decode().replace("consent: opt_in", "consent: opt_out")
       .replace("effect: deny", "effect: allow"))


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.policy.yaml", tmp_path / "new.policy.yaml"
    old.write_bytes(UI_POLICY)
    new.write_text(NEW)
    return old, new


def test_text_lists_the_impact_after_the_redline(files, capsys) -> None:  # type: ignore[no-untyped-def]
    old, new = files
    assert main(["diff", str(old), str(new), "--impact"]) == 1
    text = capsys.readouterr().out
    redline, _, impact = text.partition("\nimpact: ")
    assert "~ rules no_location_ads: effect deny -> allow" in redline
    assert impact.startswith("newly allows 24 uses")
    assert "newly allowed (24 uses)" in impact and "denied for another reason (8 uses)" in impact
    assert "Precise location (location.precise) for Marketing (marketing): 12 uses" in impact
    assert "before: denied by rule no_location_ads" in impact
    assert "after:  allowed by rule no_location_ads; no retention rule applies" in impact


def test_equal_files_keep_exit_0(files, capsys) -> None:  # type: ignore[no-untyped-def]
    old, _new = files
    assert main(["diff", str(old), str(old), "--impact"]) == 0
    out = capsys.readouterr().out
    assert ("impact: leaves every decision as it was (all 72 uses compared get the same "
            "decision; ") in out


def test_json_shape_and_every_answer_from_decide(files, capsys) -> None:  # type: ignore[no-untyped-def]
    old, new = files
    assert main(["diff", str(old), str(new), "--impact", "-f", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["diff_format"] == 1 and data["equal"] is False
    impact = data["impact"]
    assert list(impact) == ["impact_format", "declared_uses", "changed_uses", "counts",
                            "summary", "changes"]
    assert impact["impact_format"] == 1 and impact["declared_uses"] == 72
    assert impact["counts"] == {"newly_allowed": 24, "newly_denied": 0, "reason_changed": 8,
                                "retention_changed": 0}
    assert impact["changed_uses"] == sum(c["count"] for c in impact["changes"]) == 32
    regions = region_catalogue()
    before = DecisionEngine(load_file(old).policy, regions)
    after = DecisionEngine(load_file(new).policy, regions)
    for change in impact["changes"]:
        assert set(change) == {"kind", "count", "categories", "purposes", "example",
                               "example_names", "old", "new"}
        request = Request.from_dict(change["example"])
        assert before.decide(request).to_dict() == change["old"]
        assert after.decide(request).to_dict() == change["new"]
        assert {"id": request.category, "name": change["categories"][0]["name"]} in \
            change["categories"]
    names = {c["id"]: c["name"] for ch in impact["changes"] for c in ch["categories"]}
    assert names["location.precise"] == "Precise location"


def test_json_without_impact_is_unchanged(files, capsys) -> None:  # type: ignore[no-untyped-def]
    old, new = files
    main(["diff", str(old), str(new), "-f", "json"])
    assert "impact" not in json.loads(capsys.readouterr().out)


def test_html_opens_with_the_impact_and_lists_it_when_asked(files, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             capsys) -> None:
    old, new = files
    plain, full = tmp_path / "plain.html", tmp_path / "full.html"
    assert main(["diff", str(old), str(new), "-f", "html", "-o", str(plain)]) == 1
    assert main(["diff", str(old), str(new), "-f", "html", "--impact", "-o", str(full)]) == 1
    assert "32 of the 72 uses compared get a different decision" in capsys.readouterr().out
    for path in (plain, full):
        html = path.read_text()
        assert html.startswith("<!DOCTYPE html>")
        assert not re.search(r"<(link|script|img)\b", html)  # self-contained
        top = html.index("<b>Impact:</b> this change newly allows 24 uses")
        assert top < html.index("2 differences:")
    assert "Uses whose decision changes" not in plain.read_text()
    html = full.read_text()
    assert html.index("Uses whose decision changes") > html.index("2 differences:")
    assert ("<td>Precise location <code>location.precise</code></td><td>Marketing "
            "<code>marketing</code></td>") in html


def test_hostile_names_are_escaped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    hostile = "<script>alert(1)</script>\x1b]0;owned\x07\u202e" + "x" * 19_000
    old, new = tmp_path / "old.policy.yaml", tmp_path / "new.policy.yaml"
    old.write_bytes(UI_POLICY)
    new.write_text(NEW.replace("name: Precise location", f"name: {json.dumps(hostile)}"))
    assert main(["diff", str(old), str(new), "--impact"]) == 1
    text = capsys.readouterr().out
    assert "\x1b" not in text and "\u202e" not in text and "\\x1b]0;owned" in text
    target = tmp_path / "r.html"
    main(["diff", str(old), str(new), "--impact", "-f", "html", "-o", str(target)])
    html = target.read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_unreadable_input_exits_2_with_a_position(files, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  capsys) -> None:
    old, _new = files
    assert main(["diff", str(old), str(tmp_path / "missing.yaml"), "--impact"]) == 2
    assert "missing.yaml:1:1: error: no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.policy.yaml"
    broken.write_text("format_version: 1\npolicy: [\n")
    assert main(["diff", str(broken), str(old), "--impact", "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert re.search(r"broken\.policy\.yaml:\d+:\d+: error", err) and "Traceback" not in err
    folder = tmp_path / "folder.policy.yaml"
    folder.mkdir()
    assert main(["diff", str(old), str(folder), "--impact"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_impact_agrees_with_the_domain(files) -> None:  # type: ignore[no-untyped-def]
    old, new = files
    impact = policy_impact(load_file(old).policy, load_file(new).policy, region_catalogue())
    assert (impact.count("newly_allowed"), impact.count("reason_changed")) == (24, 8)


def test_hostile_names_stay_exact_in_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    hostile = "<b>\x1b[2J" + "y" * 19_000
    old, new = tmp_path / "old.policy.yaml", tmp_path / "new.policy.yaml"
    old.write_bytes(UI_POLICY)
    new.write_text(NEW.replace("name: Precise location", f"name: {json.dumps(hostile)}"))
    main(["diff", str(old), str(new), "--impact", "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    names = {c["name"] for ch in data["impact"]["changes"] for c in ch["categories"]}
    assert hostile in names


def test_a_changed_format_version_is_a_difference(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.policy.yaml"
    new = tmp_path / "new.policy.yaml"
    old.write_text("format_version: 1\npolicy:\n  id: p\ncategories:\n  - id: a\npurposes:\n"
                   "  - id: b\n    consent: none\nrecipients:\n  - id: r\nrules:\n"
                   "  - id: x\n    categories: [a]\n    purposes: [b]\n", encoding="utf-8")
    new.write_text(old.read_text(encoding="utf-8").replace("format_version: 1",
                                                           "format_version: 2"),
                   encoding="utf-8")
    # Format 2 reads the rule without recipients as internal use only: decisions change.
    assert main(["diff", str(old), str(new), "--impact"]) == 1
    shown = capsys.readouterr().out
    assert "format_version 1 -> 2" in shown and "newly denies" in shown
    assert main(["diff", str(old), str(new), "-f", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["equal"] is False
