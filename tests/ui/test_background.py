"""The one background runner: work off the GUI thread, only current results, errors reported."""

from __future__ import annotations

import threading

from app.ui.background import BackgroundRunner


def outcomes(runner: BackgroundRunner) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    runner.published.connect(lambda result: seen.append(("published", result)))
    runner.failed.connect(lambda error: seen.append(("failed", error)))
    runner.dropped.connect(lambda: seen.append(("dropped", None)))
    return seen


def test_work_runs_on_a_worker_and_publishes_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    seen = outcomes(runner)
    gui = threading.get_ident()
    threads: list[int] = []
    runner.published.connect(lambda _result: threads.append(threading.get_ident()))
    runner.submit(lambda: threading.get_ident())
    assert runner.busy
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "published" and seen[0][1] != gui
    assert threads == [gui]
    assert not runner.busy


def test_a_newer_request_supersedes_older_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    seen = outcomes(runner)
    gate, running = threading.Event(), threading.Event()
    ran: list[str] = []

    def work(name: str) -> str:
        ran.append(name)
        running.set()
        assert gate.wait(10)
        return name

    runner.submit(lambda: work("first"))
    assert running.wait(10)  # the one worker is busy: later requests queue behind it
    runner.submit(lambda: work("second"))
    runner.submit(lambda: work("third"))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == [("dropped", None), ("dropped", None), ("published", "third")]
    assert ran == ["first", "third"]  # "second" was superseded before it started


def test_a_result_is_dropped_when_what_it_describes_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    revision = [1]
    runner = BackgroundRunner(current=lambda: revision[0])
    seen = outcomes(runner)
    gate = threading.Event()
    runner.submit(lambda: gate.wait(10))
    revision[0] = 2  # an edit while the work runs
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == [("dropped", None)]


def test_an_error_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    seen = outcomes(runner)

    def broken() -> None:
        raise ValueError("no such thing")

    runner.submit(broken)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [kind for kind, _ in seen] == ["failed"]
    assert isinstance(runner.error, ValueError) and str(runner.error) == "no such thing"
    runner.submit(lambda: 7)  # the runner keeps working
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen[-1] == ("published", 7)
