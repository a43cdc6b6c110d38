"""One running app per user: a second start hands its file to the first and exits.

The first app to start listens on a local socket named for the user (in ``$XDG_RUNTIME_DIR``
where there is one, otherwise in the temporary folder with the user's id in the name; only the
user may connect). A later start with a file connects, sends the file's absolute path as one
line of JSON (``{"open": [path], "token": ...}``, the token being the launcher's permission to
bring a window to the front, if any) and waits for ``ok``; the running app answers at once and
opens the file when it can, as File > Open would. A socket left behind by an app that crashed
or was killed refuses connections: the next start removes it and listens itself. A lock file
(:class:`QLockFile`, which notices a holder that died) keeps two starts at the same moment from
both deciding to listen.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000
REPLY_MS = 5000
LOCK_MS = 5000
MAX_MESSAGE = 64 * 1024
"""A request longer than this is not a path handed over: it is dropped unanswered."""
MAX_SOCKET_PATH = 100
"""Unix socket addresses are limited to about 108 bytes."""
TOKEN_ENV = "XDG_ACTIVATION_TOKEN"
"""The launcher's permission (Wayland) to bring a window to the front: passed on to the running
app, whose window is the one to raise."""
MAX_TOKEN = 512


def server_name() -> str:
    """The per-user name of the running app's socket (a path on Unix)."""
    if sys.platform == "win32":
        user = os.environ.get("USERNAME", "user")
        return "policy-studio-" + "".join(c if c.isalnum() else "_" for c in user)
    name = f"policy-studio-{os.getuid()}.socket"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime) and os.path.isdir(runtime):
        candidate = os.path.join(runtime, name)
        if len(candidate.encode()) < MAX_SOCKET_PATH:
            return candidate
    return os.path.join(QDir.tempPath(), name)


def _lock_path(name: str) -> str:
    return name + ".lock" if os.path.isabs(name) else os.path.join(QDir.tempPath(), name + ".lock")


class Instance(QObject):
    """This process's part: the listening primary, or a window of its own when that failed.

    :attr:`fileRequested` carries each absolute path another start handed over.
    """

    fileRequested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def primary(self) -> bool:
        """True when this process receives the files of later starts."""
        return self.server is not None and self.server.isListening()

    def listen(self) -> bool:
        """Become the primary unless another app listens; a dead app's socket is removed.

        The check comes first: with access options set, Qt's listen replaces a socket file
        that is in use instead of failing.
        """
        if alive(self.name):
            return False
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._buffers.pop(s, None))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        request = parse_request(data.split(b"\n", 1)[0])
        socket.write(b"ok\n" if request is not None else b"refused\n")
        socket.flush()
        socket.disconnectFromServer()
        if request is None:
            return
        paths, token = request
        if token:  # Qt's Wayland plugin reads it when the window asks to be activated
            os.environ[TOKEN_ENV] = token
        for path in paths:
            self.fileRequested.emit(path)


def parse_request(line: bytes) -> tuple[list[str], str] | None:
    """The absolute paths and activation token of ``{"open": [...], "token": ...}``.

    ``None`` for anything else.
    """
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    paths, token = message.get("open"), message.get("token") or ""
    if not isinstance(paths, list) or not all(
            isinstance(p, str) and os.path.isabs(p) and "\0" not in p for p in paths):
        return None
    if not isinstance(token, str) or len(token) > MAX_TOKEN or not token.isprintable():
        token = ""
    return paths, token


def alive(name: str) -> bool:
    """True when an app listens on ``name`` (a refused or missing socket is not one)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    up = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return up


def send(name: str, paths: Sequence[str]) -> bool:
    """Hand ``paths`` to the app listening on ``name``; True once it answered ``ok``."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    request = {"open": [os.path.abspath(p) for p in paths],
               "token": os.environ.get(TOKEN_ENV, "")}
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply.startswith(b"ok\n")


def claim(paths: Sequence[str], name: str | None = None) -> Instance | None:
    """Hand ``paths`` to a running app (``None``: it took them) or start listening.

    With no paths, or when the running app does not answer, the caller gets an
    :class:`Instance` all the same and opens a window of its own; it is the primary when
    nothing else listened.
    """
    name = name or server_name()
    lock = QLockFile(_lock_path(name))
    locked = lock.tryLock(LOCK_MS)
    try:
        if paths and send(name, paths):
            return None
        instance = Instance(name)
        instance.listen()
        return instance
    finally:
        if locked:
            lock.unlock()
