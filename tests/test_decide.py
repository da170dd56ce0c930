import json

from redact import entities
from redact.decide import Decider, PseudonymBook
from redact.findings import Finding
from redact.rules import parse_rules

RULES = parse_rules({"people": [{"name": "Margaret Doyle", "pseudonym": "Mary"}],
                     "places": [{"name": "Hartsford", "pseudonym": "Area A"}],
                     "dates": {"date_of_death": "2023-05-14", "date_of_birth": "1971-02-02"}})


def finding(text, kind, source="SpacyRecognizer", listed=None, **metadata):
    return Finding(0, len(text), text, kind, 0.85, source, listed_index=listed, metadata=metadata)


def test_listed_gets_pseudonym_in_matching_case():
    decider = Decider(RULES)
    assert decider.decide_one(finding("Margaret", entities.PERSON, "rule", 0)).replacement == "Mary"
    assert decider.decide_one(finding("MARGARET DOYLE", entities.PERSON, "rule", 0)).replacement == "MARY"
    assert decider.decide_one(finding("Hartsford", entities.LOCATION, "rule", 1)).replacement == "Area A"


def test_unlisted_people_are_numbered_consistently():
    decider = Decider(RULES)
    first = decider.decide_one(finding("Carol Hennessy", entities.PERSON)).replacement
    other = decider.decide_one(finding("Kevin Doherty", entities.PERSON)).replacement
    assert first == "Person 1" and other == "Person 2"
    assert decider.decide_one(finding("Hennessy", entities.PERSON)).replacement == "Person 1"
    assert decider.decide_one(finding("Mr Doherty", entities.PERSON)).replacement == "Person 2"
    assert decider.decide_one(finding("Carol Hennessy's", entities.PERSON)).replacement == "Person 1"


def test_typed_placeholders_and_policy_keeps():
    decider = Decider(RULES)
    assert decider.decide_one(finding("07700 900418", entities.PHONE_NUMBER)).replacement == "[phone]"
    assert decider.decide_one(finding("14 Larch Close", entities.ADDRESS)).replacement == "[address]"
    assert decider.decide_one(finding("WP/21/018733", entities.POLICE_REFERENCE)).replacement == "[reference]"
    assert decider.decide_one(finding("3 March 2019", entities.DATE_TIME)).replacement is None
    assert decider.decide_one(finding("Wealdshire Police", entities.ORGANIZATION)).replacement is None


def test_strict_profile_replaces_everything():
    decider = Decider(RULES, "strict")
    assert decider.decide_one(finding("3 March 2019", entities.DATE_TIME)).replacement == "[date]"
    assert decider.decide_one(finding("Acme Ltd", entities.ORGANIZATION)).replacement == "[organisation]"


def test_protected_date_styles():
    for style, expected in (("remove", "[date removed]"), ("month_year", "May 2023"), ("year", "2023")):
        rules = parse_rules({"dates": {"date_of_death": "2023-05-14"}, "policy": {"protected_dates": style}})
        assert Decider(rules).decide_one(finding("Sunday 14 May 2023", entities.DATE_OF_DEATH)).replacement == expected
    candidate = finding("14 May 2023", entities.DATE_OF_DEATH, candidate=True)
    assert Decider(RULES).decide_one(candidate).replacement is None


def test_place_organisation_swaps_only_the_place():
    decider = Decider(RULES, listed=__import__("redact.detect.recognizers.listed", fromlist=["x"])
                      .ListedEntityRecognizer(RULES))
    org = finding("Hartsford Borough Council", entities.PLACE_ORGANIZATION, "OrgRecognizer",
                  place_start=0, place_end=9)
    assert decider.decide_one(org).replacement == "Area A Borough Council"
    other = finding("Kingsmere Hospital", entities.PLACE_ORGANIZATION, "OrgRecognizer", place_start=0, place_end=9)
    assert decider.decide_one(other).replacement == "Place 1 Hospital"


def test_mapping_file_keeps_numbers_across_documents(tmp_path):
    path = tmp_path / "review-map.json"
    book = PseudonymBook(path)
    Decider(RULES, book=book).decide_one(finding("Kevin Doherty", entities.PERSON))
    Decider(RULES, book=book).decide_one(finding("Sunita Patel", entities.PERSON))
    book.save()
    again = Decider(RULES, book=PseudonymBook(path))
    assert again.decide_one(finding("Sunita Patel", entities.PERSON)).replacement == "Person 2"
    assert json.loads(path.read_text())["people"]["kevin doherty"] == 1


def test_roles_and_families_share_the_review_mapping(tmp_path):
    path = tmp_path / "review-map.json"
    path.write_text(json.dumps({"people": {"kevin doherty": 1}, "places": {}}))   # a mapping written before roles
    book = PseudonymBook(path)
    book.give_role("Dr Sunita Patel", "gp")
    book.give_role("Patel", "officer")          # the first role given stays the person's
    decider = Decider(RULES, book=book)
    assert decider.decide_one(finding("Dr Patel", entities.PERSON)).replacement == "GP 1"
    assert decider.decide_one(finding("Doherty", entities.PERSON)).replacement == "Person 1"
    assert decider.decide_one(finding("Blakes", entities.PERSON, family="Blake")).replacement == "Family 2"
    assert decider.decide_one(finding("Tony Blake", entities.PERSON)).replacement == "Person 2"
    book.save()
    again = Decider(RULES, book=PseudonymBook(path))
    assert again.decide_one(finding("Sunita Patel", entities.PERSON)).replacement == "GP 1"
    assert again.decide_one(finding("Dr Ruth Cole", entities.PERSON)).replacement == "Person 3"
    strict = Decider(RULES, "strict", book=PseudonymBook(path))
    assert strict.decide_one(finding("Sunita Patel", entities.PERSON)).replacement == "GP 1"
