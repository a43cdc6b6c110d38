"""One running app per user: the file of a second start opens in the first (real sockets).

In one process: two instances on one socket name (the client side on a thread, as a second
process would block on it), a socket left by a dead app, and hostile requests. Then the
window's queue (File > Open's question about unsaved work). Then real processes: a primary
app, a second start that hands its file over and exits 0, the primary killed, and a later
start that takes over its stale socket.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from app.ui import single_instance
from app.ui.app import OPENED_LOG_ENV
from app.ui.files import dialogs
from app.ui.open_requests import OpenRequests
from app.ui.single_instance import Instance, alive, claim, parse_request, send
from tests.memory_probe import ROOT
from tests.ui.test_files_support import Recorder, isolate, make_window, write_commented

EXAMPLE = ROOT / "resources" / "examples" / "northwind-outfitters.policy.yaml"


@pytest.fixture
def name() -> Iterator[str]:
    """A socket path short enough for a Unix socket address."""
    folder = Path(os.path.realpath("/tmp")) / f"ps-si-{os.getpid()}-{time.monotonic_ns()}"
    folder.mkdir(mode=0o700)
    yield str(folder / "app.socket")
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


def client(name: str, code: str, cwd: Path) -> subprocess.Popen[str]:
    """Another process running ``code`` with ``name`` and the single_instance functions."""
    script = f"from app.ui.single_instance import *\nname = {name!r}\n{code}"
    return subprocess.Popen([sys.executable, "-c", script], cwd=cwd, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finished(qtbot, process: subprocess.Popen[str]) -> str:  # type: ignore[no-untyped-def]
    """Serve events until ``process`` ends; its output."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out


def test_a_second_instance_hands_its_file_to_the_listening_one(qtbot, name: str,
                                                               tmp_path: Path) -> None:
    primary = Instance(name)
    assert primary.listen() and primary.primary
    asked: list[str] = []
    primary.fileRequested.connect(asked.append)
    target = tmp_path / "a.policy.yaml"
    second = client(name, f"print(claim([{str(target)!r}], name) is None)", tmp_path)
    assert finished(qtbot, second) == "True\n"  # handed over: that start exits
    assert asked == [str(target)]
    other = Instance(name)
    assert not other.listen() and not other.primary  # the primary is alive: it stays
    assert alive(name)
    primary.close()
    assert not alive(name)
    assert other.listen() and other.primary  # once it is gone, the next one listens
    other.close()


def test_a_relative_path_is_sent_absolute(qtbot, name: str, tmp_path: Path) -> None:
    primary = Instance(name)
    assert primary.listen()
    asked: list[str] = []
    primary.fileRequested.connect(asked.append)
    second = client(name, "print(send(name, ['b.policy.yaml']))", tmp_path)
    assert finished(qtbot, second) == "True\n"
    assert asked == [str(tmp_path / "b.policy.yaml")]
    primary.close()


def test_a_socket_left_by_a_dead_app_is_taken_over(qtbot, name: str, tmp_path: Path) -> None:
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # bound, never listening, closed: what a killed app leaves behind
    dead.close()
    assert os.path.exists(name) and not alive(name)
    assert not send(name, [str(tmp_path / "a.policy.yaml")])  # nobody takes it
    instance = claim([str(tmp_path / "a.policy.yaml")], name)
    assert instance is not None and instance.primary
    assert alive(name)
    instance.close()


def test_no_file_never_hands_over_but_may_listen(qtbot, name: str) -> None:
    first = claim([], name)
    assert first is not None and first.primary
    second = claim([], name)
    assert second is not None and not second.primary  # a window of its own, not listening
    assert alive(name)
    first.close()


@pytest.mark.parametrize("line", [
    b"not json", b"[]", b'{"open": "a"}', b'{"open": ["relative.policy.yaml"]}',
    b'{"open": ["/a\\u0000b"]}', b'{"open": [1]}', b"\xff\xfe", b'{"other": ["/a"]}',
])
def test_a_malformed_request_is_refused(line: bytes) -> None:
    assert parse_request(line) is None


def test_a_request_s_activation_token_is_kept_only_when_plain() -> None:
    assert parse_request(b'{"open": ["/a"], "token": "abc_1"}') == (["/a"], "abc_1")
    assert parse_request(b'{"open": ["/a"], "token": "a\\u001b[2J"}') == (["/a"], "")
    assert parse_request(b'{"open": ["/a"], "token": 5}') == (["/a"], "")
    assert parse_request(b'{"open": ["/a"]}') == (["/a"], "")


def raw_request(qtbot, name: str, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """Send ``data`` on a socket served by this thread's event loop; the reply until closed."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    reply = bytearray()
    sock.readyRead.connect(lambda: reply.extend(bytes(sock.readAll().data())))
    qtbot.waitUntil(lambda: sock.state() == QLocalSocket.LocalSocketState.ConnectedState)
    sock.write(data)
    qtbot.waitUntil(lambda: sock.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=10_000)
    return bytes(reply)


def test_a_refused_request_opens_nothing_and_is_answered(qtbot, name: str) -> None:
    primary = Instance(name)
    assert primary.listen()
    asked: list[str] = []
    primary.fileRequested.connect(asked.append)
    assert raw_request(qtbot, name, b'{"open": ["relative"]}\n') == b"refused\n"
    assert raw_request(qtbot, name, b"x" * (single_instance.MAX_MESSAGE + 10)) == b""
    assert asked == []  # too long without a line end: dropped unanswered
    assert raw_request(qtbot, name, b'{"open": ["/a.policy.yaml"]}\n') == b"ok\n"
    assert asked == ["/a.policy.yaml"]
    primary.close()


def test_the_launcher_s_token_reaches_the_running_app_s_environment(
        qtbot, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(single_instance.TOKEN_ENV, raising=False)
    primary = Instance(name)
    assert primary.listen()
    seen: list[str] = []
    primary.fileRequested.connect(lambda _path: seen.append(os.environ[single_instance.TOKEN_ENV]))
    request = b'{"open": ["/a.policy.yaml"], "token": "launcher-token-1"}\n'
    assert raw_request(qtbot, name, request) == b"ok\n"
    assert seen == ["launcher-token-1"]  # set before the window is asked to come forward
    primary.close()


def test_a_handed_over_file_asks_about_unsaved_work_then_opens(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    requests = OpenRequests(window, window.files)
    window.bridge.set_field("policy", None, "title", "Edited")
    path = write_commented(tmp_path)
    cancel = Recorder(dialogs.CANCEL)
    monkeypatch.setattr(dialogs, "ask_save_changes", cancel)
    requests.add(str(path))
    qtbot.waitUntil(lambda: not requests.pending and bool(cancel.calls), timeout=5000)
    assert window.bridge.modified and window.policy.policy.title == "Edited"
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.DISCARD))
    with qtbot.waitSignal(window.files.opened, timeout=10_000) as opened:
        requests.add(str(path))
    assert opened.args == [str(path)]
    assert window.policy.policy.id == "shop" and not window.bridge.modified


def test_requests_wait_while_a_file_is_being_read(qtbot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    requests = OpenRequests(window, window.files)
    first = write_commented(tmp_path, "first.policy.yaml")
    second = tmp_path / "second.policy.yaml"
    second.write_bytes(EXAMPLE.read_bytes())
    seen: list[str] = []
    window.files.opened.connect(seen.append)
    requests.add(str(first))
    requests.add(str(second))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
    assert seen == [str(first), str(second)]
    assert window.files.document_name() == "second.policy.yaml"


# -- real processes ----------------------------------------------------------------------------

def app_env(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"), OPENED_LOG_ENV: str(tmp_path / "opened.log")}


def opened(tmp_path: Path) -> list[str]:
    log = tmp_path / "opened.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def wait_for(condition, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", *args], cwd=tmp_path,
                            env=app_env(tmp_path), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path,
                          env=app_env(tmp_path), capture_output=True, text=True, timeout=120,
                          check=False)


def stop(process: subprocess.Popen[str], how: int) -> None:
    if process.poll() is None:
        process.send_signal(how)
    process.communicate(timeout=30)


@pytest.fixture
def policies(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for key in "abcd":
        files[key] = tmp_path / f"{key}.policy.yaml"
        files[key].write_bytes(EXAMPLE.read_bytes())
    return files


def test_processes_hand_over_and_survive_a_killed_primary(tmp_path: Path,
                                                          policies: dict[str, Path]) -> None:
    primary = start(tmp_path, "a.policy.yaml")
    try:
        wait_for(lambda: opened(tmp_path) == [str(policies["a"])] or primary.poll() is not None)
        assert primary.poll() is None
        second = run(tmp_path, "b.policy.yaml")
        assert second.returncode == 0, second.stderr
        wait_for(lambda: len(opened(tmp_path)) == 2)
        assert opened(tmp_path) == [str(policies["a"]), str(policies["b"])]
        shot = run(tmp_path, "c.policy.yaml", "--screenshot", "shot.png")  # never hands over
        summary = run(tmp_path, "c.policy.yaml", "--summary")
        checked = run(tmp_path, "validate", "c.policy.yaml")
        assert shot.returncode == 0 and (tmp_path / "shot.png").stat().st_size > 0, shot.stderr
        assert summary.returncode == 0 and "northwind" in summary.stdout.lower()
        assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr
        time.sleep(1)
        assert opened(tmp_path) == [str(policies["a"]), str(policies["b"])]
    finally:
        stop(primary, signal.SIGKILL)  # no clean-up: its socket stays behind
    assert list((tmp_path / "run").glob("policy-studio-*.socket"))
    third = start(tmp_path, "d.policy.yaml")
    try:
        wait_for(lambda: len(opened(tmp_path)) == 3 or third.poll() is not None)
        assert third.poll() is None  # it took the stale socket over and opened its file
        assert opened(tmp_path)[-1] == str(policies["d"])
        again = run(tmp_path, "a.policy.yaml")
        assert again.returncode == 0, again.stderr
        wait_for(lambda: len(opened(tmp_path)) == 4)
        assert opened(tmp_path)[-1] == str(policies["a"])
    finally:
        stop(third, signal.SIGTERM)


def test_a_primary_that_does_not_answer_does_not_keep_a_file_from_opening(
        tmp_path: Path, policies: dict[str, Path]) -> None:
    primary = start(tmp_path, "a.policy.yaml")
    second = None
    try:
        wait_for(lambda: opened(tmp_path) == [str(policies["a"])] or primary.poll() is not None)
        primary.send_signal(signal.SIGSTOP)  # alive, listening, answering nothing
        second = start(tmp_path, "b.policy.yaml")
        wait_for(lambda: len(opened(tmp_path)) == 2 or second.poll() is not None)
        assert second.poll() is None  # it gave up waiting and opened the file itself
        assert opened(tmp_path) == [str(policies["a"]), str(policies["b"])]
    finally:
        primary.send_signal(signal.SIGCONT)
        stop(primary, signal.SIGTERM)
        if second is not None:
            stop(second, signal.SIGTERM)
