"""Letter and e-mail templates with their saved versions, the outbox, and the thank-you ledger.

``gift_thanks`` holds one row per thanked gift (a unique key on the gift), written in the same
transaction as the message that thanks it: two laptops thanking the same gift at once cannot both
succeed, and a gift is never thanked twice.

An outbox message keeps everything needed to send it again after a crash or a sleep: the rendered
text and HTML, the addresses, its Message-ID, and what to attach (a receipt by number, or the
letter itself); attachments are drawn when the message is sent.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class MessageTemplate(Tracked, Base):
    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("name", "language", name="uq_message_templates_name_language"),)

    name: Mapped[str] = mapped_column(String(120))
    # email | letter
    kind: Mapped[str] = mapped_column(String(10))
    # thanks | ask | update | invite | receipt | other
    purpose: Mapped[str] = mapped_column(String(20))
    # donors | clients
    audience: Mapped[str] = mapped_column(String(10), index=True)
    # A language code ("es"); empty: the organisation's own language.
    language: Mapped[str] = mapped_column(String(20), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    # "" | receipt | letter
    attach: Mapped[str] = mapped_column(String(10), default="")
    # letter | none: what a donor who takes no e-mail gets instead.
    fallback: Mapped[str] = mapped_column(String(10), default="letter")
    # Thank-you rules: the template is chosen for gifts of at least this amount / of this appeal.
    min_amount: Mapped[Decimal | None] = mapped_column(nullable=True)
    appeal_code: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)


class MessageTemplateVersion(Base):
    """Each saved text of a template, kept so a message can say which wording it was sent with."""

    __tablename__ = "message_template_versions"
    __table_args__ = (UniqueConstraint("template_id", "number", name="uq_message_template_versions_template_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("message_templates.id"))
    number: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class OutboxMessage(Tracked, Base):
    __tablename__ = "outbox_messages"
    __table_args__ = (
        Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),
        Index("ix_outbox_messages_donor", "donor_id"),
    )

    # email | letter
    channel: Mapped[str] = mapped_column(String(10))
    # queued | sending | sent | failed | blocked | printed
    status: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(20))
    audience: Mapped[str] = mapped_column(String(10))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donors.id"), nullable=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True, index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    gift_id: Mapped[int | None] = mapped_column(ForeignKey("gifts.id"), nullable=True, index=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), nullable=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("message_templates.id"), nullable=True)
    template_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    touchpoint_id: Mapped[int | None] = mapped_column(ForeignKey("touchpoints.id"), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    to_name: Mapped[str] = mapped_column(String(250), default="")
    to_address: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    # "" | receipt | letter
    attach: Mapped[str] = mapped_column(String(10), default="")
    message_id: Mapped[str] = mapped_column(String(250), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The server's last refusal in words, or the guard's reasons for a blocked message.
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_allowed: Mapped[datetime | None] = mapped_column(nullable=True)


class GiftThanks(Base):
    """The one thank-you of a gift (a letter printed or an e-mail queued)."""

    __tablename__ = "gift_thanks"
    __table_args__ = (UniqueConstraint("gift_id", name="uq_gift_thanks_gift_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox_messages.id"))
    thanked_at: Mapped[datetime]
