"""The `diff`, `merge` and `merge-driver` commands (their contract: docs/file-format.md, "Merging copies").

Every input is read and checked before anything is written: a broken, hostile or
unreadable file stops the command with the usual one-line error and leaves every file as
it was.  A merge with conflicts still writes a valid project (OURS kept, each conflict
recorded in it) and prints one `pitchkit: conflict: …` line per conflict on stderr.
"""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path

PROG = "pitchkit"
COMMANDS = ("diff", "merge", "merge-driver")


def _regular(paths: list[str]) -> None:
    """Refuse a FIFO, device or socket before anything opens it (a FIFO would block)."""
    from pitchkit.core.errors import ProjectError
    from pitchkit.core.safe_read import check_regular

    for path in paths:
        check_regular(path, error=ProjectError)


def _load(paths: list[str]):  # -> list[LoadResult]
    from pitchkit.core.project_file import load_project

    results = [load_project(path) for path in paths]
    for path, result in zip(paths, results, strict=True):
        for warning in result.warnings:
            print(f"{path}: warning: {warning}", file=sys.stderr)
    return results


def cmd_diff(args: argparse.Namespace) -> int:
    from pitchkit.core.diff import diff_projects
    from pitchkit.core.reports import report

    _regular([args.old, args.new])
    old, new = _load([args.old, args.new])
    diff = diff_projects(old.project, new.project)
    if args.json:
        import msgspec

        data = {"old": args.old, "new": args.new, "sections": msgspec.to_builtins(diff.sections)}
        sys.stdout.buffer.write(msgspec.json.format(msgspec.json.encode(data), indent=2) + b"\n")
        return 0
    lines = diff.lines()
    print("\n".join(lines) if lines else report("diff-none", old=args.old, new=args.new))
    return 0


def _merge(base: str, ours: str, theirs: str):  # -> MergeResult
    from pitchkit.core.merge import merge_projects

    _regular([base, ours, theirs])
    if _is_empty(base):  # git's %O when both branches added the file: no common version
        mine, other = _load([ours, theirs])
        return merge_projects(None, mine.project, other.project)
    loaded = _load([base, ours, theirs])
    return merge_projects(*(result.project for result in loaded))


def _is_empty(path: str) -> bool:
    try:
        info = Path(path).stat()
        return stat.S_ISREG(info.st_mode) and info.st_size == 0  # a FIFO's size reads 0 too
    except OSError:
        return False  # the loader reports it


def _report(result) -> int:
    from pitchkit.core.conflicts import conflict_line

    for conflict in result.conflicts:
        print(f"{PROG}: conflict: {conflict_line(result.project, conflict)}", file=sys.stderr)
    return 1 if result.conflicts else 0


def cmd_merge(args: argparse.Namespace) -> int:
    from pitchkit.core.messages import message
    from pitchkit.core.project_file import dumps_project, save_project

    result = _merge(args.base, args.ours, args.theirs)
    if args.output:
        out = Path(args.output)
        if not out.parent.is_dir():
            raise message("output-folder-missing", file=str(out))
        save_project(result.project, out, backup=True)
    else:
        sys.stdout.buffer.write(dumps_project(result.project))
        sys.stdout.flush()
    return _report(result)


def cmd_merge_driver(args: argparse.Namespace) -> int:
    from pitchkit.core.project_file import save_project

    result = _merge(args.base, args.ours, args.theirs)
    # git's %A is a temporary file of its own: no .bak beside it.
    save_project(result.project, args.ours, backup=False)
    return _report(result)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the three commands to the `pitchkit` parser."""
    p = sub.add_parser("diff", help="what changed between two versions of a project, in words")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--json", action="store_true", help="print the changes as JSON data")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser(
        "merge", help="three-way merge by record id",
        description="Merge THEIRS into OURS, with BASE their last common version. The result goes "
        "to OUT (kept as OUT.bak if it existed), or to standard output. Exit 0: merged cleanly; "
        "1: merged with conflicts (recorded in the result, one line each on stderr) or an input "
        "could not be read (nothing written). An empty BASE means no common version: every "
        "difference is then recorded as a conflict.",
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: standard output)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "merge-driver", help="the merge for git: %%O %%A %%B, the result written into OURS",
        description="For .gitattributes 'merge=pitchkit' with "
        "git config merge.pitchkit.driver 'pitchkit merge-driver %%O %%A %%B' (see docs/file-format.md).",
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.set_defaults(func=cmd_merge_driver)
