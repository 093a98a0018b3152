"""Shared documents hold nothing private, private ones say so, on the seed scenarios and the example."""

from __future__ import annotations

from pathlib import Path

import pytest

from pitchkit.core.model import Project, Stance
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import build_document, render_markdown, without_stances
from pitchkit.documents.html_writer import render_html
from pitchkit.documents.md_writer import render_md
from pitchkit.documents.templates import list_templates
from pitchkit.documents.tree import PRIVATE_NOTICE
from pitchkit.paths import example_project_path

SCENARIOS = Path(__file__).parent.parent / "files" / "scenarios"
PROJECTS = [*sorted(SCENARIOS.glob("*.pitchkit")), example_project_path()]
SHARED = [t.key for t in list_templates() if t.shared]
PRIVATE = [t.key for t in list_templates() if not t.shared]


def _load(path: Path) -> Project:
    return load_project(path).project


def _private_texts(project: Project) -> list[str]:
    """Every private text of every stakeholder: quotes, concerns, notes, points, lessons, advice."""
    texts = [p.notes for p in project.stakeholders]
    texts += [t for r in project.resistances for t in (r.heard, r.concern, r.counter_strategy)]
    texts += [k.text for k in project.strategy.talking_points]
    texts += [t for a in project.strategy.attempts for t in (a.what_happened, a.outcome, a.lesson)]
    texts += [t for v in project.strategy.advice for t in (v.said, v.use)]
    texts += [k.note for k in project.links]
    return [t.strip() for t in texts if len(t.strip()) > 12]


@pytest.mark.parametrize("path", PROJECTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("template", SHARED)
def test_shared_templates_hold_no_private_text_for_the_pitch_or_any_person(path, template):
    project = _load(path)
    private = _private_texts(project)
    for audience in [None, *(p.id for p in project.stakeholders)]:
        markdown = render_markdown(project, template, audience)
        for text in private:
            assert text not in markdown, (template, audience, text)
        for stance in Stance:
            assert f"| {stance.label} |" not in markdown
        assert "PitchKit" not in markdown


def test_the_split_of_the_built_in_templates():
    assert set(SHARED) == {"proposal", "one-pager", "agenda", "follow-up-email"}
    assert set(PRIVATE) == {"briefing", "meeting-prep"}


@pytest.mark.parametrize("template", PRIVATE)
def test_private_documents_say_private_in_every_format(template, tmp_path):
    project = _load(example_project_path())
    doc = build_document(project, template, "s-joanne")
    assert doc.private
    assert PRIVATE_NOTICE in render_md(doc) and PRIVATE_NOTICE in render_html(doc)


def test_private_word_document_has_the_notice_in_its_header(tmp_path):
    import docx

    from pitchkit.documents.export import export_project

    out = tmp_path / "b.docx"
    export_project(_load(example_project_path()), out=out, fmt="docx", template="briefing", audience="s-joanne")
    headers = [p.text for s in docx.Document(str(out)).sections for p in s.header.paragraphs]
    assert PRIVATE_NOTICE in headers
    shared = tmp_path / "p.docx"
    export_project(_load(example_project_path()), out=shared, fmt="docx", template="one-pager")
    assert PRIVATE_NOTICE not in [p.text for s in docx.Document(str(shared)).sections for p in s.header.paragraphs]


def test_private_template_quotes_verbatim_and_names_the_words_to_avoid():
    prep = render_markdown(_load(SCENARIOS / "third-place.pitchkit"), "meeting-prep")
    assert "Social learning? Yeah, whatever THAT means!" in prep
    assert '"social learning": say "colleagues learning from each other" instead' in prep
    project = _load(SCENARIOS / "contact-centre.pitchkit")
    briefing = render_markdown(project, "briefing", "s-head")
    assert "We know best how agents should be trained, thank you." in briefing


def test_a_user_shared_template_naming_a_private_field_fails_with_its_name_and_line(tmp_path, monkeypatch):
    from pitchkit.core.errors import TemplateError

    folder = Path(__import__("os").environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "leaky.md.j2").write_text(
        "{#- pitchkit\nname: Leaky\n-#}\n# Hello\n\n{% for s in stakeholders %}{{ s.notes }}{% endfor %}\n",
        encoding="utf-8",
    )
    with pytest.raises(TemplateError) as caught:
        render_markdown(_load(example_project_path()), "leaky")
    text = str(caught.value)
    assert "leaky.md.j2" in text and "line 6" in text
    assert "notes is private: use it only in a private template (shared: false)" in text
    (folder / "fine.md.j2").write_text(
        "{#- pitchkit\nname: Mine\nshared: false\n-#}\n{% for s in stakeholders %}{{ s.notes }}{% endfor %}\n",
        encoding="utf-8",
    )
    assert "Runs induction" in render_markdown(_load(example_project_path()), "fine")


def test_shared_pictures_are_drawn_from_a_stance_free_project():
    project = _load(SCENARIOS / "third-place.pitchkit")
    seen: list[Project] = []

    def picture(p: Project) -> bytes:
        seen.append(p)
        return b""

    build_document(project, "proposal", pictures={"pitchkit:map": picture})
    assert {p.stance for p in seen[0].stakeholders} == {Stance.NEUTRAL}
    flipped = without_stances(project)
    for person in project.stakeholders:
        person.stance = Stance.RESISTANT
    assert without_stances(project) == flipped


def test_the_agenda_fits_the_chosen_slot_and_only_invitees_lead():
    project = _load(SCENARIOS / "third-place.pitchkit")
    agenda = render_markdown(project, "agenda")
    assert "Total: 20 minutes." in agenda
    assert "Re-invite" not in agenda and "vendor" not in agenda.lower()
    invited = {p.name for p in project.stakeholders if p.id in project.pitch.meeting_invitees}
    for line in agenda.splitlines():
        if " min | " in line:
            leader = line.rstrip(" |").rsplit("| ", 1)[1]
            assert leader in invited | {"All", project.pitch.advocate}


def test_no_invented_sponsor_agreement_or_busy_period():
    project = _load(SCENARIOS / "contact-centre.pitchkit")
    for template in SHARED:
        text = render_markdown(project, template)
        assert "Proposed sponsor" not in text and "busy periods" not in text
        assert "What we agreed" not in text and "supplier" not in text
        assert "Thank you for your time" not in text


def test_decision_makers_decide_and_nobody_else():
    project = _load(SCENARIOS / "contact-centre.pitchkit")
    proposal = render_markdown(project, "proposal")
    rows = {line.split(" | ")[0].strip("| "): line.rsplit(" | ", 1)[1].strip(" |") for line in proposal.splitlines() if line.startswith("| ") and line.count(" | ") == 3}
    assert rows["Olivia Brandt"] == "Decides"
    assert rows["Victor Hale"].startswith("Advises the decision-maker")
    assert "Decides" not in rows["Nadia Roos"]


ALL_TEMPLATES = [t.key for t in list_templates()]


def _every_document():
    for path in PROJECTS:
        project = _load(path)
        for template in ALL_TEMPLATES:
            for audience in [None, *(p.id for p in project.stakeholders)]:
                yield path.stem, template, audience, render_markdown(project, template, audience)


def test_writing_slips_never_reach_a_document():
    import re

    slips = re.compile(r"[.?!][.”\"']?\.(?!\.)|\?'\.|\b(?:for|from|needs|is|at|of|aiming for) (?:About|Under|Over|Around|Approximately)\b|\d{4}-\d{2}-\d{2}")
    found = []
    for name, template, audience, markdown in _every_document():
        for line in markdown.splitlines():
            match = slips.search(line.replace("...", "\u2026"))
            if match:
                found.append((name, template, audience, match.group(0), line[:120]))
        assert "PitchKit" not in markdown, (name, template, audience)
    assert found == []


def test_the_scenarios_raise_what_a_consultant_would_see():
    from pitchkit.core.analysis import analyse

    contact = analyse(_load(SCENARIOS / "contact-centre.pitchkit")).findings
    codes = {f.code: f for f in contact}
    assert {"resistant-adviser", "no-deadline", "budget-unconfirmed", "own-notes-evidence", "no-champion"} <= set(codes)
    assert codes["resistant-adviser"].record_ids == ("s-head",)
    assert set(codes["no-problem-for-stakeholder"].record_ids) == {"s-head", "s-trainer"}  # one finding
    larch = {f.code: f for f in analyse(_load(SCENARIOS / "third-place.pitchkit")).findings}
    assert set(larch["repeats-failed-approach"].record_ids) == {"s-ld1", "s-ld2", "s-ld3", "s-ld4"}
    assert "vendor-demo-no-business-voice" in larch and "allies-absent" in larch
    assert len([f for f in larch.values() if f.code == "not-reassessed"]) == 1
