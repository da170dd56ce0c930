"""Every place a Word package can hold text, probed: one package per (place, kind of secret) with the secret in that
place only (a listed name from one of several communities, the date of death in words, a phone number, an e-mail
address); then does ``apply`` (``Redactor.redact_file``, the defaults) leave it in the output's bytes (read
independently: every entry, packages inside opened, UTF-8, UTF-16 and URL-decoded), and does ``verify`` (--strict
for the contacts) see it in the input and in the output?

    PYTHONPATH=. python benchmarks/package_places_probe.py [--places a,b] [--kinds name,date] [--pairs pairs.json]

One JSON line per probe on stdout; --out keeps them all. About 5 s a probe (292 in all). The names are fictional;
the packages are written to a temporary folder removed at the end.
"""
from __future__ import annotations
import io, re, sys, zipfile, json, urllib.parse
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from docx_factory import (DocxBuilder, paragraph, run, NSDECL, REL, CT, PNG_1x1, set_properties, zip_bytes)

NAMES = ["Oksana Kovalenko", "Siobhan O'Driscoll", "Oluwaseun Adebayo", "Nguyen Thi Lan",
         "Muhammad Tariq Hussain", "Gurpreet Kaur Sandhu", "Agnieszka Wójcik"]
PSEUDO = ["Anna", "Beth", "Carol", "Dana", "Ella", "Fay", "Gina"]
RULES = {"version": 1, "review": "Probe DHR",
         "people": [{"name": n, "pseudonym": p} for n, p in zip(NAMES, PSEUDO)],
         "dates": {"date_of_death": "2023-03-14"}}
DATE = "14th March 2023"
PHONE = "07700 900461"
EMAIL = "ok1987@example.org"

def secrets(index):
    name = NAMES[index % len(NAMES)]
    return {"name": name, "date": DATE, "phone": PHONE, "email": EMAIL}

def ident(s):   # a form that fits an identifier (bookmark, file name)
    return re.sub(r"[^\w@.]+", "_", s)

def x(s):  # xml-escape attribute/text
    return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace("'", "&apos;")

FILLER = paragraph(run("The panel met on a Tuesday to review the chronology."))

# ---------------------------------------------------------------- places
def p_body(b, s): b.append_body(paragraph(run(f"Contact was made with {x(s)} by the officer.")))
def p_ins_author(b, s): b.append_body(paragraph(run("Text."), f'<w:ins w:id="5" w:author="{x(s)}" w:date="2024-01-01T00:00:00Z"><w:r><w:t>added words</w:t></w:r></w:ins>'))
def p_del_author(b, s): b.append_body(paragraph(run("Text."), f'<w:del w:id="6" w:author="{x(s)}" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>old words</w:delText></w:r></w:del>'))
def p_rprchange_author(b, s): b.append_body(paragraph(f'<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="{x(s)}" w:date="2024-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>bold words</w:t></w:r>'))
def p_initials_ins(b, s): b.append_body(paragraph(run("Text."), f'<w:ins w:id="5" w:author="Reviewer" w:initials="{x(s)}" w:date="2024-01-01T00:00:00Z"><w:r><w:t>more</w:t></w:r></w:ins>'))
def _comments(b, author, initials, body="A comment."):
    b.add_part("word/comments.xml", f'<w:comments {NSDECL}><w:comment w:id="0" w:author="{x(author)}" w:initials="{x(initials)}" w:date="2024-01-01T00:00:00Z"><w:p><w:r><w:t>{x(body)}</w:t></w:r></w:p></w:comment></w:comments>',
               CT + "comments+xml", rel_type="comments")
    b.append_body(paragraph('<w:commentRangeStart w:id="0"/>', run("Commented text."), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>'))
def p_comment_author(b, s): _comments(b, s, "AB")
def p_comment_initials(b, s): _comments(b, "Reviewer", s)
def p_people(b, s):
    _comments(b, "Reviewer", "R")
    b.add_part("word/people.xml", f'<w15:people {NSDECL}><w15:person w15:author="{x(s)}"><w15:presenceInfo w15:providerId="AD" w15:userId="{x(s)}"/></w15:person></w15:people>',
               "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml", rel_type="http://schemas.microsoft.com/office/2011/relationships/people")
def p_core_lastmod(b, s): set_properties(b, core={"lastModifiedBy": s})
def p_core_creator(b, s): set_properties(b, core={"creator": s})
def p_core_title(b, s): set_properties(b, core={"title": f"Review of {s}"})
def p_core_keywords(b, s): set_properties(b, core={"keywords": s})
def p_app_company(b, s): set_properties(b, app={"Company": s})
def p_app_manager(b, s): set_properties(b, app={"Manager": s})
def p_custom_prop(b, s): set_properties(b, custom={"Victim": s})
def p_custom_prop_name(b, s): set_properties(b, custom={ident(s): "yes"})
def _customxml(b, s):
    b.add_part("customXml/item1.xml", f'<case xmlns="urn:probe"><victim>{x(s)}</victim></case>')
    b.add_part("customXml/itemProps1.xml", '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{11111111-2222-3333-4444-555555555555}"><ds:schemaRefs/></ds:datastoreItem>',
               "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")
    b.add_relationship("customXml/item1.xml", "customXmlProps", "itemProps1.xml")
    b.add_relationship("word/document.xml", "customXml", "../customXml/item1.xml")
def p_customxml_bound(b, s):
    _customxml(b, s)
    b.append_body(f'<w:sdt><w:sdtPr><w:alias w:val="Victim"/><w:tag w:val="victim"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:probe\'" w:xpath="/ns0:case[1]/ns0:victim[1]" w:storeItemID="{{11111111-2222-3333-4444-555555555555}}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{x(s)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
def p_customxml_only(b, s): _customxml(b, s)
def p_sdt_tag(b, s): b.append_body(f'<w:sdt><w:sdtPr><w:tag w:val="{x(s)}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Some words.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
def p_sdt_alias(b, s): b.append_body(f'<w:sdt><w:sdtPr><w:alias w:val="{x(s)}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Some words.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
def p_sdt_dropdown(b, s): b.append_body(f'<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="{x(s)}" w:value="{x(s)}"/></w:dropDownList></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Choose.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
def p_glossary(b, s):
    b.append_body('<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder_1"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Click here.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    b.add_part("word/glossary/document.xml", f'<w:glossaryDocument {NSDECL}><w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_1"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:guid w:val="{{AAAAAAAA-2222-3333-4444-555555555555}}"/></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Enter details of {x(s)} here.</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>',
               CT + "document.glossary+xml", rel_type="glossaryDocument")
def p_glossary_name(b, s):
    b.add_part("word/glossary/document.xml", f'<w:glossaryDocument {NSDECL}><w:docParts><w:docPart><w:docPartPr><w:name w:val="{x(s)}"/><w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Quick text.</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>',
               CT + "document.glossary+xml", rel_type="glossaryDocument")
def _picture(b, descr="", title="", file_name="image1.png", media="word/media/image1.png", name="Picture 1"):
    from docx_factory import inline_picture
    rid = b.add_image(media)
    b.append_body(paragraph(inline_picture(rid, descr=x(descr), title=x(title), file_name=x(file_name), name=x(name))))
def p_alt_descr(b, s): _picture(b, descr=f"Photo of {s}")
def p_alt_title(b, s): _picture(b, title=s)
def p_docpr_name(b, s): _picture(b, name=s)
def p_cnvpr_filename(b, s): _picture(b, file_name=ident(s) + ".jpg")
def p_media_filename(b, s): _picture(b, media=f"word/media/{ident(s)}.png")
def p_hyperlink_mailto(b, s):
    rid = b.add_relationship("word/document.xml", "hyperlink", "mailto:" + (s if "@" in s else ident(s) + "@example.org"), external=True)
    b.append_body(paragraph(f'<w:hyperlink r:id="{rid}"><w:r><w:t>write to us</w:t></w:r></w:hyperlink>'))
def p_hyperlink_url(b, s):
    rid = b.add_relationship("word/document.xml", "hyperlink", "https://news.example.org/" + urllib.parse.quote(s), external=True)
    b.append_body(paragraph(f'<w:hyperlink r:id="{rid}"><w:r><w:t>news report</w:t></w:r></w:hyperlink>'))
def p_hyperlink_tooltip(b, s):
    rid = b.add_relationship("word/document.xml", "hyperlink", "https://example.org/", external=True)
    b.append_body(paragraph(f'<w:hyperlink r:id="{rid}" w:tooltip="{x(s)}"><w:r><w:t>site</w:t></w:r></w:hyperlink>'))
def p_bookmark(b, s): b.append_body(paragraph(f'<w:bookmarkStart w:id="1" w:name="{x(ident(s))}"/>', run("Bookmarked."), '<w:bookmarkEnd w:id="1"/>'))
def _field(code, shown="shown"):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{x(code)}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{x(shown)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
def p_instr_hyperlink(b, s): b.append_body(paragraph(run("See "), _field(f' HYPERLINK "mailto:{s if "@" in s else ident(s)+"@example.org"}" '), run(".")))
def p_instr_mergefield(b, s): b.append_body(paragraph(_field(f' MERGEFIELD {ident(s)} ', "«field»")))
def p_instr_includetext(b, s): b.append_body(paragraph(_field(f' INCLUDETEXT "C:\\\\Users\\\\Shared\\\\Statements\\\\{s}.docx" ', "included")))
def p_fldsimple(b, s): b.append_body(paragraph(f'<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/{x(ident(s))}&quot; "><w:r><w:t>link</w:t></w:r></w:fldSimple>'))
def p_fldsimple_text(b, s): b.append_body(paragraph(f'<w:fldSimple w:instr=" MERGEFIELD Victim "><w:r><w:t>{x(s)}</w:t></w:r></w:fldSimple>'))
def _chart_xml(s, with_ext=True):
    ext = '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>' if with_ext else ""
    return (f'<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Contacts with {x(s)}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:idx val="0"/><c:order val="0"/>'
            f'<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{x(s)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:cat><c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Visits</c:v></c:pt></c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Sheet1!$B$2</c:f><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>{ext}</c:chartSpace>')
def _xlsx(s):
    return zip_bytes({
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{x(s)}</t></si></sst>'.encode()})
def p_chart(b, s, workbook=False):
    b.add_part("word/charts/chart1.xml", _chart_xml(s, workbook), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", rel_type="chart", rel_id="rIdC1")
    if workbook:
        b.add_default("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        b.add_part("word/embeddings/Microsoft_Excel_Worksheet.xlsx", _xlsx(s))
        b.add_relationship("word/charts/chart1.xml", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx", rel_id="rId1")
    b.append_body(paragraph('<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="3" name="Chart 3"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdC1"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
def p_chart_cache(b, s): p_chart(b, s, False)
def p_chart_workbook(b, s):
    # the workbook alone holds the value: the chart's cache says something neutral
    p_chart(b, "Visits", True)
    b.entries["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = _xlsx(s)
def p_smartart(b, s):
    DGM = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    rd = b.add_part("word/diagrams/data1.xml", f'<dgm:dataModel {DGM}><dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{x(s)}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>',
                    "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", rel_type="diagramData")
    rw = b.add_part("word/diagrams/drawing1.xml", f'<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:sp modelId="2"><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>{x(s)}</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>',
                    "application/vnd.ms-office.drawingml.diagramDrawing+xml", rel_type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")
    b.append_body(paragraph(f'<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="4" name="Diagram 4"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="{rd}" r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
def p_smartart_drawing_only(b, s):
    p_smartart(b, "Agency")
    b.entries["word/diagrams/drawing1.xml"] = b.entries["word/diagrams/drawing1.xml"].replace(b"Agency", x(s).encode())
def p_embedded_xlsx(b, s):
    b.add_default("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    rid = b.add_part("word/embeddings/Microsoft_Excel_Worksheet1.xlsx", _xlsx(s), rel_type="package")
    b.append_body(paragraph(f'<w:r><w:object><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1" r:id="{rid}"/></w:object></w:r>'))
def p_embedded_docx(b, s):
    inner = DocxBuilder(); inner.append_body(paragraph(run(f"Statement of {x(s)}.")))
    b.add_default("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    rid = b.add_part("word/embeddings/Microsoft_Word_Document1.docx", inner.to_bytes(), rel_type="package")
    b.append_body(paragraph(f'<w:r><w:object><o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1026" DrawAspect="Content" ObjectID="_2" r:id="{rid}"/></w:object></w:r>'))
def p_ole_bin(b, s):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + s.encode("utf-16-le") + b"\x00" * 32
    b.add_default("bin", "application/vnd.openxmlformats-officedocument.oleObject")
    rid = b.add_part("word/embeddings/oleObject1.bin", data, rel_type="oleObject")
    b.append_body(paragraph(f'<w:r><w:object><o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1027" DrawAspect="Icon" ObjectID="_3" r:id="{rid}"/></w:object></w:r>'))
def p_vml_textbox(b, s): b.append_body(paragraph(f'<w:r><w:pict><v:shape id="t1" style="width:100pt;height:50pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Note about {x(s)}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
def p_vml_alt(b, s): b.append_body(paragraph(f'<w:r><w:pict><v:shape id="t2" alt="{x(s)}" o:title="{x(s)}" style="width:10pt;height:10pt"/></w:pict></w:r>'))
def p_math(b, s): b.append_body(paragraph(f'<m:oMath><m:r><m:t>{x(s)}</m:t></m:r></m:oMath>'))
def p_ruby(b, s): b.append_body(paragraph(f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:t>{x(s)}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>漢字</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
def p_ruby_base(b, s): b.append_body(paragraph(run("Seen by "), f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:t>ふりがな</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>{x(s)}</w:t></w:r></w:rubyBase></w:ruby></w:r>', run(" today.")))
def p_sym(b, s):
    i = len(s) // 2
    b.append_body(paragraph(run("Seen by " + x(s[:i])), f'<w:r><w:sym w:font="Calibri" w:char="{ord(s[i]):04X}"/></w:r>', run(x(s[i+1:]) + " today.")))
def _ffdata(inner):
    return paragraph(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{inner}</w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>entry</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
def p_ff_name(b, s): b.append_body(_ffdata(f'<w:name w:val="{x(ident(s))[:20]}"/><w:enabled/><w:textInput/>'))
def p_ff_default(b, s): b.append_body(_ffdata(f'<w:name w:val="Text1"/><w:enabled/><w:textInput><w:default w:val="{x(s)}"/></w:textInput>'))
def p_ff_status(b, s): b.append_body(_ffdata(f'<w:name w:val="Text1"/><w:enabled/><w:statusText w:type="text" w:val="{x(s)}"/><w:textInput/>'))
def p_ff_help(b, s): b.append_body(_ffdata(f'<w:name w:val="Text1"/><w:enabled/><w:helpText w:type="text" w:val="{x(s)}"/><w:textInput/>'))
def p_ff_ddlist(b, s): b.append_body(_ffdata(f'<w:name w:val="Drop1"/><w:enabled/><w:ddList><w:listEntry w:val="{x(s)}"/></w:ddList>'))
def _settings(b, fragment):
    root = b.xml("word/settings.xml")
    from docx_factory import _parse_fragment
    for e in reversed(_parse_fragment(fragment)):
        root.insert(0, e)
    b.set_xml("word/settings.xml", root)
def p_docvar(b, s): _settings(b, f'<w:docVars><w:docVar w:name="Victim" w:val="{x(s)}"/></w:docVars>')
def p_docvar_name(b, s): _settings(b, f'<w:docVars><w:docVar w:name="{x(ident(s))}" w:val="1"/></w:docVars>')
def p_attached_template(b, s):
    rid = b.add_relationship("word/settings.xml", "attachedTemplate", "file:///C:\\Users\\" + ident(s).lower() + "\\AppData\\Roaming\\Microsoft\\Templates\\DHR.dotm", external=True)
    _settings(b, f'<w:attachedTemplate r:id="{rid}"/>')
def p_attached_template_full(b, s):
    rid = b.add_relationship("word/settings.xml", "attachedTemplate", "file:///C:\\Users\\Shared\\Templates\\" + s + " review.dotm", external=True)
    _settings(b, f'<w:attachedTemplate r:id="{rid}"/>')
def p_mailmerge_datasource(b, s):
    rid = b.add_relationship("word/settings.xml", "mailMergeSource", "file:///C:\\Data\\" + s + ".xlsx", external=True)
    _settings(b, f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="spreadsheet"/><w:query w:val="SELECT * FROM `{x(s)}$`"/><w:dataSource r:id="{rid}"/></w:mailMerge>')
def p_printer(b, s):
    data = b"\x00" * 8 + s.encode("utf-16-le") + b"\x00" * 64
    b.add_default("bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings")
    b.add_part("word/printerSettings/printerSettings1.bin", data, rel_type="printerSettings")
def p_thumbnail(b, s):
    b.add_default("jpeg", "image/jpeg")
    b.add_part("docProps/thumbnail.jpeg", b"\xff\xd8\xff\xe0" + s.encode() + b"\xff\xd9", rel_type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", source="")
def p_websettings_frame(b, s):
    root = b.xml("word/webSettings.xml") if "word/webSettings.xml" in b.entries else None
    frag = f'<w:frameset><w:frame><w:name w:val="{x(ident(s))}"/><w:longDesc r:id="rIdL"/></w:frame></w:frameset>'
    if root is None: return
    from docx_factory import _parse_fragment
    for e in _parse_fragment(frag): root.insert(0, e)
    b.set_xml("word/webSettings.xml", root)
    b.add_relationship("word/webSettings.xml", "frame", "https://example.org/" + ident(s), external=True, rel_id="rIdL")
def p_websettings_div(b, s):
    root = b.xml("word/webSettings.xml")
    from docx_factory import _parse_fragment
    for e in _parse_fragment(f'<w:encoding w:val="{x(s)}"/>'): root.append(e)
    b.set_xml("word/webSettings.xml", root)
def p_numbering(b, s):
    root = b.xml("word/numbering.xml")
    from docx_factory import _parse_fragment
    for e in reversed(_parse_fragment(f'<w:abstractNum w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{x(s)} %1."/></w:lvl></w:abstractNum>')):
        root.insert(0, e)
    root.append(_parse_fragment('<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>')[0])
    b.set_xml("word/numbering.xml", root)
    b.append_body(paragraph('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr></w:pPr>', run("Listed item.")))
def p_style_name(b, s):
    root = b.xml("word/styles.xml")
    from docx_factory import _parse_fragment
    root.append(_parse_fragment(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Custom9"><w:name w:val="{x(s)} notes"/></w:style>')[0])
    b.set_xml("word/styles.xml", root)
    b.append_body(paragraph(run("Styled."), style="Custom9"))
def p_font_table(b, s):
    root = b.xml("word/fontTable.xml")
    from docx_factory import _parse_fragment
    root.append(_parse_fragment(f'<w:font w:name="{x(s)} Hand"><w:family w:val="script"/></w:font>')[0])
    b.set_xml("word/fontTable.xml", root)
def p_header(b, s):
    from docx_factory import header_part
    rid = b.add_part("word/header9.xml", header_part(paragraph(run(f"DRAFT – {x(s)}"))), CT + "header+xml", rel_type="header")
    b.section_properties(f'<w:headerReference w:type="default" r:id="{rid}"/>')
def p_watermark(b, s):
    from docx_factory import header_part
    rid = b.add_part("word/header8.xml", header_part(paragraph(f'<w:r><w:pict><v:shape id="wm" type="#_x0000_t136" style="width:400pt;height:100pt"><v:textpath style="font-family:Calibri" string="{x(s)}"/></v:shape></w:pict></w:r>')), CT + "header+xml", rel_type="header")
    b.section_properties(f'<w:headerReference w:type="default" r:id="{rid}"/>')
def p_footnote(b, s):
    from docx_factory import notes_part
    b.add_part("word/footnotes.xml", notes_part("footnote", {1: f"Statement of {x(s)}."}), CT + "footnotes+xml", rel_type="footnotes")
    b.append_body(paragraph(run("Text"), '<w:r><w:footnoteReference w:id="1"/></w:r>'))
def p_linked_picture(b, s):
    rid = b.add_relationship("word/document.xml", "image", "file:///C:/Users/Shared/Photos/" + s + ".jpg", external=True)
    b.append_body(paragraph(f'<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="9" name="Picture 9"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="{rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
def p_svg_media(b, s):
    b.add_default("svg", "image/svg+xml")
    rid = b.add_part("word/media/image5.svg", f'<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="10">{x(s)}</text></svg>', rel_type="image")
    from docx_factory import inline_picture
    b.append_body(paragraph(inline_picture(rid)))
def p_custom_xml_element(b, s):  # w:customXml wrapping runs, element name as the tag
    b.append_body(f'<w:p><w:customXml w:uri="urn:probe" w:element="victim"><w:customXmlPr><w:attr w:name="who" w:val="{x(s)}"/></w:customXmlPr><w:r><w:t>words</w:t></w:r></w:customXml></w:p>')

PLACES = {k[2:]: v for k, v in globals().items() if k.startswith("p_") and callable(v) and k not in ("p_chart",)}

# ---------------------------------------------------------------- independent leak check
def all_texts(data: bytes, prefix="", depth=0):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            raw = z.read(name)
            yield prefix + name, name  # the file name itself
            if raw[:4] == b"PK\x03\x04" and depth < 3:
                try:
                    yield from all_texts(raw, prefix + name + "!", depth + 1)
                    continue
                except zipfile.BadZipFile:
                    pass
            t = raw.decode("utf-8", "ignore")
            yield prefix + name, t
            yield prefix + name, raw.decode("utf-16-le", "ignore")
            yield prefix + name, urllib.parse.unquote(t)

def _fold(t):
    import unicodedata
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("&apos;", "'").replace("&#39;", "'")

def pattern_for(kind, s):
    if kind == "name":
        parts = [p for p in re.split(r"[\s']+", s) if len(p) >= 4]
        surname = max(parts, key=len)
        return re.compile(re.escape(_fold(surname)))
    if kind == "date":
        return re.compile(r"14(th)?[\s_\-]*(of[\s_]*)?march|fourteenth|2023-03-14|14/0?3/")
    if kind == "phone":
        return re.compile(r"0\D{0,2}7\D{0,2}7\D{0,2}0\D{0,2}0\D{0,2}9\D{0,2}0\D{0,2}0\D{0,2}4\D{0,2}6\D{0,2}1")
    if kind == "email":
        return re.compile(r"ok1987")

def leaks_in(data, kind, s):
    pat = pattern_for(kind, s)
    return sorted({name for name, t in all_texts(data) if pat.search(_fold(t))})

def main():
    import argparse, tempfile
    ap = argparse.ArgumentParser()
    ap.add_argument("--places", default="")
    ap.add_argument("--kinds", default="name,date,phone,email")
    ap.add_argument("--out", default="")
    ap.add_argument("--pairs", default="")
    a = ap.parse_args()
    from redact.pipeline import Redactor
    from redact.rules import as_rules
    from redact.verify import verify_file
    from redact.errors import LeakError
    rules = as_rules(RULES)
    redactor = Redactor(rules)
    results = []
    global PAIRS
    PAIRS = json.load(open(a.pairs)) if a.pairs else []
    places = [p for p in PLACES if not a.places or p in a.places.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="probe-"))
    for index, place in enumerate(places):
        for kind in a.kinds.split(","):
            if a.pairs and [place, kind] not in PAIRS:
                continue
            s = secrets(index)[kind]
            b = DocxBuilder(); b.append_body(FILLER)
            try:
                PLACES[place](b, s)
            except Exception as e:
                results.append(dict(place=place, kind=kind, error=f"build: {e}")); continue
            src = tmp / f"{place}-{kind}.docx"; dst = tmp / f"{place}-{kind}-out.docx"
            b.build(src)
            row = dict(place=place, kind=kind, secret_in_input=leaks_in(src.read_bytes(), kind, s))
            strict = kind in ("phone", "email")
            try:
                v = verify_file(src, rules, strict=strict); row["verify_in"] = sorted({f"{l.kind}@{l.location[:60]}" for l in v.leaks})
            except Exception as e:
                row["verify_in"] = f"error {e.__class__.__name__}: {e}"
            try:
                if dst.exists(): dst.unlink()
                redactor.redact_file(src, dst, force=True)
                row["left"] = leaks_in(dst.read_bytes(), kind, s)
                v = verify_file(dst, rules, strict=strict); row["verify_out"] = sorted({f"{l.kind}@{l.location[:60]}" for l in v.leaks})
            except LeakError as e:
                row["apply"] = "LeakError"; row["left"] = "refused"
            except Exception as e:
                row["apply"] = f"error {e.__class__.__name__}: {str(e)[:200]}"
            results.append(row)
            print(json.dumps(row), flush=True)
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
    if a.out:
        Path(a.out).write_text(json.dumps(results, indent=1))

if __name__ == "__main__":
    main()
