"""Fides export of the purposes' bases, automated decisions and sale flags (the system file)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from app.domain.models import Policy
from app.exporters.fides import EXPORTER

fideslang = pytest.importorskip("fideslang", reason="fideslang is not installed")
from fideslang.manifests import union_manifests  # noqa: E402
from fideslang.parse import load_manifests_into_taxonomy  # noqa: E402

HOSTILE = "Score'\"<script>: {x}\n- y"


def _policy(**purpose: Any) -> Policy:
    return Policy.model_validate({
        "policy": {"id": "shop", "title": "Shop"},
        "categories": [{"id": "contact.email"}, {"id": "orders"}],
        "subjects": [{"id": "customer"}, {"id": "staff"}],
        "purposes": [{"id": "scoring", "name": HOSTILE, **purpose}, {"id": "service"}],
        "rules": [{"id": "r1", "categories": ["orders"], "purposes": ["scoring"],
                   "subjects": ["customer"]},
                  {"id": "r2", "categories": ["contact"], "purposes": ["service"]}],
    })


def _export(policy: Policy) -> tuple[dict[str, Any], list[str]]:
    result = EXPORTER.export(policy)
    raw = union_manifests([yaml.safe_load(d) for d in result.files.values()])
    load_manifests_into_taxonomy(raw)  # fideslang accepts every file
    return raw, result.summary


def test_declarations_carry_the_default_basis_and_list_the_others() -> None:
    raw, summary = _export(_policy(legal_basis="legitimate_interests", lia="LIA-1",
                                   legal_bases=[{"basis": "consent", "regions": ["eea"]}]))
    [system] = raw["system"]
    scoring = next(d for d in system["privacy_declarations"] if d["data_use"] == "scoring")
    assert scoring["legal_basis_for_processing"] == "Legitimate interests"
    assert scoring["name"] == HOSTILE
    assert scoring["data_categories"] == ["orders"] and scoring["data_subjects"] == ["customer"]
    assert ("further legal bases (per region) of 1 purpose (a declaration takes one basis)"
            in summary)
    assert "legitimate interests assessments and balancing tests of 1 purpose" in summary


def test_only_regional_bases_give_the_first_entry() -> None:
    raw, _ = _export(_policy(legal_bases=[{"basis": "contract", "regions": ["US"]}]))
    scoring = next(d for d in raw["system"][0]["privacy_declarations"]
                   if d["data_use"] == "scoring")
    assert scoring["legal_basis_for_processing"] == "Contract"


def test_profiling_flags_and_their_bases() -> None:
    raw, summary = _export(_policy(
        legal_basis="consent", consent="opt_in",
        legal_bases=[{"basis": "contract", "regions": ["US"]}],
        automated_decisions={"profiling": True, "solely_automated": True, "logic": HOSTILE},
        sale=True, honours_gpc=True))
    system = raw["system"][0]
    assert system["uses_profiling"] is True
    assert system["legal_basis_for_profiling"] == ["Contract", "Explicit consent"]
    subjects = {s["fides_key"]: s for s in raw["data_subject"]}
    assert subjects["customer"]["automated_decisions_or_profiling"] is True
    assert "automated_decisions_or_profiling" not in subjects["staff"]
    assert "logic, consequences and safeguards of automated decisions of 1 purpose" in summary
    assert "sale, sharing and Global Privacy Control of 1 purpose" in summary


def test_no_profiling_no_flags() -> None:
    raw, summary = _export(_policy(legal_basis="contract"))
    assert raw["system"][0]["uses_profiling"] is False
    assert not any("automated_decisions_or_profiling" in s for s in raw["data_subject"])
    assert not any("automated" in line or "sale" in line for line in summary)
