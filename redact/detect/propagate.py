"""Document-level propagation: a person found once is covered everywhere in the document.

Once "Carol Hennessy" is found in one paragraph, every capitalised "Carol Hennessy", "Hennessy" and
"Carol" elsewhere is the same person, even where the model missed it. Words that the document also
uses as ordinary lower-case words, titles, and listed or kept terms are not propagated.
"""
from __future__ import annotations

import re

import regex

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..nearby import nothing_after, nothing_before
from ..name_or_word import COLOURS, TIME_WORDS, is_ordinary_word
from ..data.tables import stop_words
from ..normalise import fold_key
from ..variants import NAME_TITLES
from .filters import month_in_a_date
from .phrases import PhraseAutomaton
from .spans import SpanIndex
from .recognizers.known_names import (CAPITAL_PARTICLES, PARTICLES, RELATION_WORDS, STRONG, SUFFIXES, UNKNOWN, WEAK,
                                      WORD, name_key, name_lexicon, word_kind)
from .recognizers.people import LETTER_WORDS, letter_stands_alone

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLES = {fold_key(t) for title in NAME_TITLES for t in title.split()}
MIN_SCORE = 0.5


def _name_words(text: str) -> list[str]:
    return [w.rstrip("'’") for w in _WORD.findall(text)
            if w[:1].isupper() and fold_key(w.rstrip(".")) not in _TITLES and (len(w) >= 3 or _short_name(w))
            and not w.endswith(("'s", "’s"))]


def _short_name(word: str) -> bool:
    """A two-letter surname or given name ("Lê", "Li", "Wu", "Vũ"): looked for elsewhere too, where it may be in
    capitals or without its marks ("LÊ William (LE)"); not a particle, a suffix or a function word ("De", "Jr",
    "Do"), unless its marks say it is no such word ("Lê" is no "Le", "Đỗ" no "Do")."""
    if len(word) != 2 or not (word[:1].isupper() and word[1:].islower()) or name_key(word) not in name_lexicon():
        return False
    if name_key(word) != word.lower():
        return True
    return not (word.lower() in PARTICLES or word in CAPITAL_PARTICLES or word in SUFFIXES
                or word.lower() in stop_words() or word.lower() in {"st", "mt"})


def propagate_people(findings: list[Finding], segments: list[Segment], filters, listed) -> list[Finding]:
    lowered = {w for s in segments if s.kind == "text" for w in _WORD.findall(s.text) if w.islower()}
    in_rows = relatives_in_table_rows(segments, filters, listed)
    findings = findings + in_rows
    seeds: dict[str, str] = {}
    ambiguous: set[str] = set()  # also ordinary words here ("Comfort"/"comfort"): only where used as a name
    spelled: dict[str, set[str]] = {}  # function words' keys -> the names' own spellings
    # a word the document itself gives a person ("her sister May", "known as Will"): where a sentence leaves it
    # unsure ("May | Declined", "MAY'S VOICE"), it is that person, as verify would read it
    stated: set[str] = set()
    for finding in findings:
        if finding.entity_type != entities.PERSON or finding.source in ("rule", "person-field") \
                or finding.score < MIN_SCORE or finding.metadata.get("whole_value"):
            continue
        words = _name_words(finding.text)
        if not words:
            continue
        if len(words) > 1 or not listed.is_listed_word(fold_key(words[0])):
            # a listed word ("May" listed as a sister) is the listed recogniser's, judged name or word there
            seeds.setdefault(" ".join(words), finding.text)
            if len(words) == 1 and fold_key(words[0]) in COLOURS | TIME_WORDS:
                # the model's "JUNE" in a date in capitals ("14 JUNE 2023") is judged where it is found again:
                # "in June 2020" is the month
                ambiguous.add(fold_key(words[0]))
        for word in words:
            key = fold_key(word)
            if listed.is_listed_word(key) or filters.is_kept(word) or word.isupper():
                continue
            seeds.setdefault(word, finding.text)
            if finding.source in _STATED_BY_THE_DOCUMENT:
                stated.add(key)
            if (key in lowered and not a_name_in_small_letters(word)) or key in COLOURS or key in TIME_WORDS:
                # a colour or a month is the word in capitals too ("the Red, Amber, Green rating", "May 2019")
                ambiguous.add(key)
            if key in stop_words():
                # "Thế" (a Vietnamese given name) folds to "the": only its own spelling, used as a name
                ambiguous.add(key)
                spelled.setdefault(key, set()).add(word)
    if not seeds:
        return in_rows
    automaton = PhraseAutomaton((phrase, origin) for phrase, origin in seeds.items())
    candidates = []
    confirmed: set[str] = set()  # ambiguous words the document itself uses as a name somewhere ("Rose said")
    for index, segment in enumerate(segments):
        if segment.kind not in ("text", "metadata"):
            continue
        protected = None   # looked for on the first match only: most segments have none
        for match in automaton.find(segment.text):
            surface = segment.text[match.start:match.end]
            if not surface[:1].isupper():
                # "abrehet pls", "tell kidane im sorry": a found name written in small letters, in a message or a
                # note, where its words are no words of English nor of the sentence's own language
                if surface.islower() and all(a_name_in_small_letters(w) for w in surface.split()) \
                        and not in_another_language(segment.text, match.start, match.end):
                    protected = SpanIndex.of(filters.protected_spans(segment.text)) if protected is None else protected
                    if not protected.covering(match.start, match.end):
                        candidates.append((index, segment, match, surface, fold_key(surface), None, False))
                continue
            key = fold_key(surface)
            if key in spelled and surface.casefold() not in {w.casefold() for w in spelled[key]}:
                continue  # "The" is no "Thế"; "MAY'S VOICE" is May
            if month_in_a_date(Finding(match.start, match.end, surface, entities.PERSON, 0.7, "propagation", index,
                                       segment.location), segment.text):
                continue  # "Jun Li" named elsewhere: "a letter of Jun 3" is a date's month
            protected = SpanIndex.of(filters.protected_spans(segment.text)) if protected is None else protected
            if protected.covering(match.start, match.end):
                continue
            judgement = listed.judge(segment.text, match.start, match.end) if key in ambiguous else None
            bare = _alone_in_text(segment.text, match.start, match.end)
            if judgement is not None and judgement.replaced_by_apply and not bare:
                confirmed.add(key)
            candidates.append((index, segment, match, surface, key, judgement, bare))
    out = list(in_rows)
    for index, segment, match, surface, key, judgement, bare in candidates:
        if judgement is not None and not judgement.replaced_by_apply:
            # where the sentence leaves it unsure, a word the document states or uses as a name elsewhere is
            # that person: a bare table cell ("Rose", "May | Declined") as much as a heading in capitals
            sure_elsewhere = key in stated or (bare and key in confirmed)
            if not (sure_elsewhere and judgement.reported_by_verify):
                continue
        if bare and _among_ordinary_cells(segments, index, key, seeds):
            continue
        out.append(Finding(match.start, match.end, surface, entities.PERSON, 0.7, "propagation", index,
                           segment.location, None, {"propagated_from": match.payload}))
    return out


def a_name_in_small_letters(word: str) -> bool:
    """Is ``word`` (a found person's name word) still a name when written in small letters: no English word a report
    or a message writes so ("will", "rose", "grace", "mark", "bill", "may", "sunny", "hope", "amber"), no function
    word, no name part that is a word too, and long enough not to be a syllable of any text ("Li", "An")?"""
    key = fold_key(word)
    if len(key) < 3 or key in stop_words() or is_ordinary_word(key) or key in TIME_WORDS or key in COLOURS:
        return False
    return word_kind(word[:1].upper() + word[1:].lower()) not in (WEAK, WORD)


# what a message writes in small letters that is English though no dictionary word: "pls", "im", "ur", "tmrw"
_TEXT_SPEAK = frozenset("pls plz im ur u r ok k x xx xxx tmrw tmr txt msg cos coz cuz wanna gonna lol omg thx ty "
                        "hun bby babe wer wen wat dont cant wont didnt isnt ive id ill youre thats whats".split())
_CLAUSE_EDGE = re.compile(r"[.!?;:\n\"“”«»()\[\]|]")
_SMALL_WORD = regex.compile(r"(?<![\p{L}\p{N}_'’-])\p{Ll}[\p{Ll}\p{M}'’]*")
_CLAUSE_REACH = 100


def in_another_language(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` in a clause whose other small-letter words are mostly no English ("hiç umut yok",
    "mẹ mua hoa cho con", "selam nay gofta")? There a word in small letters may be a word of that language that is
    the found name too (Umut is "hope", Hoa "flower"): it stays. A message in English or its text speak ("abrehet
    pls", "tell kidane im sorry") is no such clause."""
    from ..data.tables import english_words

    first = max(0, start - _CLAUSE_REACH)
    first = max((m.end() for m in _CLAUSE_EDGE.finditer(text, first, start)), default=first)
    stop = _CLAUSE_EDGE.search(text, end, end + _CLAUSE_REACH)
    last = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    others = [w.group().rstrip("'’") for part in (text[first:start], text[end:last])
              for w in _SMALL_WORD.finditer(part) if len(w.group()) >= 2]
    if not others:
        return False
    # (wordfreq's English counts the short words of many languages, "mua", "cho": only its longer words count)
    # (a word with marks English never writes, "mẹ", "hiç", is no English word its bare letters spell)
    foreign = [w for w in others if fold_key(w) != w.replace("’", "'") or not (
        len(w) >= 4 and w in english_words() or is_ordinary_word(w)
        or w.replace("'", "").replace("’", "") in _TEXT_SPEAK or w in stop_words())]
    return 2 * len(foreign) > len(others)


_STATED_BY_THE_DOCUMENT = frozenset({"RelativeNameRecognizer", "IntroducedNameRecognizer", "table row"})
_CELL_EDGE = " \t\"'“”‘’()[]«».,:;!?*•-–—"


def _alone_in_text(text: str, start: int, end: int) -> bool:
    """The word is all its text says: a table cell, a heading, a list item of one name."""
    return nothing_before(text, start, _CELL_EDGE) and nothing_after(text, end, _CELL_EDGE)


# Cells near a bare one that are the same kind of ordinary word: a RAG column ("Red", "Amber"), a column of months
_WORD_CLASSES = (COLOURS, TIME_WORDS)
_NEARBY_CELLS = 8


def _among_ordinary_cells(segments: list[Segment], index: int, key: str, names: dict[str, str]) -> bool:
    """Whether a bare colour or time word sits among short cells that open with another word of its kind that
    the document does not give anyone ("Amber" beside "Green – complete", "May" under "April"): a column of
    ratings or of months, not a person."""
    classes = [words for words in _WORD_CLASSES if key in words]
    if not classes:
        return False
    named = {fold_key(n) for n in names}
    seen = 0
    for step in (-1, 1):
        position, seen = index + step, 0
        while 0 <= position < len(segments) and seen < _NEARBY_CELLS:
            segment = segments[position]
            position += step
            if segment.kind != "text":
                continue
            seen += 1
            words = _WORD.findall(segment.text)
            if not words or len(words) > 6:
                continue
            first = fold_key(words[0])
            if first != key and first not in named and any(first in c for c in classes):
                return True
    return False


# A cell that names a relation ("sister", "Victim's mother", "Half-brother (deceased)", "friend of the victim")
_RELATION_CELL = regex.compile(
    r"^\s*(?:(?:her|his|their|the)\s+|[\p{L}'’-]+['’]s?\s+)?"
    r"(?:(?:older|younger|elder|eldest|former|late|paternal|maternal|adult|birth|biological)\s+)?"
    r"(?P<relation>[\p{L}-]+?)s?(?:\s+(?:of|to)\s+(?:the\s+)?[\p{L}'’ -]{1,30})?\s*(?:\([^)]{0,30}\))?[\s.:]*$",
    regex.IGNORECASE)
_NAME_CELL = regex.compile(r"^\s*(?P<name>\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})"
                           r"\s*(?:\([^)]{0,30}\))?[\s.]*$")
_TABLE_RELATIONS = RELATION_WORDS | {"victim", "perpetrator"}
_PLACEHOLDER_CELLS = {"unknown", "name", "names", "withheld", "redacted", "none", "deceased", "not", "known"}


def _relation_cell(text: str) -> bool:
    m = _RELATION_CELL.match(text)
    return m is not None and m.group("relation").lower() in _TABLE_RELATIONS


def relatives_in_table_rows(segments: list[Segment], filters, listed) -> list[Finding]:
    """A name in a cell of its own, with the relation in the next cell ("Rose | sister", "May | mother"): a
    family table written one text per cell, where no sentence says the word is a name. A word that is also an
    ordinary word ("Rose", "Will") is a person there; its uses as a name elsewhere follow (propagation)."""
    texts = [(i, s) for i, s in enumerate(segments) if s.kind == "text" and s.text.strip()]
    out = []
    for (index, segment), (_, following) in zip(texts, texts[1:]):
        m = _NAME_CELL.match(segment.text)
        if not m or not _relation_cell(following.text):
            continue
        words = m.group("name").split()
        keys = [fold_key(w) for w in words]
        if any(k in _TABLE_RELATIONS or k in _PLACEHOLDER_CELLS or k in _TITLES or listed.is_listed_word(k)
               or filters.is_kept(w) for k, w in zip(keys, words)) or filters.is_kept(m.group("name")):
            continue
        if not any(name_key(w) in name_lexicon() or word_kind(w) in (STRONG, UNKNOWN) for w in words):
            continue
        start, end = m.span("name")
        if any(a <= start and end <= b for a, b in filters.protected_spans(segment.text)):
            continue
        out.append(Finding(start, end, m.group("name"), entities.PERSON, 0.9, "table row", index,
                           segment.location, None, {"relation": following.text.strip()}))
    return out



def propagate_values(findings: list[Finding], segments: list[Segment], filters) -> list[Finding]:
    """A street found in an address ("14 Larch Close") is an address wherever the document names it; a
    business found as an employer is that business wherever it is named."""
    streets = {f.metadata["street"]: (entities.ADDRESS, f.text) for f in findings
               if f.entity_type == entities.ADDRESS and f.metadata.get("street")}
    streets.update({f.text: (entities.LOCAL_BUSINESS, f.text) for f in findings
                    if f.entity_type == entities.LOCAL_BUSINESS and f.source != "propagation"})
    if not streets:
        return []
    automaton = PhraseAutomaton((street, origin) for street, origin in streets.items())
    out = []
    for index, segment in enumerate(segments):
        protected = None   # looked for on the first match only: most segments have none
        for match in automaton.find(segment.text):
            surface = segment.text[match.start:match.end]
            if not surface[:1].isupper():
                continue
            if month_in_a_date(Finding(match.start, match.end, surface, entities.PERSON, 0.7, "propagation", index,
                                       segment.location), segment.text):
                continue  # "Jun Li" named elsewhere: "a letter of Jun 3" is a date's month
            protected = SpanIndex.of(filters.protected_spans(segment.text)) if protected is None else protected
            if protected.covering(match.start, match.end):
                continue
            entity_type, origin = match.payload
            out.append(Finding(match.start, match.end, surface, entity_type, 0.7, "propagation", index,
                               segment.location, None, {"propagated_from": origin}))
    return out


_LONE_CAPITALS = re.compile(r"(?<![\w])[A-Z]{1,3}(?![\w])")


def propagate_letters(findings: list[Finding], segments: list[Segment], filters) -> list[Finding]:
    """A person named by one letter ("Mr B", "counsel H.") or by defined initials ("his brother, AM", "Tariq
    Hussain (TH)") is that letter wherever it stands alone in the document ("B. was under investigation", "J’s
    impartiality", "AM made a statement"), with its full stop when it has one."""
    origins: dict[str, str] = {}
    for finding in findings:
        letter = finding.metadata.get("letter")
        if finding.entity_type == entities.PERSON and letter and letter not in LETTER_WORDS:
            origins.setdefault(letter, finding.text)
    if not origins:
        return []
    out = []
    for index, segment in enumerate(segments):
        if segment.kind not in ("text", "metadata"):
            continue
        text = segment.text
        protected = None
        for match in _LONE_CAPITALS.finditer(text):
            letter = match.group()
            if letter not in origins or not letter_stands_alone(text, match.start(), match.end()):
                continue
            protected = SpanIndex.of(filters.protected_spans(text)) if protected is None else protected
            if protected.overlapping(match.start(), match.start() + 1):
                continue
            end = match.end() + (len(letter) == 1 and text[match.end():match.end() + 1] == ".")
            out.append(Finding(match.start(), end, text[match.start():end], entities.PERSON, 0.6, "propagation",
                               index, segment.location, None,
                               {"propagated_from": origins[letter], "letter": letter}))
    return out


# Two places joined in a route or a list: "from Thornworth to Sedgemere", "Caldmere via Mirpur", "in Leeds or
# Harrowdale". The model often finds one of the two, and no gazetteer holds a village or a town abroad.
_ROUTE_JOINT = r"(?:to|via|and|or|then|into|through|towards?|from)"
_PLACE_WORDS = r"\p{Lu}[\p{L}'’-]*\p{Ll}(?:[ -]\p{Lu}[\p{L}'’-]*\p{Ll}){0,2}"
_PLACE_AFTER = regex.compile(rf"[ \t]+{_ROUTE_JOINT}[ \t]+(?P<name>{_PLACE_WORDS})(?![\w'’-])")
_PLACE_BEFORE = regex.compile(rf"(?<![\w])(?:from|to|in|into|between|via|through|near|towards?)[ \t]+"
                              rf"(?P<name>{_PLACE_WORDS})[ \t]+{_ROUTE_JOINT}[ \t]+$")
_PLACE_SLOT = regex.compile(r"(?<![\w])(?:from|to|in|into|between|via|through|near|towards?|at)[ \t]+$")
_ROUTE_ONLY = regex.compile(r"[ \t]+(?:via|through|then)[ \t]")
_TOWN_AFTER_ADDRESS = regex.compile(rf",[ \t]*(?P<name>{_PLACE_WORDS})(?=[ \t]*(?:[,.;:)\n]|$|[ \t]+\p{{Lu}}{{1,2}}\d)"
                                    rf"|[ \t]+(?:at|in|on|and|from|to|until|for)[ \t])")


def places_along_routes(findings: list[Finding], segments: list[Segment], filters) -> list[Finding]:
    """The other end of a route or list that starts or ends at a found place is a place too: "moved from Thornworth
    to Sedgemere" with "Thornworth" found; so is the town a found street address ends with ("14 Larch Close,
    Sedgemere, SE1 4AB"). The found place must stand where a place stands ("from", "in", "via"
    before it) unless the joint itself is a route word ("via", "through"); the other end must be capitalised
    words none of which a report writes in lower case ("Social Care", "Police" and "Hope" are not taken), not on
    the keep list, and either found as nothing yet or only guessed by the model as a person, an organisation or a
    date without a number ("from Mirpur" as DATE): that guess becomes the place."""
    from ..name_or_word import is_ordinary_word
    from ..variants import likely_gender

    by_span: dict[tuple[int, int, int], list[int]] = {}
    for position, finding in enumerate(findings):
        by_span.setdefault((finding.segment, finding.start, finding.end), []).append(position)
    taken: dict[int, SpanIndex[tuple[int, int]]] = {}
    for finding in findings:
        taken.setdefault(finding.segment, SpanIndex()).add(finding.start, finding.end, (finding.start, finding.end))
    out = list(findings)
    seeds = [f for f in findings if f.entity_type in (entities.LOCATION, entities.ADDRESS)]
    protected: dict[int, SpanIndex[tuple[int, int]]] = {}
    for _ in range(3):      # a route of several legs: "from A via B to C"
        found = []
        for seed in seeds:
            text = segments[seed.segment].text
            candidates = []
            if seed.entity_type == entities.ADDRESS:
                # the town an address ends with: "14 Larch Close, Sedgemere, SE1 4AB"
                town = _TOWN_AFTER_ADDRESS.match(text, seed.end)
                if town:
                    candidates.append((town.start("name"), town.end("name")))
            else:
                in_a_slot = bool(_PLACE_SLOT.search(text, max(0, seed.start - 12), seed.start))
                after = _PLACE_AFTER.match(text, seed.end)
                if after and (in_a_slot or _ROUTE_ONLY.match(text, seed.end)):
                    candidates.append((after.start("name"), after.end("name")))
                before = _PLACE_BEFORE.search(text, max(0, seed.start - 80), seed.start)
                if before:
                    candidates.append((before.start("name"), before.end("name")))
            for start, end in candidates:
                name = text[start:end]
                if any(is_ordinary_word(word) for word in regex.split(r"[ -]", name)):
                    continue
                if seed.segment not in protected:
                    protected[seed.segment] = SpanIndex.of(filters.protected_spans(text))
                if protected[seed.segment].overlapping(start, end):
                    continue
                after_an_address = seed.entity_type == entities.ADDRESS
                if after_an_address and " " not in name and likely_gender(name) is not None:
                    continue   # "at 14 Larch Close, Mary and her son": a name after the address, not its town
                guesses = by_span.get((seed.segment, start, end), [])
                overlapping = taken.setdefault(seed.segment, SpanIndex()).overlapping(start, end)
                if overlapping and not (guesses and len(overlapping) == len(guesses) and all(
                        _only_a_guess(out[i]) and not (after_an_address and out[i].entity_type == entities.PERSON)
                        for i in guesses)):
                    continue
                place = Finding(start, end, name, entities.LOCATION, 0.7, "route", seed.segment, seed.location,
                                None, {"joined_to": seed.text})
                for i in guesses:
                    out[i] = Finding(start, end, name, entities.LOCATION, out[i].score, out[i].source,
                                     out[i].segment, out[i].location, None,
                                     {**out[i].metadata, "retyped": "a place joined to a place"})
                if not guesses:
                    out.append(place)
                    taken[seed.segment].add(start, end, (start, end))
                found.append(place)
        if not found:
            break
        seeds = found
    return out


# Sources that find a place from what the sentence says of it (lives in, grew up in, the route it is on)
_PLACES_FROM_THE_SENTENCE = frozenset({"PlaceContextRecognizer", "WorldPlaceRecognizer", "LocalityRecognizer",
                                       "route"})


def propagate_places(findings: list[Finding], segments: list[Segment], filters) -> list[Finding]:
    """A place the document places someone in ("moved to Thornworth"), or that an organisation named after it
    reveals ("Eastshire Police"), is that place wherever the document names it ("Thornworth's housing office", where
    the model saw an organisation and the sentence says nothing of a place; "Eastshire ICB").
    Mentions found as nothing are added; the model's guesses of a person, organisation or wordless date on exactly
    that text become the place; anything else found there stands."""
    places = {f.text: f.text for f in findings
              if f.entity_type == entities.LOCATION and f.source in _PLACES_FROM_THE_SENTENCE and f.text[:1].isupper()}
    # the place an organisation named after it reveals ("Eastshire Police" -> "Eastshire"): the same place in
    # "Eastshire ICB", which no recogniser of organisations knows, is no less that place
    from ..name_or_word import is_ordinary_word

    for f in findings:
        place = f.metadata.get("place") if f.entity_type == entities.PLACE_ORGANIZATION else None
        if isinstance(place, str) and place[:1].isupper() and not all(is_ordinary_word(w) for w in place.split()):
            places.setdefault(place, place)
    if not places:
        return findings
    automaton = PhraseAutomaton(places.items())
    by_span: dict[tuple[int, int, int], list[int]] = {}
    taken: dict[int, SpanIndex[tuple[int, int]]] = {}
    # the model's organisations that are kept ("Eastshire Carers Centre"): a place inside one is still the place
    kept_organisations: dict[int, SpanIndex[tuple[int, int]]] = {}
    for position, finding in enumerate(findings):
        by_span.setdefault((finding.segment, finding.start, finding.end), []).append(position)
        spans = kept_organisations if finding.entity_type == entities.ORGANIZATION \
            and finding.source == "SpacyRecognizer" else taken
        spans.setdefault(finding.segment, SpanIndex()).add(finding.start, finding.end, (finding.start, finding.end))
    out = list(findings)
    for index, segment in enumerate(segments):
        if segment.kind not in ("text", "metadata"):
            continue
        matches = automaton.find(segment.text)
        if not matches:
            continue
        protected = SpanIndex.of(filters.protected_spans(segment.text))
        for match in matches:
            start, end = match.start, match.end
            surface = segment.text[start:end]
            if not surface[:1].isupper() or protected.overlapping(start, end):
                continue
            guesses = [i for i in by_span.get((index, start, end), [])
                       if not (out[i].entity_type == entities.ORGANIZATION and out[i].source == "SpacyRecognizer")]
            overlapping = taken[index].overlapping(start, end) if index in taken else []
            if index in kept_organisations and any(not (a <= start and end <= b)
                                                   for a, b in kept_organisations[index].overlapping(start, end)):
                continue   # an organisation that only overlaps the name is another reading of the words
            if not overlapping:
                out.append(Finding(start, end, surface, entities.LOCATION, 0.7, "propagation", index,
                                   segment.location, None, {"propagated_from": match.payload}))
                taken.setdefault(index, SpanIndex()).add(start, end, (start, end))
            elif guesses and len(overlapping) == len(guesses) and all(_only_a_guess(out[i]) for i in guesses):
                for i in guesses:
                    out[i] = Finding(start, end, surface, entities.LOCATION, out[i].score, out[i].source, index,
                                     out[i].location, None, {**out[i].metadata,
                                                             "retyped": "a place the document places someone in"})
    return out


def _only_a_guess(finding: Finding) -> bool:
    """The model's person, organisation or wordless date, which a place's context outweighs (never a listed or
    evidenced name)."""
    if finding.listed_index is not None or finding.source not in ("SpacyRecognizer", "KnownNameRecognizer"):
        return False
    if finding.entity_type == entities.PERSON:   # the model's, or name parts known to Faker ("Sedgemere")
        return finding.score <= 0.85
    if finding.source != "SpacyRecognizer":
        return False
    if finding.entity_type == entities.ORGANIZATION:
        return finding.score <= 0.85
    return finding.entity_type == entities.DATE_TIME and not any(c.isdigit() for c in finding.text) \
        and not any(fold_key(word) in _DATE_WORDS for word in finding.text.split())


_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "christmas", "easter", "today", "yesterday", "tomorrow"})
