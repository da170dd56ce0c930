"""A listed name word whose bare letters spell an English function word ("Đỗ", "Tô", "Mỹ", "Ân", "Bé", "Ön", "Hé"),
written without its marks as British agencies' records write it ("Do", "To", "My", "An", "Be", "On", "He"), is the
name where the sentence uses it as one and the English word elsewhere, in apply and in verify alike.

The names come from ``benchmarks/drafts/names.py`` (``MARKED_FUNCTION_WORD_NAMES``: Vietnamese, Turkish and
Chinese names in pinyin with tone marks). Every name is tried in every context where it must be replaced (and where
verify must report the text that was not redacted) and beside sentences of each English word, which must stay and
which verify must pass."""
from __future__ import annotations

import re

import pytest

from benchmarks.drafts.names import MARKED_FUNCTION_WORD_NAMES
from redact import Redactor
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.verify import verify_texts
from redact.verify.finder import LeakFinder

PSEUDONYM = {True: "Ottoline", False: "Barnaby"}


def _bare(word: str) -> str:
    return fold_key(word).capitalize()


def _title(person) -> str:
    return "Mrs" if person.female else "Mr"


def _pronoun(person) -> str:
    return "she" if person.female else "he"


# Where any such word is the name: a title, "the ... family", the record order, another of the person's names
# beside it, a greeting
STRONG_CONTEXTS = [
    "{title} {w} told the GP {pr} was afraid.",
    "{TITLE} {W} – SUMMARY OF CONTACT",
    "The {w} family were known to services.",
    "{W}, {other} – arrested for breach of bail.",
    "{other} {w} attended A&E with a head injury.",
    "Dear {w},",
]
# Where the word is the name unless English writes the word there itself ("He's", "He said" are English): a
# possessive, a verb of speech after it, capitalised in the middle of a sentence
JUDGED_CONTEXTS = [
    "{w}'s son was at school that day.",
    "{w} said {pr} had been assaulted.",
    "{w} told the GP {pr} was afraid.",
    "Police spoke to {w} at home.",
]
# the words English also writes before a verb or with an 's of its own: only the strong contexts name them
PRONOUNS = {"he"}

# Sentences that use each English word: nothing may change, verify must pass
WORD_SENTENCES = {
    "do": ["Do you know what happened that night?", "Do not contact the victim directly.",
           "What did agencies do next?", "DO NOT ATTEMPT CPR", "The do's and don'ts were explained to her.",
           "Do's and don'ts of information sharing were set out.", "Agencies must do more. Do they share records?",
           "A Do Not Resuscitate order was in place.", "Things To Do Before The Review"],
    "to": ["To be seen by the GP, she waited three hours.", "To date, no agency has replied.",
           "To: Chair of the review panel", "Recommendation 4 – To ensure that risk is assessed.",
           "She wanted to go home. To her, the flat was safe.", "Response To Domestic Abuse", "To whom it may concern,"],
    "than": ["Than expected, the visits were fewer.", "More than one agency knew.", "Rather than wait, she left."],
    "my": ["My mother called the police.", "She said: My husband hits me.", "“My son is kind,” she told the GP.",
           "My Safe Plan was offered to her.", "In my view the risk was high. My view did not change."],
    "an": ["An assessment was made.", "An alleged assault was reported.", "An agreed plan was in place.",
           "An IDVA was allocated. An officer attended."],
    "be": ["Be careful what you say.", "Be assured that agencies will act.", "Be prepared to wait.",
           "Agencies should be clear. Be Safe was the campaign's name."],
    "the": ["The GP said she was afraid.", "The agreed plan was not followed.", "The panel met twice.",
            "She called The Samaritans that night."],
    "on": ["On the other hand, she was afraid.", "On 3 March she moved.", "On arrival, officers saw injuries.",
           "On Track was the programme she joined. She logged on.", "Chronology – On 4 May police attended."],
    "he": ["He said she had been assaulted.", "He's been known to services since 2015.", "He told the GP nothing.",
           "She prayed and believed He would protect her.", "HE DID NOT ATTEND.", "He was arrested. He denied it."],
}


def _rules(person):
    return parse_rules({"version": 1, "review": "marks", "people": [
        {"name": person.full, "pseudonym": PSEUDONYM[person.female]}], "dates": {"date_of_death": "2021-09-14"}},
        "marks")


@pytest.fixture(scope="module")
def redactors():
    return {person.full: (Redactor(_rules(person)), _rules(person)) for person in MARKED_FUNCTION_WORD_NAMES}


def _name_cases():
    for person in MARKED_FUNCTION_WORD_NAMES:
        word = _bare(person.word)
        contexts = STRONG_CONTEXTS + ([] if word.lower() in PRONOUNS else JUDGED_CONTEXTS)
        for context in contexts:
            text = context.format(w=word, W=word.upper(), title=_title(person), TITLE=_title(person).upper(),
                                  pr=_pronoun(person), other=_bare(person.other))
            yield pytest.param(person, word, text, id=f"{person.full}|{text[:30]}")


def _word_cases():
    for person in MARKED_FUNCTION_WORD_NAMES:
        for text in WORD_SENTENCES[fold_key(person.word)]:
            yield pytest.param(person, text, id=f"{person.full}|{text[:30]}")


def _written(word: str, text: str) -> int:
    """How often the word is written capitalised or in capitals (the English word in the contexts is in small
    letters, but for "The")."""
    return len(re.findall(rf"(?<!\w)(?:{re.escape(word)}|{re.escape(word.upper())})(?!\w)", text))


@pytest.mark.parametrize("person, word, text", _name_cases())
def test_the_bare_spelling_used_as_a_name_is_replaced_and_reported(redactors, person, word, text):
    redactor, rules = redactors[person.full]
    out = redactor.redact_text(text)
    assert _written(word, out) < _written(word, text), out
    assert PSEUDONYM[person.female] in out or PSEUDONYM[person.female].upper() in out, out
    assert verify_texts(rules, [("a", out)]).ok, out
    # the gate reports the word itself, not only the other name beside it
    found = LeakFinder(rules).spans(text)
    at = [m.start() for m in re.finditer(rf"(?<!\w)(?:{word}|{word.upper()})(?!\w)", text)]
    assert any(start <= a < end for start, end, _, _ in found for a in at), (text, found)


@pytest.mark.parametrize("person, text", _word_cases())
def test_the_english_word_stays_and_verify_passes(redactors, person, text):
    redactor, rules = redactors[person.full]
    assert redactor.redact_text(text) == text
    verdict = verify_texts(rules, [("a", text)])
    assert verdict.ok, verdict.leaks


@pytest.mark.parametrize("person", MARKED_FUNCTION_WORD_NAMES, ids=lambda p: p.full)
def test_the_word_with_its_marks_is_the_name_everywhere(redactors, person):
    redactor, rules = redactors[person.full]
    text = f"{person.word} said nothing. Police spoke to {person.word} at home. {person.word.upper()} WAS KIND."
    out = redactor.redact_text(text)
    assert person.word not in out and person.word.upper() not in out, out
    assert len(verify_texts(rules, [("a", text)]).leaks) == 3
