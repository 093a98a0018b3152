"""Seeded generator of realistic benchmark projects (10 to 5,000 stakeholders and up).

The same seed and size always give the same project, byte for byte, so benchmark runs can be
compared.  Records grow in proportion: per stakeholder about 1.2 resistances, 0.4 business
problems, 1.5 influence links, long notes; the strategy has a sequence, actions and attempts.

    python -m benchmarks.projectgen 200 out/bench-200.pitchkit
"""

from __future__ import annotations

import argparse
import datetime
import random
from pathlib import Path

from pitchkit.core.model import (
    Action,
    ActionKind,
    Attempt,
    BusyPeriod,
    Evidence,
    Link,
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
from pitchkit.core.project_file import save_project

FIRST = ["Alex", "Sam", "Jordan", "Priya", "Tomás", "Mei", "Olu", "Hanna", "Ravi", "Zoë", "Lars",
         "Fatima", "Chen", "Grace", "Mateo", "Aisha", "Noor", "Erik", "Ines", "Kofi"]
LAST = ["Morgan", "Okafor", "Lindqvist", "Sharma", "García", "Wong", "Adeyemi", "Novak", "Haddad",
        "Dubois", "Kowalski", "Brennan", "Tanaka", "Mensah", "Rossi", "Ivanova", "Moreau", "Shah"]
ROLES = ["Head of Learning & Development", "Operations Manager", "Team Leader", "HR Business Partner",
         "Finance Director", "Learning Designer", "Sales Manager", "IT Security Lead", "Regional Director",
         "Customer Service Lead", "Graduate Analyst", "Chief Operating Officer", "Engineering Manager"]
DEPARTMENTS = ["People", "Operations", "Finance", "Sales", "IT", "Customer Service", "Engineering",
               "Executive team", "Logistics", "Marketing"]
CHANNELS = ["Face to face", "Email", "Team meeting", "Chat", "Phone", "One-to-one"]
PATTERNS = [
    ("Turf protection", "All learning has to go through our team first.",
     "Losing control over quality and relevance.", "Invite them to co-design the pilot and curate content."),
    ("Whatever that means", "Social learning? What is it actually?",
     "No clear business reason to care.", "Describe the concrete mechanism and their problem, not the label."),
    ("Not now, year-end", "Good idea, but the timing is wrong.",
     "Low priority against pressing deadlines.", "Ask for fifteen minutes and agree a date in the new year."),
    ("Fear of exposure", "People will say things they shouldn't.",
     "Reputation and conduct risks.", "Show the moderation settings and agree simple house rules."),
    ("Prove the ROI", "What does it cost per head and what do we get back?",
     "Spending without a measurable return.", "Agree two KPIs and a baseline before the pilot starts."),
    ("Formal-training habit", "If it is not a course, how do we know anyone learned?",
     "Learning only counts when it is scheduled.", "Show what the pilot team learned and how it changed their work."),
]
PROBLEMS = [
    ("New starters take too long to get up to speed.", "Days to full productivity", "90 days", "60 days"),
    ("People cannot find the colleague who already knows the answer.", "Hours a week spent searching", "5.3 h", "3 h"),
    ("We lose what experienced people know when they leave.", "Critical roles with a named successor", "40%", "70%"),
    ("Departments do not talk to each other.", "Cross-team projects a quarter", "3", "8"),
    ("Courses are expensive and little of it sticks.", "Training cost per head", "€1,200", "€900"),
]
WORDS = ("pilot team feedback quarter budget meeting manager network expert colleague customer "
         "process change sponsor evidence coffee conversation skills onboarding").split()


def _notes(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = rng.choices(WORDS, k=rng.randint(8, 16))
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def generate_project(stakeholders: int, seed: int = 42) -> Project:
    """A realistic project with `stakeholders` people and records in proportion."""
    rng = random.Random(seed * 1_000_003 + stakeholders)
    people: list[Stakeholder] = []
    for i in range(stakeholders):
        stance = rng.choice(list(Stance))
        wanted = Stance(list(Stance)[max(stance.rank, rng.randint(2, 4))].value)
        people.append(
            Stakeholder(
                id=f"s-{i:05d}",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                role=rng.choice(ROLES),
                department=rng.choice(DEPARTMENTS),
                power=round(rng.uniform(0, 10), 1),
                interest=round(rng.uniform(0, 10), 1),
                stance=stance,
                stance_wanted=wanted,
                channel=rng.choice(CHANNELS),
                notes=_notes(rng, rng.randint(2, 6)),
                tags=rng.sample(["finance", "l&d", "ops", "exec", "pilot", "it"], k=rng.randint(0, 3)),
                decision_maker=(i == 0),
            )
        )
    ids = [p.id for p in people]
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for n in range(int(stakeholders * 1.5) if stakeholders > 1 else 0):
        source, target = rng.sample(ids, 2)
        if (source, target) in seen:
            continue
        seen.add((source, target))
        links.append(Link(id=f"l-{n:05d}", source=source, target=target, strength=rng.randint(1, 3),
                          note=_notes(rng, 1)))
    resistances = []
    for n in range(int(stakeholders * 1.2)):
        pattern, heard, concern, counter = rng.choice(PATTERNS)
        resistances.append(
            Resistance(
                id=f"r-{n:05d}", stakeholder=rng.choice(ids), pattern=pattern, heard=heard, concern=concern,
                severity=rng.choice(list(Severity)), counter_strategy=counter if rng.random() < 0.8 else "",
                status=rng.choice(list(ResistanceStatus)),
            )
        )
    problems = []
    for n in range(max(1, int(stakeholders * 0.4))):
        description, kpi, baseline, target = rng.choice(PROBLEMS)
        problems.append(
            Problem(
                id=f"p-{n:05d}", description=description, kpi=kpi, baseline=baseline, target=target,
                how_helps=_notes(rng, 2), stakeholders=rng.sample(ids, k=min(len(ids), rng.randint(1, 3))),
            )
        )
    start = datetime.date(2027, 1, 11)
    strategy = Strategy(
        champion=ids[1] if len(ids) > 1 else None,
        sequence=ids[: min(len(ids), 20)],
        talking_points=[TalkingPoint(id=f"k-{n:05d}", stakeholder=rng.choice(ids), text=_notes(rng, 1))
                        for n in range(stakeholders // 5)] if ids else [],
        actions=[Action(id=f"a-{n:04d}", kind=rng.choice(list(ActionKind)), title=f"Action {n + 1}",
                        detail=_notes(rng, 2), stakeholders=rng.sample(ids, k=min(len(ids), 2)),
                        due=start + datetime.timedelta(days=7 * n)) for n in range(max(1, stakeholders // 20))],
        attempts=[Attempt(id=f"t-{n:04d}", date=start - datetime.timedelta(days=30 + n),
                          stakeholders=rng.sample(ids, k=min(len(ids), 2)), what_happened=_notes(rng, 2),
                          outcome=_notes(rng, 1), lesson=_notes(rng, 1), failed=rng.random() < 0.5)
                  for n in range(max(1, stakeholders // 25))] if ids else [],
        busy_periods=[BusyPeriod(id="b-yearend", label="Year-end close", start=datetime.date(2026, 11, 15),
                                 end=datetime.date(2027, 1, 10))],
    )
    pitch = Pitch(
        organisation="Benchmark Holdings", initiative="Peer matching across the business",
        advocate="Casey Field", advocate_role="Learning Technologist",
        ask="Approve a twelve-week pilot with two teams.", budget="€18,000", pilot_scope="Two teams, 60 people",
        meeting_date=start, story=_notes(rng, 4),
        evidence=[Evidence(id=f"e-{n}", title=f"Pilot result {n + 1}", detail=_notes(rng, 2)) for n in range(3)],
    )
    return Project(title=f"Benchmark project ({stakeholders} stakeholders)", pitch=pitch, stakeholders=people,
                   links=links, resistances=resistances, problems=problems, strategy=strategy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stakeholders", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    save_project(generate_project(args.stakeholders, args.seed), args.out, backup=False)
    print(args.out)


if __name__ == "__main__":
    main()
