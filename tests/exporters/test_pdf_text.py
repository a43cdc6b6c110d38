"""The PDF says exactly what the policy says: text copied out of it (pypdf) is the policy's text.

Every item's name, every rule's and retention rule's description and the content digest come
out character for character (no typographic ligatures such as U+FB01 for "fi"), and every page
carries the digest.
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from app.domain.canonical import digest
from app.domain.models import Policy
from app.exporters.pdf.document import pdf_bytes
from app.paths import EXAMPLES
from app.storage.loader import load_file

pypdf = pytest.importorskip("pypdf")

LIGATURES = re.compile("[\ufb00-\ufb06]")
PRONE = ("Fit profile", "office affiliate", "efficient offline staff", "fluffy baffle",
         "first floor traffic")
"""Words that a font draws with the ff, fi, fl, ffi and ffl ligatures."""


def pages_text(data: bytes) -> list[str]:
    """The text of every page, tabs as spaces."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text().replace("\t", " ") for page in reader.pages]


def squash(text: str) -> str:
    """Text without whitespace (extraction breaks lines anywhere)."""
    return re.sub(r"\s+", "", text)


def found_in_order(needle: str, haystack: str) -> bool:
    """Every word of ``needle`` in ``haystack`` in order, with at most a short stretch (a table
    row split over a page: the next page's furniture and repeated table header) between."""
    pattern = r".{0,600}?".join(re.escape(word) for word in needle.split())
    return re.search(pattern, haystack, re.DOTALL) is not None


def prone_policy() -> Policy:
    """A policy whose every name and description is full of ligature-prone words, one literal
    U+FB01 written by its author, and a content digest that contains "ff"."""
    def item(kind: str, number: int, **extra: object) -> dict[str, object]:
        words = PRONE[number % len(PRONE)]
        return {"id": f"{kind}_{number}", "name": f"{words} {kind} {number}",
                "description": f"{kind.title()} {number}: the {words} of the staff office.",
                **extra}

    for attempt in range(2000):

        data = {
            "policy": {
                "id": "ligatures", "title": "Office affiliate profile policy",
                "organisation": "Fluffy Office Supplies", "jurisdictions": ["eu_gdpr"],
                "description": f"Revision {attempt}: efficient, affirmative, ﬁnal.",
                "effective_date": "2026-01-01",
                "security_measures": [item("measure", n) for n in range(3)],
            },
            "categories": [item("category", n) for n in range(6)],
            "subjects": [item("subject", n) for n in range(3)],
            "recipients": [item("recipient", n, country="DE") for n in range(3)],
            "purposes": [item("purpose", n, legal_basis="contract") for n in range(4)],
            "rules": [{"id": f"rule_{n}", "categories": [f"category_{n}"],
                       "purposes": [f"purpose_{n % 4}"],
                       "description": f"Rule {n}: {PRONE[n % 5]}, offered to affiliates."}
                      for n in range(6)],
            "retention": [{"id": f"keep_{n}", "categories": [f"category_{n}"],
                           "duration": "P2Y", "citation": "Staff office files",
                           "description": f"Retention {n}: {PRONE[n % 5]} kept for the fiscal "
                                          "audit, then deleted."} for n in range(6)],
        }
        policy = Policy.model_validate(data)
        if "ff" in digest(policy):
            return policy
    raise AssertionError("no digest with ff found")


def described_texts(policy: Policy) -> list[str]:
    """The names and descriptions the document must carry word for word."""
    texts = [policy.policy.title, policy.policy.organisation]
    for section in ("categories", "subjects", "recipients", "purposes"):
        texts += [item.name for item in getattr(policy, section)]
    texts += [m.name for m in policy.policy.security_measures]
    texts += [rule.description for rule in policy.rules if rule.description]
    texts += [r.description for r in policy.retention if r.description]
    return [text for text in texts if text]


def assert_says_the_policy(policy: Policy, data: bytes) -> None:
    """Every page has the digest; every name and description is in the text; the only
    ligature characters are those the policy itself contains."""
    pages = pages_text(data)
    content_digest = digest(policy)
    for number, text in enumerate(pages, 1):
        assert content_digest in text, f"page {number} lacks the exact digest"
    whole = "\n".join(pages)
    flat = squash(whole)
    for section in ("categories", "subjects", "recipients", "purposes", "rules", "retention"):
        for item in getattr(policy, section):
            assert item.id in flat, f"{section} {item.id}"
    for measure in policy.policy.security_measures:
        assert squash(measure.name) in flat, measure.id
    for text in described_texts(policy):
        assert found_in_order(text, whole), text
    written = Counter(LIGATURES.findall(policy.model_dump_json()))
    assert Counter(LIGATURES.findall(whole)) == written


def test_ligature_prone_words_come_out_as_written() -> None:
    policy = prone_policy()
    data = pdf_bytes(policy)
    assert_says_the_policy(policy, data)
    whole = "\n".join(pages_text(data))
    assert "Fit profile" in whole and "office affiliate" in whole
    assert "ﬁnal" in whole  # the author's own U+FB01 is kept, not rewritten


def test_the_example_pdf_says_exactly_what_the_policy_says() -> None:
    policy = load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy
    assert_says_the_policy(policy, pdf_bytes(policy))
