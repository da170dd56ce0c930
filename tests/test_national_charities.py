"""National charities and helplines a victim is referred to name no one and no area; a local one names its area.

Found by a list of the services DHRs refer to: "Southall Black Sisters" became "Person 1 Sisters", "Jewish
Women's Aid" "Place 1 Women's Aid", "Suzy Lamplugh Trust" "Person 3", "Halo Project" "Halo Person 2" (15 of 59).
Two fixes: national services are on the domain allow-list (rules/dhr-default.yaml), and what is left of a find
once a kept term is taken out of it ("Jewish" of "Jewish Women's Aid") is judged as any find is, so a faith or a
people stays. A local service still names its area, and a listed name beside a kept term is still replaced.
"""
from __future__ import annotations

import pytest

from conftest import VICTIM_ONLY, quiet_redactor

NATIONAL = ["Southall Black Sisters", "Jewish Women's Aid", "Sikh Women’s Aid", "Welsh Women's Aid",
            "Scottish Women's Aid", "Muslim Women's Network UK", "Live Fear Free", "Halo Project",
            "Suzy Lamplugh Trust", "Paladin", "National Stalking Helpline", "Protection Against Stalking",
            "Imkaan", "IKWRO", "Rape Crisis England and Wales", "Freedom Charity", "Surviving Economic Abuse",
            "Men's Advice Line", "ManKind Initiative", "Hourglass", "Rights of Women", "LGBT Foundation",
            "Forced Marriage Unit", "National FGM Centre", "Cruse Bereavement Support", "Change Grow Live",
            # 2026-12-01: two the last probe left as names ("Kidscape", "Chayn"), and the children's, LGBT+, older
            # people's and disability charities a report refers to
            "Kidscape", "Chayn", "Childline", "Barnardo's", "Galop", "Age UK", "Mencap"]
SENTENCES = ["She was referred to {o} in 2021.", "{o} supported her until her death.",
             "The review thanks {o} for its contribution.", "A worker from {o} attended the panel."]
# A people or a faith before a kept service's name: the word is no place
PEOPLES = ["Somali", "Tamil", "Kurdish", "Polish", "Catholic", "Bangladeshi", "Eritrean", "Hindu"]


@pytest.mark.parametrize("index", range(len(NATIONAL)))
def test_a_national_service_stays(index):
    text = SENTENCES[index % len(SENTENCES)].format(o=NATIONAL[index])
    assert quiet_redactor(VICTIM_ONLY).redact_text(text) == text


@pytest.mark.parametrize("people", PEOPLES)
def test_a_people_or_faith_before_a_kept_name_stays(people):
    text = f"She was supported by the {people} Women's Aid group until 2022."
    assert quiet_redactor(VICTIM_ONLY).redact_text(text) == text


@pytest.mark.parametrize("text, place", [
    ("She was supported by Thornworth Women's Aid until 2022.", "Thornworth"),
    ("Aanchal Women's Aid supported her.", "Aanchal"),
    ("She was referred to Kirklees Women's Aid.", "Kirklees"),
])
def test_a_local_service_still_names_its_area(text, place):
    assert place not in quiet_redactor(VICTIM_ONLY).redact_text(text)


def test_a_listed_name_beside_a_kept_service_is_replaced():
    """The domain's list never shields a listed name (a review's own keep list does)."""
    rules = {"people": [{"name": "Halo Adeyemi", "pseudonym": "Ruth"}], "dates": {"date_of_death": "2023-06-14"}}
    text = "Halo told the Halo Project worker that she was afraid."
    assert quiet_redactor(rules).redact_text(text) == "Ruth told the Ruth Project worker that she was afraid."
    assert quiet_redactor({**rules, "keep": ["Halo Project"]}).redact_text(text) == \
        "Ruth told the Halo Project worker that she was afraid."
