"""The HTML review report (``redact apply --report``, ``redact.review``).

The page is checked as a reader gets it: every change of the redaction is marked in the draft's text with its
original and replacement, nothing changed outside a mark (the marked text, replacements taken, is the published
text), the entity table accounts for every change, the page loads nothing from anywhere, and ``verify`` fails it.
The browser tests open it in headless Chromium (system Chromium through Playwright; skipped with a reason when
either is missing): a 20,000-word report must be ready in under two seconds and answer at once. The report of
every shared fixture is checked the same way in tests/test_fixtures_docx.py, on the redaction made there.
"""
from __future__ import annotations

import json
import random
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from redact import entities
from redact.cli import main
from redact.decide import Decision
from redact.documents import Segment, open_document
from redact.findings import Finding
from redact.pipeline import RedactionReport
from redact.review import KINDS, place_changes, render_report
from redact.review.changes import apply_changes
from redact.rules import as_rules
from redact.verify import Verdict


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from benchmarks.drafts.names import PSEUDONYMS_FEMALE, PSEUDONYMS_MALE, TRADITIONS  # noqa: E402

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

FILLER = ("the agency recorded that she attended the appointment and spoke about her worries with staff who "
          "made a referral to the service after the meeting where the family was also present and the plan "
          "was agreed by every partner before the next review of the case").split()


# --------------------------------------------------------------------------- a report made without the model


@dataclass
class Synthetic:
    report: RedactionReport
    rules: object
    published: list[str]          # each segment's text as the published copy holds it
    listed_counts: dict[str, int]  # rules name -> changes of that person


def synthetic_report(words: int, seed: int) -> Synthetic:
    """A draft of about ``words`` words with names of many naming traditions, redacted in two rounds as
    ``redact_file`` does (detection's edits, then verify's own pass on the edited text)."""
    rng = random.Random(seed)
    pseudonyms = list(PSEUDONYMS_FEMALE + PSEUDONYMS_MALE)
    people, used = [], set()
    for tradition in rng.sample(sorted(TRADITIONS.values(), key=lambda t: t.key), 12):
        given = rng.choice(tradition.female + tradition.male)
        family = rng.choice(tradition.surnames)[0]
        name = f"{family} {given}" if tradition.family_first else f"{given} {family}"
        if name in used or given in used:
            continue
        used |= {name, given}
        people.append((name, given, pseudonyms[len(people)]))
    rules = as_rules({"version": 1, "review": "Synthetic review", "dates": {"date_of_death": "2023-05-14"},
                      "people": [{"name": n, "pseudonym": p} for n, _, p in people],
                      "places": [{"name": "Kingsmere", "pseudonym": "Area B"}]})
    segments, first, later, kept, published = [], [], [], [], []
    counts = {name: 0 for name, _, _ in people}
    unlisted = ["Dr Okafor", "Mrs Wiśniewska", "Mr Nguyễn", "Ms Çelik", "Dr Ó Briain"]
    total, index = 0, 0
    while total < words:
        pieces: list[str] = []
        spans = []   # (start, end, replacement, entity type, listed index, source, person name)
        position = 0
        for _ in range(rng.randint(25, 60)):
            roll = rng.random()
            start = position + (1 if pieces else 0)
            if roll < 0.07:
                k = rng.randrange(len(people))
                name, given, pseudonym = people[k]
                text = rng.choice((name, given, name.upper()))
                spans.append((start, start + len(text), pseudonym.upper() if text.isupper() else pseudonym,
                               entities.PERSON, k, rng.choice(("rule", "verify")), name))
            elif roll < 0.08:
                text = rng.choice(unlisted)
                title, surname = text.split(" ", 1)
                number = unlisted.index(text) + 1
                spans.append((start, start + len(text), f"{title} Person {number}", entities.PERSON, None,
                              "TitledPersonRecognizer", None))
            elif roll < 0.085:
                text = rng.choice(("14 May 2023", "14/05/2023", "the fourteenth of May 2023"))
                spans.append((start, start + len(text), "[date removed]", entities.DATE_OF_DEATH, None, "rule", None))
            elif roll < 0.09:
                text = "07700 900" + str(rng.randint(100, 999))
                spans.append((start, start + len(text), "[phone]", entities.PHONE_NUMBER, None,
                              "UkPhoneRecognizer", None))
            elif roll < 0.093:
                text = "Kingsmere"
                spans.append((start, start + len(text), "Area B", entities.LOCATION, len(people), "rule", None))
            elif roll < 0.096:
                text = "Wealdshire Police"
                kept.append(Decision(Finding(start, start + len(text), text, entities.ORGANIZATION, 0.85,
                                             "SpacyRecognizer", index, f"word/document.xml#p{index}"),
                                     None, "kept by policy"))
            else:
                text = rng.choice(FILLER)
            pieces.append(text)
            position = start + len(text)
        text = " ".join(pieces)
        total += len(text.split())
        segments.append(Segment(f"word/document.xml#p{index}", text, "text"))
        # round one: what detection found, on the text as read; round two: verify's, on the edited text
        round_one = [s for s in spans if s[5] != "verify"]
        edited = _apply(text, [(s[0], s[1], s[2]) for s in round_one])
        for s in round_one:
            first.append(Decision(Finding(s[0], s[1], text[s[0]:s[1]], s[3], 1.0 if s[5] == "rule" else 0.85, s[5],
                                          index, segments[-1].location, s[4]), s[2], "listed" if s[4] is not None
                                  else "placeholder"))
        shift = {s[0]: sum(len(r[2]) - (r[1] - r[0]) for r in round_one if r[0] < s[0]) for s in spans}
        for s in spans:
            if s[5] == "verify":
                start = s[0] + shift[s[0]]
                assert edited[start:start + s[1] - s[0]] == text[s[0]:s[1]]
                later.append(Decision(Finding(start, start + s[1] - s[0], text[s[0]:s[1]], s[3], 1.0, "verify",
                                              index, segments[-1].location), s[2], "listed (found by verify)"))
        final = _apply(edited, [(d.finding.start, d.finding.end, d.replacement or "") for d in later
                                if d.finding.segment == index])
        published.append(final)
        for s in spans:
            if s[6] is not None:
                counts[s[6]] += 1
        index += 1
    report = RedactionReport("draft.docx", "published.docx", None, first + later, [], Verdict("published.docx",
                             checked_texts=len(segments)), segments=segments, kept=kept)
    return Synthetic(report, rules, published, counts)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, cursor = [], 0
    for start, end, replacement in sorted(edits):
        out += [text[cursor:start], replacement]
        cursor = end
    return "".join(out + [text[cursor:]])


# --------------------------------------------------------------------------- reading the page


def marks_of(tree) -> list:
    return tree.xpath(".//mark[contains(concat(' ', @class, ' '), ' c ')]")


def published_text(element) -> str:
    """A paragraph of the page as the published copy reads: originals and value labels left out."""
    copy = lxml.html.fromstring(lxml.html.tostring(element, encoding="unicode"))
    for gone in copy.xpath(".//del | .//span[@class='what']"):
        gone.drop_tree()
    return copy.text_content()


def check_page(html: str, report: RedactionReport, published: dict[int, str], rules=None) -> None:
    """Every change is a mark with its original and replacement, in reading order; the marked text with the
    replacements taken is the published text; the entity table accounts for each change once."""
    tree = lxml.html.fromstring(html)
    changes, unplaced = place_changes(report.segments, report.decisions)
    assert not unplaced
    marks = marks_of(tree)
    assert len(marks) == len(changes) == report.changes
    # numbered in reading order, so that "next" goes down the page
    assert [mark.get("data-c") for mark in marks] == [str(number) for number in range(len(marks))]
    shown = tree.xpath("//*[contains(concat(' ', @class, ' '), ' seg ')]")
    assert shown
    for element in shown:
        index = int(element.get("id")[1:])
        assert published_text(element) == published[index], report.segments[index].location
        expected = [(c.original, c.replacement, c.kind) for c in changes if c.segment == index]
        assert [(mark.xpath("string(./del)"), mark.xpath("string(./ins)"), mark.get("class").split()[1][2:])
                for mark in marks_of(element)] == expected
    # the entity table: each change in exactly one row; every listed person and place has a row
    rows = tree.xpath("//table[@class='entities']/tbody/tr")
    ids = [int(i) for row in rows for i in row.get("data-ids").split()]
    assert sorted(ids) == list(range(len(changes)))
    assert sum(int(row.xpath("string(./td[@class='n'])")) for row in rows) == len(changes)
    if rules is not None:
        names = {row.xpath("string(.//span[@class='name'])") for row in rows}
        assert {entry.name for entry in rules.listed()} <= names
    # the data every mark's details come from: one record per change
    data = json.loads(tree.xpath("string(//script[@id='report-data'])"))
    assert len(data["changes"]) == len(changes)
    assert {key for key, _ in KINDS} == set(data["kinds"])


def check_self_contained(html: str) -> None:
    tree = lxml.html.fromstring(html)
    assert tree.xpath("//meta[@name='generator']/@content") == ["dhr-redact-review-report"]
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy
    assert "NOT FOR PUBLICATION" in tree.xpath("string(//div[@class='banner'])")
    for link in tree.xpath("//@src | //@href[not(starts-with(., '#'))] | //link | //iframe | //img | //object"):
        pytest.fail(f"the report refers to something outside itself: {link}")
    # its own links lead to its own parts
    for anchor in tree.xpath("//@href"):
        assert tree.get_element_by_id(anchor[1:]) is not None


# --------------------------------------------------------------------------- without a browser


@pytest.mark.parametrize("seed", [3001, 3002, 3003])
def test_changes_are_placed_in_the_text_as_read(seed):
    made = synthetic_report(1500, seed)
    changes, unplaced = place_changes(made.report.segments, made.report.decisions)
    assert not unplaced and not any(c.approximate for c in changes)
    assert any(c.decision.finding.source == "verify" for c in changes)   # the second round is exercised
    by_segment: dict[int, list] = {}
    for change in changes:
        assert made.report.segments[change.segment].text[change.start:change.end] == change.original
        by_segment.setdefault(change.segment, []).append(change)
    for index, segment in enumerate(made.report.segments):
        assert apply_changes(segment.text, by_segment.get(index, [])) == made.published[index]


@pytest.mark.parametrize("seed", [3004, 3005])
def test_the_page_marks_every_change_and_lists_every_entity(seed):
    made = synthetic_report(2500, seed)
    html = render_report(made.report, rules=made.rules)
    check_page(html, made.report, dict(enumerate(made.published)), made.rules)
    check_self_contained(html)
    tree = lxml.html.fromstring(html)
    rows = {row.xpath("string(.//span[@class='name'])"): int(row.xpath("string(./td[@class='n'])"))
            for row in tree.xpath("//table[@class='entities']/tbody/tr")}
    for name, count in made.listed_counts.items():
        assert rows[name] == count, name
    # what the policy kept and could be a name is offered to the author
    assert "Wealdshire Police" in tree.xpath("string(//ul[@class='kept-list'])")


def test_the_draft_cannot_write_into_the_page():
    """Text from a hostile draft (markup, a closing script tag) is shown as text, never run or parsed."""
    hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & Sophie’s <b>note</b>"
    segment = Segment("word/document.xml#p1", f"{hostile} met Joanne Pryor.", "text")
    start = segment.text.index("Joanne Pryor")
    finding = Finding(start, start + 12, "Joanne Pryor", entities.PERSON, 1.0, "rule", 0, segment.location, 0)
    report = RedactionReport("d.docx", "p.docx", None, [Decision(finding, "Anna", "listed")], [],
                             Verdict("p.docx"), segments=[segment],
                             kept=[Decision(Finding(0, 9, "</script>", entities.PERSON, 0.85, "</script>", 0,
                                                    "</script>"), None, "kept by policy")])
    rules = as_rules({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}]})
    html = render_report(report, rules=rules, title="<script>alert(3)</script>")
    tree = lxml.html.fromstring(html)
    assert len(tree.xpath("//script")) == 2 and not tree.xpath("//img | //b | //*[@onerror]")
    assert hostile in tree.xpath("string(//p[@id='s0'])")
    check_self_contained(html)
    check_page(html, report, {0: f"{hostile} met Anna."}, rules)


def test_each_part_is_named_as_every_place_names_it_in_reading_order():
    """Without the package (a report made by hand) a part is named from its name alone, in the places' words."""
    from redact.documents.docx.places import words_of_part
    from redact.review.view import _part_of

    parts = ["word/document.xml", "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footnotes.xml",
             "word/endnotes.xml", "word/comments.xml", "word/glossary/document.xml", "docProps/core.xml",
             "customXml/item1.xml", "customXml/item2.xml", "word/_rels/document.xml.rels"]
    named = [_part_of(f"{part}#p1") for part in parts]
    assert [words for _, words in named] == [words_of_part(part) for part in parts]
    assert len({words for _, words in named}) == len(parts)
    assert [rank for rank, _ in named] == sorted(rank for rank, _ in named)
    assert named[0][1] == "body" and _part_of("draft.txt#block2")[1] == "text"
    # what the document called its parts comes first: a header's section is known only from the package
    assert _part_of("word/header2.xml#p1", {"word/header2.xml": "header of section 2"})[1] == "header of section 2"


NOTE_NAMES = ["Nguyễn Thị Mai", "Wojciech Grzegorczyk", "Aisling Ní Bhriain", "Abdirahman Warsame", "Chukwuemeka Okonkwo",
              "Priya Raghunathan", "Ayşe Yılmaz", "Fatima Al-Hashimi"]


@pytest.mark.parametrize("name", NOTE_NAMES[::3])
def test_the_report_names_parts_and_their_texts_as_their_places_do(tmp_path, name):
    """The report's parts and the label of each text in them are the words of the segments' places (those scan,
    verify and the audit log print): "header of section 2", "footnote 1", "table 1 row 2 cell 2", not a wording
    of the report's own."""
    import docx
    from docx.enum.section import WD_SECTION

    from docx_factory import CT, DocxBuilder, notes_part, paragraph, run, set_properties
    from redact.documents.docx.document import DocxDocument

    source = docx.Document()
    source.add_heading("1. Introduction", level=1)
    source.add_paragraph(f"This review concerns {name}.")
    source.add_table(rows=2, cols=2).cell(1, 1).text = f"Seen with {name}"
    source.sections[0].header.paragraphs[0].text = f"Review into the death of {name}"
    second = source.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = f"Second section: {name}"
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = f"Footer: {name}"
    builder = DocxBuilder(source)
    builder.append_body(paragraph(run(f"The police knew {name}."), '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: f"Statement of {name}."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    set_properties(builder, core={"title": f"DHR {name}"})
    document = DocxDocument(builder.build(tmp_path / "draft.docx"))
    segments = document.segments
    decisions = []
    for index, segment in enumerate(segments):
        start = segment.text.find(name)
        if start >= 0:
            decisions.append(Decision(Finding(start, start + len(name), name, entities.PERSON, 1.0, "rule", index,
                                              segment.location, 0), "Anna", "listed"))
    report = RedactionReport("draft.docx", "published.docx", None, decisions, [], Verdict("published.docx"),
                             segments=segments, part_words=document.part_words())
    tree = lxml.html.fromstring(render_report(report))
    headings = [h.text.strip() for h in tree.xpath("//section[@class='part']/h2")]
    assert headings == ["Body", "Header of section 1", "Header of section 2", "Footer of section 2", "Footnotes",
                        "Document properties"]
    # the headers' words are those of their paragraphs' places
    assert {segment.place.part for segment in segments if segment.location.startswith("word/header")} == {
        "header of section 1", "header of section 2"}
    labels = {element.xpath("string(./span[@class='what'])"): published_text(element)
              for element in tree.xpath("//*[contains(concat(' ', @class, ' '), ' seg ')]")}
    assert labels["table 1 row 2 cell 2"] == "Seen with Anna"
    assert labels["footnote 1"].strip() == "Statement of Anna."
    assert labels["Title"] == "DHR Anna"
    # each change's details say where it is in the same words
    data = json.loads(tree.xpath("string(//script[@id='report-data'])"))
    wheres = {change[5] for change in data["changes"]}
    assert {str(segment.place) for segment in segments if name in segment.text} == wheres


def test_pictures_to_review_are_listed_where_they_are_shown():
    from redact.documents import ManualReviewItem
    from redact.documents.places import Place

    made = synthetic_report(200, 3010)
    made.report.manual_review = [ManualReviewItem("word/media/image1.png", "embedded image (png)")]
    made.report.places = {"word/media/image1.png": Place("body", "Chronology", None, "Ubah Farah at home")}
    tree = lxml.html.fromstring(render_report(made.report, rules=made.rules))
    items = tree.xpath("//ul[@class='review']/li")
    assert len(items) == 1
    text = items[0].text_content()
    assert "Chronology" in text and "embedded image (png)" in text and "word/media/image1.png" in text


def test_the_panel_says_what_publication_mode_did():
    made = synthetic_report(200, 3012)
    made.report.publication = {"revisions_accepted": 4, "revisions_by_element": {"ins": 4}, "hidden_runs_removed": 2,
                               "properties_neutralised": 3, "parts_removed": ["word/comments.xml"],
                               "tracking_ids_removed": 0}
    tree = lxml.html.fromstring(render_report(made.report, rules=made.rules))
    said = " ".join(tree.xpath("string(//section[contains(@class, 'verify')])").split())
    assert "4 tracked change(s) accepted, 2 hidden run(s) removed, 3 properties made neutral" in said
    assert "word/comments.xml" in said


def test_a_change_without_its_segment_is_listed_not_lost():
    """A report made without the text as read (an older caller) still accounts for every change."""
    made = synthetic_report(200, 3009)
    made.report.segments = []
    tree = lxml.html.fromstring(render_report(made.report, rules=made.rules))
    assert not marks_of(tree)
    listed = tree.xpath("//section[h2[starts-with(normalize-space(.), 'Changes not shown')]]//li")
    assert len(listed) == made.report.changes
    rows = tree.xpath("//table[@class='entities']/tbody/tr")
    assert sum(int(row.xpath("string(./td[@class='n'])")) for row in rows) == made.report.changes


# --------------------------------------------------------------------------- verify and the command line


def _rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\npeople:\n- name: Wanjiru Kamau\n  pseudonym: Anna\n", encoding="utf-8")
    return path


def test_verify_fails_a_review_report_whatever_its_name(tmp_path):
    made = synthetic_report(300, 3006)
    page = render_report(made.report, rules=made.rules)
    rules = _rules_file(tmp_path)
    folder = tmp_path / "published"
    folder.mkdir()
    (folder / "published.txt").write_text("Anna was seen by the GP.\n", encoding="utf-8")
    clean = CliRunner().invoke(main, ["verify", str(folder), "--rules", str(rules)])
    assert clean.exit_code == 0, clean.output
    for name in ("report.html", "notes.htm", "report.txt", "copy of report", ".hidden-report.html"):
        (folder / name).write_text(page, encoding="utf-8")
        result = CliRunner().invoke(main, ["verify", str(folder / name), "--rules", str(rules), "--json"])
        assert result.exit_code == 1, result.output
        assert json.loads(result.output)["leaks"][0]["kind"] == "review_report"
        # the folder it was left in fails too, whatever else is in it
        result = CliRunner().invoke(main, ["verify", str(folder), "--rules", str(rules)])
        assert result.exit_code == 1 and "review_report" in result.output
        (folder / name).unlink()
    # under a sub-folder too; Word's lock file beside an open draft is no document, a picture is said unread
    nested = folder / "appendices" / "old"
    nested.mkdir(parents=True)
    (nested / "report.html").write_text(page, encoding="utf-8")
    (folder / "~$published.docx").write_bytes(b"\x00lock")
    (folder / "chart.png").write_bytes(b"\x89PNG")
    result = CliRunner().invoke(main, ["verify", str(folder), "--rules", str(rules)])
    assert result.exit_code == 1 and "appendices/old/report.html" in result.output, result.output
    assert "~$published.docx" not in result.output and "not checked" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["verify", str(empty), "--rules", str(rules)])
    assert result.exit_code == 2 and "nothing to verify" in result.output


def test_apply_refuses_a_report_path_before_any_work(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Wanjiru Kamau moved to the town in 2019.\n", encoding="utf-8")
    rules = _rules_file(tmp_path)
    existing = tmp_path / "report.html"
    existing.write_text("older report", encoding="utf-8")
    mapping = tmp_path / "review-map.json"
    for report, reason in ((existing, "already exists"), (draft, "over the input"), (tmp_path, "is a folder"),
                           (tmp_path / "missing" / "r.html", "does not exist"), (tmp_path / "o.txt", "over the output"),
                           (mapping, "over the mapping")):
        result = CliRunner().invoke(main, ["apply", str(draft), "--rules", str(rules), "-o", str(tmp_path / "o.txt"),
                                           "--mapping", str(mapping), "--report", str(report)])
        assert result.exit_code == 2 and reason in result.output, result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / "o.txt").exists() and existing.read_text(encoding="utf-8") == "older report"


def test_apply_writes_a_private_report_that_shows_the_changes(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Review into the death of Wanjiru Kamau\n\nWanjiru Kamau lived with her brother. "
                     "Call 07700 900123 for the family.\n", encoding="utf-8")
    report = tmp_path / "review" / "report.html"
    report.parent.mkdir()
    result = CliRunner().invoke(main, ["apply", str(draft), "--rules", str(_rules_file(tmp_path)),
                                       "-o", str(tmp_path / "published.txt"), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(report.stat().st_mode) == 0o600      # it holds the original names
    tree = lxml.html.fromstring(report.read_text(encoding="utf-8"))
    originals = [mark.xpath("string(./del)") for mark in marks_of(tree)]
    assert originals.count("Wanjiru Kamau") == 2 and "07700 900123" in originals
    published = [segment.text for segment in open_document(tmp_path / "published.txt").segments]
    assert [published_text(p) for p in tree.xpath("//*[contains(@class, 'seg')]")] == published


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (Debian package chromium): the browser tests need it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]'): the browser tests need it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(path.as_uri())
    return page


def test_a_20000_word_report_is_ready_in_under_two_seconds_and_answers_at_once(browser, tmp_path):
    made = synthetic_report(20_000, 3007)
    assert sum(len(s.text.split()) for s in made.report.segments) >= 20_000
    path = tmp_path / "report.html"
    path.write_text(render_report(made.report, rules=made.rules), encoding="utf-8")
    page = open_page(browser, path)
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    ready = int(page.evaluate("document.documentElement.dataset.readyMs"))
    assert loaded < 2000 and ready < 2000, (loaded, ready)
    check_page(page.content(), made.report, dict(enumerate(made.published)), made.rules)
    # pointing at changes, stepping through them and switching the view: each answered within a frame or so
    took = page.evaluate("""() => {
        const marks = document.querySelectorAll('mark.c');
        const start = performance.now();
        for (let i = 0; i < 200; i++) {
            marks[(i * 37) % marks.length].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
        }
        const next = document.querySelector('[data-step="1"]');
        for (let i = 0; i < 50; i++) { next.click(); }
        document.querySelector('input[value="view-after"]').click();
        void document.body.offsetHeight;
        return (performance.now() - start) / 251;
    }""")
    assert took < 50, f"{took:.1f} ms per action"
    assert page.inner_text("#position") == f"change 50 of {made.report.changes}"


def test_a_change_tells_its_rule_score_and_place(browser, tmp_path):
    made = synthetic_report(800, 3008)
    path = tmp_path / "report.html"
    path.write_text(render_report(made.report, rules=made.rules), encoding="utf-8")
    page = open_page(browser, path)
    changes, _ = place_changes(made.report.segments, made.report.decisions)
    verify_found = next(i for i, c in enumerate(changes) if c.decision.finding.source == "verify")
    page.hover(f"#c{verify_found}")
    tip = page.inner_text("#tip")
    assert "verify's own check" in tip and changes[verify_found].decision.finding.location in tip
    page.click("#c0")
    tip = page.inner_text("#tip")
    assert "score" in tip and changes[0].original in tip and changes[0].replacement in tip
    # a listed change names the rules entry that made it
    listed = next(i for i, c in enumerate(changes) if c.decision.finding.listed_index is not None and i > 0)
    page.click(f"#c{listed}")
    entry = made.rules.listed()[changes[listed].decision.finding.listed_index]
    assert f"rules file, {'places' if entry.name == 'Kingsmere' else 'people'}: {entry.name}" in page.inner_text("#tip")
    # an entity row walks through its mentions
    row = page.locator("table.entities tbody tr[tabindex]").first
    first_ids = row.get_attribute("data-ids").split()
    row.click()
    row.click()
    assert page.evaluate("document.querySelector('mark.current').id") == f"c{first_ids[1 % len(first_ids)]}"
    # by keyboard: Enter pins a change's details, n and p step through the changes
    page.focus("#c2")
    page.keyboard.press("Enter")
    assert "pinned" in page.inner_text("#tip") and changes[2].original in page.inner_text("#tip")
    page.keyboard.press("n")
    assert page.inner_text("#position") == f"change 4 of {len(changes)}"
    # hiding a kind takes its colour away, the text stays
    kind = changes[0].kind
    page.uncheck(f"input[data-kind='{kind}']")
    assert page.evaluate("getComputedStyle(document.getElementById('c0')).backgroundColor") == "rgba(0, 0, 0, 0)"


def test_the_report_of_a_generated_word_draft(browser, tmp_path):
    """A Word draft with a header, a footnote, a table and properties: every part shown, every change marked."""
    import docx

    from docx_factory import CT, DocxBuilder, notes_part, paragraph, run, set_properties

    source = docx.Document()
    source.add_heading("Overview report", level=1)
    source.add_paragraph("Hodan Warsame was known to friends as Hodi. Liban Farah lived in Kingsmere.")
    table = source.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "Seen by Hodan Warsame on 14 May 2023"
    source.sections[0].header.paragraphs[0].text = "Review into the death of Hodan Warsame"
    builder = DocxBuilder(source)
    builder.append_body(paragraph(run("Her brother Liban spoke to the review."),
                                  '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: "Letter from Liban Farah, 07700 900461."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    set_properties(builder, core={"title": "DHR Hodan Warsame"})
    draft = builder.build(tmp_path / "draft.docx")
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\npeople:\n- name: Hodan Warsame\n  pseudonym: Anna\n  aliases: [Hodi]\n"
                     "- name: Liban Farah\n  pseudonym: Ben\nplaces:\n- name: Kingsmere\n  pseudonym: Area B\n"
                     "dates:\n  date_of_death: 2023-05-14\n", encoding="utf-8")
    from redact import Redactor

    redactor = Redactor(str(rules))
    report = redactor.redact_file(draft, tmp_path / "published.docx")
    page = check_word_report(browser, tmp_path, report, redactor.rules, tmp_path / "published.docx")
    tree = lxml.html.fromstring(page.content())
    assert {c.kind for c in place_changes(report.segments, report.decisions)[0]} >= {
        "listed-person", "listed-place", "protected-date", "contact"}
    parts = [h.text.strip() for h in tree.xpath("//section[@class='part']/h2")]
    assert parts[0] == "Body" and "Header" in " ".join(parts) and "Footnotes" in parts


def check_word_report(browser, tmp_path: Path, report: RedactionReport, rules, output: Path,
                      screenshot: Path | None = None):
    """Each paragraph the page shows, replacements taken, is the text the published copy holds there (and
    ``check_page``). tests/test_fixtures_docx.py runs this on the report of every shared fixture."""
    path = tmp_path / "report.html"
    path.write_text(render_report(report, rules=rules), encoding="utf-8")
    page = open_page(browser, path)
    texts: dict[str, list[str]] = {}
    for segment in open_document(output).segments:
        texts.setdefault(segment.location, []).append(segment.text)
    published = {}
    tree = lxml.html.fromstring(page.content())
    for element in tree.xpath("//*[contains(concat(' ', @class, ' '), ' seg ')]"):
        index = int(element.get("id")[1:])
        shown = published_text(element)
        assert shown in texts.get(report.segments[index].location, []), report.segments[index].location
        published[index] = shown
    check_page(page.content(), report, published, rules)
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.hover("#c3")
        page.screenshot(path=str(screenshot))
    return page
