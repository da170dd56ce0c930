from redact.normalise import fold, fold_key
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
