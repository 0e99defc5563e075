"""What a screen reader gets from the PDFs ReportLab can write: the document's language, its title
shown as the window's name, text in reading order; and honesty: no PDF claims to be tagged, since
none carries a structure tree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker import exports
from tests.paperwork.conftest import YEAR, Office


def _catalog(path: Path) -> dict:
    return PdfReader(path).trailer["/Root"]


def _honest(root) -> None:  # type: ignore[no-untyped-def]
    assert "/StructTreeRoot" not in root, "ReportLab writes no structure tree"
    marked = root.get("/MarkInfo", {}).get("/Marked", False) if "/MarkInfo" in root else False
    assert not marked, "an untagged PDF must not say it is tagged"


@pytest.mark.parametrize("country, lang", [("GB", "en-GB"), ("US", "en-US"), ("CA", "en-CA")])
def test_a_document_names_its_language_and_shows_its_title(office: Office, tmp_path: Path, country: str,
                                                           lang: str) -> None:
    office.admin.settings.update(replace(office.admin.settings.get(), country=country))
    path = tmp_path / "report.pdf"
    exports.export_document(office.admin, exports.Kind.GRANT_REPORT, office.grant_id, path)
    root = _catalog(path)
    assert root["/Lang"] == lang
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    reader = PdfReader(path)
    assert reader.metadata.title == "Grant report"
    _honest(root)
    # Reading order: the letterhead, then the body in order, then the page's footer.
    text = reader.pages[0].extract_text()
    order = [text.index(s) for s in ("Riverside Community Advice", "Grant report", "Funder", "Spending against budget",
                                     "Made ")]
    assert order == sorted(order), text[:500]


def test_a_batch_names_its_language_and_title_too(office: Office, tmp_path: Path) -> None:
    office.admin.settings.update(replace(office.admin.settings.get(), country="GB"))
    out = tmp_path / "statements.pdf"
    exports.export_statements(office.fundraiser, YEAR, out)
    root = _catalog(out)
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert PdfReader(out).metadata.title
    assert "/Outlines" in root
    _honest(root)
