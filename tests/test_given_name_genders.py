"""Given names' likely gender from Faker's female and male lists (which replaced gender-guesser, GPL-3)."""
from __future__ import annotations

import random

import pytest

from redact.given_name_genders import given_name_countries, given_name_gender, given_names
from redact.variants import likely_gender


@pytest.mark.parametrize("locale", ["pl_PL", "ga_IE", "tr_TR", "yo_NG", "tw_GH", "en_KE", "vi_VN", "en_IN",
                                    "ro_RO", "zh_CN"])
def test_names_one_gender_everywhere_get_that_gender_in_any_spelling(locale):
    """Sampled from a community's own lists: a name no locale gives the other gender is that gender, written
    as listed, in capitals, or without its diacritics (as British reports often write Łukasz, Oisín, Ayşe)."""
    import importlib

    from redact.normalise import fold_key

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names = given_names()
    rng = random.Random(locale)
    for attribute, gender in (("first_names_female", "female"), ("first_names_male", "male")):
        written = [n for n in getattr(provider, attribute) if n.isalpha()]
        other = names.male if gender == "female" else names.female
        only = [n for n in written if not other[fold_key(n)]]
        assert only, (locale, attribute)
        for name in rng.sample(only, min(8, len(only))):
            for form in (name, name.upper(), fold_key(name).capitalize()):
                assert likely_gender(form) == gender, (locale, form)


def test_a_name_given_both_ways_in_comparable_numbers_of_countries_has_no_gender():
    names = given_names()
    both = sorted(k for k in names.female if names.male[k] and names.female[k] < 2 * names.male[k]
                  and names.male[k] < 2 * names.female[k])
    assert len(both) > 20
    for key in random.Random(5).sample(both, 20):
        assert likely_gender(key.capitalize()) is None, key


def test_a_name_mostly_given_one_way_takes_that_gender():
    names = given_names()
    leaning = sorted(k for k in names.female if names.male[k] and names.female[k] >= 2 * names.male[k])
    assert leaning
    for key in random.Random(6).sample(leaning, min(20, len(leaning))):
        assert likely_gender(key.capitalize()) == "female", key


def test_words_and_unknown_names_have_no_gender_and_no_countries():
    for word in ("The", "When", "Because", "Hospital", "Xqzvbr", "", "-", "Mr"):
        assert likely_gender(word) is None
        assert given_name_countries(word) == 0


def test_a_double_barrelled_given_name_is_told_by_its_first_part():
    names = given_names()
    female = sorted(k for k in names.female if not names.male[k] and k.isalpha())
    male = sorted(k for k in names.male if not names.female[k] and k.isalpha())
    rng = random.Random(7)
    for _ in range(10):
        f, m = rng.choice(female).capitalize(), rng.choice(male).capitalize()
        assert likely_gender(f"{f}-{m}") in ("female", given_name_gender(f"{f}-{m}"))
        assert likely_gender(f"{m}-{f}") in ("male", given_name_gender(f"{m}-{f}"))


def test_a_gender_may_require_several_countries():
    names = given_names()
    single = sorted(k for k in names.anywhere if names.anywhere[k] == 1 and bool(names.female[k]) != bool(names.male[k]))
    assert single
    for key in random.Random(8).sample(single, 10):
        assert given_name_gender(key) is not None
        assert given_name_gender(key, min_countries=2) is None


def test_a_title_is_no_given_name_whatever_a_list_holds():
    from redact.variants import NAME_TITLES

    for title in NAME_TITLES:
        if " " not in title:
            assert likely_gender(title) is None, title
            assert likely_gender(title.upper()) is None, title


def test_the_lists_are_read_once_per_process():
    assert given_names() is given_names()


@pytest.mark.parametrize("word", ["Council", "Sister", "Son", "Doctor", "Friend", "London", "January", "Judge"])
def test_a_frequent_word_only_the_generic_list_calls_a_name_has_no_gender(word):
    # Faker's generic "en" list holds such words as given names; no country's own list does
    assert given_name_gender(word) is None
