"""Generated drafts for two leak classes around a listed person's given name (tests/test_inner_short_forms.py,
tests/test_short_form_with_the_surnames_initial.py).

- INNER: a short form taken from inside or the end of the given name, not its opening (Trish of Patricia, Tasha of
  Natasha, Becky of Rebecca, Tony of Anthony), alone and beside the surname;
- WORD: such a form that is also an English word (Shell of Michelle, Sandy of Alexandra, Drew of Andrew), written
  before the listed surname, or after "known as", and then alone in the same draft;
- INITIAL: a short form or the given name with the surname's initial ("Jo W", "Trish S.", "Joanne W.");
- KEEP: the same words as English or as an unlisted person's name, which must come out as they went in.

Given names of English, Welsh, Scottish, Irish and Caribbean families and of families of other traditions who give
English names (Nigerian, Ghanaian, Polish, South Asian, Chinese surnames); one seed tunes, one is held back.
"""
from __future__ import annotations

import random

TUNED, HELD_BACK = 8811, 8923
PSEUDONYM = "Ruth"
OTHER = ("Delroy Campbell", "Adam")     # a second listed person, so nothing is read as "the only person"
DATES = {"date_of_death": "2023-06-14"}

SURNAMES = ["Francis", "Sinclair", "Pritchard", "Llewellyn", "MacLeod", "Fraser", "Doherty", "Gallagher", "Okafor",
            "Mensah", "Bailey", "Grant", "Kowalski", "Nowak", "Hussain", "Chaudhry", "Wong", "Reid", "Morgan",
            "Whitfield", "Boateng", "Campbell", "Evans", "Quinn"]
# (given name, a short form taken from inside or the end of it)
INNER = [("Patricia", "Trish"), ("Patricia", "Tricia"), ("Natasha", "Tasha"), ("Rebecca", "Becky"),
         ("Rebecca", "Becca"), ("Christina", "Tina"), ("Christine", "Tina"), ("Alexis", "Lexi"),
         ("Katrina", "Trina"), ("Amanda", "Mandy"), ("Amanda", "Manda"), ("Elizabeth", "Beth"),
         ("Elizabeth", "Betty"), ("Elizabeth", "Liz"), ("Elizabeth", "Lizzie"), ("Anthony", "Tony"),
         ("Sebastian", "Bas"), ("Ezekiel", "Zeke"), ("Veronica", "Ronnie"), ("Michelle", "Chelle"),
         ("Michelle", "Shelley"), ("Dominic", "Nic")]
# (given name, a short form that is also an English word)
WORD = [("Michelle", "Shell"), ("Alexandra", "Sandy"), ("Alexander", "Sandy"), ("Andrew", "Drew"),
        ("Patricia", "Pat"), ("Raymond", "Ray"), ("Deirdre", "Dee")]
# not looked for: "King" of Kingsley, a more common given name than Kingsley (tools/build_data.py's
# ``_a_name_of_its_own``); "King Okafor" may be somebody else
# (given name, a short form, the template's pronoun)
INITIAL = [("Joanne", "Jo"), ("Patricia", "Trish"), ("Stephanie", "Steph"), ("Rebecca", "Becky"),
           ("Jennifer", "Jen"), ("Natasha", "Tasha"), ("Gareth", "Gaz"), ("Anthony", "Tony"),
           ("Christopher", "Chris"), ("Elizabeth", "Liz")]

INNER_TEMPLATES = [
    "On the night, {s} called her mother.", "{s} {surname} was seen by the GP.", "Her sister said {s} was frightened.",
    "{s}'s neighbour heard shouting.", "The health visitor saw {s} twice.", "Police spoke to {s} {surname} at the address.",
    "| 12/03 | GP | {s} {surname} attended |", "A text from {s} read: im ok.",
]
# the word form before the surname teaches it for the draft: later it is the person alone too
WORD_TEMPLATES = [
    "{s} {surname} rang the police.", "Police spoke to {s} {surname} at the address.",
    "Her friends called her {s}. {s} {surname} moved to the town in 2019.",
    "{s} {surname} was seen by the GP. Later {s} told her sister she was afraid.",
    "The victim, known as {s}, lived alone.",
]
INITIAL_TEMPLATES = [
    "{s} {i} said she was fine.", "Police spoke to {s} {i}. at the address.", "Notes: seen by GP, {s} {i} 12/03.",
    "A text from {s} {i}. read: im ok.", "| 14/03 | Police | {s} {i} reported |", "{s} {i}'s sister rang.",
]
# must stay as written: the letter is not the listed surname's, or it is a word
INITIAL_KEEP_TEMPLATES = [
    "{s} I think was frightened.", "{s} A&E was busy.", "Staff asked {s} A question about it.",
]
# ordinary English or another person; (the listed person's given name, the sentence): the listed person's pseudonym
# must not appear (an unlisted person becomes "Person 1" by the review's policy, as on main)
KEEP = [
    ("Michelle", "She sold her shares in Shell last year."), ("Michelle", "Shell Energy cut off the gas."),
    ("Michelle", "He found a shell on the beach."), ("Alexandra", "They walked on the Sandy beach at Rhossili."),
    ("Alexandra", "Sandy, the neighbour, heard nothing."), ("Andrew", "He drew a picture of the house."),
    ("Andrew", "Drew Barrymore was on the television."), ("Raymond", "A ray of light came through the door."),
    ("Kingsley", "The King's Speech was on the television that night."), ("Patricia", "Pat the dog, she said."),
    ("Christina", "Tina Turner was playing in the kitchen."), ("Amanda", "Mandy Moore's song was on the radio."),
    ("Natasha", "He grew a tash that summer."), ("Alexandra", "Sandy Hughes, a neighbour, heard nothing."),
    ("Deirdre", "They walked by the river Dee."), ("Anthony", "Tony Blair was Prime Minister then."),
    ("Alexandra", "Sandra, the neighbour, heard nothing."), ("Jonathan", "Nathan from next door rang the police."),
    ("Helen", "Lena, a friend from work, said she was worried."),
]
# a word before the listed surname in lower case: "Day" of David is a form only with its capital; (listed name,
# sentence, expected output)
KEEP_BESIDE_SURNAME = [
    ("David Francis", "On the day Francis rang her twice.", "On the day Ruth rang her twice."),
    ("Andrew Kowalski", "He drew Kowalski a map.", "He drew Ruth a map."),
    ("Raymond Okafor", "A ray Okafor saw was the only light.", "A ray Ruth saw was the only light."),
]


def _surname(rng: random.Random, avoid: str) -> str:
    return rng.choice([s for s in SURNAMES if s.lower() != avoid.lower()])


def inner_cases(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    """(listed name, short form, draft, expected output)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        given, short = rng.choice(INNER)
        surname = _surname(rng, short)
        template = rng.choice(INNER_TEMPLATES)
        draft = template.format(s=short, surname=surname)
        expected = template.format(s=PSEUDONYM, surname="").replace(f"{PSEUDONYM}  ", f"{PSEUDONYM} ") \
            .replace(f"{PSEUDONYM} |", f"{PSEUDONYM} |").replace(f"{PSEUDONYM} was", f"{PSEUDONYM} was")
        expected = expected.replace(f"{PSEUDONYM} at", f"{PSEUDONYM} at")
        out.append((f"{given} {surname}", short, draft, _tidy(expected)))
    return out


def word_cases(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        given, short = rng.choice(WORD)
        surname = _surname(rng, short)
        template = rng.choice(WORD_TEMPLATES)
        out.append((f"{given} {surname}", short, template.format(s=short, surname=surname),
                    _tidy(template.format(s=PSEUDONYM, surname=""))))
    return out


def initial_cases(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        given, short = rng.choice(INITIAL)
        surname = _surname(rng, short)
        written = rng.choice((short, given))
        template = rng.choice(INITIAL_TEMPLATES)
        draft = template.format(s=written, i=surname[0])
        expected = template.format(s=PSEUDONYM, i="").replace(f"{PSEUDONYM} .", f"{PSEUDONYM}")
        out.append((f"{given} {surname}", written, draft, _tidy(expected)))
    return out


def initial_keep_cases(seed: int, count: int) -> list[tuple[str, str, str, str]]:
    """The given name or short form goes; the capital after it stays."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        given, short = rng.choice(INITIAL)
        surname = rng.choice([s for s in SURNAMES if s[0] not in "IA"])
        written = rng.choice((short, given))
        template = rng.choice(INITIAL_KEEP_TEMPLATES)
        out.append((f"{given} {surname}", written, template.format(s=written),
                    template.format(s=PSEUDONYM)))
    return out


def keep_cases(seed: int) -> list[tuple[str, str, str, str]]:
    """(listed name, "", sentence, sentence): the listed pseudonym must not appear (an unlisted person is replaced
    by the review's policy, as before)."""
    rng = random.Random(seed)
    return [(given if " " in given else f"{given} {_surname(rng, given)}", "", sentence, sentence)
            for given, sentence in KEEP]


def _tidy(text: str) -> str:
    return text.replace(f"{PSEUDONYM}  ", f"{PSEUDONYM} ").replace(f"{PSEUDONYM} .", f"{PSEUDONYM}.") \
        .replace(f"{PSEUDONYM} '", f"{PSEUDONYM}'")


def rules_for(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": PSEUDONYM}, {"name": OTHER[0], "pseudonym": OTHER[1]}],
            "dates": DATES}


def draft_with_other(text: str) -> tuple[str, str]:
    """The draft and the expected tail: the second listed person, written after."""
    return f"{text} {OTHER[0]} was not at home.", f" {OTHER[1]} was not at home."
