"""The state of each recorded approval in the window: verified, unverified or broken.

One :class:`SignatureWatcher` per document bridge works the states out with
:func:`app.storage.signing.approval_states` (the one judge, shared with ``policy-studio
verify``) after every change, against the allowed signers file found as the command line finds
it (the Preferences' file, else ``$POLICY_STUDIO_ALLOWED_SIGNERS``, else ``allowed_signers``
beside the policy). On a small policy this happens at once; on a large one (the content digest
takes most of a second) on a worker, over a snapshot, and a newer edit supersedes it.

The file is read again whenever its bytes changed. A malformed file makes every approval
unverified (as no file does) and is reported once through :attr:`SignatureWatcher.problem`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app.domain.models import Policy
from app.domain.sections import SECTION_KEYS
from app.storage.errors import PolicyFileError
from app.storage.serialize import snapshot
from app.storage.signing import (
    AllowedSigners,
    ApprovalState,
    approval_states,
    find_allowed_signers,
    load_allowed_signers,
)
from app.storage.signing.allowed_signers import MAX_SIZE
from app.ui.background import BackgroundRunner
from app.ui.bridge import DocumentBridge
from app.ui.preferences.values import allowed_signers_file, preference_changes

AT_ONCE_ITEMS = 3000
"""Policies with fewer items have their approvals judged on the GUI thread, without delay."""


class SignatureWatcher(QObject):
    """The states of the open policy's approvals, kept current."""

    statesChanged = Signal()
    """:attr:`states` were worked out afresh (or are being: :attr:`pending`)."""
    problem = Signal(str)
    """The allowed signers file cannot be read (the message names file and line); once per
    version of the file."""

    def __init__(self, bridge: DocumentBridge, settings: QSettings | None = None) -> None:
        super().__init__(bridge)
        self.bridge = bridge
        self.settings = settings
        self.states: list[ApprovalState] = []
        self.pending = False
        """True while a worker judges the approvals (the states shown are not current)."""
        self.signers_path: Path | None = None
        self.signers_error = ""
        """Why the allowed signers file could not be read ("" when it could, or there is none)."""
        self._signers: AllowedSigners | None = None
        self._read_key: tuple[object, ...] | None = None
        self._reported: tuple[object, ...] | None = None
        self.runner = BackgroundRunner(self, current=self._token)
        self.runner.published.connect(self._publish)
        self.runner.failed.connect(lambda _error: self._publish([]))
        bridge.changed.connect(lambda *_args: self.refresh())
        bridge.reset.connect(self.refresh)
        bridge.pathChanged.connect(lambda _path: self.refresh())
        preference_changes().changed.connect(self.refresh)
        self.refresh()

    def use_settings(self, settings: QSettings) -> None:
        """Read the Preferences' allowed signers file from ``settings`` from now on."""
        self.settings = settings
        self.refresh()

    def _token(self) -> object:
        document = self.bridge.document
        return id(document), document.revision

    def state(self, index: int) -> ApprovalState | None:
        """The state of approval ``index``, or None while it is being worked out."""
        if self.pending or index >= len(self.states):
            return None
        return self.states[index]

    def refresh(self) -> None:
        """Judge the approvals of the policy as it is now (and re-read a changed file)."""
        policy = self.bridge.policy
        if not policy.policy.approvals:
            self._publish([])  # nothing to judge: the file is not even read
            return
        signers = self._read_signers()
        if sum(len(getattr(policy, key)) for key in SECTION_KEYS) < AT_ONCE_ITEMS:
            self._publish(approval_states(policy, signers))
            return
        copy = snapshot(policy)
        self.pending = True
        self.statesChanged.emit()
        self.runner.submit(lambda: _judge(copy, signers))

    def _publish(self, states: list[ApprovalState]) -> None:
        self.states = states
        self.pending = False
        self.statesChanged.emit()

    def _chosen(self) -> str:
        return allowed_signers_file(self.settings or QSettings())

    def _read_signers(self) -> AllowedSigners | None:
        path = find_allowed_signers(self.bridge.path, self._chosen() or None)
        self.signers_path = path
        key = (path, _fingerprint(path))
        if key == self._read_key:
            return self._signers
        self._read_key, self._signers, self.signers_error = key, None, ""
        if path is None:
            return None
        try:
            self._signers = load_allowed_signers(path)
        except (PolicyFileError, OSError) as exc:
            self.signers_error = str(exc) if isinstance(exc, PolicyFileError) else (
                f"{path}: {exc.strerror or exc}")
            if key != self._reported:
                self._reported = key
                self.problem.emit(self.signers_error)
        return self._signers

    @property
    def signers(self) -> AllowedSigners | None:
        """The allowed signers as they are now (None: no file, or it cannot be read)."""
        return self._read_signers()


def _fingerprint(path: Path | None) -> str | None:
    """A hash of the file's bytes (None when there is none): timestamps can be too coarse."""
    try:
        with open(path, "rb") as handle:  # type: ignore[arg-type]
            return hashlib.sha256(handle.read(MAX_SIZE + 1)).hexdigest()
    except (OSError, TypeError):
        return None


def _judge(policy: Policy, signers: AllowedSigners | None) -> list[ApprovalState]:
    return approval_states(policy, signers)


def signature_watcher(bridge: DocumentBridge) -> SignatureWatcher:
    """The one watcher of ``bridge`` (made on first use)."""
    found = bridge.findChild(SignatureWatcher)
    return found if found is not None else SignatureWatcher(bridge)
