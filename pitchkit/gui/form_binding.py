"""Binds form editors to the fields of one core record, both ways, through undo commands.

A user's edit becomes a `SetFieldCommand` (typing merges into one step per field until
the editor is left); when a command changes the record (undo, redo, the table), the editor
is updated without emitting another edit.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

if TYPE_CHECKING:  # editors of later steps: PySide builds a class's enums on its first import
    from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox

from pitchkit.gui.delegates import fill_enum_combo
from pitchkit.gui.fields import DateEdit, StakeholderChecklist, StakeholderCombo
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.session import ProjectSession


def split_list(text: str) -> list[str]:
    """ "a, b ,c" -> ["a", "b", "c"]."""
    return [part.strip() for part in text.split(",") if part.strip()]


class FieldBinding(QObject):
    """One editor bound to one field; subclasses read and write the editor."""

    typing = False

    def __init__(self, form: RecordForm, editor: QWidget, field: str) -> None:
        super().__init__(form)
        self.form = form
        self.editor = editor
        self.field = field
        if self.typing:
            editor.installEventFilter(self)

    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Show nothing (no record selected)."""

    @Slot()
    def commit(self) -> None:
        """Send the editor's value to the record as an undoable edit."""
        self.form.commit(self, self.read())

    @Slot()
    def end_typing(self) -> None:
        self.form.session.end_typing()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.form.session.end_typing()
        return False


class LineBinding(FieldBinding):
    typing = True

    def __init__(self, form: RecordForm, editor: QLineEdit, field: str) -> None:
        super().__init__(form, editor, field)
        editor.textEdited.connect(self.commit)
        editor.editingFinished.connect(self.end_typing)

    def read(self) -> str:
        return self.editor.text()

    def write(self, value: str) -> None:
        self.editor.setText(value)
        self.editor.setCursorPosition(0)  # a long text opens at its start, not scrolled to its end

    def clear(self) -> None:
        self.editor.clear()


class ListBinding(LineBinding):
    """A list of short texts typed comma-separated (tags, terms to avoid)."""

    def read(self) -> list[str]:
        return split_list(self.editor.text())

    def write(self, value: list[str]) -> None:
        super().write(", ".join(value))


class TextBinding(FieldBinding):
    typing = True

    def __init__(self, form: RecordForm, editor: QPlainTextEdit, field: str) -> None:
        super().__init__(form, editor, field)
        editor.textChanged.connect(self.commit)

    def read(self) -> str:
        return self.editor.toPlainText()

    def write(self, value: str) -> None:
        self.editor.setPlainText(value)

    def clear(self) -> None:
        self.editor.clear()


class EnumBinding(FieldBinding):
    def __init__(self, form: RecordForm, editor: QComboBox, field: str, choices: type[enum.Enum]) -> None:
        super().__init__(form, editor, field)
        self.choices = choices
        fill_enum_combo(editor, choices)
        editor.activated.connect(self.commit)

    def read(self) -> enum.Enum:
        return self.choices(self.editor.currentData())

    def write(self, value: enum.Enum) -> None:
        self.editor.setCurrentIndex(self.editor.findData(value.value))


class ComboTextBinding(FieldBinding):
    """An editable combo: pick a suggestion or type freely."""

    typing = True

    def __init__(self, form: RecordForm, editor: QComboBox, field: str, *, commit_picks: bool = True) -> None:
        super().__init__(form, editor, field)
        editor.lineEdit().textEdited.connect(self.commit)
        if commit_picks:  # else the page handles a pick (to change more than this field)
            editor.textActivated.connect(self.commit_picked)

    @Slot()
    def commit_picked(self) -> None:
        self.form.session.end_typing()
        self.commit()
        self.form.session.end_typing()

    def read(self) -> str:
        return self.editor.currentText()

    def write(self, value: str) -> None:
        # The matching suggestion becomes current, so arrow keys move on from it.
        index = self.editor.findText(value, Qt.MatchFlag.MatchFixedString)
        self.editor.setCurrentIndex(index)
        if index < 0:
            self.editor.setEditText(value)
        self.editor.lineEdit().setCursorPosition(0)

    def clear(self) -> None:
        self.write("")


class ScoreBinding(FieldBinding):
    typing = True  # arrow presses in a row are one step

    def __init__(self, form: RecordForm, editor: QDoubleSpinBox, field: str) -> None:
        super().__init__(form, editor, field)
        editor.valueChanged.connect(self.commit)
        editor.editingFinished.connect(self.end_typing)

    def read(self) -> float:
        return float(self.editor.value())

    def write(self, value: float) -> None:
        self.editor.setValue(value)


class CheckBinding(FieldBinding):
    def __init__(self, form: RecordForm, editor: QCheckBox, field: str) -> None:
        super().__init__(form, editor, field)
        editor.clicked.connect(self.commit)

    def read(self) -> bool:
        return self.editor.isChecked()

    def write(self, value: bool) -> None:
        self.editor.setChecked(value)

    def clear(self) -> None:
        self.editor.setChecked(False)


class DateBinding(FieldBinding):
    def __init__(self, form: RecordForm, editor: DateEdit, field: str, *, required: bool = False) -> None:
        super().__init__(form, editor, field)
        self.required = required
        editor.editingFinished.connect(self.commit_date)

    @Slot()
    def commit_date(self) -> None:
        if self.editor.is_refused():
            return  # not a date: the field says so in red, and nothing is stored
        if self.editor.date() is None and self.required:
            self.form.refresh_binding(self)  # a date is needed here: show the stored one again
            return
        self.commit()

    def read(self) -> Any:
        return self.editor.date()

    def write(self, value: Any) -> None:
        self.editor.set_date(value)

    def clear(self) -> None:
        self.editor.clear()


class StakeholderBinding(FieldBinding):
    def __init__(self, form: RecordForm, editor: StakeholderCombo, field: str) -> None:
        super().__init__(form, editor, field)
        editor.activated.connect(self.commit)

    def read(self) -> str | None:
        return self.editor.current_id()

    def write(self, value: str | None) -> None:
        self.editor.set_current_id(value)

    def clear(self) -> None:
        self.editor.set_current_id(None)


class IdListBinding(FieldBinding):
    def __init__(self, form: RecordForm, editor: StakeholderChecklist, field: str) -> None:
        super().__init__(form, editor, field)
        editor.ids_changed.connect(self.commit)

    def read(self) -> list[str]:
        return self.editor.checked_ids()

    def write(self, value: list[str]) -> None:
        self.editor.set_checked_ids(value)

    def clear(self) -> None:
        self.editor.set_checked_ids([])


class RecordForm(QObject):
    """The editors of one record of `kind`; `set_record` chooses which record they show."""

    def __init__(self, session: ProjectSession, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self._record: Any = None
        self._loading = False
        self.bindings: list[FieldBinding] = []
        self.editors: list[QWidget] = []
        #: validator(record, field, value) -> bool; a refused value puts the stored one back.
        self.validator: Callable[[Any, str, Any], bool] | None = None
        session.changed.connect(self._on_changed)

    def bind(self, binding: FieldBinding) -> FieldBinding:
        self.bindings.append(binding)
        self.editors.append(binding.editor)
        binding.editor.setEnabled(self._record is not None)
        return binding

    def add_editor(self, editor: QWidget) -> None:
        """An extra widget enabled only while a record is shown."""
        self.editors.append(editor)
        editor.setEnabled(self._record is not None)

    @property
    def record(self) -> Any:
        return self._record

    def set_record(self, record: Any) -> None:
        """Show `record`'s fields (None clears and disables the editors)."""
        self._record = record
        self._loading = True
        for binding in self.bindings:
            if record is None:
                binding.clear()
            else:
                binding.write(getattr(record, binding.field))
        for editor in self.editors:
            editor.setEnabled(record is not None)
        self._loading = False
        self.session.end_typing()

    def refresh_binding(self, binding: FieldBinding) -> None:
        """Show the stored value again where the editor disagrees with it."""
        if self._record is None:
            return
        value = getattr(self._record, binding.field)
        if binding.read() != value:
            self._loading = True
            binding.write(value)
            self._loading = False

    def commit(self, binding: FieldBinding, value: Any) -> None:
        if self._loading or self._record is None:
            return
        if self.validator is not None and not self.validator(self._record, binding.field, value):
            self.refresh_binding(binding)
            return
        self.session.set_field(self.kind, self._record, binding.field, value, typing=binding.typing)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:
            self.set_record(None)
            return
        if change.kind != self.kind or self._record is None:
            return
        record_id = getattr(self._record, "id", None)
        if change.ids is None or record_id is None or record_id in change.ids:
            for binding in self.bindings:
                self.refresh_binding(binding)
