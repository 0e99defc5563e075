"""Every section is usable on an office laptop: nothing clipped, nothing scrolling sideways.

The window is set to what a screen leaves it (less a 40-pixel task bar and a 30-pixel title
bar); 125% scaling is the same screen in logical pixels divided by 1.25, since Qt scales every
logical pixel (fonts included) by QT_SCALE_FACTOR.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QTableView, QTreeView, QWidget

SCREENS = {"1366x768": (1366, 768, 1.0), "1280x720": (1280, 720, 1.0), "1366x768 at 125%": (1366, 768, 1.25)}
TASK_BAR, TITLE_BAR = 40, 30


def window_size(width: int, height: int, scale: float) -> tuple[int, int]:
    return int(width / scale), int(height / scale) - TASK_BAR - TITLE_BAR


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def problems_in(section: QWidget, title: str) -> list[str]:
    """What a user would find cut off in *section* as it is drawn now."""
    found: list[str] = []
    for view in section.findChildren(QAbstractItemView):
        if not _shown(view, section) or not isinstance(view, (QTableView, QTreeView)):
            continue
        if view.model() is None or view.model().rowCount() == 0:
            continue
        name = view.accessibleName() or view.objectName() or type(view).__name__
        header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if view.horizontalScrollBar().maximum() > 0:
            found.append(f"{title}: {name} scrolls sideways by {view.horizontalScrollBar().maximum()}px")
        for col in range(header.count()):
            if header.isSectionHidden(col):
                continue
            title_width = header.sectionSizeFromContents(col).width()
            if header.sectionSize(col) < title_width:
                found.append(f"{title}: {name} column {col} "
                             f"{view.model().headerData(col, header.orientation())!r} is "
                             f"{header.sectionSize(col)}px, its title needs {title_width}px")
    for button in section.findChildren(QAbstractButton):
        if not _shown(button, section) or not button.text():
            continue
        if button.width() < button.minimumSizeHint().width() or button.width() < button.sizeHint().width() - 1:
            found.append(f"{title}: button {button.text()!r} is {button.width()}px, needs {button.sizeHint().width()}px")
    for combo in section.findChildren(QComboBox):
        if _shown(combo, section) and combo.width() < combo.minimumSizeHint().width():
            found.append(f"{title}: choice {combo.accessibleName()!r} is {combo.width()}px, "
                         f"needs {combo.minimumSizeHint().width()}px")
    return found


@pytest.fixture
def in_language(qapp):
    """Switch the app's language for one test; the next test starts in the source language again."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from caseworker.ui import translations

    before = QLocale()

    def switch(language: str) -> None:
        translations.apply_language(qapp, language)

    yield switch
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QLocale.setDefault(before)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["es", "ar"])
def test_every_section_fits_a_laptop_at_125_percent_in_spanish_and_arabic(language: str, demo_services, open_window,
                                                                          qtbot, in_language) -> None:
    """Longer words (Spanish) and a mirrored layout (Arabic) on the tightest screen."""
    in_language(language)
    test_every_section_fits_without_clipping("1366x768 at 125%", "demo", demo_services, open_window, qtbot)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("username", ["demo", "ana"])
def test_every_section_fits_without_clipping(screen: str, username: str, demo_services, open_window, qtbot) -> None:
    window = open_window(demo_services(username))
    width, height = window_size(*SCREENS[screen])
    window.resize(width, height)
    qtbot.wait(1)
    assert window.width() <= width and window.height() <= height, (window.size(), width, height)
    found: list[str] = []
    for row, title in enumerate(window.section_titles()):
        window.section_actions[row].trigger()
        section = window.current_section()
        records = getattr(section, "list", None)
        if records is not None and hasattr(records, "table") and records.table.model().rowCount():
            records.table.selectRow(0)  # the detail pane shows too
        qtbot.wait(5)
        frame = window.stack.currentWidget()
        if frame.horizontalScrollBar().maximum() > 0:
            found.append(f"{title}: the section scrolls sideways by {frame.horizontalScrollBar().maximum()}px "
                         f"(needs {section.minimumSizeHint().width()}px)")
        found += problems_in(section, title)
        status = window.statusBar()
        assert window.rect().contains(status.geometry()), title
    assert not found, "\n".join(found)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_closed_case_reads_whole_in_the_case_pane(screen: str, demo_services, open_window, qtbot) -> None:
    from caseworker.ui.sections.cases import CasesSection

    window = open_window(demo_services("demo"))
    window.resize(*window_size(*SCREENS[screen]))
    cases = window.section_of(CasesSection)
    window.show_section(cases)
    cases.status_filter.setCurrentIndex(cases.status_filter.findData("finished"))
    model = cases.list.model
    row = next(r for r in range(model.rowCount()) if (rec := model.record_at(r)) is not None and rec.status == "closed")
    cases.list.table.selectRow(row)
    qtbot.waitUntil(lambda: cases.detail.facts["resolution"].text() not in ("", "—"))
    qtbot.wait(5)
    resolution = cases.detail.facts["resolution"]
    lines = resolution.height() / resolution.fontMetrics().lineSpacing()
    assert lines <= 3, (resolution.text(), lines)
    timeline = cases.detail.timeline
    assert timeline.count() > 1
    assert timeline.horizontalScrollBar().maximum() == 0
    # Every timeline entry is as wide as the pane allows, its text wrapped, not cut.
    for i in range(timeline.count()):
        # (Qt places items with the list's spacing around them, which may overhang by that much.)
        item = timeline.item(i)
        rect = timeline.visualItemRect(item)
        assert rect.right() <= timeline.viewport().width() + timeline.spacing()
        # Tall enough for its text wrapped at its width: no line of a note is cut off.
        metrics = QFontMetrics(item.font())
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 12, 100_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text()).height()
        assert rect.height() >= needed, (item.text(), rect, needed)


def test_the_planners_why_column_carries_its_whole_text_in_a_tooltip(demo_services, open_window, qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    from caseworker.ui.sections.planner import PlannerSection

    window = open_window(demo_services("demo"))
    window.resize(*window_size(*SCREENS["1366x768 at 125%"]))
    planner = window.section_of(PlannerSection)
    window.show_section(planner)
    planner.tabs.setCurrentWidget(planner.neglect)  # the neglected donors, each with why
    qtbot.waitUntil(lambda: planner.neglect.loaded)
    qtbot.wait(5)
    checked = 0
    for view in planner.findChildren(QTableView):
        model = view.model()
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        if "Why" not in titles or not model.rowCount():
            continue
        col = titles.index("Why")
        assert view.textElideMode() == Qt.TextElideMode.ElideRight
        for row in range(min(model.rowCount(), 20)):
            index = model.index(row, col)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            assert text and index.data(Qt.ItemDataRole.ToolTipRole) == text
            checked += 1
    assert checked, "no guard reasons on screen to check"
