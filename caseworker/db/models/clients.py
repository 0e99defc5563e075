"""Clients: the people the organisation helps, and the records kept about them. Confidential.

Names are stored exactly as typed (right-to-left scripts, combining marks and emoji included);
``search_name`` and the rows of ``client_search_keys`` hold the normalised forms (case and accents
folded) that searching and the duplicate check compare, so a prefix search runs on an index on
both engines.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from caseworker.db.base import Base, Tracked


class Client(Tracked, Base):
    __tablename__ = "clients"
    # The list's queries are answered from these indexes alone (they cover the filter and the
    # order), so listing 100,000 clients never reads the wide rows themselves.
    __table_args__ = (
        Index("ix_clients_list", "anonymised_at", "search_name"),
        Index("ix_clients_born", "anonymised_at", "date_of_birth"),
        Index("ix_clients_flags", "flag_bits", "anonymised_at", "search_name"),
        Index("ix_clients_phone_key", "phone_key"),
        Index("ix_clients_key_worker_id", "key_worker_id"),
    )

    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(nullable=True)
    # The normalised "last first preferred" (see domain.clients.name_key).
    search_name: Mapped[str] = mapped_column(String(400), default="")

    # Contact: the main phone (E.164) and e-mail; further contacts are ClientContact rows.
    phone: Mapped[str] = mapped_column(String(32), default="")
    # The phone's national digits (7911123456), searched by prefix.
    phone_key: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(60), default="")
    # Gender as the client states it (free text; empty: not recorded) and how many people live in
    # their household, themselves included (None: not recorded). Counted in a grant's outputs.
    gender: Mapped[str] = mapped_column(String(60), default="", server_default="")
    household_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    contact_channel: Mapped[str] = mapped_column(String(20), default="")
    contact_times: Mapped[str] = mapped_column(String(200), default="")

    key_worker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    # The flags every worker sees first. Safeguarding is a free text ("do not visit alone"):
    # any text at all raises the flag.
    safeguarding: Mapped[str] = mapped_column(String(500), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(60), default="")
    accessibility: Mapped[str] = mapped_column(String(500), default="")
    # The three flags as bits (1 safeguarding, 2 interpreter, 4 accessibility), for an indexed filter.
    flag_bits: Mapped[int] = mapped_column(Integer, default=0)

    needs: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ClientSearchKey(Base):
    """One normalised word of a client's names, so a prefix of any name finds them by index."""

    __tablename__ = "client_search_keys"
    __table_args__ = (Index("ix_client_search_keys_key", "key", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    key: Mapped[str] = mapped_column(String(120))


class ClientTag(Base):
    __tablename__ = "client_tags"
    __table_args__ = (
        UniqueConstraint("client_id", "tag", name="uq_client_tags_client_tag"),
        Index("ix_client_tags_tag", "tag", "client_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    tag: Mapped[str] = mapped_column(String(60))


class ClientContact(Tracked, Base):
    """A further way to reach the client (a second phone, a support worker's e-mail)."""

    __tablename__ = "client_contacts"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    # phone | email
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(254))
    label: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClientConsent(Tracked, Base):
    """What the client agreed to (or withdrew), when and how. Never edited: a change is a new row."""

    __tablename__ = "client_consents"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    topic: Mapped[str] = mapped_column(String(120))
    given: Mapped[bool] = mapped_column(Boolean, default=True)
    given_on: Mapped[date]
    # written | verbal | electronic
    method: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ClientAttachment(Tracked, Base):
    """A file kept inside the database; ``title`` is only ever shown, never used as a path."""

    __tablename__ = "client_attachments"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Deferred: listing a client's attachments must not read megabytes of content.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class ClientReferral(Tracked, Base):
    """The client sent to an outside agency, and what came of it."""

    __tablename__ = "client_referrals"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    referred_on: Mapped[date]
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # pending | accepted | declined | completed | no_response
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    outcome_on: Mapped[date | None] = mapped_column(nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
