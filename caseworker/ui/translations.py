"""Loading the translations for the user's language at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"


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
