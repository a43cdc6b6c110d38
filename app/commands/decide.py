"""`policy-studio decide`: may this data be used for this purpose? One request or a batch."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import BinaryIO

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, out, show
from app.domain import ids
from app.domain.decisions import Decision, DecisionEngine, Request, reason_words
from app.domain.enums import ConsentState
from app.domain.i18n import translate
from app.domain.intrusiveness import Scorer
from app.domain.models import Policy
from app.domain.requests import REQUEST_KEYS, InvalidRequest, parse_request
from app.storage.loader import load_file
from app.storage.resources import default_weights, region_catalogue

MAX_LINE_BYTES = 1024 * 1024


class RequestError(ValueError):
    """A request that cannot be asked; ``str()`` names file:line:col, ``message`` the why."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: error: {message}")
        self.message = message

    @classmethod
    def at(cls, name: str, line: int, column: int, message: str) -> RequestError:
        """The error for ``name`` at a 1-based line and column."""
        return cls(f"{name}:{line}:{column}", message)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "decide", help=translate("decide", "ask whether a category may be used for a purpose"),
        description=translate(
            "decide", "Answer one request (exit 0 when allowed, 1 when denied) or, with "
                      "--requests, a stream of JSON lines: each answer is written as its line "
                      "is read; a bad line gets an error record and makes the exit status 2."))
    parser.add_argument("file", metavar="FILE", help=translate("cli", "policy file"))
    parser.add_argument("--category",
                        help=translate("decide", "data category id, e.g. contact.email"))
    parser.add_argument("--purpose",
                        help=translate("decide", "purpose id, e.g. marketing.newsletter"))
    parser.add_argument("--subject", help=translate("decide", "data subject id (optional)"))
    parser.add_argument("--recipient", help=translate("decide", "recipient id (optional)"))
    parser.add_argument("--region", help=translate(
        "decide", "region code, any case: DE, US-CA, eea (optional)"))
    parser.add_argument("--consent", choices=[s.value for s in ConsentState], default="unknown",
                        help=translate("decide", "consent state of the person (default: "
                                                 "unknown)"))
    parser.add_argument("--gpc", action="store_true", help=translate(
        "decide", "the person's browser sent a Global Privacy Control signal (an opt-out of "
                  "purposes that honour it, unless consent is granted)"))
    parser.add_argument("--json", action="store_true",
                        help=translate("decide", "print the answer as JSON"))
    parser.add_argument("--requests", metavar="FILE.jsonl", help=translate(
        "decide", "answer one JSON request per line ('-' for stdin); one JSON answer per line, "
                  "in order, each as soon as its line is read"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the policy and answer."""
    if args.requests is None and not (args.category and args.purpose):
        err("policy-studio decide: error: " + translate(
            "decide", "--category and --purpose are needed (or --requests FILE.jsonl)"))
        return EXIT_INPUT
    loaded = load_file(args.file)
    engine = DecisionEngine(loaded.policy, region_catalogue())
    if args.requests is not None:
        return _batch(engine, args.requests)
    values = {key: getattr(args, key) for key in REQUEST_KEYS}
    try:
        request = parse_request(values)
    except InvalidRequest as exc:
        option = f"--{exc.key}: " if exc.key else ""
        err(f"policy-studio decide: error: {option + exc.message}")
        return EXIT_INPUT
    _warn_undeclared(loaded.policy, request)
    if request.region and not engine.regions.is_known(request.region):
        err("note: " + translate("decide", "region '{region}' is not an ISO 3166 code or a "
                                           "region group; no rule limited to regions covers it")
            .format(region=request.region))
    decision = engine.decide(request)
    if args.json:
        out(json.dumps(decision.to_dict(), ensure_ascii=False) + "\n")
    else:
        show(describe(decision, request, Scorer(loaded.policy, default_weights())))
    return EXIT_OK if decision.allowed else EXIT_FINDINGS


def describe(decision: Decision, request: Request, scorer: Scorer) -> str:
    """The answer in words, with rules, obligations, retention and intrusiveness."""
    verdict = translate("decide", "ALLOW") if decision.allowed else translate("decide", "DENY")
    lines = [translate("decide", "{verdict}: {reason}").format(
        verdict=verdict, reason=reason_words(decision.reason))]
    if decision.rules:
        lines.append(translate("decide", "  rules:       {rules}").format(
            rules=", ".join(decision.rules)))
    if decision.obligations:
        lines.append(translate("decide", "  obligations: {obligations}").format(
            obligations=", ".join(decision.obligations)))
    if decision.retention:
        r = decision.retention
        lines.append(translate("decide", "  retention:   {sentence} (rule {rule})").format(
            sentence=r.sentence(), rule=r.rule))
    elif decision.allowed:
        lines.append(translate("decide", "  retention:   none applies (add a retention rule "
                                         "for this category)"))
    if decision.allowed:
        score = scorer.score(request.category, request.purpose, request.subject,
                             request.recipient, decision.obligations)
        lines.append(translate("decide", "  intrusiveness: {score}").format(
            score=score.explain()))
    return "\n".join(lines) + "\n"


def _batch(engine: DecisionEngine, source: str) -> int:
    """Answer each line as it is read; a bad line gets an error record and exit status 2."""
    name = "<stdin>" if source == "-" else source
    if source == "-":
        return _answer_stream(engine, sys.stdin.buffer, name)
    with open(source, "rb") as handle:  # a pipe is fine here: answers stream as lines come
        return _answer_stream(engine, handle, name)


def _answer_stream(engine: DecisionEngine, stream: BinaryIO, name: str) -> int:
    write, flush = sys.stdout.write, sys.stdout.flush
    decide = engine.decide
    status = EXIT_OK
    for number, line in enumerate(_lines(stream), start=1):
        if line is not None and not line.strip():
            continue
        answer = _answer_line(line, name, number)
        if isinstance(answer, RequestError):
            err(str(answer))
            record = {"line": number, "error": answer.message}
            write(json.dumps(record, ensure_ascii=False) + "\n")
            status = EXIT_INPUT
        else:
            write(json.dumps(decide(answer).to_dict(), ensure_ascii=False) + "\n")
        flush()
    return status


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream`` (without the newline).

    None for a line over the length limit, whose bytes are skipped without being kept.
    """
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(MAX_LINE_BYTES)
            yield None
            continue
        yield line.rstrip(b"\r\n")


def _answer_line(line: bytes | None, name: str, number: int) -> Request | RequestError:
    if line is None:
        return RequestError.at(name, number, 1, translate(
            "decide", "the line is longer than {size} KiB").format(size=MAX_LINE_BYTES // 1024))
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return RequestError.at(name, number, exc.start + 1, translate(
            "decide", "not UTF-8 text ({reason})").format(reason=exc.reason))
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        column = getattr(exc, "colno", 1)
        why = getattr(exc, "msg", None) or translate("decide", "nested too deeply")
        return RequestError.at(name, number, column, translate("decide", "not JSON: {reason}")
                               .format(reason=why))
    if not isinstance(data, dict):
        return RequestError.at(name, number, 1, translate("decide",
                                                          "a request must be a JSON object"))
    try:
        return _request(data, name, number)
    except RequestError as exc:
        return exc


def _request(data: dict, name: str, line: int) -> Request:
    try:
        return parse_request(data)
    except InvalidRequest as exc:
        raise RequestError(f"{name}:{line}:1" if line else name, exc.message) from None


def _warn_undeclared(policy: Policy, request: Request) -> None:
    undeclared = {
        "category": translate("decide", "category '{value}' is not declared in the policy"),
        "purpose": translate("decide", "purpose '{value}' is not declared in the policy"),
        "subject": translate("decide", "subject '{value}' is not declared in the policy"),
        "recipient": translate("decide", "recipient '{value}' is not declared in the policy"),
    }
    declared = {
        "category": {c.id for c in policy.categories},
        "purpose": {p.id for p in policy.purposes},
        "subject": {s.id for s in policy.subjects},
        "recipient": {r.id for r in policy.recipients},
    }
    for key, known in declared.items():
        value = getattr(request, key)
        if value and not any(i in known for i in ids.lineage(value)):
            err("note: " + undeclared[key].format(value=value))
