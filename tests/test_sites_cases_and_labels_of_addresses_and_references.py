"""Addresses and references as unseen drafts wrote them and the detector missed them (leak hunt, sections 10-12):
a postcode outside Royal Mail's grammar after a site's name ("Meadow View Caravan Site, WX6 3CC"), a Traveller
site and its pitch, a numbered address in capitals or small letters ("14 LARCH CLOSE", "14 larch close"), a form's
address label before a comma after the number ("Address at time of death: 14, Larch Close"), a reference whose
prefix is a service's acronym ("DVPO-22-0019") or after a bare "NHS", a Niche occurrence ("22*123456"), a share
code, a plate in small letters after its label, a phone number in national form after a phone word, an e-mail
with a stray space before its ending. Each class is generated over varied values; the must-stays beside them.
"""
from __future__ import annotations

import random
from functools import cache

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Agnieszka Wiśniewska", "pseudonym": "Zofia"}],
         "places": [{"name": "Wexham", "pseudonym": "Area A"}],
         "dates": {"date_of_death": "2022-11-03"}}


@cache
def _redactor():
    return quiet_redactor(RULES)     # one for every case: the rules are the same


def _redact(text: str) -> str:
    return _redactor().redact_text(text)


def _gone(text: str, *secrets: str) -> str:
    out = _redact(text)
    for secret in secrets:
        assert secret not in out, (text, out)
    return out


_LETTERS = "ABCDEFGHIJKLMNOPRSTUWXYZ"
_NAMES = ["Meadow View", "Riverside", "Oakfield", "Willow Bank", "Greenacres", "Hollybrook", "Ashford Lane"]
_STREETS = ["Larch", "Kestrel", "Orchard", "Beacon", "Heron", "Tanner", "Willow", "Foxglove"]
_TYPES = ["Close", "Road", "Street", "Avenue", "Lane", "Drive", "Way", "Crescent", "Court", "Gardens", "Terrace",
          "Place", "Grove"]


def _any_postcode(chooser: random.Random) -> str:
    """A postcode of the UK shape with any letters, those the grammar leaves out of an inward code too."""
    outward = chooser.choice(["WX", "HT", "B", "LS", "ZQ"]) + str(chooser.randint(1, 19))
    return f"{outward} {chooser.randint(0, 9)}{chooser.choice('CIKMOV')}{chooser.choice(_LETTERS)}"


@pytest.mark.parametrize("seed", range(8))
def test_a_postcode_outside_the_grammar_goes_in_an_address(seed):
    chooser = random.Random(seed)
    postcode, name = _any_postcode(chooser), chooser.choice(_NAMES)
    text = chooser.choice(["She lived at {n} Caravan Site, {p}.", "Address: Plot 12, {n} Caravan Site, Wexham {p}",
                           "Her postcode was {p} at the time.", "{n} Travellers' Site, Wexham, {p} was her home.",
                           "They moved to 4 Larch Close, {p}, in May."]).format(n=name, p=postcode)
    _gone(text, postcode, postcode.split()[1])


@pytest.mark.parametrize("seed", range(10))
def test_a_traveller_or_caravan_site_and_its_pitch_go(seed):
    chooser = random.Random(seed)
    name, pitch = chooser.choice(_NAMES), chooser.randint(1, 40)
    kind = chooser.choice(["Travellers' Site", "Caravan Site", "Caravan Park", "Gypsy and Traveller Site",
                           "Park Homes", "Marina"])
    text = chooser.choice([f"Bridget lived on pitch {pitch} at the {name.split()[0]} site.",
                           f"Pitch {pitch}, {name} {kind}, WX6 4DD",
                           f"The family stayed on the {name} {kind}, pitch {pitch}, for two years.",
                           f"He lived on plot {pitch} at {name} {kind}.",
                           f"They lived on a narrowboat at berth {pitch} in {name} Marina."])
    out = _gone(text, name.split()[0], f" {pitch}")
    assert "[address]" in out, out


@pytest.mark.parametrize("text", [
    "Paragraph 4 of the report covers the plot of the film.", "Recommendation 7: the site should be reviewed.",
    "She was seen in bay 4 of the custody suite.", "The Caravan Site licence was renewed.",
    "The Building Site was closed in 2019.", "Plot 3 of the graph shows the calls by month.",
])
def test_report_words_of_a_site_stay(text):
    assert _redact(text) == text


@pytest.mark.parametrize("seed", range(12))
def test_a_numbered_address_in_capitals_or_small_letters_goes(seed):
    chooser = random.Random(seed)
    number = f"{chooser.randint(1, 240)}{chooser.choice(['', 'a', 'b'])}"
    street = f"{chooser.choice(_STREETS)} {chooser.choice(_TYPES)}"
    written = chooser.choice([street.upper(), street.lower()])
    text = chooser.choice(["AGNIESZKA'S ADDRESS: {n} {s}", "Police attended {n} {s} at 02:10.",
                           "Her address was {n} {s} wexham wx1 2ab at the time.", "she moved to {n} {s} in march.",
                           "HOME ADDRESS: {n}, {s}", "Officers visited {n} {s} and spoke to a neighbour."]
                          ).format(n=number, s=written)
    _gone(text, written.split()[0])


@pytest.mark.parametrize("text", [
    "There were 3 main roads out of the estate.", "The house had 2 drives and a garden.",
    "It was a 2 lane road with 5 minutes walk to the shop.", "She gave 3 close friends a key.",
    "Officers walked 2 long lanes before they found her.", "She lived in 2 separate houses in 2019.",
    "the 3 other avenues of support were closed.", "page 4 drive safety leaflet was given.",
])
def test_small_letter_counts_of_roads_and_drives_stay(text):
    assert _redact(text) == text


@pytest.mark.parametrize("seed", range(8))
def test_an_address_label_places_a_number_with_a_comma(seed):
    chooser = random.Random(seed)
    number, street = chooser.randint(1, 199), f"{chooser.choice(_STREETS)} {chooser.choice(_TYPES)}"
    label = chooser.choice(["Address at time of death:", "Home address:", "Last known address:", "Address -",
                            "Address at the time of her death:", "Previous address:"])
    _gone(f"{label} {number}, {street}, Wexham", street.split()[0])


@pytest.mark.parametrize("text", ["At 14:30, Station Road was closed by police.", "Section 3, Church Street is wrong."])
def test_a_time_or_a_list_number_before_a_comma_stays(text):
    # (the model may still take "Station Road" for a place: that is no address of ours)
    assert "[address]" not in _redact(text)


@pytest.mark.parametrize("seed", range(10))
def test_references_as_written_go(seed):
    chooser = random.Random(seed)
    year, n = chooser.randint(18, 24), chooser.randint(10000, 999999)
    digits = "".join(str(chooser.randint(0, 9)) for _ in range(16))
    grouped = "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    code = "-".join("".join(chooser.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)) for _ in range(3))
    code = code[:1] + "9" + code[2:5] + "4" + code[6:]
    nhs = f"{chooser.randint(100, 999)} {chooser.randint(100, 999)} {chooser.randint(1000, 9999)}"
    plate = f"{chooser.choice(['wx', 'ab', 'ht'])}{year}{chooser.choice(['abc', 'kpd', 'xyz'])}"
    cases = [(f"Her GP record (NHS {nhs}) was reviewed.", nhs), (f"The Niche occurrence {year}*{n} was opened.", str(n)),
             (f"DVPN ref DV/{year}/0{n % 100:02d}9 was served.", f"/{year}/"),
             (f"DVPO ref DVPO-{year}-{n % 10000:04d} was granted.", f"-{year}-"),
             (f"Her EUSS application {grouped} was pending.", grouped), (f"Her EUSS share code was {code}.", code),
             (f"Car reg: {plate}", plate)]
    text, secret = chooser.choice(cases)
    _gone(text, secret)


@pytest.mark.parametrize("text", [
    "The NHS 111 service advised her.", "The NHS 10 year plan was cited.", "The DVPO was granted for 28 days.",
    "The score was 22*3 in the quiz.", "Her reg 2 form was late.", "The case number was 2021-22 and ran to 120 pages.",
    "Call 999 in an emergency or 101 otherwise.", "The COVID 19 pandemic began in 2020.",
    "She drove north on the A1 road for 3 miles.",
])
def test_acronyms_counts_and_services_stay(text):
    assert _redact(text) == text


@pytest.mark.parametrize("seed", range(8))
def test_a_phone_number_in_national_form_after_a_phone_word_goes(seed):
    chooser = random.Random(seed)
    number = chooser.choice([f"7700 900{chooser.randint(100, 999)}", f"7911 {chooser.randint(100000, 999999)}",
                             f"601 {chooser.randint(100, 999)} {chooser.randint(100, 999)}",
                             f"721 {chooser.randint(100, 999)} {chooser.randint(100, 999)}"])
    text = chooser.choice(["Her number was {n} at that time.", "His mobile {n} was off.",
                           "She called him on {n} twice.", "Phone: {n}"]).format(n=number)
    _gone(text, number)


@pytest.mark.parametrize("text", ["The panel met 12 times in the review period.",
                                  "There were 601 234 567 pounds in the budget table.",
                                  "The number of calls was 1200 in 2021."])
def test_digits_without_a_phone_word_stay(text):
    assert _redact(text) == text


@pytest.mark.parametrize("address", ["a.w85@example .org", "k.smith@example. co.uk", "j_doe1@mail .com"])
def test_an_email_with_a_stray_space_at_its_ending_goes(address):
    out = _redact(f"She wrote from {address} that week.")
    assert "[email]" in out and address.split("@")[0] not in out, out
