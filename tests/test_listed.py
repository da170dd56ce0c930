import pytest

from redact.documents.base import Segment

from redact.detect.recognizers.listed import ListedEntityRecognizer
from redact.rules import parse_rules

RULES = parse_rules({
    "people": [
        {"name": "Grace Adjoa Mensah", "pseudonym": "Efua", "aliases": ["Adjoa"]},
        {"name": "William James Carver", "pseudonym": "Tom", "aliases": ["Will", "Billy"]},
        {"name": "Comfort Mensah", "pseudonym": "Akosua"},
        {"name": "Hope Carver", "pseudonym": "Child A"},
    ],
    "places": [{"name": "Hartsford", "pseudonym": "Area A"},
               {"name": "Hartsford Borough Council", "pseudonym": "Area A Council"}],
})


@pytest.fixture
def listed():
    return ListedEntityRecognizer(RULES)


def found(listed, text):
    return [(text[s:e], m.pseudonym) for s, e, m in listed.matches(text)]


def test_longest_match_wins(listed):
    assert found(listed, "Hartsford Borough Council met in Hartsford.") == [
        ("Hartsford Borough Council", "Area A Council"), ("Hartsford", "Area A")]


def test_possessives_plurals_caps_and_line_breaks(listed):
    text = "Grace's sister, Grace’s friend, the Carvers, GRACE MENSAH and Grace\n  Adjoa   Mensah."
    assert found(listed, text) == [("Grace", "Efua"), ("Grace", "Efua"), ("Carver", "Tom"),
                                   ("GRACE MENSAH", "Efua"), ("Grace\n  Adjoa   Mensah", "Efua")]


@pytest.mark.parametrize("text, expected", [
    ("Will agencies be able to share information?", []),
    ("Staff will call. There is hope. A grace period applies.", []),
    ("Ms Mensah told Will that she was scared.", [("Ms Mensah", "Efua"), ("Will", "Tom")]),
    ("Will said he was sorry.", [("Will", "Tom")]),
    ("Will's van was outside.", [("Will", "Tom")]),
    ("Will Carver was arrested.", [("Will Carver", "Tom")]),
    ("Operation Hope Chorus began.", []),
    ("Hope Street is nearby.", []),
    ("She and Hope moved in with Will.", [("Hope", "Child A"), ("Will", "Tom")]),
    ("Dear Grace, we wrote to you.", [("Grace", "Efua")]),
    ("WILL AGENCIES BE ABLE TO ACT?", []),
])
def test_names_that_are_common_words(listed, text, expected):
    assert found(listed, text) == expected


def test_words_the_document_uses_in_lower_case_become_ambiguous():
    rules = parse_rules({"people": [{"name": "Comfort Mensah", "pseudonym": "Akosua"}]}, with_defaults=False)
    listed = ListedEntityRecognizer(rules)
    assert "comfort" not in listed.ambiguous
    assert found(listed, "She found comfort.") == [("comfort", "Akosua")]
    listed.learn_ambiguity(["She found comfort in church."])
    assert "comfort" in listed.ambiguous
    assert found(listed, "She found comfort. Comfort was there. At Comfort's house") == [
        ("Comfort", "Akosua"), ("Comfort", "Akosua")]


def test_rare_words_and_surnames_in_lower_case_stay_names():
    rules = parse_rules({"people": [{"name": "Saffron Mensah", "pseudonym": "Akosua"}]}, with_defaults=False)
    listed = ListedEntityRecognizer(rules)
    listed.learn_ambiguity(["She added saffron to the rice; cc mensah."])
    assert listed.ambiguous == set()
    assert found(listed, "She added saffron. cc mensah") == [("saffron", "Akosua"), ("mensah", "Akosua")]


def test_english_words_the_document_writes_in_lower_case_are_ambiguous_without_the_hand_list():
    rules = parse_rules({"people": [{"name": "Comfort Mensah", "pseudonym": "Akosua"},
                                    {"name": "Wisdom Baker", "pseudonym": "Kofi"},
                                    {"name": "Agnieszka Nowak", "pseudonym": "Ewa"}]}, with_defaults=False)
    listed = ListedEntityRecognizer(rules)
    # never written in lower case: every capitalised form is the name ("Wisdom Street" included)
    assert listed.ambiguous == set()
    assert found(listed, "Wisdom Street. Baker told us.") == [("Wisdom", "Kofi"), ("Baker", "Kofi")]
    listed.learn_ambiguity(["She found comfort and wisdom with a baker; a note to nowak and mensah."])
    assert listed.ambiguous == {"comfort", "wisdom", "baker"}     # a surname typed in lower case stays a name
    assert found(listed, "She found wisdom. Wisdom said no.") == [("Wisdom", "Kofi")]


ISSUE_RULES = parse_rules({"people": [{"name": "Amber Okafor", "pseudonym": "Person A"},
                                      {"name": "May Nguyen", "pseudonym": "Person B"},
                                      {"name": "Grace Nowak", "pseudonym": "Person C"}]})


@pytest.mark.parametrize("text, expected", [
    ("Amber chose not to take part.", ["Amber"]),
    ("May may find parts of this report difficult.", ["May"]),
    ("“Grace, come here,” he said.", ["Grace"]),
    ("AMBER'S EXPERIENCE", ["AMBER"]),
    ("Amber was rated Red, Amber, Green by the school.", ["Amber"]),
    ("The RAG rating was Red, Amber, Green.", []),
    ("In May 2021 she moved; on 15 May 2020 she called.", []),
    ("An amber warning was issued.", []),
    ("Then Grace left. When May arrived, Amber was out.", ["Grace", "May", "Amber"]),
])
def test_issue_examples_both_ways(text, expected):
    assert [t for t, _ in found(ListedEntityRecognizer(ISSUE_RULES), text)] == expected


def test_identifier_text_splits_at_punctuation(listed):
    text = "mailto:grace.mensah@example.org maggie_doyle"
    # in prose, the lower-case common word stays unless it is joined to the same person's other name (as here:
    # test_names_joined_in_file_names); in an identifier every listed part counts
    assert [t for t, _ in found(listed, text)] == ["grace.mensah"]
    assert [text[s:e] for s, e, _ in listed.matches(text, identifier=True)] == ["grace.mensah"]
    assert [t for t, _ in found(listed, "mailto:grace@example.org or maggie_doyle")] == []


@pytest.mark.parametrize("given, surname, pseudonym", [
    ("Joy", "Sivanathan", "Olive"), ("Hope", "Mensah", "Ama"), ("Precious", "Okafor", "Ada"),
    ("Amber", "Kowalczyk", "Ola"), ("Will", "Hartley", "Tom"), ("Faith", "Nnadozie", "Ngozi")])
@pytest.mark.parametrize("source", ["SpacyRecognizer", "propagation", "TitledPersonRecognizer"])
def test_a_one_word_name_found_by_other_means_is_the_listed_person(given, surname, pseudonym, source):
    from redact.detect.recognizers.listed import ListedEntityRecognizer
    from redact.detect.resolve import adopt_listed_words
    from redact.findings import Finding

    rules = parse_rules({"people": [{"name": f"{given} {surname}", "pseudonym": pseudonym}]})
    listed = ListedEntityRecognizer(rules)
    text = f"Family member\tContributed\n{given}\tDeclined\nMr Okonkwo\tYes"
    start = text.index(f"\n{given}") + 1
    found = Finding(start, start + len(given), given, "PERSON", 0.7, source)
    other = Finding(text.index("Okonkwo"), text.index("Okonkwo") + 7, "Okonkwo", "PERSON", 0.85, source)
    segments = [Segment("text", text, "text")]
    adopted, kept = adopt_listed_words([found, other], listed, segments)
    assert adopted.source == "rule" and adopted.listed_index == 0 and adopted.span == found.span
    assert kept is other   # not a listed form: still an unlisted person


@pytest.mark.parametrize("given, colour_list", [
    ("Amber", "Agencies used the Red, Amber, Green rating for every referral."),
    ("May", "The referral of May 2019 was late.")])
def test_a_listed_word_found_by_other_means_where_the_sentence_uses_the_word_is_dropped(given, colour_list):
    from redact.detect.recognizers.listed import ListedEntityRecognizer
    from redact.detect.resolve import adopt_listed_words
    from redact.findings import Finding

    rules = parse_rules({"people": [{"name": f"{given} Kowalczyk", "pseudonym": "Ola"}]})
    listed = ListedEntityRecognizer(rules)
    listed.learn_ambiguity([colour_list])
    start = colour_list.index(given)
    found = Finding(start, start + len(given), given, "PERSON", 0.86, "KnownNameRecognizer")
    assert adopt_listed_words([found], listed, [Segment("text", colour_list, "text")]) == []
