"""A red team of the WHOLE OUTPUT PACKAGE of a redacted .docx (helper ``redteam47``, 2026-12-06): fictional DHR
drafts (names from Somali, Sylheti/Bangladeshi, Irish Traveller, Romanian Roma, Ghanaian, Lithuanian,
Chinese-Malaysian, Welsh, Kurdish, Jamaican and other communities) with a rules.yaml written as chairs write them,
and each planted value (a listed full name, a given name alone, a title with a surname, the date of death, a UK
mobile number, an e-mail address) put in one PART of the Word package: the body, first-page and even-page headers
and footers, footnotes and endnotes, comments (text, author, initials), tracked insertions, deletions and moves (and
their authors), text boxes (DrawingML and VML), alt text, hyperlink targets, field codes (HYPERLINK, MERGEFIELD),
core/app/custom properties, the glossary document, settings (document variables, the attached template), bookmark
names, style names, people.xml, customXml parts, a chart's title and series name, the file name of a picture.
The structures of ``benchmarks/docx_structure_fuzz.py`` (which cuts a value across runs, fields, straddles) are
reused; this one asks about PARTS and about the names Word writes that are not text (authors, style names, part
names), and counts over-redaction: ordinary sentences put in the same parts must come out as they went in.

After ``Redactor(rules).redact_file`` every part of the output (text, attribute values, part names) is searched for
the planted value's folded tells (``docx_structure_fuzz.package_texts``/``_found``) and ``verify_file`` is run:
- left: a tell still somewhere in the package; silent: left and verify says clean (``--strict`` for contacts);
- refused: apply's own verify raised LeakError (nothing written); crashed: any other exception;
- ordinary lost: an ordinary sentence planted in a part not found whole in the same part of the output.

    python benchmarks/redteam_unseen47.py                    # tuning seeds, with examples
    python benchmarks/redteam_unseen47.py --part held-back   # held-back seeds: run once, at the end
    python benchmarks/redteam_unseen47.py --only style_name  # every value in one part
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import tempfile
import traceback
import warnings
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))   # PYTHONPATH chooses the redact under test (main or a branch)

from benchmarks.docx_structure_fuzz import (Plant, _date_form, _found, _t, fold, package_texts,  # noqa: E402
                                            sentence, value_runs)
from benchmarks.redteam_unseen46 import COMMUNITIES as _C46  # noqa: E402
from tests import docx_factory as f  # noqa: E402

PARTS = {"tuning": range(47001, 47013), "held-back": range(47101, 47113)}

COMMUNITIES = dict(_C46)
COMMUNITIES.update({
    "sylheti": (("Rahima", "Shapla", "Jesmin"), ("Abdul", "Shamim", "Foysal"), ("Choudhury", "Miah", "Khatun")),
    "traveller": (("Bridget", "Kathleen", "Winnie"), ("Johnny", "Martin", "Tom"), ("McDonagh", "Joyce", "Maughan")),
    "roma": (("Florica", "Mirela", "Lumința"), ("Marian", "Costel", "Ștefan"), ("Lăcătuș", "Stoica", "Căldăraru")),
    "chinese-malaysian": (("Siew Ling", "Mei Fong", "Hui Min"), ("Wei Jie", "Kok Leong", "Chee Keong"),
                          ("Tan", "Lim", "Ooi")),
    "welsh": (("Eirlys", "Angharad", "Gwenllian"), ("Dafydd", "Emyr", "Gruffudd"), ("Pryce", "Llewellyn", "Vaughan")),
    "jamaican": (("Sharmaine", "Marcia", "Paulette"), ("Delroy", "Clive", "Winston"), ("Thelwell", "McKenzie", "Reid")),
})
PSEUDONYMS = ["Adult A", "Adult B", "Adult C", "Adult D", "Adult E", "Child 1"]
ROLES = ["victim", "perpetrator", "friend", "sister", "neighbour"]
ORDINARY = {   # ordinary text Word keeps in a part: must come out as it went in
    "body": "Agencies were asked to provide chronologies.",
    "header": "Draft report version 3 for panel comment.",
    "footer": "Official Sensitive when complete.",
    "note": "See the Home Office statutory guidance, section 4.",
    "comment": "Chair to check this paragraph with the IDVA service.",
    "textbox": "Key learning is set out in section 6.",
    "core": "Domestic Homicide Review overview report",
    "chart": "Contacts with agencies by month",
    "glossary": "Insert the panel's recommendation here.",
}


def _ascii(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


class PackagePlant(Plant):
    """docx_structure_fuzz's structures plus the parts and the names-that-are-not-text this red team adds."""

    def __init__(self, builder, rng):
        super().__init__(builder, rng)
        self.header_kinds: list[tuple[str, str, str]] = []   # (hdr|ftr, default|first|even, paragraphs)
        self.authors: list[str] = []
        self.glossary: list[str] = []
        self.styles: list[str] = []
        self.people: list[str] = []
        self.chart: list[str] = []
        self.media: list[str] = []
        self.app: dict[str, str] = {}
        self.glossary_names: list[str] = ["Victim block"]
        self.titles: list[str] = []

    # -- headers and footers of every kind
    def _hf(self, v, which):
        kind = self.rng.choice(["hdr", "ftr"])
        self.header_kinds.append((kind, which, sentence(self.rng, v, value_runs(self.rng, v))))

    def header_first(self, v):
        self._hf(v, "first")

    def header_even(self, v):
        self._hf(v, "even")

    def header_default(self, v):
        self._hf(v, "default")

    # -- authors and initials Word writes on comments and tracked changes
    def comment_author(self, v):
        n = len(self.comments)
        initials = "".join(w[0] for w in re.split(r"[\s\-]+", v) if w[:1].isalpha()) if "@" not in v else "R"
        self.comments.append(f'<w:comment w:id="{n}" w:author={quoteattr(v)} w:initials={quoteattr(initials)}>'
                             f"<w:p><w:r>{_t(ORDINARY['comment'])}</w:r></w:p></w:comment>")
        self.body.append(f'<w:p><w:commentRangeStart w:id="{n}"/><w:r>{_t("Agreed by the panel.")}</w:r>'
                         f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r></w:p>')
        self.authors.append(v)

    def revision_author(self, v):
        kind = self.rng.choice(["ins", "del"])
        runs = (f"<w:r>{_t('the review period was extended', 'delText' if kind == 'del' else 't')}</w:r>")
        self.body.append(f'<w:p><w:r>{_t("In May ")}</w:r><w:{kind} w:id="{self.rng.randint(500, 900)}" '
                         f'w:author={quoteattr(v)} w:date="{f.REVISION_DATE}">{runs}</w:{kind}></w:p>')
        self.authors.append(v)

    def moved(self, v):
        which = self.rng.choice(["moveFrom", "moveTo"])
        tag = "delText" if which == "moveFrom" else "t"
        n = self.rng.randint(300, 400)
        self.body.append(f'<w:p><w:{which}RangeStart w:id="{n}" w:author="Reviewer" w:date="{f.REVISION_DATE}" '
                         f'w:name="move{n}"/><w:{which} w:id="{n + 1}" w:author="Reviewer" '
                         f'w:date="{f.REVISION_DATE}"><w:r>{_t("Police spoke to ", tag)}</w:r>'
                         f'{value_runs(self.rng, v, tag)}</w:{which}><w:{which}RangeEnd w:id="{n}"/></w:p>')

    def people_xml(self, v):
        self.people.append(v)

    # -- fields
    def mergefield(self, v):
        name = re.sub(r"\W+", "_", v)
        instr = self.rng.choice([f" MERGEFIELD {name} ", f' MERGEFIELD "{v}" ', f' HYPERLINK "mailto:{v}" '
                                 if "@" in v else f' REF {name} \\h '])
        self.body.append(sentence(self.rng, v, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                  f"<w:r>{_t(instr, 'instrText')}</w:r>"
                                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                                  f"<w:r>{_t('«Victim»')}</w:r>"
                                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))

    def field_result_only(self, v):
        """The value in a field's cached result only (the instruction names a property)."""
        self.body.append(sentence(self.rng, v, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                  f"<w:r>{_t(' DOCPROPERTY Subject ', 'instrText')}</w:r>"
                                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                                  f"{value_runs(self.rng, v)}"
                                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))

    def rels_target(self, v):
        target = (f"mailto:{v}" if "@" in v else self.rng.choice(
            [f"https://www.facebook.com/{v.replace(' ', '.')}", f"file:///C:/Users/chair/DHR/{v.replace(' ', '%20')}.docx",
             f"https://example.org/search?q={v.replace(' ', '+')}"]))
        rid = self.b.add_relationship(self.b.main_part, "hyperlink", target, external=True)
        self.body.append(f'<w:p><w:hyperlink r:id="{rid}"><w:r>{_t("the referral")}</w:r></w:hyperlink></w:p>')

    # -- package properties
    def app_prop(self, v):
        self.app[self.rng.choice(["Company", "Manager"])] = v

    def core_modified_by(self, v):
        self.core[self.rng.choice(["lastModifiedBy", "creator", "category"])] = v

    def attached_template(self, v):
        name = re.sub(r"[^\w@.+\-]+", "_", v)
        rid = self.b.add_relationship("word/settings.xml", "attachedTemplate",
                                      f"file:///C:/Users/{name}/Templates/DHR.dotm", external=True)
        root = self.b.xml("word/settings.xml")
        root.insert(0, f._parse_fragment(f'<w:attachedTemplate r:id="{rid}"/>')[0])
        self.b.set_xml("word/settings.xml", root)

    # -- parts holding text that is not the body
    def glossary_part(self, v):
        self.glossary.append(sentence(self.rng, v, value_runs(self.rng, v)))

    def style_name(self, v):
        self.styles.append(v)
        style_id = re.sub(r"\W+", "", v)[:30] or "S1"
        self.body.append(f'<w:p><w:pPr><w:pStyle w:val="{escape(style_id)}"/></w:pPr>'
                         f'<w:r>{_t("Background to the review.")}</w:r></w:p>')

    def chart_title(self, v):
        self.chart.append(v)

    def media_name(self, v):
        self.images += 1
        stem = re.sub(r"[^\w@.+\-]+", "_", v)
        name = f"word/media/{stem}_{self.images}.png"
        rid = self.b.add_image(name)
        self.body.append(f.paragraph(f.inline_picture(rid, name=f"Picture {self.images}",
                                                      file_name=f"{stem}.png")))

    def wps_textbox(self, v):
        self.body.append(f.paragraph(f.run("See the box."), f.text_box(sentence(self.rng, v, value_runs(self.rng, v)))))

    # -- harder angles: values Word keeps where few look
    def table_alt_text(self, v):
        which = self.rng.choice(["tblCaption", "tblDescription"])
        self.body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:{which} w:val={quoteattr(v)}/></w:tblPr>'
                         f'<w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r>{_t("Agency")}</w:r></w:p>'
                         "</w:tc></w:tr></w:tbl>")

    def titles_of_parts(self, v):
        self.titles.append(v)

    def custom_prop_name(self, v):
        self.custom[re.sub(r"[^\w@. +\-]", "", v)[:60] or "x"] = "yes"

    def mail_merge(self, v):
        name = re.sub(r"[^\w@.+\-]+", "_", v)
        root = self.b.xml("word/settings.xml")
        root.append(f._parse_fragment(
            '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
            f'<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\DHR\\{escape(name)}.xlsx"/>'
            f'<w:query w:val={quoteattr(f"SELECT * FROM `{v}$`")}/></w:mailMerge>')[0])
        self.b.set_xml("word/settings.xml", root)

    def perm_editor(self, v):
        ed = re.sub(r"\s+", ".", v)
        self.body.append(f'<w:p><w:permStart w:id="7" w:ed={quoteattr(ed)}/><w:r>{_t("Editable section.")}</w:r>'
                         '<w:permEnd w:id="7"/></w:p>')

    def link_anchor(self, v):
        name = re.sub(r"\W+", "_", v)[:40]
        self.body.append(f'<w:p><w:hyperlink w:anchor={quoteattr(name)}><w:r>{_t("see below")}</w:r></w:hyperlink></w:p>')

    def vml_image_title(self, v):
        rid = self.b.add_image(f"word/media/vml{self.images + 1}.png")
        self.images += 1
        self.body.append(f'<w:p><w:r><w:pict><v:shape id="i{self.images}" style="width:20pt;height:20pt" '
                         f'alt={quoteattr(v)}><v:imagedata r:id="{rid}" o:title={quoteattr(v)}/></v:shape>'
                         "</w:pict></w:r></w:p>")

    def docpr_name(self, v):
        self.images += 1
        rid = self.b.add_image(f"word/media/image{self.images}.png")
        self.body.append(f.paragraph(f.inline_picture(rid, name=escape(f"Photo of {v}", {'"': "&quot;"}))))

    def sdt_list(self, v):
        self.body.append(sentence(self.rng, v, '<w:sdt><w:sdtPr><w:dropDownList>'
                                  f'<w:listItem w:displayText={quoteattr(v)} w:value={quoteattr(v)}/>'
                                  '<w:listItem w:displayText="Police" w:value="Police"/></w:dropDownList></w:sdtPr>'
                                  f'<w:sdtContent><w:r>{_t("Police")}</w:r></w:sdtContent></w:sdt>'))

    def sdt_placeholder(self, v):
        """The value in the glossary block a content control shows while empty, and in the control's data-bound
        customXml item (Word keeps both even once the text is changed)."""
        n = sum(1 for name in self.b.entries if name.startswith("customXml/item")) + 1
        self.b.add_part(f"customXml/item{n}.xml", '<ns0:Review xmlns:ns0="urn:dhr"><ns0:Victim>'
                        f"{escape(v)}</ns0:Victim></ns0:Review>", rel_type="customXml", source=self.b.main_part)
        self.glossary.append(f.paragraph(f.run(v)))
        self.body.append('<w:p><w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="Victim block"/></w:placeholder>'
                         '<w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:dhr\'" w:xpath="/ns0:Review[1]/ns0:Victim[1]" '
                         f'w:storeItemID="{{00000000-0000-0000-0000-00000000000{n}}}"/></w:sdtPr><w:sdtContent>'
                         f'<w:r>{_t("Adult A")}</w:r></w:sdtContent></w:sdt></w:p>')

    def alt_chunk_html(self, v):
        n = sum(1 for name in self.b.entries if name.startswith("word/afchunk")) + 1
        html = (f"<html><head><title>{escape(v)}</title></head><body><p>Statement taken from {escape(v)}.</p>"
                f"<p><a href='mailto:x@y.org'>{escape(v)}</a></p></body></html>")
        rid = self.b.add_part(f"word/afchunk{n}.htm", html.encode(), "text/html", rel_type="aFChunk")
        self.body.append(f'<w:altChunk r:id="{rid}"/>')

    def include_path(self, v):
        path = v.replace(" ", "_")
        instr = self.rng.choice([f' INCLUDEPICTURE "C:\\\\Users\\\\chair\\\\{path}.jpg" \\* MERGEFORMAT ',
                                 f' INCLUDETEXT "C:\\\\DHR\\\\{path} statement.docx" '])
        self.body.append(f'<w:p><w:fldSimple w:instr={quoteattr(instr)}><w:r>{_t("[picture]")}</w:r></w:fldSimple></w:p>')

    def sym_letter(self, v):
        """One letter of the value inserted with Insert > Symbol (a w:sym with the font and the code)."""
        letters = [i for i, c in enumerate(v) if c.isalnum() and not c.isascii()] or \
                  [i for i, c in enumerate(v) if c.isalpha()] or [0]
        at = self.rng.choice(letters)
        sym = f'<w:sym w:font="Calibri" w:char="{ord(v[at]):04X}"/>'
        self.body.append(sentence(self.rng, v, f"<w:r>{_t(v[:at])}</w:r><w:r>{sym}</w:r><w:r>{_t(v[at + 1:])}</w:r>"
                                  if v[at + 1:] else f"<w:r>{_t(v[:at])}</w:r><w:r>{sym}</w:r>"))

    def header_field(self, v):
        self.header_kinds.append(("hdr", self.rng.choice(["default", "first", "even"]), sentence(
            self.rng, v, f'<w:fldSimple w:instr=" DOCPROPERTY Title "><w:r>{_t(v)}</w:r></w:fldSimple>')))

    def glossary_name(self, v):
        self.glossary_names.append(v)

    # -- building the extra parts
    def finish(self) -> bytes:
        b = self.b
        refs = []
        for i, (kind, which, xml) in enumerate(self.header_kinds, 1):
            name = f"word/{'header' if kind == 'hdr' else 'footer'}{10 + i}.xml"
            ordinary = ORDINARY["header" if kind == "hdr" else "footer"]
            rid = b.add_part(name, f.header_part(xml, f.paragraph(f.run(ordinary)), kind=kind),
                             f.CT + ("header+xml" if kind == "hdr" else "footer+xml"),
                             rel_type="header" if kind == "hdr" else "footer")
            refs.append(f'<w:{"headerReference" if kind == "hdr" else "footerReference"} w:type="{which}" '
                        f'r:id="{rid}"/>')
        if refs:
            extra = "<w:titlePg/>" if any(w == "first" for _, w, _ in self.header_kinds) else ""
            b.section_properties(*refs, *([extra] if extra else []))
            if any(w == "even" for _, w, _ in self.header_kinds):
                root = b.xml("word/settings.xml")
                root.insert(0, f._parse_fragment("<w:evenAndOddHeaders/>")[0])
                b.set_xml("word/settings.xml", root)
        if self.comments:
            self.comments.append(f'<w:comment w:id="{len(self.comments)}" w:author="Panel" w:initials="P"><w:p>'
                                 f"<w:r>{_t(ORDINARY['comment'])}</w:r></w:p></w:comment>")
        self.body.append(f.paragraph(f.run("Summary."), f.text_box(f.paragraph(f.run(ORDINARY["textbox"])))))
        if self.glossary or len(self.glossary_names) > 1 or self.rng.random() < 0.5:
            paras = "".join(self.glossary) + f.paragraph(f.run(ORDINARY["glossary"]))
            parts = "".join(
                f"<w:docPart><w:docPartPr><w:name w:val={quoteattr(name)}/><w:category><w:name w:val=\"General\"/>"
                f"<w:gallery w:val=\"placeholder\"/></w:category></w:docPartPr><w:docPartBody>"
                f"{paras if n == 0 else f.paragraph(f.run('Text.'))}</w:docPartBody></w:docPart>"
                for n, name in enumerate(self.glossary_names))
            xml = f"<w:glossaryDocument {f.NSDECL}><w:docParts>{parts}</w:docParts></w:glossaryDocument>"
            b.add_part("word/glossary/document.xml", xml, f.CT + "document.glossary+xml", rel_type="glossaryDocument")
        if self.styles:
            root = b.xml("word/styles.xml")
            for name in self.styles:
                style_id = re.sub(r"\W+", "", name)[:30] or "S1"
                root.append(f._parse_fragment(
                    f'<w:style w:type="paragraph" w:customStyle="1" w:styleId={quoteattr(style_id)}>'
                    f'<w:name w:val={quoteattr(name)}/><w:aliases w:val={quoteattr(name + " note")}/>'
                    '<w:basedOn w:val="Normal"/></w:style>')[0])
            b.set_xml("word/styles.xml", root)
        people = list(self.people) + [a for a in self.authors if self.rng.random() < 0.7]
        if people:
            persons = "".join(f'<w15:person w15:author={quoteattr(p)}><w15:presenceInfo w15:providerId="None" '
                              f'w15:userId={quoteattr(p)}/></w15:person>' for p in people)
            b.add_part("word/people.xml",
                       '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                       f"{persons}</w15:people>", "application/vnd.openxmlformats-officedocument.wordprocessingml"
                       ".people+xml", rel_type="http://schemas.microsoft.com/office/2011/relationships/people")
        if self.chart or self.rng.random() < 0.4:
            title = self.chart[0] if self.chart else ORDINARY["chart"]
            series = self.chart[1] if len(self.chart) > 1 else "Contacts"
            chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
                     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx>'
                     f'<c:rich><a:bodyPr/><a:p><a:r><a:t>{escape(title)}</a:t></a:r></a:p></c:rich></c:tx>'
                     '</c:title><c:plotArea><c:barChart><c:ser><c:idx val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1'
                     f'</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(series)}</c:v></c:pt>'
                     '</c:strCache></c:strRef></c:tx></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>')
            rid = b.add_part("word/charts/chart1.xml", chart,
                             "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", rel_type="chart")
            self.body.append(f.paragraph(
                '<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="9" name="Chart 1"/>'
                '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{rid}"/>'
                "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"))
        self.core.setdefault("title", ORDINARY["core"])
        titles = self.titles
        if self.app:
            f.set_properties(b, app=self.app)
        if titles:
            root = b.xml("docProps/app.xml")
            namespace = root.nsmap[None]
            for old in root.findall(f"{{{namespace}}}TitlesOfParts"):
                root.remove(old)
            root.append(f._parse_fragment(
                f'<TitlesOfParts xmlns="{namespace}" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'docPropsVTypes"><vt:vector size="{len(titles)}" baseType="lpstr">'
                + "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in titles) + "</vt:vector></TitlesOfParts>")[0])
            b.set_xml("docProps/app.xml", root)
        self.body.append(f.paragraph(f.run(ORDINARY["body"])))
        self.body.append(f'<w:p><w:r>{_t("Agreed.")}</w:r><w:r><w:footnoteReference w:id="90"/></w:r></w:p>')
        self.notes["footnote"][90] = ORDINARY["note"]
        return super().finish()


# each planted part and the method that puts a value there
PLACES = ["runs", "header_default", "header_first", "header_even", "note", "comment", "comment_author",
          "revision_author", "ins", "dele", "moved", "wps_textbox", "vml_textbox", "alt_text", "rels_target",
          "mergefield", "field_result_only", "fld_complex", "core_prop", "core_modified_by", "app_prop",
          "custom_prop", "glossary_part", "doc_var", "attached_template", "bookmark", "style_name", "people_xml",
          "custom_xml", "chart_title", "media_name", "sdt", "smart_tag", "straddle"]
# --angle hard: values Word keeps where few look (table alt text, the titles of parts, a custom property's name, a
# mail merge's data source, an editing permission's editor, a link's bookmark, VML picture titles, a picture's name,
# a drop-down's entries, a content control's placeholder and bound data, an HTML altChunk, a field's file path, a
# letter inserted as a symbol, a field in a header, a glossary building block's name)
HARD = ["table_alt_text", "titles_of_parts", "custom_prop_name", "mail_merge", "perm_editor", "link_anchor",
        "vml_image_title", "docpr_name", "sdt_list", "sdt_placeholder", "alt_chunk_html", "include_path", "sym_letter",
        "header_field", "glossary_name"]
NOT_FOR_DATES = {"comment_author", "revision_author", "people_xml", "style_name", "media_name", "attached_template",
                 "perm_editor", "custom_prop_name", "glossary_name", "mail_merge"}


def chair_rules_yaml(rng, people, dod, phone, email) -> str:
    """A rules file as chairs write them: a comment, roles, the date quoted with a note after it (the phone
    number and the e-mail address are not listed: rules have no place for them)."""
    lines = ["# DHR rules - draft v2 (chair)", "version: 1", f"review: DHR {rng.randint(1, 40)}/{dod.year}", "people:"]
    for (g, s, _sex), pseudo, role in zip(people, PSEUDONYMS, ROLES):
        lines += [f"  - name: {g} {s}", f"    pseudonym: {pseudo}", f"    role: {role}"]
    lines += ["places:", "  - name: Hollinsbury", "    pseudonym: Area A",
              "dates:", f"  date_of_death: '{dod.isoformat()}'  # the day she died",
              "keep:", "  - Wealdshire Police", "  - Home Office"]
    return "\n".join(lines) + "\n"


def build(rng, only: str | None = None, places=PLACES):
    """(rules YAML, docx bytes, [(value, kind, place, tells)]) or None when names clash."""
    communities = rng.sample(sorted(COMMUNITIES), 4)
    people = []
    for i, community in enumerate(communities):
        fem, masc, surnames = COMMUNITIES[community]
        people.append((rng.choice(fem if i % 2 == 0 else masc), rng.choice(surnames), "f" if i % 2 == 0 else "m"))
    words = [w for g, s, _ in people for w in re.split(r"[\s\-]+", f"{g} {s}")]
    if len({fold(w) for w in words}) < len(words):
        return None
    dod = datetime.date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    (g0, s0, _), (g1, _s1, _), (_g2, s2, sex2), (g3, s3, _) = people
    n = rng.randint(100, 999)
    phone = rng.choice([f"07700 900{n}", f"07700900{n}", f"+44 7700 900{n}"])
    email = f"{_ascii(g3)}.{_ascii(s3)}{n}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}"
    rules = chair_rules_yaml(rng, people, dod, phone, email)
    plants = [(f"{g0} {s0}", "full name", [g0, s0]), (g1, "given name", [g1]),
              (f"{'Ms' if sex2 == 'f' else 'Mr'} {s2}", "title + surname", [s2]),
              (_date_form(rng, dod), "date of death", None), (phone, "mobile", None), (email, "e-mail", None)]
    plant = PackagePlant(f.DocxBuilder(), rng)
    out = []
    for value, kind, tells in plants:
        place = only or rng.choice(places)
        if kind == "date of death" and place in NOT_FOR_DATES:
            place = "header_even"    # nobody is called by a date
        place = getattr(plant, place)(value) or place
        out.append((value, kind, place, tells))
    return rules, plant.finish(), out


_SYM = re.compile(rb'<w:sym\b[^>]*?w:char="([0-9A-Fa-f]{2,6})"[^>]*/>')


def package_texts_with_symbols(path: Path) -> list[tuple[str, str]]:
    """``package_texts`` of the package with each w:sym read as the character it stands for (Word shows it)."""
    copy = path.with_suffix(".sym.zip")
    with zipfile.ZipFile(path) as archive, zipfile.ZipFile(copy, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".xml"):
                data = _SYM.sub(lambda m: f"<w:t>{escape(chr(int(m.group(1), 16)))}</w:t>".encode(), data)
            out.writestr(name, data)
    texts = package_texts(copy)
    with zipfile.ZipFile(copy) as archive:   # (package_texts reads a part that is not XML as Latin-1)
        texts += [(name, fold(archive.read(name).decode("utf-8", "replace"))) for name in archive.namelist()
                  if name.lower().endswith((".htm", ".html", ".txt", ".mht"))]
    copy.unlink()
    return texts


def _part_texts(texts, part: str) -> str:
    return "\n".join(t for name, t in texts if name == part)


def ordinary_lost(src_texts, out_texts) -> list[str]:
    """Ordinary sentences of ORDINARY found in a part of the draft and not whole in the same part of the output."""
    lost = []
    names = {name for name, _ in src_texts} & {name for name, _ in out_texts}   # a part removed is policy
    for name in sorted(names):
        before = _part_texts(src_texts, name)
        after = _part_texts(out_texts, name)
        for key, sentence_ in ORDINARY.items():
            folded = fold(sentence_)
            if folded in before and folded not in after:
                lost.append(f"{key} in {name}")
    return lost


def run(seeds, show: bool, per_seed: int = 3, only: str | None = None, angle: str = "parts"):
    from redact.errors import LeakError
    from redact.pipeline import Redactor
    from redact.rules import load_rules
    from redact.verify import verify_file

    planted, left, silent, refused, crashed = Counter(), Counter(), Counter(), Counter(), Counter()
    examples, crashes, lost_all = defaultdict(list), [], Counter()
    documents = 0
    folder = Path(tempfile.mkdtemp(prefix="redteam47-"))
    for seed in seeds:
        rng = random.Random(seed)
        for i in range(per_seed):
            made = build(rng, only, HARD if angle == "hard" else PLACES)
            if made is None:
                continue
            rules_yaml, data, plants = made
            documents += 1
            src, out = folder / f"d{seed}_{i}.docx", folder / f"d{seed}_{i}.out.docx"
            src.write_bytes(data)
            rules_path = folder / f"d{seed}_{i}.rules.yaml"
            rules_path.write_text(rules_yaml, encoding="utf-8")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rules = load_rules(rules_path)
            src_texts = package_texts_with_symbols(src)
            for value, kind, place, tells in plants:
                planted[place] += 1
                if not _found(value, kind, tells, src_texts):
                    examples["HARNESS: not found in the draft"].append(f"{src.name} {value!r} in {place}")
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    Redactor(rules).redact_file(src, out)
            except LeakError as error:
                for _v, _k, place, _t2 in plants:
                    refused[place] += 1
                examples["REFUSED"].append(f"{src.name}: {str(error)[:300]}")
                continue
            except Exception as error:  # noqa: BLE001 - a traceback on valid Word is a bug too
                for _v, _k, place, _t2 in plants:
                    crashed[place] += 1
                crashes.append(f"{src.name}: {type(error).__name__}: {error}\n"
                               + "".join(traceback.format_exc().splitlines(True)[-6:]))
                continue
            texts = package_texts_with_symbols(out)
            with zipfile.ZipFile(out) as archive:
                texts += [("(part names)", fold(" ".join(archive.namelist())))]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                verdict = verify_file(out, rules)
            strict = None
            for value, kind, place, tells in plants:
                hits = _found(value, kind, tells, texts)
                if not hits:
                    continue
                left[place] += 1
                quiet = verdict.ok
                if kind in ("mobile", "e-mail") and quiet:
                    if strict is None:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            strict = verify_file(out, rules, strict=True)
                    quiet = strict.ok
                silent[place] += quiet
                examples[f"{place}/{kind}"].append(f"{src.name} {value!r}{' (verify SILENT)' if quiet else ''}: "
                                                   f"{hits[0]}")
            for item in ordinary_lost(src_texts, texts):
                lost_all[item.split(" in ")[0]] += 1
                examples["ORDINARY LOST"].append(f"{src.name}: {item}")
    print(f"documents: {documents}")
    print(f"{'part':24} planted  left  silent  refused  crashed")
    for place in sorted(planted):
        print(f"{place:24} {planted[place]:7} {left[place]:5} {silent[place]:7} {refused[place]:8} "
              f"{crashed[place]:8}")
    print(f"{'ALL':24} {sum(planted.values()):7} {sum(left.values()):5} {sum(silent.values()):7} "
          f"{sum(refused.values()):8} {sum(crashed.values()):8}")
    print(f"ordinary sentences lost: {sum(lost_all.values())} {dict(lost_all)}")
    if show:
        for key in sorted(examples):
            for e in examples[key][:6]:
                print(f"  [{key}] {e}")
        for c in crashes[:6]:
            print(f"  [CRASH] {c}")
    return planted, left, silent, refused, crashed, lost_all


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--per-seed", type=int, default=3)
    parser.add_argument("--seeds", type=int, nargs="*")
    parser.add_argument("--angle", choices=("parts", "hard"), default="parts")
    parser.add_argument("--only", choices=PLACES + HARD, help="every value in this part")
    args = parser.parse_args(argv)
    run(args.seeds or PARTS[args.part], show=True, per_seed=args.per_seed, only=args.only, angle=args.angle)


if __name__ == "__main__":
    main()
