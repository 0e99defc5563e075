"""Letters: one, or a mail merge of thousands, as one PDF with the organisation's letterhead.

Each letter is a section of its own (numbered "page 1 of 1" on its own) built only when the layout
reaches it, so a merge of 5,000 letters holds one letter in memory at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import Organisation, ReceiptData
from caseworker.domain.i18n import N_
from caseworker.reports.base import (
    Context,
    DocumentInfo,
    LazyPart,
    Output,
    Part,
    RenderResult,
    Section,
    Translate,
    letterhead,
    render_parts,
)

Progress = Callable[[int, int], bool]


class LettersCancelled(Exception):
    """The progress callback said stop; no file was written."""


@dataclass(frozen=True)
class Letter:
    to_name: str
    address_lines: tuple[str, ...]
    dated: date
    subject: str
    body: str
    #: A receipt printed after the letter (a thank-you by post carries it), or None.
    enclosure: ReceiptData | None = None


@dataclass(frozen=True)
class Letters:
    organisation: Organisation
    letters: tuple[Letter, ...]
    title: str = N_("Letters")


def render_letters(doc: Letters, out: Output, *, made_by: str, made_at: datetime,
                   translate: Translate | None = None, progress: Progress | None = None) -> RenderResult:
    tr = translate or str
    title = tr(doc.title)
    total = len(doc.letters)

    def part(ctx: Context, index: int) -> Part:
        if progress is not None and progress(index, total) is False:
            raise LettersCancelled
        return letter_part(ctx, doc.letters[index])

    def enclosure(ctx: Context, index: int) -> Part:
        from caseworker.reports.documents.receipts import receipt_part

        return receipt_part(ctx, doc.letters[index].enclosure)  # type: ignore[arg-type]

    def parts(ctx: Context) -> list[LazyPart]:
        out: list[LazyPart] = []
        for i, letter in enumerate(doc.letters):
            out.append(LazyPart(partial(part, ctx, i)))
            if letter.enclosure is not None:
                out.append(LazyPart(partial(enclosure, ctx, i)))
        return out

    result = render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                          translate=translate, info=DocumentInfo(title=title, subject=title), make_parts=parts)
    if progress is not None:
        progress(total, total)
    return result


def letter_part(ctx: Context, letter: Letter) -> Part:
    story: list[Flowable] = letterhead(ctx, "", [ctx.date(letter.dated)])
    story.append(Spacer(1, 8))
    story.append(ctx.para(letter.to_name, "cell"))
    story += [ctx.para(line, "cell") for line in letter.address_lines]
    story.append(Spacer(1, 18))
    if letter.subject:
        story.append(ctx.para(letter.subject, "body", bold=True))
        story.append(Spacer(1, 6))
    story += ctx.text_block(letter.body)
    return Part(Section(title=letter.subject or ctx.t(N_("Letter"))), story)


__all__ = ["Letter", "Letters", "LettersCancelled", "letter_part", "render_letters"]

