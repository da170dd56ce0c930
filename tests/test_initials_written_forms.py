"""A listed person's initials in every written form, however the rules case the name: ``redact.initials``.

Found by ``benchmarks/initials_forms_probe.py`` (seed 5151): rules writing "mary smith" or "kAMRUL rAHMAN" gave no
initials at all; "A.v.d.M." and "AvdM" (Anna van der Merwe), "S.McD." and "SMcD" (Sean McDonald), "N.O'B."
(Niamh O'Brien), "C-H", "L.E.M." (Layla Kaur El-Masri) and "MS" in a person's place ("the victim, MS", "MS's
partner") stayed in apply's output with ``verify`` silent. The names are drawn (seeded) from the draft generator's
traditions and hand-written particle and prefixed surnames; the expected initials are worked out here from the
letters of the name, not by the code under test.
"""
from __future__ import annotations

import functools
import random
import re

import pytest

from benchmarks.drafts.names import TRADITIONS
from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.initials import initials_of_name, is_other_capital_word

SENTENCES = [
    "Officers spoke to {i} at the address on 3 May.",
    "{i} did not attend the appointment.",
    "Her partner, {i}, was arrested at the address.",
    "Date | Agency | Event\n12/03/2021 | Police | {i} reported the assault.",
    "The panel thanks {i} for her contribution.",
    "The neighbour called the police (the victim, {i}) at 23:10.",
    "{i}'s partner called the police at 23:10.",
]
PARTICLES = ["van der", "van", "de la", "da", "dos", "bin", "binti", "ibn", "de", "von", "ter", "van den", "del",
             "di", "le", "bint"]
ARTICLES = ["Al", "El", "Abu"]
PREFIXES = ["Mc", "Mac", "O'", "D'", "Fitz"]
CORES = ["Donald", "Carthy", "Brien", "Neill", "Souza", "Gerald", "Kenzie", "Leod", "Namara", "Connor", "Merwe",
         "Cruz", "Rashid", "Hassan", "Silva", "Santos", "Khalid", "Berg", "Haar", "Dijk", "Masri", "Zaid"]
SEED = 20261203


def _plain_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(given name, surname) of many traditions, each a capitalised word or hyphenated capitalised words."""
    traditions = [t for t in TRADITIONS.values() if not t.family_first]
    out: list[tuple[str, str]] = []
    while len(out) < count:
        tradition = rng.choice(traditions)
        female = rng.random() < 0.5
        given = rng.choice(tradition.female if female else tradition.male)
        surname = rng.choice(tradition.surnames)[1 if female else 0]
        words = f"{given} {surname}".split()
        if len(words) == 2 and all(re.fullmatch(r"[^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_][^\W\d_A-Z]*)*", w)
                                   and w[0].isupper() for w in words) and (given, surname) not in out:
            out.append((given, surname))
    return out


def _capitals(*words: str) -> str:
    return "".join(part[0] for word in words for part in word.split("-"))


def _spellings(letters: list[str]) -> list[str]:
    """"MS", "M.S.", "M. S.", "M.S", "M-S" of the letters ["M", "S"] (a letter may be "McD", "v")."""
    return ["".join(letters), ".".join(letters) + ".", ". ".join(letters) + ".", ".".join(letters),
            "-".join(letters)]


def _cased(name: str, how: int) -> str:
    given, surname = name.split(" ", 1)
    return [name.upper(), name.lower(), f"{given} {surname.upper()}", f"{given.upper()} {surname}",
            " ".join(w[:1].lower() + w[1:].upper() for w in name.split())][how % 5]


def _cases() -> list[tuple[str, str, list[str]]]:
    """(class, the name as the rules write it, the written initials a draft uses for it)."""
    rng = random.Random(SEED)
    cases: list[tuple[str, str, list[str]]] = []
    for number, (given, surname) in enumerate(_plain_names(rng, 90)):
        letters = _capitals(given, surname)
        if is_other_capital_word(letters) or len(letters) > 5:
            continue
        kind = number % 6
        if kind in (0, 1):      # the rules in capitals, small letters or odd case
            cases.append(("case", _cased(f"{given} {surname}", number), _spellings(list(letters))[:2]))
        elif kind == 2:         # particles: small, in the short form, or with an article's capital and hyphen
            particle = rng.choice(PARTICLES)
            core = rng.choice(CORES)
            small = [word[0] for word in particle.split()]
            forms = ["".join([given[0], *small, core[0]]), ".".join([given[0], *small, core[0]]) + ".",
                     f"{given[0]}.{''.join(small)}.{core[0]}."]
            cases.append(("particle", f"{given} {particle} {core}", forms))
            article = rng.choice(ARTICLES)
            triple = f"{given[0]}{article[0]}{core[0]}"
            forms = [f"{given[0]}.{article[0]}-{core[0]}."] + ([triple] if not is_other_capital_word(triple) else [])
            cases.append(("particle", f"{given} {article}-{core}", forms))
        elif kind == 3:         # Mc, Mac, O', D', Fitz
            prefix = rng.choice(PREFIXES)
            core = rng.choice(CORES)
            if prefix.endswith("'"):
                forms = [f"{given[0]}.{prefix}{core[0]}.", f"{given[0]}{prefix[0]}{core[0]}"]
            else:
                forms = [f"{given[0]}.{prefix}{core[0]}.", f"{given[0]}{prefix}{core[0]}",
                         f"{given[0]}.{prefix}.{core[0]}."]
            cases.append(("prefix", f"{given} {prefix}{core}", forms))
        elif kind == 4:         # dotted, spaced, hyphened; with a middle name and without it
            cases.append(("dotted", f"{given} {surname}", _spellings(list(letters))[1:]))
            middle = rng.choice(["Jane", "Louise", "Marie", "James", "John", "Kaur", "Singh"])
            three = _capitals(given, middle, surname)
            if len(three) <= 5 and not is_other_capital_word(three):
                cases.append(("dotted", f"{given} {middle} {surname}",
                              [".".join(three) + ".", three, ".".join(letters) + "."]))
        else:                   # the rules in capitals, with particles
            particle = rng.choice(PARTICLES)
            core = rng.choice(CORES)
            small = [word[0] for word in particle.split()]
            cases.append(("case", f"{given} {particle} {core}".upper(),
                          ["".join([given[0], *small, core[0]]), f"{given[0]}.{core[0]}."]))
    return cases


CASES = _cases()


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth Green"}, {"name": "Vera Kowalczyk", "pseudonym": "Jo"}],
            "dates": {"date_of_death": "2023-06-14"}}


@functools.cache
def _redactor(name: str):
    return quiet_redactor(_rules(name))


def _present(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w.'’-]){re.escape(form.rstrip('.'))}(?![\w-]|['’](?!s\b))", text) is not None


def test_the_generator_covers_every_class_and_many_names():
    kinds = {kind for kind, _, _ in CASES}
    assert kinds == {"case", "particle", "prefix", "dotted"}, kinds
    assert len(CASES) >= 60 and len({name for _, name, _ in CASES}) >= 60


@pytest.mark.parametrize("kind, name, forms", CASES, ids=[f"{k}-{n}" for k, n, _ in CASES])
def test_every_written_form_goes_and_verify_reports_it(kind, name, forms):
    redactor = _redactor(name)
    for number, form in enumerate(forms):
        for template in (SENTENCES[number % len(SENTENCES)], SENTENCES[(number + 3) % len(SENTENCES)]):
            text = template.format(i=form)
            out = redactor.redact_text(text)
            assert not _present(form, out), (name, text, out)
            assert "Ruth" in out, (name, text, out)
            verdict = verify_bytes(text.encode(), "txt", _rules(name))
            assert not verdict.ok and {leak.kind for leak in verdict.leaks} == {"person"}, (name, text)
            assert verify_bytes(out.encode(), "txt", _rules(name)).ok, (name, out)


@pytest.mark.parametrize("given, surname", _plain_names(random.Random(SEED + 1), 40))
def test_the_rules_case_gives_the_same_initials(given, surname):
    name = f"{given} {surname}"
    expected = set(initials_of_name(name))
    assert _capitals(given, surname) in expected
    for how in range(5):
        assert expected <= set(initials_of_name(_cased(name, how))), _cased(name, how)


@pytest.mark.parametrize("name, forms", [
    ("Anna van der Merwe", {"AvdM", "AM", "AVDM"}), ("Ahmed bin Rashid", {"AbR", "AR"}),
    ("Pedro de la Cruz", {"PdlC", "PC"}), ("Ali Al-Hassan", {"AAH", "AH"}),
    ("Sean McDonald", {"SMcD", "SMD", "SM"}), ("Niamh O'Brien", {"NOB", "NO"}),
    ("Ruairi MacNamara", {"RMacN", "RMN", "RM"}), ("Mary Jane Smith", {"MJS", "MS"}),
    ("ANNA VAN DER MERWE", {"AvdM", "AM"}), ("sean mcdonald", {"SMcD", "SM"}), ("mary o'brien", {"MOB", "MO"}),
    ("Mary SMITH", {"MS"}), ("SIDHU, Jaspreet Kaur", {"JKS", "JS"}), ("Łukasz Żak", {"ŁŻ", "LZ"}),
])
def test_the_initials_of_a_name(name, forms):
    assert forms <= set(initials_of_name(name))


TITLE_LETTERS = ["Mary Smith", "Maria Santos", "Mohammed Saleem", "Magdalena Sikora", "Musa Sesay", "MEI SUN"]
PERSON_PLACES = ["The neighbour called the police (the victim, {i}) at 23:10.", "{i}'s partner called the police.",
                 "Her partner, {i}, was arrested at the address.", "{i} told the officer she was afraid.",
                 "The victim ({i}) was seen by her GP."]


@pytest.mark.parametrize("name", TITLE_LETTERS)
def test_initials_that_are_a_title_go_where_they_are_somebody(name):
    for form in ("MS", "M.S."):
        for template in PERSON_PLACES:
            text = template.format(i=form)
            out = _redactor(name).redact_text(text)
            assert not _present(form, out), (text, out)
            assert not verify_bytes(text.encode(), "txt", _rules(name)).ok, text


@pytest.mark.parametrize("name, form", [("Mary Smith", "M.S."), ("Orla Dunne", "O.D."), ("Sean McDonald", "S.McD."),
                                        ("Anna van der Merwe", "A.v.d.M.")])
def test_a_possessive_after_dotted_initials_keeps_its_s(name, form):
    out = _redactor(name).redact_text(f"{form}'s partner called the police.")
    assert out.endswith("'s partner called the police.") and ".'s" not in out, out


# (listed name, the letters, a text where they are the thing: they stay, and verify stays quiet)
MUST_KEEP = [
    ("Mary Smith", "MS", "She was diagnosed with MS in 2015."), ("Mary Smith", "MS", "Her MS had worsened by 2020."),
    ("Mary Smith", "MS", "The meeting was held on MS Teams."), ("Mary Smith", "MS", "MS affected her mobility."),
    ("Mary Smith", "MS", "Symptoms of MS were noted by the GP."),
    ("Uche Kalu", "UK", "She moved to the UK in 2015."), ("Uche Kalu", "UK", "UK law requires a review."),
    ("Uma Shah", "US", "He had lived in the US for ten years."),
    ("Ivan Tkachenko", "IT", "The IT team restored the records."),
    ("Ivan Tarasov", "IT", "IT was not working that day."),
    ("Mark Pryor", "MP", "Her MP wrote to the council."), ("Mark Pryor", "MP", "The local MP raised the case."),
    ("Gary Price", "GP", "The GP saw her on 3 May."), ("Gary Price", "GP", "She told her GP about the bruises."),
    ("Nina Hussain Shah", "NHS", "NHS England commissioned the review."),
    ("Nina Hussain Shah", "NHS", "The NHS trust responded."),
    ("Amir Zaman", "A-Z", "The council keeps an A-Z of services."),
    ("Anna Clarke", "A-C", "Grades A-C were awarded."), ("Anna Clarke", "A-C", "See sections A-C of the report."),
    ("Jane Ann Morris", "JAM", "JAM TODAY"), ("Gemma Ellis Mann", "GEM", "A GEM of a neighbour, she said."),
    ("Priya Sharma", "PS", "The PS on duty made the arrest."),
    ("Dorota Clarke", "DC", "The DC on duty took the statement."),
    ("Daniel Reid", "DR", "The DR team was notified."),
]


@pytest.mark.parametrize("name, letters, text", MUST_KEEP)
def test_an_acronym_the_initials_spell_stays(name, letters, text):
    out = _redactor(name).redact_text(text)
    assert _present(letters, out), (text, out)
    assert verify_bytes(text.encode(), "txt", _rules(name)).ok, text


@pytest.mark.parametrize("name", ["Anna van der Merwe", "Sean McDonald", "Niamh O'Brien", "mary smith"])
def test_ordinary_words_and_letters_in_lower_case_stay(name):
    text = "Avid readers met on Friday. The codes were avdm and smcd; nob and ms were typed in lower case."
    assert _redactor(name).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(name)).ok
