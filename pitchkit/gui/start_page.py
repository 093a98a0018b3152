"""The start screen: new project, open, the recent files, and the bundled example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.icons import icon
from pitchkit.gui.recent_files import recent_files
from pitchkit.gui.wrap_delegate import FitWidthDelegate

_PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """What the window shows before a project is open."""

    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    #: A recent file was chosen (its path).
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("PitchKit"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        tagline = QLabel(
            self.tr(
                "Plan a pitch for social and peer learning: who has a say, what they resist, "
                "which business problem they have, and how to win them over."
            ),
            self,
        )
        tagline.setWordWrap(True)

        self.new_button = self._button("new", self.tr("&New Project"), self.tr("Start an empty pitch"))
        self.open_button = self._button("open", self.tr("&Open…"), self.tr("Open a .pitchkit file"))
        self.example_button = self._button(
            "example",
            self.tr("&Explore the Example"),
            self.tr("A worked pitch for peer learning at a logistics company, to explore"),
        )
        #: The first steps, shown until the user has a project of their own.
        self.tour = QLabel(first_steps_text(), self)
        self.tour.setObjectName("tour")
        self.tour.setWordWrap(True)
        self.tour.setTextFormat(Qt.TextFormat.RichText)
        self.tour.setAccessibleName(self.tr("Getting started"))

        recent_label = QLabel(self.tr("&Recent projects"), self)
        self.recent_list = QListWidget(self)
        show_focus(self.recent_list)
        self.recent_list.setAccessibleName(self.tr("Recent projects"))
        self.recent_list.setUniformItemSizes(True)
        # A long folder is cut in its middle (the whole path is the tooltip): no sideways scrolling.
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setItemDelegate(FitWidthDelegate(self.recent_list))
        self.recent_list.setAlternatingRowColors(True)
        recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self.tr("Projects you open or save appear here."), self)
        self.empty_label.setEnabled(False)

        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)

        recent = QVBoxLayout()
        self._recent_layout = recent
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list, 1)
        recent.addWidget(self.empty_label)
        recent.addStretch(0)

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(tagline, 1, 0, 1, 2)
        grid.addLayout(buttons, 2, 0)
        grid.addLayout(recent, 2, 1)
        grid.addWidget(self.tour, 3, 0, 1, 2)
        self._grid = grid
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        panel = QWidget(self)
        panel.setLayout(grid)
        panel.setMaximumWidth(820)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addWidget(panel, 1, Qt.AlignmentFlag.AlignHCenter)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.example_button.clicked.connect(self.example_requested)
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        self.refresh()

    def _button(self, icon_name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setIconSize(QSize(20, 20))
        button.setMinimumHeight(36)
        button.setMinimumWidth(200)
        return button

    def refresh(self) -> None:
        """Re-read the recent files."""
        self.recent_list.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}", self.recent_list)
            item.setData(_PATH_ROLE, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("{path} (not found)").format(path=path))
        has_items = self.recent_list.count() > 0
        self.recent_list.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.tour.setVisible(not has_items)  # a first run: how PitchKit goes, the example one click away
        self._grid.setRowStretch(2, 1 if has_items else 0)  # the tour right under the buttons
        self._grid.setRowStretch(4, 0 if has_items else 1)
        if not has_items:
            self.example_button.setDefault(True)
            self.setFocusProxy(self.example_button)
        # Without the list, the label sits under its heading rather than floating mid-page.
        self._recent_layout.setStretch(self._recent_layout.count() - 1, 0 if has_items else 1)

    @Slot(QListWidgetItem)
    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(_PATH_ROLE))


def first_steps_text() -> str:
    """The four-step tour of the start screen (in the context "StartPage", which lupdate finds)."""
    steps = [
        QCoreApplication.translate("StartPage", "<b>Pitch</b>: what you propose and what you ask for."),
        QCoreApplication.translate("StartPage", "<b>Stakeholders</b> and the <b>Map</b>: who has a say, where they stand, who listens to whom."),
        QCoreApplication.translate("StartPage", "<b>Resistances</b> and <b>Business problems</b>: what they object to and what hurts them, in numbers."),
        QCoreApplication.translate("StartPage", "<b>Strategy</b> and <b>Generate</b>: plan the conversations, then export a document for each person."),
    ]
    items = "".join(f"<li>{step}</li>" for step in steps)
    return QCoreApplication.translate("StartPage", "<p><b>How PitchKit works</b>: seven steps down the left of the window, in four stages.</p>"
                                      "<ol>{items}</ol><p>To see it filled in, explore the example; "
                                      "press F1 at any step for its part of the guide.</p>").format(items=items)
