"""The privacy report: who a text names and which kinds of detail it carries."""

from __future__ import annotations

from pitchkit.core.anonymise import AnonymiseOptions, shareable_copy
from pitchkit.core.model import Pitch, Project, Resistance, Stakeholder
from pitchkit.core.privacy_report import copy_report, document_report


def project() -> Project:
    return Project(
        pitch=Pitch(organisation="Contoso", advocate="Priya Shah"),
        stakeholders=[
            Stakeholder(id="s-1", name="Sofie Mertens", role="Team Manager", notes="Prefers mornings, always"),
            Stakeholder(id="s-2", name="Jan Peeters", role="CFO"),
        ],
        resistances=[Resistance(id="r-1", stakeholder="s-1", heard="We tried this in 2019 and it failed")],
    )


def test_names_are_found_as_whole_words_in_any_capitals():
    report = document_report(project(), "Meeting with SOFIE   MERTENS of Contoso.\\nJanine came too.")
    assert report.people == ["Sofie Mertens"]
    assert report.organisation_named and not report.advocate_named
    assert report.kinds == []


def test_kinds_of_detail_are_found_by_their_values():
    text = "Sofie said: We tried this in 2019 and it failed. Prefers mornings, always."
    assert document_report(project(), text).kinds == ["stakeholder notes", "quotes (what was heard)"]


def test_the_copy_report_reads_the_copy():
    original = project()
    report = copy_report(original, shareable_copy(original, AnonymiseOptions(keep_advocate=True)))
    assert report.people == [] and report.advocate_named and not report.organisation_named
    assert "quotes (what was heard)" not in report.kinds and "stakeholder notes" not in report.kinds
    assert report.lines()[0] == "People named: no one by name."
