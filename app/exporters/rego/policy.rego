# Policy Studio decision semantics (DESIGN section 2), static Rego v1.
#
# This file never changes with the policy: everything policy-specific is data, read from
# data.policy_studio.policy (the bundle's policy_studio/policy/data.json). The answer is
# data.policy_studio.decision for an input with the fields of `policy-studio decide`:
# category, purpose, subject, recipient, region, consent.
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

covers(rule) if {
	by_descent(rule.categories, category)
	by_descent(rule.purposes, purpose)
	open_or_descent(rule.subjects, field("subject"))
	open_or_descent(rule.recipients, field("recipient"))
	open_or_equal(rule.regions, field("region"))
}

deny_ids := [rule.id | some rule in pol.rules; rule.effect == "deny"; covers(rule)]

allow_rules := [rule | some rule in pol.rules; rule.effect == "allow"; covers(rule)]

allow_ids := [rule.id | some rule in allow_rules]

# -- consent ------------------------------------------------------------------------------------

# The mechanism of the nearest declared ancestor-or-self of the purpose; undeclared -> opt_in.
mechanism := found[0] if {
	found := [pol.mechanisms[id] | some id in lineage(purpose); pol.mechanisms[id]]
	count(found) > 0
} else := "opt_in"

consent_ok if mechanism == "none"

consent_ok if {
	mechanism == "opt_out"
	consent != "denied"
}

consent_ok if {
	mechanism == "opt_in"
	consent == "granted"
}

consent_reason := "opted_out" if {
	mechanism == "opt_out"
	consent == "denied"
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
