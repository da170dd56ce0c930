"""Detection quality: ``python benchmarks/evaluate.py`` (run from the repository; not installed with the package).

Two yardsticks, measured in one run with one spaCy model:

* **TAB** (the Text Anonymization Benchmark, ``../shared/tab``): court judgments annotated with every mention
  of a person, place, organisation, date, code, demographic, quantity and other identifier. Three systems are
  scored side by side on the same documents: *ours* (the strict detector), *plain Presidio* (its default
  recognisers over the same spaCy pipeline) and *plain spaCy* (``nlp(text).ents``, every label).

  - recall of a TAB type = characters of its gold mentions covered by *any* detection / characters of those
    mentions; whitespace and a leading title ("Mr", "Dr", "Judge") need no covering, and overlapping mentions
    of one type count each character once;
  - precision = characters of detections inside any gold mention (of any type) / characters of detections;
    whitespace is not counted on either side and overlapping detections count each character once.

  Because recall asks only whether a character is covered, the label a system gives its detection does not
  change the score; ``LABEL_TO_TAB`` maps labels to TAB types only to show what each system reports.

  Files in TAB's full schema (``dev21_full_schema.json``, ``train92_full_schema.json``) also say which mentions
  are direct or quasi identifiers and which mentions are one entity: for them the benchmark's own measures are
  reported beside the character measure (``score_entities``): entity-level recall of direct and of quasi
  identifiers (an entity counts only when all its mentions are masked, a mention only when all of it is),
  mention and token recall, and token precision, so that the numbers compare with published results.

* **The shared fixtures** (``../shared/fixtures/case*``): each draft.txt is redacted with its rules emptied of
  every person but the first (the victim); every identifier the rules never listed must be gone from the
  output, and ordinary text that must survive (``must_appear``) must survive.

``--split`` divides the TAB documents by a hash of their ``doc_id`` into a tuning part and a held-back part
(about 30%), so that improvements made while looking at one part can be checked on the other.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TAB = REPO.parent / "shared" / "tab" / "dev127.json"
DEFAULT_FIXTURES = REPO.parent / "shared" / "fixtures"

TAB_TYPES = ("PERSON", "LOC", "ORG", "DATETIME", "CODE", "DEM", "MISC", "QUANTITY")
TARGET_TYPES = ("PERSON", "LOC", "CODE", "DATETIME")
# Issue 11's targets for the held-back part of TAB dev127 in profile "strict", and the largest gap allowed between
# the tuning and the held-back part for each target type.
TARGETS = {"PERSON": 0.985, "LOC": 0.97, "CODE": 0.95, "DATETIME": 0.99, "precision": 0.85}
MAX_GAP = 0.02
SYSTEMS = ("ours", "presidio", "spacy")
SYSTEM_NAMES = {"ours": "ours (strict)", "presidio": "plain Presidio", "spacy": "plain spaCy"}
HELD_BACK_PERCENT = 30
FIXTURE_KINDS = ("person", "place", "address", "contact", "id")

# Labels of the three systems -> TAB types (for reporting only; see the module docstring).
LABEL_TO_TAB = {
    # ours (redact.entities)
    "PERSON": "PERSON", "LOCATION": "LOC", "ADDRESS": "LOC", "UK_POSTCODE": "LOC",
    "ORGANIZATION": "ORG", "PLACE_ORGANIZATION": "ORG",
    "DATE_TIME": "DATETIME", "DATE_OF_DEATH": "DATETIME", "DATE_OF_BIRTH": "DATETIME",
    "PHONE_NUMBER": "CODE", "EMAIL_ADDRESS": "CODE", "URL": "CODE", "SOCIAL_HANDLE": "CODE", "UK_NHS": "CODE",
    "UK_NINO": "CODE", "UK_VEHICLE_REGISTRATION": "CODE", "POLICE_REFERENCE": "CODE",
    "COURT_CASE_NUMBER": "CODE", "COLLAR_NUMBER": "CODE", "REFERENCE": "CODE", "FILE_NAME": "CODE",
    "AGE": "QUANTITY", "LOCAL_BUSINESS": "ORG",
    # plain Presidio (default recognisers; PERSON, LOCATION, DATE_TIME as above)
    "NRP": "DEM", "IP_ADDRESS": "CODE", "CREDIT_CARD": "CODE", "CRYPTO": "CODE", "IBAN_CODE": "CODE",
    "MEDICAL_LICENSE": "CODE", "US_SSN": "CODE", "US_BANK_NUMBER": "CODE", "US_DRIVER_LICENSE": "CODE",
    "US_ITIN": "CODE", "US_PASSPORT": "CODE", "UK_NHS_NUMBER": "CODE", "MAC_ADDRESS": "CODE",
    # plain spaCy (OntoNotes labels; PERSON, ORG as above)
    "PER": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "DATE": "DATETIME", "TIME": "DATETIME",
    "NORP": "DEM", "CARDINAL": "QUANTITY", "QUANTITY": "QUANTITY", "MONEY": "QUANTITY", "PERCENT": "QUANTITY",
    "ORDINAL": "QUANTITY", "LAW": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}

# A leading title needs no covering: "Mr Osman Erden" is recalled in full when "Osman Erden" is covered.
_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Messrs|Mme|Mlle|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Judge|Justice|Rev|Revd|"
    r"Reverend|Cllr|Councillor|Father|Sister|Brother|Mother)\.?\s+)+")


class EvaluationError(RuntimeError):
    """The evaluation cannot run (a data file is missing or not in a known schema)."""


# ---------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity_type: str
    identifier_type: str | None = None   # DIRECT, QUASI or NO_MASK (TAB's full schema only)
    entity_id: str | None = None


@dataclass
class TabDocument:
    doc_id: str
    text: str
    mentions: list[Mention]
    dataset_type: str = ""   # TAB's split: "dev" documents are the ones tuned on (in part), "train" never


@dataclass(frozen=True)
class Detection:
    start: int
    end: int
    label: str
    source: str = ""


def load_tab(path: str | Path, annotator: str | None = None) -> list[TabDocument]:
    """TAB documents from ``dev127.json`` (``mentions_single_annotator``) or TAB's full schema (``annotations``:
    one annotator's ``entity_mentions``: ``annotator``, else the first quality-checked one, else the first)."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: TAB data not found (expected ../shared/tab/dev127.json beside the repo; "
                              f"give another file with --tab PATH)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path}: not a TAB JSON file ({error.__class__.__name__})") from None
    if not isinstance(data, list):
        raise EvaluationError(f"{path}: not a TAB JSON file (expected a list of documents)")
    docs = []
    for raw in data:
        if "mentions_single_annotator" in raw:
            mentions = raw["mentions_single_annotator"]
        elif "annotations" in raw:
            annotations = raw["annotations"]
            chosen = annotator or next((a for a in raw.get("quality_checked") or [] if a in annotations), None) \
                or sorted(annotations)[0]
            if chosen not in annotations:
                raise EvaluationError(f"{path}: document {raw.get('doc_id')} has no annotator '{chosen}'")
            mentions = annotations[chosen]["entity_mentions"]
        else:
            raise EvaluationError(f"{path}: document {raw.get('doc_id')} has no mentions in a known schema")
        docs.append(TabDocument(str(raw["doc_id"]), raw["text"],
                                [Mention(int(m["start_offset"]), int(m["end_offset"]), m["entity_type"],
                                         m.get("identifier_type"), m.get("entity_id")) for m in mentions],
                                str(raw.get("dataset_type") or "")))
    return docs


def is_held_back(doc_id: str, percent: int = HELD_BACK_PERCENT) -> bool:
    """Deterministic split: the same document is always in the same part, on every machine."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100 < percent


# ---------------------------------------------------------------------------------------------- scoring


def needed_positions(text: str, start: int, end: int) -> set[int]:
    """The characters of a gold mention that a detection must cover: not whitespace, not a leading title."""
    span = text[start:end]
    title = _TITLE.match(span)
    skip = title.end() if title and title.end() < len(span) else 0
    return {start + i for i in range(skip, len(span)) if not span[i].isspace()}


@dataclass
class DocScore:
    """Character counts for one document, summed over documents by ``Totals``."""

    covered: Counter = field(default_factory=Counter)   # TAB type -> needed characters covered
    needed: Counter = field(default_factory=Counter)    # TAB type -> needed characters
    detected: int = 0                                   # non-whitespace characters of detections
    detected_inside: int = 0                            # ... of those inside some gold mention
    detected_by_type: Counter = field(default_factory=Counter)  # TAB type of the label -> characters
    inside_by_type: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)          # (TAB type, mention text, share missed)
    false_positives: list = field(default_factory=list)  # (label, source, detection text, characters outside)


def score_document(text: str, mentions: list[Mention], detections: list[Detection]) -> DocScore:
    """Character-level recall per TAB type and precision of one document's detections."""
    covered_positions: set[int] = set()
    for d in detections:
        covered_positions.update(range(max(0, d.start), min(len(text), d.end)))
    covered_positions = {i for i in covered_positions if not text[i].isspace()}
    gold_positions: set[int] = set()
    score = DocScore()
    by_type: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        gold_positions.update(range(m.start, m.end))
        needed = needed_positions(text, m.start, m.end)
        by_type[m.entity_type] |= needed
        missed = needed - covered_positions
        if missed:
            score.misses.append((m.entity_type, text[m.start:m.end], len(missed) / max(1, len(needed))))
    for entity_type, positions in by_type.items():
        score.needed[entity_type] += len(positions)
        score.covered[entity_type] += len(positions & covered_positions)
    score.detected = len(covered_positions)
    score.detected_inside = len(covered_positions & gold_positions)
    seen: set[int] = set()
    for d in sorted(detections, key=lambda d: (d.start, -d.end)):
        positions = {i for i in range(max(0, d.start), min(len(text), d.end)) if not text[i].isspace()} - seen
        seen |= positions
        tab_type = LABEL_TO_TAB.get(d.label, "other")
        score.detected_by_type[tab_type] += len(positions)
        score.inside_by_type[tab_type] += len(positions & gold_positions)
        outside = len(positions - gold_positions)
        if outside:
            score.false_positives.append((d.label, d.source, text[d.start:d.end], outside))
    return score


# ---------------------------------------------------------------------------------------------- TAB's own measures

# What TAB's evaluation lets stay unmasked inside a mention (Pilán et al. 2022, section 6): titles, short function
# words and punctuation, about which annotators disagree whether they belong to the span.
TAB_IGNORED_WORDS = ("mr", "mrs", "ms", "and", "or", "from", "until", "to", "about", "after", "as", "at", "before",
                     "between", "by", "during", "for", "in", "into", "of", "on", "over", "since", "with", "the", "a",
                     "an", "no", "nr", "’s", "'s")
_TAB_IGNORED = re.compile("|".join([rf"\b{re.escape(w)}\b" for w in TAB_IGNORED_WORDS]
                                   + [re.escape(c) for c in ",.-;:/&()[]–'\" ’“”"]), re.IGNORECASE)
_TOKEN = re.compile(r"\w+")


def mention_masked(text: str, start: int, end: int, masked: set[int]) -> bool:
    """TAB's rule: a mention is masked when every character of it is, but for ignored words and punctuation."""
    left = set(range(start, end)) - masked
    if left:
        for m in _TAB_IGNORED.finditer(text[start:end]):
            left -= set(range(start + m.start(), start + m.end()))
    return not left


@dataclass
class EntityScore:
    """Counts for TAB's entity-level measures over one document (full schema only: DIRECT/QUASI, entity_id).

    An entity counts as protected only when all its mentions that need masking are masked (ER); mentions and
    tokens are counted one by one as well; precision is TAB's token precision with uniform weights: tokens of
    detections that lie inside a mention an annotator masked / tokens of detections."""

    entities: Counter = field(default_factory=Counter)          # "direct"/"quasi" -> entities to mask
    entities_masked: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)          # "direct"/"quasi" -> mentions to mask
    mentions_masked: Counter = field(default_factory=Counter)
    mentions_by_type: Counter = field(default_factory=Counter)  # TAB type -> mentions to mask
    masked_by_type: Counter = field(default_factory=Counter)
    tokens: int = 0
    tokens_masked: int = 0
    detected_tokens: int = 0
    detected_tokens_inside: int = 0
    missed_entities: list = field(default_factory=list)         # ("direct"/"quasi", TAB type, first unmasked mention)

    def add(self, other: "EntityScore") -> "EntityScore":
        for name in ("entities", "entities_masked", "mentions", "mentions_masked", "mentions_by_type",
                     "masked_by_type"):
            getattr(self, name).update(getattr(other, name))
        for name in ("tokens", "tokens_masked", "detected_tokens", "detected_tokens_inside"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed_entities += other.missed_entities
        return self

    def entity_recall(self, kind: str) -> float | None:
        return self.entities_masked[kind] / self.entities[kind] if self.entities[kind] else None

    def mention_recall(self, kind: str) -> float | None:
        return self.mentions_masked[kind] / self.mentions[kind] if self.mentions[kind] else None

    def type_recall(self, entity_type: str) -> float | None:
        n = self.mentions_by_type[entity_type]
        return self.masked_by_type[entity_type] / n if n else None

    @property
    def token_recall(self) -> float | None:
        return self.tokens_masked / self.tokens if self.tokens else None

    @property
    def token_precision(self) -> float | None:
        return self.detected_tokens_inside / self.detected_tokens if self.detected_tokens else None


def _merged(spans) -> list[tuple[int, int]]:
    """Overlapping or touching spans as one: a masked stretch of text is split into tokens once."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        elif a < b:
            out.append([a, b])
    return [(a, b) for a, b in out]


def has_identifier_types(mentions: list[Mention]) -> bool:
    return any(m.identifier_type for m in mentions)


def score_entities(text: str, mentions: list[Mention], detections: list[Detection]) -> EntityScore:
    """TAB's entity-level recall (direct and quasi identifiers), mention and token recall, token precision."""
    masked = {i for d in detections for i in range(max(0, d.start), min(len(text), d.end))}
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.entity_id or f"{m.start}:{m.end}", []).append(m)
    score = EntityScore()
    to_mask: list[tuple[int, int]] = []
    for entity_mentions in grouped.values():
        flags = [m.identifier_type in ("DIRECT", "QUASI") for m in entity_mentions]
        if not any(flags):
            continue
        # as TAB's scorer: the first mention says direct or quasi; an entity some annotator masked anywhere must
        # be masked wherever it was marked for masking
        kind = "direct" if entity_mentions[0].identifier_type == "DIRECT" else "quasi"
        needed = [m for m, flag in zip(entity_mentions, flags) if flag]
        unmasked = [m for m in needed if not mention_masked(text, m.start, m.end, masked)]
        score.entities[kind] += 1
        score.entities_masked[kind] += not unmasked
        if unmasked:
            score.missed_entities.append((kind, unmasked[0].entity_type, text[unmasked[0].start:unmasked[0].end]))
        for m in needed:
            is_masked = m not in unmasked
            score.mentions[kind] += 1
            score.mentions_masked[kind] += is_masked
            score.mentions_by_type[m.entity_type] += 1
            score.masked_by_type[m.entity_type] += is_masked
            to_mask.append((m.start, m.end))
            for token in _TOKEN.finditer(text, m.start, m.end):
                score.tokens += 1
                score.tokens_masked += mention_masked(text, token.start(), token.end(), masked)
    for a, b in _merged((max(0, d.start), min(len(text), d.end)) for d in detections):
        for token in _TOKEN.finditer(text, a, b):
            score.detected_tokens += 1
            score.detected_tokens_inside += any(a <= token.start() and token.end() <= b for a, b in to_mask)
    return score


@dataclass
class Totals:
    covered: Counter = field(default_factory=Counter)
    needed: Counter = field(default_factory=Counter)
    detected: int = 0
    detected_inside: int = 0
    detected_by_type: Counter = field(default_factory=Counter)
    inside_by_type: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    documents: int = 0

    def add(self, score: DocScore) -> "Totals":
        self.covered.update(score.covered)
        self.needed.update(score.needed)
        self.detected += score.detected
        self.detected_inside += score.detected_inside
        self.detected_by_type.update(score.detected_by_type)
        self.inside_by_type.update(score.inside_by_type)
        self.misses += score.misses
        self.false_positives += score.false_positives
        self.documents += 1
        return self

    def recall(self, entity_type: str) -> float | None:
        needed = self.needed.get(entity_type, 0)
        return self.covered.get(entity_type, 0) / needed if needed else None

    @property
    def precision(self) -> float | None:
        return self.detected_inside / self.detected if self.detected else None


# ---------------------------------------------------------------------------------------------- systems


def paragraphs(text: str) -> list[tuple[int, str]]:
    """A document as the paragraph segments a text document gives: each non-blank line, with its offset."""
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


class OursSystem:
    """``Redactor(rules=None, profile="strict")``: every finding of its detector is a detection."""

    name = "ours"

    def __init__(self, model: str | None = None):
        import warnings

        from redact.errors import RulesWarning
        from redact.pipeline import Redactor

        # detection quality is measured without a review's rules on purpose: the no-rules warning is noise here
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RulesWarning)
            self.redactor = Redactor(None, profile="strict", model=model)

    def detect(self, text: str) -> list[Detection]:
        from redact.documents.base import Segment

        pieces = paragraphs(text)
        segments = [Segment(f"p{i + 1}", piece, "text") for i, (_, piece) in enumerate(pieces)]
        out = []
        for f in self.redactor.detector.detect(segments):
            offset = pieces[f.segment][0]
            out.append(Detection(offset + f.start, offset + f.end, f.entity_type, f.source))
        return out


def _offline_email_validation(recognizer) -> None:
    """Presidio's e-mail recogniser asks tldextract, which fetches the public suffix list from the network the
    first time; give this instance an extractor that uses tldextract's bundled snapshot and writes no cache."""
    import tldextract

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    recognizer.validate_result = lambda pattern_text: extractor(pattern_text).fqdn != ""


class PresidioSystem:
    """A default ``AnalyzerEngine`` (every predefined recogniser, Presidio's own spaCy label mapping) over our
    preloaded pipeline, so nothing downloads; its e-mail recogniser made offline."""

    name = "presidio"

    def __init__(self, model: str | None = None, loaded=None):
        """``loaded``: a ``LoadedModel`` to use instead of loading ``model`` as dhr-redact does."""
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NerModelConfiguration
        from presidio_analyzer.predefined_recognizers import EmailRecognizer

        from redact.detect.engine import PreloadedSpacyNlpEngine
        from redact.detect.model import load_model

        engine = PreloadedSpacyNlpEngine(loaded or load_model(model))
        engine.ner_model_configuration = NerModelConfiguration()  # Presidio's defaults, not ours
        self.analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
        for recognizer in self.analyzer.registry.recognizers:
            if isinstance(recognizer, EmailRecognizer):
                _offline_email_validation(recognizer)

    def detect(self, text: str) -> list[Detection]:
        return [Detection(r.start, r.end, r.entity_type,
                          (r.recognition_metadata or {}).get("recognizer_name", ""))
                for r in self.analyzer.analyze(text, language="en")]


class SpacySystem:
    """``nlp(text).ents``, every label."""

    name = "spacy"

    def __init__(self, model: str | None = None):
        from redact.detect.model import load_model

        self.nlp = load_model(model).nlp

    def detect(self, text: str) -> list[Detection]:
        return [Detection(e.start_char, e.end_char, e.label_, "spacy") for e in self.nlp(text).ents]


SYSTEM_CLASSES = {"ours": OursSystem, "presidio": PresidioSystem, "spacy": SpacySystem}


@dataclass
class TabResult:
    """Per system: per-document scores (kept so any split can be summed) and the seconds it took."""

    docs: list[TabDocument]
    scores: dict[str, list[DocScore]]
    seconds: dict[str, float]
    entity_scores: dict[str, list[EntityScore | None]] = field(default_factory=dict)

    def totals(self, system: str, part: str = "all") -> Totals:
        totals = Totals()
        for doc, score in zip(self.docs, self.scores[system]):
            if in_part(doc.doc_id, part):
                totals.add(score)
        return totals

    @property
    def has_entities(self) -> bool:
        return any(score is not None for scores in self.entity_scores.values() for score in scores)

    def entity_totals(self, system: str, part: str = "all") -> EntityScore:
        totals = EntityScore()
        for doc, score in zip(self.docs, self.entity_scores.get(system, [])):
            if score is not None and in_part(doc.doc_id, part):
                totals.add(score)
        return totals

    def documents(self, part: str = "all") -> int:
        return sum(1 for doc in self.docs if in_part(doc.doc_id, part))


def tuned_on(result: TabResult) -> bool:
    """Were some of these documents looked at while tuning (TAB's dev split)? Only then is a split reported: every
    other document is held back whole."""
    return any(doc.dataset_type in ("", "dev") for doc in result.docs)


def in_part(doc_id: str, part: str) -> bool:
    return part == "all" or (part == "held-back") == is_held_back(doc_id)


def evaluate_tab(docs: list[TabDocument], systems=SYSTEMS, model: str | None = None,
                 progress=None) -> TabResult:
    scores: dict[str, list[DocScore]] = {}
    entity_scores: dict[str, list[EntityScore | None]] = {}
    seconds: dict[str, float] = {}
    for name in systems:
        t0 = time.perf_counter()
        system = SYSTEM_CLASSES[name](model)
        scores[name], entity_scores[name] = [], []
        for i, doc in enumerate(docs):
            detections = system.detect(doc.text)
            scores[name].append(score_document(doc.text, doc.mentions, detections))
            entity_scores[name].append(score_entities(doc.text, doc.mentions, detections)
                                       if has_identifier_types(doc.mentions) else None)
            if progress:
                progress(f"{name}: {i + 1}/{len(docs)}")
        seconds[name] = time.perf_counter() - t0
    return TabResult(docs, scores, seconds, entity_scores)


# ---------------------------------------------------------------------------------------------- fixtures


def _spans(text: str, needle: str, flags=0) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![^\W_])" + re.escape(needle) + r"(?![^\W_])", flags)
    return [m.span() for m in pattern.finditer(text)]


def load_gold(case_dir: Path) -> dict:
    return yaml.safe_load((Path(case_dir) / "gold.yaml").read_text(encoding="utf-8"))


def score_text(case_dir: Path, draft: str, output: str, *, listed_only: bool = True) -> dict:
    """A redacted plain-text fixture against its gold.yaml (the .docx side uses the fixtures' check_gold.py).

    ``leaks``: (text, kind, context) of every must_not_appear occurrence left in the output (with
    ``listed_only``, only entries the rules list, and the protected dates); ``lost``: must_appear strings
    with fewer occurrences in the output than in the draft.
    """
    gold = load_gold(case_dir)
    must_appear = [m["text"] for m in gold["must_appear"]]
    leaks = []
    for entry in gold["must_not_appear"]:
        if not entry.get("in_draft_txt", True):
            continue
        if listed_only and not entry["listed_in_rules"] and entry["kind"] not in ("date_of_death", "date_of_birth"):
            continue
        covers = [s for m in must_appear if len(m) > len(entry["text"]) and entry["text"] in m
                  for s in _spans(output, m)]
        for a, b in _spans(output, entry["text"]):
            if not any(c <= a and b <= d for c, d in covers):
                leaks.append((entry["text"], entry["kind"], output[max(0, a - 40):b + 40].replace("\n", " ")))
    mna = [m["text"] for m in gold["must_not_appear"]]

    def count(text: str, needle: str) -> int:
        total = 0
        for para in text.split("\n"):
            if needle not in para:
                continue
            blockers = [s for x in mna if x in para and not (len(x) < len(needle) and x in needle)
                        for s in _spans(para, x)]
            total += sum(1 for a, b in _spans(para, needle) if not any(a < d and c < b for c, d in blockers))
        return total

    lost = [t for t in dict.fromkeys(must_appear) if count(output, t) < count(draft, t)]
    missing_pseudonyms = []
    for expected in gold["expected"]:
        if _spans(draft, expected["real"]) and not _spans(output, expected["pseudonym"], re.IGNORECASE):
            missing_pseudonyms.append(expected["pseudonym"])
    considered = [t for t in dict.fromkeys(must_appear) if count(draft, t) > 0]
    return {"leaks": leaks, "lost": lost, "lost_ratio": len(lost) / max(1, len(considered)),
            "must_appear": len(considered), "missing_pseudonyms": sorted(set(missing_pseudonyms))}


def victim_only_rules(case_dir: Path):
    """The case's rules with every person but the first (the victim) taken out, and the (name, pseudonym) of each
    person taken out."""
    from redact.rules import parse_rules, read_rules_yaml

    path = Path(case_dir) / "rules.yaml"
    data = read_rules_yaml(path.read_text(encoding="utf-8"), str(path)) or {}
    people = data.get("people") or []
    removed = [(p["name"], p["pseudonym"]) for p in people[1:]]
    data["people"] = people[:1]
    return parse_rules(data, str(path)), removed


@dataclass
class FixtureResult:
    case: str
    found: Counter
    missed: Counter
    missed_texts: list          # (kind, text)
    removed_found: int          # surface forms of the people taken out of the rules
    removed_missed: list
    lost: list                  # must_appear strings whose count dropped
    lost_pseudonyms: list       # ... of those, pseudonyms of the people taken out (no longer protected as such)
    must_appear: int
    seconds: float


def evaluate_fixture(case_dir: Path, model: str | None = None) -> FixtureResult:
    """Redact draft.txt with the victim-only rules; which unlisted identifiers are gone, what ordinary text is lost."""
    from redact.pipeline import Redactor

    case_dir = Path(case_dir)
    t0 = time.perf_counter()
    rules, removed_people = victim_only_rules(case_dir)
    removed = {name for name, _ in removed_people}
    pseudonyms = {pseudonym for _, pseudonym in removed_people}
    draft = (case_dir / "draft.txt").read_text(encoding="utf-8")
    output = Redactor(rules, model=model).redact_text(draft)
    scored = score_text(case_dir, draft, output, listed_only=False)
    leaked = {(text, kind) for text, kind, _ in scored["leaks"]}
    found, missed, missed_texts = Counter(), Counter(), []
    removed_found, removed_missed = 0, []
    for entry in load_gold(case_dir)["must_not_appear"]:
        if not entry.get("in_draft_txt", True):
            continue
        gone = (entry["text"], entry["kind"]) not in leaked
        if not entry["listed_in_rules"] and entry["kind"] in FIXTURE_KINDS:
            (found if gone else missed)[entry["kind"]] += 1
            if not gone:
                missed_texts.append((entry["kind"], entry["text"]))
        elif entry["listed_in_rules"] and entry["kind"] == "person" and entry.get("entity") in removed:
            if gone:
                removed_found += 1
            else:
                removed_missed.append(entry["text"])
    lost = [t for t in scored["lost"] if t not in pseudonyms]
    return FixtureResult(case_dir.name, found, missed, missed_texts, removed_found, removed_missed, lost,
                         [t for t in scored["lost"] if t in pseudonyms], scored["must_appear"],
                         time.perf_counter() - t0)


def fixture_cases(root: Path = DEFAULT_FIXTURES) -> list[Path]:
    root = Path(root)
    return sorted(p for p in root.glob("case*") if (p / "draft.txt").exists() and (p / "gold.yaml").exists()) \
        if root.exists() else []


# ---------------------------------------------------------------------------------------------- reports


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _mark(value: float | None, key: str) -> str:
    target = TARGETS.get(key)
    if value is None or target is None:
        return _f(value)
    return f"{value:.3f}" + (" ✓" if value >= target else " ✗")


def tab_table(result: TabResult, part: str = "all") -> list[str]:
    systems = list(result.scores)
    totals = {s: result.totals(s, part) for s in systems}
    docs = next(iter(totals.values())).documents if totals else 0
    header = "| | " + " | ".join(SYSTEM_NAMES[s] for s in systems) + " | target |"
    lines = [header, "|---|" + "---|" * (len(systems) + 1)]
    for entity_type in TAB_TYPES:
        needed = next(iter(totals.values())).needed.get(entity_type, 0) if totals else 0
        label = f"recall {entity_type}" + (" **(target)**" if entity_type in TARGET_TYPES else "") + \
            f" ({needed:,} chars)"
        lines.append(f"| {label} | " + " | ".join(
            (_mark if entity_type in TARGET_TYPES and s == "ours" else lambda v, k: _f(v))(
                totals[s].recall(entity_type), entity_type) for s in systems)
            + f" | {TARGETS.get(entity_type, '') or ''} |")
    lines.append("| **precision** | " + " | ".join(
        (_mark if s == "ours" else lambda v, k: _f(v))(totals[s].precision, "precision") for s in systems)
        + f" | {TARGETS['precision']} |")
    lines.append("| characters detected | " + " | ".join(f"{totals[s].detected:,}" for s in systems) + " | |")
    lines[0:0] = [f"{docs} documents ({part})", ""]
    return lines


def gap_line(result: TabResult, system: str = "ours") -> str:
    """Tuning part minus held-back part, per target type (positive: better on what was tuned on)."""
    tune, held = result.totals(system, "tune"), result.totals(system, "held-back")
    cells = []
    for key in (*TARGET_TYPES, "precision"):
        a, b = (tune.precision, held.precision) if key == "precision" else (tune.recall(key), held.recall(key))
        if a is None or b is None:
            continue
        cells.append(f"{key} {a - b:+.3f}" + (" ✓" if abs(a - b) <= MAX_GAP else " ✗"))
    return f"Gap tuning − held-back for {SYSTEM_NAMES[system]} (at most {MAX_GAP} each): " + ", ".join(cells) + "."


def entity_table(result: TabResult, part: str = "all") -> list[str]:
    """TAB's own measures (entity-level recall of direct and quasi identifiers, ...) per system."""
    systems = list(result.scores)
    totals = {s: result.entity_totals(s, part) for s in systems}
    first = next(iter(totals.values()))
    rows = [
        (f"ER direct identifiers ({first.entities['direct']:,} entities)", lambda t: t.entity_recall("direct")),
        (f"ER quasi identifiers ({first.entities['quasi']:,} entities)", lambda t: t.entity_recall("quasi")),
        (f"mention recall, direct ({first.mentions['direct']:,} mentions)", lambda t: t.mention_recall("direct")),
        (f"mention recall, quasi ({first.mentions['quasi']:,} mentions)", lambda t: t.mention_recall("quasi")),
    ]
    rows += [(f"mention recall {t} ({first.mentions_by_type[t]:,})", lambda x, t=t: x.type_recall(t))
             for t in TAB_TYPES if first.mentions_by_type[t]]
    rows += [(f"token recall ({first.tokens:,} tokens)", lambda t: t.token_recall),
             ("token precision (uniform weights)", lambda t: t.token_precision)]
    lines = [f"{result.documents(part)} documents ({part})", "",
             "| TAB's measure | " + " | ".join(SYSTEM_NAMES[s] for s in systems) + " |",
             "|---|" + "---|" * len(systems)]
    for label, get in rows:
        lines.append(f"| {label} | " + " | ".join(_f(get(totals[s])) for s in systems) + " |")
    return lines


def label_table(result: TabResult, part: str = "all") -> list[str]:
    """What each system reports, by the TAB type its labels map to: characters and the share inside gold."""
    systems = list(result.scores)
    totals = {s: result.totals(s, part) for s in systems}
    kinds = [t for t in (*TAB_TYPES, "other") if any(totals[s].detected_by_type.get(t) for s in systems)]
    lines = ["| reported as | " + " | ".join(SYSTEM_NAMES[s] for s in systems) + " |",
             "|---|" + "---|" * len(systems)]
    for kind in kinds:
        cells = []
        for s in systems:
            n = totals[s].detected_by_type.get(kind, 0)
            inside = totals[s].inside_by_type.get(kind, 0)
            cells.append(f"{n:,} chars, {inside / n:.2f} in gold" if n else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def fixture_table(results: list[FixtureResult]) -> list[str]:
    lines = ["| case | " + " | ".join(FIXTURE_KINDS) + " | removed people's names | must_appear lost | "
             "+ removed people's pseudonyms lost |",
             "|---|" + "---|" * (len(FIXTURE_KINDS) + 3)]
    found, missed = Counter(), Counter()
    removed_found = removed_missed = lost = considered = lost_pseudonyms = 0
    for r in results:
        found.update(r.found)
        missed.update(r.missed)
        removed_found += r.removed_found
        removed_missed += len(r.removed_missed)
        lost += len(r.lost)
        lost_pseudonyms += len(r.lost_pseudonyms)
        considered += r.must_appear
        cells = [f"{r.found[k]}/{r.found[k] + r.missed[k]}" if r.found[k] + r.missed[k] else "–"
                 for k in FIXTURE_KINDS]
        removed = f"{r.removed_found}/{r.removed_found + len(r.removed_missed)}"
        lines.append(f"| {r.case} | " + " | ".join(cells) + f" | {removed} | {len(r.lost)}/{r.must_appear} "
                     f"({len(r.lost) / max(1, r.must_appear):.1%}) | {len(r.lost_pseudonyms)} |")
    cells = [f"{found[k]}/{found[k] + missed[k]}" if found[k] + missed[k] else "–" for k in FIXTURE_KINDS]
    lines.append("| **all** | " + " | ".join(f"**{c}**" for c in cells) +
                 f" | **{removed_found}/{removed_found + removed_missed}** | **{lost}/{considered} "
                 f"({lost / max(1, considered):.1%})** | **{lost_pseudonyms}** |")
    return lines


def samples(totals: Totals, n: int) -> list[str]:
    """The biggest misses (by characters missed, grouped by text) and false positives of one system."""
    missed = Counter()
    for entity_type, text, share in totals.misses:
        if entity_type in TARGET_TYPES:
            missed[(entity_type, " ".join(text.split()))] += share * len(text)
    fps = Counter()
    labels = {}
    for label, source, text, outside in totals.false_positives:
        key = " ".join(text.split())
        fps[key] += outside
        labels.setdefault(key, Counter())[f"{label}/{source}"] += 1
    lines = [f"Largest misses of target types (characters missed, summed over occurrences), top {n}:"]
    lines += [f"  {chars:7.0f}  {t:8}  {text!r}" for (t, text), chars in missed.most_common(n)]
    lines.append(f"Largest false positives (characters outside any gold mention), top {n}:")
    lines += [f"  {chars:7d}  {text!r}  [{', '.join(l for l, _ in labels[text].most_common(2))}]"
              for text, chars in fps.most_common(n)]
    return lines


def _model_note(model: str | None) -> str:
    from redact.detect.model import load_model

    loaded = load_model(model)
    return f"{loaded.name} {loaded.version}"


ENTITY_NOTE = ("TAB's own measures (Pilán et al. 2022, the benchmark's `evaluation.py` rules, our code): an entity "
               "(all mentions with one `entity_id`) marked DIRECT or QUASI counts as protected only when every mention "
               "of it marked for masking is wholly covered by detections, titles, short function words and "
               "punctuation excepted (ER); mention and token recall count mentions and tokens one by one; token "
               "precision is TAB's precision with uniform weights (tokens of detections inside a mention marked for "
               "masking / tokens of detections).")


def tab_sections(result: TabResult, split: bool) -> list[str]:
    """The character measure for all documents (and each part), then TAB's entity-level measures if the file
    has identifier types."""
    parts = ("all", "tune", "held-back") if split else ("all",)
    titles = {"all": "All documents", "tune": f"Tuning part (documents whose doc_id hash falls outside the held-back "
              f"{HELD_BACK_PERCENT}%)", "held-back": "Held-back part"}
    out: list[str] = []
    for part in parts:
        if part != "all":
            out += [f"### {titles[part]}", ""]
        out += tab_table(result, part) + [""]
    if split and "ours" in result.scores:
        out += [gap_line(result), ""]
    if result.has_entities:
        out += ["### TAB's entity-level measures", "", ENTITY_NOTE, ""]
        for part in parts:
            out += [f"{titles[part]}:", ""] + entity_table(result, part) + [""]
    return out


def merge_sections(old: str, new: str) -> str:
    """``new`` laid over ``old`` by "## " section: each section of ``new`` replaces the one of ``old`` with the same
    heading (up to its first " ("), the others of ``old`` stay where they were, new ones follow the last
    replaced one, and the text before the first section is ``new``'s."""
    def split(text: str) -> tuple[str, list[tuple[str, str]]]:
        # a marker comment just above a heading ("<!-- generated-drafts:begin -->") belongs to that section
        lines = text.splitlines(keepends=True)
        starts = []
        for i, line in enumerate(lines):
            if line.startswith("## "):
                j = i
                while j > 0 and lines[j - 1].startswith("<!--") and (not starts or j - 1 > starts[-1]):
                    j -= 1
                starts.append(j)
        head = "".join(lines[:starts[0]]) if starts else text
        sections = ["".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]
        return head, [(next(line for line in section.splitlines() if line.startswith("## ")).split(" (")[0].strip(),
                       section) for section in sections]

    _, old_sections = split(old)
    head, new_sections = split(new)
    fresh = dict(new_sections)
    merged, used, last = [], set(), -1
    for key, section in old_sections:
        if key in fresh:
            merged.append(fresh[key])
            used.add(key)
            last = len(merged)
        else:
            merged.append(section)
    rest = [section for key, section in new_sections if key not in used]
    merged[last if last >= 0 else len(merged):last if last >= 0 else len(merged)] = rest
    merged = [section if section.endswith("\n") else section + "\n" for section in merged]
    # a blank line before every heading, as Markdown wants
    body = "".join(section if i == len(merged) - 1 or section.endswith("\n\n") else section + "\n"
                   for i, section in enumerate(merged))
    return head + body


def markdown(command: str, model_note: str, tab_path: Path, tab: TabResult | None, split: bool,
             extra: list[tuple[Path, TabResult]], fixtures: list[FixtureResult], fixture_seconds: float,
             show: int = 0) -> str:
    out = ["# Detection quality", "",
           f"Generated by `python benchmarks/evaluate.py` on {_dt.date.today().isoformat()}.", "",
           f"- command: `{command}`",
           f"- spaCy model: {model_note} (the same pipeline for all three systems)",
           f"- machine: {os.cpu_count()} cores ({platform.machine()}, Python {platform.python_version()}); run times "
           f"below are wall-clock seconds on it", "",
           "How it is scored (see `benchmarks/evaluate.py`): recall of a TAB type = characters of its gold mentions "
           "covered by any detection / characters of those mentions (whitespace and a leading title such as "
           "\"Mr\" need no covering); precision = characters of detections inside any gold mention / characters of "
           "detections (whitespace not counted). *ours* is `Redactor(rules=None, profile=\"strict\")`'s detector "
           "over each document split into paragraph segments; *plain Presidio* is a default `AnalyzerEngine` "
           "(every predefined recogniser, Presidio's own spaCy mapping, e-mail recogniser made offline) and *plain "
           "spaCy* is `nlp(text).ents` with every label, both over the whole document. ✓/✗: the issue's target "
           "for ours.", ""]
    if tab is not None:
        out += [f"## TAB: `{tab_path.name}`", ""]
        out += tab_sections(tab, split)
        out += ["### What each system reports (labels mapped to TAB types, all documents)", ""]
        out += label_table(tab, "all") + [""]
        out += ["Label mapping (for the table above only; recall ignores labels): " + ", ".join(
            f"{k}→{v}" for k, v in LABEL_TO_TAB.items()) + ".", ""]
        out += ["Run time: " + ", ".join(f"{SYSTEM_NAMES[s]} {tab.seconds[s]:.0f} s" for s in tab.seconds) +
                f" ({sum(len(d.text) for d in tab.docs):,} characters).", ""]
        if show and "ours" in tab.scores:
            part = "tune" if split else "all"
            out += [f"### Biggest misses and false positives of ours ({'tuning part' if split else 'all documents'}"
                    f", top {show})", "", "```"]
            out += samples(tab.totals("ours", part), show) + ["```", ""]
    for path, result in extra:
        out += [f"## TAB: `{path.name}` (full schema, first quality-checked annotator)", ""]
        if not tuned_on(result):
            out += ["TAB's train split: no document of it was looked at while tuning, so all of it is held back.", ""]
        out += tab_sections(result, split and tuned_on(result))
        out += ["Run time: " + ", ".join(f"{SYSTEM_NAMES[s]} {result.seconds[s]:.0f} s"
                                         for s in result.seconds) + ".", ""]
    if fixtures:
        out += ["## Shared fixtures (draft.txt, rules emptied of every person but the victim)", "",
                "Found/total of the `must_not_appear` forms that the rules never listed (`listed_in_rules: false`, "
                "in draft.txt), per kind: found = no occurrence left in the output of "
                "`Redactor(rules).redact_text(draft)`. \"Removed people's names\": the forms of the people taken out "
                "of the rules. \"must_appear lost\": ordinary text whose count dropped (over-redaction).", ""]
        out += fixture_table(fixtures) + [""]
        missed = [(r.case, k, t) for r in fixtures for k, t in r.missed_texts]
        missed += [(r.case, "removed person", t) for r in fixtures for t in r.removed_missed]
        if missed:
            out += ["Missed: " + "; ".join(f"{c} {k} `{t}`" for c, k, t in missed) + ".", ""]
        lost = [(r.case, t) for r in fixtures for t in r.lost]
        if lost:
            out += ["Lost: " + "; ".join(f"{c} `{t}`" for c, t in lost) + ".", ""]
        lost = [(r.case, t) for r in fixtures for t in r.lost_pseudonyms]
        if lost:
            out += ["Pseudonyms of removed people lost (an effect of emptying the rules: a pseudonym is protected "
                    "only while its person is listed): " + "; ".join(f"{c} `{t}`" for c, t in lost) + ".", ""]
        out += [f"Run time: {fixture_seconds:.0f} s.", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/evaluate.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tab", type=Path, default=DEFAULT_TAB,
                        help="TAB JSON file (default ../shared/tab/dev127.json)")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="another TAB file to score as well (e.g. dev21_full_schema.json); repeatable")
    parser.add_argument("--split", action="store_true", help=f"also report the tuning part and the held-back "
                        f"{HELD_BACK_PERCENT}%% separately")
    parser.add_argument("--part", choices=("all", "tune", "held-back"), default="all",
                        help="score only this part of the TAB documents")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of ours,presidio,spacy")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="folder of the shared fixtures")
    parser.add_argument("--no-tab", action="store_true", help="skip TAB")
    parser.add_argument("--no-fixtures", action="store_true", help="skip the shared fixtures")
    parser.add_argument("--model", help="spaCy model (default: the one the rules default to)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print the N biggest misses and false "
                        "positives of ours")
    parser.add_argument("--output", type=Path, help="write the results as Markdown (e.g. docs/quality.md)")
    args = parser.parse_args(argv)

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)} (choose from {', '.join(SYSTEMS)})")
    try:
        docs = None if args.no_tab else load_tab(args.tab)
        extra_docs = [(p, load_tab(p)) for p in args.also]
    except EvaluationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    def subset(items: list[TabDocument]) -> list[TabDocument]:
        if args.part != "all":
            items = [d for d in items if (args.part == "held-back") == is_held_back(d.doc_id)]
        return items[:args.limit] if args.limit else items

    progress = (lambda msg: print(f"\r  {msg}   ", end="", file=sys.stderr, flush=True)) \
        if sys.stderr.isatty() else None
    model_note = _model_note(args.model)
    print(f"spaCy model: {model_note}")
    tab = None
    if docs is not None:
        docs = subset(docs)
        tab = evaluate_tab(docs, systems, args.model, progress)
        if progress:
            print(file=sys.stderr)
        print(f"\nTAB {args.tab.name}:")
        print("\n".join(tab_table(tab, "all")))
        if args.split:
            for part in ("tune", "held-back"):
                print(f"\n{part}:")
                print("\n".join(tab_table(tab, part)))
        print("\n".join([""] + label_table(tab, "all")))
        print("\nseconds: " + ", ".join(f"{s} {t:.1f}" for s, t in tab.seconds.items()))
        if args.show and "ours" in tab.scores:
            print()
            # with --split, only the tuning part is shown: the held-back part is for checking, not for looking
            print(f"ours, {'tuning part' if args.split else 'all documents'}:")
            print("\n".join(samples(tab.totals("ours", "tune" if args.split else "all"), args.show)))
    if tab is not None and args.split and "ours" in tab.scores:
        print("\n" + gap_line(tab))
    extra = []
    for path, items in extra_docs:
        result = evaluate_tab(subset(items), systems, args.model, progress)
        extra.append((path, result))
        print(f"\nTAB {path.name}:")
        print("\n".join(tab_sections(result, args.split and tuned_on(result))))
    fixtures, fixture_seconds = [], 0.0
    if not args.no_fixtures:
        cases = fixture_cases(args.fixtures)
        if not cases:
            print(f"\n(no shared fixtures at {args.fixtures}: skipped)")
        t0 = time.perf_counter()
        fixtures = [evaluate_fixture(case, args.model) for case in cases]
        fixture_seconds = time.perf_counter() - t0
        if fixtures:
            print("\nFixtures (rules emptied of every person but the victim):")
            print("\n".join(fixture_table(fixtures)))
            for r in fixtures:
                if r.missed_texts or r.removed_missed:
                    print(f"  {r.case} missed: " + "; ".join(
                        [f"{k} {t!r}" for k, t in r.missed_texts] + [f"removed person {t!r}"
                                                                      for t in r.removed_missed]))
                if r.lost or r.lost_pseudonyms:
                    print(f"  {r.case} lost: " + "; ".join([repr(t) for t in r.lost] + [
                        f"{t!r} (pseudonym of a removed person)" for t in r.lost_pseudonyms]))
    if args.output:
        command = "python benchmarks/evaluate.py " + " ".join(argv if argv is not None else sys.argv[1:])
        args.output.parent.mkdir(parents=True, exist_ok=True)
        report = markdown(command.strip(), model_note, args.tab, tab, args.split, extra, fixtures, fixture_seconds,
                          args.show)
        if args.output.exists():
            # sections this run did not measure (another data set, the generated drafts) stay as they are
            report = merge_sections(args.output.read_text(encoding="utf-8"), report)
        args.output.write_text(report, encoding="utf-8")
        print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
