"""Export PDF names the file as people quote the record and says in the window where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caseworker import exports
from caseworker.domain.cases import CaseDraft
from caseworker.ui import export
from tests.cases.conftest import Office, office  # noqa: F401 - the fixture

pytestmark = pytest.mark.sqlite_only


def test_suggested_names_use_the_reference_and_stay_safe() -> None:
    assert exports.default_file_name(exports.Kind.CASE_SUMMARY, 64) == "case-summary-C-000064.pdf"
    assert exports.default_file_name(exports.Kind.INTRODUCTION, 7) == "introduction-C-000007.pdf"
    assert exports.default_file_name(exports.Kind.RECEIPT, 12, reference="R 2026/0042") == "receipt-R-2026-0042.pdf"
    assert exports.safe_file_part("../../etc/passwd") == "etc-passwd"
    assert exports.safe_file_part("Año: 2026*?") == "Ano-2026"


def test_the_case_export_suggests_its_reference_and_the_status_bar_says_where(
        office: Office, open_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: F811
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Rent arrears",
                                                     assignee_id=office.priya.actor.user_id))
    suggested: list[str] = []
    out = tmp_path / "exports" / "summary.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(export, "ask_save_path", lambda _parent, name, *a: suggested.append(name) or out)
    monkeypatch.setattr(export, "open_file", lambda path: None)
    folders: list[str] = []
    monkeypatch.setattr(export.QDesktopServices, "openUrl", lambda url: folders.append(url.toLocalFile()))
    window = open_window(office.priya)
    section = window.section_for_kind("case")
    window.show_section(section)
    section.list.select_id(case.id)
    assert window.open_folder_button.isHidden()
    qtbot.mouseClick(section.detail.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    assert suggested == [f"case-summary-{case.reference}.pdf"]
    message = window.statusBar().currentMessage()
    assert "summary.pdf" in message and str(out.parent) in message
    assert not window.open_folder_button.isHidden()
    from caseworker.ui import main_window

    monkeypatch.setattr(main_window.QDesktopServices, "openUrl", lambda url: folders.append(url.toLocalFile()))
    window.open_folder_button.click()
    assert folders == [str(out.parent)]
