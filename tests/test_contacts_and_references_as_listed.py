"""Contact details and record numbers as case notes list and type them: numbers joined by a slash or given other
endings, a police log number, a label with its colon touching it or in the plural, a bank account's abbreviations,
a payment card, a National Insurance number in lower case or letter-spaced after its label, an address at a
webmail provider without its ending, an O typed for a zero.

Found by a probe of unseen drafts: "Tel: 0113 496 0301/07700 900 302 (home/mobile)" kept both numbers (a slash
beside a number read as part of another identifier), as did "07700 900141/142", "07700 900 510-511",
"Police log 456 of 14/02/2023", "Ref: 2022/HF/00123", "MASH reference: 234567", "URNs 12AB3456789 &
12AB3456790", "a/c no. 87654321", "4111 1111 1111 1111", "ni no. ab 12 34 56 c", "sunflower86@hotmail",
"k.smith@hotmail,com" and "O7700 900 215".
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes
from redact.detect.recognizers import (CaseReferenceRecognizer, NinoRecognizer, PaymentCardRecognizer,
                                       PoliceIdRecognizer, UkPhoneRecognizer, WebmailAddressRecognizer)

RULES = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}], "dates": {"date_of_death": "2023-06-14"}}


def _phone(chooser: random.Random) -> str:
    """A number in Ofcom's ranges for drama, grouped as a draft groups it."""
    tail = f"{chooser.randint(0, 999):03d}"
    return chooser.choice([f"07700 900{tail}", f"07700 900 {tail}", f"07700900{tail}", f"0113 496 0{tail}",
                           f"0161 496 0{tail}", f"020 7946 0{tail}", f"+44 7700 900{tail}"])


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, []) if r.score >= 0.5]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@pytest.mark.parametrize("seed", range(12))
def test_numbers_joined_by_a_slash_are_each_a_number(seed):
    chooser = random.Random(seed)
    first, second = _phone(chooser), _phone(chooser)
    joiner = chooser.choice(["/", "/", " / ", "/ "])
    text = chooser.choice(["Tel: {a}{j}{b} (home/mobile).", "Her numbers were {a}{j}{b}.",
                           "Mobile: {a} (personal){j}{b} (work)", "home/{a}"]).format(a=first, j=joiner, b=second)
    found = _found(UkPhoneRecognizer(), text)
    assert first in found, (text, found)
    if "{b}" in text or second in text:
        assert second in found, (text, found)


@pytest.mark.parametrize("seed", range(8))
def test_a_numbers_other_endings_go_with_it(seed):
    chooser = random.Random(seed)
    number = _phone(chooser)
    width = chooser.choice([1, 2, 3])
    others = [_digits(number)[-width:]]
    while len(others) < chooser.choice([1, 2, 3]):
        others.append(str(int(others[-1]) + 1)[-width:])
    text = chooser.choice(["{n}/{o}", "{n}-{o0}"]).format(n=number, o="/".join(others), o0=others[0])
    sentence = f"She gave {text} as her numbers."
    found = _found(UkPhoneRecognizer(), sentence)
    assert found == [text], (sentence, found)


@pytest.mark.parametrize("text", ["ref 01134960301/2023X", "WP/21/018733", "01134960301-12345",
                                  "on 01/02/2023 0930", "EUSS-4418-2201-77"])
def test_a_number_inside_another_identifier_is_not_a_phone(text):
    assert _found(UkPhoneRecognizer(), text) == []


@pytest.mark.parametrize("after", ["/ 2 calls were made", "/2019 contact sheet", "/2023 figures"])
def test_a_count_or_a_year_after_the_slash_is_not_the_numbers(after):
    chooser = random.Random(after)
    number = _phone(chooser)
    assert _found(UkPhoneRecognizer(), f"Call {number}{after}.") == [number]


def test_an_o_typed_for_a_zero_is_read_as_one():
    chooser = random.Random(3)
    for _ in range(10):
        number = _phone(chooser)
        typed = "".join(c if c != "0" or chooser.random() < 0.5 else chooser.choice("Oo") for c in number)
        text = f"Her mobile was {typed}, she said."
        assert _found(UkPhoneRecognizer(), text) == [typed], text
    for text in ["The O2 shop", "10O people came", "Room 1O1", "the OO7 films", "SO2 7AB"]:
        assert _found(UkPhoneRecognizer(), text) == [], text


@pytest.mark.parametrize("label", ["Police log", "Log", "log no.", "the 999 call (log", "STORM log", "Logs"])
def test_a_police_log_number_goes_with_the_rest_of_its_list(label):
    chooser = random.Random(label)
    first = f"{chooser.randint(1, 9999):0{chooser.choice([3, 4])}d}"
    second = str(int(first) + chooser.randint(1, 40))
    text = f"{label} {first} and {second} of 14/02/2023 recorded the call."
    found = _found(PoliceIdRecognizer(), text)
    assert first in found and second in found, (text, found)


@pytest.mark.parametrize("text", ["She kept a log 12 times a day.", "The call log for 2019 was lost.",
                                  "They logged 456 calls.", "the log of 14/02/2023"])
def test_what_is_no_log_number_stays(text):
    assert _found(PoliceIdRecognizer(), text) == []


@pytest.mark.parametrize("written", ["Ref: {v}", "MASH reference: {v}", "the coroner's reference was {v}",
                                     "Our ref:{v}", "EMIS No. {v}", "a/c no. {v}", "a/c {v}", "acct no {v}",
                                     "sort code 12-34-56 acc {v}", "Account number: {v}"])
def test_a_value_after_a_label_is_a_reference(written):
    chooser = random.Random(written)
    value = chooser.choice([f"{chooser.randint(10**6, 10**8 - 1)}",
                            f"20{chooser.randint(10, 25)}/HF/{chooser.randint(1, 999):05d}",
                            f"{chooser.randint(1, 999):05d}-20{chooser.randint(10, 25)}"])
    if "EMIS" in written or "a/c" in written or "acc" in written or "Account" in written:
        value = str(chooser.randint(10**6, 10**8 - 1))
    text = written.format(v=value) + " was noted."
    found = _found(CaseReferenceRecognizer(), text)
    assert any(value in f for f in found), (text, found)


@pytest.mark.parametrize("written", ["Incident 22-123456 records that officers attended.",
                                     "Crime reference 47/113245/22 records that he was interviewed.",
                                     "CAD log 0456 records that the caller was crying.",
                                     "URN 42XY1234521 records the charge.", "Incident 22-123456 reports a disturbance."])
def test_a_reference_before_its_verb_is_still_a_reference(written):
    value = written.split(" records")[0].split(" reports")[0].split()[-1]
    found = _found(CaseReferenceRecognizer(), written) + _found(PoliceIdRecognizer(), written)
    assert value in found, (written, found)


@pytest.mark.parametrize("text", ["Ref: paragraph 4.3 was read.", "See reference 12 in the list.",
                                  "The account was closed in 2019.", "Her acc was good.",
                                  "Refuge (Registered Charity No. 277424) provided the IDVA service.",
                                  "Standing Together (Company No. 04567892) delivered the training.",
                                  "The number 12000 represents the annual total of calls."])
def test_a_label_without_a_record_number_takes_nothing(text):
    assert _found(CaseReferenceRecognizer(), text) == [] and _found(PoliceIdRecognizer(), text) == []


_LABELS = ["Ref:", "Reference:", "The case was", "The account was", "The claim was", "His job was", "The log was",
           "Case:", "Account:", "Log:", "File:", "Job:", "The log is", "The call log -", "Her diary log:",
           "Phone logs:", "Incidents:", "Total incidents:", "Crimes:", "Claims:", "Incident 4567,", "Storm log 1234,",
           "CAD 4521 and", "Incident 4567 or"]


@pytest.mark.parametrize("label", _LABELS)
def test_a_count_or_a_year_after_a_label_is_no_reference(label):
    chooser = random.Random(label)
    year = chooser.randint(2010, 2023)
    for value in [f"{chooser.randint(100, 99999)} {chooser.choice(['words', 'pages', 'entries', 'calls', 'days', 'metres', 'other calls', 'others', 'applications', 'incidents'])}",
                  f"{year}-{(year + 1) % 100:02d}", f"{year}/{(year + 1) % 100:02d}", f"{year}-{year + 2}"]:
        text = f"{label} {value} were noted in the review."
        values = [v for v in _found(CaseReferenceRecognizer(), text) + _found(PoliceIdRecognizer(), text)
                  if v not in ("4567", "1234", "4521")]
        assert values == [], (text, values)


def _luhn_card(chooser: random.Random) -> str:
    digits = [chooser.choice([4, 5])] + [chooser.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    plain = "".join(map(str, digits))
    return chooser.choice([plain, " ".join(plain[i:i + 4] for i in range(0, 16, 4)),
                           "-".join(plain[i:i + 4] for i in range(0, 16, 4))])


def test_a_payment_card_number_goes_and_other_long_numbers_do_not():
    chooser = random.Random(5)
    for _ in range(10):
        card = _luhn_card(chooser)
        assert _found(PaymentCardRecognizer(), f"He used her card {card} at the shop.") == [card]
        wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
        assert _found(PaymentCardRecognizer(), f"The file was {wrong} bytes.") == []
        # figures in groups without a card word: a flattened table row, whatever its check digit
        grouped = " ".join(_digits(card)[i:i + 4] for i in range(0, 16, 4))
        assert _found(PaymentCardRecognizer(), f"Referrals by year {grouped} (2019 to 2022).") == []
        assert _found(PaymentCardRecognizer(), f"Payments by year (£000s): {grouped}.") == []


@pytest.mark.parametrize("label", ["NI number", "ni no.", "NINO:", "National Insurance number", "NI No:",
                                   "N.I. number", "NI#", "NI number -", "National Ins. No.", "N/I number"])
def test_a_national_insurance_number_after_its_label_goes_however_typed(label):
    chooser = random.Random(label)
    letters = "".join(chooser.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2))
    digits = "".join(str(chooser.randint(0, 9)) for _ in range(6))
    suffix = chooser.choice("ABCD")
    for typed in [f"{letters}{digits}{suffix}".lower(), " ".join(f"{letters}{digits}{suffix}"),
                  f"{letters} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}".lower(),
                  f"{letters}-{digits[:2]}-{digits[2:4]}-{digits[4:]}-{suffix}"]:
        text = f"Her {label} {typed} was on the form."
        assert typed in _found(NinoRecognizer(), text), text
    assert _found(NinoRecognizer(), "The ni scheme paid 12 pounds; NI 2019 figures.") == []


@pytest.mark.parametrize("seed", range(6))
def test_an_address_at_a_webmail_provider_goes_without_its_ending(seed):
    chooser = random.Random(seed)
    local = chooser.choice(["sunflower", "k.smith", "blackcat_", "mags.d", "oksana"]) + str(chooser.randint(1, 99))
    provider = chooser.choice(["hotmail", "gmail", "yahoo", "outlook", "icloud", "btinternet"])
    for at in ["@", " at ", "(at)", "(a)", " @ "]:
        for ending in ["", ",com", ". co.uk", "com", ".c om", ",co.uk"]:
            address = f"{local}{at}{provider}{ending}"
            text = f"She wrote from {address} that night."
            assert _found(WebmailAddressRecognizer(), text) == [address], text


@pytest.mark.parametrize("text", ["She met him at Gmail's offices.", "They talked at Outlook.",
                                  "He was at Sky for work.", "Jo went at live music nights.",
                                  "Elena started work in 2019 at Sky in the contact centre.",
                                  "In 2018 at O2 Arena he assaulted a door steward.",
                                  "He worked shifts until 22.00 at Sky and came home late.",
                                  "She left work at 5 p.m. at O2 and took the bus.", "She was 24 at Yahoo then.",
                                  "Elena, then aged 19 at Sky, met him through a colleague.",
                                  "The IDVA met Elena at 10.00 at Outlook Children's Centre.",
                                  "Meeting 2pm @ Outlook House with the housing officer.",
                                  "Call received 10:15 @ O2 store in the town centre.", "Staff @ Sky confirmed it.",
                                  "Recommendation 2 (a) Live chat should be offered.",
                                  "Recommendation 3(a) Sky Betting and Gaming should review its checks.",
                                  "Contact via email (a) sky and (b) phone were both offered.",
                                  "He previously had a job in the U.K. at Sky.", "He moved to the U.S. at Sky's expense.",
                                  "She started work in Sept. at Sky and left in 2021."])
def test_a_provider_named_in_prose_is_no_address(text):
    assert _found(WebmailAddressRecognizer(), text) == []


def test_a_draft_listing_them_is_published_without_them_and_verify_strict_agrees():
    chooser = random.Random(9)
    a, b = _phone(chooser), _phone(chooser)
    card = _luhn_card(chooser)
    values = [a, b, "456", "0457", "2022/HF/00123", "87654321", card, "qq123456c", "sunflower86@hotmail",
              "k.smith@hotmail,com"]
    text = (f"Elena Munteanu gave Tel: {a}/{b} (home/mobile). Police log 456 and 0457 of 14/02/2023 recorded "
            f"the calls. Ref: 2022/HF/00123. Her a/c no. 87654321 and card {card} were used by him. Her NI number "
            "qq123456c was on the form. She wrote from sunflower86@hotmail and k.smith@hotmail,com. "
            "The GP was not told.")
    out = quiet_redactor(RULES).redact_text(text)
    for value in values:
        assert value not in out, (value, out)
    assert "The GP was not told." in out and "14/02/2023" in out
    assert verify_bytes(out.encode(), "txt", RULES, strict=True).ok
