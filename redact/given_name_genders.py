"""Given names and the gender they are given to, from Faker's locale person providers (MIT, in the wheel).

Replaces gender-guesser (GPL-3, unmaintained). Faker lists, per locale, the names given to girls and to boys in
that country (Polish, Irish, Yoruba, Turkish, Vietnamese, romanised Chinese and some eighty more). A name is
counted once per locale that lists it, so "how many countries give it" stands in for how common a given name is.

The gender of a name: ``female`` when locales listing it for girls outnumber those listing it for boys at least
two to one, ``male`` the other way round, ``None`` otherwise. A name given both ways in many countries ("Andrea":
a man's name in Italy, a woman's elsewhere; "Jean", "Sasha") says nothing about the person, so no title is
inferred from it; one stray listing ("Luca" in one female list) does not make a common name ambiguous. This is
what gender-guesser's "mostly_male"/"mostly_female" and "andy" answers meant too.

A word that many more locales list as a family name than as a given name ("Li", a girl's name in Sweden's list
and the family name of China's; "Doyle", a boy's in the long US list and a surname of every English-speaking one)
says little of the sex of a person listed with it first: that person is as likely to have it as a family name
written first (``mainly_a_family_name``).
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .normalise import fold_key

# A given name written in the Latin alphabet: other scripts cannot appear in the reports' English text.
_LATIN_NAME = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
# A gender is read off a name when its locales lean this many to one.
_MAJORITY = 2
_lock = threading.Lock()


@dataclass(frozen=True)
class GivenNames:
    female: Counter    # folded name -> how many locales list it for girls
    male: Counter      # folded name -> how many locales list it for boys
    anywhere: Counter  # folded name -> how many locales list it (either gender)
    generic_words: frozenset[str]   # frequent English words only Faker's generic list gives as a name
    family: Counter    # folded given name -> how many locales list it as a family name too

    @property
    def by_locale(self) -> dict[str, frozenset[str]]:
        """Locale -> folded given names it lists (either gender): read from Faker (tests and benchmarks only)."""
        return _faker_given_names()[3]


@lru_cache(maxsize=1)
def given_names() -> GivenNames:
    """Every Latin-script given name of Faker's person providers, folded: read from ``redact/data/given_names.tsv``
    (built by tools/build_data.py with :func:`read_faker_given_names`; folding Faker's lists here takes a second and
    a pre-commit ``verify`` should not need Faker)."""
    from .data.tables import rows

    female: Counter = Counter()
    male: Counter = Counter()
    anywhere: Counter = Counter()
    family: Counter = Counter()
    generic_words = set()
    for key, girls, boys, locales, generic, surname_locales in rows("given_names.tsv"):
        if girls != "0":
            female[key] = int(girls)
        if boys != "0":
            male[key] = int(boys)
        anywhere[key] = int(locales)
        if generic == "1":
            generic_words.add(key)
        if surname_locales != "0":
            family[key] = int(surname_locales)
    return GivenNames(female, male, anywhere, frozenset(generic_words), family)


def read_faker_given_names() -> GivenNames:
    """The table :func:`given_names` reads, made from Faker's person providers (build time only)."""
    female, male, anywhere, by_locale, family = _faker_given_names()
    generic = by_locale.get(_GENERIC_LIST, frozenset())
    return GivenNames(female, male, anywhere,
                      frozenset(key for key in generic if _frequent_word_only_in_generic_list(anywhere, key)),
                      Counter({key: family[key] for key in anywhere if family[key]}))


@lru_cache(maxsize=1)
def _faker_given_names() -> tuple[Counter, Counter, Counter, dict[str, frozenset[str]], Counter]:
    import faker.providers.person as person_providers

    female: Counter = Counter()
    male: Counter = Counter()
    anywhere: Counter = Counter()
    family: Counter = Counter()   # folded word -> how many locales list it as a family name
    by_locale: dict[str, frozenset[str]] = {}
    loaded_before = set(sys.modules)
    with _lock:
        for module in pkgutil.iter_modules(person_providers.__path__):
            provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
            locale_names: set[str] = set()
            for attribute, counter in (("first_names_female", female), ("first_names_male", male)):
                keys = set(_folded(getattr(provider, attribute, None) or ()))
                counter.update(keys)
                locale_names |= keys
            if locale_names:
                by_locale[module.name] = frozenset(locale_names)
                anywhere.update(locale_names)
            # every list of family names ("last_names", zh_CN's "last_romanized_names", ...)
            family.update({key for attribute in dir(provider) if attribute.startswith("last_") and "names" in attribute
                           and isinstance(values := getattr(provider, attribute), (list, tuple, dict))
                           for value in values if isinstance(value, str) for key in _folded(value.split())})
        # the providers' modules hold every list whole: keep only the folded keys (as known_names does)
        for name in set(sys.modules) - loaded_before:
            if name.startswith(person_providers.__name__ + "."):
                del sys.modules[name]
                if hasattr(person_providers, name.rsplit(".", 1)[1]):
                    delattr(person_providers, name.rsplit(".", 1)[1])
    return female, male, anywhere, by_locale, family


def _folded(values: Iterable) -> Iterable[str]:
    for value in values:
        if isinstance(value, str) and _LATIN_NAME.match(value):
            yield fold_key(value)


def given_name_gender(first_name: str, min_countries: int = 1) -> str | None:
    """'female', 'male' or None (unknown, given to both in comparable numbers of countries, or listed by fewer
    than ``min_countries`` locales: one country's list can hold a name that is another's short form of the other
    gender, "Aga" a man's name in Azerbaijan and short for Agnieszka in Poland)."""
    female, male, anywhere, generic = _counts(fold_key(first_name))
    if anywhere < min_countries or generic:
        return None
    if female and female >= _MAJORITY * male:
        return "female"
    if male and male >= _MAJORITY * female:
        return "male"
    return None


@lru_cache(maxsize=4096)
def mainly_a_family_name(word: str) -> bool:
    """A given name that more than twice as many locales list as a family name ("Li", "Lin", "Doyle", "Meyer"):
    whatever sex ``given_name_gender`` reads off it, a person listed with it first ("Li Wei", "Doyle Margaret
    Ann") is as likely to have it as a family name written first, which tells no sex."""
    return _family_locales(fold_key(word)) > _MAJORITY * given_name_countries(word)


# Faker's generic English list ("en") holds hundreds of words as given names ("Council", "Sister", "Son",
# "London"): a frequent English word that no country's own list gives anybody tells no gender
_GENERIC_LIST = "en"
_FREQUENT_WORD_ZIPF = 4.0


def _frequent_word_only_in_generic_list(anywhere: Counter, key: str) -> bool:
    if anywhere[key] != 1:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(key, "en") >= _FREQUENT_WORD_ZIPF


def given_name_countries(first_name: str) -> int:
    """How many of Faker's locales list ``first_name`` as a given name (0 for a word nobody is named)."""
    return _counts(fold_key(first_name))[2]


def _counts(key: str) -> tuple[int, int, int, bool]:
    """(female, male, anywhere, generic word) of ``given_names`` for one key, read without building the table:
    verify asks about a few names, and the table takes a twentieth of a second."""
    from .data.tables import entry

    found = entry("given_names.tsv", key)
    if found is None:
        return 0, 0, 0, False
    _, girls, boys, locales, generic, _ = found
    return int(girls), int(boys), int(locales), generic == "1"


def _family_locales(key: str) -> int:
    """How many locales list a given name of ``given_names`` as a family name too (0 for a word no list gives)."""
    from .data.tables import entry

    found = entry("given_names.tsv", key)
    return int(found[5]) if found else 0
