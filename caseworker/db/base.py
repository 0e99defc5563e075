"""The declarative base and the columns every record carries."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Protocol

from sqlalchemy import JSON, Date, Integer, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from caseworker.db.types import Money, UTCDateTime
from caseworker.domain.clock import utcnow as utcnow  # the column default, re-exported

# Stable constraint names, so Alembic can find them again on both engines.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    # Every model here is mapped to a declared table (none to a join or a subquery), so the
    # table can be handed to Core's insert() and to bulk loads as the Table it is.
    __table__: ClassVar[Table]

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        Decimal: Money(),
        date: Date(),
        str: String(200),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class _Tabled(Protocol):
    """A model class with its table: what Tracked, a mixin of Base's models, is given."""

    __table__: Table


class Tracked:
    """Created/updated stamps and a version counter on every record.

    The version counter is SQLAlchemy's optimistic lock: an UPDATE names the version it read and
    fails if another laptop bumped it meanwhile. Services also compare the version a form was
    filled from (``expected_version``), which catches the slower race where the other save landed
    before this transaction even began.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    # Who saved last, for the "changed by NAME meanwhile" message. Deliberately no foreign key:
    # users are never deleted, and a key here would tie every table (users' own included) in a
    # creation cycle.
    updated_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls: _Tabled) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}


LongText = Text
