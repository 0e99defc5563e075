"""Adding or changing a donor, their contact preferences, a pause in contact, and households.

Every problem the service finds is shown beside its field. Before a new donor is saved the dialog
asks for look-alikes (same name with the same e-mail or postcode, or the same e-mail): if there are
any it lists them and the save button becomes "Save anyway".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import CHANNEL_LABELS, TOUCHPOINT_CHANNELS, Channel
from caseworker.domain.donors import (
    KIND_LABELS,
    SEGMENT_LABELS,
    DonorDraft,
    DonorKind,
    DonorRecord,
    PreferencesDraft,
    QuietPeriodDraft,
)
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.listing import ListQuery
from caseworker.services.container import Services
from caseworker.services.donors import HouseholdDraft, HouseholdRecord, draft_of
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form

NOTE_HEIGHT = 64


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


DUPLICATE_PAUSE_MS = 400


class DonorDialog(QDialog):
    """A donor's profile; ``saved`` holds the record once the service accepted it."""

    def __init__(self, ctx: UiContext, donor: DonorRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor = donor
        self.saved: DonorRecord | None = None
        self._confirmed = False
        self.setWindowTitle(tr("New donor") if donor is None else tr("Change {name}").format(name=donor.name))
        self.setMinimumSize(560, 660)
        form = self.form = Form(self)

        self._heading(tr("Who"))
        self.kind = form.add("kind", tr("&Kind:"), QComboBox(self))
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr_domain(label), kind.value)
        self.first_name = form.add("first_name", tr("&First name:"), QLineEdit(self))
        self.last_name = form.add("last_name", tr("Family &name:"), QLineEdit(self))
        self.organisation_name = form.add("organisation_name", tr("&Organisation:"), QLineEdit(self))
        self.salutation = form.add("salutation", tr("Sa&lutation:"), QLineEdit(self))
        self.salutation.setPlaceholderText(tr("How letters begin, e.g. Dear Dr Okafor"))

        self._heading(tr("Contact and address"))
        self.email = form.add("email", tr("&E-mail:"), QLineEdit(self))
        self.phone = form.add("phone", tr("P&hone:"), QLineEdit(self))
        self.address_line1 = form.add("address_line1", tr("&Address:"), QLineEdit(self))
        self.address_line2 = form.add("address_line2", tr("Address line &2:"), QLineEdit(self))
        self.city = form.add("city", tr("&Town or city:"), QLineEdit(self))
        self.region = form.add("region", tr("&Region:"), QLineEdit(self))
        self.postcode = form.add("postcode", tr("Post&code:"), QLineEdit(self))
        self.country = form.add("country", tr("Co&untry:"), QLineEdit(self))
        self.timezone = form.add("timezone", tr("Time &zone:"), QLineEdit(self))
        self.timezone.setPlaceholderText(tr("e.g. Europe/London — empty: the organisation's"))

        self._heading(tr("Stewardship"))
        self.household = form.add("household_id", tr("House&hold:"), QComboBox(self))
        self.household.addItem(tr("None"), None)
        self.manager = form.add("relationship_manager_id", tr("Relationship &manager:"), QComboBox(self))
        self.manager.addItem(tr("Nobody yet"), None)
        ctx.read(lambda s: (s.donors.households(), s.donors.relationship_managers()),
                 lambda found: self._fill_choices(*found))
        self.segment = form.add("segment_override", tr("&Segment:"), QComboBox(self))
        self.segment.addItem(tr("Worked out from the giving"), None)
        for segment, label in SEGMENT_LABELS.items():
            self.segment.addItem(tr_domain(label), segment.value)
        self.cadence = form.add("cadence_days", tr("Keep in touch every (&days):"), QLineEdit(self))
        self.cadence.setPlaceholderText(tr("Empty: by segment (major 30, others 180)"))

        self._heading(tr("Consent and status"))
        self.consent = form.add("marketing_consent", tr("Marketing &consent:"), QCheckBox(tr("Given"), self))
        self.consent_source = form.add("marketing_consent_source", tr("Consent so&urce:"), QLineEdit(self))
        self.consent_source.setPlaceholderText(tr("e.g. Website sign-up form"))
        self.consent_on = form.add("marketing_consent_on", tr("Consent &given on:"), QLineEdit(self))
        self.consent_on.setPlaceholderText(tr("YYYY-MM-DD"))
        self.gift_aid = form.add("gift_aid_declared_on", tr("Gift Aid declared &on:"), QLineEdit(self))
        # Receipts follow the declarations on the Gift Aid tab; this older single date is kept as it was.
        self.gift_aid.setReadOnly(True)
        self.gift_aid.setToolTip(tr("Gift Aid declarations are recorded on the donor's Gift Aid tab."))
        self.gift_aid.setPlaceholderText(tr("Recorded on the Gift Aid tab"))
        # Gift Aid is British: elsewhere the form says nothing of it.
        form.layout_.setRowVisible(self.gift_aid.parentWidget(), ctx.org.gift_aid_applies)
        self.deceased = form.add("deceased", tr("Dec&eased:"), QCheckBox(tr("Never contact again"), self))
        self.deceased_on = form.add("deceased_on", tr("Died &on:"), QLineEdit(self))
        self.deceased_on.setPlaceholderText(tr("YYYY-MM-DD, if known"))
        self.notes = form.add("notes", tr("No&tes:"), QPlainTextEdit(self))
        self.notes.setMaximumHeight(NOTE_HEIGHT)
        self.notes.setTabChangesFocus(True)

        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setAccessibleName(tr("Possible duplicates"))
        self.duplicates.setStyleSheet("background: #fff4e5; color: #663c00; border: 1px solid #f0c36d;"
                                      " border-radius: 4px; padding: 6px;")
        self.duplicates.hide()
        self.buttons = _buttons(self, tr("Add donor") if donor is None else tr("Save"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.first_name, self.last_name, self.organisation_name, self.email, self.postcode):
            edit.textEdited.connect(self._identity_changed)
        # A supporter already on file is pointed out once typing pauses, not only after Add donor.
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_PAUSE_MS)
        self._duplicate_timer.timeout.connect(self.look_for_duplicates)
        self._duplicate_asks = 0
        if donor is not None:
            self._fill(donor)
        self._kind_changed()
        self.first_name.setFocus()

    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.form.add_row(label)

    def _kind_changed(self) -> None:
        organisation = self.kind.currentData() == DonorKind.ORGANISATION
        self.organisation_name.setEnabled(organisation)
        self.first_name.setEnabled(not organisation)
        self.last_name.setEnabled(not organisation)

    def _fill_choices(self, households: list[Any], managers: list[Any]) -> None:
        """The households and staff to choose from; a choice already shown stays chosen."""
        for combo, items in ((self.household, households), (self.manager, managers)):
            chosen = combo.currentData()
            for item in items:
                if combo.findData(item.id) < 0:
                    combo.addItem(item.name, item.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _fill(self, donor: DonorRecord) -> None:
        d = draft_of(donor)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        for edit, value in ((self.first_name, d.first_name), (self.last_name, d.last_name),
                            (self.organisation_name, d.organisation_name), (self.salutation, d.salutation),
                            (self.email, d.email), (self.phone, d.phone), (self.address_line1, d.address_line1),
                            (self.address_line2, d.address_line2), (self.city, d.city), (self.region, d.region),
                            (self.postcode, d.postcode), (self.country, d.country), (self.timezone, d.timezone),
                            (self.consent_source, d.marketing_consent_source)):
            edit.setText(value)
        self.cadence.setText(str(d.cadence_days) if d.cadence_days else "")
        self.consent.setChecked(d.marketing_consent)
        self.consent_on.setText(_day(donor.marketing_consent_on))
        self.gift_aid.setText(_day(donor.gift_aid_declared_on))
        self.deceased.setChecked(d.deceased)
        self.deceased_on.setText(_day(donor.deceased_on))
        self.notes.setPlainText(d.notes)
        for combo, value, label in ((self.household, d.household_id, donor.household_name),
                                    (self.manager, d.relationship_manager_id, donor.relationship_manager)):
            index = combo.findData(value)
            if index < 0 and value is not None:
                combo.addItem(label or "?", value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
        self.segment.setCurrentIndex(max(0, self.segment.findData(d.segment_override)))

    def draft(self) -> DonorDraft:
        return DonorDraft(
            kind=self.kind.currentData(), first_name=self.first_name.text(), last_name=self.last_name.text(),
            organisation_name=self.organisation_name.text(), salutation=self.salutation.text(),
            email=self.email.text(), phone=self.phone.text(), address_line1=self.address_line1.text(),
            address_line2=self.address_line2.text(), city=self.city.text(), region=self.region.text(),
            postcode=self.postcode.text(), country=self.country.text(), timezone=self.timezone.text(),
            relationship_manager_id=self.manager.currentData(), household_id=self.household.currentData(),
            segment_override=self.segment.currentData(), cadence_days=self.cadence.text(),
            marketing_consent=self.consent.isChecked(), marketing_consent_source=self.consent_source.text(),
            marketing_consent_on=self.consent_on.text(), gift_aid_declared_on=self.gift_aid.text(),
            deceased=self.deceased.isChecked(), deceased_on=self.deceased_on.text(),
            notes=self.notes.toPlainText(),
        )

    def _identity_changed(self, _text: str) -> None:
        if self._confirmed:
            self._confirmed = False
            self.duplicates.hide()
            self.ok_button.setText(tr("Add donor") if self.donor is None else tr("Save"))
        if self.donor is None:
            self._duplicate_timer.start()

    def look_for_duplicates(self) -> None:
        """Ask (a read) whether the name, e-mail or postcode typed so far match a supporter on file."""
        self._duplicate_timer.stop()
        self._duplicate_asks += 1
        asked, draft = self._duplicate_asks, self.draft()
        self.ctx.read(lambda s: s.donors.possible_duplicates(draft),
                      lambda found: asked == self._duplicate_asks and self._show_duplicates(found),
                      lambda _error: None)

    def _show_duplicates(self, look_alikes: list[Any]) -> bool:
        """Show the supporters on file this one may be; False when there are none."""
        if not look_alikes:
            return False
        self._confirmed = True
        lines = [tr("This may be a supporter already on file:")]
        lines += [f"• {r.name}" + (f" — {r.city}" if r.city else "") + (f" — {r.email}" if r.email else "")
                  for r in look_alikes]
        lines.append(tr("Open the existing record instead, or save anyway if this is someone else."))
        self.duplicates.setText("\n".join(lines))
        self.duplicates.show()
        self.ok_button.setText(tr("Save anyway"))
        return True

    def submit(self) -> None:
        self.form.clear_errors()
        draft = self.draft()
        if self.donor is None:
            if not self._confirmed:
                self.ctx.read(lambda s: s.donors.possible_duplicates(draft),
                              lambda look_alikes: self._checked(draft, look_alikes), self.form.show_error)
                return
            self.ctx.write(lambda s: s.donors.add_donor(draft), self._saved, self.form.show_error)
        else:
            did, version = self.donor.id, self.donor.version
            self.ctx.write(lambda s: s.donors.update_donor(did, draft, version), self._saved, self.form.show_error)

    def _checked(self, draft: Any, look_alikes: list[Any]) -> None:
        """A new donor who looks like one on file is shown first; otherwise saved at once."""
        if self._show_duplicates(look_alikes):
            return
        self.ctx.write(lambda s: s.donors.add_donor(draft), self._saved, self.form.show_error)

    def _saved(self, result: tuple[DonorRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor: DonorRecord | None = None,
            parent: QWidget | None = None) -> DonorRecord | None:
        dialog = cls(ctx, donor, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class _ChannelPicker(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.boxes: dict[Channel, QCheckBox] = {}
        grid = QGridLayout(self)
        for i, channel in enumerate(TOUCHPOINT_CHANNELS):
            label = CHANNEL_LABELS[channel]
            box = QCheckBox(tr_domain(label), self)
            box.setAccessibleName(f"{title}: {tr_domain(label)}")
            self.boxes[channel] = box
            grid.addWidget(box, i // 4, i % 4)

    def chosen(self) -> tuple[str, ...]:
        return tuple(c.value for c, box in self.boxes.items() if box.isChecked())

    def set_chosen(self, names: tuple[str, ...]) -> None:
        for channel, box in self.boxes.items():
            box.setChecked(channel.value in names)


class PreferencesDialog(QDialog):
    """How and how often the donor wants to be contacted (what the contact guard reads)."""

    def __init__(self, ctx: UiContext, donor: DonorRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor = donor
        self.saved: DonorRecord | None = None
        self.setWindowTitle(tr("Contact preferences of {name}").format(name=donor.name))
        self.setMinimumWidth(520)
        form = self.form = Form(self)
        self.do_not_contact = form.add("do_not_contact", tr("&Do not contact:"),
                                       QCheckBox(tr("The donor asked for no contact at all"), self))
        self.opted_out = form.add("opted_out_channels", tr("&Never by:"), _ChannelPicker(tr("Opted out"), self))
        self.preferred = form.add("preferred_channels", tr("&Preferably by:"), _ChannelPicker(tr("Preferred"), self))
        self.timezone = form.add("timezone", tr("Time &zone:"), QLineEdit(self))
        self.timezone.setPlaceholderText(tr("Empty: the organisation's"))
        hint = tr("Empty: the organisation's policy")
        self.window_days = form.add("window_days", tr("&Window (days):"), QLineEdit(self))
        self.max_in_window = form.add("max_in_window", tr("At &most, per window:"), QLineEdit(self))
        self.min_gap_days = form.add("min_gap_days", tr("At &least (days apart):"), QLineEdit(self))
        for edit in (self.window_days, self.max_in_window, self.min_gap_days):
            edit.setPlaceholderText(hint)
        self.do_not_contact.setChecked(donor.do_not_contact)
        self.do_not_contact.setEnabled(not donor.deceased)
        self.opted_out.set_chosen(donor.opted_out_channels)
        self.preferred.set_chosen(donor.preferred_channels)
        self.timezone.setText(donor.timezone)
        for edit, value in ((self.window_days, donor.window_days), (self.max_in_window, donor.max_in_window),
                            (self.min_gap_days, donor.min_gap_days)):
            edit.setText("" if value is None else str(value))
        buttons = _buttons(self, tr("Save"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def draft(self) -> PreferencesDraft:
        return PreferencesDraft(
            do_not_contact=self.do_not_contact.isChecked(), opted_out_channels=self.opted_out.chosen(),
            preferred_channels=self.preferred.chosen(), timezone=self.timezone.text(),
            window_days=self.window_days.text(), max_in_window=self.max_in_window.text(),
            min_gap_days=self.min_gap_days.text())

    def submit(self) -> None:
        self.form.clear_errors()
        draft, did, version = self.draft(), self.donor.id, self.donor.version
        self.ctx.write(lambda s: s.donors.set_preferences(did, draft, version), self._saved, self.form.show_error)

    def _saved(self, result: tuple[DonorRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor: DonorRecord, parent: QWidget | None = None) -> DonorRecord | None:
        dialog = cls(ctx, donor, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class QuietPeriodDialog(QDialog):
    """A pause in contact the donor asked for: dates and the reason."""

    def __init__(self, ctx: UiContext, donor: DonorRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor = donor
        self.saved: DonorRecord | None = None
        self.setWindowTitle(tr("Pause contact with {name}").format(name=donor.name))
        form = self.form = Form(self)
        self.starts_on = form.add("starts_on", tr("&From:"), QLineEdit(date.today().isoformat(), self))
        self.ends_on = form.add("ends_on", tr("&Until (inclusive):"), QLineEdit(self))
        self.ends_on.setPlaceholderText(tr("YYYY-MM-DD"))
        self.reason = form.add("reason", tr("&Reason:"), QLineEdit(self))
        self.reason.setPlaceholderText(tr("e.g. Bereavement; not before March"))
        buttons = _buttons(self, tr("Add pause"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        self.ends_on.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        draft = QuietPeriodDraft(self.starts_on.text(), self.ends_on.text(), self.reason.text())
        did = self.donor.id
        self.ctx.write(lambda s: s.donors.add_quiet_period(did, draft), self._saved, self.form.show_error)

    def _saved(self, result: tuple[DonorRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor: DonorRecord, parent: QWidget | None = None) -> DonorRecord | None:
        dialog = cls(ctx, donor, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class HouseholdDialog(QDialog):
    """A household: its name, shared address and members (found by typing a name)."""

    def __init__(self, ctx: UiContext, household: HouseholdRecord | None = None,
                 first_member: DonorRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household = household
        self.saved: HouseholdRecord | None = None
        self.setWindowTitle(tr("New household") if household is None else tr("Change {name}").format(name=household.name))
        self.setMinimumSize(520, 560)
        form = self.form = Form(self)
        self.name = form.add("name", tr("&Name:"), QLineEdit(self))
        self.name.setPlaceholderText(tr("e.g. The Duarte household"))
        self.salutation = form.add("salutation", tr("Sa&lutation:"), QLineEdit(self))
        self.address_line1 = form.add("address_line1", tr("&Address:"), QLineEdit(self))
        self.address_line2 = form.add("address_line2", tr("Address line &2:"), QLineEdit(self))
        self.city = form.add("city", tr("&Town or city:"), QLineEdit(self))
        self.region = form.add("region", tr("&Region:"), QLineEdit(self))
        self.postcode = form.add("postcode", tr("Post&code:"), QLineEdit(self))
        self.country = form.add("country", tr("Co&untry:"), QLineEdit(self))
        self.members = form.add("member_ids", tr("&Members:"), QListWidget(self))
        self.members.setMaximumHeight(110)
        self.find = form.add("find_member", tr("Add a &member:"), QLineEdit(self))
        self.find.setPlaceholderText(tr("Type a donor's name and press Enter"))
        self.find.returnPressed.connect(self._add_member)
        self.members.itemActivated.connect(lambda item: self.members.takeItem(self.members.row(item)))
        if household is not None:
            for edit, value in ((self.name, household.name), (self.salutation, household.salutation),
                                (self.address_line1, household.address_line1),
                                (self.address_line2, household.address_line2), (self.city, household.city),
                                (self.region, household.region), (self.postcode, household.postcode),
                                (self.country, household.country)):
                edit.setText(value)
            for member in household.members:
                self._append(member.id, member.name)
        elif first_member is not None:
            self.name.setText(tr("The {name} household").format(name=first_member.last_name or first_member.name))
            for edit, value in ((self.address_line1, first_member.address_line1),
                                (self.address_line2, first_member.address_line2), (self.city, first_member.city),
                                (self.region, first_member.region), (self.postcode, first_member.postcode),
                                (self.country, first_member.country)):
                edit.setText(value)
            self._append(first_member.id, first_member.name)
        buttons = _buttons(self, tr("Save"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def _append(self, donor_id: int, name: str) -> None:
        item = QListWidgetItem(name, self.members)
        item.setData(Qt.ItemDataRole.UserRole, donor_id)

    def member_ids(self) -> tuple[int, ...]:
        return tuple(self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count()))

    def _add_member(self) -> None:
        text = self.find.text().strip()
        if not text:
            return
        def find(s: Services) -> tuple[list[int], list[Any]]:
            ids = s.donors.list_ids(ListQuery(text=text, sort="name"))[:2]
            return ids, (s.donors.list_rows(ids) if len(ids) == 1 else [])

        self.ctx.read(find, lambda found: self._found(*found))

    def _found(self, ids: list[int], rows: list[Any]) -> None:
        if len(ids) != 1:
            self.form.set_error("find_member", tr("No donor matches.") if not ids
                                else tr("Several donors match — type more of the name."))
            return
        self.form.set_error("find_member", "")
        if ids[0] not in self.member_ids():
            self._append(rows[0].id, rows[0].name)
        self.find.clear()

    def submit(self) -> None:
        self.form.clear_errors()
        draft = HouseholdDraft(self.name.text(), self.salutation.text(), self.address_line1.text(),
                               self.address_line2.text(), self.city.text(), self.region.text(),
                               self.postcode.text(), self.country.text(), self.member_ids())
        if self.household is None:
            self.ctx.write(lambda s: s.donors.add_household(draft), self._saved, self._failed)
        else:
            hid, version = self.household.id, self.household.version
            self.ctx.write(lambda s: s.donors.update_household(hid, draft, version), self._saved, self._failed)

    def _failed(self, error: CaseworkerError) -> None:
        self.form.show_error(error)

    def _saved(self, result: tuple[HouseholdRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, household: HouseholdRecord | None = None,
            first_member: DonorRecord | None = None, parent: QWidget | None = None) -> HouseholdRecord | None:
        dialog = cls(ctx, household, first_member, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
