"""Global Privacy Control in requests: read from options, JSON and CSV cells; decided by GPC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.domain.requests import InvalidRequest, parse_request

POLICY = """\
format_version: 2
policy: {id: gpc_demo}
purposes:
  - {id: ads, consent: opt_out, honours_gpc: true}
  - {id: ads.partner, consent: opt_out}
rules:
  - {id: ads_email, categories: [contact], purposes: [ads], regions: [US]}
"""


@pytest.mark.parametrize(("value", "meant"), [(True, True), (False, False), (None, False),
                                              ("", False), ("true", True), ("No", False),
                                              ("1", True)])
def test_gpc_values(value: object, meant: bool) -> None:
    data = {"category": "contact", "purpose": "ads", "region": "us-ca", "gpc": value}
    request = parse_request(data)
    assert request.gpc is meant and request.region == "US-CA"
    assert ("gpc" in request.to_dict()) is meant


@pytest.mark.parametrize("value", ["maybe", 1, [True]])
def test_bad_gpc_values_are_refused(value: object) -> None:
    with pytest.raises(InvalidRequest, match="gpc must be true or false") as caught:
        parse_request({"category": "contact", "purpose": "ads", "gpc": value})
    assert caught.value.key == "gpc"


def test_bad_regions_are_refused() -> None:
    with pytest.raises(InvalidRequest, match="not a region code"):
        parse_request({"category": "contact", "purpose": "ads", "region": "north america"})


def test_decide_gpc_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gpc.policy.yaml"
    path.write_text(POLICY, encoding="utf-8")

    def answer(*args: str) -> dict:
        main(["decide", str(path), "--json", "--category", "contact.email", "--region",
              "us-ca", *args])
        return json.loads(capsys.readouterr().out)

    assert answer("--purpose", "ads")["decision"] == "allow"
    assert answer("--purpose", "ads", "--gpc")["reason"] == "opted_out"
    assert answer("--purpose", "ads", "--gpc", "--consent", "granted")["decision"] == "allow"
    assert answer("--purpose", "ads.partner", "--gpc")["decision"] == "allow"
    assert answer("--purpose", "ads.more", "--gpc")["reason"] == "opted_out"
