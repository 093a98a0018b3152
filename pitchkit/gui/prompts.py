"""Small modal prompts (message boxes, file pickers) behind plain functions.

Windows call these instead of QMessageBox / QFileDialog directly, so a test replaces one
function with a recorder instead of driving a modal event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported where used: PySide builds their enum classes
# (~4 ms) when the names are first imported, which the first screen need not wait for.

PROJECT_FILTER = QT_TRANSLATE_NOOP("prompts", "PitchKit projects (*.pitchkit);;All files (*)")


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def show_error(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something failed; `text` is the full message (file, place, problem)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title or translate("prompts", "PitchKit"), text)


def show_warning(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something worked, but with a caveat they should know about."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title or translate("prompts", "PitchKit"), text)


def about_text(version: str) -> str:
    """What Help ▸ About says."""
    return translate(
        "prompts",
        "<h3>PitchKit {version}</h3>"
        "<p>Plan a social-learning pitch: map the stakeholders, their resistances and "
        "business problems, and generate proposals tailored to each audience.</p>"
        "<p>Works offline; projects are plain files you can share.</p>"
    ).format(version=version)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    """The Help > About box (`text` may be rich text)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def ask_open_path(parent: QWidget | None, folder: str) -> str:
    """Ask for a project file to open, starting in `folder`; "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getOpenFileName(
        parent, translate("prompts", "Open Project"), folder, translate("prompts", PROJECT_FILTER)
    )
    return path


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save, starting at `suggested` (a folder or a file); "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getSaveFileName(
        parent, translate("prompts", "Save Project As"), suggested, translate("prompts", PROJECT_FILTER)
    )
    return path


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Unsaved changes to `name`: "save", "discard" or "cancel"."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("prompts", "Unsaved Changes"))
    box.setText(translate("prompts", "Save the changes to “{name}” before closing it?").format(name=name))
    box.setInformativeText(translate("prompts", "If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def _choose(parent: QWidget | None, title: str, text: str, info: str, choices: list[tuple[str, str]]) -> str:
    """A message box with one button per (answer, label); the last choice is Escape."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(info)
    buttons = {}
    for index, (answer, label) in enumerate(choices):
        role = QMessageBox.ButtonRole.RejectRole if index == len(choices) - 1 else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = answer
    box.setEscapeButton(next(b for b, a in buttons.items() if a == choices[-1][0]))
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])


def ask_lock_choice(parent: QWidget | None, path: str, holder: str) -> str:
    """The project is open elsewhere: "read-only", "anyway" or "cancel"."""
    return _choose(
        parent,
        translate("prompts", "Project Open Elsewhere"),
        translate("prompts", "“{path}” is already open: {holder}.").format(path=path, holder=holder),
        translate("prompts", "Open it read-only to look without changing it, or open it anyway if you are sure "
            "nobody else is editing it (the last one to save wins)."),
        [("read-only", translate("prompts", "Open Read-Only")), ("anyway", translate("prompts", "Open Anyway")), ("cancel", translate("prompts", "Cancel"))],
    )


def ask_read_only_file(parent: QWidget | None, path: str) -> str:
    """The file to save over is read-only: "save-as", "make-writable" or "cancel"."""
    return _choose(
        parent,
        translate("prompts", "File Is Read-Only"),
        translate("prompts", "“{path}” is read-only, so PitchKit has not replaced it.").format(path=path),
        translate("prompts", "Save your version under another name, or make the file writable and save over it."),
        [("save-as", translate("prompts", "Save As…")), ("make-writable", translate("prompts", "Make Writable and Save")), ("cancel", translate("prompts", "Cancel"))],
    )


def ask_external_change(parent: QWidget | None, path: str) -> str:
    """The file changed on disk since it was opened: "reload", "overwrite", "save-as" or "cancel"."""
    return _choose(
        parent,
        translate("prompts", "File Changed on Disk"),
        translate("prompts", "“{path}” was changed by someone or something else since you opened it.").format(path=path),
        translate("prompts", "Reload it (your unsaved changes are lost), overwrite it with your version (the other "
            "version is kept as a .bak file), or save yours under another name."),
        [
            ("save-as", translate("prompts", "Save As…")),
            ("overwrite", translate("prompts", "Overwrite")),
            ("reload", translate("prompts", "Reload")),
            ("cancel", translate("prompts", "Cancel")),
        ],
    )


def ask_restore(parent: QWidget | None, description: str) -> str:
    """Unsaved work from a crash was found: "restore", "discard" or "later"."""
    return _choose(
        parent,
        translate("prompts", "Restore Unsaved Work?"),
        translate("prompts", "PitchKit closed without saving this work:\n{what}").format(what=description),
        translate("prompts", "Restore opens it as an unsaved project; Discard deletes it; Later asks again next time."),
        [("restore", translate("prompts", "Restore")), ("discard", translate("prompts", "Discard")), ("later", translate("prompts", "Later"))],
    )
