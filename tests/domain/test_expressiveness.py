"""Format 2 can say what a real privacy notice says, in fields rather than in descriptions.

``tests/data/notice/notice.yaml`` is a long privacy notice of a fictional online bookshop, one
statement per entry. Each statement names the fields of ``lantern-lane.policy.yaml`` that say
the same thing, and the decisions it implies. The test reads every field, asks the decision
engine every question, and checks that nothing is carried by free text only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from app.domain.decisions import DecisionEngine
from app.domain.models import Policy
from app.domain.requests import parse_request
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from app.storage.safe_yaml import read_bytes

DATA = Path(__file__).parent.parent / "data" / "notice"
NOTICE = read_bytes((DATA / "notice.yaml").read_bytes(), "notice.yaml").data
STATEMENTS = NOTICE["statements"]
FREE_TEXT = {"description", "note", "citation"}
"""Fields that hold prose: a statement carried only by these is not expressed."""
_STEP = re.compile(r"([a-z_]+)(?:\[([^\]]+)\])?")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_file(DATA / "lantern-lane.policy.yaml").policy


def resolve(policy: Policy, path: str) -> Any:
    """The value at ``path`` (``section[id].field[0].sub``) of ``policy``."""
    value: Any = policy
    for protected in _split(path).split("."):
        step = protected.replace("\x00", ".")
        match = _STEP.fullmatch(step)
        if match is None:
            raise AssertionError(f"bad path step {step!r} in {path}")
        name, key = match.groups()
        value = value[name] if isinstance(value, dict) else getattr(value, name)
        if key is not None:
            value = value[int(key)] if key.isdigit() else next(
                item for item in value if item.id == key)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value if isinstance(value, bool | int | float | type(None)) else str(value)


def _split(path: str) -> str:
    """Protect dots inside brackets (dotted ids) from the field splitter."""
    return re.sub(r"\[([^\]]+)\]", lambda m: "[" + m.group(1).replace(".", "\x00") + "]", path)


def test_the_notice_is_long_and_every_statement_maps_somewhere() -> None:
    assert len(STATEMENTS) >= 35
    for statement in STATEMENTS:
        assert statement.get("fields") or statement.get("decides"), statement["text"]


@pytest.mark.parametrize("statement", STATEMENTS, ids=lambda s: s["text"][:50])
def test_each_statement_is_said_by_fields(policy: Policy, statement: dict[str, Any]) -> None:
    for path, expected in (statement.get("fields") or {}).items():
        field = path.rsplit(".", 1)[-1].split("[", 1)[0]
        assert field not in FREE_TEXT, f"{path} is free text, not a field that means something"
        value = resolve(policy, path)
        assert _plain(value) == expected, f"{statement['text']!r}: {path} is {value!r}"


@pytest.mark.parametrize("statement", [s for s in STATEMENTS if s.get("decides")],
                         ids=lambda s: s["text"][:50])
def test_each_statement_holds_in_the_decision_engine(policy: Policy,
                                                     statement: dict[str, Any]) -> None:
    engine = DecisionEngine(policy, region_catalogue())
    for case in statement["decides"]:
        request = parse_request(case["request"])
        answer = engine.decide(request)
        assert answer.decision == case["expect"], (statement["text"], case, answer)


def test_nothing_is_left_to_descriptions(policy: Policy) -> None:
    """The policy carries the notice without a single description or note."""
    dumped = policy.model_dump(mode="json", exclude_defaults=True)

    def prose(value: Any, key: str = "") -> list[str]:
        if isinstance(value, dict):
            return [p for k, v in value.items() for p in prose(v, k)]
        if isinstance(value, list):
            return [p for v in value for p in prose(v, key)]
        return [key] if key in FREE_TEXT - {"citation"} and value else []

    assert prose(dumped) == []
