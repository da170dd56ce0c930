"""A listed Slavic surname built as an adjective or a possessive, declined as one, is the listed name.

Polish "Kowalska" is "Kowalskiej" after "Pani" or "o" and "Kowalski" is "Kowalskiego" in "aresztowano
Kowalskiego"; Czech "Novotný" is "Novotného"; Russian "Ivanova" is "Ivanovoy"; Ukrainian "Zelenskyi" is
"Zelenskoho". Those endings are an adjective's, not a noun's, so the name-inflection reader (which knew "Markowi",
"Anny", "Rūtos") missed them: apply left "Wiśniewskiego" or took "Kowalskiej" for an unknown "Person 1", and
``verify`` said clean on a draft holding either. Each form below is the real case form of a surname of its
language (masculine and feminine), inside a quoted message or a record in that language.

The other side: with those people listed, the 2,000 most frequent English words capitalised at a sentence's start
and every other tradition's names raise no alarm.
"""
from __future__ import annotations

import random

import pytest
from wordfreq import top_n_list

from benchmarks.drafts.names import TRADITIONS
from quietly import redact_text, verify_text

# (listed surname, given name, its declined forms): real case forms of each language
SURNAMES = [
    ("Kowalski", "Tomasz", ["Kowalskiego", "Kowalskiemu", "Kowalskim"]),
    ("Kowalska", "Katarzyna", ["Kowalskiej"]),
    ("Wiśniewski", "Paweł", ["Wiśniewskiego", "Wiśniewskiemu", "Wiśniewskim"]),
    ("Zielińska", "Agnieszka", ["Zielińskiej"]),
    ("Lewandowski", "Łukasz", ["Lewandowskiego", "Lewandowskiemu", "Lewandowskim"]),
    ("Nowicka", "Joanna", ["Nowickiej"]),
    ("Zawadzki", "Grzegorz", ["Zawadzkiego", "Zawadzkiemu"]),
    ("Kamińska", "Zuzanna", ["Kamińskiej"]),
    ("Czarnecki", "Wojciech", ["Czarneckiego", "Czarneckim"]),
    ("Novotný", "Petr", ["Novotného", "Novotnému", "Novotným"]),
    ("Novotná", "Jana", ["Novotné", "Novotnou"]),
    ("Kopecký", "Jiří", ["Kopeckého", "Kopeckému", "Kopeckým"]),
    ("Veselá", "Lenka", ["Veselé", "Veselou"]),
    ("Ivanova", "Olga", ["Ivanovoy", "Ivanovu", "Ivanovoj"]),
    ("Smirnov", "Dmitri", ["Smirnovym", "Smirnovu"]),
    ("Kuznetsova", "Irina", ["Kuznetsovoy", "Kuznetsovu"]),
    ("Zelenskyi", "Oleksandr", ["Zelenskoho", "Zelenskomu", "Zelenskym"]),
    ("Kovalskyi", "Andriy", ["Kovalskoho", "Kovalskomu"]),
    ("Pushkina", "Svetlana", ["Pushkinoy", "Pushkinu"]),
]
_SENTENCES = ["Wiadomość: „Powiedz {form}, że wracam”.", "Pani {form} nie było w domu.",
              "He texted: 'Daj spokój {form}'.", "Zpráva: „Řekni {form}, že přijdu”.", "| 14/03 | Policie | {form} |",
              "Сообщение (transliterated): 'Skazhi {form}, chto ya pridu'.", "The note read: 'Dla {form} od mamy'."]


def _cases(seed: int) -> list[tuple[dict, str, str]]:
    rng = random.Random(seed)
    cases = []
    for surname, given, forms in SURNAMES:
        rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Anna Green"}],
                 "dates": {"date_of_death": "2022-08-09"}}
        for form in forms:
            cases.append((rules, rng.choice(_SENTENCES).format(form=form), form))
    return cases


CASES = _cases(seed=5101)


@pytest.mark.parametrize("rules, sentence, form", CASES, ids=[c[2] for c in CASES])
def test_the_declined_surname_is_taken_out(rules, sentence, form):
    out = redact_text(sentence, rules)
    assert form not in out, out
    assert verify_text(out, rules).ok, out


@pytest.mark.parametrize("rules, form", [(rules, form) for rules, _, form in CASES], ids=[c[2] for c in CASES])
def test_the_declined_surname_after_a_title_gets_the_listed_pseudonym(rules, form):
    # (after a capitalised word of the message's language, "Powiedz Zielińskiej", the model reads both words as
    # one unknown person, "Person 1", as it does with the listed form itself: no leak, but not the pseudonym)
    out = redact_text(f"Wiadomość do pani {form} została usunięta.", rules)
    assert "Anna Green" in out, out


@pytest.mark.parametrize("rules, sentence, form", CASES, ids=[c[2] for c in CASES])
def test_verify_reports_the_declined_surname(rules, sentence, form):
    assert not verify_text(sentence, rules).ok, sentence


def _other_words() -> list[str]:
    words = [w.capitalize() for w in top_n_list("en", 2000) if w.isalpha() and len(w) >= 3]
    for tradition in TRADITIONS.values():
        for name in (*tradition.female, *tradition.male):
            words.extend(name.split())
        for pair in tradition.surnames:
            for form in pair:
                words.extend(form.split())
    return sorted(set(words))


def test_no_alarm_for_english_words_or_other_peoples_names():
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": f"Person {i}"}
                        for i, (surname, given, _) in enumerate(SURNAMES)]}
    listed_words = {word for surname, given, _ in SURNAMES for word in (surname, given)}
    # the other gendered form of a listed surname ("Wiśniewska" of Wiśniewski) is the family's name: an alarm
    listed_words |= {form for tradition in TRADITIONS.values() for pair in tradition.surnames
                     if set(pair) & listed_words for form in pair}
    words = [w for w in _other_words() if w not in listed_words]
    text = "\n".join(f"{word} was mentioned in the chronology." for word in words)
    verdict = verify_text(text, rules)
    assert verdict.ok, [leak.value for leak in verdict.leaks[:20]]
