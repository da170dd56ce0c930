"""Detection: one Presidio AnalyzerEngine over an already loaded spaCy pipeline, run over a document.

The flow for one document: every prose segment goes through spaCy in batches (``nlp.pipe``) and then
through the registered recognisers; machine values (hyperlink targets, file names, field codes) only
through the recognisers that need no language model. Then, at document level: the allow-list and the
keep list take finds back, shared name forms ("Mr Doyle") are resolved, names found once are looked
for everywhere (propagation), and overlaps are settled.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import deque
from typing import Any
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain

# Before Presidio and spaCy: wordfreq finds its data folder on import with inspect.stack(), which resolves the real
# path of every module loaded so far (~400 here, ~1,400 after spaCy; 60-100 ms of a cold start).
import wordfreq  # noqa: F401, I001
from . import presidio_import  # noqa: F401, I001  (before Presidio: see there)
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..initials import document_texts
from ..nearby import before as text_before, ending_at
from ..normalise import Unmarked, unmarked, with_plain_spaces_and_digits
from ..rules import Rules
from ..rules_safety import PseudonymClash, pseudonym_clashes
from .filters import DocumentFilters
from .model import LoadedModel, components_ner_does_not_need, load_model
from .model_reader import ModelElsewhere, default_ner_threads, model_elsewhere, ner_process_possible
from .ner_process import batches_read_by, batches_read_in_a_process
from .propagate import propagate_letters, places_along_routes, propagate_people, propagate_places, propagate_values
from .recognizers import builtin_recognizers
from .recognizers.listed import ListedEntityRecognizer
from .resolve import (adopt_listed_words, drop_titles_read_with_a_listed_name, drop_words_read_with_a_listed_name,
                      elders_and_juniors_are_relatives, join_a_name_around_middle_names, join_a_name_split_over_lines,
                      join_dates, join_forms_of_one_person, join_places, join_record_order_names, mark_unlisted_full_names,
                      months_and_modals_before_names, places_the_sentence_confirms, resolve_overlaps,
                      resolve_shared_forms, service_and_date_words_before_names, weekday_given_names,
                      word_given_names)
from .surname_parts import take_a_second_surname, take_the_initials_before, take_the_particles_before
from .unlisted_initials import initials_of_unlisted_names

logger = logging.getLogger(__name__)

# Presidio's spaCy mapping, with NORP left out: nationalities and religions do not identify anyone here.
SPACY_TO_ENTITY = {"PERSON": entities.PERSON, "PER": entities.PERSON, "GPE": entities.LOCATION,
                   "LOC": entities.LOCATION, "FAC": entities.LOCATION, "ORG": entities.ORGANIZATION,
                   "DATE": entities.DATE_TIME, "TIME": entities.DATE_TIME}
NER_ENTITIES = sorted(set(SPACY_TO_ENTITY.values()))
CHUNK_CHARS = 20_000     # spaCy's memory grows with text length: a million-character paragraph is cut up
BATCH_SIZE = 64
# spaCy's working memory grows with the text of a whole batch: 64 chunks of 20,000 characters took 2.5 GB
# above the model (a million-character paragraph); batches of ~100,000 characters stay within the model's own.
BATCH_CHARS = 100_000
class _Pipelines(dict):
    """Presidio's language -> pipeline table, the pipeline taken from the model when first asked for: a model an
    early reader loaded (``model_reader``) is loaded in this process only if something here needs it."""

    def __init__(self, model: LoadedModel | ModelElsewhere):
        super().__init__(en=None)
        self._model = model

    def __getitem__(self, language: str):
        super().__getitem__(language)
        return self._model.nlp


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over a pipeline we loaded: its own ``load`` (which may download) never runs.

    ``ner_only``: run only the entity recogniser and the layers it reads from. Detection needs nothing else:
    no recogniser of ours reads tags or lemmas, and context is scored by the recognisers themselves
    (``ScoresAsRecognised``), so the tagger, its tok2vec, the attribute ruler and the lemmatizer were half of
    spaCy's time for nothing. The tagger stays loaded for the few sentences ``name_or_word`` asks it about."""

    def __init__(self, model: LoadedModel | ModelElsewhere, *, ner_only: bool = False):
        super().__init__(models=[{"lang_code": "en", "model_name": model.name}],
                         ner_model_configuration=NerModelConfiguration(
                             model_to_presidio_entity_mapping=SPACY_TO_ENTITY,
                             labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                                               "NORP", "LANGUAGE", "LAW", "EVENT", "WORK_OF_ART",
                                               "PRODUCT"]))
        # Presidio declares the attribute as None until its own load() fills it
        self.nlp = _Pipelines(model)  # type: ignore[assignment]
        self.ner_only = ner_only
        self._model = model
        # a reader forked at the command's start holds the model: it reads the batches (``ner_process``)
        self.reader = model.reader if isinstance(model, ModelElsewhere) else None

    @functools.cached_property
    def not_for_ner(self) -> list[str]:
        """The components one call leaves out (all but the NER and what it reads from)."""
        return components_ner_does_not_need(self._model.nlp) if self.ner_only else []

    def load(self) -> None:
        pass

    @staticmethod
    def _download_spacy_model_if_needed(model_name: str) -> None:  # pragma: no cover - must never run
        raise RuntimeError("dhr-redact never downloads models")

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        if not self.ner_only or as_tuples:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        # ``disable`` skips components for this call only: the shared pipeline is not changed, so another
        # thread tagging a sentence meanwhile still has its tagger
        nlp = self.nlp[language]
        for doc in nlp.pipe((str(text) for text in texts), batch_size=batch_size, n_process=n_process,
                            disable=self.not_for_ner):
            yield doc.text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        if not self.ner_only:
            return super()._doc_to_nlp_artifact(doc, language)
        # No lemmas: nothing reads them (Presidio's keywords are built from them, a stop-word look-up per token)
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[token.idx for token in doc], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)


class ScoresAsRecognised(ContextAwareEnhancer):
    """Context is scored once, by the recogniser that knows what its context is (a cue in the same sentence, a
    label before a number): Presidio's enhancer would add 0.35 again for any context word among the five words
    before, so a documented 0.85 came out at 1.00 and a review-only 0.4 at 0.75. This one changes nothing, and
    needs no lemmas."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
                              recognizers: list, context: list[str] | None = None) -> list[RecognizerResult]:
        return list(raw_results)


class DocumentAnalyzer(AnalyzerEngine):
    """Presidio's ``AnalyzerEngine`` with one more entry point, ``analyze_piece``, for the many paragraphs of a
    document: the same recognisers, called the same way, and the same result steps as ``analyze`` (ids and names
    added, per-recogniser and context enhancement, recognisers' score thresholds, ``remove_duplicates``, the
    explanation dropped), but what ``analyze`` looks up again for every paragraph (the registry's recognisers, the
    supported entities, each recogniser's id and thresholds) is looked up once per document (``prepare``), and the
    results are grouped by recogniser in one pass, not one pass over all results per recogniser: that per-call
    overhead was a third of the time of our thirty recognisers. ``tests/test_detect_analyzer.py`` checks it gives
    what ``analyze`` gives."""

    _plan: "_AnalysisPlan | None" = None

    def prepare(self) -> None:
        """Snapshot the registry: call again after recognisers are added or removed."""
        recognizers = self.registry.get_recognizers(language="en", all_fields=True)
        thresholds = {recognizer.id: recognizer.score_thresholds for recognizer in recognizers}
        self._plan = _AnalysisPlan(recognizers, [recognizer.id for recognizer in recognizers],
                                   self.get_supported_entities(language="en"), thresholds,
                                   not any(_enhances_context(recognizer) for recognizer in recognizers))

    def analyze_piece(self, text: str, nlp_artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """``analyze(text, language="en", nlp_artifacts=nlp_artifacts)`` for a prepared engine."""
        plan = self._plan
        if plan is None:
            self.prepare()
            plan = self._plan
            assert plan is not None
        id_key, name_key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, RecognizerResult.RECOGNIZER_NAME_KEY
        results: list[RecognizerResult] = []
        for recognizer, recognizer_id in zip(plan.recognizers, plan.ids):
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            found = recognizer.analyze(text=text, entities=plan.entities, nlp_artifacts=nlp_artifacts)
            if found:
                for result in found:
                    if not result.recognition_metadata:
                        result.recognition_metadata = {}
                    metadata = result.recognition_metadata
                    if id_key not in metadata:
                        metadata[id_key] = recognizer_id
                    if name_key not in metadata:
                        # Presidio declares `name: str = None` (see recognizers._common.result): a str at run time
                        metadata[name_key] = recognizer.name  # type: ignore[has-type]
                results.extend(found)
        if plan.plain_enhancement:
            # each recogniser's enhancement returns its own results as they are: what is left of Presidio's
            # per-recogniser step is the grouping, in recogniser order (a result whose id names no recogniser drops)
            by_id: dict[str, list[RecognizerResult]] = {}
            for result in results:
                by_id.setdefault(result.recognition_metadata[id_key], []).append(result)
            results = [result for recognizer_id in plan.ids for result in by_id.get(recognizer_id, ())]
            results = self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=plan.recognizers,
                context=None)
        else:
            results = self._enhance_using_context(text, results, nlp_artifacts, plan.recognizers, None)
        results = [result for result in results if result.score >= self._threshold(result, plan.thresholds)]
        results = EntityRecognizer.remove_duplicates(results)
        for result in results:
            result.analysis_explanation = None  # type: ignore[assignment]  # as Presidio's analyze does
        return results

    def _threshold(self, result: RecognizerResult, thresholds: dict[str, dict[str, float]]) -> float:
        """Presidio's threshold of one result when the call gives none: its recogniser's for the entity, else that
        recogniser's default, else the engine's."""
        recognizer_id = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
        recognizer_thresholds = thresholds.get(recognizer_id) if recognizer_id is not None else None
        if recognizer_thresholds is None:
            return self.default_score_threshold
        threshold = recognizer_thresholds.get(result.entity_type)
        if threshold is None:
            threshold = recognizer_thresholds.get("default")
        return self.default_score_threshold if threshold is None else threshold


def _enhances_context(recognizer: EntityRecognizer) -> bool:
    return type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context


@dataclass
class _AnalysisPlan:
    recognizers: list[EntityRecognizer]
    ids: list[str]
    entities: list[str]
    thresholds: dict[str, dict[str, float]]
    plain_enhancement: bool


def _work_until_done(future, work: Iterator[None]) -> None:
    """Advance ``work`` a step at a time until ``future`` is done or ``work`` is finished."""
    while not future.done():
        if next(work, _FINISHED) is _FINISHED:
            return


_FINISHED = object()


class _MachineValueAnswers:
    """What the recognisers say about a document's machine values that depends on the text alone: its listed names
    (matched as identifiers) and the answers of every recogniser that does not learn the document. A document
    repeats its attribute values ("Normal", "TableNormal": 434 texts in case1's 1,652), so each text is asked once.
    ``fill`` asks them ahead, a text a step, while the main thread would wait for the model; anything not asked
    by then is asked when needed."""

    def __init__(self, detector: "Detector", segments: list[Segment]):
        self._detector = detector
        self._segments = segments
        self.recognizers = [(recognizer, hasattr(recognizer, "learn_document"))
                            for recognizer in detector._machine_value_recognizers]
        self._listed: dict[str, list] = {}
        self._found: dict[str, list[list[RecognizerResult] | None]] = {}

    def fill(self) -> Iterator[None]:
        for segment in self._segments:
            if segment.kind == "text" or not segment.text.strip():
                continue
            self.listed(segment.text)
            if segment.kind != "metadata":
                self.found(segment.text)
            yield None

    def listed(self, text: str) -> list:
        matches = self._listed.get(text)
        if matches is None:
            matches = self._listed[text] = self._detector.listed.matches(text, identifier=True)
        return matches

    def found(self, text: str) -> list[list[RecognizerResult] | None]:
        """One answer per recogniser; None for one that learns the document (asked at each reading)."""
        answers = self._found.get(text)
        if answers is None:
            answers = self._found[text] = [None if learns else Detector._machine_value_finds(recognizer, text)
                                           for recognizer, learns in self.recognizers]
        return answers


@dataclass
class _Piece:
    segment: int
    offset: int
    text: str


def _chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut long text at whitespace so no word is split."""
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


def _batches(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Consecutive pieces in batches of at most BATCH_SIZE pieces and BATCH_CHARS characters (a piece longer than
    that alone). One batch size for the whole document, set by its longest paragraph, made every batch of a long
    document small: spaCy then spent more per word the longer the document was."""
    batches: list[list[_Piece]] = []
    size = 0
    for piece in pieces:
        if not batches or len(batches[-1]) >= BATCH_SIZE or size + len(piece.text) > BATCH_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(piece)
        size += len(piece.text)
    return batches


class Detector:
    """Everything that finds identifiers, for one review's rules. Cheap to build: the model is shared."""

    def __init__(self, rules: Rules, *, model: str | None = None, ner_threads: int | None = None):
        """``ner_threads``: how many threads run the model over a document's batches while this one runs the
        recognisers (1: all in this thread); None: ``default_ner_threads()``. Above 1, a forked process runs it
        instead where that is safe (``ner_process``)."""
        self.rules = rules
        requested = model or rules.detection.model
        self.model: LoadedModel | ModelElsewhere = model_elsewhere(requested) or load_model(requested)
        self.listed = ListedEntityRecognizer(rules)
        self.pattern_recognizers = builtin_recognizers(date_of_death=rules.dates.date_of_death,
                                                       date_of_birth=rules.dates.date_of_birth,
                                                       other_dates=rules.protected_dates())
        registry = RecognizerRegistry(recognizers=[
            self.listed, *self.pattern_recognizers,
            SpacyRecognizer(supported_language="en", supported_entities=NER_ENTITIES),
        ], supported_languages=["en"])
        self.analyzer = DocumentAnalyzer(registry=registry,
                                         nlp_engine=PreloadedSpacyNlpEngine(self.model, ner_only=True),
                                         supported_languages=["en"], context_aware_enhancer=ScoresAsRecognised())
        # attribute values are no sentences: the recognisers that judge from one, or need the model, skip them
        self._machine_value_recognizers = [
            recognizer for recognizer in self.pattern_recognizers
            if not (getattr(recognizer, "needs_nlp", False) or getattr(recognizer, "reads_prose", False))]
        self.filters = DocumentFilters(rules)
        self.ner_threads = default_ner_threads() if ner_threads is None else max(1, int(ner_threads))
        self.pseudonym_clashes: list[PseudonymClash] = []  # of the last document detected (redact.rules_safety)

    # ------------------------------------------------------------------ public

    def detect(self, segments: list[Segment], *, replaced=None, meanwhile: Iterator[None] = iter(())) -> list[Finding]:
        """Every finding in a document's segments, overlaps settled, in segment order.

        ``replaced`` (a finding -> bool) says which finds the decision step will replace: overlaps are
        settled among those alone, so that a kept find (a web address, by policy) never shields a listed
        name inside it. ``meanwhile``: the caller's work in small steps, advanced while this thread would wait
        for the model's threads (what is left of it when detection ends is not done)."""
        # A text pasted from a web page or written in Markdown ("07700&nbsp;900&nbsp;461", "O&#39;Neill",
        # "**Kova**lenko"), or with an invisible character between two words ("Sarah\u200bJones"), is read as its
        # reader sees it, and every find is put back on the characters that wrote it
        read = [unmarked(segment.text, word_breaks=True) for segment in segments]
        if any(view is not None for view in read):
            views = [segment if view is None else replace(segment, text=view.text)
                     for segment, view in zip(segments, read)]
            return [_on_written(finding, segments[finding.segment], read[finding.segment])
                    for finding in self._detect(views, replaced=replaced, meanwhile=meanwhile)]
        return self._detect(segments, replaced=replaced, meanwhile=meanwhile)

    def _detect(self, segments: list[Segment], *, replaced=None, meanwhile: Iterator[None] = iter(())) -> list[Finding]:
        raw: list[Finding] = []
        # The model needs nothing the recognisers learn from the document, nor do the machine values need the
        # model: with NER threads both are done while the model reads the first batches (the learning before any
        # recogniser runs; the machine values a text at a time while this thread would wait for a batch), and
        # their finds are put in their places after the prose.
        machine_values = _MachineValueAnswers(self, segments)
        raw += self._detect_prose(segments, prepare=lambda: self._learn_document(segments),
                                  meanwhile=chain(meanwhile, machine_values.fill()))
        raw += self._detect_machine_values(segments, machine_values)
        # before the keep list takes pseudonyms back: "PC Daniel Okafor" is seen whole when "Daniel" is a pseudonym
        self.pseudonym_clashes = pseudonym_clashes(self.rules, raw, segments)
        findings = self.filters.apply(raw, segments)
        # after the filters: they judge a find by its own text, and half a phone number is no phone number
        findings += self._across_seams(segments)
        findings = places_along_routes(findings, segments, self.filters)
        findings = propagate_places(findings, segments, self.filters)
        findings = places_the_sentence_confirms(findings)
        findings = resolve_shared_forms(findings, segments, self.listed)
        findings = join_a_name_split_over_lines(findings, segments, self.listed)
        findings = join_a_name_around_middle_names(take_the_particles_before(findings, segments), segments,
                                                   self.listed)
        # "H.A.Warsame": the letters before a listed surname are the person's, or somebody else's of the family
        findings = take_the_initials_before(findings, segments, self.listed)
        findings = take_a_second_surname(findings, segments, self.listed)
        # before propagation: "Powiedz" of "Powiedz Zielińska" would be a person's name everywhere, as would
        # "Police" of "Police Okonkwo were called"
        findings = drop_words_read_with_a_listed_name(service_and_date_words_before_names(findings, segments),
                                                      segments)
        findings += propagate_people(findings, segments, self.filters, self.listed)
        findings += propagate_values(findings, segments, self.filters)
        findings += propagate_letters(findings, segments, self.filters)
        findings = drop_titles_read_with_a_listed_name(findings, segments, self.listed)
        findings = mark_unlisted_full_names(findings, segments, self.listed, self.filters)
        findings = adopt_listed_words(findings, self.listed, segments)
        findings = join_record_order_names(findings, segments)
        # "In May Okonkwo rang", "Will Doyle be charged?": no given name; "Mags Okonkwo": the given name the person's
        findings = months_and_modals_before_names(findings, segments)
        findings = word_given_names(weekday_given_names(findings, segments), segments, self.listed)
        # "Tariq Hussain (TH)": the letters are the unlisted name's everywhere, numbered with it
        findings = initials_of_unlisted_names(findings, segments, self.listed)
        if replaced is not None:
            findings = [f for f in findings if replaced(f)]
        findings = elders_and_juniors_are_relatives(resolve_overlaps(findings, segments), segments, self.listed)
        findings = join_forms_of_one_person(findings, segments, self.listed)
        return join_dates(join_places(findings, segments), segments)

    def _across_seams(self, segments: list[Segment]) -> list[Finding]:
        """A contact or a protected date cut by a cell's, a paragraph's or a line's end, a tab or a soft hyphen
        ("07700 900" | "123"): both halves, each a find of the secret's kind (``redact.seams``)."""
        from ..dates import parts_of_other_dates
        from ..seams import finds_across

        # (Presidio's annotation asks for NLP artifacts; pattern recognisers, ours too, take None: ``Any``)
        recognizers: list[Any] = [r for r in self.pattern_recognizers if set(r.supported_entities) & _CUT_SECRETS]
        texts = [_as_read(s) if s.kind == "text" else "" for s in segments]
        parts = [s.location.split("#", 1)[0] for s in segments]

        def joined(a: int, b: int) -> bool:
            return parts[a] == parts[b] and _flowing(segments[a].location) and _flowing(segments[b].location)

        def find(text: str) -> list[tuple[int, int, Any]]:
            kept = self.filters.protected_spans(text, allow=False)
            return [(r.start, r.end, r) for recognizer in recognizers
                    for r in recognizer.analyze(text, recognizer.supported_entities, None) or []
                    if r.entity_type in _CUT_SECRETS and not (r.recognition_metadata or {}).get("candidate")
                    and not self.filters.keeps_contact(text[r.start:r.end])
                    and not any(s <= r.start and r.end <= e for s, e in kept)
                    and (r.entity_type != entities.PHONE_NUMBER or _a_phone_across_a_cut(text, r))]

        dates = list(dict.fromkeys(d for _, d in self.rules.protected_dates()))
        # a side that is a part of another whole date ("1" | "December" | "2021") is no part of a protected one
        others = parts_of_other_dates(texts, dates) if dates else set()
        findings = []
        for reading, start, end, result in finds_across(texts, joined, find):
            if result.entity_type in entities.PROTECTED_DATE_TYPES and reading.cut in ("\n", "\t"):
                continue    # a date over a line break or a tab inside one text is the date reader's own judgement
            if result.entity_type in entities.PROTECTED_DATE_TYPES and not reading.cut \
                    and {reading.left.index, reading.right.index} & others:
                continue
            whole = reading.text[start:end]
            for order, half in enumerate(reading.halves(start, end)):
                segment = segments[half.index]
                half_end = half.end
                if order:
                    # the rest goes without a placeholder of its own: the space after it too, or the cell or
                    # paragraph would start with one
                    while half_end < len(segment.text) and segment.text[half_end] == " ":
                        half_end += 1
                findings.append(Finding(half.start, half_end, segment.text[half.start:half_end], result.entity_type,
                                        float(result.score), "seam", half.index, segment.location, None,
                                        {"across_a_cut": whole, **({"rest_of_a_cut": True} if order else {})}))
        return findings

    def detect_text(self, text: str) -> list[Finding]:
        return self.detect([Segment("text", text, "text")])

    # ------------------------------------------------------------------ internals

    def _learn_document(self, segments: list[Segment]) -> None:
        self.listed.learn_ambiguity([s.text for s in segments if s.kind == "text"])
        # "Nadia Ahmed (NA)" in one paragraph makes "sent by NA" in another her (``redact.initials``)
        self.listed.initials.learn_document(document_texts(segments))
        self.listed.nicknames.learn_document(document_texts(segments))   # "Darius 'Daz' Mensah": "Daz" is him
        for recognizer in self.pattern_recognizers:
            if hasattr(recognizer, "learn_document"):  # "the 14th" under a table row that names the month
                recognizer.learn_document([s.text for s in segments])

    def _detect_prose(self, segments: list[Segment], prepare: Callable[[], None] = lambda: None,
                      meanwhile: Iterator[None] = iter(())) -> list[Finding]:
        """``prepare`` runs before the first recogniser, once the model has the first batches."""
        pieces = [_Piece(i, offset, chunk) for i, s in enumerate(segments) if s.kind in ("text", "metadata")
                  and s.text.strip() for offset, chunk in _chunks(_as_read(s))]
        # The model reads each different text once: a document repeats texts ("Wealdshire Police", a heading in
        # every header: a fifth of case1's pieces), and a text's entities do not depend on the batch it is read in
        # (checked on every text of the fixtures and of generated drafts, in shuffled batches of 1 to 200). The
        # recognisers still read every piece, in order (the protected dates count each reading of a text).
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for index, piece in enumerate(pieces):
            first.setdefault(piece.text, index)
            last[piece.text] = index
        distinct = [piece for index, piece in enumerate(pieces) if first[piece.text] == index]
        held: dict[str, NlpArtifacts] = {}   # a text's artifacts until its last piece is read
        findings: list[Finding] = []
        done = 0

        def recognise(until: int) -> None:
            nonlocal done
            for index in range(done, until):
                piece = pieces[index]
                nlp_artifacts = held.get(piece.text) if last[piece.text] > index else held.pop(piece.text, None)
                if nlp_artifacts is None:
                    continue   # as zip() over a batch did: an engine gives one per text (spaCy always does)
                segment = segments[piece.segment]
                for result in self.analyzer.analyze_piece(piece.text, nlp_artifacts):
                    findings.append(self._finding(result, piece.segment, segment, piece.offset))
            done = max(done, until)

        self.analyzer.prepare()
        for batch, artifacts in self._ner_batches(_batches(distinct), prepare, meanwhile):
            for piece, (_, nlp_artifacts) in zip(batch, artifacts):
                held[piece.text] = nlp_artifacts
            recognise(first[batch[-1].text] + 1)   # every piece up to the batch's last new text has its text read
        recognise(len(pieces))
        return findings

    def _ner_batches(self, batches: list[list[_Piece]], prepare: Callable[[], None] = lambda: None,
                     meanwhile: Iterator[None] = iter(())) -> Iterator[tuple[list[_Piece], list]]:
        """Each batch with the model's artifacts for its pieces, in order. With NER threads the model reads the
        next batches while this thread runs the recognisers over the last: spaCy's NER spends most of its time
        outside the GIL, so on two cores a document takes about 0.8x the time (docs/performance.md). Each batch
        is the same ``nlp.pipe`` call as in one thread, so the finds are the same (tests/test_detect_threads.py).
        ``prepare`` is called once before the first batch is given (in the threads' case, once they have the
        first batches); ``meanwhile``: work in small steps that does not depend on the model, advanced while a
        batch this thread needs is not ready yet (it would otherwise only wait). Where a fork is safe, one forked
        process reads the batches instead of the threads (``ner_process``: no turns at the interpreter's lock with
        the recognisers), with the same ``nlp.pipe`` calls."""
        engine = self.analyzer.nlp_engine

        def ner(batch: list[_Piece]) -> list:
            return list(engine.process_batch([piece.text for piece in batch], "en", batch_size=len(batch)))

        reader = getattr(engine, "reader", None)
        if reader is not None and reader.alive:   # the model is in the reader forked at the command's start
            yield from batches_read_by(reader, engine, batches, lambda piece: piece.text, ner, prepare, meanwhile,
                                       _FINISHED)
            return
        if self.ner_threads <= 1 or len(batches) <= 1:
            prepare()
            for batch in batches:
                yield batch, ner(batch)
            return
        if isinstance(engine, PreloadedSpacyNlpEngine) and engine.ner_only and ner_process_possible():
            # no turns at the interpreter's lock with the recognisers: a fork reads the batches (``ner_process``)
            yield from batches_read_in_a_process(engine, batches, lambda piece: piece.text, ner, prepare, meanwhile,
                                                 _FINISHED)
            return
        # a few batches ahead, not the whole document: the docs of a long report would all be held at once
        ahead = self.ner_threads + 1
        prepared = False

        def artifacts(future) -> list:
            nonlocal prepared
            if not prepared:
                prepare()
                prepared = True
            _work_until_done(future, meanwhile)
            return future.result()

        with ThreadPoolExecutor(max_workers=self.ner_threads, thread_name_prefix="redact-ner") as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append((batch, pool.submit(ner, batch)))
                if len(pending) > ahead:
                    done, future = pending.popleft()
                    yield done, artifacts(future)
            while pending:
                done, future = pending.popleft()
                yield done, artifacts(future)

    def _detect_machine_values(self, segments: list[Segment], answers: "_MachineValueAnswers") -> list[Finding]:
        findings: list[Finding] = []
        recognizers = answers.recognizers
        for index, segment in enumerate(segments):
            if segment.kind == "text" or not segment.text.strip():
                continue
            # A short value (a title, an alt text, a property) that holds a listed name holds the name,
            # even when it is a word too ("Dawn"): matched as in identifiers, without the prose judgement.
            for start, end, listed in answers.listed(segment.text):
                findings.append(Finding(start, end, segment.text[start:end], listed.entity_type, 1.0, "rule",
                                        index, segment.location, listed.index,
                                        {"form": listed.variant.form,
                                         "alternatives": listed.variant.alternatives}))
            if segment.kind == "metadata":
                continue  # the prose path has run the recognisers on it
            # a style or font name ("Footer Char", "Cambria Math") is no sentence: names and places in attribute
            # values are the listed ones matched above
            # A recogniser that learns the document (learn_document: the protected dates count each reading of a
            # text) is asked here, in reading order, every time; the others' answers are the text's alone.
            for (recognizer, learns), answer in zip(recognizers, answers.found(segment.text)):
                found = self._machine_value_finds(recognizer, segment.text) if learns else answer
                for result in found or []:
                    findings.append(self._finding(result, index, segment, 0))
            if segment.kind == "person_field":
                findings.append(Finding(0, len(segment.text), segment.text, entities.PERSON, 1.0, "person-field",
                                        index, segment.location, None, {"whole_value": True}))
        return findings

    @staticmethod
    def _machine_value_finds(recognizer, text: str) -> list[RecognizerResult] | None:
        # no language model on a machine value; Presidio's annotation says artifacts are required, but its pattern
        # recognisers, and ours, accept None
        plain = with_plain_spaces_and_digits(text)
        found = recognizer.analyze(plain, recognizer.supported_entities, None)
        if "_" in plain and not hasattr(recognizer, "learn_document"):
            # a machine value joins words with underscores ("call_07700_900461" in a bookmark or a merge field,
            # "SL2_5QR.png"): read with spaces there too (one for one), as the date view reads them
            seen = {(result.start, result.end, result.entity_type) for result in found or []}
            found = list(found or []) + [
                result for result in recognizer.analyze(plain.replace("_", " "), recognizer.supported_entities, None)
                or [] if (result.start, result.end, result.entity_type) not in seen]
        return found

    @staticmethod
    def _finding(result, index: int, segment: Segment, offset: int) -> Finding:
        metadata = dict(result.recognition_metadata or {})
        source = metadata.pop("source", None) or metadata.get(result.RECOGNIZER_NAME_KEY, "detector")
        listed_index = metadata.pop("listed_index", None)
        start, end = result.start + offset, result.end + offset
        # no find starts or ends with white space: the model's entity can take the spaces after a name
        # ("Ravensworth  agency"), and replacing them glued the next word to the pseudonym ("Doraagency")
        found = segment.text[start:end]
        if found.strip() and found != found.strip():
            start += len(found) - len(found.lstrip())
            end -= len(found) - len(found.rstrip())
        if result.entity_type == entities.PERSON and listed_index is None:
            start, end = _whole_hyphenated_name(segment.text, start, end)
        for key in ("place_start", "place_end"):
            if key in metadata:
                metadata[key] += offset
        return Finding(start, end, segment.text[start:end], result.entity_type, float(result.score), source,
                       index, segment.location, listed_index, metadata)


# what a cut can hide that no half shows: a contact, a number that is a person's, a protected date (a listed name's
# every word is a form of its own, and a date that is neither of the protected ones is the date policy's)
_CUT_SECRETS = frozenset({entities.PHONE_NUMBER, entities.EMAIL_ADDRESS, entities.UK_NHS, entities.DATE_OF_DEATH,
                          entities.DATE_OF_BIRTH})
def _a_phone_across_a_cut(text: str, result) -> bool:
    """Digits read across a cut make a phone number only as a phone's are written: a UK mobile, a number with its
    "+" or "00", or a phone word before it ("Mobile: 07700 900" | "461"). A table's reference beside its year
    ("Case" | "0800123" | "2023") reads as a freephone number too."""
    from .recognizers.contacts import UkPhoneRecognizer

    number = (result.recognition_metadata or {}).get("e164") or ""
    written = text[result.start:result.end].lstrip("( ")
    return number.startswith("+447") or written.startswith(("+", "00")) or \
        UkPhoneRecognizer._CUE.search(text_before(text, result.start)) is not None


# a paragraph of a part ("word/document.xml#p12"), not its field instructions or another branch of it
_PARAGRAPH_LOCATION = re.compile(r"#p\d+$")


def _flowing(location: str) -> bool:
    return _PARAGRAPH_LOCATION.search(location) is not None


def _as_read(segment: Segment) -> str:
    """A segment's text as the model and the recognisers read it, one character for one: other spaces plain, other
    scripts' digits ASCII, and in a short value (a document variable, a form field's name, a property) underscores
    too ("07700_900461")."""
    text = with_plain_spaces_and_digits(segment.text)
    return text.replace("_", " ") if segment.kind == "metadata" and "_" in text else text


def _on_written(finding: Finding, segment: Segment, read: Unmarked | None) -> Finding:
    """A find in the text as read (markup decoded), on the characters of the segment that wrote it."""
    if read is None:
        return finding
    start = read.starts[finding.start] if finding.start < len(read.starts) else len(segment.text)
    end = read.ends[finding.end - 1] if finding.end > finding.start else start
    metadata = dict(finding.metadata)
    for key in ("place_start", "place_end"):
        if isinstance(metadata.get(key), int):
            index = metadata[key]
            metadata[key] = (read.ends[index - 1] if key == "place_end" and index > 0 else
                             read.starts[index] if index < len(read.starts) else len(segment.text))
    start, end = _with_partner_marks(segment.text, start, end)
    return replace(finding, start=start, end=end, text=segment.text[start:end], metadata=metadata)


_EMPHASIS_RUN = re.compile(r"\*+|_{2,}")
_EMPHASIS_RUN_BEFORE = re.compile(r"(?:\*+|_{2,})$")


def _with_partner_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A find that takes one of a pair of emphasis marks takes the other where it touches the find: "**Sio**bhán
    Ní Bhriain" is replaced whole, not as "**Person B" with the opening mark left alone."""
    inside = [match[0] for match in _EMPHASIS_RUN.finditer(text, start, end)]
    if len(inside) % 2 == 0:
        return start, end
    before = ending_at(_EMPHASIS_RUN_BEFORE, text, start)
    if before is not None and before[0] in inside:
        return before.start(), end
    after = _EMPHASIS_RUN.match(text, end)
    if after is not None and after[0] in inside:
        return start, after.end()
    return start, end


# a name's word joined by a hyphen to a capitalised word: "Mensah-Carver", "Jean-Paul"
_HYPHENATED_AFTER = re.compile(r"[-\u2010\u2011][^\W\d_a-z][^\W\d_]*(?:[-\u2010\u2011][^\W\d_a-z][^\W\d_]*)*")
_HYPHENATED_BEFORE = re.compile(r"(?:[^\W\d_a-z][^\W\d_]*[-\u2010\u2011])+$")


def _whole_hyphenated_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A detected person never ends or starts inside a double-barrelled name: "Hugo, Harriet Mensah" of "...
    Mensah-Carver" won its overlap with the listed "Harriet Mensah-Carver" and left "-Carver" in the output."""
    if 0 < end < len(text) and text[end - 1].isalpha():
        after = _HYPHENATED_AFTER.match(text, end)
        if after:
            end = after.end()
    if 0 < start and text[start].isalpha() and text[start - 1] in "-\u2010\u2011":
        before = ending_at(_HYPHENATED_BEFORE, text, start)
        if before and (before.start() == 0 or not text[before.start() - 1].isalnum()):
            start = before.start()
    return start, end

