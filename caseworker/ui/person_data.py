"""A person's data on request, from a client's or a donor's record: export it all, or erase it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QPushButton, QWidget

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.export import documents_folder
from caseworker.ui.i18n import error_text, tr


def choose_folder(parent: QWidget | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, tr("Where to save the person's data"), str(documents_folder()))
    return Path(chosen) if chosen else None


def ask_reason(parent: QWidget | None, name: str) -> str | None:
    """The erase's reason after a warning that names what happens; None when cancelled."""
    answer = QMessageBox.warning(
        parent, tr("Erase on request"),
        tr("Erasing removes {name}'s identity for good: names, contacts, addresses, notes, and the name wherever it "
           "was written. Gifts, receipts (with their numbers), cases and aid stay, without the name, and the audit "
           "trail keeps who did what and when. Continue?").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    reason, ok = QInputDialog.getText(parent, tr("Erase on request"), tr("On whose request, and why:"),
                                      QLineEdit.EchoMode.Normal, "")
    return reason if ok and reason.strip() else None


def export_person_data(parent: QWidget, ctx: UiContext, record_type: str, ident: int,
                       on_done: Callable[[object], None] | None = None) -> None:
    folder = choose_folder(parent)
    if folder is None:
        return
    from caseworker.person_export import export_person

    def done(files) -> None:
        if on_done is not None:
            on_done(files)
        else:
            QMessageBox.information(parent, tr("Person's data"), tr("Written: {json} and {pdf}.").format(
                json=files.json_path, pdf=files.pdf_path))

    # A question whose answer is written to files (and audited as an export): nothing shown changes.
    ctx.read(lambda s: export_person(s, record_type, ident, folder), done,
             lambda e: QMessageBox.warning(parent, tr("Person's data"), error_text(e)))


def erase_person(parent: QWidget, ctx: UiContext, record_type: str, ident: int, name: str,
                 on_done: Callable[[Changes], None] | None = None) -> None:
    reason = ask_reason(parent, name)
    if reason is None:
        return

    def failed(error: CaseworkerError) -> None:
        QMessageBox.warning(parent, tr("Erase on request"), error_text(error))

    ctx.write(lambda s: s.person_data.erase(record_type, ident, reason), on_done, failed)


def person_data_button(parent: QWidget, ctx: UiContext, record_type: str,
                       current: Callable[[], tuple[int, str] | None]) -> QPushButton:
    """"Person's data…": export everything held, or erase on request (managers and administrators)."""
    button = QPushButton(icons.icon("user-round-x"), tr("Person's data…"), parent)
    button.setToolTip(tr("Everything held about this person, for them (JSON and PDF), or erased on request"))
    button.setAccessibleName(tr("This person's data: export or erase"))
    menu = QMenu(button)

    def export() -> None:
        found = current()
        if found is not None:
            export_person_data(parent, ctx, record_type, found[0])

    def erase() -> None:
        found = current()
        if found is not None:
            erase_person(parent, ctx, record_type, found[0], found[1])

    menu.addAction(tr("Export everything held…"), export)
    if ctx.actor.can(Action.ANONYMISE_CLIENTS):
        menu.addAction(tr("Erase on request…"), erase)
    button.setMenu(menu)
    button.setVisible(ctx.actor.can(Action.EXPORT_PERSON_DATA))
    return button
