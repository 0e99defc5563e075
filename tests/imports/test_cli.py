"""The command line imports, undoes and exports with the same services and the issue's contract."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseworker.cli.main import main

from .conftest import write_csv


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small plain database with the demo's staff (password "demo")."""
    path = tmp_path / "office.db"
    assert main(["demo", "--db", str(path), "--plain"]) == 0
    monkeypatch.setenv("CASEWORKER_PASSWORD", "demo")
    return path


def test_import_report_exit_codes_and_undo(demo_db: Path, tmp_path: Path, capsys) -> None:
    bad = write_csv(tmp_path / "donors.csv", [
        ["Constituent ID", "First Name", "Last Name", "Email"],
        ["X-1", "Imported", "Person", "imported.person@example.org"],
        ["X-2", "", "", "broken"],
    ])
    report_path = tmp_path / "report.json"
    args = ["import", "donors", str(bad), "--db", str(demo_db), "--user", "joe", "--report", str(report_path)]
    assert main(args) == 1
    report = json.loads(report_path.read_text())
    assert set(report) == {"rows", "created", "updated", "skipped", "failed", "duplicates", "batch"}
    assert report["batch"] is None and report["rows"] == 2
    assert {(f["line"], f["column"]) for f in report["failed"]} == {(3, "Last Name"), (3, "Email")}
    assert "line 3, Email:" in capsys.readouterr().out

    good = write_csv(tmp_path / "good.csv", [
        ["Constituent ID", "First Name", "Last Name", "Email"],
        ["X-1", "Imported", "Person", "imported.person@example.org"],
        ["X-3", "Imported", "Person", "imported.person@example.org"],
    ])
    assert main([*args[:2], str(good), *args[3:], "--dry-run"]) == 0
    assert json.loads(report_path.read_text())["batch"] is None
    assert main([*args[:2], str(good), *args[3:], "--duplicates", "skip"]) == 0
    report = json.loads(report_path.read_text())
    assert (report["created"], report["skipped"]) == (1, 1) and report["duplicates"][0]["earlier_line"] == 2
    batch = report["batch"]
    assert isinstance(batch, int)

    out = tmp_path / "donors.xlsx"
    assert main(["export", "donors", "--db", str(demo_db), "--user", "joe", "--format", "xlsx", "--out", str(out),
                 "--search", "imported person"]) == 0
    sheet = load_workbook(out, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("id", "name") and [r[1] for r in rows[1:]] == ["Imported Person"]

    assert main(["import", "undo", str(batch), "--db", str(demo_db), "--user", "joe"]) == 0
    assert main(["import", "undo", str(batch), "--db", str(demo_db), "--user", "joe"]) == 2
    assert "already undone" in capsys.readouterr().err
    assert main(["export", "donors", "--db", str(demo_db), "--user", "joe", "--out", str(tmp_path / "d.csv"),
                 "--search", "imported person"]) == 0
    with (tmp_path / "d.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == 1


@pytest.mark.parametrize("args", [
    ["import", "donors"],
    ["import", "pets", "x.csv"],
    ["import", "donors", "missing.csv", "--user", "joe"],
    ["import", "donors", "x.csv", "--duplicates", "maybe"],
    ["import", "undo", "abc", "--user", "joe"],
    ["export", "pets", "--out", "x.csv"],
    ["export", "donors", "--format", "pdf", "--out", "x.csv"],
])
def test_bad_arguments_exit_2(args, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("First Name,Last Name\nA,B\n")
    with pytest.raises(SystemExit) as caught:
        code = main(args)
        raise SystemExit(code)
    assert caught.value.code == 2


def test_roles_hold_at_the_command_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    path = write_csv(tmp_path / "c.csv", [["First Name", "Last Name"], ["A", "B"]])
    assert main(["import", "clients", str(path), "--db", str(demo_db), "--user", "joe"]) == 2
    assert "not permitted" in capsys.readouterr().err
    assert main(["export", "clients", "--db", str(demo_db), "--user", "joe", "--out", str(tmp_path / "c.csv")]) == 2
    assert main(["export", "gifts", "--db", str(demo_db), "--user", "sam", "--out", str(tmp_path / "g.csv")]) == 2


def test_a_mapping_file_names_the_columns_and_the_date_format(demo_db: Path, tmp_path: Path) -> None:
    donors = write_csv(tmp_path / "d.csv", [["Ref", "Nom", "Prénom"], ["R1", "Okafor", "Zed"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"Ref": "external_id", "Nom": "last_name", "Prénom": "first_name"}}))
    assert main(["import", "donors", str(donors), "--db", str(demo_db), "--user", "joe", "--mapping", str(mapping)]) == 0
    gifts = write_csv(tmp_path / "g.csv", [["Ref", "Montant", "Date"], ["R1", "12.50", "03/04/2025"]])
    gm = tmp_path / "gm.json"
    gm.write_text(json.dumps({"columns": {"Ref": "donor_external_id", "Montant": "amount", "Date": "gift_date"}}))
    report = tmp_path / "r.json"
    base = ["import", "gifts", str(gifts), "--db", str(demo_db), "--user", "joe", "--report", str(report)]
    assert main([*base, "--mapping", str(gm)]) == 1
    assert "two ways" in json.loads(report.read_text())["failed"][0]["reason"]
    gm.write_text(json.dumps({"columns": {"Ref": "donor_external_id", "Montant": "amount", "Date": "gift_date"},
                              "date_format": "DMY"}))
    assert main([*base, "--mapping", str(gm)]) == 0
    gm.write_text(json.dumps({"columns": {"Ref": "shoe_size"}}))
    assert main([*base, "--mapping", str(gm)]) == 2


def test_person_export_and_erase_at_the_command_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    from sqlalchemy import select

    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.models import Donor

    db = Database(DatabaseLocation.parse(str(demo_db)))
    with db.read() as s:
        donor_id, last = s.execute(select(Donor.id, Donor.last_name).where(Donor.kind == "individual")
                                   .order_by(Donor.id).limit(1)).one()
    db.dispose()
    base = ["--db", str(demo_db), "--user", "maria"]
    assert main(["person", "export", "donor", str(donor_id), *base, "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / f"donor-{donor_id}-data.json").read_text())
    assert data["record"][0]["last_name"] == last and (tmp_path / f"donor-{donor_id}-data.pdf").exists()
    assert main(["person", "erase", "donor", str(donor_id), *base]) == 2  # no --reason
    assert main(["person", "erase", "donor", str(donor_id), "--db", str(demo_db), "--user", "joe",
                 "--reason", "asked"]) == 2  # a fundraiser may not erase
    assert main(["person", "erase", "donor", str(donor_id), *base, "--reason", "Letter of 30 Nov"]) == 0
    assert main(["person", "export", "donor", str(donor_id), *base, "--out", str(tmp_path / "after")]) == 0
    after = json.loads((tmp_path / "after" / f"donor-{donor_id}-data.json").read_text())
    assert after["record"][0]["last_name"] == "Anonymised donor"


def _client_language(path: Path, last_name: str) -> str:
    from sqlalchemy import select

    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.models import Client

    db = Database(DatabaseLocation.parse(str(path)))
    try:
        with db.read() as s:
            return s.execute(select(Client.language).where(Client.last_name == last_name)).scalar_one()
    finally:
        db.dispose()


def test_clients_merge_at_the_command_line_and_the_undo_restores_them(demo_db: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [["First Name", "Surname", "DOB"], ["Zed", "Quillfeather", "1990-02-03"]])
    base = ["--db", str(demo_db), "--user", "sam"]
    assert main(["import", "clients", str(first), *base]) == 0
    second = write_csv(tmp_path / "second.csv", [["First Name", "Surname", "DOB", "Language"],
                                                 ["Zed", "Quillfeather", "1990-02-03", "Welsh"]])
    report_path = tmp_path / "report.json"
    assert main(["import", "clients", str(second), *base, "--duplicates", "merge", "--report", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert (report["created"], report["updated"], report["skipped"]) == (0, 1, 0)
    assert report["duplicates"][0]["choice"] == "merge"
    assert _client_language(demo_db, "Quillfeather") == "Welsh"
    assert main(["import", "undo", str(report["batch"]), *base]) == 0
    assert _client_language(demo_db, "Quillfeather") == ""


def test_a_client_import_at_the_command_line_reads_post_as_a_letter(demo_db: Path, tmp_path: Path, capsys) -> None:
    from sqlalchemy import select

    from caseworker.db.database import Database, DatabaseLocation
    from caseworker.db.models import Client

    header = ["First Name", "Surname", "Address", "Preferred contact"]
    args = ["import", "clients", "", "--db", str(demo_db), "--user", "sam"]
    bad = write_csv(tmp_path / "bad.csv", [header, ["Ada", "Quillfeather", "1 Mill Lane", "post"],
                                           ["Bo", "Quillfeather", "", "event"]])
    args[2] = str(bad)
    assert main(args) == 1
    assert "line 3, Preferred contact: 'event' is not a channel this record takes" in capsys.readouterr().out
    good = write_csv(tmp_path / "good.csv", [header, ["Ada", "Quillfeather", "1 Mill Lane", "post"]])
    args[2] = str(good)
    assert main(args) == 0
    db = Database(DatabaseLocation.parse(str(demo_db)))
    try:
        with db.read() as s:
            assert list(s.scalars(select(Client.contact_channel).where(Client.last_name == "Quillfeather"))) == [
                "letter"]
    finally:
        db.dispose()
