"""A listed name or protected date cut by a tracked change inside a word: the working copy (--keep-revisions)
shows a reader the text as it now reads and as it read before, so verify reads both; the joined text alone
("1<del>4</del><ins>5</ins> May 2023" read as "145 May 2023") hides the value from the gate."""
from __future__ import annotations

import io
import random

import docx

import pytest

from redact.api import verify_bytes
from redact.errors import LeakError
from redact.pipeline import Redactor
from redact.rules import Rules

from docx_factory import DocxBuilder, paragraph, run, tracked_deletion, tracked_insertion

PEOPLE = [("Tomasz Nowak", "Adam"), ("Grace Okafor", "Eve"), ("Siobhan Gallagher", "Mary"),
          ("Priyanka Raghunathan", "Asha"), ("Oluwaseun Adeyemi", "Ben"), ("Mehmet Yilmaz", "Ali"),
          ("Agnieszka Wisniewska", "Anna"), ("Dylan Pritchard", "Carl")]
DEATH = "2023-05-14"


def _rules(name: str, pseudonym: str) -> Rules:
    return Rules.model_validate({"version": 1, "people": [{"name": name, "pseudonym": pseudonym}],
                                 "dates": {"date_of_death": DEATH}})


def _docx(*runs: str) -> bytes:
    builder = DocxBuilder()
    builder.append_body(paragraph(run("The panel met in the spring and agreed the terms of reference.")),
                        paragraph(*runs))
    return builder.to_bytes()


def _cuts(word: str, chooser: random.Random):
    """The word cut by a change: letters deleted then put back (only the reading before has the word), letters
    inserted over deleted ones (both readings differ from the joined text)."""
    cut = chooser.randrange(1, len(word) - 1)
    head, tail = word[:cut], word[cut:]
    yield "its end deleted, another typed", [run(f"We spoke to {head}"), tracked_deletion(tail),
                                             tracked_insertion(run("xy")), run(" yesterday.")]
    yield "letters inserted inside it", [run(f"We spoke to {head}"), tracked_insertion(run("qq")),
                                         run(f"{tail} yesterday.")]


CASES = []
for seed, (name, pseudonym) in enumerate(PEOPLE):
    chooser = random.Random(seed)
    for word in name.split():
        for how, runs in _cuts(word, chooser):
            CASES.append(pytest.param(name, pseudonym, runs, id=f"{word}-{how.split()[0]}-{how.split()[-1]}"))


@pytest.mark.parametrize("name,pseudonym,runs", CASES)
def test_verify_reads_a_name_cut_by_a_tracked_change(name, pseudonym, runs):
    verdict = verify_bytes(_docx(*runs), "docx", _rules(name, pseudonym))
    assert {leak.kind for leak in verdict.leaks} == {"person"}
    assert any("tracked changes" in leak.location for leak in verdict.leaks)


DIGIT_CHANGES = [("1", "4", "5", " May 2023"), ("14 ", "May", "June", " 2023"), ("14 May 20", "23", "24", ""),
                 ("14/0", "5", "6", "/2023"), ("", "14th", "15th", " of May 2023")]


@pytest.mark.parametrize("head,old,new,tail", DIGIT_CHANGES)
def test_the_date_of_death_as_it_read_before_a_change_is_not_left_in_the_working_copy(head, old, new, tail):
    rules = _rules("Grace Okafor", "Eve")
    data = _docx(run(f"She died on {head}"), tracked_deletion(old), tracked_insertion(run(new)),
                 run(f"{tail} at home."))
    assert any(leak.kind == "date_of_death" for leak in verify_bytes(data, "docx", rules).leaks)
    try:
        out = Redactor(rules).redact_bytes(data, "docx", keep_revisions=True)
    except LeakError:
        return      # refused: nothing written
    assert not verify_bytes(bytes(out), "docx", rules).leaks


@pytest.mark.parametrize("runs", [
    [run("The meeting was "), tracked_deletion("postponed"), tracked_insertion(run("cancelled")), run(".")],
    [run("She moved on 1"), tracked_deletion("2"), tracked_insertion(run("3")), run(" June 2022.")],
    [run("Contact was made"), tracked_insertion(run(" twice")), run(" in March 2023.")],
    [run("Gra"), tracked_deletion("n"), tracked_insertion(run("d")), run("ma visited on Sunday.")],
])
def test_tracked_changes_to_ordinary_words_and_other_dates_are_clean(runs):
    data = _docx(*runs)
    rules = _rules("Grace Okafor", "Eve")
    assert verify_bytes(data, "docx", rules).leaks == []
    out = Redactor(rules).redact_bytes(data, "docx", keep_revisions=True)
    assert verify_bytes(bytes(out), "docx", rules).leaks == []
    texts = [p.text for p in docx.Document(io.BytesIO(bytes(out))).paragraphs]
    assert texts[0] == "The panel met in the spring and agreed the terms of reference."
