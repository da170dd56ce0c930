"""Generated cases: a listed person's whole name written with a second surname joined on by a hyphen, as a name
taken on marriage is written ("Hodan Warsame-Ali" of a listed Hodan Warsame, "Katarzyna Nowak-Kowalska",
"Siobhan Byrne-Murphy's mother"): her given name and surname both stand in it, so it is she and takes her
pseudonym whole ("Mary", never "Mary-Ali" or an unlisted "Person 1"). Controls: another given name with her surname
barrelled ("Amara Warsame-Carver": somebody else, never her pseudonym), and her surname alone barrelled after a
title ("Ms Warsame-Ali": somebody of her family, as before); the other surname first ("Hodan Ali-Warsame": neither
surname may stay, whoever it is). Every name one time in seven in capitals, as tables and headings write it.

Each case: (rules, sentence, must go, pseudonym that must appear or None, pseudonym that must not appear or None).
Seeds: TUNED looked at while fixing, HELD_BACK only counted (``python tests/double_barrelled_names_gen.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 120), range(3000, 3120)

# (given, surname) per community, and surnames people join on
PEOPLE = [("Hodan", "Warsame"), ("Khadra", "Farah"), ("Siobhan", "Byrne"), ("Katarzyna", "Nowak"),
          ("Aisha", "Rahman"), ("Chiamaka", "Okafor"), ("Leanne", "Pritchard"), ("Mei Ling", "Chen"),
          ("Harpreet", "Kaur"), ("Rhiannon", "Llewellyn"), ("Fatma", "Yilmaz"), ("Shanice", "Campbell"),
          ("Eilidh", "Fraser"), ("Nadia", "Haddad"), ("Precious", "Mensah"), ("Mirela", "Popescu"),
          ("Tomasz", "Zielinski"), ("Imran", "Hussain"), ("Gareth", "Evans"), ("Kwame", "Asante")]
BARRELS = ["Ali", "Smith", "Murphy", "Kowalska", "Begum", "Adeyemi", "Jones", "Wong", "Singh", "Hughes",
           "Demir", "Brown", "MacLeod", "Khoury", "Boateng", "Stan", "Walsh", "O'Neill", "Davies", "Owusu"]
OTHER_GIVEN = ["Amara", "Bethan", "Joanne", "Rukhsana", "Olga", "Femi", "Dylan", "Yusuf", "Lily", "Mateusz"]
PSEUDONYMS = ["Mary", "Ruth", "Anna", "Grace", "Helen", "Sarah", "Emma", "Clare"]
FRAMES = ["{n} rang the police on a Friday.", "Police spoke to {n} at the address.", "{p} mother attended the panel.",
          "The GP letter was addressed to {n}.", "| 2021 | {n} attended A&E with bruising | Hospital |",
          "In interview, {n} said she had been afraid for years.", "The referral named {n} as the person at risk.",
          "A neighbour heard {n} shouting.", "{n}, then 34, moved to the flat in 2019.",
          "According to her sister, {n} had changed her name on marriage."]


def case(seed: int):
    rng = random.Random(seed)
    given, surname = rng.choice(PEOPLE)
    barrel = rng.choice([b for b in BARRELS if b != surname])
    pseudonym = rng.choice(PSEUDONYMS)
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": pseudonym}]}
    kind = rng.choice(["hers", "hers", "hers", "other given", "title", "joined before"])
    if kind == "hers":
        name = f"{given} {surname}-{barrel}"
        if rng.random() < 0.15:
            name = name.upper()
    elif kind == "other given":
        name = f"{rng.choice([g for g in OTHER_GIVEN if g != given])} {surname}-{barrel}"
    elif kind == "title":
        name = f"{rng.choice(['Ms', 'Mrs', 'Miss'])} {surname}-{barrel}"
    else:
        # the other surname first: "Hodan Ali-Warsame" (whoever she is, neither surname may stay)
        name = f"{given} {barrel}-{surname}"
    if kind != "hers" and rng.random() < 0.15:
        name = name.upper()
    frame = rng.choice(FRAMES)
    possessive = rng.choice(["'s", "’s"])
    text = frame.format(n=name, p=name + possessive)
    must_go = [surname, barrel]
    if kind == "joined before":
        return rules, text, must_go, None, None
    if kind == "hers":
        return rules, text, must_go + [given.split()[0]], pseudonym, None
    return rules, text, must_go, None, pseudonym


def problems(rules, text, must_go, must_appear, must_not_appear, redact_text) -> list[str]:
    out = redact_text(text, rules)
    found = [f"left {word!r}: {out}" for word in must_go if word.casefold() in out.casefold().replace(
        (must_appear or "\0").casefold(), "")]
    if must_appear and must_appear.casefold() not in out.casefold():
        found.append(f"not her pseudonym: {out}")
    if must_appear and re.search(r"(?i)person \d", out):
        found.append(f"read as somebody else: {out}")
    if must_not_appear and must_not_appear.casefold() in out.casefold():
        found.append(f"another taken for her: {out}")
    return found


if __name__ == "__main__":
    import sys
    sys.path.insert(0, "tests")
    from quietly import redact_text

    for label, seeds in (("tuned", TUNED), ("held back", HELD_BACK)):
        bad = {seed: problems(*case(seed), redact_text) for seed in seeds}
        hers = [seed for seed in seeds if case(seed)[3]]
        print(f"{label}: hers {len(hers)}, wrong {sum(1 for s in hers if bad[s])}; controls {len(seeds) - len(hers)}, "
              f"wrong {sum(1 for s in seeds if s not in hers and bad[s])}")
        if label == "tuned":
            for seed in seeds:
                for p in bad[seed]:
                    print("  ", case(seed)[1], "|", p)
