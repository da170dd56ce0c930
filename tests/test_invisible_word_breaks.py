"""An invisible character between two words instead of a space (tests/invisible_word_breaks_gen.py): apply leaves
no listed word, verify flags the draft and passes the output; between ordinary words it changes nothing."""
from __future__ import annotations

import pytest

from invisible_word_breaks_gen import HELD_BACK, TUNED, make_cases, run_case
from redact.normalise import invisible_word_breaks

SEEDS = list(TUNED)[:8] + list(HELD_BACK)[:3]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_listed_name_parted_by_an_invisible_character_is_found_by_apply_and_verify(seed):
    for case in make_cases(seed):
        output, problems = run_case(case)
        assert not problems, (case["kind"], case["sentence"], output, problems)


def test_the_second_reading_keeps_every_position():
    text = "Hodan\u200b\u200eWarsame met Ho\u200bdan and the\u00adhospital."
    spaced = invisible_word_breaks(text)
    assert spaced is not None and len(spaced) == len(text)
    assert spaced.startswith("Hodan  Warsame ") and "Ho\u200bdan" in spaced and "the\u00adhospital" in spaced
    assert invisible_word_breaks("Plain text with Hodan Warsame.") is None


if __name__ == "__main__":
    from invisible_word_breaks_gen import count

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))
