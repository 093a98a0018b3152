"""The two-way merge: two copies with no shared saved version, each difference a choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.conflicts import (
    Choice,
    field_words,
    record_name,
    resolve,
    show_value,
)
from pitchkit.core.merge import MergeResult
from pitchkit.core.model import Project
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.wrap_delegate import WrappingDelegate


class TwoWayMergeDialog(QDialog):
    """Every difference between my copy and theirs, ticked where theirs is to be taken."""

    def __init__(self, parent: QWidget | None, result: MergeResult) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a Colleague's Copy"))
        self.result = result
        intro = QLabel(self.tr(
            "PitchKit has no saved version that both copies share, so it cannot tell who changed "
            "what. Tick each difference where their copy is right; the rest stays as yours."
        ))
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        show_focus(self.list)
        self.list.setItemDelegate(WrappingDelegate(self.list))  # long values wrap: no sideways scrolling
        for conflict in result.conflicts:
            field = field_words(conflict.field) or self.tr("the whole record")
            label = self.tr("{name}, {field}: yours {ours}; their copy {theirs}").format(
                name=record_name(result.project, conflict), field=field,
                ours=show_value(conflict.ours, result.project, conflict.kind, conflict.field),
                theirs=show_value(conflict.theirs, result.project, conflict.kind, conflict.field),
            )
            item = QListWidgetItem(label, self.list)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Something only they have is most likely an addition of theirs: offered ticked.
            taken = conflict.ours is None and conflict.theirs is not None
            item.setCheckState(Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked)
        self.all_theirs = QPushButton(self.tr("Take All from Their Copy"), self)
        self.all_mine = QPushButton(self.tr("Keep All of Mine"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))

        row = QHBoxLayout()
        row.addWidget(self.all_theirs)
        row.addWidget(self.all_mine)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

        self.all_theirs.clicked.connect(self._take_all)
        self.all_mine.clicked.connect(self._keep_all)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _set_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    @Slot()
    def _take_all(self) -> None:
        self._set_all(Qt.CheckState.Checked)

    @Slot()
    def _keep_all(self) -> None:
        self._set_all(Qt.CheckState.Unchecked)

    def settled(self) -> Project:
        """The project with every difference settled as ticked (no conflicts left)."""
        choices = {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            take = "theirs" if item.checkState() == Qt.CheckState.Checked else "ours"
            choices[item.data(Qt.ItemDataRole.UserRole)] = Choice(take)
        return resolve(self.result.project, choices)

    @classmethod
    def get_choices(cls, parent: QWidget | None, result: MergeResult) -> tuple[Project, bool]:
        """Ask; the settled project and whether the user chose Merge (tests replace this)."""
        dialog = cls(parent, result)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.settled() if accepted else result.project), accepted
