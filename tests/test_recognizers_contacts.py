"""contacts recognisers: UK phone numbers, e-mails, social handles and URLs, all offline."""
from __future__ import annotations

from redact.detect.recognizers import EmailAddressRecognizer, SocialHandleRecognizer, UkPhoneRecognizer, WebAddressRecognizer
from recognizer_results import found, texts
from redact.entities import EMAIL_ADDRESS, PHONE_NUMBER, SOCIAL_HANDLE, URL


def test_uk_phone_numbers():
    text = ("mobile 07700 900418; landline 0113 496 0327; office 020 7946 0381; abroad +44 7700 900731; "
            "(0113) 496 0999.")
    assert texts(UkPhoneRecognizer(), text) == ["07700 900418", "0113 496 0327", "020 7946 0381",
                                                 "+44 7700 900731", "(0113) 496 0999"]
    result = UkPhoneRecognizer().analyze("call 07700 900418", [PHONE_NUMBER])[0]
    assert result.recognition_metadata["e164"] == "+447700900418"


def test_phone_recognizer_ignores_other_numbers():
    text = ("She called 999. NHS no. 999 659 6931; ref HP2100447812; EUSS-4418-2201-77; WP/21/018733; "
            "in 2019 there were 4471 calls costing £1,400.")
    assert texts(UkPhoneRecognizer(), text) == []


def test_emails_including_mailto():
    text = "e-mail margaret.doyle71@example.org or mailto:steve.doyle.plumbing@example.org."
    assert texts(EmailAddressRecognizer(), text) == ["margaret.doyle71@example.org", "steve.doyle.plumbing@example.org"]
    assert texts(EmailAddressRecognizer(), "meet @ 10:00, see @mags_doyle71, not an e-mail") == []


def test_social_handles_with_and_without_platform_words():
    recognizer = SocialHandleRecognizer()
    text = "He watched her Instagram account, @mags_doyle71."
    assert found(recognizer, text) == [(SOCIAL_HANDLE, "@mags_doyle71")]
    assert recognizer.analyze(text, [])[0].score == 0.9
    bare = recognizer.analyze("She later blocked @steve_d.", [])
    assert [r.score for r in bare] == [0.6]
    assert texts(recognizer, "write to grace.mensah@example.org at @ 10:00 or @2pm") == []


def test_urls_with_host_metadata_and_no_trailing_punctuation():
    recognizer = WebAddressRecognizer()
    text = "See https://www.gov.uk/guidance/dhr?x=1. Her page www.facebook.com/mags.doyle71, not example.org."
    results = sorted(recognizer.analyze(text, [URL]), key=lambda r: r.start)
    assert [text[r.start:r.end] for r in results] == ["https://www.gov.uk/guidance/dhr?x=1",
                                                      "www.facebook.com/mags.doyle71"]

    assert [r.recognition_metadata["host"] for r in results] == ["www.gov.uk", "www.facebook.com"]


def test_entities_filter_is_respected():
    assert UkPhoneRecognizer().analyze("call 07700 900418", [EMAIL_ADDRESS]) == []


# ---------------------------------------------------------------------------------------------------------------
# web addresses without http or www: generated, both ways

import random

import pytest

from redact.detect.recognizers import BareDomainRecognizer

_GIVEN = ["joanne", "manpreet", "kryspin", "hamse", "chidera", "siobhan", "thanh", "aylin", "grace", "dariusz"]
_FAMILY = ["pryor", "dhillon", "wisniewski", "warfaa", "nnadozie", "obrien", "nguyen", "yilmaz", "mensah"]


def test_issue_example_bare_domain_with_a_path():
    text = "She kept an online diary at joannepryor.co.uk/diary until 2020."
    assert found(BareDomainRecognizer(), text) == [(URL, "joannepryor.co.uk/diary")]
    result = BareDomainRecognizer().analyze(text, [])[0]
    assert result.recognition_metadata["host"] == "joannepryor.co.uk"


def test_generated_personal_sites_and_profiles():
    rng = random.Random(31)
    recognizer = BareDomainRecognizer()
    for _ in range(60):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        value = rng.choice([
            f"{given}{family}.{rng.choice(['co.uk', 'com', 'org.uk', 'net', 'me.uk', 'blog', 'uk'])}",
            f"{given}{family}.co.uk/{rng.choice(['diary', 'blog/2019/05', 'about-me'])}",
            f"{rng.choice(['facebook.com', 'instagram.com', 'tiktok.com', 'linkedin.com/in', 'x.com'])}/"
            f"{given}.{family}.{rng.randint(1, 99)}",
            f"{given}-{family}.wordpress.com",
        ])
        end = rng.choice([".", ",", ";", " and her page.", ")"])
        text = f"Her friends saw posts on {value}{end}"
        assert found(recognizer, text) == [(URL, value)], text


@pytest.mark.parametrize("text", [
    "e.g. this, i.e. that, etc.", "see report.docx and minutes_v2.pdf", "version 2.1 of the policy",
    "Section 3.2.1 applies", "statement.md and run.sh", "she went to work.in the morning", "He said it.It was late.",
    "at 10 a.m. and 2 p.m.", "Mr.Smith and St.Anne", "He posted on Facebook.com and bbc.co.uk.",
    "write to grace.mensah@example.org", "https://www.gov.uk/x and www.bbc.co.uk", "ASP.NET and Node.js",
    "£3.50 and 4.5%", "U.K. and U.S.A.", "Edit docx4j.properties first.", "wordMLPackage.save(file);",
    "see OpenMainDocumentAndTraverse.java and Docx4J.save", "the Foo.Bar class",
])
def test_things_that_are_no_bare_domain(text):
    assert BareDomainRecognizer().analyze(text, []) == []


def test_a_newer_domain_that_is_a_word_needs_a_path_or_the_web_nearby():
    recognizer = BareDomainRecognizer()
    assert texts(recognizer, "Her blog joannepryor.blog was read by him.") == ["joannepryor.blog"]
    assert texts(recognizer, "He read joannepryor.blog/2020 every night.") == ["joannepryor.blog/2020"]
    assert texts(recognizer, "Set the value in app.properties first.") == []
