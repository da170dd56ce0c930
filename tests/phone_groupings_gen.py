"""A generator of fictional sentences holding a telephone number of the UK or of a country DHR families come from,
written in any grouping (the country's own, another country's, none, odd ones) beside a word of contact, and of
sentences holding other long runs of figures (dates, times, money, references, NHS numbers, counts, measures)
beside the same words, which must stay.

Found by brief "phonegroups": "Her cousin in Texas is on 2125550147 most evenings.", "She wrote 212 5550 147 on the
card.", "He texted from 06 12 34 56 78 in Lyon.", "Call 0612-345-678." were left whole.

Numbers come from ``phonenumbers``' own example numbers with their last figures drawn, kept only where the library
calls them valid for their country: no hand-made number plan. TUNED seeds are looked at while fixing; HELD_BACK seeds
are only counted.
"""
from __future__ import annotations

import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

TUNED = (6101, 6102)
HELD_BACK = (6201, 6202)

# region, a country word a draft may write beside it, a town there
REGIONS = [("GB", "Leeds", "Leeds"), ("US", "Texas", "Houston"), ("CA", "Canada", "Toronto"),
           ("IE", "Ireland", "Cork"), ("PL", "Poland", "Gdańsk"), ("RO", "Romania", "Iași"),
           ("LT", "Lithuania", "Kaunas"), ("IN", "India", "Amritsar"), ("PK", "Pakistan", "Mirpur"),
           ("BD", "Bangladesh", "Sylhet"), ("NG", "Nigeria", "Lagos"), ("GH", "Ghana", "Kumasi"),
           ("SO", "Somalia", "Mogadishu"), ("ER", "Eritrea", "Asmara"), ("PH", "the Philippines", "Cebu"),
           ("FR", "France", "Lyon"), ("ES", "Spain", "Málaga"), ("PT", "Portugal", "Porto"),
           ("BR", "Brazil", "Recife"), ("JM", "Jamaica", "Kingston")]

PEOPLE = ["Grace Mensah", "Magdalena Wróblewska", "Adaeze Nwachukwu", "Manjit Randhawa", "Ioana Popescu",
          "Tanisha McKenzie", "Ayaan Jama", "Senait Tesfay", "Aisling O'Driscoll", "Bilal Qureshi", "Shabnam Akhtar",
          "Rasa Kazlauskienė", "Maria Santos", "Chloé Martin", "Marisol Reyes", "Kwame Boateng"]

# {n} the number, {name} a person, {country} and {town} of the number's country
CUED = [
    "Her cousin in {country} is on {n} most evenings.",
    "She wrote {n} on the card.",
    "He texted from {n} in {town}.",
    "Call {n}.",
    "{name} rang {n} twice that night.",
    "Her WhatsApp was {n}.",
    "She could be reached on {n} after six.",
    "He dialled {n} from the hostel phone.",
    "The number {name} gave the officer was {n}.",
    "Mobile: {n}",
    "Tel (home, {country}): {n}",
    "Contact details for {name}: {n}",
    "She messaged him from {n} at 02:13.",
    "{name}'s sister in {town} answered on {n}.",
    "{n} was the number written inside the diary.",
    "Her mother's mobile in {country} is {n}.",
    "He kept ringing her on {n} until she blocked it.",
    "[14/03/2022 21:04] {first}: call me on {n} pls",
    "The refuge reached her aunt on {n} the following day.",
    "{name} was called from {n} (withheld on the log as a {country} number).",
    "She texted {n} to say she was safe.",
    "The caller ID showed {n}.",
]

# other runs of figures beside the same words: each {..} is drawn below
NOT_PHONES = [
    "She called the police on {date} {time} and again on {date2}.",
    "Call logs for {date} show contact between {hhmm}-{hhmm2} and {hhmm3}-{hhmm4}.",
    "Crime reference {ref} was opened when she rang 999.",
    "His NHS number {nhs} was on the letter she wrote.",
    "She wrote to the council on {date} about arrears of £{money}.",
    "The text messages ran to {count} pages ({count2} messages) between {year} and {year2}.",
    "He was on {mg} mg of sertraline from {date}.",
    "CAD {cad} of {date} records the call from her mother.",
    "Calls to the service by year: {c1} {c2} {c3} {c4}.",
    "See paragraphs {para} of the report on contact with the family.",
    "The number of calls rose from {c1} in {year} to {c2} in {year2}.",
    "Case number {court} was listed on {date}.",
    "She rang on {date} at {hhmm} and again at {hhmm2}.",
    "Account number {acct}, sort code {sort}, received the messages' payments.",
    "The call lasted {secs} seconds; the phone bill was £{money}.",
    "Population {pop} (census {year}); she called the helpline {count} times.",
    "The mobile was seized under exhibit {exhibit} on {date}.",
    "Her number of contacts with services between {year} and {year2} was {count}.",
    "He called her {count} times on {date} between {hhmm}-{hhmm2}.",
    "The phone was seized; IMEI {imei} was on the exhibit label.",
    "Calls logged at {hhmm} {hhmm2} {hhmm3} on the night she rang.",
    "Text messages by year {year} {year2}: {c1} and {c2}.",
    "She contacted the helpline on {date} {time}.",
    "Her mobile phone records ({date} to {date2}) were obtained.",
    "The call from her mother came in at {date} {time}, logged as CAD {cad}.",
    "He rang on {date}, {count} minutes after she texted.",
    "The messages were downloaded from {ip} on {date}.",
]


def _valid_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A valid number of ``region``: the library's example mobile or fixed line with its last figures drawn."""
    for _ in range(200):
        kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        national = str(example.national_number)
        tail = rng.randint(2, min(5, len(national) - 3))
        drawn = national[:-tail] + "".join(str(rng.randint(0, 9)) for _ in range(tail))
        number = phonenumbers.parse("+" + str(example.country_code) + drawn, None)
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(region)


def _regroup(digits: str, rng: random.Random) -> str:
    """The figures in groups of two to five, as a person copies them off a screen, with one separator."""
    sep = rng.choice([" ", " ", "-", ".", " - "])
    groups, at = [], 0
    while at < len(digits):
        size = rng.randint(2, 5)
        if len(digits) - at - size == 1:
            size += 1
        groups.append(digits[at:at + size])
        at += size
    text = sep.join(groups)
    if rng.random() < 0.2 and len(groups) > 2:
        text = "(" + groups[0] + ") " + sep.join(groups[1:])
    return text


def written_forms(number: phonenumbers.PhoneNumber, rng: random.Random) -> list[str]:
    """Forms of one number without "+": the country's own national form, its figures alone, regrouped, and
    the international figures without the "+" (glued or grouped)."""
    national_form = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    national_digits = re.sub(r"[^0-9]", "", national_form)
    cc = str(number.country_code)
    significant = str(number.national_number)
    forms = [national_form, national_digits, _regroup(national_digits, rng), _regroup(national_digits, rng),
             national_form.replace(" ", "-"), national_form.replace(" ", "."), _regroup(significant, rng),
             cc + " " + _regroup(significant, rng)]
    # the class is nine to fifteen figures: a shorter national number (Eritrea's "07 123 456") is in it written
    # internationally only
    return [f for f in forms if 9 <= sum(c.isdigit() for c in f) <= 15]


def phone_cases(seed: int, count: int = 40) -> list[tuple[str, str, str]]:
    """(sentence, the number's last seven figures, form) for ``count`` cued numbers."""
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        region, country, town = REGIONS[index % len(REGIONS)]
        number = _valid_number(rng, region)
        form = rng.choice(written_forms(number, rng))
        name = rng.choice(PEOPLE)
        frame = rng.choice(CUED)
        text = frame.format(n=form, name=name, first=name.split()[0], country=country, town=town)
        cases.append((text, str(number.national_number)[-7:], form))
    return cases


def _draw(rng: random.Random) -> dict[str, str]:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(2015, 2023)
    h, h2 = rng.randint(7, 11), rng.randint(12, 20)
    nhs = _nhs_number(rng)
    return {
        "date": rng.choice([f"{d:02d} {m:02d} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"]),
        "date2": f"{rng.randint(1, 28):02d} {rng.randint(1, 12):02d} {y}",
        "time": f"{h:02d}{rng.choice(['00', '15', '30', '45'])}",
        "hhmm": f"{h:02d}{rng.choice(['00', '30'])}", "hhmm2": f"{h + 1:02d}{rng.choice(['00', '30'])}",
        "hhmm3": f"{h2:02d}00", "hhmm4": f"{h2 + 1:02d}30",
        "ref": rng.choice([f"{rng.randint(10, 99)}/{rng.randint(100000, 999999)}/{y % 100}",
                           f"{rng.randint(10**9, 10**12 - 1)}",
                           f"{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"]),
        "nhs": rng.choice([f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"]),
        "money": rng.choice([f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}",
                             f"{rng.randint(1, 99)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"]),
        "count": str(rng.randint(12, 4000)), "count2": f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}",
        "year": str(y - 2), "year2": str(y),
        "mg": str(rng.choice([50, 100, 150, 200])),
        "cad": f"{rng.randint(1000, 9999)}", "c1": str(rng.randint(1000, 2500)), "c2": str(rng.randint(1000, 2500)),
        "c3": str(rng.randint(1000, 2500)), "c4": str(rng.randint(1000, 2500)),
        "para": (f"{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} and "
                 f"{rng.randint(10, 20)}.{rng.randint(1, 9)}"),
        "court": rng.choice([f"{rng.choice(['ZW', 'MA', 'LS'])}{rng.randint(10, 23)}C{rng.randint(10000, 99999)}",
                             f"{y}/{rng.randint(1000000, 9999999)}"]),
        "acct": f"{rng.randint(10000000, 99999999)}",
        "sort": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "secs": str(rng.randint(20, 900)),
        "pop": rng.choice([f"{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                           f"{rng.randint(100, 999)},{rng.randint(100, 999)}"]),
        "imei": "".join(str(rng.randint(0, 9)) for _ in range(15)),
        "ip": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "exhibit": f"{rng.choice(['JS', 'KM', 'AB'])}/{rng.randint(1, 40)}",
    }


def _nhs_number(rng: random.Random) -> str:
    """A ten-figure number that passes the NHS number's check digit."""
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, body)) + str(check)


def non_phone_cases(seed: int, count: int = 40) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(NOT_PHONES).format(**_draw(rng)) for _ in range(count)]
