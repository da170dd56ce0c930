"""A month's word before a count ("moved to March 12 years ago", "had known Jun 10 years") is no date's month.

The town of March (Cambridgeshire) or a person whose given name is a month's word or its abbreviation (June, May,
April, August, Jun, Jan) is followed by a count, not a day: "She moved to March 12 years ago", "She moved to March.
12 days later she called", "Jun Li was interviewed. Ngozi had known Jun 10 years". Read as "March 12" and "Jun 10",
the town and the person were a date's month and stayed (the town named beside the victim; the person's name
everywhere the document repeats it; a listed person's too, with verify clean: "had known June 5 years" read as
"June 5", a noun numbered like "Ward 7"). A count is a number followed by what it counts ("12 years", "3 days",
"5 times"), as the date finder reads it (``redact.dates``); the month before a real day ("a letter of Jun 3") is
still the date's (tests/test_abbreviated_month_dates_are_not_names.py).

``python tests/test_month_words_before_a_count.py SEED`` counts a seed's failures.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quietly import redact_text, verify_text  # noqa: E402

TUNED_SEED, HELD_BACK_SEED = 5113, 5171
PEOPLE = [("Agnieszka Zielińska", "Ewa"), ("Ioana Stănescu", "Ana"), ("Rūta Kazlauskienė", "Lina"),
          ("Hodan Warsame", "Amina"), ("Ngozi Okafor", "Ada"), ("Abena Asante", "Efua"), ("Ayesha Qureshi", "Sana"),
          ("Anjali Deshpande", "Meera"), ("Farzana Chowdhury", "Rina"), ("Xiaoling Zhou", "Lin"),
          ("Ayşe Yılmaz", "Elif"), ("Mariam Haddad", "Layla"), ("Marcia Campbell", "Jade"),
          ("Angharad Llewellyn", "Cerys"), ("Siobhán Ó Ceallaigh", "Aoife"), ("Morag MacLeod", "Isla"),
          ("Joanne Whitfield", "Kate")]
# people whose given name is a month's word or its abbreviation, named in full once, listed or not
MONTH_NAMED = [("June", "Adeyemi"), ("May", "Chen"), ("April", "Brown"), ("Jun", "Li"), ("Jun", "Watanabe"),
               ("Jan", "Nowak"), ("August", "Kowalczyk"), ("June", "Mensah"), ("May", "Rahman")]
# {given}'s place before a count; "{v}" the listed victim
TOWN = ["{v} moved to March {n} years ago.", "{v} moved to March. {n} days later she called the police.",
        "{v} returned to March {n} weeks after the assault.", "{v} drove to March {n} times that month.",
        "{v} went back to March {n} months later.", "Her sister lives in March. {n} officers attended the address."]
PERSON = ["{v} had known {given} {n} years.", "{v} met {given} {n} years ago at college.",
          "{v} visited {given} {n} times that month.", "{v} phoned {given}. {n} days later she moved out.",
          "{v} stayed with {given} {n} nights a fortnight.", "{v} told {given} {n} times to leave."]
LISTED_PSEUDONYM = "Grace"
COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 18, 20, 21, 25]


def cases(seed: int, count: int) -> list[tuple[str, int, str, str, str | None]]:
    """(date of death, listed victim, text, what it must become, the month-named person if listed too)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        person = i % len(PEOPLE)
        victim, pseudonym = PEOPLE[person]
        n = rng.choice(COUNTS)
        # the date of death in the month the word names, on another day than the count
        if rng.random() < 0.5:
            frame = rng.choice(TOWN)
            month = 3
            text = frame.format(v=victim, n=n)
            expected = frame.format(v=pseudonym, n=n).replace("March", "Place 1")
        else:
            given, surname = rng.choice(MONTH_NAMED)
            month = {"June": 6, "Jun": 6, "May": 5, "April": 4, "Jan": 1, "August": 8}[given]
            frame = rng.choice(PERSON)
            text = f"{given} {surname} was interviewed. " + frame.format(v=victim, given=given, n=n)
            # half of them listed too (a sister, a friend): her pseudonym, in apply and verify alike
            listed = f"{given} {surname}" if rng.random() < 0.5 else None
            stands_for = LISTED_PSEUDONYM if listed else "Person 1"
            expected = f"{stands_for} was interviewed. " + frame.format(v=pseudonym, given=stands_for, n=n)
        day = rng.choice([d for d in range(1, 29) if d != n])
        out.append((f"{rng.choice([2020, 2021, 2022])}-{month:02d}-{day:02d}", person, text, expected,
                    listed if frame in PERSON else None))
    return out


def goes_wrong(death: str, person: int, text: str, expected: str, listed: str | None) -> str | None:
    name, pseudonym = PEOPLE[person]
    rules = {"people": [{"name": name, "pseudonym": pseudonym}], "dates": {"date_of_death": death}}
    if listed:
        rules["people"].append({"name": listed, "pseudonym": LISTED_PSEUDONYM})
    out = redact_text(text, rules)
    if out != expected:
        return f"{death}: {text!r} -> {out!r}"
    if not verify_text(out, rules).ok:
        return f"verify alarmed on {out!r}"   # what apply left (the count beside the month) is no date of death
    if listed and verify_text(text.replace(name, pseudonym), rules).ok:
        return f"verify passed {text.replace(name, pseudonym)!r}"   # the listed name before the count
    return None


@pytest.mark.parametrize("death,person,text,expected,listed", cases(TUNED_SEED, 60))
def test_a_month_word_before_a_count_tuned(death, person, text, expected, listed):
    assert goes_wrong(death, person, text, expected, listed) is None


@pytest.mark.parametrize("death,person,text,expected,listed", cases(HELD_BACK_SEED, 40))
def test_a_month_word_before_a_count_held_back(death, person, text, expected, listed):
    assert goes_wrong(death, person, text, expected, listed) is None


@pytest.mark.parametrize("text", ["Jun Li was interviewed. A letter of Jun 3 asked Kate to attend.",
                                  "A letter of Jul. 8th asked Kate to attend.", "She moved in March 12th.",
                                  "She moved out in May. 5 officers attended."])
def test_the_month_beside_a_day_or_ending_a_sentence_is_still_the_month(text):
    rules = {"people": [{"name": "Joanne Whitfield", "pseudonym": "Kate"}], "dates": {"date_of_death": "2022-08-09"}}
    out = redact_text(text, rules)
    assert out.split(". ", 1)[-1] == text.split(". ", 1)[-1] if text.startswith("Jun Li") else out == text, out


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else TUNED_SEED
    found = cases(seed, 60 if seed == TUNED_SEED else 40)
    wrong = [w for c in found if (w := goes_wrong(*c))]
    print(f"seed {seed}: {len(wrong)} of {len(found)} wrong")
    for line in wrong[:int(sys.argv[2]) if len(sys.argv) > 2 else 60]:
        print(" ", line)
