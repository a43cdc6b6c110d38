"""A small policy for tests: two categories under one parent, a purpose tree, an allow and a
deny rule, one retention rule (Qt-free, shared by the UI and the Qt-free tests)."""

UI_POLICY = b"""\
format_version: 1
policy:
  id: ui_test
  title: UI test policy
categories:
  - id: contact
    name: Contact details
  - id: contact.email
    name: Email address
  - id: location.precise
    name: Precise location
subjects:
  - id: customer
    name: Customers
purposes:
  - id: marketing
    name: Marketing
    kind: marketing
  - id: marketing.newsletter
    name: Newsletter
    consent: opt_in
rules:
  - id: newsletter_email
    effect: allow
    categories: [contact.email]
    purposes: [marketing.newsletter]
  - id: no_location_ads
    effect: deny
    categories: [location]
    purposes: [marketing]
retention:
  - id: keep_email
    categories: [contact.email]
    duration: P2Y
"""
