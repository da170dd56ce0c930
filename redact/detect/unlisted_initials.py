"""The initials a draft defines for a person the rules do not list: "Tariq Hussain (TH)", "(hereafter G.S.D.)",
"referred to in this report as AvdM", a row "| TH | Tariq Hussain |".

The rules list the victim and the family; the report names many others (a partner's brother, a neighbour) and
calls them by their initials after defining them once. Each found name gets its "Person N"; the initials were found
by other readers, or not at all ("T.H." after "spoke to"), and numbered as a name of their own ("Person 1
(Person 2) rang. Person 2 said no."), or read as a place by the model ("(T.H.)" -> "Place 1"). Here the letters a
document defines for an unlisted name found in it are that person everywhere the document writes them as somebody
(``redact.initials``' spellings and its judgement of a thing: "an OD", "moved from the US"), and carry the name
(``stands_for``) so that the decision gives them the name's number; ``join_forms_of_one_person`` then reads the
defining bracket with the name as one mention ("Person 1 rang. Person 1 said no."), as it does for a listed
person's.

A definition is the letters in a bracket or quotes right after the name, or before a bracket holding it ("TH
(Tariq Hussain)"), in a clause ("Tariq Hussain, referred to in this report as TH,"), in a sentence of their own
about a person ("He is referred to in this report as TH", letters of one name of the document only), or in a cell
beside the name's. Letters that are a word too ("NO" of a Nadia Okafor) are the person only where the sentence makes
them somebody (``ListedInitials.a_person_here``), an acronym ("PR") everywhere but where it is the thing. Letters no
definition names are left to the other readers, and get the number of the one unlisted name of the document they
are the initials of, if there is exactly one ("Sarah Jones visited. SJ said").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..initials import (A_PERSON_WORD, a_range_or_a_thing, initials_key, initials_pattern, is_other_capital_word,
                        named_as_wording, report_acronyms, the_thing_here, written_initials)
from ..normalise import fold_key
from ..variants import split_title

# what the find of the initials is: the decision numbers it by the name it stands for
FORM = "initials of an unlisted name"
_QUOTE = "[\"'‘’“”]?"
_SPACE = r"[ \u00a0]"
# how a definition says what follows is what the person is called
NAMED_AS = "(?:" + named_as_wording(_SPACE) + r"|a\.?k\.?a\.?|also" + _SPACE + r"+known" + _SPACE + r"+as)"
# "Tariq Hussain (TH)", "(hereafter TH)", "('TH')": {} is the initials
# ... or with what the person is after a comma: "Tariq Hussain (TH, her partner)"
_BRACKET_AFTER = (_SPACE + r"*[(\[]" + _SPACE + r"*(?:" + NAMED_AS + _SPACE + r"+)?" + _QUOTE + r"(?P<i>{})\.?"
                  + _QUOTE + r"(?:" + _SPACE + r"*[)\]]|," + _SPACE + r"+[^()\[\]\n,;]{{1,60}}[)\]])")
# "Tariq Hussain, referred to in this report as TH,"
_CLAUSE_AFTER = r"," + _SPACE + r"+" + NAMED_AS + _SPACE + r"+" + _QUOTE + r"(?P<i>{})\.?" + _QUOTE + r"(?![\w])"
# "TH (Tariq Hussain)": the initials with the name in brackets after
_INITIALS_BEFORE = r"(?<![\w.])(?P<i>{})\.?" + _SPACE + r"*[(\[]" + _SPACE + r"*$"
# what comes right after a name a definition follows, or is inside of
_OPENS = re.compile(_SPACE + r"*[(\[,]")
_CLOSES = re.compile(_SPACE + r"*[)\]]")
_CELL_EDGE_BEFORE = re.compile(r"(?:^|\n|\||\t)[^\S\n]*[*_]*$")
_CELL_EDGE_AFTER = re.compile(r"[*_]*[^\S\n]*(?:\||\t|\n|$)")
_CELLS = re.compile(r"[^|\t\n]+")


def unlisted_name_key(name: str) -> str:
    """"Mr Tariq Hussain", "Tariq Hussain's", "TARIQ HUSSAIN" -> one key."""
    words = split_title(re.sub(r"['’]s?$", "", name.strip()))[1]
    return " ".join(fold_key(word) for word in words)


def _a_full_name(finding: Finding) -> bool:
    if finding.entity_type != entities.PERSON or finding.listed_index is not None or finding.source == "rule" \
            or finding.metadata.get("kind") == "family" or finding.metadata.get("initials") \
            or finding.metadata.get("stands_for"):
        return False
    words = split_title(finding.text)[1]
    # (two words of a name at least: "R. Z." are initials, not a name that has them)
    return 2 <= len(words) <= 5 and all(word[:1].isupper() or word.islower() for word in words) \
        and any(word[:1].isupper() for word in words[1:]) \
        and sum(1 for word in words if len(re.sub(r"[\W\d_]", "", word)) >= 2) >= 2


def _spellings(name: str) -> dict[str, dict[str, None]]:
    """The name's initials, each with the regular expressions of its spellings ("TH": "T.H.", "T. H.", "TH")."""
    spellings: dict[str, dict[str, None]] = {}
    for written in written_initials(name):
        spellings.setdefault(written.letters, {})[written.pattern()] = None
    return spellings


def _alternation(spellings: dict[str, dict[str, None]]) -> str:
    return "|".join(pattern for letters in sorted(spellings, key=len, reverse=True) for pattern in spellings[letters])


def _defined_after(text: str, finding: Finding, spellings) -> tuple[str, int] | None:
    """The letters a bracket, a clause or a quote right after the name defines for it, or those right before a
    bracket that holds the name ("TH (Tariq Hussain)"), and where they start."""
    written = _alternation(spellings)
    closes = _CLOSES.match(text, finding.end) is not None
    if not written or not closes and _OPENS.match(text, finding.end) is None:
        return None
    for shape in (_BRACKET_AFTER, _CLAUSE_AFTER):
        found = re.compile(shape.format(written)).match(text, finding.end)
        if found is not None:
            return initials_key(found.group("i")), found.start("i")
    if closes:
        window = max(0, finding.start - 40)
        found = re.compile(_INITIALS_BEFORE.format(written)).search(text[window:finding.start])
        if found is not None:
            return initials_key(found.group("i")), window + found.start("i")
    return None


def _defined_in_a_row(texts: list[str], index: int, finding: Finding, spellings) -> tuple[str, int, int] | None:
    """A table's row of initials and names ("| TH | Tariq Hussain |", "| Tariq Hussain | T.H. |", or the cells as
    texts of their own in a .docx): the name alone in its cell, the initials alone in a cell beside it; the
    letters, and the text and place they stand in."""
    text = texts[index]
    if not _CELL_EDGE_BEFORE.search(text[:finding.start]) or not _CELL_EDGE_AFTER.match(text, finding.end):
        return None
    written = re.compile(r"[*_]*(?:" + _alternation(spellings) + r")\.?[*_]*")
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" in line or "\t" in line:
        for cell in _CELLS.finditer(line):
            if written.fullmatch(cell.group().strip()):
                at = line_start + cell.start() + len(cell.group()) - len(cell.group().lstrip())
                return initials_key(cell.group().strip(" *_")), index, at + len(text[at:]) - len(text[at:].lstrip("*_"))
    if text.strip() == finding.text.strip():
        for other in (index - 1, index + 1):
            neighbour = texts[other] if 0 <= other < len(texts) else ""
            alone = neighbour.strip(" \t|*_:")
            if alone and written.fullmatch(alone):
                return initials_key(alone), other, neighbour.index(alone)
    return None


def initials_of_unlisted_names(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """The findings with the initials each unlisted name of the document was given found wherever the document
    writes them as somebody, each carrying the name (``stands_for``); what other readers found on those letters
    (a place, initials numbered apart) gives way. A listed person's own forms are never taken."""
    texts = [segment.text for segment in segments]
    names: dict[str, str] = {}                            # name key -> the name as first found
    spellings_of: dict[str, dict[str, dict[str, None]]] = {}
    defined: dict[str, str | None] = {}                   # letters -> name key (None: two names define them)
    defining: set[tuple[int, int]] = set()                # (segment, start) of the letters in a definition
    findings = [_without_the_bracket(finding) for finding in findings]
    for finding in findings:
        if not _a_full_name(finding) or not 0 <= finding.segment < len(texts):
            continue
        key = unlisted_name_key(finding.text)
        if not key:
            continue
        names.setdefault(key, re.sub(r"['’]s?$", "", finding.text.strip()))
        spellings = spellings_of.setdefault(key, _spellings(finding.text))
        after = _defined_after(texts[finding.segment], finding, spellings)
        if after is not None:
            defining.add((finding.segment, after[1]))
        row = None if after is not None else _defined_in_a_row(texts, finding.segment, finding, spellings)
        if row is not None:
            defining.add(row[1:])
        letters = after[0] if after is not None else row[0] if row is not None else None
        if letters is not None:
            if defined.get(letters, key) != key:
                defined[letters] = None
            else:
                defined[letters] = key
    for index, start, letters, key in _named_as_in_a_sentence(texts, names, spellings_of):
        if letters not in defined:
            defined[letters] = key
            defining.add((index, start))
    # letters no definition names: the one unlisted name of the document they are the initials of
    owners: dict[str, set[str]] = {}
    for key, spellings in spellings_of.items():
        for letters in spellings:
            owners.setdefault(letters.upper(), set()).add(key)
    out = list(findings)
    for at, finding in enumerate(out):
        if finding.entity_type == entities.PERSON and finding.listed_index is None \
                and not finding.metadata.get("stands_for") and re.fullmatch(r"[A-Z][.\s'’A-Za-z-]{1,10}", finding.text):
            letters = initials_key(re.sub(r"['’]s?$", "", finding.text))
            owner = defined.get(letters)
            if owner is None and letters not in defined and len(owners.get(letters.upper(), ())) == 1 \
                    and letters.upper() == letters:
                owner = next(iter(owners[letters.upper()]))
            if owner is not None and letters.upper() in {written.upper() for written in spellings_of[owner]}:
                out[at] = replace(finding, metadata={**finding.metadata, "stands_for": names[owner], "form": FORM})
    wanted = {letters: key for letters, key in defined.items() if key is not None}
    if not wanted:
        return out
    return _found_everywhere(out, segments, listed, wanted, names, spellings_of, defining)


# the model's find run into the bracket after the name: "Mehmet Boateng [M. B."
_INTO_A_BRACKET = re.compile(_SPACE + r"*[(\[]" + _SPACE + r"*" + _QUOTE + r"[A-Z][A-Za-z.'’ ]{0,12}$")

_OUT_OF_A_BRACKET = re.compile(r"[A-Z](?:[.'’]?" + _SPACE + r"?[A-Za-z]){1,4}\.?" + _SPACE + r"*[(\[]" + _SPACE + r"*"
                               + _QUOTE)


def _without_the_bracket(finding: Finding) -> Finding:
    if finding.entity_type != entities.PERSON or finding.listed_index is not None or finding.source == "rule":
        return finding
    into = _INTO_A_BRACKET.search(finding.text)
    if into is not None and into.start() > 0:
        return replace(finding, end=finding.start + into.start(), text=finding.text[:into.start()])
    out_of = _OUT_OF_A_BRACKET.match(finding.text)   # ... or from the initials before it: "H. F. (Hodan Flanagan"
    if out_of is not None and len(finding.text[out_of.end():].split()) >= 2:
        return replace(finding, start=finding.start + out_of.end(), text=finding.text[out_of.end():])
    return finding


def _named_as_in_a_sentence(texts: list[str], names: dict[str, str], spellings_of):
    """"Her partner was Tariq Hussain. He is referred to in this report as TH.": letters named apart from the name,
    those of one unlisted name of the document only, in a sentence about a person ("she", "her partner", a word of
    that name), never "taken to the Emergency Department (hereafter ED)"."""
    merged: dict[str, dict[str, None]] = {}
    for spellings in spellings_of.values():
        for letters, patterns in spellings.items():
            merged.setdefault(letters, {}).update(patterns)
    if not merged:
        return
    pattern = re.compile(r"(?<![\w])(?i:" + NAMED_AS + ")" + _SPACE + r"*" + _QUOTE + r"(?P<i>" + _alternation(merged)
                         + r")(?![^\W_])")
    for index, text in enumerate(texts):
        if "as" not in text and "hereafter" not in text.lower():
            continue
        for match in pattern.finditer(text):
            letters = initials_key(match.group("i"))
            keys = [key for key, spellings in spellings_of.items() if letters in spellings]
            if len(keys) != 1:
                continue
            own = {fold_key(word) for word in split_title(names[keys[0]])[1]}
            sentence = re.split(r"[.;:!?\n]\s", text[max(0, match.start() - 120):match.start()])[-1]
            words = re.findall(r"[^\W\d_][\w'’-]*", sentence)[-6:]
            if any(A_PERSON_WORD.fullmatch(word) or fold_key(re.sub(r"['’]s?$", "", word)) in own for word in words):
                yield index, match.start("i"), letters, keys[0]


def _found_everywhere(findings: list[Finding], segments: list[Segment], listed, wanted: dict[str, str],
                      names: dict[str, str], spellings_of, defining: set[tuple[int, int]]) -> list[Finding]:
    by_segment: dict[int, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment, []).append(finding)
    spellings = {letters: spellings_of[key][letters] for letters, key in wanted.items() if letters in spellings_of[key]}
    pattern = initials_pattern(spellings, spellings, r"(?<![^\W_]['’])", "")
    if pattern is None:
        return findings
    person_here = getattr(getattr(listed, "initials", None), "a_person_here", None)
    dropped: set[int] = set()
    added: list[Finding] = []
    for index, segment in enumerate(segments):
        if segment.kind not in ("text", "metadata"):
            continue
        text = segment.text
        here = by_segment.get(index, [])
        for match in pattern.finditer(text):
            letters = initials_key(match.group(1))
            key = wanted.get(letters)
            if key is None:
                continue
            start, end = match.start(), _with_the_last_stop(text, match)
            clashes = [f for f in here if f.start < end and start < f.end]
            # as ``ListedInitials`` judges a listed person's defined letters: an acronym ("PR") is the person but
            # where the sentence makes it the thing ("TH Road", "TH-123", "the PR team"); a word, a title or a
            # month ("NO" of a Nadia Okafor) only where the sentence makes it somebody ("NO said", not "Outcome: NO
            # FURTHER ACTION")
            word = is_other_capital_word(letters.upper()) and letters.upper() not in report_acronyms()
            if (index, start) not in defining and (
                    a_range_or_a_thing(text, match) or the_thing_here(text, start, end)
                    or word and not (person_here and person_here(text, start, end))):
                # whatever a reader of letters alone took them for
                dropped.update(id(f) for f in clashes if f.listed_index is None and f.entity_type == entities.PERSON
                               and (f.metadata.get("initials") or f.metadata.get("letter"))
                               and initials_key(re.sub(r"['’]s?$", "", f.text)) == letters)
                continue

            if any(_keeps_its_place(f, start, end) for f in clashes):
                continue
            dropped.update(id(f) for f in clashes)
            added.append(Finding(start, end, text[start:end], entities.PERSON, 0.85, "initials of a name", index,
                                 segment.location, None, {"initials": True, "stands_for": names[key], "form": FORM}))
    kept = [f for f in findings if id(f) not in dropped]
    return sorted(kept + added, key=lambda f: (f.segment, f.start, f.end))


def _with_the_last_stop(text: str, match: re.Match) -> int:
    """Where dotted initials end: with their last full stop where no sentence ends there ("T.H. (her partner)",
    "| T.H. |"), without it where one may ("spoke to T.H. Then", "spoke to T.H.")."""
    end = match.end()
    if "." not in match.group(1) or text[end:end + 1] != ".":
        return end
    if re.match(r"[^\S\n]*[(\[|\t,;:)\]]|[\"'’”]", text[end + 1:end + 8]) or not text[:match.start()].strip(" \t|*_") \
            and not text[end + 1:].strip():
        return end + 1     # (a cell of its own: "T.H.")
    return end


def _keeps_its_place(finding: Finding, start: int, end: int) -> bool:
    """A find over the letters that is more than they are: a listed person's form other than initials, or a
    wider find that holds them ("T.H. Smith"; not "T.H.'s")."""
    if finding.listed_index is not None and finding.source == "rule":
        return finding.metadata.get("form") != "initials"
    return finding.start < start or finding.end > end and not re.fullmatch(r"\.?(?:['’]s?)?", finding.text[end - finding.start:])
