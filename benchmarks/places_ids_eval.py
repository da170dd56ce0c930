"""Places and ids written without the usual cues (issue 11, item 2), end to end through ``Redactor`` with only
the victim listed: what survives of each kind, and what ordinary text is lost.

    python benchmarks/places_ids_eval.py            # tuning part (the word pools the tests use) and held-back
                                                    # part (pools nobody tuned on), 200 paragraphs each

Each paragraph puts one identifier of one kind (a street without a street type, a pub or venue, a place of
worship, a town abroad, an estate, a PNC or labelled police id, a bare web address) in a sentence of the kind a
DHR writes, beside must-keep text of the same shape (report furniture numbers, denominations and chains, "e.g.",
file names, MARAC years). *Survived* = the identifier's distinctive part is still in the output.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

POOLS: dict[str, dict[str, Any]] = {
    "tuning": {
        "street": (["Canal", "Orchard", "Mill", "River", "Wren", "Kingfisher", "Heron", "Willow", "Beech"],
                   ["Side", "Reach", "Race", "End", "Leys", "Pastures", "Barton", "Sidings"]),
        "pub": ["Wheatsheaf", "Red Lion", "King's Head", "Plough", "Fox and Hounds", "Rose and Crown", "White Hart"],
        "venue": ["Mario's Café", "Golden Dragon Takeaway", "Titan Boxing Gym", "Patel's Stores", "Plough Inn"],
        "worship": ["St Anne's Church", "Green Lane Mosque", "Gurdwara Sahib Smethwick", "Zion Chapel"],
        "estate": ["Meadowbank", "Northfield", "Broadwater", "Leabrook"],
        "people": (["joanne", "manpreet", "kryspin", "hamse"], ["pryor", "dhillon", "wisniewski", "warfaa"]),
        "town_seed": 1,
    },
    "held-back": {
        "street": (["Foundry", "Lantern", "Bluebell", "Tanners", "Osprey", "Millstream", "Cobble", "Saxon"],
                   ["Rise Side", "Steps", "Cross", "Landing", "Hythe", "Staithe", "Corner", "Haven"]),
        "pub": ["Bird in Hand", "Jolly Sailor", "Miners Arms", "Blue Boar", "Green Man", "Black Horse", "Crooked Billet"],
        "venue": ["Ocakbasi Grill", "Sunita's Kitchen", "Iron Temple Gym", "Kowalski Delikatesy Stores",
                  "Bella Napoli Pizzeria", "Shapla Balti House"],
        "worship": ["St Columba's Church", "Jamia Masjid Ghausia", "Shree Ram Mandir", "Bethesda Tabernacle",
                    "Singh Sabha Gurdwara"],
        "estate": ["Lowfield", "Ravensmoor", "Kingsmead", "Honeypot Lane"],
        "people": (["chidera", "thanh", "aylin", "siobhan"], ["nnadozie", "nguyen", "yilmaz", "obrien"]),
        "town_seed": 2,
    },
    # written after the held-back part had been measured once (its pubs then lost 2/15): nobody has tuned on it
    "fresh": {
        "street": (["Chandlers", "Rope Walk", "Kestrel", "Poppy", "Weir", "Hopfield", "Clover", "Malthouse"],
                   ["Side", "Court Side", "Reach", "Quay Side", "Gate End", "Brow End", "Pastures", "Leas"]),
        "pub": ["Hare and Hounds", "Star and Garter", "Lamb and Flag", "Cross Keys", "Woolpack", "Navigation",
                "Spread Eagle", "Queen's Head", "Old Ship", "Pig on the Wall"],
        "venue": ["Tariq's Takeaway", "Anatolia Kebab House", "Phoenix Fitness", "Halina's Salon", "Zamzam Stores",
                  "Blue Lagoon Fish Bar"],
        "worship": ["St Bartholomew's Church", "Madina Masjid", "Guru Nanak Gurdwara", "Ebenezer Chapel",
                    "Shri Venkateswara Temple"],
        "estate": ["Ferndown", "Priorsfield", "Whinmoor", "Beaumont Leys"],
        "people": (["precious", "oksana", "rajinder", "darius"], ["okafor", "kovalenko", "sandhu", "mohammadi"]),
        "town_seed": 3,
    },
}
_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
# the kind of venue stays readable in the output ("[local business]"); the rest of the name is what identifies
_VENUE_WORDS = {"St", "Saint", "Church", "Mosque", "Gurdwara", "Jamia", "Masjid", "Shree", "Chapel", "Tabernacle",
                "Mandir", "Café", "Takeaway", "Gym", "Stores", "Inn", "Grill", "Kitchen", "Pizzeria", "Balti",
                "House", "Boxing", "Sabha"}


def _towns(seed: int, n: int = 30) -> list[str]:
    from wordfreq import zipf_frequency

    from redact.data.tables import world_towns
    from redact.detect.recognizers.places import WORLD_MIN_POPULATION
    from redact.variants import likely_gender

    names = sorted({t.name for t in world_towns() if t.population >= max(WORLD_MIN_POPULATION, 100_000)
                    and t.country != "GB" and t.name.isalpha() and t.name[1:].islower() and len(t.name) >= 5
                    and zipf_frequency(t.name.lower(), "en") < 3.0})
    return random.Random(seed).sample([n for n in names if not likely_gender(n)], n)


def paragraph(kind: str, pool: dict, towns: list[str], rng: random.Random) -> tuple[str, str]:
    """(paragraph, the distinctive words that must not survive: any one of them left counts)"""
    if kind == "street":
        first, second = pool["street"]
        street = f"{rng.choice(first)} {rng.choice(second)}"
        number = rng.choice(["4", "17", "48", "103", "9a"])
        verb = rng.choice(["lived at", "moved to", "was rehoused at", "had a tenancy at", "returned to"])
        return f"In 2019 she {verb} {number} {street} with her children, see page 5 The Report.", street
    if kind == "pub":
        pub = rng.choice(pool["pub"])
        sentence = rng.choice(["He had been drinking at the {} since lunchtime.", "They met at The {} for the quiz.",
                               "A barmaid at The {} said he was drunk.", "CCTV showed him outside the {} pub."])
        return sentence.format(pub) + " He bought coffee at Costa Coffee.", pub
    if kind in ("venue", "worship"):
        venue = rng.choice(pool[kind])
        distinctive = " ".join(w for w in venue.split() if w not in _VENUE_WORDS)
        return (f"{rng.choice(['She worked at', 'They met at', 'She volunteered at'])} {venue} most weeks; "
                f"she was a member of the Catholic Church."), distinctive
    if kind == "town":
        town = rng.choice(towns)
        sentence = rng.choice(["She grew up in {} before moving to England.", "Her family in {} were not told.",
                               "He moved from {} in 2010.", "She was born in {}."])
        return sentence.format(town) + " It was discussed at MARAC 2019.", town
    if kind == "estate":
        estate = rng.choice(pool["estate"])
        return f"They lived on the {estate} estate, a Council estate near the Crown Estate offices.", estate
    if kind == "pnc":
        value = f"{rng.randint(0, 99):02d}/{rng.randint(1, 999_999):06d}{rng.choice(_LETTERS)}"
        label = rng.choice(["PNC", "PNC ID", "his PNC record", "CRO"])
        return f"Checks of {label} {value} showed offences (Section 12 Children Act 1989).", value.split("/")[1]
    if kind == "labelled":
        value = f"{rng.randint(10, 99)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}{rng.randint(100_000, 9_999_999)}"
        label = rng.choice(["custody number", "URN", "Niche ref", "Storm log", "MARAC reference"])
        return f"The {label} {value} was recorded after a 101 call.", value
    given, family = rng.choice(pool["people"][0]), rng.choice(pool["people"][1])
    value = rng.choice([f"{given}{family}.co.uk/diary", f"facebook.com/{given}.{family}.{rng.randint(1, 99)}",
                        f"{given}-{family}.wordpress.com"])
    return f"Her friends saw posts on {value}, e.g. in the file report.docx version 2.1.", value


KINDS = ["street", "pub", "venue", "worship", "town", "estate", "pnc", "labelled", "domain"]
MUST_KEEP = ["page 5 The Report", "Costa Coffee", "Catholic Church", "MARAC 2019", "Council estate", "Crown Estate",
             "Section 12 Children Act 1989", "101 call", "e.g.", "report.docx", "version 2.1"]


def run(part: str, n: int, redactor) -> tuple[Counter, Counter, int, int]:
    pool = POOLS[part]
    towns = _towns(pool["town_seed"])
    rng = random.Random(f"places-ids-{part}")
    total: Counter[str] = Counter()
    survived: Counter[str] = Counter()
    keep_total = keep_lost = 0
    for _ in range(n):
        kind = rng.choice(KINDS)
        text, secret = paragraph(kind, pool, towns, rng)
        output = redactor.redact_text(text)
        total[kind] += 1
        words = [w for w in secret.split() if not w.islower()] or [secret]   # not the "and" of "Fox and Hounds"
        if any(re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", output) for word in words):
            survived[kind] += 1
        for phrase in MUST_KEEP:
            if phrase in text:
                keep_total += 1
                keep_lost += phrase not in output
    return total, survived, keep_total, keep_lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="paragraphs per part")
    args = parser.parse_args()
    from redact import Redactor
    from redact.rules import parse_rules

    rules = parse_rules({"people": [{"name": "Joanne Pryor", "pseudonym": "Adult A"}],
                         "dates": {"date_of_death": "2021-03-14"}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        redactor = Redactor(rules)
    started = time.time()
    print("| part | " + " | ".join(KINDS) + " | must-keep lost |")
    print("|---|" + "---|" * (len(KINDS) + 1))
    for part in POOLS:
        total, survived, keep_total, keep_lost = run(part, args.n, redactor)
        cells = [f"{survived[k]}/{total[k]}" for k in KINDS]
        print(f"| {part} | " + " | ".join(cells) + f" | {keep_lost}/{keep_total} |")
    print(f"\n(survived / paragraphs of that kind; {time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
