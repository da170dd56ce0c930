"""A week's weekday written apart from the week's date (brief "week52"): a week that holds the date of death or
birth, then that day by its weekday alone right after the week's date ("Hodan died in the w/c 3 July 2023, Sunday.",
"Week beginning 03/07/23 - Sunday: Hodan was found."), after "on", "the", "that", "by" in the week's sentence or
the sentence right after it ("The week commencing 3 July 2023 was difficult. Hodan died on the Sunday."), or in a
chronology's row ("w/c 3.7.23 | Sun | Hodan died"). The weekday goes in apply and verify alike (both read
``dates._weekdays_in_a_week``); the week's date stays, being seven days and no one of them. A week that misses the
day, another weekday, a weekday after a date outside the week or two sentences on, "every Sunday" and a weekday
with no week before it stay. The whole count is ``python tests/weekdays_of_a_named_week_gen.py``."""
from __future__ import annotations

import datetime

import pytest

import weekdays_of_a_named_week_gen as gen
from quietly import redact_text
from redact import dates

DEATH = datetime.date(2023, 7, 9)            # a Sunday
RULES = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": DEATH.isoformat()}}


@pytest.mark.parametrize("sentence, weekday", [
    ("Hodan died in the w/c 3 July 2023, Sunday.", "Sunday"),
    ("Hodan died in the w/c 3 July 2023 - Sunday.", "Sunday"),
    ("Hodan died in the w/c 3 July 2023; Sunday.", "Sunday"),
    ("The week commencing 3 July 2023 was difficult. Hodan died on the Sunday.", "Sunday"),
    ("Police were called twice in the w/b 3.7.23. Hodan was killed that Sunday.", "Sunday"),
    ("In the week of 3 July 2023 Hodan saw her GP on the Monday and died on the Sunday.", "Sunday"),
    ("Week beginning 03/07/23 - Sunday: Hodan was found.", "Sunday"),
    ("Week beginning 3.7.23 | Sunday | Hodan died", "Sunday"),       # a week's words cue a dotted date
    ("w/c 3.7.23 | Sun | Hodan died", "Sun"),
    ("Hodan was found dead in the w.c. 3.7.23; SUNDAY, according to the post-mortem.", "SUNDAY"),
])
def test_the_weekday_of_the_death_goes_in_apply_and_verify(sentence, weekday):
    from redact.rules import parse_rules
    from redact.verify.verdict import verify_texts

    start = sentence.rindex(weekday)
    assert (start, start + len(weekday)) in dates.mentions_of(sentence, DEATH)
    assert (start, start + len(weekday)) in dates.protected_date_candidates(sentence, DEATH)
    out = redact_text(sentence, RULES)
    assert weekday not in out.replace("Mary", ""), out
    rules = parse_rules(RULES)
    assert not verify_texts(rules, [("draft", sentence.replace("Hodan", "Mary"))]).ok    # for the weekday alone
    assert verify_texts(rules, [("output", out)]).ok, out


@pytest.mark.parametrize("sentence", [
    "The victim died in the w/c 10 July 2023, Sunday.",                                             # another week
    "In the w/c 3 July 2023, Friday: the victim rang the GP.",                                      # another weekday
    "The w/c 3 July 2023 was difficult; on 20 July her sister came, and on the Sunday she went home.",   # a date
    "The w/c 3 July 2023 was difficult. Her sister visited. On the Sunday they went to the park.",  # two sentences on
    "In the w/c 3 July 2023 the victim went to the mosque, as she did every Sunday.",               # every week's
    "The victim went to church on the Sunday before Easter.",                                       # no week
])
def test_other_weekdays_stay(sentence):
    assert dates.mentions_of(sentence, DEATH) == []
    assert dates.protected_date_candidates(sentence, DEATH) == []
    assert redact_text(sentence, RULES) == sentence


@pytest.mark.parametrize("case", [c for seed in range(0, 5) for c in gen.make_cases(seed)],
                         ids=lambda c: f"{c['seed']}-{c['kind']}")
def test_generated_weekdays_go_and_controls_stay(case):
    output, result = gen.run_case(case)
    assert result is None, f"{result}: {case['sentence']!r} -> {output!r}"
