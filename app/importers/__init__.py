"""Imports: other files read into a policy as one batch of domain edits (no Qt).

Each kind of import (:mod:`app.importers.kinds`) reads its file, compares it with a policy and
returns a plan: preview lines, a one-line tally, and the edits as one
:class:`~app.domain.edits.Batch`. A file it cannot use raises
:class:`~app.storage.errors.PolicyFileError` naming the file, line and column; nothing is
applied. The command line and the window take the same plan: the command line applies the batch
and writes the file, the window pushes it as one undo step.

This package sits beside the exporters and the validation and imports only the domain and
storage.
"""
