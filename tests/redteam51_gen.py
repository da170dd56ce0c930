"""Red team of unseen text (brief "redteam51", 2026-12-07): fictional DHR sentences written the way authors write,
each with a review's rules of its own (a victim, a perpetrator and a sister of one of many communities, each with
a pseudonym and an alias, a listed place, the dates of death and birth).

Three families of cases:
- ``name_*``: a listed name or alias in an unusual position or form: possessive in capitals, with initials, inside
  quotes, in a list, in a heading, after a bullet or a number, in a chat transcript, in an e-mail or a handle;
- ``date_*``: the date of death or birth as people write it: ordinals in words, "the night of the 8th into the
  9th", ranges, American order, "w/c", "Sun 9/7", years in words, Roman months;
- ``contact_*``: a phone, e-mail, NHS number, postcode or address in an odd format;
- ``control``: ordinary text beside those (a weekday in brackets in the week of the death that is another day's,
  a weekday in brackets under no week heading, a count "between 2 and 4") that must keep its strings.

Each case: {"seed", "kind", "sentence", "rules", "secrets"}: none of the secrets may survive apply (case-folded,
whole words where the secret starts and ends with a letter or figure). ``outcome`` says "left" (a secret
survives, verify fails on the output), "silent" (a secret survives and ``verify --strict`` passes the output),
"unseen" (verify passes the draft itself) or None. TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/redteam51_gen.py [--show]
"""
from __future__ import annotations

import datetime
import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (women's given names, men's given names, surnames, aliases) of many communities; all fictional combinations
COMMUNITIES = [
    (["Hodan", "Nasra", "Ifrah"], ["Abdi", "Mahad", "Liban"], ["Warsame", "Jama", "Farah"], ["Dodo", "Xaliimo"]),
    (["Rahima", "Shapla", "Jesmin"], ["Shamim", "Foysal", "Rezaul"],
     ["Choudhury", "Miah", "Khatun"], ["Mishti", "Bubli"]),
    (["Bridget", "Kathleen", "Winnie"], ["Johnny", "Martin", "Patrick"],
     ["McDonagh", "Maughan", "Joyce"], ["Biddy", "Kit"]),
    (["Florica", "Mirela", "Ionela"], ["Marian", "Costel", "Florin"],
     ["Stoica", "Lăcătuș", "Căldăraru"], ["Flori", "Mimi"]),
    (["Efua", "Akosua", "Abena"], ["Kwabena", "Kofi", "Yaw"], ["Mensah", "Owusu", "Asante"], ["Efie", "Ama-B"]),
    (["Agnieszka", "Magdalena", "Zofia"], ["Tomasz", "Marek", "Paweł"],
     ["Kowalczyk", "Wiśniewski", "Nowak"], ["Aga", "Madzia"]),
    (["Harpreet", "Manjit", "Simran"], ["Gurdeep", "Jaswinder", "Harjit"],
     ["Sandhu", "Dhillon", "Gill"], ["Pinky", "Rani"]),
    (["Siew Ling", "Mei Fong", "Hui Min"], ["Wei Jie", "Kok Leong", "Chee Keong"],
     ["Tan", "Lim", "Ooi"], ["Lingling", "Fongfong"]),
    (["Eirlys", "Angharad", "Gwenllian"], ["Dafydd", "Emyr", "Gruffudd"],
     ["Pryce", "Llewellyn", "Vaughan"], ["Gwen", "Eirl"]),
    (["Sharmaine", "Marcia", "Paulette"], ["Delroy", "Clive", "Winston"],
     ["Thelwell", "McKenzie", "Reid"], ["Shay", "Precious"]),
    (["Rojin", "Berfin", "Dilan"], ["Azad", "Serhat", "Rizgar"], ["Demir", "Aydin", "Kaya"], ["Roji", "Bera"]),
    (["Chiamaka", "Ngozi", "Adaeze"], ["Chidi", "Emeka", "Obinna"], ["Okafor", "Nwosu", "Eze"], ["Chi-Chi", "Amaka"]),
]
PSEUDONYMS = [("Adult A", "Adult B", "Adult C"), ("Mary", "John", "Ruth"), ("Amina", "Karim", "Leila"),
              ("Victim", "Perpetrator", "Sister")]
PLACES = ["Hartsford", "Kingsmere", "Lowbridge", "Ashcombe Vale", "Brennock"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
         90: "ninety"}
_ORD_TENS = {20: "twentieth", 30: "thirtieth"}


def number_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = n - n % 10, n % 10
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def ordinal_words(n: int) -> str:
    if n < 20:
        return _ORD_UNITS[n]
    tens, unit = n - n % 10, n % 10
    return f"{_TENS[tens]}-{_ORD_UNITS[unit]}" if unit else _ORD_TENS[tens]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def year_words(y: int, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{number_words(y // 100)} {number_words(y % 100) if y % 100 >= 10 else 'oh-' + number_words(y % 100)}"
    return f"two thousand and {number_words(y % 100)}" if y >= 2000 else \
        f"nineteen {number_words(y % 100)}"


def date_forms(d: datetime.date, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """(kind, written form, the pieces that give the day away)."""
    mon, day, y = MONTHS[d.month - 1], d.day, d.year
    prev, nxt = d - datetime.timedelta(days=1), d + datetime.timedelta(days=1)
    wd, wd3 = d.strftime("%A"), d.strftime("%a")
    monday = d - datetime.timedelta(days=d.weekday())
    return [
        ("date_ordinal_words", f"the {ordinal_words(day)} of {mon} {y}", [ordinal_words(day)]),
        ("date_ordinal_words", f"{ordinal_words(day).capitalize()} {mon}", [ordinal_words(day)]),
        ("date_year_words", f"the {ordinal_words(day)} of {mon}, {year_words(y, rng)}", [ordinal_words(day)]),
        ("date_night_into", f"the night of the {ordinal(prev.day)} into the {ordinal(day)} of {mon} {y}",
         [f"into the {ordinal(day)}"]),
        ("date_night_into", f"overnight {prev.day}/{day} {mon} {y}", [f"{prev.day}/{day}"]),
        ("date_range", f"between {prev.day} and {day} {mon} {y}", [f"and {day} {mon}"]),
        ("date_range",
         f"{prev.day}–{day} {mon[:3]} {y}" if prev.month == d.month else f"{day}–{nxt.day} {mon[:3]} {y}",
         [f"{prev.day}–{day}" if prev.month == d.month else f"{day}–{nxt.day}"]),
        # the day not written, the days either side of it are: counted apart (whether it gives the day away is
        # the lead's call)
        ("date_range_around", f"{prev.day}–{nxt.day} {mon} {y}" if prev.month == d.month == nxt.month
         else f"between {prev:%-d %B} and {nxt:%-d %B %Y}", [f"{prev.day}–{nxt.day}", f"{nxt:%-d %B}"]),
        ("date_american", f"{mon} {ordinal(day)}, {y}", [f"{mon} {ordinal(day)}"]),
        ("date_american", f"{d.month}/{day}/{y}", [f"{d.month}/{day}/{y}"]),
        ("date_american", f"{mon[:3]}. {day} '{y % 100:02d}", [f"{mon[:3]}. {day}"]),
        ("date_wc", f"w/c {monday.day} {mon if monday.month == d.month else MONTHS[monday.month - 1]} {y} "
                    f"({wd})", [f"({wd})"]),
        ("date_wc_heading", f"w/c {monday.day} {MONTHS[monday.month - 1]} {monday.year} ({wd})", [f"({wd})"]),
        ("date_short_weekday", f"{wd3} {day}/{d.month}", [f"{day}/{d.month}"]),
        ("date_short_weekday", f"{wd3}. {ordinal(day)}", [ordinal(day)]),
        ("date_roman", f"{day}.{ROMAN[d.month - 1]}.{y}", [f"{day}.{ROMAN[d.month - 1]}"]),
        ("date_roman", f"{day} {ROMAN[d.month - 1]} {y}", [f"{day} {ROMAN[d.month - 1]}"]),
        ("date_compact", f"{day:02d}{mon[:3].upper()}{y % 100:02d}", [f"{day:02d}{mon[:3].upper()}"]),
        ("date_compact", f"{y}{d.month:02d}{day:02d}", [f"{y}{d.month:02d}{day:02d}"]),
        ("date_ordinal_spaced", f"{day} th {mon}", [f"{day} th"]),
        ("date_year_first", f"{y}, {mon} {day}", [f"{mon} {day}"]),
    ]


DEATH_FRAMES = ["{V} died on {d}.", "{V} was killed in the early hours of {d}.", "Date of death: {d}",
                "On {d} police found {v} dead at the flat.", "The fatal assault took place on {d}.",
                "- {d}: ambulance called, {v} pronounced dead at 04:10.", "{P} stabbed {v} on {d}.",
                "[Chronology] {d} | Homicide | Police"]
BIRTH_FRAMES = ["{V} was born on {d} in {place}.", "DOB: {d}", "{V} (b. {d}) was the eldest of four.",
                "Her date of birth, {d}, was wrong on the GP record."]


def _name_forms(g: str, s: str, alias: str, other_g: str, third_g: str) -> list[tuple[str, str, list[str]]]:
    """(kind, text with {…} placeholders filled, secrets)."""
    gi = g.split()[0]
    return [
        ("name_possessive_caps", f"{g.upper()}'S MOTHER WAS NOT SPOKEN TO.", [g, s]),
        ("name_possessive_caps", f"{s.upper()}'S account was not tested by the police.", [s]),
        ("name_possessive_caps", f"The GP noted {gi}s' bruising.", [gi]),
        ("name_initials", f"{gi[0]}. {s} was seen by the GP.", [s]),
        ("name_initials", f"The IDVA wrote to {s}, {gi[0]}. on two occasions.", [s]),
        ("name_initials", f"{gi} {s[0]}. attended the surgery alone.", [gi]),
        ("name_quotes", f"Her friends said \u201c{alias}\u201d had changed after the wedding.", [alias]),
        ("name_quotes", f"'{gi}' was written on the card left at the door.", [gi]),
        ("name_list", f"{gi}, {other_g} and {third_g} were at the flat that night.", [gi, other_g, third_g]),
        ("name_list", f"Present: {third_g}; {other_g}; {gi} (by phone).", [gi, other_g, third_g]),
        ("name_heading", f"3.2 {gi.upper()} AND {other_g.upper()}: CONTACT WITH SERVICES", [gi, other_g]),
        ("name_heading", f"Section 4 \u2013 {s} family background", [s]),
        ("name_bullet", f"\u2022 {gi} attended A&E with a wrist injury.", [gi]),
        ("name_bullet", f"1) {other_g} told the officer he had been at work.", [other_g]),
        ("name_bullet", f"a. {alias} missed the appointment.", [alias]),
        ("name_chat", f"[10:42] {gi}: where r u", [gi]),
        ("name_chat", f"{other_g} (22:14): answer the phone", [other_g]),
        ("name_chat", f"09/07 23:01 - {alias}: pls call me", [alias]),
        ("name_handle", f"She messaged from @{gi.lower().replace(' ', '')}_{s.lower()}.", [gi, s]),
        ("name_handle", f"His Snapchat was {other_g.lower()}{s[0].lower()}99.", [other_g]),
        ("name_email", f"Emails from {gi.lower().replace(' ', '.')}.{s.lower()}@outlook.com continued.", [gi, s]),
        ("name_hyphen", f"The {s}-{other_g} household was known to the school.", [s, other_g]),
        ("name_alias_alone", f"Everyone called her {alias}; {alias} loved music.", [alias]),
        ("name_alias_alone", f"{alias.upper()} - SAFEGUARDING ALERT", [alias]),
    ]


def _nhs(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _contact_forms(rng: random.Random, g: str, s: str) -> list[tuple[str, str, list[str]]]:
    mob = f"7700 900{rng.randint(0, 999):03d}"
    m = mob.replace(" ", "")
    nhs = _nhs(rng)
    local = f"{g.split()[0].lower()}{rng.randint(70, 99)}"
    pc = rng.choice(["LS6 2AB", "B12 9QR", "M14 5TJ", "CF24 3DN", "E1 6AN"])
    return [
        ("contact_phone", f"Mob: 0{m[:3]}.{m[3:7]}.{m[7:]}", [m[3:7]]),
        ("contact_phone", f"Her number was 0{m[:4]}-{m[4:]} (WhatsApp only).", [m[4:]]),
        ("contact_phone", f"Call +44 (0) {mob}", [m[4:]]),
        ("contact_phone", f"tel 0{m[:2]} {m[2:5]} {m[5:8]} {m[8:]}", [f"{m[2:5]} {m[5:8]}"]),
        ("contact_phone", f"Phone: 0 {' '.join(m)}", [" ".join(m[4:])]),
        ("contact_phone", f"0{m[:4]}\u00a0{m[4:]}", [m[4:]]),
        ("contact_email", f"Email: {local} [at] gmail [dot] com", [local]),
        ("contact_email", f"Email: {local}(at)yahoo.co.uk", [local]),
        ("contact_email", f"<{local}@hotmail.com>", [local]),
        ("contact_email", f"E: {local.upper()}@GMAIL.COM", [local]),
        ("contact_nhs", f"NHS no {nhs[:3]}-{nhs[3:6]}-{nhs[6:]}", [nhs[6:]]),
        ("contact_nhs", f"NHS#{nhs}", [nhs]),
        ("contact_nhs", f"NHS Number: {nhs[:3]} {nhs[3:6]} {nhs[6:]}", [nhs[6:]]),
        ("contact_postcode", f"She moved to {pc.lower().replace(' ', '')} in 2021.", [pc.lower().replace(' ', '')]),
        ("contact_postcode", f"Postcode {pc.replace(' ', '')}", [pc.replace(' ', '')]),
        ("contact_address", f"Address: Flat 3b, {rng.randint(2, 180)} {s} Road", [f"{s} Road"]),
        ("contact_address", f"She lived at no. {rng.randint(2, 180)} Harewood Crescent, {pc}.",
         ["Harewood Crescent", pc]),
        ("contact_reference", f"Crime ref: 13/{rng.randint(100000, 999999)}/23", ["13/"]),
        ("contact_reference", f"CAD 4{rng.randint(100, 999)} of 09/07", ["CAD 4"]),
    ]


CASES_PER_SEED = 8   # two of each family: names, dates, contacts, controls


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def _controls(rng: random.Random, dod: datetime.date, place: str) -> list[tuple[str, list[str]]]:
    """(sentence, strings that must stay): ordinary text beside the classes above."""
    monday = dod - datetime.timedelta(days=dod.weekday())
    other = rng.choice([(monday + datetime.timedelta(days=k)) for k in range(7)
                        if monday + datetime.timedelta(days=k) != dod])
    heading = f"w/c {monday.day} {MONTHS[monday.month - 1]} {monday.year}"
    return [(f"{heading} ({other:%A}): the IDVA phoned the GP.", [f"({other:%A})"]),
            (f"{heading}\nThe refuge place was offered (Thursday) but not taken up.", []),
            ("She went to the mosque every week (Friday) with her aunt.", ["(Friday)"]),
            ("The Police and Crime Commissioner (PCC) met the panel on 4 May.",
             ["Police and Crime Commissioner", "4 May"]),
            ("NHS 111 was called twice; section 9.7 of the guidance applies.", ["NHS 111", "9.7"]),
            (f"The panel met in {place} Town Hall on 12 March 2024.", ["12 March 2024"]),
            ("Between 2 and 4 visits a week were planned (Monday to Friday).", ["2 and 4", "(Monday to Friday)"])]


def make_case(seed: int, k: int = 0) -> dict:
    rng = random.Random(f"redteam51:{seed}:{k}")
    women, men, surnames, aliases = rng.choice(COMMUNITIES)
    g, sister_g = rng.sample(women, 2)
    other_g, s = rng.choice(men), rng.choice(surnames)
    other_s = rng.choice([x for x in surnames if x != s])
    alias = rng.choice(aliases)
    pv, pp, ps = rng.choice(PSEUDONYMS)
    place = rng.choice(PLACES)
    dod = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 5))
    dob = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 40))
    rules = {"version": 1, "review": "redteam51",
             "people": [{"name": f"{g} {s}", "pseudonym": pv, "aliases": [alias], "role": "victim"},
                        {"name": f"{other_g} {other_s}", "pseudonym": pp, "role": "perpetrator"},
                        {"name": f"{sister_g} {s}", "pseudonym": ps}],
             "places": [{"name": place, "pseudonym": "Area A"}],
             "dates": {"date_of_death": dod.isoformat(), "date_of_birth": dob.isoformat()}}
    family = k % 4
    if family == 3:
        sentence, keep = rng.choice(_controls(rng, dod, place))
        return {"seed": seed, "kind": "control", "sentence": sentence, "rules": rules, "secrets": [], "keep": keep}
    if family == 0:
        kind, sentence, secrets = rng.choice(_name_forms(g, s, alias, other_g, sister_g))
    elif family == 1:
        which = rng.random() < 0.7
        kind, form, tells = rng.choice(date_forms(dod if which else dob, rng))
        frame = rng.choice(DEATH_FRAMES if which else BIRTH_FRAMES)
        v = rng.choice([g.split()[0], "the victim"])
        if kind == "date_wc_heading":   # a chronology's week heading with the weekday of the event after it
            frame = rng.choice(["{d}: {V} was killed.", "{d} – police called to the flat; {v} found dead.",
                                "{d}\n{P} attacked {v} at the flat."] if which else ["{d}: {V} was born."])
        sentence = frame.format(d=form, v=v, V=v[0].upper() + v[1:], P=other_g, place=place)
        kind += "" if which else "_birth"
        secrets = tells
    else:
        kind, sentence, secrets = rng.choice(_contact_forms(rng, g, s))
    return {"seed": seed, "kind": kind, "sentence": sentence, "rules": rules, "secrets": secrets}


def survivors(case: dict, output: str) -> list[str]:
    out = output.casefold()
    left = []
    for secret in case["secrets"]:
        sec = secret.casefold()
        pattern = (r"(?<!\w)" if sec[:1].isalnum() else "") + re.escape(sec) + (r"(?!\w)" if sec[-1:].isalnum() else "")
        if re.search(pattern, out):
            left.append(secret)
    return left


def outcome(case: dict, output: str, verify_output_ok: bool | None = None, verify_draft_ok: bool | None = None
            ) -> str | None:
    if case["kind"] == "control":
        return "changed" if any(keep not in output for keep in case["keep"]) else None
    left = survivors(case, output)
    if left:
        return "silent" if verify_output_ok else "left"
    if verify_draft_ok:
        return "unseen"
    return None


def run_case(case: dict) -> tuple[str, str | None]:
    """Apply and verify (--strict) one case: (output, outcome)."""
    import warnings

    from redact.api import verify_bytes
    from redact.errors import LeakError
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            output = Redactor(case["rules"]).redact_text(case["sentence"])
        except LeakError as err:
            return f"<refused: {err}>", "refused"
        if case["kind"] == "control":
            return output, outcome(case, output)
        verify_out = verify_bytes(output.encode("utf-8"), "txt", case["rules"], strict=True).ok
        verify_draft = verify_bytes(case["sentence"].encode("utf-8"), "txt", case["rules"], strict=True).ok
    return output, outcome(case, output, verify_out, verify_draft)


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:24s} {result:7s} "
                       f"{case['sentence']!r}\n{'':38s}→ {output!r}",
                       group=lambda case: case["kind"].split("_")[0])
