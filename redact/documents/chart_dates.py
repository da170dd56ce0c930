"""The dates a chart shows as numbers: a chart's cache holds a date as the serial number a spreadsheet keeps
(``<c:v>44595</c:v>``, 3 February 2022; ``44595.5`` is noon that day) and a number format that shows it as a date
(``<c:formatCode>d mmm yyyy</c:formatCode>`` on the cache, a ``formatCode`` on the point, or a date axis
``c:dateAx`` the series' categories are drawn on). Read so, the serial is the date the chart shows: apply and
verify read it as that date, written out ("3 February 2022"), never as a short number.

Both readers use this with lxml elements of any namespace (by local names): the docx adapter and verify's own
reader. Serials count days from 30 December 1899 (Excel's 1900 system, its missing 29 February 1900 taken into
account for serials after it), or from 1 January 1904 where the chart says ``c:date1904``.
"""
from __future__ import annotations

import datetime
import re

from ..lazy_patterns import lazy

__all__ = ["shown_date", "is_date_format", "written_date"]

_SERIAL = lazy(re.compile, r"\s*\d{1,7}(?:\.\d+)?\s*")
# what a number format shows literally: quoted text, an escaped character, a colour or condition in brackets
_LITERAL = lazy(re.compile, r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def is_date_format(code: str | None) -> bool:
    """Does this number format show a date ("d mmm yyyy", "dd/mm/yy", "mmm-yy", "yyyy-mm-dd hh:mm")? A day or a
    year code outside quoted text; a month code alone ("mmm") counts unless it is minutes beside hours."""
    if not code:
        return False
    shown = _LITERAL.sub("", code.split(";")[0]).lower()
    if "general" in shown and not re.search(r"[dy]", shown.replace("general", "")):
        return False
    return bool(re.search(r"[dy]", shown)) or ("m" in shown and "h" not in shown and "s" not in shown)


def _child(element, local: str):
    return next((child for child in element if _local(child.tag) == local), None)


def _format_of_cache(cache) -> str | None:
    code = _child(cache, "formatCode")
    return code.text if code is not None else None


def _on_a_date_axis(cache) -> bool:
    """Are the categories this cache holds drawn on a date axis (``c:dateAx``) of the chart?"""
    ancestor = cache.getparent()
    while ancestor is not None and _local(ancestor.tag) not in ("cat", "xVal"):
        if _local(ancestor.tag) in ("ser", "plotArea", "chartSpace"):
            return False
        ancestor = ancestor.getparent()
    if ancestor is None:
        return False
    root = cache.getroottree().getroot()
    return any(_local(element.tag) == "dateAx" for element in root.iter())


def _date1904(element) -> bool:
    root = element.getroottree().getroot()
    for child in root:
        if _local(child.tag) == "date1904":
            return next((v for a, v in child.items() if _local(a) == "val"), "1") in ("1", "true", "on")
    return False


def _from_serial(serial: float, date1904: bool) -> datetime.date | None:
    if date1904:
        start = datetime.date(1904, 1, 1)
    elif serial >= 61:
        start = datetime.date(1899, 12, 30)
    else:
        start = datetime.date(1899, 12, 31)     # 1 is 1 January 1900; Excel's 29 February 1900 (60) never was
        if int(serial) == 60:
            return None
    try:
        return start + datetime.timedelta(days=int(serial))
    except OverflowError:
        return None


def shown_date(value) -> datetime.date | None:
    """The date a chart's value element (``c:v`` of a point of a number cache) shows, or None: its text a serial,
    its format a date's (the point's own ``formatCode``, its cache's, or a date axis its categories are drawn on)."""
    text = value.text or ""
    if _local(value.tag) != "v" or not _SERIAL.fullmatch(text):
        return None
    point = value.getparent()
    if point is None or _local(point.tag) != "pt":
        return None
    cache = point.getparent()
    if cache is None or _local(cache.tag) not in ("numCache", "numLit"):
        return None
    own = next((v for a, v in point.items() if _local(a) == "formatCode"), None)
    if not (is_date_format(own) or (own is None and (is_date_format(_format_of_cache(cache))
                                                    or _on_a_date_axis(cache)))):
        return None
    serial = float(text)
    if not 1 <= serial < 2958466:
        return None
    return _from_serial(serial, _date1904(value))


def written_date(date: datetime.date) -> str:
    """A date as a chart's point is read: "3 February 2022"."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
