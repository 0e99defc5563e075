"""The window's sections. Each module here defines one :class:`Section` subclass.

Sections are found by looking through this package, ordered by their ``order`` number, and shown
only to users whose roles allow their ``required`` action, so a capability adds its section by
adding a module and nothing else.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from caseworker.ui.sections.base import Section


def section_classes() -> list[type[Section]]:
    found: list[type[Section]] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Section) and obj is not Section and obj.__module__ == module.__name__ \
                    and getattr(obj, "order", None) is not None:
                found.append(obj)
    return sorted(found, key=lambda cls: cls.order)
