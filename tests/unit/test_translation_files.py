"""The shipped translations are complete and keep what the code fills in.

A translation that drops ``{name}`` or ``%1`` shows the user a sentence with a hole in it (or, for
``str.format``, the untranslated English: ``tr_domain`` falls back when a key is missing); one that
loses a tag breaks the rich text; one with two ``&`` accelerators leaves a stray ampersand on screen.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "caseworker" / "i18n"
TS_FILES = sorted(I18N.glob("caseworker_*.ts"))

# {name}, {n:g}, {{literal braces}}; %1…%9 (and %L1); HTML tags; character entities.
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?[1-9]|<[^<>]+>|&[a-zA-Z]+;|&#\d+;")
ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return ENTITY.sub("", text).replace("&&", "").count("&")


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """Every untranslated message, lost or invented placeholder and doubled accelerator in *ts*."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            where = f"{name}: {source!r}"
            if kind == "unfinished":
                found.append(f"{where} is not translated")
                continue
            for text in translations(message):
                if not text.strip():
                    found.append(f"{where} has an empty translation")
                elif placeholders(text) != placeholders(source):
                    missing = placeholders(source) - placeholders(text)
                    extra = placeholders(text) - placeholders(source)
                    found.append(f"{where} → {text!r}: missing {sorted(missing.elements())}, "
                                 f"extra {sorted(extra.elements())}")
                elif accelerators(text) > 1:
                    found.append(f"{where} → {text!r} has more than one & accelerator")
    return found


def write_ts(path: Path, source: str, translation: str, kind: str = "") -> Path:
    attrs = f' type="{kind}"' if kind else ""
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="xx">'
                    f"<context><name>Caseworker</name><message><source>{source}</source>"
                    f"<translation{attrs}>{translation}</translation></message></context></TS>\n",
                    encoding="utf-8")
    return path


def test_there_are_translations_to_check() -> None:
    assert any(ts.name == "caseworker_ar.ts" for ts in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    assert problems(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_is_compiled_for_the_app(ts: Path, tmp_path: Path) -> None:
    """The shipped .qm is the one its .ts compiles to (lrelease is deterministic), so no edit is left out."""
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run scripts/update_translations.py LANG --release"
    fresh = tmp_path / qm.name
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(ts), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == qm.read_bytes(), \
        f"{qm.name} is older than {ts.name}: run scripts/update_translations.py LANG --release"


@pytest.mark.parametrize(("source", "translation", "kind", "complaint"), [
    ("Save", "", "unfinished", "not translated"),
    ("Save", "", "", "empty translation"),
    ("Hello, {name}", "Bonjour", "", "missing ['{name}']"),
    ("Hello, {name}", "Bonjour, {nom}", "", "extra ['{nom}']"),
    ("Page %1 of %2", "Page %1", "", "missing ['%2']"),
    ("Client: &lt;a href='client'&gt;{name}&lt;/a&gt;", "Client : {name}", "", "missing"),
    ("&amp;Save", "&amp;En&amp;registrer", "", "more than one &amp; accelerator"),
])
def test_the_check_catches_a_broken_translation(tmp_path: Path, source, translation, kind, complaint) -> None:
    found = problems(write_ts(tmp_path / "caseworker_xx.ts", source, translation, kind))
    assert len(found) == 1
    assert complaint.replace("&amp;", "&") in found[0]


def test_the_check_accepts_a_faithful_translation(tmp_path: Path) -> None:
    ts = write_ts(tmp_path / "caseworker_xx.ts", "&amp;Amount ({currency}): %1 &lt;b&gt;x&lt;/b&gt;",
                  "&amp;Montant ({currency}) : %1 &lt;b&gt;x&lt;/b&gt;")
    assert problems(ts) == []


def test_the_arabic_translation_is_used_by_the_window(qapp) -> None:
    from caseworker.domain.aid import KIND_LABELS, AidKind
    from caseworker.ui.i18n import tr, tr_domain
    from caseworker.ui.translations import install_translators

    installed = install_translators(qapp, "ar")
    try:
        assert any(t.language().startswith("ar") for t in installed)
        assert tr("My work") == "عملي"
        assert tr_domain(KIND_LABELS[AidKind.VOUCHER]) == "قسيمة"
        assert tr_domain("This supporter has asked not to be contacted by {channel}.", channel="phone calls") \
            == "طلب هذا الداعم عدم التواصل معه عبر المكالمات الهاتفية."
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert tr("My work") == "My work"
