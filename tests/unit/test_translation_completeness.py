"""The translation files shipped with the app: placeholders kept, complete, compiled.

A translation that drops ``{name}`` shows the raw template or raises when the window formats it;
one that drops the ``&`` of a label loses the keyboard path to its field. These checks run on every
``caseworker/i18n/*.ts``, so a new language is held to the same rules as soon as its file lands.
"""

from __future__ import annotations

import importlib.util
import re
import string
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "caseworker" / "i18n"
TS_FILES = sorted(I18N.glob("caseworker_*.ts"))
# Languages whose file claims to cover the whole app: every string in the code must be in them.
COMPLETE = ("es", "ar")


def _messages(path: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation or None, type) of each message in *path*."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = translation.text if translation is not None else None
            found.append((name, message.findtext("source", ""), text, kind))
    return found


def format_fields(text: str) -> Counter[str]:
    """The ``str.format`` fields of *text*, with their format specs ("{share:.0%}")."""
    try:
        return Counter(f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
                       for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return Counter(re.findall(r"\{[^{}]*\}", text))


def qt_args(text: str) -> Counter[str]:
    return Counter(re.findall(r"%L?\d+|%n", text))


def accelerators(text: str) -> int:
    """How many keyboard accelerators (a single ``&`` before a character) *text* marks."""
    return len(re.findall(r"(?<!&)&(?!&)(?=\S)", text.replace("&&", "")))


def html_tags(text: str) -> Counter[str]:
    return Counter(re.sub(r"\s+(href|src)=(['\"]).*?\2", r" \1", tag) for tag in re.findall(r"</?[a-zA-Z][^<>]*>", text))


def problems(source: str, translation: str) -> list[str]:
    found = []
    if format_fields(source) != format_fields(translation):
        found.append(f"fields {sorted(format_fields(source))} became {sorted(format_fields(translation))}")
    if qt_args(source) != qt_args(translation):
        found.append(f"Qt arguments {sorted(qt_args(source))} became {sorted(qt_args(translation))}")
    if accelerators(source) != accelerators(translation):
        found.append(f"{accelerators(source)} accelerator(s) became {accelerators(translation)}")
    if html_tags(source) != html_tags(translation):
        found.append(f"HTML {sorted(html_tags(source))} became {sorted(html_tags(translation))}")
    for side, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
        if (strip(source) != source) != (strip(translation) != translation):
            found.append(f"{side} space lost or added")
    return found


def test_the_checker_notices_what_a_translation_can_break() -> None:
    assert problems("&Amount ({currency}):", "&Importe ({currency}):") == []
    assert problems("{median:g} d ({share:.0%} within {target:g} d)", "{median:g} d ({share:.0%} dentro de {target:g} d)") == []
    assert problems("This must be an object ({{...}}).", "Esto debe ser un objeto ({{...}}).") == []
    assert problems("Fish && chips", "Pescado && patatas") == []
    assert problems("Hello {name}", "Hola {nombre}")
    assert problems("&Amount:", "Importe:")
    assert problems("&Amount:", "&Im&porte:")
    assert problems("%1 of %2", "%1 de")
    assert problems("Client: <a href='client'>{name}</a>", "Cliente: {name}")
    assert problems(" minutes", "minutos")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_its_placeholders(ts: Path) -> None:
    broken = [f"{context} {source!r} -> {text!r}: {'; '.join(found)}"
              for context, source, text, _kind in _messages(ts) if text
              for found in [problems(source, text)] if found]
    assert not broken, f"{ts.name}: {len(broken)} message(s) lose a placeholder:\n" + "\n".join(broken[:40])


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_file_is_compiled(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run scripts/update_translations.py {ts.stem.split('_', 1)[1]} --release"
    assert qm.stat().st_size > 16


def _collect() -> dict[str, dict[str, list[str]]]:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.collect()


@pytest.mark.parametrize("language", COMPLETE)
def test_a_complete_language_translates_every_string_in_the_code(language: str) -> None:
    ts = I18N / f"caseworker_{language}.ts"
    done = {(context, source) for context, source, text, kind in _messages(ts)
            if text and kind not in ("unfinished", "obsolete")}
    missing = sorted((context, source) for context, sources in _collect().items()
                     for source in sources if (context, source) not in done)
    assert not missing, (f"{len(missing)} string(s) have no {language} translation; run "
                         f"scripts/update_translations.py {language}, translate them and --release:\n"
                         + "\n".join(f"{c}: {s!r}" for c, s in missing[:40]))


def test_the_spanish_translation_is_loaded_by_the_app(qapp) -> None:
    from caseworker.domain.aid import KIND_LABELS, AidKind
    from caseworker.ui.i18n import tr, tr_domain
    from caseworker.ui.translations import install_translators

    installed = install_translators(qapp, "es")
    try:
        assert tr("My work") == "Mi trabajo"
        assert tr_domain(KIND_LABELS[AidKind.VOUCHER]) == "Vale"
        assert tr_domain("Page {page} of {pages}", page=1, pages=2) == "Página 1 de 2"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert tr("My work") == "My work"


def test_the_fill_script_lists_and_fills_untranslated_strings(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("fill_translations", ROOT / "scripts" / "fill_translations.py")
    fill = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill)
    update_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    update = importlib.util.module_from_spec(update_spec)
    update_spec.loader.exec_module(update)
    ts = tmp_path / "caseworker_xx.ts"
    update.write_ts(ts, "xx", {"Caseworker": {"Caseworker": [], "My work": []}, "caseworker": {"Caseworker": []}})
    assert fill.todo(ts) == {"Caseworker": "", "My work": ""}
    assert fill.fill(ts, {"Caseworker": "Caseworker", "caseworker|Caseworker": "Gestor", "My work": ""}) == (2, 1)
    by_context = {(c, s): t for c, s, t, _k in _messages(ts)}
    assert by_context == {("Caseworker", "Caseworker"): "Caseworker", ("Caseworker", "My work"): None,
                          ("caseworker", "Caseworker"): "Gestor"}
