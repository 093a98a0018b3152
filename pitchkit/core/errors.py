"""Typed errors the core raises; each one renders as `<file>: <where>: <what>`."""

from __future__ import annotations


class PitchKitError(Exception):
    """A problem a person can act on, naming the file and the place in it."""

    def __init__(self, what: str, *, file: str = "", where: str = "") -> None:
        super().__init__(what)
        self.what = what
        self.file = file
        self.where = where

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.where, self.what) if part)

    def with_file(self, file: str) -> PitchKitError:
        """The same error, naming `file` if it did not name one yet."""
        if not self.file:
            self.file = file
        return self


class ProjectError(PitchKitError):
    """A project file that cannot be read, or whose content is not a valid pitch."""


class TemplateError(PitchKitError):
    """A template that cannot be found, compiled or rendered."""


class ExportError(PitchKitError):
    """An export that could not be written."""


class PlaybookError(PitchKitError):
    """A playbook file that cannot be read or is not a valid playbook."""


class SheetError(PitchKitError):
    """A spreadsheet (.csv or .xlsx) that cannot be imported."""
