"""Probe: which written forms of a listed person's initials survive ``apply`` and slip past ``verify``?

    python benchmarks/initials_forms_probe.py            # counts per class of form
    python benchmarks/initials_forms_probe.py --show     # with a few survivors of each class

Names are drawn (seeded) from the draft generator's naming traditions and from hand-written particle and
Mc/Mac/O' surnames; every form is written in three sentences. The expected initials are worked out here from the
name's letters, not by the code under test. Classes:

- ``case``: the rules write the name in capitals, small letters or odd case ("MARY SMITH", "mary smith",
  "Mary SMITH"); the draft writes the initials as for "Mary Smith";
- ``particle``: "Anna van der Merwe" as "A.v.d.M.", "AvdM", "A.vd.M."; "Ali Al-Hassan" as "A.A-H.", "AAH";
- ``prefix``: "Sean McDonald" as "S.McD.", "SMcD", "S.Mc.D."; "Niamh O'Brien" as "N.O'B.", "NOB";
- ``dotted``: "M.S.", "M. S.", "M.S", "M-S", "M.J.S." and "MJS" with a middle name, and "M.S." without it;
- ``role``: "(the victim, MS)", "MS's partner", "M.S.'s"; ``title-letters``: initials that are a title ("MS"),
  in a person's place;
- ``must-keep``: an acronym that is also a listed person's initials, used as the thing ("diagnosed with MS",
  "moved to the UK", "the IT team", "the GP", "NHS England", "her MP", "an A-Z of services"): counted as lost
  (gone from the output) and verify false alarms.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.drafts.names import TRADITIONS  # noqa: E402

SEED = 5151
SENTENCES = [
    "Officers spoke to {i} at the address on 3 May.",
    "{i} did not attend the appointment.",
    "The health visitor told {i} that the referral had been closed.",
    "Date | Agency | Event\n12/03/2021 | Police | {i} reported the assault.",
    "Her partner, {i}, was arrested at the address.",
    "The panel thanks {i} for her contribution.",
]
ROLE_SENTENCES = [
    "The neighbour called the police (the victim, {i}) at 23:10.",
    "{i}'s partner called the police at 23:10.",
    "Officers took {i}'s phone as evidence.",
    "The review spoke to {i}'s sister in June.",
]
PARTICLE_SURNAMES = ["van der Merwe", "van Dijk", "de la Cruz", "da Silva", "dos Santos", "bin Rashid",
                     "binti Yusof", "ibn Khalid", "de Souza", "von Berg", "ter Haar", "van den Berg", "de Jong",
                     "del Rio", "di Marco", "le Roux", "bint Saleh", "abu Bakr"]
ARTICLE_SURNAMES = ["Al-Hassan", "Al-Amin", "El-Masri", "Al-Farsi", "Abu-Zaid"]
PREFIX_SURNAMES = ["McDonald", "McCarthy", "McKenzie", "McGregor", "MacNamara", "MacDonald", "MacLeod",
                   "O'Brien", "O'Sullivan", "O'Neill", "O'Connor", "D'Souza", "FitzGerald", "FitzPatrick"]
# names whose initials are a title written in capitals ("MS"), a person only where the sentence makes them one
TITLE_LETTER_NAMES = ["Mary Smith", "Maria Santos", "Mohammed Saleem", "Magdalena Sikora", "Mei Sun", "Musa Sesay",
                      "Daniel Reid", "Dorota Rutkowska"]
TITLE_LETTER_SENTENCES = ["The neighbour called the police (the victim, {i}) at 23:10.",
                          "{i}'s partner called the police.", "Her partner, {i}, was arrested at the address.",
                          "{i} told the officer she was afraid."]
# (listed name, the acronym its initials spell, sentences where the acronym is the thing)
MUST_KEEP = [
    ("Mary Smith", "MS", ["She was diagnosed with MS in 2015.", "Her MS had worsened by 2020.",
                          "The meeting was held on MS Teams.", "MS affected her mobility."]),
    ("Maria Santos", "M.S.", ["He held an M.S. from a US university."]),
    ("Uche Kalu", "UK", ["She moved to the UK in 2015.", "UK law requires a review."]),
    ("Uma Shah", "US", ["He had lived in the US for ten years.", "Nobody told US about it."]),
    ("Ivan Tkachenko", "IT", ["The IT team restored the records.", "IT was not working that day."]),
    ("Mark Pryor", "MP", ["Her MP wrote to the council.", "The local MP raised the case."]),
    ("Gary Price", "GP", ["The GP saw her on 3 May.", "She told her GP about the bruises."]),
    ("Nina Hussain Shah", "NHS", ["NHS England commissioned the review.", "The NHS trust responded."]),
    ("Amir Zaman", "A-Z", ["The council keeps an A-Z of services.", "Services are listed A-Z in the appendix."]),
    ("Anna Clarke", "A-C", ["Grades A-C were awarded.", "See sections A-C of the report."]),
    ("Uma Sharma", "U.S.", ["He moved to the U.S. in 2010."]),
    ("Uchenna Kalu", "U.K.", ["She came to the U.K. in 2012."]),
    ("Ivan Tarasov", "I.T.", ["The I.T. department kept the logs."]),
]


def _letters(words: list[str]) -> str:
    return "".join(part[0].upper() for word in words for part in re.split(r"-", word) if part)


def _plain_forms(letters: str) -> list[str]:
    return [letters, ".".join(letters) + ".", ". ".join(letters) + ".", ".".join(letters), "-".join(letters)]


def _draw(rng: random.Random, tradition) -> tuple[str, str]:
    female = rng.random() < 0.5
    given = rng.choice(tradition.female if female else tradition.male)
    surname = rng.choice(tradition.surnames)[1 if female else 0]
    return given, surname


def _plain_traditions():
    # the traditions whose names are given name(s) then one capitalised surname without particles
    return [t for t in TRADITIONS.values() if not t.family_first]


def cases(per_class: int = 40) -> list[tuple[str, str, str, list[str]]]:
    """(class, rules name, written initials, sentences)."""
    from redact.initials import is_other_capital_word

    rng = random.Random(SEED)
    traditions = _plain_traditions()
    out: list[tuple[str, str, str, list[str]]] = []

    def plain_name():
        while True:
            given, surname = _draw(rng, rng.choice(traditions))
            words = f"{given} {surname}".split()
            if all(w[:1].isupper() and "'" not in w and not re.search(r"[a-z][A-Z]", w) for w in words) \
                    and len(words) == 2:
                letters = _letters(words)
                if not is_other_capital_word(letters):
                    return given, surname, letters

    for number in range(per_class):
        given, surname, letters = plain_name()
        name = f"{given} {surname}"
        written = [name.upper(), name.lower(), f"{given} {surname.upper()}", f"{given.upper()} {surname}",
                   f"{given[:1].lower()}{given[1:].upper()} {surname[:1].lower()}{surname[1:].upper()}"]
        rules_name = written[number % len(written)]
        for form in (letters, ".".join(letters) + "."):
            out.append(("case", rules_name, form, SENTENCES[number % 3::3]))
    for number in range(per_class):
        given, _, _ = plain_name()
        if number % 3 == 2:
            surname = ARTICLE_SURNAMES[number % len(ARTICLE_SURNAMES)]
            head, core = surname.split("-")
            forms = [f"{given[0]}{head[0]}{core[0]}", f"{given[0]}.{head[0]}-{core[0]}."]
        else:
            surname = PARTICLE_SURNAMES[number % len(PARTICLE_SURNAMES)]
            *particles, core = surname.split()
            small = "".join(p[0] for p in particles)
            forms = [f"{given[0]}{small}{core[0]}", ".".join([given[0], *small, core[0]]) + ".",
                     f"{given[0]}.{small}.{core[0]}."]
        for form in dict.fromkeys(forms):
            out.append(("particle", f"{given} {surname}", form, SENTENCES[number % 3::3]))
    for number in range(per_class):
        given, _, _ = plain_name()
        surname = PREFIX_SURNAMES[number % len(PREFIX_SURNAMES)]
        prefix = re.match(r"(Mc|Mac|Fitz|O'|D')", surname).group(1)
        core = surname[len(prefix)]
        if prefix.endswith("'"):
            forms = [f"{given[0]}.{prefix}{core}.", f"{given[0]}{prefix[0]}{core}"]
        else:
            forms = [f"{given[0]}.{prefix}{core}.", f"{given[0]}{prefix}{core}", f"{given[0]}.{prefix}.{core}."]
        for form in forms:
            out.append(("prefix", f"{given} {surname}", form, SENTENCES[number % 3::3]))
    for number in range(per_class):
        given, surname, letters = plain_name()
        tradition = rng.choice([t for t in traditions if t.middle_female])
        middle = rng.choice(tradition.middle_female)
        if number % 2:
            full = f"{given} {middle} {surname}"
            three = _letters([given, middle, surname])
            forms = [f for f in _plain_forms(three)[1:] + [".".join(letters) + "."]
                     if not is_other_capital_word(three)]
        else:
            full = f"{given} {surname}"
            forms = _plain_forms(letters)
        for form in forms:
            out.append(("dotted", full, form, SENTENCES[number % 3::3]))
    for number in range(per_class // 2):
        given, surname, letters = plain_name()
        for form in (letters, ".".join(letters) + "."):
            out.append(("role", f"{given} {surname}", form, ROLE_SENTENCES))
    for number, name in enumerate(TITLE_LETTER_NAMES):
        letters = _letters(name.split())
        for form in (letters, ".".join(letters) + "."):
            out.append(("title-letters", name, form, TITLE_LETTER_SENTENCES))
    return out


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth Green"}, {"name": "Vera Kowalczyk", "pseudonym": "Jo"}],
            "dates": {"date_of_death": "2023-06-14"}}


def _present(form: str, text: str) -> re.Match | None:
    return re.search(rf"(?<![\w.'’-]){re.escape(form.rstrip('.'))}(?![\w-]|['’](?!s\b))", text)


def run(show: bool) -> dict:
    from redact.pipeline import Redactor
    from redact.verify.finder import LeakFinder

    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    redactors: dict[str, tuple] = {}

    def tools(name: str):
        if name not in redactors:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                redactor = Redactor(_rules(name))
            redactors.clear()
            redactors[name] = (redactor, LeakFinder(redactor.rules))
        return redactors[name]

    for kind, name, form, sentences in cases():
        redactor, finder = tools(name)
        for template in sentences:
            text = template.format(i=form)
            where = _present(form, text)
            assert where is not None, (form, text)
            counts[f"{kind}"] += 1
            out = redactor.redact_text(text)
            if _present(form, out):
                counts[f"{kind} left"] += 1
                examples[f"{kind} left"].append(f"{name!r}: {text!r} -> {out!r}")
            if not any(s < where.end() and where.start() < e for s, e, *_ in finder.spans(text)):
                counts[f"{kind} verify missed"] += 1
                examples[f"{kind} verify missed"].append(f"{name!r}: {text!r}")
    for name, form, sentences in MUST_KEEP:
        redactor, finder = tools(name)
        for text in sentences:
            where = _present(form, text)
            assert where is not None, (form, text)
            counts["must-keep"] += 1
            out = redactor.redact_text(text)
            if not _present(form, out):
                counts["must-keep lost"] += 1
                examples["must-keep lost"].append(f"{name!r}: {text!r} -> {out!r}")
            if any(s < where.end() and where.start() < e for s, e, *_ in finder.spans(text)):
                counts["must-keep verify false alarm"] += 1
                examples["must-keep verify false alarm"].append(f"{name!r}: {text!r}")
    if show:
        for key in sorted(examples):
            print("==", key, len(examples[key]))
            for example in examples[key][:8]:
                print("   ", example.replace("\n", " / "))
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.show)
    for kind in ("case", "particle", "prefix", "dotted", "role", "title-letters"):
        print(f"{kind:14} {result.get(kind, 0):4} written, left {result.get(kind + ' left', 0):4}, "
              f"verify missed {result.get(kind + ' verify missed', 0):4}")
    print(f"{'must-keep':14} {result.get('must-keep', 0):4} written, lost {result.get('must-keep lost', 0):4}, "
          f"verify false alarms {result.get('must-keep verify false alarm', 0):4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
