"""The one export pipeline: project -> context -> Jinja -> Markdown -> tree -> writer.

The preview uses `build_document`, so what it shows is what every export writes.
Writers are looked up by format; a caller can add one (the GUI brings a Qt PDF writer)
through `writers=`, which keeps Qt out of this package.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pitchkit.core.errors import PitchKitError
from pitchkit.core.messages import message
from pitchkit.core.model import Project
from pitchkit.documents.context import build_context
from pitchkit.documents.templates import find_template, render_template
from pitchkit.documents.tree import Document, language_tag, markdown_to_document

FORMATS = ("docx", "pdf", "html", "md")

#: A writer: (document, output path, **options) -> warnings for the user.
Writer = Callable[..., list[str]]
#: Draws a named picture of the project as PNG bytes.
PictureMaker = Callable[[Project], bytes]


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote, and anything the user should know about it."""

    path: Path
    warnings: list[str] = field(default_factory=list)


def render_markdown(
    project: Project, template: str = "proposal", audience: str | None = None
) -> str:
    """The template rendered for `project` (and one stakeholder, with `audience`), as Markdown."""
    info = find_template(template)
    return render_template(info, build_context(project, audience))


def build_document(
    project: Project,
    template: str = "proposal",
    audience: str | None = None,
    *,
    images: Mapping[str, bytes] | None = None,
    pictures: Mapping[str, PictureMaker] | None = None,
) -> Document:
    """The document tree for `project`.

    `images` maps picture names (`pitchkit:map`) to PNG bytes; `pictures` maps names to
    functions that draw them, called only when the rendered template shows that picture.
    """
    info = find_template(template)
    markdown = render_template(info, build_context(project, audience))
    images = dict(images or {})
    for name, make in (pictures or {}).items():
        if name not in images and f"]({name})" in markdown:
            images[name] = make(project)
    fallback_title = info.title or project.title or project.pitch.initiative or info.name
    return markdown_to_document(
        markdown, title=fallback_title, author=project.pitch.advocate, images=images,
        language=language_tag(getattr(project, "language", None)),  # no such field yet: en-GB
    )


def _builtin_writer(fmt: str) -> Writer | None:
    # Imported on use: python-docx alone costs ~80 ms of start-up.
    if fmt == "docx":
        from pitchkit.documents.docx_writer import write_docx

        return write_docx
    if fmt == "html":
        from pitchkit.documents.html_writer import write_html

        return write_html
    if fmt == "md":
        from pitchkit.documents.md_writer import write_md

        return write_md
    return None


def export_project(
    project: Project,
    *,
    out: str | os.PathLike[str],
    fmt: str = "docx",
    template: str = "proposal",
    audience: str | None = None,
    reference_docx: str | os.PathLike[str] | None = None,
    images: Mapping[str, bytes] | None = None,
    pictures: Mapping[str, PictureMaker] | None = None,
    writers: Mapping[str, Writer] | None = None,
) -> ExportReport:
    """Render `project` with `template` and write it as `fmt` to `out` (never half written)."""
    with _cycle_collector_paused():
        return _export(project, out, fmt, template, audience, reference_docx, images, pictures, writers)


@contextlib.contextmanager
def _cycle_collector_paused():
    """Python's cycle collector off for one export (reference counting still frees everything).

    An export makes hundreds of thousands of short-lived objects and almost no cycles, yet
    each collection walks every live one: 10% of a 5,000-stakeholder export went there
    (1,025 ms with it, 910 ms without), enough to make the pipeline grow faster than the
    project.  The previous state is restored afterwards, also on errors.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _export(project, out, fmt, template, audience, reference_docx, images, pictures, writers) -> ExportReport:
    if fmt not in FORMATS:
        raise message("export-unknown-format", where="--format", fmt=fmt, choices=", ".join(FORMATS))
    writer = (writers or {}).get(fmt) or _builtin_writer(fmt)
    if writer is None:
        raise message("export-format-unavailable", where="--format", fmt=fmt.upper())
    doc = build_document(project, template, audience, images=images, pictures=pictures)
    out_path = Path(out)
    # The reference document only shapes Word output; other formats ignore it.
    options = {"reference_docx": reference_docx} if fmt == "docx" and reference_docx else {}
    try:
        warnings = writer(doc, out_path, **options)
    except PitchKitError:
        raise
    except OSError as exc:
        raise message(
            "export-write-failed", file=str(out_path), reason=exc.strerror or exc
        ) from None
    return ExportReport(path=out_path, warnings=list(warnings))
