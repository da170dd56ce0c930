"""organisations recogniser: organisations whose name reveals a place, with the place's offsets."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import PlaceOrganisationRecognizer
from redact.entities import PLACE_ORGANIZATION


def _orgs(text):
    results = sorted(PlaceOrganisationRecognizer().analyze(text, [], None), key=lambda r: r.start)
    out = []
    for r in results:
        meta = r.recognition_metadata
        assert r.entity_type == PLACE_ORGANIZATION
        assert text[meta["place_start"]:meta["place_end"]] == meta["place"]
        out.append((text[r.start:r.end], meta["place"]))
    return out


@pytest.mark.parametrize("name, place", [
    ("Hartsford Borough Council", "Hartsford"), ("Kingsmere District Council", "Kingsmere"),
    ("Leeds City Council", "Leeds"), ("Wealdshire County Council", "Wealdshire"),
    ("Wealdshire Police", "Wealdshire"), ("Eastmarsh Constabulary", "Eastmarsh"), ("HMP Dunholt", "Dunholt"),
    ("Hartsford Hospital", "Hartsford"), ("Hartsford General Hospital", "Hartsford"),
    ("Brackenford Royal Infirmary", "Brackenford"),
    ("Wealdshire Healthcare NHS Foundation Trust", "Wealdshire"), ("Mill Lane Surgery", "Mill Lane"),
    ("Kingsmere Medical Centre", "Kingsmere"), ("Hartsford Health Centre", "Hartsford"),
    ("Dunholt Academy", "Dunholt"), ("Marlbeck School", "Marlbeck"), ("Marlbeck Primary School", "Marlbeck"),
    ("Hartsford Crown Court", "Hartsford"), ("Kingsmere Magistrates' Court", "Kingsmere"),
    ("Dunholt Women's Aid", "Dunholt"), ("Dunholt Women’s Aid", "Dunholt"),
    ("Dunholt Women’s Refuge", "Dunholt"), ("Safer Hartsford Partnership", "Hartsford"),
    ("Brackenford Community Safety Partnership", "Brackenford"), ("Hartsford Homes", "Hartsford"),
    ("Stoke-on-Trent City Council", "Stoke-on-Trent"), ("London Borough of Hackney", "Hackney"),
])
def test_place_organisations(name, place):
    assert _orgs(f"The report was shared with {name} in June.") == [(name, place)]


def test_sentence_opener_is_not_part_of_the_place():
    assert _orgs("At Hartsford General Hospital she was seen. In March Kingsmere Police attended.") == [
        ("Hartsford General Hospital", "Hartsford"), ("Kingsmere Police", "Kingsmere")]


@pytest.mark.parametrize("text", [
    "The Home Office, the Crown Prosecution Service and Women's Aid were told.",
    "The Probation Service and the National Probation Service attended the Crown Court.",
    "British Transport Police and the GP Surgery; Safer Communities Partnership; Care Homes.",
    "A Primary School and the MARAC Police; Sunday School.",
])
def test_national_bodies_are_never_reported(text):
    assert _orgs(text) == []
