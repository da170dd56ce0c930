"""Notes an author writes into a name in the rules: "Oksana Kovalenko (victim)", "Gurpreet Dhillon - perpetrator",
"Oksana 'Ksusha' Kovalenko", "Oksana Kovalenko (née Petrenko)", "Hartsford Borough Council (HBC)".

Found by a probe of rules written as authors write them: "(victim)" was read as the surname, so "Kovalenko" alone
was no listed form. Apply replaced it only where the model found a person ("Mrs Person 2"), and `verify` passed it
everywhere. A nickname in quotes and a former name in brackets were no alias either. The rules now take the note
out of the name and make the other names aliases.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Oksana", "Kovalenko"), ("Gurpreet", "Dhillon"), ("Chidinma", "Okonkwo"), ("Hodan", "Warsame"),
          ("Siobhan", "Gallagher"), ("Małgorzata", "Wiśniewska"), ("Thi Lan", "Nguyen"), ("Rukhsana", "Chaudhry"),
          ("Lindita", "Krasniqi"), ("Emine", "Yilmaz"), ("Precious", "Mahlangu"), ("Bronwen", "Pritchard")]
NOTES = ["{n} (victim)", "{n} (deceased)", "{n} (Victim)", "{n} - victim", "{n} – the deceased", "{n}, victim",
         "{n} (aged 34)", "{n} (DOB 01/02/1980)", "{n} [perpetrator]", "{n} (perpetrator, aged 41)",
         "Mrs {n} (victim)", "{n} (the victim's mother)"]
SENTENCES = ["Police spoke to {s} at the address.", "Officers found {s} in the kitchen.",
             "The GP wrote to {s} twice.", "A neighbour saw {s} leave."]
CASES = [(given, family, NOTES[i % len(NOTES)], SENTENCES[i % len(SENTENCES)])
         for i, (given, family) in enumerate(PEOPLE * 2)]


@pytest.mark.parametrize("given, family, note, sentence", CASES)
def test_the_surname_alone_is_listed_whatever_the_note(given, family, note, sentence):
    rules = {"people": [{"name": note.format(n=f"{given} {family}"), "pseudonym": "Ruth"}],
             "dates": {"date_of_death": "2023-06-14"}}
    text = sentence.format(s=family)
    assert not verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)
    assert family not in out and "Ruth" in out, out
    assert verify_bytes(out.encode(), "txt", rules).ok


@pytest.mark.parametrize("written, other", [
    ("Oksana 'Ksusha' Kovalenko", "Ksusha"), ("Oksana “Ksusha” Kovalenko", "Ksusha"),
    ("Oksana (Ksusha) Kovalenko", "Ksusha"), ("Oksana Kovalenko (née Petrenko)", "Petrenko"),
    ("Oksana Kovalenko (nee Petrenko)", "Petrenko"), ("Oksana Kovalenko (formerly Petrenko)", "Petrenko"),
    ("Oksana Kovalenko (a.k.a. Ksenia)", "Ksenia"), ("Hodan \"Xoox\" Warsame (victim)", "Xoox"),
    # the same notes without brackets, as authors also write them
    ("Oksana Kovalenko née Petrenko", "Petrenko"), ("Oksana Kovalenko, nee Petrenko", "Petrenko"),
    ("Oksana Kovalenko formerly Petrenko", "Petrenko"), ("Oksana Kovalenko aka \"Ksusha\"", "Ksusha"),
    ("„Malgorzata Wisniewska née Kowalska”", "Kowalska"), ("Oksana Kovalenko née “Petrenko” - victim", "Petrenko"),
])
def test_a_nickname_or_a_former_name_in_the_name_is_an_alias(written, other):
    rules = {"people": [{"name": written, "pseudonym": "Ruth"}], "dates": {"date_of_death": "2023-06-14"}}
    text = f"Her friends said {other} was frightened."
    assert not verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)
    assert other not in out, out


@pytest.mark.parametrize("written, alias", [("Hartsford Borough Council (HBC)", "HBC"), ("Wexham (town)", None)])
def test_a_place_with_a_note_or_its_short_form(written, alias):
    rules = {"places": [{"name": written, "pseudonym": "Area A"}], "dates": {"date_of_death": "2023-06-14"}}
    name = written.split(" (")[0]
    for text in [f"She lived in {name} for years."] + ([f"The {alias} housing team visited."] if alias else []):
        assert not verify_bytes(text.encode(), "txt", rules).ok
        out = quiet_redactor(rules).redact_text(text)
        assert name not in out and (alias is None or alias not in out), out


@pytest.mark.parametrize("written", ["KOVALENKO, Oksana", "Siobhán O'Neill", "Amara Mensah-Carver",
                                     "Jean-Paul D'Souza", "Mary-Jane Smith", "Mary Nee Joyce", "Renee Adair"])
def test_names_without_notes_are_read_as_before(written):
    from redact.rules import parse_rules

    rules = parse_rules({"people": [{"name": written, "pseudonym": "Ruth"}]})
    assert rules.people[0].name == written and rules.people[0].aliases == []


@pytest.mark.parametrize("aliases", ["Ksusha, Ksenia", "Ksusha; Ksenia", "Ksusha,Ksenia"])
def test_aliases_written_on_one_line_are_a_list(aliases):
    rules = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena", "aliases": aliases}],
             "dates": {"date_of_death": "2023-06-14"}}
    text = "Ksusha and Ksenia were both names she used."
    assert not verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)
    assert "Ksusha" not in out and "Ksenia" not in out and "Olena" in out, out


def test_people_and_places_written_as_name_to_pseudonym():
    rules = {"people": {"Oksana Kovalenko": "Olena", "Gurpreet Dhillon": {"pseudonym": "Raj", "aliases": ["Preet"]}},
             "places": {"Wexham": "Town A"}, "dates": {"date_of_death": "2023-06-14"}}
    text = "Kovalenko met Preet in Wexham."
    assert not verify_bytes(text.encode(), "txt", rules).ok
    assert quiet_redactor(rules).redact_text(text) == "Olena met Raj in Town A."


@pytest.mark.parametrize("written, birth_name", [
    ("Bridget McDonagh (née Ward)", "Bridget Ward"), ("Bridget Mary McDonagh née Ward", "Bridget Mary Ward"),
    ("Mrs Oksana Kovalenko (maiden name: Petrenko)", "Mrs Oksana Petrenko"),
    ("Oksana Kovalenko, nee Petrenko - victim", "Oksana Petrenko"),
])
def test_a_birth_surname_gives_her_birth_name(written, birth_name):
    """She was born with her given names and that surname: a whole name of hers, with a surname (and so a family)."""
    from redact.rules import parse_rules

    rules = parse_rules({"people": [{"name": written, "pseudonym": "Ruth"}]})
    assert birth_name in rules.people[0].aliases


@pytest.mark.parametrize("written", ["Oksana Kovalenko (formerly Petrenko)", "Oksana Kovalenko (aka Ksusha)",
                                     "Oksana (née Anna Petrenko) Kovalenko"])
def test_other_former_names_give_no_birth_name(written):
    from redact.rules import parse_rules

    rules = parse_rules({"people": [{"name": written, "pseudonym": "Ruth"}]})
    assert not any(alias.startswith("Oksana ") for alias in rules.people[0].aliases)
