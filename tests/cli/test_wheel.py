"""A non-editable wheel install runs every command from its own copy of resources and templates."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory) -> Path:
    """A fresh venv with the built wheel installed; dependencies come from the test venv."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=300,
    )
    wheel = next(dist.glob("pitchkit-*.whl"))
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    env_python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(env_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    # The dependencies are already installed in the test venv: reuse them instead of downloading.
    (Path(purelib) / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", purelib, str(wheel)],
        check=True,
        timeout=300,
    )
    return env_dir


@pytest.mark.slow
def test_wheel_contains_resources_and_templates(wheel_env):
    dist = next((wheel_env.parent / "dist").glob("pitchkit-*.whl"))
    names = zipfile.ZipFile(dist).namelist()
    assert any(n.startswith("pitchkit/resources/examples/") and n.endswith(".pitchkit") for n in names)
    assert any(n.startswith("pitchkit/templates/") and n.endswith(".md.j2") for n in names)
    assert "pitchkit/resources/reference.docx" in names
    assert "pitchkit/i18n/pitchkit_nl.qm" in names  # the app in Dutch
    assert {"pitchkit/templates/nl/proposal.md.j2", "pitchkit/templates/nl/_woorden.j2",
            "pitchkit/resources/playbook.nl.json"} <= set(names)  # documents and playbook in Dutch
    assert {"pitchkit/docs/nl/user-guide.md", "pitchkit/docs/nl/playbook.md"} <= set(names)  # help in Dutch


@pytest.mark.slow
def test_wheel_commands_run_outside_the_checkout(wheel_env, tmp_path):
    python = str(wheel_env / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}

    def pk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [python, "-m", "pitchkit", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )

    where = subprocess.run(
        [python, "-c", "import pitchkit, pitchkit.paths as p; print(pitchkit.__file__); print(p.templates_dir())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    ).stdout
    assert str(ROOT) not in where, "the wheel test must not import the checkout"

    assert pk("new", "--example", "ex.pitchkit").returncode == 0
    check = pk("check", "ex.pitchkit")
    assert check.returncode == 0, check.stderr
    for fmt in ("docx", "md", "html"):
        result = pk("export", "ex.pitchkit", "-f", fmt, "-o", f"out.{fmt}")
        assert result.returncode == 0, result.stderr
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0
    headings = [p for p in Document(str(tmp_path / "out.docx")).paragraphs if p.style.name.startswith("Heading")]
    assert headings
    listing = pk("templates")
    assert "proposal" in listing.stdout
