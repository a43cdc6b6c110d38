# Policy Studio expectations as Rego tests (`opa test` runs every test_* rule), Rego v1.
#
# Each expectation of the policy is data: data.policy_studio.policy.tests[i] holds its id, its
# note, the request (input) and the answer expected. Below this header the bundle adds one
# rule per expectation, `test_<id> if holds(<i>)`, with the id's dots written as "__"; ids are
# slugs, so no user text is ever code. An expectation holds when data.policy_studio.decision
# for its input has the expected decision and, when given, the expected reason, exactly the
# expected rules and the expected retention rule.
package policy_studio.expectations_test

import rego.v1

holds(index) if {
	expected := data.policy_studio.policy.tests[index]
	is_object(expected.input)
	answer := data.policy_studio.decision with input as expected.input
	answer.decision == expected.expect
	reason_ok(expected, answer)
	rules_ok(expected, answer)
	retention_ok(expected, answer)
}

reason_ok(expected, _) if expected.reason == null

reason_ok(expected, answer) if answer.reason == expected.reason

rules_ok(expected, _) if count(expected.rules) == 0

rules_ok(expected, answer) if {
	count(expected.rules) > 0
	{rule | some rule in expected.rules} == {rule | some rule in answer.rules}
}

retention_ok(expected, _) if expected.retention == null

retention_ok(expected, answer) if answer.retention.rule == expected.retention

# -- one test per expectation (generated from the ids) ------------------------------------------
