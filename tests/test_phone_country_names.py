"""The country names a phone number's cue can give ("his number in Poland", "(India)") come from phonenumbers'
region names without importing ``phonenumbers.geodata``, whose every area prefix's place names (~97 MB) stayed in
the process for them (issue 15: the 96,670-word .docx's apply peaked at 527 MB)."""
from __future__ import annotations

import subprocess
import sys

import phonenumbers
import pytest

from redact.detect.recognizers import contacts


def test_the_country_names_are_the_geocoders():
    from phonenumbers import geocoder

    expected: dict[str, str] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        example = phonenumbers.example_number(region)
        name = geocoder.country_name_for_number(example, "en") if example is not None else ""
        if name:
            expected.setdefault(name.lower(), region)
    assert list(contacts._regions_by_country_name().items()) == list(expected.items())


@pytest.mark.parametrize("kind", list(range(11)))
def test_each_numbers_country_is_the_geocoders(kind):
    # numbers of shared country codes too (+1, +7, +44's islands, +262), where the geocoder asks validity
    from phonenumbers import geocoder

    region_names = contacts._region_names()
    for region in phonenumbers.SUPPORTED_REGIONS:
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None:
            assert contacts._country_name_of(number, region_names) == geocoder.country_name_for_number(number, "en")


def test_the_country_names_leave_the_area_names_unloaded():
    code = ("import sys; from redact.detect.recognizers import contacts; names = contacts._regions_by_country_name();"
            " print(names['poland'], names['india'], 'phonenumbers.geodata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["PL", "IN", "False"]
