"""Red team (brief "leaks50"): three small leak classes, each with controls.

1. ``day``: the date of death written by its day's ordinal alone, without "the" ("in the early hours of 9th",
   "by 9th", "from 8th to 9th", "9th (Sunday)", "9TH", "9 th", "ninth"), in a sentence about the death whose
   month was named before it or nowhere. Controls (``day_control``): the same day in a sentence not about the
   death, another day in a sentence about it.
2. ``ext``: a phone number the phone recogniser takes, then its extension ("ext 214", "(ext. 214)", "extn 214",
   "x214", "extension 214", "Ext: 214"): the extension goes with the number, in one replacement. Controls
   (``ext_control``): "extension of the tenancy", "Section 214", "x 2 visits".
3. ``given``: a given name or nickname that is also an English word ("Mags", "Will", "Rose", "Hope") right before
   a surname the tool replaces as a person (a listed one, or one the text gives elsewhere as a person's): the
   given name is the same person's. Controls (``given_control``): a sentence-opening word, a title or rank, a
   month in a phrase of time before such a surname ("Later Doyle said", "Dr Doyle", "In May Doyle rang").

Each case: {"seed", "kind", "sentence", "secrets": none may survive (given names: as a word, in their case),
"keep": strings that must survive}; an extension must leave no "ext"/"extension" nor empty brackets beside "[phone]".
Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_bare_days_extensions_given_names.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

RULES = {"version": 1, "review": "test",
         "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Tariq Abdi", "pseudonym": "John"},
                    {"name": "Siobhan Doyle", "pseudonym": "Ruth"}, {"name": "Kamran Hussain", "pseudonym": "Sam"}],
         "dates": {"date_of_death": "2023-07-09", "date_of_birth": "1991-03-14"}}

# --- 1. the day alone ------------------------------------------------------------------------------------------
DAY_FORMS = ["9th", "9TH", "9 th", "ninth", "Ninth", "NINTH", "9Th"]
DAY_FRAMES = [  # {d}: the day; {v}: the victim
    "{V} was killed in the early hours of {d}.", "On {d} {v} was found dead at the flat.",
    "{V} died on {d} after a sustained assault.", "Tariq was arrested for the murder by {d}.",
    "The fatal assault took place between 8th and {d}.", "From 8th to {d} Tariq held her; she died at the scene.",
    "{V} was murdered overnight into {d}.", "{V} died {d} (Sunday) at the address.",
    "The homicide happened late on {d}, police say.", "Police found {v} dead at 06:10 on {d}.",
    "{V} was stabbed to death in the small hours of {d}.", "Her death on {d} ended years of abuse.",
    "{V} died sometime before dawn on {d}.", "Ambulance crews pronounced {v} dead at 02:40, {d}."]
DAY_OPENERS = ["", "", "In July 2023 the couple argued again. ", "Hodan was seen by her GP on 3 July 2023. ",
               "July was a hard month for Hodan. "]
DAY_CONTROLS = [  # (sentence, kept) the day not the death's, or another day of the death
    ("The panel met on 9th to agree the terms of reference.", ["9th"]),
    ("The IDVA rang her by 9th as agreed.", ["9th"]),
    ("Her GP saw her from 8th to 9th about her back.", ["9th"]),
    ("The housing officer visited in the early hours of 12th after the fire alarm.", ["12th"]),
    ("The inquest into her death opened by 21st.", ["21st"]),
    ("She was the ninth caller that morning.", ["ninth"]),
    ("The panel's ninth meeting discussed her death.", ["ninth"]),
    ("It was her 9th referral to MARAC.", ["9th"])]

# --- 2. the extension ------------------------------------------------------------------------------------------
PHONES = ["01632 960123", "0113 496 0222", "020 7946 0018", "(0121) 496 0123", "+44 1632 960 001", "0161-496-0789",
          "07700 900123", "+44 (0)20 7946 0991", "01632960555", "0121 496 0555"]
EXTENSIONS = ["(ext 214)", "ext. 214", "extn 214", "x214", "extension 214", "Ext: 214", "ext 214", "(Ext. 214)",
              "EXT 214", "x 214", "Extn. 214", "(extension 214)", "ext.214", "X214"]
EXT_FRAMES = ["Hodan rang the IDVA on {p}.", "Tel: {p}", "The referral gave {p} as the contact.",
              "Call the safeguarding lead on {p} after 10am.", "| Phone | {p} |", "She was told to ring {p}, "
              "which went to voicemail.", "Contact: Jo Fenn, {p}"]
EXT_CONTROLS = [("The extension of the tenancy was agreed in 2021.", ["extension of the tenancy"]),
                ("Section 214 of the Act applies.", ["Section 214"]),
                ("The GP ran 214 checks; x 2 visits were logged.", ["x 2 visits"]),
                ("An extension to the deadline was granted by the panel.", ["extension to the deadline"]),
                ("She needed an extension 214 days after the order.", ["extension 214 days"]),
                ("The ext. 2 extension was built in 2019.", ["ext. 2 extension"])]

# --- 3. a given name before a replaced surname ---------------------------------------------------------------
# given names and nicknames of many communities, a good number also English words
GIVEN = ["Mags", "Will", "Rose", "Bill", "Sunny", "Joy", "Hope", "Summer", "Faith", "Jack", "Pat", "Grace", "Dawn",
         "Amber", "Ruby", "Sky", "Rocky", "Lucky", "Jade", "Iris", "Holly", "Daisy", "Ivy", "Precious", "Blessing",
         "Gift", "Patience", "Favour", "Chance", "Asha", "Noor", "Sonny", "Dolly", "Peggy", "Bunny", "Ali", "Sean",
         "Bogdan", "Nia", "Eilidh", "Mei", "Dang", "Kwame", "Priya", "Roisin", "Tomasz", "Anwar", "Liberty"]
# surnames the tool replaces: a listed one, or one a full name elsewhere in the text gives it
SURNAMES = [("Doyle", ""), ("Abdi", ""), ("Hussain", ""), ("Warsame", ""),
            ("Kowalczyk", "Marek Kowalczyk called the police. "), ("Okonkwo", "Chinedu Okonkwo was arrested. "),
            ("Fraser", "Eilidh Fraser was her friend. "), ("Campbell", "Leroy Campbell was her neighbour. "),
            ("Byrne", "Siobhan Byrne spoke to the panel. "), ("Chen", "Mei Ling Chen was the interpreter. "),
            ("Price", "Rhodri Price was the housing officer. "), ("Mohamud", "Faisal Mohamud was her brother. ")]
GIVEN_FRAMES = ["{g} {s} was seen at the flat.", "Police spoke to {g} {s} on Tuesday.", "The IDVA phoned {g} {s}.",
                "Her friend {g} {s} said she was frightened.", "{g} {s} told the panel about the abuse.",
                "According to {g} {s}, the violence had started in 2019.", "A statement from {g} {s} was read.",
                "{g} {s}'s account was consistent."]
GIVEN_CONTROLS = [  # (sentence, kept) a word before the surname that is no given name
    ("Later {s} said she was frightened.", ["Later"]), ("When {s} rang, nobody answered.", ["When"]),
    ("Dr {s} saw her in May.", ["Dr"]), ("Sergeant {s} took the statement.", ["Sergeant"]),
    ("Mrs {s} was not at home.", ["Mrs"]), ("In May {s} rang the police.", ["In May"]),
    ("Then {s} left the flat.", ["Then"]), ("Yesterday {s} moved out.", ["Yesterday"]),
    ("Only {s} knew about the abuse.", ["Only"]), ("After {s} left, she called 999.", ["After"]),
    ("PC {s} attended.", ["PC"]), ("Councillor {s} chaired the meeting.", ["Councillor"]),
    ("Police {s} were called.", ["Police"]),
    ("Meanwhile {s} had moved to Leeds.", ["Meanwhile"]), ("By June {s} was living alone.", ["By June"]),
    ("Will {s} be charged?", ["Will"]), ("Since April {s} had stayed away.", ["Since April"])]
TITLES = {"Dr", "Sergeant", "Mrs", "PC", "Councillor"}


def _one_day(rng: random.Random, seed: int) -> list[dict]:
    d = rng.choice(DAY_FORMS)
    frame = rng.choice(DAY_FRAMES)
    victim = rng.choice(["Hodan", "she", "Ms Warsame", "the victim"])
    text = rng.choice(DAY_OPENERS) + frame.format(d=d, v=victim, V=victim[0].upper() + victim[1:])
    control, kept = rng.choice(DAY_CONTROLS)
    return [{"seed": seed, "kind": "day", "sentence": text, "secrets": [d], "keep": []},
            {"seed": seed, "kind": "day_control", "sentence": control, "secrets": [], "keep": kept}]


def _one_extension(rng: random.Random, seed: int) -> list[dict]:
    p, ext = rng.choice(PHONES), rng.choice(EXTENSIONS)
    written = f"{p} {ext}" if not ext.startswith("x") or rng.random() < 0.5 else f"{p}{ext}"
    text = rng.choice(EXT_FRAMES).format(p=written)
    control, kept = rng.choice(EXT_CONTROLS)
    return [{"seed": seed, "kind": "ext", "sentence": text, "secrets": [p, "214"], "keep": []},
            {"seed": seed, "kind": "ext_control", "sentence": control, "secrets": [], "keep": kept}]


def _one_given_name(rng: random.Random, seed: int) -> list[dict]:
    g = rng.choice(GIVEN)
    s, before = rng.choice(SURNAMES)
    text = before + rng.choice(GIVEN_FRAMES).format(g=g, s=s)
    control, kept = rng.choice(GIVEN_CONTROLS)
    other, other_before = s, before
    if kept[0] in TITLES and not before:
        # a listed person's title and surname are replaced whole ("Dr Doyle" -> "Ruth"): the title stays only
        # before somebody else's surname
        other, other_before = rng.choice([(surname, known) for surname, known in SURNAMES if known])
    return [{"seed": seed, "kind": "given", "sentence": text, "secrets": [g, s], "keep": [],
             "listed_surname": not before},
            {"seed": seed, "kind": "given_control", "sentence": other_before + control.format(s=other),
             "secrets": [other], "keep": kept, "frame": control}]


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    return _one_day(rng, seed) + _one_extension(rng, seed) + _one_given_name(rng, seed)


def _survives(secret: str, out: str) -> bool:
    if re.fullmatch(r"[A-Z][a-z]+", secret):   # a name: as a word in its case ("Will", not "will")
        return re.search(rf"(?<![\w]){secret}(?![\w])", out) is not None
    if re.fullmatch(r"\d+", secret):            # an extension's number: as a number of its own
        return re.search(rf"(?<![\d]){secret}(?![\d])", out) is not None
    if any(c.isdigit() for c in secret) and len(re.sub(r"\D", "", secret)) >= 7:
        return re.sub(r"\D", "", secret)[-6:] in re.sub(r"\D", "", out)
    return re.search(rf"(?<![\w]){re.escape(secret)}(?![\w])", out, re.IGNORECASE) is not None


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if _survives(s, out)]
    lost = [k for k in case["keep"] if k not in out]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    if case["kind"] == "ext" and re.search(r"(?i)\b(?:ext|extn|extension)\b|\(\s*\)|\]\s*x\b", out):
        return f"REMAINS: {case['sentence']!r} -> {out!r}"
    return None
