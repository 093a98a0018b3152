"""Preferences: the user's choices that outlive a project, kept in QSettings, and their dialog.

The keys of the reference document and the export folder are the ones the Generate step
already remembers, so choosing them there or here is the same choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pitchkit.gui.settings import LANGUAGE_KEY, THEME_KEY, gui_settings
from pitchkit.gui.theme import apply_theme

__all__ = ["Preferences", "PreferencesDialog", "apply_theme"]

REFERENCE_KEY = "generate/reference_docx"
FOLDER_KEY = "generate/folder"
AUTOSAVE_KEY = "files/autosave_minutes"

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "nl")
AUTOSAVE_RANGE = (1, 60)


def _choice(value: object, allowed: tuple[str, ...]) -> str:
    text = str(value or "").strip().lower()
    return text if text in allowed else allowed[0]


@dataclass
class Preferences:
    """The values of the Preferences dialog; `load` never fails on a hand-edited settings file."""

    theme: str = "system"
    reference_docx: str = ""
    export_folder: str = ""
    autosave_minutes: int = 1
    language: str = "system"

    @classmethod
    def load(cls) -> Preferences:
        settings = gui_settings()
        try:
            minutes = int(str(settings.value(AUTOSAVE_KEY, 1)))
        except ValueError:
            minutes = 1
        low, high = AUTOSAVE_RANGE
        return cls(
            theme=_choice(settings.value(THEME_KEY), THEMES),
            reference_docx=str(settings.value(REFERENCE_KEY, "") or ""),
            export_folder=str(settings.value(FOLDER_KEY, "") or ""),
            autosave_minutes=min(high, max(low, minutes)),
            language=_choice(settings.value(LANGUAGE_KEY), LANGUAGES),
        )

    def save(self) -> None:
        settings = gui_settings()
        settings.setValue(THEME_KEY, self.theme)
        settings.setValue(REFERENCE_KEY, self.reference_docx)
        settings.setValue(FOLDER_KEY, self.export_folder)
        settings.setValue(AUTOSAVE_KEY, self.autosave_minutes)
        settings.setValue(LANGUAGE_KEY, self.language)

    @property
    def autosave_ms(self) -> int:
        return self.autosave_minutes * 60_000


class _PathField(QWidget):
    """A line edit with a Browse… button and a Clear button."""

    def __init__(self, placeholder: str, browse: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)


class PreferencesDialog(QDialog):
    """Edit ▸ Preferences…: theme, default reference .docx, export folder, autosave, language."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox(self)
        for key, label in zip(THEMES, (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")), strict=True):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(THEMES.index(preferences.theme))
        self.reference = _PathField(self.tr("PitchKit's own Word styles"), self._browse_reference, self)
        self.reference.edit.setText(preferences.reference_docx)
        self.folder = _PathField(self.tr("The project's folder"), self._browse_folder, self)
        self.folder.edit.setText(preferences.export_folder)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setValue(preferences.autosave_minutes)
        self.language = QComboBox(self)
        for key, label in zip(LANGUAGES, (self.tr("Follow the system"), "English", "Nederlands"), strict=True):
            self.language.addItem(label, key)
        self.language.setCurrentIndex(LANGUAGES.index(preferences.language))
        language_note = QLabel(self.tr("A new language is used from the next start."), self)
        language_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Default &reference .docx:"), self.reference)
        form.addRow(self.tr("Default &export folder:"), self.folder)
        form.addRow(self.tr("&Autosave every:"), self.autosave)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", language_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def value(self) -> Preferences:
        return Preferences(
            theme=str(self.theme.currentData()),
            reference_docx=self.reference.edit.text().strip(),
            export_folder=self.folder.edit.text().strip(),
            autosave_minutes=self.autosave.value(),
            language=str(self.language.currentData()),
        )

    @classmethod
    def get_value(cls, parent: QWidget | None, preferences: Preferences) -> tuple[Preferences, bool]:
        """Show the dialog; the edited preferences and whether the user chose OK (tests replace this)."""
        dialog = cls(preferences, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted

    @Slot()
    def _browse_reference(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Default reference document"), self.reference.edit.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.reference.edit.setText(path)

    @Slot()
    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Default export folder"), self.folder.edit.text())
        if path:
            self.folder.edit.setText(path)
