"""Before something leaves: who it names and what it holds, with the anonymise choice right there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pitchkit.core.anonymise import AnonymiseOptions
from pitchkit.core.privacy_report import PrivacyReport

#: Given the anonymise choice (None: names kept), the report of what would leave.
ReportMaker = Callable[[AnonymiseOptions | None], PrivacyReport]


class SharingDialog(QDialog):
    """The privacy report of a shared document or copy, redrawn as the choice changes."""

    def __init__(
        self, title: str, make_report: ReportMaker, choice: AnonymiseOptions | None, *,
        always_anonymised: bool = False, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.make_report = make_report
        self.intro = QLabel(self.tr("This is what will leave your computer:"), self)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anonymise_check = QCheckBox(self.tr("&Name people by their role instead of their name"), self)
        self.anonymise_check.setChecked(choice is not None or always_anonymised)
        self.anonymise_check.setVisible(not always_anonymised)
        self.keep_organisation_check = QCheckBox(self.tr("Keep the &organisation's name"), self)
        self.keep_advocate_check = QCheckBox(self.tr("Keep the &advocate's name"), self)
        if choice is not None:
            self.keep_organisation_check.setChecked(choice.keep_organisation)
            self.keep_advocate_check.setChecked(choice.keep_advocate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report_label)
        layout.addWidget(self.anonymise_check)
        layout.addWidget(self.keep_organisation_check)
        layout.addWidget(self.keep_advocate_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        for box in (self.anonymise_check, self.keep_organisation_check, self.keep_advocate_check):
            box.toggled.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    @classmethod
    def get_value(
        cls, parent: QWidget | None, title: str, make_report: ReportMaker, choice: AnonymiseOptions | None,
        *, always_anonymised: bool = False,
    ) -> tuple[AnonymiseOptions | None, bool]:
        """Show the report; the anonymise choice (None: names kept) and whether to go on."""
        dialog = cls(title, make_report, choice, always_anonymised=always_anonymised, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted

    def choice(self) -> AnonymiseOptions | None:
        """The options as ticked (None when people keep their names)."""
        if not self.anonymise_check.isChecked():
            return None
        return AnonymiseOptions(
            keep_organisation=self.keep_organisation_check.isChecked(),
            keep_advocate=self.keep_advocate_check.isChecked(),
        )

    @Slot()
    def _refresh(self) -> None:
        anonymised = self.anonymise_check.isChecked()
        self.keep_organisation_check.setEnabled(anonymised)
        self.keep_advocate_check.setEnabled(anonymised)
        self.report_label.setText("\n".join(self.make_report(self.choice()).lines()))
