"""Settings and administration: the organisation, users and roles, the audit log, this computer.

Everyone sees the section, because this computer's own settings (which database, when to lock)
belong to whoever uses it; each other page appears only to the roles the permission map lets do
what it does: managers edit the organisation's settings and read the audit log, admins manage
users.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.donors import MAX_LIMIT, SegmentRule
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.inputs import FieldErrors, parse_money
from caseworker.domain.listing import ListQuery
from caseworker.domain.org import (
    COUNTRIES,
    CURRENCIES,
    OrgSettings,
    ReceiptStyle,
    country,
    logo_problems,
    validate_org_settings,
)
from caseworker.domain.permissions import ROLE_LABELS, Action, Role
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.accounts import UserRow
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services
from caseworker.settings import load_settings, save_settings
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.db_roles_ui import show_db_roles
from caseworker.ui.dialogs.password_dialog import PasswordDialog
from caseworker.ui.dialogs.user_dialog import UserDialog
from caseworker.ui.i18n import amount_text, error_text, tr, tr_domain
from caseworker.ui.models.audit_table import AuditTableModel, changes_text
from caseworker.ui.models.lazy_table import Column, RowSource
from caseworker.ui.sections.base import Section
from caseworker.ui.translations import apply_language, available_languages
from caseworker.ui.widgets.form import Form
from caseworker.ui.widgets.record_list import RecordList
from caseworker.ui.widgets.sort_header import SortHeader

RECEIPT_STYLE_LABELS = {
    ReceiptStyle.US: "United States (IRS acknowledgment)",
    ReceiptStyle.CA: "Canada (CRA official receipt)",
    ReceiptStyle.UK: "United Kingdom (Gift Aid)",
}
LOGO_PREVIEW = QSize(220, 90)
MIN_DATE = QDate(2000, 1, 1)


def confirm(parent: QWidget, title: str, text: str, verb: str) -> bool:
    """Ask once before a consequential action; the button names what it will do."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def page_heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("page-heading")
    label.setStyleSheet("font-size: 17px; font-weight: 600;")
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


# -- the organisation ---------------------------------------------------------------------------
class OrganisationPage(QWidget):
    """The letterhead, time zone, money and fiscal year, shared by every laptop."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logo: bytes | None = None
        self.form = Form(self)
        self.name = self.form.add("name", tr("Organisation &name:"), QLineEdit(self))
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.form.add("address", tr("&Address:"), self.address)
        self.country = QComboBox(self)
        for choice in sorted(COUNTRIES, key=lambda c: tr_domain(c.name)):
            self.country.addItem(tr_domain(choice.name), choice.code)
        self.country.addItem(tr("Another country"), "")
        self.country.setToolTip(tr("Sets the registration label, paper size and date style of the paperwork"))
        self.form.add("country", tr("Co&untry:"), self.country)
        self.registration = self.form.add("registration_number", tr("&Registration number:"), QLineEdit(self))
        self.registration.setPlaceholderText(tr("charity or tax number printed on receipts"))
        self.form.add("logo", tr("Logo:"), self._logo_row())

        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.form.add("timezone", tr("&Time zone:"), self.timezone)
        self.timezone.lineEdit().setAccessibleName(tr("Time zone"))  # the text part is focused, not the box
        self.currency = QComboBox(self)
        self.currency.addItems(CURRENCIES)
        self.form.add("currency", tr("&Currency:"), self.currency)
        self.fiscal = QComboBox(self)
        for month in range(1, 13):
            self.fiscal.addItem(self.locale().standaloneMonthName(month), month)
        self.form.add("fiscal_year_start_month", tr("&Fiscal year starts in:"), self.fiscal)
        self.receipt_style = QComboBox(self)
        for style, label in RECEIPT_STYLE_LABELS.items():
            self.receipt_style.addItem(tr(label), style)
        self.form.add("receipt_style", tr("Receipt &style:"), self.receipt_style)
        self.place = self.form.add("receipt_place_of_issue", tr("Receipts issued &at:"), QLineEdit(self))
        self.place.setPlaceholderText(tr("town or city"))
        self.signatory = self.form.add("receipt_signatory", tr("Receipts si&gned by:"), QLineEdit(self))
        self.signatory.setPlaceholderText(tr("name and title"))
        self._signature: bytes | None = None
        self.form.add("receipt_signature_png", tr("Signature on receipts:"), self._signature_row())

        segments_heading = QLabel(tr("Donor segments"), self)
        segments_heading.setStyleSheet("font-weight: 600; margin-top: 10px;")
        self.form.add_row(segments_heading)
        self.major_gift = self.form.add("major_gift", tr("&Major donor from one gift of:"), QLineEdit(self))
        self.major_lifetime = self.form.add("major_lifetime", tr("…or from giving in &all:"), QLineEdit(self))
        self.new_within = self.form.add("new_within_days", tr("&New while the first gift is within:"),
                                        QSpinBox(self))
        self.lapsed_after = self.form.add("lapsed_after_days", tr("&Lapsed after no gift for:"), QSpinBox(self))
        for spin in (self.new_within, self.lapsed_after):
            spin.setRange(1, MAX_LIMIT)
            spin.setSuffix(tr(" days"))
        for edit in (self.major_gift, self.major_lifetime):
            edit.setToolTip(tr("An amount in the organisation's currency"))
            edit.setMaximumWidth(160)

        self.save_button = QPushButton(icons.icon("save"), tr("Save settings"), self)
        self.save_button.setAccessibleName(tr("Save settings"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(tr("Undo changes"), self)
        self.revert_button.setAccessibleName(tr("Undo changes"))
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        button_row = QWidget(self)
        buttons = QHBoxLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(tr("Organisation"), self))
        layout.addWidget(hint(tr("Printed on letters and receipts, and shared by everyone who uses this "
                                 "database."), self))
        layout.addWidget(self.form)
        layout.addWidget(button_row)
        layout.addStretch(1)
        # A calm form: fields no wider than their content needs, however wide the window.
        for part in (self.form, button_row):
            part.setMaximumWidth(760)

        self.fill(ctx.org)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check)
        for edit in (self.name, self.registration, self.place, self.signatory, self.major_gift,
                     self.major_lifetime):
            edit.textEdited.connect(self._edited)
        for spin in (self.new_within, self.lapsed_after):
            spin.valueChanged.connect(self._edited)
        self.address.textChanged.connect(self._edited)
        self.timezone.currentTextChanged.connect(self._edited)
        for combo in (self.currency, self.fiscal, self.receipt_style, self.country):
            combo.currentIndexChanged.connect(self._edited)
        # Choosing a country (not filling the form) suggests its currency and receipt style.
        self.country.activated.connect(self._country_chosen)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.fill(self.ctx.org))

    def _country_chosen(self, _index: int) -> None:
        rules = country(self.country.currentData())
        if rules is not None:
            self.currency.setCurrentText(rules.currency)
            self.receipt_style.setCurrentIndex(max(0, self.receipt_style.findData(rules.receipt_style)))

    def _signature_row(self) -> QWidget:
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        self.signature_state = QLabel(tr("None"), host)
        self.choose_signature = QPushButton(tr("Choose…"), host)
        self.choose_signature.setAccessibleName(tr("Choose a signature picture"))
        self.remove_signature = QPushButton(tr("Remove"), host)
        self.remove_signature.setAccessibleName(tr("Remove the signature picture"))
        row.addWidget(self.signature_state)
        row.addWidget(self.choose_signature)
        row.addWidget(self.remove_signature)
        row.addStretch(1)
        self.choose_signature.clicked.connect(self._choose_signature_file)
        self.remove_signature.clicked.connect(lambda: (self.set_signature(None), self._edited()))
        return host

    def set_signature(self, data: bytes | None) -> None:
        self._signature = data
        self.remove_signature.setEnabled(data is not None)
        self.signature_state.setText(tr("A picture is kept (encrypted with the database)") if data else tr("None"))

    def load_signature_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.form.set_error("receipt_signature_png",
                                tr("The file could not be read: {reason}").format(reason=exc.strerror))
            return False
        problems = logo_problems(data)
        if problems:
            self.form.set_error("receipt_signature_png", error_text(problems[0]))
            return False
        self.form.set_error("receipt_signature_png", "")
        self.set_signature(data)
        self._edited()
        return True

    def _choose_signature_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the signature printed on receipts"), "",
                                              tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.load_signature_file(Path(path))

    def _logo_row(self) -> QWidget:
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(host)
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(tr("Logo preview"))
        self.choose_logo = QPushButton(icons.icon("image-up"), tr("Choose…"), host)
        self.choose_logo.setAccessibleName(tr("Choose a logo"))
        self.remove_logo = QPushButton(tr("Remove"), host)
        self.remove_logo.setAccessibleName(tr("Remove the logo"))
        column = QVBoxLayout()
        column.addWidget(self.choose_logo)
        column.addWidget(self.remove_logo)
        column.addWidget(hint(tr("PNG or JPEG, up to 2 MB"), host))
        column.addStretch(1)
        row.addWidget(self.logo_preview)
        row.addLayout(column)
        row.addStretch(1)
        self.choose_logo.clicked.connect(self._choose_logo_file)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        return host

    def fill(self, org: OrgSettings) -> None:
        self.name.setText(org.name)
        self.address.setPlainText("\n".join(org.address))
        self.registration.setText(org.registration_number)
        self.timezone.setCurrentText(org.timezone)
        self.currency.setCurrentText(org.currency)
        self.fiscal.setCurrentIndex(org.fiscal_year_start_month - 1)
        self.receipt_style.setCurrentIndex(max(0, self.receipt_style.findData(org.receipt_style)))
        self.place.setText(org.receipt_place_of_issue)
        self.signatory.setText(org.receipt_signatory)
        self.country.setCurrentIndex(max(0, self.country.findData(org.country)))
        self.set_signature(org.receipt_signature_png)
        self.major_gift.setText(str(org.segments.major_gift))
        self.major_lifetime.setText(str(org.segments.major_lifetime))
        self.new_within.setValue(org.segments.new_within_days)
        self.lapsed_after.setValue(org.segments.lapsed_after_days)
        self.set_logo(org.logo_png)
        self.form.clear_errors()
        self.status.clear()

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data
        self.remove_logo.setEnabled(data is not None)
        if data is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_preview.setPixmap(pixmap.scaled(LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def load_logo_file(self, path: Path) -> bool:
        """Take *path* as the new logo if it is a small PNG or JPEG; say why not beside the field."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.form.set_error("logo", tr("The file could not be read: {reason}").format(reason=exc.strerror))
            return False
        problems = logo_problems(data)
        if problems or not QPixmap().loadFromData(data):
            self.form.set_error("logo", error_text(problems[0]) if problems else
                                tr("The picture could not be read."))
            return False
        self.form.set_error("logo", "")
        self.set_logo(data)
        self._edited()
        return True

    def _choose_logo_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the organisation's logo"), "",
                                              tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(Path(path))

    def settings(self) -> OrgSettings:
        """The settings as typed; amounts that are not amounts raise, each beside its field."""
        lines = tuple(line for line in self.address.toPlainText().splitlines())
        errors = FieldErrors()
        major_gift = errors.check(parse_money, amount_text(self.major_gift.text()), "major_gift")
        major_lifetime = errors.check(parse_money, amount_text(self.major_lifetime.text()), "major_lifetime")
        errors.raise_if_any()
        assert major_gift is not None and major_lifetime is not None
        segments = SegmentRule(major_gift, major_lifetime, self.new_within.value(), self.lapsed_after.value())
        return self.ctx.org.with_changes(
            segments=segments,
            name=self.name.text(), address=lines, registration_number=self.registration.text().strip(),
            logo_png=self._logo, timezone=self.timezone.currentText().strip(),
            currency=self.currency.currentText(), fiscal_year_start_month=self.fiscal.currentData(),
            receipt_style=self.receipt_style.currentData(),
            receipt_place_of_issue=self.place.text().strip(), receipt_signatory=self.signatory.text().strip(),
            country=self.country.currentData(), receipt_signature_png=self._signature)

    def _edited(self, *_args: Any) -> None:
        self.status.setText(tr("Not saved yet"))
        self._check_timer.start()

    def check(self) -> bool:
        """Validate as the user types, with each message beside its field."""
        self._check_timer.stop()
        try:
            validate_org_settings(self.settings())
        except (ValidationError, ValidationErrors) as exc:
            self.form.show_error(exc)
            return False
        self.form.clear_errors()
        return True

    def save(self) -> None:
        if not self.check():
            return
        new = self.settings()
        self.ctx.write(lambda s: s.settings.update(new), self._saved, self.form.show_error)

    def _saved(self, result: tuple[OrgSettings, Changes]) -> None:
        self.ctx.org = result[0]
        self.fill(result[0])
        self.status.setText(tr("Saved."))


# -- users and roles ------------------------------------------------------------------------------
USER_SOURCE = RowSource(ids=lambda s, query: s.accounts.list_user_ids(query),
                        rows=lambda s, ids: s.accounts.list_user_rows(list(ids)))


def roles_text(roles: frozenset[Role]) -> str:
    return ", ".join(tr_domain(ROLE_LABELS[r]) for r in Role if r in roles)


class _ProgressRelay(QObject):
    moved = Signal(int, int)
    ended = Signal()


class RekeyProgress(QProgressDialog):
    """Progress of re-encrypting the file; it cannot be stopped once begun (one transaction)."""

    def __init__(self, label: str, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(label, "", 0, 100, parent)
        self.setWindowTitle(title or tr("Rotate keys"))
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setAccessibleName(tr("Re-encryption progress"))
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._moved)
        self._relay.ended.connect(self._ended)

    def report(self, done: int, total: int) -> None:
        """The re-keying's progress callback; runs on the worker thread."""
        self._relay.moved.emit(done, total)

    def _moved(self, done: int, total: int) -> None:
        self.setValue(100 * done // max(total, 1))

    def end(self) -> None:
        self._relay.ended.emit()

    def _ended(self) -> None:
        self.close()
        self.deleteLater()


class UsersPage(QWidget):
    """Admins list, add and change accounts, reset passwords and deactivate leavers."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._zone = ctx.zone
        columns = [
            Column("display_name", tr("Name"), width=145),
            Column("username", tr("User name"), width=75),
            Column("roles", tr("Roles"), sortable=False, format=roles_text, width=150),
            Column("team", tr("Team"), width=85),
            Column("active", tr("Status"), format=lambda a: tr("Active") if a else tr("Deactivated"), width=75),
            Column("last_sign_in_at", tr("Last sign-in"), format=self._when),
        ]
        self.list = RecordList(columns, USER_SOURCE, ctx.read, name=tr("Users"),
                               placeholder=tr("Filter by name, user name or email"),
                               empty_text=tr("No users match. Clear the filter, or press Ctrl+N to add one."),
                               parent=self)
        self.list.model.row_style = lambda row: None if row.active else {"color": colour("muted")}
        # Sorted by name from the start, without loading anything before the page is first shown.
        header = self.list.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.list.model.query = ListQuery().sorted_by("display_name")
        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(tr("Show users"))
        for label, value in ((tr("Everyone"), None), (tr("Active"), True), (tr("Deactivated"), False)):
            self.show_filter.addItem(label, value)
        self.role_filter = QComboBox(self)
        self.role_filter.setAccessibleName(tr("Role"))
        self.role_filter.addItem(tr("Any role"), None)
        for role in Role:
            self.role_filter.addItem(tr_domain(ROLE_LABELS[role]), role.value)
        self.list.filter_bar.addWidget(self.show_filter)
        self.list.filter_bar.addWidget(self.role_filter)
        self.add_button = QPushButton(icons.icon("user-round-plus"), tr("Add user…"), self)
        self.add_button.setAccessibleName(tr("Add user"))
        self.add_button.setToolTip(tr("Add a user (Ctrl+N)"))
        self.list.filter_bar.addWidget(self.add_button)
        self.rotate_button = QPushButton(icons.icon("key-round"), tr("Rotate keys…"), self)
        self.rotate_button.setAccessibleName(tr("Rotate the database key"))
        self.rotate_button.setToolTip(tr("Re-encrypt the database file with a new key that only active "
                                         "accounts can open"))
        self.rotate_button.setVisible(ctx.database_encrypted)
        self.list.filter_bar.addWidget(self.rotate_button)
        self.split_button = QPushButton(icons.icon("key-round"), tr("Separate clients and donors…"), self)
        self.split_button.setAccessibleName(tr("Give clients and donors a file and a key of their own"))
        self.split_button.setToolTip(tr("Keep clients and donors each in a file with a key of its own, so a "
                                        "fundraiser's password opens nothing about clients, nor a "
                                        "caseworker's anything about donors"))
        self.split_button.setVisible(ctx.database_encrypted and not ctx.database_split)
        self.list.filter_bar.addWidget(self.split_button)
        self.roles_button = QPushButton(icons.icon("key-round"), tr("Database roles…"), self)
        self.roles_button.setAccessibleName(tr("Database roles on the server"))
        self.roles_button.setToolTip(tr("Give each person a database role of their own, so the server itself "
                                        "refuses what their roles may not read"))
        self.roles_button.setVisible(ctx.database_on_server)
        self.list.filter_bar.addWidget(self.roles_button)

        self.detail = self._detail_pane()
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([840, 260])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(tr("Users and roles"), self))
        layout.addWidget(hint(tr("Each person signs in with their own account; their roles decide what "
                                 "they may see and do. A leaver is deactivated, never deleted, so their "
                                 "name stays on what they did."), self))
        layout.addWidget(splitter, 1)

        self.show_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("active", self.show_filter.currentData()))
        self.role_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("role", self.role_filter.currentData()))
        self.add_button.clicked.connect(self.add_user)
        self.rotate_button.clicked.connect(self.rotate_keys)
        self.split_button.clicked.connect(self.split_by_domain)
        self.roles_button.clicked.connect(lambda: show_db_roles(self.ctx, self))
        self.list.current_changed.connect(self._show_user)
        self.list.activated.connect(lambda _id: self.edit_user())
        self._loaded = False

    def _detail_pane(self) -> QWidget:
        pane = QWidget(self)
        pane.setMinimumWidth(200)
        pane.setMaximumWidth(250)
        self.detail_title = QLabel(pane)
        self.detail_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.detail_title.setWordWrap(True)
        self.detail_body = QLabel(pane)
        self.detail_body.setWordWrap(True)
        self.detail_body.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(icons.icon("pencil"), tr("Change…"), pane)
        self.edit_button.setAccessibleName(tr("Change user"))
        self.password_button = QPushButton(icons.icon("key-round"), tr("Reset password…"), pane)
        self.password_button.setAccessibleName(tr("Reset password"))
        self.active_button = QPushButton(pane)
        self.active_button.setAccessibleName(tr("Deactivate or reactivate"))
        self.detail_empty = hint(tr("Choose a user on the left to see and change their account."), pane)
        column = QVBoxLayout(pane)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.detail_title)
        column.addWidget(self.detail_body)
        for button in (self.edit_button, self.password_button, self.active_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.detail_empty)
        column.addStretch(1)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self._show_user(None)
        return pane

    def _when(self, at: datetime | None) -> str:
        return tr("never") if at is None else at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.list.reload()

    def current_row(self) -> UserRow | None:
        index = self.list.table.currentIndex()
        return self.list.model.record_at(index.row()) if index.isValid() else None

    def _show_user(self, _user_id: int | None) -> None:
        row = self.current_row()
        for widget in (self.detail_title, self.detail_body, self.edit_button, self.password_button,
                       self.active_button):
            widget.setVisible(row is not None)
        self.detail_empty.setVisible(row is None)
        if row is None:
            return
        self.detail_title.setText(row.display_name)
        lines = [
            tr("User name: {name}").format(name=row.username),
            tr("Roles: {roles}").format(roles=roles_text(row.roles)),
            tr("Team: {team}").format(team=row.team or tr("none")),
            tr("Email: {email}").format(email=row.email or "—"),
            tr("Last signed in: {when}").format(when=self._when(row.last_sign_in_at)),
        ]
        if not row.active:
            lines.append(tr("Deactivated: cannot sign in."))
        self.detail_body.setText("\n".join(lines))
        self.active_button.setText(tr("Deactivate…") if row.active else tr("Reactivate"))
        self.active_button.setIcon(icons.icon("user-round-x" if row.active else "user-round-check"))
        self.active_button.setEnabled(row.id != self.ctx.actor.user_id or not row.active)

    def add_user(self) -> None:
        self.ctx.read(lambda s: s.accounts.list_teams(), self._add_user_with)

    def _add_user_with(self, teams: list[Any]) -> None:
        result = UserDialog.ask(self.ctx, lambda s, draft, password: s.accounts.add_user(draft, password), teams,
                                parent=self)
        if result is not None:
            self.list.reload()
            self.list.select_id(result[0].id)

    def edit_user(self) -> None:
        row = self.current_row()
        if row is None:
            return
        user_id = row.id
        self.ctx.read(lambda s: (s.accounts.get(user_id), s.accounts.list_teams()),
                      lambda found: self._edit_user_with(*found))

    def _edit_user_with(self, user: Any, teams: list[Any]) -> None:
        UserDialog.ask(self.ctx, lambda s, draft: s.accounts.update_user(user.id, draft, user.version),
                       teams, user, parent=self)

    def reset_password(self) -> None:
        row = self.current_row()
        if row is None:
            return
        PasswordDialog.ask(self.ctx, lambda s, password: s.accounts.reset_password(row.id, password),
                           own=False, whose=row.display_name, parent=self)

    def toggle_active(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not row.active:
            PasswordDialog.ask(self.ctx,
                               lambda s, password: s.accounts.set_active(row.id, True, new_password=password),
                               own=False, whose=row.display_name, reactivating=True, parent=self)
            return
        if confirm(self, tr("Deactivate user"),
                   tr("{name} will no longer be able to sign in, and their password stops opening the "
                      "database file. Their name stays on everything they did; reactivating the account "
                      "later gives it a new password.").format(name=row.display_name),
                   tr("Deactivate {name}").format(name=row.display_name)):
            if not self.ctx.database_encrypted:
                self.ctx.write(lambda s: s.accounts.set_active(row.id, False))
                return
            progress = RekeyProgress(tr("Deactivating {name} and re-encrypting the database…")
                                     .format(name=row.display_name), self)
            progress.show()

            def deactivate(s: Services) -> Changes:
                try:
                    return s.accounts.set_active(row.id, False, progress=progress.report)
                finally:
                    progress.end()

            self.ctx.write(deactivate)

    def rotate_keys(self) -> None:
        if not confirm(self, tr("Rotate keys"),
                       tr("The database files are re-encrypted with new keys that only active accounts can "
                          "open, each only the files its roles may read; a copy of the key file taken before, "
                          "with a former colleague's password, then opens nothing. Everyone else must close "
                          "Caseworker first. Backups taken before keep the old keys."), tr("Rotate keys")):
            return
        progress = RekeyProgress(tr("Re-encrypting the database with a new key…"), self)
        progress.show()
        def rotate(s: Services) -> tuple[Any, Changes]:
            try:
                # Re-keying changes no record a view shows: its notice is empty.
                return s.protection.rotate_keys(progress.report), Changes()
            finally:
                progress.end()

        def done(outcome: tuple[Any, Changes]) -> None:
            result = outcome[0]
            text = tr("The database now opens only with the active accounts' passwords.")
            if result.without_key:
                text += "\n\n" + tr("These users need a new password before they can sign in: {names}").format(
                    names=", ".join(result.without_key))
            QMessageBox.information(self, tr("Rotate keys"), text)

        self.ctx.write(rotate, done)

    def split_by_domain(self) -> None:
        if not confirm(self, tr("Separate clients and donors"),
                       tr("Clients and their cases, and donors and their gifts, are moved into files of their "
                          "own, each with a new key; everyone keeps their password, and each password then "
                          "opens only what its roles may read. Every record is compared with the original. "
                          "Everyone else must close Caseworker first. Backups taken before keep the old key: "
                          "take a new backup afterwards."), tr("Separate")):
            return
        progress = RekeyProgress(tr("Moving clients and donors into their own files…"), self,
                                 tr("Separate clients and donors"))
        progress.show()

        def split(s: Services) -> tuple[Any, Changes]:
            try:
                # The records are the same ones in new files: no view has anything to reload.
                return s.protection.split_by_domain(progress.report), Changes()
            finally:
                progress.end()

        def done(outcome: tuple[Any, Changes]) -> None:
            result = outcome[0]
            self.split_button.setVisible(False)
            text = tr("Clients and donors now each have a file and a key of their own.")
            if result.users_without_key:
                text += "\n\n" + tr("These users need a new password before they can sign in: {names}").format(
                    names=", ".join(result.users_without_key))
            QMessageBox.information(self, tr("Separate clients and donors"), text)

        self.ctx.write(split, done)

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(ChangeKind.USER):
            current = self.list.current_id()
            self.list.reload()
            if current is not None:
                self.list.select_id(current)
            self._show_user(current)


# -- the audit log --------------------------------------------------------------------------------
class AuditLogPage(QWidget):
    """Who changed what and when, newest first, filtered in SQL and fetched as the user scrolls."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditTableModel(ctx.read, ctx.zone, self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(tr("Filter by action, record type or reason"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(tr("Filter the audit log"))
        self.record_type = QComboBox(self)
        self.record_type.setAccessibleName(tr("Record type"))
        self.user = QComboBox(self)
        self.user.setAccessibleName(tr("Who"))
        self.since = self._date_edit(tr("From"))
        self.until = self._date_edit(tr("To"))
        bar = QHBoxLayout()
        bar.addWidget(self.text, 1)
        bar.addWidget(self.record_type)
        bar.addWidget(self.user)
        bar.addWidget(QLabel(tr("From"), self))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(tr("to"), self))
        bar.addWidget(self.until)

        self.table = QTableView(self)
        self.table.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self.table))
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 140, 190, 90, 320)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.empty = hint(tr("Nothing in the audit log matches. Widen the dates or clear the filter."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("Audit entry"))
        self.detail.setPlaceholderText(tr("Choose an entry to see every change it made."))
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.setMaximumHeight(150)

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(tr("Audit log"), self))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail)
        self.empty.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self.apply_filter)
        for combo in (self.record_type, self.user):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self._loaded = False
        self._stale = False

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(MIN_DATE)
        edit.setSpecialValueText(tr("any day"))
        edit.setDate(MIN_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._fill_choices()
            self.apply_filter()
        elif self._stale:
            self._stale = False
            self.model.reload()

    def _fill_choices(self) -> None:
        self.ctx.read(lambda s: (s.audit.record_types(), s.audit.people()), lambda found: self._show_choices(*found))

    def _show_choices(self, kinds: list[str], people: list[tuple[int, str]]) -> None:
        for combo in (self.record_type, self.user):
            combo.blockSignals(True)
            combo.clear()
        self.record_type.addItem(tr("All records"), None)
        for kind in kinds:
            self.record_type.addItem(kind, kind)
        self.user.addItem(tr("Anyone"), None)
        for user_id, name in people:
            self.user.addItem(name, user_id)
        for combo in (self.record_type, self.user):
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        zone = self.ctx.zone

        def start_of(edit: QDateEdit, days: int = 0) -> datetime | None:
            if edit.date() == MIN_DATE:
                return None
            day: date = edit.date().toPython() + timedelta(days=days)
            return datetime.combine(day, time(), zone).astimezone(UTC)

        return AuditFilter(text=self.text.text().strip(), record_type=self.record_type.currentData(),
                           user_id=self.user.currentData(), since=start_of(self.since),
                           until=start_of(self.until, days=1))

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if section == 0:
            newest_first = not self.model.oldest_first
            order = Qt.SortOrder.AscendingOrder if newest_first else Qt.SortOrder.DescendingOrder
            self.model.sort(0, order)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder if self.model.oldest_first
                                else Qt.SortOrder.DescendingOrder)

    def _update_empty(self, *_args: Any) -> None:
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty:
            self.detail.clear()

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is None:
            self.detail.clear()
            return
        record = entry.record_type if entry.record_id is None else f"{entry.record_type} {entry.record_id}"
        lines = [f"{self.model.local_time(entry.at)} · {entry.user} · {entry.action} · {record}"]
        if entry.reason:
            lines.append(tr("Reason: {reason}").format(reason=entry.reason))
        if entry.changes:
            lines.append(changes_text(entry.changes))
        self.detail.setPlainText("\n".join(lines))

    def on_changes(self, _changes: Changes) -> None:
        if not self._loaded:
            return
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True


# -- this computer ------------------------------------------------------------------------------
class ThisComputerPage(QWidget):
    """This laptop's own settings: which database to open, and when to lock an idle window."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Form(self)
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        self.database = QLineEdit(ctx.settings.database_location, host)
        self.database.setAccessibleName(tr("Database location"))
        self.browse = QPushButton(icons.icon("folder-open"), tr("Choose…"), host)
        self.browse.setAccessibleName(tr("Choose a database file"))
        row.addWidget(self.database, 1)
        row.addWidget(self.browse)
        self.form.add("database", tr("&Database:"), host)
        self.idle = QSpinBox(self)
        self.idle.setRange(0, 240)
        self.idle.setSuffix(tr(" minutes"))
        self.idle.setSpecialValueText(tr("never"))
        self.idle.setValue(ctx.settings.idle_lock_minutes)
        self.form.add("idle_lock_minutes", tr("&Lock when idle for:"), self.idle)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Language of the window"))
        self.language.addItem(tr("As this computer's system"), "")
        for code, name in available_languages():
            # Each language is named in its own words, so someone who cannot read the current one finds theirs.
            self.language.addItem(name, code)
        chosen = self.language.findData(ctx.settings.language)
        if chosen < 0:
            # A language chosen before its translation was removed: keep it rather than silently drop it.
            self.language.addItem(ctx.settings.language, ctx.settings.language)
            chosen = self.language.count() - 1
        self.language.setCurrentIndex(chosen)
        self.form.add("language", tr("Lan&guage:"), self.language)
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem(tr("The organisation's ({zone})").format(zone=ctx.org.timezone), "")
        for name in sorted(available_timezones()):
            self.time_zone.addItem(name, name)
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        current = self.time_zone.findData(ctx.settings.time_zone)
        self.time_zone.setCurrentIndex(max(current, 0))
        self.time_zone.lineEdit().setAccessibleName(tr("My time zone"))
        self.time_zone.setAccessibleName(tr("My time zone"))
        self.form.add("time_zone", tr("My &time zone:"), self.time_zone)
        self.save_button = QPushButton(icons.icon("save"), tr("Save"), self)
        self.save_button.setAccessibleName(tr("Save this computer's settings"))
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(tr("This computer"), self))
        layout.addWidget(hint(tr("These settings belong to this computer only. In use now: {location}").format(
            location=ctx.database_text), self))
        self.protection = hint(ctx.database_protection_text, self)
        self.protection.setAccessibleName(tr("How the database is protected"))
        layout.addWidget(self.protection)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.browse.clicked.connect(self._choose_database)
        self.save_button.clicked.connect(self.save)

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Choose the database file"), self.database.text(), tr("Caseworker databases (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def save(self) -> None:
        self.form.clear_errors()
        location = self.database.text().strip()
        if not location:
            self.form.set_error("database", tr("Enter a file path or a database server's address."))
            return
        zone = self.chosen_zone()
        if zone is None:
            self.form.set_error("time_zone", tr("“{zone}” is not a known time zone.").format(
                zone=self.time_zone.currentText().strip()))
            return
        stored = load_settings()
        language = self.language.currentData() or ""
        new = stored.with_changes(database=location, idle_lock_minutes=self.idle.value(), language=language,
                                  time_zone=zone)
        try:
            save_settings(new)
        except OSError as exc:
            self.form.set_error("database", tr("The settings could not be saved: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        moved = location != self.ctx.settings.database_location
        relabel = language != self.ctx.settings.language
        self.ctx.settings = self.ctx.settings.with_changes(database=location, idle_lock_minutes=self.idle.value(),
                                                           language=language, time_zone=zone)
        window = self.window()
        if hasattr(window, "set_idle_lock_minutes"):
            window.set_idle_lock_minutes(self.idle.value())
        if moved:
            self.status.setText(tr("Saved. Caseworker opens the new database the next time it starts."))
        else:
            self.status.setText(tr("Saved. Times are shown in {zone}; a list already open shows it when it is "
                                   "next refreshed.").format(zone=self.ctx.zone.key))
        if relabel:
            apply_language(QApplication.instance(), language)
            # Widgets keep the words they were built with: the window is built again in the new language.
            if hasattr(window, "rebuild_requested"):
                window.rebuild_requested.emit()

    def chosen_zone(self) -> str | None:
        """The zone chosen ("" for the organisation's), or None if what was typed is not one."""
        text = self.time_zone.currentText().strip()
        index = self.time_zone.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.time_zone.itemData(index)
        return text if text in available_timezones() else None


# -- the section --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Page:
    key: str
    title: str
    icon: str
    required: Action | None


class _Pages(Mapping[str, QWidget]):
    """The pages a user may open, each made by *make* the first time it is asked for."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        self._make = make
        self._allowed: list[str] = []
        self._built: dict[str, QWidget] = {}

    def allow(self, key: str) -> None:
        self._allowed.append(key)

    def built(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._allowed:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._make(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._allowed)

    def __len__(self) -> int:
        return len(self._allowed)

    def __contains__(self, key: object) -> bool:
        return key in self._allowed


class AdministrationSection(Section):
    required = None  # this computer's settings are everyone's; the other pages check their action
    kinds = ("user",)
    icon_name = "settings"
    shortcut = "Ctrl+,"  # where preferences live in most desktop applications

    @classmethod
    def title(cls) -> str:
        return tr("Settings")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("administration")
        actor = ctx.actor
        pages = [
            _Page("organisation", tr("Organisation"), "building-2", Action.EDIT_SETTINGS),
            _Page("mail", tr("Mail server"), "mail", Action.EDIT_SETTINGS),
            _Page("users", tr("Users and roles"), "users", Action.MANAGE_USERS),
            _Page("organigram", tr("Teams and routing"), "briefcase", Action.MANAGE_ORGANIGRAM),
            _Page("audit", tr("Audit log"), "history", Action.VIEW_AUDIT_LOG),
            _Page("backups", tr("Backups"), "database", Action.BACKUP_DATABASE),
            _Page("computer", tr("This computer"), "monitor", None),
        ]
        self.nav = QListWidget(self)
        self.nav.setObjectName("settings-nav")
        self.nav.setAccessibleName(tr("Settings pages"))
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(170)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget#settings-nav { background: transparent; }"
            "QListWidget#settings-nav::item { padding: 6px 6px; border-radius: 5px; margin: 1px 0; }"
            "QListWidget#settings-nav::item:selected { background: palette(midlight); color: palette(window-text); }")
        self.stack = QStackedWidget(self)
        # Each page is built when first shown: building all seven at once held the window for a
        # second on a slow laptop, for pages most visits never open.
        self.pages = _Pages(self._make)
        self.computer = ThisComputerPage(ctx, self.stack)
        self.stack.addWidget(self.computer)
        for page in pages:
            if page.required is not None and not actor.can(page.required):
                continue
            self.pages.allow(page.key)
            item = QListWidgetItem(icons.icon(page.icon), page.title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.nav)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setStyleSheet("color: palette(midlight);")  # a quiet divider in light and dark palettes
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)

    def _make(self, key: str) -> QWidget:
        widget: QWidget
        if key == "organisation":
            widget = OrganisationPage(self.ctx, self.stack)
        elif key == "mail":
            from caseworker.ui.views.mail_server import MailServerPage

            widget = MailServerPage(self.ctx, self.stack)
        elif key == "users":
            widget = UsersPage(self.ctx, self.stack)
        elif key == "audit":
            widget = AuditLogPage(self.ctx, self.stack)
        elif key == "backups":
            from caseworker.ui.backups_page import BackupsPage

            widget = BackupsPage(self.ctx, self.stack)
        elif key == "organigram":
            from caseworker.ui.views.organigram_page import OrganigramPage

            widget = OrganigramPage(self.ctx, self.stack)
        else:
            return self.computer
        self.stack.addWidget(widget)
        return widget

    # The pages by name, built on first use; None where this user may not open the page.
    @property
    def organisation(self) -> OrganisationPage | None:
        return self.pages.get("organisation")  # type: ignore[return-value]

    @property
    def users(self) -> UsersPage | None:
        return self.pages.get("users")  # type: ignore[return-value]

    @property
    def audit(self) -> AuditLogPage | None:
        return self.pages.get("audit")  # type: ignore[return-value]

    @property
    def backups(self) -> QWidget | None:
        return self.pages.get("backups")

    def page_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys().index(key))

    def _show_page(self, row: int) -> None:
        if not 0 <= row < self.nav.count():
            return
        widget = self.pages[self.page_keys()[row]]
        self.stack.setCurrentWidget(widget)
        if self.isVisible():
            self._load(widget)

    def _load(self, widget: QWidget) -> None:
        if isinstance(widget, UsersPage | AuditLogPage) or hasattr(widget, "ensure_loaded"):
            widget.ensure_loaded()

    def activate(self) -> None:
        self._load(self.stack.currentWidget())

    def new_record(self) -> bool:
        if self.users is None:
            return False
        self.show_page("users")
        self.users.ensure_loaded()
        self.users.add_user()
        return True

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "user" and self.users is not None:
            self.show_page("users")
            self.users.ensure_loaded()
            self.users.list.select_id(record_id)

    def on_changes(self, changes: Changes) -> None:
        # Only pages already built hold anything to refresh; the others read afresh when shown.
        for key in ("users", "audit", "organigram"):
            if (page := self.pages.built(key)) is not None:
                page.on_changes(changes)
