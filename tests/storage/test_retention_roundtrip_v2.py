"""Retention rules with every format-2 term are written and read back unchanged."""

from __future__ import annotations

from app.storage.loader import load_bytes
from app.storage.roundtrip import new_yaml_text, updated_yaml_text
from tests.retention_schedule_policy import parish_policy


def test_new_and_updated_files_read_back_every_retention_term() -> None:
    policy = parish_policy()
    text = new_yaml_text(policy)
    loaded = load_bytes(text.encode("utf-8"), "parish.policy.yaml").policy
    assert [r.model_dump(mode="json") for r in loaded.retention] == \
        [r.model_dump(mode="json") for r in policy.retention]
    changed = policy.model_copy(deep=True)
    changed.retention[0] = changed.retention[0].model_copy(update={
        "duration": None, "criteria": "while valid", "financial_year_start": "01-01"})
    again = load_bytes(updated_yaml_text(changed, text).encode("utf-8"), "p.yaml").policy
    assert again.retention[0].duration is None
    assert again.retention[0].financial_year_start == "01-01"
    assert again.retention[0].criteria == "while valid"
