"""What publication mode counts (the audit log's ``publication`` record): a hidden run removed with the runs it
holds is one run; a tracking element removed with its children is one id; every rsid attribute is one; ids
that are not revision-save ids stay."""
from __future__ import annotations

from lxml import etree

from docx_factory import W_NS, DocxBuilder, paragraph, run, text_box
from redact.documents.docx import DocxDocument
from redact.documents.docx.publication import PublicationSettings

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _open(builder: DocxBuilder, tmp_path) -> DocxDocument:
    return DocxDocument(builder.build(tmp_path / "draft.docx"), publication=PublicationSettings())


def test_a_hidden_run_holding_hidden_runs_counts_once(tmp_path):
    builder = DocxBuilder()
    inner = paragraph(run("Box note on Nkechi Obi.", hidden=True), run(" Shown in the box."))
    hidden_box = text_box(inner).replace("<w:r>", "<w:r><w:rPr><w:vanish/></w:rPr>", 1)
    builder.append_body(paragraph(run("Before. "), hidden_box, run("After.")),
                        paragraph(run("Second: "), run("Jan Nowak.", hidden=True), text_box(inner)))
    document = _open(builder, tmp_path)
    # the box's own run, then the one in the second paragraph and the one in each copy of the second box
    assert document.publication.hidden_runs == 4
    texts = " ".join(segment.text for segment in document.segments)
    assert "Nkechi" not in texts and "Jan Nowak" not in texts
    assert "Before." in texts and "After." in texts and "Shown in the box." in texts


def test_tracking_ids_count_each_attribute_and_each_outermost_element(tmp_path):
    builder = DocxBuilder()
    builder.append_body(
        f'<w:p xmlns:w14="{W14}" w:rsidR="00A1" w:rsidRDefault="00A1" w:rsidP="00B2" w14:paraId="1A2B3C4D">'
        '<w:r w:rsidRPr="00C3"><w:t>Aziz Rahimi called.</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>No ids here.</w:t></w:r></w:p>')
    settings = builder.xml("word/settings.xml")
    for old in settings.findall(f"{{{W_NS}}}rsids"):
        settings.remove(old)
    settings.append(etree.fromstring(
        f'<w:rsids xmlns:w="{W_NS}"><w:rsidRoot w:val="00A1"/><w:rsid w:val="00A1"/><w:rsid w:val="00B2"/>'
        '</w:rsids>'))
    settings.append(etree.fromstring(f'<w15:docId xmlns:w15="{W15}" w15:val="{{0000-1111}}"/>'))
    builder.set_xml("word/settings.xml", settings)
    elements = [element for name in builder.entries if name.endswith(".xml") for element in builder.xml(name).iter()]
    attributes = sum(1 for element in elements for attribute in element.attrib
                     if attribute.startswith(f"{{{W_NS}}}rsid") and not _inside_rsids(element))
    # w:rsids with its three children as one; python-docx's template adds a w:rsid per style, w:nsid per list,
    # a w14:docId
    tracking = {f"{{{W_NS}}}{name}" for name in ("rsids", "rsidRoot", "rsid", "nsid")}
    outermost = sum(1 for element in elements if element.tag in tracking
                    and not any(a.tag in tracking for a in element.iterancestors()))
    document_ids = sum(1 for element in elements if element.tag in (f"{{{W14}}}docId", f"{{{W15}}}docId"))
    document = _open(builder, tmp_path)
    assert attributes >= 4 and document_ids == 2
    assert document.publication.tracking_ids == attributes + outermost + document_ids
    body = document._package.xml("word/document.xml")
    assert not any(a.startswith(f"{{{W_NS}}}rsid") for e in body.iter() for a in e.attrib)
    assert body.find(f".//{{{W_NS}}}p").get(f"{{{W14}}}paraId") == "1A2B3C4D"   # not a revision-save id
    settings = document._package.xml("word/settings.xml")
    assert settings.find(f"{{{W_NS}}}rsids") is None and settings.find(f"{{{W15}}}docId") is None


def _inside_rsids(element) -> bool:
    return any(a.tag == f"{{{W_NS}}}rsids" for a in element.iterancestors()) or element.tag == f"{{{W_NS}}}rsids"
