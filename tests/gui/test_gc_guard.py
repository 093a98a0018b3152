"""Cycles are collected on the GUI thread only: a worker never destroys another thread's objects."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QRunnable, QThreadPool

from pitchkit.gui.app import application
from pitchkit.gui.gc_guard import GuiThreadCollector, collect_on_gui_thread

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_app_collects_on_its_own_thread(qapp):
    app = application()
    assert not gc.isenabled()
    assert collect_on_gui_thread(app) is app.findChild(GuiThreadCollector)  # installed once


def test_a_busy_worker_never_runs_a_collection(qapp, qtbot):
    collect_on_gui_thread(qapp)
    threads: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    class Churn(QRunnable):
        def run(self) -> None:  # far past every threshold: with automatic collection on, this collects
            for _ in range(200_000):
                _Cycle()

    gc.callbacks.append(note)
    try:
        pool = QThreadPool()
        pool.start(Churn())
        assert pool.waitForDone(30_000)
        worker_collections = list(threads)
        qtbot.waitUntil(lambda: len(threads) > len(worker_collections), timeout=5_000)  # the timer's turn
    finally:
        gc.callbacks.remove(note)
    assert worker_collections == []
    assert set(threads) == {threading.main_thread().name}


def test_the_timer_collects(qapp, qtbot):
    collector = collect_on_gui_thread(qapp)
    first = collector.threshold[0]
    for _ in range(first + 10):  # garbage cycles past the first threshold
        _Cycle()
    assert gc.get_count()[0] > first  # nothing collected them automatically
    qtbot.waitUntil(lambda: gc.get_count()[0] < first, timeout=5_000)  # the timer did
