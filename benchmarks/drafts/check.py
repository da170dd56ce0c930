"""Checks of one redacted output against a generated case's truth: leaks, must-keep loss, mapping errors.

Independent of ``redact``: the output is read here (every XML part of a .docx unzipped, its paragraphs, its other
text and its attribute values), names are folded for case and diacritics here, dates are read back by
``dateforms.find_dates``. A listed name that is also an ordinary word ("Amber", "May", "Will") is a leak only in a
capitalised form outside the must-keep phrases that use the word ("the Red, Amber, Green rating").
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import dateforms
from .generate import ascii_spelling, fold

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "di", "sgt", "mx"}


# ---------------------------------------------------------------------------------------------- reading
def _paragraph_texts(root) -> list[str]:
    """The text of each w:p, its own runs only (a text box's paragraphs are their own entries)."""
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for node in p.iter(W + "t", W + "delText", W + "instrText"):
            owner = next(a for a in node.iterancestors(W + "p"))
            if owner is p:
                parts.append(node.text or "")
        out.append("".join(parts))
    return out


def read_parts(path: Path) -> dict[str, list[str]]:
    """Every part of the output as a list of text pieces: paragraphs, then every other text and attribute."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        return {"text": path.read_text(encoding="utf-8").split("\n")}
    parts: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            try:
                root = etree.fromstring(data)
            except etree.XMLSyntaxError:
                parts[name] = [data.decode("utf-8", "replace")]
                continue
            pieces = _paragraph_texts(root)
            for element in root.iter():
                if not isinstance(element.tag, str):
                    continue
                if element.tag.startswith(W) and element.tag[len(W):] in ("t", "delText", "instrText"):
                    continue
                if element.text and element.text.strip():
                    pieces.append(element.text)
                pieces.extend(v for v in element.attrib.values() if v.strip())
            parts[name] = pieces
    return parts


VISIBLE_PARTS = re.compile(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$")


def paragraphs(path: Path) -> dict[str, list[str]]:
    """Visible paragraphs per part (the body of a .txt file is one part, its lines)."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        return {"text": path.read_text(encoding="utf-8").split("\n")}
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if VISIBLE_PARTS.match(name):
                out[name] = _paragraph_texts(etree.fromstring(archive.read(name)))
    return out


# ---------------------------------------------------------------------------------------------- matching
def _fold_map(text: str) -> tuple[str, Sequence[int]]:
    if text.isascii():  # most parts (styles, settings, relationships): lower case is the whole fold
        return text.replace("’", "'").lower(), range(len(text))
    out, index = [], []
    for i, c in enumerate(text):
        f = fold(c)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _pattern(value: str) -> re.Pattern:
    words = [re.escape(w) for w in value.split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])")


_FOLD_CACHE: dict[str, tuple[str, Sequence[int]]] = {}


def _spans(text: str, value: str, *, folded: bool) -> list[tuple[int, int]]:
    if folded:
        if text not in _FOLD_CACHE:
            if len(_FOLD_CACHE) > 64:
                _FOLD_CACHE.clear()
            _FOLD_CACHE[text] = _fold_map(text)
        ftext, index = _FOLD_CACHE[text]
        return [(index[m.start()], index[m.end() - 1] + 1) for m in _pattern(fold(value)).finditer(ftext)]
    return [m.span() for m in _pattern(value).finditer(text)]


def _inside(span, spans) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _keep_spans(text: str, must_keep: list[str], extra: Sequence[str] = ()) -> list[tuple[int, int]]:
    spans = []
    for value in [*must_keep, *extra]:
        spans.extend(_spans(text, value, folded=False))
    return spans


def _common_forms(value: str) -> list[str]:
    forms = {value, value.upper(), ascii_spelling(value), ascii_spelling(value).upper()}
    return sorted(forms, key=len, reverse=True)


@dataclass
class Leak:
    kind: str       # listed | date_of_death | date_of_birth
    klass: str      # first name, surname, dots_2y, ...
    part: str
    text: str
    context: str


@dataclass
class Result:
    leaks: list[Leak] = field(default_factory=list)
    keep_total: int = 0
    keep_lost: int = 0
    lost: list[str] = field(default_factory=list)
    lost_kinds: dict[str, int] = field(default_factory=dict)  # must-keep occurrences lost, per kind of item
    expected: int = 0
    missing_pseudonym: list[str] = field(default_factory=list)
    wrong_pseudonym: list[str] = field(default_factory=list)
    misaligned_parts: list[str] = field(default_factory=list)
    unlisted_left: list[str] = field(default_factory=list)  # unlisted people the default policy replaces


def _context(text: str, a: int, b: int) -> str:
    return text[max(0, a - 40):b + 40].replace("\n", " ")


def listed_leaks(parts: dict[str, list[str]], truth: dict) -> list[Leak]:
    must_keep = [k["text"] for k in truth["must_keep"]]
    values = sorted(truth["listed_values"], key=lambda v: len(v["text"]), reverse=True)
    places = [{"text": p["name"], "class": "place", "common_word": False} for p in truth["places"]]
    values = sorted(values + places, key=lambda v: len(v["text"]), reverse=True)
    leaks = []
    for part, pieces in parts.items():
        for piece in ["\n".join(pieces)]:  # one text per part: styles.xml alone has thousands of pieces
            exempt = _keep_spans(piece, must_keep, truth.get("other_people", []))
            taken: list[tuple[int, int]] = []
            for value in values:
                if value["common_word"]:
                    spans = [s for form in _common_forms(value["text"]) for s in _spans(piece, form, folded=False)]
                else:
                    spans = _spans(piece, value["text"], folded=True)
                for span in spans:
                    if _inside(span, exempt) or any(span[0] < b and a < span[1] for a, b in taken):
                        continue
                    taken.append(span)
                    leaks.append(Leak("listed", value["class"], part, piece[span[0]:span[1]],
                                      _context(piece, *span)))
            leaks += _inside_tokens(part, piece, values, taken)
    return leaks


_TOKEN = re.compile(r"[^\s<>()\"“”]*[@/_][^\s<>()\"“”]*")


def _inside_tokens(part: str, text: str, values: list[dict], taken) -> list[Leak]:
    """A listed name inside an e-mail address, a link or a file name ("kowalska87@", "Kowalska_statement.pdf")."""
    leaks = []
    for m in _TOKEN.finditer(text):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        token = fold(m.group()).replace(" ", "")
        for value in values:
            words = [w for w in re.split(r"[\s'-]+", fold(value["text"])) if len(w) >= 4]
            if not value["common_word"] and words and all(w in token for w in words):
                leaks.append(Leak("listed", "inside an e-mail, link or file name", part, m.group(),
                                  _context(text, m.start(), m.end())))
                break
    return leaks


def _date_class(piece: str, start: int, end: int, date: dt.date, pattern: str) -> str:
    """The generator's form id of the written date around the span (the longest one that covers it)."""
    rendered = sorted(((dateforms.render(date, f), f) for f in dateforms.FORMS), key=lambda x: -len(x[0]))
    for text, form in rendered:
        for m in re.finditer(re.escape(text), piece):
            if m.start() <= start and end <= m.end():
                return form
    return f"other ({pattern})"


def date_leaks(parts: dict[str, list[str]], truth: dict) -> list[Leak]:
    must_keep = [k["text"] for k in truth["must_keep"]]
    death = dt.date.fromisoformat(truth["date_of_death"])
    birth = dt.date.fromisoformat(truth["date_of_birth"])
    leaks = []
    for part, pieces in parts.items():
        for piece in ["\n".join(pieces)]:
            exempt = _keep_spans(piece, must_keep)
            for start, end, day, month, year, pattern in dateforms.find_dates(piece):
                if _inside((start, end), exempt):
                    continue
                for kind, date, bare in (("date_of_death", death, True), ("date_of_birth", birth, False)):
                    if dateforms.is_protected(day, month, year, date, bare_day_counts=bare):
                        leaks.append(Leak(kind, _date_class(piece, start, end, date, pattern), part, piece[start:end],
                                          _context(piece, start, end)))
                        break
    return leaks


def keep_loss(source: Path, output: Path, truth: dict, result: Result) -> None:
    before = "\n".join(t for ps in paragraphs(source).values() for t in ps)
    after = "\n".join(t for ps in paragraphs(output).values() for t in ps)
    for item in truth["must_keep"]:
        n_in = len(_spans(before, item["text"], folded=False))
        n_out = len(_spans(after, item["text"], folded=False))
        result.keep_total += n_in
        if n_out < n_in:
            result.keep_lost += n_in - n_out
            result.lost.append(f"{item['text']} ({item['kind']})")
            result.lost_kinds[item["kind"]] = result.lost_kinds.get(item["kind"], 0) + n_in - n_out


def _person_forms(x: dict) -> list[str]:
    forms = {x["name"], f'{x["given"]} {x["family"]}', x["given"], x["family"], *x["name"].split()}
    if x["nickname"]:
        forms.add(x["nickname"])
    return sorted(forms, key=len, reverse=True)


def _count(paragraph: str, forms: list[str], common: set[str], exempt) -> int:
    """Non-overlapping mentions by any of ``forms`` (longest first); common-word forms only capitalised."""
    taken: list[tuple[int, int]] = []
    for form in forms:
        hits = ([s for f in _common_forms(form) for s in _spans(paragraph, f, folded=False)] if form in common
                else _spans(paragraph, form, folded=True))
        for h in hits:
            if not _inside(h, exempt) and not any(h[0] < b and a < h[1] for a, b in taken):
                taken.append(h)
    return len(taken)


def _protected_date_spans(paragraph: str, truth: dict) -> list[tuple[int, int]]:
    dates = [dt.date.fromisoformat(truth["date_of_death"]), dt.date.fromisoformat(truth["date_of_birth"])]
    return [(start, end) for start, end, day, month, year, _ in dateforms.find_dates(paragraph)
            if any(dateforms.is_protected(day, month, year, date, bare_day_counts=True) for date in dates)]


def _mentions(paragraph: str, truth: dict) -> tuple[set[str], dict[str, int]]:
    """(people named unambiguously, count of mentions in any form per person) in a paragraph of the draft."""
    for other in truth.get("other_people", []):  # "PC Joanne Smith" is not Joanne Pryor
        paragraph = paragraph.replace(other, " ")
    # a listed given name that is a month ("May") inside the date of death or birth goes with the date: no mention
    exempt = _keep_spans(paragraph, [k["text"] for k in truth["must_keep"]]) + _protected_date_spans(paragraph, truth)
    people = truth["people"]
    given_count: dict[str, int] = {}
    for x in people:
        given_count[fold(x["given"])] = given_count.get(fold(x["given"]), 0) + 1
    sure, counts = set(), {}
    for x in people:
        strong = [x["name"], f'{x["given"]} {x["family"]}']
        if x["nickname"]:
            strong.append(x["nickname"])
        if given_count[fold(x["given"])] == 1:
            strong.append(x["given"])
        common = {x["given"], x["nickname"]} if x["common_word"] else set()
        if _count(paragraph, strong, common, exempt):
            sure.add(x["key"])
        # "the Cheungs" names the family, each listed Cheung among them: a replacement may name the family by one
        # of them ("Olive's family"), so the plural counts as a mention when pseudonyms are counted
        family_plurals = [f'{x["family"]}s', f'{x["family"]}es']
        counts[x["key"]] = _count(paragraph, _person_forms(x), common, exempt) + \
            _count(paragraph, family_plurals, set(), exempt)
    return sure, counts


def _aligned(before: list[str], after: list[str], part: str, result: Result):
    """Pairs of draft and output paragraphs; where a redaction joined or split lines, the blocks around it that
    still have the same number of paragraphs are paired and the rest is reported as misaligned."""
    if len(before) == len(after):
        yield from zip(before, after)
        return
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and a2 - a1 == b2 - b1):
            yield from zip(before[a1:a2], after[b1:b2])
        elif op != "insert" or b2 > b1:
            result.misaligned_parts.append(f"{part} paragraphs {a1 + 1}-{a2}")


def mapping(source: Path, output: Path, truth: dict, result: Result) -> None:
    """Pseudonyms where the draft names a listed person; never more of them than the draft has mentions."""
    before, after = paragraphs(source), paragraphs(output)
    pseudonym = {x["key"]: x["pseudonym"] for x in truth["people"]}
    for part, paras in before.items():
        out = after.get(part)
        if out is None:
            result.misaligned_parts.append(part)
            continue
        for draft, redacted in _aligned(paras, out, part, result):
            sure, counts = _mentions(draft, truth)
            for key in sure:
                if _spans(draft, pseudonym[key], folded=True):
                    continue
                result.expected += 1
                if not _spans(redacted, pseudonym[key], folded=True):
                    result.missing_pseudonym.append(f"{part}: {pseudonym[key]} for {key}: {redacted[:120]}")
            for key, pseudo in pseudonym.items():
                allowed = counts[key] + len(_spans(draft, pseudo, folded=True))
                if len(_spans(redacted, pseudo, folded=True)) > allowed:
                    result.wrong_pseudonym.append(f"{part}: {pseudo} ({key}) in: {redacted[:120]}")


def check(source: Path, output: Path, truth: dict) -> Result:
    result = Result()
    parts = read_parts(output)
    result.leaks = listed_leaks(parts, truth) + date_leaks(parts, truth)
    keep_loss(source, output, truth, result)
    mapping(source, output, truth, result)
    body = "\n".join(t for ps in paragraphs(output).values() for t in ps)
    for name in truth.get("other_people", []):
        result.unlisted_left += [name] * len(_spans(body, name, folded=True))
    return result


def check_draft(source: Path, truth: dict) -> Result:
    """The checks run on the draft itself: every listed value and protected date it holds is a 'leak'."""
    return check(source, source, truth)
