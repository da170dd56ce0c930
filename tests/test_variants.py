from redact.normalise import fold, fold_key
from redact.pipeline import Redactor
from redact.rules import parse_rules
from redact.variants import variants


def keys(rules):
    return {v.key: v for v in variants(rules)}


def test_person_forms():
    rules = parse_rules({"people": [{"name": "Margaret Ann Doyle", "pseudonym": "Mary", "aliases": ["Maggie"]}]})
    forms = keys(rules)
    for form in ["margaret ann doyle", "margaret doyle", "margaret", "doyle", "mrs doyle", "ms doyle", "dr doyle",
                 "pc doyle", "doyle, margaret", "m doyle", "maggie", "mrs margaret doyle"]:
        assert form in forms, form


def test_shared_forms_go_to_the_first_listed_and_remember_the_others():
    rules = parse_rules({"people": [{"name": "Margaret Doyle", "pseudonym": "Mary"},
                                    {"name": "Stephen Doyle", "pseudonym": "Adam"}]})
    doyle = keys(rules)["doyle"]
    assert doyle.entity == 0 and doyle.alternatives == (0, 1)


def test_name_forms_beat_alias_parts():
    rules = parse_rules({"people": [{"name": "Margaret Doyle", "pseudonym": "Mary", "aliases": ["Margaret Kelly"]},
                                    {"name": "Bernadette Kelly", "pseudonym": "Susan"}]})
    assert keys(rules)["kelly"].entity == 1


def test_hyphenated_names_also_spaced():
    rules = parse_rules({"people": [{"name": "Sarah-Jane Fletcher", "pseudonym": "Kate"}]})
    assert "sarah jane fletcher" in keys(rules) and "sarah-jane" in keys(rules)


def test_fold_handles_obfuscation_and_maps_back():
    text = "Mar\u200bgaret\u00ad  W\u00f3jcik\u2019s ＤＯＹＬＥ\nPaweł"
    folded = fold(text)
    assert folded.text == "margaret wojcik's doyle pawel"
    start = folded.text.index("doyle")
    a, b = folded.span_to_original(start, start + 5)
    assert text[a:b] == "ＤＯＹＬＥ"
    assert fold_key("  Comfort   Mensah ") == "comfort mensah"


# ----------------------------------------------------------------- titles are never names
import pytest  # noqa: E402

from redact.detect.recognizers.listed import ListedEntityRecognizer  # noqa: E402
from redact.variants import NAME_TITLES, is_title_or_initial, split_title  # noqa: E402

# People from many communities, each with a surname that can carry a title in an alias.
PEOPLE = [("Tomasz", "Wójcik"), ("Agnieszka", "Nowak"), ("Amir", "Khan"), ("Comfort", "Mensah"),
          ("Siobhan", "O'Connell"), ("Abdirahman", "Warsame"), ("Mei", "Zhang"), ("Thi Lan", "Nguyễn"),
          ("Delroy", "Campbell"), ("Emine", "Yılmaz"), ("Ștefan", "Bălan"), ("Priya", "Chaudhary")]
OTHER_SURNAMES = ["Barnard", "Okafor", "Lewandowska", "Hughes", "Farah"]


def _folded_title_words():
    return {fold_key(w) for title in NAME_TITLES for w in title.split()}


@pytest.mark.parametrize("title", NAME_TITLES)
def test_an_alias_with_a_title_makes_no_title_a_form(title):
    first, surname = PEOPLE[NAME_TITLES.index(title) % len(PEOPLE)]
    rules = parse_rules({"people": [{"name": f"{first} {surname}", "pseudonym": "Marek",
                                     "aliases": [f"{title} {surname}", f"{title} {first[0]}", title]}]})
    forms = keys(rules)
    title_words = _folded_title_words()
    bare = [key for key in forms if all(word.rstrip(".") in title_words for word in key.split())]
    assert bare == [], f"{title}: a title alone became a form: {bare}"
    assert not any(is_title_or_initial(v.text) and " " not in v.key for v in forms.values())
    assert fold_key(surname) in forms and fold_key(f"{title} {surname}") in forms


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Ms", "DC", "Det Sgt", "Dr", "Detective Chief Inspector", "Captain"])
def test_other_people_with_the_same_title_stay_themselves(title):
    rules = parse_rules({"people": [{"name": "Tomasz Wójcik", "pseudonym": "Marek", "aliases": [f"{title} Wójcik"]},
                                    {"name": "Agnieszka Nowak", "pseudonym": "Zofia",
                                     "aliases": [f"{title} Nowak", f"{title} A"]}]})
    listed = ListedEntityRecognizer(rules)
    for other in OTHER_SURNAMES:
        text = f"{title} {other} spoke to {title} Wójcik and then {title} Nowak."
        matched = [text[s:e] for s, e, _ in listed.matches(text)]
        assert matched == [f"{title} Wójcik", f"{title} Nowak"], (text, matched)


@pytest.mark.parametrize("name, bare", [
    ("Dr Amir Khan", ["Amir", "Khan"]), ("Det Sgt Delroy Campbell", ["Delroy", "Campbell"]),
    ("Mrs Emine Yılmaz", ["Emine", "Yılmaz"]), ("Detective Chief Inspector Mei Zhang", ["Mei", "Zhang"]),
    ("Flight Lieutenant Priya Chaudhary", ["Priya", "Chaudhary"]), ("Rev. Abdirahman Warsame", ["Abdirahman", "Warsame"]),
])
def test_a_name_written_with_a_title_gives_the_forms_of_the_name(name, bare):
    rules = parse_rules({"people": [{"name": name, "pseudonym": "Sam"}]})
    forms = keys(rules)
    first, surname = bare
    for form in (first, surname, f"{first} {surname}", f"{surname}, {first}", f"{first[0]} {surname}"):
        assert fold_key(form) in forms, (name, form)
    assert not (set(forms) & _folded_title_words()), name
    assert split_title(name)[1] == bare


def test_a_title_with_a_surname_only_is_a_surname():
    rules = parse_rules({"people": [{"name": "Mrs Yılmaz", "pseudonym": "Ann"}]})
    forms = keys(rules)
    assert "yilmaz" in forms and "ms yilmaz" in forms and "mr yilmaz" not in forms
    assert "mrs" not in forms


def test_a_surname_that_is_a_title_word_still_matches_with_a_title():
    rules = parse_rules({"people": [{"name": "John Constable", "pseudonym": "Ed"}]})
    forms = keys(rules)
    assert "mr constable" in forms and "john constable" in forms
    # the bare surname is his too ("Constable told the GP" was left, verify silent), judged in its sentence as a
    # listed word that is a title: "Police Constable Hughes" is not John (names_that_are_titles_gen)
    assert "constable" in forms
    out = Redactor(rules).redact_text("Police Constable Hughes attended. A police constable took notes. Constable cried.")
    assert out == "Police Constable Person 1 attended. A police constable took notes. Ed cried.", out


# ----------------------------------------------------------------- spellings with and without diacritics
SPELLINGS = [
    # (as listed, as typed without the letters a keyboard lacks)
    ("Łukasz Wróbel", "Lukasz Wrobel"), ("Paweł Michałowski", "Pawel Michalowski"),
    ("Ștefan Bălan", "Stefan Balan"), ("Ioana Țepeș", "Ioana Tepes"), ("Şükrü Doğan", "Sukru Dogan"),
    ("Emine Yılmaz", "Emine Yilmaz"), ("İlkay Işık", "Ilkay Isik"), ("Nguyễn Văn Đức", "Nguyen Van Duc"),
    ("Trương Thị Mơ", "Truong Thi Mo"), ("Zoë Ní Bhriain", "Zoe Ni Bhriain"), ("Søren Ødegård", "Soren Odegard"),
]


@pytest.mark.parametrize("listed_name, typed", SPELLINGS)
def test_spellings_with_and_without_diacritics_are_one_person(listed_name, typed):
    rules = parse_rules({"people": [{"name": listed_name, "pseudonym": "Sam", "aliases": [typed.split()[0]]}]})
    forms = keys(rules)
    for form in (typed, typed.split()[0], typed.split()[-1], f"Dr {typed.split()[-1]}"):
        assert fold_key(form) in forms, form
    listed = ListedEntityRecognizer(rules)
    text = f"{typed} met {typed.upper()}; later {typed.split()[-1]} and {listed_name.split()[-1]} left."
    matched = {fold_key(text[s:e]) for s, e, m in listed.matches(text) if m.pseudonym == "Sam"}
    assert {fold_key(typed), fold_key(typed.split()[-1])} <= matched


def test_the_same_person_listed_with_and_without_diacritics_is_one_entity():
    rules = parse_rules({"people": [{"name": "Tomasz Wójcik", "pseudonym": "Marek",
                                     "aliases": ["Tomasz Wojcik", "Wojcik"]}]})
    forms = variants(rules)
    assert len({v.key for v in forms}) == len(forms)  # one form per folded spelling
    assert {v.entity for v in forms} == {0}


def test_a_person_listed_by_title_and_initial_is_that_phrase_only():
    forms = keys(parse_rules({"people": [{"name": "Mr B", "pseudonym": "Adam"}]}))
    assert list(forms) == ["mr b"]  # never "B" alone, never "Dr B" or "PC B"


@pytest.mark.parametrize("name, written", [("Wang Xiu Ying", "Xiu Ying Wang"), ("Nguyễn Thị Lan", "Thi Lan Nguyen"),
                                           ("Margaret Ann Doyle", "Doyle Margaret Ann"), ("Kim Min-jun", "Min-jun Kim")])
def test_a_name_written_in_the_other_order_is_one_form(name, written):
    rules = parse_rules({"people": [{"name": name, "pseudonym": "Iris"}]})
    listed = ListedEntityRecognizer(rules)
    text = f"The records say {written} and {name.upper()}."
    assert [text[s:e] for s, e, _ in listed.matches(text)] == [written, name.upper()]


@pytest.mark.parametrize("name, plural", [("Zhao Xiu Ying", "Zhaos"), ("Nguyễn Thị Lan", "Nguyens"),
                                          ("Wang Zhi Hao", "Wangs")])
def test_a_family_name_written_first_is_found_in_the_plural(name, plural):
    listed = ListedEntityRecognizer(parse_rules({"people": [{"name": name, "pseudonym": "Iris"}]}))
    text = f"The {plural} had lived there for ten years."
    assert [text[s:e] for s, e, _ in listed.matches(text)] == [plural[:-1]]


def test_a_known_given_name_is_not_taken_in_the_plural():
    listed = ListedEntityRecognizer(parse_rules({"people": [{"name": "Mark Hughes", "pseudonym": "Tom"}]}))
    assert listed.matches("She bought it at Marks and Spencer.") == []


@pytest.mark.parametrize("name, text, plural", [("Lê Thị Hương", "The Lês had lived there.", "Lês"),
                                                ("Kim Min-jun", "Police visited the Kims twice.", "Kims"),
                                                ("Ali Hassan Omar", "the Alis moved in 2019", "Alis")])
def test_after_the_a_first_word_in_the_plural_is_the_family(name, text, plural):
    from redact.verify import LeakFinder

    rules = parse_rules({"people": [{"name": name, "pseudonym": "Iris"}]})
    assert [text[s:e] for s, e, _ in ListedEntityRecognizer(rules).matches(text)] == [plural[:-1]]
    assert [text[s:e] for s, e, *_ in LeakFinder(rules).spans(text)] == [plural[:-1]]


# Family name first, known by the given name, which is also an English word: the given name is the parsed
# "surname", so alias + surname doubled it ("May May") and took "May may find it hard" as her name.
FAMILY_FIRST_KNOWN_BY_GIVEN = [("Lau May", "May"), ("Nguyen Hope", "Hope"), ("Kim Will", "Will"),
                               ("Tran Mai Rose", "Rose"), ("Zhou Grace", "Grace"), ("Begum Joy", "Joy")]


@pytest.mark.parametrize("name, alias", FAMILY_FIRST_KNOWN_BY_GIVEN)
def test_an_alias_that_is_the_last_word_of_the_name_makes_no_doubled_form(name, alias):
    rules = parse_rules({"people": [{"name": name, "pseudonym": "Child A", "aliases": [alias]}]})
    forms = keys(rules)
    assert fold_key(f"{alias} {alias}") not in forms
    assert fold_key(alias) in forms and fold_key(name) in forms


@pytest.mark.parametrize("name, alias", FAMILY_FIRST_KNOWN_BY_GIVEN)
def test_the_word_after_such_a_name_stays(name, alias):
    from redact import Redactor

    redactor = Redactor({"people": [{"name": name, "pseudonym": "Child A", "aliases": [alias]}],
                         "dates": {"date_of_death": "2021-03-14"}})
    out = redactor.redact_text(f"{alias} {alias.lower()} find parts of this report difficult to read.")
    assert out == f"Child A {alias.lower()} find parts of this report difficult to read."
