"""A listed name whose last letter carries a combining mark of its own ("Adébáyọ̀": o, dot below, then a combining
grave no precomposed letter holds; any name typed decomposed, NFD) is replaced with its marks: the mark was left on
the pseudonym ("Peter̀ signed"). 2026-12-07, stop 56, from redteam56's Yoruba draft."""
from __future__ import annotations

import unicodedata

import pytest

from quietly import redact_text

# (listed name as the rules write it, as the draft writes it): the marks composed in the rules, decomposed or with
# a mark no precomposed letter has in the draft; Yoruba, Vietnamese, Lithuanian, Welsh, Igbo
NAMES = [("Olúṣẹ́gun Adébáyọ̀", "Adébáyọ̀"), ("Nguyễn Thị Hoa", unicodedata.normalize("NFD", "Nguyễn")),
         ("Rūta Kazlauskienė", unicodedata.normalize("NFD", "Kazlauskienė")),
         ("Siân Pritchard", unicodedata.normalize("NFD", "Siân")), ("Chídì Ọ̀kọ̀", "Ọ̀kọ̀"),
         ("Tóyìn Bánkọ́lé", unicodedata.normalize("NFD", "Bánkọ́lé"))]


@pytest.mark.parametrize("listed, written", NAMES)
@pytest.mark.parametrize("sentence", ["{W} signed the form.", "Police spoke to {W}.", "{W}'s car was seen.",
                                      "{W}\tPolice\tArrested."])
def test_no_mark_is_left_on_the_pseudonym(listed, written, sentence):
    rules = {"version": 1, "review": "t", "people": [{"name": listed, "pseudonym": "Peter"}],
             "dates": {"date_of_death": "2023-11-04"}}
    out = redact_text(sentence.format(W=written), rules)
    assert "Peter" in out, out
    assert not any(unicodedata.category(c) in ("Mn", "Me") for c in out), ascii(out)
