"""Policy slicing for the Cedar export: only the policies that can apply to a request.

Cedar keeps no index: it evaluates every policy of the set for every request, so on a policy
with ten thousand rules each answer costs ten thousand evaluations (and parsing the set, if a
caller does not keep it parsed). Every policy the export writes begins with
``resource.category in [...] && resource.purpose in [...]``, and the entities a caller sends
(:func:`~app.exporters.cedar.entities_for_request`) make an id's ancestors exactly its dotted
prefixes. A policy none of whose categories is the request's category or one of its prefixes
(or likewise for purposes) is therefore false for that request whatever else holds; dropping
it changes neither Cedar's decision nor the policies Cedar names as reasons. What remains is
usually a handful of policies: the slice.

The slice's policies are the export's own text, in export order, with their annotations, so
Cedar numbers them afresh (``policy0``...): read the rule behind a reason from its ``@id``
annotation (``diagnostics.id_annotations_by_reason`` in cedarpy), not from its position.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.domain.decisions import Request
from app.domain.ids import lineage
from app.domain.models import Policy
from app.exporters.cedar import expressed_rules, rule_policy


class PolicySlicer:
    """The export's policies indexed by category and purpose, to slice per request.

    Built once per policy (it renders every rule's Cedar policy); :meth:`text` then costs a
    few dictionary look-ups per request.
    """

    def __init__(self, policy: Policy) -> None:
        self.policies: list[str] = []
        self._by_category: dict[str, set[int]] = defaultdict(set)
        self._by_purpose: dict[str, set[int]] = defaultdict(set)
        for position, (index, rule) in enumerate(expressed_rules(policy)):
            self.policies.append(rule_policy(rule, index, policy.format_version))
            for category in rule.categories:
                self._by_category[category].add(position)
            for purpose in rule.purposes:
                self._by_purpose[purpose].add(position)

    def positions(self, request: Request) -> set[int]:
        """Positions (in export order) of the policies that can apply to ``request``."""
        categories = _covering(self._by_category, request.category)
        return categories & _covering(self._by_purpose, request.purpose) if categories else set()

    def text(self, requests: Request | Iterable[Request]) -> str:
        """The Cedar policies that can apply to a request (or to any of a batch), in order."""
        wanted: set[int] = set()
        for request in [requests] if isinstance(requests, Request) else requests:
            wanted |= self.positions(request)
        return "\n".join(self.policies[p] for p in sorted(wanted))


def _covering(index: dict[str, set[int]], item_id: str) -> set[int]:
    found: set[int] = set()
    for key in lineage(item_id):
        found |= index.get(key, set())
    return found
