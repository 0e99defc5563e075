"""A client import's preferred-contact column: "post" is a letter, labels and translations are read,
another record's channel is refused naming the row and the column."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from caseworker.db.models import AuditEntry
from caseworker.domain.channels import Channel
from caseworker.domain.imports import DuplicateChoice
from caseworker.domain.listing import ListQuery
from caseworker.services.imports import ImportOptions

from .conftest import write_csv
from .test_import_service import run

HEADER = ["First Name", "Surname", "Email", "Mobile", "Address", "Preferred contact"]


def _channels(services) -> dict[str, str]:
    ids = services.clients.list_ids(ListQuery())
    return {services.clients.get(i).last_name: services.clients.get(i).contact_channel for i in ids}


def test_post_lands_as_a_letter_preference(db, caseworker, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "clients.csv", [
        HEADER,
        ["Ada", "Writer", "", "", "1 Mill Lane", "Post"],
        ["Bo", "Caller", "", "+44 7911 123456", "", "Phone"],
        ["Cy", "Texter", "", "+44 7911 123457", "", "text message"],
        ["Di", "Visitor", "", "", "", "In person"],
        ["Ed", "Open", "", "", "", ""],
    ])
    found = caseworker.imports.inspect("clients", path)
    assert found.mapping.fields[-1] == "contact_channel"
    report = run(caseworker, "clients", path)
    assert report.ok, report.failed
    assert _channels(caseworker) == {"Writer": "letter", "Caller": "phone", "Texter": "sms", "Visitor": "in_person",
                                     "Open": ""}
    with db.read() as s:
        written = [e.changes.get("contact_channel") for e in s.scalars(select(AuditEntry)
                                                                    .where(AuditEntry.record_type == "client"))]
    assert "letter" in [change[-1] for change in written if change]

def test_the_translated_labels_the_window_passes_are_read(db, caseworker, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "clientes.csv", [HEADER, ["Ana", "Duarte", "", "", "Calle Mayor 1", "Carta"]])
    found = caseworker.imports.inspect("clients", path)
    options = ImportOptions(mapping=found.mapping, duplicates=DuplicateChoice.SKIP,
                            channel_words={"carta": Channel.LETTER})
    report = caseworker.imports.run("clients", path, options)
    assert report.ok, report.failed
    assert _channels(caseworker) == {"Duarte": "letter"}


def test_another_records_channel_is_refused_naming_row_and_column_and_nothing_is_written(
        db, caseworker, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "clients.csv", [
        HEADER,
        ["Ada", "Writer", "", "", "1 Mill Lane", "post"],
        ["Bo", "Caller", "", "", "", "Site visit"],
        ["Cy", "Mailer", "", "", "", "email"],
    ])
    report = run(caseworker, "clients", path)
    assert not report.ok and report.batch is None
    problems = {(p.line, p.column): p.reason for p in report.failed}
    assert problems[(3, "Preferred contact")] == ("'Site visit' is not a channel this record takes "
                                                   "(phone, text message, email, letter, in person).")
    # A client who prefers e-mail needs the address, as the client form says.
    assert problems[(4, "Email")] == "E-mail is the preferred channel: enter the address."
    assert _channels(caseworker) == {}
