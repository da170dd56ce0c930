"""A date of death or birth written day first after "the" ("on the evening of the 31st of October", "dreads the
14th of March each year") is removed with its article: "of [date removed]", never "of the [date removed]". A date
written month first, or after another word, keeps what stands before it."""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

RULES = {"people": [{"name": "Sahra Abdi Farah", "pseudonym": "Mary"}],
         "dates": {"date_of_death": "2019-10-31", "date_of_birth": "1984-03-02"}}


@pytest.mark.parametrize("text, expected", [
    ("On the evening of the 31st of October, a neighbour heard shouting.",
     "On the evening of [date removed], a neighbour heard shouting."),
    ("The family dreads the 31st of October each year.", "The family dreads [date removed] each year."),
    ("She died on the thirty-first of October 2019.", "She died on [date removed]."),
    ("The 31st October 2019 was a Thursday.", "[date removed] was a Thursday."),
    ("She was born on the 2nd of March 1984.", "She was born on [date of birth removed]."),
    ("She died on the 31/10/2019 at home.", "She died on [date removed] at home."),
])
def test_the_article_goes_with_a_date_written_day_first(text, expected):
    out = quiet_redactor(RULES).redact_text(text)
    assert out == expected
    assert verify_bytes(out.encode(), "txt", RULES).ok


@pytest.mark.parametrize("text, expected", [
    ("She died on October 31st 2019.", "She died on [date removed]."),
    ("She died on Thursday the 31st of October.", "She died on [date removed]."),
    ("The review of the death on 31 October 2019 began.", "The review of the death on [date removed] began."),
    ("The evening of the 30th of October was quiet.", "The evening of the 30th of October was quiet."),
])
def test_other_words_before_stay(text, expected):
    assert quiet_redactor(RULES).redact_text(text) == expected
