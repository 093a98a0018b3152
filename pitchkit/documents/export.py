"""The one export pipeline: project -> context -> Jinja -> Markdown -> tree -> writer.

The preview uses `build_document`, so what it shows is what every export writes.
Writers are looked up in the format registry (formats.py); a caller can add or replace one
through `writers=` (the command line and the GUI bring the Qt PDF writer), which keeps Qt
out of this package.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

import msgspec

from pitchkit.core.collector import collector_paused
from pitchkit.core.errors import PitchKitError
from pitchkit.core.language import speaking
from pitchkit.core.messages import message
from pitchkit.core.model import Project, Stance
from pitchkit.documents import formats
from pitchkit.documents.context import build_context
from pitchkit.documents.formats import FormatKind, ProjectWriter, WriteOptions, Writer
from pitchkit.documents.pictures import Picture
from pitchkit.documents.templates import TemplateInfo, find_template, render_template
from pitchkit.documents.tree import Document, language_tag, markdown_to_document

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis
    from pitchkit.core.anonymise import AnonymiseOptions

#: A picture name with this ending draws that picture for shared documents.
SHARED_STYLE = ":shared"
#: Draws a named picture of the project as PNG bytes (or a promise of them: pictures.PendingPicture).
PictureMaker = Callable[[Project], Picture]


class ExportReport(msgspec.Struct, frozen=True):
    """What an export wrote, and anything the user should know about it."""

    path: Path
    warnings: list[str] = msgspec.field(default_factory=list)


def render_markdown(
    project: Project, template: str = "proposal", audience: str | None = None, *, language: str | None = None
) -> str:
    """The template rendered for `project` (and one stakeholder, with `audience`), as Markdown."""
    info = find_template(template, document_language(project, language))
    with speaking(info.language):
        return render_template(info, build_context(project, audience, language=info.language, shared=info.shared))


def document_language(project: Project, language: str | None = None) -> str:
    """A document's language: `language` if given, else the project's, else PitchKit's own.

    The template found for it may still be in another language (a user's template written
    only in English): the document then takes the template's language.
    """
    from pitchkit.core.language import current_language

    own = project.language if isinstance(project.language, str) else ""
    return language or own or current_language()


def build_document(
    project: Project,
    template: str = "proposal",
    audience: str | None = None,
    *,
    images: Mapping[str, Picture] | None = None,
    pictures: Mapping[str, PictureMaker] | None = None,
    analysis: Analysis | None = None,
    language: str | None = None,
) -> Document:
    """The document tree for `project`.

    `images` maps picture names (`pitchkit:map`) to PNG bytes; `pictures` maps names to
    functions that draw them, called only when the rendered template shows that picture.
    `analysis` is the caller's analysis of this state of `project` (else one is made).
    `language` ("en", "nl") overrides the project's (`document_language`).
    """
    info = find_template(template, document_language(project, language))
    images = dict(images or {})
    given = dict(pictures or {})
    with speaking(info.language):  # the language the picture's words and cache key are in
        _start_pictures(info, project, given, images)
    # The core's sentences (sequence reasons, findings) in the document's language, unless
    # the caller brings an analysis already made (the app's preview: the app's language).
    with speaking(info.language) if analysis is None else contextlib.nullcontext():
        context = build_context(project, audience, analysis=analysis, language=info.language, shared=info.shared)
        markdown = render_template(info, context)
    for name, make in given.items():
        if name in images or f"]({name})" not in markdown:
            continue
        # A picture's words (the map's axes and quadrants) in the document's language.
        with speaking(info.language):
            if info.shared:
                # A shared document's picture shows no stance: its own style when the caller
                # offers one (`<name>:shared`), and always drawn from a stance-free copy.
                make = given.get(name + SHARED_STYLE, make)
                images[name] = make(without_stances(project))
            else:
                images[name] = make(project)
    fallback_title = info.title or project.title or project.pitch.initiative or info.name
    doc = markdown_to_document(
        markdown, title=fallback_title, author=project.pitch.advocate, images=images,
        language=language_tag(info.language),
    )
    doc.private = not info.shared
    return doc


def _start_pictures(info: TemplateInfo, project: Project, given: dict[str, PictureMaker], images: dict[str, Picture]) -> None:
    """Let picture makers that can begin early (`start`: the map drawn in a child process,
    qtrender/picture_worker.py) begin now, for the pictures the template's own text names."""
    starters = [name for name, make in given.items() if hasattr(make, "start") and name not in images]
    if not starters:
        return
    try:
        source = info.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    for name in starters:
        if f"]({name})" not in source:
            continue
        make = given.get(name + SHARED_STYLE, given[name]) if info.shared else given[name]
        start = getattr(make, "start", None)
        if start is not None:
            start(without_stances(project) if info.shared else project)


def without_stances(project: Project) -> Project:
    """A copy of `project` in which everyone's stance, now and wanted, is the same.

    Pictures for a shared document are drawn from it, so they are the same whatever the
    stances (the map painter draws such a map without stance marks as well).
    """
    people = [
        msgspec.structs.replace(p, stance=Stance.NEUTRAL, stance_wanted=Stance.NEUTRAL)
        for p in project.stakeholders
    ]
    return msgspec.structs.replace(project, stakeholders=people)


def export_project(
    project: Project,
    *,
    out: str | os.PathLike[str],
    fmt: str = "docx",
    template: str = "proposal",
    audience: str | None = None,
    reference_docx: str | os.PathLike[str] | None = None,
    images: Mapping[str, Picture] | None = None,
    pictures: Mapping[str, PictureMaker] | None = None,
    writers: Mapping[str, Writer | ProjectWriter] | None = None,
    language: str | None = None,
    anonymise: AnonymiseOptions | None = None,
    attach: str | None = None,
) -> ExportReport:
    """Render `project` with `template` and write it as `fmt` to `out` (never half written).

    A project format (`FormatKind.PROJECT`) takes no template: its writer gets the project.
    A format that needs Qt is written only when `writers` brings its writer.  With
    `anonymise`, people are named by role (documents/sharing.py); `attach` names a file an
    email draft carries ("one-pager").
    """
    with collector_paused():
        from pitchkit.documents import sharing

        if anonymise is not None and audience:
            person = project.find_stakeholder(audience)  # by name, before the names go
            audience = person.id if person is not None else audience
        with speaking(document_language(project, language)):  # the words that replace names
            project = sharing.for_export(project, formats.get(fmt), anonymise)
        mail = sharing.mail_options(project, formats.get(fmt), attach, pictures)
        return _export(project, out, fmt, template, audience, reference_docx, images, pictures, writers, mail, language)


def _export(
    project: Project,
    out: str | os.PathLike[str],
    fmt: str,
    template: str,
    audience: str | None,
    reference_docx: str | os.PathLike[str] | None,
    images: Mapping[str, Picture] | None,
    pictures: Mapping[str, PictureMaker] | None,
    writers: Mapping[str, Writer | ProjectWriter] | None,
    mail: Mapping[str, object],
    language: str | None = None,
) -> ExportReport:
    spec = formats.get(fmt)
    writer: Writer | ProjectWriter | Callable[..., list[str]] | None = (writers or {}).get(fmt)
    if writer is None and not spec.needs_qt:
        writer = spec.load_writer()
    if writer is None:
        raise message("export-format-unavailable", where="--format", fmt=fmt.upper())
    out_path = Path(out)
    # Each format gets only the options it reads: the reference document shapes Word output alone.
    chosen = WriteOptions(reference_docx=Path(reference_docx) if reference_docx else None, **mail)  # type: ignore[arg-type]
    options = spec.own_options(chosen)
    doc = None
    if spec.kind is FormatKind.DOCUMENT:
        doc = build_document(project, template, audience, images=images, pictures=pictures, language=language)
        if doc.private and not spec.private:  # a private document never goes out as mail
            raise message("export-private-document", where="--template", template=template, fmt=spec.label)
    try:
        if doc is None:
            warnings = cast(ProjectWriter, writer)(project, out_path, options)
        else:
            warnings = cast(Writer, writer)(doc, out_path, options)
    except PitchKitError:
        raise
    except OSError as exc:
        raise message(
            "export-write-failed", file=str(out_path), reason=exc.strerror or exc
        ) from None
    return ExportReport(path=out_path, warnings=list(warnings))
