"""Importing a spreadsheet, step by step, and the list of past imports with Undo.

The steps: choose the file and what it holds; check the encoding and separator (shown as
detected) and which field each column fills (recognised from the column names, or remembered
from the last file with the same header); preview, which runs the whole import and rolls it back,
listing every failing row with its line, column and reason, and every possible duplicate with a
choice; then the import itself. Every service call runs through an operation, off the GUI thread,
with a progress bar and a Cancel button that stops the work at the next chunk (nothing is written
then).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import Channel
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import N_
from caseworker.domain.imports import (
    DATE_ORDER_LABELS,
    ENCODING_LABELS,
    FIELDS,
    SEPARATORS,
    ColumnMapping,
    DateOrder,
    DuplicateChoice,
    ImportKind,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services.imports import NEEDS, BatchSummary, ImportOptions, ImportReport, ImportSource
from caseworker.services.progress import Progress
from caseworker.services.spreadsheets import SourceFormat
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import channel_label, error_text, tr, tr_domain

KIND_LABELS = {ImportKind.DONORS: N_("Donors"), ImportKind.GIFTS: N_("Gifts"), ImportKind.CLIENTS: N_("Clients")}
CHOICE_LABELS = {DuplicateChoice.SKIP: N_("Skip"), DuplicateChoice.MERGE: N_("Merge into the existing record"),
                 DuplicateChoice.CREATE: N_("Create a new record")}
FILE_FILTER = "Spreadsheets (*.csv *.txt *.tsv *.xlsx)"


class _Relay(QObject):
    progressed = Signal(int, int)


class UiProgress(Progress):
    """Progress reported from the runner's thread, shown on the GUI thread through a queued signal."""

    def __init__(self) -> None:
        super().__init__()
        self.relay = _Relay()

    def report(self, done: int, total: int | None, stage: str) -> None:
        self.relay.progressed.emit(done, total or 0)


def importable_kinds(ctx: UiContext) -> list[ImportKind]:
    return [k for k, action in NEEDS.items() if ctx.actor.can(action)]


class ImportWizard(QDialog):
    """File → encoding and columns → preview → import."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import from a spreadsheet"))
        self.setObjectName("import-wizard")
        self.resize(860, 600)
        self.source: ImportSource | None = None
        self.report: ImportReport | None = None
        self.progress: UiProgress | None = None
        self.choices: dict[int, DuplicateChoice] = {}

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page(kind))
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("Import progress"))
        self.bar.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setAccessibleName(tr("Cancel the running import"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.back_button = QPushButton(tr("Back"), self)
        self.back_button.setAccessibleName(tr("Back to the previous step"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(tr("Next"), self)
        self.next_button.setAccessibleName(tr("Next step"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setAccessibleName(tr("Close the import"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(0)

    # -- pages -------------------------------------------------------------------------------
    def _file_page(self, kind: ImportKind | None) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(tr("Choose a CSV or XLSX file exported from a spreadsheet or another donor system. "
                          "Nothing is written until the last step, and an import can be undone as a whole."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.kind_combo = QComboBox(page)
        self.kind_combo.setAccessibleName(tr("What the file holds"))
        for k in importable_kinds(self.ctx):
            self.kind_combo.addItem(tr_domain(KIND_LABELS[k]), k)
        if kind is not None and self.kind_combo.findData(kind) >= 0:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        form.addRow(tr("The file holds"), self.kind_combo)
        self.path_edit = QLineEdit(page)
        self.path_edit.setAccessibleName(tr("File to import"))
        browse = QPushButton(tr("Browse…"), page)
        browse.setAccessibleName(tr("Choose the file to import"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("File"), row)
        self.file_error = QLabel(page)
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(f"color: {colour('error')};")
        form.addRow(self.file_error)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.setAccessibleName(tr("The file's encoding"))
        for code, label in ENCODING_LABELS.items():
            self.encoding_combo.addItem(tr_domain(label), code)
        self.separator_combo = QComboBox(page)
        self.separator_combo.setAccessibleName(tr("The separator between columns"))
        for sep, label in SEPARATORS.items():
            self.separator_combo.addItem(tr_domain(label), sep)
        self.encoding_combo.activated.connect(lambda _i: self._reinspect())
        self.separator_combo.activated.connect(lambda _i: self._reinspect())
        form.addRow(tr("Encoding"), self.encoding_combo)
        form.addRow(tr("Separator"), self.separator_combo)
        self.date_combo = QComboBox(page)
        self.date_combo.setAccessibleName(tr("How the file writes dates"))
        for order, label in DATE_ORDER_LABELS.items():
            self.date_combo.addItem(tr_domain(label), order)
        form.addRow(tr("Dates"), self.date_combo)
        layout.addLayout(form)
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        layout.addWidget(self.mapping_note)
        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setAccessibleName(tr("Columns of the file and the field each fills"))
        self.mapping_table.setHorizontalHeaderLabels([tr("Column"), tr("First values"), tr("Fills")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        layout.addWidget(self.mapping_table, 1)
        self.mapping_error = QLabel(page)
        self.mapping_error.setWordWrap(True)
        self.mapping_error.setStyleSheet(f"color: {colour('error')};")
        layout.addWidget(self.mapping_error)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("What the import would do"))
        layout.addWidget(self.summary)
        self.failed_table = QTableWidget(0, 3, page)
        self.failed_table.setAccessibleName(tr("Rows that would fail"))
        self.failed_table.setHorizontalHeaderLabels([tr("Line"), tr("Column"), tr("Reason")])
        self.failed_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.failed_table.verticalHeader().setVisible(False)
        self.failed_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(QLabel(tr("Rows that would fail"), page))
        layout.addWidget(self.failed_table, 1)
        self.dup_table = QTableWidget(0, 4, page)
        self.dup_table.setAccessibleName(tr("Possible duplicates and what to do with each"))
        self.dup_table.setHorizontalHeaderLabels([tr("Line"), tr("Name"), tr("May be"), tr("Do")])
        self.dup_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.dup_table.verticalHeader().setVisible(False)
        self.dup_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(QLabel(tr("Possible duplicates"), page))
        layout.addWidget(self.dup_table, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(tr("Import result"))
        layout.addWidget(self.done_label)
        self.undo_button = QPushButton(tr("Undo this import"), page)
        self.undo_button.setAccessibleName(tr("Undo this import"))
        self.undo_button.clicked.connect(self._undo_last)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- moving between steps ----------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index in (1, 2))
        self.next_button.setVisible(index < 3)
        self.next_button.setText([tr("Next"), tr("Preview"), tr("Import"), ""][index])
        self.next_button.setAccessibleName(self.next_button.text())
        if index == 2:
            self.next_button.setEnabled(self.report is not None and not self.report.failed)

    def back(self) -> None:
        index = self.pages.currentIndex()
        if index in (1, 2):
            self._show_page(index - 1)

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self._inspect()
        elif index == 1:
            self._run(dry_run=True)
        elif index == 2:
            self._run(dry_run=False)

    @property
    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    # -- step 1: the file --------------------------------------------------------------------
    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Choose the file to import"), "", FILE_FILTER)
        if chosen:
            self.path_edit.setText(chosen)

    def _inspect(self, source: SourceFormat = SourceFormat()) -> None:
        path = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.file_error.setText(tr("Choose a file."))
            return
        kind = self.kind
        self._busy(True)
        self.ctx.read(lambda s: s.imports.inspect(kind, path, source), self._inspected, self._inspect_failed)

    def _inspect_failed(self, error: CaseworkerError) -> None:
        self._busy(False)
        if self.pages.currentIndex() == 0:
            self.file_error.setText(error_text(error))
        else:
            self.mapping_error.setText(error_text(error))

    def _inspected(self, source: ImportSource) -> None:
        self._busy(False)
        self.file_error.setText("")
        self.mapping_error.setText("")
        self.source = source
        info = source.info
        for combo, value in ((self.encoding_combo, info.encoding), (self.separator_combo, info.separator)):
            combo.setEnabled(not info.is_xlsx)
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(value, value)
                index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self.date_combo.setCurrentIndex(max(self.date_combo.findData(source.mapping.date_order), 0))
        self.mapping_note.setText(
            tr("The mapping last used for a file with these columns.") if source.remembered else
            tr("Columns were matched by their names; choose a field for the others, or leave them ignored."))
        self.mapping_table.setRowCount(len(info.headers))
        specs = FIELDS[self.kind]
        for row, header in enumerate(info.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            sample = " · ".join(r[row] for r in info.sample[:3] if row < len(r) and str(r[row]).strip())
            self.mapping_table.setItem(row, 1, QTableWidgetItem(sample))
            combo = QComboBox(self.mapping_table)
            combo.setAccessibleName(tr("Field filled by the column {name}").format(name=header))
            combo.addItem(tr("— ignore —"), "")
            for spec in specs:
                combo.addItem(tr_domain(spec.label), spec.name)
            chosen = source.mapping.fields[row] if row < len(source.mapping.fields) else ""
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(2, 230)
        self._show_page(1)

    def _reinspect(self) -> None:
        self._inspect(SourceFormat(self.encoding_combo.currentData(), self.separator_combo.currentData()))

    def mapping(self) -> ColumnMapping:
        fields = tuple(self.mapping_table.cellWidget(r, 2).currentData() for r in range(self.mapping_table.rowCount()))
        return ColumnMapping(fields, DateOrder(self.date_combo.currentData() or ""))

    def set_field(self, header: str, field_name: str) -> None:
        """Choose the field a column fills (as a user does in the table)."""
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, 0).text() == header:
                combo = self.mapping_table.cellWidget(row, 2)
                combo.setCurrentIndex(combo.findData(field_name))

    # -- steps 3 and 4: preview and import ---------------------------------------------------
    def _options(self) -> ImportOptions:
        info = self.source.info if self.source else None
        fmt = SourceFormat() if info is None or info.is_xlsx else SourceFormat(info.encoding, info.separator)
        return ImportOptions(mapping=self.mapping(), source=fmt, duplicates=DuplicateChoice.SKIP,
                             choices=dict(self.choices), channel_words={channel_label(c): c for c in Channel})

    def _run(self, *, dry_run: bool) -> None:
        if self.source is None:
            return
        kind, path, options = self.kind, self.source.info.path, self._options()
        try:
            options.mapping.checked(kind)
        except CaseworkerError as exc:
            self.mapping_error.setText(error_text(exc))
            return
        self.mapping_error.setText("")
        self.progress = UiProgress()
        self.progress.relay.progressed.connect(self._progressed)
        progress = self.progress
        self._busy(True)
        if dry_run:
            # Runs the whole import and rolls it back: a question about the file, nothing written.
            self.ctx.read(lambda s: s.imports.run(kind, path, options, dry_run=True, progress=progress),
                          self._previewed, self._run_failed)
        else:
            self.ctx.write(lambda s: _imported(s.imports.run(kind, path, options, progress=progress)),
                           lambda result: self._imported(result[0]), self._run_failed)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
        else:
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _run_failed(self, error: CaseworkerError) -> None:
        self._busy(False)
        if self.pages.currentIndex() == 1:
            self.mapping_error.setText(error_text(error))
        else:
            self.summary.setText(error_text(error))

    def _previewed(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        self.failed_table.setRowCount(len(report.failed))
        for row, problem in enumerate(report.failed):
            self.failed_table.setItem(row, 0, _number(problem.line))
            self.failed_table.setItem(row, 1, QTableWidgetItem(problem.column))
            self.failed_table.setItem(row, 2, QTableWidgetItem(tr_domain(problem.message, **problem.params)))
        self.dup_table.setRowCount(len(report.duplicates))
        for row, dup in enumerate(report.duplicates):
            self.dup_table.setItem(row, 0, _number(dup.line))
            self.dup_table.setItem(row, 1, QTableWidgetItem(dup.name))
            where = (tr("line {line} of this file").format(line=dup.earlier_line) if dup.earlier_line else
                     tr("record {id}: {name}").format(id=dup.existing_id, name=dup.existing_name))
            self.dup_table.setItem(row, 2, QTableWidgetItem(where))
            combo = QComboBox(self.dup_table)
            combo.setAccessibleName(tr("What to do with line {line}").format(line=dup.line))
            # A gift is never merged: a repeated gift is the same gift, or a second one.
            choices = list(DuplicateChoice) if self.kind is not ImportKind.GIFTS else \
                [DuplicateChoice.SKIP, DuplicateChoice.CREATE]
            for choice in choices:
                combo.addItem(tr_domain(CHOICE_LABELS[choice]), choice)
            combo.setCurrentIndex(max(combo.findData(dup.choice), 0))
            combo.currentIndexChanged.connect(lambda _i, line=dup.line, c=combo: self._choose(line, c.currentData()))
            self.dup_table.setCellWidget(row, 3, combo)
        self.dup_table.setColumnWidth(3, 260)
        failing = len({p.line for p in report.failed})
        if report.failed:
            text = tr("{rows} rows read; {failing} would fail (below). Nothing can be imported until they are "
                      "fixed in the file or the mapping (Back).").format(rows=report.rows, failing=failing)
        else:
            text = tr("{rows} rows read: {created} would be created, {updated} merged into existing records, "
                      "{skipped} skipped. Press Import to write them.").format(
                rows=report.rows, created=report.created, updated=report.updated, skipped=report.skipped)
        self.summary.setText(text)
        self._show_page(2)

    def _choose(self, line: int, choice: DuplicateChoice) -> None:
        self.choices[line] = DuplicateChoice(choice)

    def set_choice(self, line: int, choice: DuplicateChoice) -> None:
        for row in range(self.dup_table.rowCount()):
            if self.dup_table.item(row, 0).text() == str(line):
                combo = self.dup_table.cellWidget(row, 3)
                combo.setCurrentIndex(combo.findData(choice))

    def _imported(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        if report.failed or report.batch is None:
            self._previewed(report)
            return
        self.done_label.setText(tr("Imported as batch {batch}: {created} created, {updated} merged, {skipped} "
                                   "skipped, from {file}.").format(batch=report.batch, created=report.created,
                                                                   updated=report.updated, skipped=report.skipped,
                                                                   file=report.file_name))
        self.undo_button.setEnabled(True)
        self._show_page(3)

    def _undo_last(self) -> None:
        if self.report is None or self.report.batch is None:
            return
        batch = self.report.batch
        if not confirm_undo(self, batch):
            return
        self.ctx.write(lambda s: s.imports.undo(batch), self._undone,
                       lambda e: QMessageBox.warning(self, tr("Undo import"), error_text(e)))

    def _undone(self, _changes: Any) -> None:
        self.undo_button.setEnabled(False)
        self.done_label.setText(self.done_label.text() + "\n" + tr("The import was undone."))

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(busy and self.pages.currentIndex() in (1, 2))
        for widget in (self.next_button, self.back_button, self.pages):
            widget.setEnabled(not busy)
        if not busy:
            self._show_page(self.pages.currentIndex())

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        dialog = cls(ctx, parent, kind)
        dialog.exec()


def _imported(report: ImportReport) -> tuple[ImportReport, Changes]:
    return report, report.changes


def _number(n: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(n))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def confirm_undo(parent: QWidget, batch: int) -> bool:
    answer = QMessageBox.question(
        parent, tr("Undo import"),
        tr("Undo import batch {batch}? The records it created are removed and the fields it changed are put "
           "back. If anyone changed those records since, nothing is undone and you are told which.").format(
            batch=batch),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class PastImportsDialog(QDialog):
    """Past imports, newest first, each with its counts and who ran it; Undo for the chosen one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Past imports"))
        self.setObjectName("past-imports")
        self.resize(760, 380)
        self.batches: list[BatchSummary] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(tr("Past imports"))
        self.table.setHorizontalHeaderLabels([tr("Batch"), tr("When"), tr("Who"), tr("File"), tr("Rows"),
                                              tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Undo result"))
        self.undo_button = QPushButton(tr("Undo import"), self)
        self.undo_button.setAccessibleName(tr("Undo the chosen import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.ctx.read(lambda s: s.imports.batches(), self._show, lambda e: self.message.setText(error_text(e)))

    def _show(self, batches: list[BatchSummary]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            state = tr("undone {when} by {who}").format(when=b.undone_at.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M"),
                                                       who=b.undone_by) if b.undone_at else \
                tr("{created} created, {updated} merged, {skipped} skipped").format(
                    created=b.created, updated=b.updated, skipped=b.skipped)
            values = [str(b.id), b.at.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M"), b.user,
                      f"{tr_domain(KIND_LABELS[b.kind])}: {b.file_name}", str(b.rows), state]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self._selection()

    def _selection(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def selected(self) -> BatchSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        for row, b in enumerate(self.batches):
            if b.id == batch_id:
                self.table.selectRow(row)

    def undo_selected(self, *, confirmed: bool = False) -> None:
        batch = self.selected()
        if batch is None or (not confirmed and not confirm_undo(self, batch.id)):
            return
        self.ctx.write(lambda s: s.imports.undo(batch.id), self._undone, self._refused)

    def _undone(self, _changes: Any) -> None:
        self.message.setText(tr("The import was undone."))
        self.reload()

    def _refused(self, error: CaseworkerError) -> None:
        self.message.setText(error_text(error))

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()


def can_import(ctx: UiContext) -> bool:
    return any(ctx.actor.can(a) for a in (Action.EDIT_DONORS, Action.RECORD_GIFTS, Action.EDIT_CLIENTS))


def import_button(parent: QWidget, ctx: UiContext, kind: ImportKind, after: Any = None) -> QPushButton:
    """"Import…" with its menu: a spreadsheet of *kind* (or another kind), and the past imports.

    *after* runs once the wizard or the list of past imports closes (the list reloads then).
    """
    from PySide6.QtWidgets import QMenu

    from caseworker.ui import icons

    button = QPushButton(icons.icon("upload"), tr("Import…"), parent)
    button.setToolTip(tr("Import from a spreadsheet or another system's export; undo past imports"))
    button.setAccessibleName(tr("Import from a spreadsheet"))
    button.setObjectName(f"import-{kind.value}")
    menu = QMenu(button)

    def run(open_dialog: Any) -> None:
        open_dialog()
        if after is not None:
            after()

    menu.addAction(tr("Import from a spreadsheet…"), lambda: run(lambda: ImportWizard.ask(ctx, parent, kind)))
    menu.addAction(tr("Past imports…"), lambda: run(lambda: PastImportsDialog.ask(ctx, parent)))
    if kind in (ImportKind.DONORS, ImportKind.CLIENTS):
        from caseworker.ui.dialogs.merge_dialog import DuplicatesDialog

        record_type = "donor" if kind is ImportKind.DONORS else "client"
        menu.addSeparator()
        menu.addAction(tr("Possible duplicates…"), lambda: run(lambda: DuplicatesDialog.ask(ctx, record_type, parent)))
    button.setMenu(menu)
    button.setVisible(ctx.actor.can(NEEDS[kind]))
    return button
