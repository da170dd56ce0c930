"""Fictional sentences that call a LISTED person by letters the rules do not give (helper ``initials49``,
2026-12-06): initials with a middle letter the rules do not list, defined after the name or not ("Hodan Warsame
(H.A.W.) rang. H.A.W. said no.", "Hodan Warsame rang. HAW said no."), initials glued or set before the listed
surname ("H.A.Warsame", "K. M. Farah"), another person's letters before the listed surname ("J. Warsame", someone
else of the family), and an unlisted person's initials defined with a description after a comma ("Tariq Hussain (TH,
her partner)").

Each case is one short draft from fixed sentences with slots; ``outcome(case)`` reads the redacted text back
against the sentences and says what went wrong, or None: ``leak`` (a listed name's word, or letters a listed person
was called by, survive), ``mapping`` (a slot is not the person's replacement: another number, another pseudonym, a
place), ``reads`` (the letters kept beside the replacement, or the sentence's other words changed). Names from many
communities; the letters bare, dotted ("H.A.W."), spaced ("H. A. W."); at a sentence's start, in brackets, as an
owner ("HAW's"). Letters that are an acronym of a report (``redact/data/acronyms.txt``) or an English word are not
generated for an undefined use: a report writes those for the thing.
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(7000, 7050)

LISTED = [("Hodan", "Warsame", "Mary"), ("Gurpreet", "Dhillon", "Raj"), ("Beata", "Nowak", "Ewa"),
          ("Chidi", "Okafor", "Ben"), ("Siobhan", "Brennan", "Clare"), ("Nguyen", "Thanh", "Lan"),
          ("Oksana", "Kovalenko", "Iryna"), ("Kwame", "Mensah", "Kofi"), ("Fatima", "Begum", "Sara"),
          ("Ioana", "Popescu", "Ana"), ("Ewan", "Mbeki", "Sam"), ("Aisha", "Rahman", "Noor"),
          ("Tomasz", "Wiśniewski", "Piotr"), ("Leyla", "Yilmaz", "Elif"), ("Precious", "Adeyemi", "Joy"),
          ("Darren", "Pryce", "Neil"), ("Zhang", "Wei", "Jun"), ("Mariam", "Tesfaye", "Selam"),
          ("Niamh", "O'Brien", "Orla"), ("Sean", "McDonald", "Liam"), ("Łukasz", "Żak", "Marek"),
          ("Şükrü", "Öztürk", "Emre")]
UNLISTED = [("Tariq", "Hussain"), ("Dorota", "Zielinska"), ("Winston", "Campbell"), ("Parveen", "Akhtar"),
            ("Sipho", "Dlamini"), ("Bronagh", "Quinn"), ("Kemal", "Demir"), ("Luwam", "Ghebre"),
            ("Rashida", "Javed"), ("Faisal", "Qureshi"), ("Eilidh", "Fraser"), ("Joanna", "Lewandowska")]
VERBS = ["rang the police", "said no", "told the officer she was scared", "did not attend", "moved to the flat"]


def _spell(letters: str, how: str) -> str:
    return {"bare": letters, "dotted": "".join(f"{c}." for c in letters),
            "spaced": " ".join(f"{c}." for c in letters)}[how]


def _fine_letters(letters: str) -> bool:
    from redact.initials import is_other_capital_word

    return not is_other_capital_word(letters)


# the kinds of case, each: sentences with slots ({N} the name as written, {I} the letters, {S} a surname form),
# and what each slot should become: "P" the listed pseudonym, "U" the unlisted person's one number
DEFINED = [("{N} ({I}) {v}. {I} {w}.", "defined in brackets"),
           ("{N} ('{I}') {v}. Later {I} {w}.", "defined quoted"),
           ("{N} (hereafter {I}) {v}. {I}'s partner {w}.", "defined hereafter"),
           ("{N}, referred to in this report as {I}, {v}. The officer spoke to {I} at the scene.", "defined clause"),
           ("{N} ({I}) {v}. Police arrested {I} at the address. {I} {w}.", "defined in brackets")]
UNDEFINED = [("{N} {v}. {I} {w}.", "undefined speaker"),
             ("{N} {v}. Police arrested {I} at the address.", "undefined object"),
             ("{N} {v}. {I}'s sister {w}.", "undefined possessive")]
GLUED = [("{G} {v}.", "glued at start"), ("Police spoke to {G} on the doorstep.", "glued object"),
         ("A statement by {G} was read out.", "glued object"), ("{G}'s sister {w}.", "glued possessive"),
         ("The letter (to {G}) was returned.", "glued in brackets")]
COMMA = [("{N} ({I}, her partner) {v}. {I} {w}.", "defined with description"),
         ("{N} ({I}, his brother) {v}. Later {I} {w}.", "defined with description")]


def _letters(rng: random.Random, given: str, surname: str, middle_count: int = 1) -> str:
    from redact.initials import ascii_letter

    # the letters as typed on an English keyboard or with their marks ("LPZ", "ŁPŻ")
    plain = rng.random() < 0.5
    while True:
        middle = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWYZ") for _ in range(middle_count))
        first, last = (ascii_letter(given[0]), ascii_letter(surname[0])) if plain else (given[0], surname[0])
        letters = first + middle + last
        if _fine_letters(letters):
            return letters


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    chosen = rng.sample(LISTED, 2)
    (given, surname, pseudonym), (og, osn, opseud) = chosen
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
             "people": [{"name": f"{g} {s}", "pseudonym": p} for g, s, p in chosen]}
    v, w = rng.sample(VERBS, 2)
    how = rng.choice(["bare", "dotted", "spaced"])
    kind = rng.choice(["defined", "undefined", "glued", "other letters", "description"])
    slots: list[tuple[str, str]] = []     # (the text in the slot, what it should become)
    if kind in ("defined", "undefined"):
        letters = _letters(rng, given, surname, rng.choice((1, 1, 2)) if kind == "defined" else 1)
        template, label = rng.choice(DEFINED if kind == "defined" else UNDEFINED)
        written = _spell(letters, how)
        text = template.format(N=f"{given} {surname}", I=written, v=v, w=w)
        expected = template.format(N=pseudonym, I=pseudonym, v=v, w=w)
        if kind == "defined":
            expected = re.sub(re.escape(pseudonym) + r" \((?:hereafter )?'?" + re.escape(pseudonym) + r"'?\)",
                              pseudonym, expected)
            # (as for the letters the rules give: ``redact.grammar``'s "by another name")
            expected = expected.replace(f"{pseudonym}, referred to in this report as {pseudonym},",
                                        f"{pseudonym}, referred to in this report by another name,")
        letters_written = [written]
    elif kind in ("glued", "other letters"):
        first = rng.choice([given[0], _ascii_first(given)]) if kind == "glued" else rng.choice(
            [c for c in "ABCDEFGHJKLMNPRSTW" if c != _ascii_first(given)])
        letters = first + rng.choice("ABCDEFGHJKLMNPRSTW")
        shape = rng.choice(["dotted glued", "dotted", "spaced", "bare", "titled"])
        if shape == "dotted glued":
            written = f"{letters[0]}.{letters[1]}.{surname}"
        elif shape == "dotted":
            written = f"{letters[0]}.{letters[1]}. {surname}"
        elif shape == "spaced":
            written = f"{letters[0]}. {letters[1]}. {surname}"
        elif shape == "bare":
            written = f"{letters} {surname}"
        else:
            written = f"Mx {letters[0]}.{letters[1]}.{surname}"
        template, label = rng.choice(GLUED)
        label = ("glued " if kind == "glued" else "other letters ") + shape
        text = template.format(G=written, v=v, w=w)
        # the listed person's own letters: the pseudonym alone; another's: somebody of the family, unlisted
        # (a title before an unlisted person stays or goes by ``policy.titles``: "Mx Person 1")
        expected = template.format(G=pseudonym if kind == "glued" else ("Mx §" if shape == "titled" else "§"), v=v, w=w)
        letters_written = [letters]
    else:
        ug, us = rng.choice(UNLISTED)
        letters = _ascii_first(ug) + _ascii_first(us)
        written = _spell(letters, how)
        template, label = rng.choice(COMMA)
        text = template.format(N=f"{ug} {us}", I=written, v=v, w=w)
        expected = template.format(N="§", I="§", v=v, w=w)
        letters_written = [written]
    # the other listed person's own sentence
    text += f" {og} {osn} was 34 in 2023."
    expected += f" {opseud} was 34 in 2023."
    return {"seed": seed, "kind": kind, "label": label, "text": text, "expected": expected, "rules": rules,
            "pseudonym": pseudonym, "words": [given, surname, og, osn], "letters": letters,
            "letters_written": letters_written, "slots": slots}


def _ascii_first(word: str) -> str:
    from redact.initials import ascii_letter

    return ascii_letter(word[0])


def _letters_pattern(letters: str) -> re.Pattern:
    return re.compile(r"(?<![^\W\d_])" + r"[.\s]{0,2}".join(map(re.escape, letters)) + r"\.?(?![^\W\d_]{2})")


def outcome(case: dict, redactor=None) -> str | None:
    """What went wrong with one case ("leak: ...", "mapping: ...", "reads: ..."), or None."""
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    out = (redactor or Redactor(parse_rules(case["rules"]))).redact_text(case["text"])
    for word in case["words"]:
        if re.search(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", out, re.IGNORECASE):
            return f"leak: {word!r} in {out!r}"
    if case["kind"] in ("defined", "undefined", "glued") and _letters_pattern(case["letters"]).search(out):
        return f"leak: letters in {out!r}"
    expected = case["expected"]
    if "§" in expected:
        # an unlisted person: every slot one "Person N", the same number
        pattern = re.escape(expected).replace(re.escape("Mx §"), r"(?:Mx )?§").replace(re.escape("§"), r"(Person \d+)")
        if case["kind"] == "description":
            # "Person 1 (her partner)" reads best; "Person 1 (Person 1, her partner)" is the same person
            pattern = pattern.replace(r"\ \((Person \d+),\ ", r"\ \((?:(Person \d+),\ )?", 1)
        found = re.fullmatch(pattern, out)
        if found is None:
            return f"mapping: {out!r}"
        numbers = {group for group in found.groups() if group}
        if len(numbers) != 1:
            return f"mapping: numbers differ in {out!r}"
        if case["kind"] == "description" and found.group(2):
            return f"reads: letters again in the bracket: {out!r}"
        return None
    if out != expected:
        if re.search(r"Person \d+|Place \d+", out) or out.count(case["pseudonym"]) != expected.count(case["pseudonym"]):
            return f"mapping: {out!r} (want {expected!r})"
        return f"reads: {out!r} (want {expected!r})"
    return None


if __name__ == "__main__":
    import sys

    from seed_tally import print_tallies

    sets = [("tuned", TUNED)] + ([("held-back", HELD_BACK)] if "--held-back" in sys.argv else [])
    print_tallies(make_case, outcome, sets)
