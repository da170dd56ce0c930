"""A name the document itself gives somebody, written later in small letters or in capitals.

Found by a lead's reading of a redacted fictional draft (2026-12-06):

- an unlisted relative apply finds itself ("Her mother Abrehet Kidane spoke to the panel" -> "Person 1") was
  propagated only to its capitalised uses: the quoted messages "abrehet pls" and "ABREHET call me" stayed;
- a nickname introduced after a listed GIVEN NAME alone ("Senait (known to her friends as Sena or Senu)",
  "Senait, known to everyone as Sena, worked nights", "Senait (or Sena, as her family called her)", "Senait
  (Sena)") became a new person, "Person 1", and "sena where r u" stayed while verify said clean.

Names and nicknames of many communities (Eritrean, Somali, Polish, Nigerian, Punjabi, Vietnamese, Irish, Roma,
Turkish, Chinese), in messages, chronology notes and headings in small letters and capitals. Must stay: words that
are names too but written in small letters as words ("will", "rose", "grace", "mark", "bill", "may", "sunny",
"hope", "amber"), a word of another language that is the found name too, in a sentence of that language ("hiç
umut yok"), and other people's names that nothing in the document introduces. A tuned seed and a held-back seed.
"""
from __future__ import annotations

import random
import re
from typing import NamedTuple

import pytest

from conftest import quiet_redactor
from redact.name_or_word import is_ordinary_word
from redact.verify import verify_texts

TUNED_SEED, HELD_BACK_SEED = 11, 4047


class Community(NamedTuple):
    key: str
    female: tuple[tuple[str, tuple[str, ...]], ...]    # (given name, its nicknames)
    male: tuple[tuple[str, tuple[str, ...]], ...]
    surnames: tuple[str, ...]


COMMUNITIES = (
    Community("eritrean", (("Senait", ("Sena", "Senu")), ("Hiwet", ("Hiwi",)), ("Freweyni", ("Frewi", "Fre")),
                           ("Abrehet", ("Abri",))),
              (("Yohannes", ("Yoni", "Jojo")), ("Tesfalem", ("Tesfu",)), ("Mebrahtu", ("Mebi",))),
              ("Gebremariam", "Tesfay", "Kidane", "Haile", "Woldemichael")),
    Community("somali", (("Hodan", ("Hodi",)), ("Faduma", ("Fadi", "Dumi")), ("Ifrah", ("Iffy",))),
              (("Abdirahman", ("Abdi",)), ("Liban", ("Libo",)), ("Guled", ("Gule",))),
              ("Warsame", "Jama", "Egal", "Hersi", "Farah")),
    Community("polish", (("Agnieszka", ("Aga", "Agusia")), ("Katarzyna", ("Kasia", "Kasiula")),
                         ("Małgorzata", ("Gosia",))),
              (("Wojciech", ("Wojtek",)), ("Grzegorz", ("Grzesiek", "Grzes")), ("Tomasz", ("Tomek",))),
              ("Wiśniewska", "Zielińska", "Dąbrowski", "Kowalczyk", "Nowak")),
    Community("nigerian", (("Funmilayo", ("Funmi",)), ("Chiamaka", ("Amaka", "Ama")), ("Ngozi", ("Ngo",))),
              (("Oluwaseun", ("Seun",)), ("Babatunde", ("Tunde",)), ("Chukwuemeka", ("Emeka",))),
              ("Okonkwo", "Adeyemi", "Okafor", "Balogun", "Eze")),
    Community("punjabi", (("Jaspreet", ("Jassi", "Jas")), ("Manjit", ("Manj",)), ("Navdeep", ("Navi",))),
              (("Harjinder", ("Harj", "Jindi")), ("Balwinder", ("Billa",)), ("Gurpreet", ("Gurp",))),
              ("Sandhu", "Dhaliwal", "Sidhu", "Grewal", "Bains")),
    Community("vietnamese", (("Hương", ("Tèo",)), ("Thảo", ("Bống",)), ("Trang", ("Mít",))),
              (("Tuấn", ("Tũn",)), ("Quang", ("Cún",)), ("Dũng", ("Tí",))),
              ("Nguyễn", "Phạm", "Trần", "Đặng", "Huỳnh")),
    Community("irish", (("Siobhán", ("Shiv", "Shivvy")), ("Róisín", ("Rosh",)), ("Caoimhe", ("Kweeva",))),
              (("Cathal", ("Cal",)), ("Tadhg", ("Taigy",)), ("Donnchadh", ("Donncha",))),
              ("Ó Ceallaigh", "McCarthy", "O'Sullivan", "Mac Giolla", "Ní Bhriain")),
    Community("roma", (("Florica", ("Flori",)), ("Esmeralda", ("Esma", "Essie")), ("Lavinia", ("Lavi",))),
              (("Ionuț", ("Nutu",)), ("Tamás", ("Tomi",)), ("Vasile", ("Vasi", "Lica"))),
              ("Lăcătuș", "Stoica", "Balogh", "Rostás", "Ciurar")),
    Community("turkish", (("Gülşen", ("Gülü",)), ("Fatma", ("Fatoş",)), ("Ayşe", ("Ayşecik",))),
              (("Mehmet", ("Memo",)), ("Hüseyin", ("Hüso",)), ("Serhat", ("Sero",))),
              ("Yılmaz", "Öztürk", "Çelik", "Aydın", "Kaya")),
    Community("chinese", (("Meiling", ("Meimei",)), ("Xiuying", ("Yingying",)), ("Huimin", ("Minmin",))),
              (("Junkit", ("Kitkit",)), ("Zhihao", ("Haohao",)), ("Weijie", ("Jiejie",))),
              ("Cheung", "Zhao", "Lau", "Wong", "Tsang")),
)

# ---------------------------------------------------------------- 1. a person apply found itself

RELATIONS = (("mother", True), ("sister", True), ("aunt", True), ("brother", False), ("uncle", False),
             ("cousin", False))
INTRODUCTIONS = ("Her {r} {g} {s} spoke to the panel.", "The victim's {r}, {g} {s}, gave a statement to police.",
                 "Her {r} {g} {s} attended the inquest.")
# a later use of the found given name {w} in small letters or in capitals
LATER_USES = ('Messages: "{w} pls" at 02:14.', 'She texted "{w} call me" and then nothing.',
              "14/02 21:40 text to {w}: 'where are u'", 'The last message read "{W} CALL ME NOW".',
              'He wrote "tell {w} im sorry" at 03:10.', "Phone note: missed call from {w} x3.",
              'Her reply, "{W} where r u", was never read.')
# ordinary words that are also names, as the same messages write them
ORDINARY = ('She texted "i will call u later".', 'He wrote "mark my words".', '"may i come round" she asked.',
            'The reply read "i hope ur ok".', '"pay the bill pls" was the last text.', 'She wrote "by the grace of god".',
            '"the rose bush is dead" he replied.', 'The school issued an amber warning.', 'A "sunny day" was promised.')
# a found name that is a word of another language too, in a sentence of that language: that word stays
FOREIGN = (("Umut", "Demir", 'She wrote "hiç umut yok artık" that night.', "umut"),
           ("Deniz", "Kaya", 'He texted "deniz kenarında bekliyorum" at 21:00.', "deniz"),
           ("Hoa", "Nguyễn", 'Her message said "mẹ mua hoa cho con" at noon.', "hoa"),
           ("Selam", "Haile", 'The card read "selam nay gofta yihabka".', "selam"),
           ("Preet", "Sandhu", 'The song was "tere naal preet lagayi".', "preet"))
# names nobody in the document is given, in small letters: nothing tells apply they are anyone's
NOT_INTRODUCED = ('She texted "tell kev i said hi".', 'The note read "ring dipo tmrw".')


def _relative_cases(seed: int, count: int):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        community = COMMUNITIES[index % len(COMMUNITIES)]
        relation, female = rng.choice(RELATIONS)
        given = rng.choice(community.female if female else community.male)[0]
        surname = rng.choice(community.surnames)
        uses = rng.sample(LATER_USES, 2)
        cases.append((community.key, relation, given, surname, rng.choice(INTRODUCTIONS), uses,
                      rng.sample(ORDINARY, 2), rng.choice(NOT_INTRODUCED)))
    return cases


def _victim(index: int) -> dict:
    community = COMMUNITIES[(index + 3) % len(COMMUNITIES)]
    return {"name": f"{community.female[0][0]} {community.surnames[0]}", "pseudonym": "Adult A", "role": "victim"}


_REDACTORS: dict[str, object] = {}


def _redactor(rules: dict):
    key = repr(rules)
    if key not in _REDACTORS:
        _REDACTORS[key] = quiet_redactor(rules)
    return _REDACTORS[key]


def _left(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text, re.IGNORECASE) is not None


def _relative_failures(community, relation, given, surname, intro, uses, ordinary, not_introduced) -> list[str]:
    rules = {"people": [_victim(len(given))], "dates": {"date_of_death": "2023-01-29"}}
    lines = [intro.format(r=relation, g=given, s=surname),
             *(use.format(w=given.lower(), W=given.upper()) for use in uses), *ordinary, not_introduced]
    redactor = _redactor(rules)
    out = redactor.redact_text("\n\n".join(lines))
    failures = []
    if _left(given, out):
        failures.append(f"{given} left in some case: {out!r}")
    for line in (*ordinary, not_introduced):
        if line not in out:
            failures.append(f"over-redacted {line!r}: {out!r}")
    return failures


def _foreign_failures(given, surname, sentence, word) -> list[str]:
    rules = {"people": [_victim(len(given))], "dates": {"date_of_death": "2023-01-29"}}
    text = f"Her brother {given} {surname} spoke to the panel.\n\n{sentence}\n\nMessages: \"{given.lower()} pls call\"."
    out = _redactor(rules).redact_text(text)
    failures = []
    if sentence not in out:
        failures.append(f"the word of another language went: {out!r}")
    if given in out:
        failures.append(f"{given} left: {out!r}")
    return failures


@pytest.mark.parametrize("case", _relative_cases(TUNED_SEED, 40), ids=lambda c: f"{c[0]}-{c[2]}")
def test_a_found_relative_goes_in_small_letters_and_capitals(case):
    assert not _relative_failures(*case)


@pytest.mark.parametrize("case", _relative_cases(HELD_BACK_SEED, 30), ids=lambda c: f"{c[0]}-{c[2]}")
def test_held_back_found_relative(case):
    assert not _relative_failures(*case)


@pytest.mark.parametrize("given, surname, sentence, word", FOREIGN)
def test_a_word_of_another_language_that_is_the_found_name_stays(given, surname, sentence, word):
    assert not _foreign_failures(given, surname, sentence, word)


# ---------------------------------------------------------------- 2. a nickname after a listed given name alone

NICKNAME_FORMS = (
    "{g} (known to her friends as {n} or {m}) had lived in the area since 2016.",
    "{g}, known to everyone as {n}, worked nights.",
    "{g} (or {n}, as her family called her) worked nights.",
    "{g} ({n}) worked nights at the depot.",
    "{g} (known as {n}) moved to the city in 2019.",
    "{g}, also known as {n} or {m}, worked nights.",
    "{g} (aka {n}) worked nights.",
    "{g} ({n} or {m} to her family) had lived in the area since 2016.",
    "{g} (called {n} by her friends) worked nights.",
    "{t} {s} (known to friends as {n}) worked nights.",
    "{g} {s} (known as {n} and {m}) worked nights.",
    "{g}, {n} to her family, worked nights.",
)
NICKNAME_LATER = ('Messages: "{n} where r u" at 02:14.', 'She texted "{N} CALL ME".', "{N} said she was scared.",
                  '21:40 text from {n}: "im outside"', "{n} was last seen at 11pm (chronology note).",
                  'He replied "{n} pls".')
# a nickname that is an English word: learned with its capital only; the word in small letters stays
WORD_NICKNAMES = ("Sunny", "Bear", "Bunny", "Tiny", "Paddy")
WORD_USES = ('She texted "a sunny day at last".', 'He wrote "i cant bear it".', 'A "bunny rabbit" toy was found.',
             'The note said "tiny flat".', 'A "rice paddy" picture hung there.')


def _nickname_cases(seed: int, count: int):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        community = COMMUNITIES[index % len(COMMUNITIES)]
        female = rng.random() < 0.5
        given, nicknames = rng.choice(community.female if female else community.male)
        surname = rng.choice(community.surnames)
        form = rng.choice(NICKNAME_FORMS)
        if not female:
            form = form.replace("her ", "his ")
        if rng.random() < 0.15:
            nickname = rng.choice(WORD_NICKNAMES)
            second = nicknames[0]
        else:
            nickname = nicknames[0]
            second = nicknames[1] if len(nicknames) > 1 else rng.choice(("Bobo", "Didi", "Kiki"))
        cases.append((community.key, given, surname, female, nickname, second, form, rng.sample(NICKNAME_LATER, 3)))
    return cases


OTHER = {"name": "Bronwen Whitaker", "pseudonym": "Vera", "role": "professional"}


def _nickname_failures(community, given, surname, female, nickname, second, form, later) -> list[str]:
    pseudonym = "Anna" if female else "Tom"
    rules = {"people": [OTHER, {"name": f"{given} {surname}", "pseudonym": pseudonym, "role": "victim"}],
             "dates": {"date_of_death": "2023-01-29"}}
    title = "Ms" if female else "Mr"
    intro = form.format(g=given, s=surname, t=title, n=nickname, m=second)
    # a nickname that is an English word ("Sunny", and "Memo" of Mehmet) is learned as written, with its capital
    word = nickname.lower() if is_ordinary_word(nickname) else None
    used = [nickname, *([second] if "{m}" in form else [])]
    lines = [intro, *(sentence.format(n=nickname.lower(), N=nickname.upper()) if word is None
                      else sentence.format(n=nickname, N=nickname) for sentence in later)]
    if "{m}" in form:
        lines.append(f'Chronology: text to {second.lower()} "home soon".')
    if nickname in WORD_NICKNAMES:
        lines.append(WORD_USES[WORD_NICKNAMES.index(nickname)])
    redactor = _redactor(rules)
    out = redactor.redact_text("\n\n".join(lines))
    failures = []
    for name in (given, surname, *used):
        if (name == nickname and word is not None and re.search(rf"\b{nickname}\b", out)) \
                or (not (name == nickname and word is not None) and _left(name, out)):
            failures.append(f"{name} left: {out!r}")
    if "Person " in out:
        failures.append(f"the nickname became somebody else: {out!r}")
    if nickname in WORD_NICKNAMES and WORD_USES[WORD_NICKNAMES.index(nickname)] not in out:
        failures.append(f"the word {word!r} went: {out!r}")
    # apply's own check (it carries what the draft taught) and a fresh `redact verify` agree the copy is clean
    if not verify_texts(redactor.rules, [("out", out)], finder=redactor.leak_finder).ok:
        failures.append("apply's check of the output found a leak apply left")
    if not verify_texts(redactor.rules, [("out", out)]).ok:
        failures.append("`redact verify` found a leak apply left")
    # verify of the draft learns the nickname too, and reports its uses in every case
    verdict = verify_texts(redactor.rules, [(f"p{i}", line) for i, line in enumerate(lines)])
    reported = {leak.location for leak in verdict.leaks}
    missed = [f"p{i}" for i in range(1, len(later) + 1) if f"p{i}" not in reported and word is None]
    if missed:
        failures.append(f"verify of the draft let {missed} pass")
    return failures


@pytest.mark.parametrize("case", _nickname_cases(TUNED_SEED, 40), ids=lambda c: f"{c[0]}-{c[4]}")
def test_a_nickname_after_a_listed_given_name_is_theirs(case):
    assert not _nickname_failures(*case)


@pytest.mark.parametrize("case", _nickname_cases(HELD_BACK_SEED, 30), ids=lambda c: f"{c[0]}-{c[4]}")
def test_held_back_nickname(case):
    assert not _nickname_failures(*case)


def test_an_unlisted_persons_nickname_after_their_given_name_is_nobody_listed():
    rules = {"people": [{"name": "Senait Gebremariam", "pseudonym": "Ruth", "role": "victim"}],
             "dates": {"date_of_death": "2023-01-29"}}
    text = ("Senait Gebremariam lived alone.\n\nHer cousin Hiwet (known as Hiwi) visited weekly.\n\n"
            'She texted "hiwi where r u".')
    out = _redactor(rules).redact_text(text)
    assert "Ruth" in out and out.count("Ruth") == 1, out
