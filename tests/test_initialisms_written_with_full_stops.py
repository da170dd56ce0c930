"""An initialism a report writes with full stops ("D.O.B", "N.H.S", "G.P", "A.S.B.O"): the model reads it as a
place or an organisation ("D.O.B: 02/02/1971" came out "Place 1: [date of birth removed]", found by a
date-of-birth probe on 2026-12-05), as it does the capitals alone, which the project's list of report acronyms
(``redact/data/acronyms.txt``) already kept. The same list keeps the dotted forms now; a listed person's own
initials written so still go ("G.P." of a listed Grace Patel, where the model reads a person).

Generated: every acronym of the list, dotted with and without the last stop, in frames a tuned and a held-back
seed draw.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.initials import report_acronyms

TUNED, HELD_BACK = 2202, 6431
FRAMES = ["{x}: 02/02/1971", "The {x} was informed on the same day.", "Her {x} is recorded in the notes.",
          "A referral was made to the {x} in March.", "{x} records were shared with the panel.",
          "Contact with the {x} ended in 2019.", "Agency | {x} | contacted"]


def _cases(seed: int, n: int = 80) -> list[str]:
    rng = random.Random(seed)
    acronyms = sorted(a for a in report_acronyms() if a.isalpha() and a.isupper() and 2 <= len(a) <= 5)
    out = []
    for _ in range(n):
        acronym = rng.choice(acronyms)
        dotted = ".".join(acronym) + rng.choice(["", "."])
        out.append(rng.choice(FRAMES).format(x=dotted))
    return out


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_dotted_report_acronym_stays(redactor, seed):
    cases = _cases(seed)
    changed = [(text, out) for text in cases if (out := redactor.redact_text(text)) != text
               and not text.endswith("02/02/1971")]
    assert not changed, f"{len(changed)} of {len(cases)}: {changed[:8]}"


def test_a_listed_persons_dotted_initials_still_go():
    redactor = quiet_redactor({"people": [{"name": "Grace Patel", "pseudonym": "Mary"}]})
    out = redactor.redact_text("Grace Patel was referred in May. G.P. told the IDVA she was frightened.")
    # (her pseudonym or a "Person N": GP is also the report's word for a doctor, so the rules do not claim it)
    assert "G.P" not in out and out.startswith("Mary was referred"), out
