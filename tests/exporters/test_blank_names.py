"""A blank title or name (spaces only) is shown as the item's id in engineering exports and the
CLI summary, as the readable documents already do: never a name of spaces."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from app.domain.models import Contact, Metadata, Policy, Purpose, UseRule
from app.exporters.fides import EXPORTER as FIDES
from app.exporters.fides import POLICY_NAME
from app.exporters.fides_system import SYSTEM_NAME
from app.exporters.odrl import EXPORTER as ODRL
from app.storage.serialize import text_for

BLANK = "   "


def blank_policy() -> Policy:
    return Policy(
        format_version=2,
        policy=Metadata(id="blank_shop", title=BLANK, organisation=BLANK,
                        controller=Contact(name=BLANK, email="dpo@example.com")),
        purposes=[Purpose(id="service", name=BLANK)],
        rules=[UseRule(id="serve", categories=["contact"], purposes=["service"])],
    )


def test_fides_names_a_blank_titled_policy_and_purpose_by_id() -> None:
    files = FIDES.export(blank_policy()).files
    policy = yaml.safe_load(files[POLICY_NAME])["policy"][0]
    system = yaml.safe_load(files[SYSTEM_NAME])["system"][0]
    assert policy["name"] == "blank_shop"
    assert system["name"] == "blank_shop"
    assert [d["name"] for d in system["privacy_declarations"]] == ["service"]
    taxonomy = [e for data in files.values() for e in yaml.safe_load(data).get("data_use", [])]
    assert [e["name"] for e in taxonomy if e["fides_key"] == "service"] == ["service"]
    organization = [m for data in files.values() for m in yaml.safe_load(data).get(
        "organization", [])]
    assert organization and all(o["name"] == "blank_shop" for o in organization)


def test_odrl_titles_a_blank_titled_policy_by_id() -> None:
    data = ODRL.export(blank_policy()).data
    assert data is not None
    titles = [node["dct:title"] for node in _nodes(json.loads(data)) if "dct:title" in node]
    assert titles and all(t.strip() for t in titles) and "blank_shop" in titles


def _nodes(value: object) -> list[dict]:
    if isinstance(value, dict):
        return [value, *(n for v in value.values() for n in _nodes(v))]
    if isinstance(value, list):
        return [n for v in value for n in _nodes(v)]
    return []


def test_the_summary_heads_a_blank_titled_policy_with_its_id(tmp_path: Path) -> None:
    path = tmp_path / "blank.policy.yaml"
    path.write_text(text_for(blank_policy(), None, path), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "app", str(path), "--summary"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.splitlines()[0].startswith("blank_shop  (version")
