"""The signed policy document: pyHanko and poppler's pdfsig both find the signature valid and
covering the whole file, both notice one changed byte, and the content digest is in the
metadata and on every page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.domain.canonical import digest
from app.exporters.pdf.credentials import Credentials, as_asn1, load_pkcs12, make_pkcs12
from app.exporters.pdf.document import pdf_bytes
from app.exporters.pdf.signing import DIGEST_KEY, FIELD, approval_reason, sign_pdf
from app.paths import EXAMPLES
from app.storage.loader import load_file
from tests.signing_keys import approved_copy, ca_and_signer

POPPLER = all(shutil.which(tool) for tool in ("pdfsig", "pdfinfo", "pdftotext"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils are not installed")


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """(the unsigned PDF of the example policy, approved, and its content digest)."""
    path = approved_copy(EXAMPLES / "northwind-outfitters.policy.yaml",
                         tmp_path_factory.mktemp("policy") / "approved.policy.yaml")
    policy = load_file(path).policy
    return pdf_bytes(policy), digest(policy)


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> Credentials:
    path = tmp_path_factory.mktemp("keys") / "dana.p12"
    path.write_bytes(make_pkcs12("Dana Approver", "dana@example.com", b"correct horse"))
    return load_pkcs12(path, lambda: b"correct horse")


@pytest.fixture(scope="module")
def signed(document: tuple[bytes, str], self_signed: Credentials) -> bytes:
    data, content_digest = document
    reason = approval_reason("northwind_outfitters", "2.3.0", content_digest)
    return sign_pdf(data, self_signed, reason, content_digest, location="Berlin")


def validate(data: bytes, *trusted: object):
    reader = PdfFileReader(BytesIO(data), strict=False)
    [signature] = reader.embedded_signatures
    context = ValidationContext(trust_roots=list(trusted), allow_fetching=False)
    return signature, validate_pdf_signature(signature, context)


def pdfsig(data: bytes, folder: Path) -> str:
    path = folder / "signed.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True,
                          timeout=60, check=False).stdout


def tampered(data: bytes) -> bytes:
    """``data`` with one byte of the original document (well inside the signed range) changed."""
    at = data.index(b"/Creator") + 1
    assert data[at:at + 7] == b"Creator"
    return data[:at] + b"K" + data[at + 1:]


def test_the_signature_is_an_incremental_update_that_keeps_every_byte(document, signed):
    data, _ = document
    assert signed.startswith(data)
    assert signed.count(b"%%EOF") == data.count(b"%%EOF") + 1


def test_pyhanko_finds_the_signature_intact_covering_the_whole_file(signed, self_signed,
                                                                   document):
    signature, status = validate(signed, as_asn1(self_signed.certificate))
    assert signature.field_name == FIELD
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.dump() == as_asn1(self_signed.certificate).dump()
    assert status.bottom_line
    assert abs(status.signer_reported_dt - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert signature.sig_object["/Reason"] == approval_reason(
        "northwind_outfitters", "2.3.0", document[1])
    assert signature.sig_object["/Name"] == "Dana Approver"
    assert signature.sig_object["/Location"] == "Berlin"
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def test_without_trusting_the_self_signed_certificate_pyhanko_calls_it_untrusted(signed):
    _signature, status = validate(signed)
    assert status.intact and status.valid
    assert not status.trusted and not status.bottom_line


def test_a_certificate_issued_by_a_ca_validates_up_to_that_ca(document):
    data, content_digest = document
    ca, key, cert = ca_and_signer()
    out = sign_pdf(data, Credentials(key, cert, (ca,)), "Approval", content_digest)
    _signature, status = validate(out, as_asn1(ca))
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.signing_cert.subject.human_friendly == "Common Name: Casey Counsel"


@needs_poppler
def test_pdfsig_says_valid_whole_document_and_an_unknown_issuer(signed, tmp_path):
    report = pdfsig(signed, tmp_path)
    assert "  - Signature Field Name: Approval\n" in report
    assert "  - Signer Certificate Common Name: Dana Approver\n" in report
    assert "  - Signer full Distinguished Name: E=dana@example.com,CN=Dana Approver\n" in report
    assert "  - Signature Type: ETSI.CAdES.detached\n" in report
    assert "  - Total document signed\n" in report
    assert "  - Signature Validation: Signature is Valid.\n" in report
    assert "  - Certificate Validation: Certificate issuer is unknown.\n" in report


@needs_poppler
def test_one_changed_byte_is_caught_by_pdfsig_and_pyhanko(signed, self_signed, tmp_path):
    broken = tampered(signed)
    report = pdfsig(broken, tmp_path)
    assert "  - Signature Validation: Digest Mismatch.\n" in report
    assert "Signature is Valid" not in report
    _signature, status = validate(broken, as_asn1(self_signed.certificate))
    assert not status.intact and not status.bottom_line


@needs_poppler
def test_the_digest_is_in_the_info_dictionary_and_the_xmp(signed, document, tmp_path):
    _, content_digest = document
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)

    def pdfinfo(*options: str) -> str:
        return subprocess.run(["pdfinfo", *options, str(path)], capture_output=True,
                              text=True, timeout=60, check=True).stdout

    info = pdfinfo()
    assert f"Subject:         Content digest {content_digest}\n" in info
    assert f"Keywords:        {content_digest}\n" in info
    assert f"ContentDigest:   {content_digest}\n" in pdfinfo("-custom")
    xmp = pdfinfo("-meta")
    assert f"<rdf:li xml:lang=\"x-default\">Content digest {content_digest}</rdf:li>" in xmp
    reader = PdfFileReader(BytesIO(signed), strict=False)
    assert reader.trailer_view["/Info"][DIGEST_KEY] == content_digest
    assert reader.document_meta_view.keywords == [content_digest]


@needs_poppler
def test_every_page_shows_the_digest(signed, document, tmp_path):
    _, content_digest = document
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) > 10
    for number, page in enumerate(pages, 1):
        assert f"Content digest {content_digest}" in page, number
