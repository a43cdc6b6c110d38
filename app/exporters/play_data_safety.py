"""Google Play's Data safety form as the Play Console's CSV (exporter ``play-data-safety``).

The layout of the file that Play Console exports and imports (App content > Data safety >
Import from CSV): the header ``Question ID (machine readable), Response ID (machine readable),
Response value, Answer requirement, Human-friendly question label``, then Google's rows in
Google's order:

- the opening questions; the policy answers only whether the app collects or shares any of
  the data types (``PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA``). Encryption in transit,
  account creation and deletion, and the badges are left blank to answer in Play Console;
- one row per data type (``PSL_DATA_TYPES_PERSONAL`` / ``PSL_EMAIL``...): ``true`` when the
  policy allows some use of it;
- per data type, its usage questions (``PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:...``): collected
  (any allowed use), shared (an allowed use reaching a third party or the public), processed
  ephemerally (``false``: a policy does not record ephemeral processing), optional or required
  (required when some use needs no consent), and the collection and sharing purposes. The rows
  of a data type the policy does not use stay blank.

What counts as collected, shared and required, and how categories and purposes get their Google
labels, is :mod:`app.domain.store_labels` (from the decision engine's allowed uses). Values are
``true`` and ``false`` as Play Console writes them. The file is UTF-8 without a byte order mark
(Play Console refuses any other header row) with CR LF line ends; every cell is Google's
vocabulary, so no user text reaches it and nothing needs a spreadsheet guard. The policy's
digest is in the export result only: the form has no place for it.
"""

from __future__ import annotations

import csv
import io

from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.domain.store_kinds import PLAY_TYPES
from app.domain.store_labels import StoreLabels, store_labels
from app.exporters.play_form import BLANK, COLLECTS, FALSE, HEADER, OPENING, TRUE, usage_rows, yes
from app.exporters.registry import ENGINEERING, ExportResult, FunctionExporter, register
from app.storage.resources import region_catalogue


def form_rows(labels: StoreLabels) -> list[list[str]]:
    """The header and every row of the form, answered from ``labels`` (Google's store)."""
    rows = [list(HEADER)]
    for question, response, requirement, words in OPENING:
        answer = (TRUE if labels.types else FALSE) if question == COLLECTS else BLANK
        rows.append([question, response, answer, requirement, words])
    for data_type, (question, response, words) in PLAY_TYPES.items():
        rows.append([question, response, yes(data_type in labels.types), "MULTIPLE_CHOICE",
                     words])
    for data_type in PLAY_TYPES:
        rows.extend(usage_rows(data_type, labels.types.get(data_type)))
    return rows


def notes(labels: StoreLabels) -> list[str]:
    """What the form could not say, for the export's summary."""
    found = list(labels.notes)
    if labels.types:
        found.append(translate("play data safety",
                               "processed ephemerally is answered false for every data type "
                               "(the policy does not record ephemeral processing); change it "
                               "where it applies"))
    found.append(translate("play data safety", "encryption in transit, account creation and "
                           "deletion, and the badges are left blank: answer them in Play "
                           "Console"))
    return found


def export(policy: Policy) -> ExportResult:
    """The Data safety form of ``policy`` as Play Console's CSV."""
    labels = store_labels(policy, "play", regions=region_catalogue())
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(form_rows(labels))
    return ExportResult(digest=digest(policy), data=buffer.getvalue().encode("utf-8"),
                        summary=notes(labels))


EXPORTER = register(FunctionExporter(
    name="play-data-safety",
    title=QT_TRANSLATE_NOOP("exporters", "Google Play Data safety form (CSV)"),
    suffix=".data-safety.csv",
    description=QT_TRANSLATE_NOOP(
        "exporters", "The data types the policy allows using, collected or shared, optional or "
                "required, with Google's purposes, as the CSV that Play Console's Data safety "
                "form imports."),
    function=export,
    audience=ENGINEERING,
))
