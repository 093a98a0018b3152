"""The stakeholder table model reads the core list; the proxy sorts and filters it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.core.model import Stakeholder
from pitchkit.gui.stakeholder_model import Column, StakeholderProxyModel, StakeholderTableModel

pytestmark = pytest.mark.gui


def texts(model, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_cells_come_from_the_core_list(qtmodeltester, sample_project):
    model = StakeholderTableModel()
    model.set_project(sample_project)
    qtmodeltester.check(model)

    assert model.rowCount() == 3
    assert model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "Role", "Department", "Power", "Interest", "Stance", "Wanted"]
    row = [model.index(0, c).data() for c in Column]
    assert row == ["Dana Ruiz", "CFO", "Finance", "9", "4", "Resistant", "Neutral"]
    assert model.index(1, Column.POWER).data() == "7.5"
    assert (
        model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
        == "Wants numbers before stories."
    )


def test_the_model_is_a_view_not_a_copy(qapp, sample_project):
    project = sample_project
    model = StakeholderTableModel()
    model.set_project(project)

    project.stakeholders[0].name = "Dana Ruiz-Park"
    assert model.index(0, Column.NAME).data() == "Dana Ruiz-Park"
    # Structural changes are announced by whoever makes them (later: undo commands).
    model.beginResetModel()
    project.stakeholders.append(Stakeholder(id="s-new", name="New Person"))
    model.endResetModel()
    assert model.rowCount() == 4
    assert model.stakeholder(3) is project.stakeholders[3]


def test_no_project_is_an_empty_table(qapp):
    model = StakeholderTableModel()
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None


def test_proxy_sorts_numbers_as_numbers_and_stances_by_rank(qapp, sample_project):
    model = StakeholderTableModel()
    model.set_project(sample_project)
    proxy = StakeholderProxyModel()
    proxy.setSourceModel(model)

    proxy.sort(Column.POWER, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, Column.POWER) == ["3", "7.5", "9"]
    proxy.sort(Column.STANCE, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, Column.STANCE) == ["Unaware", "Resistant", "Supportive"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("finance", ["Dana Ruiz"]),  # department, any case
        ("director", ["Ben Okafor"]),  # role
        ("unaware", ["Alex Chen"]),  # stance label
        ("o", ["Dana Ruiz", "Ben Okafor", "Alex Chen"]),
        ("nobody", []),
    ],
)
def test_proxy_filters_on_every_text_column(qapp, sample_project, text, names):
    model = StakeholderTableModel()
    model.set_project(sample_project)
    proxy = StakeholderProxyModel()
    proxy.setSourceModel(model)

    proxy.setFilterFixedString(text)
    assert texts(proxy, Column.NAME) == names
