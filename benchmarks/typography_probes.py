"""Probe listed names and the date of death written with the typography real drafts carry.

Drafts are pasted together from agency reports, e-mails, PDFs and phone messages: a name arrives hyphenated over a
line, with invisible characters inside, odd spaces between its words, lookalike letters, in capitals, wrapped in
Markdown or HTML entities. For each form (a function of the listed name or the date) one document per format holds
every listed person written in that form, one per paragraph, and the date of death; we record per person and form

- left: a word of the listed name (or the day/year of the date) readable in the written output of ``apply``
  (read back through a strong skeleton: NFKC, lookalikes mapped, invisibles and line-break hyphens dropped);
- refused: ``apply`` raised LeakError (its verify saw a leak it could not replace; nothing written);
- blind-in: ``verify`` on the INPUT does not report that person (or the date) at all;
- blind-out: a left instance that ``verify`` on the OUTPUT does not report.

Formats: txt, md (markup forms only), docx with the paragraph in one run, docx with each word in its own run, docx
with each character of the name in its own run (alternating bold so Word would not merge them). In a .docx a
line break is a w:br (w:cr for "\\r"), a soft hyphen a w:softHyphen, a non-breaking hyphen a w:noBreakHyphen.

    PYTHONPATH=. python benchmarks/typography_probes.py [--only SUBSTRING] [--formats txt,docx1] [--show]
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

warnings.simplefilter("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from docx_factory import DocxBuilder  # noqa: E402
from redact.errors import LeakError  # noqa: E402
from redact.pipeline import Redactor  # noqa: E402
from redact.rules import parse_rules  # noqa: E402
from redact.verify import verify_file  # noqa: E402

PEOPLE = [  # (listed name, pseudonym): pseudonyms share no word with any name or sentence
    ("Oksana Kovalenko", "Person A"), ("Siobhán Ní Bhriain", "Person B"), ("Nguyễn Thị Lan", "Person C"),
    ("Abdirahman Warsame", "Person D"), ("Łukasz Wiśniewski", "Person E"), ("Chidinma Okafor", "Person F"),
    ("Seán O'Neill", "Person G"), ("Anne-Marie Smith-Jones", "Person H"), ("Gareth Griffiths", "Person J"),
    ("Ayşe Yılmaz", "Person K"), ("Priya Chaudhry", "Person L"), ("Tomasz Kamiński", "Person M"),
]
DATE_OF_DEATH = "2019-11-25"
RULES = {"version": 1, "review": "Typography probe",
         "people": [{"name": n, "pseudonym": p} for n, p in PEOPLE],
         "dates": {"date_of_death": DATE_OF_DEATH}}
SENTENCES = ["On the evening of the assault {x} called the police from a neighbour's flat.",
             "The health visitor recorded that {x} seemed withdrawn and tired.",
             "According to the agency report, {x} had missed two appointments.",
             "msg from sister: {x} says she is ok but scared",
             "The housing officer wrote to {x} about the repairs."]
DATE_SENTENCE = "She died at home on {x} after a long illness."
DATE_TEXT = "25 November 2019"

# Lookalike letters a PDF, a keyboard layout or a spam-styled post puts in a Latin name.
CYRILLIC = dict(zip("AaBCcEeHKMOoPpTXxyi", "АаВСсЕеНКМОоРрТХхуі"))
GREEK = dict(zip("ABEHIKMNOoTXYZv", "ΑΒΕΗΙΚΜΝΟοΤΧΥΖν"))


# ---------------------------------------------------------------------- the forms
def _break_point(word: str) -> int:
    """The middle of the word, moved off a hyphen of its own ("Smith-Jones" is cut inside "Smith")."""
    cut = max(2, len(word) // 2)
    while cut > 1 and "-" in word[cut - 1:cut + 1]:
        cut -= 1
    return cut


def _longest(name: str) -> tuple[int, str]:
    words = name.split(" ")
    index = max(range(len(words)), key=lambda i: len(words[i]))
    return index, words[index]


def in_longest_word(insert: str):
    """The longest word of the name cut in its middle by ``insert``."""
    def form(name):
        index, word = _longest(name)
        cut = _break_point(word)
        words = name.split(" ")
        words[index] = word[:cut] + insert + word[cut:]
        return " ".join(words)
    return form


def between_words(space: str):
    return lambda name: name.replace(" ", space)


def letters(table: dict[str, str], every: bool):
    """One letter of each word (or every letter that has one) swapped for its lookalike."""
    def form(name):
        out, done = [], False
        for char in name:
            if char == " ":
                done = False
            if char in table and (every or not done):
                out.append(table[char])
                done = True
            else:
                out.append(char)
        written = "".join(out)
        return written if written != name else None
    return form


def math_letters(style: str):
    def form(name):
        out = []
        for char in unicodedata.normalize("NFD", name):
            if "a" <= char.lower() <= "z" and char.isascii():
                case = "CAPITAL" if char.isupper() else "SMALL"
                try:
                    out.append(unicodedata.lookup(f"MATHEMATICAL {style} {case} {char.upper()}"))
                    continue
                except KeyError:
                    pass
            out.append(char)
        return unicodedata.normalize("NFC", "".join(out))
    return form


def fullwidth(name):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in name)


def ligatures(name):
    written = name.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")
    return written if written != name else None


def only_if(test, form):
    return lambda name: form(name) if test(name) else None


def apostrophe(char):
    return only_if(lambda n: "'" in n, lambda n: n.replace("'", char))


def dash(char):
    return only_if(lambda n: "-" in n, lambda n: n.replace("-", char))


def particle_case(name):
    """Particles written without their accent or apostrophe, as a phone message or a form field has them."""
    written = name.replace("Ní ", "Ni ").replace("O'", "O ").replace("Thị", "Thi")
    return written if written != name else None


def turkish_caps(name):
    written = name.replace("i", "İ").upper()
    return written if "İ" in written else None


def dotless(name):
    written = name.replace("i", "ı")
    return written if written != name else None


def markdown_first_bold(name):
    first, _, rest = name.partition(" ")
    return f"**{first}** {rest}"


def markdown_last_italic(name):
    rest, _, last = name.rpartition(" ")
    return f"{rest} _{last}_"


def markdown_inner_bold(name):
    index, word = _longest(name)
    cut = _break_point(word)
    words = name.split(" ")
    words[index] = f"**{word[:cut]}**{word[cut:]}"
    return " ".join(words)


def entity_numeric_first(name):
    return f"&#{ord(name[0])};{name[1:]}"


def entity_hex_accents(name):
    written = "".join(f"&#x{ord(c):X};" if not c.isascii() else c for c in name)
    return written if written != name else None


def entity_named_accents(name):
    written = html.escape(name, quote=True)
    written = "".join(f"&{_named(c)};" if _named(c) else c for c in written)
    return written if written != html.escape(name, quote=True) else None


def _named(char):
    for entity, value in html.entities.html5.items():
        if value == char and entity.endswith(";") and entity[0].isalpha():
            return entity[:-1]
    return None


import html.entities  # noqa: E402

NAME_FORMS = {
    # class: line breaks
    "break: hyphen + LF": in_longest_word("-\n"),
    "break: hyphen + CRLF": in_longest_word("-\r\n"),
    "break: soft hyphen U+00AD": in_longest_word("\u00ad"),
    "break: soft hyphen + LF": in_longest_word("\u00ad\n"),
    "break: not sign (PDF) ¬": in_longest_word("\u00ac"),
    "break: not sign + LF": in_longest_word("\u00ac\n"),
    "break: hyphen + LF + indent": in_longest_word("-\n   "),
    "break: LF between words": between_words("\n"),
    "break: CRLF between words": between_words("\r\n"),
    "break: CR between words": between_words("\r"),
    "break: U+2028 line separator": between_words("\u2028"),
    # class: invisible characters inside a word
    **{f"invisible: U+{ord(c):04X} in word": in_longest_word(c)
       for c in "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                "\ufe0f\ufe00\u034f\u2061\u2063\u180e\u00ad"},
    "invisible: VS17 U+E0100 in word": in_longest_word("\U000E0100"),
    "invisible: tag char U+E0041 in word": in_longest_word("\U000E0041"),
    "invisible: RLE..PDF around name": lambda n: f"\u202b{n}\u202c",
    "invisible: RLI..PDI around name": lambda n: f"\u2067{n}\u2069",
    "invisible: ZWSP between words": between_words(" \u200b"),
    "invisible: ZWSP instead of space": between_words("\u200b"),
    # class: spaces between the words
    **{f"space: U+{ord(c):04X} between": between_words(c)
       for c in "\u00a0\u202f\u2009\u200a\u2007\u3000\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u1680\t\u000b\u000c"},
    "space: several spaces": between_words("   "),
    "space: space + tab": between_words(" \t"),
    # class: lookalike letters
    "lookalike: one Cyrillic letter a word": letters(CYRILLIC, every=False),
    "lookalike: every Cyrillic lookalike": letters(CYRILLIC, every=True),
    "lookalike: one Greek letter a word": letters(GREEK, every=False),
    "lookalike: fullwidth Latin": fullwidth,
    "lookalike: math bold": math_letters("BOLD"),
    "lookalike: math italic": math_letters("ITALIC"),
    "lookalike: math sans-serif bold": math_letters("SANS-SERIF BOLD"),
    "lookalike: math script": math_letters("SCRIPT"),
    "lookalike: math monospace": math_letters("MONOSPACE"),
    "lookalike: ligatures ff/fi/fl/ffi": ligatures,
    "lookalike: NFD accents": lambda n: unicodedata.normalize("NFD", n) if unicodedata.normalize("NFD", n) != n
    else None,
    "lookalike: accents dropped": lambda n: ("".join(c for c in unicodedata.normalize("NFD", n)
                                                     if not unicodedata.combining(c)) or None)
    if not n.isascii() else None,
    "lookalike: dotless ı for i": dotless,
    "lookalike: Turkish İ in capitals": turkish_caps,
    **{f"apostrophe: U+{ord(c):04X}": apostrophe(c)
       for c in "\u2019\u02bc\u0060\u00b4\u2032\u2018\u02b9\uff07\u02bb"},
    "apostrophe: none (ONeill)": apostrophe(""),
    **{f"dash: U+{ord(c):04X}": dash(c) for c in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d\u2043"},
    "dash: spaced hyphen": dash(" - "),
    "dash: hyphen + LF": dash("-\n"),
    # class: case
    "case: ALL CAPS": str.upper,
    "case: lower": str.lower,
    "case: particles plain": particle_case,
    "case: caps surname": lambda n: " ".join(w if i < len(n.split()) - 1 else w.upper()
                                             for i, w in enumerate(n.split())),
    # class: markup carried by .md/.txt
    "markup: **first** rest": markdown_first_bold,
    "markup: rest _last_": markdown_last_italic,
    "markup: **whole**": lambda n: f"**{n}**",
    "markup: *whole*": lambda n: f"*{n}*",
    "markup: __whole__": lambda n: f"__{n}__",
    "markup: **Kova**lenko": markdown_inner_bold,
    "markup: link text": lambda n: f"[{n}](https://example.org/profile)",
    "markup: `code`": lambda n: f"`{n}`",
    "markup: <b>first</b> rest": lambda n: "<b>{}</b> {}".format(*n.split(" ", 1)),
    "markup: &nbsp; between": lambda n: n.replace(" ", "&nbsp;"),
    "markup: &#160; between": lambda n: n.replace(" ", "&#160;"),
    "markup: &#39; apostrophe": apostrophe("&#39;"),
    "markup: &rsquo; apostrophe": apostrophe("&rsquo;"),
    "markup: &apos; apostrophe": apostrophe("&apos;"),
    "markup: &#x2011; dash": dash("&#x2011;"),
    "markup: &shy; in word": in_longest_word("&shy;"),
    "markup: &#79; first letter": entity_numeric_first,
    "markup: &#x..; accents": entity_hex_accents,
    "markup: &named; accents": entity_named_accents,
    "markup: escaped O\\'Neill": apostrophe("\\'"),
    "markup: escaped Smith\\-Jones": dash("\\-"),
}


def _digits(text: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


DATE_FORMS = {
    "date: plain": "25 November 2019",
    "date: NBSP": "25\u00a0November\u00a02019",
    "date: narrow NBSP": "25\u202fNovember\u202f2019",
    "date: thin space": "25\u2009November\u20092019",
    "date: ideographic space": "25\u3000November\u30002019",
    "date: LF inside": "25 November\n2019",
    "date: CRLF inside": "25\r\nNovember 2019",
    "date: soft hyphen in month": "25 Novem\u00adber 2019",
    "date: hyphen+LF in month": "25 Novem-\nber 2019",
    "date: ZWSP in day": "2\u200b5 November 2019",
    "date: ZWSP in month": "25 Nov\u200bember 2019",
    "date: 25/11/2019": "25/11/2019",
    "date: U+2044 fraction slash": "25\u204411\u20442019",
    "date: U+2215 division slash": "25\u221511\u22152019",
    "date: fullwidth slash": "25\uff0f11\uff0f2019",
    "date: fullwidth digits": _digits("25/11/2019", "\uff10"),
    "date: fullwidth digits + slashes": _digits("25\uff0f11\uff0f2019", "\uff10"),
    "date: Arabic-Indic digits": _digits("25/11/2019", "\u0660"),
    "date: Persian digits": _digits("25/11/2019", "\u06f0"),
    "date: Devanagari digits": _digits("25/11/2019", "\u0966"),
    "date: math bold digits": _digits("25/11/2019", "\U0001d7ce"),
    "date: U+2010 hyphens": "25\u201011\u20102019",
    "date: en dashes": "25\u201311\u20132019",
    "date: U+2212 minus": "25\u221211\u22122019",
    "date: dots": "25.11.2019",
    "date: ISO": "2019-11-25",
    "date: superscript th": "25\u1d57\u02b0 November 2019",
    "date: <sup>th</sup>": "25<sup>th</sup> November 2019",
    "date: &nbsp;": "25&nbsp;November&nbsp;2019",
    "date: NOV caps": "25 NOVEMBER 2019",
    "date: Cyrillic о in November": "25 Nоvember 2019",
    "date: fullwidth words": fullwidth("25 November 2019"),
    "date: spaced slashes": "25 / 11 / 2019",
    "date: **bold**": "**25 November 2019**",
    "date: tab inside": "25\tNovember\t2019",
}

NAME_WORDS = {}   # person -> skeleton words that must not survive


# ---------------------------------------------------------------------- reading back
_INVISIBLE_CATEGORIES = {"Cf", "Mn", "Me"}
_REVERSE_LOOKALIKES = {v: k for table in (CYRILLIC, GREEK) for k, v in table.items()}


def skeleton(text: str, join: bool = True) -> str:
    """What a reader sees: entities decoded, line-break hyphens joined, lookalikes read as Latin, no accents."""
    text = html.unescape(text)
    if join:
        text = re.sub(r"[-\u00ac\u2010\u2011]\s*[\r\n\u2028]\s*", "", text)
        text = text.replace("\u00ac", "")
    text = unicodedata.normalize("NFKC", text)
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES or 0xFE00 <= ord(char) <= 0xFE0F \
                or 0xE0000 <= ord(char) <= 0xE01EF:
            continue
        char = _REVERSE_LOOKALIKES.get(char, char)
        out.append({"ı": "i", "ł": "l", "Ł": "L"}.get(char, char))
    text = "".join(out).casefold()
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def words_of(text: str, join: bool = True) -> set[str]:
    return set(re.findall(r"[^\W_]+", skeleton(text, join)))


SENTENCE_WORDS = words_of(" ".join(SENTENCES + [DATE_SENTENCE] + [p for _, p in PEOPLE]))


def part_left(text: str, who: str) -> bool:
    """A piece of a name word (4 letters or more) left beside a replacement: "Person 1-\\nlenko"."""
    pieces = {w.lstrip("0123456789") for w in words_of(text, join=False)}
    return any(len(piece) >= 4 and piece not in SENTENCE_WORDS and piece in word
               for piece in pieces for word in NAME_WORDS[who])


for _name, _ in PEOPLE:
    NAME_WORDS[_name] = {w for w in words_of(_name) if len(w) >= 3}


def date_left(text: str) -> bool:
    folded = skeleton(text)
    return bool(re.search(r"(?<!\d)(25|2019)(?!\d)|november|\bnov\b|(?<!\d)11(?!\d)", folded))


# ---------------------------------------------------------------------- documents
def paragraphs_for(form_name: str, form) -> list[tuple[str, str, str, str]]:
    """(who, before, written, after) for every person the form applies to."""
    out = []
    for index, (name, _) in enumerate(PEOPLE):
        written = form(name)
        if written is None:
            continue
        sentence = SENTENCES[index % len(SENTENCES)]
        before, _, after = sentence.partition("{x}")
        out.append((name, before, written, after))
    return out


def write_txt(paragraphs, path: Path) -> Path:
    text = "\n\n".join(before + written + after for _, before, written, after in paragraphs) + "\n"
    path.write_bytes(text.encode("utf-8"))
    return path


_TAG_OF = {"\n": "<w:br/>", "\r\n": "<w:br/>", "\r": "<w:cr/>", "\u2028": "<w:br/>", "\t": "<w:tab/>"}


def _run_xml(text: str, bold: bool = False) -> str:
    """One w:r: line breaks as w:br / w:cr, tabs as w:tab, a soft hyphen as w:softHyphen, the rest in w:t."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = []
    for piece in re.split(r"(\r\n|\n|\r|\u2028|\t|\u00ad)", text):
        if not piece:
            continue
        if piece in _TAG_OF:
            parts.append(_TAG_OF[piece])
        elif piece == "\u00ad":
            parts.append("<w:softHyphen/>")
        else:
            safe = "".join(c for c in piece if c not in "\x0b\x0c")   # not allowed in XML 1.0
            parts.append(f'<w:t xml:space="preserve">{escape(safe)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def write_docx(paragraphs, path: Path, split: str) -> Path:
    body = []
    for _, before, written, after in paragraphs:
        if split == "one run":
            runs = [_run_xml(before + written + after)]
        elif split == "word runs":
            pieces = [p for p in re.split(r"( )", written) if p]
            runs = [_run_xml(before)] + [_run_xml(p, bold=i % 2 == 1) for i, p in enumerate(pieces)] + \
                [_run_xml(after)]
        else:   # a run for every character
            runs = [_run_xml(before)] + [_run_xml(c, bold=i % 2 == 1) for i, c in enumerate(_graphemes(written))] \
                + [_run_xml(after)]
        body.append(f"<w:p>{''.join(runs)}</w:p>")
    return DocxBuilder().append_body(*body).build(path)


def _graphemes(text: str) -> list[str]:
    """Characters, with "\\r\\n" kept as one break."""
    return re.findall(r"\r\n|.", text, flags=re.S)


def docx_paragraph_texts(path: Path) -> list[str]:
    import docx
    return [p.text for p in docx.Document(str(path)).paragraphs]


FORMATS = {"txt": ("txt", None), "md": ("md", None), "docx1": ("docx", "one run"),
           "docxW": ("docx", "word runs"), "docxC": ("docx", "character runs")}


def build(fmt: str, paragraphs, folder: Path, stem: str) -> Path:
    suffix, split = FORMATS[fmt]
    path = folder / f"{stem}.{suffix}"
    if suffix == "docx":
        return write_docx(paragraphs, path, split)
    return write_txt(paragraphs, path)


def output_text(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n\n".join(docx_paragraph_texts(path))
    return path.read_text(encoding="utf-8")


def reported(verdict, who: str) -> bool:
    if who == "date":
        return any(leak.kind == "date_of_death" for leak in verdict.leaks)
    pseudonym = dict(PEOPLE)[who]
    return any(leak.value == f"listed as '{pseudonym}'" for leak in verdict.leaks)


def left_in(text: str, who: str) -> bool:
    return date_left(text) if who == "date" else bool(NAME_WORDS[who] & words_of(text))


def run_form(redactor, rules, fmt, form_name, paragraphs, folder: Path, show: bool):
    src = build(fmt, paragraphs, folder, "in")
    dst = folder / f"out{src.suffix}"
    dst.unlink(missing_ok=True)
    verdict_in = verify_file(src, rules)
    refused = False
    try:
        redactor.redact_file(src, dst, force=True)
    except LeakError:
        refused = True
    out_text = None if refused else output_text(dst)
    verdict_out = None if refused else verify_file(dst, rules)
    results = []
    for who, *_ in paragraphs:
        left = (not refused) and left_in(out_text, who)
        part = (not refused) and who != "date" and not left and part_left(out_text, who)
        result = {"left": left, "part": part, "refused": refused, "blind_in": not reported(verdict_in, who),
                  "blind_out": left and not reported(verdict_out, who)}
        results.append((who, result))
        if show and (left or result["blind_in"] or refused):
            flags = " ".join(k for k, v in result.items() if v)
            print(f"    [{fmt} {form_name}] {who}: {flags}")
    if show and out_text and any(r["left"] for _, r in results):
        print("      output:", repr(out_text[:600]))
    return results


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="", help="forms whose label contains this")
    parser.add_argument("--formats", default="txt,docx1,docxW,docxC")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    rules = parse_rules(RULES)
    redactor = Redactor(rules)
    formats = args.formats.split(",")
    forms = [(label, paragraphs_for(label, form)) for label, form in NAME_FORMS.items()]
    forms += [(label, [("date", "", written, "")]) for label, written in DATE_FORMS.items()]
    forms = [(label, [(who, before or (DATE_SENTENCE.split("{x}")[0] if who == "date" else before), written,
                       after or (DATE_SENTENCE.split("{x}")[1] if who == "date" else after))
                      for who, before, written, after in paragraphs])
             for label, paragraphs in forms if args.only in label and paragraphs]
    totals = defaultdict(lambda: defaultdict(int))
    print(f"{'form':44} {'fmt':6} {'n':>3} {'left':>5} {'part':>5} {'refused':>7} {'blind-in':>8} {'blind-out':>9}")
    with tempfile.TemporaryDirectory(prefix="typography-") as folder:
        for label, paragraphs in forms:
            for fmt in formats:
                if fmt == "md" and not label.startswith("markup"):
                    continue
                results = run_form(redactor, rules, fmt, label, paragraphs, Path(folder), args.show)
                counts = {k: sum(r[k] for _, r in results) for k in ("left", "part", "refused", "blind_in", "blind_out")}
                klass = label.split(":")[0]
                totals[klass]["n"] += len(results)
                for key, value in counts.items():
                    totals[klass][key] += value
                if any(counts.values()) or args.show:
                    print(f"{label:44} {fmt:6} {len(results):>3} {counts['left']:>5} {counts['part']:>5} {counts['refused']:>7} "
                          f"{counts['blind_in']:>8} {counts['blind_out']:>9}")
    print()
    print(f"{'class':12} {'n':>5} {'left':>5} {'part':>5} {'refused':>7} {'blind-in':>8} {'blind-out':>9}")
    for klass, t in totals.items():
        print(f"{klass:12} {t['n']:>5} {t['left']:>5} {t['part']:>5} {t['refused']:>7} {t['blind_in']:>8} {t['blind_out']:>9}")


if __name__ == "__main__":
    main()
