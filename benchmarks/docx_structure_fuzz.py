"""A red team of WORD STRUCTURES (helper ``docxfuzz``, 2026-12-06): fictional drafts in which each planted value
(a listed full name, a given name alone, a title with a surname, the date of death, a UK mobile number, an e-mail
address) stands in a random Word structure and is cut in random ways: across 2-4 runs of different formatting, in a
hyperlink (text and target), a simple or complex field (instruction and result), a content control (text and tag), a
tracked insertion or deletion, a comment, a footnote or endnote, a header or footer, a text box, a table cell (or
across two cells of a row), alt text, a bookmark name, core or custom properties, with a soft hyphen, a zero-width
space, a line break or a tab inside the value.

After ``Redactor(rules).redact_file`` every part of the output package is searched (text with the tags removed,
joined with nothing and with spaces, and every attribute value; folded for case and accents, soft hyphens and
zero-width spaces dropped) for the planted value's tells, and ``verify_file`` is run on the output:
- left: a tell still somewhere in the package;
- silent: left, and verify says clean (the worst bug; for a phone number or an e-mail address, ``verify --strict``,
  since plain verify looks only for what the rules list);
- refused: apply's own verify raised LeakError (nothing written), counted apart;
- crashed: any other exception (a traceback on valid Word is a bug too).

    python benchmarks/docx_structure_fuzz.py                      # tuning seeds, examples shown
    python benchmarks/docx_structure_fuzz.py --part held-back     # held-back seeds: run once, at the end
    python benchmarks/docx_structure_fuzz.py --only line_break    # every value in one structure
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import tempfile
import traceback
import unicodedata
import warnings
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))   # PYTHONPATH chooses the redact under test (main or a branch)

from benchmarks.redteam_unseen45 import COMMUNITIES  # noqa: E402
from tests import docx_factory as f  # noqa: E402

PARTS = {"tuning": range(77001, 77013), "held-back": range(77101, 77113)}
PSEUDONYMS = ["Adult A", "Adult B", "Adult C", "Adult D", "Adult E", "Child 1"]
FILLER = ["The panel met four times between March and September.",
          "Agencies were asked to provide chronologies and individual management reviews.",
          "The review considered the period of two years before the homicide.",
          "Learning from this review is set out in section 6.",
          "The family were invited to contribute and the chair is grateful for their help."]
SENTENCES = ["@ told the IDVA she was frightened.", "A referral to MARAC named @ as the contact.",
             "The GP record shows @ on that day.", "Police attended and spoke to @ at the address.",
             "Contact details: @ (from the referral form)."]
DOD_FORMS = ["{d} {M} {Y}", "{o} {M} {Y}", "{dd}/{mm}/{Y}", "{M} {d}, {Y}", "{d}.{m}.{y}", "{d} {Mo} {Y}",
             "{d}-{Mo}-{Y}"]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd"}
W_TEXT_CUTS = ("\u00ad", "\u200b")


def fold(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------- runs of a value
def _rpr(rng) -> str:
    props = [p for p in ("<w:b/>", "<w:i/>", f'<w:color w:val="{rng.choice(["FF0000", "1F4E79", "00B050"])}"/>',
                         '<w:u w:val="single"/>') if rng.random() < 0.4]
    return f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""


def _t(text: str, tag: str = "t") -> str:
    return f'<w:{tag} xml:space="preserve">{escape(text)}</w:{tag}>'


def split_runs(rng, value: str, tag: str = "t", pieces: int | None = None) -> str:
    """The value cut at random places into 2-4 runs of different formatting."""
    n = pieces or rng.randint(2, 4)
    cuts = sorted(rng.sample(range(1, len(value)), min(n - 1, len(value) - 1)))
    bounds = [0, *cuts, len(value)]
    return "".join(f"<w:r>{_rpr(rng)}{_t(value[a:b], tag)}</w:r>" for a, b in zip(bounds, bounds[1:]) if b > a)


def inner_cut_runs(rng, value: str) -> str:
    """An invisible cut inside the value: a soft hyphen or zero-width space character, a w:softHyphen element, or a
    w:noBreakHyphen standing for a hyphen the value has ("Owusu-Ansah", "4-Feb-2020")."""
    kind = rng.choice(["char", "softHyphen", "noBreakHyphen"])
    if kind == "noBreakHyphen" and "-" in value:
        first, _, rest = value.partition("-")
        return f"<w:r>{_t(first)}<w:noBreakHyphen/>{_t(rest)}</w:r>"
    at = rng.randint(1, len(value) - 1)
    if kind == "char":
        return f"<w:r>{_t(value[:at] + rng.choice(W_TEXT_CUTS) + value[at:])}</w:r>"
    return f"<w:r>{_t(value[:at])}<w:softHyphen/>{_t(value[at:])}</w:r>"


def break_runs(rng, value: str) -> tuple[str, bool]:
    """A w:br or w:tab inside the value where a line may wrap (at a space, after a hyphen, a slash, a dot or an
    '@'); in a value with no such place, inside a word. Returns the runs and whether the cut is inside a word."""
    places = [m.end() for m in re.finditer(r"[ \-/.@]", value) if 0 < m.end() < len(value)]
    at = rng.choice(places) if places else rng.randint(1, len(value) - 1)
    left, right = value[:at], value[at:]
    if left.endswith(" "):
        left = left[:-1]
    kind = rng.choice(["br", "tab"])
    if rng.random() < 0.5:
        return f"<w:r>{_t(left)}<w:{kind}/>{_t(right)}</w:r>", not places
    return f"<w:r>{_rpr(rng)}{_t(left)}</w:r><w:r>{_rpr(rng)}<w:{kind}/>{_t(right)}</w:r>", not places


def value_runs(rng, value: str, tag: str = "t") -> str:
    return split_runs(rng, value, tag) if rng.random() < 0.7 else f"<w:r>{_t(value, tag)}</w:r>"


def sentence(rng, value: str, inner: str) -> str:
    before, after = rng.choice(SENTENCES).split("@")
    return f"<w:p><w:r>{_t(before)}</w:r>{inner}<w:r>{_t(after)}</w:r></w:p>"


# ---------------------------------------------------------------------- structures
class Plant:
    def __init__(self, builder: f.DocxBuilder, rng: random.Random):
        self.b, self.rng = builder, rng
        self.body: list[str] = []
        self.headers = 0
        self.notes: dict[str, dict[int, str]] = {"footnote": {}, "endnote": {}}
        self.comments: list[str] = []
        self.core: dict[str, str] = {}
        self.custom: dict[str, str] = {}
        self.images = 0

    def runs(self, v):
        self.body.append(sentence(self.rng, v, split_runs(self.rng, v)))

    def inner_cut(self, v):
        self.body.append(sentence(self.rng, v, inner_cut_runs(self.rng, v)))

    def line_break(self, v):
        runs, in_a_word = break_runs(self.rng, v)
        self.body.append(sentence(self.rng, v, runs))
        return "break_in_word" if in_a_word else None

    def hyperlink(self, v):
        target = f"mailto:{v}" if "@" in v else f"https://example.org/people/{v.replace(' ', '-')}"
        rid = self.b.add_relationship(self.b.main_part, "hyperlink", target, external=True)
        self.body.append(sentence(self.rng, v, f'<w:hyperlink r:id="{rid}" w:tooltip={quoteattr(v)}>'
                                  f"{value_runs(self.rng, v)}</w:hyperlink>"))

    def fld_simple(self, v):
        instr = f' HYPERLINK "mailto:{v}" ' if "@" in v else f' QUOTE "{v}" '
        self.body.append(sentence(self.rng, v, f"<w:fldSimple w:instr={quoteattr(instr)}>"
                                  f"{value_runs(self.rng, v)}</w:fldSimple>"))

    def fld_complex(self, v):
        instr = rng_instr = (f' HYPERLINK "mailto:{v}" ' if "@" in v else
                             self.rng.choice([f' QUOTE "{v}" ', f' MERGEFIELD {v.replace(" ", "_")} ',
                                              f' DOCPROPERTY "{v}" ', f' SET Name "{v}" ']))
        del rng_instr
        cut = self.rng.randint(1, len(instr) - 1)
        instr_runs = (f"<w:r>{_t(instr[:cut], 'instrText')}</w:r><w:r>{_t(instr[cut:], 'instrText')}</w:r>")
        self.body.append(sentence(self.rng, v, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr_runs
                                  + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + value_runs(self.rng, v)
                                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))

    def sdt(self, v):
        tag = f'<w:tag w:val={quoteattr(v)}/>' if self.rng.random() < 0.5 else ""
        alias = f'<w:alias w:val={quoteattr(v)}/>' if self.rng.random() < 0.3 else ""
        self.body.append(sentence(self.rng, v, f"<w:sdt><w:sdtPr>{alias}{tag}</w:sdtPr><w:sdtContent>"
                                  f"{value_runs(self.rng, v)}</w:sdtContent></w:sdt>"))

    def ins(self, v):
        self.body.append(sentence(self.rng, v, f'<w:ins w:id="{self.rng.randint(500, 900)}" w:author="Reviewer" '
                                  f'w:date="{f.REVISION_DATE}">{value_runs(self.rng, v)}</w:ins>'))

    def dele(self, v):
        self.body.append(sentence(self.rng, v, f'<w:del w:id="{self.rng.randint(500, 900)}" w:author="Reviewer" '
                                  f'w:date="{f.REVISION_DATE}">{value_runs(self.rng, v, "delText")}</w:del>'))

    def comment(self, v):
        n = len(self.comments)
        self.comments.append(f'<w:comment w:id="{n}" w:author="Reviewer" w:initials="R">'
                             f"<w:p><w:r>{_t('Check with ')}</w:r>{value_runs(self.rng, v)}</w:p></w:comment>")
        self.body.append(f'<w:p><w:commentRangeStart w:id="{n}"/><w:r>{_t("Agreed by the panel.")}</w:r>'
                         f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r></w:p>')

    def note(self, v):
        kind = self.rng.choice(["footnote", "endnote"])
        n = len(self.notes[kind]) + 1
        self.notes[kind][n] = v
        self.body.append(f'<w:p><w:r>{_t("As the record shows.")}</w:r><w:r><w:rPr><w:rStyle '
                         f'w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{n}"/></w:r></w:p>')

    def header(self, v):
        kind = self.rng.choice(["hdr", "ftr"])
        self.headers += 1
        name = f"word/{'header' if kind == 'hdr' else 'footer'}{self.headers}.xml"
        rid = self.b.add_part(name, f.header_part(sentence(self.rng, v, value_runs(self.rng, v)), kind=kind),
                              f.CT + ("header+xml" if kind == "hdr" else "footer+xml"),
                              rel_type="header" if kind == "hdr" else "footer")
        ref = "headerReference" if kind == "hdr" else "footerReference"
        self.b.section_properties(f'<w:{ref} w:type="default" r:id="{rid}"/>')

    def textbox(self, v):
        self.body.append(f.paragraph(f.run("See the box."), f.text_box(sentence(self.rng, v,
                                                                                 value_runs(self.rng, v)))))

    def table_cell(self, v):
        if " " in v and self.rng.random() < 0.5:
            a, b = v.split(" ", 1)
            merged = self.rng.random() < 0.5
            first = f'<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' if merged else "<w:tc>"
            cells = (f"{first}<w:p>{value_runs(self.rng, a)}</w:p></w:tc>"
                     f"<w:tc><w:p>{value_runs(self.rng, b)}</w:p></w:tc>")
        else:
            cells = (f"<w:tc><w:p><w:r>{_t('Name')}</w:r></w:p></w:tc>"
                     f"<w:tc><w:p>{value_runs(self.rng, v)}</w:p></w:tc>")
        self.body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                         f'<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>')

    def alt_text(self, v):
        self.images += 1
        rid = self.b.add_image(f"word/media/image{self.images}.png")
        which = self.rng.choice(["descr", "title"])
        xml = f.inline_picture(rid, **{which: escape(v, {'"': "&quot;"})})
        self.body.append(f.paragraph(xml))

    def bookmark(self, v):
        name = re.sub(r"\W", "_", v)[:40]
        n = self.rng.randint(10, 99)
        self.body.append(f'<w:p><w:bookmarkStart w:id="{n}" w:name={quoteattr(name)}/><w:r>{_t("Chronology")}'
                         f'</w:r><w:bookmarkEnd w:id="{n}"/></w:p>')

    def core_prop(self, v):
        self.core[self.rng.choice(["title", "subject", "creator", "description", "keywords"])] = v

    def custom_prop(self, v):
        self.custom[self.rng.choice(["Victim", "Contact", "Subject person", "Reviewer note"])
                    + str(len(self.custom))] = v

    def doc_var(self, v):
        root = self.b.xml("word/settings.xml")
        element = next(iter(f._parse_fragment(f'<w:docVars><w:docVar w:name="Victim{self.rng.randint(1, 99)}" '
                                              f'w:val={quoteattr(v)}/></w:docVars>')))
        root.append(element)
        self.b.set_xml("word/settings.xml", root)

    def custom_xml(self, v):
        n = sum(1 for name in self.b.entries if name.startswith("customXml/item")) + 1
        self.b.add_part(f"customXml/item{n}.xml", f"<Case><Reference>DHR</Reference><Contact>{escape(v)}</Contact>"
                        "</Case>", rel_type="customXml", source=self.b.main_part)

    def app_prop(self, v):
        root = self.b.xml("docProps/app.xml")
        namespace = root.nsmap[None]
        name = self.rng.choice(["Company", "Manager"])
        element = root.find(f"{{{namespace}}}{name}")
        if element is None:
            element = etree.SubElement(root, f"{{{namespace}}}{name}")
        element.text = v
        self.b.set_xml("docProps/app.xml", root)

    def form_field(self, v):
        default = f'<w:default w:val={quoteattr(v)}/>' if self.rng.random() < 0.7 else ""
        self.body.append(sentence(self.rng, v, '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name '
                                  'w:val="Text1"/><w:enabled/><w:textInput>' + default + '</w:textInput></w:ffData>'
                                  '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
                                  '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + value_runs(self.rng, v)
                                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))

    def math(self, v):
        cut = self.rng.randint(1, len(v) - 1)
        self.body.append(sentence(self.rng, v, f'<m:oMath><m:r><m:t>{escape(v[:cut])}</m:t></m:r><m:r><m:t>'
                                  f'{escape(v[cut:])}</m:t></m:r></m:oMath>'))

    def vml_textbox(self, v):
        self.body.append(f.paragraph(f.run("See the shape."), '<w:r><w:pict><v:shape id="s1" style="width:90pt">'
                                     f'<v:textbox><w:txbxContent>{sentence(self.rng, v, value_runs(self.rng, v))}'
                                     '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))

    def smart_tag(self, v):
        wrapper = self.rng.choice(["smartTag", "customXml"])
        self.body.append(sentence(self.rng, v, f'<w:{wrapper} w:element="PersonName">{value_runs(self.rng, v)}'
                                  f'</w:{wrapper}>'))

    def straddle(self, v):
        """The value cut in two with the second half in a wrapper of its own (a link, a tracked insertion, a content
        control, a smart tag, a field's result) or with markers between the halves (a bookmark, a comment's range,
        a proofing mark, a tracked deletion of a misspelling the reviewer corrected)."""
        at = self.rng.randint(1, len(v) - 1)
        left, right = v[:at], v[at:]
        kind = self.rng.choice(["hyperlink", "ins", "sdt", "smartTag", "fldSimple", "bookmark", "commentRange",
                                "proofErr", "del", "moveTo"])
        right_runs = value_runs(self.rng, right)
        if kind == "hyperlink":
            rid = self.b.add_relationship(self.b.main_part, "hyperlink", "https://example.org/", external=True)
            middle, right_runs = "", f'<w:hyperlink r:id="{rid}">{right_runs}</w:hyperlink>'
        elif kind in ("ins", "moveTo"):
            middle, right_runs = "", (f'<w:{kind} w:id="{self.rng.randint(500, 900)}" w:author="Reviewer" '
                                      f'w:date="{f.REVISION_DATE}">{right_runs}</w:{kind}>')
        elif kind == "sdt":
            middle, right_runs = "", f"<w:sdt><w:sdtPr/><w:sdtContent>{right_runs}</w:sdtContent></w:sdt>"
        elif kind == "smartTag":
            middle, right_runs = "", f'<w:smartTag w:element="place">{right_runs}</w:smartTag>'
        elif kind == "fldSimple":
            middle, right_runs = "", f'<w:fldSimple w:instr=" MERGEFIELD Surname ">{right_runs}</w:fldSimple>'
        elif kind == "bookmark":
            middle = '<w:bookmarkStart w:id="77" w:name="_Ref1"/><w:bookmarkEnd w:id="77"/>'
        elif kind == "commentRange":
            n = len(self.comments)
            self.comments.append(f'<w:comment w:id="{n}" w:author="Reviewer"><w:p><w:r>{_t("Spelling?")}</w:r>'
                                 f"</w:p></w:comment>")
            middle = f'<w:commentRangeStart w:id="{n}"/>'
            right_runs += f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>'
        elif kind == "proofErr":
            middle = '<w:proofErr w:type="spellStart"/>'
            right_runs += '<w:proofErr w:type="spellEnd"/>'
        else:
            middle = (f'<w:del w:id="{self.rng.randint(500, 900)}" w:author="Reviewer" w:date="{f.REVISION_DATE}">'
                      f'<w:r>{_t(right[::-1][:2] or "x", "delText")}</w:r></w:del>')
        self.body.append(sentence(self.rng, v, value_runs(self.rng, left) + middle + right_runs))
        return f"straddle_{kind}"

    def finish(self) -> bytes:
        body = list(self.body)
        self.rng.shuffle(body)
        filler = [f.paragraph(f.run(s)) for s in self.rng.sample(FILLER, 3)]
        self.b.append_body(*filler[:2], *body, filler[2])
        for kind, notes in self.notes.items():
            if notes:
                xml = f.notes_part(kind, {})
                entries = "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r>'
                                  f"{value_runs(self.rng, text)}</w:p></w:{kind}>" for n, text in notes.items())
                xml = xml.replace(f"</w:{kind}s>", entries + f"</w:{kind}s>")
                self.b.add_part(f"word/{kind}s.xml", xml, f.CT + f"{kind}s+xml", rel_type=f"{kind}s")
        if self.comments:
            self.b.add_part("word/comments.xml", f"<w:comments {f.NSDECL}>{''.join(self.comments)}</w:comments>",
                            f.CT + "comments+xml", rel_type="comments")
        if self.core or self.custom:
            f.set_properties(self.b, core=self.core or None,
                             custom={k: escape(v) for k, v in self.custom.items()} or None)
        return self.b.to_bytes()


STRUCTURES = ["runs", "inner_cut", "line_break", "hyperlink", "fld_simple", "fld_complex", "sdt", "ins", "dele", "comment", "note",
              "header", "textbox", "table_cell", "alt_text", "bookmark", "core_prop", "custom_prop", "doc_var", "custom_xml", "app_prop",
              "form_field", "math", "vml_textbox", "smart_tag", "straddle"]
STRADDLES = [f"straddle_{kind}" for kind in ("hyperlink", "ins", "sdt", "smartTag", "fldSimple", "bookmark",
                                             "commentRange", "proofErr", "del", "moveTo")]


# ---------------------------------------------------------------------- a case
def _date_form(rng, date) -> str:
    d = date.day
    values = dict(d=d, dd=f"{d:02d}", o=ORD.get(d, f"{d}th"), m=date.month, mm=f"{date.month:02d}",
                  M=date.strftime("%B"), Mo=date.strftime("%b"), Y=date.year, y=f"{date.year % 100:02d}")
    return rng.choice(DOD_FORMS).format(**values)


def build(rng, only: str | None = None):
    """(rules mapping, docx bytes, [(value, kind, structure, tells)]) or None when names clash."""
    communities = rng.sample(sorted(COMMUNITIES), 4)
    people = []
    for i, community in enumerate(communities):
        fem, masc, surnames = COMMUNITIES[community]
        people.append((rng.choice(fem if i % 2 == 0 else masc), rng.choice(surnames), "f" if i % 2 == 0 else "m"))
    words = [w for g, s, _ in people for w in (g, s)]
    if len({fold(w) for w in words}) < len(words):
        return None
    dod = datetime.date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    rules = {"version": 1, "review": f"DHR {rng.randint(1, 40)}/{dod.year}",
             "people": [{"name": f"{g} {s}", "pseudonym": p} for (g, s, _), p in zip(people, PSEUDONYMS)],
             "places": [{"name": "Hollinsbury", "pseudonym": "Area A"}],
             "dates": {"date_of_death": dod.isoformat()}, "keep": ["Wealdshire Police"]}
    (g0, s0, _), (g1, _s1, _), (_g2, s2, sex2), (g3, s3, _) = people
    n = rng.randint(100, 999)
    local = re.sub(r"[^a-z]", "", fold(g3)) + "." + re.sub(r"[^a-z]", "", fold(s3))
    plants = [(f"{g0} {s0}", "full name", [g0, s0]), (g1, "given name", [g1]),
              (f"{'Ms' if sex2 == 'f' else 'Mr'} {s2}", "title + surname", [s2]),
              (_date_form(rng, dod), "date of death", None),
              (rng.choice([f"07700 900{n}", f"07700900{n}", f"+44 7700 900{n}"]), "mobile", None),
              (f"{local}{n}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}", "e-mail", None)]
    builder = f.DocxBuilder()
    plant = Plant(builder, rng)
    out = []
    for value, kind, tells in plants:
        structure = only or ("straddle" if rng.random() < 0.3 else rng.choice(STRUCTURES[:-1]))
        structure = getattr(plant, structure)(value) or structure
        out.append((value, kind, structure, tells))
    return rules, plant.finish(), out


# ---------------------------------------------------------------------- the search
def package_texts(path: Path) -> list[tuple[str, str]]:
    """(part, folded text) for every XML part: text joined with nothing, with spaces, and each attribute value."""
    from lxml import etree

    texts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if not (name.endswith(".xml") or name.endswith(".rels")):
                texts.append((name, fold(data.decode("latin-1"))))
                continue
            try:
                root = etree.fromstring(data)
            except etree.XMLSyntaxError:
                texts.append((name, fold(data.decode("utf-8", "replace"))))
                continue
            for element in root.iter(f"{{{f.W_NS}}}noBreakHyphen"):
                element.text = "-"     # Word shows a hyphen there: "Mi-nh" is no longer the name
            nodes = [t for t in root.itertext()]
            attrs = [v for el in root.iter() if isinstance(el.tag, str) for v in el.attrib.values()]
            paragraphs = ["".join(p.itertext()) for p in root.iter(f"{{{f.W_NS}}}p")]
            texts.append((name, fold("\n".join(paragraphs))))
            # and as Word shows it with the tracked changes accepted: a deletion between two halves goes
            for deleted in list(root.iter(f"{{{f.W_NS}}}del", f"{{{f.W_NS}}}moveFrom")):
                if deleted.getparent() is not None and deleted.getparent().tag != f"{{{f.W_NS}}}rPr":
                    deleted.getparent().remove(deleted)
            paragraphs = ["".join(p.itertext()) for p in root.iter(f"{{{f.W_NS}}}p")]
            texts.append((name, fold("\n".join(paragraphs))))
            texts.append((name, fold("".join(nodes))))
            texts.append((name, fold(" ".join(nodes))))
            texts.append((name, fold(" | ".join(attrs))))
    return texts


def _found(value: str, kind: str, tells, texts) -> list[str]:
    if kind in ("full name", "given name", "title + surname"):
        patterns = [rf"(?<![a-z]){re.escape(fold(t))}(?![a-z])" for tell in tells
                    for t in [tell, tell.replace(" ", "_"), tell.replace(" ", "-")]]
        patterns += [rf"(?<![a-z]){re.escape(fold(t).replace(' ', ''))}(?![a-z])" for t in tells if " " in t]
    elif kind == "mobile":
        digits = re.sub(r"\D", "", value)[-10:]
        patterns = [r"[\s\-.()_]*".join(digits)]
    elif kind == "e-mail":
        patterns = [re.escape(fold(value)), re.escape(re.sub(r"\W", "_", fold(value)))]
    else:
        pieces = re.split(r"[\s\-/.,]+", fold(value))
        patterns = [r"(?<![0-9a-z])" + r"[\s_\-/.,]*".join(re.escape(p) for p in pieces) + r"(?![0-9a-z])"]
    hits = []
    for part, text in texts:
        for pattern in patterns:
            m = re.search(pattern, text)
            if m:
                hits.append(f"{part}: ...{text[max(0, m.start() - 40):m.end() + 40]}...")
                break
    return hits


def run(seeds, show: bool, per_seed: int = 3, only: str | None = None):
    from redact.errors import LeakError
    from redact.pipeline import Redactor
    from redact.verify import verify_file

    planted, left, silent, refused, crashed = Counter(), Counter(), Counter(), Counter(), Counter()
    unseen: Counter = Counter()
    examples = defaultdict(list)
    crashes = []
    documents = 0
    folder = Path(tempfile.mkdtemp(prefix="docxfuzz-"))
    for seed in seeds:
        rng = random.Random(seed)
        for i in range(per_seed):
            made = build(rng, only)
            if made is None:
                continue
            rules, data, plants = made
            documents += 1
            src, out = folder / f"d{seed}_{i}.docx", folder / f"d{seed}_{i}.out.docx"
            src.write_bytes(data)
            out.unlink(missing_ok=True)
            source_texts = package_texts(src)
            for value, kind, structure, tells in plants:
                planted[structure] += 1
                if not _found(value, kind, tells, source_texts):   # the search must see it in the draft
                    unseen[structure] += 1
                    examples["HARNESS: not found in the draft"].append(f"{src.name} {value!r} in {structure}")
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    Redactor(rules).redact_file(src, out)
            except LeakError as error:
                for _value, kind, structure, _ in plants:
                    refused[structure] += 1
                examples["REFUSED"].append(f"{src.name}: {str(error)[:300]}")
                continue
            except Exception as error:  # noqa: BLE001 - any other exception is a crash to report
                for _value, kind, structure, _ in plants:
                    crashed[structure] += 1
                crashes.append(f"{src.name}: {type(error).__name__}: {error}\n"
                               + "".join(traceback.format_exc().splitlines(True)[-6:]))
                continue
            texts = package_texts(out)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                verdict = verify_file(out, rules)
            strict = None
            for value, kind, structure, tells in plants:
                hits = _found(value, kind, tells, texts)
                if hits:
                    left[structure] += 1
                    quiet = verdict.ok
                    if kind in ("mobile", "e-mail"):
                        # plain verify looks for listed people and dates; an unlisted contact is --strict's
                        if strict is None:
                            with warnings.catch_warnings():
                                warnings.simplefilter("ignore")
                                strict = verify_file(out, rules, strict=True)
                        quiet = strict.ok
                    silent[structure] += quiet
                    examples[f"{structure}/{kind}"].append(
                        f"{src.name} {value!r}{' (verify SILENT)' if quiet else ''}: {hits[0]}")
    print(f"documents: {documents}; planted values the search cannot see in the draft: {sum(unseen.values())}")
    print(f"{'structure':22} planted  left  silent  refused  crashed")
    for s in [*STRUCTURES[:-1], "break_in_word", *STRADDLES]:
        print(f"{s:22} {planted[s]:7} {left[s]:5} {silent[s]:7} {refused[s]:8} {crashed[s]:8}")
    print(f"{'ALL':22} {sum(planted.values()):7} {sum(left.values()):5} {sum(silent.values()):7} "
          f"{sum(refused.values()):8} {sum(crashed.values()):8}")
    if show:
        for key in sorted(examples):
            for e in examples[key][:8]:
                print(f"  [{key}] {e}")
        for c in crashes[:6]:
            print(f"  [CRASH] {c}")
    return planted, left, silent, refused, crashed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--per-seed", type=int, default=3)
    parser.add_argument("--seeds", type=int, nargs="*")
    parser.add_argument("--only", choices=STRUCTURES, help="every value in this structure")
    args = parser.parse_args(argv)
    run(args.seeds or PARTS[args.part], show=True, per_seed=args.per_seed, only=args.only)


if __name__ == "__main__":
    main()
