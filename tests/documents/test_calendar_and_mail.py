"""The calendar (.ics) and the email draft (.eml): structure, stable UIDs, no private data."""

from __future__ import annotations

import datetime
import email
import email.policy

import pytest

from pitchkit.core.model import Action, ActionKind, Project, Resistance, Stakeholder
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import export_project
from pitchkit.documents.ics_writer import calendar_text, escape, fold
from pitchkit.paths import example_project_path

PRIVATE = "PRIVATE-MARK"


def project() -> Project:
    people = [
        Stakeholder(id="s-ann", name="Ann Lee", role="CFO", email="ann@example.org", notes=PRIVATE),
        Stakeholder(id="s-bo", name="Bo Ek", role="Team Manager"),
    ]
    found = Project(title="Peer learning", stakeholders=people,
                    resistances=[Resistance(id="r-1", stakeholder="s-ann", heard=PRIVATE, concern=PRIVATE)])
    found.pitch.meeting_date = datetime.date(2027, 1, 19)
    found.pitch.ask = "A six-month pilot; decide in July, with a budget"
    found.strategy.actions = [
        Action(id="a-meet", kind=ActionKind.MEETING, title="Decision meeting", due=datetime.date(2027, 1, 19), stakeholders=["s-ann", "s-bo"]),
        Action(id="a-demo", kind=ActionKind.DEMO, title="Demo for Bo", detail="Show the matching screen", due=datetime.date(2027, 1, 5), stakeholders=["s-bo"]),
        Action(id="a-done", title="Done already", due=datetime.date(2026, 12, 1), done=True),
        Action(id="a-undated", title="Some day"),
    ]
    return found


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_the_calendar_holds_the_meeting_and_open_dated_actions_with_uids_from_ids():
    text = calendar_text(project())
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfolded(text)
    assert [line for line in lines if line.startswith("UID:")] == ["UID:a-meet@pitchkit", "UID:a-demo@pitchkit"]
    assert "DTSTART;VALUE=DATE:20270119" in lines and "DTSTART;VALUE=DATE:20270105" in lines
    assert any(line.startswith("ATTENDEE") and "mailto:ann@example.org" in line for line in lines)
    assert "DESCRIPTION:Show the matching screen" in lines
    assert "DESCRIPTION:A six-month pilot\\; decide in July\\, with a budget" in lines
    assert PRIVATE not in text


def test_uids_are_stable_between_exports():
    first = [line for line in unfolded(calendar_text(project())) if line.startswith("UID")]
    later = [line for line in unfolded(calendar_text(project(), now=datetime.datetime(2030, 1, 1))) if line.startswith("UID")]
    assert first == later


def test_long_lines_are_folded_at_75_octets_without_splitting_characters():
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_the_example_calendar_parses_line_by_line(tmp_path):
    out = tmp_path / "plan.ics"
    report = export_project(load_project(example_project_path()).project, out=out, fmt="ics")
    data = out.read_bytes()
    assert report.warnings == []
    assert data.count(b"BEGIN:VEVENT") == data.count(b"END:VEVENT") > 1
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))


def test_an_empty_plan_warns():
    assert "BEGIN:VEVENT" not in calendar_text(Project())


def read_draft(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_the_email_is_a_draft_to_the_invitees_with_both_bodies(tmp_path):
    out = tmp_path / "mail.eml"
    report = export_project(project(), out=out, fmt="eml", template="follow-up-email")
    draft = read_draft(out)
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "Ann Lee <ann@example.org>"
    # No meeting outcome is recorded, so the template thanks no one for a meeting (issue 13).
    assert draft["Subject"].startswith("Next steps")
    plain = draft.get_body(("plain",)).get_content()
    html = draft.get_body(("html",)).get_content()
    assert "Dear all" in plain and "Dear all" in html and "Subject:" not in plain
    assert draft.get_content_type() == "multipart/alternative"
    assert PRIVATE not in out.read_text(encoding="utf-8", errors="replace")
    assert report.warnings == []


def test_invitees_come_first_from_the_pitch(tmp_path):
    found = project()
    found.stakeholders[1].email = "bo@example.org"
    found.pitch.meeting_invitees = ["s-bo"]
    out = tmp_path / "mail.eml"
    export_project(found, out=out, fmt="eml", template="follow-up-email")
    assert read_draft(out)["To"] == "Bo Ek <bo@example.org>"


def test_the_one_pager_can_be_attached(tmp_path):
    out = tmp_path / "mail.eml"
    export_project(project(), out=out, fmt="eml", template="follow-up-email", attach="one-pager")
    draft = read_draft(out)
    attachments = list(draft.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["one-pager.docx"]
    assert attachments[0].get_content().startswith(b"PK")


def test_no_addresses_gives_a_warning(tmp_path):
    found = project()
    found.stakeholders[0].email = ""
    report = export_project(found, out=tmp_path / "m.eml", fmt="eml", template="follow-up-email")
    assert "no invitee has an email address" in report.warnings[0]


@pytest.mark.parametrize("fmt", ["eml", "md", "ics", "csv"])
def test_anonymised_exports_name_no_one(tmp_path, fmt):
    from pitchkit.core.anonymise import AnonymiseOptions

    out = tmp_path / f"x.{fmt}"
    export_project(project(), out=out, fmt=fmt, template="follow-up-email", anonymise=AnonymiseOptions())
    text = out.read_bytes().decode("utf-8", errors="replace")
    for name in ("Ann", "Lee", "Bo Ek", "ann@example.org"):
        assert name not in text, (fmt, name)


@pytest.mark.parametrize("private_template", ["briefing", "meeting-prep"])
def test_a_private_document_is_never_written_as_an_email(tmp_path, private_template):
    from pitchkit.core.errors import ExportError

    example = load_project(example_project_path()).project
    audience = example.stakeholders[0].id if private_template == "briefing" else None
    out = tmp_path / "mail.eml"
    with pytest.raises(ExportError, match="private document"):
        export_project(example, out=out, fmt="eml", template=private_template, audience=audience)
    assert not out.exists()
