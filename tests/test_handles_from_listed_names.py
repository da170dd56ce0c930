"""Usernames, social-media handles, gamer tags and e-mail local parts built from a LISTED person's name (helper
``handles``, 2026-12-06): "haol" of Hao Li, "nial02" of Nia Lloyd, "duct" of Duc Tran, "mjones1985", "m.jones",
"maryjones_x", "jones_mary", "MaryJones", "@maryj85", "tiktok.com/@haol", "facebook.com/mary.jones.5",
"mary.j85@gmail.com". Names of many communities, short given names (Li, Bo, Jo, Ann, Hao, Duc, Nia) among them.

A short given name glued to an initial ("haol") is a handle only where the text makes it one: after "@", in an
e-mail address or a web address, after a word that introduces a username ("Snapchat: haol"), or with digits
("haol02"). Ordinary words holding a short name stay ("jolly" with Jo listed, "annual" with Ann, "bold" with Bo,
"lion" with Li), as do agencies' e-mail and web addresses and the handles of people nobody listed.

Each generated case is a passage with one planted handle of one listed person (rules: four people):
- must go: no tell of the handle is left by ``redact_text`` (the handle's name letters, folded), and ``verify``
  reports the passage before it is redacted;
- must stay: the passage comes out as it does with nobody of its rules listed.
The tuned seed's cases and the held-back seed's are counted apart (``python tests/test_handles_from_listed_names.py``).
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from functools import lru_cache

import pytest

TUNED, HELD_BACK = 61207, 83911

# (female given, male given, surnames) per community; short given names are planted often
COMMUNITIES = {
    "chinese": (("Li", "Mei", "Xiu", "Yan", "Jing"), ("Hao", "Bo", "Wei", "Jun", "Lei"),
                ("Li", "Wang", "Zhang", "Liu", "Chen", "Huang", "Lin")),
    "vietnamese": (("Lan", "Thu", "Mai", "Hoa", "Ngoc"), ("Duc", "Minh", "Tuan", "Huy", "Nam"),
                   ("Tran", "Nguyen", "Pham", "Le", "Vo", "Dang")),
    "somali": (("Hodan", "Ubah", "Ayan", "Sahra", "Idil"), ("Abdi", "Guled", "Mahad", "Ali", "Omar"),
               ("Warsame", "Jama", "Farah", "Hassan", "Egal")),
    "polish": (("Ola", "Ewa", "Kasia", "Agnieszka", "Zofia"), ("Jan", "Piotr", "Tomasz", "Bartek", "Olek"),
               ("Nowak", "Kowalski", "Wisniewska", "Mazur", "Krol")),
    "nigerian": (("Ada", "Ngozi", "Tolu", "Bisi", "Funmi"), ("Ade", "Emeka", "Tunde", "Obi", "Femi"),
                 ("Okafor", "Adeyemi", "Balogun", "Eze", "Okoro")),
    "punjabi": (("Simran", "Jas", "Harpreet", "Manjit", "Kiran"), ("Raj", "Gurdeep", "Jaspal", "Inder", "Amar"),
                ("Sandhu", "Gill", "Dhillon", "Sidhu", "Bains")),
    "turkish": (("Elif", "Ece", "Zeynep", "Ayse", "Nur"), ("Can", "Emre", "Mert", "Ali", "Efe"),
                ("Yilmaz", "Kaya", "Demir", "Sahin", "Ozturk")),
    "irish": (("Aoife", "Niamh", "Siobhan", "Orla", "Una"), ("Sean", "Cian", "Donal", "Eoin", "Liam"),
              ("Murphy", "Byrne", "Walsh", "Doyle", "Kelly")),
    "welsh": (("Nia", "Cerys", "Ffion", "Lowri", "Eira"), ("Iwan", "Huw", "Rhys", "Dai", "Gethin"),
              ("Lloyd", "Pritchard", "Evans", "Jenkins", "Morgan")),
    "romanian": (("Ana", "Ioana", "Elena", "Ina", "Irina"), ("Ion", "Mihai", "Dan", "Radu", "Vlad"),
                 ("Popescu", "Ionescu", "Stan", "Munteanu", "Rusu")),
    "english": (("Jo", "Ann", "Mary", "Kim", "Amy"), ("Tom", "Ben", "Lee", "Joe", "Ray"),
                ("Jones", "Smith", "Taylor", "Hill", "Wood")),
}
PSEUDONYMS = ["Adult A", "Adult B", "Adult C", "Adult D"]

_DIGITS = lambda rng: rng.choice(["85", "1985", "02", "14", "7", "99", "2001", "0612", "123", "1", "07"])  # noqa
_AFFIX_AFTER = ["", "", "", "x", "xx", "_x", "_official", "uk", "_uk", "_"]
_AFFIX_BEFORE = ["", "", "", "", "x", "xx", "its", "the", "real", "mrs", "x_", "_"]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _cores(rng: random.Random, given: str, surname: str) -> list[tuple[str, str]]:
    """(core, shape): the person's name letters as a handle joins them."""
    g, s = ascii_fold(given), ascii_fold(surname)
    G, S = g.capitalize(), s.capitalize()
    return [(g + s[0], "given+initial"), (g + s[0], "given+initial"), (g + "_" + s[0], "given_initial"),
            (g[0] + s, "initial+surname"), (g[0] + "." + s, "initial.surname"), (g[0] + "_" + s, "initial_surname"),
            (g + s, "given+surname"), (G + S, "GivenSurname"), (g + "_" + s, "given_surname"),
            (g + "." + s, "given.surname"), (s + g, "surname+given"), (s + "_" + g, "surname_given"),
            (s + g[0], "surname+initial"), (S + G[0], "SurnameInitial")]


def _handle(rng: random.Random, given: str, surname: str, digits_ok: bool = True) -> tuple[str, str, str]:
    """(handle, core, shape)."""
    core, shape = rng.choice(_cores(rng, given, surname))
    before = rng.choice(_AFFIX_BEFORE) if rng.random() < 0.25 else ""
    after = rng.choice(_AFFIX_AFTER) if rng.random() < 0.4 else ""
    digits = ""
    if digits_ok and rng.random() < 0.6:
        digits = rng.choice(["", "_", "."]) + _DIGITS(rng)
    if after and digits and rng.random() < 0.5:
        return before + core + digits + after, core, shape
    return before + core + after + digits, core, shape


# contexts a handle stands in: (template, needs a handle without "." at its ends, kind)
_CONTEXTS = [
    ("She messaged him as @{h} on Instagram the night before.", "at"),
    ("The account @{h} posted a photograph of the house.", "at"),
    ("Instagram: {h}", "cue"),
    ("Her Snapchat username was {h} and her sister had the password.", "cue"),
    ("Snapchat username {h}", "cue"),
    ("His gamer tag on Xbox was {h}, which his son also used.", "cue"),
    ("Police traced the TikTok account {h} to his phone.", "cue"),
    ("She e-mailed the GP from {h}@gmail.com on 3 March.", "email"),
    ("Contact: {h}@hotmail.co.uk", "email"),
    ("The messages came from {h}@yahoo.com and were printed.", "email"),
    ("Her profile was at https://www.facebook.com/{h} until it was taken down.", "url"),
    ("The video is still at tiktok.com/@{h} according to the family.", "url"),
    ("See instagram.com/{h}/ for the posts the family shared.", "url"),
    ("He wrote to her on Facebook as {h} several times a day.", "cue"),
    ("Messages from {h} were found on her phone (Snapchat).", "digits"),
    # where a chat or an e-mail names its writer or reader by the handle: no platform, no "@"
    ("Text: \"tell {h} I'm sorry x\"", "bare"),
    ("[22/01/2021, 21:40] {h}: ok", "bare"),
    ("From: {h} <sent from iPhone>", "bare"),
    ("Kind regards,\n{h}", "bare"),
    ("WhatsApp 23:14 — \"{h} where are you??\"", "bare"),
    ("To: {h}; Cc: MASH", "bare"),
]


def _names(rng: random.Random) -> list[tuple[str, str]]:
    people = []
    for community in rng.sample(sorted(COMMUNITIES), 4):
        women, men, surnames = COMMUNITIES[community]
        people.append((rng.choice(women + men), rng.choice(surnames)))
    # two short given names (2-3 letters) in each rules file
    for index in rng.sample(range(4), 2):
        community = rng.choice(sorted(COMMUNITIES))
        women, men, surnames = COMMUNITIES[community]
        short = [n for n in women + men if len(n) <= 3]
        if short:
            people[index] = (rng.choice(short), rng.choice(surnames))
    return people


def _rules(people: list[tuple[str, str]]) -> dict:
    unique = {f"{g} {s}": None for g, s in people}    # one entry each, in order
    return {"people": [{"name": name, "pseudonym": p} for name, p in zip(unique, PSEUDONYMS)],
            "dates": {"date_of_death": "2023-06-14"}}


def leaking_cases(seed: int, n_rules: int = 5, per_rules: int = 20) -> list[tuple[tuple, str, str, str]]:
    """(people, passage, core, shape) with one handle built from a listed person's name."""
    rng = random.Random(seed)
    cases = []
    for _ in range(n_rules):
        people = _names(rng)
        for _ in range(per_rules):
            given, surname = rng.choice(people)
            template, kind = rng.choice(_CONTEXTS)
            handle, core, shape = _handle(rng, given, surname)
            if kind == "bare" and rng.random() < 0.5:
                handle = core    # as a chat names its writer: the name letters alone
            if kind == "digits" and not any(c.isdigit() for c in handle):
                handle += _DIGITS(rng)
            if kind in ("email", "url") or kind == "at":
                handle = handle.strip("._")
            if kind == "email" or template.endswith("{h}"):
                handle = handle.rstrip(".")
            if any(_letters(core) in _letters(token) for token in template.split()):
                continue     # the template's own words hold the core's letters: no tell to look for
            cases.append((tuple(people), template.format(h=handle), core, shape))
    return cases


# Ordinary words holding a short given name (the name listed), agencies' addresses, handles of unlisted people
_WORDS_WITH_A_SHORT_NAME = {
    "Jo": ["jolly", "joint", "journey", "jog", "enjoy", "major"], "Ann": ["annual", "announce", "channel", "planned"],
    "Bo": ["bold", "border", "about", "bought", "elbow"], "Li": ["lion", "police", "link", "public", "listen"],
    "Hao": ["chaos"], "Duc": ["educate", "produce", "reduce", "conduct"], "Nia": ["niagara", "insomnia", "pneumonia"],
    "Lee": ["sleep", "fleet", "sleeve"], "Dan": ["danger", "dance", "abundant", "guidance"],
    "Ion": ["lion", "action", "motion", "onion"], "Can": ["cancel", "scan", "candle"], "Ali": ["alibi", "valid"],
    "Ada": ["adapt", "canada"], "Ana": ["analysis", "banana", "manage"], "Ewa": ["reward", "steward"],
}
_STAY = [
    "Her {w} appointment was on 5 May and the letter said so.",
    "The review noted the {w} twice in 2021 and again in 2022.",
    "Referral: safeguarding.adults@leeds.gov.uk (copied to the MASH).",
    "The MASH inbox mash.team@nhs.net received the form on 4 June.",
    "See www.gov.uk/domestic-abuse and www.womensaid.org.uk for help.",
    "The policy is at https://www.cardiff.gov.uk/safeguarding/adults.",
    "Her friend posted as @sunflower_girl88 on Instagram.",
    "His Xbox gamer tag was ShadowWolf99 for years.",
    "Contact the team at duty.desk@hampshire.police.uk for the log.",
    "The 2019 {w} report is online at www.example.org.uk/reports/2019.",
]


# A listed short given name and the word its handle spells, in prose: (given, surname, word)
_WORD_BUILDS = [("Duc", "Tran", "duct"), ("Li", "Tran", "lit"), ("Jo", "Gill", "jog"), ("Dan", "Kaya", "dank"),
                ("Can", "Tran", "cant"), ("Ion", "Stan", "ions"), ("Lee", "Kelly", "leek"), ("Ray", "Smith", "rays"),
                ("Tom", "Byrne", "tomb"), ("Ben", "Doyle", "bend"), ("Ana", "Lloyd", "anal"),
                ("Bo", "Wang", "bow"), ("Amy", "Lin", "amyl"), ("Ada", "Munteanu", "adam"), ("Kim", "Lin", "kiml")]
_WORD_BUILD_STAY = ["The {w} in the kitchen was checked by the landlord.", "She said the {w} was the least of it.",
                    "Police noted the {w} at 10:15 and left.", "Her instagram post about the {w} was shared."]


def staying_cases(seed: int, n: int = 60, n_rules: int = 6) -> list[tuple[tuple, str]]:
    """(people, passage): no handle of anyone listed in the passage. Few rules files (each a Redactor), many
    passages each."""
    rng = random.Random(seed)
    pool = []
    for index in range(n_rules):
        people = _names(rng)
        if index % 3 == 0:
            given, surname, word = rng.choice(_WORD_BUILDS)
            people[0] = (given, surname)
        else:
            short = rng.choice(sorted(_WORDS_WITH_A_SHORT_NAME))
            people[0] = (short, rng.choice(COMMUNITIES[rng.choice(sorted(COMMUNITIES))][2]))
        pool.append(people)
    cases = []
    for _ in range(n):
        people = rng.choice(pool)
        given, surname = people[0]
        builds = [word for g, s, word in _WORD_BUILDS if (g, s) == (given, surname)]
        if builds:
            cases.append((tuple(people), rng.choice(_WORD_BUILD_STAY).format(w=builds[0])))
        if rng.random() < 0.3:
            # someone else's handle: a listed given name with another initial, or the name of nobody listed
            other = rng.choice([c for c in "bcfgkmpqvwyz" if c != ascii_fold(surname)[0]])
            handle = rng.choice([ascii_fold(given) + other + _DIGITS(rng), ascii_fold(given) + other + "_x",
                                 "kayq" + _DIGITS(rng), "dazzaboy" + _DIGITS(rng), ascii_fold(given) + other])
            template, _kind = rng.choice(_CONTEXTS)
            cases.append((tuple(people), template.format(h=handle)))
            continue
        template = rng.choice(_STAY)
        words = _WORDS_WITH_A_SHORT_NAME.get(given) or ["annual"]
        word = rng.choice(words)
        if "{w}" in template and rng.random() < 0.2:
            word += rng.choice(["2023", "_1", "22"])
        cases.append((tuple(people), template.format(w=word)))
    return cases


@lru_cache(maxsize=64)
def _redactor(people: tuple):
    from conftest import quiet_redactor
    return quiet_redactor(_rules(list(people)))


@lru_cache(maxsize=64)
def _finder(people: tuple):
    from redact.rules import parse_rules
    from redact.verify.finder import LeakFinder
    return LeakFinder(parse_rules(_rules(list(people))))


def _verify_reports(people: tuple, text: str) -> bool:
    """Does verify report a listed person in ``text``?"""
    return any(kind == "person" for _, _, kind, _ in _finder(people).spans(text))


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text))


def left(people: tuple, text: str, core: str) -> str | None:
    """The output if a tell of ``core`` is left in it: the core's letters run together anywhere in the output's
    letters inside a word of the output."""
    out = _redactor(people).redact_text(text)
    if any(_letters(core) in _letters(token) for token in out.split()):
        return out
    return None


def wrong_leaks(seed: int, check_verify: bool = True) -> list[tuple[str, str, str]]:
    wrong = []
    for people, text, core, shape in leaking_cases(seed):
        out = left(people, text, core)
        if out is not None:
            wrong.append(("apply", shape, f"{text} -> {out}"))
        elif check_verify and not _verify_reports(people, text):
            wrong.append(("verify", shape, text))
    return wrong


_NOBODY_OF_THESE = (("Wilhelmina", "Featherstonehaugh"),)


def wrong_stays(seed: int) -> list[tuple[str, str]]:
    """Passages that come out otherwise than with nobody of theirs listed (agencies' e-mail and web addresses are
    contact details either way)."""
    wrong = []
    for people, text in staying_cases(seed):
        out = _redactor(people).redact_text(text)
        if out != _redactor(_NOBODY_OF_THESE).redact_text(text):
            wrong.append((f"{people[0][0]}", f"{text} -> {out}"))
    return wrong


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_handle_built_from_a_listed_name_goes(seed):
    wrong = wrong_leaks(seed)
    assert not wrong, f"{len(wrong)} of {len(leaking_cases(seed))}: {wrong[:10]}"


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_words_and_addresses_that_hold_no_listed_handle_stay(seed):
    wrong = wrong_stays(seed)
    assert not wrong, f"{len(wrong)} of {len(staying_cases(seed))}: {wrong[:10]}"


if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    seeds = {"tuned": TUNED, "held-back": HELD_BACK}
    parts = sys.argv[1:] or ["tuned"]
    for part in parts:
        seed = seeds[part]
        leaks, stays = wrong_leaks(seed), wrong_stays(seed)
        print(f"{part}: leaks {len(leaks)} of {len(leaking_cases(seed))}, over-redacted {len(stays)} of "
              f"{len(staying_cases(seed))}")
        if part == "tuned":
            from collections import Counter
            print(Counter((a, b) for a, b, _ in leaks))
            for item in leaks[:40]:
                print("  ", item)
            for item in stays[:20]:
                print("  ", item)
