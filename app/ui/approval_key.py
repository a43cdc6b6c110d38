"""The approval dialog's "Sign with key" row: choose, unlock or create the approver's key.

The key is the approver's own (their SSH key, or one the window creates with a passphrase, as
``policy-studio keygen`` does); it never goes into the policy file. The row remembers the last
key used (per user, in the settings); without one it offers ``~/.ssh/policy_studio_ed25519`` or
``~/.ssh/id_ed25519`` when they exist. Empty means the approval is recorded unsigned.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.storage.signing import (
    NAMESPACE,
    SigningKey,
    SigningKeyError,
    generate_key,
    load_signing_key,
    needs_passphrase,
)
from app.storage.signing.allowed_signers import default_principal, signer_line

KEY_SETTING = "signing/approval_key"
"""The key file last used to sign an approval."""
USUAL_KEYS = ("~/.ssh/policy_studio_ed25519", "~/.ssh/id_ed25519")


def default_key(settings: QSettings) -> str:
    """The key to offer: the last one used, else a usual one that exists, else ""."""
    stored = settings.value(KEY_SETTING, "")
    candidates = [stored] if isinstance(stored, str) and stored else []
    candidates += [str(Path(usual).expanduser()) for usual in USUAL_KEYS]
    return next((c for c in candidates if "\0" not in c and Path(c).is_file()), "")


def ask_passphrase(parent: QWidget, prompt: str) -> str | None:
    """A passphrase typed without echo, or None when cancelled (tests replace this)."""
    text, ok = QInputDialog.getText(parent, translate("approvals", "Passphrase"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_new_key_file(parent: QWidget, start: str) -> str:
    """Where to write a new key ("" when cancelled; tests replace this)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("approvals", "Create a Signing Key"), start)
    return chosen


def unlock(parent: QWidget, path: str) -> SigningKey | None:
    """The key in ``path``, asking for its passphrase when it has one; None when cancelled.

    Raises :class:`SigningKeyError` (a translated sentence) when it cannot be read or unlocked.
    """
    try:
        secret = None
        if needs_passphrase(path):
            secret = ask_passphrase(parent, translate(
                "approvals", "Passphrase for {path}:").format(path=path))
            if secret is None:
                return None
        return load_signing_key(path, secret)
    except OSError as exc:
        raise SigningKeyError(f"{path}: {exc.strerror or exc}") from None


class AllowedLineDialog(QDialog):
    """The allowed_signers line of a new key, to copy into the team's file."""

    def __init__(self, path: str, line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("approvals", "Key Created"))
        said = QLabel(translate("approvals", "Created {path} and {path}.pub. Add this line to "
                                "the allowed_signers file so that your approvals verify:")
                      .format(path=path), self)
        said.setWordWrap(True)
        said.setTextFormat(Qt.TextFormat.PlainText)
        self.line = QPlainTextEdit(line, self)  # wrapped, so that all of it is seen
        self.line.setReadOnly(True)
        self.line.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.line.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.line.setAccessibleName(translate("approvals", "Allowed signers line"))
        self.line.setAccessibleDescription(translate(
            "approvals", "The line to add to the allowed_signers file: select it, or press "
                         "Copy"))
        self.line.setMinimumWidth(520)
        self.line.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.copy_button = QPushButton(translate("approvals", "&Copy"), self)
        self.copy_button.setAccessibleDescription(
            translate("approvals", "Copy the line to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def copy(self) -> None:
        """Put the line on the clipboard."""
        QGuiApplication.clipboard().setText(self.line.toPlainText())
        self.copy_button.setText(translate("approvals", "Copied"))


def show_allowed_line(parent: QWidget, path: str, line: str) -> None:
    """Show the new key's allowed_signers line (tests replace this)."""
    AllowedLineDialog(path, line, parent).exec()


class KeyRow(QWidget):
    """The key file to sign with, Choose... and Create a key..., and a note when unsigned."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created: SigningKey | None = None
        """The key just created here (already unlocked)."""
        self.path = QLineEdit(default_key(settings), self)
        self.path.setPlaceholderText(translate("approvals", "none: the approval is not signed"))
        self.path.setAccessibleName(translate("approvals", "Signing key"))
        self.path.setAccessibleDescription(translate(
            "approvals", "Your private key file; the approval is signed with it. Empty: not "
                         "signed"))
        self.path.setToolTip(self.path.accessibleDescription())
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)  # a whole path
        choose = QPushButton(translate("approvals", "C&hoose..."), self)
        choose.setAccessibleDescription(translate("approvals", "Choose your private key file"))
        self.create_button = QPushButton(translate("approvals", "Create a &key..."), self)
        self.create_button.setAccessibleDescription(translate(
            "approvals", "Create a new key protected by a passphrase, and show the line for "
                         "the allowed signers file"))
        for button in (choose, self.create_button):
            button.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        self.note = QLabel(translate(
            "approvals", "Without a key the approval is recorded unsigned: verifying reports "
                         "it as unverified (missing signature)."), self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("approvals", "Unsigned approval"))
        self.path.textChanged.connect(self._changed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.setFocusProxy(self.path)
        self._changed()

    def key_path(self) -> str:
        """The chosen key file ("" for an unsigned approval)."""
        return str(Path(text).expanduser()) if (text := self.path.text().strip()) else ""

    def _changed(self, *_args: object) -> None:
        self.note.setVisible(not self.key_path())
        if self.created is not None and self.created.path != self.key_path():
            self.created = None

    def _choose(self) -> None:
        start = self.key_path() or str(Path("~/.ssh").expanduser())
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("approvals", "Sign with Key"), start)
        if chosen:
            self.path.setText(chosen)

    def create(self, name: str, role: str) -> SigningKey:
        """Create a key for ``name`` approving as ``role``; raises SigningKeyError.

        Asks where (tests replace :func:`ask_new_key_file`) and for the passphrase twice, then
        shows the allowed_signers line, the one ``policy-studio keygen`` prints.
        """
        name, role = " ".join(name.split()), " ".join(role.split())
        if not name or not role or '"' in name + role or "," in role:
            raise SigningKeyError(translate(
                "approvals", "Fill in the name and the role first (without '\"', and the role "
                             "without ','): the new key's line says who may sign in which role."))
        start = Path(USUAL_KEYS[0]).expanduser()
        target = ask_new_key_file(self, str(start) if not start.exists() else "")
        if not target:
            raise SigningKeyError("")
        first = ask_passphrase(self, translate("approvals", "Passphrase for the new key:"))
        second = None if first is None else ask_passphrase(
            self, translate("approvals", "The same passphrase again:"))
        if first is None or second is None:
            raise SigningKeyError("")
        if first != second:
            raise SigningKeyError(translate("signing", "the two passphrases differ"))
        principal = default_principal(name)
        try:
            key = generate_key(target, first, principal)
        except OSError as exc:
            raise SigningKeyError(f"{target}: {exc.strerror or exc}") from None
        self.created = key
        self.path.setText(key.path)
        show_allowed_line(self, key.path, signer_line(principal, key.public_line(), name,
                                                      [role], NAMESPACE))
        return key
