"""Batches of any size: one PDF written chunk by chunk with a bookmark per document, in flat memory."""

from __future__ import annotations

import shutil
import subprocess
import tracemalloc
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker.domain.documents import ReceiptData, ReceiptStyle
from caseworker.reports.documents.batch import render_batch
from tests.reports import samples

MADE = {"made_by": "Jane Okafor", "made_at": datetime(2026, 11, 25, 14, 30, tzinfo=UTC)}
DONORS = ("Margaret A. Whitfield", "محمد عبد الله", "שרה כהן", "Zoë Ångström-Nuñez")


class Receipts(Sequence[ReceiptData]):
    """Receipts made when read, as the exports gather them: none is kept."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.reads = 0

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
        self.reads += 1
        return samples.receipt(ReceiptStyle.CA, number=f"2026-{index + 1:05d}", donor_name=DONORS[index % 4])


def test_bookmarks_name_each_donor_and_point_at_their_first_page(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    items = Receipts(7)
    result = render_batch(items, out, chunk=3, **MADE)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == 7 and result.documents == 7
    marks = reader.outline
    assert [m.title for m in marks] == [f"Receipt 2026-{n:05d} — {DONORS[(n - 1) % 4]}" for n in range(1, 8)]
    assert [reader.get_destination_page_number(m) for m in marks] == list(range(7))
    for index, page in enumerate(reader.pages):
        assert f"Receipt 2026-{index + 1:05d} — page 1 of 1" in page.extract_text()
    assert reader.metadata.author == samples.CA_ORG.name
    assert items.reads == 7  # each document gathered once


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_the_joined_file_is_a_sound_pdf(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    render_batch(Receipts(9), out, chunk=4, **MADE)
    checked = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors" in checked.stdout


def peak(count: int, tmp_path: Path) -> int:
    tracemalloc.start()
    try:
        render_batch(Receipts(count), tmp_path / f"{count}.pdf", chunk=20, **MADE)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_memory_does_not_grow_with_the_batch(tmp_path: Path) -> None:
    peak(20, tmp_path)  # fonts and caches loaded once, outside the comparison
    small, large = peak(60, tmp_path), peak(240, tmp_path)
    # Four times the documents: the peak is that of one chunk (plus the list of pages), not four times.
    assert large < small * 1.5, (small, large)
