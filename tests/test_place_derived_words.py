"""A listed place's derived words, its people and its adjective ("a proud Wexhamite", "Wexhamian families",
"Londoners", "the Yorkshireman"), are the place: apply replaces them and verify reports them.

Found by benchmarks/listed_form_probes.py: of 95 derived words of 10 listed places, 19 survived apply and verify
saw none of 35 (the name is there, run into an ending, so no listed form matched whole-word). English words made
the same way ("dealer" when Deal is listed, "a Victorian house" when Victoria is, "hovers" when Hove is), names
after a title ("Mr Chesterman") and other places ("Wexhampton") stay.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

# Invented and real places of England, Wales, Scotland and Ireland, with derived words written as people write
# them: the ending glued on, a final e or y dropped before a vowel ("Ashcombite", "Coventrian")
DERIVED = {
    "Wexham": ["Wexhamite", "Wexhamites", "Wexhamer", "Wexhamian"],
    "Holmfirth": ["Holmfirther", "Holmfirthians"],
    "Ashcombe": ["Ashcombite", "Ashcombian"],
    "Kettleby": ["Kettlebian", "Kettlebyite"],
    "Pontllan": ["Pontllanites", "Pontllaner"],
    "Castlereagh": ["Castlereaghite", "Castlereaghman"],
    "Ballykeel": ["Ballykeelian", "Ballykeelers"],
    "Tregarth": ["Tregarthian", "Tregarthers"],
    "Redbridge": ["Redbridgian", "Redbridgers"],
    "Auchterleven": ["Auchterlevenite", "Auchterlevener"],
    "London": ["Londoner", "Londoners"],
    "Bristol": ["Bristolian", "Bristolians"],
    "Luton": ["Lutonian"],
    "Swindon": ["Swindonians"],
    "Oldham": ["Oldhamer"],
    "Wigan": ["Wiganers"],
    "Coventry": ["Coventrian"],
    "Yorkshire": ["Yorkshireman", "Yorkshirewomen"],
    "Milton Keynes": ["Milton Keynesian"],
}
SINGULAR = ["She described herself as a proud {x}.", "Her father, a {x} by birth, moved away in 2010.",
            "Many {x} families use the service.", "The {x} community rallied round."]
PLURAL = ["{x} were shocked by her death.", "Local {x} knew the family well.", "Two {x} gave statements."]

def _sentences(word: str) -> list[str]:
    return PLURAL if word.endswith(("s", "men")) else SINGULAR


CASES = [(place, word, _sentences(word)[(i + j) % len(_sentences(word))].format(x=word))
         for i, (place, words) in enumerate(DERIVED.items()) for j, word in enumerate(words)]
CASES += [(place, word.upper(), f"REFERRALS FROM {word.upper()}") for place, word in
          [("Wexham", "Wexhamites"), ("Bristol", "Bristolians"), ("Ashcombe", "Ashcombian")]]
CASES += [("Wexham", "Wexhamite's", "The Wexhamite's car was seen."),
          ("Holmfirth", "Holmfirthers'", "The Holmfirthers' association wrote to the panel.")]


def _rules(place: str) -> dict:
    return {"people": [{"name": "Hannah Whitcombe", "pseudonym": "Pia"}],
            "places": [{"name": place, "pseudonym": "Town A"}], "dates": {"date_of_death": "2021-04-17"}}


def _stem(place: str) -> str:
    """The place's letters that every derived word keeps ("Ashcomb", "Coventr")."""
    return fold_key(place[:-1] if place.endswith(("e", "y")) else place)


@pytest.fixture(scope="module")
def tools():
    made: dict = {}

    def get(place: str):
        if place not in made:
            made[place] = (quiet_redactor(_rules(place)), LeakFinder(parse_rules(_rules(place))))
        return made[place]
    return get


@pytest.mark.parametrize("place,word,sentence", CASES, ids=[f"{p}:{w}" for p, w, _ in CASES])
def test_apply_replaces_a_derived_word(tools, place, word, sentence):
    redactor, _ = tools(place)
    out = redactor.redact_text(sentence)
    assert _stem(place) not in fold_key(out) and "town a" in fold_key(out), (sentence, out)


@pytest.mark.parametrize("place,word,sentence", CASES, ids=[f"{p}:{w}" for p, w, _ in CASES])
def test_verify_reports_a_derived_word_and_passes_the_output(tools, place, word, sentence):
    redactor, finder = tools(place)
    start = sentence.index(word)
    spans = finder.spans(sentence)
    assert any(s <= start < e for s, e, kind, _ in spans if kind == "place"), (sentence, spans)
    out = redactor.redact_text(sentence)
    assert finder.spans(out) == [], (out, finder.spans(out))


@pytest.mark.parametrize("sentence,reads", [
    ("She described herself as a proud Wexhamite.", "a proud Town A resident."),
    ("Wexhamites were shocked by her death.", "Town A residents were shocked"),
    ("Many Wexhamian families use the service.", "Many Town A families"),
    ("REFERRALS FROM WEXHAMITES", "REFERRALS FROM TOWN A RESIDENTS"),
    ("The Wexhamite's car was seen.", "The Town A resident's car"),
    ("A Wexhamian-born officer attended.", "A Town A-born officer"),
    ("She was a Wexhamite and a mother of two.", "a Town A resident and a mother"),
])
def test_the_replacement_reads_as_english(tools, sentence, reads):
    redactor, _ = tools("Wexham")
    assert reads in redactor.redact_text(sentence)


# (listed place, sentence that must come out as written and that verify must pass)
KEPT = [
    ("Deal", "The dealer was arrested in 2019."),
    ("Deal", "Drug dealers operated near the flat."),
    ("Cove", "Her cover story did not hold."),
    ("Hove", "A police helicopter hovers over the estate at night."),
    ("Wick", "She kept the letters in a wicker basket."),
    ("Victoria", "They lived in a Victorian terrace."),
    ("Georgia", "The Georgian house had been divided into flats."),
    ("Milton Keynes", "The report does not rest on Keynesian economics."),
    ("March", "The marchers blocked the road outside the court."),
    ("Stone", "He was described as a stoner by his friends."),
    ("Wexham", "She moved to Wexhampton in 2015."),
]


@pytest.mark.parametrize("place,sentence", KEPT)
def test_english_words_and_other_places_stay(tools, place, sentence):
    redactor, finder = tools(place)
    out = redactor.redact_text(sentence)
    assert "Town A" not in out, out
    assert not [s for s in finder.spans(sentence) if s[2] == "place"], finder.spans(sentence)


@pytest.mark.parametrize("text", ["Mr Chesterman, the neighbour, called the police.",
                                  "The neighbour (Mrs. Chesterman) called the police.", "DC Chesterman attended."])
def test_a_surname_after_a_title_is_someone_else(tools, text):
    redactor, finder = tools("Chester")
    out = redactor.redact_text(text)
    assert "Town A" not in out, out
    assert not finder.spans(text)


def test_the_plain_place_and_its_other_forms_still_go(tools):
    redactor, _ = tools("Wexham")
    out = redactor.redact_text("The Wexham-based charity and Wexham's police moved her from WEXHAM.")
    assert not re.search("wexham", out, re.IGNORECASE), out
