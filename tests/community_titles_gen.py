"""A title or word of respect of a community the tables did not yet know, before (or after) a listed person's given
name: the Brazilian "Seu José", the Eritrean and Ethiopian "Ato Tesfay", "Weyzero Abeba", "W/ro Abeba", the Oromo
"Obbo Tolosa", the Akan "Opanin Kwame", "Agya Kwame", the Afghan "Agha Hamid", "Hamid Agha", the Kurdish "Kak
Aras", "Mamosta Aras", the Tamil "Thiru Suresh", "Selvi Kavitha", the Hindi and Gujarati "Shri Mahesh", "Smt
Rekha", the Greek "Kyria Eleni", the Albanian "Zoti Arben", the Turkish "Hoca Mehmet", "Mehmet Efendi", the Levantine
"Ammo Sami", "Sitt Rania", the Jamaican "Maas Winston", "Sista Pearline", the Thai "Khun Somchai" (2026-12-08, from
redteam57's fictional drafts: "Opanin Kwame was respected" came out "Person 1 was respected", the listed man's
pseudonym lost to an unknown person).

The titles are written out here, not read from ``redact.lexicon.TITLES``, so the test does not check the table
against itself.

Kinds:
  "before"   the title before the listed given name: the title stays, the pseudonym follows ("Opanin Kofi");
  "after"    a word of respect after the given name ("Hamid Agha" -> "Karim Agha");
  "unlisted" the title before a given name of the community nobody lists: no listed pseudonym may appear, and the
             title must not be taken for a listed person's name;
  "alone"    a family's word for a parent, grandparent or elder of these communities, alone or honoured ("Agya",
             "Eomma", "Vovó", "Bibi ji", "Madar jan"), in a sentence naming nobody listed: it must not change (it
             was "Person 1 ji");
  "control"  the title's word in ordinary English or as a place ("Sri Lanka", "the bay", "Papa John's"), no listed
             name in the sentence: the sentence must not change.
Each case: {"seed", "kind", "family" (index in FAMILIES), "sentence", "expected"}; ``outcome``: "left" (a listed
name word survives), "mapping" (not the expected sentence), "changed" (a control changed), "listed" (an unlisted
person given a listed pseudonym).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/community_titles_gen.py [--show]
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 8
M, F, X = "m", "f", ""

# (listed people [(name, pseudonym, sex)], titles before a given name [(title, sex)], words after one [(word, sex)],
#  unlisted given names of the community [(name, sex)])
FAMILIES = [
    ([("José Carlos Pereira", "Paulo", M), ("Antônia Ferreira", "Lucia", F)],
     [("Seu", M), ("Dona", F)], [], [("Sebastião", M), ("Raimunda", F)]),
    ([("Tesfay Gebremedhin", "Daniel", M), ("Abeba Haile", "Selam", F)],
     [("Ato", M), ("Weyzero", F), ("W/ro", F), ("Weyzerit", F)], [], [("Mulugeta", M), ("Tsehay", F)]),
    ([("Tolosa Bekele", "Amanuel", M), ("Chaltu Gemechu", "Hawi", F)],
     [("Obbo", M), ("Aadde", F), ("Ato", M)], [], [("Fayisa", M), ("Lalise", F)]),
    ([("Kwame Boateng", "Kofi", M), ("Akosua Boateng", "Abena", F)],
     [("Opanin", M), ("Agya", M), ("Papa", M), ("Obaapanin", F)], [], [("Yaw", M), ("Adwoa", F)]),
    ([("Hamid Wali", "Karim", M), ("Farishta Wali", "Nazia", F)],
     [("Agha", M), ("Kaka", M)], [("Agha", M), ("Khanum", F), ("jan", X)], [("Zalmai", M), ("Gulalai", F)]),
    ([("Aras Ahmed", "Soran", M), ("Shilan Ahmed", "Nazdar", F)],
     [("Kak", M), ("Mamosta", M)], [("Xanim", F)], [("Rebwar", M), ("Rezan", F)]),
    ([("Suresh Ravi", "Kumar", M), ("Kavitha Ravi", "Priya", F)],
     [("Thiru", M), ("Selvan", M), ("Thirumathi", F), ("Tmt", F), ("Selvi", F)], [], [("Murugan", M), ("Vasuki", F)]),
    ([("Mahesh Patel", "Ramesh", M), ("Rekha Patel", "Meena", F)],
     [("Shri", M), ("Shree", M), ("Sri", M), ("Shrimati", F), ("Smt", F), ("Kumari", F)], [("bhai", M), ("ben", F)],
     [("Jayesh", M), ("Hansa", F)]),
    ([("Andreas Christou", "Nikos", M), ("Eleni Christou", "Maria", F)],
     [("Kyrios", M), ("Kyria", F)], [], [("Stelios", M), ("Despina", F)]),
    ([("Arben Hoxha", "Ilir", M), ("Drita Hoxha", "Mira", F)],
     [("Zoti", M), ("Zonja", F)], [], [("Besnik", M), ("Valbona", F)]),
    ([("Mehmet Yilmaz", "Ali", M), ("Ayşe Yilmaz", "Elif", F)],
     [("Hoca", M), ("Hacı", M), ("Sayın", X)], [("Efendi", M), ("Bey", M), ("Hanım", F), ("Abla", F)],
     [("Mustafa", M), ("Fatma", F)]),
    ([("Sami Haddad", "Omar", M), ("Rania Haddad", "Lina", F)],
     [("Ammo", M), ("Hajj", M), ("Sitt", F), ("Khalto", F)], [], [("Nabil", M), ("Samira", F)]),
    ([("Winston Brown", "Trevor", M), ("Pearline Brown", "Marcia", F)],
     [("Maas", M), ("Bredda", M), ("Sista", F)], [], [("Delroy", M), ("Hyacinth", F)]),
    ([("Somchai Wongsakul", "Niran", M), ("Malee Wongsakul", "Ploy", F)],
     [("Khun", X)], [], [("Prasert", M), ("Siriporn", F)]),
]

SENTENCES = ["{N} was kind to her.", "The panel heard that {N} visited every week.", "She told {N} about the bruises.",
             "According to {N}, the couple argued often.", "{N} did not attend the meeting.",
             "A neighbour said {N} was feared.", "In interview, {N} said the family knew nothing.",
             "Her friend asked {N} for help in March.", "The chair wrote to {N} twice."]

# the titles' words in ordinary English and as places, where no person is named
# (a place abroad or a saint's church would be replaced as a place whatever its words: not here)
CONTROLS = ["The family had lived in Sri Lanka until 2009.", "She walked along the bay every morning.",
            "They ordered from Papa John's that evening.", "He attended Mass each Sunday with his mother.",
            "They stayed at a hotel by the bay.", "Her Smt certificate was out of date.",
            "She bought a bay leaf and a lemon.", "Bay windows faced the road.", "The Bayan hotel was full.",
            "His sister called him Papa Bear as a joke.", "The Kaka football shirt hung on the door.",
            "Sista, she wrote, you have to leave.", "The Sitt family was not known to services.",
            "Papa said nothing when the police arrived."]


# a family's word for a parent, grandparent, elder or sibling, alone or with a word of respect after it
KIN_ALONE = ["Agya", "Kaka", "Sista", "Bredda", "Eomma", "Appa", "Halmeoni", "Okaasan", "Obaachan", "Abbo", "Vovó",
             "Abuela", "Madar jan", "Bibi ji", "Mata ji", "Hooyo", "Bhai ji", "Ammi jaan", "Khalto", "Abla"]
KIN_SENTENCES = ["{K} was angry when she left.", "She said {K} had warned her.", "The children stayed with {K} that week.",
                 "{K} rang the police in March.", "According to her brother, {K} never knew."]


def _rules(family: int) -> dict:
    return {"version": 1, "review": "generated",
            "people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym, _ in FAMILIES[family][0]],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def _fits(title_sex: str, person_sex: str) -> bool:
    return not title_sex or title_sex == person_sex


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"community_titles:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    people, before, after, unlisted = FAMILIES[family]
    template = rng.choice(SENTENCES)
    kind = rng.choice(["before", "before", "before", "after", "unlisted", "control", "alone"])
    if kind == "after" and not after:
        kind = "before"
    if kind == "control":
        return {"seed": seed, "kind": kind, "family": family, "sentence": rng.choice(CONTROLS), "expected": ""}
    if kind == "alone":
        return {"seed": seed, "kind": kind, "family": family,
                "sentence": rng.choice(KIN_SENTENCES).format(K=rng.choice(KIN_ALONE)), "expected": ""}
    if kind == "unlisted":
        title, sex = rng.choice(before)
        name = rng.choice([given for given, given_sex in unlisted if _fits(sex, given_sex)])
        return {"seed": seed, "kind": kind, "family": family, "sentence": template.format(N=f"{title} {name}"),
                "expected": ""}
    name, pseudonym, sex = rng.choice(people)
    given = name.split()[0]
    if kind == "after":
        fitting = [word for word, word_sex in after if _fits(word_sex, sex)] or [after[0][0]]
        word = rng.choice(fitting)
        if not _fits(dict(after)[word], sex):
            name, pseudonym, sex = next(person for person in people if _fits(dict(after)[word], person[2]))
            given = name.split()[0]
        return {"seed": seed, "kind": kind, "family": family, "sentence": template.format(N=f"{given} {word}"),
                "expected": template.format(N=f"{pseudonym} {word}")}
    title = rng.choice([title for title, title_sex in before if _fits(title_sex, sex)]
                       or [title for title, _ in before])
    title_sex = dict(before)[title]
    if not _fits(title_sex, sex):
        name, pseudonym, sex = next(person for person in people if _fits(title_sex, person[2]))
        given = name.split()[0]
    return {"seed": seed, "kind": kind, "family": family, "sentence": template.format(N=f"{title} {given}"),
            "expected": template.format(N=f"{title} {pseudonym}")}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    people = FAMILIES[case["family"]][0]
    for name, _, _ in people:
        for word in name.split():
            if re.search(rf"(?<![\w-]){re.escape(word)}(?!\w)", output):
                return "left"
    if case["kind"] in ("control", "alone"):
        return "changed" if output != case["sentence"] else None
    if case["kind"] == "unlisted":
        pseudonyms = "|".join(re.escape(pseudonym) for _, pseudonym, _ in people)
        return "listed" if re.search(rf"(?<!\w)(?:{pseudonyms})(?!\w)", output) else None
    return None if output == case["expected"] else "mapping"


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="--show" in sys.argv)
