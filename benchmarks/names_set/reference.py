"""Build ``reference.json``: the names the names set is made of, one entry per naming tradition.

    python -m benchmarks.names_set.reference            # needs names-dataset (pip install names-dataset)

The file is committed and frozen: the held-back part of a test set has to stay the same set, and a data
package's next release would silently change it. Three sources, none of which the detector reads:

- ``benchmarks/drafts/names.py``: the fictional drafts' small per-tradition tables;
- ``names-dataset`` (philipperemy/name-dataset, names by country from public profiles): the most frequent
  given names and surnames of the countries whose data is written in Latin script and clean enough;
- ``supplement.py``: names typed for the traditions no source covers (Somali, Kurdish, Traveller...).

Feminine surname forms are derived by the language's rule (Polish -ski -> -ska, Lithuanian -as -> -ienė,
Bulgarian -ov -> -ova) so that every surname has the pair a woman's name takes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

from benchmarks.drafts.names import TRADITIONS as DRAFT_TRADITIONS
from benchmarks.names_set.supplement import SUPPLEMENT

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference.json"

FAMILY_FIRST = {"chinese", "vietnamese"}
# drafts' tradition -> ours
DRAFT_MAP = {"english": "english_welsh", "double_barrelled": "double_barrelled", "dutch_particles": "particles",
             "scottish": "particles", "turkish_kurdish": "turkish"}
# names-dataset country -> tradition, and whether its given names belong to the tradition (Chinese profiles
# give English given names, Ethiopian ones mix scripts)
COUNTRIES = {"GB": ("english_welsh", True), "IE": ("irish", True), "JM": ("caribbean", True),
             "PL": ("polish", True), "LT": ("lithuanian", True), "TR": ("turkish", True),
             "NG": ("west_african", True), "GH": ("west_african", True), "ET": ("east_african", True),
             "BD": ("bangladeshi", True), "CN": ("chinese", False), "CZ": ("eastern_european", True),
             "HU": ("eastern_european", True), "BG": ("eastern_european", True)}
TOP = 20
# words in the names-dataset tops that are no names (answers to a profile form, country codes, nicknames)
NOT_NAMES = {"Nesvarbu", "Unruly", "Joy", "Vicky", "Sonu", "Raju", "Simo", "Abdo", "Abdii", "Siifaan", "Wesen",
             "Enate", "Fike", "Yeab", "Misgana", "Nana", "Maame", "Mercy", "Lolo", "Fati", "Kech", "Kxng", "Mariq"}
PARTICLE_SURNAMES = ("van der Berg", "de Vries", "van Dijk", "de Souza", "da Silva", "van den Broek", "O'Sullivan",
                     "O'Neill", "MacDonald", "McLeod", "McKenzie", "MacNamara", "bin Saeed", "bin Hamad",
                     "al-Rashid", "al-Hashimi", "Al-Sayed", "von Berg", "de la Cruz", "D'Souza", "di Marco",
                     "ter Horst", "Mac an tSaoi", "ap Rhys", "Fitzpatrick", "dos Santos")
PARTICLE_GIVEN = (("Anneke", "Marieke", "Sanne", "Maria", "Fatima", "Isla", "Amira", "Joana"),
                  ("Joost", "Pieter", "Angus", "Ahmed", "Rashid", "Luis", "Ciarán", "Marco"))


def feminine(tradition: str, surname: str) -> str:
    """A surname's feminine form where the language inflects it."""
    if tradition == "polish":
        return regex.sub(r"(sk|ck|dzk)i$", r"\1a", surname)
    if tradition == "lithuanian":
        return regex.sub(r"(?:as|is|ys|us)$", "ienė", surname) if len(surname) > 4 else surname
    if tradition == "eastern_european":
        return regex.sub(r"(ov|ev|in)$", r"\1a", surname)
    return surname


def masculine(tradition: str, surname: str) -> str:
    if tradition == "polish":
        return regex.sub(r"(sk|ck|dzk)a$", r"\1i", surname)
    if tradition == "eastern_european":
        return regex.sub(r"(ov|ev)a$", r"\1", surname)
    return surname


def _clean(name: str, country: str) -> str | None:
    if country == "IE":  # the data set drops the apostrophe and the inner capital
        name = regex.sub(r"^O([bcdfghklmnrst][a-z]{3,})$", lambda m: "O'" + m.group(1).capitalize(), name)
        name = regex.sub(r"^Mc([a-z]{3,})$", lambda m: "Mc" + m.group(1).capitalize(), name)
    if not regex.fullmatch(r"\p{Lu}[\p{Ll}]+(?:['\p{Lu}]\p{Ll}+)?", name, flags=regex.V1) or len(name) < 3:
        return None
    if name in NOT_NAMES or not regex.fullmatch(r"[\p{Latin}']+", name):
        return None
    return name


def from_names_dataset() -> dict[str, dict[str, list[str]]]:
    from names_dataset import NameDataset  # a one-off: about 3 GB while loaded

    nd = NameDataset()
    out: dict[str, dict[str, list[str]]] = {}
    for country, (tradition, given_too) in COUNTRIES.items():
        entry = out.setdefault(tradition, {"female": [], "male": [], "surnames": []})
        firsts = nd.get_top_names(n=TOP * 2, country_alpha2=country).get(country, {})
        lasts = nd.get_top_names(n=TOP * 2, country_alpha2=country, use_first_names=False).get(country, [])
        if given_too:
            for sex, key in (("F", "female"), ("M", "male")):
                entry[key] += [n for n in (_clean(x, country) for x in firsts.get(sex, [])) if n][:TOP]
        given = set(firsts.get("F", [])) | set(firsts.get("M", []))
        # profiles fill the surname box with a given name too: keep surnames that are not top given names
        entry["surnames"] += [n for n in (_clean(x, country) for x in lasts) if n and n not in given][:TOP]
    return out


def build(use_names_dataset: bool = True) -> dict:
    pool: dict[str, dict[str, list]] = {}

    def add(tradition, female=(), male=(), surnames=()):
        entry = pool.setdefault(tradition, {"female": [], "male": [], "surnames": []})
        entry["female"] += list(female)
        entry["male"] += list(male)
        entry["surnames"] += list(surnames)

    for key, t in DRAFT_TRADITIONS.items():
        add(DRAFT_MAP.get(key, key), t.female, t.male, [m for m, _ in t.surnames])
    for key, (female, male, surnames) in SUPPLEMENT.items():
        add(key, female, male, surnames)
    add("particles", *PARTICLE_GIVEN, PARTICLE_SURNAMES)
    if use_names_dataset:
        for key, entry in from_names_dataset().items():
            add(key, entry["female"], entry["male"], entry["surnames"])
    # double-barrelled surnames join two surnames of any tradition, as families do
    singles = sorted({s for entry in pool.values() for s in entry["surnames"] if regex.fullmatch(r"\p{Lu}\p{Ll}+", s)})
    step = max(1, len(singles) // 24)
    add("double_barrelled", (), (), [f"{singles[i]}-{singles[(i * 7 + 3) % len(singles)]}"
                                     for i in range(0, len(singles), step)][:24])
    add("double_barrelled", pool["english_welsh"]["female"][:12], pool["english_welsh"]["male"][:12])
    reference = {}
    for key in sorted(pool):
        entry = pool[key]
        surnames = list(dict.fromkeys(masculine(key, s) for s in entry["surnames"]))
        reference[key] = {
            "family_first": key in FAMILY_FIRST,
            "female": list(dict.fromkeys(entry["female"])),
            "male": list(dict.fromkeys(entry["male"])),
            "surnames": [[s, feminine(key, s)] for s in surnames],
        }
    return reference


def main() -> int:
    reference = build(use_names_dataset="--no-names-dataset" not in sys.argv)
    REFERENCE.write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for key, entry in reference.items():
        print(f"{key:18} {len(entry['female']):3} female {len(entry['male']):3} male "
              f"{len(entry['surnames']):3} surnames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
