"""Fictional sentences naming an area's body by a place and the short or abbreviated form of its kind: "Eastwick
MBC housing officers visited twice", "Llanwern Mags adjourned the case", "| Thornbury Constabulary | 3 calls |".

Places are English and Welsh towns of the project's gazetteer and invented ones; each case lists the place alone,
the place and its council by the full name, or nothing (a gazetteer town left unlisted must read "Place N").
"""
from __future__ import annotations

import random

TUNED = [501, 502, 503]
HELD_BACK = [601, 602, 603]

# invented English and Welsh town names (no gazetteer town), and gazetteer towns of England and Wales
INVENTED = ["Eastwick", "Marlbeck", "Dunholt", "Ashcombe Vale", "Kirkwhelp", "Pentrebach Fawr", "Llanfyrnach",
            "Wexham Magna", "Thornlow", "Brackenridge", "Cwmderwen", "Hollinsby", "Saltmere", "Aberwen",
            "Ravensholme", "Glynceiriog Isaf", "Stourmouth", "Felindre Wen", "Hatherleigh Cross", "Oakhurst"]
GAZETTEER = ["Redditch", "Wigan", "Rochdale", "Caerphilly", "Bridgend", "Merthyr Tydfil", "Oldham", "Barnsley",
             "Tameside", "Swindon", "Wrexham", "Torfaen", "Gateshead", "Rotherham", "Dudley", "Sandwell", "Newport",
             "Blackburn", "Kirklees", "Neath", "Llanelli", "Wakefield", "Doncaster", "Stockport"]
# (full name's kind, forms the draft writes)
BODIES = [
    ("Metropolitan Borough Council", ["MBC", "Met Borough Council", "Metropolitan BC", "Borough Council", "Council",
                                      "BC", "Borough Cncl"]),
    ("District Council", ["DC", "District Council", "Council", "MDC"]),
    ("County Council", ["CC", "Co. Council", "County Council"]),
    ("County Borough Council", ["CBC", "Council"]),
    ("Royal Borough Council", ["RBC"]),
    ("City Council", ["City Council", "Council"]),
    ("NHS Foundation Trust", ["NHS FT", "NHS Foundation Trust", "Foundation Trust"]),
    ("University Health Board", ["UHB", "Health Board", "LHB"]),
    ("Integrated Care Board", ["ICB"]),
    ("Clinical Commissioning Group", ["CCG"]),
    ("Police", ["Police", "Constabulary"]),
    ("Magistrates' Court", ["Mags", "Magistrates' Ct", "Magistrates Court", "Mags Court"]),
    ("Crown Court", ["Crown Ct", "Crown Court"]),
    ("Fire and Rescue Service", ["Fire & Rescue", "Fire and Rescue"]),
    ("Housing Association", ["Housing Assoc.", "Housing Assoc"]),
]
FRAMES = ["{B} housing officers visited twice.", "{B} wrote to her on 3 May.", "A referral was made to {B}.",
          "The case was listed at {B} the next week.", "Staff from {B} attended the meeting.",
          "She had no contact with {B} after that.", "| {B} | 3 contacts | none |", "{B}", "{B}:",
          "Both the GP and {B} were told.", "Information from {B} was late.", "The review thanks {B}.",
          "He was known to {B} from 2019.", "The ward Cllr said {B} would respond.",
          "Cllr A. Amin (ward member) asked {B} for the file."]


def cases(seed: int, n: int = 60) -> list[dict]:
    """Each case: text, place, the listed rules, whether the body is listed (then the pseudonym must be whole)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        gazetteer = rng.random() < 0.35
        place = rng.choice(GAZETTEER if gazetteer else INVENTED)
        full, forms = rng.choice(BODIES)
        form = rng.choice(forms)
        listing = rng.choice(["place", "body", "none"] if gazetteer else ["place", "body"])
        places = []
        if listing in ("place", "body"):
            places.append({"name": place, "pseudonym": "Area A"})
        if listing == "body":
            places.append({"name": f"{place} {full}", "pseudonym": "Area A Body"})
        out.append({"text": rng.choice(FRAMES).format(B=f"{place} {form}"), "place": place, "listing": listing,
                    "rules": {"places": places, "people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]}})
    return out


def score(redact_text, seeds) -> dict:
    """Counts over the seeds' cases: person (a Person N), leak (the place's name left), unmapped (a listed body not
    read whole as its pseudonym), and the wrong ones for reading."""
    counts = {"cases": 0, "person": 0, "leak": 0, "unmapped": 0, "bodies": 0}
    wrong = []
    for seed in seeds:
        for case in cases(seed):
            out = redact_text(case["rules"], case["text"])
            counts["cases"] += 1
            bad = []
            if "Person " in out.replace("Cllr Person 1", ""):   # "Amin" is a person
                bad.append("person")
            if any(word in out for word in case["place"].split()):
                bad.append("leak")
            if case["listing"] == "body":
                counts["bodies"] += 1
                if "Area A Body" not in out:
                    bad.append("unmapped")
            for b in bad:
                counts[b] += 1
            if bad:
                wrong.append((bad, case["text"], out))
    counts["wrong"] = wrong
    return counts


if __name__ == "__main__":
    import sys

    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from conftest import quiet_redactor

    def run(rules, text):
        return quiet_redactor(rules).redact_text(text)

    which = sys.argv[1] if len(sys.argv) > 1 else "tuned"
    result = score(run, TUNED if which == "tuned" else HELD_BACK)
    for bad, text, out in result.pop("wrong")[: int(sys.argv[2]) if len(sys.argv) > 2 else 40]:
        print(bad, repr(text), "->", repr(out))
    print(which, result)
