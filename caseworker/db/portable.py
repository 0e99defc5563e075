"""SQL expressions that mean the same on SQLite and PostgreSQL, for counting in the database.

Date arithmetic is where the two differ most (SQLite keeps dates as ISO text, PostgreSQL has a
date type), so statistics speak of dates through these few expressions only. A day number is
only ever compared with or subtracted from another day number: its origin differs by engine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType


class day_number(FunctionElement[int]):  # noqa: N801 - reads as an SQL function
    """Whole days since a fixed origin of a calendar date column."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


class utc_day_number(FunctionElement[int]):  # noqa: N801
    """Whole days since a fixed origin of the UTC calendar date of an instant column."""

    type = Integer()
    inherit_cache = True
    name = "utc_day_number"


class month_key(FunctionElement[str]):  # noqa: N801
    """The 'YYYY-MM' month of a calendar date column."""

    type = String()
    inherit_cache = True
    name = "month_key"


@compiles(day_number, "sqlite")
@compiles(utc_day_number, "sqlite")
def _sqlite_day(element: Any, compiler: Any, **kw: Any) -> str:
    # julianday counts from noon: a day's midnight is N.5, its 09:30 N.896; adding a half and
    # truncating gives the same whole number for every moment of that (UTC) day.
    return "CAST(julianday(%s) + 0.5 AS INTEGER)" % compiler.process(element.clauses, **kw)


@compiles(day_number, "postgresql")
def _pg_day(element: Any, compiler: Any, **kw: Any) -> str:
    return "(CAST(%s AS DATE) - DATE '1970-01-01')" % compiler.process(element.clauses, **kw)


@compiles(utc_day_number, "postgresql")
def _pg_utc_day(element: Any, compiler: Any, **kw: Any) -> str:
    return "(CAST(timezone('UTC', %s) AS DATE) - DATE '1970-01-01')" % compiler.process(element.clauses, **kw)


@compiles(month_key, "sqlite")
def _sqlite_month(element: Any, compiler: Any, **kw: Any) -> str:
    # Dates are stored as ISO text ('YYYY-MM-DD'): the first seven characters are the month, read
    # without parsing the date (strftime for every case of a year was a tenth of a second).
    return "substr(%s, 1, 7)" % compiler.process(element.clauses, **kw)


@compiles(month_key, "postgresql")
def _pg_month(element: Any, compiler: Any, **kw: Any) -> str:
    return "to_char(%s, 'YYYY-MM')" % compiler.process(element.clauses, **kw)


class utc_date(FunctionElement[Any]):  # noqa: N801
    """The UTC calendar date of an instant column, as a date."""

    type = Date()
    inherit_cache = True
    name = "utc_date"


class add_days(FunctionElement[Any]):  # noqa: N801
    """A calendar date column plus a whole number of days (an integer column or value), as a date."""

    type = Date()
    inherit_cache = True
    name = "add_days"


@compiles(utc_date, "sqlite")
def _sqlite_utc_date(element: Any, compiler: Any, **kw: Any) -> str:
    return "date(%s)" % compiler.process(element.clauses, **kw)


@compiles(utc_date, "postgresql")
def _pg_utc_date(element: Any, compiler: Any, **kw: Any) -> str:
    return "CAST(timezone('UTC', %s) AS DATE)" % compiler.process(element.clauses, **kw)


@compiles(add_days, "sqlite")
def _sqlite_add_days(element: Any, compiler: Any, **kw: Any) -> str:
    day, n = (compiler.process(c, **kw) for c in element.clauses.clauses)
    return f"date({day}, '+' || ({n}) || ' days')"


@compiles(add_days, "postgresql")
def _pg_add_days(element: Any, compiler: Any, **kw: Any) -> str:
    day, n = (compiler.process(c, **kw) for c in element.clauses.clauses)
    return f"(CAST({day} AS DATE) + CAST({n} AS INTEGER))"


class written_entry(ColumnElement[bool]):  # noqa: N801
    """A timeline line a worker wrote (note, call or visit), as literal SQL so the partial index
    that holds only those lines is chosen (a bound parameter would not match its predicate)."""

    # Literal SQL with no SQL type of its own (NullType), though its value is a truth; SQLAlchemy's
    # annotations tie `type` to the element's Python type, bool here.
    type = NullType()  # type: ignore[assignment]
    inherit_cache = True


class reopen_event(ColumnElement[bool]):  # noqa: N801
    """A status line that reopened a resolved or closed case (``{"reopened": true}`` in its data)."""

    type = NullType()  # type: ignore[assignment]  # as for written_entry
    inherit_cache = True


class escalation_entry(ColumnElement[bool]):  # noqa: N801
    """A timeline line that escalated a case, as literal SQL so the partial index of those lines
    is chosen (as for :class:`written_entry`)."""

    type = NullType()  # type: ignore[assignment]  # as for written_entry
    inherit_cache = True


class contact_entry(ColumnElement[bool]):  # noqa: N801
    """A call, visit or message on the timeline (a contact with the client), as literal SQL so the
    partial index of those lines is chosen (as for :class:`written_entry`)."""

    type = NullType()  # type: ignore[assignment]  # as for written_entry
    inherit_cache = True


@compiles(contact_entry)
def _contact(element: Any, compiler: Any, **kw: Any) -> str:
    return "case_events.kind IN ('call', 'visit', 'message')"


@compiles(escalation_entry)
def _escalation(element: Any, compiler: Any, **kw: Any) -> str:
    return "case_events.kind = 'escalation'"


@compiles(written_entry)
def _written(element: Any, compiler: Any, **kw: Any) -> str:
    return "case_events.kind IN ('note', 'call', 'visit')"


@compiles(reopen_event, "sqlite")
def _sqlite_reopen(element: Any, compiler: Any, **kw: Any) -> str:
    return "(case_events.kind = 'status' AND json_extract(case_events.data, '$.reopened') = 1)"


@compiles(reopen_event, "postgresql")
def _pg_reopen(element: Any, compiler: Any, **kw: Any) -> str:
    return "(case_events.kind = 'status' AND (case_events.data ->> 'reopened') = 'true')"


class unindexed(FunctionElement[Any]):  # noqa: N801
    """A column grouped by without letting SQLite's planner walk that column's own index.

    Left to itself SQLite groups a period's cases by category through the category index, reading
    every full row in category order (ten times slower on the large demo) instead of the covering
    index of the statistics and a small sort; a unary plus is its documented way of saying no.
    """

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: ColumnElement[Any] | QueryableAttribute[Any]) -> None:
        super().__init__(column)
        self.type = self.clauses.clauses[0].type  # the column's own type, as ReturnTypeFromArgs keeps it


@compiles(unindexed, "sqlite")
def _sqlite_unindexed(element: Any, compiler: Any, **kw: Any) -> str:
    return "+%s" % compiler.process(element.clauses, **kw)


@compiles(unindexed, "postgresql")
def _pg_unindexed(element: Any, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


class postcode_district(FunctionElement[str]):  # noqa: N801
    """The outward part of a postcode (before the space), upper case: "YO1 7HP" -> "YO1"."""

    type = String()
    inherit_cache = True
    name = "postcode_district"


@compiles(postcode_district, "sqlite")
def _sqlite_district(element: Any, compiler: Any, **kw: Any) -> str:
    code = "trim(%s)" % compiler.process(element.clauses, **kw)
    return f"upper(CASE WHEN instr({code}, ' ') > 0 THEN substr({code}, 1, instr({code}, ' ') - 1) ELSE {code} END)"


@compiles(postcode_district, "postgresql")
def _pg_district(element: Any, compiler: Any, **kw: Any) -> str:
    return "upper(split_part(trim(%s), ' ', 1))" % compiler.process(element.clauses, **kw)


def inline_day(day: Any) -> Any:
    """A calendar date written into the statement rather than bound as a parameter.

    SQLite gives a DATE column numeric affinity; a bound text value is compared with it at a
    measurably higher cost per row than the same text written into the statement (apparently the
    affinity is applied to the parameter at each comparison): the supporters' per-donor pass over
    440,000 gifts, comparing each gift's date with the periods' bounds, took 0.45 s of CPU with
    bound dates and 0.27 s with the same dates inline. A date is never user text, so writing it
    inline is safe; it is rendered by the Date type's own literal form on either engine.
    """
    return _typed_day(bindparam(None, day, type_=Date(), literal_execute=True))


class _typed_day(FunctionElement[Any]):  # noqa: N801
    """An inline date literal that is a date on PostgreSQL too, where a bare quoted literal in a
    derived table's column would be text (SQLite keeps it as the text that dates are there)."""

    type = Date()
    inherit_cache = True
    name = "typed_day"


@compiles(_typed_day, "sqlite")
def _sqlite_typed_day(element: Any, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_typed_day, "postgresql")
def _pg_typed_day(element: Any, compiler: Any, **kw: Any) -> str:
    return "CAST(%s AS DATE)" % compiler.process(element.clauses, **kw)
