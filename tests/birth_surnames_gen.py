"""A listed woman's birth surname, which the rules give in a note ("Bridget McDonagh (née Ward)"), written as
her family ("the Wards") or with her given name ("She was born Bridget Ward"): fictional DHR sentences.

Written without brackets ("Malgorzata Wisniewska née Kowalska", found by ``benchmarks/author_rules_redteam.py``
seed 14), "née Kowalska" was read as the name's last words. The note made "Ward" an alias of one word, which gives
no surname: "the Wards" was left and `verify` passed it (found by the lead's reading of a fictional Traveller
family's draft, 2026-12-07). With a given name and a middle name
in the rules, "Bridget Ward" was "Rose Kath" (the given name hers, the surname her mother's, who is listed too).

Each case: {"seed", "kind", "rules", "sentence", "secret", "expect"}.
- "family": the birth surname in the plural after "the" ("the Wards", "the Joneses"): it must go, and verify must
  see it in the draft.
- "birth name": her given name (and middle name) with the birth surname: her pseudonym, and nobody else's.
- "titled": a title before the birth surname alone: it must go.
Half the surnames are English words ("Ward", "Bell", "Price"); a listed mother with the same surname in a quarter.
CONTROLS: the English word in small letters ("She was moved to another ward.") must read as written.
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/birth_surnames_gen.py [--show]
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (surname, a sentence with the same word in small letters, which must stay)
WORD_SURNAMES = [("Ward", "She was moved to another ward."), ("Bell", "The bell rang at nine."),
                 ("King", "The king's speech was on the radio."), ("Price", "The price of the flat went up."),
                 ("Hill", "The house was at the top of a hill."), ("Brown", "He wore a brown coat."),
                 ("Wood", "The fence was made of wood."), ("Marsh", "The path crossed a marsh."),
                 ("Lamb", "They had lamb for dinner."), ("Hunt", "The hunt for the car went on."),
                 ("Black", "The car was black."), ("Rich", "The soup was rich."), ("Cook", "She liked to cook."),
                 ("Fox", "A fox was in the garden."), ("Moss", "The wall was green with moss."),
                 ("Church", "They met at church."), ("Banks", "The river burst its banks."),
                 ("Lane", "The lane was dark."), ("Page", "She turned the page."), ("Mills", "The mills closed.")]
OTHER_SURNAMES = ["Warsame", "Kowalska", "Okonkwo", "Gallagher", "Chaudhry", "Pritchard", "Bondarenko",
                  "Yildirim", "Nakamura", "Mensah", "Haddad", "Nwosu", "Oyelaran", "Dhillon", "Rahman", "Petrenko",
                  "McGinley", "Sandhu", "Achterberg", "Papadopoulou", "Ferreira", "Szabó", "Nguyen", "Joyce"]
GIVEN = ["Bridget", "Agnieszka", "Chiamaka", "Priya", "Siobhan", "Mehwish", "Rhiannon", "Oksana", "Gulsen",
         "Hodan", "Marisol", "Ama", "Yuki", "Farida", "Teresa", "Ioana", "Kerry-Ann", "Nadia", "Rukhsana", "Elif"]
MIDDLE = ["Mary", "Anne", "Grace", "Bernadette", "Josephine", "Begum", "Kaur", "Maria", "Louise"]
MARRIED = ["McDonagh", "Hughes", "Nowak", "Adeyemi", "Sharma", "O'Connor", "Hussain", "Evans", "Kaya", "Boateng",
           "Mahmoud", "Okafor", "Lewandowski", "Pearson", "Tran"]
MARKERS = ["née", "nee", "Née", "born", "maiden name:", "née"]
MOTHERS = ["Winnie", "Margaret", "Fatuma", "Halina", "Comfort", "Kathleen", "Parveen", "Nora"]
FAMILY = ["She visited the {P} on Sunday.", "The {P} moved to the area in 2019.", "Police knew the {P} well.",
          "Both the {P} and the {M} attended the funeral.", "None of the {P} were spoken to by the panel.",
          "Her brother said the {P} had kept to themselves.", "| 12/03/2021 | Police | Call from one of the {P}. |"]
BIRTH_NAME = ["She was born {N} in 1984.", "{N} married in 2009.", "As {N}, she attended school in the town.",
              "School records list her as {N}.", "The GP still held her records under the name {N}."]
TITLED = ["{T} {B} said she had warned her daughter.", "A statement from {T} {B} was read to the panel.",
          "The officer spoke to {T} {B} at the door."]


def _plural(surname: str) -> str:
    return surname + ("es" if re.search(r"(?:s|x|z|ch|sh)$", surname) else "s")


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    word = rng.random() < 0.5
    birth, control = rng.choice(WORD_SURNAMES) if word else (rng.choice(OTHER_SURNAMES), None)
    given, married = rng.choice(GIVEN), rng.choice(MARRIED)
    middle = rng.choice(MIDDLE) if rng.random() < 0.4 else None
    name = " ".join(filter(None, [given, middle, married]))
    marker = rng.choice(MARKERS)
    note = rng.choice([f"({marker} {birth})", f"({marker} {birth})", f"{marker} {birth}", f", {marker} {birth}"]) \
        if marker in ("née", "nee", "Née") else f"({marker} {birth})"
    people = [{"name": f"{name}{'' if note.startswith(',') else ' '}{note}", "pseudonym": "Rose"}]
    if rng.random() < 0.25:
        people.append({"name": f"{rng.choice(MOTHERS)} {birth}", "pseudonym": "Kath"})
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2022-01-31"}, "people": people}
    kind = ["family", "birth name", "titled", "family", "control" if word else "birth name"][k]
    if kind == "control":
        return {"seed": seed, "kind": kind, "rules": rules, "sentence": control, "secret": birth, "expect": None}
    if kind == "family":
        sentence = rng.choice(FAMILY).format(P=_plural(birth), M=_plural(married))
        return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "secret": birth, "expect": None}
    if kind == "titled":
        sentence = rng.choice(TITLED).format(T=rng.choice(["Mrs", "Mr", "Ms"]), B=birth)
        return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "secret": birth, "expect": None}
    written = f"{given} {middle} {birth}" if middle and rng.random() < 0.5 else f"{given} {birth}"
    sentence = rng.choice(BIRTH_NAME).format(N=written)
    return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "secret": birth, "expect": "Rose"}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(5)]


def run_case(case: dict) -> tuple[str, str | None]:
    """(the output, what went wrong or None): "left" (the surname survives and verify flags it), "silent" (it
    survives and verify passes it), "unseen" (verify passed the draft), "mapping" (her pseudonym missing, or a
    placeholder or somebody else's pseudonym beside it), "changed" (a control changed)."""
    from quietly import redact_text, verify_text

    output = redact_text(case["sentence"], case["rules"])
    if case["kind"] == "control":
        return output, "changed" if output != case["sentence"] else None
    if re.search(rf"(?<![\w'’-]){re.escape(case['secret'])}(?:e?s)?(?![\w'’-])", output):
        return output, "left" if not verify_text(output, case["rules"]).ok else "silent"
    if verify_text(case["sentence"], case["rules"]).ok:
        return output, "unseen"
    if case["expect"] and (not re.search(rf"(?<!\w){case['expect']}(?!\w)", output)
                           or re.search(rf"{case['expect']} (?:Kath|Person|[A-Z]\b)", output)):
        return output, "mapping"
    return output, None


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:10s} {result:7s} "
                       f"{case['sentence']!r} {case['rules']['people']}\n{'':24s}→ {output!r}")
    sys.exit(0)
