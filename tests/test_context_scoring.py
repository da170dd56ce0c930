"""Context is scored once, by the recogniser: the score a recogniser documents is the score the engine gives.

Presidio's enhancer used to add 0.35 again for any context word among the five words before a find, so a
documented 0.85 came out at 1.00. And since nothing compares lemmas any more, detection runs only the NER."""
from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from community_names import PEOPLE_FROM_TOWNS

# (recogniser, text, the find, the documented score); names and places from several communities
DOCUMENTED = [
    # a civil title 0.85, with or without a context word; a rank 0.8, 0.85 with one ("officer", "said")
    ("TitledPersonRecognizer", "The neighbour said that Mrs Nguyen had gone out.", "Mrs Nguyen", 0.85),
    ("TitledPersonRecognizer", "Later that week Mr Adebayo Okonkwo moved to Leeds.", "Mr Adebayo Okonkwo", 0.85),
    ("TitledPersonRecognizer", "DS Kowalczyk attended the flat on Monday.", "DS Kowalczyk", 0.8),
    ("TitledPersonRecognizer", "The officer in the case was DC Abdirahman Warsame.", "DC Abdirahman Warsame", 0.85),
    # a UK date phrase 0.85, after "dated" or "on" too
    ("UkDateRecognizer", "The letter was dated 3 July 2023.", "3 July 2023", 0.85),
    ("UkDateRecognizer", "Siobhán was seen on 14 March 2021 by her GP.", "14 March 2021", 0.85),
    # a valid number 0.9, a drama-range one 0.75, whatever the words before
    ("UkPhoneRecognizer", "Her mobile phone number was 07700 900418.", "07700 900418", 0.75),
    ("UkPhoneRecognizer", "Mehmet rang the landline, 0113 496 0327, twice.", "0113 496 0327", 0.9),
    ("EmailAddressRecognizer", "She sent an e-mail from siobhan.odalaigh@example.org to the IDVA.",
     "siobhan.odalaigh@example.org", 0.95),
    # a postcode without its space: 0.6 alone, 0.9 beside a postcode word; with the space 0.9
    ("PostcodeRecognizer", "The form listed HT47QD twice.", "HT47QD", 0.6),
    ("PostcodeRecognizer", "Her postcode was HT47QD at the time.", "HT47QD", 0.9),
    ("PostcodeRecognizer", "Aisha lived at an address in HT4 7QD.", "HT4 7QD", 0.9),
    # a number plate 0.85 beside a vehicle word; a current plate in capitals 0.6 without, in small letters 0.4
    ("VehicleRegistrationRecognizer", "He sat outside in his car, ZH17 QKP, for an hour.", "ZH17 QKP", 0.85),
    ("VehicleRegistrationRecognizer", "Code ZH17 QKP appears.", "ZH17 QKP", 0.6),
    ("VehicleRegistrationRecognizer", "Code zh17 qkp appears.", "zh17 qkp", 0.4),
    ("NinoRecognizer", "Her national insurance number was QQ123456C.", "QQ123456C", 0.85),
    ("SocialHandleRecognizer", "He watched her Instagram account, @mags_doyle71, every night.", "@mags_doyle71", 0.9),
    ("UkAddressRecognizer", "Tadeusz briefly rented Flat 3, 22 Beacon Road, after the order.", None, 0.85),
    ("DeathDateCandidateRecognizer", "Ngozi Okafor died on 26 August 2023 at home.", "26 August 2023", 0.6),
    ("OtherScriptNameRecognizer", "Her friend 王秀英 rang the police.", "王秀英", 0.7),
    ("OtherScriptNameRecognizer", "The family called Фатима at home.", "Фатима", 0.7),
]


@pytest.fixture(scope="module")
def detector():
    return Redactor(None, profile="strict").detector


@pytest.mark.parametrize("recognizer, text, span, score", DOCUMENTED,
                         ids=[f"{r}-{t[:24]}" for r, t, *_ in DOCUMENTED])
def test_the_engine_gives_the_documented_score(detector, recognizer, text, span, score):
    results = [r for r in detector.analyzer.analyze(text, language="en")
               if r.recognition_metadata.get("recognizer_name") == recognizer
               and (span is None or text[r.start:r.end] == span)]
    assert results, f"{recognizer} found nothing in {text!r}"
    assert [round(r.score, 3) for r in results] == [score], [(text[r.start:r.end], r.score) for r in results]


def test_the_recognisers_score_context_once_even_in_a_plain_presidio_engine(detector):
    """No recogniser hands Presidio context words, so Presidio's own enhancer, had anyone registered our
    recognisers with it, could not add to a score either."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from redact.detect.engine import PreloadedSpacyNlpEngine

    recognizers = detector.pattern_recognizers
    assert not [r.name for r in [detector.listed, *recognizers] if r.context]
    plain = AnalyzerEngine(registry=RecognizerRegistry(recognizers=recognizers, supported_languages=["en"]),
                           nlp_engine=PreloadedSpacyNlpEngine(detector.model), supported_languages=["en"])
    text = "The officer said DC Abdirahman Warsame texted her mobile, 07700 900418, from his car, ZH17 QKP."
    ours = sorted((r.start, r.end, r.entity_type, r.score) for r in detector.analyzer.analyze(text, language="en")
                  if r.recognition_metadata.get("recognizer_name") != "SpacyRecognizer")
    theirs = sorted((r.start, r.end, r.entity_type, r.score) for r in plain.analyze(text, language="en"))
    assert ours == theirs and ours


def test_detection_runs_only_the_ner_and_finds_what_the_whole_pipeline_finds(detector):
    nlp = detector.model.nlp
    engine = detector.analyzer.nlp_engine
    skipped = set(engine.not_for_ner)
    assert "ner" not in skipped and {"tagger", "lemmatizer"} <= skipped
    texts = [f"{who} told DC Okafor that she had moved from {town} to Oakbridge on 3 May 2021; {other} called "
             f"Harrowdale Police at 22:49." for who, town, other in PEOPLE_FROM_TOWNS]
    lean = [[(e.start, e.end, e.label) for e in artifacts.entities]
            for _, artifacts in engine.process_batch(texts, "en", batch_size=len(texts))]
    full = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    assert [[(s, e) for s, e, _ in doc] for doc in lean] == [[(s, e) for s, e, _ in doc] for doc in full]
    assert any(lean)


def test_the_tagger_pass_of_name_or_word_tags_as_the_whole_pipeline_does(detector):
    from redact.name_or_word import _tag

    nlp = detector.model.nlp
    for sentence in ("Will sat down when May came in.", "Hope Kowalczyk said Amber was rated Amber.",
                     "Can Yılmaz visit?", "Grace Okonkwo will call the GP."):
        assert _tag(nlp, sentence) == tuple((t.idx, t.text, t.pos_, t.tag_) for t in nlp(sentence))
