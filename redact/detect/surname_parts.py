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
                    or key in _GENERATION_WORDS or is_ordinary_word(key) or likely_gender(word) \
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
