"""A person's data written out: JSON for machines and a readable PDF, from one gathering.

No Qt here: the window runs this off its GUI thread, the command line runs it directly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseworker.services.org_settings import load_org_settings
from caseworker.services.paperwork import organisation

if TYPE_CHECKING:
    from caseworker.services.container import Services
    from caseworker.services.person_data import PersonData


@dataclass(frozen=True)
class PersonFiles:
    json_path: Path
    pdf_path: Path
    pages: int


def export_person(services: Services, record_type: str, ident: int, folder: Path | str) -> PersonFiles:
    """``{record_type}-{id}.json`` and ``.pdf`` in *folder* (file names never carry the person's name)."""
    data = services.person_data.export(record_type, ident)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{record_type}-{ident}-data"
    json_path = folder / f"{stem}.json"
    partial = json_path.with_name(f".{json_path.name}.partial")
    partial.write_text(json.dumps(data.as_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, json_path)
    from caseworker.reports.documents.person_data import PersonDataDocument, render_person_data

    doc = PersonDataDocument(organisation(load_org_settings(services.db)), record_type, ident, data.name,
                             _sections(data))
    pdf_path = folder / f"{stem}.pdf"
    result = render_person_data(doc, pdf_path, made_by=services.actor.display_name, made_at=datetime.now(UTC))
    return PersonFiles(json_path, pdf_path, result.pages)


def _sections(data: PersonData) -> tuple[tuple[str, tuple[tuple[tuple[str, str], ...], ...]], ...]:
    return tuple((heading, tuple(tuple((k, _text(v)) for k, v in record.items()) for record in records))
                 for heading, records in data.sections.items())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
