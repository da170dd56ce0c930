"""The flow, left to right: read -> segments -> detect -> decide -> apply -> save -> verify, audited."""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from . import __version__, entities
from .atomic import Staging, check_target
from .audit import KEY_MODE, AuditKey, AuditLog, key_id, resolve_key, sha256_file
from .dates import CONTEXT_UNKNOWN, month_context_by_part
from .decide import Decider, Decision, PseudonymBook, _match_case, listed_in_capitals
from .detect.spans import DisjointSpans
from .documents import Document, Edit, ManualReviewItem, Segment, open_document
from .documents.places import places_by_location
from .documents.text import TextDocument
from .api import require_path, require_text
from .errors import LeakError, OutputError
from .findings import Finding
from .grammar import Grammar
from .initials import document_texts
from .rules import Rules, as_rules
from .rules_safety import report_clashes, warn_unprotected
from .variants import RELATIVE_FORM
from .verify import LeakFinder, Verdict, leak_advice, verify_file
from .verify.publication import refuse_unpublishable

if TYPE_CHECKING:
    from .api import RedactedBytes, RulesLike
    from .detect.engine import Detector


@dataclass
class RedactionReport:
    """What one ``redact_file`` did."""

    source: str
    output: str
    audit: str | None
    decisions: list[Decision]
    manual_review: list[ManualReviewItem]
    verdict: Verdict
    removed_images: list[ManualReviewItem] = field(default_factory=list)
    audit_key_source: str | None = None
    publication: dict | None = None       # what publication mode did (counts), None when revisions were kept
    # The segments as read, before any edit: ``decisions`` index them (a decision found by verify, after the first
    # edits, indexes the segment as it then stood). The review report and review copy show the originals from here.
    segments: list[Segment] = field(default_factory=list)
    # What detection found and the policy keeps (replacement None): a reviewer may want to overrule these.
    kept: list[Decision] = field(default_factory=list)
    # What was done to the document, in order (each round of edits as applied, image removal): a review copy
    # replays it on a fresh copy of the draft (redact.documents.docx.review_copy). Empty for text files.
    history: list = field(default_factory=list)
    # Where each location is, in words, read from the published copy (redact.documents.places): what apply prints.
    places: dict = field(default_factory=dict)
    # Each part of the document in the same words (part name -> "header of section 2"): the review report's parts.
    part_words: dict = field(default_factory=dict)

    @property
    def changes(self) -> int:
        return sum(1 for d in self.decisions if d.replaces)


def _glued_into_identifiers(decisions: list[Decision], segments: list[Segment]) -> list[Decision]:
    """A replacement written inside a word of an identifier ("Town X" for the "Hollinsbury" of the bookmark
    "Hollinsburyvisit") without its spaces ("TownXvisit"): a space would cut the bookmark's name, and a field's
    "REF Town Xvisit" would point at a bookmark "Town". The bookmark, the field and the link that point at each
    other are written alike, so the cross-reference still works."""
    out = []
    for decision in decisions:
        f = decision.finding
        replacement = decision.replacement
        if replacement is not None and " " in replacement and 0 <= f.segment < len(segments) \
                and segments[f.segment].kind == "identifier":
            text = segments[f.segment].text
            if (f.start > 0 and text[f.start - 1].isalnum()) or (f.end < len(text) and text[f.end].isalnum()):
                decision = replace(decision, replacement="".join(replacement.split()))
        out.append(decision)
    return out


def _edits(decisions: list[Decision], segments) -> list[Edit]:
    edits = []
    for decision in decisions:
        if decision.replacement is not None and decision.replacement != decision.finding.text:
            f = decision.finding
            edits.append(Edit(f.segment, f.start, _past_combining_marks(segments[f.segment].text, f.end),
                              decision.replacement))
    return edits


def _past_combining_marks(text: str, end: int) -> int:
    """The end of a replaced span with the combining marks written after its last letter: "Adébáyọ̀" ends in a
    grave accent of its own (no precomposed letter has both marks), which a find read on the folded name stopped
    before, and which then sat on the pseudonym ("Peter̀ signed")."""
    import unicodedata

    while end < len(text) and not text[end].isascii() and unicodedata.category(text[end]) in ("Mn", "Me"):
        end += 1
    return end


class Redactor:
    """Redacts documents for one review. Every Redactor in a process shares one spaCy pipeline."""

    def __init__(self, rules: "RulesLike" = None, profile: str = "dhr", *,
                 mapping: str | Path | None = None, model: str | None = None, strict_rules: bool = False,
                 ner_threads: int | None = None):
        """``rules``: a ``Rules``, the path of a rules file, a mapping as read from YAML, or None (domain defaults
        alone). ``profile``: "dhr" or "strict". ``mapping``: the review's pseudonym-numbering file, kept across
        documents. ``ner_threads``: threads that run the model over a long document (None: 2 where two cores are
        free to this process, or $REDACT_NER_THREADS; 1: none); above 1, on Linux in a process with no other
        thread running, one forked process runs it instead ($REDACT_NER_PROCESS=0: threads always). An unknown
        profile or a wrong type is refused here, before any work."""
        from .decide import PROFILES
        from .errors import ArgumentError

        self.rules = as_rules(rules)
        if profile not in PROFILES:
            raise ArgumentError(f"profile: unknown profile {profile!r} (choose from {', '.join(PROFILES)})")
        if ner_threads is not None and (type(ner_threads) is not int or ner_threads < 1):
            raise ArgumentError(f"ner_threads: a whole number of at least 1, or None (got {ner_threads!r})")
        # One Redactor may serve several threads: the recognisers, the decider and the numbering book hold what
        # they learnt from the document being read, so one document is analysed at a time (see docs/pipeline.md).
        self._lock = threading.RLock()
        # What these rules leave unprotected is said once, up front (a RulesWarning): no person, no date of death.
        warn_unprotected(self.rules)
        # strict_rules: a pseudonym that is also the name of an unlisted person in the draft refuses the run
        self.strict_rules = strict_rules
        self.profile = profile
        self.book = PseudonymBook(require_path(mapping, "mapping") if mapping is not None else None)
        self._model = model
        # threads that run the model over a document's batches (redact.detect.engine.default_ner_threads if None)
        self._ner_threads = ner_threads

    # Built on first use: Presidio and the spaCy model take seconds and hundreds of MB, and a broken or
    # hostile input must be refused before that (quickly, in little memory).
    @cached_property
    def detector(self) -> "Detector":
        """The Presidio analyser with this review's recognisers (built on first use)."""
        from .detect.engine import Detector

        return Detector(self.rules, model=self._model, ner_threads=self._ner_threads)

    @cached_property
    def decider(self) -> Decider:
        """Turns findings into decisions (pseudonyms, placeholders, date policy) for this review and profile."""
        return Decider(self.rules, self.profile, self.book, self.detector.listed)

    @cached_property
    def grammar(self) -> Grammar:
        """Rephrases around replacements so that the output reads as English."""
        return Grammar(self.decider)

    # ------------------------------------------------------------------ text

    def scan_text(self, text: str) -> list[Finding]:
        """What the detector finds in ``text`` (listed values, names, dates, contacts, ids), nothing replaced."""
        require_text(text)
        with self._lock:
            return self.detector.detect_text(text)

    def redact_text(self, text: str) -> str:
        """``text`` with every listed value, protected date and unlisted identifier replaced."""
        document = TextDocument.from_string(require_text(text))
        self.redact_document(document)
        return document.text

    # ------------------------------------------------------------------ documents

    def scan_document(self, document: Document) -> tuple[list[Segment], list[Finding]]:
        """The segments of an open document and what the detector finds in them, nothing replaced."""
        with self._lock:
            segments = document.segments
            findings = self.detector.detect(segments)
            report_clashes(self.detector.pseudonym_clashes, strict=self.strict_rules, stacklevel=3)
            return segments, findings

    def redact_document(self, document: Document, *, kept: list[Decision] | None = None) -> list[Decision]:
        """Redact an open document in memory (not saved, not verified from disk): the decisions applied.
        ``kept``: a list that receives what was found but the policy keeps (for a reviewer to see)."""
        with self._lock:
            return self._redact_document(document, kept)

    def _redact_document(self, document: Document, kept: list[Decision] | None = None) -> list[Decision]:
        def replaced(finding: Finding) -> bool:
            if self.decider.replaces(finding):
                return True
            if kept is not None:
                kept.append(Decision(finding, None, self._kept_reason(finding)))
            return False

        findings = self.detector.detect(document.segments, replaced=replaced, meanwhile=self._built_ahead())
        self.leak_finder.forget_texts()   # the last document's texts: the saved output's check reuses this one's
        findings = [finding for finding in findings if not self._listed_by_verify(finding)]
        self.leak_finder.carry_initials(self.detector.listed.initials.established)   # "Nadia Ahmed (NA)" is gone after
        self.leak_finder.carry_nicknames(self.detector.listed.nicknames.learned)   # and "Darius 'Daz' Mensah"
        report_clashes(self.detector.pseudonym_clashes, strict=self.strict_rules, stacklevel=4)
        decisions = self.decider.decide(findings, document.segments)   # a name is read in its sentence
        decisions = self.grammar.phrase(decisions, document.segments)  # so that the replacements read as English
        decisions = self.decider.date_policy.phrase(decisions, document.segments)  # "on 14 May" -> "in May 2023"
        decisions = _glued_into_identifiers(decisions, document.segments)
        document.apply(_edits(decisions, document.segments))
        return decisions + self._verify_pass(document)

    def _listed_by_verify(self, finding: Finding) -> bool:
        """An unlisted person the model read where only verify's broad views read a listed person, whole: a name as
        a message spells it ("Meeei", "J04nn3", "G‐A‐L‐L‐A‐G‐H‐E‐R"). Left to the pass with verify's eyes, which
        gives the listed pseudonym, not a new placeholder. Not a form the precise reading sees: apply read that one
        in its sentence, and someone else's "Grace" stays someone else's."""
        if finding.entity_type != entities.PERSON or finding.listed_index is not None:
            return False

        def whole(spans) -> bool:
            return any(start == 0 and end == len(finding.text) and kind == "person"
                       and value not in self.leak_finder.relatives for start, end, kind, value in spans)

        return whole(self.leak_finder.spans(finding.text)) and \
            not whole(self.leak_finder.spans(finding.text, broad=False))

    def _built_ahead(self) -> Iterator[None]:
        """What the steps after detection build on first use (the decider, verify's leak finder), built while
        detection waits for the model's threads: a new Redactor's first document no longer waits for them after."""
        yield None
        self.leak_finder  # noqa: B018 - a cached property, built here
        yield None
        self.grammar  # noqa: B018 - builds the decider too
        yield None

    def _kept_reason(self, finding: Finding) -> str:
        """Why the policy keeps a finding; asking uses up no placeholder number."""
        saved = {kind: dict(table) for kind, table in self.book.numbers.items()}
        try:
            return self.decider.decide_one(finding).reason
        finally:
            self.book.numbers = saved

    @cached_property
    def leak_finder(self) -> LeakFinder:
        """verify's own leak finder for these rules, run over the segments before saving."""
        # (with the detector's reader of typos where it is built: the texts apply read are not read for typos again)
        detector = self.__dict__.get("detector")
        return LeakFinder(self.rules, misspellings=detector.listed.misspellings if detector is not None else None)

    def _verify_pass(self, document: Document) -> list[Decision]:
        """One more pass with verify's own eyes: whatever verify would find in a segment is replaced now, so that
        the check after saving only meets what no segment can reach (a part name, an embedded object)."""
        extra: list[Decision] = []
        for _ in range(3):   # a replacement never holds a listed value; the loop only guards against surprises
            decisions = []
            segments = document.segments
            # "the 10th" is read under the month its part named before it, as verify reads the saved output
            whens = tuple(dict.fromkeys(d for _, d in self.rules.protected_dates()))
            contexts = month_context_by_part([(s.location.split("#", 1)[0], s.text) for s in segments], whens)
            self.leak_finder.learn_document(document_texts(segments))
            for index, segment in enumerate(segments):
                identifier = segment.kind == "identifier"
                spans = self.leak_finder.spans(segment.text, identifier=identifier,
                                               month_context=CONTEXT_UNKNOWN if identifier else contexts[index])
                decisions += self._decisions_for(segment, index, sorted(spans, key=lambda s: (s[0] - s[1], s[0])))
            if not decisions:
                break
            decisions = _glued_into_identifiers(decisions, segments)
            document.apply(_edits(decisions, segments))
            extra += decisions
        return extra

    def _verify_saved(self, saved: Path, parts: dict | None = None) -> Verdict:
        """``verify_file`` on the saved output, with the leak finder of the pass before saving: a text verify
        reads as a segment was read is searched once, not twice. ``parts`` receives a .docx's XML parts as read."""
        from .verify import texts_of, verify_texts

        with self._lock:
            return verify_texts(self.rules, list(texts_of(saved, parts)), str(saved), finder=self.leak_finder)

    def _leaks_left_in_segments(self, document: Document, saved: Path) -> list[Decision]:
        """The text verify flags in the saved output, replaced wherever it stands whole in a segment of the part."""
        from .verify import month_contexts, texts_of

        wanted: dict[str, set[tuple[str, str, str]]] = {}
        items = list(texts_of(saved))
        whens = tuple(date for date, _ in self.leak_finder._dates)
        for item, context in zip(items, month_contexts(items, whens)):
            if item.unread or item.raw_of is not None:
                continue
            for start, end, kind, value in self.leak_finder.spans(item.text, item.identifier, item.broad, context):
                wanted.setdefault(item.location.split(" ", 1)[0], set()).add((item.text[start:end], kind, value))
        decisions = []
        for index, segment in enumerate(document.segments):
            spans = [(*match.span(), kind, value)
                     for surface, kind, value in sorted(wanted.get(segment.location.split("#", 1)[0], ()),
                                                        key=lambda w: -len(w[0]))
                     for match in re.finditer(rf"(?<![^\W_]){re.escape(surface)}(?![^\W_])", segment.text)]
            decisions += self._decisions_for(segment, index, spans)
        if decisions:
            decisions = _glued_into_identifiers(decisions, document.segments)
            document.apply(_edits(decisions, document.segments))
        return decisions

    def _decisions_for(self, segment: Segment, index: int, spans) -> list[Decision]:
        """Decisions for verify's spans in one segment, in the order given (first wins an overlap)."""
        decisions: list[Decision] = []
        taken: DisjointSpans[None] = DisjointSpans()
        for start, end, kind, value in spans:
            if taken.overlaps(start, end):
                continue
            taken.add(start, end, None)
            decision = self._verify_decision(segment, index, start, end, kind, value)
            if decision is not None and decision.replacement != decision.finding.text:
                decisions.append(decision)
        return decisions

    def _verify_decision(self, segment: Segment, index: int, start: int, end: int, kind: str,
                         value: str) -> Decision | None:
        text = segment.text[start:end]
        if kind == "person" and value in self.leak_finder.relatives:
            # a relative's form apply left: the placeholder apply gives a relative, never the listed pseudonym
            finding = Finding(start, end, text, entities.PERSON, 1.0, "rule", index, segment.location,
                              self.leak_finder.relatives[value], {"form": RELATIVE_FORM})
            decision = self.decider.decide_one(finding)
            return Decision(finding, decision.replacement, decision.reason + " (found by verify)")
        if kind in ("person", "place"):
            pseudonym = self.leak_finder.pseudonyms.get(value)
            if pseudonym is None:
                return None
            finding = Finding(start, end, text, entities.PERSON if kind == "person" else entities.LOCATION, 1.0,
                              "verify", index, segment.location)
            if self.leak_finder.initials.stands_for(text) is not None or any(   # "GSD": "Raj", not "RAJ"
                    listed_in_capitals(entity, text) for entity in self.rules.people):
                return Decision(finding, pseudonym, "listed initials (found by verify)")
            return Decision(finding, _match_case(pseudonym, text), "listed (found by verify)")
        finding = Finding(start, end, text, kind.upper(), 1.0, "verify", index, segment.location)
        if finding.entity_type == entities.PHONE_NUMBER:    # a number listed as an alias, in other groups
            return Decision(finding, self.decider.decide_one(finding).replacement,
                            "listed telephone number (found by verify)")
        if finding.entity_type not in entities.PROTECTED_DATE_TYPES:
            return None
        return Decision(finding, self.decider.decide_one(finding).replacement, "protected date (found by verify)")

    def redact_file(self, src: "str | os.PathLike[str]", dst: "str | os.PathLike[str]",
                    audit: "str | os.PathLike[str] | None" = None, *,
                    force: bool = False, remove_images: bool = False, keep_comments: bool = False,
                    audit_key: "str | Path | AuditKey | None" = None, audit_plaintext: bool = False,
                    password: str | None = None, keep_revisions: bool = False,
                    opened: Document | None = None) -> RedactionReport:
        """Redact ``src`` into ``dst`` atomically; verify the result before it is put in place.

        ``audit``: write an audit log there (HMACs of the originals under ``audit_key``, a key file, else
        $REDACT_AUDIT_KEY, else a new key beside the log). ``force=True`` replaces existing files. A leak verify
        finds in the saved output raises ``LeakError`` and nothing is written. ``opened``: ``src`` as
        ``open_draft`` opened it with the same options (the command opens it before the model loads, so a refused
        file costs no model)."""
        src, dst = require_path(src, "src"), require_path(dst, "dst")
        if dst.suffix.lower() != src.suffix.lower() and not dst.is_dir():
            raise OutputError(f"{dst}: the output must have the same type as the input ({src.suffix})")
        # Both targets get the same checks, before any work: a run that cannot finish writing starts nothing.
        check_target(dst, force=force, what="output", not_over={"the input": src, "the mapping": self.book.path})
        audit_path = require_path(audit, "audit") if audit else None
        if audit_path is not None:
            check_target(audit_path, force=force, what="audit log",
                         not_over={"the input": src, "the output": dst, "the mapping": self.book.path})
        if self.book.path is not None and self.book.path.parent.is_dir():   # the review's mapping is rewritten too
            check_target(self.book.path, force=True, what="mapping", not_over={"the input": src})

        # The input is checked first; a given key (file or environment) is read now, but a new key is written
        # beside the log only with the log itself: a failed run leaves nothing behind.
        document = opened if opened is not None else open_draft(
            src, self.rules, keep_comments=keep_comments, password=password, keep_revisions=keep_revisions)
        audit_key_found = None
        if audit_path is not None:
            audit_key_found = audit_key if isinstance(audit_key, AuditKey) else \
                resolve_key(audit_key, new_key_path=str(audit_path) + ".key")
        input_hash = sha256_file(src)
        original_segments = list(document.segments)   # before any edit: what the review report shows
        kept: list[Decision] = []
        decisions = self.redact_document(document, kept=kept)
        review = document.manual_review()
        removed = document.remove_images() if remove_images else []

        # The output, its audit log and a new key are written under temporary names first (a full disk or a
        # failed verification stops everything there), then renamed together, the output last, with SIGTERM and
        # SIGINT held back: whatever stops the run, no output is ever in place without its audit log.
        with Staging() as staging:
            tmp = staging.add(dst, last=True)
            document.save(tmp)
            saved_parts: dict = {}    # as verify parsed them from the saved file: its publication check reads them
            verdict = self._verify_saved(tmp, saved_parts)
            if not verdict.ok:
                # verify reads a paragraph whole (field codes, runs of every kind): a name it judges differently
                # there is looked for again in the segments of the same part, replaced, and the output re-checked
                with self._lock:
                    extra = self._leaks_left_in_segments(document, tmp)
                if extra:
                    decisions += extra
                    document.save(tmp)
                    saved_parts = {}
                    verdict = self._verify_saved(tmp, saved_parts)
            verdict.path = str(dst)
            if not verdict.ok:
                # what is left lies where no segment reaches: say where, what, and what the author can do
                from .verify.leak_places import with_places

                verdict.leaks = with_places(tmp, verdict.leaks, self.leak_finder)
                first = verdict.leaks[0]
                leaks = [{**leak.as_dict(), "advice": leak_advice(leak)} for leak in verdict.leaks]
                raise LeakError(f"verification of the output failed: {len(verdict.leaks)} leak(s) apply cannot "
                                f"replace, first at {first.location} ({first.kind} {first.value}): "
                                f"{leaks[0]['advice']}; nothing was written", leaks=leaks)
            if not keep_revisions and dst.suffix.lower() == ".docx":
                # a published copy must carry no revision, comment or hidden text: checked from the saved bytes
                refuse_unpublishable(tmp, comments=not keep_comments, parts=saved_parts or None)  # none: read again
            key_source = None
            if audit_path is not None and audit_key_found is not None:
                key_source = audit_key_found.source
                new_key = audit_key_found.new_file
                if new_key is not None and not new_key.exists():
                    staging.write(new_key, audit_key_found.key + b"\n", mode=KEY_MODE)
                log = self._audit_log(audit_key_found.key, audit_plaintext, src, dst, input_hash, sha256_file(tmp),
                                      decisions, document, review, verdict, removed)
                # a log with plain originals holds real names: private like the key, whatever the umask
                staging.write(audit_path, log.to_bytes(), mode=KEY_MODE if audit_plaintext else None)
            # the review's mapping goes first: an output in place always has its numbers kept for the next document
            with self._lock:
                self.book.save()
            staging.commit()
        publication = getattr(document, "publication", None)
        return RedactionReport(str(src), str(dst), str(audit_path) if audit_path else None, decisions, review,
                               verdict, removed, key_source, publication.as_dict() if publication else None,
                               original_segments, kept, history=list(getattr(document, "history", [])),
                               places=_places_in_words(document, review),
                               part_words=getattr(document, "part_words", dict)())

    def _audit_log(self, key: bytes, plaintext: bool, src: Path, dst: Path, input_hash: str, output_hash: str,
                   decisions: list[Decision], document: Document, review: list[ManualReviewItem],
                   verdict: Verdict, removed: list[ManualReviewItem]) -> AuditLog:
        log = AuditLog(key, plaintext=plaintext)
        # where each change is, in words, read from the redacted copy: the log never quotes the draft
        places = _places_in_words(document, review)
        model = self.detector.model
        log.header(tool="dhr-redact", version=__version__, model=model.name, model_version=model.version,
                   input=str(src), input_sha256=input_hash, output=str(dst), output_sha256=output_hash,
                   rules=self.rules.review, rules_sha256=_rules_hash(self.rules), profile=self.profile,
                   key_id=key_id(key), plaintext_originals=plaintext)
        for decision in decisions:
            if decision.replacement is not None:
                f = decision.finding
                log.change(location=f.location, entity_type=f.entity_type, source=f.source, score=f.score,
                           replacement=decision.replacement, original=f.text, reason=decision.reason,
                           where=_words(places.get(f.location)))
        # a media file's own name ("Joanne at home.jpg") went by policy: kept as an HMAC like any original
        for old_name, new_name in getattr(document, "renamed_parts", []):
            log.change(location=new_name, entity_type=entities.FILE_NAME, source="policy", score=1.0,
                       replacement=new_name, original=old_name, reason="file name replaced by policy")
        for item in review:
            log.manual_review(location=item.location, what=item.what, where=_words(places.get(item.location)))
        publication = getattr(document, "publication", None)
        log.summary(verify="ok" if verdict.ok else "leaks", leaks=len(verdict.leaks),
                    manual_review=len(review), images_removed=len(removed),
                    **({"image_metadata_removed": cleaned} if (cleaned := getattr(document, "cleaned_images", []))
                       else {}),
                    **({"imported_content_converted": imported}
                       if (imported := getattr(document, "imported_chunks", [])) else {}),
                    **({"publication": publication.as_dict()} if publication is not None else {}))
        return log

    def verify_file(self, path: str | Path, *, strict: bool = False) -> Verdict:
        """Check an output file against this Redactor's rules (see ``redact.verify_file``)."""
        return verify_file(path, self.rules, strict=strict)

    def redact_bytes(self, data: bytes, kind: str, **options: Any) -> "RedactedBytes":
        """Redact a document held in memory (``kind``: docx, txt or md): the redacted bytes, with ``.report``.
        Options as ``redact_file`` (no audit log: use ``redact_file`` for one). See ``redact.api``."""
        from .api import redact_bytes_with

        return redact_bytes_with(self, data, kind, **options)


def _places_in_words(document: Document, review: list[ManualReviewItem]) -> dict:
    """Each segment's place, and where each picture or object to review is shown, by location."""
    places = places_by_location(document.segments)
    place_of_part = getattr(document, "place_of_part", None)
    if place_of_part is None:      # a text file has no pictures to place
        return places
    for item in review:
        place = place_of_part(item.location)
        if place is not None:
            places.setdefault(item.location, place)
    return places


def _words(place) -> str | None:
    return str(place) if place is not None else None


def open_draft(src: "str | Path", rules: Rules, *, keep_comments: bool = False,
               password: str | None = None, keep_revisions: bool = False) -> Document:
    """The draft as ``redact_file`` reads it: in publication mode unless revisions are kept (revisions accepted,
    hidden text and working metadata gone); anything refused raises ``InputError`` here, before any detection."""
    return open_document(src, keep_comments=keep_comments, password=password,
                         publication=None if keep_revisions else _publication_settings(rules))


def _publication_settings(rules: Rules):
    from .documents.docx.publication import PublicationSettings

    given = rules.publication
    return PublicationSettings(author=given.author, company=given.company, title=given.title)


def _rules_hash(rules: Rules) -> str:
    import hashlib

    return hashlib.sha256(rules.model_dump_json().encode("utf-8")).hexdigest()
