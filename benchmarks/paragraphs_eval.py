"""A second generator of fictional DHR paragraphs, written apart from ``benchmarks/drafts`` so that a class the draft
generator never writes can still show up: listed victim, perpetrator and sister from every naming tradition, the
date of death in a dozen forms (with and without its year, beside chronology rows), contacts, nicknames, record-style
names. Each draft is one text of eight paragraphs; the output of ``redact_text`` is searched for every word (three
letters or more) of the listed names, every planted date, contact and nickname, and ``verify`` is run on it.

    python benchmarks/paragraphs_eval.py                 # the tuning part (seeds 5001-5011), with examples
    python benchmarks/paragraphs_eval.py --part held-back   # seeds 6001-6010: report only, never tune on them

The tuning seeds found four classes on 2026-12-01 (docs/quality.md); the held-back seeds were run only after the
fixes.
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.drafts.names import TRADITIONS  # noqa: E402

PARTS = {"tuning": range(5001, 5012), "held-back": range(6001, 6011)}

TEMPLATES = [
    "{V} ({vage}) lived with {P} in a rented flat. On {DOD} she was found dead at the address.",
    "{date} | Police | {V} rang 999 and said {Pg} had pushed her down the stairs. {P} was arrested.",
    "{Vg}'s sister, {S}, told the panel that {Vg} was 'frightened all the time' of {Pg}.",
    "The GP, Dr {doc}, saw {Vg} on {date}; she disclosed that {Ps} controlled her money.",
    "{Vs} family said she had moved to the UK from {town} in 2009.",
    "In a text to {S} on {DODshort}, {Vg} wrote: 'if anything happens to me it was him'.",
    "{P} (date of birth {PDOB}) was convicted of murder in 2024.",
    "Her friend {F} said {Vg} used the name '{Vnick}' online.",
    "Email from {Sg} to the chair: {semail}.",
    "{Vg} and {Pg} married in {town} in 2010; their son {C} was born in 2012.",
    "The coroner recorded that {Vg} {Vs} died on {DOD}.",
    "A neighbour heard shouting at {Vg}'s flat on the night of {DODshort}.",
    "{Ps} denied the allegation; {Pg} said {Vg} had 'fallen'.",
    "Contact: {S} ({sphone}).",
    "Chronology entry {date}: IDVA spoke with {Vg}; risk assessed as high; {Pg} not present.",
    "FAMILY MEMBERS: {V} (victim), {S} (sister), {P} (partner).",
    "{Vg} (née {Vs}) had two children.",
    "The {Ps} family declined to take part; {Pg}'s mother wrote to the chair instead.",
    "{Vg} was {vage} when she died, in the early hours of {DOD}.",
    "Between {DODrange} the couple argued repeatedly.",
    "Police attended {Vs}'s flat at 02:14 on {DODnum}.",
    "'{Vg}, please call me back' – voicemail from {Sg}, left {DODshort}.",
    "{Vsu} family liaison officer: DC Hughes (collar 4471).",
    "Witness statement of {S}, dated {date}, page 3 of 7.",
    "Known to friends as '{Vnick2}', {Vg} worked at a care home.",
    "{Pg} {Ps} - previous convictions (PNC): assault (2014), criminal damage (2016).",
]


def _person(rng: random.Random, tradition, female: bool) -> tuple[str, str, str]:
    given = rng.choice(tradition.female if female else tradition.male)
    surname = rng.choice(tradition.surnames)[1 if female else 0]
    middles = tradition.middle_female if female else tradition.middle_male
    middle = rng.choice(middles) if middles and rng.random() < .4 else None
    words = [surname, given] if tradition.family_first else [w for w in (given, middle, surname) if w]
    return " ".join(words), given, surname


def _date_forms(d: datetime.date) -> list[str]:
    o = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{d.day} {d:%B %Y}", f"{d:%d/%m/%Y}", f"{d.day}{o} {d:%B %Y}", f"{d:%A} {d.day} {d:%B}", f"{d:%d.%m.%y}",
            f"{d:%B} {d.day}, {d.year}", f"the {d.day}{o} of {d:%B} {d.year}", f"{d:%d-%b-%Y}", f"{d.day}/{d.month}/{d:%y}",
            f"{d:%Y-%m-%d}", f"{d.day} {d:%b} {d.year}", f"{d:%a} {d.day}{o} {d:%b}"]


def one_draft(rng: random.Random):
    """(text, rules, the planted strings that must not survive), or None when the three given names clash."""
    traditions = list(TRADITIONS.values())
    victim_tradition = rng.choice(traditions)
    V, Vg, Vs = _person(rng, victim_tradition, True)
    P, Pg, Ps = _person(rng, rng.choice(traditions), False)
    S, Sg, Ss = _person(rng, victim_tradition, True)
    if len({Vg, Pg, Sg}) < 3:
        return None
    dod = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2000))
    pdob = datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randrange(8000))
    rules = {"people": [{"name": V, "pseudonym": "Anna", "role": "victim"},
                        {"name": P, "pseudonym": "Ben", "role": "perpetrator"}, {"name": S, "pseudonym": "Clara"}],
             "dates": {"date_of_death": dod.isoformat()}}
    forms = _date_forms(dod)
    values = dict(
        V=V, Vg=Vg, Vs=Vs, P=P, Pg=Pg, Ps=Ps, S=S, Sg=Sg, vage=rng.randint(20, 70), DOD=rng.choice(forms),
        DODshort=rng.choice(forms[3:]),
        date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(15, 22)}",
        doc=rng.choice(["Patel", "Okafor", "Nguyen", "Hughes"]),
        town=rng.choice(["Lahore", "Gdańsk", "Kingston", "Mogadishu", "Cork"]), PDOB=f"{pdob:%d/%m/%Y}",
        DODrange=f"{(dod - datetime.timedelta(days=1)).day} and {dod.day} {dod:%B %Y}",
        DODnum=rng.choice([f"{dod:%d/%m/%y}", f"{dod:%d.%m.%Y}", f"{dod.day}/{dod.month}/{dod.year}"]),
        Vsu=Vs.upper(), Vnick2=Vg[:3] + rng.choice(["sy", "ie", "ka", "ushka", "u"]), F="Lena Brooks",
        Vnick=Vg.lower().replace(" ", "") + str(rng.randint(1, 99)), C="Tomasz",
        semail=f"{Sg.lower().replace(' ', '')}.{Ss.lower().replace(' ', '')}@example.com".replace("'", ""),
        sphone=f"07700 900{rng.randint(100, 999)}")
    text = "\n".join(t.format(**values) for t in rng.sample(TEMPLATES, 8))
    planted = [values[k] for k in ("DOD", "DODshort", "DODnum", "semail", "sphone", "Vnick", "Vnick2")]
    words = {w for w in re.split(r"[\s'-]+", f"{V} {P} {S}") if len(w) >= 3}
    return text, rules, planted, words


def run(seeds, per_seed: int, show: bool) -> dict:
    from redact.api import verify_bytes
    from redact.pipeline import Redactor

    drafts = leaking = verify_flags = 0
    for seed in seeds:
        rng = random.Random(seed)
        for _ in range(per_seed):
            made = one_draft(rng)
            if made is None:
                continue
            text, rules, planted, words = made
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out = Redactor(rules).redact_text(text)
            left = [w for w in words if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", out, re.IGNORECASE)]
            left += [p for p in planted if p in out]
            drafts += 1
            if left:
                leaking += 1
                if show:
                    print(f"seed {seed}: left {left}")
                    for line in out.split("\n"):
                        if any(re.search(re.escape(w), line, re.IGNORECASE) for w in left):
                            print("   ", line)
            if not verify_bytes(out.encode(), "txt", rules).ok:
                verify_flags += 1
    return {"drafts": drafts, "with something left": leaking, "outputs verify flags": verify_flags}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--per-seed", type=int, default=40, help="drafts tried per seed (default 40)")
    args = parser.parse_args(argv)
    result = run(PARTS[args.part], args.per_seed, show=args.part == "tuning")
    print(f"{args.part} (seeds {PARTS[args.part].start}-{PARTS[args.part].stop - 1}): "
          + ", ".join(f"{k} {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
