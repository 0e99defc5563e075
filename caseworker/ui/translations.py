"""Loading the translations for the user's language, at start-up or when Settings changes it.

The language decides three things at once: the translators installed (Qt's own strings and
Caseworker's), the default ``QLocale`` (numbers, dates and money as that language writes them) and
the layout direction (Arabic mirrors the window, right to left).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
SOURCE_LANGUAGE = "en"
# How each language names itself; Qt's own names can carry a country ("español de España").
NATIVE_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "fr": "Français", "pt": "Português"}

# The translators this module installed, so that a change of language can take them out again.
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install Qt's own and Caseworker's translations for *language* (default: the system's).

    Missing files are not an error: the app then speaks English, its source language.
    """
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("caseworker", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QCoreApplication, language: str = "") -> QLocale:
    """Speak *language* from now on ("" follows the system): translators, locale and direction.

    Widgets already built keep the words they were made with; the window is rebuilt to show the
    new ones (see ``MainWindow.rebuild_requested``).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale("en_US")
    QLocale.setDefault(locale)
    _installed.extend(install_translators(app, language))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.LeftToRight)
    return locale


def available_languages(folder: Path | None = None) -> list[tuple[str, str]]:
    """(code, name in that language) of English and of every language with a compiled file."""
    folder = folder or I18N_DIR
    found = [(SOURCE_LANGUAGE, "English")]
    for qm in sorted(folder.glob("caseworker_*.qm")):
        code = qm.stem.split("_", 1)[1]
        if code == SOURCE_LANGUAGE:
            continue
        name = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
        found.append((code, name[:1].upper() + name[1:]))
    return found
