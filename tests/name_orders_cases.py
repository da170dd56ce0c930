"""Generated sentences naming a LISTED person in an order, or with middle names and particles, the rules did not
write: Vietnamese, Chinese and Korean family-name-first names listed given name first (and the other way round),
Hungarian family-first, Spanish double surnames, Arabic bin/bint/Al- names, Dutch and German particles, Irish
O'/Mc/Mac spellings, Somali three-part names, Portuguese da/dos.

Each case is (rules person as an author lists them, the form written in the draft, the sentence). The people are
fictional; a seed picks the names, the forms and the sentences, so a tuned seed and a held-back seed differ.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

# Particles and kin/title words that may be left in a sentence without naming anybody.
PARTICLES = frozenset("van der den de la le da das dos do di del von ter bin bint ibn al el abu binti ap ó o "
                      "mc mac y e thi van".split())
FEMALE = frozenset("Huong Lan Mai Hoa Thao Xiuying Meiling Wenjing Guiying Zihan Seo Ha Soo Ji Zsófia Erzsébet "
                   "Katalin Ildikó María Ana Carmen Fatima Mariam Anouk Lotte Sanne Greta Siobhan Aoife Niamh Roisin "
                   "Hodan Faadumo Ifrah Sahra Mariana Inês".split())
PSEUDONYMS = ("Dana", "Adult A", "Ruth", "Victim", "Neighbour B", "Friend C", "Ben", "Mother")


@dataclass(frozen=True)
class Person:
    given: str          # given name(s), as the person writes them
    family: str         # family name(s)
    middle: str = ""    # a middle name, father's name, Thi/Van, second given name the rules may omit
    family_first: bool = False

    @property
    def title(self) -> str:
        return "Ms" if self.given.split("-")[0] in FEMALE or self.middle in ("Thi", "bint " + self.middle[5:]) \
            else "Mr"


def _vietnamese(r):
    family = r.choice(["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"])
    given, middle = r.choice([("Huong", "Thi"), ("Lan", "Thi"), ("Mai", "Thi"), ("Hoa", "Thi"), ("Minh", "Van"),
                              ("Hung", "Van"), ("Thao", "Thi"), ("Tuan", "Anh")])
    return Person(given, family, middle, True)


def _chinese(r):
    return Person(r.choice(["Xiuying", "Meiling", "Jianhua", "Wenjing", "Guiying", "Haoran", "Yuxuan", "Zihan"]),
                  r.choice(["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu"]), "", True)


def _korean(r):
    return Person(r.choice(["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Jae-sung", "Soo-ah"]),
                  r.choice(["Park", "Choi", "Jung", "Kang", "Yoon", "Jang"]), "", True)


def _hungarian(r):
    return Person(r.choice(["Zsófia", "Erzsébet", "Katalin", "Gábor", "Ildikó", "Tamás"]),
                  r.choice(["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"]), "", True)


def _spanish(r):
    given, middle = r.choice([("María", "José"), ("Juan", "Carlos"), ("Ana", "Isabel"), ("Luis", "Miguel"),
                              ("Carmen", "Rosa"), ("José", "Antonio")])
    first, second = r.sample(["García", "López", "Martínez", "Fernández", "Sánchez", "Rodríguez", "Jiménez",
                              "Moreno"], 2)
    return Person(given, f"{first} {second}", middle)


def _arabic(r):
    given, father = r.choice([("Ahmed", "Salem"), ("Khalid", "Nasser"), ("Fatima", "Ali"), ("Omar", "Saeed"),
                              ("Mariam", "Hamad"), ("Yousef", "Rashid")])
    return Person(given, "Al-" + r.choice(["Harthy", "Balushi", "Mansoori", "Shamsi", "Zahrani", "Qahtani"]),
                  ("bint " if given in ("Fatima", "Mariam") else "bin ") + father)


def _dutch(r):
    return Person(r.choice(["Pieter", "Anouk", "Lotte", "Sanne", "Joost", "Hendrik", "Klaus", "Greta"]),
                  r.choice(["van der Berg", "van den Broek", "de Vries", "van Dijk", "von Essen", "van der Meer",
                            "ter Horst", "van Leeuwen"]))


def _irish(r):
    return Person(r.choice(["Siobhan", "Ciaran", "Aoife", "Declan", "Niamh", "Padraig", "Roisin", "Eoin"]),
                  r.choice(["O'Sullivan", "O'Brien", "O'Connor", "McDonagh", "McCarthy", "MacNamara",
                            "O'Donnell", "McGrath"]))


def _somali(r):
    given, father, grand = r.choice([("Hodan", "Abdi", "Warsame"), ("Faadumo", "Hassan", "Jama"),
                                     ("Ifrah", "Mohamed", "Farah"), ("Hamse", "Ismail", "Dualeh"),
                                     ("Sahra", "Ahmed", "Egal"), ("Abdirahman", "Yusuf", "Guled")])
    return Person(given, grand, father)


def _portuguese(r):
    return Person(r.choice(["João", "Ana", "Tiago", "Mariana", "Rui", "Inês"]),
                  r.choice(["da Silva", "dos Santos", "da Costa", "de Sousa", "do Carmo"]),
                  r.choice(["Pereira", "Maria", "Manuel", "Filipa"]))


COMMUNITIES = {"vietnamese": _vietnamese, "chinese": _chinese, "korean": _korean, "hungarian": _hungarian,
               "spanish": _spanish, "arabic": _arabic, "dutch": _dutch, "irish": _irish, "somali": _somali,
               "portuguese": _portuguese}


def _spellings(family: str) -> list[str]:
    """How drafts type a family name with particles or apostrophes (as authors and records write them)."""
    out = [family]
    if family.startswith("O'"):
        rest = family[2:]
        out += [f"O’{rest}", f"O {rest}", f"O{rest}"]
    elif family.startswith("Mc"):
        out += [f"Mc {family[2:]}", f"Mac{family[2:]}"]
    elif family.startswith("Mac"):
        out += [f"Mc{family[3:]}", f"Mac {family[3:]}"]
    elif family.startswith("Al-"):
        out += [f"Al {family[3:]}", f"Al{family[3:].lower()}", f"al-{family[3:]}", f"El-{family[3:]}"]
    words = family.split()
    if len(words) > 1 and words[0].islower():
        out += [" ".join(w.capitalize() for w in words), "".join(w.capitalize() for w in words),
                "".join(words).capitalize()]
    return out


def listed_and_written(p: Person, community: str, r: random.Random) -> tuple[str, list[str]]:
    """The name as the rules give it, and the forms a draft writes for the same person."""
    family_words = p.family.split()
    if community in ("vietnamese",):
        listed = r.choice([f"{p.given} {p.middle} {p.family}", f"{p.given} {p.family}"])
        written = [f"{p.family} {p.middle} {p.given}", f"{p.title} {p.family} {p.middle} {p.given}",
                   f"{p.family} {p.given}", f"Chi {p.given}" if p.title == "Ms" else f"Anh {p.given}",
                   f"{p.title} {p.family}", f"{p.given} {p.middle} {p.family}", f"{p.family.upper()} {p.middle} {p.given}"]
    elif community in ("chinese", "korean", "hungarian"):
        listed = r.choice([f"{p.given} {p.family}", f"{p.family} {p.given}"])
        written = [f"{p.family} {p.given}", f"{p.given} {p.family}", f"{p.title} {p.family}", f"{p.family.upper()} {p.given}",
                   f"{p.family}, {p.given}", f"{p.title} {p.family} {p.given}"]
        if "-" in p.given:
            written.append(f"{p.family} {p.given.replace('-', '')}")
            written.append(f"{p.family} {p.given.replace('-', ' ')}")
    elif community == "spanish":
        first = family_words[0]
        listed = r.choice([f"{p.given} {first}", f"{p.given} {p.family}", f"{p.given} {p.middle} {p.family}"])
        written = [f"{p.given} {p.middle} {p.family}", "Sra. " + p.family if p.title == "Ms" else "Sr. " + p.family,
                   f"{p.family}", f"{p.given} {p.family}", f"{p.title} {p.family}", f"{p.given} {p.middle} {first}", f"{p.given} {first}",
                   f"{p.title} {first}"]
    elif community == "arabic":
        listed = f"{p.given} {p.family}"
        written = [f"{p.given} {p.middle} {p.family}"] + [f"{p.title} {s}" for s in _spellings(p.family)[1:]] + \
                  [f"{p.given} {s}" for s in _spellings(p.family)[1:]]
    elif community == "somali":
        listed = r.choice([f"{p.given} {p.family}", f"{p.given} {p.middle} {p.family}"])
        written = [f"{p.given} {p.middle} {p.family}", f"{p.title} {p.family}", f"{p.given} {p.family}"]
        if p.middle in listed:              # the father's name alone with the given name: a listed form
            written.append(f"{p.given} {p.middle}")
    elif community == "portuguese":
        listed = r.choice([f"{p.given} {p.family}", f"{p.given} {family_words[-1]}"])
        capital = p.family[0].upper() + p.family[1:]
        written = [f"{p.given} {p.middle} {p.family}", f"{p.title} {capital}", capital, f"{p.given} {p.family}",
                   f"{p.given} {family_words[-1]}", f"{p.given} {capital}"]
    else:                                   # dutch, irish: particles and apostrophes spelt every way
        listed = f"{p.given} {p.family}"
        written = [f"{p.given} {s}" for s in _spellings(p.family)] + [f"{p.title} {s}" for s in _spellings(p.family)]
    return listed, written


SENTENCES = ["{n} told the GP that she was frightened.", "Police spoke to {n} at the address.",
             "In March, {n} attended the hospital with a cut hand.", "The school contacted {n} twice in May.",
             "A neighbour said {n} had been crying all night.", "{n}'s sister rang the housing officer.",
             "The panel thanks {n} for taking part in the review.", "Officers found {n} in the kitchen."]


@dataclass(frozen=True)
class Case:
    community: str
    listed: str
    pseudonym: str
    written: str
    sentence: str

    @property
    def text(self) -> str:
        return self.sentence.format(n=self.written)

    def rules(self) -> dict:
        return {"people": [{"name": self.listed, "pseudonym": self.pseudonym}],
                "dates": {"date_of_death": "2023-06-14"}}


def cases(seed: int, per_community: int = 10) -> list[Case]:
    r = random.Random(seed)
    out = []
    for community, make in COMMUNITIES.items():
        for _ in range(per_community):
            p = make(r)
            listed, written = listed_and_written(p, community, r)
            out.append(Case(community, listed, r.choice(PSEUDONYMS), r.choice(written), r.choice(SENTENCES)))
    return out


TUNED_SEED = 4101
HELD_BACK_SEED = 90817


TITLES = frozenset("mr mrs ms miss dr sr sra sr. sra. chi anh".split())


def fold(text: str) -> str:
    """Lower case without accents or apostrophes, for comparing what survives."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("'", "")


def name_words(written: str) -> list[str]:
    """The words of a written form that name the person (no title, particle or possessive)."""
    import re

    words = []
    for word in re.split(r"[\s,]+", written):
        word = word.strip(".")
        if not word or fold(word) in TITLES or fold(word) in PARTICLES:
            continue
        words.append(word)
        words += [part for part in word.split("-") if part != word and len(part) > 1 and fold(part) not in PARTICLES]
    return words


def problems(case: Case, out: str, verify_ok: bool) -> list[str]:
    """What is wrong with ``out``: "leak" (a word of the name survives), "verify" (and verify passes it), "reading"
    (the pseudonym not written exactly once in the name's place, or a stranger's label), "over" (a word of the
    sentence lost)."""
    import re

    found = []
    folded = fold(out)
    left = [w for w in name_words(case.written)
            if re.search(rf"(?<![\w-]){re.escape(fold(w))}(?![\w-])", folded)
            and not re.search(rf"(?<![\w-]){re.escape(fold(w))}(?![\w-])", fold(case.pseudonym))]
    if left:
        found.append("leak")
        if verify_ok:
            found.append("verify")
    title = case.written.split()[0] if fold(case.written.split()[0]) in TITLES else None
    good = {case.sentence.format(n=case.pseudonym)}
    if title:
        good.add(case.sentence.format(n=f"{title} {case.pseudonym}"))
    if out not in good:
        if re.search(r"\b(Person|Place) \d", out) or out.count(case.pseudonym) != 1 or not left:
            found.append("reading")
    sentence_words = re.findall(r"\w+", case.sentence.replace("{n}", " "))
    if any(w not in re.findall(r"\w+", out) for w in sentence_words):
        found.append("over")
    return found
