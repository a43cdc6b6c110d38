"""Keys and certificates for the signing tests: a small CA, its signers, and broken variants."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from app.domain.canonical import digest
from app.storage.loader import load_bytes

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def usage(signing: bool = True, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=signing, content_commitment=signing,
                         key_encipherment=not signing and not ca, data_encipherment=False,
                         key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def certificate(name: str, key: Any, issuer: tuple[x509.Name, Any] | None = None, *,
                start: dt.datetime | None = None, days: int = 30, signing: bool = True,
                ca: bool = False) -> x509.Certificate:
    """A certificate for ``key`` named ``name``, issued by ``issuer`` (name, key) or itself."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_name, issuer_key = issuer or (subject, key)
    start = start or NOW - dt.timedelta(days=1)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(usage(signing, ca), critical=True)
            .sign(issuer_key, hashes.SHA256()))


def ca_and_signer() -> tuple[x509.Certificate, Any, x509.Certificate]:
    """(CA certificate, signer's RSA key, signer's certificate issued by the CA)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = certificate("Test Privacy CA", ca_key, ca=True, days=365)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ca, key, certificate("Casey Counsel", key, (ca.subject, ca_key))


def pem_key(key: Any, passphrase: bytes | None = None) -> bytes:
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def pem_certs(*certs: x509.Certificate) -> bytes:
    return b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in certs)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def approved_copy(source: Path, target: Path, name: str = "Dana Approver") -> Path:
    """``source`` (a policy YAML) copied to ``target`` with an approval of exactly its content."""
    text = re.sub(r"(?m)^  status: \w+\n", "", source.read_text(encoding="utf-8"))
    recorded = digest(load_bytes(text.encode()).policy)
    record = (f"  status: approved\n  approvals:\n    - name: {name}\n      role: DPO\n"
              f"      date: 2026-01-15\n      decision: approved\n      digest: '{recorded}'\n")
    text = re.sub(r"(?m)^(  version: .*\n)", lambda m: m.group(1) + record, text, count=1)
    target.write_text(text, encoding="utf-8")
    return target
