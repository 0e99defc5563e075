"""Every word the window shows can be translated.

A pseudo-translation wraps every string the extractor finds in ⟦…⟧; with it loaded, every section
(and every Settings page) is walked and each visible label, button, tab, group, column header,
menu and placeholder must carry the markers. Whatever does not is either data (a name, a number,
a date) or a string the translators never see."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.settings import Settings
from caseworker.ui import translations
from caseworker.ui.application import build_main_window
from caseworker.ui.runner import Runner
from caseworker.ui.sections.administration import AdministrationSection
from tests.conftest import make_user

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
PSEUDO = "eo"  # a language the app has no translation for, so only the pseudo file speaks it


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def pseudo(tmp_path: Path, qapp, monkeypatch) -> Iterator[None]:
    script = _script()
    ts = tmp_path / f"caseworker_{PSEUDO}.ts"
    script.write_ts(ts, PSEUDO, script.collect())
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.text = OPEN + message.findtext("source", "") + CLOSE
        translation.attrib.clear()
    tree.write(ts, encoding="utf-8")
    script.release(ts, ts.with_suffix(".qm"))
    monkeypatch.setattr(translations, "I18N_DIR", tmp_path)
    before = QLocale()
    # Dates in another language's names, so that an English "Aug" left by strftime stands out.
    QLocale.setDefault(QLocale("es_ES"))
    installed = translations.install_translators(qapp, PSEUDO)
    assert installed, "the pseudo-translation did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _locale_names() -> list[str]:
    """The chosen locale's day and month names: dates written by Qt, not words to translate."""
    locale, formats = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    names = [locale.monthName(m, f) for m in range(1, 13) for f in formats]
    names += [locale.standaloneMonthName(m, f) for m in range(1, 13) for f in formats]
    names += [locale.dayName(d, f) for d in range(1, 8) for f in formats]
    return sorted({n for n in names if n}, key=len, reverse=True)


def _is_data(text: str, data: set[str]) -> bool:
    plain = text.replace("&", "").strip()
    for name in _locale_names():
        plain = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", plain)
    # Numbers, dates, times, money and punctuation carry no words to translate.
    return not re.search(r"[^\W\d_]{2,}", plain) or plain in data


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Visible texts under *root* that the pseudo-translation did not reach."""
    found: list[tuple[str, str]] = []

    def check(kind: str, owner: QWidget, text: str | None) -> None:
        if text and OPEN not in text and not _is_data(text, data):
            found.append((kind, f"{type(owner).__name__} {owner.objectName()!r}: {text!r}"))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            check("label", widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            # OK, Cancel and the like are Qt's own words, translated by Qt's catalogue (qtbase_LANG).
            if not (isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton):
                check("button", widget, widget.text())
        elif isinstance(widget, QGroupBox):
            check("group", widget, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                check("tab", widget, widget.tabText(i))
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            check("placeholder", widget, widget.placeholderText())
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            if header.isHidden():
                continue
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                if not widget.isColumnHidden(column):
                    check("header", widget, model.headerData(column, Qt.Orientation.Horizontal,
                                                             Qt.ItemDataRole.DisplayRole))
    return sorted({f"{kind}: {where}" for kind, where in found})


def test_every_visible_string_in_every_section_is_translatable(sqlite_db: Database, qtbot, pseudo) -> None:
    make_user(sqlite_db, "first", Role.ADMIN)
    actor = make_user(sqlite_db, "maria", Role.ADMIN, Role.MANAGER, Role.CASEWORKER, Role.FUNDRAISER)
    services = Services(sqlite_db, actor)
    window = build_main_window(services, Settings(), Runner(synchronous=True))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    org = services.settings.get()
    # Data, not words: who is signed in, the organisation, the database, a time zone's name, and
    # the mail server's example host name.
    data = {actor.display_name, actor.username, "first", org.name, str(sqlite_db.location.path),
            sqlite_db.location.display(), *org.address, org.timezone, "smtp.example.org"}
    problems: list[str] = []
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        problems += [f"menu: {a.text()!r}" for a in menu.actions()
                     if a.text() and OPEN not in a.text() and not _is_data(a.text(), data)]
    problems += untranslated(window.statusBar(), data)
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(section.isVisible, timeout=2000)
        pages = [None]
        if isinstance(section, AdministrationSection):
            pages = section.page_keys()
        for key in pages:
            if key is not None:
                section.show_page(key)
            problems += [f"{type(section).__name__}{'/' + key if key else ''} {p}"
                         for p in untranslated(section, data)]
    assert not problems, f"{len(problems)} visible text(s) cannot be translated:\n" + "\n".join(problems)


def _stored_text(db: Database) -> set[str]:
    """Every text value in the database: names, titles, notes — data the window may show as is."""
    from sqlalchemy import String, Text, select

    from caseworker.db.base import Base

    values: set[str] = set()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if columns:
                for row in conn.execute(select(*columns)):
                    values.update(v.strip() for v in row if isinstance(v, str) and v.strip())
    return values


def _data_only(text: str, stored: set[str]) -> bool:
    """Text made only of stored values, numbers and separators (a name · a date · an amount)."""
    rest = text.replace("&", "")
    for name in _locale_names():
        rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest)
    for value in sorted((v for v in stored if v in rest), key=len, reverse=True):
        rest = rest.replace(value, " ")
    return not re.search(r"[^\W\d_]{2,}", rest)


def _shown(problem: str) -> str:
    """The text part of an ``untranslated`` line: "label: QLabel 'name': 'text'" -> "text"."""
    return problem.split(": ", 2)[2].strip("'\"")


def test_with_records_open_every_visible_string_is_translatable(sqlite_db: Database, qtbot, pseudo,
                                                                monkeypatch) -> None:
    """The same walk over the demo's records, the first row of each section's lists opened."""
    from datetime import date

    from caseworker.services.demo import generate

    generate(sqlite_db, seed=3, today=date(2026, 3, 16))
    actor = make_user(sqlite_db, "maria2", Role.ADMIN, Role.MANAGER, Role.CASEWORKER, Role.FUNDRAISER)
    services = Services(sqlite_db, actor)
    stored = _stored_text(sqlite_db) | {actor.display_name, actor.username, str(sqlite_db.location.path)}
    window = build_main_window(services, Settings(), Runner(synchronous=True))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(section.isVisible, timeout=2000)
        for view in section.findChildren(QTableView):
            if view.isVisible() and view.model() is not None and view.model().rowCount(QModelIndex()) > 0:
                view.setCurrentIndex(view.model().index(0, 0))
                break
        qtbot.wait(10)
        problems += [f"{type(section).__name__} {p}" for p in untranslated(section, set())
                     if not _data_only(_shown(p), stored)]
    # The main dialogs: each section's "new record" (Ctrl+N), quick search and the password change,
    # each looked at once it is shown and then dismissed.
    opened: list[str] = []

    def look(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(type(dialog).__name__)
        problems.extend(f"{type(dialog).__name__} {p}" for p in untranslated(dialog, set())
                        if not _data_only(_shown(p), stored))
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        section.new_record()
    window.quick_search()
    window.change_password()
    assert len(opened) >= 8, opened  # the dialogs were really opened and looked at
    assert {"ClientDialog", "NewCaseDialog", "DisbursementDialog", "DonorDialog", "MeetingDialog"} <= set(opened)
    assert not problems, f"{len(problems)} visible text(s) cannot be translated:\n" + "\n".join(problems)
