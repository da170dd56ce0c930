"""Surface forms of the people and places a review lists.

From a person's ``name`` we derive the forms a report uses: the full name, first name + surname,
first name, surname, title or police rank + surname, "Surname, First", initial + surname, and the
hyphen/space forms of hyphenated names; aliases add nicknames and other names (their first and last
words too). Case, accents, apostrophes and whitespace are handled by folding (``redact.normalise``),
so a form is listed once.

When two listed entities share a form ("Doyle", "Mr Doyle") the form goes to one of them, by a
fixed priority: forms from ``name`` before forms from ``aliases``; exact names before derived parts;
then the order of the rules file (the victim is listed first by convention).
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from .family_plurals import family_forms
from .lazy_patterns import lazy
from .lexicon import FORM, NAME_TITLES, TEKNONYM_WORDS_AFTER_A_NAME, TEKNONYM_WORDS_BEFORE_A_NAME, TITLES
from .name_spellings import gaelic_other_forms, given_name_abbreviations, given_name_in_full, is_theophoric
from .normalise import fold_key
from .place_short_forms import KIND_WORDS, SHORT_PLACE_FORMS, TITLE_CORES, area_title_forms, short_forms
from .rules import Person, Place, Rules

# the listed forms' titles of one sex ("Mr", "Mister", "Sir", "Lord", "Father"; "Mrs", "Ms", "Miss", "Dame", "Lady")
MALE_TITLES = frozenset(title.word for title in TITLES if title.place == FORM and title.sex == "m")
FEMALE_TITLES = frozenset(title.word for title in TITLES if title.place == FORM and title.sex == "f")

# Priority classes: lower wins a shared form. A relative's form (the listed surname in its other gendered form)
# loses to every form of a listed person: with Elena Ivanova and Dmitri Ivanov both listed, "Ivanov" is Dmitri.
# A word of a name that is neither its first word nor its last (a middle name, half of a hyphenated name) loses to
# anybody's own first name, surname or alias: "Mensah" of Amara Mensah-Carver is Grace Mensah where both are listed.
EXACT, NAME_PART, ALIAS_PART, LESSER_PART, RELATIVE = 0, 1, 2, 3, 4
#: the forms of a middle name alone and of half of a hyphenated given name (``_lesser_parts``); half of a
#: hyphenated surname is a relative's form (``RELATIVE_FORM``)
MIDDLE_FORM, GIVEN_PART_FORM = "middle", "given-part"
#: a short form a community writes for a listed given name ("Seun" of Oluwaseun, "Kasia" of Katarzyna:
#: ``redact.short_forms``)
SHORT_FORM = "short"
#: a short form that is also an English word or a common name of its own ("Sandy", "Sandra" of Alexandra, "Shell"
#: of Michelle) with the surname: the person only so, written with its capital (``word_form_written``)
BESIDE_SURNAME_FORM = "short-beside+surname"
#: a title before a first word that may be a family name written first ("Mr Kim" of Kim Min-jun): a claim on the
#: form another listed person owns, never a form of its own (``_variants_of``)
FAMILY_FIRST_CLAIM = "title+first-or-surname(claim)"
#: Irish surnames' particles as typed without their accents ("O" of "Ó", "Ni" of "Ní"), which nameparser does not know
_BARE_GAELIC_PARTICLES = ("o", "ni", "ui")


@dataclass(frozen=True)
class Variant:
    """One surface form of a listed entity."""

    text: str
    entity: int          # index into Rules.listed()
    form: str            # full, first, surname, title, alias, ...
    priority: int
    # every listed entity this form could stand for (more than one for a shared surname: "Mr Doyle")
    alternatives: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        return fold_key(self.text)

    @property
    def single_word(self) -> bool:
        return " " not in self.key and "-" not in self.key.strip("-")


def _words(name: str) -> list[str]:
    return name.split()


# Titles as tuples of folded words, longest first: "Det Sgt" and "Detective Chief Inspector" go whole.
_TITLE_SEQUENCES = sorted({tuple(fold_key(w) for w in title.split()) for title in NAME_TITLES},
                          key=len, reverse=True)


# The same by length, longest first: the words at a place are folded once, not once per title.
_TITLES_BY_LENGTH = [(length, frozenset(t for t in _TITLE_SEQUENCES if len(t) == length))
                     for length in sorted({len(t) for t in _TITLE_SEQUENCES}, reverse=True)]


# the ranks and titles written only in capitals ("DI", "DC", "PC", "HHJ"): in small letters they are given names
# ("Di Evans", Diane) or no title at all
CAPITALS_ONLY_TITLES = frozenset(fold_key(title) for title in NAME_TITLES if " " not in title and title.isupper())


def _title_length(words: list[str], at: int) -> int:
    """How many words of a title or rank start at ``at`` ("Mr", "Dr.", "Det Sgt"); 0 if none."""
    folded = tuple(fold_key(w.rstrip(".")) for w in words[at:at + _TITLES_BY_LENGTH[0][0]])
    for length, titles in _TITLES_BY_LENGTH:
        if len(folded) >= length and folded[:length] in titles:
            if length == 1 and folded[0] in CAPITALS_ONLY_TITLES and not words[at].rstrip(".").isupper():
                return 0    # "Di Evans": Diane, not a detective inspector
            return length
    return 0


def split_title(name: str) -> tuple[list[str], list[str]]:
    """The titles and ranks written before a name, and the name's own words ("Det Sgt Dr Amir Khan")."""
    words = _words(name)
    at = last = 0
    while at < len(words) and (length := _title_length(words, at)):
        at, last = at + length, at
    if at == len(words) and last > 0 and at - last == 1:
        # titles alone, the last one a word: "Ms Constable", "Mrs Judge", "Dr Lord" are a title and a surname (an
        # unlisted relative of a listed John Constable was "Ms Constable Person 1")
        at = last
    return words[:at], words[at:]


def name_words(name: str) -> list[str]:
    """A name's own words, without the titles or ranks before it: the words a form may be made of."""
    return split_title(name)[1]


# the courtesy titles and their short forms, which are nobody's surname
_COURTESY_TITLES = frozenset({"mister", "miss", "master", "madam", "prof", "professor", "doctor", "dame", "revd",
                              "reverend", "cllr", "councillor", "supt", "insp", "dsupt", "senator", "inspector",
                              "superintendent", "lieutenant", "corporal"})


def a_title_written_as_a_surname(name: str) -> bool:
    """"Constable", "Judge", "Lord" alone, in title case: a title that is a family's name too, as an alias or a name
    word gives it ("née Constable"); never "Mr", "Dr", "DC" (three letters or fewer, or capitals)."""
    word = name.strip()
    return " " not in word and len(word) > 3 and word.isalpha() and word[:1].isupper() and not word.isupper() \
        and not split_title(word)[1] and fold_key(word) not in _COURTESY_TITLES


def is_title_or_initial(name: str) -> bool:
    """"Mr", "Mrs", "DC", "Mr B", "B.": nobody's name on its own, never a form of one person."""
    words = name_words(name)
    return not words or (len(words) == 1 and len(words[0].strip(".")) <= 1)


_ONE_WORD_TITLES = frozenset(fold_key(title) for title in NAME_TITLES if " " not in title)


@lru_cache(maxsize=4096)
def likely_gender(first_name: str) -> str | None:
    """'male', 'female' or None, from the first name alone (Faker's given names of many countries)."""
    from .given_name_genders import given_name_gender

    if fold_key(first_name) in _ONE_WORD_TITLES:
        return None     # Faker's long US list holds "Captain", "Colonel" and "Lady" as given names
    # a double-barrelled given name ("Anna-Maria") is told by its first part when the whole is not listed
    for candidate in (first_name, first_name.split("-")[0]):
        guess = given_name_gender(candidate)
        if guess:
            return guess
    return None


def may_be_family_name_first(first_word: str) -> bool:
    """Is a listed name's first word perhaps its family name written first ("Zhao Xiu Ying", "Li Wei", "Doyle
    Margaret Ann" in a record): no known given name, or a given name that is mainly a family name (one country's
    list gives "Li" to girls, China's lists it as a family name)."""
    from .given_name_genders import mainly_a_family_name

    return not likely_gender(first_word) or mainly_a_family_name(first_word)


def _title_fits(title: str, gender: str | None) -> bool:
    """'Mr Fletcher' is not Dawn Fletcher, 'Ms Nowak' is not Filip Nowak."""
    if gender == "female" and title in MALE_TITLES:
        return False
    if gender == "male" and title in FEMALE_TITLES:
        return False
    return True


#: Welsh "son of" / "daughter of" before the father's name ("Rhodri ap Iorwerth", "Gwenllian ferch Rhys"): part of
#: the surname as "van der" is, which nameparser's prefixes leave out ("Mr ap Iorwerth" is a title and a surname)
WELSH_PATRONYMIC_PARTICLES = ("ap", "ab", "ferch", "verch")
#: the Spanish particles a Filipino surname writes joined ("Delos Santos", "Delas Alas"), which nameparser's prefixes
#: lack ("dela" it has): part of the surname
FILIPINO_PARTICLES = ("delos", "delas")


@lru_cache(maxsize=1)
def _name_constants():
    from nameparser.config import Constants

    constants = Constants()
    # Titles and ranks are split off first (split_title); nameparser's own list holds given names ("Dean",
    # "Major", "Sister") that must stay names here.
    constants.titles.remove(*list(constants.titles))
    constants.prefixes.add(*WELSH_PATRONYMIC_PARTICLES, *FILIPINO_PARTICLES)
    return constants


@lru_cache(maxsize=4096)
def parse_name(name: str) -> tuple[tuple[str, ...], str, str] | None:
    """(given and middle words, surname, suffix) of a name without titles, read by ``nameparser``: a surname
    keeps its particles ("van der Berg", "bin Saeed", "Ní Dhonnchadha"), a suffix is no surname ("Delroy
    Campbell Jr"), "Dhillon, Manpreet" is surname first. None when it finds no given name and surname."""
    from nameparser import HumanName

    parsed = HumanName(name, constants=_name_constants())
    if not parsed.first or not parsed.last:
        return None
    return tuple(f"{parsed.first} {parsed.middle}".split()), parsed.last, parsed.suffix


def _needs_name_parser(words: list[str]) -> bool:
    """Could nameparser read these words otherwise than first word, middle words, last word? Only with a word of
    its lists (a particle, a suffix, a conjunction, a first-name title: ``redact/data/name_parser_words.txt``, made
    from them), a particle joined by a hyphen ("al-Hassan"), a comma, or a nickname in quotes or brackets. Without
    one, nameparser (27 ms of a cold ``verify``, to import) is not asked: it would give the words back as
    they are (tests/test_variants_name_parser.py)."""
    from .data.tables import entry

    for word in words:
        if any(mark in word for mark in ",()\"“”‘’") or (word[:1] in "'’" or word[-1:] in "'’"):
            return True
        folded = word.lower().strip(".")
        if folded in FILIPINO_PARTICLES or entry("name_parser_words.txt", folded) is not None \
                or entry("name_parser_words.txt", word.lower()):
            return True
        if "-" in folded and entry("name_parser_words.txt", folded.split("-")[0] + "-") is not None:
            return True
    return False


def _parsed_words(words: list[str]) -> tuple[list[str], str | None]:
    """The name's words with a particle surname as one item ("Pieter", "van der Berg") and a suffix or a
    "Surname, Given" order undone; the last word of a particle surname ("Berg") is returned apart, as it is a
    form of its own. Names nameparser reads as first word / last word anyway come back unchanged."""
    if len(words) < 2 or not _needs_name_parser(words):
        return words, None
    parsed = parse_name(" ".join(words))
    if parsed is None:
        return words, None
    given, surname, suffix = parsed
    if " " not in surname and not suffix and not any(w.endswith(",") for w in words):
        return words, None
    return [*given, surname], (surname.split()[-1] if " " in surname else None)


def _person_forms(person: Person) -> list[tuple[str, str, int]]:
    titles, words = split_title(person.name)
    if not words:
        return [(person.name, "full", EXACT)] if " " in person.name.strip() else []
    forms: list[tuple[str, str, int]] = [(person.name, "full", EXACT)]
    if titles:
        forms.append((" ".join(words), "full", EXACT))  # "Dr Amir Khan" is written "Amir Khan" too
    raw_words = words
    words, surname_core = _parsed_words(words)
    # "Abd" is never a name alone: "Omar Abd ul-Haleem" is Omar + one theophoric name, as "van der Berg" is one
    for at in range(len(words) - 2, 0, -1):
        if fold_key(words[at]) == "abd" and is_theophoric(f"{words[at]} {words[at + 1]}"):
            words[at:at + 2] = [f"{words[at]} {words[at + 1]}"]
    if surname_core:
        forms.append((" ".join(words), "full", EXACT))
    elif " ".join(words) not in person.name:
        forms.append((" ".join(words), "full", EXACT))  # "Delroy Campbell" of "Delroy Campbell Jr"
    gender = gender_of(titles, []) or sex_of_role(person.role) or gender_of(titles, words)
    if len(words) >= 2:
        first, surname = words[0], words[-1]
        forms += [
            (f"{first} {surname}", "first+surname", EXACT),
            # a first word that is no known given name may be the family name written first ("Zhao Xiu Ying"):
            # its plural is the family too ("the Zhaos")
            (first, "first-or-surname" if may_be_family_name_first(first) else "first", NAME_PART),
            (surname, "surname", NAME_PART),
            (f"{surname}, {first}", "surname,first", EXACT),
            (f"{surname}, {' '.join(words[:-1])}", "surname,first", EXACT),
            (f"{first[0]} {surname}", "initial+surname", NAME_PART),
            (f"{first[0]}. {surname}", "initial+surname", NAME_PART),
            # "Gurpreet D." and "Dhillon G." / "DHILLON, G": a name with the other's initial, as drafts and records
            # shorten it; the initial is the listed person's too (the letter alone would be left beside the
            # pseudonym: "Raj D."). Matched only with the initial in capitals (``initial_form_fits``).
            (f"{first} {surname[0]}", "first+initial", NAME_PART),
            (f"{surname} {first[0]}", "surname+initial", NAME_PART),
            (f"{surname}, {first[0]}", "surname+initial", NAME_PART),
        ]
        if may_be_family_name_first(first):
            # a family name written first ("Wang Fang", "Nagy Erzsébet") is written last too, after the given name's
            # initial ("F. Wang", "E. Nagy"): else the initial was left, or read as a person of its own
            forms += [(f"{surname[0]} {first}", "initial+surname", NAME_PART),
                      (f"{surname[0]}. {first}", "initial+surname", NAME_PART)]
            if len(words) >= 3:
                # and a given name of two words by its first one's initial ("C. Wong" of Wong Chi Keung)
                forms += [(f"{words[1][0]} {first}", "initial+surname", NAME_PART),
                          (f"{words[1][0]}. {first}", "initial+surname", NAME_PART)]
        if len(words) >= 3:
            # a given name of two syllables is also written as one word: "Xiuying", "XiuYing", "Xiu-Ying" of "Wang
            # Xiu Ying", "Lina" of "Wang Li Na", "Minjun" of "Kim Min Jun" (usernames join them too: "lina95")
            # (which words are the given name is not known here: "Kim Min Jun" may be either order, so every two
            # short words side by side)
            for at, (a, b) in enumerate(zip(words, words[1:])):
                if a.isalpha() and b.isalpha() and len(a) <= 4 and len(b) <= 4:
                    forms += [(a + b.lower(), "given-joined", NAME_PART), (f"{a}-{b}", "given-joined", NAME_PART)]
                    # and with the rest of the name around it: "Văn-Minh Trần", "VănMinh Trần" are the full name
                    # (the hyphen forms add the joined spellings); read as two finds, the joined given name and a
                    # bare surname another listed person shares, the surname went to that other person by exclusion
                    # and then stood for them everywhere in the document
                    forms.append((" ".join([*words[:at], f"{a}-{b}", *words[at + 2:]]), "full", EXACT))
        if len(words) == 3 and all(w.isalpha() for w in words[1:]) and (
                all(len(w) <= 4 for w in words[1:]) or may_be_family_name_first(first)
                and all(len(w) <= 6 for w in words[1:])):
            # a family name listed first, the given name of two syllables hyphenated the other way round, as English
            # text writes it: "Kar-Fai Wong", "Seo-yeon Lee", "Chi-keung Cheung" of "Wong Kar Fai", "Lee Seo Yeon",
            # "Cheung Chi Keung" (an unknown "Person 1"; Cantonese syllables have up to six letters: "Keung")
            forms.append((f"{words[1]}-{words[2]} {first}", "reordered", EXACT))
        if 3 <= len(words) <= 4:
            # given and middle names shortened to their initials, one or more: "G S Dhillon", "G. S. Dhillon",
            # "Gurpreet S. Dhillon", "G. Singh Dhillon" (the full name and "G Dhillon" are above)
            import itertools

            for shapes in itertools.product(("full", "bare", "dotted"), repeat=len(words) - 1):
                if all(shape == "full" for shape in shapes):
                    continue
                written = [word if shape == "full" else word[0] + ("." if shape == "dotted" else "")
                           for word, shape in zip(words[:-1], shapes)]
                forms += [(f"{' '.join(written)} {surname}", "initials+surname", NAME_PART),
                          (f"{surname}, {' '.join(written)}", "surname,initials", NAME_PART)]
                if len(set(shapes)) == 1 and shapes[0] != "full":
                    # the initials written together, as records and signatures do: "G.S. Dhillon", "GS Dhillon",
                    # "DHILLON, G.S." (the letters were left beside the pseudonym: "A.Y. Musa")
                    glued = "".join(written)
                    forms += [(f"{glued} {surname}", "initials+surname", NAME_PART),
                              (f"{surname}, {glued}", "surname,initials", NAME_PART)]
        if len(words) >= 3:
            forms.append((" ".join(words[:-1]), "first+middle", EXACT))  # "Joanne Louise" without the surname
            # without the first word: the given name of a family name written first ("Thu Trang" of "Đặng Thu
            # Trang"), or middle name and surname ("Louise Haworth")
            forms.append((" ".join(words[1:]), "middle+surname", EXACT))
        if surname_core:
            # "Mr Berg" for Pieter van der Berg: the last word alone, as before nameparser read the particles
            forms += _titled_surname_forms(surname_core, gender, "surname", NAME_PART)
        article = _ARABIC_ARTICLE.fullmatch(surname)
        if article:
            # "Al-Hassan" is also written "Al Hassan", "El-Hassan", "Alhassan", and "Mr Hassan" or "Hassan" alone
            core = article.group("core")
            forms += [(f"{prefix}{joint}{core}", "surname", NAME_PART) for prefix in ("Al", "El")
                      for joint in ("-", " ")] + [(f"Al{core.lower()}", "surname", NAME_PART),
                                                  (f"El{core.lower()}", "surname", NAME_PART)]
            forms += [(f"{first} {prefix}{joint}{core}", "first+surname", EXACT) for prefix in ("Al", "El")
                      for joint in ("-", " ")] + [(f"{first} Al{core.lower()}", "first+surname", EXACT)]
            forms += _titled_surname_forms(core, gender, "surname", NAME_PART)
        # the other order: a family name written first ("Wang Xiu Ying") is also written last ("Xiu Ying Wang"),
        # and a name written given-name first is written family-first in some records ("Doyle Margaret Ann")
        forms += [(f"{' '.join(words[1:])} {first}", "reordered", EXACT),
                  (f"{surname} {' '.join(words[:-1])}", "reordered", EXACT)]
        if len(words) >= 3:
            # the given name and the family name alone, the other way round: "Mai Nguyễn" of "Nguyễn Thị Mai"
            # (without it, "Mai Nguyen" read as two names: "Lan Lan"); and the whole name the other way round,
            # the middle kept in its place: "Nguyen Thi Huong" of a listed "Huong Thi Nguyen"
            forms += [(f"{surname} {first}", "reordered", EXACT),
                      (f"{surname} {' '.join(words[1:-1])} {first}", "reordered", EXACT)]
        if may_be_family_name_first(first):
            # a family name listed first ("Szabó Katalin", "Jung Jae-sung") is written with a comma after it in
            # records ("Szabó, Katalin"), as "Surname, First" is of a name listed given name first
            forms.append((f"{first}, {' '.join(words[1:])}", "surname,first", EXACT))
            # and after a title ("Mr Kim" of Kim Min-jun): only a claim, so that where another listed person has the
            # word as a surname ("Kacper Kim", his son) the title weighs both, not that person alone
            forms += [(text, FAMILY_FIRST_CLAIM, NAME_PART)
                      for text, _, _ in _titled_surname_forms(first, gender, "surname", NAME_PART)[1:]]
        if len(raw_words) >= 3:
            # a record's order at every place the family name may start: a family name of two words or more
            # ("OLIVEIRA SOUZA, Maria das Graças", "GEBREMEDHIN KIDANE, Tesfay") or a given name's particle left
            # after it ("SILVA, João da"). Which words are the family name is not known here, and the parser takes
            # "das Graças" for one; unread, the two sides became the pseudonym twice ("LUCIA RITA, Lucia Rita")
            forms += [(f"{' '.join(raw_words[at:])}, {' '.join(raw_words[:at])}", "surname,first", EXACT)
                      for at in range(1, len(raw_words))]
        if len(words) >= 3 and words[-2].casefold() in _BARE_GAELIC_PARTICLES:
            # "Sean O Suilleabhain": an Irish particle typed without its accent is read as a middle initial, so the
            # whole surname was only the form of a relative whose rules keep the accent ("Kacper Ó Súilleabháin",
            # his son: "Mr O Suilleabhain" was the boy). Only a claim: "Mr O Smith" of a John O Smith stays his.
            forms += [(text, FAMILY_FIRST_CLAIM, NAME_PART) for text, _, _ in
                      _titled_surname_forms(f"{words[-2]} {surname}", gender, "surname", NAME_PART)[1:]]
            # and a record's order with the particle ("Ó SÚILLEABHÁIN, Seán"): that can be no other reading of the
            # name, so it is his own. Without it the bare surname was the relative's by exclusion (Seán named beside
            # it), and that vote gave every bare "Ó Súilleabháin" of the document to his listed child.
            particle_surname = f"{words[-2]} {surname}"
            forms += [(f"{particle_surname}, {' '.join(words[:-2])}", "surname,first", EXACT),
                      (f"{particle_surname}, {first}", "surname,first", EXACT),
                      (f"{particle_surname}, {first[0]}", "surname+initial", NAME_PART)]
        for title in NAME_TITLES:
            if not _title_fits(title, gender):
                continue
            forms += [(f"{title} {surname}", "title+surname", NAME_PART),
                      (f"{title}. {surname}", "title+surname", NAME_PART),
                      (f"{title} {first} {surname}", "title+full", EXACT),
                      (f"{title} {' '.join(words)}", "title+full", EXACT)]
    elif titles and not is_title_or_initial(words[0]):
        forms += _titled_surname_forms(words[0], gender, "surname", NAME_PART)  # "Mrs Khan": Khan is a surname
    # an alias without a letter (a telephone number, "+40 721 374 720") is no given name and surname: only a group of
    # six figures or more is the person's alone ("900123" of "07700 900123"); a shorter one is any number ("720" was
    # the person in every "Page 720" and in a .docx's settings, "w:val=720"; "07700" every UK mobile's start)
    worded_aliases = [alias for alias in person.aliases if any(c.isalpha() for c in alias)]
    # "Umm Ahmed", "Mama Tobi", "Baba Tobi": the person called by her child's name, which is no word of hers (it made
    # the listed son Ahmed his mother wherever she was named): the alias whole is hers, and the kunya's other
    # spellings ("Um Ahmed", "Om Ahmed")
    teknonyms = [alias for alias in worded_aliases if teknonym_child_name(alias, words)]
    for alias in teknonyms:
        forms += [(spelt, "alias", EXACT) for spelt in _teknonym_spellings(alias)]
    worded_aliases = [alias for alias in worded_aliases if alias not in teknonyms]
    # a one-word alias that another alias ends with is that name's surname ("Bridget McDonagh (née Ward)": "Ward"
    # and "Bridget Ward"), found by the surname's forms with its family ("the Wards"), never a given name ("Ward M")
    alias_surnames = {fold_key(split_title(alias)[1][-1]) for alias in worded_aliases
                      if len(split_title(alias)[1]) >= 2}
    for alias in person.aliases:
        alias_titles, alias_words = split_title(alias)
        if is_title_or_initial(alias) and not (
                a_title_written_as_a_surname(alias)
                and not any(other.startswith(alias + " ") for other in (person.name, *person.aliases))):
            # "Mr B" or "DC" listed as an alias would turn every "Mr" into this person; so would "Judge" beside
            # "Judge Smith" (the role); but "née Constable" alone is her birth surname
            continue
        if alias in teknonyms:
            continue    # its forms are above
        if len(alias_words) == 1 and not alias_titles and fold_key(alias_words[0]) in alias_surnames:
            continue
        forms.append((alias, "alias", EXACT))
        if alias not in worded_aliases:
            forms += [(group, "alias-first", ALIAS_PART) for group in dict.fromkeys(alias_words)
                      if len(group) < len(alias.strip()) and sum(c.isdigit() for c in group) >= _OWN_FIGURES]
            continue
        if len(alias_words) == 1 and alias_titles:
            # "Mr Wójcik": the name after the title is a surname, never the title
            forms += _titled_surname_forms(alias_words[0], gender, "alias-surname", ALIAS_PART)
        elif len(alias_words) == 1 and len(words) >= 2 and fold_key(alias_words[0]) != fold_key(words[-1]):
            # "Jo Pryor"; but not "May May" of "Lau May" known as "May" (the family name written first): nobody
            # writes it, and it would take "May may find" for her
            forms.append((f"{alias_words[0]} {words[-1]}", "alias+surname", EXACT))
        if len(alias_words) >= 2:
            if alias_titles:
                forms.append((" ".join(alias_words), "alias", EXACT))
            if len(alias_words) >= 3:
                # "Bridget Ward" of her birth name "Bridget Mary Ward", as "Bridget McDonagh" of her name
                forms.append((f"{alias_words[0]} {alias_words[-1]}", "alias", EXACT))
            if fold_key(alias_words[0]) not in _KIN_TITLE_KEYS:
                # ("Ah Ling", "Kuya Rody", "Aunty Grace": the family's word is no name of hers, and "Ah Fai" was
                # "Lily Daniel")
                forms.append((alias_words[0], "alias-first", ALIAS_PART))
            forms += _titled_surname_forms(alias_words[-1], gender, "alias-surname", ALIAS_PART)
    forms += _lesser_parts(words)
    forms += _surname_part_forms(words, gender)
    shorts = _short_forms(words)
    # "Tom (Thomas) Hughes", "Kate Nowak" known as "Katarzyna": the given name an alias writes has its short forms
    # too ("Tommy", "Kasia"), as the listed one has
    given_aliases = [alias for alias in worded_aliases if fold_key(alias) not in alias_surnames]
    for given in _alias_given_names(given_aliases, words):
        known = {fold_key(form) for form, _, _ in shorts}
        shorts += [short for short in _short_forms([given, *words[1:]]) if fold_key(short[0]) not in known]
    forms += shorts
    if len(words) >= 2:
        surname = words[-1]
        # "Kasia Kowalska": the short form with the surname is the person whole, as "Jo Pryor" of an alias is (the
        # model reads it as one name, and an unknown one took the place of both listed parts: "Person 1")
        forms += [(f"{short} {surname}", f"{SHORT_FORM}+surname", EXACT) for short, _, _ in shorts
                  if fold_key(short) != fold_key(surname)]
        # "Sandy Boyle", "Shell Francis": a short form that is also a word or a common name of its own is the
        # person beside the surname only (alone it is the beach, the company, the neighbour Sandra): else the
        # surname went and the word stayed beside the pseudonym ("Shell Ruth")
        forms += [(f"{short} {surname}", BESIDE_SURNAME_FORM, NAME_PART)
                  for short in _short_forms_beside_surname(words) if fold_key(short) != fold_key(surname)]
        # "Jo W", "Trish S.", "Maggie D": a short form or a one-word alias with the surname's initial, as the
        # given name is ("first+initial" above; the letter was left beside the pseudonym: "Ruth W"); a lesser form,
        # so "Jo W" is a listed Jo Williams where she is listed too
        if surname[:1].isalpha():
            initial = surname[0].upper()
            forms += [(f"{short} {initial}", "first+initial", LESSER_PART) for short, _, _ in shorts]
            forms += [(f"{alias} {initial}", "first+initial", ALIAS_PART) for alias in worded_aliases
                      if len(split_title(alias)[1]) == 1 and not split_title(alias)[0]
                      and not is_title_or_initial(alias) and fold_key(alias) != fold_key(surname)
                      and fold_key(alias) not in alias_surnames]
    relatives = _relative_forms(words, worded_aliases)
    forms += relatives + _own_given_name_with_family_forms(words, shorts, relatives)
    forms += _theophoric_forms(forms)
    # a bare title or initial matches far too much ("DC", "B"); a surname that is a title ("Constable")
    # is still matched with a title or first name before it
    # (the person's own name word stays, a title as it may be: "Judge" of Eve Judge, "Lord" of Emma Lord; apply and
    # verify judge it in its sentence, as a listed word that is a title: ``name_or_word``)
    own = {fold_key(word) for name in (" ".join(words), *worded_aliases) for word in split_title(name)[1] or [name]
           if len(word) > 1}
    return _with_hyphen_forms([form for form in forms if " " in form[0].strip() or not is_title_or_initial(form[0])
                               or fold_key(form[0].strip()) in own])


# The middle word of most Vietnamese names says the sex ("Thị", "Văn"): nobody is called by it, and it is in the
# name of every other Vietnamese woman or man of a report. Irish, Scottish and Welsh "daughter/son of" particles,
# which nameparser's lists (``name_parser_words.txt``) leave out, are no name either.
_NO_NAME_ALONE = frozenset({"thi", "van", "ni", "nic", "ui", "ua", "mhic", "ap", "ab", "ferch", "verch"})


def _lesser_parts(words: list[str]) -> list[tuple[str, str, int]]:
    """Every other word the name is made of, alone: a middle name the person went by ("Blessing" of Chiamaka
    Blessing Nwosu) and each half of a hyphenated name ("Jane" of Sarah-Jane Okafor; "Sharma" and "Mrs Sharma" of
    Priya Sharma-Patel, a name of her family: a relative's form). Never a particle or a suffix ("bin", "Al",
    "Jr": ``name_parser_words.txt``), an initial, a title or the sex of a Vietnamese name; a part that is also an ordinary word is judged in its sentence, as a
    first name is. ``words``: the name's words, a surname with particles as one ("bin Rashid Al-Farsi", whose
    "Rashid", the father's name, names the family as surely)."""
    from .data.tables import entry

    def usable(part: str) -> bool:
        letters = "".join(c for c in part if c.isalpha())
        return len(letters) >= 2 and not is_title_or_initial(part) and fold_key(part) not in _NO_NAME_ALONE and \
            entry("name_parser_words.txt", part.lower().strip(".")) is None

    forms: list[tuple[str, str, int]] = []
    last = len(words) - 1
    for position, word in enumerate(words):
        if 0 < position < last and " " not in word and usable(word):
            forms.append((word, MIDDLE_FORM, LESSER_PART))
        pieces = word.split()
        # a surname with particles: the names between them too ("Rashid" of "bin Rashid Al-Farsi", his father's)
        forms += [(piece, MIDDLE_FORM, LESSER_PART) for piece in pieces[:-1] if "-" not in piece and usable(piece)]
        for piece in pieces:
            halves = piece.split("-") if "-" in piece.strip("-") else []
            if is_theophoric(piece) or is_theophoric(word):
                halves = halves[-1:]    # "Abdel" of "Abdel-Haleem" is "servant of", nobody's name
            for half in halves:
                if not usable(half):
                    continue
                if position == last and last > 0:
                    if surname_parts(word):
                        continue    # a part of a compound surname: ``_surname_part_forms``
                    # the name after an article ("Farsi" of "Al-Farsi", "Silva" of "Da-Silva"): her family's
                    forms += _titled_surname_forms(half, None, RELATIVE_FORM, LESSER_PART)
                    continue
                forms.append((half, GIVEN_PART_FORM, LESSER_PART))
    return forms


def surname_parts(surname: str) -> list[str]:
    """The surnames a compound surname is made of, each with its particles: "Rahman-Begum" -> Rahman, Begum;
    "de la Cruz Morales" -> de la Cruz, Morales; "García López" -> García, López; [] for a surname of one part
    ("van der Berg", "Ní Bhriain", "Doyle")."""
    from .data.tables import entry

    def is_particle(word: str) -> bool:
        key = fold_key(word).strip(".")
        return entry("name_parser_words.txt", key) is not None or key in _NO_NAME_ALONE or key in _HYPHENED_ARTICLES

    if is_theophoric(surname):
        return []       # "Abdel-Haleem", "Abd ul-Haleem": one name ("servant of the Forbearing"), not two surnames
    parts: list[str] = []
    particles: list[str] = []
    for word in surname.split():
        if is_particle(word):
            particles.append(word)
            continue
        pieces: list[str] = []
        for piece in (piece for piece in word.split("-") if piece):
            # an article joined by its hyphen is no surname of its own: "Al-Hassan" is one ("Al" alone was the
            # person, "the Al-Anon meeting" became theirs), "Abd-Al-Rahman" one, "Rahman-Begum" two
            if pieces and is_particle(pieces[-1].split("-")[-1]):
                pieces[-1] += "-" + piece
            else:
                pieces.append(piece)
        parts += [" ".join([*particles, pieces[0]]), *pieces[1:]]
        particles = []
    return parts if len(parts) >= 2 else []


# Arabic's article as families write it joined to the name by a hyphen ("El-Masri", "Ul-Haq", "Ud-Din"); "al",
# "bin", "abd" are particles of the name parser's table already; the sun letters' forms ("As-", "Ash-", "At-") are
# English words and surnames too ("Ash-Smith"), so they stay parts
_HYPHENED_ARTICLES = frozenset({"el", "ul", "ud"})


def _surname_part_forms(words: list[str], gender: str | None) -> list[tuple[str, str, int]]:
    """Each part of a compound surname written as the surname ("Ms Rahman", "Mrs Begum", "Aisha Rahman" of Aisha
    Rahman-Begum; "Mr Wiśniewski" of Tomasz Kowalczyk-Wiśniewski; "Sra García" of María García López): the person,
    as the whole surname is, with the titles of the person's sex only (a title of the other sex is somebody else of
    the family: ``resolve._other_sex_titled``). A lesser form, so anybody whose own surname the part is keeps it
    ("Mrs Begum" is Rokeya Begum where she is listed too). A Spanish or Portuguese name's two surnames are written
    without a hyphen, and a Somali name's second and third words are both used as the surname by agencies: the
    middle word of a three-word name is a part too, with the titles of the person's sex ("Ms Louise" of Joanne
    Louise Haworth, never "Mr Louise"). A man's given name in a woman's middle is no exception: it is her father's,
    the surname agencies write for Somali, Arabic and Ethiopian women ("Mrs Abdi" of Amina Abdi Warsame)."""
    if len(words) < 2:
        return []
    first = words[0]
    parts = surname_parts(words[-1])
    if len(words) == 3 and " " not in words[1] and "-" not in words[1] and not parts:
        middle = words[1]
        letters = "".join(c for c in middle if c.isalpha())
        if len(letters) >= 2 and not is_title_or_initial(middle) and fold_key(middle) not in _NO_NAME_ALONE \
                and not is_theophoric(f"{middle} {words[-1]}"):
            parts = [middle, words[-1]]
    forms: list[tuple[str, str, int]] = []
    if parts and "-" in first:
        # "Annamaria Kowalska-Nowak" of Anna-Maria Kowalska-Nowak is the whole name: else "Annamaria Kowalska", the
        # given name with the first part, was read before the hyphen and the rest left a name of its own
        forms += [(f"{first.replace('-', joint)} {words[-1]}", "full", EXACT) for joint in ("", " ")]
    for part in parts:
        core = part.split()[-1]
        for written in dict.fromkeys([part, core]):
            if len("".join(c for c in written if c.isalpha())) < 2 or is_title_or_initial(written):
                continue
            forms += _titled_surname_forms(written, gender, "surname", LESSER_PART)
            forms += [(f"{first} {written}", "first+surname", NAME_PART),
                      (f"{written}, {first}", "surname,first", NAME_PART),
                      (f"{first[0]} {written}", "initial+surname", LESSER_PART),
                      (f"{first[0]}. {written}", "initial+surname", LESSER_PART)]
    if gender == "female":
        # a listed woman's "-ski" surname or part written "-ska" ("Mrs Wiśniewska", "Anna Wiśniewska" of Anna
        # Wiśniewski or Anna Kowalczyk-Wiśniewski) is her, as Polish writes a woman's surname (her father's form
        # stays his: a relative's form, ``_relative_forms``)
        for part in parts or [words[-1]]:
            for other in _feminine_forms(part.split()[-1]):
                forms += _titled_surname_forms(other, gender, "surname", LESSER_PART)
                forms.append((f"{first} {other}", "first+surname", NAME_PART))
    return forms


# a Polish, Czech or Slovak man's ending whose woman's form a listed woman's surname is written with
_MASCULINE_ENDINGS = ("ski", "cki", "dzki", "sky", "cky", "ský", "cký")


def _feminine_forms(surname: str) -> list[str]:
    if not surname.lower().endswith(_MASCULINE_ENDINGS):
        return []
    return [other for other in other_gender_surnames(surname) if other.lower().endswith(("a", "á"))]


# the figures of a group of a listed telephone number that no other number of a review shares by chance
_OWN_FIGURES = 6


# a family's or a community's word of kinship or respect written before a given name ("Aunty", "Kuya", "Ah")
_KIN_TITLE_KEYS = frozenset(fold_key(title.word) for title in TITLES if title.kind == "kin")
# the kunya's word as British records and reports spell it: each is the same alias
_KUNYA_MOTHER = ("Umm", "Um", "Om", "Oum", "Ummu")
_KUNYA_FATHER = ("Abu", "Abou", "Abo")


def teknonym_child_name(alias: str, own_words: list[str]) -> str:
    """The child's name a teknonym alias calls a parent by ("Umm Ahmed", "Mama Tobi", "Hooyo Ayaan", "Minjun
    eomma"): "Ahmed", "Tobi"; "" where the alias is none, or where the name beside the word is the person's own
    ("Mama Grace" of Grace Mensah, "Papa Joe" of Joseph Ward: her or his own name, after a word of respect)."""
    words = _words(alias)
    if len(words) < 2:
        return ""
    if fold_key(words[0]) in TEKNONYM_WORDS_BEFORE_A_NAME:
        child = words[1:]
    elif fold_key(words[-1]) in TEKNONYM_WORDS_AFTER_A_NAME:
        child = words[:-1]
    else:
        return ""
    own = {fold_key(word) for word in own_words}
    if any(fold_key(word) in own or not word[:1].isupper() for word in child):
        return ""
    return " ".join(child)


def _teknonym_spellings(alias: str) -> list[str]:
    words = _words(alias)
    for spellings in (_KUNYA_MOTHER, _KUNYA_FATHER):
        if fold_key(words[0]) in {fold_key(s) for s in spellings}:
            return [" ".join([spelt, *words[1:]]) for spelt in dict.fromkeys((words[0], *spellings))]
    return [alias]


def _alias_given_names(aliases: list[str], words: list[str]) -> list[str]:
    """The given names the aliases write: a one-word alias without a title that is no surname of the person, and the
    first word of an alias of two words or more."""
    surname = fold_key(words[-1]) if len(words) >= 2 else ""
    out: list[str] = []
    for alias in aliases:
        titles, alias_words = split_title(alias)
        if titles or not alias_words or is_title_or_initial(alias):
            continue
        given = alias_words[0]
        if len(alias_words) >= 2 and fold_key(given) in _KIN_TITLE_KEYS:
            given = alias_words[1]     # "Ah Ling", "Kuya Rody": the name after the family's word
        if (len(alias_words) == 1 and fold_key(given) == surname) or fold_key(given) == fold_key(words[0]):
            continue
        out.append(given)
    return out


def _short_forms(words: list[str]) -> list[tuple[str, str, int]]:
    """The short forms of the first given name ("Seun" of Oluwaseun Adeyemi, "Emeka" of Chukwuemeka, "Kasia" of
    Katarzyna), each half of a hyphenated one too: a lesser form, so a listed person whose own name or alias it is
    keeps it ("Tunde" is Tunde Bakare where he is listed, not Babatunde Adeyemi). Of a middle name only the name
    without its element: a Yoruba or Igbo middle name is often the name a person goes by ("Seun" of Grace Oluwaseun
    Adeyemi), while a table's "Pat" of Stephen Patrick Doyle or "Lisa" of Dawn Elizabeth Walsh is more often
    somebody else (an author lists the name a person goes by as an alias). Not of a surname: "Yemi" of Adeyemi is
    somebody's given name."""
    from .short_forms import element_short_forms, short_forms_of

    if not words or " " in words[0]:
        return []
    forms = [short for part in words[0].split("-") if fold_key(part) not in _NO_NAME_ALONE
             for short in short_forms_of(part)]
    forms += [short for middle in words[1:-1] if " " not in middle for part in middle.split("-")
              if fold_key(part) not in _NO_NAME_ALONE for short in element_short_forms(part)]
    return [(short, SHORT_FORM, LESSER_PART) for short in dict.fromkeys(forms)]


def _short_forms_beside_surname(words: list[str]) -> list[str]:
    """The short forms of the first given name read only beside the surname: English words and common names of
    their own ("Sandy", "Sandra" of Alexandra: ``redact.short_forms``)."""
    from .short_forms import short_forms_beside_surname_of

    if not words or " " in words[0]:
        return []
    return list(dict.fromkeys(short for part in words[0].split("-")
                              for short in short_forms_beside_surname_of(part)))


def word_form_written(variant: "Variant", written: str) -> bool:
    """May ``written`` be this listed form? A short form that is also a word, with the surname, only with its
    capital: "the day Francis rang" holds no "Day Francis" of David Francis, "a ray Okafor saw" no "Ray Okafor"."""
    if variant.form == BESIDE_SURNAME_FORM:
        return written[:1].isupper()
    if variant.form == f"{SHORT_FORM}+surname" and not written[:1].isupper():
        from .short_forms import also_a_word

        return not also_a_word(variant.text.split()[0])
    return True


def short_forms_that_are_words(forms) -> frozenset[str]:
    """The keys of the short forms among ``forms`` that English also writes as a word ("bill", "pat", "art"):
    apply and verify judge them with ``NameOrWord.judge_short_form``."""
    from .short_forms import also_a_word

    return frozenset(v.key for v in forms if v.form == SHORT_FORM and also_a_word(v.text))


def reads_typos(form: str) -> bool:
    """Are the typos of a form of this kind looked for (``redact.misspellings``)? Not of a wife's suffixed surname
    (many per surname, most never written) nor of a short form (one step from the name already: a typo of a short
    form of Katarzyna is every other Polish name)."""
    return form not in (SUFFIXED_FORM, FAMILY_FORM, SHORT_FORM, OWN_NAME_FAMILY_FORM) \
        and form.split("(")[0] not in SHORT_PLACE_FORMS and THEOPHORIC_SUFFIX not in form \
        and ABBREVIATED_SUFFIX not in form and "(joined)" not in form and "(spaced)" not in form
    # (nor of a surname's particles joined or set apart: already one step from the name, a typo of "DeLasAlas" is
    # another family's "DeLasCasas")


RELATIVE_FORM = "relative-surname"
# a wife's or daughter's form made by a suffix ("Lackova" of Lacko): many per surname, most never written, so no
# typo of one is looked for (a typo of "Oravec" is the Hungarian "Oravecz", another family)
SUFFIXED_FORM = f"{RELATIVE_FORM} (suffixed)"
# the word for the whole family ("Kowalscy", "Novákových", "Ivanovy": ``redact.family_plurals``), which reads as
# "Anna's family"; like a suffixed form, many per surname and most never written, so no typo of one is looked for
FAMILY_FORM = f"{RELATIVE_FORM} (family)"
# the listed person's own given name with her surname's other gendered or suffixed form ("Elena Ivanov" of Elena
# Ivanova): hers, but no typo of it is looked for, as of the relative's form inside it ("Oravecz", another family, is
# one letter from "Oravec" of a listed Jana Oravcová; "the Nowaków as" one space from "Nowakowa s")
OWN_NAME_FAMILY_FORM = "first+surname (other form)"


def is_relative_form(form: str) -> bool:
    """A form naming a relative of the listed person (her father "Mr Nowakowski"), not the person."""
    return RELATIVE_FORM in form


# The gendered endings of surnames, (ending as written for one sex, the endings the other sex writes instead,
# the letters the rest must keep at least). Many communities write a family's surname differently for women and
# men: Polish -ska/-ski, Russian and Bulgarian -ova/-ov, Czech and Slovak -ová, Lithuanian -ienė/-aitė/-ytė/-utė
# against -as/-is/-ys/-us, Latvian -ņa/-ņš, Greek -ou/-os/-is. Longest ending first; matched on the lower-cased
# surname with its accents (the Czech ones say which language "-ová" is). The endings of several languages are made
# side by side: a form nobody writes costs nothing, and the guards in ``other_gender_surnames`` drop the forms that
# are words or given names. Icelandic -dóttir/-son are different names, not forms of one (left out).
_GENDERED_ENDINGS: tuple[tuple[str, tuple[str, ...], int], ...] = tuple(sorted([
    # Polish, Czech, Slovak, Ukrainian, Russian -ska / -ski, -sky, -skaya
    ("skaya", ("sky", "skiy", "skii", "ski"), 3), ("ckaya", ("cky", "ckiy", "cki"), 3),
    ("ska", ("ski", "sky", "skyi"), 3), ("cka", ("cki", "cky"), 3), ("dzka", ("dzki", "dzky"), 2),
    ("ská", ("ský",), 3), ("cká", ("cký",), 3),
    ("ski", ("ska",), 3), ("sky", ("ska", "skaya"), 3), ("skiy", ("skaya", "ska"), 3), ("skii", ("skaya", "ska"), 3),
    ("skyi", ("ska",), 3), ("cki", ("cka",), 3), ("cky", ("cka", "ckaya"), 3), ("dzki", ("dzka",), 2),
    ("dzky", ("dzka",), 2), ("ský", ("ská",), 3), ("cký", ("cká",), 3),
    # Russian, Bulgarian, Ukrainian -ova / -ov, -eva / -ev, -ina / -in, -aya / -oy, -iy
    ("ova", ("ov", ""), 3), ("eva", ("ev",), 3), ("ina", ("in",), 3), ("yna", ("yn",), 3),
    ("ov", ("ova",), 3), ("ev", ("eva",), 3), ("in", ("ina",), 3), ("yn", ("yna",), 3),
    ("aya", ("oy", "iy", "y"), 4), ("oy", ("aya",), 4), ("iy", ("aya",), 4),
    # Czech and Slovak -ová (Nováková / Novák, Svobodová / Svoboda), -á / -ý (Novotná / Novotný)
    ("ová", ("", "a"), 3), ("á", ("ý",), 4), ("ý", ("á",), 4),
    # Lithuanian: a wife's -ienė, a daughter's -aitė, -ytė, -utė, -iūtė, a man's -as, -is, -ys, -us, -ius
    ("ienė", ("as", "is", "ys", "us", "ius"), 4), ("iene", ("as", "is", "ys", "us", "ius"), 4),
    ("aitė", ("as",), 4), ("aite", ("as",), 4), ("iūtė", ("ius",), 4), ("iute", ("ius",), 4),
    ("utė", ("us",), 4), ("ute", ("us",), 4), ("ytė", ("is", "ys"), 4), ("yte", ("is", "ys"), 4),
    ("as", ("ienė", "aitė"), 4), ("is", ("ienė", "ytė", "ou"), 4), ("ys", ("ienė", "ytė"), 4),
    ("ius", ("ienė", "iūtė"), 4), ("us", ("ienė", "utė"), 4),
    # Latvian -ņa / -ņš (Bērziņa / Bērziņš)
    ("ņa", ("ņš",), 3), ("ņš", ("ņa",), 3),
    # Greek -ou / -os, -is (Papadopoulou / Papadopoulos, Nikolaidou / Nikolaidis)
    ("ou", ("os", "is"), 5), ("os", ("ou",), 5),
], key=lambda row: -len(row[0])))

# letters only Czech and Slovak (and their neighbours) write: a man's surname written with one takes "-ová" for a
# woman of the family (Novák / Nováková, Dvořák / Dvořáková), which no ending of his says
_CZECH_LETTERS = frozenset("áčďěňřšťůýž")
_VOWELS = frozenset("aeiouyáéíóúůýěäëïöü")
# Russian -in, -ina follow a consonant (Borodin, Ilyin); "Hussain", "Medina" are other names
_AFTER_A_CONSONANT = frozenset({"in", "ina"})


def other_gender_surnames(surname: str) -> list[str]:
    """The surname as the other sex of the family writes it ("Nowakowska" -> "Nowakowski", "Novák" -> "Nováková"),
    for a surname ending in a gendered ending of its language with enough letters before it; [] for the others.
    Never a form that is an ordinary English word or a given name ("Petra" of "Petrova", "Georgios" of "Georgiou"),
    and nothing of a surname that is itself a word or a given name ("Martin", "Robin": no Russian -in)."""
    word = surname.strip()
    if not word.isalpha() or len(word) < 5 or _word_or_given_name(word):
        return []
    lower = word.lower()
    made: list[str] = []
    for ending, others, stem_letters in _GENDERED_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= stem_letters:
            if ending in _AFTER_A_CONSONANT and lower[-len(ending) - 1] in _VOWELS - {"y"}:
                break      # "Hussain", "Medina": no Russian -in after a vowel
            made += [word[:len(word) - len(ending)] + other for other in others]
            break
    else:
        if lower[-1] not in _VOWELS and _CZECH_LETTERS & set(lower):
            made.append(word + "ová")          # Novák -> Nováková
        elif lower.endswith("a") and _CZECH_LETTERS & set(lower):
            made.append(word[:-1] + "ová")     # Procházka -> Procházková
    out: list[str] = []
    for form in made:
        form = form.upper() if word.isupper() else form
        key = fold_key(form)
        if len(key) >= 4 and key != fold_key(word) and not _word_or_given_name(form) \
                and key not in {fold_key(f) for f in out}:
            out.append(form)
    return out


# A wife's or daughter's surname made by a suffix on the family's, as Slovak and Czech (the Roma families of England
# among them) and Polish speech write it: Lacko / Lacková, Lakatos / Lakatosová, Oravec / Oravcová, Nowak / Nowakowa
# / Nowakówna, with the case endings a quoted message or a translated statement puts on them ("Pani Nowakowej",
# "s Lackovou"). ``other_gender_surnames`` swaps an ending the surname already has; these are the surnames with none,
# which in England are mostly written without the Czech letters that would say the language. Folded, since matching
# ignores accents; bare only (a title before one is read around the word).
_FAMILY_SUFFIXES = ("ova", "ovej", "ove", "ovou", "ovu", "owa", "owej", "owna", "owny", "ownie", "owne")
_FAMILY_SUFFIXED = lazy(re.compile, r"(.{3,}?)(?:ov[aeu]|ovej|ovou|owa|owej|own[aey]|ownie)")


def suffixed_family_surnames(surname: str) -> list[str]:
    """The wife's and daughter's forms of a man's surname that has no gendered ending ("Lacko" -> "Lackova",
    "Nowak" -> "Nowakowa", "Nowakowna", "Nowakowej"), and the man's of such a woman's ("Oravcova" -> "Oravec", "Kalejowa" -> "Kaleja",
    "Lackova" -> "Lacko"); [] for a surname that is itself a word or a given name. Forms nobody writes cost only
    their place in the matcher: none is an English word."""
    word = surname.strip()
    if not word.isalpha() or len(word) < 4 or _word_or_given_name(word):
        return []
    key = fold_key(word)
    made: list[str] = []
    feminine = _FAMILY_SUFFIXED.fullmatch(key)
    if feminine:
        stem = feminine.group(1)
        made += [stem + "o", stem + "a", stem]
        fleeting = re.fullmatch(r"(.*[^aeiouy])([^aeiouy])", stem)
        if fleeting:
            made.append(fleeting.group(1) + "e" + fleeting.group(2))      # Oravc-ova -> Oravec
    elif not other_gender_surnames(word) or key.endswith("os"):
        # a surname with a gendered ending has its other form already ("Kowalski", "Kazlauskiene"); the Greek "-os"
        # is also Hungarian, and Slovak writes "Lakatosova"
        stems = [key[:-1]] if key[-1] in "ao" else [key]                  # Lack-o, Conk-a; Nowak
        fleeting = re.fullmatch(r"(.*[^aeiouy])e([^aeiouy])", key)
        if fleeting:
            stems.append(fleeting.group(1) + fleeting.group(2))           # Oravec -> Oravc-ova, Wrobel -> Wrobl-owa
        made += [stem + suffix for stem in stems for suffix in _FAMILY_SUFFIXES]
    out: list[str] = []
    for form in made:
        form_key = fold_key(form)
        if len(form_key) >= 4 and form_key != key and form_key not in out and not _word_or_given_name(form):
            out.append(form_key)
    return out


def _word_or_given_name(word: str) -> bool:
    from .data.tables import entry

    key = fold_key(word)
    return _only_a_word(word) or entry("given_names.tsv", key) is not None


def _relative_forms(words: list[str], aliases: list[str]) -> list[tuple[str, str, int]]:
    """The listed surnames (the name's, and a maiden or other name's in the aliases) in their other gendered form,
    bare and after a title: a father, brother or husband of the family ("Mr Nowakowski"). Only a name of two words
    or more has a surname; a one-word alias ("Lou") is none."""
    surnames = [words[-1]] if len(words) >= 2 else []
    surnames += [name_words(alias)[-1] for alias in aliases if len(name_words(alias)) >= 2]
    # each part of a compound surname too: "Mr Wiśniewski" of Beata Kowalczyk-Wiśniewska is her father
    surnames += [part.split()[-1] for surname in list(surnames) for part in surname_parts(surname)]
    forms: list[tuple[str, str, int]] = []
    for surname in dict.fromkeys(surnames):
        for other in other_gender_surnames(surname):
            forms += _titled_surname_forms(other, None, RELATIVE_FORM, RELATIVE)
        forms += [(other, SUFFIXED_FORM, RELATIVE) for other in suffixed_family_surnames(surname)
                  if other not in {fold_key(f) for f in other_gender_surnames(surname)}]
        forms += [(family, FAMILY_FORM, RELATIVE) for family in family_forms(surname)]
    # an Irish or Scottish surname as the other sex or a married woman of the family writes it ("Ní Néill" of
    # O'Neill, "Ó Briain" of Ní Bhriain): the same family's other form, as "-ski" is of "-ska"
    for name in [words] + [name_words(alias) for alias in aliases if len(name_words(alias)) >= 2]:
        for other in gaelic_other_forms(name) if len(name) >= 2 else []:
            forms += _titled_surname_forms(other, None, RELATIVE_FORM, RELATIVE)
    return forms


#: a theophoric name in another of its spellings ("Abd al-Rahman" of a listed Abdul-Rahman): the same name
THEOPHORIC_SUFFIX = "(theophoric)"
# the forms respelt: the name's own, and after the commonest titles (each title of the long list, from "PC" to "Wing
# Commander", respelt fifty ways, was thousands of forms for one person)
_RESPELT_FORMS = frozenset({"full", "first+surname", "first", "first-or-surname", "surname", "surname,first",
                            "reordered", "first+middle", "middle+surname", "alias", "alias+surname",
                            OWN_NAME_FAMILY_FORM})
_RESPELT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


ABBREVIATED_SUFFIX = "(abbreviated)"
# the forms a given name is written short in: those that hold the given name with more of the name
_ABBREVIATED_FORMS = _RESPELT_FORMS - {"first", "first-or-surname", "surname", OWN_NAME_FAMILY_FORM} \
    | {"initials+surname", "surname,initials", "title+full"}


def _person_and_abbreviated_forms(person: Person) -> list[tuple[str, str, int]]:
    """The person's forms, with the given name in its written abbreviation ("Md Abdul Jalil", "Md. A. Jalil",
    "JALIL, Mohd Abdul" of a listed Mohammed Abdul Jalil) and, where the rules write the abbreviation ("Md Abdul
    Jalil", as a passport does), in full ("Mohammed Abdul Jalil"). An abbreviation is never a form alone: a listed
    "Md Abdul Jalil" made every "MD" of the draft his ("The KARIM of the restaurant")."""
    titles, words = split_title(person.name)
    in_full = given_name_in_full(words[0]) if len(words) >= 2 else None
    forms = _person_forms(person)
    if in_full is not None:
        forms = [form for form in forms if not (" " not in form[0].strip() and given_name_in_full(form[0]))]
        written_in_full = " ".join([*titles, in_full, *words[1:]])
        forms += _person_forms(person.model_copy(update={"name": written_in_full}))
    known = {fold_key(text) for text, _, _ in forms}
    extra: list[tuple[str, str, int]] = []
    for text, form, priority in forms:
        if form not in _ABBREVIATED_FORMS:
            continue
        written = text.split(" ")
        for at, word in enumerate(written):
            shorts = given_name_abbreviations(word.rstrip(","))
            if not shorts or len(written) < 2:
                continue
            for short in shorts:
                made = " ".join([*written[:at], short + ("," if word.endswith(",") else ""), *written[at + 1:]])
                if fold_key(made) not in known:
                    known.add(fold_key(made))
                    extra.append((made, form + ABBREVIATED_SUFFIX, priority))
    return forms + extra


def _theophoric_forms(forms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The listed forms holding an Arabic theophoric name, in its other spellings (``redact.name_spellings``):
    "Muhammad Abd al-Rahman", "Mr Abdur Rahman" of a listed Muhammad Abdul-Rahman, "Abdul Rahman" of a listed
    Abdulrahman. Apply gave each a new "Person 1"."""
    from .name_spellings import theophoric_spellings

    known = {fold_key(text) for text, _, _ in forms}
    extra: list[tuple[str, str, int]] = []
    for text, form, priority in forms:
        if form not in _RESPELT_FORMS and not (form.startswith("title+") and text.split()[0] in _RESPELT_TITLES):
            continue
        for spelling in theophoric_spellings(text):
            if fold_key(spelling) not in known:
                known.add(fold_key(spelling))
                extra.append((spelling, form + THEOPHORIC_SUFFIX, priority))
    return extra


def _own_given_name_with_family_forms(words: list[str], shorts: list[tuple[str, str, int]],
                                      relatives: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The listed person's own given name (or its short form) before her surname in its other gendered or suffixed
    form is the person herself, as her language or an English speaker writes her ("Agnieszka Kowalczykowa" of
    Agnieszka Kowalczyk, "Elena Ivanov" of Elena Ivanova, "Jana Novak" of Jana Nováková): else the model's
    "Person 1" took her place. The surname alone or after a title stays the relative's (``_relative_forms``), and
    another given name before it is another person of the family ("Tomasz Nowakowski")."""
    if len(words) < 2:
        return []
    others = dict.fromkeys(text for text, form, _ in relatives if form in (RELATIVE_FORM, SUFFIXED_FORM))
    from .short_forms import also_a_word

    # a short form that is also a word ("Pat", "Bill") stays out: this form's matcher takes it in small letters too
    givens = [words[0]] + [" ".join(words[:-1])] * (len(words) >= 3)
    givens += [short for short, _, _ in shorts if not also_a_word(short)]
    forms = [(f"{given} {other}", OWN_NAME_FAMILY_FORM, EXACT) for given in dict.fromkeys(givens) for other in others
             if fold_key(given) != fold_key(other)]
    # a record's order, the surname first ("IVANOV, Elena", "Ivanov Elena"), as "reordered" and "surname,first" are
    # of the listed surname
    return forms + [(f"{other}{joint} {words[0]}", OWN_NAME_FAMILY_FORM, EXACT) for other in others
                    for joint in (",", "") if fold_key(words[0]) != fold_key(other)]


INITIAL_FORMS = frozenset({"first+initial", "surname+initial"})
ENDS_WITH_AN_INITIAL = INITIAL_FORMS | {"surname,initials"}


def initial_stands_alone(text: str, start: int, end: int) -> bool:
    """May a listed form end at ``text[start:end]``? Only the forms with an initial end in a word of one letter, and
    that letter must be a capital standing alone: "told Khan a story" holds no "Khan A", "Kovalenko O'Brien" no
    "Kovalenko O". Given to the matcher (``span_ok``), so that the shorter form inside ("Khan") still counts. Nor may
    a form open with "a" or "i" in small letters: the article and the pronoun, never an initial ("a gift for her
    son" holds no "A Gift" of Gift Adeyemi, "i will call" no "I Will")."""
    if end - start >= 3 and text[start] in "ai" and text[start + 1] in " \t":
        return False
    if end - start < 3 or text[end - 2] not in " ,\t" or not text[end - 1].isalpha():
        return True
    # a possessive's "s" is no surname's rest ("Jo W's sister"); another letter after the mark is ("O'Brien")
    return text[end - 1].isupper() and (text[end:end + 1] not in ("'", "’", "-")
                                        or _POSSESSIVE_S.match(text, end + 1) is not None)


_POSSESSIVE_S = lazy(re.compile, r"s(?![\w'’-])")


def initial_form_fits(variant: Variant, text: str, start: int, end: int) -> int:
    """Where a "Gurpreet D." form found at ``text[start:end]`` ends: the full stop after the initial goes with it
    inside a sentence ("Gurpreet D. told"), not at its end."""
    if variant.form not in ENDS_WITH_AN_INITIAL:
        return end
    if variant.form == "surname,initials":
        # "Dhillon, G. S." at the end of a sentence: its full stop is the sentence's too, and stays
        return end - 1 if text[end - 1] == "." and _SENTENCE_GOES_ON.match(text, end) is None else end
    if text[end:end + 1] == "." and _SENTENCE_GOES_ON.match(text, end + 1):
        return end + 1
    return end


# what follows a full stop that ends no sentence: a lower-case word, a comma, a bracket or a closing quote
# ("Gurpreet D. told", '"Dhillon, G. S."')
_SENTENCE_GOES_ON = lazy(re.compile, r"[ \t]*[a-z(,;:]|[\"'”’)\]]")


# an Arabic family name with its article: "Al-Hassan", "El-Masri", "al Amin"
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)[-‐ ](?P<core>[A-Z][a-z]{2,}(?:[-‐][A-Z][a-z]+)?)")


# a given name's sex read where a first word tells none: the countries that must list it (as known_names counts a
# common given name)
_SEVERAL_COUNTRIES = 3


# a role that is one kin word of one sex, whosever it is ("mother-in-law", "victim's grandson", "stepdad"); not one
# that names the person by another's kin ("mother's partner", "son's girlfriend")
_KIN_ROLE = lazy(re.compile, r"(?:(?:the[ _-]+)?(?:victim|perpetrator|deceased|her|his|their)(?:['’]s)?[ _-]+)?"
                             r"(?:ex[ _-]?|former[ _-])?(?:grand|great[ _-]grand|step|god|foster[ _-]|birth[ _-]|half[ _-])?"
                             r"(?:(mother|mum|mom|mam|ma|daughter|nan|nana|nanny|granny|sister|wife|aunt|auntie|"
                             r"niece|girlfriend)"
                             r"|(father|dad|pa|son|grandpa|grandad|brother|husband|uncle|nephew|boyfriend))"
                             r"(?:[ _-]in[ _-]law)?", re.IGNORECASE)


def sex_of_role(role: str | None) -> str | None:
    """"mother-in-law" is a woman's role, "grandson" a man's: the sex where the listed name tells none ("Jasleen")."""
    kin = _KIN_ROLE.fullmatch((role or "").strip())
    return None if kin is None else "female" if kin.group(1) else "male"


def person_sex(person: Person) -> str | None:
    """A listed person's sex: a title in the rules' name, then the role the chair gave ("grandson" of a listed Tunde,
    "father" of a listed Christy, "mother-in-law" of a listed Jasleen: given names that some countries' lists give the
    other sex, or none), then the given name (``gender_of``)."""
    titles, words = split_title(person.name)
    return gender_of(titles, []) or sex_of_role(person.role) or gender_of(titles, words)


def gender_of(titles: list[str], words: list[str]) -> str | None:
    """The sex of a listed person, from the words of the name (without titles) and the titles written with it: a
    gendered title ("Mrs Khan") says more than the first name does. A first word that is mainly a family name ("Li
    Wei", "Doyle Siobhan": Li is a girl's name in one country's list, Doyle a boy's in another) tells nothing, as it
    may be the family name written first: the given name after it tells ("Siobhan"), where several countries agree."""
    from .given_name_genders import given_name_gender, mainly_a_family_name

    for title in titles:
        bare = title.rstrip(".")
        if bare in FEMALE_TITLES:
            return "female"
        if bare in MALE_TITLES:
            return "male"
    if not words:
        return None
    if not mainly_a_family_name(words[0]):
        return likely_gender(words[0])
    # the given name after it only where several countries agree on its sex: romanised Chinese given names are in few
    # lists, and one of another community ("Chi", a Vietnamese girl's; "Yan", a boy's in two) would mislead as "Li" did
    second = words[1] if len(words) >= 2 else ""
    if not second or mainly_a_family_name(second):
        return None
    return given_name_gender(second, min_countries=_SEVERAL_COUNTRIES)


def _titled_surname_forms(surname: str, gender: str | None, form: str, priority: int) -> list[tuple[str, str, int]]:
    forms = [(surname, form, priority)]
    for title in NAME_TITLES:
        if _title_fits(title, gender):
            forms += [(f"{title} {surname}", f"title+{form}", priority),
                      (f"{title}. {surname}", f"title+{form}", priority)]
    return forms


#: the form of one word of a listed place's name written alone ("Caereinion" of Llanfair Caereinion)
PLACE_PART_FORM = "place part"

# Welsh words that begin or end many places' names, as "Street" and "Hospital" do in English (which the English
# word list keeps out): "Ysbyty" alone is every hospital of Wales, not the one listed
_WELSH_PLACE_WORDS = frozenset({"aber", "afon", "bryn", "caer", "canolfan", "capel", "coed", "cwm", "cyngor",
                                "eglwys", "ffordd", "heol", "llan", "lon", "maes", "nant", "pant", "parc", "pen",
                                "pentre", "plas", "pont", "porth", "sir", "stryd", "tref", "ysbyty", "ysgol"})


def _place_forms(place: Place) -> list[tuple[str, str, int]]:
    forms = [(place.name, "name", EXACT)] + [(alias, "alias", EXACT) for alias in place.aliases]
    # "Llanfair Caereinion" is also written "Llanfair-Caereinion" (and with a dash, which folds to a hyphen)
    forms += [(re.sub(r"(?<=[^\W\d_]) +(?=[^\W\d_])", "-", text), form + "(hyphenated)", priority)
              for text, form, priority in forms if not re.search(r"\d", text) and " " in text.strip()]
    # "Holly Lodge" of Holly Lodge Care Home, "RGH", "Larkspur Close" of 14 Larkspur Close: ``place_short_forms``
    short = [(text, form, LESSER_PART) for name in (place.name, *place.aliases)
             for text, form in (*short_forms(name), *area_title_forms(name))]
    return _with_hyphen_forms(forms + _place_spellings(forms)) + _place_parts(place) + short + _place_spellings(short)


def _place_parts(place: Place) -> list[tuple[str, str, int]]:
    """The words of a place's name that name it alone ("Caereinion", "Harborough" of Harborough District
    Council): no English word, no given name or surname (which may be somebody), no digits (an address's house)."""
    parts: list[tuple[str, str, int]] = []
    for name in (place.name, *place.aliases):
        if re.search(r"\d", name):
            continue
        words, keys = _place_part_keys(name)
        if len(words) < 2:
            continue
        for at, (word, key) in enumerate(zip(words, keys)):
            word = re.sub(r"['’]s$", "", word).strip(".,()")
            if at and keys[at - 1] in TITLE_CORES:
                continue    # "Nanak" of the Guru Nanak Gurdwara, "Challoner" of Bishop Challoner School: somebody
            if (len(key) >= 4 and word.isalpha() and word[0].isupper() and key not in _WELSH_PLACE_WORDS
                    and key not in _ONE_WORD_TITLES and key not in KIND_WORDS and not _a_word_a_name_or_a_place(key)):
                parts.append((word, PLACE_PART_FORM, LESSER_PART))
    return parts


def _a_word_a_name_or_a_place(key: str) -> bool:
    """An English word, a given name or surname, or a place of its own ("Gwynedd" of Ysbyty Gwynedd, "Sutton" of
    Sutton Coldfield, "Llanfair", which many Welsh villages share): alone it is that, judged by the recognisers.
    Each shipped list is searched as it is stored: a cold ``verify`` asks about a handful of words, and making the
    lists' sets cost it 60 ms."""
    from .data.tables import entry

    word = key.encode()
    return (b"\n" + word + b"\n" in _shipped_bytes("english_words.txt")
            or b"\t" + word + b"\n" in _shipped_bytes("name_lexicon.tsv")
            or b"\n" + word + b"\n" in _shipped_bytes("given_names_isles.txt")
            or entry("ordinary_words.txt", key) is not None or b"\n" + word + b"\n" in _shipped_bytes("place_keys.txt")
            or b"\n" + word + b"\n" in _shipped_bytes("geonames_gb.txt", lower=True)
            or b"\n" + word + b"\n" in _shipped_bytes("uk_areas.txt", lower=True))


@lru_cache(maxsize=None)
def _shipped_bytes(name: str, lower: bool = False) -> bytes:
    """A shipped list as stored (the word lists are folded already; the GB towns and areas are written with
    capitals, ``lower``), each entry between line feeds."""
    from importlib import resources

    data = b"\n" + resources.files("redact.data").joinpath(name).read_bytes().replace(b"\r\n", b"\n") + b"\n"
    return data.lower() if lower else data


def _place_part_keys(name: str) -> tuple[list[str], list[str]]:
    words = [word for word in re.split(r"[\s\-‐‑–—]+", name) if word]
    return words, [fold_key(re.sub(r"['’]s$", "", word).strip(".,()")) for word in words]


def place_part_pseudonym(place: Place, word: str) -> str:
    """What one word of a listed place's name, written alone, becomes: "Harborough" of Harborough District Council
    (pseudonym "Area A District Council" or "Area A Council") is "Area A", the words both end with dropped; a word
    of a name the pseudonym shares no ending with ("Caereinion" of Llanfair Caereinion, "Town X") is the whole
    pseudonym."""
    key = fold_key(word)
    pseudonym = place.pseudonym or ""
    pseudonym_words = pseudonym.split()
    for name in (place.name, *place.aliases):
        words, keys = _place_part_keys(name)
        if key not in keys:
            continue
        tail = keys[keys.index(key) + 1:]
        shared = 0
        while (shared < len(tail) and shared < len(pseudonym_words) - 1
               and fold_key(pseudonym_words[-1 - shared]) == tail[-1 - shared]):
            shared += 1
        return " ".join(pseudonym_words[:len(pseudonym_words) - shared]) if shared else pseudonym
    return pseudonym


# How a place's name is also written: "St Helens" as "Saint Helens" and "St. Helens", "Gt Yarmouth" as "Great
# Yarmouth", "Stratford-upon-Avon" as "Stratford-on-Avon"
_PLACE_WORD_SPELLINGS = [(r"\bSt\.?(?= )", ("St", "St.", "Saint")), (r"\bSaint(?= )", ("St", "St.", "Saint")),
                         (r"\bGt\.?(?= )", ("Gt", "Great")), (r"\bGreat(?= )", ("Gt", "Gt.")),
                         (r"(?<=[ -])upon(?=[ -])", ("upon", "on")), (r"(?<=[ -])on(?=[ -][A-Z])", ("on", "upon"))]


def _place_spellings(forms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    extra = []
    for text, form, priority in forms:
        for pattern, spellings in _PLACE_WORD_SPELLINGS:
            if re.search(pattern, text):
                extra += [(re.sub(pattern, spelling, text), form + "(spelling)", priority) for spelling in spellings
                          if re.sub(pattern, spelling, text) != text]
    # "Bishop's Stortford" is also typed "Bishops Stortford", "King's Lynn" "Kings Lynn"
    extra += [(re.sub(r"(?<=[^\W\d_])['’]s\b", "s", text), form + "(spelling)", priority)
              for text, form, priority in forms if re.search(r"[^\W\d_]['’]s\b", text)]
    # "Kirkby on Lune" is also "Kirkby-upon-Lune"
    extra += [(re.sub(r" (upon|on) ", r"-\1-", text), form, priority) for text, form, priority in forms + extra
              if re.search(r" (?:upon|on) [A-Z]", text)]
    return extra


# "O'Neill" is also typed "O Neill", "D'Souza" "D Souza", "McAllister" "Mc Allister", "MacDonald" "Mac Donald"
_ELIDED = re.compile(r"(?<![\w'’])([A-Z])['’](?=[A-Z]\w)")
_MAC = re.compile(r"(?<![\w'’])(?:Mac|Mc)(?=[A-Z][a-z])")
_ELIDED_OR_MAC = re.compile(r"(?<![\w'’])([A-Z])['’](?=[A-Z]\w)|(?<![\w'’])(Ma?c)(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _lexicon_names() -> frozenset[str]:
    """The folded given names and surnames of ``redact/data/name_lexicon.tsv`` (read without the detector: verify
    never imports it)."""
    from .data.tables import column, columns

    return frozenset(columns("name_lexicon.tsv", 2)[1] + column("given_names_isles.txt"))


def _only_a_word(word: str) -> bool:
    """An ordinary English word that is no surname or given name ("Level", not "Sullivan" or "Day")."""
    from .name_or_word import is_ordinary_word

    return is_ordinary_word(word) and fold_key(word).replace(" ", "") not in _lexicon_names()


def _with_hyphen_forms(forms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """'Sarah-Jane' is also typed 'Sarah Jane' and 'SarahJane', and "O'Neill" 'O Neill' (a prefix written apart)."""
    # "McLeod" for a listed "MacLeod", "MacNamara" for "McNamara": records spell the prefix as their clerk does, and
    # a draft copies each record's spelling
    forms = forms + [(swapped, form + "(mac)", priority) for text, form, priority in forms if _MAC.search(text)
                     for swapped in [_MAC.sub(lambda m: "Mc" if m.group() == "Mac" else "Mac", text)]]
    extra = [(text.replace("-", " "), form + "(spaced)", priority) for text, form, priority in forms
             if "-" in text]
    # 'Harper-Lyle' is also typed 'HarperLyle' or 'Harperlyle' (not where that is a word: "Sun-Set" is no "sunset")
    extra += [(joined, form + "(joined)", priority) for text, form, priority in forms
              if re.search(r"[^\W\d_]-[^\W\d_]", text)
              for joined in [re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", "", text)]
              if not any(_only_a_word(word) for word in joined.split() if word not in text.split())]
    # not where the rest is an ordinary word: "O'Level" written apart would be every "O level"
    extra += [(apart, form + "(spaced)", priority) for text, form, priority in forms + extra
              if _ELIDED_OR_MAC.search(text) and not any(
                  _only_a_word(m.group()) for m in re.finditer(r"(?:(?<=[A-Z]['’])|(?<=Mac)|(?<=Mc))[A-Z][\w'’]*", text))
              for apart in dict.fromkeys([_ELIDED_OR_MAC.sub(lambda m: (m.group(1) or m.group(2)) + " ", text),
                                          # "O' Neill": the apostrophe kept, a space typed after it
                                          _ELIDED_OR_MAC.sub(lambda m: (m.group(1) or m.group(2)) + (
                                              m.group(0)[-1] + " " if m.group(1) else " "), text)])]
    # "ONeill", "Darcy", "Ndiaye": the apostrophe left out (apply gave them a new "Person 2", verify missed "Darcy")
    extra += [(joined, form + "(joined)", priority) for text, form, priority in forms
              if _ELIDED.search(text)
              for joined in [_ELIDED.sub(r"\1", text)]
              if not any(_only_a_word(word) for word in joined.split() if word not in text.split())]
    return forms + extra + _particle_forms(forms + extra)


# Particles before a surname's core, as Dutch, German, French, Iberian, Italian and English surnames have them
_PARTICLES = re.compile(r"(?<![\w'’.-])((?:(?i:van|von|der|den|dela|delos|delas|de|del|della|da|das|dos|di|du|le|la|los|las"
                        r"|ter|ten)\s+|"
                        r"(?:St\.?|Saint)\s+)+)([A-Z][\w'’]*)")


#: a surname's particles shortened ("v.d. Berg" of van der Berg): no typo of one is looked for ("vd Bosch", another
#: family, is two letters from "vd Bossche")
ABBREVIATED_SUFFIX = "(abbreviated)"
_DUTCH_PAIRED_PARTICLES = (["van", "der"], ["van", "den"], ["van", "de"])
# the Spanish particles a Filipino name writes as one word or two, each way round
_CONTRACTED_PARTICLES = {"dela": "de la", "delos": "de los", "delas": "de las",
                         "de la": "dela", "de los": "delos", "de las": "delas"}
_DUTCH_PARTICLES_SHORT = ("v.d.", "v/d", "vd", "v. d.")


def _particle_forms(forms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A surname with particles typed as one word ("Vanderberg", "VanDerBerg" of van der Berg, "StJohn" of St
    John), "St" with its full stop or without, and "D'Souza" as "De Souza": apply gave each a new "Person 1" where
    verify's joined reading saw the listed name."""
    extra: list[tuple[str, str, int]] = []
    for text, form, priority in forms:
        for m in _PARTICLES.finditer(text):
            particles, core = m.group(1).split(), m.group(2)
            head, tail = text[:m.start()], text[m.end():]
            camel = "".join(p[:1].upper() + p[1:].rstrip(".") for p in particles) + core
            for joined in dict.fromkeys([camel, camel[:1] + camel[1:].lower()]):
                if not _only_a_word(joined):
                    extra.append((head + joined + tail, form + "(joined)", priority))
            if [p.lower() for p in particles] in _DUTCH_PAIRED_PARTICLES:
                # "v.d. Berg", "v/d Berg", "vd Berg" of van der Berg (van den, van de): Dutch and Flemish records and
                # letters write the particles so; apply read "Pieter v.d. Berg" as "Peter v.d. Peter"
                extra += [(head + short + " " + core + tail, form + ABBREVIATED_SUFFIX, priority)
                          for short in _DUTCH_PARTICLES_SHORT]
            contracted = _CONTRACTED_PARTICLES.get(" ".join(p.lower() for p in particles))
            if contracted:
                # "Dela Cruz" = "De La Cruz" = "de la Cruz", "Delos Santos" = "De Los Santos": Filipino names write the
                # Spanish particles joined or apart ("Theresa De La Cruz" of a listed Dela Cruz was "Person 1")
                written = contracted.title() if particles[0][:1].isupper() else contracted
                extra.append((head + written + " " + core + tail, form + "(spaced)", priority))
            if particles[-1] in ("St", "St."):
                dotted = "St" if particles[-1] == "St." else "St."
                extra.append((head + " ".join([*particles[:-1], dotted, core]) + tail, form + "(spaced)", priority))
        for m in re.finditer(r"(?<![\w'’])D['’](?=[A-Z]\w)", text):
            extra.append((text[:m.start()] + "De " + text[m.end():], form + "(spaced)", priority))
    return extra


def variants(rules: Rules) -> list[Variant]:
    """Every surface form of every listed entity, each form given to exactly one entity."""
    return list(_variants_of(_RulesByContent(rules)))


class _RulesByContent:
    """Rules compared by what they say: one document's detector, rules check and verify ask the same rules'
    forms (a tenth of a warm apply each time)."""

    __slots__ = ("rules", "said")

    def __init__(self, rules: Rules):
        self.rules, self.said = rules, rules.model_dump_json()

    def __hash__(self) -> int:
        return hash(self.said)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _RulesByContent) and self.said == other.said


@lru_cache(maxsize=128)   # a text cache to a benchmark (``benchmarks/speed.py``): each run reads its rules anew
def _variants_of(keyed: _RulesByContent) -> tuple[Variant, ...]:
    rules = keyed.rules
    best: dict[str, Variant] = {}
    claimants: dict[str, dict[int, int]] = {}     # form -> {entity: the best priority it claims the form with}
    # form -> the entities that claim it as their own, and those that claim it as a relative's ("Kazlauskienė" of a
    # listed Amara Kazlauskas is her mother's form)
    own: dict[str, set[int]] = {}
    by_relation: dict[str, set[int]] = {}
    pseudonym_words = _pseudonym_words(rules)
    for index, entity in enumerate(rules.listed()):
        forms = _person_and_abbreviated_forms(entity) if isinstance(entity, Person) else _place_forms(entity)
        for text, form, priority in forms:
            variant = Variant(text=text, entity=index, form=form, priority=priority)
            key = variant.key
            if not key:
                continue
            if form in (SHORT_FORM, PLACE_PART_FORM) and key in pseudonym_words:
                # "Kate" of a listed Catherine where Kate is somebody's pseudonym: the output writes it by design,
                # and reading it there as Catherine's form turned that person into Catherine's pseudonym too; so
                # "Gurdwara" of Gurdwara Sahib Leamington where "the gurdwara" is its pseudonym ("the the the ...")
                continue
            claimed = claimants.setdefault(key, {})
            claimed[index] = min(priority, claimed.get(index, priority))
            (by_relation if is_relative_form(form) else own).setdefault(key, set()).add(index)
            if form == FAMILY_FIRST_CLAIM:
                continue   # never the form's owner: the titled first word stays read as it was without the claim
            held = best.get(key)
            if held is None or (variant.priority, variant.entity) < (held.priority, held.entity):
                best[key] = variant
    return tuple(Variant(v.text, v.entity, v.form, v.priority,
                         _alternatives(_without_relatives_claims(claimants[key], own.get(key, set()),
                                                                 by_relation.get(key, set())), v.priority))
                 for key, v in best.items())


def _without_relatives_claims(claimed: dict[int, int], own: set[int], by_relation: set[int]) -> dict[int, int]:
    """A form somebody listed has as their own name is not another listed person's relative's form too: "Miss
    Kazlauskienė" of a listed Rūta Kazlauskienė was her daughter Amara Kazlauskas's (the girl's mother's form), and
    "Miss" gave it to the girl."""
    if not own:
        return claimed
    return {index: priority for index, priority in claimed.items() if index in own or index not in by_relation}


def _pseudonym_words(rules: Rules) -> frozenset[str]:
    """The folded words of every pseudonym the rules give: what the output writes."""
    from .rules import pseudonym_name_words

    return frozenset(word for entity in rules.listed() for word in pseudonym_name_words(entity.pseudonym or ""))


def _alternatives(claimed: dict[int, int], best: int) -> tuple[int, ...]:
    """The entities a form may stand for. A middle name or half a hyphenated name is no alternative to somebody
    whose own name the form is: "Mrs Mensah" is Grace or Comfort Mensah, never Amara Mensah-Carver."""
    return tuple(index for index, priority in claimed.items() if priority != LESSER_PART or best >= LESSER_PART)


def one_word_forms(rules: Rules) -> dict[int, set[str]]:
    """For each listed person (their index in ``rules.listed()``), the folded words of their names and aliases of
    two letters or more: the person's own words, each, even a surname another person shares."""
    return {index: {fold_key(word) for name in (entity.name, *entity.aliases) for word in name_words(name)
                    if len(fold_key(word)) > 1}
            for index, entity in enumerate(rules.listed()) if isinstance(entity, Person)}


def own_words_of(forms: dict[int, set[str]], variant: Variant) -> set[str]:
    """The folded name words (``one_word_forms``) of every listed person ``variant`` may be ("He" of He Jing and of
    Wei He): what ``NameOrWord.judge_unmarked`` takes as the person's other names, in apply and verify alike."""
    return {word for index in (variant.entity, *variant.alternatives) for word in forms.get(index, ())}


def surnames_and_first_names(rules: Rules) -> set[str]:
    """Folded single words that are parts of listed names (used to recognise a name context)."""
    words: set[str] = set()
    for entity in rules.people:
        for name in (entity.name, *entity.aliases):
            # (a record's order leaves its comma on the surname: "JUDGE, Di Anne")
            words.update(fold_key(word.strip(",;")) for word in name_words(name))
            if a_title_written_as_a_surname(name):
                words.add(fold_key(name))     # "née Constable": the birth surname, a title too
            # "Annamaria" of Anna-Maria: the name's word, typed without its hyphen
            words.update(fold_key(word.replace("-", "")) for word in name_words(name) if "-" in word)
    return words
