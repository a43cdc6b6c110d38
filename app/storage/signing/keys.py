"""Approvers' private keys: reading a user's SSH key, and creating one the app protects.

Keys read: OpenSSH private keys (``-----BEGIN OPENSSH PRIVATE KEY-----``, as ssh-keygen
writes them) and PKCS#8 PEM keys, encrypted or not, of type Ed25519, ECDSA or RSA.
A passphrase-protected OpenSSH key needs the ``bcrypt`` package (OpenSSH derives its cipher
key with bcrypt_pbkdf), a dependency; should it be missing, the message says how to convert
the key.

:func:`generate_key` writes a new Ed25519 key encrypted in OpenSSH's own format (as
``ssh-keygen`` writes it, so a security team's tools read it), mode 0600, and its public half
beside it (``KEY.pub``), the line ``allowed_signers`` needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_ssh_private_key,
)

from app.domain.i18n import translate
from app.storage.signing.sshsig import PrivateKey

PASSPHRASE_VARIABLE = "POLICY_STUDIO_KEY_PASSPHRASE"
MAX_KEY_FILE = 100_000


class SigningKeyError(Exception):
    """A key could not be read or written; ``str()`` is a translated sentence."""




@dataclass(frozen=True)
class SigningKey:
    """A private key ready to sign, with where it came from."""

    key: PrivateKey
    path: str

    def public_line(self, comment: str = "") -> str:
        """The public key as ``type base64 [comment]`` (OpenSSH form)."""
        line = self.key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH)
        return line.decode("ascii") + (f" {comment}" if comment else "")


def needs_passphrase(path: str | os.PathLike[str]) -> bool:
    """True when the key file is encrypted (the caller then asks for the passphrase)."""
    text = _read(path)
    if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in text or b"Proc-Type: 4,ENCRYPTED" in text:
        return True  # PKCS#8, or OpenSSL's older PEM encryption
    if b"-----BEGIN OPENSSH PRIVATE KEY-----" in text:
        try:
            load_ssh_private_key(text, None)
        except TypeError:
            return True
        except (ValueError, UnsupportedAlgorithm):
            return False  # load_signing_key gives the reason
    return False


def load_signing_key(path: str | os.PathLike[str], passphrase: str | bytes | None = None
                     ) -> SigningKey:
    """The private key in ``path``, decrypted with ``passphrase`` when it is encrypted."""
    data = _read(path)
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    name = os.fspath(path)
    try:
        if b"-----BEGIN OPENSSH PRIVATE KEY-----" in data:
            key = load_ssh_private_key(data, secret or None)
        elif b"PRIVATE KEY-----" in data:
            key = load_pem_private_key(data, secret or None)
        else:
            raise SigningKeyError(translate(
                "signing", "{path}: not a private key (give the private key file, not the .pub "
                           "file)").format(path=name))
    except TypeError:
        why = (translate("signing", "{path}: the key is protected by a passphrase; give it")
               if not secret else
               translate("signing", "{path}: the key is not encrypted; give no passphrase"))
        raise SigningKeyError(why.format(path=name)) from None
    except UnsupportedAlgorithm:
        raise SigningKeyError(translate(
            "signing", "{path}: this passphrase-protected OpenSSH key needs the bcrypt package, "
                       "which is not installed; use a key made by 'policy-studio keygen', or "
                       "convert this one with 'ssh-keygen -p -m PKCS8 -f KEY' (ECDSA and RSA "
                       "keys)").format(path=name)) from None
    except ValueError:
        raise SigningKeyError(translate(
            "signing", "{path}: the passphrase is wrong or the key is damaged").format(
            path=name)) from None
    if not isinstance(key, PrivateKey):
        raise SigningKeyError(translate(
            "signing", "{path}: this key type cannot sign approvals (use Ed25519, ECDSA or "
                       "RSA)").format(path=name))
    return SigningKey(key, name)


def generate_key(path: str | os.PathLike[str], passphrase: str, comment: str = ""
                 ) -> SigningKey:
    """Create an Ed25519 key at ``path`` (encrypted with ``passphrase``) and ``path.pub``.

    Refuses to replace an existing file.
    """
    name = os.fspath(path)
    if not passphrase:
        raise SigningKeyError(translate("signing", "give a passphrase to protect the new key"))
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH,
                            BestAvailableEncryption(passphrase.encode("utf-8")))
    signing = SigningKey(key, name)
    for target in (name, name + ".pub"):
        if os.path.lexists(target):
            raise SigningKeyError(translate("signing", "{path} exists already; choose another "
                                                       "file name").format(path=target))
    for target, data, mode in ((name, pem, 0o600),
                               (name + ".pub", (signing.public_line(comment) + "\n").encode(),
                                0o644)):
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    return signing


def _read(path: str | os.PathLike[str]) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise SigningKeyError(translate("signing", "{path}: far too large for a key file").format(
            path=os.fspath(path)))
    return data
