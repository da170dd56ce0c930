"""Document-level propagation: a person found once is covered everywhere in the document.

Once "Carol Hennessy" is found in one paragraph, every capitalised "Carol Hennessy", "Hennessy" and
"Carol" elsewhere is the same person, even where the model missed it. Words that the document also
uses as ordinary lower-case words, titles, and listed or kept terms are not propagated.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..normalise import fold_key
from ..variants import NAME_TITLES
from .phrases import PhraseAutomaton
from .recognizers.people import LETTER_WORDS, letter_stands_alone

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLES = {fold_key(t) for title in NAME_TITLES for t in title.split()}
MIN_SCORE = 0.5


def _name_words(text: str) -> list[str]:
    return [w.rstrip("'’") for w in _WORD.findall(text)
            if w[:1].isupper() and fold_key(w.rstrip(".")) not in _TITLES and len(w) >= 3
            and not w.endswith(("'s", "’s"))]


def propagate_people(findings: list[Finding], segments: list[Segment], filters, listed) -> list[Finding]:
    lowered = {w for s in segments if s.kind == "text" for w in _WORD.findall(s.text) if w.islower()}
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
        for word in words:
            key = fold_key(word)
            if listed.is_listed_word(key) or filters.is_kept(word) or word.isupper():
                continue
            seeds.setdefault(word, finding.text)
            if finding.source in _STATED_BY_THE_DOCUMENT:
                stated.add(key)
            if key in lowered:
                ambiguous.add(key)
            if key in _function_words():
                # "Thế" (a Vietnamese given name) folds to "the": only its own spelling, used as a name
                ambiguous.add(key)
                spelled.setdefault(key, set()).add(word)
    if not seeds:
        return []
    automaton = PhraseAutomaton((phrase, origin) for phrase, origin in seeds.items())
    out = []
    for index, segment in enumerate(segments):
        if segment.kind not in ("text", "metadata"):
            continue
        protected = filters.protected_spans(segment.text)
        for match in automaton.find(segment.text):
            surface = segment.text[match.start:match.end]
            if not surface[:1].isupper():
                continue
            if fold_key(surface) in spelled and surface.casefold() not in {w.casefold() for w in
                                                                             spelled[fold_key(surface)]}:
                continue  # "The" is no "Thế"; "MAY'S VOICE" is May
            if fold_key(surface) in ambiguous:
                judgement = listed.judge(segment.text, match.start, match.end)
                if not (judgement.reported_by_verify if fold_key(surface) in stated else judgement.replaced_by_apply):
                    continue
            if any(a <= match.start and match.end <= b for a, b in protected):
                continue
            out.append(Finding(match.start, match.end, surface, entities.PERSON, 0.7, "propagation", index,
                               segment.location, None, {"propagated_from": match.payload}))
    return out


_STATED_BY_THE_DOCUMENT = frozenset({"RelativeNameRecognizer", "IntroducedNameRecognizer"})


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


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
        protected = filters.protected_spans(segment.text)
        for match in automaton.find(segment.text):
            surface = segment.text[match.start:match.end]
            if not surface[:1].isupper() or any(a <= match.start and match.end <= b for a, b in protected):
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
            protected = filters.protected_spans(text) if protected is None else protected
            if any(a <= match.start() < b for a, b in protected):
                continue
            end = match.end() + (len(letter) == 1 and text[match.end():match.end() + 1] == ".")
            out.append(Finding(match.start(), end, text[match.start():end], entities.PERSON, 0.6, "propagation",
                               index, segment.location, None,
                               {"propagated_from": origins[letter], "letter": letter}))
    return out
