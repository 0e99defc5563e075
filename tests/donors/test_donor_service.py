"""Donors, households and preferences through the service, on both engines."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from caseworker.db.models import AuditEntry
from caseworker.domain.donors import (
    DonorDraft,
    GivingSummary,
    PreferencesDraft,
    QuietPeriodDraft,
    Segment,
    cadence_for,
    derive_segment,
)
from caseworker.domain.errors import ConflictError, NotPermitted, ValidationError, ValidationErrors
from caseworker.domain.guard import Channel
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.donors import HouseholdDraft, load_guard_preferences

TODAY = date(2026, 11, 2)


def test_segments_are_derived_from_giving() -> None:
    def seg(first_ago: int | None, last_ago: int | None, largest: str = "50", total: str = "100") -> Segment:
        giving = GivingSummary(
            TODAY - timedelta(days=first_ago) if first_ago is not None else None,
            TODAY - timedelta(days=last_ago) if last_ago is not None else None,
            3, Decimal(total), Decimal(largest))
        return derive_segment(giving, TODAY)

    assert seg(None, None) is Segment.NEW
    assert seg(100, 10) is Segment.NEW
    assert seg(900, 10) is Segment.REGULAR
    assert seg(900, 10, largest="1000.00") is Segment.MAJOR
    assert seg(100, 10, total="5000.00") is Segment.MAJOR
    assert seg(2000, 548) is Segment.REGULAR
    assert seg(2000, 549, largest="9000") is Segment.LAPSED
    assert derive_segment(GivingSummary(), TODAY, "major") is Segment.MAJOR
    assert cadence_for(Segment.MAJOR) == 30 and cadence_for(Segment.REGULAR) == 180
    assert cadence_for(Segment.MAJOR, 45) == 45


def test_the_organisation_sets_where_its_segments_begin(fundraiser, services_for, add_donor, give) -> None:
    from caseworker.domain.donors import SegmentRule
    from caseworker.domain.listing import ListQuery

    ana = add_donor("Ana", "Duarte")
    give(ana, "600.00", days_ago=400)
    bo = add_donor("Bo", "Lind")
    give(bo, "40.00", days_ago=400)
    by_segment = lambda seg: fundraiser.donors.list_ids(ListQuery().with_filter("segment", seg))  # noqa: E731
    assert fundraiser.donors.get(ana).segment is Segment.REGULAR and ana in by_segment("regular")

    admin = services_for(Role.ADMIN)
    org = admin.settings.get()
    saved, _ = admin.settings.update(org.with_changes(segments=SegmentRule(major_gift=Decimal("500"),
                                                                           lapsed_after_days=300)))
    assert saved.segments.major_gift == Decimal("500.00") and admin.settings.get().segments == saved.segments
    # The same figures in the record, in the list's rows and in its SQL filter and sort.
    assert fundraiser.donors.get(ana).segment is Segment.LAPSED  # no gift for 400 days now lapses
    admin.settings.update(saved.with_changes(segments=SegmentRule(major_gift=Decimal("500"))))
    assert fundraiser.donors.get(ana).segment is Segment.MAJOR
    assert fundraiser.donors.list_rows([ana, bo])[0].segment is Segment.MAJOR
    assert by_segment("major") == [ana] and by_segment("regular") == [bo]
    assert fundraiser.donors.list_ids(ListQuery().sorted_by("segment")) == [ana, bo]  # "major" < "regular"


@pytest.mark.parametrize(("field", "value"), [("major_gift", Decimal("-5")), ("major_lifetime", Decimal("0")),
                                              ("new_within_days", 0), ("lapsed_after_days", 5000)])
def test_segment_figures_out_of_range_are_refused_beside_their_field(services_for, field, value) -> None:
    from caseworker.domain.donors import SegmentRule
    from caseworker.domain.errors import ValidationErrors

    admin = services_for(Role.ADMIN)
    org = admin.settings.get()
    with pytest.raises((ValidationError, ValidationErrors)) as refused:
        admin.settings.update(org.with_changes(segments=SegmentRule(**{field: value})))
    errors = refused.value.by_field() if isinstance(refused.value, ValidationErrors) else {refused.value.field: ""}
    assert set(errors) == {field}
    assert admin.settings.get().segments == SegmentRule()


def test_add_and_update_a_donor_is_audited(fundraiser, db) -> None:
    record, changes = fundraiser.donors.add_donor(DonorDraft(
        first_name="  Zoë ", last_name="O'Brien", email="ZOE@Example.org", city="Leeds"))
    assert record.name == "Zoë O'Brien" and record.sort_name == "O'Brien, Zoë"
    assert record.email == "zoe@example.org" and record.segment is Segment.NEW and record.cadence == 180
    assert changes.ids(ChangeKind.DONOR) == {record.id}
    updated, _ = fundraiser.donors.update_donor(
        record.id, DonorDraft(first_name="Zoë", last_name="O'Brien", email="zoe@example.org", city="York"),
        record.version)
    assert updated.city == "York"
    with db.read() as s:
        entries = s.execute(select(AuditEntry.kind, AuditEntry.changes)
                            .where(AuditEntry.record_type == "donor").order_by(AuditEntry.id)).all()
    assert [kind for kind, _ in entries] == ["create", "update"]
    assert entries[1][1] == {"city": ["Leeds", "York"]}
    with pytest.raises(ConflictError):
        fundraiser.donors.update_donor(record.id, DonorDraft(first_name="Z", last_name="O"), record.version)


def test_bad_donor_input_is_refused_beside_each_field(fundraiser) -> None:
    with pytest.raises(ValidationErrors) as info:
        fundraiser.donors.add_donor(DonorDraft(first_name="", last_name="", email="not-an-email",
                                               timezone="Mars/Olympus", cadence_days="-3"))
    fields = info.value.by_field()
    assert {"last_name", "email", "timezone", "cadence_days"} <= set(fields)
    assert fundraiser.donors.list_ids(ListQuery()) == []


def test_deceased_implies_do_not_contact(fundraiser) -> None:
    record, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Old", last_name="Friend",
                                                       deceased_on=TODAY.isoformat()))
    assert record.deceased and record.do_not_contact
    with pytest.raises(ValidationError):
        fundraiser.donors.set_preferences(record.id, PreferencesDraft(do_not_contact=False), record.version)


def test_preferences_reach_the_guard(fundraiser, db) -> None:
    record, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Pat", last_name="Lee"))
    record, _ = fundraiser.donors.set_preferences(record.id, PreferencesDraft(
        opted_out_channels=("phone", "sms"), preferred_channels=("email",), timezone="Europe/London",
        window_days="60", max_in_window="2", min_gap_days=""), record.version)
    record, _ = fundraiser.donors.add_quiet_period(record.id, QuietPeriodDraft("2026-12-01", "2027-02-28",
                                                                               "Bereavement"))
    prefs = fundraiser.donors.guard_preferences(record.id)
    assert prefs.opted_out_channels == {Channel.PHONE, Channel.SMS}
    assert prefs.preferred_channels == (Channel.EMAIL,)
    assert prefs.timezone == ZoneInfo("Europe/London")
    assert (prefs.window_days, prefs.max_in_window, prefs.min_gap_days) == (60, 2, None)
    assert [(p.start, p.end, p.reason) for p in prefs.quiet_periods] == [
        (date(2026, 12, 1), date(2027, 2, 28), "Bereavement")]
    assert not prefs.do_not_contact
    with db.transaction("guard") as s:
        assert load_guard_preferences(s, record.id, lock=True) == prefs
    with pytest.raises(ValidationError):
        fundraiser.donors.set_preferences(record.id, PreferencesDraft(opted_out_channels=("pigeon",)), None)
    with pytest.raises(ValidationError):
        fundraiser.donors.add_quiet_period(record.id, QuietPeriodDraft("2027-01-02", "2027-01-01"))
    record, _ = fundraiser.donors.remove_quiet_period(record.quiet_periods[0].id, "Ended early")
    assert record.quiet_periods == ()


def test_list_filters_and_sorts_in_sql(fundraiser, add_donor, give) -> None:
    a = add_donor("Ana", "Zimmer", city="Leeds")
    b = add_donor("Bob", "Adams", city="York")
    c = add_donor("Cai", "Moreno", kind="individual")
    give(b, "2500.00")
    give(c, "20.00", days_ago=800)
    donors = fundraiser.donors
    assert donors.list_ids(ListQuery()) == [b, c, a]
    assert donors.list_ids(ListQuery(sort="lifetime_total", descending=True))[0] == b
    assert donors.list_ids(ListQuery(text="zim")) == [a]
    assert donors.list_ids(ListQuery(text="ana zim")) == [a]
    assert donors.list_ids(ListQuery(text="100%_")) == []
    assert donors.list_ids(ListQuery().with_filter("segment", "major")) == [b]
    assert donors.list_ids(ListQuery().with_filter("segment", "lapsed")) == [c]
    assert donors.list_ids(ListQuery().with_filter("segment", "new")) == [a]
    rows = donors.list_rows([c, a])
    assert [r.id for r in rows] == [c, a] and rows[0].segment is Segment.LAPSED


def test_duplicates_are_warned_about(fundraiser, add_donor) -> None:
    first = add_donor("Zoë", "O'Brien", email="zoe@example.org", postcode="LS1 4AP")
    assert [r.id for r in fundraiser.donors.possible_duplicates(
        DonorDraft(first_name="zoe", last_name="OBrien", postcode="ls14ap"))] == [first]
    assert [r.id for r in fundraiser.donors.possible_duplicates(
        DonorDraft(first_name="Someone", last_name="Else", email="ZOE@example.org"))] == [first]
    assert fundraiser.donors.possible_duplicates(DonorDraft(first_name="Zoe", last_name="OBrien",
                                                            postcode="YO1 1AA")) == []


def test_households_group_donors_and_their_giving(fundraiser, add_donor, give) -> None:
    a = add_donor("Ana", "Duarte")
    b = add_donor("Luis", "Duarte")
    outsider = add_donor("Kim", "Park")
    give(a, "100.00", days_ago=5)
    give(b, "250.50", days_ago=6)
    give(outsider, "999.00", days_ago=6)
    voided = give(b, "70.00", days_ago=7)
    fundraiser.gifts.void_gift(voided, "Cheque bounced")
    household, changes = fundraiser.donors.add_household(HouseholdDraft("The Duartes", member_ids=(a, b)))
    assert {m.id for m in household.members} == {a, b}
    assert changes.ids(ChangeKind.DONOR) == {a, b}
    totals = fundraiser.gifts.household_totals(household.id)
    this_year = [t for t in totals if t.start.year == (date.today() - timedelta(days=6)).year]
    assert sum(t.total for t in this_year) == Decimal("350.50")
    assert sum(t.gifts for t in totals) == 2
    household, _ = fundraiser.donors.update_household(household.id, HouseholdDraft("The Duartes", member_ids=(a,)),
                                                      household.version)
    assert [m.id for m in household.members] == [a]
    assert fundraiser.donors.list_ids(ListQuery().with_filter("household_id", household.id)) == [a]


def test_quick_search_finds_donors_for_fundraisers_only(fundraiser, add_donor, services_for) -> None:
    donor = add_donor("Zoë", "O'Brien")
    hits = fundraiser.search.search("zoe obr")
    assert [(h.kind, h.id) for h in hits if h.kind == "donor"] == [("donor", donor)]
    caseworker = services_for(Role.CASEWORKER)
    assert [h for h in caseworker.search.search("zoe") if h.kind == "donor"] == []
    with pytest.raises(NotPermitted):
        caseworker.donors.get(donor)
