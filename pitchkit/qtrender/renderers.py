"""The Qt-drawn parts of exports, offered to the Qt-free document pipeline.

`documents/` never imports Qt: the command line and the app pass these in
(`export_project(..., writers=qt_writers(), pictures=qt_pictures())`).  Importing this
module is cheap; Qt loads only when a PDF or a picture is actually made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pitchkit.core.model import Project


def _map_png(project: Project, shared: bool = False) -> bytes:
    """The map picture, from the picture cache when this project was drawn before.

    Laying out, drawing and PNG-encoding the map is most of an export's time, so pictures
    are kept in the app-data folder (`cache/pictures/`).  The key is the whole project plus
    the layout and painter source and the Qt version: any edit, or any change to the code
    that could alter a pixel, draws afresh.  A cache hit needs neither the layout nor Qt.
    A picture a child process started drawing (MapPicture.start) is collected from it.
    """
    cached = _picture_cache_path(project, shared)
    if cached is not None:
        try:
            return cached.read_bytes()
        except OSError:
            pass
    from pitchkit.qtrender import picture_worker

    data = (picture_worker.collect(str(cached)) if cached is not None else None) or _draw(project, shared)
    if cached is not None:
        try:
            from pitchkit.core.safe_write import write_atomic

            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cached, data)
        except OSError:
            pass  # a cache that cannot be written only costs speed
    return data


def _draw(project: Project, shared: bool) -> bytes:
    from pitchkit.core.document_map import document_map
    from pitchkit.qtrender.map_painter import render_png

    return render_png(project, layout=document_map(project), shared=shared)


class MapPicture:
    """The map picture maker for documents: called for the PNG; `start` begins drawing it early.

    `start(project)` (export.build_document calls it before rendering a template that shows
    the picture) forks a child to draw it when it is not in the cache (picture_worker.py),
    so a first export's Qt import, layout, painting and PNG encoding overlap the rest.
    """

    def __init__(self, shared: bool = False) -> None:
        self.shared = shared

    def __call__(self, project: Project) -> bytes:
        return _map_png(project, self.shared)

    def start(self, project: Project) -> None:
        from pitchkit.qtrender import picture_worker

        cached = _picture_cache_path(project, self.shared)
        if cached is None or cached.is_file() or not picture_worker.can_fork():
            return
        picture_worker.start(str(cached), lambda: _draw(project, self.shared))


def _picture_cache_path(project: Project, shared: bool = False) -> Path | None:
    import hashlib
    from importlib.util import find_spec

    import msgspec

    from pitchkit import paths
    from pitchkit.core.language import current_language

    # PySide6's __init__.py names its version; finding it does not import Qt (a hit must
    # stay Qt-free) and, unlike importlib.metadata, costs no directory scan.  The layout
    # module is found, not imported, too: a hit needs no layout (its import is ~9 ms).
    qt = find_spec("PySide6")
    layout = find_spec("pitchkit.core.map_layout")
    try:
        layout_file = Path(layout.origin if layout and layout.origin else "")
        digest = hashlib.sha256(layout_file.read_bytes())
        digest.update(layout_file.with_name("document_map.py").read_bytes())
        digest.update(Path(__file__).with_name("map_painter.py").read_bytes())
        digest.update(Path(qt.origin).read_bytes() if qt and qt.origin else b"no Qt")
        digest.update(msgspec.json.encode(project))
        # The map's words: the language they are drawn in, and their Dutch.
        digest.update(current_language().encode())
        digest.update(layout_file.with_name("say_nl.py").read_bytes())
    except (OSError, TypeError, msgspec.EncodeError):
        return None
    kind = "shared-map" if shared else "map"
    return paths.app_data_dir() / "cache" / "pictures" / f"{kind}-{digest.hexdigest()[:40]}.png"


def qt_writers() -> dict[str, Callable[..., list[str]]]:
    """The writers of the formats that need Qt (formats.py), by format; each imports Qt when called."""
    from pitchkit.documents import formats

    return {spec.name: spec.lazy_writer() for spec in formats.FORMATS if spec.needs_qt}


def qt_pictures() -> dict[str, Callable[[Project], bytes]]:
    """Pictures a template can show, by name (`![Stakeholder map](pitchkit:map)`).

    `pitchkit:map:shared` is the same map for shared documents (export.SHARED_STYLE).
    """
    return {"pitchkit:map": MapPicture(), "pitchkit:map:shared": MapPicture(shared=True)}
