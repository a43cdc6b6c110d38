"""Tooltips for every field: the model's docstring where it has one, else a written hint."""

from __future__ import annotations

from pydantic import BaseModel

_BY_MODEL = {
    "Metadata.id": "Lowercase dotted identifier of the policy.",
    "Metadata.title": "The policy's title as readers see it.",
    "Metadata.version": "Semantic version of the policy, e.g. 2.3.0.",
    "Metadata.status": "Where the policy is in its life: draft, in review, approved or retired.",
    "Metadata.organisation": "The organisation the policy belongs to.",
    "Metadata.description": "What the policy covers, in plain words.",
    "Metadata.controller": "Who decides why and how the data is used (GDPR controller).",
    "Metadata.dpo": "The data protection officer, when one is appointed.",
    "Metadata.jurisdictions": "The data-protection laws the policy is written for.",
    "Metadata.effective_date": "The day the policy takes effect.",
    "Metadata.next_review": "When the policy is due for review; checks warn when it is overdue.",
    "Metadata.approvals": "Recorded review decisions: who, in which role, when, and the outcome.",
    "Metadata.security_measures": "Technical and organisational measures protecting the data "
                                  "(GDPR Art. 32); they appear in the Art. 30 record.",
    "Contact.name": "Name of the person or office.",
    "Contact.email": "Email address.",
    "Contact.address": "Postal address.",
    "Contact.phone": "Telephone number.",
    "SecurityMeasure.kind": "Technical (software, hardware) or organisational (people, "
                            "process).",
    "DataCategory.sensitivity": "How sensitive the data is; special category is GDPR Art. 9 "
                                "data, criminal is Art. 10 data.",
    "DataCategory.tags": "What kind of information this is; tags drive the intrusiveness "
                         "checks.",
    "Recipient.kind": "Who receives the data: internal team, processor working for you, "
                      "independent third party or public authority.",
    "Purpose.kind": "What the purpose is for, in broad strokes; it weighs in the "
                    "intrusiveness score.",
    "Purpose.legal_basis": "The GDPR Art. 6(1) lawful basis for this purpose.",
    "Purpose.art9_condition": "The GDPR Art. 9(2) condition, needed when special-category data "
                              "is used for this purpose.",
    "Purpose.consent": "How consent is collected: opt-in needs a yes, opt-out applies unless "
                       "the person said no.",
    "Purpose.rights": "The data-subject rights offered for this purpose.",
    "UseRule.effect": "Allow the uses the rule covers, or deny them (deny always wins).",
    "UseRule.categories": "The data categories the rule covers (with their sub-categories).",
    "UseRule.purposes": "The purposes the rule covers (with their sub-purposes).",
    "UseRule.obligations": "What must be done to the data when the use is allowed.",
    "RetentionRule.categories": "The data categories this period applies to.",
    "RetentionRule.duration": "How long the data is kept, from the trigger event.",
    "RetentionRule.trigger": "The event from which the period runs.",
    "RetentionRule.disposition": "What happens to the data when the period ends.",
}

_GENERAL = {
    "name": "A short name people read.",
    "description": "What this is, in plain words; it appears in the exported documents.",
    "role": "The approver's role, e.g. Data protection officer.",
    "date": "The day of the decision.",
    "decision": "Approved or rejected.",
    "note": "Any remark recorded with the decision.",
}


def help_text(model: type[BaseModel], name: str) -> str:
    """The tooltip for field ``name`` of ``model``."""
    info = model.model_fields.get(name)
    if info is not None and info.description:
        return info.description
    return _BY_MODEL.get(f"{model.__name__}.{name}", _GENERAL.get(name, ""))
