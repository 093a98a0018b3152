"""A document holding every block and inline type of the tree, with a marker word in each.

Used by the writer tests (every writer renders every block) and the Word golden files.
`missing_types` fails those tests when a new block or inline type is added to the tree
but not to this document.
"""

from __future__ import annotations

import struct
import typing
import zlib

import msgspec

from pitchkit.documents.tree import (
    Block,
    Document,
    Heading,
    Image,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    Text,
)

#: A word that the output of each block type must contain, by type.
MARKERS: dict[type, str] = {
    Heading: "headingmark",
    Paragraph: "paragraphmark",
    ListBlock: "listmark",
    Table: "tablemark",
    Quote: "quotemark",
    Image: "picturemark",
    Text: "textmark",
    Link: "linkmark",
}
LINK_URL = "https://example.com/linkmark?a=1&b=2"
NESTED = "nestedmark"
HEADER = "headermark"


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid red PNG, made here so the tests need no picture file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def every_block_document() -> Document:
    """Every block and inline type, nested where the tree allows, plus the edge cases writers trip on."""
    rich = [
        Text("  leading and trailing  "),
        Text(MARKERS[Text], bold=True),
        Text("it & <angle> \"quoted\"", italic=True),
        Text("code\twith tab", code=True),
        Text("gone", strike=True, bold=True),
        Text("cr\rinside"),
        LineBreak(),
        Link(MARKERS[Link], LINK_URL),
        Link("", "mailto:x@example.com"),
        Link("unsafe", "javascript:alert(1)"),
        Text("\t"),
    ]
    table = Table(
        header=[[Text(HEADER)], [Text("Role"), Link("l", "https://e.com")]],
        rows=[[[Text(MARKERS[Table])], [Text("B", italic=True)]], [[Text("only one cell")]], []],
    )
    return Document(
        title="Title & <more>",
        author="Me",
        blocks=[
            *[Heading(level, [Text(f"{MARKERS[Heading]} {level}")]) for level in range(1, 7)],
            Paragraph([Text(MARKERS[Paragraph])]),
            Paragraph(rich),
            ListBlock(False, [[Paragraph([Text(MARKERS[ListBlock])]), Paragraph([Text("second para")])],
                              [Paragraph([Text("two")]),
                               ListBlock(True, [[Paragraph([Text(NESTED)])]], start=3)],
                              [ListBlock(False, [[Paragraph([Text("deep")])]])]]),
            ListBlock(True, [[Paragraph([Text("restart")]), Heading(3, [Text("inside")])]], start=1),
            Quote([Paragraph([Text(MARKERS[Quote])]), Quote([Paragraph([Text("twice")])])]),
            table,
            table,
            Table(header=[], rows=[]),
            PageBreak(),
            Image(tiny_png(), MARKERS[Image]),
            Image(b"not a picture", "broken"),
            Image(tiny_png(), "sized", width_cm=3.5),
            table,
        ],
    )


def every_block_markdown() -> str:
    """Template output (Markdown) that the tree builder turns into every block and inline type."""
    return f"""# Title

## {MARKERS[Heading]}

{MARKERS[Paragraph]} with **{MARKERS[Text]}** and [{MARKERS[Link]}]({LINK_URL}),\\
after a line break.

- {MARKERS[ListBlock]}
  1. {NESTED}

| {HEADER} | Role |
|---|---|
| {MARKERS[Table]} | B |

> {MARKERS[Quote]}

<!-- pagebreak -->

![{MARKERS[Image]}](pitchkit:map)

![second picture](pitchkit:map)
"""


def _types_in(node: object, found: set[type]) -> None:
    if isinstance(node, list):
        for item in node:
            _types_in(item, found)
    elif isinstance(node, msgspec.Struct):
        found.add(type(node))
        for name in node.__struct_fields__:
            _types_in(getattr(node, name), found)


def missing_types(doc: Document) -> set[type]:
    """The block and inline types of the tree that `doc` does not hold anywhere."""
    found: set[type] = set()
    _types_in(doc.blocks, found)
    return (set(typing.get_args(Block)) | set(typing.get_args(Inline))) - found
