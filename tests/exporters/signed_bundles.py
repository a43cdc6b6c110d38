"""Test helpers for signed OPA bundles: keys, approved policies, and a verifier of OPA's
bundle-signing format written from its specification (docs ``management-bundles``, "Signing")
with ``cryptography`` only, independent of the writer in ``app.exporters.opa_signing``."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import io
import json
import posixpath
import tarfile
import zlib
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.domain.models import Policy
from app.domain.workflow import approval_edit
from app.storage.roundtrip import updated_yaml_text


class Refused(Exception):
    """The bundle fails verification."""


def approved(policy: Policy) -> Policy:
    """``policy`` with an approval of exactly its content and the approved status."""
    _, edit = approval_edit(policy, "Ann Lee", "Data protection officer", dt.date(2026, 5, 1))
    edit.apply(policy)
    return policy


def write_approved(source: Path, target: Path) -> Path:
    """A copy of the YAML policy ``source`` at ``target``, approved (comments kept)."""
    from app.storage.loader import load_file

    loaded = load_file(source)
    approved(loaded.policy)
    target.write_text(updated_yaml_text(loaded.policy, loaded.text, str(target)),
                      encoding="utf-8")
    return target


def pem(key: Any, password: bytes | None = None) -> bytes:
    """``key`` as a PKCS#8 PEM private key (encrypted with ``password`` when given)."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password
        else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def public_pem(key: Any) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def new_rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_ec() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def archive_files(bundle: bytes) -> list[tuple[str, bytes]]:
    """Every regular file of the ``.tar.gz``, in archive order, as (name, content)."""
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(bundle)), mode="r:") as tar:
        return [(member.name, tar.extractfile(member).read())  # type: ignore[union-attr]
                for member in tar.getmembers() if member.isreg()]


def repack(files: list[tuple[str, bytes]]) -> bytes:
    """A ``.tar.gz`` holding ``files``."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in files:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return gzip.compress(raw.getvalue())


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def spec_hash(name: str, content: bytes) -> str:
    """SHA-256 as the specification says: bytes, or for data.json/.manifest the parsed JSON
    with recursively ordered fields, written compactly as OPA's Go JSON writer does (which
    escapes U+2028 and U+2029 besides what Python's writer escapes; the bundle's numbers are
    integers, written the same by both)."""
    if posixpath.basename(name) in ("data.json", ".manifest"):
        text = json.dumps(json.loads(content), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
        content = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode()
    return hashlib.sha256(content).hexdigest()


def verify(bundle: bytes, public_key: Any) -> dict[str, Any]:
    """Check a signed bundle as OPA's verification steps say; returns the JWT's payload.

    Raises :class:`Refused` when the signature does not verify with ``public_key``, a file
    is unlisted or missing, or a listed hash differs.
    """
    try:
        files = archive_files(bundle)
    except (OSError, EOFError, tarfile.TarError, ValueError, zlib.error) as error:
        raise Refused(f"unreadable archive: {error}") from None
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise Refused("a file appears twice")
    contents = dict(files)
    signatures = json.loads(contents.pop(".signatures.json"))["signatures"]
    if len(signatures) != 1:
        raise Refused("expected exactly one JWT")
    header_part, payload_part, signature_part = signatures[0].split(".")
    header = json.loads(_b64url(header_part))
    signed = f"{header_part}.{payload_part}".encode("ascii")
    signature = _b64url(signature_part)
    try:
        if header["alg"] == "RS256" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        elif header["alg"] == "ES256" and isinstance(public_key, ec.EllipticCurvePublicKey):
            if len(signature) != 64:
                raise Refused("an ES256 signature is 64 bytes")
            r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            public_key.verify(encode_dss_signature(r, s), signed, ec.ECDSA(hashes.SHA256()))
        else:
            raise Refused(f"algorithm {header['alg']} does not fit the key")
    except Exception as error:
        if isinstance(error, Refused):
            raise
        raise Refused(f"bad signature: {error!r}") from None
    payload = json.loads(_b64url(payload_part))
    listed = {entry["name"]: entry for entry in payload["files"]}
    if set(listed) != set(contents):
        raise Refused(f"listed {sorted(listed)} but the bundle holds {sorted(contents)}")
    for name, content in contents.items():
        entry = listed[name]
        if entry["algorithm"] != "SHA-256":
            raise Refused(f"{name}: unexpected algorithm {entry['algorithm']}")
        try:
            actual = spec_hash(name, content)
        except ValueError as error:
            raise Refused(f"{name}: not JSON ({error})") from None
        if actual != entry["hash"]:
            raise Refused(f"{name}: digest mismatch")
    return {"header": header, **payload}
