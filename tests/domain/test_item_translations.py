"""Translated names and descriptions: a format 2 field that loads, saves, diffs and digests.

An item's ``translations`` (and the metadata's, with ``title``) round-trip through a save with
comments kept, the canonical JSON and the JSON Schema; a changed translation is a change to the
diff and to the content digest, while a policy without any keeps its digest; a bad language
code is a load error naming the line; :func:`shown_name` falls back to the original, saying so.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from app.domain.canonical import digest, to_canonical_json
from app.domain.diff import diff_policies
from app.domain.edits import SetField
from app.domain.item_texts import localised, shown_description, shown_name, shown_title
from app.domain.models import Translation
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes
from app.storage.roundtrip import updated_yaml_text
from app.storage.schema import policy_json_schema
from app.validation.runner import run_checks

BASE = """\
format_version: 2
policy: {id: shop, title: Shop}
purposes:
  - id: orders
    name: Order fulfilment
    description: We deliver what you buy.
  - id: ads
    name: Advertising
"""
TRANSLATED = """\
format_version: 2
policy:
  id: shop
  title: Shop
  translations:
    de: {title: Laden}
purposes:
  - id: orders
    name: Order fulfilment
    description: We deliver what you buy.
    translations:   # kept by a save
      de: {name: Bestellabwicklung, description: 'Wir liefern, was Sie kaufen.'}
      fr-CH: {name: Exécution des commandes}
  - id: ads
    name: Advertising
"""


def test_translations_round_trip_through_save_canonical_json_and_schema() -> None:
    loaded = load_bytes(TRANSLATED.encode(), "shop")
    policy = loaded.policy
    assert policy.purposes[0].translations["de"].name == "Bestellabwicklung"
    SetField("purposes", "orders", ("translations",), {
        **policy.purposes[0].translations,
        "de": Translation(name="Bestellungen", description="Wir liefern.")}).apply(policy)
    text = updated_yaml_text(policy, loaded.text)
    assert "# kept by a save" in text and "Bestellungen" in text
    assert load_bytes(text.encode(), "again").policy == policy
    data = json.loads(to_canonical_json(policy))
    assert data["purposes"][0]["translations"]["fr-CH"] == {
        "name": "Exécution des commandes", "description": ""}
    assert data["policy"]["translations"] == {"de": {"title": "Laden", "description": ""}}
    del data["digest"]
    jsonschema.validate(data, policy_json_schema())
    assert load_bytes(to_canonical_json(policy), "json").policy == policy


def test_no_translations_keep_the_canonical_form_and_digest() -> None:
    policy = load_bytes(BASE.encode(), "shop").policy
    data = json.loads(to_canonical_json(policy))
    assert "translations" not in data["purposes"][0] and "language" not in data["policy"]
    assert "translations" not in data["policy"]


def test_a_changed_translation_changes_the_digest_and_the_diff() -> None:
    old = load_bytes(TRANSLATED.encode(), "old").policy
    new = load_bytes(TRANSLATED.replace("Bestellabwicklung", "Bestellungen").encode(),
                     "new").policy
    assert digest(old) != digest(new)
    change = diff_policies(old, new).section("purposes")[0]
    assert change.item_id == "orders"
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("translations.de.name", "Bestellabwicklung", "Bestellungen")]
    plain = load_bytes(BASE.encode(), "plain").policy
    assert digest(plain) != digest(old)


@pytest.mark.parametrize("code", ["DE", "german", "d", "de_CH", "de-ch"])
def test_a_bad_language_code_is_a_load_error_naming_its_line(code: str) -> None:
    text = TRANSLATED.replace("fr-CH:", f"{code}:")
    with pytest.raises(PolicyFileError) as caught:
        load_bytes(text.encode(), "shop.policy.yaml")
    message = str(caught.value)
    assert "shop.policy.yaml:13:" in message and "language code" in message, message


def test_translations_are_format_2_only() -> None:
    text = TRANSLATED.replace("format_version: 2", "format_version: 1")
    policy = load_bytes(text.encode(), "old").policy
    codes = [f.code for f in run_checks(policy)]
    assert "FMT002" in codes


def test_shown_name_uses_the_translation_or_says_it_fell_back() -> None:
    policy = load_bytes(TRANSLATED.encode(), "shop").policy
    orders, ads = policy.purposes
    assert shown_name(orders, "de") == ("Bestellabwicklung", False)
    assert shown_name(orders, "de-AT") == ("Bestellabwicklung", False)  # base language
    assert shown_name(orders, "fr") == ("Order fulfilment", True)
    assert shown_name(orders, "fr-CH") == ("Exécution des commandes", False)
    assert shown_description(orders, "fr-CH") == ("We deliver what you buy.", True)
    assert shown_name(ads, "de") == ("Advertising", True)
    assert shown_description(ads, "de") == ("", False)  # nothing to fall back on
    assert shown_name(orders, "en") == ("Order fulfilment", False)
    assert shown_title(policy.policy, "de") == ("Laden", False)
    copy, fell = localised(policy, "de", lambda text: f"[{text}]")
    assert [p.name for p in copy.purposes] == ["Bestellabwicklung", "[Advertising]"]
    assert fell and policy.purposes[1].name == "Advertising"  # the policy is untouched
    assert localised(load_bytes(BASE.encode(), "b").policy, "en")[1] is False


def test_hostile_text_in_a_translation_stays_text() -> None:
    hostile = "<script>alert(1)</script>\u202e" + "x" * 19_000
    text = TRANSLATED.replace("Bestellabwicklung", json.dumps(hostile))
    policy = load_bytes(text.encode(), "shop").policy
    assert shown_name(policy.purposes[0], "de") == (hostile, False)
    too_long = TRANSLATED.replace("Bestellabwicklung", "x" * 20_001)
    with pytest.raises(PolicyFileError):
        load_bytes(too_long.encode(), "shop")
