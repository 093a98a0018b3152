"""The package around a Word export's body: what is kept from the reference, what is made new.

A reference document brings styles, page settings, header and footer; everything that
describes a *document* is made fresh for each export (docs/templates.md, "Word reference
documents"): core properties (title, author, language, dates; none of the reference's
subject, comments or keywords), extended properties (`docProps/app.xml`: PitchKit, no
stale page or word counts), no thumbnail, Word 2013+ compatibility mode, the document's
proofing language, and drawing ids that are unique across the body, headers and footers.
A Word template (.dotx) is read as the document it would create.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import IO, Any

_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_URI}}}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
#: Word 2013 and later; 14 (Word 2010) opens the file in Compatibility Mode.
COMPATIBILITY_MODE = "15"
_COMPAT_URI = "http://schemas.microsoft.com/office/word"
#: Children of `w:settings` that come after `w:compat` (ECMA-376 CT_Settings, in order).
_AFTER_COMPAT = (
    "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
    "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol",
    "w:listSeparator", "w14:docId", "w14:defaultImageDpi",
)
#: Children of `w:rPr` that come after `w:lang`.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>PitchKit</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def load_document(source: str | IO[bytes] | None) -> Any:
    """A python-docx Document from a .docx, or from a .dotx read as a document.

    python-docx refuses a template's main part; registering a DocumentPart that loads it
    under the document content type (the library's own PartFactory extension point) makes
    the saved package a plain .docx.
    """
    import docx
    from docx.opc.part import PartFactory

    PartFactory.part_type_for.setdefault(TEMPLATE_MAIN, _template_part_class())
    return docx.Document(source)


def _template_part_class() -> type:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.parts.document import DocumentPart

    class TemplateAsDocumentPart(DocumentPart):
        """The main part of a .dotx, loaded as the main part of a .docx."""

        @classmethod
        def load(cls, partname: Any, content_type: str, blob: bytes, package: Any) -> Any:
            return super().load(partname, CT.WML_DOCUMENT_MAIN, blob, package)

    return TemplateAsDocumentPart


# --- properties --------------------------------------------------------------------------


def set_core_properties(document: Any, *, title: str, author: str, language: str) -> None:
    """Core properties of this export only: the reference's own (subject, comments ...) go."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    package = document.part.package
    # LibreOffice may relate its core properties with a misspelt type ("officedocument/…"):
    # python-docx would not find them and add a second /docProps/core.xml to the zip.
    _drop_rels(package, lambda rel: rel.reltype.endswith("/metadata/core-properties") and rel.reltype != RT.CORE_PROPERTIES)
    props = document.core_properties  # makes the part if the reference has none
    element = package.part_related_by(RT.CORE_PROPERTIES).element
    for child in list(element):
        element.remove(child)
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
    # Word's core properties hold at most 255 characters (python-docx refuses more); the
    # document itself keeps the whole title.
    props.title = title[:255]
    props.author = author[:255]
    props.last_modified_by = author[:255]
    props.language = language[:255]
    props.created = now
    props.modified = now
    props.revision = 1


def replace_app_properties(package: Any) -> None:
    """A fresh `docProps/app.xml` naming PitchKit; the reference's (and its thumbnail) go."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    partname = "/docProps/app.xml"
    _drop_rels(
        package,
        lambda rel: rel.reltype in (RT.EXTENDED_PROPERTIES, RT.THUMBNAIL)
        or (not rel.is_external and str(rel.target_part.partname) == partname),
    )
    part = Part(PackURI(partname), CT.OFC_EXTENDED_PROPERTIES, APP_XML.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


def _drop_rels(package: Any, drop: Callable[[Any], bool]) -> None:
    """Remove the package relationships `drop` picks (their parts go unless used elsewhere)."""
    for r_id, rel in list(package.rels.items()):
        if drop(rel):
            package.rels.pop(r_id)


# --- settings and styles -----------------------------------------------------------------


def set_compatibility_mode(settings: Any) -> None:
    """`w:compatSetting compatibilityMode` = 15 in `w:settings`, adding `w:compat` if needed."""
    from docx.oxml.parser import OxmlElement

    compat = settings.find(f"{_W}compat")
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.insert_element_before(compat, *_AFTER_COMPAT)
    for setting in compat.iterchildren(f"{_W}compatSetting"):
        if setting.get(f"{_W}name") == "compatibilityMode":
            setting.set(f"{_W}val", COMPATIBILITY_MODE)
            setting.set(f"{_W}uri", _COMPAT_URI)
            return
    compat.append(
        OxmlElement(
            "w:compatSetting",
            {f"{_W}name": "compatibilityMode", f"{_W}uri": _COMPAT_URI, f"{_W}val": COMPATIBILITY_MODE},
        )
    )


def set_language(styles: Any, settings: Any, language: str) -> None:
    """The proofing language: the style defaults' `w:lang`, every style that sets its own, the theme's."""
    from docx.oxml.parser import OxmlElement

    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(f"{_W}rPrDefault")
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(f"{_W}rPr")
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    lang = r_pr.find(f"{_W}lang")
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(f"{_W}val", language)
    for style_lang in styles.iterfind(f"{_W}style/{_W}rPr/{_W}lang"):
        if style_lang.get(f"{_W}val"):
            style_lang.set(f"{_W}val", language)
    theme = settings.find(f"{_W}themeFontLang")
    if theme is not None and theme.get(f"{_W}val"):
        theme.set(f"{_W}val", language)


# --- drawings ----------------------------------------------------------------------------


def number_drawings(package: Any, main_part: Any) -> None:
    """Give every `wp:docPr` of the body, headers, footers and notes its own id (1, 2, 3 ...)."""
    parts = [main_part] + sorted(
        (p for p in package.iter_parts() if p is not main_part and hasattr(p, "element")),
        key=lambda p: str(p.partname),
    )
    next_id = 1
    for part in parts:
        for doc_pr in part.element.iter(f"{_WP}docPr"):
            doc_pr.set("id", str(next_id))
            next_id += 1


def describe_picture(inline: Any, alt: str) -> None:
    """Alt text on a python-docx picture: `descr` of its `wp:docPr` and of its `pic:cNvPr`."""
    doc_pr = inline.find(f"{_WP}docPr")
    if doc_pr is not None:
        doc_pr.set("descr", alt)
    for nv_pr in inline.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"):
        nv_pr.set("descr", alt)
