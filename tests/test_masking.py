"""What `verify` and `apply` print never shows a piece of a real value (issue 10, class 6).

Names from many communities are embedded where a masked span used to leave pieces in view: e-mail addresses,
URLs, file names, brackets, CamelCase, hyphenated surnames, beside postcodes and dates. Whatever `verify` prints
(text and --json) and whatever a refused `apply` prints must hold no run of 3+ characters of any listed name,
alias or place that the surrounding template text does not hold itself, and no written form of the protected
dates.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
import zipfile

import pytest
import yaml
from click.testing import CliRunner

from redact.cli import main
from redact.rules import parse_rules

PEOPLE = [  # (first, surname, nickname): fictional, from many communities
    ("Joanne", "Pryor", "Jojo"), ("Tadeusz", "Wójcik", "Tadek"), ("Aisha", "Rahman", "Ash"),
    ("Chukwuemeka", "Okafor", "Emeka"), ("Abdirahman", "Warsame", "Abdi"), ("Xiaoling", "Zhou", "Ling"),
    ("Siobhán", "Ó Dálaigh", "Shiv"), ("Mehmet", "Yılmaz", "Memo"), ("Thi Lan", "Nguyễn", "Lanny"),
    ("Delroy", "Fitzgerald-Campbell", "Dee"), ("Priyanka", "Ramaswamy", "Pinky"), ("Agnieszka", "Kowalczyk", "Aga"),
]
PLACES = ["Thornbury Heath", "Kingsmere", "Ashcombe Vale", "Wrexley"]
DEATH = "2021-09-14"
DEATH_FORMS = ["14/09/2021", "14 September 2021", "2021-09-14", "14.9.21", "14th of September 2021", "14SEP2021"]

TEMPLATES = [
    "Please write to {first_l}.{last_l}@example.org about the case.",
    "The notes are at https://intranet.example/cases/{First}{Last}_2021.pdf for the panel.",
    "Her friend ({nick}) rang the office twice.",
    "{full} lived at 14 Elm Road, {place} BN1 4GH with her son.",
    "The file {first_l}_{last_l}_statement.docx was shared with the chair.",
    "{FIRST}{LAST} appears in the heading of the form.",
    "Mrs {Last}-Bennett attended the meeting on {death}.",
    "Postcode SW1A 1AA is beside {place} on the map.",
    "Officers called {First}{Last}'s phone and left a message.",
    "The chair, {full}, wrote that {nick} was not reachable on {death}.",
]


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ı", "i")


def _case(seed: int):
    rng = random.Random(seed)
    first, last, nick = rng.choice(PEOPLE)
    other_first, other_last, other_nick = rng.choice([p for p in PEOPLE if p[0] != first])
    place = rng.choice(PLACES)
    death = rng.choice(DEATH_FORMS)
    values = dict(first_l=_plain(first).lower().replace(" ", ""), last_l=_plain(last).lower().replace(" ", ""),
                  First=first.replace(" ", ""), Last=last.replace(" ", ""), FIRST=first.upper().replace(" ", ""),
                  LAST=last.upper().replace(" ", ""), full=f"{first} {last}", nick=nick, place=place, death=death)
    templates = rng.sample(TEMPLATES, 6)
    text = "\n\n".join(t.format(**values) for t in templates) + "\n"
    rules = {"review": "masking", "people": [
        {"name": f"{first} {last}", "pseudonym": "Anna Person", "aliases": [nick]},
        {"name": f"{other_first} {other_last}", "pseudonym": "Mark Person", "aliases": [other_nick]}],
        "places": [{"name": place, "pseudonym": "Area C"}], "dates": {"date_of_death": DEATH}}
    secrets = [first, last, nick, place, other_first, other_last, other_nick]
    template_text = " ".join(re.sub(r"\{[^}]+\}", " ", t) for t in templates)
    return text, rules, secrets, template_text


ALLOWED_VOCABULARY = ("leak person place listed as anna person mark person area c date_of_death protected date block "
                      "line clean texts checked location kind value context path leak_count checked_texts leaks "
                      "unread true false what to do advice aliases rules written here form error output file null "
                      "verification the failed replace first nothing was apply cannot changes found_by_verify audit "
                      "manual_review removed_images redacted copy "
                      # the names of the files apply --json says it wrote
                      "written mapping report review_copy statement pdf audit_key reason replacement")
# apply's changes say where they are by the published copy's first words, which hold the placeholders
_PLACEHOLDERS = " ".join(str(value) for value in parse_rules({}).policy.placeholders.model_dump().values())


def _pieces(secret: str) -> set[str]:
    """Every 3-character run of a value, as written and without accents, lower case."""
    out = set()
    for form in {secret.lower(), _plain(secret).lower()}:
        for word in re.findall(r"[^\W_]+", form):
            out.update(word[i:i + 3] for i in range(len(word) - 2))
    return out


def assert_nothing_real(output: str, secrets: list[str], template_text: str, extra_allowed: str = "") -> None:
    allowed = (template_text + " " + ALLOWED_VOCABULARY + " " + _PLACEHOLDERS + " " + extra_allowed).lower()
    lowered, plain = output.lower(), _plain(output).lower()
    for secret in secrets:
        for piece in _pieces(secret) - {p for p in _pieces(secret) if p in allowed or p in _plain(allowed)}:
            assert piece not in lowered and piece not in plain, (secret, piece, output)
    for form in DEATH_FORMS + ["14/09", "14 Sep", "2021"]:
        assert form.lower() not in lowered, (form, output)


def _write(tmp_path, name: str, text: str, rules: dict):
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    return draft, rules_path


@pytest.mark.parametrize("seed", range(12))
def test_verify_output_holds_no_piece_of_a_real_value(tmp_path, seed):
    text, rules, secrets, template_text = _case(seed)
    draft, rules_path = _write(tmp_path, "draft.txt", text, rules)
    runner = CliRunner()
    printed = runner.invoke(main, ["verify", str(draft), "--rules", str(rules_path)])
    assert printed.exit_code == 1, printed.output
    assert printed.output.count("LEAK") >= 6          # every template holds a listed value or the date
    as_json = runner.invoke(main, ["verify", str(draft), "--rules", str(rules_path), "--json"])
    data = json.loads(as_json.output)
    assert data["leak_count"] >= 6
    for output in (printed.output, as_json.output):
        assert_nothing_real(output, secrets, template_text, extra_allowed=str(tmp_path))


def test_every_planted_value_is_found_and_apply_removes_it(tmp_path):
    """The same texts through apply: clean afterwards, and apply's own output shows nothing real."""
    runner = CliRunner()
    for seed in range(4):
        text, rules, secrets, template_text = _case(seed)
        draft, rules_path = _write(tmp_path, f"draft{seed}.txt", text, rules)
        out = tmp_path / f"out{seed}.txt"
        result = runner.invoke(main, ["apply", str(draft), "--rules", str(rules_path), "-o", str(out), "--json"])
        assert result.exit_code == 0, result.output
        assert_nothing_real(result.output, secrets, template_text, extra_allowed=str(tmp_path))
        check = runner.invoke(main, ["verify", str(out), "--rules", str(rules_path)])
        assert check.exit_code == 0, check.output


def _docx_with_a_name_apply_cannot_reach(path, first: str, last: str, place: str) -> None:
    """A body naming the person, and a customXml item using the name as a tag: no text segment holds it."""
    import docx

    document = docx.Document()
    document.add_paragraph(f"{first} {last} lived in {place}.")
    document.save(path)
    tag = f"{first}{last}".replace(" ", "")
    tag = "".join(c for c in _plain(tag) if c.isalnum())
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("customXml/item9.xml", f"<data><{tag} note='x'>kept</{tag}><{tag}Email>"
                                                f"{tag.lower()}@example.org</{tag}Email></data>")


# the part's own markup and what apply says about it: no piece of a value in any of it
CUSTOM_XML_WORDS = ("<?xml version='1.0' encoding='utf-8'?> data note kept example org customxml item raw "
                    "it is in the document's stored data (customxml, which word uses to fill content controls): "
                    "remove the data part or the content controls bound to it, then run apply again "
                    "redact: error: leak(s) at draft.docx out.docx ")


@pytest.mark.parametrize("seed", range(3))
def test_a_refused_apply_says_where_and_what_to_do_without_the_values(tmp_path, seed):
    _, rules, secrets, _ = _case(seed)
    first, last = rules["people"][0]["name"].split(" ", 1)
    place = rules["places"][0]["name"]
    draft = tmp_path / "draft.docx"
    _docx_with_a_name_apply_cannot_reach(draft, first, last, place)
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["apply", str(draft), "--rules", str(rules_path), "-o", str(out), "--json"])
    assert result.exit_code == 1 and not out.exists()
    data = json.loads(result.output)
    assert data["ok"] is False and data["leaks"]
    for leak in data["leaks"]:
        assert leak["location"].startswith("customXml/item9.xml") and leak["kind"] == "person"
        assert "customXml" in leak["advice"] and "remove" in leak["advice"]
    assert_nothing_real(result.output, secrets, "", extra_allowed=CUSTOM_XML_WORDS + str(tmp_path))
    text = runner.invoke(main, ["apply", str(draft), "--rules", str(rules_path), "-o", str(out)])
    assert text.exit_code == 1 and "what to do:" in text.output and "customXml/item9.xml" in text.output
    assert_nothing_real(text.output, secrets, "", extra_allowed=CUSTOM_XML_WORDS + str(tmp_path))


def test_part_names_that_hold_a_name_are_masked_in_locations(tmp_path):
    """A part named after the person ("word/media/TadeuszWojcik_2019.png") is listed as not checked, masked."""
    import docx

    from redact.rules import parse_rules
    from redact.verify import verify_file

    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("Nothing to see.")
    document.save(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/media/TadeuszWojcik_2019.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    rules = parse_rules({"people": [{"name": "Tadeusz Wójcik", "pseudonym": "Marek Nowak"}]})
    verdict = verify_file(path, rules)
    printed = json.dumps(verdict.as_dict(), ensure_ascii=False)
    assert verdict.unread and "word/media/" in printed
    assert_nothing_real(printed, ["Tadeusz", "Wójcik"], "word media png binary part")
