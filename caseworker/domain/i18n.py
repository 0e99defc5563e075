"""Marking user-visible text in the Qt-free layers for translation.

The domain, services, reports and command line do not import Qt, so they cannot call
``QCoreApplication.translate`` themselves. They mark each message with :func:`N_` (the gettext
"no-op" convention): the marker returns the text unchanged, a string extractor finds it, and the UI
translates it at the moment it shows it (``ui.i18n.tr_domain``). Messages that carry values keep
them as ``str.format`` fields so the translated template receives them.
"""

from __future__ import annotations

TRANSLATION_CONTEXT = "caseworker"


def N_(message: str) -> str:
    """Mark *message* for translation without translating it here."""
    return message
