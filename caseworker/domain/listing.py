"""What a list asks for: a filter, a search text and a sort, applied in SQL by the services."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    sort: str = ""
    descending: bool = False
    filters: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    def filter(self, key: str, default: Any = None) -> Any:
        return dict(self.filters).get(key, default)

    def with_filter(self, key: str, value: Any) -> ListQuery:
        kept = tuple((k, v) for k, v in self.filters if k != key)
        if value is None or value == "":
            return replace(self, filters=kept)
        return replace(self, filters=(*kept, (key, value)))

    def with_text(self, text: str) -> ListQuery:
        return replace(self, text=text)

    def sorted_by(self, key: str, descending: bool = False) -> ListQuery:
        return replace(self, sort=key, descending=descending)
