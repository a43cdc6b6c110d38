"""Hostile and malformed Fides manifests: clear file:line:col messages, bounded time."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.cli import main
from app.domain.models import Metadata, Policy
from app.importers.fides import plan_fides_import
from app.storage.errors import PolicyFileError

POLICY = "format_version: 2\npolicy:\n  id: shop\n"


def refused(tmp_path: Path, text: str | bytes, name: str = "m.yml") -> PolicyFileError:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyFileError) as caught:
        plan_fides_import(Policy(policy=Metadata(id="p")), path)
    return caught.value


def test_not_yaml(tmp_path: Path) -> None:
    error = refused(tmp_path, "system:\n  - fides_key: a\n    name: [unclosed\n")
    assert error.file.endswith("m.yml") and error.line >= 3 and error.column >= 1


def test_not_a_manifest(tmp_path: Path) -> None:
    assert "must be a mapping of resource types" in refused(tmp_path, "- a\n- b\n").message
    error = refused(tmp_path, "evaluation: []\n")
    assert "no Fides resources" in error.message


def test_a_file_of_50_mb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yml"
    with path.open("wb") as handle:
        handle.write(b"data_category:\n")
        line = b"  - fides_key: user.x\n"
        handle.write(line * (50 * 2**20 // len(line)))
    started = time.monotonic()
    with pytest.raises(PolicyFileError) as caught:
        plan_fides_import(Policy(policy=Metadata(id="p")), path)
    assert time.monotonic() - started < 10
    assert (caught.value.line, caught.value.column) == (1, 1)
    assert "limit" in caught.value.message


def test_deep_nesting(tmp_path: Path) -> None:
    field: dict[str, object] = {"name": "leaf", "data_categories": ["user.deep"]}
    for level in range(80):
        field = {"name": f"f{level}", "fields": [field]}
    manifest = {"dataset": [{"fides_key": "db", "collections": [
        {"name": "c", "fields": [field]}]}]}
    error = refused(tmp_path, json.dumps(manifest, indent=1))
    assert "nesting is deeper" in error.message and error.line > 5


def test_nested_fields_within_the_limit_are_read(tmp_path: Path) -> None:
    path = tmp_path / "m.yml"
    depth = 12
    lines = ["dataset:", "  - fides_key: db", "    collections:", "      - name: c",
             "        fields:"]
    for i in range(depth):
        pad = "  " * (5 + 2 * i)
        lines += [f"{pad}- name: f{i}", f"{pad}  data_categories: [user.level{i}]",
                  f"{pad}  fields:"]
    lines[-1] += " []"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_fides_import(Policy(policy=Metadata(id="p")), path)
    assert {p.item_id for p in plan.additions} == {f"user.level{i}" for i in range(depth)}


def test_unicode_keys(tmp_path: Path) -> None:
    path = tmp_path / "m.yml"
    path.write_text("data_category:\n  - fides_key: données.courriel\n    name: Courriel ✉\n"
                    "  - fides_key: 用户\n    name: User\n  - fides_key: 数据\n"
                    "  - fides_key: ✉✉\n", encoding="utf-8")
    plan = plan_fides_import(Policy(policy=Metadata(id="p")), path)
    added = [(p.item_id, p.name, p.item.external_ids["fides"]) for p in plan.additions]
    assert added == [("donnees.courriel", "Courriel ✉", "données.courriel"),
                     ("u7528u6237", "User", "用户"), ("u6570u636e", "", "数据"),
                     ("__", "", "✉✉")]
    assert not plan.collisions


@pytest.mark.parametrize(("text", "where", "words"), [
    ("system:\n  - fides_key: s\n    privacy_declarations: 3\n", (3, 27), "must be a list"),
    ("system:\n  - fides_key: s\n    privacy_declarations:\n      - data_use: x\n"
     "        data_categories: user\n", (5, 26), "list of Fides keys"),
    ("policy:\n  - fides_key: p\n    rules:\n      - name: r\n        data_uses: ANY\n",
     (5, 20), "must be a mapping"),
    ("data_subject:\n  - fides_key: s\n    rights: {strategy: SOME}\n", (3, 24),
     "strategy must be one of"),
    ("organization:\n  - fides_key: o\n    controller: {name: [1]}\n", (3, 24),
     "must be text"),
    ("system:\n  - name: no key\n", (2, 5), "fides_key"),
])
def test_wrong_shapes_are_refused_where_they_are(tmp_path: Path, text: str,
                                                 where: tuple[int, int], words: str) -> None:
    error = refused(tmp_path, text)
    assert (error.line, error.column) == where and words in error.message


def test_ten_thousand_declarations_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "big.yml"
    declarations = "".join(
        f"      - name: use {i}\n        data_categories: [user.c{i % 50}]\n"
        f"        data_use: marketing.u{i % 20}\n        data_subjects: [customer]\n"
        f"        legal_basis_for_processing: Consent\n"
        for i in range(10_000))
    path.write_text("system:\n  - fides_key: big\n    system_type: Service\n"
                    "    privacy_declarations:\n" + declarations, encoding="utf-8")
    policy = Policy(policy=Metadata(id="p"))
    started = time.monotonic()
    plan = plan_fides_import(policy, path)
    plan.batch().apply(policy)
    assert time.monotonic() - started < 20  # linear: about 3 s here
    assert len(policy.rules) == 10_000 and len(policy.purposes) == 20


def test_cli_reports_without_a_traceback(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "p.policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text("system:\n  - fides_key: s\n    privacy_declarations: {a: 1}\n",
                   encoding="utf-8")
    assert main(["import", str(policy), "--fides", str(bad), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3:27: error: 'privacy_declarations' must be a list" in err
    assert "Traceback" not in err
    assert policy.read_text(encoding="utf-8") == POLICY


def test_overlong_names_and_repeated_declarations(tmp_path: Path) -> None:
    path = tmp_path / "m.yml"
    long = "x" * 196
    path.write_text(
        f"system:\n  - fides_key: {long}\n    system_type: Service\n    privacy_declarations:\n"
        "      - {name: Same, data_use: essential, data_categories: [user]}\n"
        "      - {name: Same, data_use: essential, data_categories: [user.name]}\n"
        "  - fides_key: s\n    system_type: Service\n    privacy_declarations:\n"
        "      - {name: Same, data_use: essential, data_categories: [user]}\n"
        "      - {name: Same, data_use: essential, data_categories: [user.name]}\n"
        "      - {name: 'v1.2 sync', data_use: essential, data_categories: [user]}\n",
        encoding="utf-8")
    plan = plan_fides_import(Policy(policy=Metadata(id="p")), path)
    rules = [p.item_id for p in plan.additions if p.section == "rules"]
    assert rules == ["s.same", "s.same_2", "s.v1_2_sync"]
    assert sum("is not imported: the text is too long; at most 200 characters" in n
               for n in plan.notes) == 2
