"""GUI test set-up: no modal prompt ever blocks, settings live in tmp, small test projects."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pitchkit.core.model import Pitch, Project, Stakeholder, Stance
from pitchkit.core.project_file import save_project
from pitchkit.gui import export_prompts, prompts


@dataclass
class PromptLog:
    """What the code under test asked the user; the lists of answers are used in order."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)
    open_paths: list[str] = field(default_factory=list)
    open_folders: list[str] = field(default_factory=list)
    #: Answers for Save As pickers, in order ("" = cancelled when none is left).
    save_paths: list[str] = field(default_factory=list)
    save_suggestions: list[str] = field(default_factory=list)
    #: Answers to "save changes?" ("save", "discard", "cancel"); "discard" when none is left.
    save_answers: list[str] = field(default_factory=list)
    save_questions: list[str] = field(default_factory=list)
    #: Other choices asked (lock, external change, restore, export); "cancel"-like when none is left.
    choices: list[tuple[str, str]] = field(default_factory=list)
    choice_answers: list[str] = field(default_factory=list)
    opened_in_viewer: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def prompt_log(monkeypatch) -> PromptLog:
    """Replace every modal prompt with a recorder."""
    log = PromptLog()

    def show_error(parent, text, *, title=""):
        log.errors.append(text)

    def show_warning(parent, text, *, title=""):
        log.warnings.append(text)

    def show_about(parent, title, text):
        log.abouts.append(text)

    def ask_open_path(parent, folder):
        log.open_folders.append(folder)
        return log.open_paths.pop(0) if log.open_paths else ""

    def ask_save_path(parent, suggested):
        log.save_suggestions.append(suggested)
        return log.save_paths.pop(0) if log.save_paths else ""

    def ask_save_changes(parent, name):
        log.save_questions.append(name)
        return log.save_answers.pop(0) if log.save_answers else "discard"

    def choose(kind: str, default: str):
        def ask(parent, *args):
            log.choices.append((kind, " ".join(str(a) for a in args)))
            return log.choice_answers.pop(0) if log.choice_answers else default

        return ask

    def open_in_viewer(path):
        log.opened_in_viewer.append(str(path))
        return True

    # Safe defaults: never take over someone's lock, never overwrite, never delete recovered work.
    monkeypatch.setattr(prompts, "ask_lock_choice", choose("lock", "cancel"))
    monkeypatch.setattr(prompts, "ask_external_change", choose("external-change", "cancel"))
    monkeypatch.setattr(prompts, "ask_read_only_file", choose("read-only-file", "cancel"))
    monkeypatch.setattr(prompts, "ask_restore", choose("restore", "later"))
    monkeypatch.setattr(export_prompts, "ask_export_path", choose("export-path", ""))
    monkeypatch.setattr(export_prompts, "ask_reference_docx", choose("reference-docx", ""))
    monkeypatch.setattr(export_prompts, "open_in_viewer", open_in_viewer)
    monkeypatch.setattr(prompts, "ask_save_path", ask_save_path)
    monkeypatch.setattr(prompts, "ask_save_changes", ask_save_changes)
    monkeypatch.setattr(prompts, "show_error", show_error)
    monkeypatch.setattr(prompts, "show_warning", show_warning)
    monkeypatch.setattr(prompts, "show_about", show_about)
    monkeypatch.setattr(prompts, "ask_open_path", ask_open_path)
    _patch_sharing(monkeypatch, log, choose)
    return log


def _patch_sharing(monkeypatch, log: PromptLog, choose) -> None:
    """The sheet pickers answer "" (cancel); the privacy report goes on with the choice it was given."""
    from pitchkit.gui import sharing_actions
    from pitchkit.gui.sharing_dialog import SharingDialog

    def go_on(cls, parent, title, make_report, choice, *, always_anonymised=False):
        log.choices.append(("sharing", title))
        return choice, True

    monkeypatch.setattr(sharing_actions, "ask_sheet_path", choose("sheet-path", ""))
    monkeypatch.setattr(sharing_actions, "ask_register_path", choose("register-path", ""))
    monkeypatch.setattr(SharingDialog, "get_value", classmethod(go_on))


@pytest.fixture(autouse=True)
def isolated_qsettings(isolated_app_folders):
    """Qt reads XDG_CONFIG_HOME once per process; point it at this test's folder explicitly."""
    config = str(isolated_app_folders / "config")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, config)
    return Path(config)


@pytest.fixture
def sample_project() -> Project:
    """A fresh project with three stakeholders whose columns sort differently by name, power and stance."""
    return Project(
        title="Peer learning pilot",
        pitch=Pitch(organisation="Contoso Manufacturing"),
        stakeholders=[
            Stakeholder(
                id="s-cfo",
                name="Dana Ruiz",
                role="CFO",
                department="Finance",
                power=9,
                interest=4,
                stance=Stance.RESISTANT,
                stance_wanted=Stance.NEUTRAL,
                notes="Wants numbers before stories.",
            ),
            Stakeholder(
                id="s-hr",
                name="Ben Okafor",
                role="HR Director",
                department="People",
                power=7.5,
                interest=8,
                stance=Stance.SUPPORTIVE,
                stance_wanted=Stance.LEADING,
            ),
            Stakeholder(
                id="s-it",
                name="Alex Chen",
                role="IT Security Lead",
                department="IT",
                power=3,
                interest=6,
                stance=Stance.UNAWARE,
            ),
        ],
    )


@pytest.fixture
def project_path(tmp_path, sample_project) -> Path:
    """A saved three-stakeholder project."""
    path = tmp_path / "contoso.pitchkit"
    save_project(sample_project, path, backup=False)
    return path


@pytest.fixture
def broken_path(tmp_path) -> Path:
    """A file that is not valid JSON."""
    path = tmp_path / "broken.pitchkit"
    path.write_text('{"format": "pitchkit", "version": 1,,}\n', encoding="utf-8")
    return path
