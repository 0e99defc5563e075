"""Collect every translatable string into Qt Linguist files, and compile them.

    .venv/bin/python scripts/update_translations.py LANG [--release]

Strings are the literal first arguments of ``tr("…")`` (context ``Caseworker``), ``N_("…")``
(context ``caseworker``: messages of the Qt-free layers) and ``QCoreApplication.translate(ctx, "…")``.
Existing translations in ``caseworker/i18n/caseworker_LANG.ts`` are kept; strings no longer in the
code are marked obsolete rather than dropped. ``--release`` compiles the .qm the app loads.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "caseworker"
I18N = PACKAGE / "i18n"
CONTEXTS = {"tr": "Caseworker", "N_": "caseworker"}


def collect(package: Path = PACKAGE) -> dict[str, dict[str, list[str]]]:
    """{context: {source text: [file:line, ...]}} for every translatable literal."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else None
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            if name in CONTEXTS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                context = CONTEXTS[name]
                if name == "tr" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                    context = node.args[1].value
                found[context][first.value].append(where)
            elif name == "translate" and len(node.args) >= 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                found[node.args[0].value][node.args[1].value].append(where)
    return found


def write_ts(path: Path, language: str, strings: dict[str, dict[str, list[str]]]) -> int:
    """Merge *strings* into the .ts file at *path*; returns the number of messages."""
    existing: dict[tuple[str, str], ET.Element] = {}
    if path.exists():
        for ctx in ET.parse(path).getroot().iter("context"):
            ctx_name = ctx.findtext("name", "")
            for message in ctx.iter("message"):
                existing[(ctx_name, message.findtext("source", ""))] = message.find("translation")
    root = ET.Element("TS", version="2.1", language=language)
    count = 0
    for ctx_name in sorted(set(strings) | {c for c, _s in existing}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = ctx_name
        sources = strings.get(ctx_name, {})
        for source in sorted(set(sources) | {s for c, s in existing if c == ctx_name}):
            message = ET.SubElement(ctx, "message")
            for where in sources.get(source, [])[:3]:
                file, line = where.rsplit(":", 1)
                ET.SubElement(message, "location", filename=file, line=line)
            ET.SubElement(message, "source").text = source
            old = existing.get((ctx_name, source))
            translation = ET.SubElement(message, "translation")
            if old is not None and old.text:
                translation.text = old.text
                if source not in sources:
                    translation.set("type", "obsolete")
            else:
                translation.set("type", "unfinished")
            count += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return count


def release(ts: Path, qm: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language", help="a language code such as fr, es, pt_BR")
    parser.add_argument("--release", action="store_true", help="also compile the .qm file")
    args = parser.parse_args()
    ts = I18N / f"caseworker_{args.language}.ts"
    count = write_ts(ts, args.language, collect())
    print(f"{ts.relative_to(ROOT)}: {count} messages")
    if args.release:
        release(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
