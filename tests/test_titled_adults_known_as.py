"""An adult's title before a surname a listed adult shares with a listed child or a person of the other sex, in a
sentence that names the adult again by an alias ("Mr Boateng was known as Kwame B"), is the adult
(``titled_adults_known_as_gen``)."""
from __future__ import annotations

import pytest

import titled_adults_known_as_gen as gen
from quietly import redact_text, verify_text

# "Christy" (an Irish man's name) and "Tunde" (a Yoruba man's) are girls' names in the lists of given names the
# project reads sex from: a title "Mr" before the family's name is then no form of theirs (open, reported)
_LISTS_GIVE_THE_OTHER_SEX = ("Christy", "Tunde")
CASES = [case for seed in range(0, 8) for case in gen.make_cases(seed)
         if not any(person["name"].startswith(_LISTS_GIVE_THE_OTHER_SEX) for person in case["rules"]["people"])]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_a_titled_adult_named_again_by_an_alias(case):
    output = redact_text(case["sentence"], case["rules"])
    assert gen.outcome(case, output) is None, (case["sentence"], output)
    assert verify_text(output, case["rules"]).ok, output


GHANAIAN = {"people": [{"name": "Akosua Mensah", "pseudonym": "Ama"},
                       {"name": "Kwame Boateng", "pseudonym": "Kofi", "aliases": ["Kwame B"]},
                       {"name": "Kojo Boateng", "role": "child"}],
            "dates": {"date_of_death": "2022-12-24"}}


@pytest.mark.parametrize("text, expected", [
    ("Mr Boateng was known as Kwame B.", "Kofi was known by another name."),
    ("Mr Boateng, known to friends as Kwame B, said no.", "Kofi, known to friends by another name, said no."),
    ("Mr Boateng was known to police.", "Kofi was known to police."),
    ("Akosua said Mr Boateng had left.", "Ama said Kofi had left."),
])
def test_the_ghanaian_draft(text, expected):
    assert redact_text(text, GHANAIAN) == expected
