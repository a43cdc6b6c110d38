"""The builder process of large previews: same pages as a build in place, failures reported,
a stopped builder replaced, hostile requests answered with an error."""

from __future__ import annotations

import gc
import io
import os
import pickle
import threading
import time

import pytest

from app.domain.models import Policy
from app.ui import builder
from app.ui.views.document import build as document_build


@pytest.fixture
def through_process(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Every policy goes to the builder process; it is stopped afterwards."""
    monkeypatch.setattr(builder, "PROCESS_ABOVE", 0)
    yield
    builder.stop_builder()


def test_the_builder_process_makes_the_same_pages(ui_policy: Policy, through_process) -> None:  # type: ignore[no-untyped-def]
    assert builder.is_large(ui_policy)
    pages, summary = document_build.build(ui_policy, 2)
    assert builder._processes and builder._processes[0].pid != os.getpid()
    assert (pages, summary) == document_build.preview(ui_policy, 2)
    assert "Exported despite 2 error findings" in pages.pages[0]


def test_a_builder_stopped_mid_build_is_reported_then_replaced(  # type: ignore[no-untyped-def]
        ui_policy: Policy, through_process) -> None:
    document_build.build(ui_policy, 0)  # started
    first = builder._processes[0]
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            document_build.build(ui_policy, 0)
            outcome.append(None)
        except RuntimeError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    while not builder._lock.locked() and worker.is_alive():
        time.sleep(0.001)
    first.kill()
    worker.join(30)
    # Killed before it answered: the build says so; had it answered first, it stands.
    assert outcome and (outcome[0] is None or "stopped unexpectedly" in str(outcome[0]))
    pages, _ = document_build.build(ui_policy, 0)  # a new builder
    assert builder._processes[0].pid != first.pid
    assert "Email address" in pages.pages[0]


def request(payload: bytes) -> io.BytesIO:
    return io.BytesIO(b"o" + builder._SIZE.pack(len(payload)) + payload)


@pytest.mark.parametrize("payload", [
    b"not a pickle at all",
    pickle.dumps(("not a policy", 0)),
    pickle.dumps(([], (print, ("not a task of the application",)))),
    pickle.dumps(None),
])
def test_the_builder_answers_a_hostile_request_with_an_error(payload: bytes) -> None:
    answers = io.BytesIO()
    builder.serve(request(payload), answers)
    answers.seek(0)
    status, text = builder._receive(answers)
    assert status == builder._FAILED and text.decode().split(":")[0].endswith("Error")
    assert gc.isenabled()  # the collector is restored when the requests end


def test_the_builder_refuses_a_foreign_task_in_the_window_s_language(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.domain import i18n
    from app.storage.translations import activate

    payload = pickle.dumps(([], (len, ("ab",))))
    with pytest.raises(TypeError, match=r"^not a task of this application: <built-in"):
        builder._run(payload, {})
    monkeypatch.setattr(i18n, "_current", i18n.current())  # put back afterwards
    activate("de")
    with pytest.raises(TypeError, match=r"^keine Aufgabe dieser Anwendung: <built-in"):
        builder._run(payload, {})


def test_the_builder_stops_at_the_end_of_its_requests(ui_policy: Policy) -> None:
    stream = request(pickle.dumps(([], (document_build.preview, (ui_policy, 0))))).getvalue() * 2
    answers = io.BytesIO()
    builder.serve(io.BytesIO(stream + b"o\x00"), answers)  # two requests, then a torn one
    answers.seek(0)
    for _ in range(2):
        status, data = builder._receive(answers)
        assert status == builder._OK and pickle.loads(data)[0].pages
    assert answers.read() == b""


def test_the_builder_process_writes_in_the_window_s_language(  # type: ignore[no-untyped-def]
        ui_policy: Policy, through_process) -> None:
    from app.domain import i18n
    from app.storage.translations import activate

    before = i18n.current()
    activate("de")
    try:
        pages, _ = document_build.build(ui_policy, 2)
        assert builder._processes[0].pid != os.getpid()
        assert (pages, _) == document_build.preview(ui_policy, 2)  # as this process writes
        assert "Exported despite 2 error findings" not in pages.pages[0]
    finally:
        i18n.use(before)
