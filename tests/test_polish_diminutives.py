"""The diminutive a Polish family and friends use for a listed given name ("Darek" of Dariusz, "Sławek" of
Sławomir, "Ula" of Urszula) is the person: found by the lead in a fictional draft where "Darek" in a quoted
message became an unlisted "Person 1" and "darek: where r u" was left. The forms are in the hand-made table of
community diminutives (``data/short_forms_communities.tsv``), which apply and verify share (``redact.variants``).
"""
from __future__ import annotations

import random

import pytest

from redact import Redactor
from redact.rules import parse_rules
from redact.verify import verify_texts

# the given names this table gained, each with the diminutive the family uses
_DIMINUTIVES = [("Dariusz", "Darek"), ("Sławomir", "Sławek"), ("Radosław", "Radek"), ("Jarosław", "Jarek"),
                ("Cezary", "Czarek"), ("Maciej", "Maciek"), ("Wiesław", "Wiesiek"), ("Ryszard", "Rysiek"),
                ("Henryk", "Heniek"), ("Józef", "Józek"), ("Ewa", "Ewka"), ("Iwona", "Iwonka"),
                ("Justyna", "Justynka"), ("Halina", "Halinka"), ("Danuta", "Danusia"), ("Krystyna", "Krysia"),
                ("Bożena", "Bożenka"), ("Grażyna", "Grażynka"), ("Urszula", "Ula"), ("Władysław", "Władek"),
                ("Emilia", "Emilka"), ("Andrzej", "Jędrek"), ("Anna", "Ania"), ("Maria", "Marysia")]
_SURNAMES = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]
_SENTENCES = ["Her sister said that {d} never let her go out alone.", "{d} had been drinking since the morning.",
              "The neighbour heard {d} shouting in the stairwell.", "Messages: \"{d} where r u\"",
              "{low}: come home now", "She told the GP that {d}'s temper frightened her."]


@pytest.mark.parametrize("given,diminutive", _DIMINUTIVES)
def test_the_diminutive_is_the_listed_person(given, diminutive):
    rng = random.Random(given)
    surname = rng.choice(_SURNAMES)
    if given.endswith("a") and surname.endswith("ski"):
        surname = surname[:-1] + "a"          # Nowak stays; Kowalski is Kowalska for a woman
    rules = parse_rules({"version": 1, "people": [{"name": f"{given} {surname}", "pseudonym": "Person Z"}],
                         "dates": {"date_of_death": "2023-01-29"}})
    text = "\n".join(s.format(d=diminutive, low=diminutive.lower()) for s in _SENTENCES)
    output = Redactor(rules).redact_text(text)
    assert diminutive.lower() not in output.lower(), output
    assert output.count("Person Z") == len(_SENTENCES), output
    # verify reads the form too: the draft itself fails
    assert verify_texts(rules, [("body", text)]).leaks
