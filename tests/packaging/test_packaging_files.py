"""The build definitions that cannot run here (Windows, macOS, CI) are at least well formed and
consistent with the one version number, the pinned requirements and the files they name."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from caseworker import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.caseworker.Caseworker"


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0]).lower()


def test_the_build_requirements_pin_every_dependency_and_no_test_tool() -> None:
    lines = [line.strip() for line in (PACKAGING / "requirements-build.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert all("==" in line for line in lines), "every build requirement is pinned to one version"
    pinned = {_name(line) for line in lines}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert {_name(d) for d in project["dependencies"]} <= pinned
    assert not {_name(d) for d in project["optional-dependencies"]["test"]} & pinned
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= pinned


def test_the_ci_workflow_parses_and_names_files_that_exist() -> None:
    text = (PACKAGING / "ci" / "build.yml").read_text()
    workflow = yaml.safe_load(text)
    assert set(workflow["jobs"]) == {"linux", "windows", "macos"}
    for name, job in workflow["jobs"].items():
        assert job["runs-on"] and job["steps"], name
        assert any(step.get("uses", "").startswith("actions/setup-python") and step["with"]["python-version"] == "3.11"
                   for step in job["steps"]), name
    for path in re.findall(r"packaging[/\\][\w./\\-]+\.(?:sh|spec|iss|txt|py)", text):
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    assert not (ROOT / ".github").exists(), "the workflow must not run anywhere yet"


def test_the_spec_is_python_and_reads_the_version_from_its_one_place() -> None:
    source = (PACKAGING / "caseworker.spec").read_text()
    compile(source, "caseworker.spec", "exec")
    assert '"caseworker" / "__init__.py"' in source and "__version__" in source
    assert f'BUNDLE_ID = "{APP_ID}"' in source
    assert re.search(r'^__version__ = "(\d+\.\d+\.\d+)"$', (ROOT / "caseworker" / "__init__.py").read_text(), re.M)


def test_the_windows_version_resource_is_filled_from_the_version() -> None:
    template = (PACKAGING / "windows" / "version_info.txt").read_text()
    numbers = tuple(int(n) for n in __version__.split(".")) + (0,)
    filled = template.replace("@VERSION_TUPLE@", repr(numbers)).replace("@VERSION@", __version__)
    assert "@" not in filled.replace("@VERSION", "")
    assert f"filevers={numbers!r}" in filled and f"StringStruct('ProductVersion', '{__version__}')" in filled
    assert filled.count("(") == filled.count(")")


def test_the_windows_installer_definition_names_what_it_installs() -> None:
    iss = (PACKAGING / "windows" / "caseworker.iss").read_text()
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert "{#AppVersion}" in iss and "#error" in iss, "the version is passed in, never written twice"
    for relative in re.findall(r"^(?:LicenseFile|SetupIconFile)=\.\.\\\.\.\\(.+)$", iss, re.M):
        if not relative.startswith("build\\"):
            assert (ROOT / relative.replace("\\", "/")).is_file(), relative
    assert r'Source: "..\..\dist\caseworker\*"' in iss


def test_the_desktop_entry_starts_the_installed_bundle() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert section["Exec"] == section["TryExec"] == "/opt/caseworker/caseworker"
    assert section["Icon"] == APP_ID
    make_deb = (PACKAGING / "linux" / "make_deb.sh").read_text()
    assert "ln -s /opt/caseworker/caseworker" in make_deb and "app_id=" + APP_ID in make_deb


def test_the_icons_are_made_in_the_usual_sizes(tmp_path: Path) -> None:
    from PIL import Image

    # As the build runs it: a script of its own (it starts a Qt application to draw).
    made = subprocess.run([sys.executable, str(PACKAGING / "icons" / "make_icons.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(tmp_path / f"caseworker-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255, "the icon is drawn, not blank"
    with Image.open(tmp_path / "caseworker.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "caseworker.icns") as icns:
        assert icns.format == "ICNS" and icns.size[0] >= 512


@pytest.mark.parametrize("name", [".gitignore"])
def test_build_outputs_are_never_committed(name: str) -> None:
    ignored = (ROOT / name).read_text().split()
    assert {"build/", "dist/"} <= set(ignored)


def test_the_window_carries_the_app_icon_and_the_menu_entry_name(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from caseworker.ui.application import APP_ICON, APP_ID, make_app

    app = make_app()
    assert APP_ICON.is_file() and APP_ID == "org.caseworker.Caseworker"
    assert not app.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == APP_ID
    assert app.applicationVersion() == __version__


def test_the_desktop_entry_passes_the_freedesktop_validator() -> None:
    import shutil

    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(PACKAGING / "linux" / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
