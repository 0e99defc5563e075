"""The main window: a sidebar of sections, the current section, and a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QSplitter, QStackedWidget, QWidget)

from caseworker import __version__
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.records import Changes
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.crash import show_bug
from caseworker.ui.dialogs.quick_search import QuickSearchDialog
from caseworker.ui.i18n import error_text, tr
from caseworker.ui.sections import section_classes
from caseworker.ui.sections.base import Section


class MainWindow(QMainWindow):
    sign_out_requested = Signal()

    def __init__(self, ctx: UiContext, *, log_path: Path | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._log_path = log_path
        self.setWindowTitle(tr("Caseworker — {org}").format(org=ctx.org.name))
        self.resize(1280, 800)
        actor = ctx.services.actor

        self.sections: list[Section] = []
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 14px; }"
                                   "QListWidget#sidebar::item { padding: 7px 6px; }")
        self.stack = QStackedWidget(self)
        for cls in section_classes():
            if not cls.visible_to(actor):
                continue
            section = cls(ctx, self.stack)
            section.setAccessibleName(cls.title())
            self.sections.append(section)
            self.stack.addWidget(section)
            QListWidgetItem(section.icon(), cls.title(), self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_section)

        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status_bar()
        ctx.runner.changed.connect(self._on_changes)
        ctx.runner.error_shown.connect(self._show_error_text)
        ctx.runner.bug.connect(lambda exc: show_bug(self, exc, self._log_path))
        ctx.runner.busy_changed.connect(self._on_busy)
        ctx.runner.default_error_handler = self.show_error
        if self.sections:
            self.sidebar.setCurrentRow(0)

    # -- building ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.search_action = self._action(tr("&Quick search…"), QKeySequence("Ctrl+K"), self.quick_search)
        self.new_action = self._action(tr("&New record"), QKeySequence.StandardKey.New, self.new_record)
        file_menu.addAction(self.search_action)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("Sign &out"), QKeySequence("Ctrl+Shift+Q"),
                                         self.sign_out_requested.emit))
        file_menu.addAction(self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        go_menu = self.menuBar().addMenu(tr("&Go"))
        for i, section in enumerate(self.sections[:9]):
            go_menu.addAction(self._action(type(section).title(), QKeySequence(f"Ctrl+{i + 1}"),
                                           lambda _=False, row=i: self.sidebar.setCurrentRow(row)))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About Caseworker"), QKeySequence(), self._about))

    def _action(self, text: str, shortcut: QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        actor = self.ctx.services.actor
        roles = ", ".join(sorted(r.value for r in actor.roles))
        self.user_label = QLabel(tr("Signed in as {name} ({roles})").format(name=actor.display_name, roles=roles))
        self.db_label = QLabel(tr("Database: {location}").format(location=self.ctx.services.db.location.display()))
        self.busy_label = QLabel("")
        for label in (self.user_label, self.db_label, self.busy_label):
            label.setAccessibleName(label.text() or tr("Activity"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)

    # -- behaviour --------------------------------------------------------------------------
    def current_section(self) -> Section | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Section) else None

    def section_for_kind(self, kind: str) -> Section | None:
        return next((s for s in self.sections if kind in type(s).kinds), None)

    def show_section(self, section: Section) -> None:
        self.sidebar.setCurrentRow(self.sections.index(section))

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.stack.setCurrentIndex(row)
            self.sections[row].activate()

    def open_record(self, kind: str, record_id: int) -> bool:
        section = self.section_for_kind(kind)
        if section is None:
            return False
        self.show_section(section)
        section.open_record(kind, record_id)
        return True

    def quick_search(self) -> None:
        hit = QuickSearchDialog.ask(self.ctx.services.search, self)
        if hit is not None:
            self.open_record(hit.kind, hit.id)

    def new_record(self) -> None:
        section = self.current_section()
        if section is None or not section.new_record():
            self.statusBar().showMessage(tr("There is nothing to create in this section."), 4000)

    def show_error(self, error: CaseworkerError) -> None:
        self._show_error_text(error_text(error))

    def _show_error_text(self, text: str) -> None:
        QMessageBox.warning(self, tr("Caseworker"), text)

    def _on_changes(self, changes: Changes) -> None:
        for section in self.sections:
            section.on_changes(changes)

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(tr("Saving…") if busy else "")
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _about(self) -> None:
        QMessageBox.about(self, tr("About Caseworker"),
                          tr("Caseworker {version}\nCasework, aid, grants, meetings and donor "
                             "stewardship for small nonprofits.").format(version=__version__))

    def section_titles(self) -> list[str]:
        return [type(s).title() for s in self.sections]

    def closeEvent(self, event) -> None:  # noqa: N802
        self.ctx.runner.shutdown()
        super().closeEvent(event)


