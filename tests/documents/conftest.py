"""Small projects built from the model, for the document tests."""

from __future__ import annotations

import datetime

import pytest

from pitchkit.core.model import (
    Action,
    ActionKind,
    Evidence,
    Pitch,
    Problem,
    Project,
    Resistance,
    ResistanceStatus,
    Severity,
    Stakeholder,
    Stance,
    Strategy,
    TalkingPoint,
)

HOSTILE_NAME = "**Bob** <script>alert(1)</script> {{ 7*7 }} {% if x %} [x](javascript:alert(1))"


@pytest.fixture
def project() -> Project:
    """A small but complete pitch: three people, problems with KPIs, resistances, a plan."""
    return Project(
        title="Peer learning at Fenwick",
        pitch=Pitch(
            organisation="Fenwick Logistics",
            initiative="A ten-week peer-matching pilot",
            advocate="Dana Ortiz",
            advocate_role="Learning partner",
            ask="Approve a ten-week pilot in the Leeds depot and two hours a month of each participant's time",
            budget="£12,000",
            pilot_scope="40 new supervisors in the Leeds depot",
            meeting_date=datetime.date(2025, 3, 4),
            deadline=datetime.date(2025, 3, 28),
            story="Last spring a new supervisor fixed a scanner fault in ten minutes after a colleague showed her how.\n\nThat fix used to take a day.",
            evidence=[
                Evidence(
                    id="e-1",
                    title="Shadowing trial",
                    detail="Ramp-up fell from 14 to 9 weeks",
                    source="Ops report",
                )
            ],
        ),
        stakeholders=[
            Stakeholder(
                id="s-1",
                name="Priya Shah",
                role="Operations Director",
                department="Operations",
                power=9,
                interest=8,
                stance=Stance.SUPPORTIVE,
                stance_wanted=Stance.LEADING,
                decision_maker=True,
            ),
            Stakeholder(
                id="s-2",
                name="Tom Reed",
                role="Head of L&D",
                department="HR",
                power=7,
                interest=4,
                stance=Stance.RESISTANT,
            ),
            Stakeholder(
                id="s-3",
                name="Ana Lima",
                role="Depot manager",
                department="Operations",
                power=3,
                interest=9,
            ),
            Stakeholder(
                id="s-4", name="Olu Ade", role="Analyst", department="Finance", power=2, interest=2
            ),
        ],
        resistances=[
            Resistance(
                id="r-1",
                stakeholder="s-2",
                pattern="Turf protection",
                concern="Quality of what people teach each other",
                severity=Severity.HIGH,
                counter_strategy="Co-design the matching rules with L&D",
                status=ResistanceStatus.OPEN,
            ),
            Resistance(
                id="r-2",
                stakeholder="s-3",
                concern="No time in peak season",
                severity=Severity.MEDIUM,
                status=ResistanceStatus.RESOLVED,
            ),
        ],
        problems=[
            Problem(
                id="p-1",
                description="New supervisors take too long to become effective",
                kpi="Weeks to competence",
                baseline="14",
                target="10",
                how_helps="Pairs each newcomer with an experienced peer",
                stakeholders=["s-1", "s-3"],
            ),
            Problem(id="p-2", description="Experts are hard to find", kpi="", how_helps=""),
        ],
        strategy=Strategy(
            champion="s-1",
            sequence=["s-1", "s-2", "missing"],
            talking_points=[TalkingPoint(id="k-1", stakeholder="s-1", text="Ramp-up time")],
            actions=[
                Action(
                    id="a-1",
                    kind=ActionKind.PILOT,
                    title="Pilot kick-off",
                    due=datetime.date(2025, 4, 7),
                ),
                Action(id="a-2", kind=ActionKind.PRE_WIRE, title="Coffee with Tom"),
            ],
        ),
    )


@pytest.fixture
def hostile_project(project: Project) -> Project:
    """The same project with markup, Jinja and script in user text."""
    project.stakeholders[0].name = HOSTILE_NAME
    project.stakeholders[0].role = "# Heading | pipe"
    project.pitch.initiative = "Pilot <b>now</b> *please*"
    project.problems[0].description = "- list\n\n# heading\n| a | b |"
    return project
