"""SSH signatures (SSHSIG), the format of ``ssh-keygen -Y sign`` and of git's SSH-signed commits.

A signature is the blob ``"SSHSIG" | uint32 1 | string public key | string namespace |
string reserved | string hash algorithm | string signature``, armored between
``-----BEGIN SSH SIGNATURE-----`` lines. What the key signs is ``"SSHSIG" | string namespace |
string reserved | string hash algorithm | string H(message)`` (OpenSSH's PROTOCOL.sshsig).
Ed25519, ECDSA (P-256, P-384, P-521) and RSA (rsa-sha2-512/256) keys are supported, with the
``cryptography`` package; SHA-1 RSA signatures (``ssh-rsa``) are refused, as OpenSSH does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_ssh_public_key,
)

from app.domain.i18n import QT_TRANSLATE_NOOP

MAGIC = b"SSHSIG"
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
MAX_ARMORED = 16_384
"""Longer signature text is refused unread (an RSA-16384 signature is about 5,000 characters)."""
HASHES = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}
_CURVES = {"nistp256": hashes.SHA256, "nistp384": hashes.SHA384, "nistp521": hashes.SHA512}
_RSA_HASHES = {"rsa-sha2-512": hashes.SHA512, "rsa-sha2-256": hashes.SHA256}

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey
PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class SignatureFormatError(ValueError):
    """The text is not a well-formed SSH signature; ``str()`` is an untranslated reason."""


NOT_ARMORED = QT_TRANSLATE_NOOP("signing", "the signature is not an armored SSH signature")
MALFORMED = QT_TRANSLATE_NOOP("signing", "the signature is damaged or not an SSH signature")
TOO_LONG = QT_TRANSLATE_NOOP("signing", "the signature text is far too long")
UNSUPPORTED = QT_TRANSLATE_NOOP("signing", "the signature uses a key type or hash that is "
                                           "not supported")


@dataclass(frozen=True)
class SshSignature:
    """A parsed SSH signature."""

    public_key: bytes
    """The signer's public key in SSH wire form (what ``allowed_signers`` lists, decoded)."""
    namespace: str
    hash_algorithm: str
    signature: bytes


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.at + count > len(self.data):
            raise SignatureFormatError(MALFORMED)
        part = self.data[self.at:self.at + count]
        self.at += count
        return part

    def uint32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def string(self) -> bytes:
        return self.take(self.uint32())

    def end(self) -> None:
        if self.at != len(self.data):
            raise SignatureFormatError(MALFORMED)


def public_key_blob(key: PublicKey) -> bytes:
    """The key in SSH wire form."""
    line = key.public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH)
    return base64.b64decode(line.split()[1])


def public_key_from_blob(blob: bytes) -> PublicKey:
    """The key from its SSH wire form; :class:`SignatureFormatError` when it is none we use."""
    try:
        kind = _Reader(blob).string().decode("ascii")
        key = load_ssh_public_key(kind.encode() + b" " + base64.b64encode(blob))
    except (ValueError, UnicodeDecodeError, UnsupportedAlgorithm):
        raise SignatureFormatError(UNSUPPORTED) from None
    if not isinstance(key, PublicKey):
        raise SignatureFormatError(UNSUPPORTED)
    return key


def _signed_data(namespace: str, hash_algorithm: str, message: bytes) -> bytes:
    return (MAGIC + _string(namespace.encode()) + _string(b"") + _string(hash_algorithm.encode())
            + _string(HASHES[hash_algorithm](message).digest()))


def _key_signature(key: PrivateKey, data: bytes) -> bytes:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return _string(b"ssh-ed25519") + _string(key.sign(data))
    if isinstance(key, ec.EllipticCurvePrivateKey):
        curve = "nistp" + str(key.curve.key_size)
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(_CURVES[curve]())))
        inner = _mpint(r) + _mpint(s)
        return _string(f"ecdsa-sha2-{curve}".encode()) + _string(inner)
    return _string(b"rsa-sha2-512") + _string(key.sign(data, padding.PKCS1v15(),
                                                        hashes.SHA512()))


def _mpint(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big")  # a leading zero keeps it positive
    return _string(raw)


def sign(key: PrivateKey, namespace: str, message: bytes, hash_algorithm: str = "sha512") -> str:
    """The armored SSH signature of ``message`` by ``key`` in ``namespace``."""
    blob = (MAGIC + struct.pack(">I", 1) + _string(public_key_blob(key.public_key()))
            + _string(namespace.encode()) + _string(b"") + _string(hash_algorithm.encode())
            + _string(_key_signature(key, _signed_data(namespace, hash_algorithm, message))))
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i:i + 70] for i in range(0, len(text), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def parse(armored: str) -> SshSignature:
    """Read an armored signature; :class:`SignatureFormatError` says what is wrong."""
    if len(armored) > MAX_ARMORED:
        raise SignatureFormatError(TOO_LONG)
    text = armored.strip()
    if not (text.startswith(BEGIN) and text.endswith(END)):
        raise SignatureFormatError(NOT_ARMORED)
    body = "".join(text[len(BEGIN):-len(END)].split())
    try:
        blob = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureFormatError(MALFORMED) from None
    reader = _Reader(blob)
    if reader.take(6) != MAGIC or reader.uint32() != 1:
        raise SignatureFormatError(MALFORMED)
    public_key, namespace = reader.string(), reader.string()
    reader.string()  # reserved
    hash_algorithm, signature = reader.string(), reader.string()
    reader.end()
    try:
        return SshSignature(public_key, namespace.decode("utf-8"),
                            hash_algorithm.decode("ascii"), signature)
    except UnicodeDecodeError:
        raise SignatureFormatError(MALFORMED) from None


def verifies(signature: SshSignature, namespace: str, message: bytes) -> bool:
    """True when ``signature`` is its own key's signature of ``message`` in ``namespace``.

    Raises :class:`SignatureFormatError` for a key type or hash that is not supported.
    """
    if signature.namespace != namespace:
        return False
    if signature.hash_algorithm not in HASHES:
        raise SignatureFormatError(UNSUPPORTED)
    key = public_key_from_blob(signature.public_key)
    data = _signed_data(namespace, signature.hash_algorithm, message)
    reader = _Reader(signature.signature)
    kind, raw = reader.string().decode("ascii", "replace"), reader.string()
    try:
        if isinstance(key, ed25519.Ed25519PublicKey) and kind == "ssh-ed25519":
            key.verify(raw, data)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            curve = "nistp" + str(key.curve.key_size)
            if kind != f"ecdsa-sha2-{curve}":
                return False
            inner = _Reader(raw)
            r, s = (int.from_bytes(inner.string(), "big") for _ in range(2))
            key.verify(encode_dss_signature(r, s), data, ec.ECDSA(_CURVES[curve]()))
        elif isinstance(key, rsa.RSAPublicKey) and kind in _RSA_HASHES:
            key.verify(raw, data, padding.PKCS1v15(), _RSA_HASHES[kind]())
        else:
            return False
    except InvalidSignature:
        return False
    return True
