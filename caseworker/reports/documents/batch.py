"""Many receipts or statements at once: one PDF with each on its own pages, or a ZIP of PDFs.

Both report progress through ``progress(done, total) -> bool``; returning False cancels, and a
cancelled batch leaves no file behind.
"""

from __future__ import annotations

import gc
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from caseworker.domain.documents import GivingStatementData, ReceiptData
from caseworker.domain.i18n import N_
from caseworker.reports.base import (
    Context,
    DocumentInfo,
    LazyPart,
    Output,
    Part,
    RenderResult,
    Translate,
    atomic_path,
    render_parts,
    write_output,
)
from caseworker.reports.documents.giving_statements import giving_statement_part, render_giving_statement
from caseworker.reports.documents.receipts import receipt_part, render_receipt
from caseworker.reports.pdfjoin import StreamingPdf

BatchItem = ReceiptData | GivingStatementData
Progress = Callable[[int, int], bool]

BATCH_TITLE = N_("Receipts and statements")


@dataclass(frozen=True)
class BatchResult:
    """``cancelled`` is True when progress returned False; then nothing was written."""

    documents: int
    pages: int
    cancelled: bool = False
    missing_characters: tuple[str, ...] = ()


class _Cancelled(Exception):
    pass


def _part(ctx: Context, item: BatchItem) -> Part:
    if isinstance(item, ReceiptData):
        return receipt_part(ctx, item)
    return giving_statement_part(ctx, item)


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise _Cancelled


#: Documents drawn into one in-memory PDF before its pages are copied to the output file.
CHUNK = 250


def bookmark(item: BatchItem, translate: Translate | None = None) -> str:
    """The outline entry of one document: the receipt's number and the donor, or the donor."""
    tr = translate or str
    if isinstance(item, ReceiptData):
        return f"{tr(N_('Receipt {number}')).format(number=item.number)} — {item.donor.name}"
    reference = f" ({item.donor.reference})" if item.donor.reference else ""
    return f"{item.donor.name}{reference}"


def render_batch(
    items: Sequence[BatchItem],
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    progress: Progress | None = None,
    translate: Translate | None = None,
    chunk: int = CHUNK,
) -> BatchResult:
    """All *items* in one PDF, each starting a new page and numbered on its own, with a bookmark each.

    *items* may be a lazy sequence (each document gathered when read): documents are taken *chunk*
    at a time, drawn, copied into the output file and forgotten, so memory does not grow with the
    batch (ReportLab itself would hold the whole PDF until it saved it)."""
    total = len(items)
    if not total:
        raise ValueError("a batch needs at least one document")
    tr = translate or str
    missing: Counter[str] = Counter()
    organisation = None
    pages = 0

    def fill(handle: BinaryIO) -> None:
        nonlocal organisation, pages
        joined = StreamingPdf(handle)
        for first in range(0, total, chunk):
            docs = [items[index] for index in range(first, min(first + chunk, total))]
            if organisation is None:
                organisation = docs[0].organisation
            if any(doc.organisation != organisation for doc in docs):
                # One letterhead and one currency format serve the whole PDF.
                raise ValueError("a batch holds documents of one organisation")

            def make_part(ctx: Context, offset: int, docs: list[BatchItem] = docs, first: int = first) -> Part:
                part = _part(ctx, docs[offset])
                # Progress is reported as each document starts drawing, where the time goes.
                part.on_start = lambda: _check(progress, first + offset, total)
                return part

            buffer = io.BytesIO()
            result = render_parts(buffer, organisation=organisation, made_by=made_by, made_at=made_at,
                                  translate=translate, info=DocumentInfo(title=tr(BATCH_TITLE), subject=""),
                                  make_parts=lambda ctx, docs=docs: [LazyPart(partial(make_part, ctx, i))
                                                                     for i in range(len(docs))])
            missing.update(result.missing_characters)
            pages += joined.add(buffer.getvalue(), [(bookmark(doc, translate), start)
                                                    for doc, start in zip(docs, result.starts, strict=True)])
            del docs, buffer
            # A drawn chunk leaves reference cycles (canvas, document, flowables): collected now,
            # not whenever the collector would next run, the peak is one chunk's.
            gc.collect()
        _check(progress, total, total)
        joined.finish(title=tr(BATCH_TITLE), author=organisation.name if organisation else "",
                      subject=tr(BATCH_TITLE), made_at=made_at,
                      lang=organisation.language if organisation else "en")

    try:
        write_output(out, fill)
    except _Cancelled:
        return BatchResult(documents=0, pages=0, cancelled=True)
    return BatchResult(documents=total, pages=pages, missing_characters=tuple(sorted(missing)))


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def default_name(item: BatchItem) -> str:
    """A file name inside the ZIP: never a path, never empty."""
    if isinstance(item, ReceiptData):
        stem = f"receipt-{item.number}"
    else:
        stem = f"statement-{item.period_label}-{item.donor.reference or item.donor.name}"
    return (_UNSAFE.sub("-", stem).strip("-.") or "document") + ".pdf"


def write_zip(
    items: Sequence[BatchItem],
    out: Path | str | BinaryIO,
    *,
    made_by: str,
    made_at: datetime,
    progress: Progress | None = None,
    translate: Translate | None = None,
    name_for: Callable[[BatchItem], str] = default_name,
) -> BatchResult:
    """One PDF per item in a ZIP (names made unique), written atomically."""
    total = len(items)
    pages = 0
    missing: Counter[str] = Counter()

    def fill(handle: BinaryIO) -> None:
        nonlocal pages
        used: set[str] = set()
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for done, item in enumerate(items):
                _check(progress, done, total)
                buffer = io.BytesIO()
                render = render_receipt if isinstance(item, ReceiptData) else render_giving_statement
                result: RenderResult = render(item, buffer, made_by=made_by, made_at=made_at,  # type: ignore[operator]
                                              translate=translate)
                pages += result.pages
                missing.update(result.missing_characters)
                archive.writestr(_unique(name_for(item), used), buffer.getvalue())
            _check(progress, total, total)

    try:
        if isinstance(out, (str, Path)):
            with atomic_path(Path(out)) as tmp, tmp.open("wb") as handle:
                fill(handle)
        else:
            buffer = io.BytesIO()
            fill(buffer)
            out.write(buffer.getvalue())
    except _Cancelled:
        return BatchResult(documents=0, pages=0, cancelled=True)
    return BatchResult(documents=total, pages=pages, missing_characters=tuple(sorted(missing)))


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    used.add(candidate)
    return candidate
