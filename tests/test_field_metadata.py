"""Section and field words come from one place and reach the schema and the redline unchanged."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel, Field

from app.domain import models
from app.domain.models import DataCategory, Model, Policy
from app.domain.sections import (
    HIERARCHICAL,
    SECTION_KEYS,
    SECTIONS,
    field_help,
    field_title,
    referring_fields,
    section,
    section_title,
)
from app.exporters import redline
from app.storage.schema import policy_json_schema

MODELS = sorted((m for m in vars(models).values()
                 if isinstance(m, type) and issubclass(m, Model) and m is not Model
                 and m.__module__ == models.__name__), key=lambda m: m.__name__)
FIELDS = [(m, name) for m in MODELS for name in m.model_fields]


def test_the_models_are_all_found() -> None:
    assert {m.__name__ for m in MODELS} >= {"Policy", "Metadata", "Contact", "Approval",
                                            "SecurityMeasure", "UseRule", "RetentionRule"}
    assert len(FIELDS) > 60


@pytest.mark.parametrize(("model", "name"), FIELDS, ids=[f"{m.__name__}.{n}" for m, n in FIELDS])
def test_every_field_has_a_title_and_a_one_sentence_help(model: type[BaseModel],
                                                         name: str) -> None:
    info = model.model_fields[name]
    assert info.title and info.title[0].isupper(), "give the field Field(title=...)"
    assert info.description and info.description.endswith((".", ")")), (
        "give the field Field(description=...), one plain sentence")
    assert field_title(model, name) == info.title
    assert field_help(model, name) == info.description


def test_the_json_schema_carries_the_models_titles_and_help() -> None:
    schema = policy_json_schema()
    described = [(m, n) for m, n in FIELDS if m is Policy or m.__name__ in schema["$defs"]]
    assert len(described) > 60
    for model, name in described:
        owner = schema if model is Policy else schema["$defs"][model.__name__]
        prop = owner["properties"][name]
        assert (prop["title"], prop["description"]) == (field_title(model, name),
                                                        field_help(model, name)), name


def test_the_redline_labels_fields_with_the_models_titles() -> None:
    for model in redline.LABELLED_MODELS:
        for name in model.model_fields:
            assert redline.field_label(name) == field_title(model, name), (model, name)
    assert redline.field_label("dpo.email") == "Data protection officer email"
    assert redline.field_label("controller.name") == "Controller"
    assert redline.field_label("screening.monitoring") == "DPIA screening systematic monitoring"
    assert redline.field_label("screening.blocks_rights") == \
        "DPIA screening prevents a right or a service"


def test_a_field_name_means_the_same_in_every_model_a_diff_names() -> None:
    titles: dict[str, set[str]] = {}
    for model in redline.LABELLED_MODELS:
        for name in model.model_fields:
            titles.setdefault(name, set()).add(field_title(model, name))
    assert {name: t for name, t in titles.items() if len(t) > 1} == {}


def test_the_section_table_matches_the_policy_model() -> None:
    lists = [name for name, info in Policy.model_fields.items()
             if typing.get_origin(info.annotation) is list]
    assert list(SECTION_KEYS) == lists
    for key in SECTION_KEYS:
        info = section(key)
        assert typing.get_args(Policy.model_fields[key].annotation) == (info.model,)
        assert info.title == Policy.model_fields[key].title == section_title(key)
        for owner, field in info.references:
            head, _, inner = field.partition(".")
            assert head in referring_fields(owner)
            annotation = section(owner).model.model_fields[head].annotation
            if inner:  # a list inside a list of records: legal_bases.regions
                record = typing.get_args(annotation)[0]
                annotation = record.model_fields[inner].annotation
            if (key == "regions" or owner == "tests") and not inner \
                    and typing.get_origin(annotation) is not list:
                continue  # one region code (a recipient's country), an expectation's request
            assert typing.get_origin(annotation) is list, (owner, field)
        assert info.new_item("new_one").id == "new_one"
    assert HIERARCHICAL == ("categories", "subjects", "recipients", "purposes")
    assert section_title("policy") == "Policy"
    assert [s.noun for s in SECTIONS] == ["Data category", "Data subject", "Recipient",
                                          "Purpose", "Use rule", "Retention rule",
                                          "Region group", "Expectation"]


def test_a_new_field_needs_only_its_field_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class Owned(DataCategory):
        owner: str = Field("", title="Owner", description="Who looks after this data.")

    assert (field_title(Owned, "owner"), field_help(Owned, "owner")) == (
        "Owner", "Who looks after this data.")
    prop = Owned.model_json_schema()["properties"]["owner"]
    assert (prop["title"], prop["description"]) == ("Owner", "Who looks after this data.")
    monkeypatch.setattr(redline, "LABELLED_MODELS", (*redline.LABELLED_MODELS, Owned))
    assert redline.field_label("owner") == "Owner"
