"""Which scheduled backups to keep: the last days, then one a week, then one a month.

Grandfather-father-son rotation over the scheduled backups' times: the newest ``daily`` backups
(one per day), the newest of each of the last ``weekly`` ISO weeks and of each of the last
``monthly`` months. Backups taken by hand or before an upgrade are never rotated away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def kept(times: Sequence[datetime], rotation: Rotation = Rotation()) -> set[datetime]:
    """The times, among *times*, whose backups the rotation keeps."""
    newest_first = sorted(times, reverse=True)
    keep: set[datetime] = set()
    for key, limit in ((lambda t: t.date(), rotation.daily),
                       (lambda t: tuple(t.isocalendar())[:2], rotation.weekly),
                       (lambda t: (t.year, t.month), rotation.monthly)):
        seen: list[object] = []
        for t in newest_first:
            k = key(t)
            if k in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(k)
            keep.add(t)
    return keep


def due(last: datetime | None, now: datetime, every: timedelta = timedelta(hours=24)) -> bool:
    """Whether a scheduled backup is due: none yet, or the last is *every* old."""
    return last is None or now - last >= every
