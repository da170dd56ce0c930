"""Role placeholders: unlisted professionals named by the role their sentence or the panel list gives ("GP 1",
"Officer 1"), numbered per role across a review's documents; listed children with no pseudonym are "Child 1"."""
import re

import pytest

from redact import entities
from redact.decide import Decider, PseudonymBook
from redact.documents.base import Segment
from redact.errors import RulesError
from redact.findings import Finding
from redact.grammar import Grammar
from redact.rules import parse_rules

RULES = parse_rules({})
NAMES = ["Sarah Whitfield", "Amir Khan", "Chidinma Eze", "Tomasz Zieliński", "Nguyen Van Minh", "Roisin Kelly",
         "Hodan Abdi", "Emre Demir", "Li Na", "Marcus Grant"]


def render_all(texts_and_names, rules=RULES, book=None):
    """Several segments; each a (text, [names in order]) pair. Returns the rewritten texts."""
    segments, findings = [], []
    for index, (text, names) in enumerate(texts_and_names):
        segments.append(Segment(f"t#p{index}", text))
        at = 0
        for name in names:
            start = text.index(name, at)
            at = start + len(name)
            findings.append(Finding(start, at, name, entities.PERSON, 0.85, "SpacyRecognizer", index, f"t#p{index}"))
    decider = Decider(rules, book=book or PseudonymBook())
    decisions = Grammar(decider).phrase(decider.decide(findings, segments), segments)
    out = [s.text for s in segments]
    for d in sorted(decisions, key=lambda d: (d.finding.segment, -d.finding.start)):
        if d.replaces:
            f = d.finding
            out[f.segment] = out[f.segment][:f.start] + d.replacement + out[f.segment][f.end:]
    return out


ROLE_SENTENCES = [
    ("The GP, Dr {n}, referred her.", "{p} referred her.", "GP"),
    ("She was seen by the GP, Dr {n}, in March.", "She was seen by {p} in March.", "GP"),
    ("{n}, the allocated social worker, visited.", "{p}, the allocated social worker, visited.", "Social Worker"),
    ("{n} (Health Visitor) saw the baby.", "{p} (Health Visitor) saw the baby.", "Health Visitor"),
    ("Later the attending officer, PC {n}, spoke to her.", "Later {p} spoke to her.", "Officer"),
    ("Her IDVA, {n}, called.", "Her IDVA, {p}, called.", "IDVA"),
    ("{n} – Housing Officer – wrote to her.", "{p} – Housing Officer – wrote to her.", "Housing Officer"),
    ("Her class teacher {n} noticed bruises.", "Her class teacher {p} noticed bruises.", "Teacher"),
    ("{n}, a consultant psychiatrist, assessed him.", "{p}, a consultant psychiatrist, assessed him.", "Consultant"),
    ("{n} | Social Worker | Adult Social Care", "{p} | Social Worker | Adult Social Care", "Social Worker"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("sentence, expected, role", ROLE_SENTENCES)
def test_the_sentence_gives_the_role(name, sentence, expected, role):
    text = sentence.format(n=name)
    # the name as the finding covers it: without a title written outside it
    out = render_all([(text, [name])])[0]
    assert out == expected.format(p=f"{role} 1"), out


@pytest.mark.parametrize("name", NAMES[:5])
def test_a_role_follows_the_person_through_the_document_and_across_documents(name, tmp_path):
    surname = name.split()[-1]
    book = PseudonymBook(tmp_path / "map.json")
    first = render_all([(f"The GP, Dr {name}, referred her to the IDVA, Mary Jones.", [name, "Mary Jones"]),
                        (f"Dr {surname} saw her again. Mary Jones called.", [surname, "Mary Jones"]),
                        ("Kevin Marsh was at home.", ["Kevin Marsh"])], book=book)
    assert first == ["GP 1 referred her to IDVA 1.", "Dr GP 1 saw her again. IDVA 1 called.".replace("Dr GP", "GP"),
                     "Person 1 was at home."]
    book.save()
    # the next document of the review: the same numbers, a new GP is GP 2
    second = render_all([(f"Dr {surname} wrote. The GP, Dr Alan Cole, replied.", [surname, "Alan Cole"])],
                        book=PseudonymBook(tmp_path / "map.json"))
    assert second == ["GP 1 wrote. GP 2 replied."]


def test_a_role_word_that_belongs_to_someone_else_gives_no_role():
    out = render_all([("She told the GP Kevin Marsh had hit her.", ["Kevin Marsh"]),
                      ("Kevin Marsh, and the officer who came, left.", ["Kevin Marsh"]),
                      ("The officer, Kevin Marsh's brother, came.", ["Kevin Marsh's"])])
    assert out == ["She told the GP Person 1 had hit her.", "Person 1, and the officer who came, left.",
                   "The officer, Person 1's brother, came."]


def test_the_panel_list_in_cells_gives_the_role():
    out = render_all([("Amir Khan", ["Amir Khan"]), ("Social Worker, Adult Social Care", []),
                      ("Emre Demir", ["Emre Demir"]), ("Wealdshire Police", [])])
    assert out == ["Social Worker 1", "Social Worker, Adult Social Care", "Person 1", "Wealdshire Police"]


def test_a_review_overrides_a_role_template_and_adds_roles():
    rules = parse_rules({"policy": {"roles": {"gp": {"placeholder": "Doctor {n}"},
                                              "youth worker": {"words": ["youth worker"]}}}})
    out = render_all([("The GP, Dr Amir Khan, saw him.", ["Amir Khan"]),
                      ("Hodan Abdi, his youth worker, called.", ["Hodan Abdi"])], rules=rules)
    assert out == ["Doctor 1 saw him.", "Youth Worker 1, his youth worker, called."]


def test_children_listed_with_a_role_and_no_pseudonym():
    rules = parse_rules({"people": [{"name": "Grace Mensah", "pseudonym": "Efua", "role": "victim"},
                                    {"name": "Amara Mensah-Carver", "role": "child"},
                                    {"name": "Kofi Mensah-Carver", "role": "child"},
                                    {"name": "Zofia Nowak", "role": "Child", "pseudonym": "Ola"}]})
    assert [p.pseudonym for p in rules.people] == ["Efua", "Child 1", "Child 2", "Ola"]
    finding = Finding(0, 5, "Amara", entities.PERSON, 1.0, "rule", listed_index=1, metadata={"form": "first"})
    assert Decider(rules).decide_one(finding).replacement == "Child 1"
    with pytest.raises(RulesError, match="pseudonym missing"):
        parse_rules({"people": [{"name": "Grace Mensah"}]})
    with pytest.raises(RulesError, match="role 'victim' has no placeholder"):
        parse_rules({"people": [{"name": "Grace Mensah", "role": "victim"}]})


def test_titles_are_said_by_the_role_placeholder():
    out = render_all([("PC Tom Reid, the officer in the case, and DC Amy Lowe attended.", ["Tom Reid", "Amy Lowe"])])
    assert re.fullmatch(r"Officer 1, the officer in the case, and DC Person 1 attended\.", out[0]), out
