"""The sentence that states the pseudonyms reads as the QA Panel expects, never as a self-reference, and a real
nickname is neither kept nor turned into the pseudonym ("known to his friends as Billy")."""
import re

import pytest

from redact import entities
from redact.decide import Decider, PseudonymBook
from redact.documents.base import Segment
from redact.findings import Finding
from redact.grammar import Grammar
from redact.rules import parse_rules

# (real given name, surname, pseudonym, nickname) from many communities
PEOPLE = [("Grace", "Mensah", "Efua", "Gracie"), ("William", "Carver", "Tom", "Billy"),
          ("Agnieszka", "Kowalczyk", "Zofia", "Aga"), ("Mohammed", "Al-Sayed", "Yusuf", "Mo"),
          ("Nguyễn", "Thị Lan", "Mai", "Lanie"), ("Siobhán", "Byrne", "Niamh", "Shiv"),
          ("Abdirahman", "Warsame", "Abdi", "Rahman"), ("Mehmet", "Yılmaz", "Emre", "Memo")]
QUOTES = [("'", "'"), ("‘", "’"), ("“", "”"), ('"', '"')]


def rules_for(pairs, roles=(None, None)):
    return parse_rules({"people": [
        {"name": f"{given} {surname}", "pseudonym": pseudonym, "aliases": [nick],
         **({"role": role} if role else {})}
        for (given, surname, pseudonym, nick), role in zip(pairs, roles)]})


def render(rules, text, spans):
    """``spans``: (surface, listed index, form)."""
    findings, at = [], 0
    for surface, index, form in spans:
        start = text.index(surface, at)
        at = start + len(surface)
        findings.append(Finding(start, at, surface, entities.PERSON, 1.0, "rule", 0, "t#p0", index, {"form": form}))
    segments = [Segment("t#p0", text)]
    decider = Decider(rules, book=PseudonymBook())
    decisions = Grammar(decider).phrase(decider.decide(findings, segments), segments)
    out = text
    for d in sorted(decisions, key=lambda d: -d.finding.start):
        if d.replaces:
            out = out[:d.finding.start] + d.replacement + out[d.finding.end:]
    return out


def no_self_reference(out, pseudonyms):
    for pseudonym in pseudonyms:
        p = re.escape(pseudonym)
        assert not re.search(rf"{p}\W+(?:will be |is )?(?:referred to |known )?as\W+{p}", out), out


PAIRS = [(PEOPLE[i], PEOPLE[i + 1]) for i in range(0, len(PEOPLE), 2)]


@pytest.mark.parametrize("first, second", PAIRS)
@pytest.mark.parametrize("quote", QUOTES)
def test_with_roles_the_sentence_names_the_roles(first, second, quote):
    o, c = quote
    rules = rules_for([first, second], roles=("victim", "perpetrator"))
    text = (f"The following pseudonyms have been agreed: {first[0]} will be referred to as {o}{first[2]}{c} and "
            f"{second[0]} as {o}{second[2]}{c}.")
    out = render(rules, text, [(first[0], 0, "first"), (second[0], 1, "first")])
    assert out == (f"The following pseudonyms have been agreed: the victim will be referred to as {o}{first[2]}{c} "
                   f"and the perpetrator as {o}{second[2]}{c}."), out
    no_self_reference(out, [first[2], second[2]])


@pytest.mark.parametrize("first, second", PAIRS)
@pytest.mark.parametrize("quote", QUOTES[:2])
def test_without_roles_the_wording_is_neutral(first, second, quote):
    o, c = quote
    rules = rules_for([first, second])
    text = f"{first[0]} will be referred to as {o}{first[2]}{c} and {second[0]} as {o}{second[2]}{c}."
    out = render(rules, text, [(first[0], 0, "first"), (second[0], 1, "first")])
    assert out == f"One person will be referred to as {o}{first[2]}{c} and another as {o}{second[2]}{c}.", out
    no_self_reference(out, [first[2], second[2]])


@pytest.mark.parametrize("first, second", PAIRS)
def test_a_role_for_one_person_only(first, second):
    rules = rules_for([first, second], roles=("victim", None))
    text = f"{first[0]} will be referred to as '{first[2]}' and {second[0]} as '{second[2]}'."
    out = render(rules, text, [(first[0], 0, "first"), (second[0], 1, "first")])
    assert out == f"The victim will be referred to as '{first[2]}' and another person as '{second[2]}'.", out


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("wording", ["{n} is known in this report as '{p}'.",
                                     "{n} will be called '{p}' in this review.",
                                     "Throughout, {n} has been given the pseudonym '{p}'."])
def test_other_wordings(person, wording):
    rules = rules_for([person], roles=("victim", None))
    text = wording.format(n=person[0], p=person[2])
    out = render(rules, text, [(person[0], 0, "first")])
    no_self_reference(out, [person[2]])
    assert out.count(person[2]) == 1 and not re.search(rf"\b{re.escape(person[0])}\b", out), out
    assert out.startswith("The victim") or "the victim" in out, out


@pytest.mark.parametrize("person", PEOPLE)
def test_a_statement_in_brackets_leaves_the_pseudonym(person):
    rules = rules_for([person])
    for text in (f"{person[0]} (known in this report as ‘{person[2]}’) was 34.",
                 f"{person[0]} (hereafter '{person[2]}') was 34.", f"{person[0]} (pseudonym: '{person[2]}') was 34."):
        assert render(rules, text, [(person[0], 0, "first")]) == f"{person[2]} was 34."


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("frame", ["{g} {s}, known to his friends as {k}, moved in.",
                                   "{g} was known as {k} at work.", "{g} {s} (called {k} by the family) left.",
                                   "Everyone knew him as {k}."])
def test_a_real_nickname_is_neither_kept_nor_made_the_pseudonym(person, frame):
    given, surname, pseudonym, nick = person
    rules = rules_for([person])
    text = frame.format(g=given, s=surname, k=nick)
    spans = []
    if "{g} {s}" in frame:
        spans.append((f"{given} {surname}", 0, "full"))
    elif "{g}" in frame:
        spans.append((given, 0, "first"))
    spans.append((nick, 0, "alias"))
    out = render(rules, text, spans)
    assert nick not in out and f"as {pseudonym}" not in out and "by another name" in out, out
    if spans[0][2] != "alias":
        assert out.startswith(pseudonym), out


def test_the_issue_sentence_end_to_end():
    import warnings

    from redact import Redactor

    rules = parse_rules({"people": [
        {"name": "Grace Adjoa Mensah", "pseudonym": "Efua", "role": "victim"},
        {"name": "William James Carver", "pseudonym": "Tom", "aliases": ["Will", "Billy"], "role": "perpetrator"}]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = Redactor(rules).redact_text(
            "The following pseudonyms have been agreed with the family: Grace will be referred to as 'Efua' and "
            "William as 'Tom'.\n\nGrace met William Carver, known to his friends as Billy, in 2016.")
    assert out == ("The following pseudonyms have been agreed with the family: the victim will be referred to as "
                   "'Efua' and the perpetrator as 'Tom'.\n\nEfua met Tom, known to his friends by another name, in "
                   "2016."), out
