"""Signed OPA bundles: checked by a verifier of OPA's signing format written from its
specification (tests/exporters/signed_bundles.py), tampering refused, keys judged clearly."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa

from app.domain.canonical import digest
from app.exporters.opa import EXPORTER, MANIFEST_NAME, OpaExporter, build_bundle
from app.exporters.opa_signing import (
    MAX_KEY_BYTES,
    SIGNATURES_NAME,
    BundleSigner,
    NotApprovedForSigning,
    PassphraseNeeded,
    SigningKeyError,
    file_hash,
    read_signing_key,
    signer_from_pem,
)
from app.exporters.registry import get, run_export
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.exporters.signed_bundles import (
    Refused,
    approved,
    archive_files,
    new_ec,
    new_rsa,
    pem,
    repack,
    spec_hash,
    verify,
)
from tests.exporters.test_opa import EXAMPLE, HOSTILE, hostile_policy

MORE_HOSTILE = "<script>alert(1)</script> & \b\f\x1f\x7f \u2029 \u202e 😀 \"q\" \\u003c"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return new_rsa()


@pytest.fixture(scope="module")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return new_ec()


@pytest.fixture(scope="module", params=["rsa", "ec"])
def key(request: pytest.FixtureRequest, rsa_key: Any, ec_key: Any) -> Any:
    return rsa_key if request.param == "rsa" else ec_key


def signer_for(key: Any, key_id: str = "default") -> BundleSigner:
    return signer_from_pem(pem(key), key_id=key_id)


def signed_example(key: Any) -> bytes:
    policy = approved(load_file(EXAMPLE).policy)
    return run_export(get("opa").signed(signer_for(key)), policy).data  # type: ignore[attr-defined]


def test_the_signed_bundle_verifies_and_lists_every_file(key: Any) -> None:
    bundle = signed_example(key)
    payload = verify(bundle, key.public_key())
    names = [name for name, _ in archive_files(bundle)]
    assert names[:2] == [MANIFEST_NAME, SIGNATURES_NAME]
    assert sorted(entry["name"] for entry in payload["files"]) == sorted(
        name for name in names if name != SIGNATURES_NAME)
    assert payload["header"]["alg"] == ("RS256" if isinstance(key, rsa.RSAPrivateKey)
                                        else "ES256")
    assert payload["header"]["kid"] == payload["keyid"] == "default"
    assert "scope" not in payload  # OPA compares it with its own scope, empty by default
    assert {entry["algorithm"] for entry in payload["files"]} == {"SHA-256"}


def test_the_revision_is_the_content_digest_signed_or_not(rsa_key: Any) -> None:
    policy = approved(load_file(EXAMPLE).policy)
    for bundle in (build_bundle(policy), signed_example(rsa_key)):
        manifest = json.loads(dict(archive_files(bundle))[MANIFEST_NAME])
        assert manifest["revision"] == digest(policy) == digest(load_file(EXAMPLE).policy)


def test_the_unsigned_bundle_is_unchanged(rsa_key: Any) -> None:
    """Unsigned exports hold exactly the files they held before, and no signature."""
    policy = load_file(EXAMPLE).policy
    unsigned = archive_files(EXPORTER.export(policy).data or b"")
    signed = archive_files(signed_example(rsa_key))
    assert SIGNATURES_NAME not in dict(unsigned)
    assert [item for item in signed if item[0] != SIGNATURES_NAME] == unsigned


def test_an_rs256_bundle_is_byte_identical_each_time(rsa_key: Any) -> None:
    assert signed_example(rsa_key) == signed_example(rsa_key)


@pytest.mark.parametrize("text", [*HOSTILE, MORE_HOSTILE])
def test_hostile_text_hashes_as_the_specification_says(text: str, ec_key: Any) -> None:
    bundle = build_bundle(hostile_policy(text), region_catalogue(), signer_for(ec_key))
    verify(bundle, ec_key.public_key())


def test_structured_files_hash_their_json_not_their_layout() -> None:
    compact = b'{"revision":"sha256:ab","roots":["policy_studio"]}'
    spaced = b'{\n  "roots" : [ "policy_studio" ],\n  "revision": "sha256:ab"\n}\n'
    assert file_hash(".manifest", spaced) == file_hash(".manifest", compact) == (
        hashlib.sha256(compact).hexdigest())
    assert file_hash("a/data.json", b'{"n": 1.50, "m": 10}') == hashlib.sha256(
        b'{"m":10,"n":1.50}').hexdigest()  # numbers as written
    assert file_hash("a/policy.rego", spaced) == hashlib.sha256(spaced).hexdigest()
    assert file_hash("a/notdata.json", spaced) == hashlib.sha256(spaced).hexdigest()
    assert file_hash("a/data.json", '{"t": "<&\u2028"}'.encode()) == hashlib.sha256(
        b'{"t":"<&\\u2028"}').hexdigest()


def _changed_one_byte(content: bytes, name: str) -> bytes:
    """``content`` with one byte changed where it changes what the file says."""
    if name.endswith(("data.json", ".manifest")):
        at = content.index(b"sha256:") + len(b"sha256:")  # a digit of the digest
    else:  # a Rego file, or the signatures file (a character of the JWT)
        at = len(content) // 2
    replaced = b"A" if content[at:at + 1] != b"A" else b"B"
    return content[:at] + replaced + content[at + 1:]


def test_one_byte_changed_in_any_file_is_refused(key: Any) -> None:
    files = archive_files(signed_example(key))
    verify(repack(files), key.public_key())  # repacking alone changes nothing
    for index, (name, content) in enumerate(files):
        changed = list(files)
        changed[index] = (name, _changed_one_byte(content, name))
        with pytest.raises(Refused):
            verify(repack(changed), key.public_key())


def test_one_byte_changed_in_the_archive_is_refused(rsa_key: Any) -> None:
    bundle = signed_example(rsa_key)
    header = 10  # gzip's header fields (time, flags, system) are not content
    positions = range(header, len(bundle), max(1, (len(bundle) - header) // 150))
    for at in positions:
        changed = bundle[:at] + bytes([bundle[at] ^ 0xFF]) + bundle[at + 1:]
        with pytest.raises(Refused):
            verify(changed, rsa_key.public_key())


def test_a_removed_or_added_or_renamed_file_is_refused(key: Any) -> None:
    files = archive_files(signed_example(key))
    public = key.public_key()
    rego = next(i for i, (name, _) in enumerate(files) if name.endswith("policy.rego"))
    with pytest.raises(Refused, match="listed"):
        verify(repack(files[:rego] + files[rego + 1:]), public)
    with pytest.raises(Refused, match="listed"):
        verify(repack([*files, ("policy_studio/extra.rego", b"package policy_studio\n")]),
               public)
    with pytest.raises(Refused, match="listed"):
        verify(repack([*files[:rego], ("policy_studio/other.rego", files[rego][1]),
                       *files[rego + 1:]]), public)


def test_a_signature_by_another_key_or_of_another_bundle_is_refused(
        rsa_key: Any, ec_key: Any) -> None:
    stranger = new_rsa()
    with pytest.raises(Refused, match="bad signature"):
        verify(signed_example(stranger), rsa_key.public_key())
    with pytest.raises(Refused):
        verify(signed_example(ec_key), rsa_key.public_key())
    other = build_bundle(approved(hostile_policy("another policy")), region_catalogue(),
                         signer_for(rsa_key))
    signatures = dict(archive_files(other))[SIGNATURES_NAME]
    files = [(name, signatures if name == SIGNATURES_NAME else content)
             for name, content in archive_files(signed_example(rsa_key))]
    with pytest.raises(Refused, match="digest mismatch"):
        verify(repack(files), rsa_key.public_key())


def test_the_key_id_is_written_where_opa_reads_it(rsa_key: Any) -> None:
    policy = approved(load_file(EXAMPLE).policy)
    bundle = build_bundle(policy, region_catalogue(), signer_for(rsa_key, "release-2026"))
    payload = verify(bundle, rsa_key.public_key())
    assert payload["header"]["kid"] == payload["keyid"] == "release-2026"


def test_an_unapproved_or_changed_policy_is_not_signed(rsa_key: Any) -> None:
    exporter = EXPORTER.signed(signer_for(rsa_key))
    with pytest.raises(NotApprovedForSigning):
        exporter.export(load_file(EXAMPLE).policy)
    policy = approved(load_file(EXAMPLE).policy)
    policy.policy.title += " (edited after the approval)"
    with pytest.raises(NotApprovedForSigning):
        exporter.export(policy)
    forced = EXPORTER.signed(signer_for(rsa_key), allow_unapproved=True).export(policy)
    verify(forced.data or b"", rsa_key.public_key())
    assert any("although" in note for note in forced.notes)
    assert isinstance(exporter, OpaExporter) and EXPORTER.signer is None  # registry untouched


def test_the_specification_hash_agrees_with_the_writer_on_every_file(rsa_key: Any) -> None:
    for name, content in archive_files(signed_example(rsa_key)):
        assert spec_hash(name, content) == file_hash(name, content)


# Keys: every refusal is one clear line.

def write(tmp_path: Path, data: bytes, name: str = "key.pem") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refusal(path: str, passphrase: str | None = None) -> str:
    with pytest.raises(SigningKeyError) as caught:
        read_signing_key(path, passphrase)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(path)
    return message


def test_key_types_choose_the_algorithm(tmp_path: Path, rsa_key: Any, ec_key: Any) -> None:
    assert read_signing_key(write(tmp_path, pem(rsa_key))).algorithm == "RS256"
    assert read_signing_key(write(tmp_path, pem(ec_key))).algorithm == "ES256"


def test_unsupported_keys_are_refused_by_name(tmp_path: Path) -> None:
    assert "keys of type Ed25519 cannot sign" in refusal(
        write(tmp_path, pem(ed25519.Ed25519PrivateKey.generate())))
    assert "curve secp384r1; ES256 needs P-256" in refusal(
        write(tmp_path, pem(ec.generate_private_key(ec.SECP384R1()))))
    assert "1024 bits; use at least 2048" in refusal(
        write(tmp_path, pem(rsa.generate_private_key(public_exponent=65537, key_size=1024))))
    assert "keys of type DSA cannot sign" in refusal(
        write(tmp_path, pem(dsa.generate_private_key(key_size=2048))))


def test_passphrases(tmp_path: Path, ec_key: Any) -> None:
    path = write(tmp_path, pem(ec_key, b"correct horse"))
    with pytest.raises(PassphraseNeeded, match="POLICY_STUDIO_KEY_PASSPHRASE"):
        read_signing_key(path)
    assert "wrong passphrase" in refusal(path, "wrong")
    assert read_signing_key(path, "correct horse").algorithm == "ES256"
    plain = write(tmp_path, pem(ec_key), "plain.pem")  # a passphrase set for another key
    assert read_signing_key(plain, "ignored").algorithm == "ES256"


def test_hostile_key_files(tmp_path: Path, rsa_key: Any) -> None:
    assert "too large" in refusal(write(tmp_path, b"-----BEGIN PRIVATE KEY-----\n"
                                        + b"A" * MAX_KEY_BYTES))
    garbage = bytes(range(256)) * 16
    assert "not a PEM private key" in refusal(write(tmp_path, garbage))
    assert "not a PEM private key" in refusal(write(
        tmp_path, b"-----BEGIN PRIVATE KEY-----\n\x00\xff garbage\n-----END PRIVATE KEY-----\n"))
    assert "public key" in refusal(write(tmp_path, rsa_key.public_key().public_bytes(
        *_public_format())))
    assert "not a regular file" in refusal(str(tmp_path))
    assert "cannot read" in refusal(str(tmp_path / "missing.pem"))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert "not a regular file" in refusal(str(fifo))  # and nothing waits on it


def _public_format() -> tuple[Any, Any]:
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
