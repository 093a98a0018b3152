"""How fluid the map is with 500 people and 1,000 links (offscreen).

Builds the Map page on a generated 500-stakeholder project with 1,000 influence links, then
drags one card through 100 mouse-move steps (each step: the mouse event, the scene update
and the repaint of the viewport) and reports the median and worst step; then the drop (one
undo step, re-layout, items moved) and a rebuild after an undo; then the network layout.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_map
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STAKEHOLDERS = 500
LINKS = 1000
MOVES = 100


def build_project():
    from benchmarks.projectgen import generate_project
    from pitchkit.core.model import Link

    project = generate_project(STAKEHOLDERS)
    rng = random.Random(7)
    ids = [p.id for p in project.stakeholders]
    have = {(link.source, link.target) for link in project.links}
    n = 0
    while len(project.links) < LINKS:
        a, b = rng.sample(ids, 2)
        if (a, b) not in have:
            have.add((a, b))
            project.links.append(Link(id=f"l-extra-{n:04d}", source=a, target=b, strength=rng.randint(1, 3)))
            n += 1
    return project


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pitchkit.gui.map_view import MapView
    from pitchkit.gui.pages.map_page import MapPage
    from pitchkit.gui.session import ProjectSession
    from pitchkit.gui.steps import steps

    app = QApplication.instance() or QApplication(sys.argv[:1])
    project = build_project()
    session = ProjectSession()
    step = next(s for s in steps() if s.key == "map")

    started = time.perf_counter()
    page = MapPage(session, step)
    page.resize(1400, 900)
    page.show()
    session.set_project(project, None)
    app.processEvents()
    built = time.perf_counter() - started
    view: MapView = page.view
    view.set_zoom(1.0)

    person = project.stakeholders[0]
    item = page.scene.nodes[person.id]
    view.centerOn(item)
    app.processEvents()
    viewport = view.viewport()
    start = view.mapFromScene(item.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    times = []
    for i in range(1, MOVES + 1):
        pos = QPointF(start.x() + i * 3, start.y() + i * 2)
        event = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        t0 = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        app.processEvents()  # the scene's queued update and the viewport paint
        times.append(time.perf_counter() - t0)
    end = QPointF(start.x() + MOVES * 3, start.y() + MOVES * 2).toPoint()
    t0 = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    app.processEvents()
    drop = time.perf_counter() - t0
    assert session.undo_stack.count() == 1, "the drag is one undo step"

    t0 = time.perf_counter()
    session.undo_stack.undo()
    app.processEvents()
    rebuild = time.perf_counter() - t0

    t0 = time.perf_counter()
    page.network_action.trigger()
    app.processEvents()
    network = time.perf_counter() - t0

    print(f"map benchmark: {len(project.stakeholders)} stakeholders, {len(project.links)} links (offscreen)")
    print(f"  build the page and scene      {ms(built)}")
    print(f"  drag step, median ({MOVES} moves) {ms(statistics.median(times))}")
    print(f"  drag step, worst              {ms(max(times))}")
    print(f"  drop: undo step + re-layout   {ms(drop)}")
    print(f"  rebuild after undo            {ms(rebuild)}")
    print(f"  switch to the network layout  {ms(network)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
