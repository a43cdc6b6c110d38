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

# The optional request fields: the value, or null when absent, null, empty or not a string.
subject := input.subject if {
	is_string(input.subject)
	input.subject != ""
} else := null

recipient := input.recipient if {
	is_string(input.recipient)
	input.recipient != ""
} else := null

consent := input.consent if {
	is_string(input.consent)
	input.consent != ""
} else := "unknown"

gpc if input.gpc == true

# The region as stored: ISO-shaped codes in capitals, group ids in lowercase.
region := canonical if {
	is_string(input.region)
	input.region != ""
	value := trim_space(input.region)
	regex.match(`^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$`, value)
	canonical := upper(value)
} else := canonical if {
	is_string(input.region)
	input.region != ""
	canonical := lower(trim_space(input.region))
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

# The id's ancestors and the id, root first: "a.b.c" -> ["a", "a.b", "a.b.c"]; the k-th
# entry (from 0) has depth k + 1.
lineage(id) := [concat(".", array.slice(parts, 0, k + 1)) | parts := split(id, "."); some k, _ in parts]

# Each request lineage, computed once: read from data.lineages for the ids the policy declares
# or names, computed for any other; a category or purpose that is not a string has none (no
# rule covers it), an absent subject or recipient an empty one.
category_lineage := found if {
	found := data.policy_studio.policy.lineages[input.category]
} else := lineage(input.category) if is_string(input.category)

purpose_lineage := found if {
	found := data.policy_studio.policy.lineages[input.purpose]
} else := lineage(input.purpose) if is_string(input.purpose)

subject_lineage := found if {
	found := data.policy_studio.policy.lineages[subject]
} else := lineage(subject) if is_string(subject) else := []

recipient_lineage := found if {
	found := data.policy_studio.policy.lineages[recipient]
} else := lineage(recipient) if is_string(recipient) else := []

# -- coverage -----------------------------------------------------------------------------------

# The rules whose categories cover the request's category and whose purposes cover its purpose.
candidates := {index |
	some id in category_lineage
	some index in data.policy_studio.policy.rules_by_category[id]
} & {index |
	some id in purpose_lineage
	some index in data.policy_studio.policy.rules_by_purpose[id]
}

# A rule field limited to some values needs the request to name a matching one (by descent).
subject_ok(subjects) if count(subjects) == 0
else := true if {
	some id in subject_lineage
	id in subjects
}

# Recipients: "any" (format 1 without recipients, or "*"), "listed" (by descent), or, in
# format 2 without recipients, "internal": no recipient, or an internal one.
recipient_ok("any", _) := true

recipient_ok("listed", recipients) if {
	some id in recipient_lineage
	id in recipients
}

recipient_ok("internal", _) if internal_use

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
region_ok(regions) if count(regions) == 0
else := true if {
	data.policy_studio.policy.format_version == 1
	is_string(region)
	region in regions
} else := true if {
	data.policy_studio.policy.format_version >= 2
	some within in region_within
	within in regions
}

# The covering rules: the candidates whose subjects, recipients and regions admit the request.
covering contains index if {
	some index in candidates
	rule := data.policy_studio.policy.rules[index]
	subject_ok(rule.subjects)
	recipient_ok(rule.recipient_scope, rule.recipients)
	region_ok(rule.regions)
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
declared_purpose := found[count(found) - 1] if {
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
# The smallest key (arrays compare entry by entry) names the rule; the answer is its
# precomputed retention object (RetentionInfo.to_dict).
retention_keys contains [-1 - k, 0 - purpose_depth, rank, index] if {
	some k, id in category_lineage
	some index in data.policy_studio.policy.retention_by_category[id]
	purpose_depth := retention_purpose_depth(data.policy_studio.policy.retention[index].purposes)
	rank := data.policy_studio.policy.retention[index].duration_rank
}

retention_purpose_depth(purposes) := 0 if count(purposes) == 0
else := max(depths) if {
	depths := [(k + 1) | some k, id in purpose_lineage; id in purposes]
	count(depths) > 0
}

retention := data.policy_studio.policy.retention[min(retention_keys)[3]].info if {
	count(retention_keys) > 0
} else := null

# -- the decision -------------------------------------------------------------------------------

default decision := {
	"decision": "deny",
	"reason": "no_rule",
	"rules": [],
	"obligations": [],
	"retention": null,
}

# Some rule covers the request: a deny wins, then consent decides.
decision := covered if count(covering) > 0

covered := {
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
	consent_ok
} else := {
	"decision": "deny",
	"reason": consent_reason,
	"rules": sort(allow_ids),
	"obligations": [],
	"retention": null,
}
