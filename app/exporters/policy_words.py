"""Plain words for the policy document: legal terms, consent, retention and rule sentences.

Everything here returns plain text (never markup); the document builder escapes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel

from app.domain import ids
from app.domain.enums import ConsentMechanism, Effect, RecipientKind, label
from app.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
from app.domain.ids import shown_name
from app.domain.models import Policy, RetentionRule, UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.retention import RetentionIndex
from app.domain.retention_words import period_codes, period_words, retention_sentence
from app.domain.sections import (
    CATEGORIES,
    PURPOSES,
    RECIPIENTS,
    SECTIONS,
    SUBJECTS,
    field_title,
)
from app.exporters.safe_text import isolated
from app.storage.resources import region_catalogue

LEGAL_BASIS = {
    "consent": QT_TRANSLATE_NOOP("policy document", "consent (GDPR Art. 6(1)(a))"),
    "contract": QT_TRANSLATE_NOOP(
        "policy document", "performance of a contract (GDPR Art. 6(1)(b))"),
    "legal_obligation": QT_TRANSLATE_NOOP(
        "policy document", "a legal obligation (GDPR Art. 6(1)(c))"),
    "vital_interests": QT_TRANSLATE_NOOP("policy document", "vital interests (GDPR Art. 6(1)(d))"),
    "public_task": QT_TRANSLATE_NOOP(
        "policy document", "a task in the public interest (GDPR Art. 6(1)(e))"),
    "legitimate_interests": QT_TRANSLATE_NOOP(
        "policy document", "legitimate interests (GDPR Art. 6(1)(f))"),
}
_ART9_LETTERS = "abcdefghij"
_ART9 = ("explicit_consent", "employment_social_security", "vital_interests",
         "not_for_profit_body", "made_public", "legal_claims", "substantial_public_interest",
         "health_or_social_care", "public_health", "archiving_research_statistics")
CONSENT = {
    "opt_in": QT_TRANSLATE_NOOP(
        "policy document", "Opt-in: used only after the person agrees; they can withdraw at "
                           "any time."),
    "opt_out": QT_TRANSLATE_NOOP("policy document", "Opt-out: used unless the person objects."),
    "none": QT_TRANSLATE_NOOP(
        "policy document", "No consent is asked; another legal basis applies."),
}
CONSENT_PHRASE = {"opt_in": QT_TRANSLATE_NOOP("policy document", "only with their consent"),
                  "opt_out": QT_TRANSLATE_NOOP("policy document", "unless they object"),
                  "none": ""}
SAFEGUARD = {
    "adequacy_decision": QT_TRANSLATE_NOOP("policy document", "adequacy decision (GDPR Art. 45)"),
    "standard_contractual_clauses": QT_TRANSLATE_NOOP(
        "policy document", "standard contractual clauses (GDPR Art. 46(2)(c))"),
    "binding_corporate_rules": QT_TRANSLATE_NOOP(
        "policy document", "binding corporate rules (GDPR Art. 47)"),
    "derogation": QT_TRANSLATE_NOOP(
        "policy document", "derogation for a specific situation (GDPR Art. 49)"),
}
OBLIGATION = {
    "pseudonymise": QT_TRANSLATE_NOOP("policy document", "after being pseudonymised"),
    "anonymise": QT_TRANSLATE_NOOP("policy document", "after being anonymised"),
    "aggregate": QT_TRANSLATE_NOOP("policy document", "only in aggregated form"),
    "encrypt": QT_TRANSLATE_NOOP("policy document", "only in encrypted form"),
    "minimise": QT_TRANSLATE_NOOP("policy document", "limited to what the purpose needs"),
    "notify": QT_TRANSLATE_NOOP("policy document", "after the people concerned have been told"),
    "parental_consent": QT_TRANSLATE_NOOP(
        "policy document", "with a parent's or guardian's consent for people under the age of "
                           "digital consent"),
}
"""What the rules require of an allowed use. The tables above are in English (the machine
exports use them so); :func:`said` gives their words in the current language."""


def said(table: dict[str, str], key: str) -> str:
    """``key``'s words in one of this module's tables, in the current language (``""`` stays)."""
    text = table.get(key, "")
    return translate("policy document", text) if text else ""


def consent(mechanism: str) -> str:
    """The consent mechanism's sentence (:data:`CONSENT`) in the current language."""
    return said(CONSENT, mechanism)


def titles(model: type[BaseModel], *names: str) -> tuple[str, ...]:
    """The titles of fields of ``model``, e.g. a table's column headings."""
    return tuple(field_title(model, name) for name in names)


def retention_headings() -> tuple[str, ...]:
    """Column headings of the retention schedule (the fields' titles, asked when shown)."""
    return titles(RetentionRule, "categories", "purposes", "duration", "trigger", "disposition",
                  "citation", "legal_hold")


def art9(condition: str) -> str:
    """``explicit consent (GDPR Art. 9(2)(a))``."""
    letter = _ART9_LETTERS[_ART9.index(condition)] if condition in _ART9 else "?"
    return translate("policy document", "{condition} (GDPR Art. 9(2)({letter}))").format(
        condition=label(condition), letter=letter)


def join(words: Iterable[str], last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (``last`` is ``and`` or ``or``, in the language)."""
    items = [w for w in words if w]
    if len(items) <= 1:
        return "".join(items)
    word = translate("document words", "and") if last == "and" else \
        translate("document words", "or") if last == "or" else last
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def mid_sentence(name: str) -> str:
    """``name`` as it reads inside a sentence: ``Taking payments`` -> ``taking payments``.

    Only an ordinary capitalised first word is lowered; proper nouns and acronyms are kept:
    ``CCTV footage``, ``iPhone users``, ``Trail Club members`` and ``Mail Co`` (a capitalised
    second word marks a name) stay as written.
    """
    words = name.split(maxsplit=2)
    if not words:
        return name
    first = words[0]
    if len(first) < 2 or not first[0].isupper() or any(c.isupper() or c.isdigit()
                                                        for c in first[1:]):
        return name
    if len(words) > 1 and words[1][:1].isupper():
        return name
    return first[0].lower() + name[1:]


_ARTICLES = frozenset({"a", "an", "the"})
_ARTICLE_WORDS = frozenset({"area", "countries", "emirates", "islands", "kingdom", "netherlands",
                            "philippines", "republic", "states", "union"})
"""Words that make a place's name take "the": the United Kingdom, the European Union."""


def place(name: str) -> str:
    """A place's name as it reads in a sentence: ``the European Union``, ``Germany (DE)``.

    A name of the policy's own (``Delivery countries``) is lowered like any name in a sentence;
    a one-word name (``Germany``) is a proper noun and kept.
    """
    before_code = name.split("(")[0].split()
    shown = mid_sentence(name) if len(before_code) > 1 else name  # one word: a proper noun
    words = {w.lower() for w in before_code}
    if language() != SOURCE_LANGUAGE:  # "the" is English; other languages keep the name
        return name
    return translate("policy document", "the {place}").format(place=shown) \
        if words & _ARTICLE_WORDS else shown


def in_place(name: str) -> str:
    """``in the European Union``, ``in Germany``."""
    return translate("policy document", "in {place}").format(place=place(name))


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-case (the rest untouched)."""
    return text[:1].upper() + text[1:]


class Names:
    """Display names of the policy's items, falling back to the nearest declared ancestor."""

    def __init__(self, policy: Policy) -> None:
        self.sections: dict[str, dict[str, str]] = {}
        for section in (s.key for s in SECTIONS if s.named):
            table: dict[str, str] = {}
            for item in getattr(policy, section):
                table.setdefault(item.id, shown_name(item.name, item.id))  # type: ignore[attr-defined]
            self.sections[section] = table
        self.regions = region_catalogue().with_policy(policy)
        """Region names, for ``Germany (DE)``."""

    def of(self, section: str, item_id: str) -> str:
        """The name of ``item_id`` in ``section`` (the id when undeclared or blank), isolated.

        Isolated (:mod:`app.exporters.safe_text`): it cannot reorder the sentence around it.
        """
        return isolated(self.sections[section].get(item_id, item_id))

    def list(self, section: str, item_ids: Iterable[str], last: str = "and") -> str:
        """Names joined in words."""
        return join((self.of(section, i) for i in item_ids), last)

    def phrase(self, section: str, item_id: str) -> str:
        """The name as it reads inside a sentence (see :func:`mid_sentence`).

        Recipients are organisations, so their names are kept as written.
        """
        name = self.of(section, item_id)
        return name if section == RECIPIENTS else mid_sentence(name)

    def phrases(self, section: str, item_ids: Iterable[str], last: str = "and") -> str:
        """:meth:`phrase` of each, joined in words."""
        return join((self.phrase(section, i) for i in item_ids), last)

    def purpose_phrase(self, item_id: str) -> str:
        """A purpose as it follows "used for": ``taking payments``, ``the purpose “Newsletter”``.

        A name that says what is done (it starts with a verb in -ing), starts with an article or
        the word "purpose", or is written in lower case reads as it is. A name such as
        "Newsletter" or "Store finder" needs an article that plain words cannot choose, so it is
        quoted as the purpose's name.
        """
        name = self.of(PURPOSES, item_id)
        inline = _inline(name)
        return inline if inline is not None else translate(
            "policy document", "the purpose {name}").format(name=_quoted(name))

    def purpose_phrases(self, item_ids: Iterable[str], last: str = "and") -> str:
        """:meth:`purpose_phrase` of each, joined in words, quoted names together.

        ``taking payments and the purposes “Newsletter” and “Surveys”``.
        """
        names = [self.of(PURPOSES, i) for i in item_ids]
        inline = [text for text in map(_inline, names) if text is not None]
        quoted = [_quoted(name) for name in names if _inline(name) is None]
        if len(quoted) > 1:
            inline.append(translate("policy document", "the purposes {names}").format(
                names=join(quoted, last)))
        elif quoted:
            inline.append(translate("policy document", "the purpose {name}").format(
                name=quoted[0]))
        return join(inline, last)


def _inline(name: str) -> str | None:
    """``name`` as it reads after "used for" without quotes, or None when it needs them."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if first[:1].islower():  # written to be read inside a sentence: "the newsletter"
        return name
    word = first.lower()
    if word in _ARTICLES or (len(first) > 4 and word.endswith("ing") and first[1:].islower()):
        return mid_sentence(name)
    if word == "purpose":  # a language keeps the name as written, or gives it its article
        return translate("policy document", "the {name}").format(name=word + name[len(first):])
    return None


def _quoted(name: str) -> str:
    """``“Newsletter”``."""
    return f"\u201c{name}\u201d"


@dataclass(frozen=True)
class RetentionWords:
    """A retention rule described in words (the wording of :mod:`app.domain.retention_words`)."""

    rule: RetentionRule

    def period(self) -> str:
        """``6 years after the end of the contract (P6Y)``, ``indefinitely``, or criteria."""
        text = period_words(self.rule)
        codes = period_codes(self.rule)
        return text if codes in ("indefinite", "criteria", "none") else f"{text} ({codes})"

    def clause(self) -> str:
        """``they are kept 2 years after consent withdrawal, then deleted``."""
        return translate("policy document", "they are {retention}").format(
            retention=retention_sentence(self.rule))

    def hold(self) -> str:
        """``yes`` / ``no`` (the reason goes in :meth:`hold_reason`, below the row)."""
        return translate("policy document", "yes") if self.rule.legal_hold \
            else translate("policy document", "no")

    def hold_reason(self) -> str:
        """``Legal hold: statutory duty to keep.`` or ``""``."""
        reason = self.rule.legal_hold_reason.strip().rstrip(".")
        return translate("policy document", "Legal hold: {reason}.").format(reason=reason) \
            if self.rule.legal_hold and reason else ""


class RuleWriter:
    """Turns use rules into plain sentences."""

    def __init__(self, policy: Policy, names: Names | None = None) -> None:
        self.names = names or Names(policy)
        self.index = RetentionIndex(policy)
        self.retention = {r.id: r for r in reversed(policy.retention)}
        self.consent: dict[str, str] = {p.id: str(p.consent) for p in reversed(policy.purposes)}
        self.public = {r.id for r in policy.recipients if r.kind is RecipientKind.PUBLIC}

    def _mechanism(self, purpose: str) -> str:
        found = next((self.consent[i] for i in ids.lineage(purpose) if i in self.consent), None)
        return found or str(ConsentMechanism.OPT_IN)

    def _purposes(self, rule: UseRule, last: str) -> str:
        names = self.names
        anything = translate("policy document", "any purpose")
        if rule.effect == Effect.DENY:
            return names.purpose_phrases(rule.purposes, last) or anything
        mechanisms = {self._mechanism(p) for p in rule.purposes}
        if len(mechanisms) == 1:
            phrase = said(CONSENT_PHRASE, mechanisms.pop())
            text = names.purpose_phrases(rule.purposes, last) or anything
            return f"{text} {phrase}" if phrase else text
        parts = []
        for purpose in rule.purposes:
            phrase = said(CONSENT_PHRASE, self._mechanism(purpose))
            name = names.purpose_phrase(purpose)
            parts.append(f"{name} ({phrase})" if phrase else name)
        return join(parts, last)

    def _published(self, rule: UseRule) -> bool:
        """Whether every recipient of ``rule`` is the public (published to, not shared with)."""
        return bool(self.public) and set(rule.recipients) <= self.public

    def _receivers(self, rule: UseRule) -> str:
        """Who the rule's recipients are: their names, or ``anyone`` for ``*``."""
        if ANY_RECIPIENT in rule.recipients:
            return translate("policy document", "anyone")
        return self.names.list(RECIPIENTS, rule.recipients, "or")

    def retention_clause(self, rule: UseRule) -> str:
        """The retention of the rule's first category and purpose, in words."""
        if not rule.categories or not rule.purposes:
            return ""
        info = self.index.lookup(rule.categories[0], rule.purposes[0])
        if info is None:
            return translate("policy document", "no retention period is set")
        return RetentionWords(self.retention[info.rule]).clause()

    def sentence(self, rule: UseRule) -> str:
        """The rule as one plain sentence."""
        names = self.names
        subject = names.phrases(SUBJECTS, rule.subjects, "or")
        what = names.phrases(CATEGORIES, rule.categories) \
            or translate("policy document", "No data")
        if subject:
            what = translate("policy document", "{data} of {people}").format(data=what,
                                                                            people=subject)
        regions = translate("policy document", " in {places}").format(
            places=join((place(names.regions.label(c)) for c in rule.regions), "or")) \
            if rule.regions else ""
        if rule.effect == Effect.DENY:
            forbidden = translate("policy document", "{data} must not be used for "
                                                     "{purposes}{regions}")
            if ANY_RECIPIENT in rule.recipients:
                forbidden = translate("policy document", "{data} must not be used or shared "
                                                         "with anyone for {purposes}{regions}")
            elif rule.recipients and self._published(rule):
                forbidden = translate("policy document", "{data} must not be published to "
                                                         "{recipients} for {purposes}{regions}")
            elif rule.recipients:
                forbidden = translate("policy document", "{data} must not be shared with "
                                                         "{recipients} for {purposes}{regions}")
            return _full_stop(forbidden.format(data=what, recipients=self._receivers(rule)
                                               if rule.recipients else "",
                                               purposes=self._purposes(rule, "or"),
                                               regions=regions))
        text = translate("policy document", "{data} may be used for {purposes}{regions}").format(
            data=what, purposes=self._purposes(rule, "and"), regions=regions)
        if rule.recipients:
            also = translate("policy document", "{use} and may be published to {recipients}") \
                if self._published(rule) else \
                translate("policy document", "{use} and may be shared with {recipients}")
            text = also.format(use=text, recipients=self._receivers(rule))
        conditions = join(said(OBLIGATION, str(o)) or label(o) for o in rule.obligations)
        if conditions:
            text += f", {conditions}"
        clause = self.retention_clause(rule)
        return _full_stop(text + (f"; {clause}" if clause else ""))


def _full_stop(text: str) -> str:
    """Capitalised, ending with one full stop."""
    text = capitalised(text)
    return text if text.endswith(".") else text + "."
