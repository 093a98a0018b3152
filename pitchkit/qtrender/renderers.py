"""The Qt-drawn parts of exports, offered to the Qt-free document pipeline.

`documents/` never imports Qt: the command line and the app pass these in
(`export_project(..., writers=qt_writers(), pictures=qt_pictures())`).  Importing this
module is cheap; Qt loads only when a PDF or a picture is actually made.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pitchkit.core.model import Project

if TYPE_CHECKING:
    from pitchkit.documents.pictures import Picture

#: templates.SUFFIX, which cannot be imported here without Jinja (a test pins the two together).
TEMPLATE_SUFFIX = ".md.j2"


def _map_png(project: Project, shared: bool = False, cached: Path | None = None) -> bytes:
    """The map picture, from the picture cache when this project was drawn before.

    Laying out, drawing and PNG-encoding the map is most of an export's time, so pictures
    are kept in the app-data folder (`cache/pictures/`).  The key is the whole project plus
    the layout and painter source and the Qt version: any edit, or any change to the code
    that could alter a pixel, draws afresh.  A cache hit needs neither the layout nor Qt.
    A picture a child process started drawing (MapPicture.start) is collected from it.
    """
    cached = cached or _picture_cache_path(project, shared)
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
    While the child draws, a call gives a documents.pictures.PendingPicture: the header (its
    size, known from the layout) at once, the bytes when the writer packs the file.
    """

    def __init__(self, shared: bool = False) -> None:
        self.shared = shared
        #: The PNG header of each picture a child is drawing, by its cache file.
        self._heads: dict[str, bytes] = {}

    def __call__(self, project: Project) -> Picture:
        from pitchkit.qtrender import picture_worker

        cached = _picture_cache_path(project, self.shared)
        head = self._heads.get(str(cached)) if cached is not None else None
        if head is not None and picture_worker.drawing(str(cached)):
            from pitchkit.documents.pictures import PendingPicture

            return PendingPicture(head, lambda: _map_png(project, self.shared, cached))
        return _map_png(project, self.shared, cached)

    def start(self, project: Project) -> None:
        from pitchkit.qtrender import picture_worker

        cached = _picture_cache_path(project, self.shared)
        if cached is None or cached.is_file() or not prepare_child():
            return
        # The layout is made here while the child imports Qt, then handed over (~10 KB).
        import pickle

        from pitchkit.core.document_map import document_map
        from pitchkit.core.language import current_language
        from pitchkit.core.map_picture import map_png_head

        layout = document_map(project)
        job = pickle.dumps((layout, self.shared, current_language()))
        if picture_worker.submit(str(cached), job):
            self._heads[str(cached)] = map_png_head(layout)


def prepare_child() -> bool:
    """A child process importing the drawing code now, for a map drawn soon (picture_worker.py)."""
    from pitchkit.qtrender import picture_worker

    return picture_worker.prepare(_prepare_drawing, _draw_job)


def warm_up(project_file: Path, template: str) -> None:
    """Start the drawing child at once when this export will most likely draw the map.

    The command line calls this before it loads anything, so Qt's import in the child
    overlaps the parent's.  Likely means: the template's file names the map, and no
    picture in the cache is newer than the project file (an export since the last save
    would have left one).  A wrong guess costs only the unused child (ended when the
    export is done) or, the other way, an export that starts its child later.
    """
    from pitchkit import paths
    from pitchkit.qtrender import picture_worker

    if not picture_worker.can_fork():
        return
    try:
        saved = project_file.stat().st_mtime
        folder = paths.app_data_dir() / "cache" / "pictures"
        with os.scandir(folder) if folder.is_dir() else contextlib.nullcontext(()) as pictures:
            if any(entry.stat().st_mtime >= saved for entry in pictures):
                return
        if not any(b"pitchkit:map" in _head(source) for source in _template_files(template)):
            return
    except OSError:
        return
    # What both processes import anyway, imported once before the fork (~5 ms of the child's).
    import zipfile  # noqa: F401 - the Word writer's, and Qt's support code's

    import pitchkit.core.map_layout  # noqa: F401 - the parent lays out, the child paints from it

    prepare_child()


def _head(path: Path) -> bytes:
    """The first megabyte of a template file (a guess needs no more; the loader bounds the rest)."""
    with path.open("rb") as source:
        return source.read(1 << 20)


def _template_files(template: str) -> list[Path]:
    """The files that may hold template `template` (templates.py's folders, any language)."""
    from pitchkit import paths

    found = []
    for folder in (paths.templates_dir(), paths.user_templates_dir()):
        found += [*folder.glob(template + TEMPLATE_SUFFIX), *folder.glob(f"*/{template}{TEMPLATE_SUFFIX}")]
    return [path for path in found if path.is_file()]


def _prepare_drawing() -> None:
    """In the child: import and start what painting needs, before the layout arrives."""
    from pitchkit.qt_boot import import_qt

    import_qt()  # PySide's support code as compiled before (~40 ms of the child's import)
    from pitchkit.qtrender.map_painter import prepare_painting

    prepare_painting()


def _draw_job(job: bytes) -> bytes:
    """In the child: the PNG of a pickled (layout, shared, language) from `MapPicture.start`."""
    import pickle

    from pitchkit.core.language import speaking
    from pitchkit.qtrender.map_painter import png_bytes, render_image

    layout, shared, language = pickle.loads(job)
    with speaking(language):
        return png_bytes(render_image(layout, shared=shared))


#: The core modules a map picture is made from (beside qtrender/map_painter.py): the layout,
#: its search, the document map, the picture's size, and the Dutch of the map's words.
PICTURE_SOURCES = ("map_layout.py", "map_search.py", "document_map.py", "map_picture.py", "say_nl.py")


@functools.cache
def _code_digest() -> bytes | None:
    """The hash of the code a map picture is made from, read once a process (None: unreadable)."""
    import hashlib
    from importlib.util import find_spec

    # PySide6's __init__.py names its version; finding it does not import Qt (a hit must
    # stay Qt-free) and, unlike importlib.metadata, costs no directory scan.  The layout
    # module is found, not imported, too: a hit needs no layout (its import is ~9 ms).
    qt = find_spec("PySide6")
    layout = find_spec("pitchkit.core.map_layout")
    try:
        layout_file = Path(layout.origin if layout and layout.origin else "")
        digest = hashlib.sha256()
        for name in PICTURE_SOURCES:
            digest.update(layout_file.with_name(name).read_bytes())
        digest.update(Path(__file__).with_name("map_painter.py").read_bytes())
        digest.update(Path(qt.origin).read_bytes() if qt and qt.origin else b"no Qt")
    except (OSError, TypeError):
        return None
    return digest.digest()


def _picture_cache_path(project: Project, shared: bool = False) -> Path | None:
    import hashlib

    import msgspec

    from pitchkit import paths
    from pitchkit.core.language import current_language

    code = _code_digest()
    if code is None:
        return None
    digest = hashlib.sha256(code)
    try:
        digest.update(msgspec.json.encode(project))
    except (TypeError, msgspec.EncodeError):
        return None
    # The map's words: the language they are drawn in (their Dutch is in say_nl.py).
    digest.update(current_language().encode())
    kind = "shared-map" if shared else "map"
    return paths.app_data_dir() / "cache" / "pictures" / f"{kind}-{digest.hexdigest()[:40]}.png"


def qt_writers() -> dict[str, Callable[..., list[str]]]:
    """The writers of the formats that need Qt (formats.py), by format; each imports Qt when called."""
    from pitchkit.documents import formats

    return {spec.name: spec.lazy_writer() for spec in formats.FORMATS if spec.needs_qt}


def qt_pictures() -> dict[str, Callable[[Project], Picture]]:
    """Pictures a template can show, by name (`![Stakeholder map](pitchkit:map)`).

    `pitchkit:map:shared` is the same map for shared documents (export.SHARED_STYLE).
    """
    return {"pitchkit:map": MapPicture(), "pitchkit:map:shared": MapPicture(shared=True)}
