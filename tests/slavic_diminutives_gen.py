"""Fictional DHR sentences and quoted messages that call a listed person by a diminutive or a vocative of her or
his given name, as Polish, Lithuanian, Latvian, Czech, Slovak, Russian, Ukrainian, Romanian and Bulgarian families
write them ("Agusiu zadzwoń do mamy" of Agnieszka "Aga"; "Tomuś", "Tomeczku" of Tomasz; "Natashenka"; "Jonukas";
"Janičko"; "Ionuț"), and controls that must not change.

The forms are made here by each language's rules of word-building (a root the language shortens the name to, a
diminutive suffix, a vocative ending), not taken from the package's tables. The root is the name's own first
letters or a short form the rules list as the person's alias.

Families (``kind``):
- ``goes``: the form must become the listed person's pseudonym in ``apply`` (``survived``: a leak; ``unlisted``:
  gone as somebody unlisted or a place), and ``verify`` must flag it in the draft (``verify-missed``).
- ``control``: an English word, another person's name of the same language sharing the root, or a place, written
  with a capital: must not become a listed person's pseudonym (an unlisted name may become "Person 1").

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/slavic_diminutives_gen.py [--show] [--part tuned|held-back|both]
"""
from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# Suffixes per language: (diminutive, its vocative or another case) as the grammars give them; "{R}" is the root.
_POLISH_F = ["{R}usia", "{R}usiu", "{R}unia", "{R}uniu", "{R}eńka", "{R}eńko", "{R}ka", "{R}ko", "{R}uleńka",
             "{R}ulka", "{R}ulko", "{R}eczka", "{R}eczko"]
_POLISH_M = ["{R}uś", "{R}usiu", "{R}usio", "{R}eczek", "{R}eczku", "{R}ek", "{R}ku", "{R}cio", "{R}ciu",
             "{R}unio", "{R}uniu"]
_RUSSIAN = ["{R}enka", "{R}en'ka", "{R}echka", "{R}ochka", "{R}ushka", "{R}ulya", "{R}ka", "{R}unya", "{R}ulechka",
            "{R}en'ku", "{R}enku"]
_UKRAINIAN = ["{R}ka", "{R}ko", "{R}ochka", "{R}ochko", "{R}us'ya", "{R}usya", "{R}chyk", "{R}chyku", "{R}onka",
              "{R}en'ka", "{R}yk", "{R}yku"]
_LITHUANIAN_M = ["{R}ukas", "{R}uk", "{R}ukai", "{R}elis", "{R}eli", "{R}iukas", "{R}iuk", "{R}užis"]
_LITHUANIAN_F = ["{R}elė", "{R}ele", "{R}ytė", "{R}yte", "{R}utė", "{R}ute", "{R}ute", "{R}užė", "{R}yt"]
_LATVIAN_M = ["{R}ītis", "{R}īt", "{R}iņš", "{R}iņ", "{R}uks", "{R}uk"]
_LATVIAN_F = ["{R}iņa", "{R}iņ", "{R}īte", "{R}īt", "{R}ucīte"]
_CZECH_F = ["{R}ička", "{R}ičko", "{R}inka", "{R}inko", "{R}ulka", "{R}ulko", "{R}uška", "{R}uško", "{R}ka", "{R}ko"]
_CZECH_M = ["{R}íček", "{R}íčku", "{R}ínek", "{R}ínku", "{R}ík", "{R}íku", "{R}ánek", "{R}ánku", "{R}oušek",
            "{R}oušku"]
_SLOVAK_F = ["{R}ka", "{R}ko", "{R}ička", "{R}ičko", "{R}ulienka", "{R}ienka"]
_SLOVAK_M = ["{R}ko", "{R}ík", "{R}íček", "{R}ino"]
_ROMANIAN_F = ["{R}uța", "{R}uţa", "{R}ica", "{R}ișoara", "{R}uca", "{R}ucă", "{R}ico"]
_ROMANIAN_M = ["{R}uț", "{R}ut", "{R}el", "{R}ică", "{R}ica", "{R}ucu", "{R}ișor", "{R}uțule"]

# (language, given name, surname, alias or None, [roots], suffixes); a root is the name's own first letters or the
# alias's; forms come from roots x suffixes. Every name here is fictional together with its surname.
PEOPLE = [
    ("pl", "Agnieszka", "Nowak", "Aga", ["Ag"], _POLISH_F[:4] + _POLISH_F[9:]),
    ("pl", "Tomasz", "Wróbel", None, ["Tom"], _POLISH_M),
    ("pl", "Piotr", "Kowalczyk", None, ["Piotr"], ["{R}uś", "{R}usiu", "{R}usio", "{R}eczek", "{R}eczku"]),
    ("pl", "Magdalena", "Zielińska", "Magda", ["Magd"], ["{R}usia", "{R}usiu", "{R}ulka", "{R}uleńka"]),
    ("pl", "Katarzyna", "Lewandowska", "Kasia", ["Kasi"], ["{R}eńka", "{R}eńko", "{R}ulka", "{R}uleńka"]),
    ("pl", "Wojciech", "Mazur", "Wojtek", ["Wojt"], ["{R}uś", "{R}usiu", "{R}eczek", "{R}eczku"]),
    ("pl", "Barbara", "Dudek", "Basia", ["Basi"], ["{R}eńka", "{R}eńko", "{R}ulka", "{R}uleńka"]),
    ("pl", "Grzegorz", "Kaczmarek", "Grzesiek", ["Grzes"], ["{R}iu", "{R}io", "{R}ieczek", "{R}ieczku"]),
    ("ru", "Natasha", "Ivanova", None, ["Natash"], ["{R}enka", "{R}en'ka", "{R}echka", "{R}ka", "{R}enku"]),
    ("ru", "Aleksandr", "Petrov", "Sasha", ["Sash"], ["{R}enka", "{R}ka", "{R}ulya", "{R}en'ka", "{R}ok"]),
    ("ru", "Ekaterina", "Smirnova", "Katya", ["Kat"], ["{R}yusha", "{R}enka", "{R}echka", "{R}en'ka"]),
    ("ru", "Svetlana", "Volkova", "Sveta", ["Svet"], ["{R}ochka", "{R}ik", "{R}ulya", "{R}ulechka"]),
    ("ru", "Dmitry", "Sokolov", "Dima", ["Dim"], ["{R}ochka", "{R}ka", "{R}ulya", "{R}on"]),
    ("uk", "Oksana", "Bondarenko", None, ["Oksan"], _UKRAINIAN[:6] + ["{R}onka"]),
    ("uk", "Taras", "Kovalchuk", None, ["Taras"], ["{R}yk", "{R}yku", "{R}ik", "{R}ko", "{R}ochko", "{R}chyk"]),
    ("uk", "Olena", "Shevchuk", None, ["Olen"], ["{R}ka", "{R}ko", "{R}ochka", "{R}ochko", "{R}un'ka"]),
    ("uk", "Mykola", "Tkachenko", None, ["Mykol"], ["{R}ka", "{R}ko", "{R}ochka", "{R}aiko"]),
    ("lt", "Jonas", "Kazlauskas", None, ["Jon"], _LITHUANIAN_M),
    ("lt", "Rūta", "Petrauskienė", None, ["Rūt"], _LITHUANIAN_F),
    ("lt", "Mantas", "Jankauskas", None, ["Mant"], _LITHUANIAN_M),
    ("lt", "Aušra", "Stankevičienė", None, ["Aušr"], _LITHUANIAN_F),
    ("lv", "Jānis", "Bērziņš", None, ["Jān"], _LATVIAN_M),
    ("lv", "Līga", "Kalniņa", None, ["Līg"], _LATVIAN_F),
    ("lv", "Inese", "Ozola", None, ["Ines"], _LATVIAN_F),
    ("cs", "Jana", "Dvořáková", None, ["Jan"], _CZECH_F),
    ("cs", "Hana", "Procházková", None, ["Han"], _CZECH_F),
    ("cs", "Tomáš", "Černý", None, ["Tomáš", "Tom"], ["{R}ek", "{R}ku", "{R}íček", "{R}íčku", "{R}ík"]),
    ("cs", "Pavel", "Svoboda", None, ["Pavl"], _CZECH_M),
    ("sk", "Zuzana", "Horváthová", None, ["Zuz", "Zuzan"], _SLOVAK_F),
    ("sk", "Lukáš", "Varga", None, ["Luk", "Lukáš"], _SLOVAK_M),
    ("ro", "Ion", "Popescu", None, ["Ion"], _ROMANIAN_M),
    ("ro", "Elena", "Dumitrescu", None, ["Elen"], _ROMANIAN_F),
    ("ro", "Andrei", "Stoica", None, ["Andrei"], ["{R}uț", "{R}uţ", "{R}ut", "{R}ică", "{R}ucu", "{R}ușor"]),
    ("ro", "Mihaela", "Constantin", None, ["Mihael"], ["{R}uța", "{R}ica"]),
    ("bg", "Stoyan", "Dimitrov", None, ["Stoyan"], ["{R}cho", "{R}che", "{R}ko"]),
    ("bg", "Desislava", "Georgieva", None, ["Desislav"], ["{R}ka", "{R}che", "{R}chka"]),
    ("bg", "Ivan", "Todorov", None, ["Ivan"], ["{R}cho", "{R}che", "{R}ko", "{R}chitsa"]),
]
# English prose and quoted messages; {D} the form, {P} another person in the sentence (an unlisted relative)
GOES = [
    "Her mother wrote: \"{D} zadzwoń do mamy\".",
    "The text said \"{D} where r u\" and nothing more.",
    "{D} was what the family called {h} at home.",
    "Messages from the sister began \"{D}, call me\".",
    "The friend said {D} had seemed frightened for weeks.",
    "In the family {H} was always {D}.",
    "\"{D}!\" the grandmother shouted from the window.",
    "WhatsApp 23:14 — {D} gdzie jesteś?",
    "The card was signed \"for {D}, love Mum\".",
    "Neighbours heard someone shout \"{D}, open the door\".",
]
# ordinary English words shaped like a root and a suffix, other people's names of the same languages sharing a
# root with a listed one, and places; each written where a capital is usual
CONTROL_WORDS = ["Tomorrow", "Tomatoes", "Tombstone", "Agustin", "Agenda", "Agony", "Basin", "Basket", "Markus",
                 "Market", "Marta", "Martin", "Jonathan", "Jones", "Janina", "January", "Janet", "Janek",
                 "Handel", "Hannah", "Handsworth", "Rutland", "Rutherford", "Natalie", "Nathan", "Petrol",
                 "Petra", "Ionela", "Ionia", "Elenor", "Eleanor", "Ivanhoe", "Tarasova", "Olenska", "Oksford",
                 "Tomaszów", "Janów", "Marki", "Pavlov", "Pavlova", "Lukas", "Luke", "Lucas", "Dimmock", "Dimple",
                 "Sashay", "Katherine", "Kathy", "Svetlogorsk", "Mantua", "Mantel", "Inesa", "Ligurian", "Zuzanna",
                 "Andrea", "Andreas", "Stoyanov", "Desmond", "Ivanka", "Mikolaj", "Wojtowicz", "Grzesik",
                 "Magdeburg", "Aušrinė", "Kasimir", "Tomasina", "Agatha", "Ioannina", "Ionescu", "Elena"]
# English-named listed people beside an English word that begins with the name's letters and ends as a diminutive
# might ("Patina" when Pat is listed, "Petunia" when Peter is): the person is listed in that case only
ENGLISH_PAIRS = [("Pat", "Hughes", ["Patina", "Patio", "Patchy"]), ("Peter", "Walsh", ["Petunia", "Petrol", "Petrel"]),
                 ("Bev", "Collins", ["Bevel", "Beverage"]), ("Mark", "Evans", ["Marker", "Marking", "Markets"]),
                 ("Tom", "Baker", ["Tomato", "Tomcat", "Tomboy"]), ("Ann", "Price", ["Annual", "Annulled"]),
                 ("Dan", "Ward", ["Dancer", "Danish"]), ("Sam", "Hill", ["Sample", "Samosa"]),
                 ("Ben", "Hart", ["Bench", "Benchmark"]), ("Kim", "Lowe", ["Kimchi", "Kimono"]),
                 ("Lucy", "Shaw", ["Lucite", "Lucky"]), ("Jim", "Reid", ["Jiminy", "Jimmied"])]
CONTROLS = [
    "{W} was mentioned in the chronology.",
    "The agency wrote to {W} about the referral.",
    "She met {W} at the community centre.",
    "{W}: no further contact recorded.",
    "The meeting was held on {W} Road.",
]


def _plain(word: str) -> str:
    """Without its accents: "Lukas" is "Lukáš" written without them, the listed name itself."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _forms(person: tuple) -> list[str]:
    _, _, _, _, roots, suffixes = person
    return sorted({suffix.replace("{R}", root) for root in roots for suffix in suffixes})


def _rules(listed: list[tuple]) -> dict:
    people = []
    for index, (_, given, surname, alias, _, _) in enumerate(listed):
        entry = {"name": f"{given} {surname}", "pseudonym": f"Person {chr(65 + index)}"}
        if alias:
            entry["aliases"] = [alias]
        people.append(entry)
    return {"version": 1, "people": people, "dates": {"date_of_death": "2023-07-09"}}


def cases_of(seeds) -> list[dict]:
    out = []
    for seed in seeds:
        rng = random.Random(seed)
        listed = rng.sample(PEOPLE, 4)
        rules = _rules(listed)
        for _ in range(CASES_PER_SEED):
            if rng.random() < 0.7:
                person = rng.choice(listed)
                form = rng.choice(_forms(person))
                woman = person[1].endswith(("a", "e"))
                text = rng.choice(GOES).format(D=form, h="her" if woman else "him", H="she" if woman else "he")
                pseudonym = f"Person {chr(65 + listed.index(person))}"
                out.append({"seed": seed, "kind": "goes", "language": person[0], "form": form, "text": text,
                            "rules": rules, "pseudonym": pseudonym})
            elif rng.random() < 0.5:
                given, surname, words = rng.choice(ENGLISH_PAIRS)
                word = rng.choice(words)
                text = rng.choice(CONTROLS).format(W=word)
                english = _rules(listed + [("en", given, surname, None, [], [])])
                out.append({"seed": seed, "kind": "control", "language": "en-listed", "form": word, "text": text,
                            "rules": english})
            else:
                word = rng.choice(CONTROL_WORDS)
                # a control is no listed person's own name
                if any(_plain(word) in (_plain(p[1]), _plain(p[2]), _plain(p[3] or "")) for p in listed):
                    continue
                text = rng.choice(CONTROLS).format(W=word)
                out.append({"seed": seed, "kind": "control", "language": "en", "form": word, "text": text,
                            "rules": rules})
    return out


@cache
def _redactor_and_finder(rules_key: str):
    import json

    from redact import Redactor
    from redact.rules import parse_rules
    from redact.verify.finder import LeakFinder

    rules = parse_rules(json.loads(rules_key))
    return rules, Redactor(rules), LeakFinder(rules)


def run_case(case: dict) -> tuple[str, str | None]:
    import json

    from redact.verify import verify_texts

    rules, redactor, finder = _redactor_and_finder(json.dumps(case["rules"], sort_keys=True))
    output = redactor.redact_text(case["text"])
    present = re.search(rf"(?<!\w){re.escape(case['form'])}(?!\w)", output) is not None
    if case["kind"] == "control":
        # an unlisted name or place may well become "Person 1" or "[address]"; never a listed person's pseudonym
        return output, "made-listed" if re.search(r"\bPerson [A-Z]\b", output) else None
    if present:
        return output, "survived"
    if case["pseudonym"] not in output:
        return output, "unlisted"     # gone, but as somebody unlisted ("Person 1") or a place: the mapping is lost
    def people_flagged(text: str) -> int:
        return sum(leak.kind == "person" for leak in verify_texts(rules, [("body", text)], finder=finder).leaks)

    # verify must flag the form itself: more leaks in the draft than in it with the form replaced by a word
    if people_flagged(case["text"]) <= people_flagged(case["text"].replace(case["form"], "Someone")):
        return output, "verify-missed"
    return output, None


def describe(case: dict, wrong: str, output: str) -> str:
    return f"{case['seed']} {case['kind']} {case['language']} {wrong}: {case['form']!r} | {output}"


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(cases_of, run_case, chosen_parts(TUNED, HELD_BACK), describe,
                       group=lambda case: f"{case['kind']}")
