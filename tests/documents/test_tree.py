"""Markdown -> document tree: structure, title, page breaks, pictures and clean text."""

from __future__ import annotations

from pitchkit.documents.tree import (
    Heading,
    Image,
    LineBreak,
    Link,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    Text,
    markdown_to_document,
    safe_url,
)


def test_structure():
    doc = markdown_to_document(
        "# The title\n\nSome **bold** and *it* and `code` and [a](https://x.org).\n\n"
        "## Part\n\n- one\n- two\n  1. inner\n\n| A | B \\| c |\n|---|---|\n| 1 | **2** |\n\n"
        "> quoted\n\n<!-- pagebreak -->\n\nline\\\nbreak\n"
    )
    assert doc.title == "The title"
    para, heading, lst, table, quote, brk, last = doc.blocks
    assert para.inlines == [
        Text("Some "),
        Text("bold", bold=True),
        Text(" and "),
        Text("it", italic=True),
        Text(" and "),
        Text("code", code=True),
        Text(" and "),
        Link("a", "https://x.org"),
        Text("."),
    ]
    assert heading == Heading(2, [Text("Part")])
    assert isinstance(lst, ListBlock) and not lst.ordered and len(lst.items) == 2
    assert isinstance(lst.items[1][1], ListBlock) and lst.items[1][1].ordered
    assert isinstance(table, Table)
    assert table.header == [[Text("A")], [Text("B | c")]]
    assert table.rows == [[[Text("1")], [Text("2", bold=True)]]]
    assert isinstance(quote, Quote) and isinstance(brk, PageBreak)
    assert last == Paragraph([Text("line"), LineBreak(), Text("break")])


def test_title_falls_back_when_document_does_not_open_with_h1():
    doc = markdown_to_document("Intro\n\n# Later\n", title="Front matter title")
    assert doc.title == "Front matter title"
    assert isinstance(doc.blocks[1], Heading)


def test_raw_html_is_dropped_and_unsafe_links_become_text():
    doc = markdown_to_document(
        "<div>x</div>\n\nA <b>b</b> [c](javascript:alert(1)) [d](vbscript:x)\n"
    )
    assert doc.blocks == [Paragraph([Text("A b c d")])]


def test_safe_url():
    assert safe_url("https://a.b/c") == "https://a.b/c"
    assert safe_url("mailto:x@y.z") == "mailto:x@y.z"
    for bad in (
        "javascript:alert(1)",
        " java\tscript:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "/rel",
    ):
        assert safe_url(bad) is None


def test_pictures_only_from_supplied_images():
    png = b"\x89PNG fake"
    doc = markdown_to_document(
        "![Map](pitchkit:map)\n\n![Secret](/etc/passwd)\n", images={"pitchkit:map": png}
    )
    assert doc.blocks[0] == Image(png, "Map", name="map")
    assert doc.blocks[1] == Paragraph([Text("Secret")])


def test_control_characters_removed_unicode_kept():
    doc = markdown_to_document(
        "# Caf\u00e9 \U0001f680\x07\n\nJos\u00e9 \u05e9\u05dc\u05d5\u05dd\x00\x0b\x1b \u0645\u0631\u062d\u0628\u0627\ttab\n"
    )
    assert doc.title == "Caf\u00e9 \U0001f680"
    assert doc.blocks == [
        Paragraph([Text("Jos\u00e9 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\ttab")])
    ]
