"""Fictional DHR sentences with a title of a community's language, a faith or a family before a surname that one,
two or three listed people share ("Imam Warsame", "Hajiya Bello", "Frau Schmidt", "Pan Nowak", "Mama Otieno",
"Rebbetzin Cohen"), or a word of age ("Young Warsame"), and controls: the generator of
``test_titles_of_every_language.py``.

The titles are written out here, not read from ``redact.lexicon.TITLES``, so that the test does not check the table
against itself; each with the sex it tells ("m", "f", or "" for none: "Rabbi", "Pastor", "Dr"). A family's people are
listed with the sex the project can tell from their given names ("?" where it tells none: "Hodan", "Chidi").

A case is a dict: ``kind`` ("maps": the title is of one sex and picks one listed person, the one of its sex where
exactly one is known to have it, else the one not known to have the other sex where exactly one is, or the only
listed person of the surname; "age": a word of age before the surname, which must read as the surname alone does,
the first listed in a sentence alone; "control": a title of no sex before a shared surname, or a sexed title that
picks nobody, whose outcome is the rules' first listed (a title of no sex) or any of the family or an unlisted
person; "unlisted": a title before a
surname nobody lists, still an unlisted person; "no name": a title word with no name after it, left as written),
``sentence``, ``family`` (an index into ``FAMILIES``), ``expect`` (the pseudonym, for "maps", "age" and the
sexless controls), ``title`` (the title as written), ``seed``.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted.
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

M, F, X = "m", "f", ""
# (surname, [(name as listed, pseudonym, sex the project can tell)], the community's titles [(title, sex)]); the
# rules' order matters: on main the first listed took a form both people may have
FAMILIES = [
    ("Warsame", [("Hodan Warsame", "Mary", "?"), ("Abdi Warsame", "John", "m")],
     [("Imam", M), ("Sheikh", M), ("Hajji", M), ("Haji", M), ("Ustadh", M), ("Hajiya", F), ("Hajja", F),
      ("Hajjah", F), ("Sheikha", F)]),
    ("Okafor", [("Chidi Okafor", "Paul", "?"), ("Ngozi Okafor", "Ruth", "f")],
     [("Baba", M), ("Brother", M), ("Deacon", X), ("Mama", F), ("Sister", F), ("Aunty", F), ("Madam", F),
      ("Pastor", X), ("Chief", X), ("Evangelist", X), ("Elder", X), ("Prophetess", F)]),
    ("Bello", [("Aisha Bello", "Grace", "f"), ("Musa Bello", "Tom", "m")],
     [("Alhaji", M), ("Mallam", M), ("Imam", M), ("Hajiya", F), ("Hajia", F), ("Alhaja", F), ("Malama", F)]),
    ("Cohen", [("Miriam Cohen", "Anna", "f"), ("Yossi Cohen", "Ben", "?")],
     [("Reb", M), ("Rebbetzin", F), ("Rabbi", X), ("Mrs", F)]),
    ("Schmidt", [("Jutta Schmidt", "Clara", "f"), ("Kai Schmidt", "Dirk", "m")],
     [("Herr", M), ("Frau", F), ("Dr", X), ("Prof", X)]),
    ("Nowak", [("Ewa Nowak", "Irene", "f"), ("Piotr Nowak", "James", "m")],
     [("Pan", M), ("Pani", F), ("Panna", F)]),
    ("Rossi", [("Giulia Rossi", "Laura", "f"), ("Marco Rossi", "Luca", "m")],
     [("Signor", M), ("Signora", F), ("Signorina", F)]),
    ("Dubois", [("Camille Dubois", "Sophie", "f"), ("Julien Dubois", "Hugo", "m")],
     [("Monsieur", M), ("Madame", F), ("Mme", F), ("Mademoiselle", F), ("Mx", X)]),
    ("Moreno", [("Carmen Moreno", "Elena", "f"), ("Pablo Moreno", "Diego", "m")],
     [("Señor", M), ("Senor", M), ("Señora", F), ("Sra", F), ("Doña", F)]),
    ("Otieno", [("Neema Otieno", "Joy", "f"), ("Baraka Otieno", "Sam", "m")],
     [("Bwana", M), ("Mzee", M), ("Mama", F), ("Baba", M)]),
    ("Haddad", [("Layla Haddad", "Nadia", "f"), ("Omar Haddad", "Karim", "m")],
     [("Sheikh", M), ("Sayyid", M), ("Imam", M), ("Sayyida", F), ("Hajja", F)]),
    ("Mensah", [("Efua Mensah", "Helen", "?"), ("Kwabena Mensah", "Mark", "m")],
     [("Maame", F), ("Auntie", F), ("Nana", X), ("Reverend", X), ("Uncle", M), ("Brother", M)]),
    ("Hussain", [("Rukhsana Hussain", "Alice", "?"), ("Tariq Hussain", "Brian", "m")],
     # (not "Begum": read as the family name it more often is in British reviews, by design)
     [("Janab", M), ("Maulana", M), ("Hafiz", M), ("Bibi", F), ("Imam", M)]),
    ("Murphy", [("Siobhan Murphy", "Kate", "f"), ("Declan Murphy", "Liam", "m")],
     [("Father", M), ("Brother", M), ("Sister", F), ("Mother", F), ("Reverend", X), ("Pastor", X)]),
    # several of the title's sex, or nobody's sex known: the rules' order, as on main
    ("Byrne", [("Aoife Byrne", "Carol", "f"), ("Cathal Byrne", "Dan", "m"), ("Niamh Byrne", "Eve", "f")],
     [("Sister", F), ("Mother", F), ("Aunty", F), ("Father", M), ("Brother", M)]),
    ("Sandhu", [("Simran Sandhu", "Faith", "?"), ("Sukhdev Sandhu", "Gary", "?")],
     [("Sardar", M), ("Bibi", F), ("Giani", X), ("Bhai", M)]),
    # one listed person of the surname: the title stays before the pseudonym
    ("Adeyemi", [("Adaeze Adeyemi", "Hope", "f")], [("Pastor", X), ("Mama", F), ("Sister", F), ("Alhaja", F)]),
    ("Kowalczyk", [("Piotr Kowalczyk", "Adam", "m")], [("Pan", M), ("Herr", M), ("Imam", M), ("Brother", M)]),
]
RULES = [{"version": 1, "review": "generated", "people": [{"name": n, "pseudonym": p} for n, p, _ in people],
          "dates": {"date_of_death": "2023-07-09"}} for _, people, _ in FAMILIES]

# surnames nobody in FAMILIES lists, of many communities
UNLISTED = ["Abubakar", "Osei", "Lindqvist", "Rahimi", "Ferreira", "Tanaka", "Okonkwo", "Kaczmarek", "Dimitrov",
            "Chaudhry", "Mbeki", "Fitzgerald"]
AGE_WORDS = ["Young", "young", "old", "little"]
# a title word with no name after it, each left as written
NO_NAME = ["Father Christmas visited the refuge in December.", "Sister ward staff were not told.",
           "The Pastor's report was shared with the panel.", "The Imam's office was closed.",
           "Mother and baby unit staff saw her twice.", "Young people's services were not involved.",
           "Brother and sister were both at school.", "Mama said she would call back.",
           "Herr and Frau are German titles.", "The old vicarage was sold."]
# known and open, as on main: the model reads "The Imam's" as a place ("The Place 1's office"); "Imam" alone may be
# somebody's name, so a find of it alone is not dropped as a title (docs/quality.md "title52")
OPEN = frozenset({"The Imam's office was closed."})
# {T} the title, {N} the surname, each position a draft writes them in
FRAMES = [
    "{T} {N} called the police.",
    "Police spoke to {T} {N} on the doorstep.",
    "The GP noted that {T} {N} seemed anxious.",
    "{T} {N}'s phone was seized as evidence.",
    "A neighbour (who knew {T} {N} well) heard shouting.",
    "The panel wrote to {T} {N} in June.",
    "According to {T} {N}, the argument began at dinner.",
    '"{T} {N} was always kind," the officer said.',
    "It was {T} {N} who rang 999 that night.",
    "The mosque committee said {T} {N} had tried to help.",
    "The chair thanks {T} {N} for meeting the panel.",
    "At 22:10 {T} {N} left the house.",
    "The church had no concerns about {T} {N}.",
    "Both officers described {T} {N} as calm.",
]


def _picked(people: list[tuple[str, str, str]], sex: str) -> str | None:
    """The pseudonym a title of ``sex`` picks, or None where it picks nobody."""
    if len(people) == 1:
        return people[0][1]
    if not sex:
        return None
    fitting = [p for p in people if p[2] == sex]
    if len(fitting) == 1:
        return fitting[0][1]
    not_contrary = [p for p in people if p[2] in (sex, "?")]
    return not_contrary[0][1] if not fitting and len(not_contrary) == 1 else None


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(6):
        family = rng.randrange(len(FAMILIES))
        surname, people, titles = FAMILIES[family]
        roll = rng.random()
        frame = rng.choice(FRAMES)
        if roll < 0.6:
            title, sex = rng.choice(titles)
            sentence = frame.format(T=title, N=surname)
            picked = _picked(people, sex)
            if picked is not None:
                cases.append({"kind": "maps", "sentence": sentence, "family": family, "expect": picked,
                              "title": title, "seed": seed})
            else:
                # a title of no sex keeps the rules' order; a sexed title several fit, any of the family
                cases.append({"kind": "control", "sentence": sentence, "family": family, "title": title,
                              "expect": people[0][1] if not sex else None, "seed": seed})
        elif roll < 0.75:
            word = rng.choice(AGE_WORDS)
            sentence = frame.format(T=word, N=surname)
            if sentence.startswith(word):
                sentence = word.capitalize() + sentence[len(word):]
            cases.append({"kind": "age", "sentence": sentence, "family": family, "expect": people[0][1],
                          "title": word, "seed": seed})
        elif roll < 0.9:
            title, _ = rng.choice(titles)
            sentence = frame.format(T=title, N=rng.choice(UNLISTED))
            cases.append({"kind": "unlisted", "sentence": sentence, "family": family, "title": title, "seed": seed})
        else:
            cases.append({"kind": "no name", "sentence": rng.choice(NO_NAME), "family": family, "seed": seed})
    return cases


def outcome(case: dict, out: str) -> str | None:
    """What is wrong with ``out``, the case's sentence redacted (None: nothing)."""
    surname, people, _ = FAMILIES[case["family"]]
    pseudonyms = [p for _, p, _ in people]
    if case["kind"] == "no name":
        return None if out == case["sentence"] else f"changed: {case['sentence']!r} -> {out!r}"
    if case["kind"] == "unlisted":
        unlisted = next(u for u in UNLISTED if u in case["sentence"])
        if unlisted in out or any(_written(p, out) for p in pseudonyms):
            return f"unlisted read as listed or kept: {case['sentence']!r} -> {out!r}"
        return None
    if surname.casefold() in out.casefold():
        return f"leak: {out!r}"
    if case.get("expect") is None:
        # nothing tells who: the rules' order, or (a title that is a given name too, "Bibi", "Sardar") a relative
        if not any(_written(p, out) for p in pseudonyms) and "Person" not in out:
            return f"control lost its person: {case['sentence']!r} -> {out!r}"
        return None
    others = [p for p in pseudonyms if p != case["expect"]]
    if not _written(case["expect"], out) or any(_written(p, out) for p in others) or "Person" in out:
        return f"{case['kind']}: {case['sentence']!r} -> {out!r} (want {case['expect']})"
    if case["kind"] == "age" and not _written(case["title"], out):
        return f"age word lost: {case['sentence']!r} -> {out!r}"
    return None


def _written(word: str, out: str) -> bool:
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(word), out, re.IGNORECASE) is not None
