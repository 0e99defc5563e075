"""A donor's record: who they are, how they want to be contacted, their gifts and receipts.

The header shows the name, the segment and anything that stops contact (do not contact, deceased)
before anything else. Below it, one tab per part of the record.

Other capabilities add their own tabs (Timeline, Gift Aid, Tasks) in the window's list of parts,
``caseworker/ui/parts.py``, without touching this module; each tab's factory is called once per
DonorDetail with the UiContext and a parent widget, after the donor's own tabs. A single view can also take a tab directly with
:meth:`DonorDetail.add_tab` (``detail.add_tab(widget, tr("Contacts"))``). Either way the tab
widget may define ``set_donor(donor_id: int | None)`` (called whenever another donor is shown)
and ``on_changes(changes)`` (called with every change notice).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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

from caseworker.domain.channels import TOUCHPOINT_CHANNELS
from caseworker.domain.clients import format_phone
from caseworker.domain.donors import KIND_LABELS, SEGMENT_LABELS, DonorKind, DonorRecord
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.gifts import METHOD_LABELS, GiftMethod, GiftRecord, ScheduleKind
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.container import Services
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.donor_dialog import DonorDialog, HouseholdDialog, PreferencesDialog, QuietPeriodDialog
from caseworker.ui.dialogs.gift_dialog import GiftDialog, ReasonDialog, ScheduleDialog
from caseworker.ui.export import export_document
from caseworker.ui.i18n import channel_label, error_text, format_money, tr, tr_domain
from caseworker.ui.parts import window_parts
from caseworker.ui.widgets.flow_layout import FlowLayout

STOP_STYLE = ("background: #fdecea; color: #8a1c14; border: 1px solid #e8a29c; border-radius: 4px;"
              " padding: 4px 10px; font-weight: 600;")
SEGMENT_STYLE = ("background: #e8f0fe; color: #174ea6; border: 1px solid #a8c4f0; border-radius: 4px;"
                 " padding: 4px 10px; font-weight: 600;")
MUTED = "color: palette(placeholder-text);"


def _table(parent: QWidget, name: str, headers: list[str], right: set[int]) -> QTableWidget:
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
    table.setProperty("right_columns", sorted(right))
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int], greyed: set[int] = frozenset()) -> None:
    right = set(table.property("right_columns") or [])
    table.setRowCount(len(rows))
    for r, (values, rid) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if rid in greyed:
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(r, c, item)


def _selected_id(table: QTableWidget) -> int | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _button(parent: QWidget, icon: str, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(icons.icon(icon), text, parent)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


class DonorDetail(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor: DonorRecord | None = None
        self.setObjectName("donor-detail")
        can_edit = ctx.actor.can(Action.EDIT_DONORS)
        self.can_gifts = ctx.actor.can(Action.READ_GIFTS)
        can_record = ctx.actor.can(Action.RECORD_GIFTS)
        can_receipt = ctx.actor.can(Action.ISSUE_RECEIPTS)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("donor-name")
        self.name_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.segment_badge = QLabel(self)
        self.segment_badge.setStyleSheet(SEGMENT_STYLE)
        self.segment_badge.setAccessibleName(tr("Segment"))
        self.stop_badge = QLabel(self)
        self.stop_badge.setObjectName("donor-stop")
        self.stop_badge.setStyleSheet(STOP_STYLE)
        self.stop_badge.setAccessibleName(tr("Contact stopped"))
        self.summary = QLabel(self)
        self.summary.setStyleSheet(MUTED)
        self.summary.setAccessibleName(tr("Giving summary"))
        self.edit_button = _button(self, "pencil", tr("Edit"), self.edit_donor)
        self.edit_button.setVisible(can_edit)
        self.gift_button = _button(self, "gift", tr("Record gift"), self.record_gift)
        self.gift_button.setToolTip(tr("Record a gift from this donor"))
        self.gift_button.setVisible(can_record)
        self.summary.setWordWrap(True)
        # The name, its badges and the buttons wrap in a narrow pane instead of widening it.
        head = FlowLayout()
        head.addWidget(self.name_label)
        head.addWidget(self.segment_badge)
        head.addWidget(self.stop_badge)
        head.addWidget(self.gift_button)
        head.addWidget(self.edit_button)
        from caseworker.ui.person_data import person_data_button

        self.person_button = person_data_button(
            self, ctx, "donor", lambda: (self.donor.id, self.donor.name) if self.donor is not None else None)
        head.addWidget(self.person_button)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Donor record"))
        self.tabs.setDocumentMode(True)
        self._extra: list[QWidget] = []
        self.tabs.addTab(self._profile_tab(can_edit), tr("Profile"))
        self.tabs.addTab(self._preferences_tab(can_edit), tr("Preferences"))
        if self.can_gifts:
            self.tabs.addTab(self._gifts_tab(can_record, can_receipt), tr("Gifts"))
            self.tabs.addTab(self._receipts_tab(can_receipt), tr("Receipts"))
        for tab in window_parts().donor_tabs:
            if tab.shown_in(ctx):
                self.add_tab(tab.factory(ctx, self), tab.title())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # -- extension -----------------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a tab after the donor's own; it is told of each donor shown and of every change."""
        self._extra.append(widget)
        self.tabs.addTab(widget, title)
        if self.donor is not None and hasattr(widget, "set_donor"):
            widget.set_donor(self.donor.id)

    # -- tabs ----------------------------------------------------------------------------------
    def _profile_tab(self, can_edit: bool) -> QWidget:
        page = QWidget(self)
        self.profile = QFormLayout()
        self.profile.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.profile_values: dict[str, QLabel] = {}
        for key, label in (("kind", tr("Kind")), ("email", tr("E-mail")), ("phone", tr("Phone")),
                           ("address", tr("Address")), ("timezone", tr("Time zone")),
                           ("manager", tr("Relationship manager")), ("cadence", tr("Keep in touch")),
                           ("consent", tr("Marketing consent")), ("gift_aid", tr("Gift Aid declared")),
                           ("household", tr("Household")), ("notes", tr("Notes"))):
            value = QLabel(page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.profile_values[key] = value
            self.profile.addRow(QLabel(label + ":", page), value)
        # Gift Aid is British: elsewhere the donor's record says nothing of it.
        self.profile.setRowVisible(self.profile_values["gift_aid"], self.ctx.org.gift_aid_applies)
        self.household_button = _button(page, "users", tr("Household…"), self.edit_household)
        self.household_button.setVisible(can_edit)
        self.household_totals = QLabel(page)
        self.household_totals.setStyleSheet(MUTED)
        self.household_totals.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addLayout(self.profile)
        row = QHBoxLayout()
        row.addWidget(self.household_button)
        row.addWidget(self.household_totals, 1)
        box.addLayout(row)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Donor details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _preferences_tab(self, can_edit: bool) -> QWidget:
        page = QWidget(self)
        self.prefs = QFormLayout()
        self.prefs.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.pref_values: dict[str, QLabel] = {}
        for key, label in (("contact", tr("Contact")), ("opted_out", tr("Never by")),
                           ("preferred", tr("Preferably by")), ("limits", tr("Own limits"))):
            value = QLabel(page)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.pref_values[key] = value
            self.prefs.addRow(QLabel(label + ":", page), value)
        self.quiet_table = _table(page, tr("Pauses in contact"), [tr("From"), tr("Until"), tr("Reason")], set())
        buttons = FlowLayout()
        self.prefs_button = _button(page, "sliders-horizontal", tr("Change preferences…"), self.edit_preferences)
        self.quiet_add = _button(page, "plus", tr("Pause contact…"), self.add_quiet_period)
        self.quiet_remove = _button(page, "x", tr("End pause"), self.remove_quiet_period)
        for b in (self.prefs_button, self.quiet_add, self.quiet_remove):
            b.setVisible(can_edit)
            buttons.addWidget(b)
        box = QVBoxLayout(page)
        box.addLayout(self.prefs)
        heading = QLabel(tr("Pauses the donor asked for"), page)
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        box.addWidget(heading)
        self.quiet_table.setMaximumHeight(180)
        box.addWidget(self.quiet_table)
        box.addLayout(buttons)
        box.addStretch(1)
        return page

    def _gifts_tab(self, can_record: bool, can_receipt: bool) -> QWidget:
        page = QWidget(self)
        self.gifts_table = _table(page, tr("Gifts"), [tr("Date"), tr("Amount"), tr("Method"), tr("Appeal"),
                                                      tr("Fund"), tr("Thanked"), tr("Receipt"), tr("Status")], {1})
        self.gifts_table.doubleClicked.connect(lambda _i: self.show_gift())
        self.totals_label = QLabel(page)
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet(MUTED)
        self.totals_label.setAccessibleName(tr("Giving by year"))
        self.schedules_label = QLabel(page)
        self.schedules_label.setWordWrap(True)
        self.schedules_label.setAccessibleName(tr("Recurring gifts and pledges"))
        buttons = FlowLayout()
        actions = [("gift", tr("Record gift…"), self.record_gift, can_record),
                   ("check", tr("Mark thanked"), self.mark_thanked, can_record),
                   ("receipt", tr("Receipt this gift"), self.receipt_gift, can_receipt),
                   ("history", tr("Recurring or pledge…"), self.add_schedule, can_record),
                   ("ban", tr("Void…"), self.void_gift, can_record)]
        for icon, text, slot, allowed in actions:
            b = _button(page, icon, text, slot)
            b.setVisible(allowed)
            buttons.addWidget(b)
        box = QVBoxLayout(page)
        box.addWidget(self.gifts_table, 1)
        box.addWidget(self.schedules_label)
        box.addWidget(self.totals_label)
        box.addLayout(buttons)
        return page

    def _receipts_tab(self, can_receipt: bool) -> QWidget:
        page = QWidget(self)
        self.receipts_table = _table(page, tr("Receipts"), [tr("Number"), tr("Issued"), tr("Covers"),
                                                            tr("Receiptable"), tr("Status")], {3})
        buttons = FlowLayout()
        self.year_receipt = _button(page, "receipt", tr("Receipt last year's gifts"), self.receipt_year)
        self.reissue = _button(page, "refresh-cw", tr("Void and reissue…"), self.void_and_reissue)
        for b in (self.year_receipt, self.reissue):
            b.setVisible(can_receipt)
            buttons.addWidget(b)
        self.receipt_pdf = _button(page, "file-down", tr("Export PDF"), self.export_receipt)
        self.receipt_pdf.setToolTip(tr("The selected receipt as a PDF"))
        self.receipt_pdf.setAccessibleName(tr("Export the selected receipt as PDF"))
        self.statement_pdf = _button(page, "file-down", tr("Giving statement…"), self.export_statement)
        self.statement_pdf.setToolTip(tr("The donor's giving statement for a year, as a PDF"))
        self.statement_pdf.setAccessibleName(tr("Export a giving statement as PDF"))
        buttons.addWidget(self.receipt_pdf)
        buttons.addWidget(self.statement_pdf)
        note = QLabel(tr("Receipts are paperwork owed by law, not contact: they go out even to donors who "
                         "opted out of contact."), page)
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        box = QVBoxLayout(page)
        box.addWidget(self.receipts_table, 1)
        box.addWidget(note)
        box.addLayout(buttons)
        return page

    # -- showing -------------------------------------------------------------------------------
    def show_donor(self, donor_id: int | None) -> None:
        for widget in self._extra:
            if hasattr(widget, "set_donor"):
                widget.set_donor(donor_id)
        if donor_id is None:
            self.donor = None
            return
        self.ctx.read(lambda s: s.donors.get(donor_id), self._show, self._error)

    def _show(self, donor: DonorRecord) -> None:
        self.donor = donor
        money = self.ctx.org.currency
        self.name_label.setText(donor.name)
        self.segment_badge.setText(tr_domain(SEGMENT_LABELS[donor.segment])
                                   + ("" if donor.segment_override is None else " " + tr("(set by hand)")))
        stops = ([tr("Deceased")] if donor.deceased else []) + ([tr("Do not contact")] if donor.do_not_contact else [])
        self.stop_badge.setText(" · ".join(stops))
        self.stop_badge.setVisible(bool(stops))
        g = donor.giving
        if g.gift_count:
            self.summary.setText(tr("{count} gifts, {total} in all · largest {largest} · last on {last}").format(
                count=g.gift_count, total=format_money(g.lifetime_total, money),
                largest=format_money(g.largest_gift, money), last=_day(g.last_gift_on)))
        else:
            self.summary.setText(tr("No gifts yet."))
        v = self.profile_values
        v["kind"].setText(tr_domain(KIND_LABELS[DonorKind(donor.kind)]))
        v["email"].setText(donor.email or "—")
        v["phone"].setText(format_phone(donor.phone, self.ctx.org.phone_region) or "—")
        v["address"].setText("\n".join(donor.address_lines) or "—")
        v["timezone"].setText(donor.timezone or tr("The organisation's"))
        v["manager"].setText(donor.relationship_manager or tr("Nobody yet"))
        v["cadence"].setText(tr("Every {days} days").format(days=donor.cadence)
                             + ("" if donor.cadence_days else " " + tr("(by segment)")))
        v["consent"].setText(tr("Given — {source}, {day}").format(source=donor.marketing_consent_source,
                                                                   day=_day(donor.marketing_consent_on))
                             if donor.marketing_consent else tr("Not given"))
        v["gift_aid"].setText(_day(donor.gift_aid_declared_on))
        v["household"].setText(donor.household_name or tr("None"))
        v["notes"].setText(donor.notes or "—")
        self.household_button.setText(tr("Household…") if donor.household_id else tr("Start a household…"))
        self._show_preferences(donor)
        if self.can_gifts:
            self._load_money(donor)

    def _show_preferences(self, donor: DonorRecord) -> None:
        def channels(names: tuple[str, ...]) -> str:
            return ", ".join(channel_label(n) for n in names if n in TOUCHPOINT_CHANNELS) or "—"

        p = self.pref_values
        if donor.deceased:
            p["contact"].setText(tr("Never — the donor has died"))
        elif donor.do_not_contact:
            p["contact"].setText(tr("Never — the donor asked for no contact"))
        else:
            p["contact"].setText(tr("Allowed, within the contact policy"))
        p["opted_out"].setText(channels(donor.opted_out_channels))
        p["preferred"].setText(channels(donor.preferred_channels))
        limits = []
        if donor.window_days or donor.max_in_window is not None:
            limits.append(tr("at most {n} in {days} days").format(
                n=donor.max_in_window if donor.max_in_window is not None else "…",
                days=donor.window_days or "…"))
        if donor.min_gap_days is not None:
            limits.append(tr("at least {days} days apart").format(days=donor.min_gap_days))
        p["limits"].setText("; ".join(limits) or tr("The organisation's policy"))
        _fill(self.quiet_table, [[q.starts_on.isoformat(), q.ends_on.isoformat(), q.reason]
                                 for q in donor.quiet_periods], [q.id for q in donor.quiet_periods])

    def _load_money(self, donor: DonorRecord) -> None:
        did = donor.id
        household_id = donor.household_id

        def load(s: Services) -> tuple:
            return (s.gifts.gifts_for_donor(did), s.gifts.giving_totals(did),
                    s.gifts.schedules_for_donor(did), s.receipts.list_receipts(did),
                    s.gifts.household_totals(household_id) if household_id else None)

        self.ctx.read(load, self._show_money, self._error)

    def _show_money(self, loaded: tuple) -> None:
        gifts, totals, schedules, receipts, household = loaded
        money = self.ctx.org.currency
        rows = []
        for g in gifts:
            method = tr_domain(METHOD_LABELS[GiftMethod(g.method)]) if g.method in set(GiftMethod) else g.method
            status = tr("Void: {reason}").format(reason=g.void_reason) if g.voided else (
                tr("Correction") if g.replaces_gift_id else "")
            thanked = (tr("after {days} d").format(days=g.days_to_thank) if g.thanked_on else tr("not yet"))
            rows.append([g.gift_date.isoformat(), format_money(g.amount, money), method, g.appeal_code, g.fund,
                         thanked, g.receipt_number or "", status])
        _fill(self.gifts_table, rows, [g.id for g in gifts], {g.id for g in gifts if g.voided})
        self.totals_label.setText(tr("By year: ") + " · ".join(
            f"{t.label} {format_money(t.total, money)}" for t in totals[:6]) if totals else "")
        lines = []
        for sc in schedules:
            kind = tr("Pledge") if sc.kind == ScheduleKind.PLEDGE else tr("Recurring")
            due = tr("still due {amount}").format(amount=format_money(sc.standing.still_due, money))
            nxt = tr("next {day}").format(day=_day(sc.standing.next_due_on)) if sc.standing.next_due_on else ""
            lines.append(" · ".join(p for p in (f"{kind} {format_money(sc.amount, money)}", sc.status, due, nxt) if p))
        self.schedules_label.setText("\n".join(lines))
        self.schedules_label.setVisible(bool(lines))
        _fill(self.receipts_table, [[
            r.number, r.issued_on.isoformat(),
            tr("{year} gifts").format(year=r.tax_year) if r.tax_year else tr("one gift"),
            format_money(r.eligible_total, r.currency),
            (tr("Void: {reason}").format(reason=r.void_reason) + (f" → {r.replaced_by_number}" if r.replaced_by_number else ""))
            if r.voided else (tr("Replaces {number}").format(number=r.replaces_number) if r.replaces_number else tr("Issued")),
        ] for r in receipts], [r.id for r in receipts], {r.id for r in receipts if r.voided})
        if household:
            self.household_totals.setText(tr("Household giving by year: ") + " · ".join(
                f"{t.label} {format_money(t.total, money)}" for t in household[:4]))
        else:
            self.household_totals.clear()

    def _error(self, error: CaseworkerError) -> None:
        QMessageBox.warning(self, tr("Donor"), error_text(error))

    # -- actions -------------------------------------------------------------------------------
    def _refresh(self, *_args: object) -> None:
        if self.donor is not None:
            self.show_donor(self.donor.id)

    def edit_donor(self) -> None:
        if self.donor is not None:
            DonorDialog.ask(self.ctx, self.donor, self)

    def edit_preferences(self) -> None:
        if self.donor is not None:
            PreferencesDialog.ask(self.ctx, self.donor, self)

    def add_quiet_period(self) -> None:
        if self.donor is not None:
            QuietPeriodDialog.ask(self.ctx, self.donor, self)

    def remove_quiet_period(self) -> None:
        period_id = _selected_id(self.quiet_table)
        if period_id is None:
            return
        self.ctx.write(lambda s: s.donors.remove_quiet_period(period_id), None, self._error)

    def edit_household(self) -> None:
        if self.donor is None:
            return
        donor, household_id = self.donor, self.donor.household_id
        if household_id is None:
            HouseholdDialog.ask(self.ctx, None, donor, self)
            return
        self.ctx.read(lambda s: s.donors.household(household_id),
                      lambda household: HouseholdDialog.ask(self.ctx, household, None, self), self._error)

    def record_gift(self) -> None:
        if self.donor is None:
            return
        donor_id, name = self.donor.id, self.donor.name
        self.ctx.read(lambda s: s.gifts.schedules_for_donor(donor_id),
                      lambda schedules: GiftDialog.ask(self.ctx, donor_id, name, self, schedules), self._error)

    def add_schedule(self) -> None:
        if self.donor is not None:
            ScheduleDialog.ask(self.ctx, self.donor.id, self.donor.name, self)

    def _selected_gift(self) -> int | None:
        return _selected_id(self.gifts_table)

    def show_gift(self) -> None:
        gift_id = self._selected_gift()
        if gift_id is None:
            return
        self.ctx.read(lambda s: s.gifts.get(gift_id), self._describe_gift, self._error)

    def _describe_gift(self, gift: GiftRecord) -> None:
        money = gift.currency
        lines = [f"{gift.gift_date.isoformat()} · {format_money(gift.amount, money)}",
                 tr("Receiptable: {amount}").format(amount=format_money(gift.eligible_amount, money))]
        if gift.in_kind_description:
            lines.append(tr("In kind: {what}").format(what=gift.in_kind_description))
        if gift.advantage_description:
            lines.append(tr("Received in return: {what} ({value})").format(
                what=gift.advantage_description, value=format_money(gift.advantage_value, money)))
        lines += [tr("Soft credit: {name} ({amount})").format(name=c.donor_name, amount=format_money(c.amount, money))
                  for c in gift.soft_credits]
        if gift.batch_label:
            lines.append(tr("Batch: {label}").format(label=gift.batch_label))
        if gift.note:
            lines.append(gift.note)
        QMessageBox.information(self, tr("Gift"), "\n".join(lines))

    def mark_thanked(self) -> None:
        gift_id = self._selected_gift()
        if gift_id is not None:
            today = date.today()
            self.ctx.write(lambda s: s.gifts.mark_thanked([gift_id], today), None, self._error)

    def receipt_gift(self) -> None:
        gift_id = self._selected_gift()
        if gift_id is not None:
            self.ctx.write(lambda s: s.receipts.issue_for_gift(gift_id), None, self._error)

    def void_gift(self) -> None:
        gift_id = self._selected_gift()
        if gift_id is None:
            return
        reason = ReasonDialog.ask(tr("Void gift"), tr("The gift stays on record, marked void. Why is it void "
                                                      "(a refund, a bounced cheque, a mistake)?"),
                                  tr("Void gift"), self)
        if reason:
            self.ctx.write(lambda s: s.gifts.void_gift(gift_id, reason), None, self._error)

    def receipt_year(self) -> None:
        if self.donor is None:
            return
        did, year = self.donor.id, date.today().year - 1
        self.ctx.write(lambda s: s.receipts.issue_for_year(did, year), None, self._error)

    def export_receipt(self) -> None:
        receipt_id = _selected_id(self.receipts_table)
        if receipt_id is not None:
            number = self.receipts_table.item(self.receipts_table.currentRow(), 0).text()
            export_document(self, self.ctx, "receipt", receipt_id, reference=number)

    def export_statement(self) -> None:
        if self.donor is None:
            return
        last_year = date.today().year - 1
        year, ok = QInputDialog.getInt(self, tr("Giving statement"), tr("Statement for the year:"), last_year,
                                       1900, 9999)
        if ok:
            export_document(self, self.ctx, "statement", self.donor.id, year=year)

    def void_and_reissue(self) -> None:
        receipt_id = _selected_id(self.receipts_table)
        if receipt_id is None:
            return
        reason = ReasonDialog.ask(tr("Void and reissue receipt"),
                                  tr("The receipt is kept, marked void, and a new one names it. Why?"),
                                  tr("Void and reissue"), self)
        if reason:
            self.ctx.write(lambda s: s.receipts.void_and_reissue(receipt_id, reason), None, self._error)

    def on_changes(self, changes: Changes) -> None:
        for widget in self._extra:
            if hasattr(widget, "on_changes"):
                widget.on_changes(changes)
        if self.donor is None:
            return
        if changes.mentions(ChangeKind.DONOR, self.donor.id) or (
                self.donor.household_id is not None and changes.mentions(ChangeKind.HOUSEHOLD, self.donor.household_id)):
            self._refresh()

