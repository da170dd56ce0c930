"""What the generated tests of months named in other languages share: the languages the project reads month names
of (tools/build_data.py's MONTH_LOCALES), a month's names in one of them as Babel gives them, and the rules that
protect one date."""
from __future__ import annotations

import datetime as dt
import importlib.util
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel import dates as babel_dates

REPO = Path(__file__).resolve().parents[1]


def month_locales() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("build_data", REPO / "tools" / "build_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MONTH_LOCALES


@lru_cache(maxsize=None)
def babel_month_names(code: str, width: str, context: str) -> dict[int, str]:
    """The month names of one language (``get_month_names``), read once per test run."""
    return dict(babel_dates.get_month_names(width, context, Locale.parse(code)))


def plain(name: str) -> str:
    """A month name without the dot (or Hindi's sign "॰") that abbreviates it."""
    return name.rstrip(".॰")


def protecting(when: dt.date, which: str = "date_of_death") -> dict:
    """Rules that list one person and protect ``when`` as ``which``."""
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {which: when.isoformat()}}
