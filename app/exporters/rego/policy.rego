# Policy Studio decision semantics (DESIGN section 2), static Rego v1.
#
# This file never changes with the policy: everything policy-specific is data, read from
# data.policy_studio.policy (the bundle's policy_studio/policy/data.json). The answer is
# data.policy_studio.decision for an input with the fields of `policy-studio decide`:
# category, purpose, subject, recipient, region, consent, gpc.
package policy_studio

import rego.v1

pol := data.policy_studio.policy

# -- the request --------------------------------------------------------------------------------

# An optional request field: its value, or null when absent, null or empty.
field(key) := value if {
	value := object.get(input, key, null)
	is_string(value)
	value != ""
} else := null

consent := value if {
	value := field("consent")
	value != null
} else := "unknown"

gpc if object.get(input, "gpc", false) == true

# The region as stored: ISO-shaped codes in capitals, group ids in lowercase.
region := canonical if {
	raw := field("region")
	is_string(raw)
	value := trim_space(raw)
	regex.match(`^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$`, value)
	canonical := upper(value)
} else := canonical if {
	raw := field("region")
	is_string(raw)
	canonical := lower(trim_space(raw))
} else := null

# Format 2: the rule regions containing the request's region (data.region_index; a
# subdivision that is not a key counts as its country).
region_within := found if {
	is_string(region)
	found := pol.region_index[region]
} else := found if {
	is_string(region)
	regex.match(`^[A-Z]{2}-`, region)
	found := pol.region_index[substring(region, 0, 2)]
} else := []

category := input.category

purpose := input.purpose

# -- identifiers --------------------------------------------------------------------------------

# The id and its ancestors, most specific first: "a.b.c" -> ["a.b.c", "a.b", "a"].
lineage(id) := [concat(".", array.slice(parts, 0, n)) |
	parts := split(id, ".")
	some k in numbers.range(0, count(parts) - 1)
	n := count(parts) - k
]

depth(id) := count(split(id, "."))

# -- coverage -----------------------------------------------------------------------------------

# "wanted" equals or descends from one of "values".
by_descent(values, wanted) if {
	is_string(wanted)
	some general in lineage(wanted)
	general in values
}

# A rule field limited to some values needs the request to name a matching one.
open_or_descent(values, wanted) if count(values) == 0

open_or_descent(values, wanted) if by_descent(values, wanted)

open_or_equal(values, wanted) if count(values) == 0

open_or_equal(values, wanted) if {
	is_string(wanted)
	wanted in values
}

# Recipients: "any" (format 1 without recipients, or "*"), "listed" (by descent), or, in
# format 2 without recipients, "internal": no recipient, or an internal one.
recipient_ok(rule) if rule.recipient_scope == "any"

recipient_ok(rule) if {
	rule.recipient_scope == "listed"
	by_descent(rule.recipients, field("recipient"))
}

recipient_ok(rule) if {
	rule.recipient_scope == "internal"
	field("recipient") == null
}

recipient_ok(rule) if {
	rule.recipient_scope == "internal"
	internal_recipient
}

# The recipient is below an internal root and below none of its non-internal exclusions.
internal_recipient if {
	some root, excluded in pol.internal_recipients
	by_descent([root], field("recipient"))
	not by_descent(excluded, field("recipient"))
}

# Regions: equality in format 1, containment in format 2.
region_ok(rule) if count(rule.regions) == 0

region_ok(rule) if {
	pol.format_version == 1
	open_or_equal(rule.regions, region)
}

region_ok(rule) if {
	pol.format_version >= 2
	some within in region_within
	within in rule.regions
}

covers(rule) if {
	by_descent(rule.categories, category)
	by_descent(rule.purposes, purpose)
	open_or_descent(rule.subjects, field("subject"))
	recipient_ok(rule)
	region_ok(rule)
}

deny_ids := [rule.id | some rule in pol.rules; rule.effect == "deny"; covers(rule)]

allow_rules := [rule | some rule in pol.rules; rule.effect == "allow"; covers(rule)]

allow_ids := [rule.id | some rule in allow_rules]

# -- consent ------------------------------------------------------------------------------------

# The nearest declared ancestor-or-self of the purpose, and its mechanism; undeclared -> opt_in.
declared_purpose := found[0] if {
	found := [id | some id in lineage(purpose); pol.mechanisms[id]]
	count(found) > 0
}

mechanism := found if {
	found := pol.mechanisms[declared_purpose]
} else := "opt_in"

# A Global Privacy Control signal is an opt-out of a purpose that honours it, unless the
# person granted consent.
opted_out if consent == "denied"

opted_out if {
	gpc
	consent != "granted"
	declared_purpose in pol.honours_gpc
}

consent_ok if mechanism == "none"

consent_ok if {
	mechanism == "opt_out"
	not opted_out
}

consent_ok if {
	mechanism == "opt_in"
	consent == "granted"
}

consent_reason := "opted_out" if {
	mechanism == "opt_out"
	opted_out
} else := "consent_missing"

# -- retention ----------------------------------------------------------------------------------

# Sort key of each applicable retention rule: deepest category match, then deepest purpose
# match (purpose-agnostic counts as 0; rules naming only other purposes do not apply), then
# shortest period (a precomputed rank of app.domain.retention.length_key), then file order.
# The answer is the rule's precomputed retention object (RetentionInfo.to_dict).
retention_keys contains [0 - cat_depth, 0 - purpose_depth, kept.duration_rank, kept.index] if {
	some kept in pol.retention
	cat_depths := [depth(c) | some c in lineage(category); c in kept.categories]
	count(cat_depths) > 0
	cat_depth := max(cat_depths)
	purpose_depth := retention_purpose_depth(kept)
}

retention_purpose_depth(kept) := 0 if count(kept.purposes) == 0

retention_purpose_depth(kept) := max(depths) if {
	count(kept.purposes) > 0
	depths := [depth(p) | some p in lineage(purpose); p in kept.purposes]
	count(depths) > 0
}

retention := info if {
	best := sort(retention_keys)[0]
	info := pol.retention[best[3]].info
} else := null

# -- the decision -------------------------------------------------------------------------------

default decision := {
	"decision": "deny",
	"reason": "no_rule",
	"rules": [],
	"obligations": [],
	"retention": null,
}

decision := {
	"decision": "deny",
	"reason": "denied_by_rule",
	"rules": sort(deny_ids),
	"obligations": [],
	"retention": null,
} if {
	count(deny_ids) > 0
} else := {
	"decision": "allow",
	"reason": "allowed",
	"rules": sort(allow_ids),
	"obligations": sort({o | some rule in allow_rules; some o in rule.obligations}),
	"retention": retention,
} if {
	count(allow_ids) > 0
	consent_ok
} else := {
	"decision": "deny",
	"reason": consent_reason,
	"rules": sort(allow_ids),
	"obligations": [],
	"retention": null,
} if {
	count(allow_ids) > 0
}
