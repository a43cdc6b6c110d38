"""The privacy notice as registered exporters: listed for legal, exported by the command line
with the digest, and made for the large generated policy with everything in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import digest
from app.exporters import registry
from app.exporters.notice_sections import build_notice
from app.paths import EXAMPLES
from app.storage.loader import load_bytes, load_file
from bench.generate import generate

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def test_both_notices_are_listed_for_legal() -> None:
    groups = registry.by_audience(registry.exporters())
    legal = [e.name for e in groups[registry.LEGAL]]
    assert "notice-html" in legal and "notice-md" in legal
    # beside the policy document (.html) in the same folder, each under a name of its own
    assert registry.get("notice-html").suffix == ".notice.html"
    assert registry.get("notice-md").suffix == ".notice.md"
    others = [e.suffix for e in registry.exporters() if not e.name.startswith("notice-")]
    assert ".notice.html" not in others and ".notice.md" not in others


def test_the_export_listing_names_the_notices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--list"]) == 0
    out = capsys.readouterr().out
    assert "notice-html" in out and "notice-md" in out


@pytest.mark.parametrize(("name", "suffix", "marker"), [
    ("notice-html", ".html", '<meta name="policy-digest" content="{digest}">'),
    ("notice-md", ".md", "`{digest}`"),
])
def test_the_command_line_exports_the_notice_with_its_digest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, suffix: str,
        marker: str) -> None:
    target = tmp_path / f"notice{suffix}"
    assert main(["export", str(EXAMPLE), "-f", name, "-o", str(target), "--force"]) == 0
    expected = digest(load_file(EXAMPLE).policy)
    assert f"digest: {expected}" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert marker.format(digest=expected) in text
    assert "Who receives your data and where it goes" in text


def test_the_large_policy_gets_a_notice_naming_everything() -> None:
    policy = load_bytes(generate().encode("utf-8"), "large.policy.yaml").policy
    notice = build_notice(policy)
    text = "\n".join(notice.full_text())
    for section in ("purposes", "recipients"):
        for item in getattr(policy, section):
            assert item.name in text, item.id
    headings = {e.heading for e in notice.sections[1].items}
    assert {c.name for c in policy.categories} <= headings
    # many categories per purpose are told by family, not one by one
    assert "of its" in " ".join(notice.sections[2].items[0].lines)


def test_file_export_offers_both_notices_for_legal_with_their_own_file_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.export.dialog import ExportDialog

    dialog = ExportDialog(registry.exporters(), "/tmp/shop.policy.yaml", 0)
    qtbot.addWidget(dialog)
    legal = dialog.groups()[registry.AUDIENCES[registry.LEGAL]]
    assert "notice-html" in legal and "notice-md" in legal
    for name, file in (("notice-html", "shop.notice.html"), ("notice-md", "shop.notice.md")):
        assert dialog.select_format(name)
        assert Path(dialog.target.text()).name == file
        assert "privacy notice" in dialog.description.text()
