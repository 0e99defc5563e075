"""The bad-input catalogue for the case forms: every refusal names its field and writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from caseworker.db.models import Case, CaseEvent
from caseworker.domain.cases import Acceptability, CaseDraft, CategoryDraft, Resolution
from caseworker.domain.errors import CaseworkerError, NotFound, ValidationError, ValidationErrors
from tests.cases.conftest import Office

TEN_MB = "x" * (10 * 1024 * 1024)


def fields_of(error: CaseworkerError) -> set[str]:
    if isinstance(error, ValidationErrors):
        return {e.field for e in error.errors}
    assert isinstance(error, ValidationError)
    return {error.field}


def counts(office: Office) -> tuple[int, int]:
    with office.db.read() as s:
        return s.scalar(select(func.count(Case.id))), s.scalar(select(func.count(CaseEvent.id)))


@pytest.mark.parametrize(("opened_on", "message"), [
    ("2026-13-01", "not a day on the calendar"),
    ("2026-02-30", "not a day on the calendar"),
    ("02/11/2026", "not a date"),
    ("yesterday", "not a date"),
    ("0000-01-01", "years start at 1"),
    ("99999-01-01", "after the year 9999"),
    ("2026-11-02\x00", "not a date"),
    ("2027-01-01", "in the future"),
])
def test_malformed_dates_are_refused_beside_the_field(office: Office, opened_on: str, message: str) -> None:
    before = counts(office)
    with pytest.raises(ValidationError) as info:
        office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title", opened_on=opened_on))
    assert info.value.field == "opened_on" and message in info.value.text()
    assert counts(office) == before


@pytest.mark.parametrize(("title", "message"), [
    ("", "required"),
    ("   ", "required"),
    ("a" * 201, "at most 200"),
    ("Eviction\x00notice", "NUL"),
    ("Eviction\nnotice", "single line"),
    ("Eviction\x07", "control character"),
    ("bad \ud800 surrogate", "broken characters"),
])
def test_bad_titles_are_refused(office: Office, title: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.priya.cases.open_case(CaseDraft(office.client, office.housing, title))
    assert info.value.field == "title" and message in info.value.text()


def test_several_bad_fields_are_reported_together(office: Office) -> None:
    with pytest.raises(ValidationErrors) as info:
        office.priya.cases.open_case(CaseDraft(None, None, "", priority="whenever", opened_on="soon"))
    assert fields_of(info.value) == {"title", "priority", "opened_on", "client_id", "category_id"}


def test_unknown_client_category_or_worker(office: Office) -> None:
    with pytest.raises(ValidationError, match="client was not found"):
        office.priya.cases.open_case(CaseDraft(999_999, office.housing, "Title"))
    with pytest.raises(ValidationError, match="category that is in use"):
        office.priya.cases.open_case(CaseDraft(office.client, 999_999, "Title"))
    with pytest.raises(ValidationError, match="active colleague"):
        office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title", assignee_id=999_999))
    with pytest.raises(NotFound):
        office.priya.cases.get(999_999)


def test_a_ten_megabyte_note_is_refused_not_cut(office: Office) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title"))
    before = counts(office)
    for call in (lambda: office.priya.cases.add_entry(case.id, "note", TEN_MB),
                 lambda: office.priya.cases.open_case(CaseDraft(office.client, office.housing, "T",
                                                                first_note=TEN_MB)),
                 lambda: office.priya.cases.hand_off(case.id, office.tom.actor.user_id, TEN_MB, None),
                 lambda: office.priya.cases.escalate(case.id, TEN_MB, None),
                 lambda: office.priya.cases.resolve(case.id, Resolution(TEN_MB, True, Acceptability.YES), None)):
        with pytest.raises((ValidationError, ValidationErrors)) as info:
            call()
        assert "at most" in str(info.value.text() if isinstance(info.value, ValidationError)
                                else info.value.by_field())
    assert counts(office) == before


def test_nul_bytes_and_empty_notes_are_refused(office: Office) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title"))
    for text, message in (("before\x00after", "NUL"), ("", "Write something"), ("\n\n  \n", "Write something")):
        with pytest.raises(ValidationError) as info:
            office.priya.cases.add_entry(case.id, "note", text)
        assert info.value.field == "text" and message in info.value.text()
    with pytest.raises(ValidationError, match="note, a call, a visit or a message"):
        office.priya.cases.add_entry(case.id, "status", "sneaky")
    with pytest.raises(ValueError):
        office.priya.cases.add_entry(case.id, "gossip", "x")


def test_a_note_keeps_line_breaks_and_unicode(office: Office) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title"))
    text = "Line one\r\nשלום — 你好 — مرحبا\n\tindented 🙂"
    entry, _ = office.priya.cases.add_entry(case.id, "note", text)
    assert entry.text == "Line one\nשלום — 你好 — مرحبا\n\tindented 🙂"


def test_bad_resolutions_are_refused_field_by_field(office: Office) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title",
                                                     assignee_id=office.priya.actor.user_id))
    with pytest.raises(ValidationErrors) as info:
        office.priya.cases.resolve(case.id, Resolution("ok", True, "maybe", 9), case.version)  # type: ignore[arg-type]
    assert fields_of(info.value) == {"acceptable", "satisfaction"}
    with pytest.raises(ValidationErrors):
        office.priya.cases.resolve(case.id, Resolution("ok", True, Acceptability.YES, 0), case.version)


@pytest.mark.parametrize(("target", "field"), [("0", "target_days"), ("261", "target_days"), ("ten", "target_days"),
                                               ("1.5", "target_days")])
def test_bad_category_targets(office: Office, target: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        office.manager.cases.add_category(CategoryDraft("Debt", target))
    assert info.value.field == field


def test_the_case_list_survives_hostile_filter_text(office: Office) -> None:
    from caseworker.domain.listing import ListQuery

    office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Title"))
    for text in ("%", "_", "\\", "' OR 1=1 --", "C-", "C-999999999999", "ü" * 500, "zz\x00"):
        assert office.priya.cases.list_ids(ListQuery(text=text)) == []
    # A NUL would end SQLite's LIKE pattern early and match everything: control characters go.
    assert office.priya.cases.list_ids(ListQuery(text="\x00")) == office.priya.cases.list_ids(ListQuery())
    assert office.priya.cases.list_ids(ListQuery(text="Ti\x00tle")) == [1]
    with pytest.raises(ValueError):
        office.priya.cases.list_ids(ListQuery(filters=(("status", "bogus"),)))
