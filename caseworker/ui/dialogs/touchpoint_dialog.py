"""Plan, log or move a contact with a donor, with the contact guard's verdict shown before saving.

As the user changes the time, channel or purpose the dialog asks the guard (a quick read) and
shows the verdict: the reasons in plain words, the next allowed time and a channel the donor
accepts, each with a button that puts it into the form. A warning needs one click ("Save
anyway"); a block can be overridden only by a manager, with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import TOUCHPOINT_CHANNELS, Channel, capitalised
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import PURPOSE_LABELS, Outcome, Purpose, Verdict
from caseworker.domain.permissions import Action
from caseworker.services.container import Services
from caseworker.services.touchpoints import ContactBlocked, ContactNeedsConfirmation, TouchpointDraft, TouchpointRecord
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import channel_label, channel_title, format_instant, tr, tr_domain, zone_caption
from caseworker.ui.widgets.form import Form

PREVIEW_PAUSE_MS = 250
_STYLES = {
    Outcome.ALLOW: "background: #e7f4ea; color: #1e5b2c; border: 1px solid #a9d5b3;",
    Outcome.WARN: "background: #fff4e0; color: #7a4b00; border: 1px solid #f0c987;",
    Outcome.BLOCK: "background: #fdecea; color: #8a1c14; border: 1px solid #e8a29c;",
}
_ICONS = {Outcome.ALLOW: "circle-check", Outcome.WARN: "triangle-alert", Outcome.BLOCK: "ban"}


def purpose_label(purpose: Purpose | str) -> str:
    return tr_domain(PURPOSE_LABELS[Purpose(purpose)])


def wall_clock_edit(parent: QWidget, name: str) -> QDateTimeEdit:
    """A date-and-time field holding a wall-clock time; the caller says which zone it is in.
    It works in UTC internally so the computer's own zone (and its DST jumps) never shifts it."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")  # the weekday, so a Sunday is seen as one
    edit.setAccessibleName(name)
    return edit


def set_wall_clock(edit: QDateTimeEdit, instant: datetime, zone: ZoneInfo) -> None:
    local = instant.astimezone(zone)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                               QTimeZone.utc()))


def wall_clock(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    value = edit.dateTime().toTimeZone(QTimeZone.utc())
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)


def verdict_headline(verdict: Verdict) -> str:
    return {Outcome.ALLOW: tr("The guard allows this contact."),
            Outcome.WARN: tr("Allowed, with a warning — check before saving."),
            Outcome.BLOCK: tr("The guard blocks this contact.")}[verdict.verdict]


class VerdictPanel(QFrame):
    """The guard's verdict in words, with buttons to take its suggestions."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setObjectName("verdict")
        self.icon = QLabel(self)
        self.headline = QLabel(self)
        self.headline.setStyleSheet("font-weight: 600; background: transparent; border: none;")
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("background: transparent; border: none;")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.next_time = QPushButton(self)
        self.next_time.setAccessibleName(tr("Use the next allowed time"))
        self.other_channel = QPushButton(self)
        self.other_channel.setAccessibleName(tr("Use the suggested channel"))
        for button in (self.next_time, self.other_channel):
            button.setFlat(False)
            button.hide()
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.headline, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.next_time)
        actions.addWidget(self.other_channel)
        actions.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.addLayout(top)
        box.addWidget(self.reasons)
        box.addLayout(actions)
        self.verdict: Verdict | None = None
        self.setAccessibleName(tr("The contact guard's verdict"))
        self.hide()

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.setStyleSheet(f"QFrame#verdict {{ {_STYLES[verdict.verdict]} border-radius: 6px; }}")
        self.icon.setPixmap(icons.icon(_ICONS[verdict.verdict]).pixmap(20, 20))
        self.headline.setText(verdict_headline(verdict))
        lines = [tr_domain(r.message, **r.params) for r in verdict.reasons]
        if verdict.blocked:
            if verdict.next_allowed is not None:
                lines.append(tr("Next allowed: {when} ({zone}).").format(
                    when=format_instant(verdict.next_allowed, self.zone), zone=self.zone.key))
            else:
                lines.append(tr("Waiting will not help: no time in the next two years is allowed on this channel."))
        self.reasons.setText("<br>".join(f"• {line}" for line in lines))
        self.reasons.setVisible(bool(lines))
        self.setAccessibleDescription(" ".join([self.headline.text(), *lines]))
        show_next = verdict.blocked and verdict.next_allowed is not None
        self.next_time.setVisible(show_next)
        if show_next:
            self.next_time.setText(tr("Use {when}").format(when=format_instant(verdict.next_allowed, self.zone)))
        suggested = verdict.suggested_channel
        self.other_channel.setVisible(suggested is not None)
        if suggested is not None:
            self.other_channel.setText(tr("Use {channel} instead").format(channel=channel_label(suggested)))
        self.show()


class TouchpointDialog(QDialog):
    """``mode`` is ``plan``, ``log`` or ``move`` (an existing planned touchpoint)."""

    def __init__(self, ctx: UiContext, donor_id: int, donor_name: str, *, mode: str = "plan",
                 touchpoint: TouchpointRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id = donor_id
        self.mode = mode
        self.touchpoint = touchpoint
        self.zone = ctx.zone
        self.result_record: TouchpointRecord | None = None
        self.verdict: Verdict | None = None
        titles = {"plan": tr("Plan a contact with {name}"), "log": tr("Log a contact with {name}"),
                  "move": tr("Move the contact with {name}")}
        self.setWindowTitle(titles[mode].format(name=donor_name))
        self.setMinimumWidth(520)

        self.form = Form(self)
        self.when = wall_clock_edit(self, tr("When"))
        self.channel = QComboBox(self)
        for channel in TOUCHPOINT_CHANNELS:
            self.channel.addItem(icons.icon(icons.CHANNEL_ICONS[channel]), channel_title(channel), channel.value)
        self.purpose = QComboBox(self)
        for purpose in Purpose:
            self.purpose.addItem(capitalised(purpose_label(purpose)), purpose.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.form.add("when", tr("When ({zone} time):").format(zone=zone_caption(self.zone)), self.when)
        self.when.setToolTip(tr("In the time zone {zone}").format(zone=self.zone.key))
        self.form.add("channel", tr("Channel:"), self.channel)
        self.form.add("purpose", tr("Purpose:"), self.purpose)
        self.form.add("notes", tr("Notes:"), self.notes)

        self.panel = VerdictPanel(self.zone, self)
        self.panel.next_time.clicked.connect(self._use_next_time)
        self.panel.other_channel.clicked.connect(self._use_other_channel)

        self.buttons = QDialogButtonBox(self)
        save_text = {"plan": tr("Plan"), "log": tr("Log"), "move": tr("Move")}[mode]
        self.save = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        self._save_text = save_text
        self.override = self.buttons.addButton(tr("Override…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.override.setAccessibleName(tr("Override the guard"))
        self.override.setToolTip(tr("Managers may let a blocked contact go ahead, with a reason."))
        self.override.hide()
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        self.save.clicked.connect(self._save_clicked)
        self.override.clicked.connect(self._override_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

        self._asked = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_verdict)
        self._fill(touchpoint)
        self.when.dateTimeChanged.connect(lambda _v: self._timer.start())
        self.channel.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.purpose.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.refresh_verdict()

    # -- the form ---------------------------------------------------------------------------
    def _fill(self, touchpoint: TouchpointRecord | None) -> None:
        if touchpoint is not None:
            start = touchpoint.when
            self._select(self.channel, touchpoint.channel.value)
            self._select(self.purpose, touchpoint.purpose.value)
            self.notes.setPlainText(touchpoint.notes)
            for widget in (self.channel, self.purpose, self.notes):
                widget.setEnabled(False)
        elif self.mode == "log":
            start = datetime.now(UTC).replace(second=0, microsecond=0)
            self._select(self.channel, Channel.PHONE.value)
            self._select(self.purpose, Purpose.THANKS.value)
        else:
            tomorrow = datetime.now(self.zone).date() + timedelta(days=1)
            start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, tzinfo=self.zone)
            self._select(self.channel, Channel.EMAIL.value)
            self._select(self.purpose, Purpose.UPDATE.value)
        self.set_when(start)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def set_when(self, instant: datetime) -> None:
        set_wall_clock(self.when, instant, self.zone)

    def chosen_when(self) -> datetime:
        return wall_clock(self.when, self.zone)

    def draft(self) -> TouchpointDraft:
        status = "done" if self.mode == "log" else "planned"
        return TouchpointDraft(self.donor_id, self.chosen_when(), self.channel.currentData(),
                               self.purpose.currentData(), self.notes.toPlainText(), status)

    # -- the verdict ------------------------------------------------------------------------
    def refresh_verdict(self, then: Callable[[], None] | None = None) -> None:
        """Ask the guard about the form as it stands; *then* runs once its verdict is shown."""
        self._timer.stop()
        draft = self.draft()
        exclude = self.touchpoint.id if self.touchpoint is not None else None
        self._asked += 1
        asked, donor_id = self._asked, self.donor_id
        self.ctx.read(lambda s: s.touchpoints.preview(donor_id, draft.when, draft.channel, draft.purpose,
                                                      exclude_id=exclude),
                      lambda verdict: self._judged(asked, verdict, then),
                      lambda exc: asked == self._asked and self.form.show_error(exc))

    def _judged(self, asked: int, verdict: Verdict, then: Callable[[], None] | None) -> None:
        if asked != self._asked:  # the form changed again: a newer verdict is on its way
            return
        self.form.clear_errors()
        self.show_verdict(verdict)
        if then is not None:
            then()

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.panel.show_verdict(verdict)
        blocked = verdict.blocked
        self.save.setEnabled(not blocked)
        self.save.setText(tr("Save anyway") if verdict.verdict is Outcome.WARN else self._save_text)
        self.save.setAccessibleName(self.save.text())
        self.override.setVisible(blocked and self.ctx.actor.can(Action.OVERRIDE_GUARD))

    def _use_next_time(self) -> None:
        if self.verdict is not None and self.verdict.next_allowed is not None:
            self.set_when(self.verdict.next_allowed)
            self.refresh_verdict()

    def _use_other_channel(self) -> None:
        if self.verdict is not None and self.verdict.suggested_channel is not None:
            self._select(self.channel, self.verdict.suggested_channel.value)
            self.refresh_verdict()

    # -- saving -----------------------------------------------------------------------------
    def _save_clicked(self) -> None:
        if self._timer.isActive():  # the verdict shown is for the form before the last edit
            self.refresh_verdict(then=self._save_judged)
        else:
            self._save_judged()

    def _save_judged(self) -> None:
        if self.verdict is None or self.verdict.blocked:
            return
        self.submit(confirm=self.verdict.verdict is Outcome.WARN)

    def _override_clicked(self) -> None:
        from caseworker.ui.dialogs.override_dialog import OverrideDialog

        if self.verdict is None:
            return
        reason = OverrideDialog.ask(self.verdict, self)
        if reason:
            self.submit(confirm=True, override_reason=reason)

    def submit(self, *, confirm: bool, override_reason: str | None = None) -> None:
        if self.mode == "move" and self.touchpoint is not None:
            tp = self.touchpoint
            when = self.chosen_when()

            def call(s: Services) -> Any:
                return s.touchpoints.move(tp.id, when, expected_version=tp.version, confirm=confirm,
                                          override_reason=override_reason)
        else:
            draft = self.draft()

            def call(s: Services) -> Any:
                return s.touchpoints.plan(draft, confirm=confirm, override_reason=override_reason)
        self.save.setEnabled(False)
        self.ctx.write(call, self._saved, self._failed)

    def _saved(self, result: tuple[TouchpointRecord, object]) -> None:
        self.result_record = result[0]
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        if isinstance(error, (ContactBlocked, ContactNeedsConfirmation)):
            self.show_verdict(error.verdict)  # someone planned a contact meanwhile
            return
        self.save.setEnabled(True)
        self.form.show_error(error)

    @classmethod
    def ask(cls, ctx: UiContext, donor_id: int, donor_name: str, *, mode: str = "plan",
            touchpoint: TouchpointRecord | None = None, parent: QWidget | None = None
            ) -> TouchpointRecord | None:
        dialog = cls(ctx, donor_id, donor_name, mode=mode, touchpoint=touchpoint, parent=parent)
        dialog.exec()
        return dialog.result_record
