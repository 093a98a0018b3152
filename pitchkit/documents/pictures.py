"""A picture in the document tree: PNG bytes, or the promise of them (a picture still being drawn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias


class PendingPicture:
    """A picture another process is still drawing: its PNG header now, its bytes on `result()`.

    A first export draws the map in a child process (qtrender/picture_worker.py); the Word
    writer lays the picture out from the header's size and asks for the bytes last, when
    it packs the file, so the drawing overlaps the rest of the export.
    """

    __slots__ = ("head", "_fetch", "_data")

    def __init__(self, head: bytes, fetch: Callable[[], bytes]) -> None:
        self.head = head
        self._fetch = fetch
        self._data: bytes | None = None

    def result(self) -> bytes:
        """The picture's PNG bytes (waiting for them the first time)."""
        if self._data is None:
            self._data = self._fetch()
        return self._data


#: A picture's PNG: its bytes, or a promise of them.
Picture: TypeAlias = bytes | PendingPicture


def picture_bytes(picture: Picture) -> bytes:
    """The PNG bytes of `picture` (waiting for a pending one)."""
    return picture.result() if isinstance(picture, PendingPicture) else picture


def picture_head(picture: Picture) -> bytes:
    """What a writer reads a picture's size from: a pending picture's header, else its bytes."""
    return picture.head if isinstance(picture, PendingPicture) else picture
