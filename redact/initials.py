"""A listed person's initials written as a word: "GSD" or "G.S.D." for Gurpreet Singh Dhillon, "OK" for Oksana
Kovalenko.

Drafts often call the victim and the family by their initials, in the chronology above all ("12/03 Police: spoke
to GSD and the victim"). Left in a published copy they give away the real names' letters, with the area and the
year often enough to find the family. The rules list the names, rarely the initials: every listed person's are
derived here, and ``apply`` (``ListedEntityRecognizer``) and ``verify`` (``LeakFinder``) both read them from this
module, so the gate checks what apply replaces.

Initials count only in capitals, as a word of their own (a file name's "GSD_notes" too), dotted or not. Letters a
report also writes for something else stay: an acronym of the services ("GP", "SAR", "MASH", hand-written in
``redact/data/acronyms.txt``), a title or rank ("MS", "DC"), a short English word in capitals ("IT", "AND"),
a month or weekday's short form ("OCT"), a Roman numeral ("IV"), and, from three letters, any ordinary English word
("JAM"). Such initials are not looked for: an author lists them as an alias where the draft uses them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import MONTH_ABBREVIATIONS, NAME_TITLES, RELATION_WORDS, WEEKDAYS
from .nearby import ending_at
from .normalise import fold_key
from .rules import Person, Rules
from .variants import _parsed_words, split_title

# Fewer letters are a title or a label ("B"), more are no one's initials.
SHORTEST, LONGEST = 2, 5
# the Roman numerals a report numbers its parts, appendices and schedules with ("Part IV", "Appendix XII"); one of
# hundreds ("CM", "MC", "CC") numbers nothing in a report and is somebody's initials (Chidi Mensah)
_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@dataclass(frozen=True)
class InitialsMatch:
    start: int
    end: int
    letters: str          # the initials as listed, without dots ("GSD")
    person: int           # index into Rules.listed()
    alternatives: tuple[int, ...]   # every listed person with these initials (the first is ``person``)


@lru_cache(maxsize=1)
def _other_capitals() -> frozenset[str]:
    """Capital words that are something other than someone's initials wherever a report writes them."""
    from .data.tables import column, stop_words

    words = set(column("acronyms.txt"))
    words |= {word.upper() for word in stop_words() if word.isalpha()}
    words |= {title.upper() for title in NAME_TITLES if " " not in title}
    words |= {short.upper() for forms in MONTH_ABBREVIATIONS for short in forms}
    words |= {day[:3].upper() for day in WEEKDAYS} | {"TUES", "THUR", "THURS"}
    words |= {"MPH", "HRS", "MIN", "MINS", "AKA", "ETC", "NO", "NOS", "REF"}
    return frozenset(words)


# acronyms a report writes for a person's role: "GP said" is the doctor, whoever's initials "GP" are too
_PERSON_ROLE_ACRONYMS = frozenset({"GP", "GPS", "HV", "SW", "MP", "MPS", "OT", "PA", "PS", "KC", "QC", "DJ", "MW",
                                   "SN", "CPN", "RMN", "RGN", "CEO", "DSL", "PCC", "DCI", "DCS", "DSU", "MD", "SENCO",
                                   "IDVA", "ISVA", "AMHP", "IMHA", "PCSO", "SIO", "FLO", "DV", "DA", "HR", "IT", "PM"})
# a verb that only a person does, right after the letters: "OD had followed her", "HM told the panel"
_PERSON_VERB_AFTER = re.compile(
    r"\s+was\s+(?:arrested|charged|convicted|sentenced|interviewed|remanded|bailed|cautioned)(?![\w])"
    r"|\s+(?:had\s+|has\s+|then\s+|later\s+|also\s+|never\s+|often\s+)?(?:said|says|told|tells|stated|"
    r"reported|disclosed|called|rang|phoned|texted|messaged|visited|attended|arrived|left|went|returned|followed|"
    r"hit|punched|pushed|kicked|assaulted|strangled|threatened|smashed|denied|admitted|refused|agreed|moved|lived|"
    r"married|met|asked|wanted|shouted|screamed|grabbed|attacked|arrested|charged|convicted|sentenced|"
    r"interviewed|contacted|spoke|wrote|sent|gave|took|hid|controlled|isolated|accused|blamed|insisted|"
    r"explained|described|recalled|remembered|believed|thought|felt|knew)(?![\w])")
# ... or a person's part in the family after a comma: "NI, Hannah's sister, recalled", "OD, her partner"
_RELATION_AFTER = re.compile(
    r",\s+(?:her|his|their|the\s+victim['’]s|[^\W\d_][\w'’-]*['’]s?)\s+(?:"
    + "|".join(map(re.escape, sorted(RELATION_WORDS, key=len, reverse=True))) + r")(?![\w-])")
# the word before that makes the letters a thing: "an OD", "her HM"
_THING_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|her|his|their|its|no|any|of|for)\s+$", re.IGNORECASE)


def is_acronym_a_person_could_be(letters: str, roles=()) -> bool:
    """Letters that stand for a thing in a report ("OD", an overdose; "HM", His Majesty's) but are nobody's role:
    somebody's initials where a verb only a person does follows them ("OD had followed her")."""
    return letters in _acronyms() and letters not in _PERSON_ROLE_ACRONYMS and letters not in roles \
        and not _ROMAN.fullmatch(letters) and letters not in _not_acronyms()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    from .data.tables import column

    return frozenset(column("acronyms.txt"))


@lru_cache(maxsize=1)
def _not_acronyms() -> frozenset[str]:
    """The other capital words of ``_other_capitals``: short English words, titles, months and weekdays."""
    return _other_capitals() - _acronyms()


def is_other_capital_word(letters: str, roles=()) -> bool:
    """Do these capitals stand for something else in a report (see the module's notes)? ``roles``: the rules'
    role words written in capitals ("SW", "HV")."""
    from .name_or_word import is_ordinary_word

    if letters in _other_capitals() or letters in roles or _ROMAN.fullmatch(letters):
        return True
    return len(letters) >= 3 and is_ordinary_word(letters.lower())


def _capital_letter(word: str) -> str | None:
    first = word[:1]
    return first if first.isalpha() and first.isupper() else None


def _ascii(letter: str) -> str:
    """'Ł' -> 'L', 'Ö' -> 'O': a draft typed on an English keyboard writes the initials without the marks."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
    folded = fold_key(bare).upper()
    return folded if len(folded) == 1 and folded.isascii() and folded.isalpha() else letter


def _particle_lowered(word: str) -> str:
    from .variants import _name_constants

    prefixes = _name_constants().prefixes
    head, hyphen, rest = word.partition("-")
    if head.lower() in prefixes:
        return head.lower() + hyphen + rest
    return word


def initials_of_name(name: str) -> list[str]:
    """The initials a draft may use for a listed name: every word's (a hyphenated one's parts each: "Sarah-Jane
    Smith" -> "SJS"), and the first and last word's ("Gurpreet Singh Dhillon" -> "GSD", "GD"). Lower-case
    particles ("van der Berg") give no letter; titles neither."""
    words = split_title(name)[1]
    if any(word.endswith(",") for word in words):
        # a record's "SIDHU, Jaspreet Kaur": the draft calls her JKS, in the order of the name, not of the record;
        # a record's capitals give no particle its letter ("VAN DER BERG, Pieter" is PB, "AL-HASHIMI, Noor" NH)
        words = [_particle_lowered(word) for word in " ".join(_parsed_words(words)[0]).split()]
    parts = [_capital_letter(part) for word in words for part in re.split(r"[-‐‑]+", word) if part]
    every = "".join(letter for letter in parts if letter)
    capitals = [letter for letter in (_capital_letter(word) for word in words) if letter]
    forms = [every]
    if len(capitals) >= 2:
        forms.append(capitals[0] + capitals[-1])
    found: list[str] = []
    for form in forms:
        for spelling in (form, "".join(_ascii(letter) for letter in form)):
            if SHORTEST <= len(spelling) <= LONGEST and spelling not in found:
                found.append(spelling)
    return found


class ListedInitials:
    """Every listed person's initials that stand for no other thing, and where a text writes them."""

    def __init__(self, rules: Rules):
        roles = frozenset(word for role in rules.policy.roles.values() for word in role.words if word.isupper())
        owners: dict[str, list[int]] = {}
        in_context: dict[str, list[int]] = {}
        for index, entity in enumerate(rules.listed()):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                if len(split_title(name)[1]) < 2:
                    continue     # one word has no initials to speak of ("Ksenia")
                for letters in initials_of_name(name):
                    if not is_other_capital_word(letters, roles):
                        target = owners
                    elif is_acronym_a_person_could_be(letters, roles):
                        target = in_context
                    else:
                        continue
                    if index not in target.get(letters, []):
                        target.setdefault(letters, []).append(index)
        # the first listed wins a shared set of initials, as a shared form does (the victim is listed first)
        self._owners = {letters: tuple(indexes) for letters, indexes in owners.items()}
        # "OD had followed her": letters that are also an acronym, only before a verb a person does
        self._in_context = {letters: tuple(indexes) for letters, indexes in in_context.items()}
        self._context_pattern = re.compile(
            r"(?<![^\W_])(?<!&)(" + "|".join(map(re.escape, sorted(self._in_context, key=len, reverse=True)))
            + r")(?![^\W_])(?=" + _PERSON_VERB_AFTER.pattern + "|" + _RELATION_AFTER.pattern + "|"
            + r"\s+(?:and|or|&)\s+(?P<other>[^\W\d_][\w'’-]*))") if self._in_context else None
        # "contact with OD and Vera": beside a listed person's name, the letters are somebody too
        self._name_words = {fold_key(word) for entity in rules.people for name in (entity.name, *entity.aliases)
                            for word in split_title(name)[1]}
        # "G.S.D." and "G. S. D." are the same initials; the last dot is taken only inside a sentence ("G.S.D. was")
        longest_first = sorted(self._owners, key=len, reverse=True)
        written = [r"(?:\.\s?)?".join(map(re.escape, letters)) for letters in longest_first]
        # what every find starts with, searched for first: a capital that opens someone's initials, then another
        first_letters = "".join(sorted({letters[0] for letters in self._owners}))
        self._start = re.compile(rf"[{re.escape(first_letters)}][.\s]{{0,2}}[^\W\d_a-z]") if first_letters else None
        self._pattern = re.compile(
            # a word of its own, not a language tag's region ("zh-CN", "en-GB" in Word's settings)
            # and not a letter after an apostrophe inside a word ("O'NEILL"), but after an opening quote ("'WN said")
            r"(?<![^\W_])(?<!&)(?<![^\W_]['’])(?<!\b[a-z][a-z]-)(?<!\b[a-z][a-z][a-z]-)(" + "|".join(written)
            + r")(\.(?=\s*[a-z,;:)]))?(?![^\W_])(?!&)") if written else None

    def __bool__(self) -> bool:
        return self._pattern is not None or self._context_pattern is not None

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(self._owners)

    def find(self, text: str) -> list[InitialsMatch]:
        found = self._find_in_context(text) if self._context_pattern is not None else []
        if self._pattern is None or self._start is None or not self._start.search(text):
            return found
        for match in self._pattern.finditer(text):
            letters = re.sub(r"[.\s]", "", match.group(1))
            owners = self._owners.get(letters)
            if owners is None:
                continue
            found.append(InitialsMatch(match.start(), match.end(), letters, owners[0], owners))
        return found

    def _find_in_context(self, text: str) -> list[InitialsMatch]:
        assert self._context_pattern is not None
        found = []
        for match in self._context_pattern.finditer(text):
            if ending_at(_THING_BEFORE, text, match.start()):
                continue     # "an OD was suspected"
            if match.group("other") is not None and fold_key(match.group("other").rstrip("'’s")) not in self._name_words:
                continue     # "OD and A&E", "HM and DWP": beside no listed name
            owners = self._in_context[match.group(1)]
            found.append(InitialsMatch(match.start(), match.end(1), match.group(1), owners[0], owners))
        return found

    def stands_for(self, surface: str) -> int | None:
        """The listed person these written initials stand for ("G.S.D." -> Gurpreet Singh Dhillon), or None."""
        letters = re.sub(r"[.\s]", "", surface)
        owners = self._owners.get(letters) or self._in_context.get(letters)
        return owners[0] if owners else None
