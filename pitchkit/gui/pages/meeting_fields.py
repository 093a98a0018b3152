"""The decision meeting's invitees and outcome on the Pitch step (what the agenda and follow-up use)."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from pitchkit.gui.fields import StakeholderChecklist
from pitchkit.gui.form_binding import IdListBinding, RecordForm, TextBinding
from pitchkit.gui.pages.base import add_row, text_box
from pitchkit.gui.session import ProjectSession

#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


class MeetingFields(msgspec.Struct):
    """The editors: who is invited, and after the meeting what was agreed and what is open."""

    invitees: StakeholderChecklist
    agreed: QPlainTextEdit
    still_open: QPlainTextEdit


def add_meeting_fields(
    session: ProjectSession, form: RecordForm, layout: QFormLayout, box: QWidget
) -> MeetingFields:
    """Make the meeting's editors in `box`, bind them to the pitch `form`, add their rows."""
    fields = MeetingFields(
        StakeholderChecklist(session, box),
        text_box(box, 3, translate("MeetingFields", "After the meeting: what was agreed, in your words")),
        text_box(box, 2, translate("MeetingFields", "After the meeting: what is still open")),
    )
    form.bind(IdListBinding(form, fields.invitees, "meeting_invitees"))
    form.bind(TextBinding(form, fields.agreed, "meeting_agreed"))
    form.bind(TextBinding(form, fields.still_open, "meeting_open"))
    add_row(layout, translate("MeetingFields", "In&vited:"), fields.invitees, translate("MeetingFields", "Who is invited to the decision meeting"))
    add_row(layout, translate("MeetingFields", "A&greed:"), fields.agreed)
    add_row(layout, translate("MeetingFields", "Still ope&n:"), fields.still_open)
    return fields
