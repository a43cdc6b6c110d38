"""The policy metadata form: identity, contacts, jurisdictions, dates, approvals, security."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel
from PySide6.QtWidgets import QFormLayout

from app.domain import ids
from app.domain.edits import Change, EditError
from app.domain.enums import ApprovalDecision, Jurisdiction, Status
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Approval, ClientController, Contact, Metadata, SecurityMeasure
from app.domain.sections import METADATA, METADATA_ICON, METADATA_TITLE, field_title
from app.ui.editors.base import FieldPath, ItemEditor
from app.ui.editors.choice_fields import CheckListField, DateField, EnumCombo
from app.ui.editors.fields import LineField, in_sentence
from app.ui.editors.region_fields import RegionLineField, policy_regions, refresh_regions
from app.ui.editors.tables import Column, RecordTableField
from app.ui.editors.translation_fields import add_translations
from app.ui.signature_marks import state_cell
from app.ui.signatures import signature_watcher

_SEMVER = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
ONLY_APPROVAL = QT_TRANSLATE_NOOP(
    "editor", "Only Policy > Approve... sets the status to approved: it checks the policy "
    "and records who approved which content.")


def check_version(text: str) -> str | None:
    """Why ``text`` is not a semantic version, or None."""
    if not _SEMVER.match(text):
        return translate("editor", "'{text}' is not a version: use three numbers, e.g. 1.0.0 or "
                         "2.3.1").format(text=text)
    return None


def _free_id(records: list[BaseModel], stem: str) -> str:
    """``stem``, or ``stem_2``, ``stem_3``... whichever no record uses yet."""
    taken = {getattr(r, "id", "") for r in records}
    number, wanted = 2, stem
    while wanted in taken:
        wanted, number = f"{stem}_{number}", number + 1
    return wanted


def _new_measure(records: list[BaseModel]) -> SecurityMeasure:
    return SecurityMeasure(id=_free_id(records, "new_measure"),
                           name=translate("editor", "New measure"))


def _new_client(records: list[BaseModel]) -> ClientController:
    return ClientController(id=_free_id(records, "new_controller"),
                            name=translate("editor", "New controller"))


def _new_contact(_records: list[BaseModel]) -> Contact:
    return Contact(name=translate("editor", "New joint controller"))


def _new_approval(_records: list[BaseModel]) -> Approval:
    return Approval(name="", date=dt.date.today())


def _unique_measures(records: list[BaseModel]) -> str | None:
    seen: set[str] = set()
    for record in records:
        measure_id = getattr(record, "id", "")
        if measure_id in seen:
            return translate("editor", "'{id}' is already used by another security "
                             "measure").format(id=measure_id)
        seen.add(measure_id)
    return None


def _column(model: type[BaseModel], name: str, *args: Any, **kwargs: Any) -> Column:
    """A table column headed with the field's title."""
    return Column(name, field_title(model, name), *args, **kwargs)


class MetadataEditor(ItemEditor):
    """Everything under ``policy:`` in the file."""

    section = METADATA
    kind = METADATA_TITLE
    icon_name = METADATA_ICON
    model = Metadata

    def build(self) -> None:
        """Create the policy metadata form."""
        general = self.group(translate("field", "Policy"))
        self.add(general, "id", LineField(*self.words("id"), check=self.check_id))
        self.add_text(general, "title")
        version = LineField(*self.words("version"), placeholder="1.0.0",
                            check=check_version)
        version.edit.setMaximumWidth(140)
        version.body.addStretch(1)
        self.add(general, "version", version)
        self.add(general, "status", self._status_field())
        self.add_text(general, "organisation")
        self.add_text(general, "description", block=True)
        self.add_text(general, "language", placeholder="en")
        scope = self.group(translate("editor", "Jurisdictions && dates"))
        self.add(scope, "jurisdictions", CheckListField(
            *self.words("jurisdictions"), list(Jurisdiction)))
        self.add(scope, "establishment", RegionLineField(
            *self.words("establishment"), policy_regions(lambda: self.bridge.document.policy),
            placeholder=translate("editor", "e.g. DE or US-CA")))
        self.add(scope, "effective_date", DateField(*self.words("effective_date")))
        self.add(scope, "next_review", DateField(*self.words("next_review")))
        self._contact(self.group(self.label("controller")), "controller")
        self._contact(self.group(self.label("dpo")), "dpo")
        self._record()
        add_translations(self, title=True)
        approvals = self.group(self.label("approvals"))
        self.signatures = signature_watcher(self.bridge)
        table = self.approvals_table = RecordTableField(
            *self.words("approvals"), Approval,
            [Column("signature", translate("signatures", "Signature"), width=120,
                    cell=self._signature_cell),
             _column(Approval, "name", width=170), _column(Approval, "role", width=150),
             _column(Approval, "date", "date", width=100),
             _column(Approval, "decision", "choice",
                     tuple(str(d) for d in ApprovalDecision), width=100),
             _column(Approval, "digest", "readonly", width=150), _column(Approval, "note")],
            _new_approval)
        self.add(approvals, "approvals", table, span=True)
        self.signatures.statesChanged.connect(self._show_signatures)
        measures = self.group(self.label("security_measures"))
        self.add(measures, "security_measures", RecordTableField(
            *self.words("security_measures"), SecurityMeasure,
            [_column(SecurityMeasure, "id", width=170),
             _column(SecurityMeasure, "name", width=190),
             _column(SecurityMeasure, "kind", "choice", ("technical", "organisational"),
                     width=110),
             _column(SecurityMeasure, "description")],
            _new_measure, check=_unique_measures), span=True)

    def _record(self) -> None:
        """The record of processing (GDPR Art. 30): dates, representative, other controllers."""
        record = self.group(translate("editor", "Record of processing (Art. 30)"))
        self.add(record, "record_created", DateField(*self.words("record_created")))
        self.add(record, "record_updated", DateField(*self.words("record_updated")))
        self._contact(self.group(self.label("representative")), "representative")
        contacts = [_column(Contact, name, width=170) for name in Contact.model_fields]
        joint = self.group(self.label("joint_controllers"))
        self.add(joint, "joint_controllers", RecordTableField(
            *self.words("joint_controllers"), Contact, contacts, _new_contact), span=True)
        served = self.group(self.label("processing_for"))
        self.add(served, "processing_for", RecordTableField(
            *self.words("processing_for"), ClientController,
            [_column(ClientController, name, width=140)
             for name in ClientController.model_fields], _new_client), span=True)

    def _show_signatures(self) -> None:
        self.approvals_table.model.refresh_column("signature")

    def _signature_cell(self, row: int, role: int) -> Any:
        """The approval's state: verified, unverified or broken, with the reason."""
        return state_cell(self.signatures.state(row), role, self.palette())

    def _status_field(self) -> EnumCombo:
        """The status choice, in which "approved" is shown but cannot be picked."""
        only = translate("editor", ONLY_APPROVAL)
        field = EnumCombo(self.label("status"), f"{self.tip('status')} {only}", list(Status))
        item = field.combo.model().item(field.combo.findData(Status.APPROVED))  # type: ignore[attr-defined]
        item.setEnabled(False)
        item.setToolTip(only)
        return field

    def _contact(self, form: QFormLayout, owner: str) -> None:
        who = {"controller": translate("editor", "Controller"),
               "dpo": translate("editor", "DPO")}.get(owner) or translate("editor",
                                                                          "Representative")
        for name in Contact.model_fields:
            label = self.label(name, Contact)
            field = LineField(label, translate("editor", "{who}: {help}").format(
                who=who, help=in_sentence(self.tip(name, Contact))))
            for widget in field.inputs():
                widget.setAccessibleName(translate("editor", "{who} {field}").format(
                    who=who, field=in_sentence(label)))
            self.add(form, (owner, name), field)

    # -- the metadata is always there ---------------------------------------------------------
    def target(self) -> BaseModel | None:
        """The policy's metadata, which is always there."""
        return self.bridge.policy.policy

    def show_item(self, item_id: str | None) -> None:
        """Show the metadata again (there is one; ``item_id`` does not matter)."""
        self.finish_editing()
        self.refresh()

    def title_text(self, target: BaseModel) -> tuple[str, str]:
        """(title, subtitle) for the header: the policy's title, then its id."""
        kind_id = translate("editor", "Policy · {id}").format(id=target.id)  # type: ignore[attr-defined]
        title = getattr(target, "title", "") or ""
        return (title, kind_id) if title else (kind_id, "")

    def show_header(self, target: BaseModel) -> None:
        """Show the header and offer the regions known now."""
        super().show_header(target)
        refresh_regions(self.fields.values())

    def check_id(self, text: str) -> str | None:
        """Why ``text`` cannot be the policy id, or None when it can."""
        if not ids.is_valid_id(text):
            return translate("editor", "'{id}' is not a valid id: use lowercase letters, "
                             "digits, _ and dots (e.g. northwind_outfitters)").format(id=text)
        return None

    def _on_changed(self, change: Change, initiator: object = None) -> None:
        if self.own_edit(change, initiator):
            return
        if not change.touched:
            self.refresh()
        elif (METADATA, "") in change.touched:
            single = change.kind == "update" and change.field
            self.refresh([change.field[:1]] if single else None)

    def apply_value(self, path: FieldPath, value: Any) -> None:
        """Commit ``value`` at ``path`` (approving has its own command)."""
        if path == ("status",) and value == Status.APPROVED:
            raise EditError(ONLY_APPROVAL)
        if path[0] in ("dpo", "representative") and \
                getattr(self.bridge.policy.policy, path[0]) is None:
            # No such contact recorded yet: the first detail creates it (one undo step).
            self.bridge.set_field(METADATA, None, path[0], Contact(**{path[1]: value}))
            return
        self.bridge.set_field(METADATA, None, ".".join(path), value, initiator=self.fields[path])
