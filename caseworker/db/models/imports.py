"""Data moved in and out: import batches (so one can be undone whole), remembered column mappings,
the identifiers records had in the system they came from, and merged-away records.

An import writes one :class:`ImportBatch` and, per record it created or changed, one
:class:`ImportBatchRecord` holding the version it left the record at and, for a changed record,
the values it replaced: undo compares the versions to see whether anyone touched the record since.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked, utcnow


class ImportBatch(Tracked, Base):
    __tablename__ = "import_batches"

    # donors | gifts | clients
    kind: Mapped[str] = mapped_column(String(20))
    # The file's name only (never its folder): shown in the list of past imports.
    file_name: Mapped[str] = mapped_column(String(260))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ImportBatchRecord(Base):
    """A record an import created or changed."""

    __tablename__ = "import_batch_records"
    __table_args__ = (Index("ix_import_batch_records_batch", "batch_id", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    # created | updated
    action: Mapped[str] = mapped_column(String(10))
    # The record's version counter as the import left it.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # For a changed record: {field: value before the import}.
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ImportMapping(Tracked, Base):
    """The column mapping last used for a file with this header, offered again next time."""

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("kind", "header_key", name="uq_import_mappings_kind_header"),)

    kind: Mapped[str] = mapped_column(String(20))
    # A hash of the normalised column names, so the mapping follows the layout, not the file name.
    header_key: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ExternalId(Base):
    """The id a record had in the system it was imported from (gifts find their donor by it)."""

    __tablename__ = "external_ids"
    __table_args__ = (
        UniqueConstraint("record_type", "value", name="uq_external_ids_record_type"),
        Index("ix_external_ids_record", "record_type", "record_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(120))


class RecordMerge(Base):
    """A record merged into another: old references to *merged_id* resolve to *survivor_id*."""

    __tablename__ = "record_merges"
    __table_args__ = (UniqueConstraint("record_type", "merged_id", name="uq_record_merges_record_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    merged_id: Mapped[int] = mapped_column(Integer)
    survivor_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
