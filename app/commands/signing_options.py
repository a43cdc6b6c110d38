"""The signing options of ``policy-studio export``: one family for both formats that sign.

``--sign-key KEY_FILE`` is the private key for both: an OPA bundle (``-f opa``) is signed with it
alone (PEM, RSA or EC P-256; ``--sign-key-id``, ``--allow-unapproved``), the PDF document
(``-f pdf``) with it and ``--sign-cert``, or instead with ``--sign-pkcs12`` (``--sign-location``).
``--signing-key`` and ``--signing-keyid``, the OPA options' earlier names, are kept as hidden
aliases. An option that does not fit the format is refused by :func:`problem` before any file
is read. An encrypted key's passphrase comes from :mod:`app.commands.passphrase`, asked for only
when the key turns out to be protected.
"""

from __future__ import annotations

import argparse

from app.commands.passphrase import add_passphrase_option, asker, key_prompt, passphrase
from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.opa_signing import (
    DEFAULT_KEY_ID,
    BundleSigner,
    PassphraseNeeded,
    read_signing_key,
)
from app.exporters.pdf.credentials import CredentialError, Credentials, load_pem, load_pkcs12
from app.exporters.pdf.signing import SigningError
from app.exporters.registry import Exporter

PDF_ONLY = (("sign_cert", "--sign-cert"), ("sign_pkcs12", "--sign-pkcs12"),
            ("sign_location", "--sign-location"))
OPA_ONLY = (("sign_key_id", "--sign-key-id"), ("allow_unapproved", "--allow-unapproved"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the signing options to ``export``'s parser."""
    group = parser.add_argument_group(translate(
        "export", "signing an OPA bundle (-f opa) or the PDF document (-f pdf)"))
    group.add_argument("--sign-key", metavar="KEY_FILE", help=translate(
        "export", "sign with this PEM private key: an OPA bundle with it alone (RSA: RS256, "
                  "EC P-256: ES256), the PDF document with --sign-cert"))
    group.add_argument("--sign-key-id", metavar="ID", help=translate(
        "export", "OPA bundles: the key id written into the signature (default: 'default', "
                  "the id OPA gives its verification key)"))
    group.add_argument("--allow-unapproved", action="store_true", help=translate(
        "export", "OPA bundles: sign even when no approval of exactly this content is "
                  "recorded (a PDF document is signed only when approved)"))
    group.add_argument("--sign-cert", metavar="CERT_FILE", help=translate(
        "pdf signing", "the PEM certificate of --sign-key, optionally followed by its chain"))
    group.add_argument("--sign-pkcs12", metavar="FILE", help=translate(
        "pdf signing", "sign the PDF with the key and certificate in this PKCS#12 file "
                       "(.p12 or .pfx)"))
    group.add_argument("--sign-location", metavar="TEXT", help=translate(
        "pdf signing", "where the signature is made (optional, shown by PDF readers)"))
    add_passphrase_option(group)
    group.add_argument("--signing-key", dest="sign_key", metavar="KEY_FILE",
                       help=argparse.SUPPRESS)  # the earlier names: scripts keep working
    group.add_argument("--signing-keyid", dest="sign_key_id", metavar="ID",
                       help=argparse.SUPPRESS)


def problem(args: argparse.Namespace, exporter: Exporter) -> str | None:
    """Why the signing options do not fit ``exporter``'s format, in one line, or None."""
    pdf_only = [option for dest, option in PDF_ONLY if getattr(args, dest)]
    opa_only = [option for dest, option in OPA_ONLY if getattr(args, dest)]
    loose = ["--passphrase-file"] if args.passphrase_file else []  # a key's, but no key
    if not (args.sign_key or pdf_only or opa_only or loose):
        return None
    if signs_bundles(exporter):
        if pdf_only:
            return translate("export", "{option} goes with the PDF document (-f pdf); an OPA "
                                       "bundle is signed with --sign-key alone").format(
                option=pdf_only[0])
        if not args.sign_key:
            return translate("export", "{option} goes with --sign-key").format(
                option=(opa_only or loose)[0])
        return None
    if exporter.name != "pdf":
        return translate("export", "the {format} format cannot be signed; --sign-key signs "
                                   "OPA bundles (-f opa) and the PDF document (-f pdf)").format(
            format=exporter.name)
    if opa_only:
        return translate("export", "{option} goes with OPA bundles (-f opa), not with the PDF "
                                   "document").format(option=opa_only[0])
    if not (args.sign_key or args.sign_cert or args.sign_pkcs12):
        return translate("export", "{option} goes with --sign-key or --sign-pkcs12").format(
            option=(pdf_only or loose)[0])
    return None


def signs_bundles(exporter: Exporter) -> bool:
    """True for a format whose output carries a signature of its own (the OPA bundle)."""
    return callable(getattr(exporter, "signed", None))


def inputs(args: argparse.Namespace) -> list[str | None]:
    """The files the signing options read: the output must be none of them."""
    return [args.sign_key, args.sign_cert, args.sign_pkcs12, args.passphrase_file]


def signing_exporter(args: argparse.Namespace, exporter: Exporter) -> Exporter:
    """``exporter``, signing its bundles with ``--sign-key`` when given.

    Raises ``SigningKeyError`` (``app.exporters.opa_signing``) or ``PassphraseError``.
    """
    if not (args.sign_key and signs_bundles(exporter)):
        return exporter
    signed = exporter.signed  # only the OPA exporter has it
    return signed(bundle_signer(args), allow_unapproved=args.allow_unapproved)


def bundle_signer(args: argparse.Namespace) -> BundleSigner:
    """The signer for ``--sign-key``, with its passphrase when the key is encrypted."""
    key_id = args.sign_key_id or DEFAULT_KEY_ID
    try:
        return read_signing_key(args.sign_key, None, key_id)
    except PassphraseNeeded:
        secret = passphrase(args, key_prompt(args.sign_key))
    return read_signing_key(args.sign_key, secret, key_id)


def pdf_credentials(args: argparse.Namespace, exporter: Exporter,
                    policy: Policy) -> Credentials | None:
    """The credentials to sign ``policy``'s PDF document with; None when it is not signed.

    Only a version that carries an approval of exactly its content is signed: the signature
    says the signer approves it, which a draft cannot say. Raises :class:`SigningError`,
    :class:`CredentialError` or ``PassphraseError``.
    """
    if exporter.name != "pdf" or not (args.sign_key or args.sign_cert or args.sign_pkcs12):
        return None
    if not is_approved(policy, digest(policy)):
        raise SigningError(translate(
            "pdf signing", "only an approved policy's document is signed: this version carries "
                           "no approval of exactly its content (record one with 'policy-studio "
                           "approve' first)"))
    if args.sign_pkcs12:
        if args.sign_key or args.sign_cert:
            raise CredentialError(translate(
                "pdf signing",
                "give either --sign-pkcs12 or --sign-key with --sign-cert, not both"))
        return load_pkcs12(args.sign_pkcs12, asker(args, key_prompt(args.sign_pkcs12)))
    if not (args.sign_key and args.sign_cert):
        raise CredentialError(translate("pdf signing", "--sign-key and --sign-cert go together"))
    return load_pem(args.sign_key, args.sign_cert, asker(args, key_prompt(args.sign_key)))
