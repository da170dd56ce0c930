"""UK number plates in every written form, with or without a vehicle word the cue list had.

Found by a red-team: "Perpetrator drives WR70 NEF." ("drives" missing while "drive" and "drove" were listed), "A
Ford Focus YT21 KLM was stopped" (a car's make), "AB 12 CDE" (split), "CV19-UWA" (dashed), "M992 UWA" (the
prefix era), "ld70 hxf" (small letters) all survived `apply`. A current plate in capitals is taken without a cue:
on the TAB dev texts and the fixtures that shape matched nothing but plates."""
from __future__ import annotations

import itertools

import pytest

from redact.detect.recognizers import VehicleRegistrationRecognizer

# (plate, whether its form is taken with no vehicle word: a current plate in capitals, glued, spaced or dashed)
PLATES = [("WR70 NEF", True), ("WR70NEF", True), ("CV19-UWA", True), ("YT21 KLM", True), ("LD70 HXF", True),
          ("AB 12 CDE", False), ("M992 UWA", False), ("R12 UKD", False), ("KDF 123D", False), ("ld70 hxf", False),
          ("Wr70 Nef", False), ("cv19-uwa", False)]
CUED = ["Perpetrator drives {p}.", "He was driving {p} that night.", "A Ford Focus {p} was stopped.",
        "She owned a Vauxhall Corsa, {p}.", "The BMW ({p}) was parked outside.", "ANPR hit on {p}.",
        "His van {p} was clamped.", "He drove a silver Ford Focus, {p}.", "A red van, reg {p}.",
        "The taxi {p} was seen at 23:10.", "Vehicle: {p}", "registered keeper of {p}", "She parks {p} there.",
        "A Land Rover {p} was towed."]
UNCUED = ["{p} was seen at 23:10.", "Code {p} appears.", "See {p} in the log."]


def _cases():
    for (plate, alone), frame in itertools.product(PLATES, CUED):
        yield frame.format(p=plate), plate
    for (plate, alone), frame in itertools.product(PLATES, UNCUED):
        if alone:
            yield frame.format(p=plate), plate


CASES = sorted(set(_cases()))


@pytest.fixture(scope="module")
def recognizer():
    return VehicleRegistrationRecognizer()


def _taken(recognizer, text):
    return [text[r.start:r.end] for r in recognizer.analyze(text, []) if r.score >= 0.5]


def test_every_form_of_a_plate_is_taken(recognizer):
    missed = [text for text, plate in CASES if plate not in _taken(recognizer, text)]
    assert not missed, f"{len(missed)} of {len(CASES)}: {missed[:20]}"


# shapes of other things: a month in capitals, a postcode, a statute, a section, a time, money, a paragraph
@pytest.mark.parametrize("text", [
    "He drove there ON 12 MAY 2021.", "The car was parked at LS1 4DY.", "He drove a car; see s.9 of the Act 2004.",
    "She drove to the A64 at 14:05.", "The van cost £1,200 in 2021/22.", "The car is in paragraph 15.37.",
    "He drove the M62 and the A1 MEN route.", "The ABC 123 report on car crime.", "The driver read page 12.",
    "He drove from 0415-0502 hrs.", "Covid19 car park", "He drove ab 12 cars.", "car see 12a",
    "He drove on the B1234 road.", "the car in Room 101"])
def test_other_shapes_stay(recognizer, text):
    assert _taken(recognizer, text) == []
