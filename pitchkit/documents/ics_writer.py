"""The decision meeting and every open action with a due date, as an iCalendar file (RFC 5545).

Each event's UID is made from the id of the record it comes from (`<action id>@pitchkit`),
so importing a newer export into Outlook or Thunderbird updates the events instead of
adding them twice.  The meeting without an action of its own takes a UID made from the
project's title and organisation.  Descriptions hold only what the user wrote for the
action (its detail) or the pitch (the ask): never a stance, a quote or a note.
Lines end in CRLF and are folded at 75 octets; text is escaped as section 3.3.11 says.
"""

from __future__ import annotations

import datetime
import hashlib
import os

from pitchkit import __version__
from pitchkit.core.meeting import addressed, decision_meeting_action, invitees
from pitchkit.core.messages import text
from pitchkit.core.model import Action, Project
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions

UID_DOMAIN = "pitchkit"


def escape(value: str) -> str:
    """`value` as an iCalendar TEXT value."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """`line` folded into pieces of at most 75 octets (continuations start with a space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # the leading space counts
    return "\r\n ".join(pieces)


def _event(uid: str, day: datetime.date, summary: str, description: str, stamp: str, extra: list[str], *, busy: bool) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(summary)}",
    ]
    if description.strip():
        lines.append(f"DESCRIPTION:{escape(description.strip())}")
    return [*lines, *extra, "TRANSP:OPAQUE" if busy else "TRANSP:TRANSPARENT", "END:VEVENT"]


def _meeting_uid(project: Project, action: Action | None) -> str:
    if action is not None:
        return f"{action.id}@{UID_DOMAIN}"
    key = f"{project.title}\n{project.pitch.organisation}\n{project.pitch.initiative}".encode()
    return f"meeting-{hashlib.sha256(key).hexdigest()[:16]}@{UID_DOMAIN}"


def calendar_text(project: Project, *, now: datetime.datetime | None = None) -> str:
    """The whole calendar, CRLF line ends, folded."""
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    topic = project.title or project.pitch.initiative or "the pitch"
    meeting = decision_meeting_action(project)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//PitchKit//PitchKit {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    names = {person.id: person.name for person in project.stakeholders}
    if project.pitch.meeting_date is not None:
        attendees = [
            f"ATTENDEE;CN={_param(person.name)};ROLE=REQ-PARTICIPANT:mailto:{person.email.strip()}"
            for person in addressed(invitees(project))
        ]
        detail = project.pitch.ask or (meeting.detail if meeting is not None else "")
        lines += _event(
            _meeting_uid(project, meeting), project.pitch.meeting_date, f"Decision meeting: {topic}", detail, stamp, attendees, busy=True,
        )
    for action in project.strategy.actions:
        if action.done or action.due is None or (action is meeting and project.pitch.meeting_date is not None):
            continue
        who = ", ".join(names[i] for i in action.stakeholders if i in names)
        summary = (action.title or action.kind.label) + (f" ({who})" if who else "")
        lines += _event(f"{action.id}@{UID_DOMAIN}", action.due, summary, action.detail, stamp, [], busy=False)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _param(value: str) -> str:
    """A parameter value: quoted, without the characters a quoted value cannot hold."""
    return '"' + value.replace('"', "'").replace("\r", " ").replace("\n", " ") + '"'


def write_ics(project: Project, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write the calendar of `project` at `out_path` (atomically); warns when it is empty."""
    data = calendar_text(project)
    write_atomic(out_path, data.encode("utf-8"))
    return [] if "BEGIN:VEVENT" in data else [text("ics-nothing")]
