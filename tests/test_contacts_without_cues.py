"""Telephone numbers and e-mail addresses with no phone or mail word near them, in every form people write them:
a UK number or another country's with or without "+", with "00" or "(0)", grouped by spaces, dots, dashes, slashes
or nothing, in brackets, at a sentence's end, with a letter O for a zero, in a message transcript or a chronology
row, glued by underscores into a bookmark's or a file's name; an address written as people hide it from programs.

Found by brief "phonecue": "She gave the officer 44 7700 900754 and left.", "_44_7700_900754" (a bookmark's
name), "India 91 98765 43210 was in her book." left whole, and passed by ``verify --strict`` (which reads numbers
with the same recogniser): an international number without its "+" was read only after a phone word.

The must-stay half holds the numbers a review writes that are no contact: dates and times in every form, money,
statute sections, paragraphs and pages, years and ages, tables of counts, percentages, postcodes, references.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

TUNED, HELD_BACK = 5101, 5102

PEOPLE = [("Grace", "Mensah"), ("Magdalena", "Wróblewska"), ("Adaeze", "Nwachukwu"), ("Manjit", "Randhawa"),
          ("Ioana", "Popescu"), ("Tanisha", "McKenzie"), ("Ayaan", "Jama"), ("Noor", "El-Masri"),
          ("Aisling", "O'Driscoll"), ("Carys", "Llewellyn"), ("Bilal", "Qureshi"), ("Shabnam", "Akhtar")]

# (country code, national number without its trunk 0, grouping of the national part, trunk prefix of the country)
# The UK's are Ofcom's drama ranges; the others follow each country's plan ("phonenumbers" calls them valid).
NUMBERS = [
    ("44", "7700900{n3}", (4, 6), "0"),          # UK mobile
    ("44", "1134960{n3}", (3, 3, 4), "0"),       # Leeds landline
    ("44", "2079460{n3}", (2, 4, 4), "0"),       # London landline
    ("44", "1614960{n3}", (3, 3, 4), "0"),       # Manchester landline
    ("48", "512345{n3}", (3, 3, 3), ""),         # Poland mobile
    ("234", "8031234{n3}", (3, 3, 4), "0"),      # Nigeria mobile
    ("92", "3001234{n3}", (3, 7), "0"),          # Pakistan mobile
    ("91", "98765{n3}21", (5, 5), "0"),          # India mobile
    ("40", "721234{n3}", (3, 3, 3), "0"),        # Romania mobile
    ("1", "876927{n3}4", (3, 3, 4), "1"),        # Jamaica
    ("252", "61234{n3}8", (2, 3, 4), "0"),       # Somalia mobile
    ("370", "61234{n3}", (3, 5), "8"),           # Lithuania mobile
]


def _grouped(digits: str, groups: tuple[int, ...], separator: str) -> str:
    parts, at = [], 0
    for size in groups:
        parts.append(digits[at:at + size])
        at += size
    if at < len(digits):
        parts[-1] += digits[at:]
    return separator.join(parts)


def _forms(cc: str, national: str, groups: tuple[int, ...], trunk: str, rng: random.Random) -> list[str]:
    """Every written form of one number, international and (for the UK) national."""
    sep = rng.choice([" ", " ", "-", ".", ""])
    grouped = _grouped(national, groups, sep)
    spaced = _grouped(national, groups, " ")
    forms = [f"+{cc} {spaced}", f"+{cc}{national}", f"00{cc} {spaced}", f"00{cc}{national}", f"{cc} {spaced}",
             f"{cc}{national}", f"+{cc}-{grouped}" if sep else f"+{cc} {spaced}", f"{cc}-{_grouped(national, groups, '-')}"]
    if trunk == "0":
        forms += [f"+{cc} (0){spaced}", f"+{cc} (0) {spaced}", f"00{cc} (0){spaced}"]
    if cc == "44":
        national_form = "0" + national
        forms += ["0" + _grouped(national, groups, sep), national_form, "0" + _grouped(national, groups, " "),
                  "(0" + spaced.replace(" ", ") ", 1), "0" + _grouped(national, groups, "."),
                  "0" + _grouped(national, groups, "-"), "0" + _grouped(national, groups, "/"),
                  ("0" + spaced).replace("0", "O", 1), ("0" + spaced).replace("00", "OO")]
    return forms


SENTENCES = [
    "{name} gave the officer {n} and left.",
    "{name} wrote {n} on the back of the leaflet.",
    "The note in {name}'s handbag read {n}.",
    "{name}'s sister was on {n}.",
    "Details held by the GP for {name}: {n}.",
    "[14/03/2022 21:04] {given}: my new one is {n} x",
    "[02:13, 15/03/2022] {given}: {n}",
    "| 14.03.2022 | 21:40 | Police | {given} gave {n} as her sister's. |",
    "14/03/2022 21:40 – {given} left {n} with the duty officer.",
    "Mum ({n}) was told the next morning.",
    "{name} – {n} – was the only entry in the diary.",
    "The family in Lagos used {n}",
    "The bookmark was named {given}_{n_}.",
    "Exhibit JS/4: {given}_{n_}_export.zip",
    "The shelter had {n}\non its card for {name}.",
]

EMAIL_FORMS = ["{local} [at] {host} [dot] {tld}", "{local} at {host} dot {tld}", "{local}(at){host}.{tld}",
               "{local} (at) {host} (dot) {tld}", "{local} @ {host}.{tld}", "{local}@ {host}.{tld}",
               "{LOCAL}@{HOST}.{TLD}", "<{local}@{host}.{tld}>", "mailto:{local}@{host}.{tld}",
               "{local} AT {host} DOT {tld}", "{local}{{at}}{host}{{dot}}{tld}", "{local} [@] {host} [.] {tld}",
               "{local} at {host}.{tld}", "{local}@{host}.{tld}.", "({local}@{host}.{tld})"]
HOSTS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"), ("wp", "pl"),
         ("nhs", "net"), ("btinternet", "com"), ("icloud", "com")]
EMAIL_SENTENCES = ["{name} wrote from {e} on the Friday.", "Her friend gave {e} to the panel.",
                   "{given} used {e}", "[21:04] {given}: it's {e} now",
                   "| 14.03.2022 | {given} sent the photographs from {e} |"]


def _leaks(seed: int, count: int = 30):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        cc, national, groups, trunk = NUMBERS[index % len(NUMBERS)]
        national = national.format(n3=f"{rng.randint(0, 999):03d}")
        number = rng.choice(_forms(cc, national, groups, trunk, rng))
        given, surname = rng.choice(PEOPLE)
        sentence = SENTENCES[rng.randrange(len(SENTENCES))]
        glued = re.sub(r"[ .()/-]+", "_", number.replace("+", "").replace("(0)", ""))
        text = sentence.format(name=f"{given} {surname}", given=given, n=number, n_=glued)
        cases.append((given, surname, "phone", national[-6:], text))
    for index in range(count // 2):
        given, surname = rng.choice(PEOPLE)
        host, tld = rng.choice(HOSTS)
        local = rng.choice([given.lower(), f"{given.lower()}.{surname.lower()}", f"{given.lower()}{rng.randint(70, 99)}",
                            f"{given[0].lower()}_{surname.lower()}"])
        local = re.sub(r"[^a-z0-9._]", "", local.replace("ó", "o").replace("'", ""))
        form = EMAIL_FORMS[index % len(EMAIL_FORMS)]
        e = form.format(local=local, host=host, tld=tld.replace(".", " [dot] ") if "[dot]" in form else
                        tld.replace(".", " dot ") if " dot " in form.lower() else tld,
                        LOCAL=local.upper(), HOST=host.upper(), TLD=tld.upper())
        text = rng.choice(EMAIL_SENTENCES).format(name=f"{given} {surname}", given=given, e=e)
        cases.append((given, surname, "email", local, text))
    return cases


def _rules(given: str, surname: str) -> dict:
    return {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A"}],
            "dates": {"date_of_death": "2021-08-09"}}


_REDACTORS: dict = {}


def _redact(rules: dict, text: str) -> str:
    key = repr(rules)
    if key not in _REDACTORS:
        _REDACTORS[key] = quiet_redactor(rules)
    return _REDACTORS[key].redact_text(text)


def _survives(kind: str, secret: str, text: str, out: str) -> bool:
    if kind == "phone":
        digits = "".join(c for c in out.replace("O", "0").replace("o", "0") if c.isdigit())
        return secret in digits
    return secret in out.lower()


def _check_leak(given, surname, kind, secret, text):
    rules = _rules(given, surname)
    assert not verify_bytes(text.encode(), "txt", rules, strict=True).ok, "strict verify passes it"
    out = _redact(rules, text)
    assert not _survives(kind, secret, text, out), out
    assert verify_bytes(out.encode(), "txt", rules, strict=True).ok, out


@pytest.mark.parametrize("case", _leaks(TUNED), ids=lambda c: c[4][:50])
def test_tuned(case):
    _check_leak(*case)


@pytest.mark.parametrize("case", _leaks(HELD_BACK), ids=lambda c: c[4][:50])
def test_held_back(case):
    _check_leak(*case)


# Numbers a review writes that are no contact: left as they are, whatever digits they run to.
STAYS = [
    "On 14 03 2022 at 14:30 she paid £1,200.50 in rent.",
    "14 03 2022 2140 Police attended and found the door open.",
    "The chronology runs from 01 04 2019 to 31 03 2022.",
    "Under section 44 of the Family Law Act 1996 the court may act.",
    "See paragraphs 4.4.7 and 11.2 on page 44 of the report.",
    "Between 2018 2019 and 2020 2021 referrals rose by 44%.",
    "She was 44 years old; he was 47.",
    "Calls to the service by year: 1520 1634 1702 1811.",
    "Referrals 2019: 44 1520 1634 1702",
    "The household had an income of £44,770 and debts of £9,007.54.",
    "Of 7700 victims in 2021, 44 were over 75.",
    "Home Office guidance (2016) para 44 7 applies.",
    "Population 1 876 927 (census 2011).",
    "In 2021/22 there were 44 7700 and 900 754 figures reported across the two tables.",
    "On 14.03.2022 at 21.04 and again at 23.52 she was seen.",
    "The MARAC met on 7 7 2021 and 14 7 2021 at 10 00.",
    "He served 18 months of a 36 month sentence from 2017 to 2019.",
    "Figures: 2019 1,234; 2020 1,456; 2021 1,789.",
    "She called 101 and later 111, and once 999.",
    "Totals 48 512 345 (all agencies, 2015 to 2022).",
]


@pytest.mark.parametrize("text", STAYS)
def test_numbers_that_are_no_contact_stay(text):
    assert _redact(_rules("Grace", "Mensah"), text) == text


# References and identifiers other readers replace: still theirs, never read as a telephone number
HANDLED_ELSEWHERE = [
    ("She lived at 14 Holly Road, LS6 2AB, from 2014.", "She lived at [address], [postcode], from 2014."),
    ("CAD 4412 of 14/03/2022 was graded 1.", "CAD [reference] of 14/03/2022 was graded 1."),
    ("Crime reference 44/220012/22 was opened.", "Crime reference [reference] was opened."),
    ("Crime reference 442200123456 was opened.", "Crime reference [reference] was opened."),
    ("The CAD number was 441234567890.", "The CAD number was [reference]."),
    ("His NHS number 943 476 5919 was on the letter.", "His NHS number [reference] was on the letter."),
    ("The IMR (ref 4412200123) arrived.", "The IMR (ref [reference]) arrived."),
]


@pytest.mark.parametrize("text,expected", HANDLED_ELSEWHERE)
def test_references_stay_references(text, expected):
    assert _redact(_rules("Grace", "Mensah"), text) == expected
