"""A listed person's initials written as a word ("GSD", "G.S.D." for Gurpreet Singh Dhillon): ``redact.initials``.

Found by a probe of a chronology written the way drafts write it: "Officers spoke to OK and GSD at the address",
"G.S.D. is the perpetrator". Every initials form stayed, and `verify` passed them: the rules list names, and
initials were looked for only where an author listed them as an alias. Both now read every listed person's
initials, in capitals, as a word, unless the letters stand for something else a report writes (an acronym of the
services, a title, a short English word, a Roman numeral).

The names come from the draft generator's 20-odd naming traditions; the expected initials are worked out here
from the capitalised words, not by the code under test.
"""
from __future__ import annotations

import re

import pytest

from benchmarks.drafts.names import two_of_each_tradition
from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.initials import is_other_capital_word

SENTENCES = [
    "{i} attended the GP surgery on her own.",
    "Date | Agency | Event\n12/03/2021 | Police | Officers spoke to {i} at the address.",
    "The victim told her GP that {i} had pushed her.",
    "In the chronology, {d} is the person who died.",
    "Officers took {i}'s phone as evidence.",
    "File: {i}_statement_final.docx",
    "(Initials used in the IMR: {i}.)",
    "She said {i}, her partner, was not at home.",
]


def _people():
    """(full name, its initials worked out from the capitalised words) from every tradition."""
    people = []
    for p in two_of_each_tradition():
        middles = p.tradition.middle_female if p.female else p.tradition.middle_male
        words = [p.given, *(middles[:1] if middles and p.pick else []), p.surname]
        if p.tradition.family_first:
            words = [p.surname, p.given]
        words = " ".join(words).split()
        full = " ".join(words)
        letters = "".join(part[0] for word in words for part in re.split(r"-", word) if part and part[0].isupper())
        people.append((full, letters))
    return people


PEOPLE = [(full, letters) for full, letters in _people()
          if 2 <= len(letters) <= 5 and not is_other_capital_word(letters)]
SKIPPED = [(full, letters) for full, letters in _people() if (full, letters) not in PEOPLE]
CASES = [(full, letters, SENTENCES[index % len(SENTENCES)]) for index, (full, letters) in enumerate(PEOPLE)]


def _rules(full: str) -> dict:
    return {"people": [{"name": full, "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-06-14"}}


def _dotted(letters: str) -> str:
    return ".".join(letters) + "."


def _written(template: str, letters: str) -> str:
    return template.format(i=letters, d=_dotted(letters))


def test_the_probe_covers_many_traditions():
    # two letters collide with an acronym or a short word more often ("PC", "AM", "AN", "MS"): those stay (module notes)
    assert len(PEOPLE) >= 30 and len(SKIPPED) <= len(PEOPLE) // 3, (len(PEOPLE), SKIPPED)


@pytest.mark.parametrize("full, letters, template", CASES)
def test_initials_go_and_the_pseudonym_reads_as_a_name(full, letters, template):
    text = _written(template, letters)
    out = quiet_redactor(_rules(full)).redact_text(text)
    assert not re.search(rf"(?<![^\W_]){re.escape(letters)}(?![^\W_])", out), out
    assert _dotted(letters) not in out, out
    assert "Ruth Green" in out and "RUTH GREEN" not in out, out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok


@pytest.mark.parametrize("full, letters, template", CASES)
def test_verify_reports_the_initials(full, letters, template):
    verdict = verify_bytes(_written(template, letters).encode(), "txt", _rules(full))
    assert not verdict.ok and {leak.kind for leak in verdict.leaks} == {"person"}


@pytest.mark.parametrize("full, letters", PEOPLE[:6])
def test_initials_in_lower_case_or_inside_a_word_stay(full, letters):
    text = f"Her code was {letters.lower()} and the file was x{letters}y.txt."
    assert quiet_redactor(_rules(full)).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(full)).ok


# People whose initials a report also writes for something else: the acronym stays, in apply and in verify.
COLLIDING = [
    ("Samantha Amy Rogers", "The SAR panel met in May; a SAR was not needed."),
    ("Ian Mark Rowe", "Each IMR author was briefed."),
    ("Grace Penny", "She saw her GP twice."),
    ("Oksana Kovalenko", "She said it was OK to call."),
    ("Ivan Vance", "He was given an IV drip."),
    ("Mary Alice Sharp", "The MASH referral was made."),
    ("Anna Nadia Dale", "ALL AND ANY"),
    ("Oliver Carl Thomas", "Seen on 3 OCT 2022."),
    ("Jane Ann Morris", "JAM TODAY"),
]


@pytest.mark.parametrize("full, text", COLLIDING)
def test_an_acronym_the_initials_spell_stays(full, text):
    assert quiet_redactor(_rules(full)).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(full)).ok


def test_a_role_word_the_rules_write_in_capitals_is_no_one_s_initials():
    rules = {**_rules("Karen Walsh"), "policy": {"roles": {"key worker": {"words": ["KW", "key worker"]}}}}
    from redact.initials import ListedInitials
    from redact.pipeline import as_rules

    assert "KW" not in ListedInitials(as_rules(rules)).letters
    assert "KW" in ListedInitials(as_rules(_rules("Karen Walsh"))).letters
    # the default policy's own ("HV" for a health visitor)
    assert "HV" not in ListedInitials(as_rules(_rules("Hannah Vaughan"))).letters


def test_every_acronym_the_recognisers_skip_is_no_one_s_initials():
    from redact.detect.recognizers._common import DOMAIN_ACRONYMS

    assert all(is_other_capital_word(word) for word in DOMAIN_ACRONYMS if word.isupper())


def test_shared_initials_go_to_the_person_listed_first():
    rules = {"people": [{"name": "Grace Sowerby Dunn", "pseudonym": "Mary"},
                        {"name": "Gareth Simon Davies", "pseudonym": "Tom"}],
             "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("GSD met GSD.")
    assert "GSD" not in out and "Mary" in out


def test_a_name_without_the_marks_gives_the_initials_either_way():
    rules = _rules("Łukasz Żak")
    out = quiet_redactor(rules).redact_text("LZ and ŁŻ were seen.")
    assert "LZ" not in out and "ŁŻ" not in out
    assert not verify_bytes("ŁŻ was seen.".encode(), "txt", rules).ok


def test_every_part_of_a_docx_loses_the_initials_and_verify_agrees(tmp_path):
    from docx_factory import CT, DocxBuilder, header_part, notes_part, paragraph, run

    from redact import verify_file

    rules = _rules("Gurpreet Singh Dhillon")
    builder = DocxBuilder()
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: "GSD's sister gave this account."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    builder.add_part("word/comments.xml",
                     '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     f'<w:comment w:id="0" w:author="Panel" w:initials="P">{paragraph(run("Check G.S.D. dates"))}'
                     '</w:comment></w:comments>', CT + "comments+xml", rel_type="comments")
    header_id = builder.add_part("word/header1.xml", header_part(paragraph(run("DHR: GSD chronology"))),
                                 CT + "header+xml", rel_type="header")
    builder.append_body(
        paragraph(run("Officers spoke to "), run("GS", bold=True), run("D at the address.")),
        paragraph('<w:commentRangeStart w:id="0"/>', run("The panel met."), '<w:commentRangeEnd w:id="0"/>'
                  '<w:r><w:commentReference w:id="0"/></w:r>', '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header_id}"/>')
    source = builder.build(tmp_path / "draft.docx")
    before = verify_file(source, rules)
    places = {leak.location.split(" ", 1)[0] for leak in before.leaks if leak.kind == "person"}
    assert {"word/document.xml", "word/header1.xml", "word/footnotes.xml", "word/comments.xml"} <= places, places
    out = tmp_path / "out.docx"
    report = quiet_redactor(rules).redact_file(source, out, keep_comments=True)
    assert report.verdict.ok and verify_file(out, rules).ok


def test_initials_listed_as_an_alias_read_as_the_pseudonym():
    # "OK" is also a word, so it is looked for only where the author lists it (docs/rules.md)
    rules = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena", "aliases": ["OK"]}],
             "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("Officers spoke to OK at the address. OK said she was fine.")
    assert out == "Officers spoke to Olena at the address. Olena said she was fine."
    assert verify_bytes(out.encode(), "txt", rules).ok
