"""Every word of a listed name is a form of the person: a middle name the person went by ("Blessing" of Chiamaka
Blessing Nwosu) and each half of a hyphenated name ("Sharma" and "Mrs Sharma" of Priya Sharma-Patel, "Jane" of
Sarah-Jane Okafor), written alone where the draft never gives the full name.

Found by a probe of unseen drafts: those words were replaced only where the detector happened to take them for an
unlisted person, and `verify` passed them. They are forms now (``redact.variants._lesser_parts``), below anybody's
own first name, surname or alias: a particle ("bin", "van") never is one, and "Mrs Mensah" stays Grace Mensah's
where Amara Mensah-Carver is listed too.
"""
from __future__ import annotations

import itertools

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.normalise import fold_key

# (listed name, pseudonym, the words that are neither its first word nor its surname, "she"/"he")
PEOPLE = [
    ("Chiamaka Blessing Nwosu", "Anna", ["Blessing"], "she"),
    ("Priya Sharma-Patel", "Beth", ["Sharma", "Patel"], "she"),
    ("Faadumo Cali Jaamac", "Cara", ["Cali"], "she"),
    ("Sarah-Jane Okafor", "Dina", ["Sarah", "Jane"], "she"),
    ("Tomasz Andrzej Wiśniewski", "Tom", ["Andrzej"], "he"),
    ("Siobhán Áine Ní Bhriain", "Ella", ["Áine"], "she"),
    ("Oluwaseun Adeyemi-Cole", "Femi", ["Adeyemi", "Cole"], "he"),
    ("Jean-Baptiste Mukendi", "Guy", ["Jean", "Baptiste"], "he"),
    ("Nguyễn Thị Lan Anh", "Hoa", ["Lan"], "she"),
    ("Delroy Winston Campbell", "Ivan", ["Winston"], "he"),
    ("Rhiannon Gwenllian Pryce-Jones", "Jo", ["Gwenllian", "Pryce"], "she"),
]
SENTENCES = ["{w} called the ambulance at 21:40.", "The Police spoke with {w} on 12 March.",
             "1. {w} – see paragraph 4.2.", "{w}'s sister said she was frightened of him.",
             "The GP told {w} about the referral."]
SURNAME_SENTENCES = ["{t} {w} did not attend the appointment.", "A letter was sent to {t} {w} in May."]
RULES = {"people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym, _, _ in PEOPLE],
         "dates": {"date_of_death": "2022-02-03"}}
# one Redactor for every case: built once (the rules are the same)
_redactor = None


def _redact(text: str) -> str:
    global _redactor
    if _redactor is None:
        _redactor = quiet_redactor(RULES)
    return _redactor.redact_text(text)


def _words(text: str) -> set[str]:
    return set(fold_key(text).replace("'s", " ").replace("-", " ").split())


CASES = [(name, pseudonym, word, template.format(w=word))
         for (name, pseudonym, words, _), (word, template) in
         ((person, pair) for person in PEOPLE for pair in zip(person[2], itertools.cycle(SENTENCES)))]
CASES += [(name, pseudonym, words[0], SENTENCES[(index + 2) % len(SENTENCES)].format(w=words[0]))
          for index, (name, pseudonym, words, _) in enumerate(PEOPLE)]
CASES += [(name, pseudonym, word, template.format(t="Mrs" if gender == "she" else "Mr", w=word))
          for (name, pseudonym, words, gender), template in zip(PEOPLE, itertools.cycle(SURNAME_SENTENCES))
          if "-" in name.split()[-1] for word in name.split()[-1].split("-")]


@pytest.mark.parametrize("name, pseudonym, word, text", CASES, ids=lambda v: str(v)[:30])
def test_the_word_goes_and_verify_agrees(name, pseudonym, word, text):
    assert not verify_bytes(text.encode(), "txt", RULES).ok
    out = _redact(text)
    assert fold_key(word) not in _words(out), out
    assert verify_bytes(out.encode(), "txt", RULES).ok, out


def test_a_particle_is_no_form_of_the_name():
    rules = {"people": [{"name": "Mohammed bin Rashid Al-Farsi", "pseudonym": "Adam"},
                        {"name": "Pieter van der Berg", "pseudonym": "Ben"}],
             "dates": {"date_of_death": "2022-02-03"}}
    text = "He put the letters in the bin and drove the van to the depot."
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok


def test_a_surname_is_its_own_persons_before_it_is_half_of_anothers():
    # Amara Mensah-Carver's surname holds "Mensah": still Grace's or Comfort's, as the sentence says, never Amara's
    rules = {"people": [{"name": "Grace Adjoa Mensah", "pseudonym": "Efua"},
                        {"name": "Amara Mensah-Carver", "pseudonym": "Child A"},
                        {"name": "Comfort Mensah", "pseudonym": "Akosua"}],
             "dates": {"date_of_death": "2022-02-03"}}
    out = quiet_redactor(rules).redact_text("Mrs Mensah became worried when Grace did not answer her phone. "
                                            "Amara was at school.")
    assert "Child A became worried" not in out and "Mensah" not in out, out
    assert "Akosua became worried when Efua did not answer" in out, out
