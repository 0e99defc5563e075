"""Organisation-wide settings shared by every laptop on the same database."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class OrgSetting(Tracked, Base):
    """One key of the organisation's settings, its value as JSON text."""

    __tablename__ = "org_settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text, default="null")
