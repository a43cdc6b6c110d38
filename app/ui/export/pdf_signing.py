"""The export dialog's "Sign the PDF with a certificate...": the PKCS#12 file and passphrase.

Both are asked for, and read (:mod:`app.exporters.pdf.credentials`), before anything is
exported; a file that cannot sign is said in the export's error box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from app.domain.i18n import translate
from app.exporters.pdf.credentials import CredentialError, Credentials, load_pkcs12
from app.ui.export.signing import ask_passphrase  # one prompt for every key file

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget


class _Cancelled(Exception):
    """The user closed the passphrase prompt."""


def ask_signing_file(parent: QWidget) -> str | None:
    """The PKCS#12 file to sign with, or None (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("export", "Sign with the key and certificate in"), "",
        translate("export", "PKCS#12 files (*.p12 *.pfx)"))
    return path or None


def signing_credentials(parent: QWidget,
                        report: Callable[[QWidget, str], None]) -> Credentials | None:
    """The credentials the user chooses; None when cancelled or unusable (said by ``report``)."""
    path = ask_signing_file(parent)
    if path is None:
        return None

    def give() -> bytes:
        text = ask_passphrase(parent, path)
        if text is None:
            raise _Cancelled
        return text.encode("utf-8")

    try:
        return load_pkcs12(path, give)
    except _Cancelled:
        return None
    except CredentialError as exc:
        report(parent, str(exc))
        return None
