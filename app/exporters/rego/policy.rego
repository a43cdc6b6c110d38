# Policy Studio decision semantics (DESIGN section 2), static Rego v1.
#
# This file never changes with the policy: everything policy-specific is data, read from
# data.policy_studio.policy (the bundle's policy_studio/policy/data.json). The answer is
# data.policy_studio.decision for an input with the fields of `policy-studio decide`:
# category, purpose, subject, recipient, region, consent, gpc.
#
# Speed: the data indexes the rules by each category and purpose they name
# (rules_by_category, rules_by_purpose: id -> rule indices) and the retention rules by category
# (retention_by_category). A request's lineages are computed once; the candidate rules are
# those indexed under the category's lineage that are also indexed under the purpose's, and
# only they are checked against the subject, recipient and region.
package policy_studio

import rego.v1

# -- the request --------------------------------------------------------------------------------

# An optional request field: its value, or null when absent, null or empty.
field(key) := value if {
	value := object.get(input, key, null)
	is_string(value)
	value != ""
} else := null

subject := field("subject")

recipient := field("recipient")

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
	found := data.policy_studio.policy.region_index[region]
} else := found if {
	is_string(region)
	regex.match(`^[A-Z]{2}-`, region)
	found := data.policy_studio.policy.region_index[substring(region, 0, 2)]
} else := []

# -- identifiers --------------------------------------------------------------------------------

# The id and its ancestors, most specific first: "a.b.c" -> ["a.b.c", "a.b", "a"]. The depth
# of the k-th entry (from 0) is count(lineage) - k.
lineage(id) := [concat(".", array.slice(parts, 0, n)) |
	parts := split(id, ".")
	some k in numbers.range(0, count(parts) - 1)
	n := count(parts) - k
]

# Each request lineage, computed once (undefined when the field is not a string).
category_lineage := lineage(input.category) if is_string(input.category)

purpose_lineage := lineage(input.purpose) if is_string(input.purpose)

subject_lineage := lineage(subject) if is_string(subject) else := []

recipient_lineage := lineage(recipient) if is_string(recipient) else := []

# -- coverage -----------------------------------------------------------------------------------

# The rules whose categories cover the request's category and whose purposes cover its purpose.
by_category contains index if {
	some id in category_lineage
	some index in data.policy_studio.policy.rules_by_category[id]
}

by_purpose contains index if {
	some id in purpose_lineage
	some index in data.policy_studio.policy.rules_by_purpose[id]
}

candidates := by_category & by_purpose

# A rule field limited to some values needs the request to name a matching one (by descent).
subject_ok(rule) if count(rule.subjects) == 0

subject_ok(rule) if {
	some id in subject_lineage
	id in rule.subjects
}

# Recipients: "any" (format 1 without recipients, or "*"), "listed" (by descent), or, in
# format 2 without recipients, "internal": no recipient, or an internal one.
recipient_ok(rule) if rule.recipient_scope == "any"

recipient_ok(rule) if {
	rule.recipient_scope == "listed"
	some id in recipient_lineage
	id in rule.recipients
}

recipient_ok(rule) if {
	rule.recipient_scope == "internal"
	internal_use
}

internal_use if recipient == null

internal_use if internal_recipient

# The recipient is below an internal root and below none of its non-internal exclusions.
internal_recipient if {
	some root in recipient_lineage
	excluded := data.policy_studio.policy.internal_recipients[root]
	not below_any(excluded)
}

below_any(values) if {
	some id in recipient_lineage
	id in values
}

# Regions: equality in format 1, containment in format 2.
region_ok(rule) if count(rule.regions) == 0

region_ok(rule) if {
	data.policy_studio.policy.format_version == 1
	is_string(region)
	region in rule.regions
}

region_ok(rule) if {
	data.policy_studio.policy.format_version >= 2
	some within in region_within
	within in rule.regions
}

covering contains index if {
	some index in candidates
	rule := data.policy_studio.policy.rules[index]
	subject_ok(rule)
	recipient_ok(rule)
	region_ok(rule)
}

deny_ids := [data.policy_studio.policy.rules[index].id |
	some index in covering
	data.policy_studio.policy.rules[index].effect == "deny"
]

allow_indices := [index |
	some index in covering
	data.policy_studio.policy.rules[index].effect == "allow"
]

allow_ids := [data.policy_studio.policy.rules[index].id | some index in allow_indices]

# -- consent ------------------------------------------------------------------------------------

# The nearest declared ancestor-or-self of the purpose, and its mechanism; undeclared -> opt_in.
declared_purpose := found[0] if {
	found := [id | some id in purpose_lineage; data.policy_studio.policy.mechanisms[id]]
	count(found) > 0
}

mechanism := found if {
	found := data.policy_studio.policy.mechanisms[declared_purpose]
} else := "opt_in"

# A Global Privacy Control signal is an opt-out of a purpose that honours it, unless the
# person granted consent.
opted_out if consent == "denied"

opted_out if {
	gpc
	consent != "granted"
	declared_purpose in data.policy_studio.policy.honours_gpc
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
# A rule naming several categories of the lineage gets one key per match; its deepest wins.
# The answer is the rule's precomputed retention object (RetentionInfo.to_dict).
retention_keys contains [k - count(category_lineage), 0 - purpose_depth, kept.duration_rank, index] if {
	some k, id in category_lineage
	some index in data.policy_studio.policy.retention_by_category[id]
	kept := data.policy_studio.policy.retention[index]
	purpose_depth := retention_purpose_depth(kept)
}

retention_purpose_depth(kept) := 0 if count(kept.purposes) == 0

retention_purpose_depth(kept) := max(depths) if {
	count(kept.purposes) > 0
	depths := [(count(purpose_lineage) - k) | some k, id in purpose_lineage; id in kept.purposes]
	count(depths) > 0
}

retention := info if {
	best := sort(retention_keys)[0]
	info := data.policy_studio.policy.retention[best[3]].info
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
	"obligations": sort({o |
		some index in allow_indices
		some o in data.policy_studio.policy.rules[index].obligations
	}),
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
