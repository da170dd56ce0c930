"""uk_dates recognisers: DATE_TIME phrases, the rules' protected dates, and death/birth candidates."""
from __future__ import annotations

import datetime

from redact.detect.recognizers import (DeathDateCandidateRecognizer, ProtectedDateRecognizer, UkDateRecognizer,
                                       builtin_recognizers)
from recognizer_results import found, texts
from redact.entities import DATE_OF_BIRTH, DATE_OF_DEATH, DATE_TIME

DEATH = datetime.date(2023, 5, 14)
BIRTH = datetime.date(1971, 2, 2)


def test_uk_dates_are_whole_phrases():
    text = "On Sunday 14th May 2023 at 02:15 officers attended; the panel met in May 2023 and on 3rd March 2019."
    assert texts(UkDateRecognizer(), text) == ["Sunday 14th May 2023 at 02:15", "May 2023", "3rd March 2019"]
    assert all(r.score == 0.85 for r in UkDateRecognizer().analyze(text, [DATE_TIME]))


def test_uk_dates_ignore_numbers_that_are_not_dates():
    text = "PC 4471 spent 2 weeks on case WP/21/018733 under the Equality Act 2010, paragraph 4.1.12, 12.5%."
    assert texts(UkDateRecognizer(), text) == []


def test_days_of_the_week_standing_alone():
    text = ("He had almost finished by Friday evening; on Monday a juror wrote. Sunday 14 May 2023 was hot. "
            "The Sun and Sat Nav were on Wed.")
    assert texts(UkDateRecognizer(), text) == ["Friday evening", "Monday", "Sunday 14 May 2023"]


def test_a_day_list_after_for_is_one_phrase():
    text = "The hearing was scheduled for 23 and 24 January 2001, under Article 6 and 7 May rules."
    assert texts(UkDateRecognizer(), text) == ["23 and 24 January 2001", "7 May"]


def test_protected_dates_every_form_with_rule_metadata():
    recognizer = ProtectedDateRecognizer(date_of_death=DEATH, date_of_birth=BIRTH)
    text = ("In the early hours of Sunday 14 May she died (log dated 14.05.23). Her date of birth was "
            "02/02/1971. An incident on 14 May 2022 and her birthday on 2 February 2023 are other dates.")
    results = recognizer.analyze(text, [], None)
    assert found(recognizer, text) == [(DATE_OF_DEATH, "Sunday 14 May"), (DATE_OF_DEATH, "14.05.23"),
                                       (DATE_OF_BIRTH, "02/02/1971")]

    assert all(r.score == 1.0 and r.recognition_metadata["source"] == "rule" for r in results)


def test_protected_dates_accept_iso_strings_and_none():
    recognizer = ProtectedDateRecognizer(date_of_death="2023-05-14")
    assert found(recognizer, "died on 14/05/2023") == [(DATE_OF_DEATH, "14/05/2023")]
    assert ProtectedDateRecognizer().analyze("died on 14/05/2023", [], None) == []


def test_death_and_birth_candidates_take_the_nearest_cue():
    recognizer = DeathDateCandidateRecognizer()
    text = "Margaret, born on 2 February 1971, was pronounced dead on 14 May 2023. The panel met on 7 June 2023."
    results = recognizer.analyze(text, [], None)
    assert found(recognizer, text) == [(DATE_OF_BIRTH, "2 February 1971"), (DATE_OF_DEATH, "14 May 2023")]
    assert all(r.score == 0.6 and r.recognition_metadata["candidate"] is True for r in results)


def test_candidates_need_a_cue_in_the_sentence_and_a_day():
    recognizer = DeathDateCandidateRecognizer()
    assert recognizer.analyze("She died in May 2023.", [], None) == []
    assert recognizer.analyze("She died. The review began on 7 June 2023.", [], None) == []
    assert texts(recognizer, "Date of death: 09/08/2020") == ["09/08/2020"]
    assert texts(recognizer, "D.O.B. 05.10.1986") == ["05.10.1986"]
    # A birthday is not the date of birth.
    assert recognizer.analyze("Her birthday on 2 February 2023 was spoiled.", [], None) == []


def test_builtin_recognizers_one_of_each():
    recognizers = builtin_recognizers(date_of_death=DEATH, date_of_birth=BIRTH)
    names = [r.name for r in recognizers]
    import redact.detect.recognizers as package

    exported = {name for name in package.__all__ if name != "builtin_recognizers"}
    assert len(names) == len(set(names)) and set(names) == exported
    assert all(r.supported_language == "en" for r in recognizers)


def test_uk_dates_agency_forms_are_whole_phrases():
    text = ("Log 14SEP21 0340hrs; synced 2021-09-14T03:40; seen on 21.3.22 and on Tue 14/9; "
            "paragraph 4.1.12 and a score of 14-9 are not dates.")
    assert texts(UkDateRecognizer(), text) == ["14SEP21 0340hrs", "2021-09-14T03:40", "21.3.22", "Tue 14/9"]


def test_protected_date_takes_the_month_from_an_earlier_table_row():
    recognizer = ProtectedDateRecognizer(date_of_death=datetime.date(2021, 9, 14))
    document = ["Chronology", "September 2021", "14th", "Police attended.", "October 2021", "14th", "GP visit."]
    recognizer.learn_document(document)
    # the same text "14th" stands under both months: under September it is the date
    assert found(recognizer, "14th") == [(DATE_OF_DEATH, "14th")]
    recognizer.learn_document(["October 2021", "14th"])
    assert found(recognizer, "14th") == []
    # a text that names its own month decides by that month
    recognizer.learn_document(["September 2021", "In October she moved; on the 14th she called."])
    assert found(recognizer, "In October she moved; on the 14th she called.") == []
