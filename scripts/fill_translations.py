"""Translate many strings at once, outside Qt Linguist.

    .venv/bin/python scripts/fill_translations.py es --todo todo.json     # the strings still to translate
    .venv/bin/python scripts/fill_translations.py es done.json [more.json]  # fill them in, then --release

``--todo`` writes ``{"source": ""}`` for every message of ``caseworker_LANG.ts`` that has no
translation yet; fill in the values and give the file back. A key ``"context|source"`` translates
the source only in that context (``"caseworker|Caseworker"``: the role, not the app's name).
Placeholders are checked by ``tests/unit/test_translation_files.py``; compile with
``update_translations.py LANG --release``.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "caseworker" / "i18n"


def todo(ts: Path) -> dict[str, str]:
    """Every source in *ts* still without a translation, mapped to an empty string."""
    pending: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or not translation.text:
            pending[message.findtext("source", "")] = ""
    return pending


def fill(ts: Path, translations: dict[str, str]) -> tuple[int, int]:
    """Write *translations* into *ts*; returns (messages filled, messages still untranslated)."""
    tree = ET.parse(ts)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = translations.get(f"{name}|{source}") or translations.get(source)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
            elif not translation.text:
                missing += 1
    root = tree.getroot()
    ET.indent(root)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return filled, missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language")
    parser.add_argument("files", nargs="*", type=Path, help="JSON files of {source: translation}")
    parser.add_argument("--todo", type=Path, help="write the untranslated sources to this JSON file")
    args = parser.parse_args()
    ts = I18N / f"caseworker_{args.language}.ts"
    if args.todo:
        pending = todo(ts)
        args.todo.write_text(json.dumps(pending, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(pending)} strings to translate in {args.todo}")
    translations: dict[str, str] = {}
    for file in args.files:
        translations.update(json.loads(file.read_text(encoding="utf-8")))
    if args.files:
        filled, missing = fill(ts, translations)
        print(f"{ts.relative_to(ROOT)}: {filled} filled, {missing} still untranslated")


if __name__ == "__main__":
    main()
