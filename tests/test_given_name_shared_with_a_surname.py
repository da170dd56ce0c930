"""A listed person's given name that is another listed person's surname (``resolve_shared_forms``).

Where a family names a child after the father ("Luwam Yonas", daughter of Yonas Haile: Eritrean, Ethiopian,
Somali and many Arabic names), and in Wales, where given names are surnames too (Thomas Price and Siân Thomas),
the bare word ("Yonas said", "Thomas was arrested") is one listed person's given name and another's surname.
Drafts call adults by their given name, so the bare word is the given name's owner: it went to the child by
exclusion when the sentence named the father's surname in another person ("Yonas's brother, Mr Haile senior,
declined") and that choice was then made the document's reading of every bare "Yonas" ("Child 1 took her card").

Generated families and passages (tuned seed, and a held-back seed not looked at while fixing): each passage
introduces the family, then one sentence uses the shared word bare; its pseudonym must be the given name's owner's.
"""
from __future__ import annotations

import random

import pytest

from redact import Redactor
from redact.rules import parse_rules

TUNED_SEED = 47_301
HELD_BACK_SEED = 47_302
CASES = 40

# (given names, given names of fathers, how a child is named after the father)
_COMMUNITIES = {
    "eritrean": (["Senait", "Helen", "Saba", "Selam", "Mebrat", "Rahwa", "Yordanos", "Feven"],
                 ["Yonas", "Tesfay", "Dawit", "Mehari", "Kibrom", "Filmon", "Berhane", "Yemane"],
                 ["Luwam", "Natnael", "Ruta", "Samuel", "Merhawi", "Eden"],
                 ["Haile", "Gebremariam", "Tekle", "Kidane", "Habte", "Weldu"]),
    "ethiopian": (["Meron", "Hiwot", "Bethlehem", "Tigist", "Selamawit", "Mahlet"],
                  ["Abebe", "Getachew", "Tadesse", "Dereje", "Solomon", "Mulugeta"],
                  ["Nahom", "Liya", "Kalkidan", "Abel", "Ruth", "Yeabsira"],
                  ["Bekele", "Alemu", "Worku", "Girma", "Tesfaye", "Mekonnen"]),
    "somali": (["Hodan", "Amina", "Fadumo", "Sahra", "Hibo", "Ubah"],
               ["Abdi", "Mahad", "Guled", "Abdirahman", "Farah", "Liban"],
               ["Ayaan", "Khadar", "Nimco", "Sagal", "Mustafe", "Ilhan"],
               ["Warsame", "Jama", "Hersi", "Egal", "Samatar", "Duale"]),
    "sudanese": (["Amna", "Rayan", "Samah", "Nahla", "Tasneem"],
                 ["Osman", "Elnour", "Hamid", "Babiker", "Mutasim"],
                 ["Mohanad", "Reem", "Sana", "Yousif", "Hiba"],
                 ["Elamin", "Abdelrahman", "Ibrahim", "Elhassan", "Bashir"]),
}
# Welsh: a given name that is also a surname, the surname belonging to a friend or a neighbour
_WELSH_GIVEN = ["Thomas", "Morgan", "Owen", "Rhys", "Griffith", "Lewis", "Evan", "Howell"]
_WELSH_SURNAMES = ["Price", "Jenkins", "Pritchard", "Bowen", "Vaughan", "Pugh"]
_WELSH_WOMEN = ["Siân", "Carys", "Ffion", "Nia", "Eleri", "Bethan", "Angharad"]

_BARE = [
    "{w} told the GP that he was sleeping badly.",
    "Police attended and {w} was arrested at the address.",
    "Later that night {w} sent her eleven messages.",
    "The probation officer noted that {w} had been controlling.",
    "{w}'s account was that she had left him.",
    "She told her friend that {w} had taken her passport.",
    "In interview {w} denied any assault.",
    "The children's social worker spoke to {w} by phone.",
]
_CONTEXT = [
    "{v} lived with her husband {pf} {ps} and their daughter {c}.",
    "{pf}'s brother, Mr {ps} senior, declined to take part in the review.",
    "{v}'s friend {fr} gave a statement to the panel.",
    "{c} {cs} attended the local primary school.",
    "The school had no concerns about {c} until late 2022.",
]


def _family(rng: random.Random, index: int):
    if index % 4 == 3:   # Welsh: the father's given name is a friend's surname
        father, surname = rng.choice(_WELSH_GIVEN), rng.choice(_WELSH_SURNAMES)
        victim = f"{rng.choice(_WELSH_WOMEN)} {rng.choice(_WELSH_SURNAMES)}"
        child, child_surname = rng.choice(["Megan", "Osian", "Cerys", "Dylan"]), surname
        friend = f"{rng.choice(_WELSH_WOMEN)} {father}"
    else:
        women, fathers, children, surnames = _COMMUNITIES[rng.choice(sorted(_COMMUNITIES))]
        father, surname = rng.choice(fathers), rng.choice(surnames)
        victim = f"{rng.choice(women)} {rng.choice([s for s in surnames if s != surname])}"
        child, child_surname = rng.choice(children), father      # named after the father
        friend = f"{rng.choice(['Tharshini', 'Grace', 'Agnieszka', 'Fatima'])} {rng.choice(['Sivakumar', 'Mensah', 'Nowak', 'Begum'])}"
    return victim, (father, surname), (child, child_surname), friend


def _cases(seed: int):
    rng = random.Random(seed)
    out = []
    for index in range(CASES):
        victim, (father, surname), (child, child_surname), friend = _family(rng, index)
        people = [
            {"name": victim, "pseudonym": "Victim"},
            {"name": f"{father} {surname}", "pseudonym": "Daniel"},
            {"name": f"{child} {child_surname}", "pseudonym": "Child 1"},
            {"name": friend, "pseudonym": "Friend A"},
        ]
        order = rng.sample(range(4), 4) if rng.random() < 0.5 else list(range(4))
        rules = {"version": 1, "review": "Generated DHR", "people": [people[i] for i in order],
                 "dates": {"date_of_death": "2023-01-29"}}
        context = " ".join(s.format(v=victim.split()[0], pf=father, ps=surname, c=child, cs=child_surname,
                                    fr=friend) for s in rng.sample(_CONTEXT, rng.randint(2, 5)))
        out.append((rules, context, rng.choice(_BARE).format(w=father)))
    return out


_REDACTORS: dict[str, Redactor] = {}


def _redactor(rules: dict) -> Redactor:
    key = repr(rules)
    if key not in _REDACTORS:
        _REDACTORS[key] = Redactor(parse_rules(rules))
    return _REDACTORS[key]


def _wrong(rules: dict, context: str, sentence: str) -> str | None:
    output = _redactor(rules).redact_text(context + "\n" + sentence)
    last = output.rsplit("\n", 1)[-1]
    if "Daniel" in last and "Child 1" not in last and "Friend A" not in last:
        return None
    return f"{sentence!r} -> {last!r}"


@pytest.mark.parametrize("seed", [TUNED_SEED, HELD_BACK_SEED], ids=["tuned", "held-back"])
def test_the_bare_given_name_is_its_owner(seed):
    wrong = [w for case in _cases(seed) if (w := _wrong(*case)) is not None]
    assert not wrong, f"{len(wrong)}/{CASES}:\n" + "\n".join(wrong[:10])


def test_the_child_named_in_full_stays_the_child():
    rules, context, _ = _cases(TUNED_SEED)[0]
    child = rules["people"][[p["pseudonym"] for p in rules["people"]].index("Child 1")]["name"]
    out = _redactor(rules).redact_text(f"{context}\n{child} was collected from school by her grandmother.")
    assert out.rsplit("\n", 1)[-1].startswith("Child 1 was collected")
