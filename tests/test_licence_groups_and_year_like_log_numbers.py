"""Two reference numbers a red-team of agency records saw left as written:

- a DVLA driving licence number in the groups the card prints ("KOWAL 856090 KA9DE", "MORGA-753116-SM9IJ 01"),
  which spells its holder's surname and date of birth: only the glued form was read, so the groups stayed (or the
  check letters did, "[reference] KA9DE");
- a control room's log number that reads as a year after the system's name or a word that names the number ("CAD
  1996 was raised at 22:14", "incident number 2007"): a CAD or Storm serial restarts daily, so one in five is
  1900-2099, and the year test threw it away.

The licence is built from a person of every naming tradition and a date of birth drawn at random, in every grouping
and separator; the log numbers from every system label. A bare year after a word that is no system's name stays.
"""
from __future__ import annotations

import datetime
import random

import pytest
from anyascii import anyascii

from benchmarks.drafts.names import drawn_at_random
from conftest import quiet_redactor

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": "2023-11-05"}}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _licence_groups(rng: random.Random, index: int) -> list[str]:
    """The three groups of a licence number for a person drawn at random: surname, date of birth, initials."""
    drawn = drawn_at_random(rng, index)
    letters = "".join(c for c in anyascii(drawn.surname).upper() if c.isalpha())[:5]
    surname = letters.ljust(5, "9")
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 55))
    month = born.month + (50 if drawn.female else 0)
    birth = f"{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}"
    initials = (anyascii(drawn.given)[:1].upper() or "X") + rng.choice(_LETTERS + "9")
    tail = f"{initials}{rng.choice('0123456789')}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
    return [surname, birth, tail]


def _licence_cases(count: int, seed: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    labels = ["Driving licence: {}", "Her driving licence number {} was recorded.", "DL no. {} (DVLA).",
              "licence number {}", "He produced his licence ({}) at the roadside.",
              "The PNC showed a licence, {}, revoked in 2019.", "{} | DVLA | licence checked",
              "Officers checked {} with the DVLA."]
    cases = []
    for index in range(count):
        surname, birth, tail = _licence_groups(rng, index)
        separator = rng.choice(["", " ", "-", " "])
        if separator == " " and rng.random() < 0.4:
            tail = f"{tail[:2]} {tail[2:]}"
        number = separator.join([surname, birth, tail])
        if rng.random() < 0.25:
            number += rng.choice([" ", "-", ""]) + f"{rng.randrange(1, 20):02d}"
        pieces = [surname.rstrip("9"), birth, tail.replace(" ", "")]
        cases.append((rng.choice(labels).format(number), [p for p in pieces if len(p) >= 3]))
    return cases


LICENCES = _licence_cases(60, seed=2601)
LICENCES_HELD_BACK = _licence_cases(60, seed=9146)   # run once, after the fix; reported separately


@pytest.mark.parametrize("sentence, pieces", LICENCES + LICENCES_HELD_BACK, ids=lambda v: None)
def test_no_group_of_a_driving_licence_number_survives(redactor, sentence, pieces):
    out = redactor.redact_text(sentence)
    left = [piece for piece in pieces if piece in out.replace(" ", "").replace("-", "")]
    assert not left, (sentence, out)


_LOG_LABELS = ["CAD", "CAD no.", "STORM", "Storm log", "Niche occurrence", "Athena", "URN", "PNC ID",
               "incident number", "Incident no.", "crime number", "Crime ref", "log ref", "log number",
               "custody number", "occurrence number"]
_LOG_SENTENCES = ["{label} {number} was raised at 22:14.", "Police attended ({label} {number}).",
                  "{label} {number} records a call from a neighbour.", "| 14/03 | Police | {label} {number} |",
                  "The call was logged as {label} {number} and graded as an emergency."]


def _year_like_log_cases(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        number = str(rng.randrange(1900, 2100))
        label = rng.choice(_LOG_LABELS)
        cases.append((rng.choice(_LOG_SENTENCES).format(label=label, number=number), number))
    return cases


LOGS = _year_like_log_cases(50, seed=2602)
LOGS_HELD_BACK = _year_like_log_cases(50, seed=9147)


@pytest.mark.parametrize("sentence, number", LOGS + LOGS_HELD_BACK)
def test_a_log_number_that_reads_as_a_year_is_the_log_number(redactor, sentence, number):
    out = redactor.redact_text(sentence)
    assert number not in out, out


@pytest.mark.parametrize("sentence, year", [
    ("The case went to MARAC 2019 and again in 2021.", "2019"),
    ("The Incident 2020 report was published.", "2020"),
    ("She was seen at Court 2019 in the spring.", "2019"),
    ("The Care Act 2014 applies.", "2014"),
    ("The 2019 CAD records were checked.", "2019"),
    ("Log 2019 entries were incomplete.", "2019"),
    ("There were 2019 incidents in the year.", "2019"),
    ("CAD 2021 calls were reviewed across the force.", "2021"),
])
def test_a_year_after_a_word_that_names_no_number_stays(redactor, sentence, year):
    assert year in redactor.redact_text(sentence)
