"""A listed name run into a username with no word boundary ("oksanak88", "xkovalenkox", "oksanakov").

Found by a list of the usernames a report quotes: a name was found where a digit, a capital or "_ . @" ended it
("oksana88", "OksanaK1988", "kovalenko_o"), but "oksanak88", "oksanakov" and "xoksanax" stayed as written, and
`verify` passed them: the gate was as blind as the detector. Both now read a one-word identifier (a token with a
digit or "_ . @" inside, or a lower-case word after "username", "Snapchat", "handle"...) letter by letter, for
listed names of four letters or more that are no ordinary English word.
"""
from __future__ import annotations

import pytest

from community_names import PEOPLE_FROM_TOWNS
from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.normalise import fold_key

# usernames made as people make them: a given name or surname, run into an initial, another word or digits
SHAPES = ["{given}{f}{yy}", "{f}{surname}{yy}", "x{given}x", "{given}{surname3}", "mrs{surname}", "{surname}{g}",
          "{given}{surname}{yy}", "the{given}{yy}"]
WRITTEN = ["Her username was {u}.", "Her Snapchat was {u}", "She messaged him from {u} on Instagram.",
           "His gamertag was {u}.", "The account {u} sent the messages.", "Her TikTok handle: {u}"]


def _ascii(word: str) -> str:
    return fold_key(word).replace(" ", "")


def _cases():
    cases = []
    for index, (full, _, _) in enumerate(PEOPLE_FROM_TOWNS):
        given, surname = full.split()[0], full.split()[-1]
        if len(_ascii(given)) < 4 or len(_ascii(surname)) < 4:
            continue
        shape = SHAPES[index % len(SHAPES)]
        username = shape.format(given=_ascii(given), surname=_ascii(surname), f=_ascii(surname)[0],
                                g=_ascii(given)[0], yy=88 + index, surname3=_ascii(surname)[:3])
        cases.append((full, username, WRITTEN[index % len(WRITTEN)].format(u=username)))
    return cases


CASES = _cases()


def _rules(full: str) -> dict:
    return {"people": [{"name": full, "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("full, username, text", CASES)
def test_a_listed_name_glued_into_a_username_goes(full, username, text):
    out = quiet_redactor(_rules(full)).redact_text(text)
    assert username not in out, out
    assert not any(_ascii(part) in fold_key(out).replace(" ", "") for part in full.split()
                   if len(_ascii(part)) >= 4), out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok


@pytest.mark.parametrize("full, username, text", CASES)
def test_verify_reports_it(full, username, text):
    assert not verify_bytes(text.encode(), "txt", _rules(full)).ok, text


@pytest.mark.parametrize("text", [
    "The annual report for 2023 was late.",           # "Ann" is under four letters
    "The wifi password was rosegarden12.",            # "Rose" is an ordinary word (a username is a contact
                                                      # detail of its own: test_identity_numbers_ip_usernames.py)
    "The form ref. JAMESON2023 was filed.",           # not a listed name: "James" is not listed
    "The wifi password was ruthgreen88.",              # the pseudonym
])
def test_other_tokens_stay(text):
    rules = {"people": [{"name": "Ann Rose Kowalczyk", "pseudonym": "Ruth Green"}],
             "dates": {"date_of_death": "2023-06-14"}}
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok
