"""A username written without its "@" some words after the platform that introduces it: "Her snapchat was
@jojo_whit84 and her insta jowhitfield." came out "[social media account]eld": the username was looked for in a
window of 40 characters after the cue word and cut where the window ended, leaving the rest of the name behind its
placeholder. The window bounds where a username may start, never where it ends.

Generated: a cue (platform or "username"), a few words of varied length, then a username built as people build
them from names of many communities (joined, with a dot or an underscore, digits); the tuned seed's cases and the
held-back seed's are counted apart.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

TUNED, HELD_BACK = 40417, 91357   # (77113 was seen while fixing: now tuned-like, not run)
PLACEHOLDER = "[social media account]"
GIVEN = ["joanne", "siobhan", "rhiannon", "eilidh", "priya", "gurpreet", "abena", "chiamaka", "shanice", "kasia",
         "oksana", "mei", "aisha", "elif", "yasmin", "dariusz", "kwame", "tariq", "connor", "callum", "delroy",
         "bogdan", "thanh", "farhana", "nkechi", "lowri", "aoife", "mohammed", "jakub", "svetlana"]
FAMILY = ["whitfield", "obrien", "pritchard", "macleod", "sharma", "sandhu", "mensah", "okafor", "campbell",
          "kowalska", "kovalenko", "chen", "hussain", "yilmaz", "rahman", "nowak", "boateng", "jones", "llewellyn",
          "nguyen", "begum", "adeyemi", "murphy", "popescu", "petrova", "iqbal", "walsh", "ferreira"]
CUES = ["snapchat", "Snapchat", "insta", "Instagram", "tiktok", "TikTok", "facebook", "username", "user name",
        "handle", "twitter"]
# words between the cue and the username, from none to several, so that the username straddles any window
LINKS = ["was", "name was", "account, which she rarely used, was", "was changed in the spring of that year to",
         "handle at the time, according to her sister, was", "profile (set to private after March) was",
         "was still listed under the old name", "was"]


def _username(rng: random.Random) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    shapes = [given + family, given[:2] + family, given + "." + family, given + "_" + family[:4],
              given[:3] + family + str(rng.randint(70, 99)), family + given[:1] + str(rng.randint(1, 999)),
              given + family[:1] + "_" + str(rng.randint(1, 99))]
    return rng.choice(shapes)


def _cases(seed: int, n: int = 60) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        username = _username(rng)
        link = rng.choice(LINKS)
        if link.endswith("name"):
            continue
        opening = rng.choice(["Her", "His", "The victim's", "Her daughter said her", "Police found that his"])
        before = rng.choice(["", f"Her snapchat was @{rng.choice(GIVEN)}_{rng.randint(10, 99)} and ",
                             "According to the chronology, "])
        text = f"{before}{opening} {rng.choice(CUES)} {link} {username}{rng.choice(['.', ' until 2021.', ','])}"
        cases.append((text, username))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})


def _wrong(redactor, cases) -> list[tuple[str, str]]:
    wrong = []
    for text, username in cases:
        out = redactor.redact_text(text)
        # the whole username goes, and nothing of it is left glued to the placeholder
        if username in out or re.search(re.escape(PLACEHOLDER) + r"[\w.]*\w", out):
            wrong.append((text, out))
    return wrong


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_username_far_from_its_cue_goes_whole(redactor, seed):
    cases = _cases(seed)
    wrong = _wrong(redactor, cases)
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:8]}"


@pytest.mark.parametrize("text", [
    "Her snapchat account was deleted by her brother after the funeral in the spring of that year.",
    "His facebook page, which the family had set up in memory of him, was still online.",
    "Her instagram was private and the police did not apply for its contents.",
    "She posted on facebook at 12.30pm that day.", "Her snapchat was used at 10.15am and again at 11pm.",
    "Her facebook account was reported under s.127 of the Communications Act 2003.",
    "His tiktok had 3k followers and 120 posts.", "She messaged on snapchat about the 2nd appointment.",
    "His instagram handle, the officer noted at para.12 of the statement, was no longer active by 2022.",
])
def test_ordinary_words_after_a_cue_stay(redactor, text):
    assert redactor.redact_text(text) == text
