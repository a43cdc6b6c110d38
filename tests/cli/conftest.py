"""Fixtures for command-line tests: small policy files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

SMALL_POLICY = """\
# A small policy used by the CLI tests.
format_version: 1
policy:
  id: small_shop
  title: Small shop
  version: 1.0.0
  organisation: Small Shop Ltd
  jurisdictions: [eu_gdpr]
  next_review: 2099-01-01
  controller:
    name: Small Shop Ltd
    email: privacy@example.com
  dpo:
    name: Dana Protector
    email: dpo@example.com
  security_measures:
    - id: tls
      name: TLS
      description: All traffic is encrypted in transit.
categories:
  - id: contact
    name: Contact details
    description: How we reach a customer.
    tags: [contact]
  - id: contact.email
    name: Email address
    description: The customer's email address.
    tags: [contact, identifier]
subjects:
  - id: customer
    name: Customers
    description: People who bought something.
purposes:
  - id: newsletter
    name: Newsletter
    description: Monthly news by email.
    kind: marketing
    legal_basis: consent
    consent: opt_in
    rights: [access, erasure, withdraw_consent]
  - id: orders
    name: Order handling
    description: Delivering what was bought.
    kind: essential
    legal_basis: contract
    rights: [access, rectification, erasure]
rules:
  - id: newsletter_email
    description: Email addresses may be used for the newsletter with consent.
    effect: allow
    categories: [contact.email]
    purposes: [newsletter]
    subjects: [customer]
  - id: orders_contact
    description: Contact details may be used to deliver orders.
    effect: allow
    categories: [contact]
    purposes: [orders]
retention:
  - id: newsletter_email
    description: Email addresses for the newsletter.
    categories: [contact.email]
    purposes: [newsletter]
    duration: P2Y
    trigger: consent_withdrawal
    disposition: delete
    citation: GDPR Art. 7(3) and 17 - erase after consent is withdrawn.
  - id: contact
    description: Contact details for orders.
    categories: [contact]
    duration: P3Y
    trigger: contract_end
    disposition: delete
    citation: BGB 195 - three-year limitation period for contract claims.
"""

BROKEN_RULE_POLICY = SMALL_POLICY.replace("purposes: [orders]", "purposes: [order]")


@pytest.fixture
def small_policy(tmp_path: Path) -> Path:
    """A valid small policy file."""
    path = tmp_path / "small.policy.yaml"
    path.write_text(SMALL_POLICY, encoding="utf-8")
    return path


@pytest.fixture
def broken_policy(tmp_path: Path) -> Path:
    """A policy with an unknown purpose reference (an error finding)."""
    path = tmp_path / "broken.policy.yaml"
    path.write_text(BROKEN_RULE_POLICY, encoding="utf-8")
    return path
