"""The detection-quality scorer (benchmarks/evaluate.py): arithmetic on hand-made documents, then a small real run."""
import json
import sys

import pytest

from conftest import FIXTURES, REPO, SHARED

sys.path.insert(0, str(REPO))
from benchmarks import evaluate as ev  # noqa: E402
from redact.documents.base import Segment
from redact.findings import Finding

TAB = SHARED / "tab" / "dev127.json"


def det(text, phrase, label="X", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ev.Detection(start, start + len(phrase), label)


def mention(text, phrase, entity_type):
    start = text.index(phrase)
    return ev.Mention(start, start + len(phrase), entity_type)


# ---------------------------------------------------------------------------------------------- recall / precision


def test_recall_and_precision_are_counted_in_characters():
    text = "Anna Berg met Carl Dahl in Oslo."
    mentions = [mention(text, "Anna Berg", "PERSON"), mention(text, "Carl Dahl", "PERSON"),
                mention(text, "Oslo", "LOC")]
    # "Anna Berg" whole, "Carl" only, "met" a false positive; Oslo missed
    detections = [det(text, "Anna Berg"), det(text, "Carl"), det(text, "met")]
    score = ev.score_document(text, mentions, detections)
    assert score.needed["PERSON"] == 16 and score.covered["PERSON"] == 12     # whitespace not counted
    assert score.needed["LOC"] == 4 and score.covered["LOC"] == 0
    assert score.detected == 15 and score.detected_inside == 12
    totals = ev.Totals().add(score)
    assert totals.recall("PERSON") == pytest.approx(12 / 16)
    assert totals.recall("LOC") == 0
    assert totals.recall("CODE") is None
    assert totals.precision == pytest.approx(12 / 15)
    assert ("PERSON", "Carl Dahl", pytest.approx(4 / 8)) in score.misses
    assert [fp[2] for fp in score.false_positives] == ["met"]


def test_a_leading_title_needs_no_covering_but_counts_when_detected():
    text = "Mr Osman Erden and Dr. Ada Lee spoke."
    mentions = [mention(text, "Mr Osman Erden", "PERSON"), mention(text, "Dr. Ada Lee", "PERSON")]
    score = ev.score_document(text, mentions, [det(text, "Osman Erden"), det(text, "Dr. Ada Lee")])
    assert score.needed["PERSON"] == len("OsmanErden") + len("AdaLee")
    assert score.covered["PERSON"] == score.needed["PERSON"]
    # the title lies inside the gold mention, so detecting it is no false positive
    assert score.detected_inside == score.detected


def test_a_title_alone_is_still_a_mention_to_cover():
    text = "the Judge ruled"
    assert ev.needed_positions(text, 4, 9) == set(range(4, 9))


def test_whitespace_inside_mentions_and_detections_is_not_counted():
    text = "on 3\n  May   2020 ok"
    m = mention(text, "3\n  May   2020", "DATETIME")
    score = ev.score_document(text, [m], [ev.Detection(m.start, m.end + 1, "DATE")])   # includes a trailing space
    assert score.needed["DATETIME"] == len("3May2020") == score.covered["DATETIME"]
    assert score.detected == len("3May2020") and score.detected_inside == score.detected


def test_overlapping_detections_and_mentions_count_each_character_once():
    text = "Case 1520/06 was heard."
    mentions = [mention(text, "1520/06", "CODE"), mention(text, "1520/06", "CODE")]
    detections = [det(text, "1520/06"), det(text, "Case 1520"), det(text, "20/06")]
    score = ev.score_document(text, mentions, detections)
    assert score.needed["CODE"] == 7 and score.covered["CODE"] == 7
    assert score.detected == len("Case1520/06") and score.detected_inside == 7


def test_recall_ignores_the_label_of_the_detection():
    text = "Ankara is large."
    score = ev.score_document(text, [mention(text, "Ankara", "LOC")], [det(text, "Ankara", "PERSON")])
    assert score.covered["LOC"] == 6
    assert score.detected_by_type["PERSON"] == 6


def test_totals_by_part_follow_the_hash_split():
    docs = [ev.TabDocument(f"doc-{i}", "x", []) for i in range(200)]
    held = [d for d in docs if ev.is_held_back(d.doc_id)]
    assert 40 <= len(held) <= 80                      # about 30%
    assert [ev.is_held_back(d.doc_id) for d in docs] == [ev.is_held_back(d.doc_id) for d in docs]
    scores = [ev.DocScore(detected=1) for _ in docs]
    result = ev.TabResult(docs, {"ours": scores}, {"ours": 0.0})
    assert result.totals("ours", "held-back").detected == len(held)
    assert result.totals("ours", "tune").detected == len(docs) - len(held)
    assert result.totals("ours").detected == len(docs)


# ---------------------------------------------------------------------------------------------- offsets


def test_paragraphs_keep_their_document_offsets():
    text = "First line.\n\nSecond para\nthird line\n\n  \nlast"
    pieces = ev.paragraphs(text)
    assert [p for _, p in pieces] == ["First line.", "Second para", "third line", "last"]
    assert all(text[o:o + len(p)] == p for o, p in pieces)


class _StubDetector:
    def detect(self, segments):
        out = []
        for i, segment in enumerate(segments):
            at = segment.text.find("Berg")
            if at >= 0:
                out.append(Finding(at, at + 4, "Berg", "PERSON", 1.0, "stub", i, segment.location))
        assert all(isinstance(s, Segment) and s.kind == "text" for s in segments)
        return out


class _StubRedactor:
    detector = _StubDetector()


def test_ours_maps_segment_offsets_back_to_the_document():
    system = ev.OursSystem.__new__(ev.OursSystem)
    system.redactor = _StubRedactor()
    text = "Intro.\n\nMs Berg left.\nThen Berg came back.\n"
    found = system.detect(text)
    assert [text[d.start:d.end] for d in found] == ["Berg", "Berg"]
    assert found[1].start == text.index("Berg", text.index("Then"))


# ---------------------------------------------------------------------------------------------- loading


def test_both_tab_schemas_load(tmp_path):
    single = [{"doc_id": "a", "text": "Mr X went.", "mentions_single_annotator": [
        {"start_offset": 0, "end_offset": 4, "entity_type": "PERSON", "span_text": "Mr X"}]}]
    full = [{"doc_id": "b", "text": "Mr Y went.", "quality_checked": ["annotator2"], "annotations": {
        "annotator1": {"entity_mentions": []},
        "annotator2": {"entity_mentions": [{"start_offset": 3, "end_offset": 4, "entity_type": "PERSON"}]}}}]
    (tmp_path / "single.json").write_text(json.dumps(single))
    (tmp_path / "full.json").write_text(json.dumps(full))
    assert ev.load_tab(tmp_path / "single.json")[0].mentions == [ev.Mention(0, 4, "PERSON")]
    assert ev.load_tab(tmp_path / "full.json")[0].mentions == [ev.Mention(3, 4, "PERSON")]
    assert ev.load_tab(tmp_path / "full.json", annotator="annotator1")[0].mentions == []


def test_a_missing_tab_file_fails_clearly(tmp_path, capsys):
    with pytest.raises(ev.EvaluationError, match="TAB data not found"):
        ev.load_tab(tmp_path / "nope.json")
    assert ev.main(["--tab", str(tmp_path / "nope.json"), "--no-fixtures"]) == 2
    assert "TAB data not found" in capsys.readouterr().err


def test_victim_only_rules_keep_the_first_person(shared_fixtures):
    case = sorted(shared_fixtures.glob("case*"))[0]
    rules, removed = ev.victim_only_rules(case)
    assert len(rules.people) == 1 and removed
    assert rules.people[0].name not in {name for name, _ in removed}


# ---------------------------------------------------------------------------------------------- a real run


@pytest.mark.skipif(not TAB.exists(), reason="../shared/tab/dev127.json is not present")
def test_three_tab_documents_end_to_end(tmp_path):
    out = tmp_path / "quality.md"
    assert ev.main(["--tab", str(TAB), "--limit", "3", "--split", "--no-fixtures", "--output", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    for heading in ("# Detection quality", "ours (strict)", "plain Presidio", "plain spaCy", "Held-back part",
                    "recall PERSON", "**precision**", "2 cores", "--limit 3"):
        assert heading in report
    docs = ev.load_tab(TAB)[:3]
    result = ev.evaluate_tab(docs, ("ours",))
    totals = result.totals("ours")
    assert totals.documents == 3
    assert totals.recall("PERSON") > 0.8 and totals.recall("DATETIME") > 0.8
    assert totals.precision > 0.6


# ---------------------------------------------------------------------------------------------- detection changes
# Small, general detection fixes found with this evaluation (see docs/quality.md).


def test_numbered_references_and_their_lists_are_found():
    from redact.detect.recognizers.uk_ids import CaseReferenceRecognizer

    recognizer = CaseReferenceRecognizer()

    def texts(text):
        return [text[r.start:r.end] for r in recognizer.analyze(text, None)]

    assert texts("It originated in an application (no. 1520/06) against") == ["1520/06"]
    assert texts("crime nos. 12345/21, 12346/21 and 12350/21 were linked") == ["12345/21", "12346/21", "12350/21"]
    assert texts("applications (nos. 14553-14554/89)") == ["14553-14554/89"]
    # a slash after "no." with too few digits, or no reference word at all, is not a reference
    assert texts("Protocol No. 11, no. 12/3 and section 9/10 of the Act; she scored 1234/56") == []


def test_bare_days_before_a_date_belong_to_it():
    from redact.detect.recognizers.uk_dates import UkDateRecognizer

    recognizer = UkDateRecognizer()

    def texts(text):
        return [text[r.start:r.end] for r in recognizer.analyze(text, None)]

    assert texts("hearings on 4 and 16 November 1985 and 12, 13 and 18 May") == \
        ["4 and 16 November 1985", "12, 13 and 18 May"]
    assert texts("Article 6 and 7 May; paragraph 4, 16 November") == ["7 May", "16 November"]


def test_titled_names_with_chained_initials():
    from redact.detect.recognizers.people import TitledPersonRecognizer

    recognizer = TitledPersonRecognizer()
    text = "Mr J.-P. Costa, Mr J.M. Morenilla and Mr D.Walton attended; Mrs A said nothing."
    assert [text[r.start:r.end] for r in recognizer.analyze(text, None)] == \
        ["Mr J.-P. Costa", "Mr J.M. Morenilla", "Mr D.Walton"]


def test_model_finds_keep_capitals_beyond_a_to_z_and_lose_a_leading_the():
    from redact.detect.filters import _HAS_UPPER, _without_determiner

    assert _HAS_UPPER.search("İzmir") and _HAS_UPPER.search("Łukasz") and not _HAS_UPPER.search("ölçü")
    finding = Finding(10, 29, "the Court of Appeal", "ORGANIZATION", 0.85, "SpacyRecognizer")
    trimmed = _without_determiner(finding)
    assert (trimmed.start, trimmed.end, trimmed.text) == (14, 29, "Court of Appeal")
    assert _without_determiner(Finding(0, 3, "The", "ORGANIZATION", 0.85, "SpacyRecognizer")).text == "The"


# ---------------------------------------------------------------------------------------------- TAB's own measures


def tab_mention(text, phrase, entity_type, identifier_type, entity_id, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ev.Mention(start, start + len(phrase), entity_type, identifier_type, entity_id)


def test_an_entity_counts_only_when_every_mention_is_masked():
    text = "Mr Anna Berg met Carl Dahl in Oslo. Later Berg left Oslo for the Hague."
    mentions = [tab_mention(text, "Mr Anna Berg", "PERSON", "DIRECT", "e1"),
                tab_mention(text, "Berg", "PERSON", "DIRECT", "e1", nth=1),
                tab_mention(text, "Carl Dahl", "PERSON", "DIRECT", "e2"),
                tab_mention(text, "Oslo", "LOC", "QUASI", "e3"),
                tab_mention(text, "Oslo", "LOC", "QUASI", "e3", nth=1),
                tab_mention(text, "the Hague", "LOC", "NO_MASK", "e4")]
    # Anna Berg masked twice (the title "Mr" and "the" are let off); Carl half; Oslo once of twice
    detections = [det(text, "Anna Berg"), det(text, "Berg", nth=1), det(text, "Carl"), det(text, "Oslo"),
                  det(text, "met")]
    score = ev.score_entities(text, mentions, detections)
    assert score.entities == {"direct": 2, "quasi": 1}
    assert score.entity_recall("direct") == pytest.approx(1 / 2)
    assert score.entity_recall("quasi") == 0
    assert score.mention_recall("direct") == pytest.approx(2 / 3)
    assert score.mention_recall("quasi") == pytest.approx(1 / 2)
    assert score.type_recall("LOC") == pytest.approx(1 / 2)
    # tokens to mask: Mr Anna Berg | Berg | Carl Dahl | Oslo | Oslo; "Mr" is let off, "Dahl" and one Oslo are not
    assert score.tokens == 8 and score.tokens_masked == 6
    # tokens detected: Anna Berg Berg Carl Oslo met -> all but "met" inside a mention to mask
    assert score.detected_tokens == 6 and score.detected_tokens_inside == 5
    assert ("direct", "PERSON", "Carl Dahl") in score.missed_entities


def test_an_entity_marked_for_masking_only_somewhere_needs_masking_only_there():
    text = "Leeds is big. She lived in Leeds."
    mentions = [tab_mention(text, "Leeds", "LOC", "NO_MASK", "e1"),
                tab_mention(text, "Leeds", "LOC", "QUASI", "e1", nth=1)]
    score = ev.score_entities(text, mentions, [det(text, "Leeds", nth=1)])
    assert score.entities == {"quasi": 1} and score.entity_recall("quasi") == 1


def test_punctuation_and_ignored_words_need_no_masking():
    text = "In the case of Smith v. Jones (no. 123/45) the court."
    mention_ = tab_mention(text, "no. 123/45", "CODE", "DIRECT", "e1")
    masked = set(range(text.index("123"), text.index("123") + 3)) | {text.index("45"), text.index("45") + 1}
    assert ev.mention_masked(text, mention_.start, mention_.end, masked)
    assert not ev.mention_masked(text, mention_.start, mention_.end, masked - {text.index("45")})


def test_only_full_schema_documents_get_entity_scores(tmp_path):
    text = "Anna Berg lives in Oslo."
    full = [{"doc_id": "d1", "text": text, "dataset_type": "dev", "annotations": {"a1": {"entity_mentions": [
        {"start_offset": 0, "end_offset": 9, "entity_type": "PERSON", "identifier_type": "DIRECT",
         "entity_id": "d1_e1"},
        {"start_offset": 19, "end_offset": 23, "entity_type": "LOC", "identifier_type": "QUASI",
         "entity_id": "d1_e2"}]}}}]
    single = [{"doc_id": "d2", "text": text, "mentions_single_annotator": [
        {"start_offset": 0, "end_offset": 9, "entity_type": "PERSON"}]}]
    (tmp_path / "full.json").write_text(json.dumps(full))
    (tmp_path / "single.json").write_text(json.dumps(single))

    class Fixed:
        def __init__(self, model=None):
            pass

        def detect(self, text):
            return [ev.Detection(0, 9, "PERSON")]

    ev.SYSTEM_CLASSES["fixed"] = Fixed
    ev.SYSTEM_NAMES["fixed"] = "fixed"
    try:
        result = ev.evaluate_tab(ev.load_tab(tmp_path / "full.json"), ["fixed"])
        assert result.has_entities
        totals = result.entity_totals("fixed")
        assert totals.entity_recall("direct") == 1 and totals.entity_recall("quasi") == 0
        lines = "\n".join(ev.entity_table(result))
        assert "ER direct identifiers (1 entities) | 1.000" in lines
        assert "ER quasi identifiers (1 entities) | 0.000" in lines
        assert not ev.evaluate_tab(ev.load_tab(tmp_path / "single.json"), ["fixed"]).has_entities
    finally:
        del ev.SYSTEM_CLASSES["fixed"], ev.SYSTEM_NAMES["fixed"]


def test_report_sections_are_replaced_in_place_and_others_kept():
    old = ("# Detection quality\n\nold preamble\n\n## TAB: `dev127.json`\n\nold numbers\n\n"
           "<!-- generated-drafts:begin -->\n## Generated fictional drafts (leaks)\n\ndrafts numbers\n"
           "<!-- generated-drafts:end -->\n\n"
           "## TAB: `train92_full_schema.json` (full schema)\n\nold train\n")
    new = ("# Detection quality\n\nnew preamble\n\n## TAB: `dev127.json`\n\nnew numbers\n\n"
           "## TAB: `dev21_full_schema.json` (full schema)\n\nnew dev21\n")
    merged = ev.merge_sections(old, new)
    assert "new preamble" in merged and "old preamble" not in merged
    assert "new numbers" in merged and "old numbers" not in merged
    assert "drafts numbers" in merged and "old train" in merged       # not measured in this run: kept
    assert merged.index("new numbers") < merged.index("new dev21") < merged.index("drafts numbers")
    assert "new dev21\n\n<!-- generated-drafts:begin -->\n## Generated" in merged   # the marker stays with it
    assert "drafts numbers\n<!-- generated-drafts:end -->" in merged
    assert ev.merge_sections("", new) == new


def test_the_gap_line_marks_each_target_type():
    text = "Anna Berg lives in Oslo."
    docs = [ev.TabDocument(doc_id, text, [ev.Mention(0, 9, "PERSON"), ev.Mention(19, 23, "LOC")])
            for doc_id in ("a", "b", "c", "d", "e", "f", "g", "h")]
    assert {ev.is_held_back(d.doc_id) for d in docs} == {True, False}
    scores = [ev.score_document(text, d.mentions, [ev.Detection(0, 9, "PERSON")] +
                                ([ev.Detection(19, 23, "LOC")] if ev.is_held_back(d.doc_id) else []))
              for d in docs]
    line = ev.gap_line(ev.TabResult(docs, {"ours": scores}, {"ours": 0.0}))
    assert "PERSON +0.000 ✓" in line and "LOC -1.000 ✗" in line
