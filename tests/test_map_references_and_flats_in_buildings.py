"""Where someone lived or was found, given as a map reference or as a flat in a named building written in a
sentence: a what3words address ("///filled.count.soap", "what3words: index.home.raft"), an Ordnance Survey grid
reference ("grid reference SJ 834 987"), "flat 12 in Mandela House", a street named after a "Mac" surname ("14 MacDonald Road"). Found by a probe of police and ambulance log
extracts quoted in drafts (2026-12-05): all were left as written, and `verify --strict` passed them.

Generated: random words for the three-word addresses (wordfreq's English list), random squares and figures for
grid references, building names of many communities; the tuned seed and the held-back seed are counted apart.
Beside them, text that looks alike (section numbers, file names, abbreviations with full stops, a vehicle's
letters, a courtroom's number) must stay.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

TUNED, HELD_BACK = 6021, 90517
RULES = {"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}], "dates": {"date_of_death": "2021-10-07"}}
BUILDING_NAMES = ["Mandela", "Tannery", "Jinnah", "Tagore", "Llewellyn", "Seacole", "Nkrumah", "Kościuszko",
                  "Riverside", "St Columba's", "Ashcroft", "Windrush", "Glyndŵr", "MacDonald", "Okonkwo", "Iqbal",
                  "Brunel", "Pankhurst", "Marley", "O'Connell", "Sobieski", "Attlee", "Gandhi", "Senghor"]
BUILDING_TYPES = ["House", "Court", "Tower", "Heights", "Lodge", "Point", "Mansions"]


def _words(rng: random.Random, n: int) -> list[str]:
    from wordfreq import top_n_list

    pool = [w for w in top_n_list("en", 4000) if w.isalpha() and len(w) >= 3]
    return [rng.choice(pool) for _ in range(n)]


def _cases(seed: int) -> list[tuple[str, str]]:
    """(sentence, the location in it) pairs."""
    rng = random.Random(seed)
    cases = []
    for _ in range(20):
        three = ".".join(_words(rng, 3))
        frame = rng.choice([
            "The caller's location was given as ///{x} by the app.", "Location: ///{x}",
            "The what3words address given to the ambulance crew was {x}.", "w3w: {x}",
            "Police used what3words ({x}) to find the car.", "Her phone shared ///{x} at 02:14.",
            "She gave her location using what 3 words as {x} and the crew found her."])
        cases.append((frame.format(x=three), three))
    for _ in range(15):
        square = rng.choice("HNOST") + rng.choice("ABCDEFGHJKLMNOPQRSTUVWXYZ")
        width = rng.choice([2, 3, 4, 5])
        east, north = (str(rng.randrange(10 ** width)).zfill(width) for _ in range(2))
        ref = rng.choice([f"{square} {east} {north}", f"{square}{east}{north}", f"{square} {east}{north}"])
        frame = rng.choice(["Grid reference {x} was given by the caller.", "NGR: {x}.",
                            "The body was found at OS grid ref {x}, near the canal.",
                            "The map reference ({x}) was passed to the search team."])
        cases.append((frame.format(x=ref), ref))
    for _ in range(20):
        building = f"{rng.choice(BUILDING_NAMES)} {rng.choice(BUILDING_TYPES)}"
        flat = rng.choice(["flat", "apartment", "maisonette", "flat number"]) + " " + \
            str(rng.randint(1, 240)) + rng.choice(["", "", "A", "B"])
        link = rng.choice(["in", "at", "of"])
        frame = rng.choice(["She lived in {x} with her two children.", "Police forced entry to {x} at 03:10.",
                            "He moved into {x} in the spring.", "The tenancy of {x} was in her name."])
        location = f"{flat} {link} {building}"
        cases.append((frame.format(x=location), location))
    for _ in range(10):
        # a street or building named after a "Mac" surname: the name word read "Mc" only ("14 MacDonald Road" left)
        street = f"{rng.choice(['MacDonald', 'MacLeod', 'MacArthur', 'MacKenzie', 'MacNeil', 'MacGregor', 'MacBride', 'MacLean'])} {rng.choice(['Road', 'Street', 'Court', 'Crescent', 'Avenue', 'House'])}"
        location = f"{rng.randint(1, 199)} {street}"
        cases.append((rng.choice(["She lived at {x}.", "Police attended {x} at 23:40."]).format(x=location),
                      location))
    return cases


LOOKALIKES = [
    "See section 4.2.1 of the report.", "She wrote e.g. the following: i.e. nothing.",
    "The file was saved as report.final.docx on the server.", "The SJ 834 bus route was cancelled.",
    "She was in room 4 at the Crown Court.", "He had a flat in town and a caravan.",
    "The flat 2 in the plan is the one she rented.", "Version 2.10.3 of the system was in use.",
    "The panel met at 10.30 a.m. in the council offices.", "She attended 3 Case Conferences in 2020.",
    "He visited 2 Care Homes that week.", "Chapter TQ 30 of the manual was cited.",
]


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_every_map_reference_and_flat_goes(redactor, seed):
    cases = _cases(seed)
    left = [(text, out) for text, location in cases if location in (out := redactor.redact_text(text))]
    assert not left, f"{len(left)} of {len(cases)} left: {left[:8]}"


@pytest.mark.parametrize("text", LOOKALIKES)
def test_what_looks_like_one_stays(redactor, text):
    assert redactor.redact_text(text) == text
