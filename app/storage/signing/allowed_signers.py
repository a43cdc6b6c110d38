"""The ``allowed_signers`` file: who may approve, with which key and in which roles.

The file is in ssh-keygen's format (``man ssh-keygen``, ALLOWED SIGNERS), so
``ssh-keygen -Y verify -f allowed_signers`` reads the same file::

    # principals  [options]  key-type  base64-key  [comment]
    ana@example.org namespaces="policy-studio-approval" ssh-ed25519 AAAA... name="Ana Diaz"
    roles="DPO,Legal"

(all on one line).

Policy Studio reads two attributes from the comment after the key, which ssh-keygen ignores:
``roles="..."`` (comma-separated roles the signer may approve in; ``*`` for any) and
``name="..."`` (the approver's name as written in approvals; without it, a principal must
equal the name). Options understood: ``namespaces=`` (must allow ``policy-studio-approval``),
``valid-after=`` and ``valid-before=`` (``YYYYMMDD[HHMM[SS]][Z]``, judged at the time of the
check, as ``ssh-keygen -Y verify`` does). ``cert-authority`` is refused.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.domain.i18n import translate
from app.storage.errors import PolicyFileError
from app.storage.signing.sshsig import SignatureFormatError, public_key_from_blob

ENV_VARIABLE = "POLICY_STUDIO_ALLOWED_SIGNERS"
FILE_NAME = "allowed_signers"
MAX_SIZE = 4_000_000
_TOKEN = re.compile(r'(?:[^\s"]+|"[^"]*")+')
_ATTRIBUTE = re.compile(r'\b(name|roles)=("([^"]*)"|(\S+))')
_TIME = re.compile(r"^(\d{8})(\d{4}(\d{2})?)?(Z)?$")


@dataclass(frozen=True)
class Signer:
    """One line of the file: a key and what it may do."""

    principals: tuple[str, ...]
    key_blob: bytes
    roles: tuple[str, ...]
    name: str
    namespaces: tuple[str, ...]
    """Namespace patterns (empty: any)."""
    valid_after: dt.datetime | None
    valid_before: dt.datetime | None
    line: int

    def may_sign_in(self, namespace: str) -> bool:
        """True when the options allow signatures in ``namespace``."""
        return not self.namespaces or any(fnmatch.fnmatchcase(namespace, pattern)
                                          for pattern in self.namespaces)

    def valid_at(self, moment: dt.datetime) -> bool:
        """True when ``moment`` (timezone-aware) lies in the key's validity."""
        return ((self.valid_after is None or moment >= self.valid_after)
                and (self.valid_before is None or moment < self.valid_before))

    def holds_role(self, role: str) -> bool:
        """True when ``role`` is one the signer may approve in (case and spaces aside)."""
        wanted = _folded(role)
        return any(held == "*" or _folded(held) == wanted for held in self.roles)

    def is_named(self, name: str) -> bool:
        """True when ``name`` is this signer's name (or a principal, without one)."""
        names = (self.name,) if self.name else self.principals
        return any(_folded(known) == _folded(name) for known in names)


@dataclass(frozen=True)
class AllowedSigners:
    """The signers a file lists, in file order."""

    path: str
    signers: tuple[Signer, ...]

    def for_key(self, key_blob: bytes) -> list[Signer]:
        """The lines that list ``key_blob``."""
        return [signer for signer in self.signers if signer.key_blob == key_blob]


def signer_line(principal: str, public_key: str, name: str, roles: list[str],
                namespace: str) -> str:
    """The ``allowed_signers`` line for a signer (``public_key`` as ``type base64``)."""
    return " ".join([principal, f'namespaces="{namespace}"', public_key, f'name="{name}"',
                     f'roles="{",".join(roles)}"'])


def default_principal(name: str) -> str:
    """The identity a signer gets when none is given: the name in lower case, dots for spaces."""
    return " ".join(name.split()).lower().replace(" ", ".")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_allowed_signers(policy_path: str | os.PathLike[str] | None,
                         given: str | os.PathLike[str] | None = None) -> Path | None:
    """Where the allowed signers are (None when nothing names a file).

    That is ``given``, else ``$POLICY_STUDIO_ALLOWED_SIGNERS``, else an ``allowed_signers``
    file beside the policy.
    """
    if given:
        return Path(given)
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE])
    if policy_path is not None:
        beside = Path(policy_path).resolve().parent / FILE_NAME
        if beside.is_file():
            return beside
    return None


def load_allowed_signers(path: str | os.PathLike[str]) -> AllowedSigners:
    """Read an ``allowed_signers`` file; :class:`PolicyFileError` names the file and line."""
    name = os.fspath(path)
    with open(name, "rb") as handle:
        data = handle.read(MAX_SIZE + 1)
    if len(data) > MAX_SIZE:
        raise PolicyFileError.at(name, 1, 1, translate(
            "signing", "the allowed signers file is larger than {size} MB").format(
            size=MAX_SIZE // 1_000_000))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise PolicyFileError.at(name, line, 1, translate(
            "signing", "the allowed signers file is not UTF-8 text")) from None
    signers = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            try:
                signers.append(_signer(line, number))
            except ValueError as exc:
                raise PolicyFileError.at(name, number, 1, str(exc)) from None
    return AllowedSigners(name, tuple(signers))


def _signer(line: str, number: int) -> Signer:
    if "\0" in line:
        raise ValueError(translate("signing", "the line holds a NUL character"))
    tokens = _TOKEN.findall(line)
    if len(tokens) < 3:
        raise ValueError(translate(
            "signing", "expected principals, options (optional), a key type and a key"))
    principals = tuple(p for p in tokens[0].strip('"').split(",") if p)
    at = 1
    options: dict[str, str] = {}
    if not _is_key_type(tokens[1]):
        options = _options(tokens[1])
        at = 2
    if len(tokens) < at + 2 or not _is_key_type(tokens[at]):
        raise ValueError(translate("signing", "expected a key type such as ssh-ed25519 "
                                              "after the principals and options"))
    valid_after, valid_before = _time(options.get("valid-after")), _time(
        options.get("valid-before"))
    key_blob = _key(tokens[at], tokens[at + 1])
    comment = line[line.index(tokens[at + 1]) + len(tokens[at + 1]):]
    attributes = {m.group(1): m.group(3) if m.group(3) is not None else m.group(4)
                  for m in _ATTRIBUTE.finditer(comment)}
    roles = tuple(r.strip() for r in attributes.get("roles", "").split(",") if r.strip())
    namespaces = tuple(n for n in options.get("namespaces", "").split(",") if n)
    return Signer(principals, key_blob, roles, attributes.get("name", "").strip(), namespaces,
                  valid_after, valid_before, number)


def _is_key_type(token: str) -> bool:
    return token.startswith(("ssh-", "ecdsa-sha2-", "sk-"))


def _options(token: str) -> dict[str, str]:
    options = {}
    for part in re.findall(r'(?:[^,"]+|"[^"]*")+', token):
        key, _, value = part.partition("=")
        key = key.lower()
        if key == "cert-authority":
            raise ValueError(translate("signing", "cert-authority (SSH certificates) is not "
                                                  "supported; list each approver's own key"))
        if key not in ("namespaces", "valid-after", "valid-before"):
            raise ValueError(translate("signing", "unknown option '{option}'").format(
                option=key))
        options[key] = value.strip('"')
    return options


def _key(kind: str, text: str) -> bytes:
    try:
        blob = base64.b64decode(text, validate=True)
        public_key_from_blob(blob)
    except (binascii.Error, ValueError, SignatureFormatError):
        raise ValueError(translate("signing", "the {kind} key is damaged or of a type that is "
                                              "not supported").format(kind=kind)) from None
    return blob


def _time(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(translate("signing", "'{text}' is not a time YYYYMMDD[HHMM[SS]][Z]"
                                   ).format(text=text))
    digits = match.group(1) + (match.group(2) or "0000").ljust(6, "0")
    try:
        moment = dt.datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError:
        raise ValueError(translate("signing", "'{text}' is not a time YYYYMMDD[HHMM[SS]][Z]"
                                   ).format(text=text)) from None
    return moment.replace(tzinfo=dt.UTC) if match.group(4) else moment.astimezone()
