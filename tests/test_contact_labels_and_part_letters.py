"""A contact line's label and a report part's letter are nobody's name.

"Tel: 0808 2000 247" became "Person 1: 0808 2000 247" ("Tel" is a given name to the model), "Helpline Tel: 116 123"
"Person 1: 116 123" (a capitalised word before a known name, to the name tables), and "Appendix C: Support
services" "Appendix Person 2 services" (the model's "C: Support"): the support pages every review ends with. The
labels and parts below are drawn at random with their values and titles; a name written after a label or in a
part's title is still a name.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import drawn_at_random

RULES = {"people": [{"name": "Grace Adjoa Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": "2022-02-03"}}

LABELS = ["Tel", "Tel.", "Telephone", "Helpline Tel", "Helpline", "Mob", "Mobile", "Fax", "Freephone", "Text",
          "Textphone", "Minicom", "Office Tel", "Main Switchboard", "Out of Hours Tel", "National Helpline", "Email",
          "E-mail", "Web", "Website", "WhatsApp"]
VALUES = ["999", "101", "111", "116 123", "0808 2000 247", "0800 555 111", "18001 999", "www.example.org",
          "help@example.org", "https://www.example.org/support"]
PARTS = ["Appendix", "Annex", "Annexe", "Schedule", "Section", "Table", "Figure", "Part", "Option", "Stage"]
TITLES = ["Support services", "Support Services", "Terms of Reference", "Agency chronologies", "Action plan",
          "Glossary", "Local and national support", "Panel membership", "Useful contacts", "Methodology",
          "Summary of recommendations"]


def _labels(seed: int, count: int) -> list[tuple[str, str]]:
    """(text, the words that must stay)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        label, value = rng.choice(LABELS), rng.choice(VALUES)
        service = rng.choice(["Samaritans", "Refuge", "Victim Support"])
        out.append(rng.choice([(f"{label}: {value}", label), (f"{label} {value}", label),
                               (f"{label} – {value}" if value[0].isdigit() else f"{label}: {value}", label),
                               (f"{service}\n{label}: {value}", f"{service} {label}")]))
    return out


def _parts(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        part = f"{rng.choice(PARTS)} {rng.choice('ABCDEFGH') if rng.random() < 0.7 else rng.choice(['II', 'IV', '3'])}"
        title = rng.choice(TITLES)
        out.append((f"{part}{rng.choice([': ', ' – ', ' - ', '. '])}{title}", f"{part} {title}"))
    return out


CASES = _labels(seed=5, count=40) + _parts(seed=6, count=40)


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor(RULES)


@pytest.mark.parametrize("text, kept", CASES)
def test_the_label_or_the_part_stays(redactor, text, kept):
    out = redactor.redact_text(text)
    # a number or an address after a label may be replaced, never the label or the part's letter and title
    assert all(w in out for w in kept.split()), (text, out)
    assert "Person" not in out and "Place" not in out, (text, out)


def _people(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        person = drawn_at_random(rng, index)
        name = f"{person.given} {person.surname}"
        out.append((rng.choice([f"{rng.choice(PARTS)} {rng.choice('ABC')}: Statement of {name}",
                                f"{rng.choice(LABELS)}: {name}, 07700 900{rng.randint(100, 999)}",
                                f"{rng.choice(['Contact', 'Mobile'])} {name} on 07700 900{rng.randint(100, 999)}"]),
                    person.surname))
    return out


@pytest.mark.parametrize("text, surname", _people(seed=8, count=24))
def test_a_name_after_a_label_or_in_a_title_is_still_a_name(redactor, text, surname):
    out = redactor.redact_text(text)
    assert surname not in out, (text, out)


@pytest.mark.parametrize("text", ["She rang Tel Aviv on 3 March.", "He moved to Tel Aviv."])
def test_a_place_with_a_label_word_stays_a_place(redactor, text):
    assert "Tel Aviv" not in redactor.redact_text(text)
