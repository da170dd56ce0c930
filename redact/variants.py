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

from dataclasses import dataclass
from functools import lru_cache

from .normalise import fold_key
from .rules import Person, Place, Rules

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord", "Rev",
          "Reverend", "Father", "Cllr", "Councillor")
RANKS = ("PC", "DC", "PS", "DS", "DI", "DCI", "DSI", "Supt", "Ch Supt", "Sgt", "Insp", "Det Sgt", "Det Insp",
         "PCSO", "Constable", "Sergeant", "Inspector", "Chief Inspector", "Superintendent",
         "Detective Constable", "Detective Sergeant", "Detective Inspector", "Detective Chief Inspector",
         # armed forces (veterans and serving personnel appear in reviews)
         "Captain", "Lieutenant", "Colonel", "Corporal", "Lance Corporal", "Flight Lieutenant", "Squadron Leader",
         "Wing Commander")
NAME_TITLES = TITLES + RANKS

MALE_TITLES = frozenset({"Mr", "Sir", "Lord", "Father"})
FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady"})

# Priority classes: lower wins a shared form.
EXACT, NAME_PART, ALIAS_PART = 0, 1, 2


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


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def likely_gender(first_name: str) -> str | None:
    """'male', 'female' or None, from the first name alone (gender-guesser's name lists)."""
    for candidate in (first_name, first_name.split("-")[0]):
        guess = _gender_detector().get_gender(candidate)
        if guess in ("male", "mostly_male"):
            return "male"
        if guess in ("female", "mostly_female"):
            return "female"
    return None


def _title_fits(title: str, gender: str | None) -> bool:
    """'Mr Fletcher' is not Dawn Fletcher, 'Ms Nowak' is not Filip Nowak."""
    if gender == "female" and title in MALE_TITLES:
        return False
    if gender == "male" and title in FEMALE_TITLES:
        return False
    return True


def _person_forms(person: Person) -> list[tuple[str, str, int]]:
    forms: list[tuple[str, str, int]] = [(person.name, "full", EXACT)]
    gender = likely_gender(person.name.split()[0])
    words = _words(person.name)
    if len(words) >= 2:
        first, surname = words[0], words[-1]
        forms += [
            (f"{first} {surname}", "first+surname", EXACT),
            (first, "first", NAME_PART),
            (surname, "surname", NAME_PART),
            (f"{surname}, {first}", "surname,first", EXACT),
            (f"{surname}, {' '.join(words[:-1])}", "surname,first", EXACT),
            (f"{first[0]} {surname}", "initial+surname", NAME_PART),
            (f"{first[0]}. {surname}", "initial+surname", NAME_PART),
        ]
        for title in NAME_TITLES:
            if not _title_fits(title, gender):
                continue
            forms += [(f"{title} {surname}", "title+surname", NAME_PART),
                      (f"{title}. {surname}", "title+surname", NAME_PART),
                      (f"{title} {first} {surname}", "title+full", EXACT),
                      (f"{title} {person.name}", "title+full", EXACT)]
    for alias in person.aliases:
        forms.append((alias, "alias", EXACT))
        alias_words = _words(alias)
        if len(alias_words) == 1 and len(words) >= 2:
            forms.append((f"{alias} {words[-1]}", "alias+surname", EXACT))  # "Jo Pryor"
        if len(alias_words) >= 2:
            forms += [(alias_words[0], "alias-first", ALIAS_PART), (alias_words[-1], "alias-surname", ALIAS_PART)]
            for title in NAME_TITLES:
                if _title_fits(title, gender):
                    forms.append((f"{title} {alias_words[-1]}", "title+alias-surname", ALIAS_PART))
    return _with_hyphen_forms(forms)


def _place_forms(place: Place) -> list[tuple[str, str, int]]:
    forms = [(place.name, "name", EXACT)] + [(alias, "alias", EXACT) for alias in place.aliases]
    return _with_hyphen_forms(forms)


def _with_hyphen_forms(forms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """'Sarah-Jane' is also typed 'Sarah Jane'."""
    extra = [(text.replace("-", " "), form + "(spaced)", priority) for text, form, priority in forms
             if "-" in text]
    return forms + extra


def variants(rules: Rules) -> list[Variant]:
    """Every surface form of every listed entity, each form given to exactly one entity."""
    best: dict[str, Variant] = {}
    claimants: dict[str, list[int]] = {}
    for index, entity in enumerate(rules.listed()):
        forms = _person_forms(entity) if isinstance(entity, Person) else _place_forms(entity)
        for text, form, priority in forms:
            variant = Variant(text=text, entity=index, form=form, priority=priority)
            key = variant.key
            if not key:
                continue
            if index not in claimants.setdefault(key, []):
                claimants[key].append(index)
            held = best.get(key)
            if held is None or (variant.priority, variant.entity) < (held.priority, held.entity):
                best[key] = variant
    return [Variant(v.text, v.entity, v.form, v.priority, tuple(claimants[key])) for key, v in best.items()]


def surnames_and_first_names(rules: Rules) -> set[str]:
    """Folded single words that are parts of listed names (used to recognise a name context)."""
    words: set[str] = set()
    for entity in rules.people:
        for name in (entity.name, *entity.aliases):
            words.update(fold_key(word) for word in _words(name))
    return words
