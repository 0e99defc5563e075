"""Every user-visible string can be translated: found by the extractor, loaded at run time."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_extractor_finds_window_and_domain_strings() -> None:
    strings = load_script().collect()
    assert "My work" in strings["Caseworker"]
    assert "Over the client's cap: {fund} gives at most {cap} {window}; this client already has " \
           "{total}, so at most {remaining} more can be given." in strings["caseworker"]


def test_a_translation_is_loaded_and_used(tmp_path: Path, qapp, monkeypatch) -> None:
    from caseworker.domain.aid import KIND_LABELS, AidKind
    from caseworker.ui import translations
    from caseworker.ui.i18n import tr, tr_domain

    script = load_script()
    ts = tmp_path / "caseworker_fr.ts"
    script.write_ts(ts, "fr", {"Caseworker": {"My work": []}, "caseworker": {KIND_LABELS[AidKind.VOUCHER]: []}})
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.text = {"My work": "Mon travail", "Voucher": "Bon"}[message.findtext("source")]
        translation.attrib.clear()
    tree.write(ts, encoding="utf-8")
    script.release(ts, ts.with_suffix(".qm"))
    monkeypatch.setattr(translations, "I18N_DIR", tmp_path)
    installed = translations.install_translators(qapp, "fr")
    try:
        assert tr("My work") == "Mon travail"
        assert tr_domain(KIND_LABELS[AidKind.VOUCHER]) == "Bon"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    assert tr("My work") == "My work"


def test_an_unknown_language_falls_back_to_english(qapp) -> None:
    from caseworker.ui.i18n import tr
    from caseworker.ui.translations import install_translators

    installed = install_translators(qapp, "xx")
    for t in installed:
        qapp.removeTranslator(t)
    assert tr("My work") == "My work"
