"""The `import` and `anonymise` commands, and export's anonymise switches (the contract: README.md and docs/user-guide.md).

`import` reads and checks the whole sheet before anything changes: a bad cell stops it with
the usual one-line error naming the row and column, and the project is left as it was;
otherwise every change is printed and the project is saved atomically (with its backup).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pitchkit.core.messages import message
from pitchkit.core.say import say


def anonymise_options(args: argparse.Namespace) -> Any:
    """The export's AnonymiseOptions, or None (either --keep-… switch implies --anonymise)."""
    if not (getattr(args, "anonymise", True) or args.keep_organisation or args.keep_advocate):
        return None
    from pitchkit.core.anonymise import AnonymiseOptions

    return AnonymiseOptions(keep_organisation=args.keep_organisation, keep_advocate=args.keep_advocate)


def cmd_anonymise(args: argparse.Namespace) -> int:
    from pitchkit.core.anonymise import shareable_copy
    from pitchkit.core.project_file import dumps_project, load_project, loads_project, save_project

    project_path, out = Path(args.project), Path(args.output)
    project = load_project(project_path).project
    if out.exists() and out.resolve() == project_path.resolve():
        raise message("anonymise-same-file", file=str(out))
    if not out.parent.is_dir():
        raise message("output-folder-missing", file=str(out))
    copy = shareable_copy(project, anonymise_options(args))
    loads_project(dumps_project(copy), str(out))  # the copy must be valid before it is written
    save_project(copy, out, backup=False)
    print(f"Wrote an anonymised copy of {project_path} to {out} ({len(copy.stakeholders)} people named by role)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pitchkit.core.project_file import load_project, save_project
    from pitchkit.core.register_import import import_file

    project = load_project(args.project).project
    plan = import_file(project, args.file)
    if plan.ignored:
        print(say("{file}: columns left out (PitchKit has no field for them): {columns}", file=args.file, columns=", ".join(plan.ignored)))
    for row in plan.rows:
        print(f"{args.file}: {row.line()}")
    if args.dry_run:
        print(say("{file}: {summary}; dry run, {project} is unchanged", file=args.file, summary=plan.summary(), project=args.project))
        return 0
    if plan.rows:
        plan.apply(project)
        save_project(project, args.project, backup=True)
        print(say("{file}: {summary}; saved {project}", file=args.file, summary=plan.summary(), project=args.project))
    else:
        print(say("{file}: {summary}; nothing to change", file=args.file, summary=plan.summary()))
    return 0


def add_anonymise_switches(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep-organisation", action="store_true", help="anonymise, but keep the organisation's name")
    p.add_argument("--keep-advocate", action="store_true", help="anonymise, but keep the advocate's name")


def add_parsers(sub: Any) -> None:
    """Add `import` and `anonymise` to the command line's subcommands."""
    p = sub.add_parser("import", help="stakeholders in from a spreadsheet (.csv or .xlsx)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx with a header row (Name, Role ...)")
    p.add_argument("--dry-run", action="store_true", help="list the changes without saving them")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("anonymise", help="write a shareable copy with people named by role")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="the .pitchkit file to write")
    add_anonymise_switches(p)
    p.set_defaults(func=cmd_anonymise)
