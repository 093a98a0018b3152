"""The preview of a spreadsheet import: every change, row by row, each to accept or reject."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.register_import import ImportPlan
from pitchkit.core.say import word
from pitchkit.gui.wrap_delegate import WrappingDelegate

_ROW_ROLE = Qt.ItemDataRole.UserRole


class ImportPreviewDialog(QDialog):
    """One line per row that changes something, ticked; the fields it changes beneath it."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Stakeholders"))
        self.plan = plan
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Stakeholder"), self.tr("Change")])
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setRootIsDecorated(True)
        for change in plan.rows:
            count = len(change.changes)
            what = self.tr("changes 1 field") if count == 1 else self.tr("changes {count} fields").format(count=count)
            what = self.tr("adds a new stakeholder") if change.added else what
            item = QTreeWidgetItem([str(change.row), change.name, what])  # names, never ids
            item.setData(0, _ROW_ROLE, change.row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            for field_change in change.changes:
                shown = field_change.value() if change.added else field_change.change()
                item.addChild(QTreeWidgetItem(["", word(field_change.header), shown]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        # The row number and the name as wide as they are (the name up to a third), the
        # changes wrapped in what is left: no sideways scrolling for a long value.
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.resizeColumnToContents(0)
        # Measured unwrapped (the delegate would measure at the column's present width).
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(change.name) for change in plan.rows), default=0)
        header = metrics.horizontalAdvance(self.tr("Stakeholder"))
        self.tree.setColumnWidth(1, min(max(widest, header) + 3 * metrics.averageCharWidth(), 240))
        for item in self.items():
            item.setToolTip(1, item.text(1))
        self.all_button = QPushButton(self.tr("Accept &All"), self)
        self.none_button = QPushButton(self.tr("Reject A&ll"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))

        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.resize(720, 480)

        self.all_button.clicked.connect(self.accept_all)
        self.none_button.clicked.connect(self.reject_all)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(self._show_summary)
        self._show_summary()

    @classmethod
    def get_value(cls, parent: QWidget | None, plan: ImportPlan) -> tuple[set[int], bool]:
        """Show the preview; the accepted row numbers and whether the user chose Import."""
        dialog = cls(plan, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.accepted_rows(), accepted

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def accepted_rows(self) -> set[int]:
        """The row numbers still ticked."""
        return {int(item.data(0, _ROW_ROLE)) for item in self.items() if item.checkState(0) == Qt.CheckState.Checked}

    def _set_all(self, state: Qt.CheckState) -> None:
        for item in self.items():
            item.setCheckState(0, state)

    @Slot()
    def accept_all(self) -> None:
        self._set_all(Qt.CheckState.Checked)

    @Slot()
    def reject_all(self) -> None:
        self._set_all(Qt.CheckState.Unchecked)

    @Slot()
    def _show_summary(self) -> None:
        chosen = len(self.accepted_rows())
        self.summary.setText(
            self.tr("{file}: {summary}. {chosen} of {total} rows will be imported, as one step you can undo.").format(
                file=self.plan.file, summary=self.plan.summary(), chosen=chosen, total=len(self.plan.rows))
        )
        self.import_button.setEnabled(chosen > 0)
