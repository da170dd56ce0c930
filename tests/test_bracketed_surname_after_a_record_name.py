"""A family surname written again in brackets right beside a listed person's name is that person's.

Found in a chronology row: with Ștefan Stănescu ("Neil") and Ioana Stănescu ("Nell") listed, "STĂNESCU, Ștefan
(STANESCU)" became "Neil (NELL)": the bracketed spelling without diacritics is a form both share, and a shared form
went, by exclusion, to the listed person *not* named in the sentence, here the very person it spells again. The
same with the surname as written, in other capitals, after "aka", "also spelt", in square brackets or after a
slash, after the name in any order ("Ioana STĂNESCU", "Ms Stănescu"), and before a bracketed given name ("Mr
STĂNESCU (Ștefan)" became the son's pseudonym). A shared form in brackets beside one person's own form is that
person, and the whole reads "Neil" (``join_forms_of_one_person``).

Each family (the victim, the perpetrator, a son and a daughter, one surname in its gendered forms where the
language has them) comes from one community; the rows, name shapes and bracket forms are drawn at random. The
tuned seed runs in ``test_..._tuned``, the held-back seed in ``test_..._held_back``; ``python
tests/test_bracketed_surname_after_a_record_name.py SEED`` counts a seed's failures.
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from functools import lru_cache

import pytest

from conftest import quiet_redactor

from redact.verify import Text, verify_texts

TUNED_SEED, HELD_BACK_SEED = 5101, 5177

# community: (masculine surname, feminine surname, (victim, daughter), (perpetrator, son))
FAMILIES = {
    "Polish": ("Zieliński", "Zielińska", ("Agnieszka", "Małgorzata"), ("Tomasz", "Paweł")),
    "Romanian": ("Stănescu", "Stănescu", ("Ioana", "Mădălina"), ("Ștefan", "Andrei")),
    "Lithuanian": ("Kazlauskas", "Kazlauskienė", ("Rūta", "Jūratė"), ("Tomas", "Mantas")),
    "Somali": ("Warsame", "Warsame", ("Hodan", "Ayaan"), ("Abdirahman", "Mahad")),
    "Nigerian": ("Okafor", "Okafor", ("Ngozi", "Chiamaka"), ("Chukwuemeka", "Obinna")),
    "Ghanaian": ("Asante", "Asante", ("Abena", "Akosua"), ("Kwabena", "Yaw")),
    "Pakistani": ("Qureshi", "Qureshi", ("Ayesha", "Sana"), ("Imran", "Bilal")),
    "Indian": ("Deshpande", "Deshpande", ("Anjali", "Priyanka"), ("Rajesh", "Vikram")),
    "Bangladeshi": ("Chowdhury", "Chowdhury", ("Farzana", "Rumana"), ("Shahidul", "Rashed")),
    "Chinese": ("Zhou", "Zhou", ("Xiaoling", "Meiling"), ("Jianguo", "Haoran")),
    "Turkish": ("Yılmaz", "Yılmaz", ("Ayşe", "Elif"), ("Mehmet", "Emre")),
    "Arab": ("Haddad", "Haddad", ("Mariam", "Layla"), ("Khalid", "Yousef")),
    "Caribbean": ("Campbell", "Campbell", ("Marcia", "Beverley"), ("Delroy", "Winston")),
    "Welsh": ("Llewellyn", "Llewellyn", ("Angharad", "Siân"), ("Rhodri", "Gethin")),
    "Irish": ("Ó Ceallaigh", "Ó Ceallaigh", ("Siobhán", "Aoife"), ("Pádraig", "Ciarán")),
    "Scottish": ("MacLeod", "MacLeod", ("Morag", "Eilidh"), ("Hamish", "Euan")),
    "English": ("Whitfield", "Whitfield", ("Joanne", "Claire"), ("Darren", "Craig")),
}
# victim, daughter, perpetrator, son
PSEUDONYMS = ("Nell", "Clara", "Neil", "Adam")
TITLES = ("Ms", "Miss", "Mr", "Mr")

# {name} the listed person's own form, {again} the surname written again
BESIDE = ["{name} ({again})", "{name} [{again}]", "{name} (aka {again})", "{name} (also spelt {again})",
          "{name} (also {again})", "{name} / {again}", "{name} ('{again}')"]
ROWS = ["14/03/2021\t{subject}\tArrested on suspicion of assault; released under investigation.",
        "Name: {subject}",
        "| 2019 | {subject} | Referral to MARAC |",
        "Police checks on {subject} returned two previous call-outs.",
        "{subject} was seen by the GP on 3 March.",
        "{subject} and {other} were both at the address when officers arrived.",
        "{other} told the IDVA that {subject} had moved out."]


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def redactor(community: str):
    masculine, feminine, (victim, daughter), (perpetrator, son) = FAMILIES[community]
    names = (f"{victim} {feminine}", f"{daughter} {feminine if community != 'Lithuanian' else 'Kazlauskaitė'}",
             f"{perpetrator} {masculine}", f"{son} {masculine}")
    return quiet_redactor({"people": [{"name": n, "pseudonym": p} for n, p in zip(names, PSEUDONYMS)]}), names


def _people(community: str) -> list[tuple[str, str, str, str]]:
    """(given, surname, pseudonym, title) of each listed person whose surname another listed person shares."""
    names = redactor(community)[1]
    surnames = [n.split(" ", 1)[1] for n in names]
    return [(n.split(" ", 1)[0], s, p, t) for n, s, p, t in zip(names, surnames, PSEUDONYMS, TITLES)
            if surnames.count(s) > 1]


def _own_forms(given: str, surname: str, title: str, rng: random.Random) -> tuple[str, str]:
    """(the person's own form, the surname written again), in one of the shapes records and prose use."""
    again = rng.choice(sorted({surname.upper(), _plain(surname).upper(), _plain(surname), surname}))
    shape = rng.randrange(6)
    if shape == 0:
        return f"{surname.upper()}, {given}", again
    if shape == 1:
        return f"{surname}, {given}", again
    if shape == 2:
        return f"{given} {surname.upper()}", again
    if shape == 3:
        return f"{given} {surname}", again
    if shape == 4:
        return f"{surname.upper()} {given}", again
    return f"{surname.upper()}, {given}", _plain(surname).upper()     # the chronology row that showed it


def cases(seed: int, count: int) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(community, text, the expected output as a pattern, the pseudonyms that must not appear)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        community = sorted(FAMILIES)[i % len(FAMILIES)]
        people = _people(community)
        given, surname, pseudonym, title = rng.choice(people)
        own, again = _own_forms(given, surname, title, rng)
        if rng.random() < 0.2:
            # the surname first, alone or after a title, the person's own given name in brackets after it
            titled = f"{title} {again}" if rng.random() < 0.5 else again
            # (the whole is the person once: ``join_forms_of_one_person``)
            subject, pattern = f"{titled} ({given})", "{p}"
        else:
            beside = rng.choice(BESIDE)
            subject = beside.format(name=own, again=again)
            # in brackets or quotes the surname written again goes with the name, once: "Neil", not "Neil (NEIL)"
            pattern = beside.format(name="{p}", again="{p}") if "/" in beside else "{p}"
        others = [n for n in redactor(community)[1] if n.split(" ", 1)[0] != given]
        other = rng.choice(others)
        other_pseudonym = PSEUDONYMS[redactor(community)[1].index(other)]
        row = rng.choice(ROWS)
        text = row.format(subject=subject, other=other)
        expected = re.escape(row).replace(re.escape("{subject}"), re.escape(pattern).replace(
            re.escape("{p}"), f"(?i:{re.escape(pseudonym)})")).replace(re.escape("{other}"), re.escape(other_pseudonym))
        wrong = tuple(p for p in PSEUDONYMS if p not in (pseudonym, other_pseudonym) or
                      (p == other_pseudonym and "{other}" not in row))
        out.append((community, text, expected, wrong))
    return out


def goes_wrong(community: str, text: str, expected: str, wrong: tuple[str, ...]) -> str | None:
    out = redactor(community)[0].redact_text(text)
    if not re.fullmatch(expected, out):
        return f"{community}: {text!r} -> {out!r}"
    if any(p.lower() in out.lower() for p in wrong) or "Person" in out:
        return f"{community}: {text!r} -> {out!r} (another person's pseudonym)"
    if not verify_texts(redactor(community)[0].rules, [Text("row", out)]).ok:
        return f"{community}: {text!r} -> {out!r} (verify reports the output)"
    return None


def test_every_community_has_a_shared_surname():
    assert all(_people(c) for c in FAMILIES)


@pytest.mark.parametrize("community,text,expected,wrong", cases(TUNED_SEED, 120))
def test_the_bracketed_surname_is_the_same_persons_tuned(community, text, expected, wrong):
    assert goes_wrong(community, text, expected, wrong) is None


@pytest.mark.parametrize("community,text,expected,wrong", cases(HELD_BACK_SEED, 68))
def test_the_bracketed_surname_is_the_same_persons_held_back(community, text, expected, wrong):
    assert goes_wrong(community, text, expected, wrong) is None


# ------------------------------------------------------------------ what the change must not take

def test_a_bare_shared_surname_still_goes_by_exclusion():
    """Without brackets, the shared surname in a sentence naming one of two listed people is the other one."""
    r = quiet_redactor({"people": [{"name": "Ștefan Stănescu", "pseudonym": "Neil"},
                                   {"name": "Ioana Stănescu", "pseudonym": "Nell"}]})
    out = r.redact_text("Ioana Stănescu said that Stanescu had left. STĂNESCU, Ștefan – STANESCU hit her.")
    assert out == "Nell said that Neil had left. Neil – NELL hit her.", out


def test_a_bracketed_other_person_stays_the_other_person():
    r = redactor("Somali")[0]
    out = r.redact_text("WARSAME, Hodan (Abdirahman Warsame's wife)")
    assert out == "Nell (Neil's wife)", out


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else TUNED_SEED
    found = cases(seed, 120 if seed == TUNED_SEED else 68)
    wrong = [w for c in found if (w := goes_wrong(*c))]
    print(f"seed {seed}: {len(wrong)} of {len(found)} wrong")
    for line in wrong[:int(sys.argv[2]) if len(sys.argv) > 2 else 20]:
        print(" ", line)
