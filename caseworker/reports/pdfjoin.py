"""One PDF written piece by piece: ReportLab keeps a whole document in memory until it saves it, so a
batch of tens of thousands of pages is drawn as small PDFs whose objects are copied into the output
file one chunk at a time, each chunk forgotten once written. Memory stays that of one chunk.

The result is an ordinary PDF: one page tree, an outline (bookmarks) with an entry per document,
the document information, and a cross-reference table written at the end.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)


class StreamingPdf:
    """Appends whole PDFs (their pages and what those use) to *handle*, then ``finish()`` it."""

    HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"

    def __init__(self, handle: BinaryIO) -> None:
        self.out = handle
        self.start = handle.tell()
        self.offsets: list[int] = [0]  # by object number; 0 is the free head of the xref
        self.pages: list[int] = []
        self.marks: list[tuple[str, int]] = []
        self.out.write(self.HEADER)
        self.root = self._allocate()
        self.page_tree = self._allocate()

    # -- objects ------------------------------------------------------------------------------
    def _allocate(self) -> int:
        self.offsets.append(0)
        return len(self.offsets) - 1

    def _write(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.out.tell() - self.start
        self.out.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(self.out)
        self.out.write(b"\nendobj\n")

    def add(self, data: bytes, bookmarks: Sequence[tuple[str, int]] = ()) -> int:
        """Append every page of the PDF *data*; *bookmarks* are (title, page index in *data*).
        Returns the number of pages added."""
        reader = PdfReader(io.BytesIO(data))
        numbers: dict[tuple[int, int], int] = {}
        queue: list[tuple[int, PdfObject]] = []

        def renumber(ref: IndirectObject) -> IndirectObject:
            key = (ref.idnum, ref.generation)
            if key not in numbers:
                numbers[key] = self._allocate()
                queue.append((numbers[key], ref.get_object()))
            return IndirectObject(numbers[key], 0, None)  # type: ignore[arg-type]

        def relink(obj: PdfObject) -> PdfObject:
            if isinstance(obj, IndirectObject):
                return renumber(obj)
            if isinstance(obj, DictionaryObject):  # streams too: their dictionary part
                for key in list(obj.keys()):
                    # raw_get: the reference itself, not the object pypdf would resolve it to
                    obj[NameObject(key)] = relink(obj.raw_get(key))
            elif isinstance(obj, ArrayObject):
                for index in range(len(obj)):
                    obj[index] = relink(list.__getitem__(obj, index))
            return obj

        first = len(self.pages)
        for page in reader.pages:
            ref = page.indirect_reference
            assert ref is not None
            number = renumber(ref).idnum
            self.pages.append(number)
        while queue:
            number, obj = queue.pop()
            if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Page":
                obj.pop("/Annots", None)  # links into the chunk's own pages would dangle
                for key in list(obj.keys()):
                    if key != "/Parent":  # the chunk's page tree is left behind
                        obj[NameObject(key)] = relink(obj.raw_get(key))
                obj[NameObject("/Parent")] = IndirectObject(self.page_tree, 0, None)  # type: ignore[arg-type]
            else:
                obj = relink(obj)
            self._write(number, obj)
        for title, index in bookmarks:
            self.marks.append((title, self.pages[first + index]))
        return len(reader.pages)

    # -- the end ------------------------------------------------------------------------------
    def finish(self, *, title: str, author: str, subject: str, made_at: datetime, lang: str = "en") -> None:
        kids = ArrayObject(IndirectObject(n, 0, None) for n in self.pages)  # type: ignore[arg-type]
        self._write(self.page_tree, DictionaryObject({
            NameObject("/Type"): NameObject("/Pages"), NameObject("/Kids"): kids,
            NameObject("/Count"): NumberObject(len(self.pages))}))
        catalog = DictionaryObject({NameObject("/Type"): NameObject("/Catalog"),
                                    NameObject("/Pages"): IndirectObject(self.page_tree, 0, None),  # type: ignore[arg-type]
                                    NameObject("/Lang"): TextStringObject(lang),
                                    NameObject("/ViewerPreferences"): DictionaryObject(
                                        {NameObject("/DisplayDocTitle"): BooleanObject(True)})})
        if self.marks:
            catalog[NameObject("/Outlines")] = IndirectObject(self._outline(), 0, None)  # type: ignore[arg-type]
            catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
        self._write(self.root, catalog)
        info = self._allocate()
        stamp = made_at.strftime("D:%Y%m%d%H%M%S") + "+00'00'"
        self._write(info, DictionaryObject({
            NameObject("/Title"): TextStringObject(title), NameObject("/Author"): TextStringObject(author),
            NameObject("/Subject"): TextStringObject(subject), NameObject("/Creator"): TextStringObject("Caseworker"),
            NameObject("/Producer"): TextStringObject("Caseworker (ReportLab, pypdf)"),
            NameObject("/CreationDate"): TextStringObject(stamp)}))
        xref = self.out.tell() - self.start
        self.out.write(f"xref\n0 {len(self.offsets)}\n0000000000 65535 f \n".encode())
        for offset in self.offsets[1:]:
            self.out.write(f"{offset:010d} 00000 n \n".encode())
        self.out.write(f"trailer\n<< /Size {len(self.offsets)} /Root {self.root} 0 R /Info {info} 0 R >>\n"
                       f"startxref\n{xref}\n%%EOF\n".encode())

    def _outline(self) -> int:
        """An outline with one flat entry per document, pointing at its first page."""
        top = self._allocate()
        items = [self._allocate() for _ in self.marks]
        for index, ((title, page), number) in enumerate(zip(self.marks, items, strict=True)):
            entry = DictionaryObject({
                NameObject("/Title"): TextStringObject(title),
                NameObject("/Parent"): IndirectObject(top, 0, None),  # type: ignore[arg-type]
                NameObject("/Dest"): ArrayObject([IndirectObject(page, 0, None), NameObject("/XYZ"),  # type: ignore[arg-type]
                                                  NullObject(), NullObject(), NullObject()]),
            })
            if index:
                entry[NameObject("/Prev")] = IndirectObject(items[index - 1], 0, None)  # type: ignore[arg-type]
            if index + 1 < len(items):
                entry[NameObject("/Next")] = IndirectObject(items[index + 1], 0, None)  # type: ignore[arg-type]
            self._write(number, entry)
        self._write(top, DictionaryObject({
            NameObject("/Type"): NameObject("/Outlines"),
            NameObject("/First"): IndirectObject(items[0], 0, None),  # type: ignore[arg-type]
            NameObject("/Last"): IndirectObject(items[-1], 0, None),  # type: ignore[arg-type]
            NameObject("/Count"): NumberObject(len(items))}))
        return top
