"""The main window: a sidebar of sections, the current section, and a status bar.

Sections are found in ``ui/sections`` and shown only to users whose roles allow them; Ctrl+1…9
switch between them, Ctrl+K searches everything the user may see and Ctrl+N makes a new record in
the current section. One change notice per action (from the runner) reaches every section.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from caseworker import __version__
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.permissions import ROLE_LABELS
from caseworker.domain.records import ChangeKind, Changes
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.crash import show_bug
from caseworker.ui.dialogs.password_dialog import PasswordDialog
from caseworker.ui.dialogs.quick_search import QuickSearchDialog
from caseworker.ui.i18n import error_text, tr, tr_domain
from caseworker.ui.keyboard import install_keyboard_paths
from caseworker.ui.parts import window_parts
from caseworker.ui.sections.base import Section
from caseworker.ui.window_state import WindowPlace, available_area, fitted

#: How long the status bar says where an exported file went.
SAVED_MESSAGE_MS = 30_000

SIDEBAR_STYLE = """
QListWidget#sidebar {
    border: none;
    background: palette(base);
    border-right: 1px solid palette(midlight);
    padding: 8px 6px;
    font-size: 14px;
}
QListWidget#sidebar::item { padding: 7px 8px; border-radius: 6px; margin: 1px 0; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""

class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    # The language changed: the application builds the window again, signed in as before.
    rebuild_requested = Signal()

    def __init__(self, ctx: UiContext, *, log_path: Path | None = None) -> None:
        super().__init__()
        install_keyboard_paths()
        self.ctx = ctx
        self._log_path = log_path
        self._update_title()
        actor = ctx.actor
        self.place = WindowPlace(actor.username)

        # A section is built the first time it is shown (or asked for), so the window opens with
        # only the first one made; the rest wait behind light placeholders in the stack.
        self.section_classes = [cls for cls in window_parts().sections if cls.visible_to(actor)]
        self._built: dict[int, Section] = {}
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMaximumWidth(210)
        self.sidebar.setMinimumWidth(160)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.stack = QStackedWidget(self)
        for number, cls in enumerate(self.section_classes, start=1):
            self.stack.addWidget(QWidget(self.stack))
            item = QListWidgetItem(cls.icon(), cls.title(), self.sidebar)
            key = f"Ctrl+{number}" if number <= 9 else cls.shortcut
            if key:
                item.setToolTip(tr("{title} ({key})").format(title=cls.title(), key=key))
        self.sidebar.currentRowChanged.connect(self._show_section)

        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        splitter.setSizes([200, 1080])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.place.restore_splitters("window", splitter)
        self._fit_to_screen()

        self._build_menus()
        self._build_status_bar()
        self._build_client_care()
        ctx.runner.changed.connect(self._on_changes)
        ctx.runner.error_shown.connect(self._show_error_text)
        ctx.runner.bug.connect(lambda exc: show_bug(self, exc, self._log_path))
        ctx.runner.busy_changed.connect(self._on_busy)
        ctx.runner.default_error_handler = self.show_error
        if self.section_classes:
            self.sidebar.setCurrentRow(0)

    # -- building ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.search_action = self._action(tr("&Quick search…"), QKeySequence("Ctrl+K"), self.quick_search, "search")
        self.new_action = self._action(tr("&New record"), QKeySequence.StandardKey.New, self.new_record, "plus")
        file_menu.addAction(self.search_action)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("Change my &password…"), QKeySequence(), self.change_password,
                                         "key-round"))
        file_menu.addAction(self._action(tr("Sign &out"), QKeySequence("Ctrl+Shift+Q"),
                                         self.sign_out_requested.emit, "log-out"))
        file_menu.addAction(self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        go_menu = self.menuBar().addMenu(tr("&Go"))
        self.section_actions: list[QAction] = []
        for i, cls in enumerate(self.section_classes):
            keys = [QKeySequence(f"Ctrl+{i + 1}")] if i < 9 else []
            if cls.shortcut:
                keys.append(QKeySequence(cls.shortcut))
            action = self._action(cls.title(), QKeySequence(),
                                  lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            action.setShortcuts(keys)
            action.setIcon(cls.icon())
            go_menu.addAction(action)
            self.section_actions.append(action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&Keyboard shortcuts"), QKeySequence(), self._shortcuts))
        help_menu.addAction(self._action(tr("&About Caseworker"), QKeySequence(), self._about))

        # A search box-like button in the menu bar's corner, so Ctrl+K can be discovered.
        self.search_button = QToolButton(self)
        self.search_button.setDefaultAction(self.search_action)
        self.search_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search_button.setText(tr("Search   Ctrl+K"))
        self.search_button.setAccessibleName(tr("Quick search"))
        self.search_button.setAutoRaise(True)
        self.menuBar().setCornerWidget(self.search_button, Qt.Corner.TopRightCorner)

    def _action(self, text: str, shortcut: QKeySequence, slot, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
            action.setData(icon_name)
        self.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        roles = ", ".join(sorted(tr_domain(ROLE_LABELS[r]) for r in actor.roles))
        self.user_label = QLabel(tr("Signed in as {name} ({roles})").format(name=actor.display_name, roles=roles))
        self.db_label = QLabel(tr("Database: {location}").format(location=self.ctx.database_text))
        self.db_label.setStyleSheet("color: palette(placeholder-text);")
        self.busy_label = QLabel("")
        for label in (self.user_label, self.db_label, self.busy_label):
            label.setAccessibleName(label.text() or tr("Activity"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        # After an export: where the file went, and a way to its folder while the message shows.
        self.open_folder_button = QPushButton(icons.icon("folder-open"), tr("Open &folder"))
        self.open_folder_button.setAccessibleName(tr("Open the folder of the file just saved"))
        self.open_folder_button.setFlat(True)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self._open_saved_folder)
        self.statusBar().addPermanentWidget(self.open_folder_button)
        self.statusBar().messageChanged.connect(lambda text: text or self.open_folder_button.hide())
        self.saved_file: Path | None = None

    def show_saved_file(self, path: Path) -> None:
        """Say in the status bar that *path* was saved, with a button that opens its folder."""
        self.saved_file = path
        self.statusBar().showMessage(tr("Saved {name} in {folder}").format(name=path.name, folder=str(path.parent)),
                                     SAVED_MESSAGE_MS)
        self.open_folder_button.show()

    def _open_saved_folder(self) -> None:
        if self.saved_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_file.parent)))

    def _build_client_care(self) -> None:
        from caseworker.ui.tasks_ui import install_client_care

        install_client_care(self)

    def _update_title(self) -> None:
        self.setWindowTitle(tr("Caseworker — {org}").format(org=self.ctx.org.name))

    # -- behaviour --------------------------------------------------------------------------
    @property
    def sections(self) -> list[Section]:
        """Every section this user sees, building those not shown yet."""
        return [self.section_at(row) for row in range(len(self.section_classes))]

    def section_at(self, row: int) -> Section:
        section = self._built.get(row)
        if section is None:
            cls = self.section_classes[row]
            placeholder = self.stack.widget(row)
            # A section wider than a small laptop screen scrolls sideways instead of pushing the
            # window past the screen's edge.
            frame = QScrollArea(self.stack)
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop on the Tab path
            section = self._built[row] = cls(self.ctx, frame)
            section.setAccessibleName(cls.title())
            self.place.restore_splitters(cls.__name__, section)
            frame.setWidget(section)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, frame)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
        return section

    def current_section(self) -> Section | None:
        return self._built.get(self.stack.currentIndex())

    def section_for_kind(self, kind: str) -> Section | None:
        row = next((i for i, cls in enumerate(self.section_classes) if kind in cls.kinds), None)
        return None if row is None else self.section_at(row)

    def section_of(self, cls: type[Section]) -> Section | None:
        row = next((i for i, c in enumerate(self.section_classes) if issubclass(c, cls)), None)
        return None if row is None else self.section_at(row)

    def show_section(self, section: Section) -> None:
        self.sidebar.setCurrentRow(next(row for row, s in self._built.items() if s is section))

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.section_classes):
            section = self.section_at(row)
            self.stack.setCurrentIndex(row)
            section.activate()

    def open_record(self, kind: str, record_id: int) -> bool:
        section = self.section_for_kind(kind)
        if section is None:
            return False
        self.show_section(section)
        section.open_record(kind, record_id)
        return True

    def quick_search(self) -> None:
        hit = QuickSearchDialog.ask(self.ctx, self)
        if hit is not None:
            self.open_record(hit.kind, hit.id)

    def new_record(self) -> None:
        section = self.current_section()
        if section is None or not section.new_record():
            self.statusBar().showMessage(tr("There is nothing to create in this section."), 4000)

    def change_password(self) -> None:
        if PasswordDialog.ask(self.ctx, lambda s, current, new: s.accounts.change_own_password(current, new),
                              own=True, parent=self):
            self.statusBar().showMessage(tr("Your password was changed."), 5000)

    def show_error(self, error: CaseworkerError) -> None:
        self._show_error_text(error_text(error))

    def _show_error_text(self, text: str) -> None:
        QMessageBox.warning(self, tr("Caseworker"), text)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.SETTINGS):
            self._update_title()
        # Sections not built yet read everything fresh when they are first shown.
        for section in list(self._built.values()):
            section.on_changes(changes)

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(tr("Saving…") if busy else "")
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Apply a new idle time to the window's idle lock, when one is installed (0: never)."""
        lock = self.findChild(QObject, "idle_lock")
        if lock is not None and hasattr(lock, "set_minutes"):
            lock.set_minutes(minutes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        """Redraw the line icons in the new palette's text colour (light and dark themes)."""
        icons.clear_cache()
        for row, cls in enumerate(self.section_classes):
            self.sidebar.item(row).setIcon(cls.icon())
        for action in self.actions():
            if isinstance(action.data(), str):
                action.setIcon(icons.icon(action.data()))

    def _about(self) -> None:
        QMessageBox.about(self, tr("About Caseworker"),
                          tr("Caseworker {version}\nCasework, aid, grants, meetings and donor "
                             "stewardship for small nonprofits.\n\nIcons: Lucide (ISC licence).").format(
                              version=__version__))

    def _shortcuts(self) -> None:
        QMessageBox.information(self, tr("Keyboard shortcuts"), "\n".join([
            tr("Ctrl+K  Quick search"),
            tr("Ctrl+N  New record in this section"),
            tr("Ctrl+T  New task on the record in view"),
            tr("Ctrl+1…9  Switch sections"),
            tr("Ctrl+,  Settings"),
            tr("Enter  Open the highlighted record"),
            tr("Escape  Close a dialog"),
            tr("Ctrl+Shift+Q  Sign out"),
        ]))

    def section_titles(self) -> list[str]:
        return [cls.title() for cls in self.section_classes]

    def _fit_to_screen(self) -> None:
        """Open where this user left the window, fitted inside the screen as it is now."""
        area = available_area(self)
        style = self.style()
        # The title bar and borders are drawn by the window manager outside our geometry, and
        # must fit on the screen too.
        border = style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
        title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        frame = QMargins(border, title + border, border, border)
        saved = self.place.saved_geometry()
        outer = fitted(area, saved.marginsAdded(frame) if saved is not None else None)
        self.setGeometry(outer.marginsRemoved(frame))
        if self.place.was_maximized():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_place(self) -> None:
        """Remember the window's size, position and splitters for this user on this computer."""
        maximized = self.isMaximized()
        rect = self.normalGeometry() if maximized and self.normalGeometry().isValid() else self.geometry()
        self.place.save_geometry(rect, maximized)
        self.place.save_splitters("window", self.splitter)
        for row, section in self._built.items():
            self.place.save_splitters(self.section_classes[row].__name__, section)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_place()
        self.ctx.runner.shutdown()
        super().closeEvent(event)
