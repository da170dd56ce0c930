"""Two ways a listed name is typed that no form matched: in Unicode small capitals, as pasted from a styled social
media post ("Oᴋꜱᴀɴᴀ Mᴇʟɴʏᴋ"), and with a space after the apostrophe of an elided prefix ("O' Neill", "D' Souza",
"N' Diaye").

Found by probes beside benchmarks/listed_form_probes.py: both left the name for the model (a "Person 1" at best,
the name itself for "O' Neill") and verify saw neither.
"""
from __future__ import annotations

import unicodedata

import pytest

from conftest import quiet_redactor
from redact.normalise import fold, fold_key
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

PEOPLE = [("Oksana Melnyk", "Olena"), ("Seán O'Neill", "Tom"), ("Priya D'Souza", "Anita"),
          ("Aminata N'Diaye", "Fatou"), ("Siobhán O'Brien", "Ruth"), ("Kwame Asante", "Kofi"),
          ("Bartosz Wiśniewski", "Piotr"), ("Layla Haddad", "Sara"), ("Gurpreet Sandhu", "Simran"),
          ("Nguyen Van Duc", "Minh"), ("Delroy Campbell", "Marcus"), ("Elif Demir", "Zeynep")]
RULES = {"people": [{"name": n, "pseudonym": p} for n, p in PEOPLE], "dates": {"date_of_death": "2021-04-17"}}


def _small_capitals(text: str) -> str:
    """Lower-case letters in Unicode's small capitals, where it has one (it has none for q and x)."""
    out = []
    for char in text:
        try:
            out.append(unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {char.upper()}") if char.islower() else char)
        except KeyError:
            out.append(char)
    return "".join(out)


SMALL = [(name, pseudonym, _small_capitals(fold_key(name).title() if i % 2 else name.split()[-1]))
         for i, (name, pseudonym) in enumerate(PEOPLE)]
APART = [(name, pseudonym, name.split()[-1].replace("'", "' ")) for name, pseudonym in PEOPLE if "'" in name]
APART += [(name, pseudonym, name.replace("'", "’ ")) for name, pseudonym in PEOPLE if "'" in name]
CASES = SMALL + APART
SENTENCES = ["The police visited {x} at home.", "{x} told the GP she was frightened.",
             "Posted by {x} on Facebook: leave me alone."]


@pytest.fixture(scope="module")
def tools():
    return quiet_redactor(RULES), LeakFinder(parse_rules(RULES))


@pytest.mark.parametrize("name,pseudonym,written", CASES, ids=[c[2] for c in CASES])
def test_apply_gives_the_pseudonym_and_verify_reports_the_name(tools, name, pseudonym, written):
    redactor, finder = tools
    sentence = SENTENCES[CASES.index((name, pseudonym, written)) % len(SENTENCES)].format(x=written)
    start = sentence.index(written)
    assert any(s <= start < e for s, e, _, _ in finder.spans(sentence)), (sentence, finder.spans(sentence))
    out = redactor.redact_text(sentence)
    assert pseudonym in out and finder.spans(out) == [], (sentence, out)


def test_small_capitals_fold_to_their_letters():
    for letter in "abcdefghijklmnopqrstuvwyz":
        char = unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {letter.upper()}")
        assert fold(char).text == letter, unicodedata.name(char)


@pytest.mark.parametrize("text", [_small_capitals("the review panel met in june."),
                                  "Rock ' n ' roll was playing.", "The boys' Neighbourhood Watch met.",
                                  "She said 'No' Neither of them answered."])
def test_other_text_stays(tools, text):
    redactor, finder = tools
    assert finder.spans(text) == []
    assert not any(p in redactor.redact_text(text) for _, p in PEOPLE)
