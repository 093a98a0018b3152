"""The desktop entry, the MIME type and `install-desktop` register PitchKit the freedesktop way."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pitchkit.core.model import Project
from pitchkit.core.project_file import save_project
from pitchkit.paths import example_project_path, icon_path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_entry_opens_pitchkit_files():
    entry = _desktop_entry(LINUX / "pitchkit.desktop")
    assert entry["Type"] == "Application"
    assert entry["MimeType"].split(";")[0] == "application/x-pitchkit"
    assert entry["Exec"].endswith(" %f")  # a double-clicked file reaches the app
    assert entry["Icon"] == "pitchkit"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "pitchkit.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def _magic_value() -> str:
    tree = ET.parse(LINUX / "pitchkit-mime.xml")
    mime = tree.getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == "application/x-pitchkit"
    globs = [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")]
    assert globs == ["*.pitchkit"]
    match = next(mime.iter(f"{MIME_NS}match"))
    assert match.get("offset") == "0:64"
    return match.get("value") or ""


def test_mime_magic_matches_every_saved_project(tmp_path):
    """The content sniffing rule holds for the example and for a file PitchKit saves now."""
    magic = _magic_value()
    saved = tmp_path / "blank.pitchkit"
    save_project(Project(), saved, backup=False)
    for path in (example_project_path(), saved):
        assert magic in path.read_text(encoding="utf-8")[: 64 + len(magic)], path


def test_icon_is_an_svg_the_package_ships():
    root = ET.parse(icon_path()).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"


def _install(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(data_home.parent)}
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "install_desktop.sh"), *args],
        capture_output=True, text=True, env=env, timeout=60,
    )


def test_install_desktop_registers_and_uninstalls(tmp_path):
    exe = tmp_path / "My Apps" / "pitchkit"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    data = tmp_path / "share"

    result = _install(data, str(exe))
    assert result.returncode == 0, result.stderr
    entry = _desktop_entry(data / "applications" / "pitchkit.desktop")
    assert entry["Exec"] == f'"{exe}" %f'  # quoted: the folder has a space
    assert (data / "mime" / "packages" / "pitchkit.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "pitchkit.svg").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-pitchkit.svg").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-pitchkit:*.pitchkit" in globs

    result = _install(data, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / "pitchkit.desktop").exists()
    assert not (data / "mime" / "packages" / "pitchkit.xml").exists()
    assert not list((data / "icons").rglob("pitchkit.*"))


def test_install_desktop_refuses_a_missing_program(tmp_path):
    result = _install(tmp_path / "share", str(tmp_path / "nowhere" / "pitchkit"))
    assert result.returncode == 1
    assert "not an executable" in result.stderr
    assert not (tmp_path / "share" / "applications" / "pitchkit.desktop").exists()
