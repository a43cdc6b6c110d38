"""Everything written reads back the same: hostile text (numbers, dates, nulls and YAML 1.1
words in disguise, comment and directive marks, tabs, quotes, line breaks, bidi controls, and
generated text) put into names, descriptions and ids goes through every writer (round-trip
save, fresh YAML, `fmt`, canonical JSON, the Fides export) and comes back equal, in our
YAML 1.2 reader and, for the Fides manifests and policy text, in PyYAML's YAML 1.1 reader."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.canonical import to_canonical_json
from app.domain.ids import shown_name
from app.domain.models import Policy
from app.exporters.fides import EXPORTER as FIDES
from app.exporters.fides import POLICY_NAME, TAXONOMY_NAME
from app.storage.loader import load_bytes
from app.storage.roundtrip import new_yaml_text, normalised_yaml_text, updated_yaml_text
from app.storage.safe_yaml import read_bytes


def _cli_fixture_text(name: str) -> str:
    """A policy text the CLI tests define (their conftest is not importable by name)."""
    path = Path(__file__).resolve().parent.parent / "cli" / "conftest.py"
    spec = importlib.util.spec_from_file_location("cli_policies", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


SMALL_POLICY = _cli_fixture_text("SMALL_POLICY")

HOSTILE = [".5e1", "-.05E1", "1e3", "0o17", "0x1F", "no", "No", "on", "off", "yes", "y", "~",
           "null", "Null", "true", "FALSE", ".inf", "-.Inf", ".nan", "2026-01-01",
           "2026-01-01 10:00:00", "12:30", "1:2:3", "1_000", "+1", "=", "<<", "%YAML 1.2",
           "%x", "# not a comment", "#", ":", ": x", "a: b", "a #b", "- x", "-", "? x", "!tag",
           "&anchor", "*alias", "|", ">", "@x", "`x", "[x", "{x", "x,y", "\tleading tab",
           "a\tb", "trailing tab\t", " leading", "trailing ", "'single'", '"double"', "it's",
           "line\nbreak", "two\n\nbreaks", "\n", "crlf\r\nline", "\r", "nel\x85x", "ls\u2028x",
           "ps\u2029x", "bom\ufeffx", "\u202eevil\u202c", "del\x7f", "nul\x00", "\x1b[31m",
           "", "...", "---", "--- x", "non\u00a0break", "emoji \U0001f600"]
LEGAL_IDS = ["1e3", "0o17", "0x1f", "no", "on", "off", "yes", "y", "null", "true", "false",
             "nan", "inf", "2026", "1_000", "1.5", "1.0e3", "0.5", "12.30", "0", "00", "0b11",
             "1e3.no", "null.null"]

texts = st.one_of(st.sampled_from(HOSTILE),
                  st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=8)),
                  st.text(max_size=40))
ids = st.one_of(st.sampled_from(LEGAL_IDS),
                st.from_regex(r"\A[a-z0-9_]{1,8}(\.[a-z0-9_]{1,8}){0,2}\Z"))


def hostile_policy(values: list[str], new_ids: list[str]) -> Policy:
    data: Any = read_bytes(SMALL_POLICY.encode(), "small").data
    meta = data["policy"]
    meta["title"], meta["description"], meta["organisation"] = values[0], values[1], values[2]
    meta["controller"]["name"] = values[3]
    for index, item in enumerate(data["categories"]):
        item["id"] = f"{new_ids[index]}.c{index}"
        item["name"], item["description"] = values[4 + 2 * index], values[5 + 2 * index]
    data["purposes"][0]["name"] = values[8]
    data["rules"][0]["description"] = values[9]
    data["rules"][0]["categories"] = [f"{new_ids[0]}.c0", new_ids[2]]
    data["subjects"][0]["id"] = new_ids[3]
    data["retention"][0]["citation"] = values[10]
    return Policy.model_validate(data)


def texts_of(policy: Policy) -> list[str]:
    meta = policy.policy
    found = [meta.title, meta.description, meta.organisation, meta.controller.name]
    for category in policy.categories:
        found += [category.id, category.name, category.description]
    found += [policy.purposes[0].name, policy.rules[0].description,
              policy.retention[0].citation, policy.subjects[0].id]
    return found


def written_by_every_writer(policy: Policy) -> dict[str, bytes]:
    saved = updated_yaml_text(policy, SMALL_POLICY)
    return {
        "round-trip save": saved.encode(),
        "fresh YAML": new_yaml_text(policy).encode(),
        "fmt": normalised_yaml_text(saved).encode(),
        "canonical JSON": to_canonical_json(policy),
    }


def check_fides(policy: Policy) -> None:
    files = FIDES.export(policy).files
    for name in (TAXONOMY_NAME, POLICY_NAME):
        ours = read_bytes(files[name], name).data
        assert yaml.safe_load(files[name].decode()) == ours, name  # YAML 1.1 reads the same
    taxonomy: Any = read_bytes(files[TAXONOMY_NAME], TAXONOMY_NAME).data
    entries = {e["fides_key"]: e for e in taxonomy["data_category"]}
    for category in policy.categories:
        entry = entries[category.id]
        assert (entry["name"], entry["description"]) == (shown_name(category.name, category.id),
                                                         category.description)
    subjects = {e["fides_key"] for e in taxonomy["data_subject"]}
    assert policy.subjects[0].id in subjects
    meta = policy.policy
    organization = taxonomy["organization"][0]
    assert organization["name"] == shown_name(meta.organisation, meta.id,
                                              meta.controller.name, meta.title)
    assert organization["description"] == meta.description


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=11, max_size=11), st.lists(ids, min_size=4, max_size=4))
def test_hostile_text_reads_back_the_same_through_every_writer(values: list[str],
                                                               new_ids: list[str]) -> None:
    policy = hostile_policy(values, new_ids)
    for writer, data in written_by_every_writer(policy).items():
        assert load_bytes(data, writer).policy == policy, writer
    check_fides(policy)


@settings(max_examples=25, deadline=None)
@given(st.lists(texts, min_size=11, max_size=11), st.lists(ids, min_size=4, max_size=4))
def test_yaml_1_1_readers_take_written_text_as_the_same_text(values: list[str],
                                                             new_ids: list[str]) -> None:
    policy = hostile_policy(values, new_ids)
    for data in (updated_yaml_text(policy, SMALL_POLICY), new_yaml_text(policy)):
        assert texts_of(hostile_policy_from(yaml.safe_load(data))) == texts_of(policy)


def hostile_policy_from(data: dict[str, Any]) -> Policy:
    """A policy from what PyYAML read (its dates are dates, which the model accepts)."""
    return Policy.model_validate(data)


def test_each_hostile_value_alone_is_quoted_where_a_reader_would_misread_it() -> None:
    for value in HOSTILE:
        policy = hostile_policy([value] * 11, ["1e3", "no", "0o17", "null"])
        for writer, data in written_by_every_writer(policy).items():
            assert load_bytes(data, writer).policy == policy, (writer, value)
        check_fides(policy)
        text = updated_yaml_text(policy, SMALL_POLICY)
        assert texts_of(hostile_policy_from(yaml.safe_load(text))) == texts_of(policy), value
