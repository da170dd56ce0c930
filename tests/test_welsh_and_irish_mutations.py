"""A listed name or place with a Welsh or Irish initial mutation, after the word that causes it.

Found by a probe: "Roedd hi'n byw ym Mhontypridd" kept "Mhontypridd" (Pontypridd listed) and `verify` called the
copy clean; "yng Nghaerffili" and "i Wenllian" went only when the model happened to read them as somebody new.
Adding every mutated form of every listed word was tried and undone (docs/quality.md, 2026-12-02: "Hollie" for a
listed Ollie, "Tegan" for Egan, "4cm gash" for Cash, "A chara" for Cara), so a form counts only right after one of
its trigger words, written with a name's capital.

The mutated forms below are made by this file's own table (after a grammar's: soft, nasal, aspirate), not by the
code under test; the Irish ones are written out by hand.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = ["Gwenllian Parry", "Dafydd Pritchard", "Carys Bowen", "Bethan Morgan", "Tomos Llewelyn",
          "Rhiannon Davies", "Gareth Tudur", "Catrin Bevan", "Meinir Gruffudd", "Llinos Dafis"]
PLACES = ["Pontypridd", "Caerdydd", "Bangor", "Dinbych", "Tregaron", "Merthyr", "Caerfyrddin", "Llanelli",
          "Porthmadog", "Caernarfon", "Bethesda", "Machynlleth", "Talgarth", "Glynebwy", "Dolgellau", "Rhuthun"]
RULES = {"people": [{"name": name, "pseudonym": f"Adult {chr(65 + i)}"} for i, name in enumerate(PEOPLE)],
         "places": [{"name": name, "pseudonym": f"Area {chr(65 + i)}"} for i, name in enumerate(PLACES)],
         "dates": {"date_of_death": "2023-06-14"}}
PSEUDONYM = {entry["name"]: entry["pseudonym"] for entry in RULES["people"] + RULES["places"]}

# (the letters a word starts with, what they become), longest first, and the words that cause each mutation
SOFT = [("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f")]
NASAL = [("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng")]
ASPIRATE = [("p", "ph"), ("t", "th"), ("c", "ch")]
MUTATIONS = {"soft": (SOFT, ["i", "o", "am", "ar", "at", "gan", "heb", "hyd", "dan", "dros", "drwy", "trwy", "wrth"]),
             "nasal": (NASAL, ["yn", "fy"]),
             "aspirate": (ASPIRATE, ["a", "â", "gyda", "efo", "tua", "na"])}
# Welsh sentences, and English ones quoting Welsh; the trigger opening a sentence too, where the English model reads
# "Fy Nhomos" as one new person
SENTENCES = ["{T} {w} y daeth yr alwad, meddai hi.", "Roedd hi wedi symud {t} {w} yn 2019.", "Dywedodd y tyst ei bod hi'n mynd {t} {w} bob dydd.",
             "Aeth yr heddlu {t} {w} ddoe.", 'The message read: "dw i\'n mynd {t} {w} heno x".',
             "Mae'r teulu yn dweud iddi siarad {t} {w} cyn y digwyddiad.",
             "He wrote in Welsh that he was \"gartref {t} {w}\" that night."]


def mutate(word: str, table) -> str | None:
    low = word.lower()
    if low[:2] in ("th", "ph", "ch", "dd", "ff"):
        return None      # letters of their own: they do not mutate as T, P, C, D, F
    for letters, becomes in table:
        if low.startswith(letters):
            made = becomes + word[len(letters):]
            return made[:1].upper() + made[1:]
    return None


def _cases(seed: int = 20261203) -> list[tuple[str, str, str]]:
    """(sentence, mutated word, the listed name's pseudonym): every word of every listed name and place that a
    mutation changes, under each mutation, with triggers and sentences drawn at random (seeded)."""
    rng = random.Random(seed)
    cases = []
    words = [(word, name) for name in PEOPLE for word in name.split()] + [(name, name) for name in PLACES]
    for word, name in words:
        for kind, (table, triggers) in MUTATIONS.items():
            mutated = mutate(word, table)
            if mutated is None:
                continue
            trigger = rng.choice(triggers)
            if kind == "nasal" and trigger == "yn":     # "yn" is written "ym" before m, "yng" before ng
                trigger = "ym" if mutated.startswith("M") else "yng" if mutated.startswith("Ng") else "yn"
            sentence = rng.choice(SENTENCES)
            cases.append((sentence.format(t=trigger, T=trigger.capitalize(), w=mutated), mutated, PSEUDONYM[name]))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def test_the_generator_covers_every_mutation_and_enough_names():
    assert len(CASES) >= 70
    for letters in ("Mh", "Ngh", "Nh", "Ph", "Th", "Ch", "Dd"):
        assert any(mutated.startswith(letters) for _, mutated, _ in CASES), letters


@pytest.mark.parametrize("text, mutated, pseudonym", CASES)
def test_a_mutated_listed_name_after_its_trigger_goes_to_its_pseudonym(redactor, text, mutated, pseudonym):
    assert not verify_bytes(text.encode(), "txt", RULES).ok, text
    out = redactor.redact_text(text)
    assert not re.search(rf"(?<!\w){re.escape(mutated)}(?!\w)", out), out
    assert pseudonym in out, out
    assert verify_bytes(out.encode(), "txt", RULES).ok, out


@pytest.mark.parametrize("text, expected", [
    ("Roedd hi'n byw ym Mhontypridd.", "Roedd hi'n byw ym Area A."),
    ("Roedd hi'n byw yng Nghaerffili ac ym Mangor.", "Roedd hi'n byw yng Area Q ac ym Area C."),
    ("Roedd hi'n gweithio yng Nghaerdydd.", "Roedd hi'n gweithio yng Area B."),
    ("Mae hi'n byw yn Sir Ddinbych.", "Mae hi'n byw yn Sir Area D."),
    ("Aeth hi i Wenllian am help.", "Aeth hi i Adult A am help."),
])
def test_the_probe_sentences(text, expected):
    rules = {**RULES, "places": RULES["places"] + [{"name": "Caerffili", "pseudonym": "Area Q"}]}
    out = quiet_redactor(rules).redact_text(text)
    # (the sentence's opening verb, "Roedd", may still be read by the English model as a person: its Welsh
    # run-ons, docs/quality.md; the rest of the sentence is this change's)
    assert out.endswith(expected.split(" ", 1)[1]), out


IRISH = {"people": [{"name": "Pádraig Ó Súilleabháin", "pseudonym": "Adult A"},
                    {"name": "Máire Ní Dhonnchadha", "pseudonym": "Adult B"},
                    {"name": "Áine Breathnach", "pseudonym": "Adult C"}],
         "places": [{"name": "Baile Átha Cliath", "pseudonym": "Area A"}, {"name": "Corcaigh", "pseudonym": "Area B"},
                    {"name": "Port Láirge", "pseudonym": "Area C"}, {"name": "Trá Lí", "pseudonym": "Area D"},
                    {"name": "Doire", "pseudonym": "Area E"}, {"name": "Sionainn", "pseudonym": "Area F"},
                    {"name": "Gaillimh", "pseudonym": "Area G"}],
         "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("text, gone, pseudonym", [
    ("Bhí sí ina cónaí i mBaile Átha Cliath.", "mBaile", "Area A"),
    ("Bhí sé ag obair i gCorcaigh anuraidh.", "gCorcaigh", "Area B"),
    ("Rugadh í i bPort Láirge.", "bPort", "Area C"),
    ("Bhí siad i dTrá Lí an samhradh sin.", "dTrá", "Area D"),
    ("Tá a deartháir i nDoire.", "nDoire", "Area E"),
    ("Tháinig sé ó Chorcaigh inné.", "Chorcaigh", "Area B"),
    ("Bhí sí ag siúl cois na Sionainne, in aice leis an tSionainn.", "tSionainn", "Area F"),
    ('The card said "Go raibh maith agat, a Phádraig".', "Phádraig", "Adult A"),
    ("Thug sé an litir do Mháire ar maidin.", "Mháire", "Adult B"),
    ("Labhair sé le hÁine faoi.", "hÁine", "Adult C"),
    ("Chuaigh siad go Gaillimh agus ansin ó Ghaillimh go Corcaigh.", "Ghaillimh", "Area G"),
])
def test_irish_mutations_after_their_triggers(text, gone, pseudonym):
    assert not verify_bytes(text.encode(), "txt", IRISH).ok, text
    out = quiet_redactor(IRISH).redact_text(text)
    assert gone not in out and pseudonym in out, out
    assert verify_bytes(out.encode(), "txt", IRISH).ok, out


# the same look-alikes with no trigger, in English: another person, or a word (the reverted change took them)
@pytest.mark.parametrize("listed, text", [
    ("Ollie Barnes", "Hollie called the police. Later Hollie's mother arrived."),
    ("Sean Egan", "Tegan was her closest friend and Tegan gave a statement."),
    ("Ravi Dillon", "Mr Dhillon the GP saw her. The Dhillon family lived next door."),
    ("Jimmy Cash", "He had a 4cm gash on his head, the Gash recorded by the paramedic."),
    ("Cara Lowe", "The letter from Dublin opened \"a chara\" and was signed by the clerk."),
    ("Cara Lowe", "A Chara,\nThank you for your letter of 3 March. Is mise le meas, the clerk."),
    ("Gemma Hale", "She was at Emma's flat and spoke to Emma about it."),
    ("Tomas Lewis", "She met a Thomas at the pub and went at Thomas's invitation."),
    ("Tai Ellis", "They ate at a Thai restaurant in town."),
    ("Cristian Ellis", "She is a Christian and went to a Christmas party with Chris."),
    ("Tom Reed", "He stayed at Dom's flat before he went at Dom's request."),
    ("Gwyn Hale", "Wyn, her uncle, drove her home. I Wyn would have known."),
    ("Glyn Hale", "At Lyn's house the children slept. A Lyn Jones called."),
    ("Ben Hale", "The men were at Fen Ditton; a Men's Shed helped him."),
    ("Dan Parry", "She moved to Barry in 2019 and lived at Barry Island."),
    ("Tara Pike", "I Dara was her key worker at the time."),
])
def test_look_alikes_without_a_trigger_or_in_english_are_kept(listed, text):
    rules = {"people": [{"name": listed, "pseudonym": "Zed"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(text)
    assert "Zed" not in out, out
    assert verify_bytes(text.encode(), "txt", rules).ok, text


@pytest.mark.parametrize("text, kept", [
    ("Dywedodd hi ei bod wedi mynd i'r ysbyty gyda chara o'r ysgol.", "chara"),   # "cara" (friend), no name
    ("He was at Bangor University in 2010, and his GP wrote to Pontypridd.", "University"),
    ("She bought the chair from the Nghaerdydd stall.", "Nghaerdydd"),   # after no trigger word
])
def test_ordinary_words_and_the_listed_forms_stay_as_they_are(redactor, text, kept):
    out = redactor.redact_text(text)
    assert kept in out, out
    # only the listed names written as they are listed become their pseudonyms
    assert set(re.findall(r"(?:Adult|Area) [A-Z]", out)) <= {PSEUDONYM[name] for name in PLACES if name in text}, out
    assert verify_bytes(out.encode(), "txt", RULES).ok, out


@pytest.mark.parametrize("text", [
    "Bhí sé sa bhaile inné.",                  # "sa bhaile" (at home): a word in small letters
    "Dúirt sí go raibh sí i gcónaí ag obair.",
    "The Irish for Cork is written with a capital C.",
])
def test_irish_words_in_small_letters_stay(text):
    assert quiet_redactor(IRISH).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", IRISH).ok


@pytest.mark.parametrize("place, opening", [("Caerffili", "Yng Nghaerffili"), ("Pontypridd", "Ym Mhontypridd"),
                                            ("Bangor", "Ym Mangor"), ("Tregaron", "Yn Nhregaron"),
                                            ("Dinbych", "Yn Ninbych"), ("Glynebwy", "Yng Nglynebwy")])
def test_a_mutated_place_opening_a_sentence_keeps_its_trigger_word(place, opening):
    # the model reads "Yng Nghaerffili" as a person; the trigger left beside the listed place is no person of its own
    rules = {"places": [{"name": place, "pseudonym": "Area A"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(f"{opening}, roedd y tŷ yn oer.")
    trigger = opening.split()[0]
    assert out == f"{trigger} Area A, roedd y tŷ yn oer.", out
