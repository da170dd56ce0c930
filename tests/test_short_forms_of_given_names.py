"""A short form a community writes for a listed given name is the listed person (``redact.short_forms``).

Found by a probe (2026-12-03): with Oluwaseun Adeyemi (Mary) and Chukwuemeka Okafor (John) listed, "Seun told her
GP that Emeka had pushed her" became "Person 1 told her GP that Emeka had pushed her": the model missed "Emeka", gave
"Seun" a new "Person 1", and ``verify`` said clean on both. A short form of the victim's name identifies her. Now the
short forms of a listed given name (nam_dict.txt's equivalent names, a small table of Polish, Russian, Ukrainian,
Iberian and other diminutives, and a Yoruba, Igbo or Arabic name without its opening element) are forms of the
person: apply gives the pseudonym and verify reports one left.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.short_forms import short_forms_of

# (listed name, a short form the community writes for the given name); many communities
PEOPLE = [
    ("Oluwaseun Adeyemi", "Seun"), ("Oluwafemi Bakare", "Femi"), ("Babatunde Ogunleye", "Tunde"),
    ("Adebayo Afolabi", "Bayo"), ("Olufunmilayo Adewale", "Funmi"), ("Ayodele Oyelaran", "Dele"),
    ("Olusegun Adeyinka", "Segun"), ("Adekunle Balogun", "Kunle"),                             # Yoruba
    ("Chukwuemeka Okafor", "Emeka"), ("Chiamaka Nwosu", "Amaka"), ("Chinedu Eze", "Nedu"),
    ("Ngozichukwu Obi", "Ngozi"), ("Chinonso Okeke", "Nonso"),                                 # Igbo
    ("Katarzyna Nowak", "Kasia"), ("Małgorzata Wiśniewska", "Gosia"), ("Aleksandra Kowalczyk", "Ola"),
    ("Agnieszka Wójcik", "Aga"), ("Jakub Zieliński", "Kuba"), ("Wojciech Lewandowski", "Wojtek"),  # Polish
    ("Mykhailo Kovalenko", "Misha"), ("Oleksandra Bondarenko", "Sasha"), ("Tetiana Shevchenko", "Tanya"),
    ("Volodymyr Melnyk", "Volodya"),                                                            # Ukrainian
    ("Yekaterina Ivanova", "Katya"), ("Mikhail Petrov", "Misha"), ("Anastasia Smirnova", "Nastya"),  # Russian
    ("José García", "Pepe"), ("Francisco Fernández", "Paco"), ("Guadalupe Hernández", "Lupe"),
    ("Dolores Moreno", "Lola"), ("Ignacio Ruiz", "Nacho"),                                      # Spanish
    ("Abdulrahman Hassan", "Rahman"), ("Abdikarim Warsame", "Abdi"),                            # Arabic, Somali
    ("Margaret Doyle", "Maggie"), ("William Hartley", "Billy"), ("Rebecca Walsh", "Becky"),      # English
    ("Dafydd Pritchard", "Dai"), ("Pádraig Ó Briain", "Paddy"),                                  # Welsh, Irish
    ("Giuseppe Russo", "Beppe"),                                                                 # Italian
]

SENTENCES = ["{s} told her GP that she was frightened.", "Her sister said {s} had been pushed.",
             "Police spoke to {s} at the address.", "{s}'s neighbour heard shouting.",
             "The health visitor saw {s} on two occasions.", "A friend described {s} as withdrawn."]

DATES = {"date_of_death": "2023-06-14"}


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    people = PEOPLE[:]
    rng.shuffle(people)
    return [(person, rng.choice(SENTENCES)) for person in people[:count]]


@pytest.mark.parametrize("person, sentence", _cases(71, len(PEOPLE)))
def test_a_short_form_of_a_listed_given_name_is_the_listed_person(person, sentence):
    name, short = person
    rules = {"people": [{"name": name, "pseudonym": "Clare"}, {"name": "Delroy Campbell", "pseudonym": "Adam"}],
             "dates": DATES}
    text = sentence.format(s=short) + " Delroy Campbell was not at home."
    out = quiet_redactor(rules).redact_text(text)
    assert not re.search(rf"\b{re.escape(short)}\b", out), out
    assert sentence.format(s="Clare") in out, out
    assert not verify_bytes(text.encode(), "txt", rules).ok, "verify says clean on the short form"
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("person", random.Random(72).sample(PEOPLE, 12))
def test_verify_reports_a_short_form_left(person):
    name, short = person
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    verdict = verify_bytes(f"On 3 May {short} rang the helpline.".encode(), "txt", rules)
    assert not verdict.ok


def test_the_reported_leak_short_forms_of_two_people():
    rules = {"people": [{"name": "Oluwaseun Adeyemi", "pseudonym": "Mary"},
                        {"name": "Chukwuemeka Okafor", "pseudonym": "John"},
                        {"name": "Katarzyna Nowak", "pseudonym": "Susan"},
                        {"name": "Babatunde Adeyemi", "pseudonym": "Peter"}], "dates": DATES}
    text = "Seun told her GP that Emeka had pushed her. Her sister Kasia said Seun was frightened. Tunde rang."
    out = quiet_redactor(rules).redact_text(text)
    assert out == "Mary told her GP that John had pushed her. Her sister Susan said Mary was frightened. Peter rang.", out


# ------------------------------------------------------------------------------------------------ must keep

def test_another_listed_persons_own_name_keeps_the_word():
    """"Tunde" is Tunde Bakare where he is listed, not the short form of Babatunde Ogunleye."""
    rules = {"people": [{"name": "Babatunde Ogunleye", "pseudonym": "Peter"},
                        {"name": "Tunde Bakare", "pseudonym": "Kevin"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text("Tunde visited the flat. Babatunde was at work.")
    assert out == "Kevin visited the flat. Peter was at work.", out


@pytest.mark.parametrize("name, short, other", [("Babatunde Ogunleye", "Tunde", "Tunde Bakare"),
                                                ("Katarzyna Nowak", "Kasia", "Kasia Zielińska"),
                                                ("Chukwuemeka Okafor", "Emeka", "Emeka Obi"),
                                                ("Yekaterina Ivanova", "Katya", "Katya Morozova")])
def test_somebody_else_with_the_short_form_and_another_surname_is_another_person(name, short, other):
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(f"The panel thanked {other} for her time. {name} did not attend.")
    assert other.split()[-1] not in out and short not in out, out
    assert "Clare Person" not in out and "Person 1 Clare" not in out and re.search(r"thanked Person \d+ for", out), out


@pytest.mark.parametrize("text", ["Her cousin Yemi rang the police.", "Yemi had known her since school."])
def test_a_surname_is_not_shortened(text):
    """"Yemi" of the surname Adeyemi is somebody's given name, not the listed person."""
    rules = {"people": [{"name": "Oluwaseun Adeyemi", "pseudonym": "Mary"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(text)
    assert "Mary" not in out, out


@pytest.mark.parametrize("name, text", [
    ("Patricia Walsh", "She was given a pat on the back and told to sue the landlord."),
    ("Arthur Jenkins", "The art therapy group met on Tuesdays; art was her outlet."),
    ("Robert Mills", "He threatened to rob the shop."),
    ("William Hartley", "The electricity bill was unpaid and the bill was passed to the council."),
    ("Raymond Cole", "An x-ray showed a ray of hope."),
    ("Donald Price", "Staff must don gloves."),
])
def test_a_short_form_that_is_an_ordinary_word_stays_a_word(name, text):
    rules = {"people": [{"name": name, "pseudonym": "Adam"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(text)
    assert out == text, out


def test_a_capitalised_ordinary_word_the_document_also_writes_as_a_word_is_judged():
    rules = {"people": [{"name": "William Hartley", "pseudonym": "Adam"}], "dates": DATES}
    text = "The gas bill was paid late. Bill told the officer he had left. Bills were piling up."
    out = quiet_redactor(rules).redact_text(text)
    assert out == "The gas bill was paid late. Adam told the officer he had left. Bills were piling up.", out


def test_a_kept_name_holding_a_short_form_is_kept():
    rules = {"people": [{"name": "Chukwuemeka Okafor", "pseudonym": "John"}], "keep": ["Dr Emeka Obi"],
             "dates": DATES}
    out = quiet_redactor(rules).redact_text("The review was chaired by Dr Emeka Obi. Emeka was not at home.")
    assert out == "The review was chaired by Dr Emeka Obi. John was not at home.", out


@pytest.mark.parametrize("given, not_a_short_form", [("Adeline", "Line"), ("Chiara", "Ara"), ("Abdullah", "Lah"),
                                                     ("Chioma", "Oma"), ("Olivia", "Ivia"), ("Christopher", "Ristopher")])
def test_no_syllable_or_english_word_is_made_a_short_form(given, not_a_short_form):
    assert not_a_short_form not in short_forms_of(given)


@pytest.mark.parametrize("given, short", [("Oluwaseun", "Seun"), ("Olufemi", "Femi"), ("Babatunde", "Tunde"),
                                          ("Chukwuemeka", "Emeka"), ("Adebayo", "Bayo"), ("Ngozichukwu", "Ngozi"),
                                          ("Katarzyna", "Kasia"), ("Aleksandra", "Ola"), ("Małgorzata", "Gosia"),
                                          ("Tatiana", "Tanya"), ("Mikhail", "Misha"), ("Yekaterina", "Katya"),
                                          ("José", "Pepe"), ("Francisco", "Paco"), ("Guadalupe", "Lupe")])
def test_the_short_forms_of_a_given_name(given, short):
    assert short in short_forms_of(given)


@pytest.mark.parametrize("listed, pseudonym", [("Catherine Doyle", "Kate"), ("Oluwaseun Adeyemi", "Seun"),
                                               ("Aleksandra Kowalczyk", "Sasha"), ("William Hartley", "Billy")])
def test_a_pseudonym_that_is_a_short_form_of_somebody_listed_stays_the_pseudonym(listed, pseudonym):
    """The output writes every pseudonym: read as the short form of another listed person, it turned that person
    into the other's pseudonym ("Kate met Mary" became "Mary met Mary")."""
    rules = {"people": [{"name": listed, "pseudonym": "Mary"}, {"name": "Jakub Zieliński", "pseudonym": pseudonym}],
             "dates": DATES}
    out = quiet_redactor(rules).redact_text(f"Jakub Zieliński met {listed} on 3 May.")
    assert out == f"{pseudonym} met Mary on 3 May.", out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


def test_a_short_form_is_not_read_inside_an_ordinary_word_after_a_username_cue():
    """"an account of the parties’ submissions": "account" introduces a username, and "parties" holds "Artie"."""
    rules = {"people": [{"name": "Arthur Jenkins", "pseudonym": "Brian"}], "dates": DATES}
    text = "It gave an account of the parties’ submissions."
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok


def test_a_short_form_in_a_username_is_found():
    rules = {"people": [{"name": "Katarzyna Nowak", "pseudonym": "Mary"}], "dates": DATES}
    text = "Her Snapchat name was kasia88."
    out = quiet_redactor(rules).redact_text(text)
    assert "kasia" not in out.lower(), out
    assert not verify_bytes(text.encode(), "txt", rules).ok


@pytest.mark.parametrize("name, other", [("Stephen Patrick Doyle", "Pat"), ("Dawn Elizabeth Walsh", "Lisa"),
                                         ("Kevin Christopher Hale", "Chris")])
def test_a_middle_names_short_form_from_a_table_is_somebody_else(name, other):
    """"Pat" of a middle name Patrick is more often the neighbour than the listed man."""
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(f"{name.split()[0]} spoke to the neighbour. {other} rang the police.")
    assert out.startswith("Clare spoke to the neighbour.") and "Clare rang" not in out, out


@pytest.mark.parametrize("name, short", [("Grace Oluwaseun Adeyemi", "Seun"), ("John Chukwuemeka Okafor", "Emeka"),
                                         ("Mary Olufunke Bello", "Funke")])
def test_a_yoruba_or_igbo_middle_name_without_its_element_is_the_person(name, short):
    """A Yoruba or Igbo middle name is often the name a person goes by."""
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    text = f"{short} rang the police."
    out = quiet_redactor(rules).redact_text(text)
    assert out == "Clare rang the police.", out
    assert not verify_bytes(text.encode(), "txt", rules).ok


@pytest.mark.parametrize("name, text", [
    ("Arthur Jenkins", "Art therapy was offered to her in 2019."),
    ("Arthur Jenkins", "ART THERAPY\nArt sessions were weekly."),
    ("William Hartley", "Bill payments were missed in March."),
    ("Raymond Cole", "Ray of Light, a local charity, supported her."),
    ("Donald Price", "Don't worry, she said."),
    ("Susan Clarke", "Sue Ryder hospice cared for her mother."),
    ("Richard Mills", "Dick Whittington was the pantomime that year."),
])
def test_a_short_form_that_is_a_word_opening_a_sentence_or_a_phrase_stays_a_word(name, text):
    """The listed name is not written: a short form that is also a word is the name only where the sentence uses
    it as one, not merely because the draft never writes the word in lower case."""
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(text)
    assert "Clare" not in out, out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("name, text, expected", [
    ("William Hartley", "Bill told the officers he had left.", "Clare told the officers he had left."),
    ("Robert Mills", "She lived with Rob and his mother.", "She lived with Clare and his mother."),
    ("Patricia Walsh", "Pat's neighbour called the police.", "Clare's neighbour called the police."),
    ("Arthur Jenkins", "Officers spoke to Mr Art at the door.", "Officers spoke to Mr Clare at the door."),
    ("Donald Price", "Hello Don, she wrote.", "Hello Clare, she wrote."),
])
def test_a_short_form_that_is_a_word_used_as_a_name_is_the_person(name, text, expected):
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(text)
    assert out == expected, out
    assert not verify_bytes(text.encode(), "txt", rules).ok
    assert verify_bytes(out.encode(), "txt", rules).ok, out
