"""Every output format in one table: what `-f` accepts, what the Generate step lists, which writer runs.

Adding a format is one `OutputFormat` entry in `FORMATS` and one writer module:
- a *document* format (docx, html ...) renders a template into the document tree and
  hands it to a `Writer`, which must handle every block type (tests/documents/test_writers.py);
- a *project* format (a register, a calendar) takes no template: its `ProjectWriter` gets
  the whole project.
Writers are named by import path and imported only when used (python-docx alone costs
~80 ms).  A writer that needs Qt (`needs_qt`) lives in `pitchkit.qtrender`; this package
never imports it: the callers that have Qt pass it in (`qtrender.renderers.qt_writers`).
tests/documents/test_formats.py checks every entry, so a forgotten piece fails a test
instead of the Generate page.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import msgspec

from pitchkit.core.messages import message

if TYPE_CHECKING:
    from pitchkit.core.model import Project
    from pitchkit.documents.tree import Document


class FormatKind(enum.Enum):
    """What a format writes: a rendered template, or the whole project."""

    DOCUMENT = "document"  # a template rendered into the document tree
    PROJECT = "project"  # the project itself (a register, a calendar); no template


class WriteOptions(msgspec.Struct, frozen=True):
    """What a writer may be told besides what to write; each format reads the fields it names."""

    #: A .docx whose styles the Word output uses (None: the bundled reference).
    reference_docx: Path | None = None
    #: (display name, address) of each person an email draft is addressed to.
    recipients: tuple[tuple[str, str], ...] = ()
    #: (file name, bytes) of each file an email draft carries.
    attachments: tuple[tuple[str, bytes], ...] = ()


#: The options of a writer called with none.
NO_OPTIONS = WriteOptions()


class Writer(Protocol):
    """A document format's writer: the tree to a file, atomically; returns warnings for the user."""

    def __call__(self, doc: Document, out_path: str | os.PathLike[str], options: WriteOptions, /) -> list[str]: ...


class ProjectWriter(Protocol):
    """A project format's writer: the whole project to a file, atomically; returns warnings."""

    def __call__(self, project: Project, out_path: str | os.PathLike[str], options: WriteOptions, /) -> list[str]: ...


class OutputFormat(msgspec.Struct, frozen=True):
    """One output format: its names for the user, its file type and the writer that makes it."""

    #: What `-f` takes and the Generate step remembers, e.g. "docx".
    name: str
    #: The file name ending, without the dot.
    extension: str
    #: How menus and the Generate step name it, e.g. "Word (.docx)".
    label: str
    #: The file dialog's filter, e.g. "Word documents (*.docx)".
    file_filter: str
    #: "module:function" of the writer, imported on first use.
    writer: str
    kind: FormatKind = FormatKind.DOCUMENT
    #: The writer paints with Qt: only callers with Qt can run it (they pass it in).
    needs_qt: bool = False
    #: May carry a document that goes to other people (a shared template).
    shared: bool = True
    #: May carry the advocate's own private documents (stances, quotes, talking points).
    private: bool = True
    #: The `WriteOptions` fields this format reads; the others are never passed to it.
    options: frozenset[str] = frozenset()

    @property
    def takes_template(self) -> bool:
        """Whether an export in this format renders a template (document formats do)."""
        return self.kind is FormatKind.DOCUMENT

    def file_name(self, stem: str) -> str:
        """`stem` with this format's extension."""
        return f"{stem}.{self.extension}"

    def load_writer(self) -> Callable[..., list[str]]:
        """The writer function (a `Writer`, or a `ProjectWriter` for a project format), imported now."""
        module, _, function = self.writer.partition(":")
        # `__import__` rather than importlib.import_module: only imports made through it show
        # in `python -X importtime`, which is how export start-up is measured and checked.
        found: Callable[..., list[str]] = getattr(__import__(module, fromlist=[function]), function)
        return found

    def lazy_writer(self) -> Callable[..., list[str]]:
        """The writer, imported only when first called (Qt loads only when a PDF is made)."""

        def write(*args: Any) -> list[str]:
            return self.load_writer()(*args)

        return write

    def own_options(self, options: WriteOptions) -> WriteOptions:
        """`options` with the fields this format does not read left at their defaults."""
        defaults = WriteOptions()
        kept = {
            name: getattr(options if name in self.options else defaults, name)
            for name in WriteOptions.__struct_fields__
        }
        return WriteOptions(**kept)


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat(
        "docx", "docx", "Word (.docx)", "Word documents (*.docx)",
        "pitchkit.documents.docx_writer:write_docx", options=frozenset({"reference_docx"}),
    ),
    OutputFormat("pdf", "pdf", "PDF", "PDF documents (*.pdf)", "pitchkit.qtrender.pdf_writer:write_pdf", needs_qt=True),
    OutputFormat("html", "html", "HTML", "Web pages (*.html)", "pitchkit.documents.html_writer:write_html"),
    OutputFormat("md", "md", "Markdown", "Markdown (*.md)", "pitchkit.documents.md_writer:write_md"),
    # An email draft goes to other people: only shared documents (the follow-up email).
    OutputFormat(
        "eml", "eml", "Email draft (.eml)", "Email drafts (*.eml)", "pitchkit.documents.eml_writer:write_eml",
        private=False, options=frozenset({"recipients", "attachments"}),
    ),
    # The register and the calendar: the project itself, no template.
    OutputFormat(
        "csv", "csv", "Register (.csv)", "CSV files (*.csv)", "pitchkit.documents.csv_writer:write_csv",
        kind=FormatKind.PROJECT,
    ),
    OutputFormat(
        "xlsx", "xlsx", "Register (.xlsx)", "Excel workbooks (*.xlsx)", "pitchkit.documents.xlsx_writer:write_xlsx",
        kind=FormatKind.PROJECT,
    ),
    OutputFormat(
        "ics", "ics", "Calendar (.ics)", "Calendars (*.ics)", "pitchkit.documents.ics_writer:write_ics",
        kind=FormatKind.PROJECT,
    ),
)


def names() -> tuple[str, ...]:
    """Every format's name, in the table's order (the command line's `-f` choices)."""
    return tuple(f.name for f in FORMATS)


def document_formats() -> tuple[OutputFormat, ...]:
    """The formats a template can be exported to (the Generate step's list)."""
    return tuple(f for f in FORMATS if f.kind is FormatKind.DOCUMENT)


def find(name: str) -> OutputFormat | None:
    """The format called `name`, or None."""
    return next((f for f in FORMATS if f.name == name), None)


def get(name: str) -> OutputFormat:
    """The format called `name`; ExportError naming the choices when there is none."""
    found = find(name)
    if found is None:
        raise message("export-unknown-format", where="--format", fmt=name, choices=", ".join(names()))
    return found

