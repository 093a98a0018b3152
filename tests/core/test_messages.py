"""The error catalogue: every entry renders, names a place and says what to do; every error
the core, the documents and the command line raise comes from it; the docs list it."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from pitchkit.core import messages
from pitchkit.core.errors import PitchKitError
from pitchkit.core.messages import CATALOGUE, catalogue_markdown, message, text

ROOT = Path(__file__).resolve().parents[2]
ERROR_NAMES = {"PitchKitError", "ProjectError", "TemplateError", "ExportError", "PlaybookError"}

#: Error constructions outside the catalogue, in files this change does not own yet: each is
#: (file, class) -> how many.  Move them to `message()` and shrink this list; never grow it.
NOT_YET_CATALOGUED: dict[tuple[str, str], int] = {}

#: Verbs an instruction may start with (after "; " or ". ").
ACTION_VERBS = {
    "add", "ask", "check", "choose", "create", "fix", "give", "link", "make", "open",
    "remove", "reinstall", "report", "restore", "run", "save", "see", "shorten", "swap",
    "update", "use",
}
#: Or the text states what the place needs instead.
STATES_THE_NEED = re.compile(r"\b(expected|must|needs?|may contain only)\b")


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def _sample(name: str) -> dict[str, str]:
    return {field: f"<{field}>" for field in _fields(CATALOGUE[name].text)}


def _says_what_to_do(rendered: str) -> bool:
    clauses = re.split(r"; |\. |: ", rendered)[1:]
    if any(clause.split(" ", 1)[0].lower() in ACTION_VERBS for clause in clauses):
        return True
    return bool(STATES_THE_NEED.search(rendered))


# --- the catalogue itself ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_each_entry_renders_names_a_place_and_an_action(name):
    entry = CATALOGUE[name]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name)
    assert entry.place.strip() and entry.text.strip()
    rendered = text(name, **_sample(name))
    assert "{" not in rendered and "}" not in rendered
    if entry.cls is None:  # a wording used inside another message, or a warning
        with pytest.raises(ValueError):
            message(name, **_sample(name))
    else:
        err = message(name, file="plan.pitchkit", where="stakeholders[3]", **_sample(name))
        assert isinstance(err, entry.cls)
        assert str(err) == f"plan.pitchkit: stakeholders[3]: {rendered}"
    if _fields(entry.text) != ["problem"]:  # project-invalid: the wording entries say it
        assert _says_what_to_do(rendered), f"{name}: say what to do: {rendered!r}"


def test_composite_entries_get_their_action_from_the_wordings():
    for name in ("project-invalid", "playbook-invalid"):
        assert CATALOGUE[name].text == "{problem}"
    wordings = [n for n, e in CATALOGUE.items() if e.cls is None and n.startswith(("value-", "id-", "list-"))]
    assert len(wordings) >= 8
    assert all(_says_what_to_do(text(n, **_sample(n))) for n in wordings)


def test_a_shared_entry_takes_the_callers_error_class_but_only_a_subclass():
    from pitchkit.core.errors import PlaybookError, ProjectError

    assert type(message("file-missing", file="a", error=PlaybookError)) is PlaybookError
    with pytest.raises(TypeError):
        message("project-truncated", error=PlaybookError)
    assert type(message("project-truncated")) is ProjectError


# --- nothing builds its own wording ------------------------------------------------------------


def _constructions(path: Path) -> list[tuple[str, int, str]]:
    """(class, line, source) of every call that builds one of the error classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ERROR_NAMES:
                found.append((name, node.lineno, ast.get_source_segment(path.read_text(encoding="utf-8"), node) or ""))
    return found


def _scanned_files() -> list[Path]:
    files = [*sorted((ROOT / "pitchkit/core").glob("*.py")), *sorted((ROOT / "pitchkit/documents").glob("*.py"))]
    return [p for p in files if p.name != "messages.py"] + [ROOT / "pitchkit/cli.py"]


def test_errors_are_built_only_from_the_catalogue():
    counts: dict[tuple[str, str], int] = {}
    sources: dict[tuple[str, str], list[str]] = {}
    for path in _scanned_files():
        for cls, line, source in _constructions(path):
            key = (path.relative_to(ROOT).as_posix(), cls)
            counts[key] = counts.get(key, 0) + 1
            sources.setdefault(key, []).append(f"line {line}: {source[:80]}")
    unexpected = {key: sources[key] for key in counts if key not in NOT_YET_CATALOGUED}
    assert not unexpected, f"build these with pitchkit.core.messages.message(): {unexpected}"
    for key, allowed in NOT_YET_CATALOGUED.items():
        assert counts.get(key, 0) <= allowed, f"{key}: new literal errors {sources.get(key)}"
    # When one of them moves to the catalogue, take it off the list too.
    assert counts == {k: v for k, v in NOT_YET_CATALOGUED.items() if k in counts}


def test_the_scan_sees_literal_errors(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('raise ProjectError(f"bad {x}", file=p)\nraise errors.TemplateError("no")\n')
    assert [(cls, line) for cls, line, _ in _constructions(sample)] == [("ProjectError", 1), ("TemplateError", 2)]


def test_the_cli_prints_only_catalogued_errors():
    tree = ast.parse((ROOT / "pitchkit/cli.py").read_text(encoding="utf-8"))
    literal_fails = [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_fail"
        and any(isinstance(arg, ast.Constant | ast.JoinedStr) for arg in node.args)
    ]
    assert literal_fails == []


# --- the documentation -------------------------------------------------------------------------

START, END = "<!-- catalogue: start -->\n", "<!-- catalogue: end -->"


def test_robustness_doc_lists_the_catalogue():
    doc = (ROOT / "docs/robustness.md").read_text(encoding="utf-8")
    assert START in doc and END in doc
    listed = doc.split(START, 1)[1].split(END, 1)[0]
    assert listed == catalogue_markdown(), (
        "docs/robustness.md is out of date: replace the table between the catalogue markers "
        "with the output of `python -m pitchkit.core.messages`"
    )


def test_module_prints_the_table(capsys):
    import runpy
    import sys

    saved = sys.modules.pop("pitchkit.core.messages")
    try:
        runpy.run_module("pitchkit.core.messages", run_name="__main__")
    finally:
        sys.modules["pitchkit.core.messages"] = saved
    assert capsys.readouterr().out == messages.catalogue_markdown()


def test_every_error_entry_has_a_class_that_renders_file_where_what():
    for name, entry in CATALOGUE.items():
        if entry.cls is not None:
            assert issubclass(entry.cls, PitchKitError), name


# --- real failures use the catalogue ------------------------------------------------------------


def _raised(call) -> PitchKitError:
    with pytest.raises(PitchKitError) as caught:
        call()
    return caught.value


def _project(body: str) -> bytes:
    return ('{"format": "pitchkit", "version": 1' + body + "}").encode()


def _project_triggers(tmp_path):
    from pitchkit.core import project_file
    from pitchkit.core.project_file import load_project, loads_project

    person = '{"id": "s-1", "name": "A"}'
    yield "file-missing", lambda: load_project(tmp_path / "nope.pitchkit")
    yield "file-is-folder", lambda: load_project(tmp_path)
    yield "project-truncated", lambda: loads_project(b'{"format": "pitchkit"', "x")
    yield "not-json", lambda: loads_project(b'{"format": "pitchkit",,}', "x")
    yield "project-conflict-markers", lambda: loads_project(b'{\n<<<<<<< HEAD\n"title": "a"\n=======\n"title": "b"\n>>>>>>> x\n}', "x")
    yield "project-not-utf8", lambda: loads_project(b'{"title": "\xff"}', "x")
    yield "too-deep", lambda: loads_project(b"[" * 100_000 + b"]" * 100_000, "x")
    yield "project-not-object", lambda: loads_project(b"[]", "x")
    yield "project-wrong-format", lambda: loads_project(b'{"format": "slides"}', "x")
    yield "project-bad-version", lambda: loads_project(b'{"format": "pitchkit", "version": 0}', "x")
    yield "project-invalid", lambda: loads_project(_project(', "title": 7'), "x")
    yield "id-twice", lambda: loads_project(_project(f', "stakeholders": [{person}, {person}]'), "x")
    yield "unknown-stakeholder", lambda: loads_project(_project(', "strategy": {"champion": "s-9"}'), "x")
    yield "self-link", lambda: loads_project(_project(
        f', "stakeholders": [{person}], "links": [{{"id": "l", "source": "s-1", "target": "s-1"}}]'), "x")
    yield "period-backwards", lambda: loads_project(_project(
        ', "strategy": {"busy_periods": [{"id": "b", "start": "2027-01-10", "end": "2026-01-01"}]}'), "x")

    def too_large():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(project_file, "MAX_FILE_BYTES", 10)
            loads_project(_project(""), "x")

    yield "project-too-large", too_large

    def no_migration():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(project_file, "FORMAT_VERSION", 3)
            loads_project(b'{"format": "pitchkit", "version": 2}', "x")

    yield "project-no-migration", no_migration

    def save_into_missing_folder():
        from pitchkit.core.model import Project

        project_file.save_project(Project(), tmp_path / "no" / "such" / "p.pitchkit")

    yield "save-failed", save_into_missing_folder


def _playbook_triggers(tmp_path):
    from pitchkit.core.playbook import load_playbook, loads_playbook

    head = '{"format": "pitchkit-playbook", "version": %d'
    weak = (', "problems": [{"id": "p", "name": "P", "in_their_words": "w", "kpis": ["k"], '
            '"figures": [{"text": "t", "source": "s", "reliability": "weak"}]}]')
    yield "playbook-not-object", lambda: loads_playbook(b"[]", "pb.json")
    yield "playbook-wrong-format", lambda: loads_playbook(b"{}", "pb.json")
    yield "playbook-invalid", lambda: loads_playbook((head % 1 + ', "patterns": 3}').encode(), "pb.json")
    yield "playbook-newer", lambda: loads_playbook((head % 99 + "}").encode(), "pb.json")
    yield "playbook-weak-figure", lambda: loads_playbook((head % 1 + weak + "}").encode(), "pb.json")
    yield "file-missing", lambda: load_playbook(tmp_path / "none.json")


def _template_triggers(tmp_path):
    import os

    from pitchkit.core.model import Project
    from pitchkit.documents.context import build_context
    from pitchkit.documents.templates import find_template, render_template

    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)

    def render(body: str | bytes):
        path = folder / "t.md.j2"
        path.write_bytes(body if isinstance(body, bytes) else body.encode())
        return render_template(find_template("t"), build_context(Project()))

    yield "template-unknown", lambda: find_template("no-such")
    yield "template-audience", lambda: render("{#- pitchkit\naudience: all\n-#}\n")
    yield "template-front-matter", lambda: render("{#- pitchkit\njust words\n-#}\n")
    yield "template-shared", lambda: render("{#- pitchkit\nshared: maybe\n-#}\n")

    def render_shared(body: str):
        (folder / "t.md.j2").write_text(body, encoding="utf-8")
        return render_template(find_template("t"), build_context(Project(), shared=True))

    yield "template-private", lambda: render_shared("{% for f in health %}{{ f }}{% endfor %}")
    yield "template-not-utf8", lambda: render(b"\xff\xfe")
    yield "template-syntax", lambda: render("{% for %}")
    yield "template-undefined", lambda: render("{{ nothing_here }}")
    yield "template-not-allowed", lambda: render("{{ ''.__class__ }}")
    yield "template-too-deep", lambda: render("{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}")
    yield "template-failed", lambda: render("{{ 1 // 0 }}")


def _export_triggers(tmp_path):
    from pitchkit.core.model import Project
    from pitchkit.documents.export import export_project

    yield "export-unknown-format", lambda: export_project(Project(), out=tmp_path / "o", fmt="odt")
    yield "export-format-unavailable", lambda: export_project(Project(), out=tmp_path / "o", fmt="pdf")
    yield "export-private-document", lambda: export_project(Project(), out=tmp_path / "o.eml", fmt="eml", template="meeting-prep")
    yield "export-write-failed", lambda: export_project(
        Project(), out=tmp_path / "missing" / "o.md", fmt="md")
    yield "audience-unknown", lambda: export_project(
        Project(), out=tmp_path / "o.md", fmt="md", audience="s-nobody")
    yield "reference-not-docx", lambda: export_project(
        Project(), out=tmp_path / "o.docx", fmt="docx", reference_docx=_not_a_docx(tmp_path))


def _sheet_triggers(tmp_path):
    """Every import refusal (tests/core/test_register_import.py has the hostile files)."""
    import io
    import zipfile

    from pitchkit.core import sheet_read
    from pitchkit.core.model import Project, Stakeholder
    from pitchkit.core.register_import import import_file

    def sheet(name: str, data: bytes):
        path = tmp_path / name
        path.write_bytes(data)
        return lambda: import_file(Project(stakeholders=[Stakeholder(id="s-a", name="Ann")]), path)

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", b"\0" * (sheet_read.MAX_UNPACKED_BYTES + 1))
    yield "sheet-unknown-type", sheet("a.ods", b"x")
    yield "sheet-too-large", sheet("big.csv", b"Name\n" + b"a\n" * (sheet_read.MAX_FILE_BYTES // 2))
    yield "sheet-not-xlsx", sheet("bad.xlsx", b"not a zip")
    yield "sheet-zip-bomb", sheet("bomb.xlsx", bomb.getvalue())
    yield "sheet-bad-csv", sheet("cell.csv", b"Name;Notes\nAnn;" + b"x" * 200_000 + b"\n")
    yield "sheet-empty", sheet("empty.csv", b";;\n")
    yield "sheet-too-many-rows", sheet("rows.csv", b"Name\n" + b"a\n" * (sheet_read.MAX_ROWS + 1))
    yield "sheet-too-many-columns", sheet("wide.csv", b"Name\n" + b"a;" * 300 + b"b\n")
    yield "sheet-cell-too-long", sheet("long.csv", b"Name;Notes\nAnn;" + b"x" * 100_001 + b"\n")
    yield "sheet-no-name-column", sheet("who.csv", b"Who\nAnn\n")
    yield "sheet-column-twice", sheet("twice.csv", b"Name;Naam\nAnn;Ann\n")
    yield "sheet-bad-cell", sheet("cell2.csv", b"Name;Power\nAnn;lots\n")
    yield "sheet-row-twice", sheet("rows2.csv", b"Name\nAnn\nann\n")
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Name", "Power"])
    book.active.append(["Ann", "=1+1"])
    formula = io.BytesIO()
    book.save(formula)
    yield "sheet-cell-formula", sheet("f.xlsx", formula.getvalue())
    yield from _xlsx_triggers(sheet)


def _xlsx_triggers(sheet):
    """The refusals of the .xlsx reader (tests/core/test_xlsx_read.py has the rest)."""
    from tests.core.handmade_xlsx import STRICT_MAIN, XLSB_TYPE, cell, row, workbook
    from tests.core.handmade_xlsx import sheet as sheet_xml

    names = row(1, cell("A1", "Name"))
    yield "sheet-xlsx-encrypted", sheet("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    yield "sheet-xlsx-binary", sheet("binary.xlsx", workbook(sheet_xml(names), workbook_type=XLSB_TYPE))
    yield "sheet-xlsx-strict", sheet("strict.xlsx", workbook(sheet_xml(names, namespace=STRICT_MAIN), main=STRICT_MAIN))
    yield "sheet-xlsx-xml", sheet("xml.xlsx", workbook(sheet_xml(names).replace("</row>", "</rox>")))
    yield "sheet-xlsx-doctype", sheet("dtd.xlsx", workbook(sheet_xml(names, before='<!DOCTYPE w [<!ENTITY a "a">]>')))
    yield "sheet-xlsx-bad-part", sheet("rows.xlsx", workbook(sheet_xml(names, row(1, cell("A1", "again")))))
    yield "sheet-xlsx-bad-cell", sheet("cell.xlsx", workbook(sheet_xml(names, row(2, cell("A2", "lots", t="n")))))


def _not_a_docx(tmp_path) -> str:
    path = tmp_path / "letterhead.docx"
    path.write_text("not a zip", encoding="utf-8")
    return str(path)


def _hostile_file_triggers(tmp_path):
    import os

    from pitchkit.core.errors import PitchKitError
    from pitchkit.core.project_file import load_project
    from pitchkit.core.safe_read import read_bounded
    from pitchkit.documents import template_files, templates

    fifo = tmp_path / "fifo.pitchkit"
    os.mkfifo(fifo)
    yield "file-not-regular", lambda: load_project(fifo)
    (tmp_path / "loop-a.pitchkit").symlink_to("loop-b.pitchkit")
    (tmp_path / "loop-b.pitchkit").symlink_to("loop-a.pitchkit")
    yield "file-link-loop", lambda: load_project(tmp_path / "loop-a.pitchkit")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 100)
    yield "file-too-large", lambda: read_bounded(big, 10, error=PitchKitError)
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "leak.md.j2").symlink_to(big)
    yield "template-outside", lambda: templates.find_template("leak")

    def too_large():
        (folder / "long.md.j2").write_text("x" * 100, encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(template_files, "MAX_TEMPLATE_BYTES", 10)
            templates.find_template("long")

    yield "template-too-large", too_large

    def too_many_tags():
        (folder / "tags.md.j2").write_text("{{ 1 }}" * 4001, encoding="utf-8")
        from pitchkit.core.model import Project
        from pitchkit.documents.context import build_context

        templates.render_template(templates.find_template("tags"), build_context(Project()))

    yield "template-too-many-tags", too_many_tags

    def document_too_large():
        from pitchkit.core.model import Project
        from pitchkit.documents import sandbox_limits
        from pitchkit.documents.context import build_context

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sandbox_limits, "MAX_TEXT", 100)
            templates.render_template(templates.find_template("proposal"), build_context(Project(title="x" * 200)))

    yield "document-too-large", document_too_large

    def damaged_recovery():
        from pitchkit.core import recovery

        recovery.recovery_dir().mkdir(parents=True, exist_ok=True)
        recovery.slot_file("k").write_text('{"title": "T", "project": null}', encoding="utf-8")
        [entry] = recovery.find_recoveries()
        entry.load()

    yield "recovery-damaged", damaged_recovery
    yield from _reference_triggers(tmp_path)


def _reference_triggers(tmp_path):
    from pitchkit.documents import reference_package
    from tests.documents.test_reference_package import NS, _document_xml, _with

    def open_with(name="ref.docx", **edits):
        folder = tmp_path / f"ref-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        return lambda: reference_package.open_reference(_with(folder, name, **edits))

    yield "reference-wrong-type", open_with("letter.odt")
    yield "reference-bad-part", open_with(word__styles_dot_xml=b"<w:styles")
    yield "reference-no-body", open_with(word__document_dot_xml=_document_xml(""))
    yield "reference-bad-value", open_with(word__numbering_dot_xml=f'<w:numbering {NS}><w:num w:numId="x"/></w:numbering>'.encode())

    def too_large():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(reference_package, "MAX_REFERENCE_BYTES", 10)
            open_with()()

    yield "reference-file-too-large", too_large


def _pattern(name: str) -> re.Pattern[str]:
    parts = re.split(r"\{[a-z_]+\}", CATALOGUE[name].text)
    return re.compile(".*".join(re.escape(part) for part in parts), re.DOTALL)


def test_real_failures_raise_the_catalogued_wording(tmp_path):
    reached = set()
    for triggers in (
        _project_triggers(tmp_path), _playbook_triggers(tmp_path),
        _template_triggers(tmp_path), _export_triggers(tmp_path), _hostile_file_triggers(tmp_path), _sheet_triggers(tmp_path),
    ):
        for name, call in triggers:
            err = _raised(call)
            assert isinstance(err, CATALOGUE[name].cls), (name, err)
            assert _pattern(name).fullmatch(err.what), (name, err.what)
            assert err.file or err.where, (name, str(err))
            reached.add(name)
    cli_only = {"output-exists", "output-folder-missing", "system-error", "no-display", "out-of-memory",
                "interrupted", "unexpected", "attach-needs-eml", "anonymise-same-file"}  # tests/cli/test_cli.py and below
    waiting = {"reference-not-docx", "reference-too-big", "file-is-folder", "file-permission",
               "file-unreadable", "template-memory", "playbook-no-frameworks"}
    errors = {n for n, e in CATALOGUE.items() if e.cls is not None}
    assert errors - reached - cli_only - waiting == set()


@pytest.mark.parametrize(
    "argv_or_error, name",
    [
        (["new", "{tmp}"], "output-exists"),
        (["new", "{tmp}/no/p.pitchkit"], "output-folder-missing"),
    ],
)
def test_cli_errors_are_catalogued(argv_or_error, name, tmp_path, capsys):
    from pitchkit.cli import main

    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv_or_error]
    assert main(argv) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith("pitchkit: error: ") and _pattern(name).search(line), line


@pytest.mark.parametrize(
    "raised, name",
    [(KeyboardInterrupt(), "interrupted"), (ZeroDivisionError("x"), "unexpected"),
     (OSError(5, "Input/output error", "disk.pitchkit"), "system-error")],
)
def test_cli_last_resort_errors_are_catalogued(raised, name, monkeypatch, tmp_path, capsys):
    from pitchkit import cli

    def boom(args):
        raise raised

    monkeypatch.setattr(cli, "cmd_templates", boom)
    assert cli.main(["templates"]) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith("pitchkit: error: ") and _pattern(name).search(line), line
