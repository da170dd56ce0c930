"""The Word review copy (``apply --review-copy``): every replacement a tracked change, accepting them all gives the
published copy's text, verify always fails it; it opens in python-docx and LibreOffice.

Most tests need no language model: they make a review copy from edits of their own, drawn at random over every
kind of text a .docx holds (split runs, hyperlinks, tabs, fields, content controls, text boxes, notes, headers,
tables, alt text, properties), and compare what accepting all its changes says with what the same edits written
directly say. The end-to-end tests run the whole pipeline on the bundled example, a generated draft (a seed
outside the held-back range) and, when ../shared is present, every fixture.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from redact.documents.base import Edit
from redact.documents.docx.document import DocxDocument
from redact.documents.docx.package import DocxPackage
from redact.documents.docx.review_copy import (AUTHOR, Composition, accept_all,
                                               banner_paragraphs, build_review_copy)
from redact.documents.docx.segmenter import collect_segments
from redact.verify import REVIEW_COPY, REVIEW_COPY_BANNER, verify_file

from conftest import CASES, EXAMPLES, FIXTURES, REPO
from docx_factory import (DocxBuilder, NSDECL, W_NS, header_part, inline_picture, notes_part, paragraph, run,
                           set_properties, table, text_box, tracked_deletion, tracked_insertion)

W = f"{{{W_NS}}}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

# Names from many communities, split and formatted in every way a draft does.
NAMES = ["Nguyễn Thị Hoa", "Oluwaseun Adebayo", "Zofia Wójcik-Nowak", "Siobhán Ní Bhriain", "Mohammed Al-Farsi",
         "Xu Mingzhe", "Hodan Warsame", "Priya Raghunathan", "Delroy Campbell", "Ayşe Yılmaz", "Kwame Mensah",
         "Đặng Thu Trang", "Grzegorz Brzęczyszczykiewicz", "Aoife O'Sullivan"]
PSEUDONYMS = ["Anna", "Person 3", "[address]", "[date removed]", "", "Ben", "Area A", "in May 2023"]


# ---------------------------------------------------------------------- composing rounds of edits
def _random_edits(rng: random.Random, text: str, most: int = 4) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits of ``text``: replacements, deletions, insertions."""
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 2 * rng.randint(0, most))))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        if rng.random() < 0.15:
            end = start                                   # a pure insertion
        edits.append((start, end, rng.choice(PSEUDONYMS + NAMES)))
    return edits


def _apply(text: str, edits) -> str:
    for start, end, replacement, *_ in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def test_rounds_of_edits_compose_into_edits_of_the_original():
    rng = random.Random(3000)
    for _ in range(400):
        original = " ".join(rng.choice(NAMES + ["met", "on 14 May 2023", "at", "the GP"]) for _ in range(6))
        composition, current = Composition(original), original
        for _round in range(rng.randint(1, 3)):
            edits = _random_edits(rng, current)
            composition.apply([(s, e, r, None) for s, e, r in edits])
            current = _apply(current, edits)
            assert composition.text == current
        composed = composition.edits()
        spans = sorted((e.start, e.end) for e in composed)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), spans
        assert _apply(original, [(e.start, e.end, e.replacement) for e in composed]) == current


def test_a_later_edit_inside_an_earlier_replacement_takes_it_whole():
    composition = Composition("Joanne Pryor met Sam")
    composition.apply([(0, 12, "Person 1 Pryor", "first")])      # a first round left part of the name
    composition.apply([(9, 14, "", "second")])                   # verify's pass removes it
    assert composition.text == "Person 1  met Sam"
    [edit] = composition.edits()
    assert (edit.start, edit.end, edit.replacement) == (0, 12, "Person 1 ")
    assert edit.notes == ("first", "second")


# ---------------------------------------------------------------------- a draft with every kind of text
def _varied_draft(path: Path, rng: random.Random) -> Path:
    """A .docx whose names sit in split runs, hyperlinks, fields, content controls, text boxes, notes, tables..."""
    name = lambda: rng.choice(NAMES)  # noqa: E731
    first, rest = name().split(" ", 1)
    builder = DocxBuilder(docx.Document())
    link = builder.add_relationship(builder.main_part, "hyperlink", "mailto:someone@example.org", external=True)
    picture = builder.add_image()
    builder.append_body(
        paragraph(run(f"Review into the death of {first[:2]}", bold=True), run(first[2:] + " ", italic=True),
                  run(rest + ".")),
        paragraph(run(f"{name()} called"), "<w:r><w:tab/></w:r>", run(f"{name()}, who\u00a0wrote to "),
                  f'<w:hyperlink r:id="{link}">{run(name(), underline=True)}</w:hyperlink>', run(".")),
        paragraph(run(f"Seen by {name()}"), "<w:r><w:br/></w:r>", run(f"and {name()} on 14 May 2023."),
                  f"<w:r><w:t>{first}</w:t><w:noBreakHyphen/><w:t>{rest}</w:t></w:r>"),
        paragraph(run("Subject: "), f'<w:sdt><w:sdtPr><w:alias w:val="Subject"/><w:text/></w:sdtPr><w:sdtContent>'
                                    f'{run(name())}</w:sdtContent></w:sdt>', run(" (the victim).")),
        paragraph(run("Author: "), f'<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>{name()}</w:t></w:r></w:fldSimple>',
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF '
                  'victim </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                  run(name()), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(f" and {name()}.")),
        paragraph(text_box(paragraph(run(f"{name()} was killed by {name()}.")))),
        paragraph(inline_picture(picture, descr=f"Photograph of {name()}", title=name())),
        paragraph(run(f"{name()} said"), '<w:r><w:footnoteReference w:id="1"/></w:r>', run(f" to {name()}.")),
        table([name(), f"GP: {name()}"], [f"{name()} (sister)", "Area: Hartsford"]),
        paragraph(run(f"{name()}'s family and {name().upper()} were told.")),
    )
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: f"Statement of {name()}."}),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                     rel_type="footnotes")
    header = builder.add_part("word/header1.xml", header_part(paragraph(run(f"DHR: {name()}"))),
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                              rel_type="header")
    builder.section_properties(f'<w:headerReference {NSDECL} w:type="default" r:id="{header}"/>')
    set_properties(builder, core={"title": f"Overview report: {name()}"})
    return builder.build(path)


# where a draft's words are (style and font names in styles.xml are attributes too, but nobody's name)
_WORDS = ("word/document.xml#", "word/header1.xml#", "word/footnotes.xml#", "docProps/core.xml#dc:title")


def _history(path: Path, rng: random.Random, rounds: int = 2) -> list:
    """Random rounds of edits over the segments holding words (text, alt text, title, link target), each round
    indexing the segments as the last one left them."""
    document = DocxDocument(path, publication=None)
    history = []
    for _ in range(rounds):
        edits = []
        for index, segment in enumerate(document.segments):
            if not segment.location.startswith(_WORDS) or ("@" in segment.location and not segment.location.endswith(
                    ("@descr", "@title", "@Target"))):
                continue
            edits += [Edit(index, s, e, r) for s, e, r in _random_edits(rng, segment.text, most=2)
                      if rng.random() < 0.8]
        document.apply(edits)
        history.append(("apply", edits))
    return history


def _published_segments(path: Path, history) -> list[tuple[str, str]]:
    """What the same edits written straight into the draft (the published copy's way) make of it."""
    document = DocxDocument(path, publication=None)
    for _, edits in history:
        document.apply(edits)
    return [(s.location, s.text) for s, _ in collect_segments(DocxPackage.from_bytes(document.to_bytes()))]


def _accepted_segments(data: bytes) -> list[tuple[str, str]]:
    return [(s.location, s.text) for s, _ in collect_segments(accept_all(data))]


def _note(round_number: int, edit: Edit) -> str | None:
    return f"round {round_number}: found by a test recogniser" if edit.segment % 2 else None


@pytest.mark.parametrize("seed", range(3000, 3003))
def test_accepting_every_tracked_change_gives_what_the_edits_write(tmp_path, seed):
    rng = random.Random(seed)
    draft = _varied_draft(tmp_path / "draft.docx", rng)
    history = _history(draft, rng)
    data, summary = build_review_copy(draft, history, _note)
    assert summary.tracked > 0
    assert _accepted_segments(data) == _published_segments(draft, history)
    _check_structure(data)


def test_removing_images_between_rounds_is_replayed(tmp_path):
    rng = random.Random(3400)
    draft = _varied_draft(tmp_path / "draft.docx", rng)
    document = DocxDocument(draft, publication=None)
    first = [Edit(i, 0, len(s.text), "Anna") for i, s in enumerate(document.segments)
             if s.location.endswith(("@descr", "@title")) or s.text.startswith("Seen by")]
    document.apply(first)
    document.remove_images()
    second = [Edit(i, 0, 4, "Noted") for i, s in enumerate(document.segments) if s.text.startswith("Anna")]
    document.apply(second)
    data, _ = build_review_copy(draft, document.history, _note)
    assert [entry[0] for entry in document.history] == ["apply", "remove_images", "apply"]
    published = [(s.location, s.text) for s, _ in collect_segments(DocxPackage.from_bytes(document.to_bytes()))]
    assert _accepted_segments(data) == published
    assert b"descr=" not in DocxPackage.from_bytes(data).part_bytes("word/document.xml")


def test_with_revisions_kept_an_edit_inside_the_drafts_own_revision_is_made_directly(tmp_path):
    builder = DocxBuilder(docx.Document())
    builder.append_body(paragraph(run("Chair: "), tracked_insertion(run("Priya Raghunathan")), run(" and "),
                                  tracked_deletion("Delroy Campbell"), run(" met Ayşe Yılmaz.")))
    draft = builder.build(tmp_path / "revisions.docx")
    document = DocxDocument(draft, publication=None)
    index = next(i for i, s in enumerate(document.segments) if s.text.startswith("Chair"))
    text = document.segments[index].text
    edits = [Edit(index, text.index(name), text.index(name) + len(name), f"Person {n}")
             for n, name in enumerate(("Priya Raghunathan", "Delroy Campbell", "Ayşe Yılmaz"), start=1)]
    document.apply(edits)
    data, summary = build_review_copy(draft, document.history, lambda *_: None)
    assert (summary.tracked, summary.direct) == (1, 2)
    published = DocxPackage.from_bytes(document.to_bytes())
    from redact.documents.docx.publication import accept_revisions

    for part in published.xml_parts():
        accept_revisions(published.xml(part))
    assert _accepted_segments(data) == [(s.location, s.text) for s, _ in collect_segments(published)]
    _check_structure(data, ours_only=False)


def test_the_drafts_own_comments_stay_beside_ours_when_comments_are_kept(tmp_path):
    builder = DocxBuilder(docx.Document())
    builder.append_body(paragraph('<w:commentRangeStart w:id="0"/>', run("Grzegorz Brzęczyszczykiewicz phoned."),
                                  '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'))
    builder.add_part("word/comments.xml", f'<w:comments {NSDECL}><w:comment w:id="0" w:author="Chair" '
                     f'w:initials="C"><w:p>{run("Check with Aoife O&apos;Sullivan")}</w:p></w:comment></w:comments>',
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                     rel_type="comments")
    draft = builder.build(tmp_path / "comments.docx")
    document = DocxDocument(draft, keep_comments=True, publication=None)
    edits = [Edit(i, 0, s.text.index(" ") if s.text.startswith("Grz") else len(s.text), "Person 1")
             for i, s in enumerate(document.segments) if s.text.startswith(("Grzegorz", "Check with"))]
    document.apply(edits)
    data, summary = build_review_copy(draft, document.history, lambda *_: "found by TestRecognizer",
                                      keep_comments=True)
    package = DocxPackage.from_bytes(data)
    authors = [c.get(f"{W}author") for c in package.xml("word/comments.xml").iter(f"{W}comment")]
    assert sorted(authors) == sorted([AUTHOR, "Chair"])      # one part: the chair's comment (edited in place) and ours
    published = [(s.location, s.text) for s, _ in collect_segments(DocxPackage.from_bytes(document.to_bytes()))]
    assert _accepted_segments(data) == published
    _check_structure(data)


def _check_structure(data: bytes, ours_only: bool = True) -> None:
    """Well-formed revisions: ours carry author and date, ids are unique, none nests in another, every comment
    anchor has its comment, and the file opens in python-docx with the banner first."""
    package = DocxPackage.from_bytes(data)
    ids, comment_ids, anchors = [], set(), set()
    for part in package.xml_parts():
        root = package.xml(part)
        for element in root.iter(f"{W}ins", f"{W}del"):
            if element.get(f"{W}author") != AUTHOR and not ours_only:
                continue
            assert element.get(f"{W}author") == AUTHOR and element.get(f"{W}date")
            assert not any(a.tag in (f"{W}ins", f"{W}del") for a in element.iterancestors())
            ids.append(element.get(f"{W}id"))
        for element in root.iter(f"{W}del"):
            assert not list(element.iter(f"{W}t")), "deleted text must be w:delText"
        comment_ids |= {c.get(f"{W}id") for c in root.iter(f"{W}comment")}
        anchors |= {a.get(f"{W}id") for a in root.iter(f"{W}commentReference")}
    assert len(ids) == len(set(ids))
    assert anchors <= comment_ids
    opened = docx.Document(_as_file(data))
    assert opened.paragraphs[0].text == REVIEW_COPY_BANNER


def _as_file(data: bytes):
    import io

    return io.BytesIO(data)


def test_a_name_split_over_runs_is_deleted_run_by_run_and_inserted_in_the_first_runs_formatting(tmp_path):
    builder = DocxBuilder(docx.Document())
    builder.append_body(paragraph(run("Met "), run("Ngu", bold=True), run("yễn Hoa", italic=True), run(" today")))
    draft = builder.build(tmp_path / "split.docx")
    document = DocxDocument(draft, publication=None)
    [segment] = [s for s in document.segments if s.text.startswith("Met")]
    index = document.segments.index(segment)
    data, _ = build_review_copy(draft, [("apply", [Edit(index, 4, 14, "Anna")])], lambda *_: None)
    body = DocxPackage.from_bytes(data).xml("word/document.xml").find(f"{W}body")
    paragraph_xml = [p for p in body.iter(f"{W}p") if "Met" in "".join(p.itertext())][0]
    changes = [(etree.QName(c).localname, "".join(c.itertext()), c.find(f".//{W}b") is not None)
               for c in paragraph_xml if c.tag in (f"{W}del", f"{W}ins")]
    assert changes == [("del", "Ngu", True), ("del", "yễn Hoa", False), ("ins", "Anna", True)]


def test_a_match_over_a_tab_keeps_the_tab_after_the_replacement(tmp_path):
    builder = DocxBuilder(docx.Document())
    builder.append_body(paragraph(run("Hodan"), "<w:r><w:tab/></w:r>", run("Warsame spoke")))
    draft = builder.build(tmp_path / "tab.docx")
    document = DocxDocument(draft, publication=None)
    index = next(i for i, s in enumerate(document.segments) if s.text.startswith("Hodan"))
    history = [("apply", [Edit(index, 0, 13, "Person 2")])]
    data, _ = build_review_copy(draft, history, lambda *_: None)
    accepted = dict(_accepted_segments(data))
    assert accepted[document.segments[index].location] == "Person 2\t spoke"
    assert accepted == dict(_published_segments(draft, history))


def test_unlisted_finds_carry_a_comment_and_direct_replacements_give_the_original(tmp_path):
    builder = DocxBuilder(docx.Document())
    builder.append_body(
        paragraph(run("Seen by Kwame Mensah and "),
                  f'<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>{run("Hodan Warsame")}</w:sdtContent></w:sdt>'),
        paragraph(run("Author: "), f'<w:fldSimple w:instr=" AUTHOR ">{run("Zofia Wójcik")}</w:fldSimple>',
                  run(", ref "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF v '
                  '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("Xu Mingzhe"),
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    draft = builder.build(tmp_path / "draft.docx")
    segments = DocxDocument(draft, publication=None).segments
    edits = []
    for index, segment in enumerate(segments):
        for name in ("Kwame Mensah", "Hodan Warsame", "Zofia Wójcik", "Xu Mingzhe"):
            if name in segment.text and "instr" not in segment.location:
                start = segment.text.index(name)
                edits.append(Edit(index, start, start + len(name), "Person 1"))
    data, summary = build_review_copy(draft, [("apply", edits)], lambda r, e: "found by TestRecognizer")
    package = DocxPackage.from_bytes(data)
    comments = {"".join(c.itertext()) for part in package.xml_parts() for c in package.xml(part).iter(f"{W}comment")}
    assert (summary.tracked, summary.direct, summary.comments) == (1, 3, 4)
    assert all("found by TestRecognizer" in text for text in comments)
    # a content control and a field's result cannot hold a tracked change: replaced directly, and the comment says
    # what stood there
    for name in ("Hodan Warsame", "Zofia Wójcik", "Xu Mingzhe"):
        assert any(f"\u201c{name}\u201d replaced by \u201cPerson 1\u201d directly" in text for text in comments)
    assert _accepted_segments(data) == _published_segments(draft, [("apply", edits)])
    _check_structure(data)


# ---------------------------------------------------------------------- verify fails a review copy, always
def test_verify_fails_the_review_copy_even_after_its_banner_or_its_property_is_gone(tmp_path):
    rng = random.Random(3200)
    draft = _varied_draft(tmp_path / "draft.docx", rng)
    history = _history(draft, rng, rounds=1)
    data, _ = build_review_copy(draft, history, _note)
    review = tmp_path / "review.docx"
    review.write_bytes(data)
    verdict = verify_file(review)                      # no rules at all: the marker alone fails it
    assert not verdict.ok and verdict.leaks[0].kind == REVIEW_COPY

    # banner deleted by hand, every change accepted: the document property still says what the file is
    package = accept_all(data)
    main = package.xml(package.main_part)
    assert not banner_paragraphs(main)
    stripped_banner = tmp_path / "no-banner.docx"
    _add_property_back(package, data)
    stripped_banner.write_bytes(package.to_bytes())
    assert [leak.kind for leak in verify_file(stripped_banner).leaks] == [REVIEW_COPY]

    # properties cleared (Word's Document Inspector), banner kept: the banner says it
    without_property = tmp_path / "no-property.docx"
    _copy_without(review, without_property, "docProps/custom.xml")
    assert [leak.kind for leak in verify_file(without_property).leaks] == [REVIEW_COPY]

    # and a text or PDF made from it says it too
    text = tmp_path / "review.txt"
    text.write_text("\n".join(p.text for p in docx.Document(str(review)).paragraphs), encoding="utf-8")
    assert verify_file(text).leaks[0].kind == REVIEW_COPY


def _add_property_back(package, data: bytes) -> None:
    original = DocxPackage.from_bytes(data)
    name = "docProps/custom.xml"
    if package.find(name) is None:
        package.add_xml_part(name, original.xml(name))


def _copy_without(source: Path, target: Path, part: str) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info, old.read(info))


def test_the_published_copy_never_carries_the_marker(tmp_path):
    rng = random.Random(3300)
    draft = _varied_draft(tmp_path / "draft.docx", rng)
    history = _history(draft, rng, rounds=1)
    document = DocxDocument(draft, publication=None)
    for _, edits in history:
        document.apply(edits)
    published = tmp_path / "published.docx"
    document.save(published)
    assert not [leak for leak in verify_file(published).leaks if leak.kind == REVIEW_COPY]


# ---------------------------------------------------------------------- the command line
def test_a_text_draft_is_refused_before_any_work(tmp_path):
    from click.testing import CliRunner

    from redact.cli import main

    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.txt"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(tmp_path / "out.txt"),
                                       "--review-copy", str(tmp_path / "review.docx")])
    assert result.exit_code == 2
    assert "needs a Word (.docx) draft" in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("target, words", [("review.txt", "give it a .docx name"),
                                           ("out.docx", "over the output")])
def test_a_review_copy_target_the_output_checks_refuse_is_refused(tmp_path, target, words):
    from click.testing import CliRunner

    from redact.cli import main

    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(tmp_path / "out.docx"),
                                       "--review-copy", str(tmp_path / target)])
    assert result.exit_code == 2 and words in result.output
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def bundled_example(tmp_path_factory):
    """The bundled example through the command line: published copy, review copy and the command's output."""
    from click.testing import CliRunner

    from redact.cli import main

    folder = tmp_path_factory.mktemp("example")
    published, review = folder / "published.docx", folder / "review.docx"
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(published),
                                       "--review-copy", str(review)])
    return published, review, result


def test_apply_writes_a_private_review_copy_that_accepts_to_the_published_copy(bundled_example):
    published, review, result = bundled_example
    assert result.exit_code == 0, result.output
    assert f"review copy:   {review}" in result.output
    assert review.stat().st_mode & 0o077 == 0          # it holds the original names, like the draft
    assert _accepted_segments(review.read_bytes()) == \
        [(s.location, s.text) for s, _ in collect_segments(DocxPackage.open(published))]
    _check_structure(review.read_bytes())


def test_redact_verify_fails_the_review_copy_and_passes_the_published_copy(bundled_example):
    from click.testing import CliRunner

    from redact.cli import main

    published, review, _ = bundled_example
    rules = str(EXAMPLES / "example-rules.yaml")
    failed = CliRunner().invoke(main, ["verify", str(review), "--rules", rules])
    assert failed.exit_code == 1
    assert failed.output.splitlines()[0].startswith(f"LEAK {review}: word/document.xml paragraph 0: review_copy")
    assert CliRunner().invoke(main, ["verify", str(published), "--rules", rules]).exit_code == 0


@pytest.fixture(scope="module")
def generated_copy(tmp_path_factory):
    """A generated draft (a seed outside the held-back range) through the pipeline: report, published, review."""
    sys.path.insert(0, str(REPO))
    from benchmarks.drafts import HELD_BACK_START, generate_case, write_case
    from redact import Redactor, load_rules
    from redact.documents.docx.review_copy import write_review_copy

    seed = 3001
    assert not HELD_BACK_START <= seed < HELD_BACK_START + 24
    folder = tmp_path_factory.mktemp("generated")
    paths = write_case(generate_case(seed), folder / "case")
    rules = load_rules(paths["rules"])
    published, review = folder / "published.docx", folder / "generated-review.docx"
    with _no_warnings_shown():
        report = Redactor(rules).redact_file(paths["docx"], published)
    summary = write_review_copy(report, review, rules=rules)
    return report, summary, published, review, rules


@pytest.mark.slow
def test_a_generated_draft_review_copy_accepts_to_its_published_copy(generated_copy):
    report, summary, published, review, rules = generated_copy
    data = review.read_bytes()
    assert _accepted_segments(data) == [(s.location, s.text) for s, _ in collect_segments(DocxPackage.open(published))]
    _check_structure(data)
    unlisted = [d for d in report.decisions if d.replaces and d.finding.listed_index is None
                and d.finding.source not in ("rule", "verify")]
    assert (summary.noted > 0) == bool(unlisted)
    assert verify_file(review, rules).leaks[0].kind == REVIEW_COPY


class _no_warnings_shown:
    def __enter__(self):
        import warnings

        self._context = warnings.catch_warnings()
        self._context.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        return self._context.__exit__(*exc)


@pytest.fixture(scope="module")
def fixture_copies(tmp_path_factory):
    """Every shared fixture: (published, review copy) written by the pipeline."""
    if not FIXTURES.exists():
        pytest.skip("../shared/fixtures is not present (CI has it)")
    from redact import Redactor, load_rules
    from redact.documents.docx.review_copy import write_review_copy

    folder = tmp_path_factory.mktemp("fixtures")
    copies = {}
    for case in CASES:
        rules = load_rules(FIXTURES / case / "rules.yaml")
        published, review = folder / f"{case}-published.docx", folder / f"{case}-review.docx"
        with _no_warnings_shown():
            report = Redactor(rules).redact_file(FIXTURES / case / "draft.docx", published)
        write_review_copy(report, review, rules=rules)
        copies[case] = (published, review, rules)
    return copies


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("case", CASES or ["(none)"])
def test_every_fixture_review_copy_accepts_to_its_published_copy_and_fails_verify(fixture_copies, case):
    published, review, rules = fixture_copies[case]
    data = review.read_bytes()
    assert _accepted_segments(data) == [(s.location, s.text) for s, _ in collect_segments(DocxPackage.open(published))]
    _check_structure(data)
    verdict = verify_file(review, rules)
    assert not verdict.ok and verdict.leaks[0].kind == REVIEW_COPY


@pytest.mark.slow
def test_libreoffice_opens_the_review_copies(bundled_example, request, tmp_path):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    copies = [bundled_example[1], request.getfixturevalue("generated_copy")[3]]
    if FIXTURES.exists():
        copies += [review for _, review, _ in request.getfixturevalue("fixture_copies").values()]
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "txt"),
                    *map(str, copies)], check=True, capture_output=True, timeout=600)
    for review in copies:
        text = (tmp_path / "txt" / f"{review.stem}.txt").read_text(encoding="utf-8-sig")
        assert REVIEW_COPY_BANNER in text, review.name
        assert len(text) > 2000



# ---------------------------------------------------------------------- the author's decisions back into the rules
def _decide(data: bytes, comment_id: str, accept: bool) -> bytes:
    """What Word's Accept or Reject does to our change under one comment (the comment stays)."""
    package = DocxPackage.from_bytes(data)
    root = package.xml("word/document.xml")
    inside, changes = False, []
    for element in root.iter():
        if element.tag == f"{W}commentRangeStart" and element.get(f"{W}id") == comment_id:
            inside = True
        elif element.tag == f"{W}commentRangeEnd" and element.get(f"{W}id") == comment_id:
            break
        elif inside and element.tag in (f"{W}ins", f"{W}del") and element.get(f"{W}author") == AUTHOR:
            changes.append(element)
    assert changes
    for change in changes:
        keep = (change.tag == f"{W}ins") == accept
        if keep:
            for text in change.iter(f"{W}delText"):
                text.tag = f"{W}t"
            for child in list(change):
                change.addprevious(child)
        change.getparent().remove(change)
    package.mark_dirty("word/document.xml")
    return package.to_bytes()


def test_rejected_changes_of_unlisted_finds_become_keep_entries_of_the_rules(tmp_path):
    from redact.documents.docx.review_copy import keep_rejections, rejections
    from redact.rules import load_rules

    builder = DocxBuilder(docx.Document())
    builder.append_body(paragraph(run("Rose Okonkwo said that "), run("Hope", bold=True),
                                  run(" was with Đặng Thu Trang at the Grace Hall.")))
    draft = builder.build(tmp_path / "draft.docx")
    document = DocxDocument(draft, publication=None)
    index = next(i for i, s in enumerate(document.segments) if s.text.startswith("Rose"))
    text = document.segments[index].text
    found = {"Rose Okonkwo": "Person 1", "Hope": "Person 2", "Đặng Thu Trang": "Person 3", "Grace Hall": "[place]"}
    document.apply([Edit(index, text.index(w), text.index(w) + len(w), r) for w, r in found.items()])
    data, _ = build_review_copy(
        draft, document.history, lambda _round, edit: f"{AUTHOR}: person found by TestRecognizer (score 0.85), "
                                                      f"not listed; replaced by \u201c{edit.replacement}\u201d.")
    package = DocxPackage.from_bytes(data)
    ids = {"".join(c.itertext()).split("\u201c")[1].split("\u201d")[0]: c.get(f"{W}id")
           for c in package.xml("word/comments.xml").iter(f"{W}comment")}
    data = _decide(data, ids["Person 2"], accept=False)      # "Hope" is the word, not a person: rejected
    data = _decide(data, ids["[place]"], accept=False)       # so is the hall's name
    data = _decide(data, ids["Person 1"], accept=True)       # accepted; Person 3 is left pending
    review = tmp_path / "review.docx"
    review.write_bytes(data)
    assert [r.original for r in rejections(review)] == ["Hope", "Grace Hall"]

    rules = tmp_path / "rules.yaml"
    rules.write_text((EXAMPLES / "example-rules.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert keep_rejections(review, rules) == ["Hope", "Grace Hall"]
    assert load_rules(rules).keep[-2:] == ["Hope", "Grace Hall"]
    assert rules.read_text(encoding="utf-8").startswith("# Rules for the bundled example")   # the author's file
    assert keep_rejections(review, rules) == []                                            # already kept
    with pytest.raises(Exception, match="not a dhr-redact review copy"):
        keep_rejections(draft, rules)


@pytest.mark.slow
def test_apply_from_review_keeps_what_the_author_rejected(bundled_example, tmp_path):
    from click.testing import CliRunner

    from redact.cli import main
    from redact.documents.docx.review_copy import rejections
    from redact.rules import load_rules

    published, review, _ = bundled_example
    package = DocxPackage.open(review)
    comments = [c for c in package.xml("word/comments.xml").iter(f"{W}comment") if "found by" in "".join(c.itertext())]
    assert comments, "the example has unlisted finds"
    rejected_review = tmp_path / "review.docx"
    rejected_review.write_bytes(_decide(review.read_bytes(), comments[0].get(f"{W}id"), accept=False))
    [rejection] = rejections(rejected_review)
    rules = tmp_path / "rules.yaml"
    rules.write_text((EXAMPLES / "example-rules.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules", str(rules),
                                       "-o", str(tmp_path / "again.docx"), "--from-review", str(rejected_review),
                                       "--json"])
    assert result.exit_code == 0, result.output
    assert "1 rejected change(s) added to keep:" in result.stderr
    outcome = json.loads(result.stdout)     # the rules file it wrote to is listed with what it wrote
    assert outcome["kept_from_review"] == [rejection.original]
    assert {"kind": "rules", "path": str(rules)} in outcome["written"]
    assert rejection.original in load_rules(rules).keep
    again = " ".join(p.text for p in docx.Document(str(tmp_path / "again.docx")).paragraphs)
    assert rejection.original in again
