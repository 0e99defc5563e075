"""Every section can be walked by Tab, and every control it reaches has a name a screen reader reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QSplitterHandle,
    QStackedWidget,
    QTabBar,
    QWidget,
)

MAX_TABS = 400


def _owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a combo box's line edit, a spin box's editor)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return parent
        parent = parent.parentWidget()
    return widget


def _should_reach(widget: QWidget, section: QWidget) -> bool:
    if not widget.isVisibleTo(section.window()) or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None or _owner(widget) is not widget:
        return False
    if isinstance(widget, (QScrollBar, QSplitterHandle, QLabel, QStackedWidget)):
        return False
    # A scroll area's frame is not a control; the section's own frame around it is the window's.
    return not (isinstance(widget, QAbstractScrollArea) and type(widget).__name__ == "QScrollArea")


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName()).strip()


def walk(window, section: QWidget) -> list[QWidget]:
    """Press Tab from the section's first control until focus leaves the section or comes round."""
    start = next((w for w in section.findChildren(QWidget) if _should_reach(w, section)), None)
    if start is None:
        return []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    for _ in range(MAX_TABS):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        owner = _owner(focused)
        if reached and owner is reached[0]:
            break
        if owner not in reached:
            reached.append(owner)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return reached


@pytest.mark.parametrize("username", ["demo", "ana"])
def test_tab_reaches_every_control_of_every_section_and_each_has_a_name(username, demo_services, open_window,
                                                                        qtbot) -> None:
    window = open_window(demo_services(username))
    window.resize(1366, 698)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    problems: list[str] = []
    counts: dict[str, tuple[int, int]] = {}
    for row, title in enumerate(window.section_titles()):
        window.section_actions[row].trigger()
        section = window.current_section()
        records = getattr(section, "list", None)
        if records is not None and hasattr(records, "table") and records.table.model().rowCount():
            records.table.selectRow(0)
        qtbot.wait(5)
        reached = walk(window, section)
        inside = [w for w in reached if section.isAncestorOf(w)]
        expected = [w for w in section.findChildren(QWidget) if _should_reach(w, section)]
        assert expected, title
        counts[title] = (len(expected), len(inside))
        for w in expected:
            if w not in reached:
                problems.append(f"{title}: Tab never reaches {type(w).__name__} {accessible_name(w)!r} "
                                f"{w.objectName()!r}")
        for w in inside:
            if not accessible_name(w) and not isinstance(w, QTabBar):
                problems.append(f"{title}: {type(w).__name__} {w.objectName()!r} has no accessible name "
                                f"(text: {getattr(w, 'text', lambda: '')()!r})")
    assert not problems, "\n".join(problems)
