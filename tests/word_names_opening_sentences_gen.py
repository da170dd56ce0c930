"""Red team (brief "given52"): a given name that is also an English word ("Will", "May", "Grace", "Hope", "Mark",
"Favour", "Precious", "Gift", "Blessing", "Summer", "Jack") opening a sentence - or a bullet, a quote, a line after
a heading - directly before a surname, listed or not, where the sentence reads it as a name; and the same words
opening a sentence as a modal or an imperative, where they are no one's.

Kinds (every case: none of "secrets" may survive as a word, every "keep" must survive, "pseudonyms" must appear,
"not_pseudonyms" must not, and a "Person N" must (``person`` True), must not (False) appear, or either (None)):

``listed``: the word is the given name of a relative of a listed family ("Favour Warsame's account differs" with
Hodan and Abdi Warsame listed), sometimes with a middle initial ("Precious K. Warsame"): given name, initial and
surname go, whole, as an unlisted "Person N"; no listed pseudonym is given to the relative.
``unlisted``: the same before a surname of the name lists that is no English word and nobody's in the rules
("Grace Adeyemi told police"): given name and surname go as an unlisted "Person N".
``modal``: a question opening with a modal that is also a given name, before a surname listed or not ("Will Warsame
attend the review?", "May Okonkwo see her children?"): the modal stays, the surname goes (listed: the listed
family's pseudonym, no "Person N"; unlisted: a "Person N").
``imperative``: an instruction opening with a verb that is also a given name ("Mark Warsame's file as urgent.",
"Bill Okonkwo for the damage."): the verb stays, the surname goes as in ``modal``.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_word_names_opening_sentences.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# families of several communities: two listed people who share a surname (no pseudonym is one of the WORD_NAMES)
FAMILIES = [("Warsame", ("Hodan", "Mary"), ("Abdi", "John")), ("Okafor", ("Chiamaka", "Ruth"), ("Emeka", "Paul")),
            ("Byrne", ("Siobhan", "Anna"), ("Declan", "Peter")), ("Nowak", ("Katarzyna", "Helen"), ("Tomasz", "Simon")),
            ("Rahman", ("Aisha", "Sarah"), ("Imran", "David")), ("Pritchard", ("Leanne", "Emma"), ("Gareth", "Tom")),
            ("Yilmaz", ("Fatma", "Clare"), ("Mehmet", "Adam")), ("Campbell", ("Shanice", "Jane"), ("Andre", "Luke")),
            ("Popescu", ("Mirela", "Kate"), ("Andrei", "Neil")), ("Mensah", ("Akosua", "Lucy"), ("Kwabena", "James")),
            ("Nguyen", ("Thi Lan", "Linda"), ("Van Minh", "Carl")), ("Chowdhury", ("Nasrin", "Alice"),
                                                                      ("Rafiq", "Ian"))]
RULES = {"version": 1, "review": "test",
         "people": [{"name": f"{given} {surname}", "pseudonym": pseudonym}
                    for surname, *members in FAMILIES for given, pseudonym in members],
         "dates": {"date_of_death": "2023-07-09"}}
# surnames of the name lists, no English word, nobody's in the rules: Yoruba, Igbo, Shona, Polish, Arabic,
# Vietnamese, Irish, Turkish, Portuguese, Punjabi, Ghanaian, Somali, Romanian, Filipino
UNLISTED_SURNAMES = ["Adeyemi", "Okonkwo", "Chikwanha", "Kowalczyk", "Haddad", "Pham", "Donoghue", "Ozturk",
                     "Ferreira", "Sandhu", "Boateng", "Farah", "Dumitrescu", "Santos", "Mahlangu", "Wiśniewski",
                     "Osei", "Nwosu", "Mbeki", "Kaczmarek", "Rodrigues", "Grewal", "Abubakar", "Moyo"]

# given names that are English words, of the communities that give them: English (Will, May, Grace, Hope, Mark,
# Jack, Dawn, Rose, Summer), Nigerian and Ghanaian virtue names (Favour, Precious, Gift, Blessing, Patience,
# Comfort, Mercy), Zimbabwean (Memory, Loveness, Fortunate), Filipino and Chinese-English (Joy, Ivy, Sunny, Crystal)
WORD_NAMES = ["Will", "May", "Grace", "Hope", "Faith", "Mark", "Bill", "Sue", "Pat", "Rob", "Joy", "Favour",
              "Precious", "Gift", "Blessing", "Patience", "Summer", "Dawn", "Rose", "Jack", "Comfort", "Mercy",
              "Memory", "Ivy", "Sunny", "Crystal", "Holly", "Ruby", "Amber", "Destiny", "Charity", "Honour"]
# where the sentence reads the word as the person's given name: its subject, its possessive subject, an
# apposition, opening a bullet, a quote, a table cell, or the line after a heading ({r}: the whole name)
NAME_FRAMES = ["{r}'s account differs from that of her mother.", "{r}'s statement was read to the panel.",
               "{r} told police she was frightened.", "{r}, her brother, called police.",
               "- {r} attended the funeral.", "• {r} was interviewed twice.",
               "\"{r} was always kind to her,\" a neighbour said.", "Contact with family\n{r} rang the GP twice.",
               "{r} (sister) gave a statement.", "{r}'s phone was seized.", "{r} has not engaged with services.",
               "{r} later moved to Leeds.", "| 2021 | {r} reported a disturbance | Police |",
               "Was {r} at the house?", "{r} did not attend the appointment."]
# a modal's question and an instruction: the word is no one's ({s}: the surname alone)
MODAL_FRAMES = [("Will", "Will {s} attend the review?"), ("Will", "Will {s} be charged?"),
                ("May", "May {s} see her children?"), ("May", "May {s} speak to the panel?"),
                ("Will", "Will {s} be told the outcome?"), ("May", "May {s} stay with her aunt?")]
IMPERATIVE_FRAMES = [("Mark", "Mark {s}'s file as urgent."), ("Mark", "Mark {s} as absent in the register."),
                     ("Bill", "Bill {s} for the damage."), ("Mark", "Mark {s}'s case closed."),
                     ("Pat", "Pat {s} down before the interview."), ("Bill", "Bill {s}'s landlord for the repairs.")]
INITIALS = "BCDEFGHJKLMNPRST"   # (no "A": the article)


def _relative(rng: random.Random, given: str, surname: str) -> str:
    roll = rng.random()
    if roll < 0.2:
        return f"{given} {rng.choice(INITIALS)} {surname}"
    if roll < 0.3:
        return f"{given} {rng.choice(INITIALS)}. {surname}"
    return f"{given} {surname}"


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    surname, *members = rng.choice(FAMILIES)
    pseudonyms = [p for _, p in members]
    given = rng.choice(WORD_NAMES)
    relative = _relative(rng, given, surname)
    listed = {"seed": seed, "kind": "listed", "sentence": rng.choice(NAME_FRAMES).format(r=relative),
              "secrets": [w.rstrip(".") for w in relative.split()], "keep": [], "pseudonyms": [],
              "not_pseudonyms": pseudonyms, "person": True}
    other = rng.choice(UNLISTED_SURNAMES)
    given = rng.choice(WORD_NAMES)
    relative = _relative(rng, given, other)
    unlisted = {"seed": seed, "kind": "unlisted", "sentence": rng.choice(NAME_FRAMES).format(r=relative),
                "secrets": [w.rstrip(".") for w in relative.split()], "keep": [], "pseudonyms": [],
                "not_pseudonyms": [p for _, *m in FAMILIES for _, p in m], "person": True}
    cases = [listed, unlisted]
    for kind, frames in (("modal", MODAL_FRAMES), ("imperative", IMPERATIVE_FRAMES)):
        word, frame = rng.choice(frames)
        is_listed = rng.random() < 0.5
        target = surname if is_listed else rng.choice(UNLISTED_SURNAMES)
        cases.append({"seed": seed, "kind": kind, "sentence": frame.format(s=target), "secrets": [target],
                      "keep": [word], "pseudonyms": [], "not_pseudonyms": [] if is_listed else pseudonyms,
                      "person": not is_listed, "frame": frame})
    return cases


def _survives(secret: str, out: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(secret)}(?![\w])", out) is not None


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if _survives(s, out)]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    lost = [k for k in case["keep"] if not _survives(k, out)]
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    wrong = [p for p in case["not_pseudonyms"] if _survives(p, out)]
    missing = [p for p in case["pseudonyms"] if not _survives(p, out)]
    if wrong or missing:
        return f"MAPPING {wrong or missing}: {case['sentence']!r} -> {out!r}"
    person = re.search(r"\bPerson \d+\b", out) is not None
    if case["person"] is not None and person != case["person"]:
        return f"{'NO PERSON' if case['person'] else 'INVENTED PERSON'}: {case['sentence']!r} -> {out!r}"
    return None
