"""A nickname the draft gives a listed person inside or right after their name, then uses alone.

Found by a probe (2026-12-05), rules listing Darius Mensah -> "Tom" and Katarzyna Kowalska -> "Anna":
"Darius 'Daz' Mensah was arrested. Daz denied it." gave "Tom was arrested. Person 1 denied it.";
'Katarzyna "Kasia" Kowalska moved.' gave "Person 1 moved."; "Darius (known as Daz) Mensah denied it." gave
"Tom (known as Person 1) Tom denied it."; "Darius Mensah (Daz) denied it." gave "Tom (Person 1) denied it.".
The nickname is the listed person's for that document (``redact.introduced_nicknames``): every later use gets
their pseudonym, the name written with it goes whole ("Tom was arrested"), verify reports the nickname alone, and
the check of the output counts it as the input taught. Beside an unlisted person's name nothing is learned.

People of every tradition (``benchmarks.drafts.names``), nicknames of their tradition or invented ones, in every
form; a held-back seed is checked the same way and reported apart.
"""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.drafts.names import TRADITIONS, drawn_at_random
from conftest import quiet_redactor
from redact.verify import verify_texts

TUNED_SEED, HELD_BACK_SEED = 7, 2026
# invented nicknames, and some that are English words too (judged as a listed word that is a word is)
INVENTED = ("Daz", "Smudge", "Ziggy", "Moz", "Jojo", "Kiki", "Taz", "Bobo", "Dizzy", "Chuck", "Bear", "Sunny",
            "Tiny", "Gaz", "Shaz", "Bazza", "Nene", "Didi")
FORMS = ['{g} "{n}" {s}', "{g} ‘{n}’ {s}", "{g} '{n}' {s}", "{g} “{n}” {s}", "{g} „{n}“ {s}", "{g} «{n}» {s}",
         "{g} ({n}) {s}", "{g} (known as {n}) {s}", "{g} (aka {n}) {s}", "{g} {s} ({n})", '{g} {s} ("{n}")',
         "{g} {s} (known as {n})", "{g} {s} (aka ‘{n}’)", "{g} {s}, known as {n},", "{g} {s} aka '{n}'"]
LATER = ["{n} denied it.", "Officers spoke to {n} at the address.", "{n}'s car was found nearby.",
         "Later that evening {n} left the house.", "The school said {n} was often late."]
OTHER = {"name": "Bronwen Whitaker", "pseudonym": "Vera", "role": "victim"}


def _listed_name(person) -> tuple[str, str]:
    """The person's name as the rules list it, cut where a nickname goes inside it: between given name and surname
    ("Maarten 'Jojo' van Dijk"), before the last word of a name written family name first ("Lê Văn ‘Bazza’ Hùng")."""
    if person.tradition.family_first:
        first, last = f"{person.surname} {person.given}".rsplit(" ", 1)
        return first, last
    return person.given, person.surname


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        person = drawn_at_random(rng, index)
        own = person.tradition.nicknames.get(person.given)
        nickname = own if own and rng.random() < 0.5 else rng.choice(INVENTED)
        cases.append((person, nickname, rng.choice(FORMS), rng.sample(LATER, 2)))
    return cases


def _rules(person) -> dict:
    first, last = _listed_name(person)
    pseudonym = "Tom" if not person.female else "Anna"
    return {"people": [OTHER, {"name": f"{first} {last}", "pseudonym": pseudonym, "role": "perpetrator"}],
            "dates": {"date_of_death": "2022-11-03"}}


def _draft(person, nickname, form, later) -> list[str]:
    first, last = _listed_name(person)
    intro = form.format(g=first, n=nickname, s=last)
    return [f"{intro} was arrested on the Friday.", *(sentence.format(n=nickname) for sentence in later)]


def _words_left(words, out: str) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out)]


def _failures(person, nickname, form, later) -> list[str]:
    rules = _rules(person)
    pseudonym = rules["people"][1]["pseudonym"]
    paragraphs = _draft(person, nickname, form, later)
    redactor = quiet_redactor(rules)
    out = redactor.redact_text("\n\n".join(paragraphs))
    failures = []
    left = _words_left((*' '.join(_listed_name(person)).split(), nickname), out)
    if left:
        failures.append(f"left {left}: {out!r}")
    if "Person " in out or out.count(pseudonym) < 3:
        failures.append(f"not every mention is {pseudonym}: {out!r}")
    if not out.startswith(f"{pseudonym} was arrested"):
        failures.append(f"the name with its nickname does not read as {pseudonym}: {out!r}")
    # verify: the nickname alone, in a paragraph of its own, is the listed person's in this document
    verdict = verify_texts(redactor.rules, [(f"p{i}", p) for i, p in enumerate(paragraphs)])
    reported = {leak.location for leak in verdict.leaks}
    if not {"p1", "p2"} <= reported:
        failures.append(f"verify let the nickname alone pass: {sorted(reported)}")
    # ... and the check of the output counts it as the input taught (the name is gone there)
    if not redactor.leak_finder.spans(later[0].format(n=nickname)):
        failures.append("the output's check forgot the nickname")
    return failures


@pytest.mark.parametrize("person, nickname, form, later", _cases(TUNED_SEED, 60))
def test_a_listed_persons_introduced_nickname_gets_their_pseudonym(person, nickname, form, later):
    assert not _failures(person, nickname, form, later)


@pytest.mark.parametrize("person, nickname, form, later", _cases(HELD_BACK_SEED, 30))
def test_held_back(person, nickname, form, later):
    assert not _failures(person, nickname, form, later)


@pytest.mark.parametrize("person, nickname, form, later", _cases(TUNED_SEED + 1, 24))
def test_an_unlisted_persons_nickname_gets_no_listed_pseudonym(person, nickname, form, later):
    """The same sentences about a person no rule lists, beside a listed person named plainly (an invented
    nickname: "Aga" is a short form of a listed Agnieszka, whoever the draft gives it to)."""
    nickname = INVENTED[person.index % len(INVENTED)]
    rules = _rules(person)
    pseudonym = rules["people"][1]["pseudonym"]
    tradition = list(TRADITIONS.values())[(person.index + 3) % len(TRADITIONS)]
    unlisted = (tradition.male if person.female else tradition.female)[0]
    unlisted_surname = tradition.surnames[-1][0 if person.female else 1]
    first, last = _listed_name(person)
    paragraphs = [f"{first} {last} was interviewed.",
                  f"{form.format(g=unlisted, n=nickname, s=unlisted_surname)} was arrested on the Friday.",
                  *(sentence.format(n=nickname) for sentence in later)]
    redactor = quiet_redactor(rules)
    out = redactor.redact_text("\n\n".join(paragraphs))
    assert out.count(pseudonym) == 1, out
    verdict = verify_texts(redactor.rules, [(f"p{i}", p) for i, p in enumerate(paragraphs)])
    assert {leak.location for leak in verdict.leaks} == {"p0"}


@pytest.mark.parametrize("nickname", ["Bear", "Sunny", "Tiny"])
def test_a_nickname_that_is_a_word_is_learned_only_with_its_capital(nickname):
    rules = {"people": [{"name": "Darius Mensah", "pseudonym": "Tom", "role": "perpetrator"}],
             "dates": {"date_of_death": "2022-11-03"}}
    word = nickname.lower()
    text = f"Darius '{nickname}' Mensah was arrested.\n\n{nickname} denied it.\n\nIt was a {word} thing to say."
    out = quiet_redactor(rules).redact_text(text)
    assert out == f"Tom was arrested.\n\nTom denied it.\n\nIt was a {word} thing to say.", out


def test_a_word_in_brackets_after_a_name_that_is_no_given_name_is_no_nickname():
    rules = {"people": [{"name": "Darius Mensah", "pseudonym": "Tom", "role": "victim"}],
             "dates": {"date_of_death": "2022-11-03"}}
    out = quiet_redactor(rules).redact_text("Darius Mensah (Deceased) was found.\n\nThe Deceased was 40.")
    assert "The Deceased was 40." in out and "Tom" in out, out
