"""A client's file: the flags first, then profile, contacts, consents, attachments and referrals.

The banner at the top is the first thing anyone sees on opening a client: safeguarding in red,
the interpreter and language, accessibility needs. Below it, one tab per part of the file.

Other capabilities add their own tabs (Cases, Care, Aid, Meetings) in the window's list of parts,
``caseworker/ui/parts.py``, without touching this module. Each tab's factory is called once per
ClientDetail with the UiContext and a parent widget. The tab widget may define
``set_client(client_id: int | None)`` (called whenever another client is shown) and
``on_changes(changes)`` (called with every change notice). A single view can also take a tab
directly with :meth:`ClientDetail.add_tab`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import CLIENT_CHANNELS, NO_PREFERENCE
from caseworker.domain.clients import (
    CONSENT_METHOD_LABELS,
    REFERRAL_OUTCOME_LABELS,
    ClientRecord,
    check_attachment_size,
    format_phone,
)
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.exports import last_twelve_months
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.client_dialog import ClientDialog
from caseworker.ui.dialogs.client_records import (
    ConsentDialog,
    ContactDialog,
    OutcomeDialog,
    ReasonDialog,
    ReferralDialog,
)
from caseworker.ui.export import export_document
from caseworker.ui.i18n import channel_title, error_text, tr, tr_domain
from caseworker.ui.parts import window_parts
from caseworker.ui.widgets.flow_layout import FlowLayout

SAFEGUARDING_STYLE = "background: #fdecea; color: #8a1c14; border: 1px solid #e8a29c;"
INTERPRETER_STYLE = "background: #e8f0fe; color: #174ea6; border: 1px solid #a8c4f0;"
ACCESSIBILITY_STYLE = "background: #f3e8fd; color: #5b2a86; border: 1px solid #cfb0ec;"
FLAG_STYLE = " border-radius: 4px; padding: 6px 10px; font-weight: 600;"

def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(len(rows))
    for r, (values, rid) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            table.setItem(r, c, item)
    table.horizontalHeader().setStretchLastSection(True)


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class FlagBanner(QWidget):
    """The client's flags as coloured strips, or nothing at all when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client-flags")
        self.setAccessibleName(tr("Flags"))
        self.safeguarding = self._strip("flag-safeguarding", SAFEGUARDING_STYLE)
        self.interpreter = self._strip("flag-interpreter", INTERPRETER_STYLE)
        self.accessibility = self._strip("flag-accessibility", ACCESSIBILITY_STYLE)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        for strip in (self.safeguarding, self.interpreter, self.accessibility):
            box.addWidget(strip)

    def _strip(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel#{name} {{ {style}{FLAG_STYLE} }}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def show_flags(self, client: ClientRecord) -> None:
        flags = client.flags
        self._set(self.safeguarding, "⚠  " + tr("Safeguarding: {text}").format(text=flags.safeguarding)
                  if flags.safeguarding else "")
        interpreter = ""
        if flags.interpreter_needed:
            interpreter = tr("Interpreter needed: {language}").format(
                language=flags.interpreter_language or tr("language not recorded"))
        self._set(self.interpreter, interpreter)
        self._set(self.accessibility, tr("Accessibility: {text}").format(text=flags.accessibility)
                  if flags.accessibility else "")
        self.setVisible(flags.any)
        self.setAccessibleName(" · ".join(s.text() for s in (self.safeguarding, self.interpreter,
                                                              self.accessibility) if s.text()) or tr("No flags"))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))


class ClientDetail(QWidget):
    """One client's file. ``client_changed`` says which client is shown (or None)."""

    client_changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client-detail")
        self.ctx = ctx
        self.client: ClientRecord | None = None
        self._showing: int | None = None
        actor = ctx.actor
        can_edit = actor.can(Action.EDIT_CLIENTS)

        self.banner = FlagBanner(self)
        self.title = QLabel(self)
        self.title.setObjectName("client-name")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        # Names in right-to-left scripts keep the page's alignment rather than jumping right.
        self.title.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.subtitle.setWordWrap(True)

        self.edit_button = self._button("pencil", tr("&Edit"), self.edit, can_edit)
        self.consent_button = self._button("list-checks", tr("Record &consent"), self.add_consent, can_edit)
        self.attach_button = self._button("upload", tr("A&ttach file"), self.attach_file,
                                          can_edit and actor.can(Action.READ_ATTACHMENTS))
        self.refer_button = self._button("send", tr("&Refer"), self.add_referral, can_edit)
        self.aid_pdf_button = self._button("file-down", tr("Export PDF"), self.export_aid,
                                           actor.can(Action.READ_AID))
        self.aid_pdf_button.setToolTip(tr("The client's aid statement for the last 12 months, as a PDF"))
        self.aid_pdf_button.setAccessibleName(tr("Export the aid statement as PDF"))
        self.anonymise_button = self._button("user-round-x", tr("Anonymise…"), self.anonymise,
                                             actor.can(Action.ANONYMISE_CLIENTS))
        from caseworker.ui.person_data import person_data_button

        self.person_button = person_data_button(
            self, ctx, "client", lambda: (self.client.id, self.client.name) if self.client is not None else None)
        actions = FlowLayout()
        for b in (self.edit_button, self.consent_button, self.attach_button, self.refer_button,
                  self.aid_pdf_button, self.anonymise_button, self.person_button):
            actions.addWidget(b)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Client file"))
        self.tabs.setDocumentMode(True)
        self._build_profile_tab()
        self._build_contacts_tab(can_edit)
        self._build_consents_tab()
        self._build_attachments_tab(can_edit)
        self._build_referrals_tab(can_edit)
        self._extra_tabs: list[QWidget] = []
        for tab in window_parts().client_tabs:
            if tab.shown_in(ctx):
                self.add_tab(tab.factory(ctx, self.tabs), tab.title())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    # -- the hook for other capabilities ------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add *widget* as a tab of the file; it is told of the client shown (``set_client``) and
        of changes (``on_changes``) when it defines those methods. Returns the tab's index."""
        self._extra_tabs.append(widget)
        index = self.tabs.addTab(widget, title)
        if self.client is not None and hasattr(widget, "set_client"):
            widget.set_client(self.client.id)
        return index

    # -- building -----------------------------------------------------------------------------
    def _button(self, icon: str, text: str, slot: Callable[[], None], visible: bool) -> QPushButton:
        button = QPushButton(icons.icon(icon), text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        button.setVisible(visible)
        return button

    def _build_profile_tab(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.profile: dict[str, QLabel] = {}
        for key, caption in (("name", tr("Full name")), ("preferred_name", tr("Preferred name")),
                             ("date_of_birth", tr("Date of birth")), ("language", tr("Language")),
                             ("gender", tr("Gender")), ("household_size", tr("Household size")),
                             ("key_worker", tr("Key worker")), ("needs", tr("Needs")), ("tags", tr("Tags")),
                             ("notes", tr("Notes")), ("created", tr("On file since"))):
            label = QLabel(page)
            label.setObjectName(f"profile-{key}")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption)
            form.addRow(caption + ":", label)
            self.profile[key] = label
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Client details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, tr("Profile"))

    def _build_contacts_tab(self, can_edit: bool) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.contact_labels: dict[str, QLabel] = {}
        for key, caption in (("phone", tr("Phone")), ("email", tr("E-mail")), ("address", tr("Address")),
                             ("channel", tr("Prefers")), ("times", tr("Best times"))):
            label = QLabel(page)
            label.setObjectName(f"contact-{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption)
            form.addRow(caption + ":", label)
            self.contact_labels[key] = label
        box.addLayout(form)
        heading = QLabel(tr("Other contacts"), page)
        heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        box.addWidget(heading)
        self.contacts_table = _table(page, tr("Other contacts"), [tr("Kind"), tr("Number or address"), tr("Whose")])
        box.addWidget(self.contacts_table, 1)
        row = QHBoxLayout()
        self.add_contact_button = self._button("plus", tr("Add contact"), self.add_contact, can_edit)
        self.remove_contact_button = self._button("x", tr("Remove contact…"), self.remove_contact, can_edit)
        row.addWidget(self.add_contact_button)
        row.addWidget(self.remove_contact_button)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(page, tr("Contacts"))

    def _build_consents_tab(self) -> None:
        self.consents_table = _table(self, tr("Consents"), [tr("Consent to"), tr("Decision"), tr("On"), tr("How"),
                                                             tr("Recorded by"), tr("Note")])
        self.tabs.addTab(self.consents_table, tr("Consents"))

    def _build_attachments_tab(self, can_edit: bool) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.attachments_table = _table(page, tr("Attachments"), [tr("Name"), tr("Type"), tr("Size"), tr("Added"),
                                                                  tr("By"), tr("State")])
        self.attachments_table.doubleClicked.connect(lambda _i: self.save_attachment())
        box.addWidget(self.attachments_table, 1)
        row = QHBoxLayout()
        self.save_attachment_button = self._button("download", tr("Save a copy…"), self.save_attachment,
                                                   self.ctx.actor.can(Action.READ_ATTACHMENTS))
        self.void_attachment_button = self._button("trash-2", tr("Remove…"), self.void_attachment, can_edit)
        row.addWidget(self.save_attachment_button)
        row.addWidget(self.void_attachment_button)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(page, tr("Attachments"))

    def _build_referrals_tab(self, can_edit: bool) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.referrals_table = _table(page, tr("Referrals"), [tr("Agency"), tr("Referred"), tr("By"), tr("Outcome"),
                                                              tr("On"), tr("Why")])
        box.addWidget(self.referrals_table, 1)
        row = QHBoxLayout()
        self.outcome_button = self._button("circle-check", tr("Record outcome…"), self.record_outcome, can_edit)
        row.addWidget(self.outcome_button)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(page, tr("Referrals"))

    # -- showing ------------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        """Load and show *client_id* (or nothing)."""
        if client_id is None:
            self._showing = None
            self._show(None)
            return
        self._showing = client_id
        self.ctx.read(lambda s: s.clients.get(client_id), lambda client: self._arrived(client_id, client),
                      lambda exc: self._refused(client_id, exc))

    def _arrived(self, client_id: int, client: ClientRecord) -> None:
        if client_id == self._showing:
            self._show(client)

    def _refused(self, client_id: int, exc: CaseworkerError) -> None:
        if client_id == self._showing:
            self._show(None)
            self.ctx.runner.error_shown.emit(error_text(exc))

    def _show(self, client: ClientRecord | None) -> None:
        previous = self.client.id if self.client else None
        self.client = client
        self.setEnabled(client is not None)
        if client is None:
            self.banner.hide()
            self.title.setText("")
            self.subtitle.setText("")
        else:
            self._fill(client)
        current = client.id if client else None
        if current != previous:
            for tab in self._extra_tabs:
                if hasattr(tab, "set_client"):
                    tab.set_client(current)
            self.client_changed.emit(current)

    def _fill(self, c: ClientRecord) -> None:
        today = datetime.now(self.ctx.zone).date()
        self.banner.show_flags(c)
        self.title.setText(c.name)
        self.title.setAccessibleName(c.name)
        facts = []
        if c.date_of_birth:
            facts.append(tr("born {day} (age {age})").format(day=c.date_of_birth.isoformat(), age=c.age_on(today)))
        if c.key_worker:
            facts.append(tr("key worker {name}").format(name=c.key_worker))
        if c.anonymised:
            facts.append(tr("anonymised"))
        facts.append(tr("client #{id}").format(id=c.id))
        self.subtitle.setText(" · ".join(facts))
        for button in (self.edit_button, self.consent_button, self.attach_button, self.refer_button,
                       self.anonymise_button):
            button.setEnabled(not c.anonymised)
        p = self.profile
        p["name"].setText(f"{c.first_name} {c.last_name}")
        p["preferred_name"].setText(c.preferred_name or "—")
        p["date_of_birth"].setText(_day(c.date_of_birth) or "—")
        p["language"].setText(c.language or "—")
        p["gender"].setText(c.gender or "—")
        p["household_size"].setText(str(c.household_size) if c.household_size else "—")
        p["key_worker"].setText(c.key_worker or tr("Nobody yet"))
        p["needs"].setText(c.needs or "—")
        p["tags"].setText(", ".join(c.tags) or "—")
        p["notes"].setText(c.notes or "—")
        p["created"].setText(c.created_at.astimezone(self.ctx.zone).date().isoformat())
        k = self.contact_labels
        k["phone"].setText(format_phone(c.phone, self.ctx.org.phone_region) or "—")
        k["email"].setText(c.email or "—")
        k["address"].setText("\n".join(x for x in (c.address, c.postcode) if x) or "—")
        k["channel"].setText(channel_title(c.contact_channel) if c.contact_channel in CLIENT_CHANNELS
                             else tr_domain(NO_PREFERENCE))
        k["times"].setText(c.contact_times or "—")
        _fill(self.contacts_table,
              [[tr("Phone") if x.kind == "phone" else tr("E-mail"),
                format_phone(x.value, self.ctx.org.phone_region) if x.kind == "phone" else x.value, x.label] for x in c.contacts],
              [x.id for x in c.contacts])
        _fill(self.consents_table,
              [[x.topic, tr("Agreed") if x.given else tr("Withdrew"), _day(x.given_on),
                tr_domain(CONSENT_METHOD_LABELS.get(x.method, x.method)), x.recorded_by, x.note]
               for x in c.consents], [x.id for x in c.consents])
        _fill(self.attachments_table,
              [[x.title, x.mime_type, _size(x.size), x.uploaded_at.astimezone(self.ctx.zone).date().isoformat(),
                x.uploaded_by, tr("Removed: {reason}").format(reason=x.void_reason) if x.voided else ""]
               for x in c.attachments], [x.id for x in c.attachments])
        _fill(self.referrals_table,
              [[x.agency, _day(x.referred_on), x.made_by,
                tr_domain(REFERRAL_OUTCOME_LABELS.get(x.outcome, x.outcome)), _day(x.outcome_on), x.reason]
               for x in c.referrals], [x.id for x in c.referrals])
        self.tabs.setTabText(2, tr("Consents ({n})").format(n=len(c.consents)) if c.consents else tr("Consents"))
        self.tabs.setTabText(3, tr("Attachments ({n})").format(n=len(c.attachments)) if c.attachments
                             else tr("Attachments"))
        self.tabs.setTabText(4, tr("Referrals ({n})").format(n=len(c.referrals)) if c.referrals else tr("Referrals"))

    def on_changes(self, changes: Changes) -> None:
        if self.client is not None and changes.mentions(ChangeKind.CLIENT, self.client.id):
            self.show_client(self.client.id)
        for tab in self._extra_tabs:
            if hasattr(tab, "on_changes"):
                tab.on_changes(changes)

    # -- actions ------------------------------------------------------------------------------
    def export_aid(self) -> None:
        if self.client is not None:
            start, end = last_twelve_months(self._today())
            export_document(self, self.ctx, "aid-statement", self.client.id, start=start, end=end)

    def _today(self) -> date:
        return datetime.now(self.ctx.zone).date()

    def _selected(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _updated(self, record: ClientRecord | None) -> None:
        if record is not None:
            self._show(record)

    def edit(self) -> None:
        if self.client is not None:
            self._updated(ClientDialog.ask(self.ctx, self.client, self))

    def add_contact(self) -> None:
        if self.client is not None:
            self._updated(ContactDialog.ask(self.ctx, self.client.id, parent=self))

    def remove_contact(self) -> None:
        contact_id = self._selected(self.contacts_table)
        if contact_id is None:
            return
        self._updated(ReasonDialog.ask(self.ctx, tr("Remove contact"), tr("Remove"),
                                       lambda s, reason: s.clients.remove_contact(contact_id, reason), self))

    def add_consent(self) -> None:
        if self.client is not None:
            self._updated(ConsentDialog.ask(self.ctx, self.client.id, today=self._today(), parent=self))

    def add_referral(self) -> None:
        if self.client is not None:
            self._updated(ReferralDialog.ask(self.ctx, self.client.id, today=self._today(), parent=self))

    def record_outcome(self) -> None:
        referral_id = self._selected(self.referrals_table)
        if self.client is None or referral_id is None:
            return
        referral = next(r for r in self.client.referrals if r.id == referral_id)
        self._updated(OutcomeDialog.ask(self.ctx, referral, today=self._today(), parent=self))

    def attach_file(self) -> None:
        if self.client is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Attach a file"))
        if path:
            self.attach_path(Path(path))

    def attach_path(self, path: Path) -> None:
        """Read *path* (refusing anything over the limit before reading it) and attach it."""
        if self.client is None:
            return
        try:
            check_attachment_size(path.stat().st_size)
            data = path.read_bytes()
        except CaseworkerError as exc:
            self.ctx.runner.error_shown.emit(error_text(exc))
            return
        except OSError as exc:
            self.ctx.runner.error_shown.emit(tr("The file could not be read: {error}").format(error=exc.strerror))
            return
        cid = self.client.id
        self.ctx.write(lambda s: s.clients.add_attachment(cid, path.name, data), lambda r: self._updated(r[0]))

    def save_attachment(self) -> None:
        attachment_id = self._selected(self.attachments_table)
        if attachment_id is None:
            return
        self.ctx.read(lambda s: s.clients.attachment_content(attachment_id), self._save_copy,
                      lambda exc: self.ctx.runner.error_shown.emit(error_text(exc)))

    def _save_copy(self, file: Any) -> None:
        # The stored title only suggests a name; the user picks the folder and the final name.
        target, _filter = QFileDialog.getSaveFileName(self, tr("Save a copy"), file.title)
        if target:
            try:
                Path(target).write_bytes(file.data)
            except OSError as exc:
                self.ctx.runner.error_shown.emit(tr("The copy could not be saved: {error}").format(
                    error=exc.strerror))

    def void_attachment(self) -> None:
        attachment_id = self._selected(self.attachments_table)
        if attachment_id is None:
            return
        self._updated(ReasonDialog.ask(self.ctx, tr("Remove attachment"), tr("Remove"),
                                       lambda s, reason: s.clients.void_attachment(attachment_id, reason), self))

    def anonymise(self) -> None:
        if self.client is None:
            return
        answer = QMessageBox.warning(
            self, tr("Anonymise client"),
            tr("Anonymising removes {name}'s name, birth date, contacts, notes and attachments for good. "
               "Cases and aid stay, without the name. Continue?").format(name=self.client.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        cid = self.client.id
        ReasonDialog.ask(self.ctx, tr("Anonymise client"), tr("Anonymise"),
                         lambda s, reason: s.clients.anonymise(cid, reason), self)

