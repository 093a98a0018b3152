"""Talking points per stakeholder: suggested from the map, overridden by the user's own.

Suggestions are built from the stakeholder's business problems (in their words, with the
KPI), their open resistances and the counter-strategy chosen for each (or the playbook's
first one), the evidence and the lead-in story.  They are aimed at the person: whoever
presents the demo is asked to lead it rather than shown it, and people whose own unit the
evidence comes from are asked to tell it rather than told it.  What people said and the
user's own text are quoted as written (these points reach private documents only).  The
user's own points for a person come first; the suggestions follow them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pitchkit.core.analysis import Analysis, analyse, stance_gap
from pitchkit.core.messages import message
from pitchkit.core.model import (
    Action,
    ActionKind,
    Problem,
    Project,
    Resistance,
    ResistanceStatus,
    Stakeholder,
    Stance,
)
from pitchkit.core.playbook import Playbook, find_pattern, find_problem
from pitchkit.core.say import say, written_day
from pitchkit.core.text import fragment

#: Dutch jargon the playbook's plain words do not name (their Dutch is in
#: resources/playbook.nl.json, `plain_words`); a term is matched in its own language.
DUTCH_PLAIN_WORDS: dict[str, str] = {
    "lerende netwerken": "groepen collega's die van elkaar leren",
}


def _key(term: str) -> str:
    return " ".join(re.split(r"[\s-]+", term.strip().casefold()))


def plain_words() -> dict[str, str]:
    """Concrete wording for jargon people often switch off at: the playbook's `plain_words`.

    Both languages' terms are known (a term is matched in its own language); a term written
    the same in both ("peer learning") takes the wording of the language being spoken.
    """
    from pitchkit.core.language import current_language
    from pitchkit.core.playbook import load_playbook
    from pitchkit.core.playbook_nl import translation

    english = {w.term: w.instead for w in load_playbook().plain_words}
    words = translation("nl")
    dutch = {w.term: w.instead for w in words.plain_words.values()} if words is not None else {}
    dutch |= DUTCH_PLAIN_WORDS
    return english | dutch if current_language() == "nl" else dutch | english


def _plain_by_key() -> dict[str, str]:
    return {_key(term): wording for term, wording in plain_words().items()}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_STORY_LENGTH = 320


def _term_pattern(term: str) -> re.Pattern[str]:
    # "social learning", "social-learning" and "Social  Learning" are the same term.
    words = re.split(r"[\s-]+", term.strip())
    body = r"[\s-]+".join(re.escape(word) for word in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def alternative(term: str) -> str:
    """What to say instead of `term` (an avoided word), or empty when PitchKit has no wording."""
    return _plain_by_key().get(_key(term), "")


def uses_term(text: str, term: str) -> bool:
    """Whether `text` contains `term` as a whole word or phrase (case ignored)."""
    return bool(term.strip()) and _term_pattern(term).search(text) is not None


def plain(text: str, avoid_terms: list[str]) -> str:
    """`text` without the avoided terms: replaced by plain words, or their sentences dropped."""
    terms = [t for t in avoid_terms if t.strip()]
    known = _plain_by_key() if terms else {}
    for term in terms:
        if not uses_term(text, term):
            continue
        wording = known.get(_key(term))
        if wording is not None and not any(uses_term(wording, other) for other in terms):

            def swap(match: re.Match[str], wording: str = wording) -> str:
                return (
                    wording[:1].upper() + wording[1:] if match.group(0)[:1].isupper() else wording
                )

            text = _term_pattern(term).sub(swap, text)
        else:
            kept = [s for s in _SENTENCE_END.split(text) if not uses_term(s, term)]
            text = " ".join(kept)
    return text.strip()


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?\u201d\"'" else text + "."


def _story_point(story: str, limit: int = _STORY_LENGTH) -> str:
    """The lead-in story as a talking point: whole when short, else its opening and its point.

    A long story is never cut mid-way: its first sentence opens it and its last sentence,
    which usually carries the point, closes it.
    """
    text = " ".join(story.split())
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    if len(text) <= limit or len(sentences) < 3:
        return say("Lead in with your story: {text}", text=text)
    return (
        say("Lead in with your story, in two minutes. Open with \u201c{first}\u201d "
            "and end on its point: \u201c{last}\u201d", first=sentences[0], last=sentences[-1])
    )


def _person(project: Project, stakeholder_id: str) -> Stakeholder:
    person = project.stakeholder(stakeholder_id)
    if person is None:
        raise message("unknown-stakeholder", where="stakeholders", id=stakeholder_id)
    return person


@dataclass
class _Index:
    """What every stakeholder's suggestions share, worked out once per project."""

    book: Playbook
    champion_id: str | None
    decision_makers: list[Stakeholder]
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    resistances: dict[str, list[Resistance]] = field(default_factory=dict)
    shows: dict[str, list[Action]] = field(default_factory=dict)
    own: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, project: Project, playbook: Playbook | None, analysis: Analysis | None = None
    ) -> _Index:
        from pitchkit.core.language import current_language
        from pitchkit.core.playbook_nl import localised

        found = analysis or analyse(project, playbook=playbook)
        lead = found.champion
        # The playbook's words (pattern names, counter-strategies) in the language spoken.
        book = localised(found.playbook, current_language())
        index = cls(book, lead.id if lead else None, list(found.decision_makers))
        for problem in project.problems:
            for pid in dict.fromkeys(problem.stakeholders):
                index.problems.setdefault(pid, []).append(problem)
        for resistance in project.resistances:
            if resistance.status != ResistanceStatus.RESOLVED:
                index.resistances.setdefault(resistance.stakeholder, []).append(resistance)
        for action in project.strategy.actions:
            if action.kind in (ActionKind.DEMO, ActionKind.PILOT) and not action.done:
                for pid in dict.fromkeys(action.stakeholders):
                    index.shows.setdefault(pid, []).append(action)
        for point in project.strategy.talking_points:
            if point.text.strip():
                index.own.setdefault(point.stakeholder, []).append(point.text)
        return index


def _problem_point(problem: Problem, book: Playbook) -> str:
    known = find_problem(problem.pattern, book) if problem.pattern else None
    text = say("Start from their problem, in their words: \u201c{problem}\u201d", problem=problem.description.strip())
    helps = problem.how_helps or (known.how_it_helps if known else "")
    if helps:
        text += f" {_sentence(helps)}"
    if problem.kpi:
        text += " " + say("Measure: {kpi}", kpi=problem.kpi.strip().rstrip("."))
        numbers = [
            f"{label}: {fragment(value)}"
            for label, value in ((say("now"), problem.baseline), (say("target"), problem.target))
            if value.strip()
        ]
        text += f" ({'; '.join(numbers)})." if numbers else "."
    elif known is not None:
        text += " " + say("Agree a measure with them, for example: {kpi}", kpi=_sentence(known.kpis[0]))
    return text


def _resistance_point(resistance: Resistance, person: Stakeholder, book: Playbook) -> str:
    pattern = find_pattern(resistance.pattern, book) if resistance.pattern else None
    counter = resistance.counter_strategy.strip()
    if not counter and pattern is not None:
        counter = pattern.counter_strategies[0].text
    name = pattern.name if pattern else (resistance.pattern or say("their objection"))
    heard = resistance.heard.strip()
    if heard and not any(uses_term(heard, t) for t in person.avoid_terms):
        opening = say("When they say \u201c{heard}\u201d", heard=heard)
    else:
        opening = say("On \u201c{name}\u201d", name=name)
    if counter:
        return f"{opening}: {_sentence(counter)}"
    return say("{opening}: ask what lies behind it before answering; no counter-strategy is chosen yet.", opening=opening)


def _suggest(project: Project, person: Stakeholder, index: _Index) -> list[str]:
    points: list[str] = []
    if index.champion_id == person.id:
        others = [p.name for p in index.decision_makers if p.id != person.id]
        to = say(" to {names}", names=", ".join(others)) if others else ""
        points.append(say(
            "Ask them to walk the talk: speak for it{to}, and give colleagues tacit "
            "permission to spend their own time on it.", to=to,
        ))
    problems = index.problems.get(person.id, [])
    points += [_problem_point(problem, index.book) for problem in problems]
    if not problems and stance_gap(person) > 0:
        points.append(say(
            "Ask about their work before pitching: find a problem of theirs this could solve, "
            "and talk about that rather than the concept."
        ))
    points += [
        _resistance_point(r, person, index.book) for r in index.resistances.get(person.id, [])
    ]
    shows = index.shows.get(person.id)
    ally = person.stance in (Stance.SUPPORTIVE, Stance.LEADING)
    if shows and ally and shows[0].kind is ActionKind.DEMO:
        points.append(say(
            "Ask them to lead the demonstration in their own words, on a case from their work."
        ))
    elif shows:
        # The action's title may be the advocate's own to-do: the point says what they will see.
        show = shows[0]
        when = say(" on {date}", date=written_day(show.due)) if show.due else ""
        what = say("the demonstration") if show.kind is ActionKind.DEMO else say("the pilot")
        points.append(say("Show rather than tell: invite them to {what}{when} rather than describe the idea.", what=what, when=when))
    if project.pitch.evidence:
        evidence = project.pitch.evidence[0]
        told = f"{evidence.title} {evidence.detail} {evidence.source}"
        if _theirs(person, told):
            points.append(say(
                "The evidence comes from their own unit: ask them to tell the results in their "
                "words rather than hear them from you."
            ))
        else:
            text = say("Evidence: {title}", title=_sentence(evidence.title))
            if evidence.detail:
                text += f" {_sentence(evidence.detail)}"
            if evidence.source:
                text += " " + say("(Source: {source}.)", source=evidence.source.strip())
            points.append(text)
    if project.pitch.story.strip():
        points.append(_story_point(project.pitch.story))
    if person.decision_maker and project.pitch.ask.strip():
        points.append(say("The ask: {ask}", ask=_sentence(project.pitch.ask)))
    return [point for point in points if point]


def _theirs(person: Stakeholder, text: str) -> bool:
    """Whether `text` names the person or their department (the evidence is their own)."""
    return any(uses_term(text, word) for word in (person.name, person.department) if len(word.strip()) > 3)


def suggest_talking_points(
    project: Project, stakeholder_id: str, *, playbook: Playbook | None = None
) -> list[str]:
    """Suggested talking points for one stakeholder (see the module docstring)."""
    person = _person(project, stakeholder_id)
    return _suggest(project, person, _Index.of(project, playbook))


def own_talking_points(project: Project, stakeholder_id: str) -> list[str]:
    """The talking points the user wrote or accepted for this stakeholder."""
    return [
        point.text
        for point in project.strategy.talking_points
        if point.stakeholder == stakeholder_id and point.text.strip()
    ]


def talking_points_for(
    project: Project, stakeholder_id: str, *, playbook: Playbook | None = None
) -> list[str]:
    """The user's own talking points for this stakeholder, then the suggestions."""
    person = _person(project, stakeholder_id)
    own = own_talking_points(project, stakeholder_id)
    return _together(own, _suggest(project, person, _Index.of(project, playbook)))


def _together(own: list[str], suggested: list[str]) -> list[str]:
    """The user's own points first, then the suggestions they do not already make."""
    kept = {" ".join(point.split()).casefold() for point in own}
    return own + [p for p in suggested if " ".join(p.split()).casefold() not in kept]


def all_talking_points(
    project: Project, *, playbook: Playbook | None = None, analysis: Analysis | None = None
) -> dict[str, list[str]]:
    """`talking_points_for` every stakeholder (by id), in linear time: for whole documents.

    With `analysis` (of this project), its champion and playbook are used.
    """
    index = _Index.of(project, playbook, analysis)
    return {
        person.id: _together(index.own.get(person.id, []), _suggest(project, person, index))
        for person in project.stakeholders
    }
