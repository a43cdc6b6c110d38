"""Reading the approver's credentials: every bad file is one line naming it, never a traceback;
the certificate made for an approver without one reads back and is meant for signing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import dsa, ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from app.exporters.pdf.credentials import (
    MAX_BYTES,
    CredentialError,
    Credentials,
    checked,
    load_pem,
    load_pkcs12,
    make_pkcs12,
)
from tests.signing_keys import NOW, ca_and_signer, certificate, pem_certs, pem_key, write

SECRET = b"correct horse"


def never() -> bytes:
    raise AssertionError("the passphrase was asked for")


def refused(call, *words: str) -> str:
    with pytest.raises(CredentialError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return message


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    """Files that are no credentials at all."""
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    folder = tmp_path / "folder.p12"
    folder.mkdir()
    return {"garbage": write(tmp_path, "garbage.p12", bytes(range(256)) * 8),
            "empty": write(tmp_path, "empty.p12", b""),
            "text": write(tmp_path, "text.p12", "<script>\u202e\x00 hello\n".encode()),
            "policy": write(tmp_path, "policy.p12", b"format_version: 2\npolicy: {}\n"),
            "huge": huge, "folder": folder, "missing": tmp_path / "missing.p12"}


@pytest.mark.parametrize("kind", ["garbage", "empty", "text", "policy", "huge", "folder",
                                  "missing"])
def test_every_reader_refuses_a_file_that_holds_no_credentials(hostile, kind, tmp_path):
    _ca, key, cert = ca_and_signer()
    good_key = write(tmp_path, "key.pem", pem_key(key))
    good_cert = write(tmp_path, "cert.pem", pem_certs(cert))
    path = hostile[kind]
    refused(lambda: load_pkcs12(path, never), str(path))
    refused(lambda: load_pem(path, good_cert, never), str(path))
    refused(lambda: load_pem(good_key, path, never), str(path))


def test_the_made_certificate_reads_back_and_is_meant_for_signing(tmp_path):
    path = write(tmp_path, "dana.p12", make_pkcs12("Dana Ápprover", "dana@example.com", SECRET,
                                                   days=30))
    credentials = load_pkcs12(path, lambda: SECRET)
    cert = credentials.certificate
    assert credentials.signer == "Dana Ápprover"
    assert cert.issuer == cert.subject
    assert isinstance(credentials.key, ec.EllipticCurvePrivateKey)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    emails = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert emails.get_values_for_type(x509.RFC822Name) == ["dana@example.com"]
    # measured from the test's own clock: a module-level "now" is as old as the collection,
    # twenty minutes before this test in a full run
    made = cert.not_valid_before_utc
    assert abs(dt.datetime.now(dt.UTC) - made) < dt.timedelta(minutes=10)
    lasts = cert.not_valid_after_utc - made
    assert dt.timedelta(days=29) < lasts <= dt.timedelta(days=30, minutes=5)


def test_a_wrong_or_missing_passphrase_is_said_plainly(tmp_path):
    path = write(tmp_path, "dana.p12", make_pkcs12("Dana", "", SECRET))
    refused(lambda: load_pkcs12(path, lambda: b"wrong"), str(path), "passphrase is wrong")
    refused(lambda: load_pkcs12(path, lambda: None), "passphrase is wrong")
    _ca, key, cert = ca_and_signer()
    key_path = write(tmp_path, "key.pem", pem_key(key, SECRET))
    cert_path = write(tmp_path, "cert.pem", pem_certs(cert))
    refused(lambda: load_pem(key_path, cert_path, lambda: b"wrong"), str(key_path),
            "passphrase is wrong")
    assert load_pem(key_path, cert_path, lambda: SECRET).signer == "Casey Counsel"


def test_an_unprotected_key_is_read_without_asking_for_a_passphrase(tmp_path):
    ca, key, cert = ca_and_signer()
    key_path = write(tmp_path, "key.pem", pem_key(key))
    chain_first = write(tmp_path, "chain.pem", pem_certs(ca, cert))
    credentials = load_pem(key_path, chain_first, never)
    assert credentials.certificate == cert and credentials.chain == (ca,)


def test_a_key_with_someone_elses_certificate_is_refused(tmp_path):
    _ca, key, _cert = ca_and_signer()
    _ca2, _key2, other = ca_and_signer()
    key_path = write(tmp_path, "key.pem", pem_key(key))
    cert_path = write(tmp_path, "cert.pem", pem_certs(other))
    refused(lambda: load_pem(key_path, cert_path, never), str(cert_path),
            "no certificate in it belongs to the private key")
    # cryptography will not even write such a PKCS#12 file; the check behind both readers:
    refused(lambda: checked(Credentials(key, other), "mixed.p12"), "mixed.p12",
            "the private key does not belong to the certificate")


def test_an_expired_or_future_certificate_is_refused(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    old = certificate("Old", key, start=NOW - dt.timedelta(days=400), days=365)
    future = certificate("Future", key, start=NOW + dt.timedelta(days=10))
    key_path = write(tmp_path, "key.pem", pem_key(key))
    old_path = write(tmp_path, "old.pem", pem_certs(old))
    expired_on = f"{old.not_valid_after_utc:%Y-%m-%d}"
    refused(lambda: load_pem(key_path, old_path, never), str(old_path),
            f"the certificate expired on {expired_on}")
    refused(lambda: checked(Credentials(key, future), "f.pem"), "f.pem",
            "not valid before")


def test_a_certificate_not_meant_for_signatures_is_refused():
    key = ec.generate_private_key(ec.SECP256R1())
    refused(lambda: checked(Credentials(key, certificate("TLS", key, signing=False)), "t.pem"),
            "t.pem", "not meant for signatures")


def test_a_key_type_pdf_signing_here_does_not_support_is_refused(tmp_path):
    key = dsa.generate_private_key(2048)
    path = write(tmp_path, "dsa.p12", pkcs12.serialize_key_and_certificates(
        b"x", key, certificate("DSA", key), None, BestAvailableEncryption(SECRET)))
    refused(lambda: load_pkcs12(path, lambda: SECRET), str(path), "only RSA and EC keys")


def test_a_pkcs12_file_without_a_key_is_refused(tmp_path):
    _ca, _key, cert = ca_and_signer()
    path = write(tmp_path, "cert-only.p12", pkcs12.serialize_key_and_certificates(
        None, None, None, [cert], BestAvailableEncryption(SECRET)))
    refused(lambda: load_pkcs12(path, lambda: SECRET), str(path),
            "must hold a private key and its certificate")
