"""Real Word list numbering for the docx writer.

Two abstract definitions are added to the document (one bullet, one decimal, nine levels
each); bullet lists share one `w:num`, and every numbered list gets its own `w:num` with
start overrides, so each numbered list restarts at its first number.
"""

from __future__ import annotations

from typing import Any

LIST_INDENT = 720  # twips per list level
HANGING = 360
BULLETS = ("\u2022", "\u25e6", "\u25aa")
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class ListNumbering:
    """Hands out numbering ids for lists; the numbering part is touched only when needed."""

    def __init__(self, document_part: Any) -> None:
        self._part = document_part
        self._abstract_ids: dict[bool, int] = {}
        self._bullet_num: str | None = None

    def num_id(self, ordered: bool, start: int = 1) -> str:
        """The w:numId for a new list (bullet lists share one)."""
        if not ordered and self._bullet_num is not None:
            return self._bullet_num
        numbering = self._part.numbering_part.element
        num = numbering.add_num(self._abstract_id(ordered))
        if ordered:
            for lvl in range(9):
                num.add_lvlOverride(ilvl=lvl).add_startOverride(start if lvl == 0 else 1)
        num_id = str(num.numId)
        if not ordered:
            self._bullet_num = num_id
        return num_id

    def _abstract_id(self, ordered: bool) -> int:
        if ordered in self._abstract_ids:
            return self._abstract_ids[ordered]
        from docx.oxml.ns import qn
        from docx.oxml.parser import parse_xml

        numbering = self._part.numbering_part.element
        existing = [
            int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))
        ]
        abstract_id = max(existing, default=-1) + 1
        levels = []
        for lvl in range(9):
            if ordered:
                fmt, text = NUMBER_FORMATS[lvl % 3], f"%{lvl + 1}."
            else:
                fmt, text = "bullet", BULLETS[lvl % 3]
            levels.append(
                f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{LIST_INDENT * (lvl + 1)}" w:hanging="{HANGING}"/></w:pPr></w:lvl>'
            )
        element = parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>' + "".join(levels) + "</w:abstractNum>"
        )
        # The schema wants every abstractNum before the first num.
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.insert(len(numbering.findall(qn("w:abstractNum"))), element)
        self._abstract_ids[ordered] = abstract_id
        return abstract_id
