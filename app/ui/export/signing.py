"""Signing an export in the window: the export dialog's "Sign with key" row, and the signer.

A format that can be signed offers ``signed(signer)`` (the OPA bundle); for it the dialog
shows the row, empty by default (no signature). The window signs only a policy with an
approval of exactly its content, as ``policy-studio export --sign-key`` does without
``--allow-unapproved``; an encrypted key's passphrase comes from
``POLICY_STUDIO_KEY_PASSPHRASE`` or is asked for without echo.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.opa_signing import (
    PASSPHRASE_VARIABLE,
    BundleSigner,
    PassphraseNeeded,
    read_signing_key,
)
from app.exporters.registry import Exporter


def can_sign(exporter: Exporter | None) -> bool:
    """True for a format whose output can carry a signature."""
    return exporter is not None and callable(getattr(exporter, "signed", None))


class SigningKeyRow(QWidget):
    """A PEM private key file to sign with (empty: do not sign), and a button to choose one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(translate(
            "export", "none: not signed (a PEM private key, RSA or EC P-256)"))
        self.path.setAccessibleName(translate("export", "Signing key"))
        self.path.setAccessibleDescription(translate(
            "export", "The private key file the bundle is signed with; empty for no signature"))
        choose = QPushButton(translate("export", "Choose &key..."), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)

    def key_path(self) -> str:
        """The chosen key file, or ``""`` for no signature."""
        return self.path.text().strip()

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("export", "Sign with key"), self.key_path(),
            translate("export", "PEM private keys (*.pem *.key);;All files (*)"))
        if chosen:
            self.path.setText(chosen)


def ask_passphrase(parent: QWidget, path: str) -> str | None:
    """The passphrase of the encrypted key ``path``, or None when cancelled (tests replace)."""
    text, ok = QInputDialog.getText(
        parent, translate("export", "Passphrase"),
        translate("export", "Passphrase for {path}:").format(path=path),
        QLineEdit.EchoMode.Password)
    return text if ok else None


def signing_refusal(policy: Policy) -> str | None:
    """Why the window will not sign ``policy``, or None when it may."""
    if is_approved(policy, digest(policy)):
        return None
    return translate("export", "Only an approved policy is signed, and this content carries no "
                               "approval. Approve it (Policy > Approve...) or export without a "
                               "signing key.")


def load_key(parent: QWidget, path: str) -> BundleSigner | None:
    """The signer for ``path``, asking for a passphrase when needed; None when cancelled.

    Raises ``SigningKeyError`` (``app.exporters.opa_signing``) when the key cannot sign.
    """
    try:
        return read_signing_key(path, os.environ.get(PASSPHRASE_VARIABLE) or None)
    except PassphraseNeeded:
        passphrase = ask_passphrase(parent, path)
    if passphrase is None:
        return None
    return read_signing_key(path, passphrase)
