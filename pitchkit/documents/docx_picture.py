"""A picture in a Word body: its size from the PNG header, and its `wp:inline` as WordprocessingML text.

PitchKit's pictures are PNGs (the stakeholder map).  The size is read as python-docx reads
it (pixels over the `pHYs` resolution, 72 dpi without one) and the inline is the one
python-docx writes (`CT_Inline.new_pic_inline`), with the alt text on `wp:docPr` and on
`pic:cNvPr`; drawing ids are given once the whole package is known
(docx_package.number_drawings).
"""

from __future__ import annotations

import struct

import msgspec

from pitchkit.documents.docx_body import attr

EMU_PER_INCH = 914400
EMU_PER_CM = 360000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: The namespaces of an inline, declared on it unless the document declares them already.
INLINE_NAMESPACES = {
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


class PictureSize(msgspec.Struct, frozen=True):
    """A PNG's size in pixels and its resolution in dots per inch."""

    px_width: int
    px_height: int
    horz_dpi: int
    vert_dpi: int

    @property
    def width(self) -> int:
        """Native width in EMU."""
        return int(self.px_width / self.horz_dpi * EMU_PER_INCH)

    @property
    def height(self) -> int:
        return int(self.px_height / self.vert_dpi * EMU_PER_INCH)


def png_size(data: bytes) -> PictureSize:
    """The size of the PNG `data`; ValueError when it is not a PNG."""
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG picture")
    offset = len(_PNG_SIGNATURE)
    width = height = 0
    dpi = (72, 72)
    while offset + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, offset)
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR" and len(body) >= 8:
            width, height = struct.unpack_from(">II", body)
        elif kind == b"pHYs" and len(body) >= 9:
            horz, vert, unit = struct.unpack_from(">IIB", body)
            dpi = (_dpi(unit, horz), _dpi(unit, vert))
        elif kind in (b"IDAT", b"IEND"):
            break
        offset += 12 + length
    if not width or not height:
        raise ValueError("a PNG picture without a size")
    return PictureSize(width, height, *dpi)


def _dpi(unit: int, per_unit: int) -> int:
    return int(round(per_unit * 0.0254)) if unit == 1 and per_unit else 72


def inline_xml(*, doc_pr_id: int, shape_id: int, r_id: str, filename: str, cx: int, cy: int, alt: str, declared: dict[str | None, str]) -> str:
    """The `wp:inline` of a picture, namespaces declared where the document does not."""
    declarations = "".join(
        f' xmlns:{prefix}="{uri}"' for prefix, uri in INLINE_NAMESPACES.items() if declared.get(prefix) != uri
    )
    descr = attr(alt)
    return (
        f"<wp:inline{declarations}>"
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{doc_pr_id}" name="Picture {shape_id}" descr="{descr}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{attr(filename)}" descr="{descr}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{attr(r_id)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline>"
    )
