"""Generate the field tables of docs/file-format.md from the model.

Each record's table (key, type, default, meaning) is written between a pair of marker
comments, `<!-- fields: Stakeholder -->` and `<!-- end fields -->`; the rest of the page is
hand-written.  Keys, types and defaults come from the msgspec Structs in
pitchkit/core/model.py, the meanings from each record's `field_docs`.
tests/core/test_format_doc.py fails when the committed page differs from what this writes.

    python scripts/make_format_tables.py          # rewrite the tables
    python scripts/make_format_tables.py --check  # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import datetime
import enum
import json
import re
import sys
import typing
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "file-format.md"
BLOCK = re.compile(r"(<!-- fields: (\w+) -->\n)(.*?)(<!-- end fields -->)", re.S)
REFERENCES = re.compile(r"(<!-- references -->\n)(.*?)(<!-- end references -->)", re.S)
#: What deleting the record a reference names does to the field, by the field's shape.
ON_DELETE = {
    "one": "one {target} id: when that {target} is deleted, the {owner} goes too",
    "optional": "one {target} id or `null`: when that {target} is deleted, it becomes `null`",
    "many": "a list of {target} ids: when one of them is deleted, their id leaves the list",
}



def _scalar_words() -> dict[Any, str]:
    """Words for the model's scalar types, by the alias object itself."""
    from pitchkit.core import values

    return {
        values.Text: "text",
        values.Id: "id",
        values.ProjectId: "id (empty until first saved)",
        values.ConflictRecordId: "text (a record's id)",
        Any: "any JSON value",
        values.Score: "score",
        values.Strength: "whole number 1–3",
        str: "text",
        int: "whole number",
        bool: "true/false",
        datetime.date: "date",
    }


def _link(cls: type) -> str:
    return f"[{cls.__name__}](#{cls.__name__.lower()})"


def type_words(annotation: Any) -> str:
    """How the page names the type of a field: `list of stakeholder ids`, `date or null`."""
    from pitchkit.core.model import Record
    from pitchkit.core.references import field_reference

    declared = field_reference(annotation)
    inner, optional = _optional(annotation)
    if typing.get_origin(inner) is list:
        item = typing.get_args(inner)[0]
        if declared is not None:
            words = f"list of {_singular(declared[0])} ids"
        elif isinstance(item, type) and issubclass(item, Record):
            words = f"list of {_link(item)}"
        else:
            words = f"list of {_scalar(item)}"
    elif declared is not None:
        words = f"{_singular(declared[0])} id"
    elif isinstance(inner, type) and issubclass(inner, Record):
        words = _link(inner)
    else:
        words = _scalar(inner)
    return f"{words} or `null`" if optional else words


def _optional(annotation: Any) -> tuple[Any, bool]:
    import msgspec

    from pitchkit.core.references import without_none

    # A field that may be left out (msgspec.UNSET, never written) names only its type.
    args = typing.get_args(annotation)
    if msgspec.UnsetType in args:
        kept = tuple(arg for arg in args if arg is not msgspec.UnsetType)
        annotation = kept[0] if len(kept) == 1 else typing.Union[kept]  # noqa: UP007
    return without_none(annotation)


def _singular(kind: str) -> str:
    return kind.removesuffix("s")


def _scalar(kind: Any) -> str:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        shown = [f'`"{member.value}"`' for member in kind]
        return ", ".join(shown[:-1]) + f" or {shown[-1]}"
    if typing.get_origin(kind) is typing.Literal:
        shown = [f'`"{value}"`' for value in typing.get_args(kind)]
        return ", ".join(shown[:-1]) + f" or {shown[-1]}"
    words = _scalar_words()
    if kind in words:
        return words[kind]
    raise SystemExit(f"no words for the type {kind!r}: add them to {Path(__file__).name}")


def default_words(info: msgspec.structs.FieldInfo) -> str:
    """The default as the page shows it: `""`, `5.0`, `[]`, `null`, or required."""
    if info.required:
        return "required"
    if info.default_factory is not msgspec.NODEFAULT:
        value = info.default_factory()
        if isinstance(value, msgspec.Struct):
            return f"empty {type(value).__name__.lower()}"
    else:
        value = info.default
    if value is msgspec.UNSET:
        return "left out"
    return f"`{json.dumps(msgspec.to_builtins(value), ensure_ascii=False)}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(cls: type[msgspec.Struct]) -> str:
    """The Markdown table of the fields of one record."""
    docs: dict[str, str] = getattr(cls, "field_docs", {})
    out = ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
    for info in msgspec.structs.fields(cls):
        if info.name == "unknown":  # the parking slot of unknown fields, never written
            continue
        if info.name not in docs:
            raise SystemExit(f"{cls.__name__}.{info.name} has no entry in field_docs")
        out.append(
            f"| `{info.encode_name}` | {type_words(info.type)} | {default_words(info)} "
            f"| {_cell(docs[info.name])} |"
        )
    return "\n".join(out) + "\n"


def reference_list() -> str:
    """One bullet per reference field: where it is, what it names, what a delete does."""
    from pitchkit.core.references import place, references

    out = []
    for reference in references():
        owner = place(reference.owner)
        at = f"{owner.where}[]" if owner.is_list else owner.where
        where = f"{at}.{reference.field}".removeprefix(".")
        what = ON_DELETE[reference.shape.value].format(
            owner=_singular(owner.kind).replace("_", " "), target=_singular(reference.target)
        )
        out.append(f"- `{where}`: {what}.")
    return "\n".join(out) + "\n"


def render_page(page: str) -> str:
    """`page` with every field table and the reference list replaced by generated ones."""
    sys.path.insert(0, str(ROOT))
    from pitchkit.core import model

    page = REFERENCES.sub(lambda m: f"{m.group(1)}{reference_list()}{m.group(3)}", page)

    def replace(match: re.Match[str]) -> str:
        cls = getattr(model, match.group(2), None)
        if not (isinstance(cls, type) and issubclass(cls, model.Record)):
            raise SystemExit(f"{DOC}: no record called {match.group(2)}")
        return f"{match.group(1)}{table(cls)}{match.group(4)}"

    return BLOCK.sub(replace, page)


def tabled(page: str) -> list[str]:
    """The record names that have a table on the page."""
    return [match.group(2) for match in BLOCK.finditer(page)]


def main(argv: list[str] | None = None) -> int:
    """Rewrite docs/file-format.md's tables, or with --check report whether they are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is out of date")
    args = parser.parse_args(argv)
    page = DOC.read_text(encoding="utf-8")
    wanted = render_page(page)
    if args.check:
        if wanted != page:
            print(f"{DOC}: the field tables are out of date; run {Path(__file__).name}")
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
