"""The anonymisation statement: pseudonyms with their roles, what was replaced and where, the verify result and
what a person must check; never a real name (it is meant to travel with the published copy)."""
from __future__ import annotations

import random
import re

import pytest
from click.testing import CliRunner

from redact.cli import main
from redact.decide import Decision
from redact.documents import ManualReviewItem
from redact.findings import Finding
from redact.pipeline import RedactionReport
from redact.rules import Rules
from redact.statement import part_of, render_statement
from redact.verify import Leak, Verdict

# Families from many communities; each review takes a victim, a perpetrator of the same family, a relative and a
# neighbour. (Pseudonyms are chosen to share no three letters in a row with any real name here.)
FAMILIES = [
    ("Aisha", "Rahman", "Tariq"), ("Chidinma", "Okonkwo", "Emeka"), ("Hodan", "Warsame", "Abdirahman"),
    ("Nguyễn Thị", "Lan", "Minh"), ("Małgorzata", "Wiśniewska", "Krzysztof"), ("Siobhán", "Ní Bhriain", "Cathal"),
    ("Shanice", "Campbell", "Delroy"), ("Elif", "Yıldırım", "Murat"), ("Wei", "Zhang", "Jun"),
    ("Priya", "Venkataraman", "Arjun"),
]
NEIGHBOURS = ["Bogdan Popescu", "Farah Al-Masri", "Kwabena Mensah-Bonsu", "Declan O'Sullivan"]
PSEUDONYMS = ["Efu", "Tob", "Liv", "Ugo", "Pax"]


def _review(seed: int, real: bool = True):
    """(rules, report) for a generated review; with real=False the same review with other real names."""
    rng = random.Random(seed)
    first, surname, partner = rng.choice(FAMILIES)
    neighbour = rng.choice(NEIGHBOURS)
    names = [f"{first} {surname}", f"{partner} {surname}", f"{rng.choice(['Amal', 'Ola', 'Ren'])} {surname}",
             neighbour, "Hartsford"]
    if not real:
        names = ["Xaviera Quetzal", "Yorick Quetzal", "Zebedee Quetzal", "Wilhelmina Jakobsdottir", "Ulverby"]
    rules = Rules(people=[{"name": names[0], "pseudonym": "Efu", "role": "victim"},
                          {"name": names[1], "pseudonym": "Tob", "role": "perpetrator"},
                          {"name": names[2], "pseudonym": "Liv"},
                          {"name": names[3], "pseudonym": "Ugo"}],
                  places=[{"name": names[4], "pseudonym": "Area A"}],
                  dates={"date_of_death": "2023-05-10"})
    findings = [
        (names[0], "PERSON", 0, "word/document.xml#p3", "Efu", "listed"),
        (names[0].split()[0], "PERSON", 0, "word/header1.xml#p1", "Efu", "listed"),
        (names[1], "PERSON", 1, "word/footnotes.xml#p2", "Tob", "listed"),
        (names[2], "PERSON", 2, "word/document.xml#p9", "Liv", "listed"),
        (names[3], "PERSON", 3, "word/comments.xml#p1", "Ugo", "listed"),
        (names[4], "LOCATION", 4, "docProps/core.xml#dc:title", "Area A", "listed"),
        ("Dr Okafor", "PERSON", None, "word/document.xml#p12", "GP 1", "placeholder (role gp)"),
        ("Jim Bowen" if real else "Qqq Rrr", "PERSON", None, "word/document.xml#p13", "Person 1", "placeholder"),
        ("Jim Bowen" if real else "Qqq Rrr", "PERSON", None, "word/document.xml#p14", "Person 1", "placeholder"),
        ("Sally Pike" if real else "Sss Ttt", "PERSON", None, "word/footnotes.xml#p4", "Person 2", "placeholder"),
        ("10 May 2023", "DATE_OF_DEATH", None, "word/document.xml#p3", "[date removed]", "protected date"),
        ("07700 900731", "PHONE_NUMBER", None, "word/document.xml#p20", "[phone]", "placeholder"),
        ("14 March 2022", "DATE_TIME", None, "word/document.xml#p21", "March 2022", "date policy month_year"),
    ]
    decisions = [Decision(Finding(0, len(text), text, kind, 1.0, "rule" if listed is not None else "SpacyRecognizer",
                                  0, location, listed_index=listed), replacement, reason)
                 for text, kind, listed, location, replacement, reason in findings]
    picture = f"{names[0]} at home.jpg"
    report = RedactionReport("draft.docx", f"/tmp/{names[0].replace(' ', '')}-published.docx", None, decisions,
                             [ManualReviewItem(f"word/media/{names[0].replace(' ', '')}.png", f"picture: {picture}"),
                              ManualReviewItem("word/embeddings/oleObject1.bin", "embedded object")],
                             Verdict("out.docx", checked_texts=120))
    return rules, report, names


def _real_values(rules: Rules) -> list[str]:
    values = []
    for entity in rules.listed():
        for value in (entity.name, *getattr(entity, "aliases", [])):
            values.append(value)
            values += [w for w in value.split() if len(w) >= 3]
    return values


@pytest.mark.parametrize("seed", range(3000, 3010))
def test_the_statement_never_names_a_real_person_or_place(seed):
    rules, report, _ = _review(seed)
    text = render_statement(report, rules)
    folded = text.casefold()
    for value in _real_values(rules):
        assert value.casefold() not in folded, value
    # no piece of three letters or more of a real name is there unless the same statement written for other
    # real names holds it too: what is left is the statement's own wording and the pseudonyms
    other_rules, other_report, _ = _review(seed, real=False)
    assert text == render_statement(other_report, other_rules)
    pieces = {w[i:i + 3] for v in _real_values(rules) for w in re.findall(r"\w+", v.casefold())
              for i in range(len(w) - 2)}
    own_words = set(re.findall(r"\w+", render_statement(other_report, other_rules).casefold()))
    assert all(word in own_words for word in re.findall(r"\w+", folded) if any(p in word for p in pieces))


def test_pseudonyms_roles_kinds_counts_and_parts():
    rules, report, _ = _review(3000)
    text = render_statement(report, rules)
    assert "| Efu | the victim |" in text and "| Tob | the perpetrator |" in text
    assert "| Liv | a family member |" in text          # shares the victim's family name
    assert "| Ugo | a person named in the report |" in text
    assert "| Area A | a place or a body named after one |" in text
    assert "| GP 1 | people named by their role (GP) | 1 |" in text
    assert "| Person 1 to Person 2 | people not in the rules | 2 |" in text
    row = re.search(r"\| names of people in the rules \(their pseudonyms\) \| (\d+) \| ([^|]+)\|", text)
    assert row and row.group(1) == "5"
    assert {p.strip() for p in row.group(2).split(",")} == {"body 2", "headers 1", "footnotes 1", "comments 1"}
    assert "| the date of death (every written form) | 1 | body 1 |" in text
    assert "| other dates, shown as month and year | 1 | body 1 |" in text
    assert "| places in the rules (their pseudonyms) | 1 | properties 1 |" in text
    assert "Passed: `redact verify` read 120" in text
    # what a person must check: images and objects (their names masked), names found only once
    assert "word/media/[name withheld].png: picture: [name withheld] at home.jpg" in text
    assert "word/embeddings/oleObject1.bin: embedded object" in text
    assert "- Person 2 (footnotes): a name not in the rules, found only once" in text
    assert "- GP 1 (body): a name not in the rules, found only once" in text
    assert "Person 1 (body): a name" not in text                  # found twice


def test_a_failed_verification_is_said_plainly():
    rules, report, _ = _review(3001)
    report.verdict.leaks.append(Leak("word/document.xml paragraph 3", "person", "listed as 'Efu'", "[██████]"))
    assert "NOT passed: 1 finding(s) left. This copy must not be published." in render_statement(report, rules)


@pytest.mark.parametrize("location, part", [
    ("word/document.xml#p3", "body"), ("word/header2.xml#p1", "headers"), ("word/footer1.xml#p1", "footers"),
    ("word/footnotes.xml#p2", "footnotes"), ("word/endnotes.xml#p2", "endnotes"),
    ("word/comments.xml#p1", "comments"), ("docProps/core.xml#dc:creator", "properties"),
    ("word/_rels/document.xml.rels#rId4@Target", "links"), ("text", "body"),
])
def test_parts_of_the_report(location, part):
    assert part_of(location) == part


# ------------------------------------------------------------------ the command line

def _files(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Grace Mensah died on 10 May 2023 in Hartsford. Her son Kwame Mensah found her.\n\n"
                     "The GP, Dr Patel, saw Grace on 3 April 2023. Bernadette Okoro wrote to the council.\n",
                     encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nreview: statement\npeople:\n  - name: Grace Mensah\n    pseudonym: Efua\n"
                     "    role: victim\n  - name: Kwame Mensah\n    pseudonym: Kofi\n    role: son\nplaces:\n"
                     "  - name: Hartsford\n    pseudonym: Area A\ndates:\n  date_of_death: 2023-05-10\n",
                     encoding="utf-8")
    return draft, rules


def _apply(*args):
    return CliRunner().invoke(main, ["apply", *[str(a) for a in args]])


def test_apply_writes_the_statement(tmp_path):
    draft, rules = _files(tmp_path)
    out, statement = tmp_path / "out.txt", tmp_path / "statement.md"
    result = _apply(draft, "--rules", rules, "-o", out, "--statement", statement)
    assert result.exit_code == 0, result.output
    text = statement.read_text(encoding="utf-8")
    assert "| Efua | the victim |" in text and "| Kofi | the son |" in text
    for real in ("Grace", "Mensah", "Kwame", "Hartsford", "Patel", "Okoro", "Bernadette", "10 May"):
        assert real not in text
    assert "Passed:" in text and "| the date of death (every written form) | 1 | body 1 |" in text
    # an existing statement is replaced only with --force
    out.unlink()
    result = _apply(draft, "--rules", rules, "-o", out, "--statement", statement)
    assert result.exit_code == 2 and "already exists (use --force" in result.output
    assert not out.exists()                         # refused before any work


@pytest.mark.parametrize("over", ["input", "output", "audit"])
def test_the_statement_is_never_written_over_a_file_of_the_run(tmp_path, over):
    draft, rules = _files(tmp_path)
    out, audit = tmp_path / "out.txt", tmp_path / "audit.jsonl"
    target = {"input": draft, "output": out, "audit": audit}[over]
    before = draft.read_bytes()
    result = _apply(draft, "--rules", rules, "-o", out, "--audit", audit, "--statement", target, "--force")
    assert result.exit_code == 2 and "refusing to write the statement over" in result.output, result.output
    assert draft.read_bytes() == before and not out.exists() and not audit.exists()


def test_a_statement_in_a_missing_folder_is_refused_before_any_work(tmp_path):
    draft, rules = _files(tmp_path)
    result = _apply(draft, "--rules", rules, "-o", tmp_path / "out.txt", "--statement", tmp_path / "no" / "s.md")
    assert result.exit_code == 2 and "folder does not exist" in result.output
    assert not (tmp_path / "out.txt").exists()


def test_an_unreadable_image_is_listed_once():
    rules, report, _ = _review(3002)
    report.manual_review[:] = [ManualReviewItem("word/media/image1.png", "embedded image (png)")]
    report.verdict.unread[:] = ["word/media/image1.png (binary part)", "word/embeddings/data.bin (binary part)"]
    text = render_statement(report, rules)
    assert text.count("word/media/image1.png") == 1
    assert "- word/embeddings/data.bin (binary part): could not be read as text" in text
    assert part_of("word/theme/theme1.xml#a:font[3]@typeface") == part_of("word/styles.xml#w:style[5]") \
        == "styles, fonts and settings"
