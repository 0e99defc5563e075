"""Letters and e-mail: the thank-you queue, the outbox and the template editor.

Everything that reads or writes goes through an operation (off the GUI thread): thanking gifts,
sending the outbox through the mail server (with progress and a Stop button), printing letters
and labels, and the editor's live preview, which is asked for a moment after typing pauses.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import Channel
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.mail import LABEL_SHEETS, STATUS_LABELS, MessageStatus, SendSummary
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, ChangeKind, Changes
from caseworker.domain.templates import (
    AUDIENCE_LABELS,
    KIND_LABELS,
    PURPOSE_LABELS,
    Audience,
    TemplateDraft,
    TemplateKind,
    TemplatePurpose,
    audiences_for,
)
from caseworker.services.container import Services
from caseworker.services.mail import ComposeResult, OutboxRow, TemplateRecord, ThankYouRow
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import amount_text, channel_label, error_text, format_money, tr, tr_domain
from caseworker.ui.sections.base import Section
from caseworker.ui.sections.planner import Col, RowsModel, _table
from caseworker.ui.widgets.flow_layout import FlowLayout
from caseworker.ui.widgets.form import Form

if TYPE_CHECKING:
    from caseworker.correspondence import Printed

RESUME_MINUTES = 5


class _Progress(QObject):
    moved = Signal(int, int)


def _when(value: datetime | None, ctx: UiContext) -> str:
    return value.astimezone(ctx.zone).strftime("%Y-%m-%d %H:%M") if value else ""


def summary_text(summary: SendSummary) -> str:
    text = tr("sent {sent}, blocked {blocked}, failed {failed}, skipped {skipped}").format(
        sent=summary.sent, blocked=summary.blocked, failed=summary.failed, skipped=summary.skipped)
    if summary.retrying:
        text += " " + tr("({n} wait to be tried again)").format(n=summary.retrying)
    return text


class _Worker(QWidget):
    """What the queue and the outbox share: a status line, a progress bar with Stop, sending."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("Progress"))
        self.bar.hide()
        self.stop = QPushButton(icons.icon("x"), tr("Stop"), self)
        self.stop.setAccessibleName(tr("Stop sending"))
        self.stop.hide()
        self.stop.clicked.connect(self._cancel.set)
        self._progress.moved.connect(self._moved)

    def say(self, text: str) -> None:
        self._lines = [text]
        self.status.setText(text)

    def add(self, text: str) -> None:
        """Add a line to what the last action reported (a thank-you run sends, then prints)."""
        self._lines = [*getattr(self, "_lines", []), text]
        self.status.setText("\n".join(self._lines))

    def progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.bar)
        row.addWidget(self.stop)
        return row

    def _moved(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def progress(self, done: int, total: int) -> bool:
        """Called on the runner's thread: hands the figures to the window, and says whether to go on."""
        self._progress.moved.emit(done, total)
        return not self._cancel.is_set()

    def busy(self, on: bool) -> None:
        self._cancel.clear()
        self.bar.setVisible(on)
        self.stop.setVisible(on)
        self.bar.setValue(0)

    def show_error(self, error: CaseworkerError) -> None:
        self.busy(False)
        self.add(error_text(error))

    def send_outbox(self, done: Any = None) -> None:
        from caseworker.correspondence import send_outbox

        progress = self.progress
        self.busy(True)

        def run(s: Services) -> tuple[SendSummary, Changes]:
            summary = send_outbox(s, progress=progress)
            return summary, summary.changes

        def finished(result: tuple[SendSummary, Changes]) -> None:
            self.busy(False)
            self.add(tr("Outbox: {summary}").format(summary=summary_text(result[0])))
            if done is not None:
                done(result[0])

        self.ctx.write(run, finished, self.show_error)

    def print_letters(self, message_ids: list[int] | None = None) -> None:
        from caseworker.correspondence import print_letters

        path, _ = QFileDialog.getSaveFileName(self, tr("Print letters to"), "letters.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        progress = self.progress
        self.busy(True)

        def run(s: Services) -> tuple[Printed, Changes]:
            printed = print_letters(s, path, message_ids, progress=progress)
            return printed, printed.changes

        def finished(result: tuple[Printed, Changes]) -> None:
            self.busy(False)
            printed = result[0]
            self.add(tr("Printing stopped: nothing was recorded.") if printed.cancelled else
                     tr("{n} letters written to {path} ({pages} pages).").format(
                         n=printed.letters, path=path, pages=printed.pages))

        self.ctx.write(run, finished, self.show_error)


class ThankYouQueue(_Worker):
    """Gifts not yet thanked, oldest first, with the days waiting against the organisation's target."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.rows: list[ThankYouRow] = []
        self.model = RowsModel([
            Col(tr("Gift date"), lambda r: r.gift_date.isoformat()),
            Col(tr("Donor"), lambda r: r.donor_name),
            Col(tr("Amount"), lambda r: format_money(r.amount, r.currency), right=True),
            Col(tr("Fund / appeal"), lambda r: " · ".join(p for p in (r.fund, r.appeal_code) if p)),
            Col(tr("Days waiting"), lambda r: str(r.days_waiting), right=True,
                colour=lambda r: "error" if r.overdue else None),
            Col(tr("By"), lambda r: channel_label(Channel.EMAIL if r.has_email else Channel.LETTER)),
        ], self)
        self.table = _table(self.model, tr("Gifts waiting for a thank-you"), self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.template = QComboBox(self)
        self.template.setAccessibleName(tr("Thank-you template"))
        self.template.addItem(tr("Chosen by rule (gift size, appeal)"), None)
        self.thank_selected = QPushButton(icons.icon("send"), tr("&Thank selected"), self)
        self.thank_selected.setAccessibleName(tr("Thank the selected gifts"))
        self.thank_all = QPushButton(icons.icon("send"), tr("Thank &all"), self)
        self.thank_all.setAccessibleName(tr("Thank every gift in the queue"))
        self.reload_button = QPushButton(icons.icon("refresh-cw"), tr("&Reload"), self)
        self.reload_button.setAccessibleName(tr("Reload the thank-you queue"))
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.thank_selected.clicked.connect(lambda: self.thank(selected=True))
        self.thank_all.clicked.connect(lambda: self.thank(selected=False))
        self.reload_button.clicked.connect(self.reload)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.thank(selected=True))
        # Rows of buttons wrap on a narrow pane rather than widening the section past the screen.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(16)
        buttons = FlowLayout()
        buttons.addWidget(QLabel(tr("Template:"), self))
        buttons.addWidget(self.template)
        buttons.addWidget(self.thank_selected)
        buttons.addWidget(self.thank_all)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.progress_row())
        self.last_result: ComposeResult | None = None

    def reload(self) -> None:
        def load(s: Services) -> tuple[list[ThankYouRow], list[TemplateRecord]]:
            return s.mail.thank_you_queue(), s.mail.list_templates(Audience.DONORS, include_inactive=False)

        self.ctx.read(load, self._loaded, self.show_error)

    def _loaded(self, result: tuple[list[ThankYouRow], list[TemplateRecord]]) -> None:
        self.loaded = True
        self.rows, templates = result
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        chosen = self.template.currentData()
        self.template.clear()
        self.template.addItem(tr("Chosen by rule (gift size, appeal)"), None)
        for t in templates:
            if t.purpose is TemplatePurpose.THANKS:
                self.template.addItem(f"{t.name} ({tr_domain(KIND_LABELS[t.kind]).lower()})", t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
        overdue = sum(1 for r in self.rows if r.overdue)
        target = self.rows[0].target_days if self.rows else None
        self.target.setText(tr("{n} gifts wait for a thank-you; {late} are past the target of {days} days.").format(
            n=len(self.rows), late=overdue, days=f"{target:g}" if target is not None else "–"))

    def selected_gifts(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r].gift_id for r in rows]

    def thank(self, *, selected: bool) -> None:
        gift_ids = self.selected_gifts() if selected else [r.gift_id for r in self.rows]
        if not gift_ids:
            self.status.setText(tr("Choose the gifts to thank first."))
            return
        template = self.template.currentData()

        def done(out: tuple[ComposeResult, Changes]) -> None:
            result = self.last_result = out[0]
            lines = [tr("{e} e-mails queued, {l} letters to print, {b} blocked, {s} skipped.").format(
                e=len(result.queued), l=len(result.letters), b=len(result.blocked), s=len(result.skipped))]
            for item in result.blocked:
                lines.append(tr("Blocked: {name}: {reason} Next allowed: {when}").format(
                    name=item.name, reason=item.text(),
                    when=_when(item.next_allowed, self.ctx) or tr("never (waiting will not help)")))
            for item in result.skipped:
                lines.append(tr("Skipped: {reason}").format(reason=tr_domain(item.reason, **item.params)))
            self.say("\n".join(lines))
            self.reload()
            if result.queued:
                self.send_outbox()
            if result.letters:
                self.print_letters(list(result.letters))

        self.ctx.write(lambda s: self._thank(s, gift_ids, template), done, self.show_error)

    @staticmethod
    def _thank(s: Services, gift_ids: list[int], template: int | None) -> tuple[ComposeResult, Changes]:
        result = s.mail.thank(gift_ids, template=template)
        return result, result.changes


class OutboxView(_Worker):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.rows: list[OutboxRow] = []
        self.model = RowsModel([
            Col(tr("Status"), lambda r: tr_domain(STATUS_LABELS[r.status]),
                colour=lambda r: {MessageStatus.FAILED: "error", MessageStatus.BLOCKED: "warning",
                                  MessageStatus.SENT: "ok"}.get(r.status)),
            Col(tr("By"), lambda r: channel_label(r.channel)),
            Col(tr("To"), lambda r: f"{r.to_name} <{r.to_address}>" if r.to_address else r.to_name),
            Col(tr("Subject"), lambda r: r.subject),
            Col(tr("Made"), lambda r: _when(r.created_at, ctx)),
            Col(tr("Sent"), lambda r: _when(r.sent_at, ctx)),
            Col(tr("Tries"), lambda r: str(r.attempts), right=True),
            Col(tr("Why / next"), lambda r: self._why(r)),
        ], self)
        self.table = _table(self.model, tr("Outbox"), self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(tr("Show messages"))
        self.filter.addItem(tr("All messages"), None)
        for status in (MessageStatus.QUEUED, MessageStatus.FAILED, MessageStatus.BLOCKED, MessageStatus.SENT,
                       MessageStatus.PRINTED):
            self.filter.addItem(tr_domain(STATUS_LABELS[status]), status.value)
        self.filter.currentIndexChanged.connect(self.reload)
        self.send_button = QPushButton(icons.icon("send"), tr("&Send queued e-mail"), self)
        self.send_button.setAccessibleName(tr("Send the queued e-mail now"))
        self.send_button.clicked.connect(self._send)
        self.print_button = QPushButton(icons.icon("printer"), tr("&Print waiting letters…"), self)
        self.print_button.setAccessibleName(tr("Print the letters waiting in the outbox"))
        self.print_button.clicked.connect(lambda: self.print_letters(None))
        self.labels_button = QPushButton(icons.icon("file-down"), tr("&Labels…"), self)
        self.labels_button.setAccessibleName(tr("Print address labels for the waiting letters"))
        self.labels_button.clicked.connect(self.print_labels)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(tr("Label sheet"))
        # The sheets' names, not the labels document: that would load ReportLab on the GUI thread.
        for code, description in LABEL_SHEETS.items():
            self.sheet.addItem(tr_domain(description), code)
        self.retry_button = QPushButton(icons.icon("refresh-cw"), tr("&Try again"), self)
        self.retry_button.setAccessibleName(tr("Try the selected failed message again"))
        self.retry_button.clicked.connect(self.retry)
        top = FlowLayout()
        top.addWidget(self.filter)
        top.addWidget(self.retry_button)
        top.addWidget(self.send_button)
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sheet.setMinimumContentsLength(16)
        bottom = FlowLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.sheet)
        bottom.addWidget(self.labels_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(self.progress_row())

    def _send(self) -> None:
        self.say("")
        self.send_outbox()

    def _why(self, row: OutboxRow) -> str:
        if row.status is MessageStatus.BLOCKED:
            when = _when(row.next_allowed, self.ctx) or tr("never")
            return f"{row.last_error} " + tr("Next allowed: {when}").format(when=when)
        if row.status is MessageStatus.QUEUED and row.last_error:
            return f"{row.last_error} " + tr("Next try: {when}").format(when=_when(row.next_attempt_at, self.ctx))
        return row.last_error

    def reload(self) -> None:
        status = self.filter.currentData()
        self.ctx.read(lambda s: s.mail.outbox([status] if status else []), self._loaded, self.show_error)

    def _loaded(self, rows: list[OutboxRow]) -> None:
        self.loaded = True
        self.rows = rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def retry(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.status.setText(tr("Choose a failed message first."))
            return
        message_id = self.rows[selected[0].row()].id
        self.ctx.write(lambda s: s.mail.retry(message_id), lambda _c: self.reload(), self.show_error)

    def print_labels(self) -> None:
        from caseworker.correspondence import print_labels

        path, _ = QFileDialog.getSaveFileName(self, tr("Print labels to"), "labels.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        sheet = self.sheet.currentData()
        # Labels record nothing: a question that leaves a file behind.
        self.ctx.read(lambda s: print_labels(s, path, None, sheet=sheet),
                      lambda pages: self.status.setText(tr("Labels written to {path} ({pages} sheets).")
                                                        .format(path=path, pages=pages)), self.show_error)


class MergeBar(_Worker):
    """Write the chosen template to many: donors (all, a segment, numbers) or the clients of cases.

    Donors go through the contact guard; e-mails are sent, letters printed into one PDF."""

    def __init__(self, ctx: UiContext, editor: TemplateEditor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor = editor
        self.target = QComboBox(self)
        self.target.setAccessibleName(tr("Write to"))
        self.numbers = QLineEdit(self)
        self.numbers.setAccessibleName(tr("Record numbers"))
        self.numbers.setPlaceholderText(tr("numbers, separated by commas"))
        self.as_letters = QCheckBox(tr("As letters"), self)
        self.as_letters.setAccessibleName(tr("Print as letters even if the template is an e-mail"))
        self.write = QPushButton(icons.icon("send"), tr("&Write to them"), self)
        self.write.setAccessibleName(tr("Write this template to the chosen people"))
        self.write.clicked.connect(self.run_merge)
        self.target.currentIndexChanged.connect(
            lambda _i: self.numbers.setEnabled(self.target.currentData() in ("donor-ids", "case-ids")))
        # Wraps on a narrow pane (a longer language, 125% scaling) instead of widening the section.
        row = FlowLayout()
        row.addWidget(QLabel(tr("Mail merge:"), self))
        row.addWidget(self.target)
        row.addWidget(self.numbers)
        row.addWidget(self.as_letters)
        row.addWidget(self.write)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(self.progress_row())
        self.set_audience(None)

    def set_audience(self, audience: str | None) -> None:
        from caseworker.domain.donors import SEGMENT_LABELS

        self.target.clear()
        if audience == Audience.DONORS.value:
            self.target.addItem(tr("All contactable donors"), "donors")
            for segment, label in SEGMENT_LABELS.items():
                self.target.addItem(tr("{segment} donors").format(segment=tr_domain(label)), f"segment:{segment.value}")
            self.target.addItem(tr("Donor numbers…"), "donor-ids")
        elif audience == Audience.CLIENTS.value:
            self.target.addItem(tr("Clients of open cases"), "cases")
            self.target.addItem(tr("Case numbers…"), "case-ids")
        self.setEnabled(audience is not None)
        self.numbers.setEnabled(False)

    def run_merge(self) -> None:
        import re

        template = self.editor.current
        if template is None:
            self.say(tr("Save the template first."))
            return
        target = self.target.currentData() or ""
        numbers = [int(n) for n in re.findall(r"\d+", self.numbers.text())]
        if target in ("donor-ids", "case-ids") and not numbers:
            self.say(tr("Enter the numbers to write to."))
            return
        letter = self.as_letters.isChecked()

        def compose(s: Services) -> tuple[ComposeResult, Changes]:
            mail = s.mail
            if target == "cases":
                result = mail.compose(template.id, case_ids=mail.case_ids(), letter=letter)
            elif target == "case-ids":
                result = mail.compose(template.id, case_ids=numbers, letter=letter)
            else:
                ids = numbers if target == "donor-ids" else mail.donor_ids(
                    segment=target.partition(":")[2] or None)
                result = mail.compose(template.id, donor_ids=ids, letter=letter)
            return result, result.changes

        def done(out: tuple[ComposeResult, Changes]) -> None:
            result = out[0]
            lines = [tr("{e} e-mails queued, {l} letters to print, {b} blocked, {s} skipped.").format(
                e=len(result.queued), l=len(result.letters), b=len(result.blocked), s=len(result.skipped))]
            lines += [tr("Blocked: {name}: {reason}").format(name=b.name, reason=b.text()) for b in result.blocked[:20]]
            self.say("\n".join(lines))
            if result.queued:
                self.send_outbox()
            if result.letters:
                self.print_letters(list(result.letters))

        self.ctx.write(compose, done, self.show_error)


class TemplateEditor(QWidget):
    """Templates on the left; the editor, its merge fields and a live preview on a chosen record."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.templates: list[TemplateRecord] = []
        self.current: TemplateRecord | None = None
        self.audiences = audiences_for(ctx.actor)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Templates"))
        self.list.currentRowChanged.connect(self._chosen)
        self.new_button = QPushButton(icons.icon("plus"), tr("&New template"), self)
        self.new_button.setAccessibleName(tr("New template"))
        self.new_button.clicked.connect(self.new_template)

        self.form = Form(self)
        self.name = QLineEdit(self)
        self.form.add("name", tr("&Name:"), self.name)
        self.kind = self._combo(tr("Kind"), [(tr_domain(v), k.value) for k, v in KIND_LABELS.items()])
        self.form.add("kind", tr("&Kind:"), self.kind)
        self.audience = self._combo(tr("Audience"), [(tr_domain(AUDIENCE_LABELS[a]), a.value) for a in self.audiences])
        self.form.add("audience", tr("&For:"), self.audience)
        self.purpose = self._combo(tr("Purpose"), [(tr_domain(v), k.value) for k, v in PURPOSE_LABELS.items()])
        self.form.add("purpose", tr("&Purpose:"), self.purpose)
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(tr("empty: the organisation's language; or a code such as es"))
        self.form.add("language", tr("&Language:"), self.language)
        self.subject = QLineEdit(self)
        self.form.add("subject", tr("&Subject:"), self.subject)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.form.add("body", tr("&Body:"), self.body)
        self.attach = self._combo(tr("Attachment"), [(tr("Nothing"), ""), (tr("The gift's receipt"), "receipt"),
                                                     (tr("The letter as PDF"), "letter")])
        self.form.add("attach", tr("A&ttach:"), self.attach)
        self.fallback = self._combo(tr("Without e-mail"), [(tr("Send a letter instead"), "letter"),
                                                          (tr("Send nothing"), "none")])
        self.form.add("fallback", tr("No e-&mail:"), self.fallback)
        self.min_amount = QLineEdit(self)
        self.min_amount.setPlaceholderText(tr("thank-you rule: gifts of at least this amount"))
        self.form.add("min_amount", tr("From a&mount:"), self.min_amount)
        self.appeal = QLineEdit(self)
        self.appeal.setPlaceholderText(tr("thank-you rule: gifts to this appeal"))
        self.form.add("appeal_code", tr("A&ppeal:"), self.appeal)
        self.active = QCheckBox(tr("In use"), self)
        self.active.setChecked(True)
        self.form.add("active", tr("Acti&ve:"), self.active)
        self.save_button = QPushButton(icons.icon("save"), tr("Sa&ve template"), self)
        self.save_button.setAccessibleName(tr("Save the template"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Template status"))

        self.fields = QListWidget(self)
        self.fields.setAccessibleName(tr("Merge fields: Enter inserts one"))
        self.fields.itemActivated.connect(self._insert_field)
        self.record = QSpinBox(self)
        self.record.setRange(0, 2_000_000_000)
        self.record.setSpecialValueText(tr("sample values"))
        self.record.setAccessibleName(tr("Preview on record number"))
        self.record.setToolTip(tr("A gift number for a donor's template, a case number for a client's"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(tr("Preview"))
        self.preview_subject = QLabel(self)
        self.preview_subject.setAccessibleName(tr("Preview subject"))
        self.preview_subject.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh_preview)
        for signal in (self.subject.textChanged, self.body.textChanged, self.record.valueChanged,
                       self.audience.currentIndexChanged):
            signal.connect(lambda *_: self._timer.start())
        self.audience.currentIndexChanged.connect(self._show_fields)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.form, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        middle_layout.addLayout(row)
        self.merge = MergeBar(ctx, self, middle)
        middle_layout.addWidget(self.merge)
        self.audience.currentIndexChanged.connect(lambda _i: self.merge.set_audience(self.audience.currentData()))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        fields_caption = QLabel(tr("Merge fields (Enter inserts):"), right)
        fields_caption.setWordWrap(True)
        right_layout.addWidget(fields_caption)
        right_layout.addWidget(self.fields, 1)
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel(tr("Preview on:"), right))
        preview_row.addWidget(self.record, 1)
        right_layout.addLayout(preview_row)
        right_layout.addWidget(self.preview_subject)
        right_layout.addWidget(self.preview, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_fields()
        self.merge.set_audience(self.audience.currentData())

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # As wide as the pane allows, not as wide as its longest choice in the longest language.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _show_fields(self) -> None:
        from caseworker.domain.templates import fields_for

        self.fields.clear()
        audience = self.audience.currentData()
        if not audience:
            return
        for group, members in fields_for(Audience(audience)).items():
            if not members:
                item = QListWidgetItem(f"{{{{ {group} }}}}", self.fields)
                item.setData(Qt.ItemDataRole.UserRole, f"{{{{ {group} }}}}")
            for name, meaning in members.items():
                item = QListWidgetItem(f"{group}.{name} — {tr_domain(meaning)}", self.fields)
                item.setData(Qt.ItemDataRole.UserRole, f"{{{{ {group}.{name} }}}}")

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(item.data(Qt.ItemDataRole.UserRole))
        self.body.setFocus()

    def reload(self) -> None:
        self.ctx.read(lambda s: s.mail.list_templates(), self._loaded, self._error)

    def _loaded(self, templates: list[TemplateRecord]) -> None:
        self.loaded = True
        chosen = self.current.id if self.current else None
        self.templates = templates
        self.list.blockSignals(True)
        self.list.clear()
        for t in templates:
            item = QListWidgetItem(icons.icon("mail" if t.kind is TemplateKind.EMAIL else "file-text"),
                                   f"{t.name}{' [' + t.language + ']' if t.language else ''}"
                                   f"{'' if t.active else ' — ' + tr('retired')}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
        self.list.blockSignals(False)
        ids = [t.id for t in templates]
        if chosen in ids:
            self.list.setCurrentRow(ids.index(chosen))
        elif templates:
            self.list.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        t = self.current = self.templates[row]
        self.name.setText(t.name)
        self._set(self.kind, t.kind.value)
        self._set(self.audience, t.audience.value)
        self._set(self.purpose, t.purpose.value)
        self.language.setText(t.language)
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self._set(self.attach, t.attach.value)
        self._set(self.fallback, t.fallback.value)
        self.min_amount.setText("" if t.min_amount is None else str(t.min_amount))
        self.appeal.setText(t.appeal_code)
        self.active.setChecked(t.active)
        self.form.clear_errors()
        self.status.setText(tr("Version {n}").format(n=t.version))

    @staticmethod
    def _set(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def new_template(self) -> None:
        self.current = None
        self.list.clearSelection()
        for edit in (self.name, self.language, self.subject, self.min_amount, self.appeal):
            edit.clear()
        self.body.setPlainText("{{ donor.salutation }},\n\n\n\n{{ worker.signature }}"
                               if self.audience.currentData() == Audience.DONORS.value else
                               "{{ client.salutation }},\n\n\n\n{{ worker.signature }}")
        self.active.setChecked(True)
        self.status.setText(tr("A new template"))
        self.name.setFocus()

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            name=self.name.text(), kind=self.kind.currentData(), purpose=self.purpose.currentData(),
            audience=self.audience.currentData() or "", subject=self.subject.text(), body=self.body.toPlainText(),
            language=self.language.text(), attach=self.attach.currentData(), fallback=self.fallback.currentData(),
            min_amount=amount_text(self.min_amount.text()) or None, appeal_code=self.appeal.text(),
            active=self.active.isChecked())

    def save(self) -> None:
        draft = self.draft()
        current = self.current
        self.form.clear_errors()

        def done(result: tuple[TemplateRecord, Changes]) -> None:
            self.current = result[0]
            self.status.setText(tr("Saved as version {n}.").format(n=result[0].version))
            self.reload()

        self.ctx.write(lambda s: s.mail.save_template(draft, current.id if current else None,
                                                      expected_version=current.version if current else None),
                       done, self._error)

    def _error(self, error: CaseworkerError) -> None:
        self.form.show_error(error)
        self.status.setText(error_text(error))

    def refresh_preview(self) -> None:
        audience = self.audience.currentData()
        if not audience:
            return
        subject, body, record = self.subject.text(), self.body.toPlainText(), self.record.value()
        if audience == Audience.DONORS.value:
            call = lambda s: s.mail.preview(subject, body, audience, gift_id=record or None)  # noqa: E731
        else:
            call = lambda s: s.mail.preview(subject, body, audience, case_id=record or None)  # noqa: E731
        self.ctx.read(call, self._previewed, self._preview_failed)

    def _previewed(self, rendered: Any) -> None:
        self.preview_subject.setText(tr("Subject: {subject}").format(subject=rendered.subject))
        self.preview.setHtml(rendered.html)

    def _preview_failed(self, error: CaseworkerError) -> None:
        self.preview_subject.setText("")
        if hasattr(error, "errors"):
            self.preview.setPlainText("\n".join(error_text(e) for e in error.errors))  # type: ignore[attr-defined]
        else:
            self.preview.setPlainText(error_text(error))


class CorrespondenceSection(Section):
    required = None  # anyone who may write to donors or to clients; each tab checks its own
    kinds = ("message", "thank-you")
    icon_name = "mail"

    @classmethod
    def title(cls) -> str:
        return tr("Letters and e-mail")

    @classmethod
    def visible_to(cls, actor: Actor) -> bool:
        return actor.can(Action.READ_DONORS) or actor.can(Action.READ_CLIENTS)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("correspondence")
        actor = ctx.actor
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Letters and e-mail"))
        self.queue: ThankYouQueue | None = None
        if actor.can(Action.READ_GIFTS) and actor.can(Action.PLAN_TOUCHPOINTS):
            self.queue = ThankYouQueue(ctx, self.tabs)
            self.tabs.addTab(self.queue, icons.icon("gift"), tr("Thank-you queue"))
        self.outbox = OutboxView(ctx, self.tabs)
        self.tabs.addTab(self.outbox, icons.icon("inbox"), tr("Outbox"))
        self.editor = TemplateEditor(ctx, self.tabs)
        self.tabs.addTab(self.editor, icons.icon("file-text"), tr("Templates"))
        self.tabs.currentChanged.connect(lambda _i: self.activate())
        # The outbox resumes by itself: what a closed lid or a server that was down held back goes
        # out on the next tick, after its pause; the runner does it off the GUI thread.
        self.resume_timer = QTimer(self)
        self.resume_timer.setInterval(RESUME_MINUTES * 60_000)
        self.resume_timer.timeout.connect(self.resume_outbox)
        self.resume_timer.start()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def resume_outbox(self) -> None:
        from caseworker.correspondence import resume_outbox

        if self.ctx.runner.busy:
            return
        def run(s: Services) -> tuple[SendSummary | None, Changes]:
            summary = resume_outbox(s)
            return summary, summary.changes if summary is not None else Changes()

        def done(result: tuple[SendSummary | None, Changes]) -> None:
            summary = result[0]
            if summary is not None and (summary.sent or summary.failed):
                self.outbox.say(tr("Sent from the outbox by itself: {summary}").format(summary=summary_text(summary)))

        # A refusal is already kept on each message; nothing to interrupt the user with.
        self.ctx.write(run, done, lambda _error: None)

    def activate(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, ThankYouQueue | OutboxView | TemplateEditor) and not current.loaded:
            current.reload()

    def open_record(self, kind: str, record_id: int) -> None:
        """``thank-you``: the thank-you queue; ``message``: the outbox."""
        self.tabs.setCurrentWidget(self.queue if kind == "thank-you" and self.queue is not None else self.outbox)
        self.activate()

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(ChangeKind.MESSAGE, ChangeKind.GIFT, ChangeKind.TEMPLATE):
            return
        for view in (self.queue, self.outbox, self.editor):
            if view is not None and view.loaded and (view is not self.editor or changes.touches(ChangeKind.TEMPLATE)):
                view.reload()
