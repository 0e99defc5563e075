"""Named parts of one kind, filled explicitly by a composition root.

The window's sections, My work's panels, the tabs of a client's or donor's file, the sources of
quick search, the command line's commands and the demo's builders are each one registry, listed
in the one place that assembles that part of the app, in the order it shows them. Nothing adds
itself when its module happens to be imported, so what the app contains never depends on import
order, and a part left out is missing everywhere at once (a test lists the modules that must
appear).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Parts by key, in the order they were added; a key added twice is a programming error."""

    def __init__(self, kind: str, parts: Iterable[tuple[str, T]] = ()) -> None:
        self.kind = kind
        self._parts: dict[str, T] = {}
        for key, part in parts:
            self.add(key, part)

    def add(self, key: str, part: T) -> T:
        if key in self._parts:
            raise ValueError(f"{self.kind} {key!r} is registered twice")
        self._parts[key] = part
        return part

    def __getitem__(self, key: str) -> T:
        return self._parts[key]

    def get(self, key: str) -> T | None:
        return self._parts.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._parts

    def __iter__(self) -> Iterator[T]:
        return iter(self._parts.values())

    def __len__(self) -> int:
        return len(self._parts)

    def keys(self) -> list[str]:
        return list(self._parts)

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, {self.keys()!r})"


__all__ = ["Registry"]
