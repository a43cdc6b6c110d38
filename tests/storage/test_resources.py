"""The bundled resources, read by storage and handed to the domain."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.paths import TEMPLATES
from app.storage.resources import (
    JURISDICTIONS_FILE,
    default_jurisdictions,
    default_weights,
    read_mapping,
    read_weights,
    templates,
)


def test_the_defaults_are_read_once() -> None:
    assert default_weights() is default_weights()
    assert default_jurisdictions() is default_jurisdictions()


def test_jurisdictions_are_the_file_read_independently() -> None:
    raw = yaml.safe_load(JURISDICTIONS_FILE.read_text(encoding="utf-8"))["jurisdictions"]
    known = default_jurisdictions()
    assert set(known) == set(raw)
    for key, entry in raw.items():
        assert known[key].applies_in == frozenset(entry["applies_in"])
        assert known[key].adequate == frozenset(entry.get("adequate") or ())
        assert known[key].restricts_transfers == entry.get("restricts_transfers", True)


def test_a_resource_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "weights.yaml"
    odd.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected a mapping"):
        read_mapping(odd)
    with pytest.raises(ValueError):
        read_weights(odd)


def test_templates_point_at_the_installed_schemas() -> None:
    found = templates()
    assert [t.path for t in found] == sorted(TEMPLATES.glob("*.policy.yaml"))
    for template in found:
        assert "../../policy_schemas/" not in template.text()
        assert template.title


def test_each_template_carries_the_counts_of_what_it_holds() -> None:
    from app.domain.sections import SECTIONS
    from app.storage.loader import load_file
    from app.storage.resources import templates

    for template in templates():
        policy = load_file(template.path).policy
        assert template.counts == tuple((s.title, len(getattr(policy, s.key))) for s in SECTIONS)
    by_name = {t.name: t for t in templates()}
    assert not any(count for _title, count in by_name["blank"].counts)
    assert all(count for _title, count in by_name["gdpr-online-shop"].counts[:4])
