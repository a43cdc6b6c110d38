"""Nothing is written as a policy file unless it reads back as the policy being saved.

The check itself (full and spliced), the fall-back from a refused partial rewrite to the whole
file, and the refusal when neither reads back: every writer (approve, merge, import, fmt,
migrate, autosave) then leaves the file on disk byte for byte as it was and says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.merge import merge_policies
from app.storage import roundtrip, serialize
from app.storage.loader import load_bytes
from app.storage.merge_record import merged_text
from app.storage.roundtrip import saved_text, updated_yaml_text
from app.storage.save_check import SaveRefused, checked
from app.storage.serialize import recovery_text, text_for
from tests.cli.test_approve_cli import READY_POLICY

BASE = """\
# a comment
format_version: 2
policy:
  id: p
  title: Checked
categories:
  - id: a
    name: A
  - id: b
    name: B
"""


def base_and_edit() -> tuple[str, object]:
    loaded = load_bytes(BASE.encode(), "<base>")
    categories = [c.model_copy() for c in loaded.policy.categories]
    categories[1] = categories[1].model_copy(update={"name": "B2"})
    return BASE, loaded.policy.model_copy(update={"categories": categories})


def test_the_check_passes_a_text_that_reads_back_and_refuses_one_that_does_not() -> None:
    text, policy = base_and_edit()
    good = text.replace("name: B\n", "name: B2\n")
    assert checked(policy, good, "x.policy.yaml") is good  # type: ignore[arg-type]
    with pytest.raises(SaveRefused, match=r"x\.policy\.yaml:1:1: .*other values in categories"):
        checked(policy, text, "x.policy.yaml")  # type: ignore[arg-type]
    with pytest.raises(SaveRefused, match="does not read"):
        checked(policy, good + "  - : [\n", "x.policy.yaml")  # type: ignore[arg-type]


def test_the_spliced_check_parses_the_whole_text_and_counts_its_values() -> None:
    text, policy = base_and_edit()
    good = text.replace("name: B\n", "name: B2\n")
    assert checked(policy, good, parts_checked=True) is good  # type: ignore[arg-type]
    swallowed = good.replace("  - id: b\n", "    id2: b\n")  # b joined into a: one item fewer
    with pytest.raises(SaveRefused, match="YAML events"):
        checked(policy, swallowed, parts_checked=True)  # type: ignore[arg-type]
    with pytest.raises(SaveRefused, match="does not read"):
        checked(policy, good.replace("title: Checked", "title: 'Checked"),  # type: ignore[arg-type]
                parts_checked=True)


def broken_splice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The partial rewrite writes a text whose joints do not read."""
    real = roundtrip.spliced_text
    monkeypatch.setattr(roundtrip, "spliced_text",
                        lambda policy, base: real(policy, base).replace("  - id: b", "- id: b"))


def broken_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole-file rewrite drops the last item."""
    real = roundtrip.whole_yaml_text
    monkeypatch.setattr(roundtrip, "whole_yaml_text",
                        lambda policy, base: real(policy, base).split("  - id: b")[0])


def test_a_refused_partial_rewrite_falls_back_to_the_whole_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text, policy = base_and_edit()
    broken_splice(monkeypatch)
    outcome = saved_text(policy, text)  # type: ignore[arg-type]
    assert not outcome.spliced and "refused" in outcome.reason
    assert load_bytes(outcome.text.encode()).policy == policy
    assert "# a comment" in outcome.text


def test_when_neither_rewrite_reads_back_the_save_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text, policy = base_and_edit()
    broken_splice(monkeypatch)
    broken_whole(monkeypatch)
    with pytest.raises(SaveRefused) as caught:
        updated_yaml_text(policy, text, "shop.policy.yaml")  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("shop.policy.yaml:1:1: error: not saved")
    assert "the file was left as it was" in message
    with pytest.raises(SaveRefused):
        text_for(policy, text, "shop.policy.yaml")  # type: ignore[arg-type]
    assert recovery_text(policy, text).startswith("{")  # type: ignore[arg-type]


def test_fresh_and_json_texts_are_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    _text, policy = base_and_edit()
    monkeypatch.setattr(serialize, "new_yaml_text", lambda _policy: "format_version: 2\n")
    with pytest.raises(SaveRefused):
        text_for(policy, None, "new.policy.yaml")  # type: ignore[arg-type]
    monkeypatch.setattr(serialize, "to_canonical_json", lambda _policy: b"{}")
    with pytest.raises(SaveRefused):
        text_for(policy, None, "new.policy.json")  # type: ignore[arg-type]


def test_approve_refuses_and_leaves_the_file_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shop.policy.yaml"
    path.write_text(READY_POLICY, encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.setattr(roundtrip, "spliced_text", lambda _p, _b: "policy: [\n")
    monkeypatch.setattr(roundtrip, "whole_yaml_text", lambda _p, _b: "format_version: 2\n")
    status = main(["approve", str(path), "--name", "Ann Lee", "--role", "DPO"])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{path}:1:1: error: not saved" in err and "Traceback" not in err
    assert path.read_bytes() == before


def test_a_merge_whose_result_would_not_read_back_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, ours, theirs = (tmp_path / f"{side}.policy.yaml" for side in ("base", "ours", "theirs"))
    base.write_text(BASE, encoding="utf-8")
    ours.write_text(BASE.replace("title: Checked", "title: Ours"), encoding="utf-8")
    theirs.write_text(BASE.replace("name: B\n", "name: Theirs\n"), encoding="utf-8")
    before = ours.read_bytes()
    merged = merge_policies(*(load_bytes(p.read_bytes()).policy for p in (base, ours, theirs)))
    assert merged.clean and "Theirs" in merged_text(merged, ours.read_text())  # the real one
    monkeypatch.setattr(roundtrip, "spliced_text", lambda _p, _b: "policy: [\n")
    monkeypatch.setattr(roundtrip, "whole_yaml_text", lambda _p, _b: "format_version: 2\n")
    status = main(["merge", str(base), str(ours), str(theirs), "-o", str(ours)])
    assert status == 2 and "not saved" in capsys.readouterr().err
    assert ours.read_bytes() == before
