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
from typing import Any

from pitchkit.documents.docx_opc import (
    CT_CORE_PROPERTIES,
    CT_EXTENDED_PROPERTIES,
    RT_CORE_PROPERTIES,
    RT_EXTENDED_PROPERTIES,
    RT_THUMBNAIL,
    Package,
    Part,
    python_docx_template,
)

_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_URI}}}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
#: The story parts (their content types' last word) that may hold drawings.
_STORIES = frozenset({"main+xml", "header+xml", "footer+xml", "footnotes+xml", "endnotes+xml", "comments+xml"})
_NS = {
    "w": _W_URI,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
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


def related_or_default(package: Package, main: Part, reltype: str, name: str, content_type: str, template: str) -> Part:
    """The main part's styles or settings part, made from python-docx's default if the reference has none
    (as python-docx does)."""
    part = main.related(reltype)
    if part is None:
        part = Part(name, content_type, python_docx_template(template))
        main.relate_to(part, reltype)
    return part


def insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> Any:
    """Put `child` before the first child of `parent` whose tag is in `successors`
    ("w:compat" ...), else at the end (the schema's order); returns `child`."""
    tags = {qn(tag) for tag in successors}
    for existing in parent:
        if existing.tag in tags:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def qn(tag: str) -> str:
    """"w:compat" in Clark notation."""
    prefix, _, local = tag.partition(":")
    return f"{{{_NS[prefix]}}}{local}"


def new_element(tag: str, attrs: dict[str, str] | None = None) -> Any:
    """A new element "w:tag" (attributes in Clark notation)."""
    from lxml import etree

    prefix = tag.partition(":")[0]
    return etree.Element(qn(tag), attrs or {}, nsmap={prefix: _NS[prefix]})


# --- properties --------------------------------------------------------------------------


_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def set_core_properties(package: Package, *, title: str, author: str, language: str) -> None:
    """Core properties of this export only: the reference's own (subject, comments ...) go."""
    from lxml import etree

    # LibreOffice may relate its core properties with a misspelt type ("officedocument/…"):
    # a second /docProps/core.xml would go into the zip.
    package.drop_rels(lambda rel: rel.reltype.endswith("/metadata/core-properties") and rel.reltype != RT_CORE_PROPERTIES)
    part = package.related(RT_CORE_PROPERTIES)
    if part is None:
        root = etree.Element(f"{{{_CP}}}coreProperties", nsmap={"cp": _CP, "dc": _DC, "dcterms": _DCTERMS})
        part = Part("/docProps/core.xml", CT_CORE_PROPERTIES, element=root)
        package.relate_to(part, RT_CORE_PROPERTIES)
    element = part.element
    for child in list(element):
        element.remove(child)
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None).strftime("%Y-%m-%dT%H:%M:%SZ")
    # Word's core properties hold at most 255 characters; the document keeps the whole title.
    values = (
        (_DC, "title", title[:255]), (_DC, "creator", author[:255]), (_CP, "lastModifiedBy", author[:255]),
        (_DC, "language", language[:255]), (_DCTERMS, "created", now), (_DCTERMS, "modified", now),
        (_CP, "revision", "1"),
    )
    for namespace, name, value in values:
        child = etree.SubElement(element, f"{{{namespace}}}{name}")
        child.text = value
        if namespace == _DCTERMS:
            # Declared on the root, not on each element (as python-docx does).
            element.set(f"{{{_XSI}}}foo", "bar")
            child.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
            del element.attrib[f"{{{_XSI}}}foo"]


def replace_app_properties(package: Package) -> None:
    """A fresh `docProps/app.xml` naming PitchKit; the reference's (and its thumbnail) go."""
    partname = "/docProps/app.xml"
    package.drop_rels(
        lambda rel: rel.reltype in (RT_EXTENDED_PROPERTIES, RT_THUMBNAIL)
        or (not rel.external and rel.part.name == partname),
    )
    part = Part(partname, CT_EXTENDED_PROPERTIES, APP_XML.encode("utf-8"))
    package.relate_to(part, RT_EXTENDED_PROPERTIES)


# --- settings and styles -----------------------------------------------------------------


def set_compatibility_mode(settings: Any) -> None:
    """`w:compatSetting compatibilityMode` = 15 in `w:settings`, adding `w:compat` if needed."""
    compat = settings.find(f"{_W}compat")
    if compat is None:
        compat = insert_before(settings, new_element("w:compat"), _AFTER_COMPAT)
    for setting in compat.iterchildren(f"{_W}compatSetting"):
        if setting.get(f"{_W}name") == "compatibilityMode":
            setting.set(f"{_W}val", COMPATIBILITY_MODE)
            setting.set(f"{_W}uri", _COMPAT_URI)
            return
    compat.append(
        new_element(
            "w:compatSetting",
            {f"{_W}name": "compatibilityMode", f"{_W}uri": _COMPAT_URI, f"{_W}val": COMPATIBILITY_MODE},
        )
    )


def set_language(styles: Any, settings: Any, language: str) -> None:
    """The proofing language: the style defaults' `w:lang`, every style that sets its own, the theme's."""
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = new_element("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(f"{_W}rPrDefault")
    if r_pr_default is None:
        r_pr_default = new_element("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(f"{_W}rPr")
    if r_pr is None:
        r_pr = new_element("w:rPr")
        r_pr_default.append(r_pr)
    lang = r_pr.find(f"{_W}lang")
    if lang is None:
        lang = new_element("w:lang")
        insert_before(r_pr, lang, _AFTER_LANG)
    lang.set(f"{_W}val", language)
    for style_lang in styles.iterfind(f"{_W}style/{_W}rPr/{_W}lang"):
        if style_lang.get(f"{_W}val"):
            style_lang.set(f"{_W}val", language)
    theme = settings.find(f"{_W}themeFontLang")
    if theme is not None and theme.get(f"{_W}val"):
        theme.set(f"{_W}val", language)


# --- drawings ----------------------------------------------------------------------------


def number_drawings(package: Package, main_part: Part, first: int = 1) -> None:
    """Give every `wp:docPr` of the body, headers, footers and notes its own id (1, 2, 3 ...).

    The body's own pictures, written as text, are numbered 1 to `first` - 1 already."""
    parts = [main_part] + sorted(
        (p for p in package.iter_parts() if p is not main_part and p.content_type.endswith("+xml") and _may_draw(p)),
        key=lambda p: p.name,
    )
    next_id = first
    for part in parts:
        for doc_pr in part.element.iter(f"{_WP}docPr"):
            doc_pr.set("id", str(next_id))
            next_id += 1


def _may_draw(part: Part) -> bool:
    """Whether a part can hold drawings: the WordprocessingML story parts."""
    return part.content_type.startswith(_WML_TYPE) and part.content_type.rpartition(".")[2] in _STORIES
