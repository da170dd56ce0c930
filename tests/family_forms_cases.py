"""Generated sentences that name a LISTED person's family or the person in another written order: the family's
plural and its case forms (Polish "the Wiśniewscy", "u Nowaków", "Nowakowie"; Czech "Novákovi", "u Novákových",
"Novotní"; Slovak "Horváthovci"; Russian "Ivanovy", "Ivanovykh", "Kovalevskiye"; Ukrainian "Shevchenky",
"Melnykiv", "Zelenskykh"; English "the Okonkwos'", "the Joneses"), a police record's "FARAH Mohamed", and a name
listed family name first ("Li Wei": "Mr Li", "the Li family", "Wei Li").

The family forms are written out here from the grammars, not made by the code under test:
- Polish: an adjectival surname's family is "-scy" / "-ccy" / "-dzcy" (nominative), "-skich" (genitive, locative,
  accusative), "-skim" (dative); a noun surname's is "-owie", "-ów", "-om" (Kowalski -> Kowalscy, Wilk ->
  Wilkowie: Wikipedia, "Polish name", Plural forms);
- Czech: a noun surname's family is the possessive adjective "Novákovi", "Novákových", "Novákovým",
  "Novákovými"; an adjectival one's "Novotní", "Novotných" (Wikipedia, "Czech name", Surnames in plural;
  myczechrepublic.com, "Declension of Czech surnames");
- Slovak: "Horváthovci", "Horváthovcov", "Horváthovcom";
- Russian (BGN/PCGN letters): "-ov" / "-in" families "Ivanovy", "Ivanovykh", "Ivanovym"; "-sky" families
  "-skiye" / "-skie", "-skikh" (Kalakutskaya's tables as reprinted on shr32.ru: Akhtyrskiye, Akhtyrskikh);
- Ukrainian (national transliteration): "Shevchenky", "Shevchenkiv"; "Melnyky", "Melnykiv"; "Zelenski",
  "Zelenskykh".
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from redact.normalise import fold

PSEUDONYMS = ["Mary", "Tom", "Sam", "Gary", "Ruth", "Ben", "Kate", "Lena", "Eva", "Hugh", "Iris", "Owen", "Alma",
              "Neil", "Dora", "Carl", "Faye", "Glen", "Hope", "Ivor", "June", "Karl", "Lois", "Mark", "Nora", "Otto",
              "Pearl", "Roy", "Sybil", "Ted", "Una", "Vera", "Wade", "Yvonne", "Zack", "Abel", "Bess", "Cyril",
              "Edna", "Fred"]

# (listed name, family forms in the nominative, family forms in other cases)
FAMILIES = [
    # Polish, adjectival surnames (the family's nominative changes k to c)
    ("Anna Wiśniewska", ["Wiśniewscy"], ["Wiśniewskich", "Wiśniewskim"]),
    ("Piotr Kowalski", ["Kowalscy"], ["Kowalskich"]),
    ("Ewa Lewandowska", ["Lewandowscy"], ["Lewandowskich", "Lewandowskim"]),
    ("Marek Zieliński", ["Zielińscy", "Zielinscy"], ["Zielińskich", "Zielinskich"]),
    ("Joanna Nowicka", ["Nowiccy"], ["Nowickich"]),
    ("Tadeusz Zawadzki", ["Zawadzcy"], ["Zawadzkich"]),
    ("Agnieszka Wróblewska", ["Wróblewscy"], ["Wróblewskich"]),
    ("Krzysztof Kamiński", ["Kamińscy"], ["Kamińskich"]),
    ("Beata Jabłońska", ["Jabłońscy"], ["Jabłońskich"]),
    # Polish, noun surnames
    ("Tomasz Nowak", ["Nowakowie"], ["Nowaków", "Nowakom"]),
    ("Ewa Wójcik", ["Wójcikowie"], ["Wójcików", "Wojcikow"]),
    ("Jan Mazur", ["Mazurowie"], ["Mazurów"]),
    ("Paweł Kaczmarek", ["Kaczmarkowie"], ["Kaczmarków"]),
    ("Zofia Dudek", ["Dudkowie"], ["Dudków"]),
    ("Adam Pietrzak", ["Pietrzakowie"], ["Pietrzaków"]),
    # Czech
    ("Jana Dvořáková", ["Dvořákovi", "Dvorakovi"], ["Dvořákových", "Dvořákovým"]),
    ("Petr Novák", ["Novákovi"], ["Novákových", "Novakovych"]),
    ("Lucie Svobodová", ["Svobodovi"], ["Svobodových"]),
    ("Karel Procházka", ["Procházkovi"], ["Procházkových"]),
    ("Tereza Novotná", ["Novotní"], ["Novotných"]),
    ("Jiří Černý", ["Černí"], ["Černých", "Cernych"]),
    # Slovak
    ("Zuzana Horváthová", ["Horváthovci", "Horvathovci"], ["Horváthovcov"]),
    ("Milan Kováč", ["Kováčovci"], ["Kováčovcov", "Kovacovcov"]),
    ("Renata Balážová", ["Balážovci"], ["Balážovcov"]),
    # Russian
    ("Olga Ivanova", ["Ivanovy"], ["Ivanovykh", "Ivanovym"]),
    ("Dmitri Petrov", ["Petrovy"], ["Petrovykh"]),
    ("Svetlana Smirnova", ["Smirnovy"], ["Smirnovykh"]),
    ("Nikolai Sokolov", ["Sokolovy"], ["Sokolovykh"]),
    ("Irina Kuzmina", ["Kuzminy"], ["Kuzminykh"]),
    ("Sofia Kovalevskaya", ["Kovalevskiye", "Kovalevskie"], ["Kovalevskikh"]),
    ("Yuri Dostoevsky", ["Dostoevskiye"], ["Dostoevskikh"]),
    # Ukrainian
    ("Oksana Shevchenko", ["Shevchenky"], ["Shevchenkiv"]),
    ("Taras Kovalenko", ["Kovalenky"], ["Kovalenkiv"]),
    ("Andriy Melnyk", ["Melnyky"], ["Melnykiv"]),
    ("Olena Zelenska", ["Zelenski"], ["Zelenskykh"]),
    ("Bohdan Bondarenko", ["Bondarenky"], ["Bondarenkiv"]),
    # English plurals and their possessives
    ("Chidi Okonkwo", ["Okonkwos"], ["Okonkwos'"]),
    ("Gareth Jones", ["Joneses"], ["Joneses'"]),
    ("Funmi Adeyemi", ["Adeyemis"], ["Adeyemis'"]),
    ("Rhian Hughes", ["Hugheses"], ["Hugheses'"]),
]
NOMINATIVE_FRAMES = ["The {f} had lived next door since 2015.", "Neighbours said that the {f} argued loudly.",
                     "Państwo {f} were at the christening.", "She told the officer that the {f} had threatened her.",
                     "The {f} did not attend the inquest."]
OBLIQUE_FRAMES = ['"Byłam u {f} w sobotę," she told the officer.', "She stayed with the {f} for a week.",
                  "The family (rodzina {f}) had moved to the area in 2016.",
                  "A neighbour described the {f} as quiet."]

# (listed name, the record's order: SURNAME then given name, as police and custody records write it)
RECORDS = ["Mohamed Farah", "Siobhan O'Neill", "Anna Kowalska", "Gurpreet Sandhu", "Chidi Okafor", "Mehmet Yilmaz",
           "Ewa Wiśniewska", "Kwame Mensah", "Fatima Begum", "Dariusz Zieliński", "Abdi Warsame", "Leanne McAllister",
           "Andrei Popescu", "Bronwen Pritchard", "Marie-Claire Dubois", "Nasreen Akhtar", "Olumide Adebayo",
           "Precious Moyo", "Ciara Fitzgerald", "Hamza Al-Hassan", "Mohamed Abdi Warsame", "Thi Hoa Nguyen",
           "Maria José Santos", "Gurdeep Singh Gill", "Oluwaseun Okafor-Bello"]
RECORD_FRAMES = ["{r} was arrested at the address.", "Custody record: {r}; offence: assault (s.39).",
                 "23.10.2022\tEastshire Police\tOfficers spoke to {r} at the address.",
                 "MARAC minutes list {r} as the victim.", "PNC check on {r} showed no previous convictions."]

# (listed name, family name first; the given name)
FAMILY_FIRST = [("Li Wei", "Li", "Wei"), ("Wang Fang", "Wang", "Fang"), ("Chen Jing", "Chen", "Jing"),
                ("Zhang Xiuying", "Zhang", "Xiuying"), ("Nguyen Lan", "Nguyen", "Lan"), ("Tran Minh", "Tran", "Minh"),
                ("Pham Thuy", "Pham", "Thuy"), ("Kim Minjun", "Kim", "Minjun"), ("Park Jiwoo", "Park", "Jiwoo"),
                ("Choi Seoyeon", "Choi", "Seoyeon"), ("Nagy Erzsébet", "Nagy", "Erzsébet"),
                ("Kovács Gábor", "Kovács", "Gábor"), ("Huang Mei", "Huang", "Mei"), ("Sato Yuki", "Sato", "Yuki")]
FAMILY_FIRST_FORMS = ["Mr {s}", "Ms {s}", "Mrs {s}", "the {s} family", "{g} {s}", "{S} {g}", "Dr {s}"]
FAMILY_FIRST_FRAMES = ["{n} attended the meeting.", "The officer spoke to {n} on 4 May 2022.",
                       "A referral was made for {n} by the GP.", "Neighbours said {n} was rarely seen."]


@dataclass(frozen=True)
class Case:
    kind: str           # plural / record / family-first
    listed: str         # the listed person's name
    pseudonym: str
    form: str           # the written form under test
    text: str


def _pseudonym(names: list[str], name: str) -> str:
    return PSEUDONYMS[names.index(name) % len(PSEUDONYMS)]


def rules_of(names: list[str]) -> dict:
    return {"people": [{"name": n, "pseudonym": _pseudonym(names, n)} for n in names],
            "dates": {"date_of_death": "2023-06-14"}}


def plural_cases(seed: int, count: int) -> list[Case]:
    rng = random.Random(seed)
    names = [row[0] for row in FAMILIES]
    out = []
    for _ in range(count):
        name, nominative, oblique = rng.choice(FAMILIES)
        if rng.random() < 0.5:
            form, frame = rng.choice(nominative), rng.choice(NOMINATIVE_FRAMES)
        else:
            form, frame = rng.choice(oblique), rng.choice(OBLIQUE_FRAMES)
        if form.endswith("'"):
            frame = rng.choice(["She stayed at the {f} house that night.", "The {f} dog barked all night."])
        out.append(Case("plural", name, _pseudonym(names, name), form, frame.format(f=form)))
    return out


def record_cases(seed: int, count: int) -> list[Case]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        name = rng.choice(RECORDS)
        given, surname = name.rsplit(" ", 1)
        form = f"{surname.upper()} {given}"
        out.append(Case("record", name, _pseudonym(RECORDS, name), form, rng.choice(RECORD_FRAMES).format(r=form)))
    return out


def family_first_cases(seed: int, count: int) -> list[Case]:
    rng = random.Random(seed)
    names = [row[0] for row in FAMILY_FIRST]
    out = []
    for _ in range(count):
        name, family, given = rng.choice(FAMILY_FIRST)
        form = rng.choice(FAMILY_FIRST_FORMS).format(s=family, S=family.upper(), g=given)
        text = rng.choice(FAMILY_FIRST_FRAMES).format(n=form)
        out.append(Case("family-first", name, _pseudonym(names, name), form, text[0].upper() + text[1:]))
    return out


TUNED_SEED, HELD_BACK_SEED = 2026, 4711


def all_cases(seed: int, count: int = 48) -> dict[str, list[Case]]:
    return {"plural": plural_cases(seed, count), "record": record_cases(seed + 1, count // 3),
            "family-first": family_first_cases(seed + 2, count // 3)}


NAMES = {"plural": [row[0] for row in FAMILIES], "record": RECORDS, "family-first": [row[0] for row in FAMILY_FIRST]}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", fold(text).text.lower()))


def _stem(surname: str) -> str:
    """The letters every written form of the family shares (folded): "wisniews" of Wiśniewska, "novak" of Nováková."""
    key = fold(surname).text.lower()
    for ending in ("skaya", "dzka", "dzki", "ska", "ski", "sky", "cka", "cki", "ova", "ov", "ina", "a", "y", "i", "o"):
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[:len(key) - len(ending)]
    return key


def judge(case: Case, out: str, verify_clean_on_draft: bool) -> dict[str, bool]:
    """What went wrong with one case: ``leak`` (a word of the listed name, or a word of the family built on the
    surname's stem, is still in the output), ``verify_miss`` (verify called the draft clean), ``mapping`` (the
    listed person's pseudonym is not there, or a placeholder of an unlisted person is)."""
    words = _words(out)
    name_words = [w for w in re.findall(r"[^\W\d_]+", fold(case.listed).text.lower()) if len(w) > 1]
    surname = case.listed.split()[0] if case.kind == "family-first" else case.listed.split()[-1].split("-")[-1]
    stem = _stem(surname)
    leak = any(w in words for w in name_words) or (len(stem) >= 4 and any(w.startswith(stem) for w in words))
    leak = leak or fold(case.form.rstrip("'")).text.lower() in fold(out).text.lower()
    mapping = not re.search(rf"\b{re.escape(case.pseudonym)}\b", out) or bool(re.search(r"\b(?:Person|Family) \d", out))
    return {"leak": leak, "verify_miss": verify_clean_on_draft, "mapping": mapping}


def tally(cases: list[Case], redactor, finder) -> tuple[dict[str, int], list[tuple[Case, str, dict]]]:
    """Counts of each kind of wrong over ``cases`` (``finder``: verify's ``LeakFinder`` over the same rules)."""
    counts = {"cases": len(cases), "leak": 0, "verify_miss": 0, "mapping": 0, "any": 0}
    wrong = []
    for case in cases:
        out = redactor.redact_text(case.text)
        verdict = judge(case, out, not finder.spans(case.text))
        for key, bad in verdict.items():
            counts[key] += bad
        if any(verdict.values()):
            counts["any"] += 1
            wrong.append((case, out, verdict))
    return counts, wrong
