"""A listed name or the date of death with letters of another script that look like Latin ones inside a Latin word
("Рriya Сhaudhry" with Cyrillic Р and С, "Nоvember" with a Cyrillic о), as a draft pasted from a Cyrillic or Greek
keyboard or a name deliberately disguised writes it, reads as its Latin skeleton for apply and verify alike; so does
a word whose letters are all lookalikes drawn from two scripts ("ΝΟѴ", Greek and Cyrillic), which no language writes.

Found by benchmarks/typography_probes.py: a Cyrillic Р or С in "Priya Chaudhry" kept apply from giving the listed
pseudonym and verify did not report the name; "25 Nоvember 2019" with a Cyrillic о was left, verify blind. A word
wholly in Cyrillic or Greek ("Оксана", "Σοφία", "СОМ") stays itself: listed names are read in their own script
through redact.transliteration, and a symbol in a formula or a quoted phrase is no disguise.

The swaps are generated, seeded, from Unicode's confusables data (the confusable-homoglyphs package ships it).
"""
from __future__ import annotations

import random
import unicodedata

import pytest

from conftest import quiet_redactor
from lookalike_reference import lookalikes_by_script
from redact.normalise import date_view, fold, fold_key
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

PEOPLE = [("Priya Chaudhry", "Meera"), ("Oksana Kovalenko", "Anna"), ("Chidinma Okafor", "Grace"),
          ("Seán O'Neill", "Liam"), ("Abdirahman Warsame", "Yusuf"), ("Aisha Begum", "Amina"),
          ("Tomasz Kamiński", "Piotr"), ("Joanne Pryor", "Claire")]
RULES = {"people": [{"name": n, "pseudonym": p} for n, p in PEOPLE], "dates": {"date_of_death": "2019-11-25"}}
SENTENCES = ["The IDVA rang {x} twice but there was no answer.", "Her sister said {x} had stopped going out.",
             "According to the agency report, {x} had missed two appointments.",
             "On the Tuesday {x} went to the GP alone."]
SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")
LOOKALIKES = lookalikes_by_script()


def _disguised(word: str, script: str, rng: random.Random, every: bool) -> str:
    """``word`` with one (or up to all but one) of its letters swapped for a lookalike of ``script``."""
    swappable = [i for i, c in enumerate(word) if LOOKALIKES[script].get(c)]
    if not swappable:
        swappable = [i for i, c in enumerate(word) if LOOKALIKES["CYRILLIC"].get(c)]
        script = "CYRILLIC"
    if not swappable:
        return word
    chosen = rng.sample(swappable, min(len(swappable), len(word) - 1) if every else 1)
    letters = list(word)
    for index in chosen:
        letters[index] = rng.choice(sorted(LOOKALIKES[script][letters[index]]))
    return "".join(letters)


def _across_two_scripts(word: str, rng: random.Random) -> str:
    """``word`` with every letter that has a lookalike swapped, Cyrillic and Greek in turn where both have one: no
    Latin letter left, and no word of either language ("ΝΟѴ", "Αіѕһа")."""
    letters = list(word)
    for index, char in enumerate(word):
        scripts = [script for script in ("CYRILLIC", "GREEK") if LOOKALIKES[script].get(char)]
        if scripts:
            script = scripts[index % len(scripts)]
            letters[index] = rng.choice(sorted(LOOKALIKES[script][char]))
    return "".join(letters)


def _name_cases():
    rng = random.Random(20261201)
    cases = []
    for i, (name, pseudonym) in enumerate(PEOPLE):
        for every in (False, True):
            script = SCRIPTS[(2 * i + every) % len(SCRIPTS)]
            written = " ".join(_disguised(word, script, rng, every) for word in name.split())
            assert written != name
            sentence = SENTENCES[(2 * i + every) % len(SENTENCES)].format(x=written)
            cases.append(pytest.param(name, pseudonym, sentence,
                                      id=f"{name}-{script.lower()}-{'many' if every else 'one'}"))
    written = " ".join(_across_two_scripts(word, rng) for word in "Aisha Begum".split())
    cases.append(pytest.param("Aisha Begum", "Amina", SENTENCES[0].format(x=written), id="Aisha Begum-two-scripts"))
    return cases


def _date_cases():
    rng = random.Random(25112019)
    forms = ["25 November 2019", "25th November 2019", "25 Nov 2019", "Nov 25, 2019", "25 NOVEMBER 2019",
             "25-Nov-2019"]
    cases = []
    for i, form in enumerate(forms):
        script = ("CYRILLIC", "GREEK")[i % 2]
        month = next(word for word in form.replace("-", " ").replace(",", "").split() if word.isalpha())
        written = form.replace(month, _disguised(month, script, rng, every=i % 3 == 2))
        cases.append(pytest.param(written, id=f"{form}-{script.lower()}"))
    for form in ("25 NOV 2019", "25 November 2019"):
        month = form.split()[1]
        cases.append(pytest.param(form.replace(month, _across_two_scripts(month, rng)), id=f"{form}-two-scripts"))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


@pytest.fixture(scope="module")
def finder():
    return LeakFinder(parse_rules(RULES))


def _skeleton_words(text: str) -> list[str]:
    """The words a reader sees, lookalikes read as their Latin letters (the reader's eye, not the code under test)."""
    reverse = {char: latin for table in LOOKALIKES.values() for latin, chars in table.items() for char in chars}
    return fold("".join(reverse.get(char, char) for char in text)).text.replace(".", " ").replace(",", " ").split()


@pytest.mark.parametrize("name,pseudonym,sentence", _name_cases())
def test_a_listed_name_with_lookalike_letters_is_replaced_by_its_pseudonym(redactor, finder, name, pseudonym,
                                                                          sentence):
    out = redactor.redact_text(sentence)
    assert pseudonym in out and "Person" not in out, (sentence, out)
    name_words = {fold_key(part) for part in name.split()}
    assert not name_words & set(_skeleton_words(out)), (sentence, out)
    assert finder.spans(sentence), sentence
    assert finder.spans(out) == [], out


@pytest.mark.parametrize("written", _date_cases())
def test_the_date_of_death_with_lookalikes_in_its_month_is_removed(redactor, finder, written):
    sentence = f"She died at home on {written} after a long illness."
    out = redactor.redact_text(sentence)
    left = " ".join(_skeleton_words(out))
    assert "2019" not in left and "nov" not in left, (sentence, out)
    assert finder.spans(sentence), sentence
    assert finder.spans(out) == [], out


def test_the_folding_reads_a_mixed_word_one_character_for_one():
    written = "Mrs Рriya Сhaudhry and МАRY"
    folded = fold(written)
    assert folded.text == "mrs priya chaudhry and mary"
    assert folded.origin == tuple(range(len(written)))
    view, origin = date_view("on 25 Nоv 2019")
    assert view == "on 25 Nov 2019" and origin == list(range(len(view)))
    # a capital that looks like the capital I reads as one, not as the small l its skeleton is
    assert fold("Іvan Ιsaacs").text == "ivan isaacs"


# ---------------------------------------------------------------------- what must stay
@pytest.mark.parametrize("word", ["Оксана", "Коваленко", "Σοφία", "Παπαδόπουλος", "СОМ", "Допомога", "ΑΒΓ", "Σ", "π"])
def test_a_word_wholly_in_another_script_folds_as_before(word):
    assert fold(word).text == unicodedata.normalize("NFKD", word.casefold()).replace("\u0301", "").replace(
        "\u0306", "")
    assert date_view(word)[0] == word


def test_a_listed_name_in_cyrillic_is_still_found(redactor, finder):
    sentence = "Her mother wrote «Оксана Коваленко» on the card."
    out = redactor.redact_text(sentence)
    assert "Anna" in out and "Оксана" not in out, out
    assert finder.spans(sentence)


@pytest.mark.parametrize("text", ["The risk score Σ = 12 and the area πr² were noted by the analyst.",
                                  "She had written «дякую за все» on the back of the leaflet.",
                                  "The codes СОМ and ВОС stood in the Cyrillic column of the form.",
                                  "The Greek leaflet said «Σοφία» on its cover, nothing more."])
def test_other_scripts_in_a_report_stay_unchanged(redactor, finder, text):
    assert redactor.redact_text(text) == text
    assert finder.spans(text) == []


@pytest.mark.parametrize("written", ["25 \u039d\u03bf\u03bd 2019", "25-\u039d\u03bf\u03bd-2019",
                                     "\u039d\u03bf\u03bd 25, 2019", "25th of \u039d\u039f\u0474 2019"])
def test_a_month_written_wholly_in_lookalike_letters_of_one_script(redactor, finder, written):
    """A word wholly in one other script stays itself, except, in the date view, one that spells a month ("Νον"
    in Greek letters): the date of death was left with verify blind."""
    sentence = f"She died at home on {written} after a long illness."
    out = redactor.redact_text(sentence)
    assert "2019" not in out, out
    assert finder.spans(sentence) and finder.spans(out) == [], out


@pytest.mark.parametrize("text", ["\u0398\u03b5\u03c1\u03b1\u03c0\u03b5\u03af\u03b1 2019", "\u041d\u043e\u0432\u0438\u043d\u0438 2019",
                                  "\u0391\u0392\u0393 25 2019", "\u041d\u043e\u0432 2019"])
def test_a_word_of_another_script_beside_a_year_that_spells_no_month_stays_itself(text):
    """"Нов" is Cyrillic for "Nov" but reads "Hob": the date view reads a word as the month its letters look like."""
    assert date_view(text)[0] == text


def test_every_lookalike_letter_is_beyond_latin_so_the_quick_check_misses_none():
    """``with_latin_lookalikes`` skips a text whose letters are all below U+0370 (Latin, its extensions, IPA) or in
    Latin Extended Additional (U+1E00-U+1EFF): no letter of the confusables table may sit there."""
    from redact.normalise import _BEYOND_LATIN, _latin_lookalikes

    table, _, _ = _latin_lookalikes()
    assert min(table) >= 0x370
    assert all(_BEYOND_LATIN.match(chr(code)) for code in table)


def test_a_vietnamese_word_builds_no_lookalike_table():
    """Verify imports the kin titles "Chị", "Bà": folding them must not load the confusables data (a tenth of a
    cold verify); a Vietnamese name folds as it did."""
    import subprocess
    import sys

    code = ("import sys; import redact.cli, redact.verify; from redact.normalise import fold_key; "
            "assert fold_key('Chị Nguyễn Thị Ánh') == 'chi nguyen thi anh'; "
            "assert 'confusable_homoglyphs' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
