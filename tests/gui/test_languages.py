"""Choosing the window's language in Settings → This computer: the words, the locale's money and
dates, and the mirrored layout of a right-to-left language, without restarting the app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.settings import Settings, load_settings
from caseworker.ui import translations
from caseworker.ui.application import build_main_window, show_this_computer
from caseworker.ui.i18n import format_day, format_money, tr
from caseworker.ui.runner import Runner
from caseworker.ui.sections.administration import AdministrationSection
from caseworker.ui.translations import apply_language, available_languages
from tests.conftest import make_user


@pytest.fixture
def language(qapp) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in the source language again."""
    before = QLocale()
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QLocale.setDefault(before)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _window(qtbot, services: Services, language: str = ""):
    window = build_main_window(services, Settings(language=language), Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_languages_offered_are_those_with_a_compiled_translation(tmp_path: Path) -> None:
    for code in ("ar", "es"):
        (tmp_path / f"caseworker_{code}.qm").write_bytes(b"")
    (tmp_path / "caseworker_es.ts").write_text("")
    assert available_languages(tmp_path) == [("en", "English"), ("ar", "العربية"), ("es", "Español")]
    offered = dict(available_languages())
    assert offered["es"] == "Español" and offered["en"] == "English"


def test_choosing_spanish_rebuilds_the_window_in_spanish(sqlite_db: Database, qtbot, language) -> None:
    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    window = _window(qtbot, services)
    assert window.section_titles()[0] == "My work"
    section = window.section_of(AdministrationSection)
    window.show_section(section)
    page = section.computer
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert "English" in names and "Español" in names
    page.language.setCurrentIndex(page.language.findData("es"))
    with qtbot.waitSignal(window.rebuild_requested, timeout=2000):
        page.save_button.click()
    assert load_settings().language == "es"

    again = _window(qtbot, services, "es")
    show_this_computer(again)
    assert again.section_titles()[0] == "Mi trabajo"
    assert again.section_titles()[-1] == "Configuración"
    assert [a.text() for a in again.menuBar().actions()][:2] == ["&Archivo", "&Ir"]
    # "Caseworker" is the app's name in the window and a role in the status bar.
    assert again.windowTitle().startswith("Caseworker — ")
    assert again.user_label.text().endswith("(Gestor de casos)")
    settings = again.section_of(AdministrationSection)
    assert again.current_section() is settings and settings.stack.currentWidget() is settings.computer
    assert settings.computer.language.currentData() == "es"
    # Numbers, dates and money follow the language as well as the words.
    assert QLocale().language() == QLocale.Language.Spanish
    assert format_money(Decimal("1234.5"), "EUR") == "1.234,50\u00a0€"
    assert format_money(Decimal("-7"), "GBP") == "-7,00\u00a0£"
    assert format_day(date(2026, 3, 14)) == "sábado 14 mar"
    # Qt's own buttons (OK, Cancel) come from Qt's Spanish catalogue.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_back_to_english_restores_the_source_words_and_money(sqlite_db: Database, qtbot, qapp, language) -> None:
    apply_language(qapp, "es")
    assert tr("My work") == "Mi trabajo"
    apply_language(qapp, "en")
    assert tr("My work") == "My work"
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _forms(widget: QWidget) -> list[QFormLayout]:
    return [layout for layout in widget.findChildren(QFormLayout)
            if layout.parentWidget() is not None and layout.parentWidget().isVisible()]


def test_arabic_mirrors_every_section(sqlite_db: Database, qtbot, qapp, language) -> None:
    """Right to left: the window, every section and every visible form read from the right.

    The Arabic words come from their own file; the mirroring is the layout's and needs none."""
    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "maria", Role.ADMIN, Role.MANAGER, Role.CASEWORKER,
                                             Role.FUNDRAISER))
    apply_language(qapp, "ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = _window(qtbot, services, "ar")
    window.resize(1366, 768)
    assert window.isRightToLeft()
    # The sidebar of sections sits on the right, the section's pane on its left.
    assert window.sidebar.mapTo(window, window.sidebar.rect().center()).x() > window.width() // 2
    checked_rows = 0
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda s=section: s.isVisible(), timeout=2000)
        assert section.isRightToLeft(), f"{type(section).__name__} is not mirrored"
        for form in _forms(section):
            for index in range(form.rowCount()):
                label = form.itemAt(index, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(index, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                caption, host = label.widget(), field.widget()
                if not (caption.isVisible() and host is not None and host.isVisible()):
                    continue
                left_of_caption = caption.mapTo(window, caption.rect().topLeft()).x()
                right_of_field = host.mapTo(window, host.rect().topRight()).x()
                assert left_of_caption >= right_of_field, (
                    f"{type(section).__name__}: the label {caption.text()!r} is not right of its field")
                checked_rows += 1
    assert checked_rows >= 3  # the forms were really there to check (Settings' pages at least)


def test_amounts_are_typed_the_chosen_languages_way(qapp, language) -> None:
    from caseworker.ui.i18n import amount_text

    apply_language(qapp, "en")
    assert [amount_text(t) for t in ("1,250", "12.50", "1.234,50")] == ["1,250", "12.50", "1.234,50"]
    apply_language(qapp, "es")
    # The comma is the decimal mark; a point alone stays one, as the hints write amounts.
    assert amount_text("1.234,50") == "1234.50"
    assert amount_text("12,5") == "12.5"
    assert amount_text("1,250") == "1.250"  # one euro and a quarter, never 1250
    assert amount_text("12.50") == "12.50"
    assert amount_text("12.3,4") == "12.3,4"  # not a grouping: left for the service to refuse
    apply_language(qapp, "ar")
    assert amount_text("١٢٫٥٠") == "12.50"


def test_an_amount_typed_in_spanish_is_saved_exactly(sqlite_db: Database, qtbot, qapp, language) -> None:
    actor = make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, actor)
    apply_language(qapp, "es")
    window = _window(qtbot, services, "es")
    section = window.section_of(AdministrationSection)
    window.show_section(section)
    page = section.organisation
    page.major_gift.setText("2.500,00")
    page.major_lifetime.setText("10000,5")
    page.save_button.click()
    saved = services.settings.get().segments
    assert (saved.major_gift, saved.major_lifetime) == (Decimal("2500.00"), Decimal("10000.50"))


def test_the_app_rebuilds_its_window_in_the_new_language_without_signing_in_again(
        tmp_path: Path, qapp, monkeypatch, language) -> None:
    """The start-up loop: This computer's Save in Spanish closes the window and opens it again,
    signed in as before, in Spanish, on This computer; closing that window ends the app."""
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.open import open_database
    from caseworker.ui import application
    from caseworker.ui.main_window import MainWindow

    path = tmp_path / "office.db"
    first = open_database(DatabaseLocation.parse(str(path)), encrypt_new=False)
    actor = make_user(first, "sam", Role.CASEWORKER)
    first.dispose()
    sign_ins: list[str] = []

    def sign_in(opening, settings, **_kwargs):
        sign_ins.append(actor.username)
        return Services(opening.db, actor), settings

    monkeypatch.setattr(application, "sign_in_flow", sign_in)
    seen: list[tuple[str, str, str | None]] = []

    def exec_once() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        settings = window.section_of(AdministrationSection)
        current = settings.stack.currentWidget() is settings.computer and window.current_section() is settings
        seen.append((window.section_titles()[0], window.layoutDirection().name, "computer" if current else None))
        if len(seen) == 1:
            page = settings.computer
            page.language.setCurrentIndex(page.language.findData("es"))
            page.save_button.click()  # asks for the rebuild, which closes this window
        else:
            window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_once)
    assert application.run(Settings(database=str(path))) == 0
    assert seen == [("My work", "LeftToRight", None), ("Mi trabajo", "LeftToRight", "computer")]
    assert sign_ins == ["sam"]  # one sign-in for both windows
    assert load_settings().language == "es"


def _accelerator_clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters that two visible captions, buttons, groups or tabs under *root* both claim with &."""
    claimed: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            if match := re.search(r"(?<!&)&([^&\s])", text.replace("&&", "")):
                claimed.setdefault(match.group(1).lower(), []).append(text)
    return {letter: texts for letter, texts in claimed.items() if len(texts) > 1}


def _clashes_in(window, qtbot, monkeypatch) -> dict[str, int]:
    """{page or dialog: how many letters are claimed twice} over every section and main dialog."""
    found: dict[str, int] = {}
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        for key in section.page_keys() if isinstance(section, AdministrationSection) else [None]:
            if key is not None:
                section.show_page(key)
            found[f"{type(section).__name__}/{key}"] = len(_accelerator_clashes(section))

    def look(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        found[type(dialog).__name__] = len(_accelerator_clashes(dialog))
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        section.new_record()
    window.change_password()
    monkeypatch.undo()
    return found


def test_spanish_keyboard_accelerators_clash_no_more_than_englishs(sqlite_db: Database, qtbot, qapp,
                                                                   monkeypatch, language) -> None:
    """Alt+letter reaches one field: the Spanish captions keep each dialog's letters apart at
    least as well as the English ones do."""
    from caseworker.services.demo import generate

    generate(sqlite_db, seed=3, today=date(2026, 3, 16))
    services = Services(sqlite_db, make_user(sqlite_db, "all", Role.ADMIN, Role.MANAGER, Role.CASEWORKER,
                                             Role.FUNDRAISER))
    counts = {}
    for code in ("en", "es"):
        apply_language(qapp, code)
        window = _window(qtbot, services, code)
        window.resize(1366, 768)
        counts[code] = _clashes_in(window, qtbot, monkeypatch)
        window.close()
    assert len(counts["es"]) >= 10  # pages and dialogs were really looked at
    worse = {where: (counts["en"].get(where), n) for where, n in counts["es"].items()
             if n > counts["en"].get(where, 0)}
    assert not worse, f"more Alt+letter clashes in Spanish than in English (en, es): {worse}"
