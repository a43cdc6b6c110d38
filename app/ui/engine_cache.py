"""One decision engine per revision of a document, shared by the window's parts.

Building the engine reads every rule (about half a second on a 10,000-rule policy), so the
parts that ask it about the policy as it is now (the expectation form, the navigator's marks)
share the one built for the document's current revision.
"""

from __future__ import annotations

import weakref

from app.domain.decisions import DecisionEngine
from app.domain.document import PolicyDocument
from app.storage.resources import region_catalogue

_ENGINES: weakref.WeakKeyDictionary[PolicyDocument, tuple[int, int, DecisionEngine]] = (
    weakref.WeakKeyDictionary())


def current_engine(document: PolicyDocument) -> DecisionEngine:
    """The decision engine over ``document``'s policy as it is now (built once per revision)."""
    found = _ENGINES.get(document)
    key = (document.revision, id(document.policy))
    if found is not None and found[:2] == key:
        return found[2]
    engine = DecisionEngine(document.policy, region_catalogue())
    _ENGINES[document] = (*key, engine)
    return engine
