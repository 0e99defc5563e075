"""The organisation's contact policy, for managers: limits, exempt purposes, quiet hours,
blackouts and the rules softened to warnings. Each value is checked by the same parser the guard
uses, and each problem is shown beside its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import TOUCHPOINT_CHANNELS
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import UNSOFTENABLE, WEEKDAY_LABELS, Purpose, Rule, Weekday
from caseworker.domain.i18n import N_
from caseworker.services.contact_policy import StoredPolicy
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.touchpoint_dialog import channel_label, purpose_label
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form

RULE_LABELS = {
    Rule.QUIET_PERIOD: N_("A supporter's own pause"),
    Rule.BLACKOUT: N_("Organisation blackouts"),
    Rule.WINDOW_CAP: N_("Contacts per window"),
    Rule.ASK_CAP: N_("Requests for a gift per window"),
    Rule.MIN_GAP: N_("Days between contacts"),
    Rule.QUIET_DAYS: N_("Quiet days"),
    Rule.QUIET_HOURS: N_("Quiet hours"),
}


def _checks(parent: QWidget, items: list[tuple[str, str]], chosen: set[str], name: str, *,
            columns: int = 0) -> tuple[QWidget, dict[str, QCheckBox]]:
    """Check boxes in one row, or in a grid of *columns* when the labels are long."""
    host = QWidget(parent)
    grid = QGridLayout(host)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for i, (value, label) in enumerate(items):
        box = QCheckBox(label, host)
        box.setChecked(value in chosen)
        box.setAccessibleName(f"{name}: {label}")
        grid.addWidget(box, *(divmod(i, columns) if columns else (0, i)))
        boxes[value] = box
    grid.setColumnStretch(columns or len(items), 1)
    host.setAccessibleName(name)
    return host, boxes


class PolicyDialog(QDialog):
    def __init__(self, ctx: UiContext, stored: StoredPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stored = stored
        self.saved: StoredPolicy | None = None
        self.setWindowTitle(tr("Contact policy"))
        self.setMinimumWidth(640)
        policy = stored.policy
        self.form = Form(self)
        intro = QLabel(tr("These rules apply to every supporter, unless a supporter's own wishes say "
                          "otherwise. Changes apply to contacts planned from now on."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        self.form.add_row(intro)

        def spin(value: int, low: int, high: int, suffix: str, name: str) -> QSpinBox:
            box = QSpinBox(self)
            box.setRange(low, high)
            box.setValue(value)
            box.setSuffix(suffix)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setAccessibleName(name)
            return box

        def pair(key: str, label: str, count: QSpinBox, window: QSpinBox) -> None:
            host = QWidget(self)
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(count)
            row.addWidget(QLabel(tr("in any"), host))
            row.addWidget(window)
            row.addStretch(1)
            self.form.add(key, label, host)

        days = tr(" days")
        self.max_in_window = spin(policy.max_in_window, 0, 999, "", tr("Most contacts in a window"))
        self.window_days = spin(policy.window_days, 1, 3650, days, tr("Contact window in days"))
        pair("max_in_window", tr("Contacts, at most:"), self.max_in_window, self.window_days)
        self.max_asks = spin(policy.max_asks_in_window, 0, 999, "", tr("Most requests for a gift in a window"))
        self.ask_window_days = spin(policy.ask_window_days, 1, 3650, days, tr("Request window in days"))
        pair("max_asks_in_window", tr("Requests for a gift, at most:"), self.max_asks, self.ask_window_days)
        self.min_gap_days = spin(policy.min_gap_days, 0, 3650, days, tr("Days between contacts"))
        self.form.add("min_gap_days", tr("Days between contacts, at least:"), self.min_gap_days)
        exempt_host, self.exempt = _checks(
            self, [(p.value, purpose_label(p)) for p in Purpose], {p.value for p in policy.exempt_purposes},
            tr("Purposes that never count"))
        self.form.add("exempt_purposes", tr("Never count:"), exempt_host)

        quiet = policy.quiet_hours
        self.quiet_on = QCheckBox(tr("No contact by these channels between"), self)
        self.quiet_on.setChecked(quiet is not None and not quiet.empty)
        self.quiet_start = QTimeEdit(self)
        self.quiet_end = QTimeEdit(self)
        for edit, value, name in ((self.quiet_start, quiet.start if quiet else None, tr("Quiet hours start")),
                                  (self.quiet_end, quiet.end if quiet else None, tr("Quiet hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.setTime(QTime(value.hour, value.minute) if value else QTime(20, 0))
        quiet_row = QWidget(self)
        row = QHBoxLayout(quiet_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quiet_on)
        row.addWidget(self.quiet_start)
        row.addWidget(QLabel(tr("and"), quiet_row))
        row.addWidget(self.quiet_end)
        row.addWidget(QLabel(tr("(the supporter's local time)"), quiet_row))
        row.addStretch(1)
        self.form.add("quiet_hours", tr("Quiet hours:"), quiet_row)
        quiet_channels = {c.value for c in quiet.channels} if quiet else {"phone", "sms", "visit"}
        channels_host, self.quiet_channels = _checks(
            self, [(c.value, channel_label(c)) for c in TOUCHPOINT_CHANNELS], quiet_channels, tr("Quiet-hours channels"))
        self.form.add("quiet_hours.channels", tr("Quiet-hours channels:"), channels_host)

        quiet_days = policy.quiet_days
        self.quiet_days_on = QCheckBox(tr("No contact on these days (the supporter's local date):"), self)
        self.quiet_days_on.setChecked(quiet_days is not None and not quiet_days.empty)
        self.quiet_days_on.setAccessibleName(tr("Keep quiet days"))
        self.form.add_row(self.quiet_days_on)
        days_host, self.quiet_weekdays = _checks(
            self, [(d.value, tr_domain(WEEKDAY_LABELS[d])) for d in Weekday],
            {d.value for d in quiet_days.days} if quiet_days else {"sat", "sun"}, tr("Quiet days"), columns=4)
        self.form.add("quiet_days.days", tr("Quiet days:"), days_host)
        day_channels = ({c.value for c in quiet_days.channels} if quiet_days else {"phone", "visit"})
        day_channels_host, self.quiet_day_channels = _checks(
            self, [(c.value, channel_label(c)) for c in TOUCHPOINT_CHANNELS], day_channels, tr("Quiet-day channels"))
        self.form.add("quiet_days.channels", tr("Quiet-day channels:"), day_channels_host)
        hint = QLabel(tr("With no channel ticked, quiet days cover every channel."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.add_row(hint)
        self.quiet_days_on.toggled.connect(days_host.setEnabled)
        self.quiet_days_on.toggled.connect(day_channels_host.setEnabled)
        days_host.setEnabled(self.quiet_days_on.isChecked())
        day_channels_host.setEnabled(self.quiet_days_on.isChecked())

        soft_host, self.soft = _checks(
            self, [(r.value, tr_domain(RULE_LABELS[r])) for r in Rule if r in RULE_LABELS and r not in UNSOFTENABLE],
            {r.value for r in policy.soft_rules}, tr("Rules that only warn"), columns=3)
        self.form.add("soft_rules", tr("Only warn for:"), soft_host)
        self.timezone = QLineEdit(str(stored.settings.get("timezone") or ""), self)
        self.timezone.setPlaceholderText(tr("The organisation's zone ({zone})").format(zone=ctx.org.timezone))
        self.form.add("timezone", tr("Time zone for supporters without one:"), self.timezone)

        self.blackouts = QTableWidget(0, 3, self)
        self.blackouts.setHorizontalHeaderLabels([tr("From"), tr("To"), tr("Purposes (empty: all)")])
        self.blackouts.setAccessibleName(tr("Blackouts"))
        self.blackouts.verticalHeader().hide()
        self.blackouts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blackouts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.blackouts.horizontalHeader().setStretchLastSection(True)
        self.blackouts.setMinimumHeight(110)
        for b in policy.blackouts:
            self._add_blackout(b.start, b.end, sorted(p.value for p in b.purposes))
        add = QPushButton(tr("Add blackout"), self)
        add.setAccessibleName(tr("Add blackout"))
        add.clicked.connect(lambda: self._add_blackout(date.today(), date.today(), []))
        remove = QPushButton(tr("Remove"), self)
        remove.setAccessibleName(tr("Remove blackout"))
        remove.clicked.connect(lambda: self.blackouts.removeRow(self.blackouts.currentRow())
                               if self.blackouts.currentRow() >= 0 else None)
        group = QGroupBox(tr("Blackouts: dates when the organisation pauses contact"), self)
        group_box = QVBoxLayout(group)
        group_box.addWidget(self.blackouts)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        group_box.addLayout(buttons_row)
        self.blackout_error = QLabel(self)
        self.blackout_error.setStyleSheet(f"color: {colour('error')}; font-size: 11px;")
        self.blackout_error.hide()
        group_box.addWidget(self.blackout_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(group)
        layout.addWidget(self.buttons)

    def _add_blackout(self, start: date, end: date, purposes: list[str]) -> None:
        row = self.blackouts.rowCount()
        self.blackouts.insertRow(row)
        for column, value in enumerate((start, end)):
            edit = QDateEdit(QDate(value.year, value.month, value.day), self.blackouts)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(tr("Blackout starts") if column == 0 else tr("Blackout ends"))
            self.blackouts.setCellWidget(row, column, edit)
        host, _boxes = _checks(self.blackouts, [(p.value, purpose_label(p)) for p in Purpose], set(purposes),
                               tr("Blackout purposes"))
        self.blackouts.setCellWidget(row, 2, host)
        self.blackouts.setRowHeight(row, host.sizeHint().height() + 4)

    def settings(self) -> dict[str, Any]:
        def chosen(boxes: dict[str, QCheckBox]) -> list[str]:
            return [value for value, box in boxes.items() if box.isChecked()]

        blackouts = []
        for row in range(self.blackouts.rowCount()):
            start, end = self.blackouts.cellWidget(row, 0), self.blackouts.cellWidget(row, 1)
            boxes = self.blackouts.cellWidget(row, 2).findChildren(QCheckBox)
            purposes = [p.value for p, box in zip(Purpose, boxes) if box.isChecked()]
            blackouts.append({"start": start.date().toString("yyyy-MM-dd"), "end": end.date().toString("yyyy-MM-dd"),
                              "purposes": purposes})
        quiet = None
        if self.quiet_on.isChecked():
            quiet = {"start": self.quiet_start.time().toString("HH:mm"), "end": self.quiet_end.time().toString("HH:mm"),
                     "channels": chosen(self.quiet_channels)}
        quiet_days = None
        if self.quiet_days_on.isChecked() and chosen(self.quiet_weekdays):
            quiet_days = {"days": chosen(self.quiet_weekdays), "channels": chosen(self.quiet_day_channels)}
        data: dict[str, Any] = {
            "window_days": self.window_days.value(), "max_in_window": self.max_in_window.value(),
            "min_gap_days": self.min_gap_days.value(), "ask_window_days": self.ask_window_days.value(),
            "max_asks_in_window": self.max_asks.value(), "exempt_purposes": chosen(self.exempt),
            "quiet_hours": quiet, "quiet_days": quiet_days, "blackouts": blackouts, "soft_rules": chosen(self.soft),
        }
        if self.timezone.text().strip():
            data["timezone"] = self.timezone.text().strip()
        return data

    def submit(self) -> None:
        settings = self.settings()
        version = self.stored.version
        self.blackout_error.hide()
        self.ctx.write(lambda s: s.contact_policy.update(settings, version),
                            self._saved, self._failed)

    def _saved(self, result: tuple[StoredPolicy, object]) -> None:
        self.saved = result[0]
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        field = getattr(error, "field", "")
        if field.startswith("blackouts"):
            self.blackout_error.setText(tr_domain(error.message, **error.params))
            self.blackout_error.show()
            return
        self.form.show_error(error)

    @classmethod
    def open_for(cls, ctx: UiContext, parent: QWidget | None = None,
                 saved: Callable[[StoredPolicy], None] | None = None) -> None:
        """Read the policy in force, then let the manager edit it; *saved* hears of a change."""
        def edit(stored: StoredPolicy) -> None:
            dialog = cls(ctx, stored, parent)
            dialog.exec()
            if dialog.saved is not None and saved is not None:
                saved(dialog.saved)

        ctx.read(lambda s: s.contact_policy.get(), edit)
