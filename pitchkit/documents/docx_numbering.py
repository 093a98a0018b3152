"""Real Word list numbering for the docx writer: the reference's own lists first.

A list level uses, in this order (docs/templates.md, "Word reference documents"):
1. the reference's list style ("List Bullet" / "List Number" or an alias) when its
   numbering (`w:numPr`, through `basedOn` too) defines that level;
2. for nested levels, the style "List Bullet 2", "List Bullet 3" ... with its own numbering;
3. PitchKit's own definitions (one bullet and one decimal abstract numbering, nine levels
   each), with one warning.
Bullet lists share one `w:num`; every numbered list gets a fresh `w:num` with a start
override, so each one restarts.  A reference without a numbering part gets one, related to
the document like any other part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
from lxml import etree

from pitchkit.core.messages import text
from pitchkit.documents.docx_opc import CT_NUMBERING, RT_NUMBERING, Package, Part, parse_xml
from pitchkit.documents.docx_styles import StyleMap

LIST_INDENT = 720  # twips per list level
HANGING = 360
BULLETS = ("\u2022", "\u25e6", "\u25aa")
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")
_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_URI}}}"
_MAX_LEVEL = 8


class ListFormat(msgspec.Struct, frozen=True):
    """How the paragraphs of one list at one level are written."""

    style_id: str | None
    num_id: str
    ilvl: int
    indent: int  # left indent of the level, for an item's second paragraph


def numbering_element(package: Package, main: Part) -> Any:
    """The document's `w:numbering`, adding a numbering part if the reference has none."""
    part = main.related(RT_NUMBERING)
    if part is not None:
        return part.element
    names = {part.name for part in package.iter_parts()}
    name = "/word/numbering.xml" if "/word/numbering.xml" not in names else package.next_partname("/word/numbering%d.xml")
    part = Part(name, CT_NUMBERING, element=parse_xml(f'<w:numbering xmlns:w="{_W_URI}"/>'))
    main.relate_to(part, RT_NUMBERING)
    return part.element


class ListNumbering:
    """Hands out the style, numbering id and level for each list; touches numbering only when needed."""

    def __init__(self, package: Package, main: Part, styles: StyleMap, warn: Callable[[str], None]) -> None:
        self._package, self._part = package, main
        self._styles = styles
        self._warn = warn
        self._numbering: Any | None = None
        self._own_abstract: dict[bool, int] = {}
        self._shared: dict[tuple[str, int], str] = {}  # bullet lists: (source, level) -> numId
        self._warned: set[str] = set()

    def format(self, ordered: bool, level: int, start: int = 1) -> ListFormat:
        """The format of a new list at `level` (0 = top); numbered lists start at `start`."""
        level = min(level, _MAX_LEVEL)
        part = "List Number" if ordered else "List Bullet"
        kind = "numbering" if ordered else "bullets"
        found = self._styles.find(part)
        style_id = found or self._styles.style_id(part)  # warns when the style is missing
        if found is not None:
            own = self._reference_format(found, ordered, level, start)
            if own is not None:
                return own
            name = self._styles.name(found)
            deeper = level > 0 and self._style_num(found) is not None
            if deeper:
                self._warn_once(text("reference-list-level", style=name, level=level + 1, kind=kind))
            else:
                self._warn_once(text("reference-list-own", style=name, kind=kind))
        return self._own_format(style_id, ordered, level, start)

    # --- the reference's numbering -----------------------------------------------------------

    def _reference_format(self, style_id: str, ordered: bool, level: int, start: int) -> ListFormat | None:
        candidates = [(style_id, level)]
        if level > 0:
            deeper = self._styles.find(f"{self._styles.name(style_id)} {level + 1}")
            if deeper is not None:
                candidates.append((deeper, 0))
        for candidate, ilvl in candidates:
            num_id = self._style_num(candidate)
            if num_id is None:
                continue
            abstract = self._abstract_of(num_id)
            if abstract is None:
                continue
            lvl = self._level(abstract, ilvl)
            if lvl is None:
                continue
            indent = _indent(lvl) or LIST_INDENT * (ilvl + 1)
            if ordered:
                num_id = self._fresh_num(int(abstract.get(f"{_W}abstractNumId")), ilvl, start)
            return ListFormat(candidate, num_id, ilvl, indent)
        return None

    def _style_num(self, style_id: str) -> str | None:
        """The numId a paragraph style (or the styles it is based on) numbers with, if it exists."""
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen:
            seen.add(current)
            style = self._styles.element(current)
            if style is None:
                return None
            num = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
            if num is not None:
                value = num.get(f"{_W}val")
                return value if value and value != "0" and self._num(value) is not None else None
            based = style.find(f"{_W}basedOn")
            current = based.get(f"{_W}val") if based is not None else None
        return None

    def _num(self, num_id: str) -> Any | None:
        for num in self._numbering_el().iterchildren(f"{_W}num"):
            if num.get(f"{_W}numId") == num_id:
                return num
        return None

    def _abstract_of(self, num_id: str) -> Any | None:
        num = self._num(num_id)
        ref = num.find(f"{_W}abstractNumId") if num is not None else None
        if ref is None:
            return None
        wanted = ref.get(f"{_W}val")
        for abstract in self._numbering_el().iterchildren(f"{_W}abstractNum"):
            if abstract.get(f"{_W}abstractNumId") == wanted:
                return abstract
        return None

    def _level(self, abstract: Any, ilvl: int) -> Any | None:
        """The `w:lvl` of `abstract` at `ilvl`, following a numbering-style link once."""
        for lvl in abstract.iterchildren(f"{_W}lvl"):
            if lvl.get(f"{_W}ilvl") == str(ilvl):
                return lvl
        link = abstract.find(f"{_W}numStyleLink")
        if link is not None:
            num_id = self._style_num(str(link.get(f"{_W}val")))
            linked = self._abstract_of(num_id) if num_id else None
            if linked is not None and linked is not abstract and linked.find(f"{_W}numStyleLink") is None:
                return self._level(linked, ilvl)
        return None

    # --- PitchKit's own numbering ------------------------------------------------------------

    def _own_format(self, style_id: str | None, ordered: bool, level: int, start: int) -> ListFormat:
        abstract_id = self._own_abstract_id(ordered)
        if ordered:
            num_id = self._fresh_num(abstract_id, level, start, every_level=True)
        else:
            key = ("own", 0)
            if key not in self._shared:
                self._shared[key] = self._add_num(abstract_id)[0]
            num_id = self._shared[key]
        return ListFormat(style_id, num_id, level, LIST_INDENT * (level + 1))

    def _fresh_num(self, abstract_id: int, ilvl: int, start: int, *, every_level: bool = False) -> str:
        """A new `w:num` on `abstract_id` that starts level `ilvl` at `start` (a restart)."""
        num_id, num = self._add_num(abstract_id)
        for lvl in range(9) if every_level else (ilvl,):
            override = etree.SubElement(num, f"{_W}lvlOverride", {f"{_W}ilvl": str(lvl)})
            etree.SubElement(override, f"{_W}startOverride", {f"{_W}val": str(start if lvl == ilvl else 1)})
        return num_id

    def _add_num(self, abstract_id: int) -> tuple[str, Any]:
        """A new `w:num` on `abstract_id` with the first free numId (as python-docx numbers them)."""
        numbering = self._numbering_el()
        used = [int(num.get(f"{_W}numId", "0")) for num in numbering.iterchildren(f"{_W}num")]
        num_id = next(n for n in range(1, len(used) + 2) if n not in used)
        num = etree.Element(f"{_W}num", {f"{_W}numId": str(num_id)})
        etree.SubElement(num, f"{_W}abstractNumId", {f"{_W}val": str(abstract_id)})
        cleanup = numbering.find(f"{_W}numIdMacAtCleanup")
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)
        return str(num_id), num

    def _own_abstract_id(self, ordered: bool) -> int:
        if ordered in self._own_abstract:
            return self._own_abstract[ordered]
        numbering = self._numbering_el()
        existing = [int(a.get(f"{_W}abstractNumId")) for a in numbering.iterchildren(f"{_W}abstractNum")]
        abstract_id = max(existing, default=-1) + 1
        element = parse_xml(own_abstract_xml(abstract_id, ordered))
        # The schema's order: numPicBullet*, abstractNum*, num*, numIdMacAtCleanup?
        before = [c for c in numbering if c.tag in (f"{_W}numPicBullet", f"{_W}abstractNum")]
        if before:
            before[-1].addnext(element)
        else:
            numbering.insert(0, element)
        self._own_abstract[ordered] = abstract_id
        return abstract_id

    def _numbering_el(self) -> Any:
        if self._numbering is None:
            self._numbering = numbering_element(self._package, self._part)
        return self._numbering

    def _warn_once(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self._warn(message)


def own_abstract_xml(abstract_id: int, ordered: bool) -> str:
    """PitchKit's nine-level bullet or decimal definition as a `w:abstractNum` element."""
    levels = []
    for lvl in range(9):
        if ordered:
            fmt, shown = NUMBER_FORMATS[lvl % 3], f"%{lvl + 1}."
        else:
            fmt, shown = "bullet", BULLETS[lvl % 3]
        levels.append(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{shown}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{LIST_INDENT * (lvl + 1)}" w:hanging="{HANGING}"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum xmlns:w="{_W_URI}" w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>' + "".join(levels) + "</w:abstractNum>"
    )


def _indent(lvl: Any) -> int | None:
    ind = lvl.find(f"{_W}pPr/{_W}ind")
    if ind is None:
        return None
    value = ind.get(f"{_W}left") or ind.get(f"{_W}start")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
