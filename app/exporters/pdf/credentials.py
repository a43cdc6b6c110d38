"""The approver's signing credentials: read, checked, and (for one without any) made.

Credentials come as a PKCS#12 file (``.p12``/``.pfx``, key and certificate behind one
passphrase) or as a PEM private key with a PEM certificate (a file that may also hold the chain).
Whatever is wrong with them (not a key or certificate at all, a wrong passphrase, a key that is
not the certificate's, a certificate expired or not yet valid, or one not meant for signing)
raises :class:`CredentialError` with one line in plain words, before anything is signed.

:func:`make_pkcs12` makes a new EC key with a self-signed certificate for signing, for an
approver whose organisation has no certificate authority to ask. PDF readers show a signature by
such a certificate as valid but by an unknown signer until the certificate is trusted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.i18n import translate

MAX_BYTES = 1_000_000
"""No key, certificate or PKCS#12 file is anywhere near this long: a longer file is refused."""
Passphrase = Callable[[], "bytes | None"]
"""Asked for the passphrase only when a file turns out to need one."""


class CredentialError(ValueError):
    """The signing credentials cannot be used; ``str()`` is one line for people."""


@dataclass(frozen=True)
class Credentials:
    """A private key with its certificate and the chain up to its issuer (maybe empty)."""

    key: Any
    """A ``cryptography`` RSA or EC private key."""
    certificate: Any
    """The signer's ``cryptography`` X.509 certificate."""
    chain: tuple[Any, ...] = ()

    @property
    def signer(self) -> str:
        """The certificate's common name (or its whole subject when it has none)."""
        from cryptography.x509.oid import NameOID

        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.certificate.subject.rfc4514_string()


def as_asn1(certificate: Any) -> Any:
    """``certificate`` (from ``cryptography``) as pyHanko's ``asn1crypto`` certificate."""
    from asn1crypto import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def _read(path: str | Path) -> bytes:
    """The bytes of ``path``, or a :class:`CredentialError` saying why not."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise CredentialError(translate("pdf signing", "{path}: this is a folder, not a file")
                              .format(path=path)) from None
    except OSError as exc:
        raise CredentialError(translate("pdf signing", "{path}: cannot be read ({reason})")
                              .format(path=path, reason=exc.strerror or exc)) from None
    if len(data) > MAX_BYTES:
        raise CredentialError(translate(
            "pdf signing", "{path}: too large for a key or certificate file").format(path=path))
    return data


def load_pkcs12(path: str | Path, passphrase: Passphrase) -> Credentials:
    """The credentials in the PKCS#12 file at ``path``."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import pkcs12

    data = _read(path)
    if not _is_pfx(data):
        raise CredentialError(translate("pdf signing", "{path}: not a PKCS#12 file")
                              .format(path=path))
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, None)
    except (ValueError, TypeError, UnsupportedAlgorithm):  # protected: ask for the passphrase
        secret = passphrase() or b""
        try:
            key, certificate, chain = pkcs12.load_key_and_certificates(data, secret)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise CredentialError(translate(
                "pdf signing", "{path}: the passphrase is wrong (or the file is damaged)")
                .format(path=path)) from None
    if key is None or certificate is None:
        raise CredentialError(translate(
            "pdf signing", "{path}: the PKCS#12 file must hold a private key and its certificate")
            .format(path=path))
    return checked(Credentials(key, certificate, tuple(chain)), path)


def _is_pfx(data: bytes) -> bool:
    """True when ``data`` is shaped like a PKCS#12 file (before asking for its passphrase)."""
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native == "data"
    except Exception:  # asn1crypto raises many kinds on garbage
        return False


def load_pem(key_path: str | Path, certificate_path: str | Path,
             passphrase: Passphrase) -> Credentials:
    """The PEM private key at ``key_path`` with its certificate (and chain) at the other."""
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    data = _read(key_path)
    try:
        key = load_pem_private_key(data, None)
    except TypeError:  # protected: now the passphrase is needed
        secret = passphrase() or b""
        try:
            key = load_pem_private_key(data, secret)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise CredentialError(translate(
                "pdf signing", "{path}: the passphrase is wrong (or the file is damaged)")
                .format(path=key_path)) from None
    except (ValueError, UnsupportedAlgorithm):
        raise CredentialError(translate("pdf signing", "{path}: not a PEM private key")
                              .format(path=key_path)) from None
    try:
        found = x509.load_pem_x509_certificates(_read(certificate_path))
    except ValueError:
        raise CredentialError(translate("pdf signing", "{path}: not a PEM certificate")
                              .format(path=certificate_path)) from None
    own = [cert for cert in found if _matches(key, cert)]
    if not own:
        raise CredentialError(translate(
            "pdf signing", "{path}: no certificate in it belongs to the private key {key}")
            .format(path=certificate_path, key=key_path))
    return checked(Credentials(key, own[0], tuple(c for c in found if c is not own[0])),
                   certificate_path)


def _matches(key: Any, certificate: Any) -> bool:
    """True when ``certificate`` is for the public half of ``key``."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    form = (Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    try:
        return bool(key.public_key().public_bytes(*form)
                    == certificate.public_key().public_bytes(*form))
    except (ValueError, UnsupportedAlgorithm):  # a key type it cannot read
        return False


def checked(credentials: Credentials, path: str | Path,
            now: dt.datetime | None = None) -> Credentials:
    """``credentials`` when they can sign now; else a :class:`CredentialError` saying why."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    key, certificate = credentials.key, credentials.certificate
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CredentialError(translate(
            "pdf signing", "{path}: only RSA and EC keys can sign a PDF here").format(path=path))
    if not _matches(key, certificate):
        raise CredentialError(translate(
            "pdf signing", "{path}: the private key does not belong to the certificate")
            .format(path=path))
    now = now or dt.datetime.now(dt.UTC)
    if now > certificate.not_valid_after_utc:
        raise CredentialError(translate(
            "pdf signing", "{path}: the certificate expired on {date}").format(
            path=path, date=f"{certificate.not_valid_after_utc:%Y-%m-%d}"))
    if now < certificate.not_valid_before_utc:
        raise CredentialError(translate(
            "pdf signing", "{path}: the certificate is not valid before {date}").format(
            path=path, date=f"{certificate.not_valid_before_utc:%Y-%m-%d}"))
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return credentials
    if not (usage.digital_signature or usage.content_commitment):
        raise CredentialError(translate(
            "pdf signing", "{path}: the certificate is not meant for signatures (key usage)")
            .format(path=path))
    return credentials


def make_pkcs12(name: str, email: str, passphrase: bytes, days: int = 825,
                now: dt.datetime | None = None) -> bytes:
    """A PKCS#12 file: a new EC P-256 key and its self-signed certificate for signing.

    The certificate names ``name`` (and ``email`` when given), is valid for ``days`` from
    ``now`` and is meant for digital signatures and non-repudiation only (not a CA).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(
                   digital_signature=True, content_commitment=True, key_encipherment=False,
                   data_encipherment=False, key_agreement=False, key_cert_sign=False,
                   crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False))
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    certificate = builder.sign(key, hashes.SHA256())
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, None,
        serialization.BestAvailableEncryption(passphrase))
