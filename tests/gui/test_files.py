"""Files like a desktop app: unsaved-changes prompts, Save As, recent files, drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from pitchkit.core.project_file import load_project
from pitchkit.gui import kinds
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.recent_files import recent_files
from pitchkit.paths import example_project_path

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def edit(window: MainWindow) -> None:
    """One undoable change, as the form would make it."""
    window.session.set_field(kinds.PITCH, window.project.pitch, "ask", "A six-week pilot")


def test_new_asks_about_unsaved_changes(window, project_path, prompt_log):
    window.load(project_path)
    edit(window)
    assert window.isWindowModified()

    prompt_log.save_answers.append("cancel")
    window.new_action.trigger()
    assert prompt_log.save_questions == ["contoso.pitchkit"]
    assert window.path == project_path and window.project.pitch.ask == "A six-week pilot"

    prompt_log.save_answers.append("discard")
    window.new_action.trigger()
    assert window.path is None and window.project.stakeholders == []
    assert load_project(project_path).project.pitch.ask == ""  # nothing was saved


def test_answering_save_saves_before_opening(window, project_path, example_path, prompt_log):
    window.load(project_path)
    edit(window)
    prompt_log.save_answers.append("save")
    prompt_log.open_paths.append(str(example_path))
    window.open_action.trigger()
    assert load_project(project_path).project.pitch.ask == "A six-week pilot"
    assert window.path == example_path


def test_cancelling_open_keeps_everything(window, project_path, example_path, prompt_log):
    window.load(project_path)
    edit(window)
    prompt_log.save_answers.append("cancel")
    prompt_log.open_paths.append(str(example_path))
    window.open_action.trigger()
    assert window.path == project_path and window.isWindowModified()
    assert prompt_log.open_folders == []  # the file picker never opened


def test_close_prompt(window, qtbot, project_path, prompt_log):
    window.load(project_path)
    window.show()
    qtbot.waitExposed(window)
    edit(window)

    prompt_log.save_answers.append("cancel")
    assert not window.close()
    assert window.isVisible()

    prompt_log.save_answers.append("save")
    assert window.close()
    assert load_project(project_path).project.pitch.ask == "A six-week pilot"


def test_an_unmodified_window_closes_without_asking(window, project_path, prompt_log):
    window.load(project_path)
    assert window.close()
    assert prompt_log.save_questions == []


def test_saving_the_example_asks_where_and_never_touches_the_bundled_file(window, tmp_path, prompt_log):
    bundled = example_project_path().read_bytes()
    window.example_action.trigger()
    assert window.is_example and window.path is None
    edit(window)

    target = tmp_path / "mine.pitchkit"
    prompt_log.save_paths.append(str(target))
    window.save_action.trigger()
    assert prompt_log.save_suggestions[-1].endswith("northwind-peer-learning.pitchkit")
    assert window.path == target and not window.is_example
    assert example_project_path().read_bytes() == bundled
    assert load_project(target).project.pitch.ask == "A six-week pilot"


def test_save_as_adds_the_suffix_and_remembers_the_folder(window, project_path, tmp_path, prompt_log):
    window.load(project_path)
    (tmp_path / "elsewhere").mkdir()
    prompt_log.save_paths.append(str(tmp_path / "elsewhere" / "copy"))
    window.save_as_action.trigger()
    assert window.path == tmp_path / "elsewhere" / "copy.pitchkit"
    assert window.windowTitle() == "copy.pitchkit[*] — PitchKit"

    window.new_action.trigger()
    window.save_as_action.trigger()  # cancelled; it started in the folder used last
    assert prompt_log.save_suggestions[-1].startswith(str(tmp_path / "elsewhere"))


def test_a_failed_save_says_why_and_stays_modified(window, project_path, tmp_path, prompt_log):
    window.load(project_path)
    edit(window)
    prompt_log.save_paths.append(str(tmp_path / "no-such-folder" / "x.pitchkit"))
    window.save_as_action.trigger()
    assert len(prompt_log.errors) == 1
    assert "x.pitchkit" in prompt_log.errors[0]
    assert window.isWindowModified() and window.path == project_path


def test_recent_files(window, project_path, example_path, tmp_path, prompt_log):
    window.load(project_path)
    window.load(example_path)
    assert recent_files()[:2] == [str(example_path), str(project_path)]
    items = [window.start_page.recent_list.item(i).toolTip() for i in range(2)]
    assert items == [str(example_path), str(project_path)]

    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    menu.actions()[1].trigger()
    assert window.path == project_path

    project_path.unlink()
    assert not window.open_path(str(project_path))
    assert prompt_log.errors == [f"{project_path}: no such file; check the name and folder"]
    assert str(project_path) not in recent_files()


def test_dropping_a_file_opens_it(window, project_path, broken_path, prompt_log):
    def drop(path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        window.dropEvent(event)

    assert window.acceptDrops()
    drop(project_path)
    assert window.path == project_path
    drop(broken_path)
    assert "not valid JSON" in prompt_log.errors[0]
    assert window.path == project_path
