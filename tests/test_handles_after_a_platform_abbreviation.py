"""A username after a platform's abbreviation, as case notes and messages type it: "IG darek_k81", "sc:
lil.grace92", "FB big_darek", "TT kasia.k_", "X: mo_jones". Found by a red-team: only the platforms' names
("Snapchat:", "Insta") introduced a username without its "@".

The abbreviations are other things' too (a Special Constable's SC, "Town X", an "IG report"), so the word after
one is a username only when it is built as one: a digit, an underscore or a dot inside it."""
from __future__ import annotations

import itertools

import pytest

from redact.detect.recognizers import SocialHandleRecognizer
from recognizer_results import texts

PLATFORMS = ["IG", "ig", "Ig", "Insta", "SC", "sc", "Snap", "FB", "fb", "TT", "tt", "TikTok", "X", "YT", "Twitter",
             "Snapchat", "Instagram", "Facebook"]
SEPARATORS = [" ", ": ", " - ", ":", " – "]
HANDLES = ["darek_k81", "lil.grace92", "big_darek", "kasia.k_", "mo_jones", "grace.m", "d4rek", "_kasia_", "Darek_K81"]
FRAMES = ["Social media: {x}", "{x}", "advised to block {x}", "She was messaged from {x} at night.",
          "Accounts ({x}) were reported.", "{x}, now deleted"]


def _cases():
    for platform, separator, handle, frame in itertools.product(PLATFORMS, SEPARATORS, HANDLES, FRAMES):
        yield frame.format(x=f"{platform}{separator}{handle}"), handle


CASES = sorted(set(_cases()))


@pytest.fixture(scope="module")
def recognizer():
    return SocialHandleRecognizer()


def test_a_handle_after_every_abbreviation_is_found(recognizer):
    missed = [text for text, handle in CASES if handle not in texts(recognizer, text)]
    assert not missed, f"{len(missed)} of {len(CASES)}: {missed[:20]}"


@pytest.mark.parametrize("text", [
    "SC 1234 attended with PC 4471.", "The Town X police station.", "An IG report was made in 2021.",
    "FB posts were shown at trial.", "She went to the TT races in 2019.", "X-ray on 12.03.2021.",
    "See sc. 15.37 of the report.", "IG 2.1 was breached.", "TT 3.5 hours", "Snap 12 May", "X 2.0",
    "He used FB and IG daily.", "FB: see paragraph 4.2.", "SC: 15.37", "IG: v1"])
def test_the_abbreviations_in_ordinary_text_stay(recognizer, text):
    assert texts(recognizer, text) == []
