"""redact.dates: whole UK date phrases, parsing, and every mention of one calendar date."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, strategies as st

from redact.dates import PartialDate, find_dates, mentions_of, parse_date

DEATH = datetime.date(2023, 5, 14)
BIRTH = datetime.date(1971, 2, 2)


@pytest.mark.parametrize("phrase, expected", [
    ("14 May 2023", (2023, 5, 14)),
    ("14th May 2023", (2023, 5, 14)),
    ("14th of May 2023", (2023, 5, 14)),
    ("Sunday 14 May 2023", (2023, 5, 14)),
    ("Sunday, 14th May", (None, 5, 14)),
    ("May 14th", (None, 5, 14)),
    ("May 14, 2023", (2023, 5, 14)),
    ("14 May", (None, 5, 14)),
    ("May 2023", (2023, 5, None)),
    ("14/05/2023", (2023, 5, 14)),
    ("14/5/23", (2023, 5, 14)),
    ("14.05.2023", (2023, 5, 14)),
    ("14.05.23", (2023, 5, 14)),
    ("14-05-2023", (2023, 5, 14)),
    ("2023-05-14", (2023, 5, 14)),
    ("9/8/20", (2020, 8, 9)),
    ("09.08.2020", (2020, 8, 9)),
    ("3rd March 2019", (2019, 3, 3)),
    ("14 Sept 2023", (2023, 9, 14)),
    ("3 Feb 22", (2022, 2, 3)),
    ("Christmas Eve 2022", (2022, 12, 24)),
    ("Christmas Day", (None, 12, 25)),
    ("New Year's Eve 2021", (2021, 12, 31)),
    ("New Year’s Day", (None, 1, 1)),
    ("14 May 2023 at 02:15", (2023, 5, 14)),
    ("27th of November", (None, 11, 27)),
    ("14 MAY 2023", (2023, 5, 14)),
    ("05/10/86", (1986, 10, 5)),
])
def test_parse_date(phrase, expected):
    assert parse_date(phrase) == PartialDate(*expected)


@pytest.mark.parametrize("not_a_date", ["2 weeks", "4471", "May", "March", "31/02/2023", "Equality Act 2010",
                                        "Sunday", "Christmas"])
def test_parse_date_rejects(not_a_date):
    with pytest.raises(ValueError):
        parse_date(not_a_date)


@pytest.mark.parametrize("text, spans", [
    ("At 02:51 on Sunday 14 May 2023 Mrs Okafor called 999.", ["02:51 on Sunday 14 May 2023"]),
    ("She was seen on 3rd March 2019 by her GP.", ["3rd March 2019"]),
    ("between 22:00 and 23:30 on 13 May 2023.", ["23:30 on 13 May 2023"]),
    ("found at home on 14 May 2023 at 02:15, when", ["14 May 2023 at 02:15"]),
    ("the incident log dated 14.05.23. Later", ["14.05.23"]),
    ("mid-May 2023 and Christmas Eve 2022", ["May 2023", "Christmas Eve 2022"]),
])
def test_find_dates_whole_spans(text, spans):
    assert [m.text for m in find_dates(text)] == spans


@pytest.mark.parametrize("text", [
    "Two weeks later, 2 weeks after the 999 call, she moved.",
    "Reference 4471 and case WP/21/018733, EC-21-0093321, MARAC/HT/21/118, EUSS-4418-2201-77.",
    "Section 9 of the Domestic Violence, Crime and Victims Act 2004 and paragraphs 4.1.12 and 1.2.3.",
    "May said she would march 14 miles; they may 2 or 3 times a week.",
    "On 3 Feb 22 officers attended",  # the year is not read as "22 officers"
    "It cost £14.05 and rose by 12.5%.",
])
def test_find_dates_false_friends(text):
    found = [m.text for m in find_dates(text)]
    assert all(not f.endswith(("officers", "4471")) for f in found)
    if "3 Feb" in text:
        assert found == ["3 Feb"]
    else:
        assert found == []


def test_mentions_of_every_form_of_the_date():
    text = ("Margaret died on Sunday 14 May 2023. The log dated 14/05/2023 and 14.05.23 and 2023-05-14. "
            "The family now dreads the 14th May each year. May 14th is hard.")
    found = [text[s:e] for s, e in mentions_of(text, DEATH)]
    assert found == ["Sunday 14 May 2023", "14/05/2023", "14.05.23", "2023-05-14", "14th May", "May 14th"]


@pytest.mark.parametrize("text, found", [
    ("Calls were made on 14 and 15 May 2023.", ["14 and 15 May 2023"]),
    ("Calls were made on 14, 15 and 16 May 2023.", ["14, 15 and 16 May 2023"]),
    ("She was seen on 14th and 15th May.", ["14th and 15th May"]),
    ("between 13 and 16 May 2023", []),                       # a period around the date does not name it
    ("between 14 and 16 May 2023", ["14 and 16 May 2023"]),
    ("Calls were made from 12 to 14 May 2023.", ["12 to 14 May 2023"]),
    ("Calls were made on 13 and 15 May 2023.", []),           # the list does not hold the 14th
    ("Calls were made on 14 and 15 May 2022.", []),           # another year
])
def test_mentions_of_a_day_in_a_list_take_the_whole_list(text, found):
    """A list of days that shares the date's month names the date too: "[removed] and 15 May" would give the
    date away as the day before the 15th."""
    assert [text[s:e] for s, e in mentions_of(text, DEATH)] == found


@pytest.mark.parametrize("text, found", [
    ("on the night of 13/14 May 2023", ["13/14 May 2023"]),
    ("overnight 14th/15th May", ["14th/15th May"]),
    ("on the fourteenth of May 2023", ["fourteenth of May 2023"]),
    ("exported 14-May-2023 and 14-May-23", ["14-May-2023", "14-May-23"]),
    ("on May 13-14, 2023", ["May 13-14, 2023"]),
    ("file statement_20230514.pdf and scan 14052023.jpg", ["20230514", "14052023"]),
])
def test_mentions_of_less_common_forms(text, found):
    assert [text[s:e] for s, e in mentions_of(text, DEATH)] == found


@pytest.mark.parametrize("text", [
    "her fourteenth May visit", "on the night of 12/13 May 2023", "a phone number 0201405202399",
    "on 14-May-2022",
])
def test_mentions_of_less_common_forms_of_other_days(text):
    assert mentions_of(text, DEATH) == []


def test_mentions_of_other_year_is_not_the_date():
    text = "An incident on 14 May 2022 was the first. Her birthday, 2 February 2023, passed."
    assert mentions_of(text, DEATH) == []
    assert mentions_of(text, BIRTH) == []
    born = "born 2 February 1971"
    assert [born[s:e] for s, e in mentions_of(born, BIRTH)] == ["2 February 1971"]


def test_mentions_of_date_part_only():
    text = "in the early hours of Sunday 14 May, at 02:51 on 14 May 2023"
    assert [text[s:e] for s, e in mentions_of(text, DEATH)] == ["Sunday 14 May", "14 May 2023"]


def test_mentions_of_bare_ordinal_needs_the_month():
    assert [t for t in ("In May 2023 she was seen on the 2nd and died on the 14th.",)
            for s, e in mentions_of(t, DEATH) if t[s:e] == "14th"] == [
        "In May 2023 she was seen on the 2nd and died on the 14th."]
    assert mentions_of("In June 2023 she was seen on the 14th.", DEATH) == []
    assert mentions_of("In May 2022 she was seen on the 14th.", DEATH) == []
    assert mentions_of("She was seen on the 14th.", DEATH) == []
    text = "Each year on the 14th of May the family meet."
    assert [text[s:e] for s, e in mentions_of(text, DEATH)] == ["14th of May"]


def test_two_digit_year_matches_by_its_last_digits():
    born_1925 = datetime.date(1925, 1, 1)
    text = "DOB 01/01/25 on the referral"
    assert [text[s:e] for s, e in mentions_of(text, born_1925)] == ["01/01/25"]


def test_christmas_day_is_a_date():
    christmas = datetime.date(2021, 12, 25)
    text = "She was assaulted on Christmas Day 2021 and again on Christmas Day 2020."
    assert [text[s:e] for s, e in mentions_of(text, christmas)] == ["Christmas Day 2021"]


_FORMATS = [
    lambda d: f"{d.day} {d:%B %Y}",
    lambda d: f"{d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"
              f" of {d:%B %Y}",
    lambda d: f"{d:%A} {d.day} {d:%B %Y}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%d/%m/%Y}",
    lambda d: f"{d.day}/{d.month}/{d:%y}",
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d:%d-%m-%Y}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day} {d:%b} {d.year}",
]


@given(st.dates(min_value=datetime.date(1930, 1, 1), max_value=datetime.date(2029, 12, 31)),
       st.sampled_from(range(len(_FORMATS))))
def test_every_format_round_trips(day, which):
    phrase = _FORMATS[which](day)
    parsed = parse_date(phrase)
    assert (parsed.month, parsed.day) == (day.month, day.day)
    # A two-digit year leaves the century to a guess; the other formats are exact.
    assert parsed.year % 100 == day.year % 100 if which == 5 else parsed.year == day.year
    text = f"Officers attended on {phrase}. Nothing else happened."
    assert [text[s:e] for s, e in mentions_of(text, day)] == [phrase]
    other = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day.replace(day=28)
    assert mentions_of(text, other) == []


@pytest.mark.parametrize("phrase, expected", [
    ("21.3.22", (2022, 3, 21)),
    ("9.11.85", (1985, 11, 9)),
    ("14SEP2021", (2021, 9, 14)),
    ("14SEP21", (2021, 9, 14)),
    ("2021-09-14T03:40", (2021, 9, 14)),
    ("14/09/2021 0340hrs", (2021, 9, 14)),
    ("14/09/2021 @ 03:40", (2021, 9, 14)),
    ("14th of September ’21", (2021, 9, 14)),
    ("Tue 14 Sep 21", (2021, 9, 14)),
    ("Sep. 14th 2021", (2021, 9, 14)),
    ("Fourteenth September 2021", (2021, 9, 14)),
    ("Tue 14/09/2021", (2021, 9, 14)),
    ("14/9", (None, 9, 14)),
])
def test_parse_date_agency_and_short_forms(phrase, expected):
    assert parse_date(phrase) == PartialDate(*expected)


@pytest.mark.parametrize("text, found", [
    ("Police attended on 21.3.22 at the flat.", ["21.3.22"]),
    ("21.3.22 – Police attended the flat.", ["21.3.22"]),
    ("21.3.22", ["21.3.22"]),
    ("born 9.11.85 in Leeds", ["9.11.85"]),
    ("She was seen on 14/9 and on Tue 14.9 again.", ["14/9", "Tue 14.9"]),
    ("Incident 14SEP21 0340hrs logged.", ["14SEP21 0340hrs"]),
    ("Synced 2021-09-14T03:40:12Z.", ["2021-09-14T03:40:12Z"]),
])
def test_find_dates_loose_forms_with_a_cue(text, found):
    assert [m.text for m in find_dates(text)] == found


@pytest.mark.parametrize("text", [
    "4.1.12 The GP saw her again.",               # a heading number
    "See paragraph 4.1.12 and section 14.9.",
    "It rose from 2.5 to 3.1 and by 1.8 overall.",  # decimals after weak cues
    "The score was 14-9; she was aged 3-5.",
    "Half of them (4.2) and 1/2 of the rest.",
    "14.9\tContact with the GP",
])
def test_find_dates_loose_forms_without_a_cue_are_numbers(text):
    assert find_dates(text) == []


def test_the_day_alone_takes_the_month_named_before_it():
    when = datetime.date(2021, 9, 14)
    text = "The family moved in September 2021. Police were called on the 14th."
    assert [text[s:e] for s, e in mentions_of(text, when)] == ["14th"]
    assert mentions_of("She was seen on the 14th.", when, context=(9, 2021)) == [(20, 24)]
    assert mentions_of("She was seen on the 14th.", when, context=(9, 2020)) == []
    assert mentions_of("She was seen on the 14th.", when, context=(10, None)) == []
    assert mentions_of("She was the first to arrive.", datetime.date(2021, 9, 1)) == []


_PIECES = st.sampled_from(["14", "09", "9", "2021", "21", "'21", "Sep", "September", "SEP", "14th", "fourteenth",
                           "Tue", "the", "of", "on", "/", ".", "-", " ", ", ", "T03:40", "para", "£", "%", "and",
                           "13", "15", "2020", "Oct", "3"])


@given(st.lists(_PIECES, min_size=1, max_size=9))
def test_verify_net_covers_everything_apply_finds(pieces):
    """Differential: whatever apply's grammar removes as the protected date, verify's broad net flags."""
    from redact.dates import protected_date_candidates

    text = "".join(pieces)
    when = datetime.date(2021, 9, 14)
    broad = protected_date_candidates(text, when)
    for start, end in mentions_of(text, when):
        assert all(any(s <= i < e for s, e in broad) for i in range(start, end)), (text, text[start:end])


@pytest.mark.parametrize("text, found", [
    # (the day before it goes with it: "the night of the 13th/[date removed]" gave the date away)
    ("In September 2021, on the night of the 13th/14th, police came.", ["the 13th/14th"]),
    ("On 3 September 2020 she moved. On the 14th she called.", []),     # the month named last has another year
    ("In September she moved. On the 14th she called.", ["14th"]),
    ("On the 14th she called.", []),                                     # no month anywhere: apply cannot tell
])
def test_the_day_alone_follows_the_month_named_last(text, found):
    from redact.dates import protected_date_candidates

    when = datetime.date(2021, 9, 14)
    assert [text[s:e] for s, e in mentions_of(text, when)] == found
    # verify flags the same, and also the day in a text that names no month (the month may be in the row above)
    expected = found or (["14th"] if "September" not in text else [])
    assert [text[s:e] for s, e in protected_date_candidates(text, when)] == expected


@pytest.mark.parametrize("text, found", [
    ("Sent: Tuesday, September 14, 2021 3:40 AM", ["Tuesday, September 14, 2021"]),
    ("Tue, 14 Sep 2021 03:40:00 +0100", ["Tue, 14 Sep 2021"]),
    ("w/c 13/09/21 and w/c 14/09/21", ["14/09/21"]),
    ("14/09/2021-15/09/2021", ["14/09/2021"]),
    ("on the 14.09 she called", ["14.09"]),
    ("exported 14.Sep.2021", ["14.Sep.2021"]),
    ("on the fourteenth day of September 2021", ["fourteenth day of September 2021"]),
    ("the 14th day of September", ["14th day of September"]),
    ("SEPT 14TH", ["SEPT 14TH"]),
    ("Tues. 14th Sept.", ["Tues. 14th Sept"]),
    ("the 14th day of September 2020, 14 days of rest", []),
])
def test_mentions_of_email_headers_and_agency_forms(text, found):
    when = datetime.date(2021, 9, 14)
    assert [text[s:e] for s, e in mentions_of(text, when)] == found


@pytest.mark.parametrize("text, found", [
    ("Since Wed 15 Nov 28 nothing happened.", ["Wed 15 Nov 28"]),   # a year before a singular word
    ("On 15 Nov 28 officers attended.", ["15 Nov"]),                # a count before a plural
    ("Date of incident: 15.11", ["15.11"]),
    ("Since 15.11 nothing happened.", ["15.11"]),
])
def test_two_digit_years_counts_and_labelled_dates(text, found):
    when = datetime.date(2028, 11, 15)
    assert [text[s:e] for s, e in mentions_of(text, when)] == found


@pytest.mark.parametrize("text, found", [
    ("on 14 . 09 . 2021 she", ["14 . 09 . 2021"]),
    ("exported Sep-14-2021", ["Sep-14-2021"]),
    ("on fourteen September 2021", ["fourteen September 2021"]),
    ("two September visits", []),
])
def test_mentions_of_spaced_dots_month_first_hyphens_and_cardinal_words(text, found):
    when = datetime.date(2021, 9, 14) if "two" not in text else datetime.date(2021, 9, 2)
    assert [text[s:e] for s, e in mentions_of(text, when)] == found


# ---------------------------------------------------------------------- a day alone, read in its document

def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


@pytest.mark.parametrize("when", [datetime.date(2021, 9, 14), datetime.date(2023, 5, 10), datetime.date(2020, 2, 29),
                                  datetime.date(1999, 12, 31), datetime.date(2019, 3, 1)], ids=str)
def test_a_day_alone_with_its_document_context_is_the_date_only_under_its_month(when):
    """Given the month its part named before it (None: no month), "the 10th" is the protected date only when the
    day and that month (and year, when given) agree, in every way a day is written alone."""
    from redact.dates import CONTEXT_UNKNOWN, protected_date_candidates

    other_month = when.month % 12 + 1
    forms = ["The reply came on the {d}.", "{d}", "On {w} the {d} she called.", "Police came on the {d} of that month."]
    for day in range(1, 32):
        for form in forms:
            text = form.format(d=_ordinal(day), w=f"{when:%A}")
            for context in ((other_month, None), (when.month, when.year - 1)):
                # the date's weekday beside its day, in a month where that day falls on another weekday: the
                # context is some other matter's, and the two together are the date
                # (tests/test_weekday_day_against_its_context.py)
                month, year = context
                try:
                    fits = datetime.date(year or when.year, month, day).weekday() == when.weekday()
                except ValueError:
                    fits = False
                weekday_against_context = "{w}" in form and day == when.day and not fits
                assert bool(protected_date_candidates(text, when, context)) == weekday_against_context, \
                    (text, context)
            # with no month named at all, the day's own weekday written beside it makes it the date
            # (tests/test_weekday_and_day_of_death_alone.py); without a weekday it stays a plain day
            with_its_weekday = "{w}" in form and day == when.day
            assert bool(protected_date_candidates(text, when, None)) == with_its_weekday, text
            under_its_month = protected_date_candidates(text, when, (when.month, when.year))
            assert bool(under_its_month) == (day == when.day), (text, under_its_month)
            assert protected_date_candidates(text, when, (when.month, None)) == under_its_month
            if day == when.day and "the" in form:
                # read alone, a text that names no month may be under one: verify's broad net flags it
                assert protected_date_candidates(text, when, CONTEXT_UNKNOWN), text


def test_month_context_by_part_follows_each_part_in_reading_order():
    from redact.dates import ROWS_ABOVE, _HeadingYear, month_context_by_part

    items = [("word/document.xml", "Chronology"), ("word/document.xml", "September 2021"),
             ("word/header1.xml", "the 14th"), ("word/document.xml", "14th"),
             ("word/document.xml", "In October she moved; on the 14th she called."), ("word/document.xml", "15th"),
             ("word/footnotes.xml", "See the 14th.")]
    # (what a day may fall in: the month named last, the month last named with its year, a heading row's month;
    # first, the mark that the text before ended in a chronology's line, a heading or a row; then the heading's
    # year, which a row's day and month without a year fall in: tests/test_chronology_dates.py)
    heading = _HeadingYear(2021)
    assert month_context_by_part(items) == [None, None, None, (ROWS_ABOVE, (9, 2021), heading),
                                            (ROWS_ABOVE, (9, 2021), heading), ((10, None), (9, 2021), heading), None]


def test_a_named_month_in_the_text_still_decides_over_the_context():
    from redact.dates import protected_date_candidates

    when = datetime.date(2021, 9, 14)
    assert protected_date_candidates("In October she was seen on the 14th.", when, (9, 2021)) == []
    text = "In September she was seen on the 14th."
    assert [text[s:e] for s, e in protected_date_candidates(text, when, None)] == ["14th"]
