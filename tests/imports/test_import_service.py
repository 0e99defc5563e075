"""Importing donors, gifts and clients from files shaped like other systems' exports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.db.models import AuditEntry, Donor, Gift, Household, ImportBatch
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import NotPermitted, RuleViolation
from caseworker.domain.imports import ColumnMapping, DateOrder, DuplicateChoice
from caseworker.domain.records import ChangeKind
from caseworker.services.imports import ImportOptions
from caseworker.services.progress import Cancelled, Progress
from caseworker.services.spreadsheets import SourceFormat

from .conftest import write_csv, write_xlsx

SALESFORCE = ["Contact ID", "Salutation", "First Name", "Last Name", "Account Name", "Email", "Phone",
              "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code",
              "Mailing Country", "Description"]
BLOOMERANG = ["Account Number", "First Name", "Last Name", "Primary Email Address", "Primary Phone Number",
              "Primary Street", "Primary City", "Primary State", "Primary ZIP Code", "Primary Country"]
UK_SHEET = ["Title", "Forename", "Surname", "Address 1", "Address 2", "Town", "County", "Postcode", "E-mail",
            "Gift Aid", "Household"]


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(model.id)))


def run(services, kind, path, *, mapping=None, dry_run=False, duplicates=DuplicateChoice.SKIP, choices=None,
        source=SourceFormat(), progress=None):
    found = services.imports.inspect(kind, path, source)
    options = ImportOptions(mapping=mapping or found.mapping, source=source, duplicates=duplicates,
                            choices=choices or {})
    return services.imports.run(kind, path, options, dry_run=dry_run, progress=progress)


def test_a_salesforce_contact_export_is_recognised_and_imported(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "contacts.csv", [
        SALESFORCE,
        ["0031x01", "Ms", "Ana", "Duarte", "", "ANA@example.org", "(202) 555-0143", "1 Main St\nApt 4", "Springfield",
         "IL", "62701", "USA", "Met at the \"spring\" gala"],
        ["0031x02", "", "", "", "Acme Foundation", "grants@acme.example", "", "", "", "", "", "", ""],
    ])
    found = fundraiser.imports.inspect("donors", path)
    assert found.info.encoding == "utf-8" and found.info.separator == ","
    assert found.mapping.fields[:6] == ("external_id", "salutation", "first_name", "last_name", "organisation_name",
                                        "email")
    report = run(fundraiser, "donors", path)
    assert report.ok and report.created == 2 and report.batch is not None
    with db.read() as s:
        ana = s.scalar(select(Donor).where(Donor.last_name == "Duarte"))
        acme = s.scalar(select(Donor).where(Donor.organisation_name == "Acme Foundation"))
        assert ana.email == "ana@example.org" and ana.phone == "+12025550143"
        assert (ana.address_line1, ana.address_line2) == ("1 Main St", "Apt 4")
        assert acme.kind == "organisation"
        ana_id = ana.id
    assert fundraiser.donors.get(ana_id).name == "Ana Duarte"


def test_every_failing_row_is_listed_and_nothing_is_written(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bloomerang.csv", [
        BLOOMERANG,
        ["1", "Ana", "Duarte", "ana@example.org", "", "", "", "", "", ""],
        ["2", "", "", "not-an-email", "", "", "", "", "", ""],
        ["3", "Luis", "Pereira", "luis@@example", "12", "", "", "", "", ""],
        ["4", "Zoë", "Okafor", "zoe@example.org", "", "", "", "", "", ""],
    ])
    report = run(fundraiser, "donors", path)
    assert report.batch is None and count(db, Donor) == 0
    reasons = {(p.line, p.column) for p in report.failed}
    assert (3, "Last Name") in reasons  # no name at all
    assert (3, "Primary Email Address") in reasons
    assert (4, "Primary Email Address") in reasons
    assert (4, "Primary Phone Number") in reasons
    assert all(p.line in (3, 4) for p in report.failed)
    assert report.as_json()["failed"][0].keys() == {"line", "column", "reason"}


def test_line_numbers_follow_the_spreadsheet_across_multi_line_fields(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [
        ["First Name", "Last Name", "Notes", "Email"],
        ["Ana", "Duarte", "line one\nline two\nline three", "ana@example.org"],
        ["Bad", "Row", "", "nope"],
    ])
    report = run(fundraiser, "donors", path)
    assert [(p.line, p.column) for p in report.failed] == [(3, "Email")]


@pytest.mark.parametrize("encoding,bom,expected", [
    ("utf-8", False, "utf-8"), ("utf-8", True, "utf-8-sig"), ("utf-16", False, "utf-16"), ("cp1252", False, "cp1252")])
def test_each_encoding_is_detected_and_read(db, fundraiser, tmp_path: Path, encoding, bom, expected) -> None:
    rows = [["Forename", "Surname", "Town"]] + [[f"Person{i}", "Smith", "Leeds"] for i in range(50)] + \
        [["Zoë", "Müller-Ærø", "Besançon"]]
    path = write_csv(tmp_path / "enc.csv", rows, encoding=encoding, bom=bom, delimiter=";")
    found = fundraiser.imports.inspect("donors", path)
    assert found.info.encoding == expected and found.info.separator == ";"
    assert found.info.headers == ("Forename", "Surname", "Town")
    assert run(fundraiser, "donors", path).created == 51
    with db.read() as s:
        assert s.scalar(select(Donor.city).where(Donor.first_name == "Zoë")) == "Besançon"


def test_the_user_can_change_the_encoding(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "enc.csv", [["First name", "Last name"], ["Zoë", "Brontë"]], encoding="cp1252")
    chosen = SourceFormat(encoding="utf-8")
    with pytest.raises(Exception, match="not utf-8 throughout"):
        run(fundraiser, "donors", path, source=chosen)
    assert run(fundraiser, "donors", path, source=SourceFormat(encoding="cp1252")).created == 1


def test_a_quote_never_closed_is_refused_with_its_line_and_nothing_is_imported(db, fundraiser, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('First name,Last name,Email\nAmina,"Haddad\nBo,Li,bo@example.org\n', encoding="utf-8")
    with pytest.raises(Exception, match="Line 2 cannot be read"):
        run(fundraiser, "donors", path)
    with db.read() as s:
        assert s.scalar(select(func.count(Donor.id))) == 0


def test_tab_separated_and_xlsx_files(db, fundraiser, tmp_path: Path) -> None:
    tsv = write_csv(tmp_path / "lgl.tsv", [["LGL Constituent ID", "First Name", "Last Name"], ["9", "Ana", "Duarte"]],
                    delimiter="\t")
    assert fundraiser.imports.inspect("donors", tsv).info.separator == "\t"
    assert run(fundraiser, "donors", tsv).created == 1
    xlsx = write_xlsx(tmp_path / "uk.xlsx", [UK_SHEET, ["Mr", "Tom", "Baker", "3 Hill Rd", "", "York", "N Yorks",
                                                        "YO1 7HH", "tom@example.org", "Yes", "Baker family"],
                                             [None] * len(UK_SHEET),
                                             ["Mrs", "Sue", "Baker", "3 Hill Rd", "", "York", "N Yorks", "YO1 7HH",
                                              "", "no", "Baker family"]])
    report = run(fundraiser, "donors", xlsx)
    assert report.ok and report.created == 2
    with db.read() as s:
        tom = s.scalar(select(Donor).where(Donor.first_name == "Tom"))
        sue = s.scalar(select(Donor).where(Donor.first_name == "Sue"))
        assert tom.gift_aid_declared_on is not None and sue.gift_aid_declared_on is None
        assert tom.household_id == sue.household_id is not None
        assert s.scalar(select(Household.name).where(Household.id == tom.household_id)) == "Baker family"


def test_duplicates_within_the_file_and_against_the_database(db, fundraiser, tmp_path: Path) -> None:
    existing, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "d.csv", [
        ["First Name", "Last Name", "Email", "Phone", "Postcode"],
        ["Ana", "Duarte", "ana@example.org", "", ""],          # line 2: in the database
        ["Luis", "Pereira", "luis@example.org", "", "N1 9GU"],  # line 3
        ["Luís", "PEREIRA", "", "", "n19gu"],                   # line 4: the same as line 3
    ])
    preview = run(fundraiser, "donors", path, dry_run=True)
    dups = {d.line: d for d in preview.duplicates}
    assert dups[2].existing_id == existing.id and dups[2].existing_name == "Ana Duarte"
    assert dups[4].earlier_line == 3
    assert preview.batch is None and count(db, Donor) == 1
    report = run(fundraiser, "donors", path, duplicates=DuplicateChoice.SKIP)
    assert (report.created, report.skipped) == (1, 2)


def test_merge_into_the_existing_donor_and_create_anyway(db, fundraiser, tmp_path: Path) -> None:
    existing, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "d.csv", [
        ["First Name", "Last Name", "Email", "City"],
        ["Ana", "Duarte", "ana@example.org", "Lisbon"],
        ["Ana", "Duarte", "ana@example.org", "Porto"],
    ])
    report = run(fundraiser, "donors", path, choices={2: DuplicateChoice.MERGE, 3: DuplicateChoice.CREATE})
    assert (report.created, report.updated, report.skipped) == (1, 1, 0)
    # The donor merged into is named, so a record open on screen refreshes; the new one by kind.
    assert existing.id in report.changes.ids(ChangeKind.DONOR) and report.changes.ids(ChangeKind.IMPORT_BATCH) == {report.batch}
    assert fundraiser.donors.get(existing.id).city == "Lisbon"
    assert count(db, Donor) == 2


def test_gifts_find_their_donors_by_external_id_email_or_name_and_postcode(db, fundraiser, tmp_path: Path) -> None:
    donors = write_csv(tmp_path / "donors.csv", [
        ["Constituent ID", "First Name", "Last Name", "Email", "Postal Code"],
        ["C-1", "Ana", "Duarte", "ana@example.org", "N1 9GU"],
        ["C-2", "Luis", "Pereira", "", "SW1A 1AA"],
        ["C-3", "Zoe", "Okafor", "zoe@example.org", ""],
    ])
    assert run(fundraiser, "donors", donors).created == 3
    gifts = write_csv(tmp_path / "gifts.csv", [
        ["Constituent ID", "Email", "First Name", "Last Name", "Postal Code", "Gift Amount", "Gift Date", "Fund",
         "Appeal", "Payment Type"],
        ["C-1", "", "", "", "", "$1,250.50", "2025-03-04", "General", "spring25", "Check"],
        ["", "zoe@example.org", "", "", "", "20", "17/03/2025", "", "", "PayPal"],
        ["", "", "Luis", "Pereira", "sw1a1aa", "15.00", "March 5, 2025", "", "", "cash"],
        ["C-9", "", "", "", "", "5", "2025-01-01", "", "", ""],
    ])
    report = run(fundraiser, "gifts", gifts)
    assert [(p.line, p.column) for p in report.failed] == [(5, "Constituent ID")]
    assert count(db, Gift) == 0 and not report.changes
    fixed = write_csv(tmp_path / "gifts2.csv", [
        ["Constituent ID", "Email", "First Name", "Last Name", "Postal Code", "Gift Amount", "Gift Date", "Fund",
         "Appeal", "Payment Type"],
        ["C-1", "", "", "", "", "$1,250.50", "2025-03-04", "General", "spring25", "Check"],
        ["C-1", "", "", "", "", "49.50", "2025-04-04", "General", "", "card"],
        ["", "zoe@example.org", "", "", "", "20", "17/03/2025", "", "", "PayPal"],
        ["", "", "Luis", "Pereira", "sw1a1aa", "15.00", "March 5, 2025", "", "", "cash"],
    ])
    report = run(fundraiser, "gifts", fixed)
    assert report.ok and report.created == 4
    assert report.changes.touches(ChangeKind.GIFT) and len(report.changes.ids(ChangeKind.DONOR)) == 3  # their giving changed
    with db.read() as s:
        ana = s.scalar(select(Donor).where(Donor.first_name == "Ana"))
        gift = s.scalar(select(Gift).where(Gift.amount == Decimal("1250.50")))
        assert gift.method == "cheque" and gift.appeal_code == "SPRING25" and gift.gift_date == date(2025, 3, 4)
        assert ana.gift_count == 2 and ana.lifetime_total == Decimal("1300.00") and ana.last_gift_on == date(2025, 4, 4)


def test_an_ambiguous_date_is_refused_unless_the_mapping_names_the_format(db, fundraiser, tmp_path: Path) -> None:
    fundraiser.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "g.csv", [["Email", "Amount", "Date Received"], ["ana@example.org", "10", "03/04/2025"]])
    report = run(fundraiser, "gifts", path)
    assert len(report.failed) == 1 and report.failed[0].column == "Date Received"
    assert "two ways" in report.failed[0].reason
    found = fundraiser.imports.inspect("gifts", path)
    named = ColumnMapping(found.mapping.fields, DateOrder.DMY)
    report = run(fundraiser, "gifts", path, mapping=named)
    assert report.ok
    with db.read() as s:
        assert s.scalar(select(Gift.gift_date)) == date(2025, 4, 3)


def test_amounts_follow_the_organisations_decimal_comma(db, fundraiser, admin, tmp_path: Path) -> None:
    from caseworker.services.container import Services

    settings = Services(db, admin).settings
    settings.update(settings.get().with_changes(currency="EUR"))
    fundraiser.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "g.csv", [["E-Mail", "Betrag", "Datum"], ["ana@example.org", "1.234,50 €", "2025-02-01"]],
                     delimiter=";")
    found = fundraiser.imports.inspect("gifts", path)
    mapping = ColumnMapping(("donor_email", "amount", "gift_date"))
    report = run(fundraiser, "gifts", path, mapping=mapping)
    assert report.ok, report.failed
    with db.read() as s:
        assert s.scalar(select(Gift.amount)) == Decimal("1234.50")
    assert found.info.separator == ";"


def test_the_mapping_is_remembered_for_the_same_header(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Nom", "Prénom", "Courriel"], ["Duarte", "Ana", "ana@example.org"]])
    first = fundraiser.imports.inspect("donors", path)
    assert not first.remembered and first.mapping.fields == ("", "", "")
    mapping = ColumnMapping(("last_name", "first_name", "email"))
    run(fundraiser, "donors", path, mapping=mapping, dry_run=True)
    other = write_csv(tmp_path / "b.csv", [["Nom", "Prénom", "Courriel"], ["Pereira", "Luis", ""]])
    again = fundraiser.imports.inspect("donors", other)
    assert again.remembered and again.mapping == mapping


def test_clients_import_with_the_new_client_duplicate_check(db, caseworker, tmp_path: Path) -> None:
    from caseworker.domain.clients import ClientDraft

    caseworker.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    path = write_csv(tmp_path / "clients.csv", [
        ["Client ID", "First Name", "Surname", "DOB", "Mobile", "Language"],
        ["A1", "María", "Silva", "17/05/1980", "", "Portuguese"],
        ["A2", "Kofi", "Mensah", "1975-11-02", "+44 7911 123456", ""],
        ["A3", "Kofi", "Mensah", "02/11/1975", "", ""],
        ["A4", "Baby", "Future", "2999-01-01", "", ""],
    ])
    report = run(caseworker, "clients", path)
    assert [(p.line, p.column) for p in report.failed] == [(4, "DOB"), (5, "DOB")]
    assert "two ways" in report.failed[0].reason and "future" in report.failed[1].reason
    fixed = write_csv(tmp_path / "clients2.csv", [
        ["Client ID", "First Name", "Surname", "DOB", "Mobile", "Language"],
        ["A1", "María", "Silva", "17/05/1980", "", "Portuguese"],
        ["A2", "Kofi", "Mensah", "1975-11-02", "+44 7911 123456", ""],
        ["A3", "Kofi", "Mensah", "1975-11-02", "", ""],
    ])
    report = run(caseworker, "clients", fixed)
    assert report.ok and (report.created, report.skipped) == (1, 2)
    assert {d.line for d in report.duplicates} == {2, 4}
    rows = caseworker.clients.list_rows(caseworker.clients.list_ids(__import__(
        "caseworker.domain.listing", fromlist=["ListQuery"]).ListQuery(text="mensah")))
    assert [r.name for r in rows] == ["Kofi Mensah"]


def test_roles_are_enforced(db, fundraiser, caseworker, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["First Name", "Last Name"], ["A", "B"]])
    with pytest.raises(NotPermitted):
        caseworker.imports.inspect("donors", path)
    with pytest.raises(NotPermitted):
        fundraiser.imports.inspect("clients", path)


def test_the_import_is_audited_and_undone_whole(db, fundraiser, tmp_path: Path) -> None:
    existing, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "d.csv", [["First Name", "Last Name", "Email", "City"],
                                          ["Ana", "Duarte", "ana@example.org", "Lisbon"],
                                          ["Luis", "Pereira", "luis@example.org", "Porto"]])
    report = run(fundraiser, "donors", path, duplicates=DuplicateChoice.MERGE)
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.kind == "import"))
        assert entry.changes["file"] == [None, "d.csv"] and entry.changes["created"] == [None, 1]
    [batch] = fundraiser.imports.batches()
    assert (batch.file_name, batch.created, batch.updated, batch.user) == ("d.csv", 1, 1, fundraiser.actor.display_name)
    fundraiser.imports.undo(report.batch)
    assert count(db, Donor) == 1 and fundraiser.donors.get(existing.id).city == ""
    with pytest.raises(RuleViolation, match="already undone"):
        fundraiser.imports.undo(report.batch)
    # Imported again after the undo: the same rows go in again.
    assert run(fundraiser, "donors", path, duplicates=DuplicateChoice.MERGE).created == 1


def test_undo_after_a_later_edit_is_refused_and_changes_nothing(db, fundraiser, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [["First Name", "Last Name", "Email"], ["Ana", "Duarte", "ana@example.org"],
                                          ["Luis", "Pereira", "luis@example.org"]])
    report = run(fundraiser, "donors", path)
    with db.read() as s:
        luis = s.scalar(select(Donor.id).where(Donor.first_name == "Luis"))
    record = fundraiser.donors.get(luis)
    fundraiser.donors.update_donor(luis, DonorDraft(first_name="Luis", last_name="Pereira",
                                                       email="luis@example.org", city="Faro"), record.version)
    with pytest.raises(RuleViolation, match=rf"donor {luis} \(Luis Pereira\)") as caught:
        fundraiser.imports.undo(report.batch)
    assert "Ana" not in caught.value.text()
    assert count(db, Donor) == 2 and fundraiser.donors.get(luis).city == "Faro"
    assert fundraiser.imports.batches()[0].undone_at is None


def test_a_later_gift_blocks_undoing_the_donors_until_the_gifts_are_undone(db, fundraiser, tmp_path: Path) -> None:
    donors = run(fundraiser, "donors", write_csv(tmp_path / "d.csv", [["ID", "First Name", "Last Name"],
                                                                      ["7", "Ana", "Duarte"]]))
    gifts = run(fundraiser, "gifts", write_csv(tmp_path / "g.csv", [["Donor ID", "Amount", "Date"],
                                                                    ["7", "10", "2025-01-02"]]))
    assert gifts.ok and gifts.created == 1
    with pytest.raises(RuleViolation, match="Ana Duarte"):
        fundraiser.imports.undo(donors.batch)
    fundraiser.imports.undo(gifts.batch)
    fundraiser.imports.undo(donors.batch)
    assert count(db, Donor) == 0 and count(db, Gift) == 0


def test_cancel_rolls_back_everything(db, fundraiser, tmp_path: Path) -> None:
    rows = [["First Name", "Last Name"]] + [[f"P{i}", "Smith"] for i in range(3000)]
    path = write_csv(tmp_path / "big.csv", rows)

    class StopSoon(Progress):
        def report(self, done, total, stage):
            if done:
                self.cancel()

    with pytest.raises(Cancelled):
        run(fundraiser, "donors", path, progress=StopSoon())
    assert count(db, Donor) == 0
    with db.read() as s:
        assert s.scalar(select(func.count(ImportBatch.id)).where(ImportBatch.rows > 0)) == 0


def test_a_bad_mapping_is_refused_by_name(db, fundraiser, tmp_path: Path) -> None:
    from caseworker.domain.errors import ValidationError

    path = write_csv(tmp_path / "x.csv", [["Amount", "Date"], ["1", "2025-01-01"]])
    found = fundraiser.imports.inspect("gifts", path)
    with pytest.raises(ValidationError, match="the donor"):
        fundraiser.imports.run("gifts", path, ImportOptions(found.mapping))


def test_the_same_gifts_file_imported_twice_is_skipped_unless_asked(db, fundraiser, tmp_path: Path) -> None:
    run(fundraiser, "donors", write_csv(tmp_path / "d.csv", [["ID", "First Name", "Last Name"], ["7", "Ana", "Duarte"]]))
    gifts = write_csv(tmp_path / "g.csv", [["Donor ID", "Amount", "Date", "Reference"],
                                           ["7", "10", "2025-01-02", "T-1"],
                                           ["7", "10", "2025-01-02", "T-1"],
                                           ["7", "10", "2025-01-02", "T-2"]])
    first = run(fundraiser, "gifts", gifts)
    assert (first.created, first.skipped) == (2, 1) and first.duplicates[0].earlier_line == 2
    again = run(fundraiser, "gifts", gifts)
    assert (again.created, again.skipped) == (0, 3)
    assert {d.line for d in again.duplicates} == {2, 3, 4} and again.duplicates[0].existing_id is not None
    forced = run(fundraiser, "gifts", gifts, choices={4: DuplicateChoice.CREATE})
    assert (forced.created, forced.skipped) == (1, 2)
    assert count(db, Gift) == 3


def test_xlsx_line_numbers_count_blank_rows_as_the_sheet_shows_them(db, fundraiser, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["First Name", "Last Name", "Email", "Date of last gift"])
    sheet.append(["Ana", "Duarte", "ana@example.org", datetime(2025, 3, 4)])
    sheet["A5"], sheet["B5"], sheet["C5"] = "Bad", "Row", "nope"
    book.save(tmp_path / "gap.xlsx")
    report = run(fundraiser, "donors", tmp_path / "gap.xlsx")
    assert [(p.line, p.column) for p in report.failed] == [(5, "Email")] and report.rows == 2


def test_a_large_import_names_a_bounded_number_of_new_records(db, fundraiser, tmp_path: Path) -> None:
    from caseworker.services.imports import NEW_IDS_NAMED

    rows = [["First Name", "Last Name", "Email"]] + [[f"P{i}", "Smith", f"p{i}@example.org"]
                                                     for i in range(NEW_IDS_NAMED + 200)]
    report = run(fundraiser, "donors", write_csv(tmp_path / "many.csv", rows))
    assert report.created == NEW_IDS_NAMED + 200
    # Enough unknown ids for a list to read itself again; not one id per row of a large file.
    assert len(report.changes.ids(ChangeKind.DONOR)) == NEW_IDS_NAMED
