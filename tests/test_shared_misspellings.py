"""verify's leak finder reads typos of listed names with apply's reader when the two are made of the same (the
same forms, pseudonyms and kept entries): a text apply read is then not read for typos again, and every answer is
the one the finder's own reader gives. Checked on generated sentences (a fixed seed) with listed names misspelt
(a letter dropped, doubled, swapped or changed), read by apply first or not at all."""
from __future__ import annotations

import random

from redact.detect.recognizers.listed import ListedEntityRecognizer
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

_PEOPLE = [("Oksana Kovalenko", "Anna Petrenko"), ("Gurpreet Dhillon", "Raj Singh"), ("Agnieszka Wójcik", "Ewa Nowak"),
           ("Mohammed Rahman", "Adam Khan"), ("Efua Mensah-Carver", "Ama Owusu"), ("Siobhán Ní Bhriain", "Niamh Kelly")]
_RULES = {"people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in _PEOPLE],
          "places": [{"name": "Lowmarsh", "pseudonym": "Town A"}], "keep": ["Lowmarsh County Council"]}
_FRAMES = ["{} rang the police on Monday.", "The officer spoke to {} at home.", "Mrs {} said she was frightened.",
           "{}'s sister, {}, was not told.", "A referral for {} (aged 34) was closed.", "Notes: {} / {}, seen.",
           "the {}s moved away", "email from {} to the GP", "{}\t{}\tcalled"]


def _misspelt(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    change = rng.randrange(4)
    if change == 0:
        return word[:at] + word[at + 1:]
    if change == 1:
        return word[:at] + word[at] + word[at:]
    if change == 2:
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return word[:at] + rng.choice("aeiouklmnrst") + word[at + 1:]


def _sentences(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    names = [word for name, _ in _PEOPLE for word in name.split()] + ["Lowmarsh", "Dhilon", "Oksnaa", "Kovalenkp"]
    out = []
    for _ in range(count):
        frame = rng.choice(_FRAMES)
        words = [_misspelt(rng.choice(names), rng) if rng.random() < 0.7 else rng.choice(names)
                 for _ in range(frame.count("{}"))]
        out.append(frame.format(*words))
    return out


def test_the_finder_takes_apply_s_reader_only_when_it_is_made_of_the_same():
    rules = parse_rules(_RULES)
    apply_reader = ListedEntityRecognizer(rules).misspellings
    assert LeakFinder(rules, misspellings=apply_reader).misspellings is apply_reader
    assert LeakFinder(parse_rules(_RULES), misspellings=apply_reader).misspellings is apply_reader   # same content
    other = parse_rules({**_RULES, "keep": []})
    assert LeakFinder(other, misspellings=apply_reader).misspellings is not apply_reader
    fewer = parse_rules({**_RULES, "people": _RULES["people"][:-1]})
    assert LeakFinder(fewer, misspellings=apply_reader).misspellings is not apply_reader
    assert LeakFinder(rules).misspellings is not apply_reader


def test_the_shared_reader_finds_what_the_finder_s_own_finds():
    rules = parse_rules(_RULES)
    apply_reader = ListedEntityRecognizer(rules).misspellings
    sentences = _sentences(5757, 3000)
    for sentence in sentences[::2]:   # half of them read by apply first
        apply_reader.corrections(sentence)
    shared, own = LeakFinder(rules, misspellings=apply_reader), LeakFinder(rules)
    assert shared.misspellings is apply_reader and own.misspellings is not apply_reader
    corrected = 0
    for sentence in sentences:
        assert shared.spans(sentence) == own.spans(sentence), sentence
        corrected += bool(own.misspellings.corrections(sentence))
    assert corrected > 500   # the typos are read as the listed names often enough to test the sharing
