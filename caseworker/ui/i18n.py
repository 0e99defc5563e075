"""Translation in the UI, including the messages the Qt-free layers marked with ``N_``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import TRANSLATION_CONTEXT


def tr(text: str, context: str = "Caseworker") -> str:
    return QCoreApplication.translate(context, text)


def tr_domain(template: str, **params: Any) -> str:
    """Translate a message from the domain or services, then fill in its values."""
    translated = QCoreApplication.translate(TRANSLATION_CONTEXT, template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return translated


def error_text(error: CaseworkerError) -> str:
    return tr_domain(error.message, **error.params)
