"""Export a list, as it is filtered on screen, to CSV or XLSX (off the GUI thread, with progress)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from caseworker.domain.listing import ListQuery
from caseworker.services.list_export import NEEDS, ExportResult, ListKind
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.import_wizard import UiProgress
from caseworker.ui.export import documents_folder
from caseworker.ui.i18n import error_text, tr

XLSX_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"


def choose_export_path(parent: QWidget | None, kind: ListKind) -> Path | None:
    """Where to write and in which format (by the chosen filter or the name's ending)."""
    chosen, selected = QFileDialog.getSaveFileName(parent, tr("Export list"), str(documents_folder() / f"{kind}.xlsx"),
                                                   f"{XLSX_FILTER};;{CSV_FILTER}")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".csv" if selected == CSV_FILTER else ".xlsx"))
    return path


def export_list(parent: QWidget, ctx: UiContext, kind: ListKind, query: ListQuery,
                on_done: Callable[[ExportResult], None] | None = None) -> None:
    path = choose_export_path(parent, kind)
    if path is None:
        return
    fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
    progress = UiProgress()
    dialog = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr("Export list"))
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(progress.cancel)
    progress.relay.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def done(result: ExportResult) -> None:
        dialog.reset()
        if on_done is not None:
            on_done(result)
        else:
            QMessageBox.information(parent, tr("Export list"),
                                    tr("{rows} rows written to {path}.").format(rows=result.rows, path=result.path))

    def failed(error) -> None:
        dialog.reset()
        QMessageBox.warning(parent, tr("Export list"), error_text(error))

    # A question whose answer streams to a file (exports of people are audited): nothing shown changes.
    ctx.read(lambda s: s.list_export.export(kind, query, path, fmt, progress=progress), done, failed)


def export_button(parent: QWidget, ctx: UiContext, kind: ListKind, query: Callable[[], ListQuery]) -> QPushButton:
    """A button that exports the list as filtered now; hidden from roles that may not read it."""
    button = QPushButton(icons.icon("file-down"), tr("Export…"), parent)
    button.setToolTip(tr("Export this list, as filtered, to Excel or CSV"))
    button.setAccessibleName(tr("Export this list to a spreadsheet"))
    button.setObjectName(f"export-{kind.value}")
    button.clicked.connect(lambda: export_list(parent, ctx, kind, query()))
    button.setVisible(ctx.actor.can(NEEDS[kind]))
    return button
