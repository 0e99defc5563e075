"""Each part of the app is listed once, in its composition root: nothing adds itself on import,
and no module that defines a part is left out of the list."""

from __future__ import annotations

import inspect
import pkgutil

import pytest

from caseworker.domain.registry import Registry


def test_a_registry_keeps_the_order_parts_were_added_and_refuses_a_key_twice() -> None:
    registry = Registry("colour", [("red", 1), ("green", 2)])
    registry.add("blue", 3)
    assert list(registry) == [1, 2, 3] and registry.keys() == ["red", "green", "blue"]
    assert registry["green"] == 2 and registry.get("violet") is None and "blue" in registry
    with pytest.raises(ValueError, match="colour 'red' is registered twice"):
        registry.add("red", 4)


def _classes_defined_in(package, base) -> set[type]:
    import importlib

    found = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found |= {obj for _n, obj in inspect.getmembers(module, inspect.isclass)
                  if issubclass(obj, base) and obj.__module__ == module.__name__ and not obj.__name__.startswith("_")}
    return found


def test_every_section_and_my_work_panel_is_in_the_windows_list_of_parts() -> None:
    import caseworker.ui.my_work as my_work
    import caseworker.ui.sections as sections
    from caseworker.ui.my_work.base import MyWorkPanel
    from caseworker.ui.parts import window_parts
    from caseworker.ui.sections.base import Section
    from caseworker.ui.sections.list_detail import ListDetailSection

    parts = window_parts()
    assert _classes_defined_in(sections, Section) - {Section, ListDetailSection} == set(parts.sections)
    assert _classes_defined_in(my_work, MyWorkPanel) - {MyWorkPanel} == set(parts.my_work_panels)
    assert parts.sections.keys()[0] == "my_work" and parts.sections.keys()[-1] == "settings"


def test_every_command_module_and_demo_builder_is_listed() -> None:
    import caseworker.cli as cli
    import caseworker.services.demo as demo
    from caseworker.cli.main import _command_modules

    assert sorted(m.__name__.rsplit(".", 1)[-1] for m in _command_modules()) == \
        sorted(i.name for i in pkgutil.iter_modules(cli.__path__) if i.name.endswith("_cmd"))
    import importlib

    with_builder = [i.name for i in pkgutil.iter_modules(demo.__path__)
                    if hasattr(importlib.import_module(f"{demo.__name__}.{i.name}"), "populate")]
    assert sorted(demo.builders().keys()) == sorted(with_builder)
    assert demo.builders().keys()[0] == "people"


def test_quick_search_looks_through_every_provider_the_services_define() -> None:
    import importlib

    import caseworker.services as services
    from caseworker.services.container import search_sources
    from caseworker.services.search import SearchProvider

    defined = set()
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"caseworker.services.{info.name}")
        defined |= {id(v) for v in vars(module).values() if isinstance(v, SearchProvider)}
    assert defined == {id(p) for p in search_sources()}
    assert [p.kind for p in search_sources()] == search_sources().keys()
