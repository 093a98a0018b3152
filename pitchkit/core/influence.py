"""Who influences whom: the graph of influence links and the chains of links through it.

A chain (path) is a list of stakeholder ids, from the person who speaks to the person who
listens at the end, following links from source to target.  Links to people who are not on
the map are ignored, and nobody appears twice in a chain, so cycles of links are safe.
"""

from __future__ import annotations

from collections import deque

from pitchkit.core.model import Project, Stakeholder

#: Longest chain of influence links the analysis follows.
MAX_PATH = 4

#: source id -> the ids of the people who listen to them, in link order.
Graph = dict[str, list[str]]
#: id -> (number of links from the start, the chain of ids from the start).
Reach = dict[str, tuple[int, list[str]]]


def adjacency(project: Project) -> Graph:
    """source id -> target ids (links to unknown people are ignored), in link order."""
    known = {person.id for person in project.stakeholders}
    out: Graph = {pid: [] for pid in known}
    for link in project.links:
        if link.source in known and link.target in known and link.target not in out[link.source]:
            out[link.source].append(link.target)
    return out


def distances(graph: Graph, start: str, max_len: int = MAX_PATH) -> Reach:
    """Breadth-first: id -> (number of links, path) for everyone reachable from `start`."""
    if start not in graph:
        return {}
    seen: Reach = {start: (0, [start])}
    queue: deque[str] = deque([start])
    while queue:
        current = queue.popleft()
        hops, path = seen[current]
        if hops >= max_len:
            continue
        for nxt in graph[current]:
            if nxt not in seen:
                seen[nxt] = (hops + 1, [*path, nxt])
                queue.append(nxt)
    return seen


def influence_paths(
    project: Project, from_id: str, to_id: str, max_len: int = MAX_PATH
) -> list[list[str]]:
    """Every chain of influence links from one stakeholder to another, shortest first.

    A path is a list of stakeholder ids from `from_id` to `to_id` with at most `max_len`
    links and no one twice (so cycles of links are safe).  `from_id == to_id` gives `[[id]]`.
    """
    graph = adjacency(project)
    if from_id not in graph or to_id not in graph:
        return []
    if from_id == to_id:
        return [[from_id]]
    found: list[list[str]] = []
    queue: deque[list[str]] = deque([[from_id]])
    while queue:
        path = queue.popleft()
        if len(path) > max_len:
            continue
        for nxt in graph[path[-1]]:
            if nxt in path:
                continue
            if nxt == to_id:
                found.append([*path, nxt])
            else:
                queue.append([*path, nxt])
    return found


def shortest_path(
    project: Project, from_id: str, to_id: str, max_len: int = MAX_PATH
) -> list[str] | None:
    """The shortest influence chain from one stakeholder to another, or None."""
    reach = distances(adjacency(project), from_id, max_len)
    if to_id not in reach:
        return None
    return reach[to_id][1]


def influencers_of(project: Project, stakeholder_id: str) -> list[Stakeholder]:
    """The stakeholders with a link straight to this one (people they listen to)."""
    sources = {link.source for link in project.links if link.target == stakeholder_id}
    return [person for person in project.stakeholders if person.id in sources]


def path_names(project: Project, path: list[str]) -> str:
    """A chain of ids as 'Name -> Name -> Name'."""
    names = {person.id: person.name for person in project.stakeholders}
    return " \u2192 ".join(names.get(pid, pid) for pid in path)
