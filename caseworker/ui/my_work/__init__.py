"""Panels of the My work page. Each module here defines one :class:`MyWorkPanel` subclass,
found and ordered like the sections, and shown only to users who may read what it lists."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from caseworker.ui.my_work.base import MyWorkPanel


def panel_classes() -> list[type[MyWorkPanel]]:
    found: list[type[MyWorkPanel]] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, MyWorkPanel) and obj is not MyWorkPanel \
                    and obj.__module__ == module.__name__ and getattr(obj, "order", None) is not None:
                found.append(obj)
    return sorted(found, key=lambda cls: cls.order)
