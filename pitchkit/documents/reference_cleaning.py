"""Dropping active and external content from a reference document's package.

A reference document lends its styles, page set-up, header and footer; nothing in it should
run or reach out when the export is opened.  Dropped, each named in one warning:

- macros (`vbaProject.bin`, `vbaData.xml`, Word customisations), ActiveX controls, embedded
  OLE objects and packages (the parts, their relationships and the elements using them);
- external relationships other than hyperlinks: an attached template, remote pictures,
  linked sub-documents, frames, external data sources;
- fields that fetch or run something: DDE, DDEAUTO, INCLUDEPICTURE, INCLUDETEXT, INCLUDE,
  IMPORT, LINK (the field code goes, the text it last showed stays);
- custom document properties (`docProps/custom.xml`).

A macro-enabled document or a template (.dotx) becomes a plain document.  Works on the
parts and lxml trees of reference_package.py, in place.
"""

from __future__ import annotations

import posixpath
from typing import Any

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Main-part content types that become a plain document's.
_MAIN_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
})
#: Relationship types (their last word) whose target is dropped with the relationship.
_ACTIVE_TYPES = {
    "vbaProject": "macros",
    "wordVbaData": "macros",
    "keyMapCustomizations": "macros",
    "attachedToolbars": "macros",
    "oleObject": "an embedded object",
    "package": "an embedded object",
    "control": "an ActiveX control",
    "activeXControlBinary": "an ActiveX control",
    "custom-properties": "custom document properties",
    "attachedTemplate": "an attached template",
}
_HYPERLINK = "hyperlink"
_FIELDS = frozenset({"DDE", "DDEAUTO", "INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK"})
#: Elements removed whole when one of their relationships goes (else the attribute goes).
_CONTAINERS = (f"{{{_W}}}object", f"{{{_W}}}control", f"{{{_W}}}pict", f"{{{_W}}}drawing")


def _rels_source(rels_name: str) -> str:
    """The part a relationships part belongs to: word/_rels/document.xml.rels -> word/document.xml."""
    folder, _, file = rels_name.rpartition("_rels/")
    return posixpath.join(folder, file[: -len(".rels")]) if file.endswith(".rels") else ""


def _target(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def clean_package(members: dict[str, bytes], trees: dict[str, Any]) -> tuple[list[str], set[str]]:
    """Drop active and external content in place; returns what was dropped, in words, and
    the names of the parts whose trees changed (the others keep their bytes)."""
    changed: set[str] = set()
    gone_parts = {name for name in members if _part_words(name)}
    dropped: dict[str, None] = {_part_words(name): None for name in sorted(gone_parts)}
    removed_ids: dict[str, set[str]] = {}
    for rels_name in [n for n in trees if n.endswith(".rels")]:
        source = _rels_source(rels_name)
        if source in gone_parts:
            continue
        for rel in list(trees[rels_name].getroot()):
            kind = str(rel.get("Type", "")).rpartition("/")[2]
            external = rel.get("TargetMode") == "External"
            target = str(rel.get("Target", ""))
            words = _ACTIVE_TYPES.get(kind)
            if external and kind != _HYPERLINK:
                words = words or f"a link to {target[:80]}"
            if words is None and not external and _target(source, target) in gone_parts:
                words = "an embedded object"
            if words is None:
                continue
            dropped[words] = None
            if not external:
                gone_parts.add(_target(source, target))
            removed_ids.setdefault(source, set()).add(str(rel.get("Id", "")))
            rel.getparent().remove(rel)
            changed.add(rels_name)
    for name in sorted(gone_parts):
        for gone in (name, posixpath.join(posixpath.dirname(name), "_rels", posixpath.basename(name) + ".rels")):
            members.pop(gone, None)
            trees.pop(gone, None)
    for source, ids in removed_ids.items():
        if source in trees:
            _drop_references(trees[source].getroot(), ids)
            changed.add(source)
    for name, tree in trees.items():
        if name.startswith("word/") and not name.endswith(".rels"):
            for field in _drop_fields(tree.getroot()):
                dropped[f"the field {field}"] = None
                changed.add(name)
    settings = next((name for name in trees if name.endswith("/settings.xml")), None)
    for element in list(trees[settings].getroot().iter(f"{{{_W}}}attachedTemplate")) if settings else []:
        element.getparent().remove(element)  # with or without its relationship
        dropped.setdefault(_ACTIVE_TYPES["attachedTemplate"], None)
        changed.add(str(settings))
    if _fix_content_types(trees, gone_parts):
        changed.add("[Content_Types].xml")
    return list(dropped), changed


def _part_words(name: str) -> str:
    """What an active part is, in words; "" for a part that stays."""
    lower = name.lower()
    if lower.endswith(("vbaproject.bin", "vbadata.xml")) or lower in (
        "word/customizations.xml", "word/attachedtoolbars.bin"
    ):
        return "macros"
    if lower.startswith("word/activex/"):
        return "an ActiveX control"
    if lower.startswith("word/embeddings/"):
        return "an embedded object"
    if lower == "docprops/custom.xml":
        return "custom document properties"
    return ""


def _drop_references(root: Any, ids: set[str]) -> None:
    """Remove what refers to a removed relationship: the element, its container, or a link."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(f"{{{_R}}}") or value not in ids:
                continue
            container = next((a for a in element.iterancestors(*_CONTAINERS)), None)
            if container is not None and container.getparent() is not None:
                container.getparent().remove(container)
            elif attribute.rpartition("}")[2] in ("link", "href"):
                del element.attrib[attribute]
            elif element.getparent() is not None:
                element.getparent().remove(element)
            break


def _drop_fields(root: Any) -> list[str]:
    """Remove the codes of fields that fetch or run something; their shown text stays."""
    found: list[str] = []
    for simple in list(root.iter(f"{{{_W}}}fldSimple")):
        name = _field_name(simple.get(f"{{{_W}}}instr", ""))
        if name in _FIELDS and simple.getparent() is not None:
            parent = simple.getparent()
            index = parent.index(simple)
            for offset, child in enumerate(list(simple)):
                parent.insert(index + offset, child)
            parent.remove(simple)
            found.append(name)
    stack: list[dict[str, Any]] = []
    char_tag, instr_tag = f"{{{_W}}}fldChar", f"{{{_W}}}instrText"
    for element in list(root.iter(char_tag, instr_tag)):
        if element.tag == instr_tag:
            if stack and not stack[-1]["separated"]:
                stack[-1]["codes"].append(element)
            continue
        kind = element.get(f"{{{_W}}}fldCharType")
        if kind == "begin":
            stack.append({"codes": [element], "separated": False})
        elif kind == "separate" and stack:
            stack[-1]["codes"].append(element)
            stack[-1]["separated"] = True
        elif kind == "end" and stack:
            field = stack.pop()
            code = "".join(e.text or "" for e in field["codes"] if e.tag == instr_tag)
            name = _field_name(code)
            if name in _FIELDS:
                for node in [*field["codes"], element]:
                    if node.getparent() is not None:
                        node.getparent().remove(node)
                found.append(name)
    return found


def _field_name(code: str) -> str:
    words = code.split()
    return words[0].upper() if words else ""


def _fix_content_types(trees: dict[str, Any], gone_parts: set[str]) -> bool:
    """Content types without the dropped parts, the main part a plain document's; True if changed."""
    tree = trees.get("[Content_Types].xml")
    if tree is None:
        return False
    before = len(tree.getroot())
    retyped = False
    for entry in list(tree.getroot()):
        part = str(entry.get("PartName", "")).lstrip("/")
        kind = str(entry.get("ContentType", ""))
        if part and part in gone_parts:
            tree.getroot().remove(entry)
        elif kind in _MAIN_TYPES:
            entry.set("ContentType", _DOCUMENT_MAIN)
            retyped = True
        elif "vbaProject" in kind or "activeX" in kind or "oleObject" in kind:
            tree.getroot().remove(entry)
    return retyped or len(tree.getroot()) != before
