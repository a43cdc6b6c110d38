"""A small format-2 policy for the privacy notice tests: every kind of thing a notice tells.

Names are chosen so that none is part of another, so a test can look for each in the text.
"""

from __future__ import annotations

from app.domain.models import Policy
from app.storage.loader import load_bytes

POLICY = """\
format_version: 2
policy:
  id: notice_test
  title: Notice test
  version: 1.2.0
  organisation: Shop Ltd
  jurisdictions: [eu_gdpr, us_ca_cpra]
  establishment: DE
  effective_date: 2026-03-01
  controller: {name: Shop Ltd, email: privacy@shop.example, address: "1 Main St, Berlin"}
  dpo: {name: Dana DPO, email: dpo@shop.example}
  representative: {name: Rep Ltd, email: rep@shop.example}
categories:
  - {id: email, name: Email address, description: Where we write to.,
     sources: [{kind: data_subject}]}
  - {id: email.work, name: Work mailbox}
  - {id: phone, name: Phone number}
  - {id: health, name: Health notes, sensitivity: special_category}
  - {id: location, name: GPS position, sensitivity: sensitive, sources: [{kind: observed}],
     ccpa_category: geolocation}
subjects:
  - {id: customer, name: Customers}
recipients:
  - {id: mailer, name: Mailer Inc., kind: processor, country: US,
     safeguard: standard_contractual_clauses}
  - {id: ledger, name: Ledger Corp., kind: processor, country: IN}
  - {id: team, name: Support team, kind: internal, country: DE}
  - {id: adnet, name: Adnet Ltd, kind: third_party, country: US,
     safeguard: standard_contractual_clauses}
  - {id: idle, name: Idle Partner, kind: third_party, country: FR}
purposes:
  - {id: newsletter, name: Newsletter, legal_basis: consent, consent: opt_in,
     rights: [access, erasure, withdraw_consent]}
  - {id: orders, name: Delivering orders, description: Packing and shipping.,
     legal_basis: contract, consent: none, rights: [access, rectification, portability]}
  - {id: ads, name: Targeted ads, legal_basis: consent, consent: opt_in, sharing: true,
     honours_gpc: true, rights: [opt_out_of_sale, withdraw_consent]}
  - {id: scoring, name: Credit scoring, legal_basis: legitimate_interests, consent: opt_out,
     lia: LIA-1, rights: [objection, human_review],
     automated_decisions: {solely_automated: true, logic: Points for late payments.,
                           safeguards: [human_intervention, contest]}}
  - {id: research, name: Unused research, legal_basis: consent, consent: opt_in}
rules:
  - {id: news, effect: allow, categories: [email], purposes: [newsletter],
     recipients: [mailer]}
  - {id: ship, effect: allow, categories: [email, phone], purposes: [orders]}
  - {id: ship_ledger, effect: allow, categories: [phone], purposes: [orders],
     recipients: [ledger]}
  - {id: no_work_ads, effect: deny, categories: [email.work], purposes: [ads],
     recipients: [adnet]}
  - {id: ads, effect: allow, categories: [email, location], purposes: [ads],
     recipients: [adnet]}
  - {id: score, effect: allow, categories: [email, health], purposes: [scoring],
     subjects: [customer], regions: [DE]}
retention:
  - {id: keep_email, categories: [email], duration: P2Y, trigger: contract_end,
     disposition: delete, citation: Limitation period}
  - {id: keep_location, categories: [location], purposes: [ads], duration: P30D,
     trigger: collection, disposition: anonymise}
"""


V1 = """\
format_version: 1
policy: {id: v1, controller: {name: A}}
categories: [{id: email, name: Email}]
recipients: [{id: mailer, name: Mailer Inc., kind: processor, country: DE},
             {id: team, name: Team, kind: internal, country: DE}]
purposes: [{id: orders, name: Orders, legal_basis: contract, consent: none}]
rules: [{id: r, effect: allow, categories: [email], purposes: [orders]},
        {id: no_team, effect: deny, categories: [email], purposes: [orders], recipients: [team]}]
"""
"""A format-1 policy: a rule without recipients is open to any recipient."""


def notice_policy(text: str = POLICY) -> Policy:
    """The policy of ``text`` (the notice test policy by default)."""
    return load_bytes(text.encode("utf-8"), "notice.policy.yaml").policy
