"""A hyphenated listed name written without its hyphen ("Zoë HarperLyle", "Aaliyah Abdulkarim", "Maryjane") is the
listed person: apply gives the pseudonym, not a new "Person 1".

Found by benchmarks/listed_form_probes.py: verify saw all 4 such probes (its joined reading), but apply had no such
form, so the model took the name for somebody unlisted and the victim read as "Person 1" beside her pseudonym.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

PEOPLE = [("Zoë Harper-Lyle", "Jane"), ("Aaliyah Abdul-Karim", "Sara"), ("Renée Dubois-Martin", "Anne"),
          ("Kofi Asante-Darko", "Yaw"), ("Mary-Jane Pollitt", "Kim"), ("Siân Lloyd-Pryce", "Ffion"),
          ("Jean-Baptiste Kabila", "Paul"), ("Anna-Maria Kowalska-Nowak", "Ewa"), ("Oluwaseun Bello-Osagie", "Tunde"),
          ("Ayşe Yılmaz-Demir", "Elif"), ("Thanh-Huong Le", "Mai"), ("Leanne Smith-Wright", "Gemma")]
SENTENCES = ["The IDVA rang {x} twice but there was no answer.", "{x} told the GP she was frightened.",
             "On 3 March the police visited {x} at home."]


def _joined(word: str, camel: bool) -> str:
    parts = word.split("-")
    return parts[0] + "".join(p if camel else p.lower() for p in parts[1:])


def _cases():
    cases = []
    for i, (name, pseudonym) in enumerate(PEOPLE):
        hyphenated = next(w for w in name.split() if "-" in w)
        camel = i % 2 == 0
        written = name.replace(hyphenated, _joined(hyphenated, camel))
        cases.append((name, pseudonym, written, SENTENCES[i % len(SENTENCES)].format(x=written)))
    return cases


CASES = _cases()


@pytest.mark.parametrize("name,pseudonym,written,sentence", CASES, ids=[c[2] for c in CASES])
def test_the_joined_name_is_the_listed_person(name, pseudonym, written, sentence):
    rules = {"people": [{"name": name, "pseudonym": pseudonym}], "dates": {"date_of_death": "2021-04-17"}}
    out = quiet_redactor(rules).redact_text(sentence)
    assert pseudonym in out and "Person" not in out, (sentence, out)
    assert not any(fold_key(part) in fold_key(out) for part in name.replace("-", " ").split() if len(part) > 2)
    finder = LeakFinder(parse_rules(rules))
    assert finder.spans(sentence) and finder.spans(out) == [], (sentence, out)


@pytest.mark.parametrize("text, wanted", [("The Smith family and Wright's garage were both near.",
                                           "Gemma's family and Gemma's garage"),
                                          ("She wrote to Mr Smith and to Mrs Wright.", "Mr Person 1 and to Gemma")])
def test_the_halves_of_the_surname_are_hers_as_the_whole_surname_is(text, wanted):
    # Each half of a listed double-barrelled surname is her, as her whole surname is ("Mrs Wright" is Gemma, "the
    # Smith family" hers); a title of the other sex before it is somebody else of the family ("Mr Smith", her
    # father), as before the whole surname. Never left: "Sharma: no further contact" of a listed Priya Sharma-Patel
    # once passed verify (``tests/test_surname_halves.py``)
    rules = {"people": [{"name": "Leanne Smith-Wright", "pseudonym": "Gemma"}], "dates": {"date_of_death": "2021-04-17"}}
    out = quiet_redactor(rules).redact_text(text)
    assert "Smith" not in out and "Wright" not in out, out
    assert wanted in out, out
