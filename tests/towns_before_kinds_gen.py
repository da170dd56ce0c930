"""A town before an organisation's kind the recognisers of organisations do not list (2026-12-07): fictional DHR
sentences.

"Bradford Library", "Lahore Museum", "Dundee Hospice": the model reads the whole as one organisation, which is kept,
and the gazetteer leaves a town alone before a capital it does not know ("Leigh Day", "Barry Doyle"), so the town
stayed while "Bradford Royal Infirmary" (a listed kind) became "Place 1 Royal Infirmary". DHR practice: the place in
an organisation's name goes, the kind stays.

Towns come from the shipped gazetteers (Great Britain's GeoNames towns, every nation; the world's towns abroad),
leaving out the names the gazetteers themselves take only with a sentence's word for it (an English word or a
person's name too: "Reading", "Barry", "Florence"). Kinds: services, public places, faiths' buildings, charities'
branches, written with "the" or not, possessive, in a table cell.

Each case: {"seed", "kind", "sentence", "town" (must go) or "keep" (must stay whole)}. ``outcome``: "left" (the town
survives), "changed" (a control sentence changed). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/towns_before_kinds_gen.py
"""
from __future__ import annotations

import functools
import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 8

RULES = {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Abdi Warsame", "pseudonym": "John"}],
         "places": [{"name": "Kirklees", "pseudonym": "Area A"}], "dates": {"date_of_death": "2023-07-09"}}

KINDS = [
    "Library", "Central Library", "Museum", "Leisure Centre", "Sports Centre", "Jobcentre", "Jobcentre Plus",
    "Job Centre", "Bus Station", "Railway Station", "Central Mosque", "Mosque", "Gurdwara", "Cathedral",
    "Synagogue", "Hindu Temple", "Hospice", "Crematorium", "Cemetery", "Probation Service", "Youth Offending Team",
    "Youth Justice Service", "Fire Station", "Ambulance Station", "Children's Services", "Social Services",
    "Adult Social Care", "University", "Sixth Form College", "Women's Centre", "Rape Crisis", "Citizens Advice",
    "Samaritans", "Mind", "Age UK", "Sure Start", "Health Visiting Team", "Walk-in Centre", "A&E",
    "Urgent Care Centre", "Sexual Health Clinic", "Pharmacy", "Dental Practice", "Police Station", "Custody Suite",
    "Register Office", "Night Shelter", "Homeless Hostel", "Drug and Alcohol Service", "Victim Support",
    "Careers Service", "Housing Options", "Early Help Hub", "Multi-Agency Safeguarding Hub", "Minor Injuries Unit",
    "Maternity Unit", "Swimming Pool", "Shopping Centre", "Market", "Islamic Centre", "Civic Centre",
    "Community Mental Health Team", "Foodbank", "Neighbourhood Policing Team", "Salvation Army", "Town Hall",
]
_FRAMES = ["She went to {t} {k} twice that month.", "Hodan was referred to the {t} {k} in May 2022.",
           "Staff at {t} {k} said she seemed anxious.", "The {t} {k}'s records were shared with the panel.",
           "{t} {k} had no contact with Abdi.", "Agency\t{t} {k}\tNo contact",
           "Abdi attended the {t} {k} on 3 June.", "A worker from {t} {k} visited her at home."]
# national bodies and kinds alone: no town, nothing to replace
_CONTROLS = ["She was referred to Citizens Advice in May 2022.", "Hodan called the Samaritans twice.",
             "Age UK offered her a befriender.", "The Library had no record of her.", "She went to the Jobcentre.",
             "Women's Aid gave her a safety plan.", "The Home Office was contacted about her visa.",
             "She shopped at Marks and Spencer.", "The Central Mosque ran a food bank.",
             "Abdi was seen at A&E.", "The Salvation Army found her a bed.", "Mind offered counselling.",
             "The local Fire Station fitted smoke alarms.", "Victim Support wrote to her.",
             "Agency\tCitizens Advice\tNo contact", "Barnardo's ran the group she attended."]


@functools.lru_cache(maxsize=1)
def _towns() -> tuple[list[str], list[str]]:
    from wordfreq import zipf_frequency

    from redact.data.tables import gb_town_names, world_towns
    from redact.detect.recognizers.places import NOT_PLACES, _lines
    from redact.variants import likely_gender

    ambiguous = {line.partition("\t")[0] for line in _lines("ambiguous_places.txt")}

    def clear(name: str) -> bool:
        return (re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}", name) is not None and name not in ambiguous
                and name not in NOT_PLACES and len(name) >= 4 and zipf_frequency(name.lower(), "en") < 4.0
                and not any(likely_gender(word) for word in name.split()))

    gb = sorted(name for name in set(gb_town_names()) if clear(name))
    abroad = sorted({town.name for town in world_towns() if town.country != "GB" and town.population >= 100_000
                     and clear(town.name)})
    return gb, abroad


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"towns_before_kinds:{seed}:{k}")
    if k % 4 == 3:
        sentence = rng.choice(_CONTROLS)
        return {"seed": seed, "kind": "control", "sentence": sentence,
                "keep": sentence.replace("Hodan", "Mary").replace("Abdi", "John")}
    gb, abroad = _towns()
    town = rng.choice(gb if k % 3 else abroad)
    return {"seed": seed, "kind": "town before a kind" + ("" if k % 3 else " (abroad)"),
            "sentence": rng.choice(_FRAMES).format(t=town, k=rng.choice(KINDS)), "town": town}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if "town" in case:
        return "left" if re.search(rf"(?<![\w-]){re.escape(case['town'])}(?![\w-])", output) else None
    return "changed" if output != case["keep"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
