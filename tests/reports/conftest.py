"""Reading rendered PDFs back for the report tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader


class Pdf:
    """A rendered PDF: page texts, fonts used, metadata."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = PdfReader(path)
        self.pages = [page.extract_text() or "" for page in self.reader.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The text with line breaks folded to spaces and presentation forms normalised."""
        return " ".join(unicodedata.normalize("NFKC", self.text).split())

    def has(self, phrase: str) -> bool:
        wanted = " ".join(unicodedata.normalize("NFKC", phrase).split())
        # Right-to-left runs are stored in visual order; extraction may or may not undo it.
        return wanted in self.flat or wanted[::-1] in self.flat

    def fonts(self) -> set[str]:
        names: set[str] = set()
        for page in self.reader.pages:
            resources = page["/Resources"]
            for font in resources.get("/Font", {}).values():
                names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
        return names


@pytest.fixture
def read_pdf():
    return Pdf
