r"""JUnit XML of an expectation run: one testsuite per engine, one testcase per expectation.

A failing expectation is a ``<failure>`` whose message is the mismatch phrases; an engine
answering differently from the in-app engine fails the testcase too; an engine that could
not be loaded has every testcase ``<skipped>``, one that failed has them ``<error>``. Text
XML 1.0 cannot hold (control characters) is written as ``\u{hex}``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from app.domain.expectations import expectation_request, short_note
from app.exporters.evaluate.suite import EngineRun

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    r"""``text`` with every character XML 1.0 cannot hold written as ``\u{hex}``."""
    return _NOT_XML.sub(lambda m: f"\\u{{{ord(m.group()):x}}}", text)


def render(runs: list[EngineRun], file: str, ids: list[tuple[str, str]]) -> str:
    """The JUnit XML document for ``runs`` of the expectations ``ids`` ((id, note) in order)."""
    root = ET.Element("testsuites", name="policy-studio test")
    classname = xml_text(file)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for run in runs:
        suite = ET.SubElement(root, "testsuite", name=run.name)
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="engine", value=run.title)
        ET.SubElement(props, "property", name="judged_on", value=run.judged_on)
        counts = dict.fromkeys(totals, 0)
        against: dict[int, list[str]] = {}
        for found in run.disagreements:
            against.setdefault(found.index, []).append(found.phrase)
        for index, (item_id, note) in enumerate(ids):
            counts["tests"] += 1
            case = ET.SubElement(suite, "testcase", name=xml_text(item_id),
                                 classname=f"{classname}.{run.name}")
            outcome = run.outcomes[index] if index < len(run.outcomes) else None
            if run.unavailable:
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=xml_text(run.unavailable))
            elif outcome is None or (outcome.answer is None
                                     and expectation_request(outcome.expectation)):
                counts["errors"] += 1
                ET.SubElement(case, "error", message=xml_text(run.error or "not answered"))
            elif not outcome.passed or index in against:
                counts["failures"] += 1
                message = "; ".join([*outcome.problems, *against.get(index, ())])
                failure = ET.SubElement(case, "failure", message=xml_text(message),
                                        type="expectation")
                failure.text = xml_text(message)
            if note:  # after the result, as the JUnit schema orders a testcase's children
                ET.SubElement(case, "system-out").text = xml_text(short_note(note, 1000))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(totals[key]))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
