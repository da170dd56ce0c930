"""people recognisers: titled names and ranks, initials in a person context."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import InitialsRecognizer, TitledPersonRecognizer


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
