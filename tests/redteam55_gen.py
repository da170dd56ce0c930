"""Fictional sentences of translated statements, police logs and messages with two classes of leak brief
"redteam55" found by probing, and controls of the same shapes that must not change.

Families (``kind``):
- ``ordinal_joined``: the date of death or birth with its day's figures joined to the ordinal ending by a hyphen,
  a dot or an apostrophe ("9-th of July 2023", "the 22.nd of March", "July 1-st, 2023", "Sunday the 3'rd"), as
  writers whose first language writes its ordinals so (Russian, Ukrainian, Bulgarian, Polish, German) type them.
  Until redteam55 apply kept the date and ``verify`` passed it.
- ``object``: a listed name whose small-letter form is a word of the dictionary (Lan of LAN, Khan, Reid, Gill, Shah,
  Ng, Mercy, Heather...) written in small letters as the object of a verb that takes a person ("officers spoke to
  lan at the scene", "he hit khan again", "PC 412 arrested reid at 02:10", "he grabbed gill's phone"), or as a
  subject after a translated statement's "say", a message's "cuz"/"bc" or "&" ("Witness say lan was crying").
- ``field``: such a name in small letters as a field's whole value in structured text pasted into a draft: a CSV
  row's ("1,lan,victim,34"), a JSON string's ('"name": "lan"'), an XML element's or attribute's ("<name>lan</name>",
  'contact_name="lan"'), a query parameter's ("?user=lan&"), a person's label's ("Victim: lan", "To: khan; lan",
  "Present: khan, lan, reid").
- ``odd_separator``: the date of death or birth in figures parted twice by a separator no date grammar read: an em
  dash or a horizontal bar (spaced or not), a semicolon, an asterisk, a tilde ("9—7—2023", "2023 — 07 — 09",
  "09;07;2023", "14*03*1990").
- ``control``: the same shapes that are no protected date or no name: another day or an ordinal of something else
  joined the same way ("the 9-th floor", "her 3-rd referral", the day after the death), and the listed words as
  English words after the same verbs ("she married young", "they met long ago", "he asked will it matter") and as
  the values of fields that name no person ("Type: lan", '"connection": "lan"', "Location: park"), and the odd
  separators in a year range, a list of numbers, a chronology's entry, a day and month alone or another year.

Each case has rules of its own: a victim and a perpetrator of one of many communities, a date of death from 2016 to
2024 and, in half of the cases, a date of birth.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/redteam55_gen.py [--show] [--part tuned|held-back|both]
"""
from __future__ import annotations

import datetime
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (given names of women, of men, surnames); the first of each list's names are words of the dictionary in small
# letters (the object family plants one of those), the others are not
COMMUNITIES = [
    (["Lan", "Mai", "Hoa"], ["Minh", "Tuan"], ["Nguyen", "Tran", "Pham"]),                       # Vietnamese
    (["Crystal", "Mei", "Ying"], ["Wei", "Jun"], ["Ng", "Chen", "Zhou"]),                         # Chinese
    (["Rani", "Asha", "Nadia"], ["Imran", "Tariq"], ["Khan", "Shah", "Gill", "Malik"]),          # South Asian
    (["Mercy", "Patience", "Blessing"], ["Tendai", "Chidi"], ["Moyo", "Okafor", "Adeyemi"]),     # Nig./Zim.
    (["Heather", "Ailsa", "Kirsty"], ["Callum", "Euan"], ["Reid", "Wood", "King", "Fraser"]),    # Scottish
    (["Hodan", "Ayaan"], ["Abdi", "Mohamed"], ["Warsame", "Farah"]),                             # Somali
    (["Agnieszka", "Oksana"], ["Bogdan", "Taras"], ["Kowalczyk", "Shevchenko"]),                 # Polish, Ukr.
    (["Deniz", "Elif"], ["Serhat", "Baran"], ["Kaya", "Demir"]),                                 # Turkish, Kurdish
    (["Hope", "Joy"], ["Will", "Long"], ["Young", "Brown"]),                                     # the bound's cost
]
PSEUDONYMS = [("Mary", "John"), ("Adult A", "Adult B"), ("Victim", "Perpetrator"), ("Amina", "Karim")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JOINERS = ["-", "-", ".", "'", "’"]

# the date with its day's ordinal joined ("{o}" the day and its ending, "{M}" the month, "{m}" its short form,
# "{y}" the year, "{w}" the weekday)
DATE_FORMS = ["{o} of {M} {y}", "{o} {M} {y}", "{M} {o}, {y}", "the {o} of {M}", "{o} of {M}", "{w} the {o}",
              "{o} {m}. {y}", "{w}, {o} {M} {y}", "{O} {MM} {y}", "{o} of {M}, {y} year"]
DEATH_FRAMES = ["She died on {d}.", "On {d} my sister was killed by him.", "Police log: {d} 02:10 call received.",
                "In the night of {d} he came to the flat.", "I last saw her alive on {d}.",
                "The death happened {d} at the address.", "Statement (translated): on {d} I found my mother.",
                "{d} - police attended the flat and found her.", "she died {d} in hospital",
                "Date of death: {d}"]
BIRTH_FRAMES = ["She was born on {d}.", "Date of birth: {d}", "He was born {d} in Kharkiv.",
                "Her birthday was {d} and the family celebrated it."]

OBJECT_FRAMES = ["Officers spoke to {n} at the scene.", "He hit {n} again.", "PC 412 arrested {n} at 02:10.",
                 "The GP referred {n} to the IDVA service.", "I told {n} to leave him.",
                 "He threatened {n} with a knife.", "The neighbour phoned {n} twice that night.",
                 "She lived with {n} from 2019.", "He was shouting at {n} when police arrived.",
                 "He grabbed {n}'s phone.", "The IDVA contacted {n} on the Monday.", "He kept texting {n}.",
                 "The health visitor visited {n} at home.", "Nobody asked {n} about the bruises.",
                 "He would strangle {n} until she passed out.", "Witness say {n} was crying.",
                 "cuz {n} was scared she left", "{o} & {n} argued on the stairs.", "He pushed {n} down the stairs.",
                 "The officer interviewed {n} on 3 May."]

# a name in small letters as a field's whole value in structured text pasted into a draft ("{o}" another name)
FIELD_FRAMES = ["{n},victim,34", "1,{n},perpetrator,2019-03-02", '"{n}","victim","34"', "2;{n};mother;refused",
                '{{"name": "{n}", "role": "victim"}}', '{{"from": "{n}", "body": "where r u"}}',
                "<name>{n}</name>", "<sender>{n}</sender><text>open the door</text>",
                '<sms address="07700900123" contact_name="{n}" body="ok"/>', "profile?user={n}&tab=posts",
                "Victim: {n}", "From: {n}", "To: {o}; {n}", "Cc: {o}, {n}", "Present: {o}, {n} (interpreter)",
                "Perpetrator - {n}", "- Mother: {n}", "Sender: {n}", "Caller: {n}", "Name (victim): {n}",
                "{o}; {n}; the housing officer"]
# the same structures with English words as their values, and the listed words as English in prose lists
FIELD_CONTROLS = {
    "lan": ["Type: lan", "Network - lan", '{{"connection": "lan"}}', "<connection>lan</connection>",
            "?net=lan&page=2", "The network was lan, not wifi."],
    "park": ["Location: park", '{{"place": "park"}}', "Where: park"],
    "hope": ["faith, hope, love", "Outcome: hope for change", '{{"theme": "hope"}}'],
    "wood": ["Material: wood", "<material>wood</material>"],
    "crystal": ["Substance: crystal", '{{"drug": "crystal"}}'],
    "heather": ["Plants: heather, gorse", "Colour: heather"],
}


# English uses of words a rules file may list, after the same verbs and conjunctions: they must stay
WORD_CONTROLS = {
    "young": ["She married young.", "They met young and moved in together."],
    "long": ["They met long ago.", "He kissed long before the row."],
    "will": ["He asked will it matter.", "I told will be fine"],
    "hope": ["He phoned hope line staff.", "She lived with hope that he would change."],
    "brown": ["He hit brown paper bags.", "He texted brown envelope photos."],
    "lan": ["The IT officer texted lan settings to staff.", "Staff contacted lan support about it."],
    "wood": ["He hit wood panels with a bat."],
    "crystal": ["He told crystal meth dealers to leave.", "He was arrested for crystal meth."],
    "king": ["They visited king size beds in the shop."],
    "heather": ["He pushed heather bushes aside."],
    "mercy": ["She asked mercy from the court."],
}
DATE_CONTROLS = ["They lived on the {o} floor.", "This was her {o} referral.", "It was the {next} of {M} {y}.",
                 "The {o} of {other} {y} was her first appointment."]


# a date in figures with a separator no date grammar read, the same one twice ("{a}" the first figures, "{b}" the
# second, "{y}" the year as written, "{s}" the separator with its spaces)
ODD_SEPARATORS = ["\u2014", " \u2014 ", "\u2015", ";", "*", "~"]
ODD_FORMS = ["{a}{s}{b}{s}{y}", "{Y}{s}{B}{s}{A}"]
# (not "She died on {a}{s}{b}.": since stop 58 a listed day and month after a word that puts a date there is the date,
# tests/day_month_odd_separators_gen.py; the same figures after no such word stay)
ODD_CONTROLS = ["Between {y1}{s1}{y2} she was seen {n} times.", "Scores {a}{s}{b}{s}{n} were recorded.",
                "14.9{s} Police attended the flat.", "Rows: {a}{s}{b}{s}{y}{s}4{s}5", "Rooms {a}{s}{b} were closed.",
                "Figures: {a}{s}{b}{s}{other}"]


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _joined(rng: random.Random, day: int, capitals: bool = False) -> str:
    ending = _ordinal(day)
    return f"{day}{rng.choice(JOINERS)}{ending.upper() if capitals else ending}"


def _date_text(rng: random.Random, when: datetime.date) -> str:
    form = rng.choice(DATE_FORMS)
    month = MONTHS[when.month - 1]
    return form.format(o=_joined(rng, when.day), O=_joined(rng, when.day, capitals=True), M=month, MM=month.upper(),
                       m=month[:3], y=when.year, w=WEEKDAYS[when.weekday()])


def _rules(rng: random.Random, seed: int, k: int) -> tuple[dict, list[str], datetime.date, datetime.date | None]:
    women, men, surnames = rng.choice(COMMUNITIES)
    g, other_g = rng.choice(women), rng.choice(men)
    s, other_s = rng.sample(surnames, 2)
    pv, pp = rng.choice(PSEUDONYMS)
    death = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(9 * 365))
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(40 * 365)) if rng.random() < 0.5 \
        else None
    dates = {"date_of_death": death.isoformat()} | ({"date_of_birth": birth.isoformat()} if birth else {})
    rules = {"version": 1, "review": f"redteam55-{seed}-{k}",
             "people": [{"name": f"{g} {s}", "pseudonym": pv, "role": "victim"},
                        {"name": f"{other_g} {other_s}", "pseudonym": pp, "role": "perpetrator"}],
             "dates": dates}
    return rules, [g, s, other_g, other_s], death, birth


def _is_word(word: str) -> bool:
    from redact.name_or_word import is_ordinary_word

    return is_ordinary_word(word.lower())


# ordinal_joined, ordinal_joined, object, object, control (dates), control (words); field, field, control (fields);
# odd_separator, control (separators)
CASES_PER_SEED = 11


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"redteam55:{seed}:{k}")
    rules, words, death, birth = _rules(rng, seed, k)
    base = {"seed": seed, "rules": rules}
    if k < 2:
        when, frames = (birth, BIRTH_FRAMES) if birth and k == 1 else (death, DEATH_FRAMES)
        written = _date_text(rng, when)
        return base | {"kind": "ordinal_joined", "sentence": rng.choice(frames).format(d=written),
                       "secrets": [written]}
    if k < 4 or k in (6, 7):
        wordy = [w for w in words if _is_word(w)]
        name = rng.choice(wordy or words)
        other = rng.choice([w for w in words if w != name]).lower()
        kind = "object" if k < 4 else "field"
        sentence = rng.choice(OBJECT_FRAMES if k < 4 else FIELD_FRAMES).format(n=name.lower(), o=other)
        return base | {"kind": kind, "sentence": sentence, "secrets": [name.lower()], "word": bool(wordy)}
    if k == 9:
        when = birth if birth and rng.random() < 0.3 else death
        separator = rng.choice(ODD_SEPARATORS)
        written = rng.choice(ODD_FORMS).format(
            a=f"{when.day:0{rng.choice([1, 2])}d}", b=f"{when.month:0{rng.choice([1, 2])}d}", A=f"{when.day:02d}",
            B=f"{when.month:02d}", y=rng.choice([when.year, f"{when.year % 100:02d}"]),
            Y=when.year, s=separator)
        frames = BIRTH_FRAMES if when == birth else DEATH_FRAMES
        return base | {"kind": "odd_separator", "sentence": rng.choice(frames).format(d=written), "secrets": [written]}
    if k == 10:
        separator = rng.choice(ODD_SEPARATORS)
        sentence = rng.choice(ODD_CONTROLS).format(
            a=death.day, b=death.month, y=death.year, y1=death.year - 4, y2=death.year,
            n=rng.choice([n for n in range(2, 30) if n != death.year % 100]),
            other=death.year + rng.choice([-1, 1]), s=separator, s1=separator)
        return base | {"kind": "control", "sentence": sentence, "secrets": []}
    if k == 8:
        word = rng.choice(sorted(FIELD_CONTROLS))
        rules["people"][0]["name"] = rng.choice([f"{word.capitalize()} Okafor", f"Tariq {word.capitalize()}"])
        return base | {"kind": "control", "sentence": rng.choice(FIELD_CONTROLS[word]).format(), "secrets": []}
    if k == 4:
        other_month = MONTHS[(death.month + rng.randrange(1, 11)) % 12]
        after = death + datetime.timedelta(days=rng.choice([-3, 2, 5]))
        sentence = rng.choice(DATE_CONTROLS).format(o=_joined(rng, death.day), next=_joined(rng, after.day),
                                                    M=MONTHS[after.month - 1], y=after.year, other=other_month)
        return base | {"kind": "control", "sentence": sentence, "secrets": []}
    word = rng.choice(sorted(WORD_CONTROLS))
    listed = word.capitalize()
    rules["people"][0]["name"] = rng.choice([f"{listed} Okafor", f"Tariq {listed}"])
    return base | {"kind": "control", "sentence": rng.choice(WORD_CONTROLS[word]), "secrets": []}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    """Apply and verify one case: (output, outcome) as ``quietly.secrets_outcome`` says ("silent", "left",
    "unseen", "changed")."""
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


if __name__ == "__main__":
    from collections import Counter

    show = "--show" in sys.argv
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "tuned"
    parts = {"tuned": [("tuned", TUNED)], "held-back": [("held-back", HELD_BACK)],
             "both": [("tuned", TUNED), ("held-back", HELD_BACK)]}[part]
    for label, seeds in parts:
        bad: Counter = Counter()
        total: Counter = Counter()
        for case in (c for seed in seeds for c in make_cases(seed)):
            output, result = run_case(case)
            total[case["kind"]] += 1
            if result:
                bad[f"{case['kind']}:{result}"] += 1
                if show and label == "tuned":
                    print(f"{case['seed']:5d} {case['kind']:15s} {result:7s} {case['sentence']!r}\n"
                          f"{'':30s}→ {output!r}")
        print(label, dict(total), "wrong:", sum(bad.values()), dict(sorted(bad.items())), flush=True)
