"""Names and places in other scripts: a listed form in any script is replaced by apply and found by verify;
an unlisted name in another script is replaced where the sentence marks a name and otherwise reported."""
from __future__ import annotations

import random
import warnings

import pytest

from redact.detect.recognizers import OtherScriptNameRecognizer
from redact.entities import PERSON
from redact.rules import parse_rules
from redact.verify import LeakFinder, verify_texts

# (listed name in Latin letters, its form in another script), place and person, several scripts
_PLACES = [("Leeds", "利兹"), ("Bradford", "براڈفورڈ"), ("Leicester", "लेस्टर"), ("Southall", "ਸਾਊਥਾਲ"),
           ("Manchester", "Манчестер"), ("Sylhet", "সিলেট")]
_PEOPLE = [("Wang Xiuying", "王秀英"), ("Fatima Ahmed", "فاطمة أحمد"), ("Manpreet Dhillon", "ਮਨਪ੍ਰੀਤ ਢਿੱਲੋਂ"),
           ("Maria Ivanova", "Мария Иванова"), ("Nguyen Thi Lan", "阮氏蘭"), ("Rukhsana Begum", "রুখসানা বেগম")]
_SENTENCES = ["Her mother lives in {}.", "{} was mentioned in the letter.", "她住在{}。", "({})", "{}说她很害怕。",
              "وہ {} میں رہتی تھی", "The card was signed {}, in her own hand."]


@pytest.fixture(scope="module")
def review():
    from redact import Redactor

    rules = parse_rules({
        "people": [{"name": name, "pseudonym": f"Adult {chr(65 + i)}", "aliases": [alias]}
                   for i, (name, alias) in enumerate(_PEOPLE)],
        "places": [{"name": name, "pseudonym": f"Area {chr(65 + i)}", "aliases": [alias]}
                   for i, (name, alias) in enumerate(_PLACES)],
        "dates": {"date_of_death": "2021-03-14"}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rules, Redactor(rules), LeakFinder(rules)


def test_issue_example_listed_place_written_in_chinese(review):
    rules, redactor, finder = review
    draft = "Her mother still lives in 利兹 and visited often; 她住在利兹。"
    assert not verify_texts(rules, [("body", draft)], finder=finder).ok
    output = redactor.redact_text(draft)
    assert "利兹" not in output and output.count("Area A") == 2
    assert verify_texts(rules, [("body", output)], finder=finder).ok


def test_every_listed_form_in_another_script_is_replaced_and_verified(review):
    rules, redactor, finder = review
    rng = random.Random(41)
    for _ in range(30):
        _, form = rng.choice(_PLACES + _PEOPLE)
        draft = rng.choice(_SENTENCES).format(form)
        assert not verify_texts(rules, [("body", draft)], finder=finder).ok, draft
        output = redactor.redact_text(draft)
        assert form not in output, (draft, output)
        assert verify_texts(rules, [("body", output)], finder=finder).ok, (draft, output)


@pytest.mark.parametrize("text,name", [
    ("Her friend 李娜 called the police.", "李娜"), ("Wang Xiuying (王秀英) said", "王秀英"),
    ("A message signed فاطمة أحمد was found.", "فاطمة أحمد"), ("Her neighbour Мария Иванова heard it.", "Мария Иванова"),
    ("her brother ਹਰਪ੍ਰੀਤ ਸਿੰਘ visited", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ"),
])
def test_unlisted_name_marked_as_a_name_is_replaced(text, name):
    results = OtherScriptNameRecognizer().analyze(text, [])
    assert [(r.entity_type, text[r.start:r.end], r.score >= 0.5) for r in results] == [(PERSON, name, True)]


@pytest.mark.parametrize("text,run", [
    ("The leaflet said محمد علی at the top.", "محمد علی"), ("Мария Иванова was a neighbour.", "Мария Иванова"),
    ("the sign said 禁止吸烟 here", "禁止吸烟"),
])
def test_other_runs_are_reported_for_review_not_replaced(text, run):
    from redact.rules import Policy

    results = OtherScriptNameRecognizer().analyze(text, [])
    assert [text[r.start:r.end] for r in results] == [run]
    assert all(r.score < Policy().min_score and r.recognition_metadata["review"] == "other script" for r in results)


@pytest.mark.parametrize("text", [
    "café naïve Łódź Wiśniewska Đặng", "about 5 km² and 20 °C", "She wrote 我很好谢谢你们大家的关心 in the card.",
    "plain English only",
])
def test_latin_letters_and_running_text_are_not_flagged(text):
    assert OtherScriptNameRecognizer().analyze(text, []) == []


@pytest.mark.parametrize("written", ["فاطمه احمد", "فاطمہ احمد", "فاطـمة أحمد", "فَاطِمَة أَحْمَد"])
def test_a_listed_arabic_name_typed_with_urdu_or_persian_letters_or_vowel_marks(review, written):
    rules, redactor, finder = review
    draft = f"The card was signed {written} in her own hand."
    assert not verify_texts(rules, [("body", draft)], finder=finder).ok
    output = redactor.redact_text(draft)
    assert "Adult B" in output and verify_texts(rules, [("body", output)], finder=finder).ok, output
