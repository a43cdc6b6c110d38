"""Signed OPA bundles: the ``.signatures.json`` that OPA's bundle signing defines.

The format, as OPA documents it (docs ``management-bundles``, section "Signing") and its
bundle loader checks it (``v1/bundle``: ``sign.go``, ``verify.go``, ``hash.go``):

- ``.signatures.json`` is ``{"signatures": [JWT]}`` with exactly one compact JWS;
- the JWS header names ``alg`` (RS256 for an RSA key, ES256 for an EC P-256 key), ``typ``
  and ``kid``; the payload lists ``files`` (``name``, ``hash``, ``algorithm``) and repeats
  the key id as the older ``keyid`` claim; no ``scope`` (OPA compares it with the scope it
  was given, empty by default), no ``iat`` (so an RS256 bundle stays byte-identical);
- every file of the archive except the signatures file is listed by its path in the archive,
  and OPA refuses a bundle with a file the list lacks or a listed file it lacks;
- a file's hash is the SHA-256 of its bytes, except for structured files (base name
  ``data.json`` or ``.manifest``), which are parsed and hashed as compact JSON with every
  object's keys in order, numbers as written, and strings as Go's encoder writes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import stat
from dataclasses import dataclass
from typing import Any

from app.domain.i18n import translate
from app.storage.input_file import read_head

SIGNATURES_NAME = ".signatures.json"
HASH_ALGORITHM = "SHA-256"
DEFAULT_KEY_ID = "default"
"""The key id OPA gives a verification key unless told otherwise (``--verification-key-id``)."""
STRUCTURED_NAMES = ("data.json", ".manifest")
"""Base names of the files OPA hashes as parsed JSON (it also parses ``data.yaml``, which a
Policy Studio bundle never holds)."""
MAX_KEY_BYTES = 64 * 1024
"""A PEM private key is a few kilobytes; anything larger is not read."""
PASSPHRASE_VARIABLE = "POLICY_STUDIO_KEY_PASSPHRASE"

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class SigningKeyError(ValueError):
    """The signing key cannot be used; the message is one line for people."""


class PassphraseNeeded(SigningKeyError):
    """The key is encrypted and no passphrase was given."""


class NotApprovedForSigning(ValueError):
    """The policy carries no approval of exactly its content, and signing it was not forced."""


class _Number(str):
    """A JSON number exactly as written: OPA reads numbers as text and hashes that text."""


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON (OPA refuses them); a bundle never holds them."""
    raise ValueError(name)


def _go_string(text: str) -> str:
    """``text`` as Go's JSON encoder writes it without HTML escaping."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    written = json.dumps(text, ensure_ascii=False)
    return written.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _hash_text(value: Any) -> str:
    """The text OPA hashes for a parsed JSON value (keys in UTF-8 byte order)."""
    if isinstance(value, dict):
        keys = sorted(value, key=lambda key: key.encode("utf-8", "surrogatepass"))
        return "{" + ",".join(f"{_go_string(k)}:{_hash_text(value[k])}" for k in keys) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_hash_text(item) for item in value) + "]"
    if isinstance(value, _Number):
        return str.__str__(value)
    if isinstance(value, str):
        return _go_string(value)
    return json.dumps(value)  # true, false, null


def is_structured(name: str) -> bool:
    """True when OPA hashes the file ``name`` as parsed JSON rather than as bytes."""
    return posixpath.basename(name) in STRUCTURED_NAMES


def file_hash(name: str, content: bytes) -> str:
    """The hex SHA-256 that the signature lists for the bundle file ``name``."""
    if not is_structured(name):
        return hashlib.sha256(content).hexdigest()
    text = content.decode("utf-8").removeprefix("\ufeff")
    value = json.loads(text, parse_int=_Number, parse_float=_Number,
                       parse_constant=_no_constant)
    return hashlib.sha256(_hash_text(value).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BundleSigner:
    """A private key ready to sign bundles: the key, its JWS algorithm and the key id."""

    key: Any
    """An RSA or EC P-256 private key (``cryptography``)."""
    algorithm: str
    """``RS256`` or ``ES256``, from the key."""
    key_id: str = DEFAULT_KEY_ID

    def token(self, files: list[tuple[str, bytes]]) -> str:
        """The JWT listing ``files`` (name, content) with their hashes, signed."""
        import jwt  # PyJWT; imported only when a bundle is signed

        listed = [{"name": name, "hash": file_hash(name, content),
                   "algorithm": HASH_ALGORITHM} for name, content in files]
        payload = {"files": listed, "keyid": self.key_id}
        return jwt.encode(payload, self.key, algorithm=self.algorithm,
                          headers={"kid": self.key_id})

    def signatures_file(self, files: list[tuple[str, bytes]]) -> bytes:
        """The ``.signatures.json`` bytes for ``files``."""
        text = json.dumps({"signatures": [self.token(files)]}, indent=2, sort_keys=True)
        return text.encode("ascii") + b"\n"


def sign_files(files: list[tuple[str, bytes]], signer: BundleSigner
               ) -> list[tuple[str, bytes]]:
    """``files`` with their ``.signatures.json`` after the first file (the manifest)."""
    signed = signer.signatures_file(files)
    return [*files[:1], (SIGNATURES_NAME, signed), *files[1:]]


def read_signing_key(path: str, passphrase: str | None = None,
                     key_id: str = DEFAULT_KEY_ID) -> BundleSigner:
    """The signer for the PEM private key in the file ``path``.

    Raises :class:`PassphraseNeeded` for an encrypted key without ``passphrase`` and
    :class:`SigningKeyError` for anything else that keeps the key from signing.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise SigningKeyError(translate(
                "opa signing", "{path}: the signing key is not a regular file").format(path=path))
        data = read_head(path, MAX_KEY_BYTES)
    except OSError as error:
        raise SigningKeyError(translate(
            "opa signing", "{path}: cannot read the signing key ({reason})").format(
            path=path, reason=error.strerror or type(error).__name__)) from None
    return signer_from_pem(data, passphrase, key_id, path)


def signer_from_pem(data: bytes, passphrase: str | None = None,
                    key_id: str = DEFAULT_KEY_ID, path: str = "-") -> BundleSigner:
    """The signer for a PEM private key (RSA of 2048 bits or more, or EC P-256)."""
    if len(data) > MAX_KEY_BYTES:
        raise SigningKeyError(translate(
            "opa signing", "{path}: too large for a private key (more than {size} KiB)").format(
            path=path, size=MAX_KEY_BYTES // 1024))
    if b"-----BEGIN" not in data or b"PRIVATE KEY-----" not in data:
        if b"PUBLIC KEY-----" in data or b"CERTIFICATE-----" in data:
            raise SigningKeyError(translate(
                "opa signing", "{path}: holds a public key or certificate; signing needs the "
                               "private key").format(path=path))
        raise SigningKeyError(translate(
            "opa signing", "{path}: not a PEM private key").format(path=path))
    key = _load_pem(data, passphrase, path)
    return BundleSigner(key, _algorithm(key, path), key_id)


def _load_pem(data: bytes, passphrase: str | None, path: str) -> Any:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    unreadable = translate("opa signing", "{path}: not a PEM private key that can be read")
    try:
        return load_pem_private_key(data, password=None)
    except TypeError:  # encrypted: needs the passphrase
        pass
    except (ValueError, UnsupportedAlgorithm):
        raise SigningKeyError(unreadable.format(path=path)) from None
    if passphrase is None:
        raise PassphraseNeeded(translate(
            "opa signing", "{path}: the private key is encrypted; give its passphrase "
                           "(environment variable {variable})").format(
            path=path, variable=PASSPHRASE_VARIABLE))
    try:
        return load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise SigningKeyError(translate(
            "opa signing", "{path}: wrong passphrase for the private key").format(
            path=path)) from None


def _algorithm(key: Any, path: str) -> str:
    """RS256 for an RSA key of at least 2048 bits, ES256 for an EC P-256 key."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise SigningKeyError(translate(
                "opa signing", "{path}: the RSA key has {bits} bits; use at least 2048").format(
                path=path, bits=key.key_size))
        return "RS256"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise SigningKeyError(translate(
                "opa signing", "{path}: the EC key is on curve {curve}; ES256 needs P-256 "
                               "(secp256r1)").format(path=path, curve=key.curve.name))
        return "ES256"
    raise SigningKeyError(translate(
        "opa signing", "{path}: keys of type {kind} cannot sign an OPA bundle; use an RSA key "
                       "(RS256) or an EC P-256 key (ES256)").format(
        path=path, kind=type(key).__name__.removeprefix("_").removesuffix("PrivateKey")))
