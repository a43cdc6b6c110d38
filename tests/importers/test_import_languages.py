"""The Fides and retention-schedule imports speak the chosen language; what they read does not.

One manifest exercises most of what the Fides import says: a deprecated key, a subject's rights
and profiling flag, a dataset, a system sharing with third parties under an unknown legal basis,
a policy rule that does not map and a second organization. Its preview, notes and the
descriptions it writes are English as before, then German and French; the ids, keys and values
taken from the manifest stay as written. Retention phrases are read in English whatever the
language (the schedule is English); only the messages about them are translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain import i18n
from app.importers.fides import plan_fides_import
from app.importers.kinds import FIDES_MANIFESTS, RETENTION_SCHEDULE
from app.importers.retention_phrases import parse_dispositions, parse_period
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.translations import catalogue

MANIFEST = """\
data_category:
  - fides_key: user.legacy_id
    name: Legacy id
    description: An old identifier.
    version_deprecated: 2.0.0
    replaced_by: user.unique_id
data_subject:
  - fides_key: shopper
    name: Shopper
    rights: {strategy: INCLUDE, values: [Access, Erasure]}
    automated_decisions_or_profiling: true
dataset:
  - fides_key: orders_db
    data_categories: [user.contact.email]
system:
  - fides_key: shop
    name: Shop
    privacy_declarations:
      - name: Orders
        data_use: essential.service
        data_categories: [user.contact.email]
        data_subjects: [shopper]
        data_shared_with_third_parties: true
        legal_basis_for_processing: Whim
policy:
  - fides_key: guard
    rules:
      - name: odd
        data_categories: {matches: SOME, values: [user]}
        data_uses: {matches: ANY, values: [marketing]}
        data_subjects: {matches: ANY, values: [shopper]}
organization:
  - fides_key: first_org
  - fides_key: second_org
"""

ENGLISH_LINES = [
    "+ category user.contact.email  (used by dataset orders_db)",
    "+ recipient shop.third_parties (Third parties)  (third_party; a declaration's third "
    "parties)",
    "+ rule shop.orders.disclosed  (allow; to shop.third_parties)",
    "! {m}:34:5: organization 'second_org' is not imported: the policy has one controller, "
    "taken from the first organization",
    "! {m}:2:5: Fides key 'user.legacy_id' is deprecated (version 2.0.0); replaced by "
    "'user.unique_id': imported with a note in its description",
    "! {m}:13:5: dataset orders_db: 1 data category used",
    "! {m}:24:37: legal basis 'Whim' is not a GDPR Art. 6 basis Fides names; not imported",
    "! {m}:28:9: Fides policy 'guard' rule 'odd' is not imported: data_categories matches "
    "'SOME', not ANY, ALL, NONE or OTHER (a rule of this policy covers one category, purpose "
    "and subject at a time)",
]
TRANSLATED = {
    "de": ["(verwendet von Datensatz orders_db)", "(Dritte)",
           "(allow; an shop.third_parties)",
           ":34:5: Organisation 'second_org' wird nicht importiert",
           ":13:5: Datensatz orders_db: 1 Datenkategorie verwendet",
           ":24:37: Rechtsgrundlage 'Whim' ist keine von Fides genannte Grundlage nach Art. 6 "
           "DSGVO; nicht importiert",
           ":28:9: Regel 'odd' der Fides-Richtlinie 'guard' wird nicht importiert: "
           "data_categories: matches ist 'SOME'"],
    "fr": ["(dans le jeu de données orders_db)", "(Tiers)", "(allow ; à shop.third_parties)",
           ":34:5 : l\u2019organisation 'second_org' n\u2019est pas importée",
           ":13:5 : jeu de données orders_db : 1 catégorie de données utilisée",
           ":24:37 : la base légale 'Whim' n\u2019est pas une base de l\u2019art. 6 du RGPD",
           ":28:9 : la règle 'odd' de la politique Fides 'guard' n\u2019est pas importée : "
           "data_categories : matches vaut 'SOME'"],
}
DESCRIPTIONS = {
    "en": {"user.legacy_id": "An old identifier. Deprecated in Fides 2.0.0; replaced by "
                             "user.unique_id.",
           "shopper": "Fides rights: INCLUDE Access, Erasure. Fides: subject to automated "
                      "decisions or profiling.",
           "shop.orders.disclosed": "From Fides system 'shop', privacy declaration 'Orders', "
                                    "disclosed to its recipients."},
    "de": {"user.legacy_id": "An old identifier. In Fides 2.0.0 veraltet; ersetzt durch "
                             "user.unique_id.",
           "shopper": "Fides-Rechte: INCLUDE Access, Erasure. Fides: automatisierten "
                      "Entscheidungen oder Profiling unterworfen.",
           "shop.orders.disclosed": "Aus dem Fides-System 'shop', Datenschutzangabe 'Orders', "
                                    "offengelegt gegenüber ihren Empfängern."},
    "fr": {"user.legacy_id": "An old identifier. Obsolète dans Fides 2.0.0 ; remplacé par "
                             "user.unique_id.",
           "shopper": "Droits Fides : INCLUDE Access, Erasure. Fides : soumise à des décisions "
                      "automatisées ou à un profilage.",
           "shop.orders.disclosed": "Issu du système Fides 'shop', déclaration de "
                                    "confidentialité 'Orders', communiqué à ses destinataires."},
}


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    """``speaking(code)`` makes the program speak ``code`` until the test ends."""
    before = i18n.current()
    yield lambda code: i18n.use(catalogue(code))
    i18n.use(before)


def _plan(path: Path):  # type: ignore[no-untyped-def]
    return plan_fides_import(load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy,
                             path)


def test_the_fides_import_says_what_it_did_in_english_german_and_french(
        speaking: Callable[[str], None], tmp_path: Path) -> None:
    manifest = tmp_path / "m.yml"
    manifest.write_text(MANIFEST, encoding="utf-8")
    english = _plan(manifest)
    lines = english.preview_lines()
    for expected in ENGLISH_LINES:
        assert expected.format(m=manifest) in lines
    for code, fragments in TRANSLATED.items():
        speaking(code)
        plan = _plan(manifest)
        said = "\n".join(plan.preview_lines())
        for fragment in fragments:
            assert fragment in said, (code, fragment)
        assert "used by dataset" not in said and "is not imported" not in said
        # what the manifest says and the ids planned are the same in every language
        assert [(p.section, p.item_id) for p in plan.additions] == \
            [(p.section, p.item_id) for p in english.additions]
        assert "Legacy id" in said and "essential.service" in said
    for code, descriptions in DESCRIPTIONS.items():
        speaking(code)
        items = {p.item_id: p.item for p in _plan(manifest).additions}
        for item_id, description in descriptions.items():
            assert items[item_id].description == description, (code, item_id)


def test_the_fides_generated_note_is_recognised_whatever_the_language(
        speaking: Callable[[str], None], tmp_path: Path) -> None:
    manifest = tmp_path / "m.yml"
    manifest.write_text("data_use:\n  - fides_key: made.up\n    name: made.up\n    description: "
                        "'Generated by Policy Studio: the policy uses this key without "
                        "declaring it.'\n", encoding="utf-8")
    for code, said in (("en", "1 entry that a Policy Studio export generated"),
                       ("de", "1 Eintrag, den ein Policy-Studio-Export"),
                       ("fr", "1 entrée générée par un export Policy Studio")):
        speaking(code)
        plan = _plan(manifest)
        assert not plan.additions
        assert said in plan.notes[0] and plan.notes[0].endswith("made.up")


def test_import_kinds_and_retention_messages_speak_the_language_but_read_english(
        speaking: Callable[[str], None]) -> None:
    expected = {"en": ("Fides manifests", "retention schedule",
                       "'two years': write the number in digits (e.g. 2 years or P2Y)"),
                "de": ("Fides-Manifeste", "Aufbewahrungsplan",
                       "'two years': schreiben Sie die Zahl in Ziffern (z. B. 2 years oder P2Y)"),
                "fr": ("manifestes Fides", "calendrier de conservation",
                       "'two years' : écrivez le nombre en chiffres (p. ex. 2 years ou P2Y)")}
    for code, (fides, retention, period) in expected.items():
        speaking(code)
        assert (FIDES_MANIFESTS.name, RETENTION_SCHEDULE.name) == (fides, retention)
        assert parse_period("6 years").duration is not None  # English phrases, any language
        assert parse_period("Current year plus 6").period_start is not None
        with pytest.raises(ValueError) as caught:
            parse_period("two years")
        assert str(caught.value) == period
        with pytest.raises(ValueError) as caught:
            parse_dispositions("shred or burn")
        assert "'burn'" in str(caught.value) and ("disposition" in str(caught.value)) == \
            (code == "en")
