"""`policy-studio export` and `policy-studio digest`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import digest
from app.storage.loader import load_file


def test_export_writes_the_file_and_prints_the_digest(
    small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "small.policy.json"
    assert main(["export", str(small_policy), "--format", "json", "-o", str(target)]) == 0
    expected = digest(load_file(small_policy).policy)
    output = capsys.readouterr().out
    assert f"wrote {target}" in output
    assert f"digest: {expected}" in output
    assert json.loads(target.read_bytes())["digest"] == expected
    assert load_file(target).policy == load_file(small_policy).policy


def test_export_refuses_a_policy_with_error_findings(
    broken_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "broken.policy.json"
    assert main(["export", str(broken_policy), "--format", "json", "-o", str(target)]) == 1
    stderr = capsys.readouterr().err
    assert "1 error finding; fix them or use --force" in stderr
    assert f"{broken_policy}:" in stderr and " error " in stderr
    assert not target.exists()


def test_export_with_force_exports_anyway_and_says_so(
    broken_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "broken.policy.json"
    args = ["export", str(broken_policy), "--format", "json", "-o", str(target), "--force"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "exporting anyway because of --force" in captured.err
    assert "digest: sha256:" in captured.out
    assert target.exists()


def test_export_rejects_an_unknown_format(
    small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    assert main(["export", str(small_policy), "--format", "nope", "-o", str(target)]) == 2
    stderr = capsys.readouterr().err
    assert "unknown export format 'nope'" in stderr and "json" in stderr
    assert not target.exists()


def test_export_needs_a_file_format_and_output(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(small_policy), "--format", "json"]) == 2
    assert "-o OUT" in capsys.readouterr().err


def test_export_of_an_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.policy.yaml"
    assert main(["export", str(missing), "--format", "json", "-o", str(tmp_path / "o")]) == 2
    assert f"{missing}:1:1: error: no such file" in capsys.readouterr().err


def test_export_list_shows_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "json" in listing and "Canonical JSON" in listing


def test_digest_prints_the_content_digest(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["digest", str(small_policy)]) == 0
    assert capsys.readouterr().out == digest(load_file(small_policy).policy) + "\n"


def test_a_multi_file_result_is_written_into_a_folder(tmp_path: Path) -> None:
    from app.exporters.registry import ExportResult
    from app.exporters.writing import write_result

    result = ExportResult("sha256:" + "0" * 64,
                          files={".manifest": b"{}", "policy/data.json": b"[]"})
    target = tmp_path / "bundle"
    assert write_result(result, target) == target
    assert (target / ".manifest").read_bytes() == b"{}"
    assert (target / "policy" / "data.json").read_bytes() == b"[]"
    with pytest.raises(ValueError):
        write_result(ExportResult("sha256:", files={"../escape": b""}), target)
    assert not (tmp_path / "escape").exists()


@pytest.mark.parametrize("name", ["dpia-html", "dpia-pdf", "dpia-pia-json"])
def test_the_dpia_draft_exports_from_the_command_line(
    name: str, small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"small.{name}"
    assert main(["export", str(small_policy), "--format", name, "-o", str(target)]) == 0
    expected = digest(load_file(small_policy).policy)
    assert f"digest: {expected}" in capsys.readouterr().out
    data = target.read_bytes()
    if name == "dpia-pia-json":
        document = json.loads(data)
        assert expected in document["answers"][0]["data"]["text"]
        assert document["answers"][0]["reference_to"] == 111
    elif name == "dpia-html":
        assert f'<meta name="policy-digest" content="{expected}">' in data.decode("utf-8")
    else:
        assert data.startswith(b"%PDF")
    assert main(["export", "--list"]) == 0
    assert name in capsys.readouterr().out
