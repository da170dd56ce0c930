"""The name-or-word judgement, both ways, for every listed word that is also an ordinary word.

The generated sentences (tests/name_or_word_cases.py) are split in two halves by a hash of their id. The
"tuning" half is asserted case by case (it was looked at while the judgement was tuned); the "held-back" half
was not looked at: its accuracy is asserted against the figures measured on it.
"""
from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

import pytest

from name_or_word_cases import Case, cases, rules_for
from redact.detect.recognizers.listed import ListedEntityRecognizer
from redact.name_or_word import MONTHS, WEEKDAYS, NameOrWord, Reading, ambiguous_words, is_ordinary_word
from redact.rules import parse_rules
from redact.verify import LeakFinder

ALL = cases()
TUNING = [c for c in ALL if c.half == "tuning"]
HELD_BACK = [c for c in ALL if c.half == "held-back"]
# A colour, month or weekday alone in a table cell is a RAG rating or a chronology column as often as a name:
# the judgement is unsure there; verify reports it and apply's final pass replaces it.
UNSURE_BY_DESIGN = {"table cell"}


@lru_cache(maxsize=None)
def _judges(word: str, role: str) -> tuple[ListedEntityRecognizer, LeakFinder]:
    rules = rules_for(word, role)
    return ListedEntityRecognizer(rules), LeakFinder(rules)


def _outcome(case: Case) -> tuple[bool, bool]:
    """(replaced by apply's listed recogniser, reported by verify) for the listed word in the case."""
    listed, finder = _judges(case.word, case.role)
    applied = any(s <= case.start and case.end <= e for s, e, _ in listed.matches(case.text))
    reported = any(s <= case.start and case.end <= e for s, e, _, _ in finder.spans(case.text))
    return applied, reported


def _colour_or_time(case: Case) -> bool:
    return case.word.lower() in MONTHS | WEEKDAYS or case.word in {"Amber", "Brown", "Gray", "Grey", "Green", "Jade",
                                                                   "Pearl", "Rose", "Ruby", "Olive", "Hazel",
                                                                   "Violet", "Black", "White", "Summer"}


def test_every_listed_word_and_every_month_and_weekday_is_tested_both_ways():
    words = {c.word for c in ALL}
    assert {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS} <= words
    assert set(parse_rules({}).detection.common_word_names) <= words
    for word in words:
        expected = {c.expected for c in ALL if c.word == word}
        assert expected == {"name", "word"}, word
    assert len(TUNING) > 1000 and len(HELD_BACK) > 1000


@pytest.mark.parametrize("case", TUNING, ids=lambda c: c.id)
def test_tuning_half(case):
    applied, reported = _outcome(case)
    if case.expected == "word":
        assert not applied and not reported, case.text
        return
    assert reported, case.text          # a leak is the worst bug: verify reports every use as the name
    if case.context in UNSURE_BY_DESIGN and _colour_or_time(case):
        return
    assert applied, case.text


def _accuracy(selected: list[Case]) -> dict[tuple[str, str], float]:
    counts: dict[tuple[str, str], list[int]] = {}
    for case in selected:
        applied, reported = _outcome(case)
        for who, taken in (("apply", applied), ("verify", reported)):
            right = taken == (case.expected == "name")
            counts.setdefault((case.expected, who), [0, 0])[0 if right else 1] += 1
    return {key: good / (good + bad) for key, (good, bad) in counts.items()}


@pytest.mark.slow
def test_held_back_half():
    """Measured on the held-back half after tuning on the other: name read by verify 2349/2349, by apply
    2327/2349 (21 of the 22 are a colour or month alone in a table cell, unsure by design), word kept by both
    1310/1310."""
    accuracy = _accuracy(HELD_BACK)
    assert accuracy[("name", "verify")] == 1.0      # every use as the name is replaced or reported
    assert accuracy[("word", "verify")] >= 0.99     # ordinary uses are not reported
    assert accuracy[("word", "apply")] >= 0.99      # nor replaced
    assert accuracy[("name", "apply")] >= 0.98      # the rest are cells unsure by design, left to the final pass


# --------------------------------------------------------------------------- the judgement, reason by reason

JUDGE = NameOrWord({"okafor", "amber", "may", "will", "grace"})


@pytest.mark.parametrize("text, word, reading", [
    ("Amber chose not to take part.", "Amber", Reading.NAME),
    ("May may find parts of this report difficult.", "May", Reading.NAME),
    ("“Grace, come here,” he said.", "Grace", Reading.NAME),
    ("AMBER'S EXPERIENCE", "AMBER", Reading.NAME),
    ("Grace", "Grace", Reading.NAME),
    ("Amber", "Amber", Reading.UNSURE),
    ("ABOUT AMBER", "AMBER", Reading.UNSURE),
    ("Red, Amber, Green rating", "Amber", Reading.WORD),
    ("an amber warning", "amber", Reading.WORD),
    ("May 2021", "May", Reading.WORD),
    ("on 15 May 2020", "May", Reading.WORD),
    ("from May to July", "May", Reading.WORD),
    ("Will agencies be able to share information?", "Will", Reading.WORD),
    ("May I add a comment?", "May", Reading.WORD),
    ("WILL AGENCIES BE ABLE TO ACT?", "WILL", Reading.WORD),
    ("Operation Dawn Chorus began.", "Dawn", Reading.WORD),
    ("Hope Street is nearby.", "Hope", Reading.WORD),
    ("Grace periods apply to late claims.", "Grace", Reading.WORD),
    ("Mark the date in the diary.", "Mark", Reading.WORD),
    ("Then Amber left.", "Amber", Reading.NAME),
    ("Her brother Tariq Hope was not interviewed.", "Hope", Reading.NAME),
    ("Amber Mbeki-Nwosu was not interviewed.", "Amber", Reading.NAME),
    ("Dear Grace, thank you.", "Grace", Reading.NAME),
    ("PC Young attended.", "Young", Reading.NAME),
    ("Young people were present.", "Young", Reading.WORD),
    ("She met May in town.", "May", Reading.NAME),
    ("Will hid the phone.", "Will", Reading.NAME),
    ("Will sat down.", "Will", Reading.NAME),
    ("Will go home?", "Will", Reading.WORD),
    ("It was quiet until May came home.", "May", Reading.NAME),
    ("She confided in May about it.", "May", Reading.NAME),
    ("In May meetings were held weekly.", "May", Reading.WORD),
    ("In May she moved.", "May", Reading.WORD),
    ("hi amber u ok", "amber", Reading.UNSURE),
    # a colour opening its text before what only a person does is the name in small letters too (brief "redteam54")
    ("amber said no", "amber", Reading.NAME),
    ("mail j.amber@example.org", "amber", Reading.UNSURE),
    ("Amber Rose was there.", "Amber", Reading.NAME),
    ("Amber, Jade and Ruby were at school.", "Amber", Reading.NAME),
    ("May and June went to school together.", "May", Reading.NAME),
    ("Between May and October the calls stopped.", "May", Reading.WORD),
    ("By the end of May nothing had changed.", "May", Reading.WORD),
    ("The death of May shocked the family.", "May", Reading.NAME),
    ("It was 14 September 2021. 2. May spoke to the chair.", "May", Reading.NAME),
    ("Seen 2 May; she left.", "May", Reading.WORD),
    ("The risk was rated Amber in 2019.", "Amber", Reading.WORD),
    ("The case was graded as Amber.", "Amber", Reading.WORD),
    ("Officers assessed Amber as medium risk.", "Amber", Reading.NAME),
])
def test_judgement(text, word, reading):
    start = text.index(word)
    assert JUDGE.judge(text, start, start + len(word)).reading is reading


def test_verify_leans_to_the_name_and_apply_takes_only_the_name():
    unsure = JUDGE.judge("ABOUT AMBER", 6, 11)
    assert unsure.reported_by_verify and not unsure.replaced_by_apply
    word = JUDGE.judge("May 2021", 0, 3)
    assert not word.reported_by_verify and not word.replaced_by_apply


# --------------------------------------------------------------------------- which words are ambiguous

def test_ambiguous_words_come_from_word_frequency_and_the_dictionary():
    listed = {"comfort", "wisdom", "noble", "baker", "agnieszka", "oluwaseun", "john", "may", "hope"}
    # verify (no document): the months, the rules' list and every frequent dictionary word
    assert ambiguous_words(listed, ["Hope"]) == {"comfort", "wisdom", "noble", "baker", "may", "hope"}
    # apply: the months, the rules' list and the English words the document writes in lower case
    assert ambiguous_words(listed, ["Hope"], lowered=()) == {"may", "hope"}
    assert ambiguous_words(listed, ["Hope"], lowered={"wisdom", "agnieszka", "saffron"}) == {"may", "hope", "wisdom"}
    assert ambiguous_words({"saffron"}, lowered={"saffron"}) == set()      # too rare to be a word people use
    assert ambiguous_words({"merryweather"}, common_word_names=["Merryweather"]) == {"merryweather"}
    assert all(is_ordinary_word(m) for m in MONTHS | WEEKDAYS)


def test_verify_finds_at_least_the_words_apply_finds_ambiguous():
    """What apply keeps as the word, verify must judge too (not report it as a listed name)."""
    import random

    from wordfreq import top_n_list

    rng = random.Random(10)
    words = [w for w in top_n_list("en", 5000) if w.isalpha() and len(w) > 2]
    for _ in range(20):
        keys = set(rng.sample(words, 30))
        lowered = set(rng.sample(sorted(keys), 15))
        assert ambiguous_words(keys, lowered=lowered) <= ambiguous_words(keys)


def test_popular_given_names_are_rarely_taken_for_words():
    """Measured: 11 of the 452 given names two or more of Faker's British, Irish and US lists hold (2.4%); see the
    benchmark."""
    from collections import Counter

    from redact.given_name_genders import given_names

    by_locale = given_names().by_locale
    lists = Counter(name for locale in ("en_GB", "en_IE", "en_US") for name in by_locale[locale])
    names = [name for name, count in lists.items() if count >= 2]
    listed = {w.lower() for w in parse_rules({}).detection.common_word_names}
    popular = [n for n in names if n.isalpha() and n not in listed and n not in MONTHS | WEEKDAYS]
    wrong = [n for n in popular if is_ordinary_word(n)]
    assert len(wrong) / len(popular) <= 0.03, wrong


def test_verify_loads_neither_presidio_nor_spacy_even_where_only_a_tagger_could_judge():
    """"Amber sat down." at a sentence start: apply asks spaCy's tagger, verify reports it unsure (tests/test_startup.py
    runs verify where spaCy cannot be imported at all)."""
    code = (
        "import sys\n"
        "from redact.rules import parse_rules\n"
        "from redact.verify import LeakFinder\n"
        "finder = LeakFinder(parse_rules({'people': [{'name': 'Amber Okafor', 'pseudonym': 'P'}]}))\n"
        "finder.spans('The review met in May 2021. She said Amber was scared. An amber warning.')\n"
        "assert 'presidio_analyzer' not in sys.modules, 'presidio'\n"
        "assert not any(m.startswith('redact.detect.engine') for m in sys.modules), 'engine'\n"
        "loaded = 'spacy.language' in sys.modules\n"
        "finder.spans('Amber sat down.')\n"
        "print(loaded, 'spacy.language' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- end to end: apply, then verify

E2E_RULES = {"people": [{"name": "Amber Okafor", "pseudonym": "Bola Adeyemi"},
                        {"name": "May Nguyen", "pseudonym": "Linh Tran"},
                        {"name": "Grace Wiśniewska", "pseudonym": "Ewa Nowak"}],
             "dates": {"date_of_death": "2021-09-14"}}
NAME_USES = ["AMBER'S EXPERIENCE", "Amber chose not to take part.",
             "May may find parts of this report difficult to read.", "“Grace, come here,” he shouted.",
             "Then May sat down with her mother.", "A text from Amber was found on the phone."]
WORD_USES = ["The school used a Red, Amber, Green rating.", "In May 2021 the family moved.",
             "She called on 15 May 2020.", "An amber warning was issued.", "Operation Grace Chorus began."]


def _e2e_check(output_texts: list[str]) -> None:
    out = "\n".join(output_texts)
    for kept in ("Red, Amber, Green", "May 2021", "15 May 2020", "amber warning", "Operation Grace Chorus"):
        assert kept in out, kept
    for pseudonym in ("BOLA ADEYEMI'S", "Bola Adeyemi chose", "Linh Tran may find", "“Ewa Nowak, come",
                      "Then Linh Tran sat", "from Bola Adeyemi was"):
        assert pseudonym in out, (pseudonym, out)


def test_text_end_to_end(tmp_path):
    from redact import Redactor, verify_file
    from redact.rules import parse_rules

    rules = parse_rules(E2E_RULES)
    src, dst = tmp_path / "draft.txt", tmp_path / "out.txt"
    src.write_text("\n\n".join(NAME_USES + WORD_USES + ["Amber"]) + "\n", encoding="utf-8")
    Redactor(rules=rules).redact_file(src, dst)
    text = dst.read_text(encoding="utf-8")
    _e2e_check([text])
    assert "\nAmber\n" not in text          # a cell or line of its own
    assert verify_file(dst, rules).ok


def test_docx_heading_and_table_cell_end_to_end(tmp_path):
    import docx

    from redact import Redactor, verify_file
    from redact.rules import parse_rules

    rules = parse_rules(E2E_RULES)
    document = docx.Document()
    document.add_heading(NAME_USES[0], level=1)
    for text in NAME_USES[1:] + WORD_USES:
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Grace"
    table.cell(1, 0).text, table.cell(1, 1).text = "Month", "May 2021"
    src, dst = tmp_path / "draft.docx", tmp_path / "out.docx"
    document.save(src)
    Redactor(rules=rules).redact_file(src, dst)
    result = docx.Document(dst)
    texts = [p.text for p in result.paragraphs] + [c.text for row in result.tables[0].rows for c in row.cells]
    _e2e_check(texts)
    assert "Grace" not in texts and "Ewa Nowak" in texts and "May 2021" in texts
    assert verify_file(dst, rules).ok
