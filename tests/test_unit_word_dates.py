"""A protected date written with unit words, as a translated statement, a quoted certificate or a message keeps it:
Chinese and Japanese put 年 月 日 (or 号) after each number, in digits or in their own numerals ("2022年2月3日",
"二〇二二年二月三日"), Korean 년 월 일 ("2022년 2월 3일"), Vietnamese "ngày 3 tháng 2 năm 2022".

Found by a probe of unseen drafts: about 80 other forms of the date went, these six stayed and `verify` passed
them. Apply and verify read them now (``redact.dates.mentions_of``, which verify's broad net starts from); with
another year, or another month or day, they are other dates and stay.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import assert_the_date_goes_and_verify_agrees, quiet_redactor

from redact.api import verify_bytes

CJK_DIGITS = "〇一二三四五六七八九"
SENTENCES = ["Her daughter's statement (translated) gives the date as {d}.", "{d} – the date on the certificate.",
             "A neighbour wrote “{d}” in the card.", "死亡日期：{d}", "Ngày mất: {d}"]


def _cjk(number: int) -> str:
    tens, units = divmod(number, 10)
    return (CJK_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CJK_DIGITS[units] if units else "")


def _forms(when: datetime.date) -> list[str]:
    y, m, d = when.year, when.month, when.day
    cjk_year = "".join(CJK_DIGITS[int(c)] for c in str(y))
    return [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y} 年 {m} 月 {d} 日", f"{m}月{d}号",
            f"{cjk_year}年{_cjk(m)}月{_cjk(d)}日", f"{_cjk(m)}月{_cjk(d)}日",
            f"{y}年{m}月{d}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            f"{y}년 {m}월 {d}일", f"{m}월 {d}일",
            f"ngày {d} tháng {m} năm {y}", f"Ngày {d:02d} tháng {m:02d} năm {y}", f"{d} tháng {m}, {y}",
            f"mùng {d} tháng {m}"]


def _dates(seed: int, count: int) -> list[datetime.date]:
    rng = random.Random(seed)
    start = datetime.date(1950, 1, 1)
    return [start + datetime.timedelta(days=rng.randrange(27000)) for _ in range(count)] + \
        [datetime.date(2022, 2, 3), datetime.date(2019, 12, 31), datetime.date(2020, 10, 10)]


CASES = [(when, form, SENTENCES[index % len(SENTENCES)])
         for when in _dates(23, 4) for index, form in enumerate(_forms(when))]


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Wang Xiu Ying", "pseudonym": "Anna"}], "dates": {"date_of_death": when.isoformat()}}


@pytest.mark.parametrize("when, form, template", CASES, ids=lambda v: str(v)[:24])
def test_the_date_goes_and_verify_agrees(when, form, template):
    assert_the_date_goes_and_verify_agrees(template.format(d=form), form, _rules(when))


@pytest.mark.parametrize("when", _dates(29, 5), ids=str)
def test_other_days_months_and_years_stay(when):
    y, m, d = when.year, when.month, when.day
    other_day, other_month = d % 28 + 1, m % 12 + 1
    text = (f"Seen on {y - 1}年{m}月{d}日, {y}年{other_month}月{d}日, {y}年{m}月{other_day}日 and "
            f"{_cjk(other_month)}月{_cjk(d)}日; {y + 1}년 {m}월 {d}일; ngày {d} tháng {other_month} năm {y} and "
            f"ngày {d} tháng {m} năm {y - 2}.")
    assert quiet_redactor(_rules(when)).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok
