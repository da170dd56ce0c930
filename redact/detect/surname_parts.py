"""The parts of a listed person's surname the rules did not write: the particles before it and a second surname
after it.

Authors list people as they think of them ("Ana Silva", "José García", "Mariana Carmo"), and the draft writes the
name as the person's papers do: "Ana da Silva", "Ms Do Carmo", "José García Fernández", "Mr García Martínez". The
listed surname was found and replaced alone, leaving the particle beside the pseudonym ("Ruth da Ruth", "Do Ben")
or the second surname read by the model as a stranger ("Victim Person 1"). A particle typed before a listed
surname, and one capitalised name word written right after a listed name that ends with the surname (an
Iberian second surname), are part of that person's mention.

Particles are nameparser's surname prefixes that stand apart from the surname (its lists are what
``redact.variants`` reads surnames with), less the ones that are ordinary saints' or place words ("St", "San").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..nearby import ending_at
from ..normalise import fold_key
from ..lazy_patterns import lazy

# the forms whose last word is the listed surname (a second surname may follow them)
_ENDING_IN_THE_SURNAME = ("surname", "title+surname", "first+surname", "full", "full(middle)", "initial+surname",
                          "initials+surname", "alias-surname", "title+alias-surname")
# particles that are ordinary English words: taken only after a capitalised word ("Hendrik van Dijk", "Mr do
# Carmo") or written with a capital ("Van Dijk"): "the van Dijk drove" keeps its van
_ENGLISH_PARTICLES = frozenset({"do", "van", "la", "le", "den", "ten", "al", "el", "op", "te", "bar", "het", "af",
                                "av", "aan", "zu", "bat", "bon", "dal", "dem"})
# the particles that are the surname's when written with a capital too ("Ms Do Carmo", "Van Dijk", "De Sousa"); the
# others are given names as well ("Abu", "Del", "Al", the Chinese "Bin" and "Di", the Vietnamese "Le"), and before a
# listed surname name somebody of the family ("Abu Awan", her uncle, replaced whole as a relative)
CAPITAL_PARTICLES = frozenset({"da", "das", "de", "do", "dos", "van", "von", "der", "den", "ter", "della", "degli",
                               "delle", "vom", "zu", "vande", "vander"})
# prefixes of nameparser's list that are no surname particle here: saints' and place words, Welsh and Gaelic
# patronymics kept by ``variants`` as a surname's own word
_NOT_PARTICLES = frozenset({"st", "ste", "san", "santa", "mac", "mc", "vel", "ua", "ni", "o", "tho", "thoe"})


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """The folded surname particles written as a word of their own ("da", "van", "bin", "von", "dos", "ter")."""
    from nameparser.config import Constants

    words = {fold_key(p) for p in Constants().prefixes if p.isalpha() and not p.endswith("-")}
    return frozenset(words - _NOT_PARTICLES | {"bint", "binti", "abu", "al", "el", "ap", "ab", "ferch"})


_PARTICLE_RUN = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+[ \t]+)+)$")
_NEXT_WORD = re.compile(r"[ \t]+((?:[^\W\d_]+[ \t]+){0,2}?)([A-Z][^\W\d_]*(?:[-‐][A-Z][^\W\d_]+)?)"
                        r"(?=['’]s(?!\w)|(?![\w'’-]))")


def take_the_particles_before(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """A listed surname found without the particles typed before it ("da Silva" of a listed Ana Silva, "Ms Do
    Carmo", "Van Der Berg" of Pieter Berg): the find holds them, so the pseudonym is not left beside a "da"."""
    out: list[Finding] = []
    for finding in findings:
        if finding.source != "rule" or finding.entity_type != entities.PERSON \
                or (finding.metadata.get("form") or "") != "surname":
            out.append(finding)
            continue
        text = segments[finding.segment].text
        start = _particles_start(text, finding.start)
        out.append(finding if start == finding.start else Finding(
            start, finding.end, text[start:finding.end], finding.entity_type, finding.score, finding.source,
            finding.segment, finding.location, finding.listed_index, dict(finding.metadata)))
    return out


# initials written right before a listed surname, glued to it or set apart, a title before them perhaps: "H.A.Warsame",
# "H. A. Warsame", "HA Warsame", "Mx E.G. Mbeki" (each letter a capital; bare, two or three together)
_INITIALS_BEFORE = re.compile(
    r"(?<![\w.'’&-])(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0])?"
    r"(?P<letters>(?:[^\W\d_a-z]\.[ \u00a0]?){1,3}|[^\W\d_a-z]{2,3}[ \u00a0]|(?:[^\W\d_a-z][ \u00a0]){2,3})$")
_INITIALS_FORMS = ("surname", "initial+surname", "initials+surname")
# a capitalised word or a label before one letter makes it a label's ("Plan B.", "Appendix C.", "option B.")
_LABEL_BEFORE = lazy(re.compile,
                     r"(?:(?-i:[A-Z][\w'’-]*)|\b(?:section|part|appendix|plan|option|annex|schedule|grade|class|type|"
                           r"category|table|figure|item|question|paragraph|level|tier|band|step|stage|phase))[ \u00a0]$",
                           re.IGNORECASE)


def take_the_initials_before(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """Initials written before a listed surname ("H.A.Warsame", "H. A. Warsame", "HA Warsame" of a listed Hodan
    Warsame) were left beside the pseudonym ("H.A.Mary"), or read as a place or a person of their own ("Place 1
    Sam", "Person 2Ruth"). Where the first letter is the listed person's given name's, the letters are theirs (a
    middle name the rules do not give): the find holds them, the pseudonym alone replaces them. Where it is not
    ("J. Warsame"), the letters and the surname are somebody else of the family, as "Jamal Warsame" is: one
    unlisted person, replaced whole ("Person 1"), never a pseudonym beside another's letters."""
    from ..rules import Person
    from ..initials import (PERSON_ROLE_ACRONYMS, ascii_letter, is_other_capital_word, rank_abbreviations,
                            report_acronyms)
    from ..lexicon import NAME_TITLES
    from ..variants import split_title

    titles = {fold_key(title) for title in NAME_TITLES}
    if listed is None:
        return findings
    people = listed.rules.listed()
    by_segment: dict[int, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment, []).append(finding)
    dropped: set[int] = set()
    added: list[Finding] = []
    for finding in findings:
        if finding.source != "rule" or finding.entity_type != entities.PERSON or finding.listed_index is None \
                or (finding.metadata.get("form") or "") not in _INITIALS_FORMS or id(finding) in dropped:
            continue
        person = people[finding.listed_index] if 0 <= finding.listed_index < len(people) else None
        words = [word for word in split_title(person.name)[1] if word[:1].isupper()] \
            if isinstance(person, Person) else []
        if len(words) < 2:
            continue
        text = segments[finding.segment].text
        # (an initial the find already holds, "H. Warsame" of "H.H. Warsame", is the first of the letters)
        found = ending_at(_INITIALS_BEFORE, text, finding.start, 24)
        if found is None:
            continue
        letters = re.sub(r"[.\s]", "", found.group("letters"))
        if not letters.isupper():
            continue      # (letters of any script, capitals only: "Ł.P.Żak")
        if not found.group("letters").startswith(letters[:1] + ".") and is_other_capital_word(letters) and (
                letters in PERSON_ROLE_ACRONYMS or letters in rank_abbreviations() or fold_key(letters) in titles
                or letters not in report_acronyms() and finding.text.isupper()):
            # "her GP Warsame", "DC Warsame", "MRS Warsame": a role, a rank or a title; in capitals a word too ("MR
            # AND MRS WARSAME"), but "AT Rahman" is somebody's initials
            continue
        if len(letters) == 1 and found.group("letters")[-1:].isspace() and not found.group("title") \
                and ending_at(_LABEL_BEFORE, text, found.start(), 30):
            continue      # "Plan B. Warsame said": a label's letter ends the sentence before
        if finding.metadata.get("form") != "surname":
            letters += re.sub(r"[.\s]", "", text[finding.start:finding.end].split()[0])[:1]
        start = found.start("letters")
        others = [f for f in by_segment[finding.segment] if f is not finding and found.start() <= f.start < finding.start
                  and f.end <= finding.end and f.source != "rule"]
        if any(f.source == "rule" and f is not finding and f.start < finding.start and f.end > start
               for f in by_segment[finding.segment]):
            continue      # another listed form ends there ("Ewan" of "Ewan G. Mbeki" is read around the middle)
        dropped.update(id(f) for f in others)
        dropped.add(id(finding))
        # (a title before goes with them: as "Mx Warsame" is "Mary", an unlisted person's by ``policy.titles``)
        start = found.start("title") if found.group("title") else start
        if ascii_letter(letters[0]).upper() == ascii_letter(words[0][0]).upper():
            added.append(Finding(start, finding.end, text[start:finding.end], finding.entity_type, finding.score,
                                 finding.source, finding.segment, finding.location, finding.listed_index,
                                 {**finding.metadata, "form": "initials+surname", "initials_before": letters}))
        else:
            added.append(Finding(start, finding.end, text[start:finding.end], entities.PERSON, finding.score,
                                 "initials before a listed surname", finding.segment, finding.location, None,
                                 {"holds_listed_name": True, "initials_before": letters}))
    if not added:
        return findings
    return sorted([f for f in findings if id(f) not in dropped] + added, key=lambda f: (f.segment, f.start, f.end))


def _particles_start(text: str, start: int) -> int:
    """Where the particles written right before ``start`` begin (``start`` if none)."""
    run = ending_at(_PARTICLE_RUN, text, start) if start and text[start - 1] in " \t" else None
    if run is None:
        return start
    words = run.group(1).split()
    taken = 0
    for word in reversed(words):
        if fold_key(word) not in particles():
            break
        taken += 1
    if not taken:
        return start
    while taken and words[len(words) - taken][:1].isupper() and fold_key(words[len(words) - taken]) not in \
            CAPITAL_PARTICLES:
        taken -= 1
    if not taken:
        return start
    kept = words[:len(words) - taken]
    taken_words = words[len(words) - taken:]
    first = taken_words[0]
    # "the van Dijk": an English word written small, with no name or title before it, is the sentence's
    if first.islower() and fold_key(first) in _ENGLISH_PARTICLES and len(taken_words) == 1 \
            and not (kept and kept[-1][:1].isupper()):
        return start
    # the offset of the first particle taken
    at = start
    for word in reversed(taken_words):
        at = text.rindex(word, 0, at)
    return at


def take_a_second_surname(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """A listed name ending in its surname, followed by one more capitalised name word the model reads as a
    person's ("José García Fernández", "Mr García Martínez" of a listed José García; "María Martínez de la Cruz")
    is one mention of that person, the second surname included. Never a word of another listed name, a title,
    an initial, a joining word, "Senior" or "Junior" (a relative: ``resolve.elders_and_juniors_are_relatives``),
    an English word that is nobody's name ("Court") or a given name (the next person of a list written without
    commas: "José García Peter Hale"), and only where a detected name (not a listed one) covers the
    word."""
    from ..variants import likely_gender, surnames_and_first_names
    from ..name_or_word import is_ordinary_word
    from .kept_words import names_a_thing
    from .resolve import _GENERATION_WORDS, _NOT_MIDDLE_WORDS, _TITLE_WORDS

    if listed is None:
        return findings
    listed_words = surnames_and_first_names(listed.rules)
    people = listed.rules.listed()
    by_segment: dict[int, list[Finding]] = {}
    for finding in findings:
        by_segment.setdefault(finding.segment, []).append(finding)
    replaced: dict[int, Finding] = {}
    for segment_index, found in by_segment.items():
        text = segments[segment_index].text
        unlisted = [f for f in found if f.entity_type == entities.PERSON and f.source not in ("rule", "person-field")]
        listed_spans = [(f.start, f.end) for f in found if f.source == "rule"]
        for finding in found:
            if finding.source != "rule" or finding.entity_type != entities.PERSON or finding.listed_index is None \
                    or (finding.metadata.get("form") or "") not in _ENDING_IN_THE_SURNAME \
                    or not _listed_with_a_surname(people, finding.listed_index):
                continue
            match = _NEXT_WORD.match(text, finding.end)
            if match is None or "\n" in match.group(0):
                continue
            between = match.group(1).split()
            word = match.group(2)
            key = fold_key(word)
            if any(fold_key(w) not in particles() for w in between) or len(word) < 2 or word.isupper() \
                    or key in listed_words or key in _TITLE_WORDS or key in _NOT_MIDDLE_WORDS \
                    or key in _GENERATION_WORDS or is_ordinary_word(key) or likely_gender(word) or names_a_thing(word) \
                    or any(a < match.end(2) and match.start(1 if between else 2) < b for a, b in listed_spans):
                continue
            if not any(f.start <= match.start(2) and match.end(2) <= f.end for f in unlisted):
                continue
            end = match.end(2)
            replaced[id(finding)] = Finding(
                finding.start, end, text[finding.start:end], finding.entity_type, finding.score, finding.source,
                segment_index, finding.location, finding.listed_index,
                {**finding.metadata, "second_surname": word})
    if not replaced:
        return findings
    return [replaced.get(id(f), f) for f in findings]


def _listed_with_a_surname(people, index: int) -> bool:
    """A person listed with a given name and a surname: a one-word listing ("Bright") says nothing of which word
    after it would be a second surname ("Bright Okafor" is somebody of that name, "Bright Green" a colour)."""
    from ..rules import Person
    from ..variants import split_title

    person = people[index] if 0 <= index < len(people) else None
    return isinstance(person, Person) and len(split_title(person.name)[1]) >= 2
