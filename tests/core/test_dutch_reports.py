"""What the core reports in words, in Dutch: the privacy report, an import, merge conflicts."""

from __future__ import annotations

from pitchkit.core.conflicts import field_words, reason_text, show_value
from pitchkit.core.language import speaking
from pitchkit.core.model import Conflict
from pitchkit.core.privacy_report import PrivacyReport
from pitchkit.core.register_import import FieldChange, ImportPlan, RowChange
from pitchkit.core.values import ConflictReason, Stance


def test_the_privacy_report_in_dutch():
    report = PrivacyReport(people=[], organisation_named=True, kinds=["job titles", "business problems"])
    with speaking("nl"):
        assert report.lines() == [
            "Genoemd: niemand bij naam.", "De organisatie wordt genoemd.",
            "De pleitbezorger wordt niet genoemd.", "Het bevat: functies, bedrijfsproblemen.",
        ]
    with speaking("en"):
        assert report.lines()[0] == "People named: no one by name."


def test_an_import_in_dutch():
    change = FieldChange("stance", "Stance", Stance.NEUTRAL, Stance.SUPPORTIVE)
    plan = ImportPlan("team.csv", ["Name", "Stance"], [], [RowChange(2, "s-els", "Els Wouters", False, (change,))], 4)
    with speaking("nl"):
        assert plan.summary() == "1 stakeholder bijgewerkt, 0 toegevoegd, 4 ongewijzigd"
        assert plan.rows[0].line() == "rij 2: Els Wouters (s-els): Houding Neutraal -> Ondersteunend"
    with speaking("en"):
        assert plan.rows[0].line() == "row 2: Els Wouters (s-els): Stance Neutral -> Supportive"


def test_merge_conflicts_in_dutch():
    conflict = Conflict(id="c-1", kind="stakeholders", record_id="s-els", field="stance_wanted",
                        reason=ConflictReason.BOTH_CHANGED)
    with speaking("nl"):
        assert reason_text(conflict) == "aan beide kanten gewijzigd"
        assert field_words("stance_wanted") == "gewenste houding"
        assert field_words("role") == "functie"
        assert show_value(None) == "(ontbreekt)"
    with speaking("en"):
        assert (reason_text(conflict), field_words("stance_wanted")) == ("changed on both sides", "stance wanted")


def test_a_bad_cell_is_reported_in_dutch(tmp_path):
    import pytest

    from pitchkit.core.errors import SheetError
    from pitchkit.core.model import Project, Stakeholder
    from pitchkit.core.register_import import import_file

    sheet = tmp_path / "lijst.csv"
    sheet.write_bytes(b"Naam;Macht;Houding;Beslist\r\nAnn;Heel;Neutraal;ja\r\n")
    project = Project(stakeholders=[Stakeholder(id="s-a", name="Ann", role="CFO")])
    with speaking("nl"), pytest.raises(SheetError) as caught:
        import_file(project, sheet)
    text = str(caught.value)
    assert 'rij 2, kolom B ("Macht")' in text and "verwacht een getal van 0 tot 10" in text
    assert "row" not in text and "expected" not in text and "got" not in text
