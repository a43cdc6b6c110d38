"""A small commented format-2 policy the merge tests branch from (Qt-free)."""

BASE = """\
# Northwind test policy: comments here must survive a merge.
format_version: 2
policy:
  id: merge_test
  title: Merge test
  version: 1.0.0
  status: draft
categories:
  - id: contact          # the parent
    name: Contact details
  - id: contact.email
    name: Email address
  - id: contact.phone
    name: Phone number
  - id: location
    name: Location
subjects:
  - id: customer
    name: Customers
  - id: staff
    name: Staff
purposes:
  - id: marketing
    name: Marketing
    kind: marketing
  - id: marketing.newsletter
    name: Newsletter
    consent: opt_in
    legal_basis: consent
  - id: support
    name: Customer support
    legal_basis: contract
rules:
  # Newsletter rule
  - id: newsletter_email
    effect: allow
    categories: [contact.email]
    purposes: [marketing.newsletter]
    subjects: [customer]
  - id: support_contact
    effect: allow
    categories: [contact]
    purposes: [support]
  - id: no_location_ads
    effect: deny
    categories: [location]
    purposes: [marketing]
retention:
  - id: keep_email
    categories: [contact.email]
    duration: P2Y
tests:
  - id: newsletter_needs_consent
    note: May we send the newsletter without consent?
    category: contact.email
    purpose: marketing.newsletter
    subject: customer
    consent: denied
    expect: deny
"""


def edited(text: str, *pairs: tuple[str, str]) -> str:
    """``text`` with each (old, new) replaced once; fails when ``old`` is not there."""
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text
