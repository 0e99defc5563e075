"""Planning a meeting or a series, recording its minutes, and giving someone an action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain import guard
from caseworker.domain.channels import MEETING_CHANNELS, Channel
from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.domain.meetings import (
    ATTENDANCE_LABELS,
    Attendance,
    AttendeeDraft,
    AttendeeKind,
    Clash,
    MeetingDetail,
    MeetingDraft,
    TouchPreview,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes, UserSummary
from caseworker.domain.recurrence import Frequency, MonthlyBy, SeriesRule
from caseworker.services.board import BoardRecord, VoteDraft
from caseworker.services.container import Services
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.grant_dialogs import buttons_for
from caseworker.ui.i18n import channel_title, error_text, format_day, format_instant, tr, tr_domain
from caseworker.ui.widgets.flag_strip import flags_text
from caseworker.ui.widgets.form import Form
from caseworker.ui.widgets.record_picker import RecordPicker

COMMON_ZONES = ("UTC", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "America/New_York",
                "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto", "America/Vancouver",
                "Australia/Sydney", "Pacific/Auckland", "Africa/Johannesburg", "Asia/Kolkata")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PURPOSE_LABELS = guard.PURPOSE_LABELS
WARNING_PAUSE_MS = 250


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def week_position(day: date) -> int:
    """Which of its weekday in the month *day* is: 1 to 4, or -1 when it is the last (5th)."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


@dataclass(frozen=True)
class Scope:
    """What the dialog edits: a new meeting, a one-off or whole series, or one occurrence."""

    meeting: MeetingDetail | None = None
    occurrence_of: int | None = None  # the series id when editing one occurrence
    key: datetime | None = None

    @property
    def occurrence(self) -> bool:
        return self.occurrence_of is not None


class MeetingDialog(QDialog):
    """Plan a meeting or a series, or change one. Double bookings and what the contact guard
    would say are read in the background as the form changes; Save checks the double bookings
    once more, asks when there are any, then saves in one write and closes when it has."""

    def __init__(self, ctx: UiContext, *, zone: str, scope: Scope = Scope(), start: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._scope = ctx, scope
        self._warnings_asked = 0
        m = scope.meeting
        if m is None:
            title = tr("New meeting")
        elif scope.occurrence:
            title = tr("Change this occurrence")
        elif m.is_series:
            title = tr("Change the whole series")
        else:
            title = tr("Change meeting")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.saved: MeetingDetail | None = None
        self.changes = Changes()
        self._attendees: list[tuple[AttendeeDraft, str]] = []

        form = self.form = Form(self)
        self.title = form.add("title", tr("&Title:"), QLineEdit(self))
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(tr("Date"))
        self.start_time = QTimeEdit(self)
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setAccessibleName(tr("Starts at"))
        self.end_time = QTimeEdit(self)
        self.end_time.setDisplayFormat("HH:mm")
        self.end_time.setAccessibleName(tr("Ends at"))
        row.addWidget(self.day)
        row.addWidget(self.start_time)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end_time)
        row.addStretch(1)
        form.add("start", tr("&When:"), when)
        self.zone = form.add("timezone", tr("Time &zone:"), QComboBox(self))
        self.zone.setEditable(True)
        self.zone.addItems(sorted({*COMMON_ZONES, zone}))
        self.zone.setCurrentText(zone)
        self.channel = form.add("channel", tr("&How:"), QComboBox(self))
        for channel in MEETING_CHANNELS:
            self.channel.addItem(channel_title(channel), channel.value)
        self.location = form.add("location", tr("&Where:"), QLineEdit(self))
        self.location.setPlaceholderText(tr("A room, an address, or the video link"))

        self.repeat = form.add("rrule", tr("&Repeat:"), QComboBox(self))
        ends = QWidget(self)
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        self.ends = QComboBox(self)
        self.ends.setAccessibleName(tr("Series ends"))
        self.ends.addItem(tr("Never"), "never")
        self.ends.addItem(tr("On a date"), "until")
        self.ends.addItem(tr("After a number of times"), "count")
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setAccessibleName(tr("Last date"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 1000)
        self.count.setValue(10)
        self.count.setSuffix(tr(" times"))
        self.count.setAccessibleName(tr("Number of times"))
        for w in (self.ends, self.until, self.count):
            ends_row.addWidget(w)
        ends_row.addStretch(1)
        self.ends_host = form.add("count", tr("&Ends:"), ends)
        if scope.occurrence:
            self.repeat.setEnabled(False)
            self.ends_host.setEnabled(False)

        self.attendee_list = QListWidget(self)
        self.attendee_list.setMaximumHeight(120)
        form.add("attendees", tr("&People:"), self.attendee_list)
        self.attendee_list.setAccessibleName(tr("People invited"))
        form.add_row(self._build_adders())

        self.agenda = form.add("agenda", tr("A&genda:"), QPlainTextEdit(self))
        self.agenda.setPlaceholderText(tr("One item per line"))
        self.agenda.setMaximumHeight(80)
        self.purpose = QComboBox(self)
        for p in (guard.Purpose.UPDATE, guard.Purpose.THANKS, guard.Purpose.ASK, guard.Purpose.INVITE,
                  guard.Purpose.OTHER):
            self.purpose.addItem(tr_domain(PURPOSE_LABELS[p]).capitalize(), p.value)
        self.purpose_host = form.add("donor_purpose", tr("With donors, &for:"), self.purpose)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setObjectName("meeting-warnings")
        self.warnings.setAccessibleName(tr("Warnings"))
        form.add_row(self.warnings)

        self.buttons = buttons_for(self, tr("Save"))
        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WARNING_PAUSE_MS)
        self._timer.timeout.connect(self._update_warnings)
        self._fill(m, start, zone)
        self.day.dateChanged.connect(self._refresh_repeat_choices)
        for signal in (self.day.dateChanged, self.start_time.timeChanged, self.end_time.timeChanged,
                       self.repeat.currentIndexChanged, self.ends.currentIndexChanged, self.until.dateChanged,
                       self.count.valueChanged, self.channel.currentIndexChanged, self.purpose.currentIndexChanged,
                       self.zone.currentTextChanged):
            signal.connect(lambda *_a: self._timer.start())
        self.ends.currentIndexChanged.connect(self._update_ends)
        self.repeat.currentIndexChanged.connect(self._update_ends)
        self._update_ends()
        self._update_attendee_view()

    # -- building ----------------------------------------------------------------------------
    def _build_adders(self) -> QWidget:
        host = QWidget(self)
        col = QVBoxLayout(host)
        col.setContentsMargins(0, 0, 0, 0)
        actor = self.ctx.actor
        staff_row = QHBoxLayout()
        self.staff = QComboBox(self)
        self.staff.setAccessibleName(tr("Colleague to invite"))
        self.staff.setEnabled(False)  # until the colleagues are read
        add_staff = QPushButton(icons.icon("user-round-plus"), tr("Invite colleague"), self)
        add_staff.clicked.connect(self._add_staff)
        self.ctx.read(lambda s: s.accounts.list_users(include_inactive=False), self._fill_staff)
        staff_row.addWidget(self.staff, 1)
        staff_row.addWidget(add_staff)
        col.addLayout(staff_row)
        self.client = RecordPicker(self.ctx, "client", self)
        self.client.setPlaceholderText(tr("Client: type part of the name"))
        self.client.setAccessibleName(tr("Client to invite"))
        self.donor = RecordPicker(self.ctx, "donor", self)
        self.donor.setPlaceholderText(tr("Donor: type part of the name"))
        self.donor.setAccessibleName(tr("Donor to invite"))
        people_row = QHBoxLayout()
        if actor.can(Action.READ_CLIENTS):
            people_row.addWidget(self.client, 1)
            self.client.picked.connect(lambda cid: cid is not None and self._add_ref(AttendeeKind.CLIENT, self.client))
        else:
            # Out of any layout a child widget sits at the dialog's corner, over the first label.
            self.client.hide()
        if actor.can(Action.READ_DONORS):
            people_row.addWidget(self.donor, 1)
            self.donor.picked.connect(lambda did: did is not None and self._add_ref(AttendeeKind.DONOR, self.donor))
        else:
            self.donor.hide()
        col.addLayout(people_row)
        outside_row = QHBoxLayout()
        self.outside_name = QLineEdit(self)
        self.outside_name.setPlaceholderText(tr("Someone from outside: name"))
        self.outside_name.setAccessibleName(tr("Outside attendee's name"))
        self.outside_org = QLineEdit(self)
        self.outside_org.setPlaceholderText(tr("organisation"))
        self.outside_org.setAccessibleName(tr("Outside attendee's organisation"))
        add_outside = QPushButton(icons.icon("plus"), tr("Add"), self)
        add_outside.clicked.connect(self._add_outside)
        self.remove_button = QPushButton(icons.icon("x"), tr("Remove selected"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        outside_row.addWidget(self.outside_name, 2)
        outside_row.addWidget(self.outside_org, 2)
        outside_row.addWidget(add_outside)
        outside_row.addWidget(self.remove_button)
        col.addLayout(outside_row)
        return host

    def _fill_staff(self, users: list[UserSummary]) -> None:
        for user in users:
            self.staff.addItem(user.display_name, user.id)
        self.staff.setEnabled(True)

    def _fill(self, m: MeetingDetail | None, start: datetime | None, zone: str) -> None:
        if m is None:
            zone_info = ZoneInfo(zone)
            begin = (start or datetime.now(zone_info).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
            begin = begin.astimezone(zone_info)
            self.day.setDate(qdate(begin.date()))
            self.start_time.setTime(QTime(begin.hour, begin.minute))
            self.end_time.setTime(QTime(begin.hour, begin.minute).addSecs(3600))
            self.until.setDate(qdate(begin.date() + timedelta(days=182)))
            me = self.ctx.actor
            self._attendees.append((AttendeeDraft(AttendeeKind.STAFF, user_id=me.user_id), me.display_name))
            self._refresh_repeat_choices()
            return
        zone_info = ZoneInfo(m.timezone)
        local_start, local_end = m.start.astimezone(zone_info), m.end.astimezone(zone_info)
        self.title.setText(m.title)
        self.zone.setCurrentText(m.timezone)
        self.day.setDate(qdate(local_start.date()))
        self.start_time.setTime(QTime(local_start.hour, local_start.minute))
        self.end_time.setTime(QTime(local_end.hour, local_end.minute))
        self.channel.setCurrentIndex(max(0, self.channel.findData(m.channel.value)))
        self.location.setText(m.location)
        self.agenda.setPlainText("\n".join(a.title for a in m.agenda))
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(m.donor_purpose.value)))
        for a in m.attendees:
            if a.ref_id is None and a.kind in (AttendeeKind.CLIENT, AttendeeKind.DONOR):
                continue  # someone this user may not see: listed, greyed, and kept by the service
            ref = {"user_id": a.ref_id} if a.kind is AttendeeKind.STAFF else (
                {"client_id": a.ref_id} if a.kind is AttendeeKind.CLIENT else (
                    {"donor_id": a.ref_id} if a.kind is AttendeeKind.DONOR else {}))
            flags = flags_text(a.client_flags)
            self._attendees.append((AttendeeDraft(a.kind, name=a.name if a.kind is AttendeeKind.EXTERNAL else "",
                                                  organisation=a.organisation, **ref),
                                    f"{a.name}  {flags}" if flags else a.name))
        self._hidden = [a for a in m.attendees if a.ref_id is None and a.kind in (AttendeeKind.CLIENT, AttendeeKind.DONOR)]
        self._refresh_repeat_choices()
        self.until.setDate(qdate(local_start.date() + timedelta(days=182)))
        if m.rule is not None:
            self._select_rule(m.rule)

    def _refresh_repeat_choices(self, *_args: object) -> None:
        """Offer the repeats that make sense for the chosen day ("the 2nd Tuesday", "day 31")."""
        day = pydate(self.day.date())
        chosen = self.repeat.currentData()
        position = week_position(day)
        weekday = tr(WEEKDAYS[day.weekday()])
        options: list[tuple[str, SeriesRule | None]] = [
            (tr("Does not repeat"), None),
            (tr("Every week on {day}").format(day=weekday), SeriesRule(Frequency.WEEKLY, weekdays=(day.weekday(),))),
            (tr("Every other week on {day}").format(day=weekday),
             SeriesRule(Frequency.WEEKLY, interval=2, weekdays=(day.weekday(),))),
            (tr("Every month on the {ordinal} {day}").format(ordinal=tr(ORDINALS[position]), day=weekday),
             SeriesRule(Frequency.MONTHLY, weekdays=(day.weekday(),), monthly_by=MonthlyBy.WEEKDAY,
                        week_position=position)),
            (tr("Every month on day {n} (months without it are skipped)").format(n=day.day),
             SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.DAY_OF_MONTH, month_day=day.day)),
            (tr("Every month on the last day"), SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY)),
            (tr("Every year"), SeriesRule(Frequency.YEARLY)),
        ]
        self.repeat.blockSignals(True)
        self.repeat.clear()
        for label, rule in options:
            self.repeat.addItem(label, rule.to_rrule() if rule else "")
        index = self.repeat.findData(chosen) if chosen else 0
        self.repeat.setCurrentIndex(max(0, index))
        self.repeat.blockSignals(False)

    def _select_rule(self, rule: SeriesRule) -> None:
        base = rule.with_end().to_rrule()
        index = self.repeat.findData(base)
        if index < 0:
            template, values = rule.with_end().describe()
            self.repeat.addItem(tr_domain(template, **values), base)
            index = self.repeat.count() - 1
        self.repeat.setCurrentIndex(index)
        if rule.count is not None:
            self.ends.setCurrentIndex(self.ends.findData("count"))
            self.count.setValue(rule.count)
        elif rule.until is not None:
            self.ends.setCurrentIndex(self.ends.findData("until"))
            self.until.setDate(qdate(rule.until))

    def _update_ends(self, *_args: object) -> None:
        repeats = bool(self.repeat.currentData())
        self.ends.setEnabled(repeats and not self._scope.occurrence)
        self.until.setVisible(repeats and self.ends.currentData() == "until")
        self.count.setVisible(repeats and self.ends.currentData() == "count")

    # -- attendees -------------------------------------------------------------------------------
    def _add(self, draft: AttendeeDraft, label: str) -> None:
        key = (draft.kind, draft.user_id or draft.client_id or draft.donor_id or draft.name.lower())
        if any((a.kind, a.user_id or a.client_id or a.donor_id or a.name.lower()) == key for a, _l in self._attendees):
            return
        self._attendees.append((draft, label))
        self._update_attendee_view()
        self._timer.start()

    def _add_staff(self) -> None:
        if self.staff.currentData() is not None:
            self._add(AttendeeDraft(AttendeeKind.STAFF, user_id=self.staff.currentData()), self.staff.currentText())

    def _add_ref(self, kind: AttendeeKind, picker: RecordPicker) -> None:
        ref = picker.selected_id
        label = picker.text().split(" — ")[0]
        self._add(AttendeeDraft(kind, client_id=ref if kind is AttendeeKind.CLIENT else None,
                                donor_id=ref if kind is AttendeeKind.DONOR else None), label)
        picker.clear()
        picker.selected_id = None

    def _add_outside(self) -> None:
        name = self.outside_name.text().strip()
        if not name:
            self.form.set_error("attendees", tr("Enter the outside attendee's name first."))
            return
        org = self.outside_org.text().strip()
        self._add(AttendeeDraft(AttendeeKind.EXTERNAL, name=name, organisation=org),
                  f"{name} ({org})" if org else name)
        self.outside_name.clear()
        self.outside_org.clear()

    def _remove_selected(self) -> None:
        row = self.attendee_list.currentRow()
        if 0 <= row < len(self._attendees):
            del self._attendees[row]
            self._update_attendee_view()
            self._timer.start()

    def _update_attendee_view(self) -> None:
        kinds = {AttendeeKind.STAFF: tr("colleague"), AttendeeKind.CLIENT: tr("client"),
                 AttendeeKind.DONOR: tr("donor"), AttendeeKind.EXTERNAL: tr("outside")}
        self.attendee_list.clear()
        for draft, label in self._attendees:
            QListWidgetItem(f"{label}  ·  {kinds[draft.kind]}", self.attendee_list)
        for hidden in getattr(self, "_hidden", []):
            item = QListWidgetItem(f"{tr_domain(hidden.name)}  ·  {kinds[hidden.kind]}", self.attendee_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        has_donor = any(d.kind is AttendeeKind.DONOR for d, _l in self._attendees)
        self.purpose_host.setEnabled(has_donor)
        self.remove_button.setEnabled(bool(self._attendees))

    # -- the draft -------------------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        zone_name = self.zone.currentText().strip()
        try:
            zone = ZoneInfo(zone_name)
        except (KeyError, ValueError):
            raise ValidationError("timezone", tr("'{zone}' is not a known time zone.").format(zone=zone_name)) from None
        if zone_name not in available_timezones() and zone_name != "UTC":
            raise ValidationError("timezone", tr("'{zone}' is not a known time zone.").format(zone=zone_name))
        day = pydate(self.day.date())
        start_t, end_t = self.start_time.time(), self.end_time.time()
        start = datetime.combine(day, time(start_t.hour(), start_t.minute()), zone)
        end = datetime.combine(day, time(end_t.hour(), end_t.minute()), zone)
        rule = None
        if self.repeat.currentData() and not self._scope.occurrence:
            rule = SeriesRule.from_rrule(self.repeat.currentData())
            if self.ends.currentData() == "until":
                rule = rule.with_end(until=pydate(self.until.date()))
            elif self.ends.currentData() == "count":
                rule = rule.with_end(count=self.count.value())
        # People this user may not see are not in the form; the service keeps them invited.
        attendees = tuple(d for d, _l in self._attendees)
        return MeetingDraft(self.title.text(), start, end, zone_name, Channel(self.channel.currentData()),
                            self.location.text(), "", rule, attendees,
                            tuple(self.agenda.toPlainText().splitlines()), guard.Purpose(self.purpose.currentData()))

    def _update_warnings(self) -> None:
        try:
            draft = self.draft()
        except CaseworkerError:
            self.warnings.setText("")
            return
        meeting_id = self._scope.meeting.id if self._scope.meeting else None
        self._warnings_asked += 1
        ticket = self._warnings_asked
        self.ctx.read(lambda s: (s.meetings.clashes(draft, meeting_id=meeting_id),
                                 s.meetings.touchpoint_preview(draft, meeting_id=meeting_id)),
                      lambda answer: self._show_warnings(ticket, draft, *answer),
                      lambda _error: self._show_warnings(ticket, draft, [], []))

    def _show_warnings(self, ticket: int, draft: MeetingDraft, clashes: list[Clash],
                       previews: list[TouchPreview]) -> None:
        if ticket != self._warnings_asked:
            return  # the form changed again meanwhile: the newer answer follows
        zone = ZoneInfo(draft.timezone)
        lines = []
        by_person: dict[str, list] = {}
        for c in clashes:
            by_person.setdefault(c.user, []).append(c)
        for who, theirs in by_person.items():
            first = theirs[0]
            when = format_instant(first.other_start, zone)
            if len(theirs) == 1:
                lines.append(tr("⚠ Double booking: {who} is already in “{title}” on {when}.").format(
                    who=who, title=first.other_title, when=when))
            else:
                lines.append(tr("⚠ Double booking: {who} is already busy at {n} of these times, first in "
                                "“{title}” on {when}.").format(who=who, n=len(theirs), title=first.other_title,
                                                               when=when))
        blocked = [p for p in previews if p.blocked]
        if previews:
            if blocked:
                days = ", ".join(format_day(p.when.astimezone(zone).date()) for p in blocked[:8])
                reason = next((r for r in blocked[0].verdict.reasons if r.severity is guard.Severity.BLOCK), None)
                lines.append(tr("⚠ The contact guard would block {n} of the {total} contacts with {donor} in the "
                                "next 90 days ({days}); those are not planned. {reason}").format(
                    n=len(blocked), total=len(previews), donor=blocked[0].donor, days=days,
                    reason=tr_domain(reason.message, **reason.params) if reason else ""))
            else:
                lines.append(tr("✓ The contact guard allows every contact with the donor in the next 90 days."))
        self.warnings.setText("<br>".join(lines))
        if self.isVisible():
            self.adjustSize()  # a wrapped label's new height needs the dialog to grow

    def _save(self) -> None:
        self.form.clear_errors()
        try:
            draft = self.draft()
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        meeting_id = self._scope.meeting.id if self._scope.meeting else None
        self.buttons.setEnabled(False)
        self.ctx.read(lambda s: s.meetings.clashes(draft, meeting_id=meeting_id),
                      lambda clashes: self._clashes_checked(draft, clashes), self._refused)

    def _clashes_checked(self, draft: MeetingDraft, clashes: list[Clash]) -> None:
        if clashes and not self._confirm(tr("{n} double booking(s): {who}. Save anyway?").format(
                n=len(clashes), who=", ".join(sorted({c.user for c in clashes})))):
            self.buttons.setEnabled(True)
            return
        self.ctx.write(self._save_action(draft), self._saved, self._refused)

    def _save_action(self, draft: MeetingDraft) -> Callable[[Services], tuple[MeetingDetail, Changes]]:
        """The write this dialog makes: one occurrence, a new meeting, or the meeting (or series)."""
        scope, m = self._scope, self._scope.meeting
        if scope.occurrence:
            series_id, key = scope.occurrence_of, scope.key
            assert series_id is not None and key is not None
            return lambda s: s.meetings.edit_occurrence(series_id, key, draft)
        if m is None:
            return lambda s: s.meetings.create(draft)
        meeting_id, version = m.id, m.version
        return lambda s: s.meetings.update(meeting_id, draft, version)

    def _saved(self, result: tuple[MeetingDetail, Changes]) -> None:
        self.buttons.setEnabled(True)
        self.saved, self.changes = result
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("Double booking"), text,
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    @classmethod
    def ask(cls, ctx: UiContext, *, zone: str, scope: Scope = Scope(), start: datetime | None = None,
            parent: QWidget | None = None) -> tuple[MeetingDetail, Changes] | None:
        dialog = cls(ctx, zone=zone, scope=scope, start=start, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            return dialog.saved, dialog.changes
        return None


class MinutesDialog(QDialog):
    """Minutes, decisions and attendance of one meeting (or one occurrence of a series)."""

    def __init__(self, ctx: UiContext, meeting: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Minutes: {title}").format(title=meeting.title))
        self.setMinimumWidth(600)
        self.ctx, self._meeting = ctx, meeting
        self.saved: MeetingDetail | None = None
        self.changes = Changes()
        form = self.form = Form(self)
        self.attendance = QTableWidget(len(meeting.attendees), 2, self)
        self.attendance.setHorizontalHeaderLabels([tr("Who"), tr("Attendance")])
        self.attendance.verticalHeader().hide()
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.attendance.setColumnWidth(0, 260)
        self._combos: dict[int, QComboBox] = {}
        for row, a in enumerate(meeting.attendees):
            self.attendance.setItem(row, 0, QTableWidgetItem(tr_domain(a.name)))
            combo = QComboBox(self)
            combo.setAccessibleName(tr("Attendance of {name}").format(name=tr_domain(a.name)))
            for att in Attendance:
                combo.addItem(tr_domain(ATTENDANCE_LABELS[att]), att.value)
            combo.setCurrentIndex(combo.findData(a.attendance.value))
            self.attendance.setCellWidget(row, 1, combo)
            self._combos[a.id] = combo
        self.attendance.setMaximumHeight(min(200, 30 + 30 * len(meeting.attendees)))
        form.add("attendance", tr("&Attendance:"), self.attendance)
        all_attended = QPushButton(icons.icon("check"), tr("Everyone &attended"), self)
        all_attended.clicked.connect(self._everyone_attended)
        form.add_row(all_attended)
        self.minutes = form.add("minutes", tr("&Minutes:"), QPlainTextEdit(self))
        self.minutes.setPlainText(meeting.minutes)
        self.minutes.setMinimumHeight(160)
        self.decisions = form.add("decisions", tr("&Decisions:"), QPlainTextEdit(self))
        self.decisions.setPlaceholderText(tr("One decision per line"))
        self.decisions.setPlainText("\n".join(meeting.decisions))
        self.decisions.setMaximumHeight(100)
        self.buttons = buttons_for(self, tr("Save minutes"))
        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)

    def _everyone_attended(self) -> None:
        for combo in self._combos.values():
            if combo.currentData() == Attendance.INVITED.value:
                combo.setCurrentIndex(combo.findData(Attendance.ATTENDED.value))

    def _save(self) -> None:
        self.form.clear_errors()
        attendance = {aid: Attendance(c.currentData()) for aid, c in self._combos.items()}
        meeting_id, version = self._meeting.id, self._meeting.version
        minutes, decisions = self.minutes.toPlainText(), self.decisions.toPlainText().splitlines()
        self.buttons.setEnabled(False)
        self.ctx.write(lambda s: s.meetings.record_minutes(meeting_id, minutes, decisions, attendance, version),
                       self._saved, self._refused)

    def _saved(self, result: tuple[MeetingDetail, Changes]) -> None:
        self.buttons.setEnabled(True)
        self.saved, self.changes = result
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)

    @classmethod
    def ask(cls, ctx: UiContext, meeting: MeetingDetail,
            parent: QWidget | None = None) -> tuple[MeetingDetail, Changes] | None:
        dialog = cls(ctx, meeting, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            return dialog.saved, dialog.changes
        return None


class VotesDialog(QDialog):
    """The board's side of the minutes: the quorum, and each decision's proposer, seconder and vote.

    The decisions come from the minutes (recorded with :class:`MinutesDialog`); they are read once
    the dialog is built, and OK waits for them. Everything is saved in one action.
    """

    COLUMNS = ("proposer", "seconder", "votes_for", "votes_against", "abstentions")

    def __init__(self, ctx: UiContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Votes and quorum"))
        self.setMinimumWidth(720)
        self.ctx, self._meeting_id = ctx, meeting_id
        self.board: BoardRecord | None = None
        self.changes = Changes()
        self._ids: list[int] = []
        form = self.form = Form(self)
        quorum_row = QWidget(self)
        row = QHBoxLayout(quorum_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_quorum = QCheckBox(tr("This meeting has a quorum of"), quorum_row)
        self.quorum = QSpinBox(quorum_row)
        self.quorum.setRange(1, 1000)
        self.quorum.setAccessibleName(tr("Quorum: people who must be present"))
        self.quorum.setEnabled(False)
        self.has_quorum.toggled.connect(self.quorum.setEnabled)
        self.has_quorum.toggled.connect(self._show_quorate)
        self.quorum.valueChanged.connect(self._show_quorate)
        row.addWidget(self.has_quorum)
        row.addWidget(self.quorum)
        row.addWidget(QLabel(tr("people present"), quorum_row))
        row.addStretch(1)
        form.add("quorum", tr("&Quorum:"), quorum_row)
        self.quorate = QLabel(self)
        self.quorate.setAccessibleName(tr("Whether the meeting was quorate"))
        form.add_row(self.quorate)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([tr("Decision"), tr("Proposer"), tr("Seconder"), tr("For"),
                                              tr("Against"), tr("Abstained")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.setColumnWidth(column, 130)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(tr("Decisions with their proposer, seconder and vote"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it, typing edits
        self.table.setMinimumHeight(180)
        form.add("decisions", tr("&Decisions:"), self.table)
        self.empty = QLabel(tr("No decisions in the minutes yet: record them with Minutes… first."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        form.add_row(self.empty)
        note = QLabel(tr("Leave the counts empty for a decision agreed without a vote."), self)
        note.setWordWrap(True)
        form.add_row(note)
        self.buttons = buttons_for(self, tr("Save"))
        self.buttons.accepted.connect(self._save)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the decisions are shown
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        ctx.read(lambda s: s.board.board(meeting_id), self._fill, self._refused)

    def _fill(self, board: BoardRecord) -> None:
        self.board = board
        self._ids = [d.id for d in board.decisions]
        self.table.setRowCount(len(board.decisions))
        for r, d in enumerate(board.decisions):
            text = QTableWidgetItem(d.text)
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, text)
            values = (d.proposer, d.seconder, d.votes_for, d.votes_against, d.abstentions)
            for c, value in enumerate(values, start=1):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.setVisible(bool(board.decisions))
        self.empty.setVisible(not board.decisions)
        self.has_quorum.setChecked(board.quorum is not None)
        if board.quorum is not None:
            self.quorum.setValue(board.quorum)
        self._show_quorate()
        self.ok_button.setEnabled(True)

    def _show_quorate(self, *_args: object) -> None:
        if self.board is None:
            return
        present = self.board.present
        if not self.has_quorum.isChecked():
            self.quorate.setText(tr("{n} present; no quorum set.").format(n=present))
        elif present >= self.quorum.value():
            self.quorate.setText(tr("{n} present: quorate.").format(n=present))
        else:
            self.quorate.setText(tr("{n} present: not quorate, so its decisions need confirming.").format(n=present))

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item is not None else ""

    def votes(self) -> dict[int, VoteDraft]:
        """The table as typed; a count that is not a number is refused beside its row."""
        out: dict[int, VoteDraft] = {}
        errors: list[ValidationError] = []
        for r, decision_id in enumerate(self._ids):
            counts: list[int | None] = []
            for c, field in ((3, "votes_for"), (4, "votes_against"), (5, "abstentions")):
                text = self._cell(r, c)
                if text and not text.isdigit():
                    errors.append(ValidationError(f"decision_{r + 1}_{field}",
                                                  tr("Enter a number of votes (0 or more), or leave it empty.")))
                counts.append(int(text) if text.isdigit() else None)
            out[decision_id] = VoteDraft(self._cell(r, 1), self._cell(r, 2), *counts)
        if errors:
            raise ValidationErrors(errors)
        return out

    def _save(self) -> None:
        self.form.clear_errors()
        try:
            votes = self.votes()
        except ValidationErrors as exc:
            self._refused(exc)
            return
        meeting_id = self._meeting_id
        quorum = self.quorum.value() if self.has_quorum.isChecked() else None
        self.buttons.setEnabled(False)
        self.ctx.write(lambda s: s.board.record_board(meeting_id, quorum, votes), self._saved, self._refused)

    def _saved(self, result: tuple[BoardRecord, Changes]) -> None:
        self.buttons.setEnabled(True)
        self.board, self.changes = result
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        """A row's error goes beside the decisions, naming the decision."""
        self.buttons.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        rows, other = [], []
        for e in errors:
            if isinstance(e, ValidationError) and e.field.startswith("decision_"):
                _, row, field = e.field.split("_", 2)
                text = self._cell(int(row) - 1, 0)
                rows.append(tr("“{decision}”, {what}: {message}").format(
                    decision=text, what=_vote_field_name(field), message=error_text(e)))
            else:
                other.append(e)
        if other:
            self.form.show_error(other[0] if len(other) == 1 else ValidationErrors(other))  # type: ignore[arg-type]
        else:
            self.form.clear_errors()
        if rows:
            self.form.set_error("decisions", "\n".join(rows))

    @classmethod
    def ask(cls, ctx: UiContext, meeting_id: int, parent: QWidget | None = None) -> Changes | None:
        dialog = cls(ctx, meeting_id, parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None


def _vote_field_name(field: str) -> str:
    return {"proposer": tr("proposer"), "seconder": tr("seconder"), "votes_for": tr("for"),
            "votes_against": tr("against"), "abstentions": tr("abstained")}.get(field, field)


class ActionItemDialog(QDialog):
    """Give someone an action from a meeting; the people to choose from are read once it is built."""

    def __init__(self, ctx: UiContext, meeting: MeetingDetail, *, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add action item"))
        self.setMinimumWidth(460)
        self.ctx, self._meeting = ctx, meeting
        self.changes = Changes()
        form = self.form = Form(self)
        self.text = form.add("text", tr("&What:"), QLineEdit(self))
        self.owner = form.add("owner_id", tr("&Who:"), QComboBox(self))
        self.has_due = QCheckBox(tr("By a date"), self)
        self.has_due.setChecked(True)
        self.due = QDateEdit(qdate(today + timedelta(days=7)), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd d MMM yyyy")
        self.due.setAccessibleName(tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget(self)
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addStretch(1)
        form.add("due_on", tr("&Due:"), due_row)
        self.buttons = buttons_for(self, tr("Add"))
        self.buttons.accepted.connect(self._save)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until there is someone to choose
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        ctx.read(lambda s: s.accounts.list_users(include_inactive=False), self._fill_owners)

    def _fill_owners(self, users: list[UserSummary]) -> None:
        """The meeting's own staff first, then everyone else."""
        staff_here = [a.ref_id for a in self._meeting.attendees if a.kind is AttendeeKind.STAFF]
        for user in sorted(users, key=lambda u: (u.id not in staff_here, u.display_name)):
            self.owner.addItem(user.display_name, user.id)
        self.ok_button.setEnabled(True)

    def _save(self) -> None:
        self.form.clear_errors()
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        meeting_id, text, owner_id = self._meeting.id, self.text.text(), self.owner.currentData()
        self.buttons.setEnabled(False)
        self.ctx.write(lambda s: s.meetings.add_action_item(meeting_id, text, owner_id, due),
                       self._saved, self._refused)

    def _saved(self, result: tuple[object, Changes]) -> None:
        self.buttons.setEnabled(True)
        self.changes = result[1]
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)

    @classmethod
    def ask(cls, ctx: UiContext, meeting: MeetingDetail, *, today: date,
            parent: QWidget | None = None) -> Changes | None:
        dialog = cls(ctx, meeting, today=today, parent=parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_scope(parent: QWidget, what: str) -> str | None:
    """For an occurrence of a series: change "this" occurrence or "series"; None to cancel."""
    box = QMessageBox(parent)
    box.setWindowTitle(what)
    box.setText(tr("This meeting repeats. Change only this occurrence, or the whole series?"))
    this = box.addButton(tr("This &occurrence"), QMessageBox.ButtonRole.AcceptRole)
    series = box.addButton(tr("The whole &series"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.exec()
    clicked = box.clickedButton()
    return "this" if clicked is this else "series" if clicked is series else None


def show_error(parent: QWidget, error: CaseworkerError) -> None:
    QMessageBox.warning(parent, tr("Meetings"), error_text(error))
