"""Booby-trapped reference documents: bounded unpacking, no entities, malformed parts named,
active and external content dropped (documents/reference_package.py, reference_cleaning.py)."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pitchkit.core.errors import ExportError
from pitchkit.documents import reference_package
from pitchkit.documents.docx_writer import default_reference, write_docx
from pitchkit.documents.formats import WriteOptions
from pitchkit.documents.tree import Document, Paragraph, Text

pytestmark = pytest.mark.timeout(60)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _members() -> dict[str, bytes]:
    with zipfile.ZipFile(default_reference()) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _build(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return path


def _with(tmp_path: Path, name: str = "ref.docx", **edits: bytes) -> Path:
    members = _members()
    for part, blob in edits.items():
        members[part.replace("__", "/").replace("_dot_", ".")] = blob
    return _build(tmp_path / name, members)


def _export(tmp_path: Path, reference: Path) -> tuple[list[str], dict[str, bytes]]:
    out = tmp_path / "out.docx"
    doc = Document(title="Plan", author="Dana", blocks=[Paragraph([Text("Hello")])])
    warnings = write_docx(doc, out, WriteOptions(reference_docx=Path(reference) if reference else None))
    with zipfile.ZipFile(out) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name, blob in parts.items():  # every XML part of the output is well-formed
        if name.endswith((".xml", ".rels")):
            etree.fromstring(blob)
    return warnings, parts


def _refused(reference: Path, tmp_path: Path) -> ExportError:
    with pytest.raises(ExportError) as caught:
        _export(tmp_path, reference)
    assert caught.value.file == str(reference)
    assert not (tmp_path / "out.docx").exists()
    return caught.value


# --- entities and sizes ------------------------------------------------------------------------


def test_xxe_in_settings_is_never_resolved_and_the_output_is_well_formed(tmp_path):
    settings = _members()["word/settings.xml"].decode()
    head, _, rest = settings.partition("?>")
    root_end = rest.index(">", rest.index("<w:settings")) + 1
    trapped = (
        head + '?><!DOCTYPE w:settings [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>'
        + rest[:root_end] + "<w:docVars><w:docVar w:name=\"x\" w:val=\"y\"/></w:docVars>&xxe;&lol;" + rest[root_end:]
    )
    reference = _with(tmp_path, word__settings_dot_xml=trapped.encode())
    warnings, parts = _export(tmp_path, reference)
    settings_out = parts["word/settings.xml"]
    assert b"root:" not in settings_out and b"&xxe;" not in settings_out and b"DOCTYPE" not in settings_out
    assert any("DTD" in w and "word/settings.xml" in w for w in warnings)


def test_billion_laughs_is_refused_without_expanding(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    styles = _members()["word/styles.xml"].decode().replace("?>", f"?><!DOCTYPE w:styles [{lol}]>", 1)
    styles = styles.replace("</w:styles>", "<w:latentStyles>&l9;</w:latentStyles></w:styles>")
    err = _refused(_with(tmp_path, word__styles_dot_xml=styles.encode()), tmp_path)
    assert err.where.startswith("reference document, word/styles.xml, line") and "amplification" in err.what


def test_a_huge_xml_part_in_a_small_file_is_refused_while_inflating(tmp_path):
    styles = _members()["word/styles.xml"].replace(b"</w:styles>", b"<!--" + b" " * (40 << 20) + b"--></w:styles>")
    reference = _with(tmp_path, word__styles_dot_xml=styles)
    assert reference.stat().st_size < 1 << 20
    err = _refused(reference, tmp_path)
    assert "word/styles.xml" in err.where and "more than 8 MB" in err.what


def _lie_about_size(path: Path, member: str, size: int) -> None:
    """Patch the uncompressed size the zip declares for `member` (local and central headers)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    central = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        extra_len, comment_len = struct.unpack_from("<HH", data, central + 30)
        if data[central + 46 : central + 46 + name_len].decode() == member:
            struct.pack_into("<I", data, central + 24, size)
            break
        central += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("declared", [1000, 0xFFFF_FFF0], ids=["too-small", "huge"])
def test_a_member_that_lies_about_its_size_stops_at_the_cap(tmp_path, declared):
    styles = _members()["word/styles.xml"].replace(b"</w:styles>", b"<!--" + b" " * (40 << 20) + b"--></w:styles>")
    reference = _with(tmp_path, word__styles_dot_xml=styles)
    _lie_about_size(reference, "word/styles.xml", declared)
    err = _refused(reference, tmp_path)
    assert "word/styles.xml" in err.where or "unpacks to more than" in err.what


# --- malformed parts -----------------------------------------------------------------------------


def _document_xml(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}>{body}</w:document>'.encode()


@pytest.mark.parametrize(
    "edits, entry, where",
    [
        ({"word__document_dot_xml": _document_xml(
            '<w:body><w:p/><w:sectPr><w:pgSz w:w="abc" w:h="16838"/></w:sectPr></w:body>')},
         "reference-bad-value", "word/document.xml, line 1"),
        ({"word__document_dot_xml": _document_xml("")}, "reference-no-body", "word/document.xml"),
        ({"word__numbering_dot_xml": f'<w:numbering {NS}><w:num w:numId="x"><w:abstractNumId w:val="0"/>'
                                     "</w:num></w:numbering>".encode()},
         "reference-bad-value", "word/numbering.xml, line 1"),
        ({"word__styles_dot_xml": f"<w:styles {NS}>\n<w:style>\n</w:styles>".encode()},
         "reference-bad-part", "word/styles.xml, line 3"),
    ],
    ids=["page-width-abc", "no-body", "num-id-x", "not-xml"],
)
def test_malformed_parts_are_named_with_file_part_and_line(tmp_path, edits, entry, where):
    from tests.core.test_messages import _pattern

    err = _refused(_with(tmp_path, **edits), tmp_path)
    assert err.where == f"reference document, {where}"
    assert _pattern(entry).fullmatch(err.what), err.what


# --- active and external content ------------------------------------------------------------------


def _trapped_members() -> dict[str, bytes]:
    members = _members()
    header = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {NS} '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<w:p><w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; ">'
        "<w:r><w:t>shown</w:t></w:r></w:fldSimple></w:p>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE '
        '"http://evil.example/track.png" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>Logo</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:r><w:drawing><a:blip r:link="rIdRemote"/></w:drawing></w:r></w:p>'
        '<w:p><w:r><w:object><w:control r:id="rIdOle"/></w:object></w:r></w:p>'
        "</w:hdr>"
    ).encode()
    members["word/header1.xml"] = header
    members["word/_rels/header1.xml.rels"] = (
        f'<?xml version="1.0"?><Relationships xmlns="{REL_NS}">'
        f'<Relationship Id="rIdRemote" Type="{RT}/image" Target="http://evil.example/p.png" TargetMode="External"/>'
        f'<Relationship Id="rIdOle" Type="{RT}/oleObject" Target="embeddings/oleObject1.bin"/>'
        f'<Relationship Id="rIdHref" Type="{RT}/hyperlink" Target="https://example.org/" TargetMode="External"/>'
        "</Relationships>"
    ).encode()
    members["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 OLE"
    members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macros"
    members["docProps/custom.xml"] = b'<?xml version="1.0"?><Properties xmlns="urn:x"/>'
    rels = members["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>",
        f'<Relationship Id="rIdHdr" Type="{RT}/header" Target="header1.xml"/>'
        f'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/>'
        "</Relationships>",
    )
    members["word/_rels/document.xml.rels"] = rels.encode()
    members["word/_rels/settings.xml.rels"] = (
        f'<?xml version="1.0"?><Relationships xmlns="{REL_NS}">'
        f'<Relationship Id="rIdTpl" Type="{RT}/attachedTemplate" Target="file:///C:/evil.dotm" TargetMode="External"/>'
        "</Relationships>"
    ).encode()
    package_rels = members["_rels/.rels"].decode().replace(
        "</Relationships>",
        f'<Relationship Id="rIdCustom" Type="{RT}/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    members["_rels/.rels"] = package_rels.encode()
    settings = members["word/settings.xml"].decode()
    cut = settings.index(">", settings.index("<w:settings")) + 1
    members["word/settings.xml"] = (settings[:cut] + '<w:attachedTemplate r:id="rIdTpl"/>' + settings[cut:]).encode()
    document = members["word/document.xml"].decode().replace(
        "<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/>', 1
    )
    if "xmlns:r=" not in document:
        document = document.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
    members["word/document.xml"] = document.encode()
    types = members["[Content_Types].xml"].decode().replace(
        "</Types>",
        '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    members["[Content_Types].xml"] = types.encode()
    return members


def test_active_and_external_content_is_dropped_with_one_warning(tmp_path):
    reference = _build(tmp_path / "trapped.docx", _trapped_members())
    warnings, parts = _export(tmp_path, reference)
    [dropped] = [w for w in warnings if w.startswith("left out of the reference document")]
    for what in ("macros", "an embedded object", "an attached template", "http://evil.example/p.png",
                 "the field DDEAUTO", "the field INCLUDEPICTURE", "custom document properties"):
        assert what in dropped
    assert not any("vbaProject" in n or "embeddings/" in n or n == "docProps/custom.xml" for n in parts)
    everything = b"".join(parts.values())
    for needle in (b"DDEAUTO", b"INCLUDEPICTURE", b"evil.example", b"attachedTemplate", b"vbaProject", b"oleObject"):
        assert needle not in everything, needle
    header = next(blob for name, blob in parts.items() if name.startswith("word/header"))
    assert b"shown" in header and b"Logo" in header  # the fields' text stays
    externals = [
        rel for name, blob in parts.items() if name.endswith(".rels")
        for rel in etree.fromstring(blob) if rel.get("TargetMode") == "External"
    ]
    assert all(rel.get("Type").endswith("/hyperlink") for rel in externals)


def test_a_dotx_template_is_used_like_a_docx(tmp_path):
    members = _members()
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
    )
    warnings, parts = _export(tmp_path, _build(tmp_path / "corporate.dotx", members))
    assert b"document.main+xml" in parts["[Content_Types].xml"] and b"template.main" not in parts["[Content_Types].xml"]


def test_another_kind_of_file_is_refused_by_name(tmp_path):
    reference = _build(tmp_path / "letter.odt", _members())
    err = _refused(reference, tmp_path)
    assert ".docx" in err.what and err.where == "reference document"


# --- not regular files ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-urandom", "folder"])
def test_a_reference_that_is_not_a_regular_file_is_refused_at_once(tmp_path, kind):
    reference = tmp_path / "ref.docx"
    if kind == "fifo":
        os.mkfifo(reference)
    elif kind == "folder":
        reference.mkdir()
    else:
        reference.symlink_to("/dev/" + kind.split("-")[1])
    err = _refused(reference, tmp_path)
    assert "not a regular file" in err.what or "is a folder" in err.what


def test_a_clean_reference_goes_through_unchanged_part_for_part(tmp_path):
    copy = _build(tmp_path / "copy.docx", _members())  # not the bundled file: cleaned like any other
    members, warnings = reference_package._cleaned(str(copy), str(copy), 0, 0)
    assert warnings == ()
    assert members == _members()


ODD_BUT_SURVIVABLE = {
    "no-section": {"word/document.xml": f"<w:document {NS}><w:body><w:p/></w:body></w:document>"},
    "no-margins": {"word/document.xml": f'<w:document {NS}><w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                                        "</w:sectPr></w:body></w:document>"},
    "styles-root": {"word/styles.xml": f"<w:foo {NS}/>"},
    "styles-without-ids": {"word/styles.xml": f'<w:styles {NS}><w:style/><w:style w:type="paragraph"/></w:styles>'},
    "core-bad-values": {"docProps/core.xml": '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                        'package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/">'
                        "<dcterms:created>abc</dcterms:created><cp:revision>x</cp:revision></cp:coreProperties>"},
    "num-without-abstract": {"word/numbering.xml": f'<w:numbering {NS}><w:num w:numId="1"><w:abstractNumId w:val="77"/>'
                             "</w:num></w:numbering>"},
    "main-not-a-document": {"word/document.xml": f"<w:foo {NS}><w:body/></w:foo>"},
    "missing-part": {"word/settings.xml": None},
}


@pytest.mark.parametrize("case", sorted(ODD_BUT_SURVIVABLE))
def test_odd_references_export_or_are_refused_by_name_never_unexpectedly(tmp_path, case):
    members = _members()
    for part, blob in ODD_BUT_SURVIVABLE[case].items():
        if blob is None:
            members.pop(part)
        else:
            members[part] = blob.encode()
    reference = _build(tmp_path / f"{case}.docx", members)
    try:
        _export(tmp_path, reference)
    except ExportError as err:
        assert err.file == str(reference) and err.where.startswith("reference document")
