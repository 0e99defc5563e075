"""Client care in the main window: the reminder bell and Ctrl+T, a task on the record in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from caseworker.ui import icons
from caseworker.ui.dialogs.care_dialogs import TaskDialog
from caseworker.ui.i18n import tr
from caseworker.ui.widgets.reminder_bell import ReminderBell

# The record kinds a task can be on, as the sections name them.
TASK_KINDS = ("client", "case", "donor", "grant", "meeting")


def install_client_care(window: Any) -> None:
    window.reminder_bell = ReminderBell(window.ctx, window)
    window.statusBar().addPermanentWidget(window.reminder_bell)
    action = QAction(icons.icon("list-checks"), tr("New &task…"), window)
    action.setData("list-checks")
    action.setShortcut(QKeySequence("Ctrl+T"))
    action.setToolTip(tr("A task on the record in view, or one of your own (Ctrl+T)"))
    action.triggered.connect(lambda _=False: new_task_here(window))
    window.addAction(action)
    menu = window.menuBar().actions()[0].menu() if window.menuBar().actions() else None
    if menu is not None:
        menu.insertAction(menu.actions()[2] if len(menu.actions()) > 2 else None, action)
    window.task_action = action


def record_in_view(section: Any) -> tuple[str, int, str] | None:
    """The kind, id and label of the record the section shows, if it shows one a task can be on."""
    if section is None:
        return None
    grant_view = getattr(section, "grant_view", None)
    detail = getattr(section, "detail", None)
    if grant_view is not None and getattr(detail, "currentWidget", lambda: None)() is grant_view:
        grant = getattr(grant_view, "grant", None)
        return ("grant", grant.id, grant.row.title) if grant is not None else None
    meeting = getattr(detail, "meeting", None)
    if meeting is not None and "meeting" in getattr(section, "kinds", ()):
        return "meeting", meeting.id, meeting.title
    kind = getattr(section, "record_kind", None) or next((k for k in getattr(section, "kinds", ())
                                                          if k in TASK_KINDS), None)
    records = getattr(section, "list", None)
    current = getattr(records, "current_id", None)
    if kind not in TASK_KINDS or not callable(current):
        return None
    ident = current()
    if ident is None:
        return None
    label = ""
    table = getattr(records, "table", None)
    if table is not None and table.currentIndex().isValid():
        index = table.currentIndex()
        label = " · ".join(str(index.siblingAtColumn(c).data() or "") for c in (0, 1)).strip(" ·")
    return kind, ident, label


def new_task_here(window: Any) -> Any:
    """Ctrl+T: a task on the record in view (a client, case, donor, grant or meeting), else of one's own."""
    found = record_in_view(window.current_section())
    if found is None:
        return TaskDialog.ask(window.ctx, window)
    kind, ident, label = found
    return TaskDialog.ask(window.ctx, window, record_type=kind, record_id=ident, record_label=label)
