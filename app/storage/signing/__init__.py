"""Signed approvals: SSH signatures over approval records, checked against allowed signers.

The signatures are in the format of ``ssh-keygen -Y sign`` (as git's SSH-signed commits), the
signers are listed in ssh-keygen's ``allowed_signers`` file. No Qt here.

The API the window and the command line use:

- :func:`find_allowed_signers` ``(policy_path, given=None) -> Path | None``: the file to check
  against (``given``, else ``$POLICY_STUDIO_ALLOWED_SIGNERS``, else ``allowed_signers`` beside
  the policy).
- :func:`load_allowed_signers` ``(path) -> AllowedSigners`` (raises ``PolicyFileError`` naming
  file and line).
- :func:`load_signing_key` ``(path, passphrase=None) -> SigningKey``; :func:`needs_passphrase`
  ``(path) -> bool``; :func:`generate_key` ``(path, passphrase, comment="") -> SigningKey``
  (all raise :class:`SigningKeyError` with a translated sentence).
- :func:`sign_approval` ``(policy, approval, key) -> Approval``: the approval with its
  ``signature`` block, to be appended to the policy's approvals.
- :func:`approval_states` ``(policy, signers, now=None) -> list[ApprovalState]``: per approval,
  ``index``, ``approval``, ``state`` (:class:`State` VERIFIED / UNVERIFIED / BROKEN),
  ``problems`` (:class:`Problem` codes), ``reasons`` and ``reason`` (translated), ``signer``.
- :func:`status_problem` ``(policy) -> str | None``: why an approved status is not backed.
"""

from app.storage.signing.allowed_signers import (
    AllowedSigners,
    Signer,
    find_allowed_signers,
    load_allowed_signers,
)
from app.storage.signing.approvals import (
    NAMESPACE,
    ApprovalState,
    Problem,
    State,
    approval_states,
    sign_approval,
    signed_statement,
    status_problem,
)
from app.storage.signing.keys import (
    SigningKey,
    SigningKeyError,
    generate_key,
    load_signing_key,
    needs_passphrase,
)

__all__ = ["NAMESPACE", "AllowedSigners", "ApprovalState", "Problem", "Signer", "SigningKey",
           "SigningKeyError", "State", "approval_states", "find_allowed_signers",
           "generate_key", "load_allowed_signers", "load_signing_key", "needs_passphrase",
           "sign_approval", "signed_statement", "status_problem"]
