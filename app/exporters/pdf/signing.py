"""A PDF digital signature (PAdES baseline B-B) by the approver, with pyHanko (no Qt).

:func:`sign_pdf` appends one incremental update to a finished PDF: the content digest in the
document's metadata (the Info dictionary's ``/Subject``, ``/Keywords`` and a ``/ContentDigest``
entry, and the XMP description and keywords), an invisible signature field named
:data:`FIELD`, and the signature over the whole file. Every byte before the update stays as it
was, so the digest printed on every page is signed with the rest. No timestamp authority is
asked (this runs offline): the signing time is the signer's clock when it signs.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.pdf.credentials import Credentials, as_asn1
from app.exporters.registry import ExportResult

FIELD = "Approval"
"""The signature field's name."""
DIGEST_KEY = "/ContentDigest"
"""The Info dictionary's own entry for the policy's content digest."""


class SigningError(ValueError):
    """The PDF could not be signed; ``str()`` is one line for people."""


def approval_reason(policy_id: str, version: str, content_digest: str) -> str:
    """The signature's reason: what the signer approves."""
    return translate("pdf signing", "Approval of policy {id} {version}, content digest {digest}") \
        .format(id=policy_id, version=version, digest=content_digest)


def sign_pdf(data: bytes, credentials: Credentials, reason: str, content_digest: str,
             location: str | None = None) -> bytes:
    """``data`` (a PDF) signed by ``credentials`` as PAdES B-B, the digest in its metadata."""
    from asn1crypto import keys
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=as_asn1(credentials.certificate),
        signing_key=keys.PrivateKeyInfo.load(credentials.key.private_bytes(
            Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs(
            [as_asn1(cert) for cert in credentials.chain]))
    try:
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
        _put_digest(writer, content_digest, generic)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD, reason=reason, location=location or None,
            name=credentials.signer, subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256")
        out = signers.PdfSigner(meta, signer, new_field_spec=fields.SigFieldSpec(FIELD)) \
            .sign_pdf(writer, output=BytesIO())
    except (PdfError, ValueError) as exc:
        raise SigningError(translate("pdf signing", "the PDF could not be signed: {reason}")
                           .format(reason=str(exc).splitlines()[0] if str(exc) else exc)) from None
    return bytes(out.getvalue())


def sign_export(result: ExportResult, policy: Policy, credentials: Credentials,
                location: str | None = None) -> ExportResult:
    """``result`` (the policy document's PDF) signed by ``credentials`` as ``policy``'s approval."""
    if result.data is None:
        raise SigningError(translate("pdf signing", "only the pdf format can be signed "
                                                    "(--format pdf)"))
    meta = policy.policy
    reason = approval_reason(meta.id, meta.version, result.digest)
    return replace(result, data=sign_pdf(result.data, credentials, reason, result.digest,
                                         location))


def _put_digest(writer: object, content_digest: str, generic: object) -> None:
    """Write ``content_digest`` into the Info dictionary and (through pyHanko) the XMP."""
    meta = writer.document_meta  # type: ignore[attr-defined]
    subject = translate("pdf", "Content digest {digest}").format(digest=content_digest)
    meta.subject = subject
    meta.keywords = [content_digest]
    info_ref = writer.trailer.raw_get("/Info")  # type: ignore[attr-defined]
    info = info_ref.get_object()
    info["/Subject"] = generic.TextStringObject(subject)  # type: ignore[attr-defined]
    info[DIGEST_KEY] = generic.TextStringObject(content_digest)  # type: ignore[attr-defined]
    writer.update_container(info_ref)  # type: ignore[attr-defined]
