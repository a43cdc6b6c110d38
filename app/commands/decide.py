"""`policy-studio decide`: may this data be used for this purpose? One request or a batch."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, out, show
from app.domain import ids
from app.domain.decisions import REASON_TEXT, Decision, DecisionEngine, Request
from app.domain.enums import ConsentState, label
from app.domain.intrusiveness import Scorer
from app.domain.models import Policy
from app.storage.loader import load_file

REQUEST_KEYS = ("category", "purpose", "subject", "recipient", "region", "consent")


class RequestError(ValueError):
    """A request that cannot be asked; the message names file:line:col."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "decide", help="ask whether a category may be used for a purpose",
        description="Answer one request (exit 0 when allowed, 1 when denied) or, with "
                    "--requests, a batch of JSON lines (exit 0 once all are answered).")
    parser.add_argument("file", metavar="FILE", help="policy file")
    parser.add_argument("--category", help="data category id, e.g. contact.email")
    parser.add_argument("--purpose", help="purpose id, e.g. marketing.newsletter")
    parser.add_argument("--subject", help="data subject id (optional)")
    parser.add_argument("--recipient", help="recipient id (optional)")
    parser.add_argument("--region", help="region id (optional)")
    parser.add_argument("--consent", choices=[s.value for s in ConsentState], default="unknown",
                        help="consent state of the person (default: unknown)")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    parser.add_argument("--requests", metavar="FILE.jsonl",
                        help="answer one JSON request per line ('-' for stdin); one JSON "
                             "answer per line, in order")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the policy and answer."""
    if args.requests is None and not (args.category and args.purpose):
        err("policy-studio decide: error: --category and --purpose are needed "
            "(or --requests FILE.jsonl)")
        return EXIT_INPUT
    loaded = load_file(args.file)
    engine = DecisionEngine(loaded.policy)
    if args.requests is not None:
        return _batch(engine, args.requests)
    values = {key: getattr(args, key) for key in REQUEST_KEYS}
    try:
        request = _request(values, "command line", 0)
    except RequestError as exc:
        err(str(exc))
        return EXIT_INPUT
    _warn_undeclared(loaded.policy, request)
    decision = engine.decide(request)
    if args.json:
        out(json.dumps(decision.to_dict(), ensure_ascii=False) + "\n")
    else:
        show(describe(decision, request, Scorer(loaded.policy)))
    return EXIT_OK if decision.allowed else EXIT_FINDINGS


def describe(decision: Decision, request: Request, scorer: Scorer) -> str:
    """The answer in words, with rules, obligations, retention and intrusiveness."""
    lines = [f"{decision.decision.upper()}: {REASON_TEXT[decision.reason]}"]
    if decision.rules:
        lines.append(f"  rules:       {', '.join(decision.rules)}")
    if decision.obligations:
        lines.append(f"  obligations: {', '.join(decision.obligations)}")
    if decision.retention:
        r = decision.retention
        lines.append(f"  retention:   {r.duration} from {label(r.trigger)}, then "
                     f"{label(r.disposition)} (rule {r.rule})")
    elif decision.allowed:
        lines.append("  retention:   none applies (add a retention rule for this category)")
    if decision.allowed:
        score = scorer.score(request.category, request.purpose, request.subject,
                             request.recipient, decision.obligations)
        lines.append(f"  intrusiveness: {score.explain()}")
    return "\n".join(lines) + "\n"


def _batch(engine: DecisionEngine, source: str) -> int:
    name = "<stdin>" if source == "-" else source
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
    except FileNotFoundError:
        err(f"{name}:1:1: error: no such file")
        return EXIT_INPUT
    except UnicodeDecodeError as exc:
        err(f"{name}:1:1: error: not UTF-8 text ({exc.reason})")
        return EXIT_INPUT
    requests: list[Request] = []
    problems: list[str] = []
    for request_or_error in _parse_lines(text, name):
        if isinstance(request_or_error, RequestError):
            problems.append(str(request_or_error))
        else:
            requests.append(request_or_error)
    if problems:
        for problem in problems[:50]:
            err(problem)
        return EXIT_INPUT
    write = sys.stdout.write
    for request in requests:
        write(json.dumps(engine.decide(request).to_dict(), ensure_ascii=False) + "\n")
    return EXIT_OK


def _parse_lines(text: str, name: str) -> Iterator[Request | RequestError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RequestError(f"{name}:{number}:{exc.colno}: error: not JSON: {exc.msg}")
            continue
        if not isinstance(data, dict):
            yield RequestError(f"{name}:{number}:1: error: a request must be a JSON object")
            continue
        try:
            yield _request(data, name, number)
        except RequestError as exc:
            yield exc


def _request(data: dict, name: str, line: int) -> Request:
    where = f"{name}:{line}:1" if line else name
    unknown = sorted(set(data) - set(REQUEST_KEYS))
    if unknown:
        raise RequestError(f"{where}: error: unknown key '{unknown[0]}' (keys: "
                           f"{', '.join(REQUEST_KEYS)})")
    for key in ("category", "purpose"):
        if not data.get(key):
            raise RequestError(f"{where}: error: the request needs '{key}'")
    for key in REQUEST_KEYS[:-1]:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not ids.is_valid_id(value):
            raise RequestError(f"{where}: error: {key} '{value}' is not a valid id")
    consent = data.get("consent") or "unknown"
    if consent not in {s.value for s in ConsentState}:
        raise RequestError(f"{where}: error: consent must be granted, denied or unknown")
    return Request.from_dict(data)


def _warn_undeclared(policy: Policy, request: Request) -> None:
    declared = {
        "category": {c.id for c in policy.categories},
        "purpose": {p.id for p in policy.purposes},
        "subject": {s.id for s in policy.subjects},
        "recipient": {r.id for r in policy.recipients},
    }
    for key, known in declared.items():
        value = getattr(request, key)
        if value and not any(i in known for i in ids.lineage(value)):
            err(f"note: {key} '{value}' is not declared in the policy")
