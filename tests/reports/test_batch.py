"""Batches of receipts and statements: one PDF or a ZIP, with progress and cancellation."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker.domain.documents import ReceiptStyle
from caseworker.reports.documents.batch import render_batch, write_zip
from tests.reports import samples
from tests.reports.samples import MADE_AT, MADE_BY

MADE = {"made_by": MADE_BY, "made_at": MADE_AT}


def receipts(n: int) -> list:
    # One organisation per batch; the receipt style changes per item.
    styles = list(ReceiptStyle)
    return [replace(samples.receipt(styles[i % 3], number=f"2026-{i + 1:04d}"), organisation=samples.US_ORG)
            for i in range(n)]


def test_a_batch_puts_each_receipt_on_its_own_numbered_pages(tmp_path: Path, read_pdf) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "batch.pdf"
    items = [*receipts(7), samples.giving_statement(3)]
    result = render_batch(items, out, progress=lambda done, total: calls.append((done, total)) or True, **MADE)
    pdf = read_pdf(out)
    assert not result.cancelled
    assert result.documents == 8
    assert result.pages == len(pdf.pages) == 8
    for index, text in enumerate(pdf.pages[:7]):
        assert f"Receipt 2026-{index + 1:04d} — page 1 of 1" in text
        assert re.search(rf"Receipt No\. 2026-{index + 1:04d}", text)
    assert "Statement Margaret A. Whitfield — page 1 of 1" in pdf.pages[7]
    assert calls[0] == (0, 8) and calls[-1] == (8, 8)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_cancelled_batch_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    result = render_batch(receipts(10), out, progress=lambda done, total: done < 4, **MADE)
    assert result.cancelled
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_batch_keeps_an_earlier_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    out.write_bytes(b"earlier")
    result = render_batch(receipts(3), out, progress=lambda done, total: False, **MADE)
    assert result.cancelled
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def test_a_zip_holds_one_pdf_per_receipt(tmp_path: Path) -> None:
    out = tmp_path / "receipts.zip"
    items = receipts(4) + [samples.receipt(ReceiptStyle.US, number="2026-0001")]
    result = write_zip(items, out, **MADE)
    assert result.documents == 5 and not result.cancelled
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert names == ["receipt-2026-0001.pdf", "receipt-2026-0002.pdf", "receipt-2026-0003.pdf",
                         "receipt-2026-0004.pdf", "receipt-2026-0001-2.pdf"]
        first = PdfReader(io.BytesIO(archive.read(names[1])))
        assert "Receipt 2026-0002 — page 1 of 1" in first.pages[0].extract_text()


def test_a_cancelled_zip_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "receipts.zip"
    result = write_zip(receipts(5), out, progress=lambda done, total: done < 2, **MADE)
    assert result.cancelled
    assert list(tmp_path.iterdir()) == []


def test_a_batch_refuses_mixed_organisations(tmp_path: Path) -> None:
    mixed = [samples.receipt(ReceiptStyle.US), samples.receipt(ReceiptStyle.UK)]
    with pytest.raises(ValueError):
        render_batch(mixed, tmp_path / "mixed.pdf", **MADE)
    assert list(tmp_path.iterdir()) == []
