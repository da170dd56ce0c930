"""A listed name of three words or more written in a record's order, family name first and a comma, where the
family name is two words or more or a particle of the given name is left after it: "OLIVEIRA SOUZA, Maria das
Graças", "GARCÍA LÓPEZ, María José", "TESFAY GEBREMEDHIN, Helen", "SILVA, João da", "VAN DER BERG, Jan"
(2026-12-08, from redteam57's Brazilian draft: "OLIVEIRA SOUZA, Maria das Graças" came out "LUCIA RITA, Lucia Rita",
the two sides read apart, each the whole pseudonym).

Kinds:
  "record"  the record's order with the family name as the given words of the listed name end and it begins: the
            pseudonym once where the name was, nothing of the name left;
  "control" the same sentence naming nobody: unchanged.
Each case: {"seed", "kind", "family", "sentence", "expected"}; ``outcome``: "left", "mapping", "changed".
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/record_order_long_names_gen.py [--show]
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (the name as listed, its pseudonym, where the family name may start (word indexes))
PEOPLE = [("Maria das Graças Oliveira Souza", "Lucia Rita", [3, 2]),
          ("João Pedro da Silva Santos", "Paulo Costa", [3, 2, 4]),
          ("Ana Lúcia Ferreira dos Santos", "Clara Mendes", [2, 3]),
          ("María José García López", "Carmen Ruiz", [2]),
          ("Juan Carlos Rodríguez de la Fuente", "Pablo Ortega", [2, 3]),
          ("Helen Tesfay Gebremedhin", "Selam Haile", [1]),
          ("Tesfay Gebremedhin Kidane", "Daniel Berhe", [1]),
          ("Hodan Abdi Farah", "Sahra Ali", [1]),
          ("Jan van der Berg", "Peter de Vries", [1, 3]),
          ("Maria Theresa dela Cruz Santos", "Anna Reyes", [2, 4]),
          ("Nguyễn Thị Mai Lan", "Trần Hoa", [1]),
          ("Mohammed Ali Hassan Ahmed", "Yusuf Omar", [2, 1, 3]),
          ("Siobhán Nic Giolla Phádraig", "Áine Ní Bhriain", [1]),
          ("Kateryna Olehivna Shevchenko", "Olena Bondar", [2])]
SENTENCES = ["{N} was born in 1970.", "Name: {N}", "{N} (victim) was known to the GP.",
             "The record for {N} was closed in March.", "Subject: {N}, date of birth withheld."]


def _rules(family: int) -> dict:
    name, pseudonym, _ = PEOPLE[family]
    return {"version": 1, "review": "generated", "people": [{"name": name, "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(PEOPLE))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"record_order_long:{seed}:{k}")
    family = rng.randrange(len(PEOPLE))
    name, pseudonym, starts = PEOPLE[family]
    template = rng.choice(SENTENCES)
    if rng.random() < 0.15:
        sentence = template.format(N="the person named in the referral")
        return {"seed": seed, "kind": "control", "family": family, "sentence": sentence, "expected": sentence}
    words = name.split()
    at = rng.choice(starts)
    family_words = " ".join(words[at:])
    family_words = family_words.upper() if rng.random() < 0.6 else family_words
    written = f"{family_words}, {' '.join(words[:at])}"
    return {"seed": seed, "kind": "record", "family": family, "sentence": template.format(N=written),
            "expected": template.format(N=pseudonym)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    from redact.normalise import fold_key

    name, pseudonym, _ = PEOPLE[case["family"]]
    pseudonym_words = set(pseudonym.split())
    for word in name.split():
        if len(word) > 3 and word not in pseudonym_words \
                and re.search(rf"(?<!\w){re.escape(fold_key(word))}(?!\w)", fold_key(output)):
            return "left"
    if case["kind"] == "control":
        return "changed" if output != case["sentence"] else None
    return None if output == case["expected"] else "mapping"


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="--show" in sys.argv)
