"""people recognisers: titled names and ranks, initials in a person context."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import InitialsRecognizer, LetterNameRecognizer, TitledPersonRecognizer
from redact.detect.recognizers.people import letter_stands_alone


def found(recognizer, text, entities=None):
    """(entity type, matched text) pairs, left to right."""
    results = sorted(recognizer.analyze(text, entities or [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(recognizer, text, entities=None):
    return [t for _, t in found(recognizer, text, entities)]


@pytest.mark.parametrize("name", [
    "PC 4471 Daniel Okafor", "PC 4471 Hughes", "DI Mark Ellery", "Dr Raman", "Dr Priya Raman", "PS Rachel Dunn",
    "Mrs Okafor", "Ms Patel", "Mx Lee", "Prof Anne Hill", "Ch Supt Alan Reeve", "DCI Sam Ward", "Sgt Jones",
    "Mrs O’Brien-Smith", "Mr Wójcik", "Dr J. Smith", "Detective Sergeant Kay Lowe", "Miss McDonald",
    "Flight Lieutenant Winks", "Captain Rhys Hale", "District Judge Elliott",
])

def test_titled_names(name):
    text = f"On the day {name} said that the door was open."
    assert texts(TitledPersonRecognizer(), text) == [name]


def test_possessive_and_following_words_stay_out():
    text = "Mr Doyle’s van was seen by PC Hughes. The DS Team and a PC, DS alone, Mr. and PC The end."
    assert texts(TitledPersonRecognizer(), text) == ["Mr Doyle", "PC Hughes"]


def test_titled_metadata():
    [r] = TitledPersonRecognizer().analyze("PC 4471 Daniel Okafor attended", [], None)
    assert r.recognition_metadata["title"] == "PC"
    assert r.recognition_metadata["name"] == "Daniel Okafor"
    assert r.recognition_metadata["collar"] == "4471"


def test_initials_in_a_person_context():
    recognizer = InitialsRecognizer()
    text = "13.1 SJ said: 'Mum gave everything.' Tariq Hussain (TH) agreed, and TH later wrote to J.H. who told us."
    assert texts(recognizer, text) == ["SJ", "TH", "TH", "J.H."]
    # a speaker ("SJ said") or initials defined after a name are replaced; dotted initials only reported
    assert [r.score for r in recognizer.analyze(text, [], None)] == [0.6, 0.6, 0.6, 0.4]


def test_acronyms_are_not_initials():
    text = ("GP said that the CSP agreed. The Police and Crime Commissioner (PCC) funds IDVA posts. "
            "The U.K. and the N.H.S. budget.")
    assert InitialsRecognizer().analyze(text, [], None) == []


@pytest.mark.parametrize("text, expected", [
    ("The applicant had borrowed the car from Mr D, Ms A’s boyfriend.", ["Mr D", "Ms A"]),
    ("He was stopped by police inspector B. while driving.", ["B."]),
    ("He visited a friend, B., in Sheffield.", ["B."]),
    ("The court appointed the lawyer H. as public defence counsel.", ["H."]),
    ("One of the jurors – “J” – had informed the judge.", ["J"]),
    ("On the same flight was his cousin, N. Both men were stopped.", ["N."]),
    ("The contract with Mr G.D. was signed.", ["Mr G.D."]),
])
def test_letter_names(text, expected):
    assert texts(LetterNameRecognizer(), text) == expected


@pytest.mark.parametrize("text", [
    "See Annex B and Plan B. Section 4 Part C applies to Area A.",
    "Mr. B. Bodén and Mr Brown attended.",           # an initial before a surname is the titled name's
    "The result was graded “A” by the panel.",        # a quoted letter needs a person word before it
    "A friend of the family said so.",               # "friend" after the letter, not before
    "Her brother Ben visited.",
    "His friend J. Smith and his cousin, N. Theobald, came.",   # initials before a surname
])
def test_letters_that_are_not_people(text):
    assert LetterNameRecognizer().analyze(text, [], None) == []


def test_letter_metadata_only_for_a_single_letter():
    recognizer = LetterNameRecognizer()
    [single] = recognizer.analyze("Mr B said no.", [], None)
    [chained] = recognizer.analyze("Mr G.D. said no.", [], None)
    assert single.recognition_metadata["letter"] == "B"
    assert chained.recognition_metadata["letter"] is None


@pytest.mark.parametrize("text, position, alone", [
    ("B. was under investigation", 0, False),        # a paragraph opening "B." is a heading's number
    ("Neither B. nor the applicant", 8, True),
    ("However, B. said", 9, True),
    ("in May 1995. H. attended", 13, True),
    ("see Annex B for", 10, False),
    ("under Article 1 A of the Convention", 16, False),
    ("a B-road", 2, False),
    ("the form (B) says", 10, False),
    ("paid to B in the amount", 8, True),
    ("the A4 paper", 4, False),
])
def test_letter_stands_alone(text, position, alone):
    assert letter_stands_alone(text, position) is alone


def test_initials_after_a_person_word():
    text = "He abused four other people including his brother, AM. The GP, IDVA and CSP met at 10 AM."
    assert texts(InitialsRecognizer(), text) == ["AM"]
