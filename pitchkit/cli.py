"""The `pitchkit` command line (the commands and their contract: README.md and docs/robustness.md).

Every failure a user can cause prints one line, `pitchkit: error: <file>: <where>: <what>`,
and exits 1; usage errors exit 2.  Heavy modules (Qt, python-docx, Jinja) are imported only
by the commands that need them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pitchkit import __version__
from pitchkit.core.collector import collector_paused
from pitchkit.core.errors import PitchKitError
from pitchkit.core.messages import message, text
from pitchkit.core.reports import report

if TYPE_CHECKING:
    from pitchkit.core.model import Project

PROG = "pitchkit"
COMMANDS = ("new", "check", "export", "templates", "migrate", "diff", "merge", "merge-driver", "import", "anonymise")


class UsageError(Exception):
    """Wrong arguments: exit 2."""


def _print_traceback() -> None:
    import traceback  # only for --debug: not worth importing on every start

    traceback.print_exc()


def _fail(error: PitchKitError) -> int:
    print(f"{PROG}: error: {error}", file=sys.stderr)
    return 1


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from pitchkit.core.model import Project
    from pitchkit.core.project_file import load_project, save_project
    from pitchkit.paths import example_project_path

    out = Path(args.out)
    if out.exists() or out.is_symlink():  # a dangling link too: never create its target
        raise message("output-exists", file=str(out))
    if not out.parent.is_dir():
        raise message("output-folder-missing", file=str(out))
    from pitchkit.core.language import current_language

    project = load_project(example_project_path(current_language())).project if args.example else Project()
    save_project(project, out, backup=False)
    print(report("new-example" if args.example else "new-blank", file=out))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pitchkit.core.project_file import load_project

    template_text = _template_text(args.template) if args.template else None
    result = load_project(args.project)
    project = result.project
    for warning in result.warnings:
        print(f"{args.project}: warning: {warning}")
    if project.conflicts:
        from pitchkit.core.messages import text

        count = len(project.conflicts)
        conflicts = report("conflicts-one") if count == 1 else report("conflicts-many", count=count)
        print(f"{args.project}: warning: {text('conflicts-left', conflicts=conflicts)}")
    findings = _health_findings(project, template_text)
    for finding in findings:
        print(f"{args.project}: {finding}")
    counted = report("check-findings", count=len(findings)) if findings else ""
    summary = report(
        "check-valid", stakeholders=len(project.stakeholders), resistances=len(project.resistances),
        problems=len(project.problems), findings=counted,
    )
    print(f"{args.project}: {summary}")
    return 0


def _template_text(key: str) -> str:
    """The text of the template `key`, for the jargon check of `pitchkit check -t`."""
    from pitchkit.documents.templates import find_template, read_template_source

    return read_template_source(find_template(key))


def _health_findings(project: Project, template_text: str | None = None) -> list[str]:
    """Health-check lines: the findings of one analysis of the project."""
    from pitchkit.core.analysis import analyse

    return [finding.line() for finding in analyse(project, template_text=template_text).findings]


@collector_paused()  # the command's imports and the load too, not only the export
def cmd_export(args: argparse.Namespace) -> int:
    project_path = Path(args.project)
    _warm_up_picture(args, project_path)  # first: the child's imports overlap everything below
    from pitchkit.kept_patterns import kept_patterns

    # The ~100 regular expressions an export's libraries compile (Jinja, mistune, lxml's
    # helpers) as compiled before: ~15-20 ms of every export (docs/performance.md).
    with kept_patterns("export"):
        return _export_command(args, project_path)


def _export_command(args: argparse.Namespace, project_path: Path) -> int:
    from pitchkit.core.project_file import load_project
    from pitchkit.documents.export import export_project

    loaded = load_project(project_path)
    for warning in loaded.warnings:  # a file from a newer PitchKit
        print(f"{project_path}: warning: {warning}", file=sys.stderr)
    project = loaded.project
    fmt = args.format
    default_name = _export_name(project_path.stem, fmt, args.template)
    out = Path(args.output) if args.output else project_path.with_name(default_name)
    if out.is_dir():
        out = out / default_name
    if not out.parent.is_dir():
        raise message("output-folder-missing", file=str(out))
    from pitchkit.cli_sheets import anonymise_options
    from pitchkit.qtrender.renderers import qt_pictures, qt_writers

    if args.attach and fmt != "eml":
        raise message("attach-needs-eml", where="--attach")
    try:
        report = export_project(
            project,
            out=out,
            fmt=fmt,
            template=args.template,
            audience=args.audience,
            reference_docx=Path(args.reference_docx) if args.reference_docx else None,
            writers=qt_writers(),
            pictures=qt_pictures(),
            anonymise=anonymise_options(args),
            attach=args.attach,
            language=args.document_language,
        )
    except PitchKitError as err:  # an error about the project itself names it
        raise err.with_file(str(project_path)) from None
    finally:
        _picture_children_done()
    for warning in report.warnings:
        print(f"{out}: warning: {warning}", file=sys.stderr)
    print(report.path)
    return 0


def _warm_up_picture(args: argparse.Namespace, project_path: Path) -> None:
    """A first export's map: its drawing child started before anything else is loaded."""
    from pitchkit.documents import formats

    if formats.get(args.format).kind is formats.FormatKind.DOCUMENT:
        from pitchkit.qtrender.renderers import warm_up

        warm_up(project_path, args.template)


def _picture_children_done() -> None:
    """End and reap a drawing child the export did not use (a template without the map)."""
    from pitchkit.qtrender import picture_worker

    picture_worker.shutdown()


def _export_name(stem: str, fmt: str, template: str) -> str:
    """The file an export writes when `-o` names none (or names a folder)."""
    from pitchkit.documents import formats

    spec = formats.get(fmt)
    return spec.file_name(f"{stem}-{template}" if spec.takes_template else stem)


def cmd_templates(args: argparse.Namespace) -> int:
    from pitchkit.core.language import current_language
    from pitchkit.documents.templates import list_templates
    from pitchkit.paths import user_templates_dir

    templates = list_templates(current_language())  # named in the language PitchKit speaks
    width = max((len(t.key) for t in templates), default=4)
    for info in templates:
        sharing = report("template-shared") if info.shared else report("template-private")
        print(f"{info.key:<{width}}  {info.origin:<8}  {info.audience:<11}  {sharing:<7}  {info.name}: {info.description}")
    print("\n" + report("templates-folder", folder=user_templates_dir()))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from pitchkit.core.model import FORMAT_VERSION
    from pitchkit.core.project_file import load_project, save_project
    from pitchkit.core.safe_write import backup_path

    failed = 0
    for name in args.projects:
        try:
            result = load_project(name)
            if result.project.version > FORMAT_VERSION:
                print(f"{name}: warning: {text('migrate-newer', version=result.project.version, current=FORMAT_VERSION)}",
                      file=sys.stderr)
                continue
            if result.migrated_from is None:
                print(f"{name}: {report('migrate-current', version=FORMAT_VERSION)}")
                continue
            save_project(result.project, name, backup=True)
            done = report("migrate-done", old=result.migrated_from, new=FORMAT_VERSION, backup=backup_path(Path(name)))
            print(f"{name}: {done}")
        except PitchKitError as err:
            failed += 1
            _fail(err)
    return 1 if failed else 0


def cmd_gui(args: argparse.Namespace) -> int:
    from pitchkit.qtrender.application import has_display

    if not has_display():
        return _fail(message("no-display"))
    from pitchkit.gui.app import run_app

    return run_app(args.project, example=args.example, language=args.language)


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: usage error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    from pitchkit.documents import formats  # the registry is small; only commands need it

    parser = _Parser(
        prog=PROG,
        description="Plan a social-learning pitch and generate tailored proposal documents.",
        epilog="Commands: new, check, export, import, anonymise, templates, migrate, diff, merge, merge-driver. "
        "Run 'pitchkit COMMAND --help' for each. With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    _add_language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help="write a blank project, or the bundled example")
    p.add_argument("out", metavar="OUT", help="the .pitchkit file to create")
    p.add_argument("--example", action="store_true", help="write the bundled example project")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help="validate a project and run the pitch health check")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "-t", "--template", metavar="KEY",
        help="also check this template's wording against each stakeholder's words to avoid",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="generate a document from a project")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-t", "--template", default="proposal", help="template key (see 'pitchkit templates')")
    p.add_argument("-f", "--format", default="docx", choices=formats.names())
    p.add_argument("-o", "--output", metavar="OUT", help="file or folder to write")
    p.add_argument("--audience", metavar="STAKEHOLDER", help="tailor for one stakeholder (id or name)")
    p.add_argument("--reference-docx", metavar="FILE", help="a Word document (.docx) or template (.dotx) whose styles the Word output uses")
    p.add_argument(
        "--language", dest="document_language", choices=("en", "nl"), default=None,
        help="the document's language (default: the project's, else PitchKit's own)",
    )
    p.add_argument("--anonymise", action="store_true", help="name people by role, in the text and the map")
    from pitchkit.cli_sheets import add_anonymise_switches

    add_anonymise_switches(p)
    p.add_argument("--attach", choices=("one-pager",), help="-f eml: attach this document as .docx")
    p.set_defaults(func=cmd_export)

    from pitchkit.cli_sheets import add_parsers as add_sheet_parsers  # import, anonymise

    add_sheet_parsers(sub)

    p = sub.add_parser("templates", help="list built-in and user templates")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("migrate", help="upgrade project files to the current format in place")
    p.add_argument("projects", metavar="PROJECT", nargs="+")
    p.set_defaults(func=cmd_migrate)

    from pitchkit.cli_merge import add_parsers  # diff, merge, merge-driver

    add_parsers(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Open the PitchKit desktop app.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    _add_language_option(parser)
    parser.add_argument("project", metavar="PROJECT", nargs="?", help="project to open")
    parser.add_argument(
        "--example", action="store_true", help="open the bundled example (saving asks for a new file)"
    )
    parser.set_defaults(func=cmd_gui)
    return parser


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    from pitchkit.core.language import LANGUAGES

    parser.add_argument(
        "--language", choices=LANGUAGES, default=None,
        help="the language PitchKit speaks (default: PITCHKIT_LANGUAGE, else the locale)",
    )


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    words = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] != "--language")]
    wants_help = any(a in ("-h", "--help") for a in argv)
    from pitchkit.cli_language import argparse_speaking, language_of, translate_help
    from pitchkit.core.language import LANGUAGES, choose

    explicit = language_of(argv, COMMANDS)
    language = choose(explicit if explicit in LANGUAGES else None)  # help and usage errors speak it
    with argparse_speaking(language):
        if (words and words[0] in COMMANDS) or (wants_help and not words) or "--version" in argv:
            return translate_help(build_parser(), language).parse_args(argv)
        return translate_help(build_gui_parser(), language).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    from pitchkit.core.language import choose, set_language

    if args.func is not cmd_gui:  # the app also weighs Preferences (gui/translation.py)
        set_language(choose(args.language))
    try:
        return args.func(args)
    except PitchKitError as err:
        if args.debug:
            _print_traceback()
        return _fail(err)
    except OSError as err:
        if args.debug:
            _print_traceback()
        return _fail(message("system-error", file=str(err.filename or ""), reason=err.strerror or err))
    except KeyboardInterrupt:
        return _fail(message("interrupted"))
    except MemoryError:  # every input is bounded; this is a machine with too little memory
        if args.debug:
            _print_traceback()
        return _fail(message("out-of-memory", file=str(getattr(args, "project", "") or "")))
    except Exception as err:  # a bug: still one line, the traceback on request
        if args.debug:
            _print_traceback()
        return _fail(message("unexpected", kind=type(err).__name__, detail=err))
