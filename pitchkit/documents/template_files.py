"""Reading template files: bounded, type-checked, links only inside their template folder.

A template folder is shared and untrusted: a link `leak.md.j2 -> /etc/passwd` must not pull
an outside file into a document, a FIFO must not hang the export, and a huge file must not
take minutes to compile.  `FolderLoader` is Jinja's file loader with those checks; every
template and include is read through `read_source`.
"""

from __future__ import annotations

import contextvars
import os
from pathlib import Path
from typing import Any

import jinja2

from pitchkit.core.errors import TemplateError
from pitchkit.core.messages import message
from pitchkit.core.safe_read import read_text_bounded

#: Largest template file (or include) read, and most tags (`{{`, `{%`) in one.  Compiling
#: costs ~0.3 ms a tag and ~0.3 µs a byte of plain text: 4,000 tags compile in about a
#: second; the largest built-in template is 13 KB with 195 tags.
MAX_TEMPLATE_BYTES = 256 * 1024
MAX_TEMPLATE_TAGS = 4_000
#: Tags compiled for one render, the template and everything it includes together.
MAX_RENDER_TAGS = 8_000
compiled_tags: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("pk_tags", default=None)


def inside_folder(folder: Path, path: Path) -> bool:
    """Whether `path`, with every link resolved, is inside `folder` (resolved).

    A link in a template folder may point to another file of that folder, never outside it
    (`leak.md.j2 -> /etc/passwd` is not a template).
    """
    real_folder = os.path.realpath(folder)
    real = os.path.realpath(path)
    try:
        inside = os.path.commonpath([real_folder, real]) == real_folder and real != real_folder
    except ValueError:  # another drive on Windows
        return False
    return inside


def read_source(path: Path) -> str:
    """The text of a template file: regular, UTF-8, at most MAX_TEMPLATE_BYTES."""
    return read_text_bounded(
        path, MAX_TEMPLATE_BYTES, error=TemplateError, too_large="template-too-large", not_utf8="template-not-utf8"
    )


def count_tags(path: Path, source: str) -> None:
    """Refuse a template (or a set of includes) with more tags than compile in a second or two."""
    tags = source.count("{{") + source.count("{%")
    counted = compiled_tags.get()
    total = tags + (counted[0] if counted is not None else 0)
    if tags > MAX_TEMPLATE_TAGS or total > MAX_RENDER_TAGS:
        limit = MAX_TEMPLATE_TAGS if tags > MAX_TEMPLATE_TAGS else MAX_RENDER_TAGS
        raise message("template-too-many-tags", file=str(path), count=f"{limit:,}")
    if counted is not None:
        counted[0] = total


class FolderLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, except that links must resolve inside their template folder
    and files are read bounded and type-checked (core/safe_read.py)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        from jinja2.loaders import split_template_path

        pieces = split_template_path(template)  # refuses "..", as Jinja's own loader does
        for folder in self.searchpath:
            candidate = Path(folder, *pieces)
            if not os.path.lexists(candidate):
                continue
            if not inside_folder(Path(folder), candidate):
                raise message("template-outside", file=str(candidate), target=os.path.realpath(candidate))
            source = read_source(candidate)
            count_tags(candidate, source)
            real = os.path.realpath(candidate)
            mtime = os.path.getmtime(real)

            def uptodate(real: str = real, mtime: float = mtime) -> bool:
                try:
                    return os.path.getmtime(real) == mtime
                except OSError:
                    return False

            return source, str(candidate), uptodate
        raise jinja2.TemplateNotFound(template)
