"""The policy's expectations as Rego tests in the OPA bundle.

``policy_studio/expectations_test.rego`` (package ``policy_studio.expectations_test``) is a
static header, the same for every policy, followed by one line per expectation::

    test_newsletter__no_consent if holds(3)

The rule name comes from the expectation's id (a slug: ``[a-z0-9_.]``, dots written ``__``);
everything else, the request and the answer expected, is data at
``data.policy_studio.policy.tests[3]`` (:func:`expectations_data`), so user text such as the
note never becomes code. ``opa test`` runs these rules; every one is true when the bundle
answers each expectation as expected.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from app.domain.expectations import expectation_request
from app.domain.models import Policy

TESTS_RESOURCE = ("rego", "expectations_test.rego")
"""The static header of the test module, a data file of this package."""
TESTS_NAME = "policy_studio/expectations_test.rego"
TESTS_PACKAGE = "policy_studio.expectations_test"
TESTS_QUERY = f"data.{TESTS_PACKAGE}"
SLUG = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")


def rego_test_names(policy: Policy) -> list[str]:
    """The Rego rule name of each expectation, in file order, all distinct.

    ``test_`` and the id with its dots as ``__``; a name already taken (a duplicated id, or
    ``a.b`` next to ``a__b``) gets ``__2``, ``__3``...; an id that is not a slug (only a policy
    built in code could hold one) becomes ``test_expectation_<n>``.
    """
    names: list[str] = []
    taken: set[str] = set()
    for index, expectation in enumerate(policy.tests):
        item_id = expectation.id if isinstance(expectation.id, str) else ""
        base = ("test_" + item_id.replace(".", "__") if SLUG.fullmatch(item_id)
                else f"test_expectation_{index}")
        name, count = base, 1
        while name in taken:
            count += 1
            name = f"{base}__{count}"
        taken.add(name)
        names.append(name)
    return names


def expectations_rego(policy: Policy) -> str:
    """The test module: the static header and one ``test_*`` rule per expectation."""
    header = resources.files(__package__).joinpath(*TESTS_RESOURCE).read_text(encoding="utf-8")
    lines = [f"{name} if holds({index})\n"
             for index, name in enumerate(rego_test_names(policy))]
    return header + ("\n" if lines else "") + "".join(lines)


def expectations_data(policy: Policy) -> list[dict[str, Any]]:
    """The value of ``data.policy_studio.policy.tests``: each expectation as data.

    ``input`` is the request in the shape of ``policy-studio decide --requests`` (null while the
    expectation lacks a category or a purpose: its test then fails); ``reason`` and
    ``retention`` are null and ``rules`` empty when not checked.
    """
    data = []
    for expectation in policy.tests:
        request = expectation_request(expectation)
        data.append({
            "id": expectation.id,
            "note": expectation.note,
            "input": None if request is None else request.to_dict(),
            "expect": str(expectation.expect),
            "reason": None if expectation.reason is None else str(expectation.reason),
            "rules": sorted(set(expectation.rules)),
            "retention": expectation.retention,
        })
    return data
