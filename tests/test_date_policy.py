"""Dates DHRs keep: only the protected dates go; policy.dates shows the others in full, as month and year, as
the year, or relative to the date of death, always keeping a chronology's order; the protection wins."""
from __future__ import annotations

import datetime
import random
import re

import pytest

from conftest import FIXTURES, needs_shared
from redact.date_policy import DatePolicy, relative_to
from redact.dates import find_dates, parse_date
from redact.rules import Rules
from redact.verify import Text, verify_texts
from test_date_matrix import FORMS, PROTECTED, ordinal

DEATH = datetime.date(2023, 5, 10)
STYLES = ("month_year", "year", "relative")
_WORDS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                      "nine"])}
_RELATIVE = re.compile(r"(?i)^(?:(?P<lt>less than a week)|(?P<n>\w+) (?P<unit>week|month|year)s?) (?P<side>before|after) "
                       r"the death$|^the (?P<own>day|month|year) of the death$")


def _rules(style: str = "keep", death=DEATH, birth=None, people=(("Grace Mensah", "Efua"),)) -> Rules:
    return Rules(dates={"date_of_death": death, "date_of_birth": birth}, policy={"dates": style},
                 people=[{"name": n, "pseudonym": p} for n, p in people])


def _key(style: str, shown: str):
    """Where a shown date sorts: (year, month) for month_year, the year, or days from the death."""
    if style == "month_year":
        date = parse_date(shown)
        return date.year, date.month
    if style == "year":
        return int(shown)
    m = _RELATIVE.match(shown)
    assert m, shown
    if m.group("own"):
        return 0
    if m.group("lt"):
        return 3.5 if m.group("side") == "after" else -3.5
    n = _WORDS.get(m.group("n").lower()) if not m.group("n").isdigit() else int(m.group("n"))
    days = {"week": 7, "month": 30.44, "year": 365.25}[m.group("unit")] * n
    return days if m.group("side") == "after" else -days


def _chronology(seed: int, count: int = 150) -> list[datetime.date]:
    rng = random.Random(seed)
    days = sorted(rng.randint(-6 * 365, 3 * 365) for _ in range(count))
    return [DEATH + datetime.timedelta(days=d) for d in days if d != 0]


# ------------------------------------------------------------------ a day of the month alone

def _bare_day_document(when: datetime.date, month_before: datetime.date) -> str:
    """Paragraphs that name a month, then a day alone for every day number (as separate paragraphs)."""
    paragraphs = [f"In {month_before:%B %Y} she wrote to the housing office."]
    paragraphs += [f"The reply came on the {ordinal(day)}." for day in range(1, 32)]
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("when", PROTECTED, ids=lambda d: d.isoformat())
def test_a_day_alone_is_the_protected_date_only_under_its_month(when):
    """verify (and apply's last pass, which replaces what verify flags) reads "the 10th" under the month its part
    named before it: under another month or year every day stays; under the protected month only its day goes."""
    rules = _rules(death=when)
    other_month = when.replace(day=1, month=when.month % 12 + 1)
    other_year = when.replace(day=1, year=when.year - 1)
    for before in (other_month, other_year):
        text = _bare_day_document(when, before)
        assert verify_texts(rules, [Text("block", text)]).ok, (before, text[:80])
        blocks = [Text(f"block {i}", p) for i, p in enumerate(text.split("\n\n"), 1)]
        assert verify_texts(rules, blocks).ok, before
    blocks = [Text(f"block {i}", p) for i, p in enumerate(_bare_day_document(when, when).split("\n\n"), 1)]
    leaks = verify_texts(rules, blocks).leaks
    assert [leak.location for leak in leaks] == [f"block {when.day + 1}"]
    # a paragraph alone with no month named anywhere before it: a day number, no date
    assert verify_texts(rules, [Text("block 1", f"The reply came on the {ordinal(when.day)}.")]).ok


def test_the_reply_came_on_the_10th_stays(tmp_path):
    """Issue 12's example, through apply: a day that is not a protected date is not removed."""
    from redact import Redactor

    redactor = Redactor(_rules(death=datetime.date(2023, 5, 10), birth=datetime.date(1980, 2, 14),
                               people=[("Grace Mensah", "Efua")]))
    for text in ["The reply came on the 10th.",
                 "Grace wrote to the council in April 2023.\n\nThe reply came on the 10th.",
                 "Grace died on 10 May 2023.\n\nIn April she had written. The reply came on the 14th.",
                 "Grace died on 10 May 2023. The reply came on the 14th."]:
        out = redactor.redact_text(text)
        assert out.endswith(text[-12:]), out
    # under the protected month the same day goes, in every paragraph after it
    out = redactor.redact_text("In May 2023 she moved.\n\nThe reply came on the 10th.")
    assert out.endswith("on [date removed].") and "10th" not in out


# ------------------------------------------------------------------ the policy

@pytest.mark.parametrize("style", STYLES)
def test_every_written_form_is_shown_as_the_policy_says(style):
    policy = DatePolicy(_rules(style))
    when = datetime.date(2022, 3, 14)
    expected = {"month_year": "March 2022", "year": "2022", "relative": "13 months before the death"}[style]
    for form in FORMS:
        cue = "on " if form.needs_cue else ""    # "14.3" alone is a section number
        written = cue + form.write(when)
        shown = policy.rewrite(written)
        if not form.has_year:
            assert shown in (cue + "March", cue + "[date]"), (form.name, shown)
            continue
        assert shown == cue + expected, (form.name, written, shown)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("seed", [3001, 3002, 3003])
def test_a_generated_chronology_keeps_its_order(style, seed):
    """Dates in every form with a year, in date order: shown by the policy they sort the same way or tie."""
    policy = DatePolicy(_rules(style))
    rng = random.Random(seed)
    dated = [f for f in FORMS if f.has_year]
    keys = []
    for when in _chronology(seed):
        form = rng.choice(dated)
        shown = policy.rewrite(form.write(when))
        expected = {"month_year": f"{when:%B %Y}", "year": str(when.year),
                    "relative": relative_to(DEATH, when.year, when.month, when.day).text()}[style]
        assert shown == expected, (form.name, form.write(when), shown)
        keys.append(_key(style, shown))
    assert keys == sorted(keys)


def test_relative_wording_uses_whole_units_and_never_reorders():
    assert relative_to(DEATH, 2023, 2, 10).text() == "three months before the death"
    assert relative_to(DEATH, 2023, 4, 26).text() == "two weeks before the death"
    assert relative_to(DEATH, 2023, 5, 7).text() == "less than a week before the death"
    assert relative_to(DEATH, 2023, 5, 24).text() == "two weeks after the death"
    assert relative_to(DEATH, 2021, 11, 10).text() == "18 months before the death"
    assert relative_to(DEATH, 2019, 5, 9).text() == "four years before the death"
    assert relative_to(DEATH, 2023, 3).text() == "two months before the death"
    assert relative_to(DEATH, 2023, 5).text() == "the month of the death"
    assert relative_to(DEATH, 2015).text() == "eight years before the death"
    day = datetime.timedelta(days=1)
    keys = [relative_to(DEATH, d.year, d.month, d.day).key
            for d in (DEATH - day * n for n in range(1, 4 * 365))]
    assert keys == sorted(keys, reverse=True)   # further back, never later-sounding
    keys = [relative_to(DEATH, d.year, d.month, d.day).key for d in (DEATH + day * n for n in range(1, 4 * 365))]
    assert keys == sorted(keys)


@pytest.mark.parametrize("style", STYLES)
def test_the_protected_dates_are_removed_in_every_policy(style):
    from redact import Redactor

    birth = datetime.date(1985, 11, 9)
    redactor = Redactor(_rules(style, birth=birth))
    for when in (DEATH, birth):
        for form in FORMS:
            if not form.has_year:
                continue
            written = form.write(when)
            out = redactor.redact_text(f"She was seen on {written} by her GP.")
            assert "removed]" in out, (style, form.name, out)
            shown = {"month_year": f"{when:%B}", "year": str(when.year), "relative": "the death"}[style]
            assert shown not in out.replace("[date removed]", "").replace("[date of birth removed]", ""), out


def test_apply_reads_as_english_and_keeps_the_periods_order():
    from redact import Redactor

    text = ("On 14 March 2022, she called the police. She was seen on the 3rd of April 2023 and on 4 and 16 "
            "November 2021. Between 15 May 2002 and 24 July 2002 she lived abroad. Police attended on Tuesday "
            "2 May 2023 at 14:00. She died on 10 May 2023. Between 1 May 2023 and 10 May 2023 she stayed home.")
    out = {style: Redactor(_rules(style)).redact_text(text) for style in STYLES}
    assert out["month_year"] == (
        "In March 2022, she called the police. She was seen in April 2023 and in November 2021. Between May 2002 "
        "and July 2002 she lived abroad. Police attended in May 2023. She died on [date removed]. Between May 2023 "
        "and [date removed] she stayed home.")
    assert out["year"].startswith("In 2022, she called the police. She was seen in 2023 and in 2021. In 2002 she")
    assert out["relative"].startswith("13 months before the death, she called the police. She was seen five weeks "
                                      "before the death and 17 months before the death.")
    assert "10 May" not in out["relative"] and "May 2023" not in out["relative"]


def test_relative_needs_a_date_of_death():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="relative needs dates.date_of_death"):
        _rules("relative", death=None)


# ------------------------------------------------------------------ the fixtures' chronology tables

def _chronology_cells(path) -> list[str]:
    import docx

    cells = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            first = row.cells[0].text.strip()
            dates = find_dates(first)
            if len(dates) == 1 and dates[0].text == first and dates[0].date.year and dates[0].date.day:
                cells.append(first)
    return cells


@pytest.mark.shared
@needs_shared()
@pytest.mark.parametrize("case", sorted(p.name for p in FIXTURES.glob("case*")) if FIXTURES.exists() else [])
def test_fixture_chronology_tables_keep_their_order(case):
    from redact.rules import load_rules

    rules = load_rules(FIXTURES / case / "rules.yaml")
    cells = _chronology_cells(FIXTURES / case / "draft.docx")
    assert len(cells) >= 5, case
    order = [parse_date(c) for c in cells]
    for style in STYLES:
        policy = DatePolicy(rules.model_copy(update={"policy": rules.policy.model_copy(update={"dates": style})}))
        protected = {rules.dates.date_of_death, rules.dates.date_of_birth}
        pairs = sorted(zip(order, cells))
        keys = []
        for date, cell in pairs:
            shown = policy.rewrite(cell)
            if datetime.date(*date) in protected:
                assert shown is None   # left to the protected date's own removal
                continue
            keys.append(_key(style, shown))
        assert keys == sorted(keys), (case, style)


def test_a_word_chronology_table_keeps_its_order_through_apply(tmp_path, style="relative"):
    """A generated chronology (every written form with a year) in a .docx table, through apply: each cell is shown
    as the policy says, in the same order; the protected date's row loses its date."""
    import docx

    from redact import Redactor

    rng = random.Random(3100)
    dated = [f for f in FORMS if f.has_year and "hh" not in f.name]
    dates = _chronology(3100, 25) + [DEATH]
    dates.sort()
    source = docx.Document()
    source.add_paragraph("Chronology of agency contact")
    table = source.add_table(rows=0, cols=2)
    for when in dates:
        cells = table.add_row().cells
        cells[0].text = rng.choice(dated).write(when)
        cells[1].text = "Contact with the GP surgery."
    draft, out = tmp_path / "draft.docx", tmp_path / "out.docx"
    source.save(str(draft))
    report = Redactor(_rules(style)).redact_file(draft, out)
    assert report.verdict.ok
    shown = [row.cells[0].text for row in docx.Document(str(out)).tables[0].rows]
    keys = []
    for when, cell in zip(dates, shown):
        if when == DEATH:
            assert cell == "[date removed]"
            continue
        keys.append(_key(style, cell))
    assert keys == sorted(keys), shown


@pytest.mark.parametrize("when", PROTECTED, ids=lambda d: d.isoformat())
def test_the_same_cell_under_several_months_is_read_under_each(when):
    """A chronology with month rows and day cells: the cell "10th" under another month stays, every day number,
    written alone or with "the"; only the protected day under the protected month is found."""
    from redact.detect.recognizers import ProtectedDateRecognizer
    from redact.entities import DATE_OF_DEATH

    recognizer = ProtectedDateRecognizer(date_of_death=when)
    months = [when.replace(day=1, month=(when.month + shift - 1) % 12 + 1, year=when.year + (when.month + shift - 1) // 12)
              for shift in (-2, -1, 0, 1)]
    rows, expected = [], []
    for month in months:
        rows.append(f"{month:%B %Y}")
        expected.append(False)
        for day in range(1, 32):
            for form in ("{d}", "On the {d} she called."):
                rows.append(form.format(d=ordinal(day)))
                expected.append((month.year, month.month, day) == (when.year, when.month, when.day))
    recognizer.learn_document(rows)
    found = [bool(recognizer.analyze(row, [DATE_OF_DEATH], None)) for row in rows]
    assert [r for r, f, e in zip(rows, found, expected) if f != e] == []


@pytest.mark.parametrize("style", STYLES)
def test_a_day_alone_is_shown_as_the_policy_says_and_the_protected_day_goes(style):
    """"the reply came on the 14th" under "March 2022" would give the whole date back: the day goes under every
    rewriting policy (every day number); the protected day under its month is still removed."""
    from redact import Redactor

    redactor = Redactor(_rules(style))
    paragraphs = ["In March 2022 she moved."] + [f"The reply came on the {ordinal(day)}." for day in range(1, 32)]
    paragraphs += ["In May 2023 she was seen on the 2nd and on the 10th."]
    out = redactor.redact_text("\n\n".join(paragraphs)).split("\n\n")
    assert not any(re.search(r"\d(?:st|nd|rd|th)\b", p) for p in out), out
    march = {"month_year": "that month", "year": "that year"}
    for day, shown in zip(range(1, 32), out[1:32]):
        expected = march.get(style) or relative_to(DEATH, 2022, 3, day).text()
        assert shown == f"The reply came {expected}.", (day, shown)
    assert out[-1].endswith("and on [date removed].")


def test_days_alone_take_their_month_from_the_sentence_the_text_or_the_document():
    from redact.dates import days_alone

    text = "In March 2022 she moved. On the 10th she called. On Tuesday 22nd, and on the 14th of that month."
    found = [(text[s:e], d) for s, e, d in days_alone(text, (9, 2021))]
    assert [(w, tuple(d)) for w, d in found] == [("On the 10th", (2022, 3, 10)), ("On Tuesday 22nd", (2022, 3, 22)),
                                                  ("on the 14th", (2022, 3, 14))]
    assert [tuple(d) for _, _, d in days_alone("Seen on the 14th.", (9, 2021))] == [(2021, 9, 14)]
    assert [tuple(d) for _, _, d in days_alone("Seen on the 14th.")] == [(None, None, 14)]
    assert days_alone("the 14th century, her 14th birthday, the first time, the 14th May") == []
