"""Background revalidation: debounced, off the GUI thread, and never showing stale results."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.domain.models import Policy
from app.ui.bridge import DocumentBridge
from app.ui.problems.panel import ProblemsPanel
from app.ui.problems.revalidator import Revalidator
from app.validation.finding import Finding
from app.validation.problems import Result
from app.validation.runner import run_checks


class Checks:
    """A validate function that records its calls and can hold a run until released."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []
        self.policies: list[Policy] = []
        self.threads: set[int] = set()
        self.gate = threading.Event()
        self.gate.set()
        self.fail = False

    def __call__(self, policy: Policy, **kwargs: object) -> list[Finding]:
        self.calls.append((len(policy.rules), policy.rules[0].purposes[0]))
        self.policies.append(policy)
        self.threads.add(threading.get_ident())
        assert self.gate.wait(10)
        if self.fail:
            raise RuntimeError("a check broke")
        return run_checks(policy, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def checks() -> Checks:
    return Checks()


@pytest.fixture
def setup(qtbot, bridge: DocumentBridge, checks: Checks  # type: ignore[no-untyped-def]
          ) -> Iterator[tuple[Revalidator, ProblemsPanel, list[Result]]]:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    revalidator = Revalidator(bridge, panel, validate=checks, debounce_ms=40)
    panel.follow(revalidator)
    shown: list[Result] = []
    revalidator.finished.connect(shown.append)
    revalidator.schedule(0)
    qtbot.waitUntil(lambda: bool(shown))
    yield revalidator, panel, shown
    checks.gate.set()
    revalidator.wait()


def displayed_codes(panel: ProblemsPanel) -> list[str]:
    return sorted(p.finding.code for p in panel.model.problems())


def test_checks_run_in_a_worker_thread(setup, checks: Checks) -> None:  # type: ignore[no-untyped-def]
    assert threading.get_ident() not in checks.threads


def test_a_burst_of_edits_runs_the_checks_once(qtbot, setup, bridge, checks: Checks) -> None:  # type: ignore[no-untyped-def]
    _revalidator, _panel, shown = setup
    before = len(checks.calls)
    for n in range(5):
        bridge.set_field("rules", "newsletter_email", "description", f"edit {n}")
    qtbot.waitUntil(lambda: len(shown) == 2)
    qtbot.wait(100)
    assert len(checks.calls) == before + 1
    assert shown[-1].revision == bridge.document.revision


def test_stale_results_are_dropped(qtbot, setup, bridge, checks: Checks) -> None:  # type: ignore[no-untyped-def]
    revalidator, panel, shown = setup
    checks.gate.clear()  # the next run waits inside the checks until released
    bridge.set_field("rules", "newsletter_email", "purposes", ["first_unknown"])
    qtbot.waitUntil(lambda: checks.calls[-1] == (2, "first_unknown"))
    assert revalidator.busy and panel.state.text() == "Checking…"
    bridge.set_field("rules", "newsletter_email", "purposes", ["marketing.newsletter"])
    qtbot.wait(100)  # the debounce fires while the first run is still in flight
    checks.gate.set()
    qtbot.waitUntil(lambda: not revalidator.busy)
    assert revalidator.dropped == 1
    assert len(shown) == 2  # the initial result and the latest; the stale one never showed
    assert shown[-1].revision == bridge.document.revision
    assert checks.calls[-1] == (2, "marketing.newsletter")
    assert displayed_codes(panel) == sorted(f.code for f in run_checks(bridge.policy))
    assert not any("first_unknown" in p.finding.message for p in panel.model.problems())


def test_the_worker_never_sees_later_edits(qtbot, setup, bridge, checks: Checks) -> None:  # type: ignore[no-untyped-def]
    revalidator, _panel, shown = setup
    checks.gate.clear()
    bridge.set_field("rules", "newsletter_email", "purposes", ["one"])
    qtbot.waitUntil(lambda: checks.calls[-1] == (2, "one"))
    in_flight = checks.policies[-1]
    bridge.set_field("rules", "newsletter_email", "purposes", ["two"])
    bridge.set_field("rules", "newsletter_email", "description", "changed")
    bridge.set_field("policy", None, "controller.email", "someone@example.com")
    bridge.apply(bridge.document.remove_edit("rules", "no_location_ads"))
    assert in_flight.rules[0].purposes == ["one"]  # the running check's view stays put
    assert in_flight.rules[0].description == ""
    assert in_flight.policy.controller.email == ""
    assert len(in_flight.rules) == 2
    checks.gate.set()
    qtbot.waitUntil(lambda: not revalidator.busy)
    assert checks.calls[-1] == (1, "two")
    assert shown[-1].revision == bridge.document.revision


def test_failing_checks_are_reported_not_raised(qtbot, setup, bridge, checks: Checks) -> None:  # type: ignore[no-untyped-def]
    _revalidator, panel, shown = setup
    before = panel.model.problems()
    checks.fail = True
    bridge.set_field("rules", "newsletter_email", "description", "x")
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[-1].error == "RuntimeError: a check broke"
    assert panel.state.text() == "Checks failed"
    assert "a check broke" in panel.details.toPlainText()
    assert panel.model.problems() == before  # the last good findings stay
    checks.fail = False
    bridge.set_field("rules", "newsletter_email", "description", "y")
    qtbot.waitUntil(lambda: len(shown) == 3)
    assert panel.state.text() == "Up to date"


def test_a_field_edit_or_rename_is_checked_without_the_debounce_even_after_slow_runs(
        qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    def slow(policy: Policy, **kwargs: object) -> list[Finding]:
        threading.Event().wait(0.1)  # slower than a quick run: the full debounce would apply
        return run_checks(policy, **kwargs)  # type: ignore[arg-type]

    revalidator = Revalidator(bridge, validate=slow, debounce_ms=5000)
    shown: list[Result] = []
    revalidator.finished.connect(shown.append)
    revalidator.schedule(0)
    qtbot.waitUntil(lambda: bool(shown))
    bridge.set_field("rules", "newsletter_email", "description", "one field")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=2000)  # well before the 5 s debounce
    assert shown[-1].revision == bridge.document.revision
    bridge.apply(bridge.document.rename_edit("rules", "newsletter_email", "newsletter_mail"),
                 "Rename")  # committing the Id field is one discrete edit too
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=2000)
    assert shown[-1].revision == bridge.document.revision
    bridge.apply(bridge.document.remove_edit("rules", "no_location_ads"), "Remove")
    qtbot.wait(1000)
    assert len(shown) == 3  # anything but a field edit or a rename still waits for the debounce
    revalidator.wait()
