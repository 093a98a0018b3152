"""The map picture's size in pixels and its PNG header, known before anything is drawn.

The drawing (qtrender/map_painter.py) and its encoder use these, and so does the export:
a first export lays the map out, hands the drawing to a child process, and writes the
Word document around the picture from its size alone, taking the pixels last
(documents/pictures.PendingPicture).  Qt-free.
"""

from __future__ import annotations

import math
import struct
import zlib

from pitchkit.core.map_layout import MapLayout

#: Most pixels a map picture gets: crowded maps are drawn larger, not sharper.
MAX_PIXELS = 2000 * 1440
#: Pixels per picture unit in documents and exports: 1,500 px across for a standard map, 240 dpi
#: at 16 cm in Word (checked by eye: text and rings stay crisp); 2x cost 1.8x the time.
PICTURE_SCALE = 1.5
#: The resolution a picture declares (pHYs): 96 dpi, what Qt's offscreen images have.  Word
#: sizes a picture narrower than the text by it; set, so the app's pictures (on a screen of
#: any density) and the command line's are the same file.
DOTS_PER_METRE = 3780
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def picture_scale(layout: MapLayout, scale: float) -> float:
    """`scale`, reduced so a crowded (larger) map costs no more pixels than a standard one."""
    pixels = layout.style.width * layout.style.height * scale * scale
    return scale if pixels <= MAX_PIXELS else scale * math.sqrt(MAX_PIXELS / pixels)


def picture_size(layout: MapLayout, scale: float = PICTURE_SCALE) -> tuple[int, int]:
    """The width and height in pixels of the picture of `layout` drawn at `scale`."""
    scale = picture_scale(layout, scale)
    return int(layout.style.width * scale), int(layout.style.height * scale)


def chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk: length, kind, body and the CRC of kind and body."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_head(width: int, height: int, across: int = DOTS_PER_METRE, down: int = DOTS_PER_METRE) -> bytes:
    """The start of an 8-bit RGB PNG of that size, up to its pixels: signature, IHDR and pHYs
    (`across` and `down`: its resolution in dots per metre)."""
    return b"".join((
        _SIGNATURE,
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        chunk(b"pHYs", struct.pack(">IIB", across, down, 1)),
    ))


def map_png_head(layout: MapLayout, scale: float = PICTURE_SCALE) -> bytes:
    """The PNG header of the picture of `layout` (what map_painter.png_bytes begins with)."""
    return png_head(*picture_size(layout, scale))
