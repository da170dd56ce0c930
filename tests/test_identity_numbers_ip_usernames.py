"""Contact details and numbers a probe of a draft's evidence sections left as written:

- the number of an identity document or an account after its name: "passport number 533401372", "sort code
  12-34-56", "driving licence MORGA753116SM9IJ", "IBAN GB29 NWBK 6016 1331 9268 19", "BRP number ZX1234567",
  "prison number A1234BC", "passport (no. 533401372)";
- an IP address: "sent from IP address 81.2.69.160", "2001:db8::8a2e:370:7334";
- a username written without its "@" after the platform: "Snapchat: ksushak", "her username was ksusha_k".

Values are generated (seeded) so that no test knows the one string that showed the class.
"""
from __future__ import annotations

import ipaddress
import random
import string

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": "2023-11-05"}}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _identity_cases(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    values = {
        "passport": lambda: _digits(rng, 9),
        "driving licence": lambda: f"{_letters(rng, 5)}{_digits(rng, 6)}{_letters(rng, 2)}{_digits(rng, 1)}"
                                   f"{_letters(rng, 2)}",
        "sort code": lambda: f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        "IBAN": lambda: f"GB{_digits(rng, 2)} {_letters(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                        f"{_digits(rng, 4)} {_digits(rng, 2)}",
        "BRP": lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}",
        "hospital": lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}",
        "customer": lambda: _digits(rng, 9),
        "card": lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
        "tenancy": lambda: f"{_letters(rng, 3)}-{_digits(rng, 6)}",
        "prison": lambda: f"{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 2)}",
        "UCI": lambda: f"{_digits(rng, 4)}-{_digits(rng, 4)}",
    }
    labels = {"passport": ["passport number", "Passport no.", "passport"],
              "driving licence": ["driving licence", "driving license number", "licence no."],
              "sort code": ["sort code", "Sort Code:"], "IBAN": ["IBAN", "IBAN:"],
              "BRP": ["BRP number", "biometric residence permit"], "hospital": ["hospital number", "Hospital No."],
              "customer": ["customer number", "Customer ID"], "card": ["card number", "Card no."],
              "tenancy": ["tenancy number", "tenant ID"], "prison": ["prison number", "Prisoner no."],
              "UCI": ["UCI", "Home Office UCI number"]}
    sentences = ["Her {label} {value} was seized by officers.", "{label} {value}", "The bank gave {label} {value}.",
                 "Records show {label}: {value}, held by her.", "Her {label} ({value}) was kept by him."]
    cases = []
    for kind, make in values.items():
        for index, label in enumerate(labels[kind]):
            value = make()
            sentence = sentences[(index + len(cases)) % len(sentences)]
            if label.endswith(":"):
                sentence = sentence.replace("{label}:", "{label}")
            cases.append((sentence.format(label=label, value=value), value))
    return cases


@pytest.mark.parametrize("text, value", _identity_cases(20261201))
def test_a_document_or_account_number_goes(redactor, text, value):
    out = redactor.redact_text(text)
    assert value not in out and "[reference]" in out, out
    digits = [part for part in value.split() if any(c.isdigit() for c in part)]
    assert not any(part in out for part in digits if len(part) >= 4), out


def _ip_cases(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    sentences = ["Her IP address was {ip}.", "The messages came from IP {ip} on two days.",
                 "She logged in from {ip} at 10:30.", "The router's address, {ip}, was traced."]
    cases = []
    for index in range(8):
        ip = str(ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24)))
        cases.append((sentences[index % len(sentences)].format(ip=ip), ip))
    for index in range(4):
        ip = str(ipaddress.IPv6Address(rng.randrange(1 << 120, 1 << 127)))
        cases.append((f"A login from {ip} was recorded." if index % 2 else f"Device address {ip}", ip))
    return cases


@pytest.mark.parametrize("text, ip", _ip_cases(7))
def test_an_ip_address_goes(redactor, text, ip):
    out = redactor.redact_text(text)
    assert ip not in out and "[reference]" in out, out


def _usernames(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    syllables = ["ks", "ush", "ka", "zhe", "nya", "dar", "kan", "gel", "amr", "ita", "lov", "ely", "bab", "yg",
                 "tee", "shz", "ngo", "zi", "pri", "yaa"]
    names = []
    for index in range(count):
        core = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
        shape = index % 4
        names.append(core if shape == 0 else f"{core}{rng.randint(1, 99)}" if shape == 1 else
                     f"{core}_{rng.choice('xkz')}" if shape == 2 else f"{core.capitalize()}{rng.randint(70, 99)}")
    return names


USERNAME_SENTENCES = ["Snapchat: {u}", "Her Instagram username was {u}.", "Her TikTok was {u} until March.",
                      "His Xbox gamertag was {u}.", "Telegram handle {u} sent the messages.",
                      "The account known online as {u} was hers.", "Username: {u}", "on Snapchat as {u} since 2019"]


@pytest.mark.parametrize("text, username",
                         [(USERNAME_SENTENCES[i % len(USERNAME_SENTENCES)].format(u=u), u)
                          for i, u in enumerate(_usernames(11, 16))])
def test_a_username_without_its_at_sign_goes(redactor, text, username):
    out = redactor.redact_text(text)
    assert username not in out and "[social media account]" in out, out


@pytest.mark.parametrize("text", [
    "The passport was renewed in 2019.",
    "The policy 2019/20 was reviewed by the panel.",
    "The licence was revoked on 12 March.",
    "See paragraph 2.1.3.4 of the action plan.",
    "Windows version 10.0.19041.1 was installed; the phone showed 12:30:45.",
    "Her Snapchat was deleted in May.",
    "He messaged her on Snapchat and Instagram every day.",
    "Her Facebook account was closed, and her Instagram profile was private.",
    "She used Snapchat, whatsapp and sms to stay in touch.",
    "Her Twitter bio said she was happy.",
    "The card was declined twice.",
])
def test_what_only_looks_like_one_stays(redactor, text):
    assert redactor.redact_text(text) == text
