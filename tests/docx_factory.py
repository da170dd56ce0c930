"""Small .docx files for the docx adapter tests, built with python-docx plus raw XML injection.

python-docx gives a valid package (styles, settings, properties); the features it cannot write
(footnotes, tracked changes, text boxes, fields, content controls, ...) are injected as XML with
their relationships and content types, the way Word stores them.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."

NAMESPACES = {
    "w": W_NS,
    "r": R_NS,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
NSDECL = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


# ---------------------------------------------------------------------- XML snippets
def run(text: str, *, bold=False, italic=False, underline=False, font: str | None = None,
        hidden=False) -> str:
    """A w:r with the given formatting and one w:t."""
    properties = "".join([
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else "",
        "<w:b/>" if bold else "",
        "<w:i/>" if italic else "",
        '<w:u w:val="single"/>' if underline else "",
        "<w:vanish/>" if hidden else "",
    ])
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*content: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def inline_picture(rel_id: str, *, name="Picture 1", descr="", title="", file_name="image1.png") -> str:
    """A run holding an inline picture with alt text (wp:docPr) and picture properties (pic:cNvPr)."""
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
        f'<wp:docPr id="1" name="{name}" descr="{descr}" title="{title}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{file_name}" descr="{descr}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def text_box(*inner_paragraphs: str) -> str:
    """A run holding a text box the way Word writes it: DrawingML in mc:Choice, VML in mc:Fallback."""
    inner = "".join(inner_paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="5" name="Text Box 5"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box 5" style="width:100pt;height:50pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def notes_part(kind: str, notes: dict[int, str]) -> str:
    """word/footnotes.xml or word/endnotes.xml (kind "footnote"/"endnote") with separators and notes."""
    separators = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                  f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  f"</w:r></w:p></w:{kind}>")
    reference = "footnoteRef" if kind == "footnote" else "endnoteRef"
    body = "".join(f'<w:{kind} w:id="{number}"><w:p><w:r><w:{reference}/></w:r>{run(" " + text)}</w:p></w:{kind}>'
                   for number, text in notes.items())
    return f'<w:{kind}s {NSDECL}>{separators}{body}</w:{kind}s>'


def header_part(*paragraphs: str, kind: str = "hdr") -> str:
    return f"<w:{kind} {NSDECL}>{''.join(paragraphs)}</w:{kind}>"


# ---------------------------------------------------------------------- the package builder
class DocxBuilder:
    """A .docx package to be written: python-docx's default document plus injected XML."""

    def __init__(self, document: "docx.document.Document | None" = None):
        buffer = io.BytesIO()
        (document or docx.Document()).save(buffer)
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
            self.entries: dict[str, bytes] = {name: archive.read(name) for name in archive.namelist()}
        self.main_part = "word/document.xml"
        self._next_id = 900

    # ---- body
    def append_body(self, *fragments: str) -> "DocxBuilder":
        """Append body-level XML (paragraphs, tables) before the final w:sectPr."""
        root = self.xml(self.main_part)
        body = root.find(f"{{{W_NS}}}body")
        section = body.find(f"{{{W_NS}}}sectPr")
        for element in _parse_fragment("".join(fragments)):
            if section is not None:
                section.addprevious(element)
            else:
                body.append(element)
        return self.set_xml(self.main_part, root)

    def section_properties(self, *fragments: str) -> "DocxBuilder":
        """Prepend XML (header/footer references, w:titlePg) into the final w:sectPr."""
        root = self.xml(self.main_part)
        section = root.find(f"{{{W_NS}}}body/{{{W_NS}}}sectPr")
        for position, element in enumerate(_parse_fragment("".join(fragments))):
            section.insert(position, element)
        return self.set_xml(self.main_part, root)

    # ---- parts
    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.entries[name])

    def set_xml(self, name: str, root: etree._Element) -> "DocxBuilder":
        self.entries[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return self

    def set_part(self, name: str, data: str | bytes) -> "DocxBuilder":
        self.entries[name] = data.encode("utf-8") if isinstance(data, str) else data
        return self

    def add_part(self, name: str, data: str | bytes, content_type: str | None = None, *,
                 rel_type: str | None = None, source: str | None = None, rel_id: str | None = None) -> str:
        """Add a part with its content type override and a relationship from ``source``; returns the id."""
        self.set_part(name, data)
        if content_type:
            self.add_override(name, content_type)
        if rel_type is None:
            return ""
        source = self.main_part if source is None else source
        folder = source.rsplit("/", 1)[0] + "/" if "/" in source else ""
        target = name[len(folder):] if folder and name.startswith(folder) else "/" + name
        return self.add_relationship(source, rel_type, target, rel_id=rel_id)

    def add_relationship(self, source: str, rel_type: str, target: str, *, external=False,
                         rel_id: str | None = None) -> str:
        rels_name = _rels_name(source)
        if rels_name in self.entries:
            root = self.xml(rels_name)
        else:
            root = etree.Element(f"{{{PKG_RELS_NS}}}Relationships", nsmap={None: PKG_RELS_NS})
        if rel_id is None:
            self._next_id += 1
            rel_id = f"rId{self._next_id}"
        relationship = etree.SubElement(root, f"{{{PKG_RELS_NS}}}Relationship", Id=rel_id,
                                        Type=rel_type if "/" in rel_type else REL + rel_type, Target=target)
        if external:
            relationship.set("TargetMode", "External")
        self.set_xml(rels_name, root)
        return rel_id

    def add_override(self, name: str, content_type: str) -> None:
        root = self.xml("[Content_Types].xml")
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=content_type)
        self.set_xml("[Content_Types].xml", root)

    def add_default(self, extension: str, content_type: str) -> None:
        root = self.xml("[Content_Types].xml")
        if not any(d.get("Extension") == extension for d in root.iter(f"{{{CT_NS}}}Default")):
            root.insert(0, etree.Element(f"{{{CT_NS}}}Default", Extension=extension, ContentType=content_type))
            self.set_xml("[Content_Types].xml", root)

    def add_image(self, name: str = "word/media/image1.png", source: str | None = None) -> str:
        self.add_default("png", "image/png")
        return self.add_part(name, PNG_1x1, rel_type="image", source=source)

    def rename_main_part(self, new_name: str) -> "DocxBuilder":
        """Move word/document.xml (and its relationships) to ``new_name``."""
        old = self.main_part
        self.entries[new_name] = self.entries.pop(old)
        self.entries[_rels_name(new_name)] = self.entries.pop(_rels_name(old))
        for name in ("_rels/.rels", "[Content_Types].xml"):
            self.entries[name] = self.entries[name].replace(old.encode(), new_name.encode())
        self.main_part = new_name
        return self

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.entries.items():
                archive.writestr(name, data)
        return buffer.getvalue()

    def build(self, path: Path) -> Path:
        Path(path).write_bytes(self.to_bytes())
        return Path(path)


def _parse_fragment(xml: str) -> list[etree._Element]:
    wrapper = etree.fromstring(f"<w:wrapper {NSDECL}>{xml}</w:wrapper>")
    return list(wrapper)


def _rels_name(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def zip_bytes(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def part_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def entry_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def segment_texts(document, location_prefix: str = "") -> list[str]:
    return [s.text for s in document.segments if s.location.startswith(location_prefix)]


def find_segment(document, location: str):
    matches = [s for s in document.segments if s.location == location]
    assert matches, f"no segment at {location}; have {[s.location for s in document.segments][:50]}"
    return matches[0]


PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# ---------------------------------------------------------------------- revisions, hidden text, properties
REVISION_DATE = "2024-04-03T14:30:00Z"


def tracked_insertion(*runs: str, author: str = "Reviewer", rev_id: int = 101) -> str:
    """Runs inside a w:ins (what the draft's author added with Track Changes on)."""
    return f'<w:ins w:id="{rev_id}" w:author="{author}" w:date="{REVISION_DATE}">{"".join(runs)}</w:ins>'


def tracked_deletion(text: str, *, author: str = "Reviewer", rev_id: int = 102) -> str:
    """A w:del holding one run of w:delText (a sentence struck through in Word)."""
    return (f'<w:del w:id="{rev_id}" w:author="{author}" w:date="{REVISION_DATE}"><w:r>'
            f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def tracked_move(old: str, new: str, *, author: str = "Reviewer", name: str = "move1") -> tuple[str, str]:
    """The two paragraphs of a tracked move: the old place (w:moveFrom) and the new place (w:moveTo),
    each inside its range markers, as Word writes them."""
    old_place = paragraph(
        f'<w:moveFromRangeStart w:id="201" w:author="{author}" w:date="{REVISION_DATE}" w:name="{name}"/>',
        f'<w:moveFrom w:id="202" w:author="{author}" w:date="{REVISION_DATE}">{run(old)}</w:moveFrom>',
        '<w:moveFromRangeEnd w:id="201"/>')
    new_place = paragraph(
        f'<w:moveToRangeStart w:id="203" w:author="{author}" w:date="{REVISION_DATE}" w:name="{name}"/>',
        f'<w:moveTo w:id="204" w:author="{author}" w:date="{REVISION_DATE}">{run(new)}</w:moveTo>',
        '<w:moveToRangeEnd w:id="203"/>')
    return old_place, new_place


def add_reviewed_paragraphs(builder: "DocxBuilder", *, commented_on: str, deleted: str) -> list[str]:
    """What a reviewer leaves in a working draft: a comment naming ``commented_on`` (word/comments.xml) anchored on
    an "Agreed." paragraph, and a paragraph with a tracked insertion and a tracked deletion of ``deleted``. The two
    paragraphs are returned for the body."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    comments = (f'<w:comments xmlns:w="{w}"><w:comment w:id="0" w:author="Reviewer" w:initials="R">'
                f'{paragraph(run(f"Check with {commented_on}."))}</w:comment></w:comments>')
    builder.add_part("word/comments.xml", comments, CT + "comments+xml", rel_type="comments")
    return [paragraph(run("Contact "), tracked_insertion(run("made")), tracked_deletion(deleted)),
            paragraph('<w:commentRangeStart w:id="0"/>', run("Agreed."), '<w:commentRangeEnd w:id="0"/>',
                      '<w:r><w:commentReference w:id="0"/></w:r>')]


def run_with_format_change(text: str, *, author: str = "Reviewer") -> str:
    """A bold run that was plain before (w:rPrChange holds the old properties)."""
    return (f'<w:r><w:rPr><w:b/><w:rPrChange w:id="301" w:author="{author}" w:date="{REVISION_DATE}">'
            f'<w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')


def paragraph_with_changes(*content: str, author: str = "Reviewer", mark: str | None = None) -> str:
    """A paragraph whose properties changed (w:pPrChange) and, with ``mark`` "ins" or "del", whose paragraph
    mark was inserted or deleted (a deleted mark joins the paragraph to the next one)."""
    mark_xml = (f'<w:rPr><w:{mark} w:id="302" w:author="{author}" w:date="{REVISION_DATE}"/></w:rPr>'
                if mark else "")
    return (f'<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="303" w:author="{author}" '
            f'w:date="{REVISION_DATE}"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>{mark_xml}</w:pPr>'
            f'{"".join(content)}</w:p>')


def table(*rows: list[str], deleted_rows: tuple[int, ...] = (), author: str = "Reviewer") -> str:
    """A table of one-paragraph cells; rows whose index is in ``deleted_rows`` are tracked deletions."""
    xml = []
    for index, cells in enumerate(rows):
        row_properties = (f'<w:trPr><w:del w:id="{400 + index}" w:author="{author}" w:date="{REVISION_DATE}"/>'
                          f'</w:trPr>' if index in deleted_rows else "")
        xml.append(f"<w:tr>{row_properties}" + "".join(f"<w:tc>{paragraph(run(cell))}</w:tc>" for cell in cells)
                   + "</w:tr>")
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{"".join(xml)}</w:tbl>'


def spec_vanish_run(text: str) -> str:
    return f'<w:r><w:rPr><w:specVanish/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def styled_run(text: str, style_id: str) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _styles_with(builder: "DocxBuilder", style_xml: str) -> None:
    root = builder.xml("word/styles.xml")
    for element in _parse_fragment(style_xml):
        root.append(element)
    builder.set_xml("word/styles.xml", root)


def add_hidden_styles(builder: "DocxBuilder", character: str = "ChairNote", paragraph_style: str = "DraftNote",
                      based_on_hidden: str = "ChairNoteChild") -> None:
    """Styles that hide text: a character style, a paragraph style, and a character style based on a hidden one."""
    _styles_with(builder,
                 f'<w:style w:type="character" w:styleId="{character}"><w:name w:val="{character}"/>'
                 f'<w:rPr><w:vanish/></w:rPr></w:style>'
                 f'<w:style w:type="paragraph" w:styleId="{paragraph_style}"><w:name w:val="{paragraph_style}"/>'
                 f'<w:rPr><w:vanish/></w:rPr></w:style>'
                 f'<w:style w:type="character" w:styleId="{based_on_hidden}"><w:name w:val="{based_on_hidden}"/>'
                 f'<w:basedOn w:val="{character}"/><w:rPr><w:i/></w:rPr></w:style>')


def set_properties(builder: "DocxBuilder", *, core: dict[str, str] | None = None,
                   app: dict[str, str] | None = None, custom: dict[str, str] | None = None) -> None:
    """Fill docProps/core.xml (dc:creator, cp:lastModifiedBy, ...), docProps/app.xml (Company, Manager,
    Template; the part is added when python-docx wrote none) and a docProps/custom.xml."""
    prefixes = {"creator": "dc", "title": "dc", "subject": "dc", "description": "dc", "lastModifiedBy": "cp",
                "keywords": "cp", "category": "cp", "revision": "cp", "lastPrinted": "cp", "contentStatus": "cp"}
    if core:
        root = builder.xml("docProps/core.xml")
        for name, value in core.items():
            namespace = root.nsmap[prefixes[name]]
            element = root.find(f"{{{namespace}}}{name}")
            if element is None:
                element = etree.SubElement(root, f"{{{namespace}}}{name}")
            element.text = value
        builder.set_xml("docProps/core.xml", root)
    if app:
        root = builder.xml("docProps/app.xml")
        namespace = root.nsmap[None]
        for name, value in app.items():
            element = root.find(f"{{{namespace}}}{name}")
            if element is None:
                element = etree.SubElement(root, f"{{{namespace}}}{name}")
            element.text = value
        builder.set_xml("docProps/app.xml", root)
    if custom:
        properties = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
            f"<vt:lpwstr>{value}</vt:lpwstr></property>" for pid, (name, value) in enumerate(custom.items(), 2))
        builder.add_part("docProps/custom.xml",
                         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                         'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                         f"{properties}</Properties>",
                         "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                         rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                  "custom-properties", source="")
