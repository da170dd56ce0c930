"""A town's university, college, school or hospital as records and messages shorten its kind: "Bolton Uni",
"Keele Poly", "Salford Coll", "Dundee Hosp", "Ashbourne Vale Acad". Found by a probe (2026-12-05): the name lists
hold "Uni", "Coll", "Hosp" and "Poly" as people's names, so "Staff from Swansea Uni attended" became "Staff from
Person 26 attended", "Ashbourne Vale Acad" with the town listed "Area D Person 4", and the model's "Wolverhampton
Hosp" became one "Place 12" that took the kind with it (65 of 80 sentences read so on main).

The shortened kind now ends an organisation named after its town, as "College" does ("Place 1 Coll", "Area A
Uni"), and a guessed person that is a town and such a kind is no person. "Coll" is a surname too: after a given
name it still ends a person's name ("Mary Coll said" -> "Person 1 said"). English words before the kind name no
town ("the Open Uni", "the Royal Hosp" stay as written).
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor
from redact.data.tables import world_towns
from redact.lexicon import INSTITUTION_SHORT_KINDS
from redact.name_or_word import is_ordinary_word
from redact.variants import likely_gender

TUNED, HELD_BACK = 1, 2
LISTED_TOWNS = ["Hartsford", "Kingsmere", "Llanwern", "Ashbourne Vale", "Dunholt"]
KINDS = sorted(INSTITUTION_SHORT_KINDS) + ["Uni.", "Univ."]
FRAMES = ["{who} had enrolled at {P} {K} in 2019.", "She dropped out of {P} {K} after a term.",
          "{who}'s brother was at {P} {K}.", "The counsellor at {P} {K} was not told.",
          "{P} {K} said it had no record of the referral.", "He had a place at {P} {K} but did not go.",
          "Staff from {P} {K} attended the panel.", "In 2018 {who} started a course at {P} {K} and met Kevin there.",
          "A friend from {P} {K} raised concerns.", "Her tutor at {P} {K} noticed the bruises.",
          "({P} {K}) – no concerns recorded.", "Referral from {P} {K} to MASH."]
RULES = {"people": [{"name": "Angela Whitfield", "pseudonym": "Ruth"}, {"name": "Kevin Marsh", "pseudonym": "Adam"}],
         "places": [{"name": town, "pseudonym": f"Area {chr(65 + i)}"} for i, town in enumerate(LISTED_TOWNS)],
         "dates": {"date_of_death": "2022-03-14"}}


def _other_towns() -> list[str]:
    """Towns of Great Britain of one word that are neither an English word nor a given name."""
    return sorted({t.name for t in world_towns() if t.country == "GB" and " " not in t.name and "-" not in t.name
                   and not is_ordinary_word(t.name) and likely_gender(t.name) is None})


def _cases(seed: int, n: int = 80) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    towns = _other_towns()
    cases = []
    for _ in range(n):
        town = rng.choice(LISTED_TOWNS) if rng.random() < 0.4 else rng.choice(towns)
        kind = rng.choice(KINDS)
        text = rng.choice(FRAMES).format(who=rng.choice(["Angela", "She", "Her friend"]), P=town, K=kind)
        cases.append((text, town, kind))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_the_kind_stays_after_its_town(redactor, seed):
    cases = _cases(seed)
    wrong = []
    for text, town, kind in cases:
        out = redactor.redact_text(text)
        pseudonym = RULES["places"][LISTED_TOWNS.index(town)]["pseudonym"] if town in LISTED_TOWNS else None
        expected_kind = re.compile(rf"(?<!\w){re.escape(kind.rstrip('.'))}(?!\w)")
        if "Person" in out or not expected_kind.search(out) or town in out \
                or (pseudonym and f"{pseudonym} {kind}" not in out):
            wrong.append((text, out))
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:8]}"


@pytest.mark.parametrize("text, expected", [
    ("Mary Coll said she had seen them.", "Person 1 said she had seen them."),
    ("Angela told Siobhan Coll about it.", "Ruth told Person 1 about it."),
    ("She was studying with the Open Uni at the time.", "She was studying with the Open Uni at the time."),
    ("The Royal Hosp was busy.", "The Royal Hosp was busy."),
    ("Kevin dropped out of Uni in his first year.", "Adam dropped out of Uni in his first year."),
    ("He met her at a Uni party.", "He met her at a Uni party."),
    ("Angela's GP referred her to the General Hosp.", "Ruth's GP referred her to the General Hosp."),
    ("Hartsford Coll said it had no record.", "Area A Coll said it had no record."),
])
def test_a_surname_and_english_words_around_a_kind(text, expected):
    assert quiet_redactor(RULES).redact_text(text) == expected


def test_verify_reports_a_listed_town_before_a_shortened_kind():
    from redact.api import verify_bytes

    for kind in ("Uni", "Coll", "Hosp"):
        verdict = verify_bytes(f"Staff from Kingsmere {kind} attended.".encode(), "txt", RULES)
        assert not verdict.ok and [leak.kind for leak in verdict.leaks] == ["place"]
