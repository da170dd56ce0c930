"""A text is translated by a table only where it holds a character the table changes, and the other calendars'
dates are read with their figures found once per text: the same answers as before, checked against the old
expressions on generated texts (a fixed seed) that mix ASCII prose with the characters each table maps, their
neighbours that it does not, other scripts' digits and spaces, and the dates of other calendars."""
from __future__ import annotations

import datetime
import random
import unicodedata

import pytest

from redact import dates, normalise, other_calendars
from redact.detect.recognizers import places

_WORDS = ["Police", "attended", "on", "21", "Dhul", "Hijjah", "1444", "AH", "dhul-hijjah", "20", "Tammuz", "5783",
          "18", "Tir", "TIR", "tir", "1402", "2", "Hamle", "2015", "E.C.", "2080", "Asar", "24", "Person", "3",
          "Muharram", "Rabi", "al-Awwal", "9", "July", "2023", "the", "14th", "Braşov", "Brașov", "Timișoara",
          "Constanța", "ŞTEFAN", "ȘTEFAN", "KASİM", "kasım", "ſ", "ς", "Kelvin", "\u212a", "İ", "ı", "`", "´", "ʿ",
          "’", "“", "—", "é", "Ü", "٢٥", "۱۸", "२०८०", "０７７００", "𝟎𝟕", "असार", "تیر", "ሐምሌ", "תמוז"]
_GLUE = [" ", "  ", "\u00a0", "\u202f", "\u2009", "\uf020", "\n", "\t", ", ", "/", "-", "", ". ", "(", ")"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        text = "".join(word + rng.choice(_GLUE) for word in words)
        out.append(text if rng.random() < 0.6 else text.encode("ascii", "ignore").decode())   # many ASCII texts
    return out


def test_the_comma_below_letters_are_translated_where_they_stand_and_nowhere_else():
    texts = _texts(5701, 20000)
    assert sum("ș" in t or "Ș" in t or "ț" in t for t in texts) > 1000
    for text in texts:
        assert places.same_s_and_t(text) == text.translate(places._COMMA_BELOW_AS_CEDILLA)


def test_the_caseless_view_is_the_translated_one():
    texts = _texts(5702, 20000)
    for text in texts:
        old = unicodedata.normalize("NFKC", text).lower().translate(dates._CASE_TWINS)
        assert dates._caseless(text) == old, text


def test_plain_spaces_and_digits_skip_only_texts_with_nothing_to_change():
    texts = _texts(5703, 20000)
    changed = 0
    for text in texts:
        old = text if not normalise._ODD_SPACE_OR_DIGIT.search(text) else \
            normalise._OTHER_DIGIT.sub(normalise._plain_digit, text.translate(normalise.SPACE_LOOKALIKES))
        assert normalise.with_plain_spaces_and_digits(text) == old
        changed += old != text
    assert changed > 1000


def _old_readings(text: str, numbers: frozenset[int]) -> tuple:
    """``other_calendars._readings`` as it was: every figure read per call, the text folded by its table."""
    oc = other_calendars
    runs = [run for run in oc._A_NUMBER.finditer(text) if int(run.group()) in numbers]
    if not runs:
        return ()
    folded = text.translate(oc._FOLD)
    out = []
    for calendar in oc._MONTHS:
        for run in runs:
            m = oc._NUMBER_FIRST[calendar].match(folded, run.start())
            found = [m] if m else []
            for word in oc._A_WORD_OPENS.finditer(folded, max(0, run.start() - oc._MONTH_REACH), run.start()):
                m = oc._MONTH_FIRST[calendar].match(folded, word.start())
                if m and m.start("d2") == run.start():
                    found.append(m)
            for m in found:
                reading = oc._reading(calendar, m, folded, text)
                if reading:
                    out.append(reading)
    return tuple(dict.fromkeys(out))


@pytest.mark.parametrize("when", [datetime.date(2023, 7, 9), datetime.date(1971, 2, 2), datetime.date(2019, 11, 25)])
def test_the_other_calendars_read_the_same_dates_with_their_figures_found_once(when):
    days = other_calendars.calendar_days(when)
    numbers = frozenset(n for d in days for n in (d.day, d.year))
    texts = _texts(5704 + when.day, 6000)
    # and the dates of ``when`` in each calendar, written as the module's docstring writes them
    texts += [f"She died on {d.day} {word} {d.year}{glue}" for d in days for word in ("Dhul Hijjah", "Tammuz", "Tir",
              "Hamle", "Asar", "tir", "TIR") for glue in ("", " AH", ".", " E.C. Then")]
    found = 0
    for text in texts:
        other_calendars._readings.cache_clear()
        new = other_calendars._readings(text, numbers)
        assert new == _old_readings(text, numbers), text
        found += bool(new)
    assert found > 50
