"""Which of a reference document's styles plays each part in a Word export.

Every part (body text, quote, caption, list, heading, table ...) has one list of aliases
(docs/templates.md, "Word reference documents"): the first alias the reference defines,
matched by style name or by style id and ignoring case, spaces and punctuation, is used.
Built-in style names are stored in English by Word and LibreOffice alike, so the English
names cover most documents; a few German, French and Dutch names cover documents whose
styles were renamed.  When no alias matches, the part falls back along its chain (Quote to
body text, Heading 3 to Heading 2 ...), with one warning naming the style.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pitchkit.core.messages import text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _headings() -> dict[str, tuple[str, ...]]:
    return {
        f"Heading {n}": (f"Heading {n}", f"Überschrift {n}", f"Titre {n}", f"Kop {n}")
        for n in range(1, 7)
    }


#: The part each style plays -> the names (or ids) that may play it, best first.
ALIASES: dict[str, tuple[str, ...]] = {
    "Title": ("Title", "Titel", "Titre"),
    **_headings(),
    "Body Text": (
        "Body Text", "Text Body", "Textkörper", "Corps de texte", "Plattetekst",
        "Normal", "Standard", "Default Paragraph Style", "Default Style",
    ),
    "Quote": (
        "Quote", "Quotations", "Quotation", "Intense Quote", "Block Text", "Block Quotation",
        "Zitat", "Citation", "Citaat",
    ),
    "Caption": ("Caption", "Image Caption", "Figure Caption", "Beschriftung", "Légende", "Bijschrift"),
    "List Bullet": ("List Bullet", "Aufzählungszeichen", "Liste à puces", "Lijstopsommingsteken"),
    "List Number": ("List Number", "Listennummer", "Liste numéros", "Lijstnummering"),
    "List Paragraph": ("List Paragraph", "Listenabsatz", "Paragraphe de liste", "Lijstalinea"),
    "Footer": ("Footer", "Fußzeile", "Pied de page", "Voettekst"),
    "Hyperlink": ("Hyperlink", "Internet Link", "Lien hypertexte"),
    "Table Grid": ("Table Grid", "Tabellenraster", "Grille du tableau", "Tabelraster"),
}

#: The style a document may name for its tables; it wins over the default table style.
TABLE_STYLE = "PitchKit Table"

#: Where a part goes when the reference has none of its aliases (each step is warned).
FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Heading 1", "Body Text"),
    **{f"Heading {n}": (*(f"Heading {k}" for k in range(n - 1, 0, -1)), "Body Text") for n in range(1, 7)},
    "Quote": ("Body Text",),
    "Caption": ("Body Text",),
    "List Bullet": ("List Paragraph", "Body Text"),
    "List Number": ("List Paragraph", "Body Text"),
}
#: Parts used only when present; without them the writer formats directly, silently.
OPTIONAL = frozenset({"Body Text", "Footer", "Hyperlink", "List Paragraph"})
#: Word's "Normal Table" is every document's default table style and draws no borders.
_PLAIN_TABLE = frozenset({"tablenormal", "normaltable"})


def fold(name: str) -> str:
    """`name` as compared: lower case, letters and digits only ("List Bullet" = "ListBullet")."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


class StyleMap:
    """The reference's styles, read once, and the style id that plays each part."""

    def __init__(self, styles_element: Any, warn: Callable[[str], None]) -> None:
        self._warn = warn
        self._by_key: dict[tuple[str, str], Any] = {}
        self._by_id: dict[str, Any] = {}
        self._default_table: Any | None = None
        styles = list(styles_element.iterchildren(f"{_W}style"))
        for style in styles:
            style_id = style.get(f"{_W}styleId")
            if not style_id:
                continue
            kind = style.get(f"{_W}type") or "paragraph"
            self._by_id.setdefault(style_id, style)
            name = self.name_of(style)
            self._by_key.setdefault((kind, fold(name)), style)
            if kind == "table" and style.get(f"{_W}default") in ("1", "true", "on"):
                self._default_table = style
        for style in styles:  # ids second: a name always wins over another style's id
            style_id = style.get(f"{_W}styleId")
            if style_id:
                self._by_key.setdefault((style.get(f"{_W}type") or "paragraph", fold(style_id)), style)
        self._resolved: dict[tuple[str, str], str | None] = {}

    @staticmethod
    def name_of(style: Any) -> str:
        name = style.find(f"{_W}name")
        value = name.get(f"{_W}val") if name is not None else None
        return str(value or style.get(f"{_W}styleId") or "")

    def element(self, style_id: str) -> Any | None:
        """The `w:style` element with that id, or None."""
        return self._by_id.get(style_id)

    def name(self, style_id: str) -> str:
        style = self._by_id.get(style_id)
        return self.name_of(style) if style is not None else style_id

    def find(self, part: str, kind: str = "paragraph") -> str | None:
        """The id of the first alias of `part` the reference defines (no fallback, no warning)."""
        for alias in ALIASES.get(part, (part,)):
            style = self._by_key.get((kind, fold(alias)))
            if style is not None:
                return str(style.get(f"{_W}styleId"))
        return None

    def style_id(self, part: str, kind: str = "paragraph") -> str | None:
        """The style id for `part`, or its fallback (warned once), or None."""
        key = (kind, part)
        if key in self._resolved:
            return self._resolved[key]
        result = self.find(part, kind)
        if result is None:
            for other in FALLBACKS.get(part, ()):
                result = self.find(other, kind)
                if result is not None:
                    self._warn(text("reference-style-missing", style=part, used=self.name(result)))
                    break
            else:
                if part not in OPTIONAL:
                    self._warn(text("reference-style-none", style=part))
        self._resolved[key] = result
        return result

    def table_style(self) -> str | None:
        """"PitchKit Table", else the default table style (unless plain), else "Table Grid"."""
        key = ("table", TABLE_STYLE)
        if key in self._resolved:
            return self._resolved[key]
        result = self.find(TABLE_STYLE, "table")
        default = self._default_table
        if result is None and default is not None:
            if fold(str(default.get(f"{_W}styleId"))) not in _PLAIN_TABLE:
                result = str(default.get(f"{_W}styleId"))
        if result is None:
            result = self.find("Table Grid", "table")
        if result is None:
            self._warn(text("reference-table-borders", style=TABLE_STYLE))
        self._resolved[key] = result
        return result
