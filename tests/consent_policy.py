"""A small format 2 policy with every consent case: opt-in, opt-out with and without GPC,
no consent, a purpose a deny rule blocks, one only rules name, and recipients of every kind."""

from __future__ import annotations

from app.domain.models import Policy
from app.storage.loader import load_bytes

CONSENT_POLICY = """\
format_version: 2
policy:
  id: consent_demo
  title: Consent demo
  organisation: Demo Shop Ltd
  controller: {name: Demo Shop Ltd, email: privacy@shop.example}
categories:
  - {id: contact, name: Contact details}
  - {id: contact.email, name: Email address}
  - {id: browsing, name: Pages viewed, tags: [browsing]}
subjects:
  - {id: customer, name: Customers}
recipients:
  - {id: ad_network, name: Ad network, kind: third_party, country: US}
  - {id: mailer, name: Mail sender, kind: processor, description: Sends our emails.}
  - {id: staff, name: Customer service, kind: internal}
purposes:
  - {id: ads, name: Ads elsewhere, description: Ads on other sites., consent: opt_out,
     honours_gpc: true, sale: true, sharing: true, legal_basis: consent}
  - {id: ads.partner, name: Partner ads, consent: opt_out}
  - {id: email, name: Offers by email, consent: opt_out, legal_basis: legitimate_interests}
  - {id: analytics, name: Analytics, consent: opt_in, honours_gpc: true, legal_basis: consent}
  - {id: orders, name: Orders, consent: none, legal_basis: contract}
  - {id: blocked, name: Blocked, consent: opt_in, legal_basis: consent}
rules:
  - {id: ads_rule, categories: [browsing], purposes: [ads], recipients: [ad_network],
     regions: [US]}
  - {id: email_rule, categories: [contact.email], purposes: [email], recipients: [mailer]}
  - {id: email_own, categories: [contact.email], purposes: [email], subjects: [customer]}
  - {id: analytics_rule, categories: [browsing], purposes: [analytics], recipients: ['*']}
  - {id: orders_rule, categories: [contact], purposes: [orders], recipients: [staff]}
  - {id: blocked_allow, categories: [contact], purposes: [blocked]}
  - {id: blocked_deny, effect: deny, categories: [contact], purposes: [blocked]}
  - {id: surveys_rule, categories: [contact.email], purposes: [surveys]}
"""


def consent_policy(text: str = CONSENT_POLICY) -> Policy:
    """The consent demo policy (or ``text``, a variant of it)."""
    return load_bytes(text.encode("utf-8"), "consent.policy.yaml").policy
