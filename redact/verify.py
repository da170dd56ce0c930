"""Verify: re-read an output from scratch and look for anything the rules say must be gone.

Independent of the redaction path: it does not reuse the document adapters. A .docx is opened as a
zip and every XML part is read raw: the text of every paragraph (runs joined, so a name split over
runs is whole again), every attribute value, every element's text, every relationship target (URL
decoded). A PDF is read page by page, with its annotations, document info and XMP metadata. All text
is folded first (NFKC, case, accents, zero-width characters and soft hyphens, quotes, whitespace), so
obfuscated leaks are found too.
"""
from __future__ import annotations

import re
import urllib.parse
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lxml import etree

from . import entities
from .errors import InputError
from .normalise import fold
from .rules import Person, Rules
from .variants import variants

W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main")
A_NAMESPACES = ("http://schemas.openxmlformats.org/drawingml/2006/main",
                "http://purl.oclc.org/ooxml/drawingml/main")
MAX_PART_BYTES = 256 * 1024 * 1024
RUN_TEXT = frozenset({"t", "delText"})
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                          remove_comments=False)


@dataclass(frozen=True)
class Leak:
    """One listed value or protected date found in the output."""

    location: str
    kind: str          # person, place, date_of_death, date_of_birth, or a detected entity type (strict)
    value: str         # what the rules list (the real name), for the user who owns the rules
    context: str       # the surroundings with the leak masked

    def as_dict(self) -> dict:
        return {"location": self.location, "kind": self.kind, "value": self.value, "context": self.context}


@dataclass
class Verdict:
    path: str
    leaks: list[Leak] = field(default_factory=list)
    checked_texts: int = 0

    @property
    def ok(self) -> bool:
        return not self.leaks

    def as_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "leak_count": len(self.leaks), "checked_texts": self.checked_texts,
                "leaks": [leak.as_dict() for leak in self.leaks]}


# --------------------------------------------------------------------------- reading outputs

def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _paragraph_text(p, p_tags: set[str]) -> str:
    out = []
    for element in p.iter():
        if element is not p and element.tag in p_tags:
            continue
        # skip text of nested paragraphs: they are read on their own
        parent, nested = element.getparent(), False
        while parent is not None and parent is not p:
            if parent.tag in p_tags:
                nested = True
                break
            parent = parent.getparent()
        if nested:
            continue
        name = _local(element.tag)
        if name in ("t", "delText", "instrText", "delInstrText") and element.text:
            out.append(element.text)
        elif name in ("br", "cr", "tab"):
            out.append(" ")
    return "".join(out)


def docx_texts(path: Path) -> Iterator[tuple[str, str]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{path}: not a readable .docx ({error.__class__.__name__})") from None
    with archive:
        for info in archive.infolist():
            name = info.filename
            if info.file_size > MAX_PART_BYTES:
                raise InputError(f"{path}: part {name} is too large to check")
            data = archive.read(info)
            if not name.endswith((".xml", ".rels", ".vml")):
                if name.startswith("docProps/") or name.endswith((".txt", ".json")):
                    yield f"{name}", data.decode("utf-8", "replace")
                continue
            if b"<!DOCTYPE" in data[:2048]:
                raise InputError(f"{path}: part {name} declares a DOCTYPE (refused)")
            try:
                root = etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError:
                yield f"{name} (unparsed)", data.decode("utf-8", "replace")
                continue
            p_tags = {f"{{{ns}}}p" for ns in W_NAMESPACES + A_NAMESPACES}
            for index, p in enumerate(e for e in root.iter() if e.tag in p_tags):
                yield f"{name} paragraph {index}", _paragraph_text(p, p_tags)
            for element in root.iter():
                if not isinstance(element.tag, str):
                    if element.text:
                        yield f"{name} <comment>", element.text
                    continue
                for attribute, value in element.attrib.items():
                    where = f"{name} <{_local(element.tag)} @{_local(attribute)}>"
                    yield where, value
                    if _local(attribute) == "Target":
                        yield where + " (decoded)", urllib.parse.unquote(value)
                # run text is read above as whole paragraphs (a name split over runs is whole there)
                if element.text and element.text.strip() and _local(element.tag) not in RUN_TEXT:
                    yield f"{name} <{_local(element.tag)}>", element.text


def pdf_texts(path: Path) -> Iterator[tuple[str, str]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise InputError("checking a PDF needs pypdf: pip install pypdf") from None
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputError(f"{path}: encrypted PDF")
        for number, page in enumerate(reader.pages, 1):
            yield f"page {number}", page.extract_text() or ""
            for annotation in page.get("/Annots") or []:
                obj = annotation.get_object()
                for key in ("/Contents", "/T", "/TU", "/V"):
                    if key in obj:
                        yield f"page {number} annotation {key}", str(obj[key])
                action = obj.get("/A")
                if action is not None and "/URI" in action.get_object():
                    yield f"page {number} link", urllib.parse.unquote(str(action.get_object()["/URI"]))
        for key, value in (reader.metadata or {}).items():
            yield f"document info {key}", str(value)
        xmp = reader.xmp_metadata
        if xmp is not None:
            yield "XMP metadata", etree.tostring(xmp.rdf_root, encoding="unicode", method="text") \
                if hasattr(xmp, "rdf_root") else str(xmp)
    except PdfReadError as error:
        raise InputError(f"{path}: not a readable PDF ({error})") from None


def text_file_texts(path: Path) -> Iterator[tuple[str, str]]:
    from .documents.text import _decode

    text, _ = _decode(path.read_bytes(), path)
    for number, line in enumerate(text.split("\n\n"), 1):
        yield f"block {number}", line


def texts_of(path: Path) -> Iterator[tuple[str, str]]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if suffix == ".docx":
        return docx_texts(path)
    if suffix == ".pdf":
        return pdf_texts(path)
    if suffix in (".txt", ".md", ".markdown", ".text"):
        return text_file_texts(path)
    raise InputError(f"{path}: cannot verify '{suffix}' files (.docx, .pdf, .txt, .md)")


# --------------------------------------------------------------------------- looking for leaks

def _mask(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return re.sub(r"\s+", " ", f"{before}[{'█' * 6}]{after}").strip()


class LeakFinder:
    """Looks for every form of every listed value and the protected dates in any text."""

    def __init__(self, rules: Rules):
        from .detect.phrases import PhraseAutomaton
        from .detect.recognizers.listed import ListedEntityRecognizer

        self.rules = rules
        listed = rules.listed()
        self.names = PhraseAutomaton()
        for variant in sorted(variants(rules), key=lambda v: (v.priority, v.entity)):
            entity = listed[variant.entity]
            # the leak names the pseudonym, not the real name: verify output ends up in CI logs
            self.names.add(variant.text, ("person" if isinstance(entity, Person) else "place",
                                          f"listed as '{entity.pseudonym}'", variant))
        # The same judgement as detection for names that are also words ("Will agencies be able" is no leak).
        self._ambiguity = ListedEntityRecognizer(rules)

    def leaks_in(self, location: str, text: str, *, identifier: bool = False) -> list[Leak]:
        if not text or not text.strip():
            return []
        from .dates import mentions_of

        found: list[Leak] = []
        folded = fold(text)
        matches = self.names.find_folded(folded, extra_boundaries="_./@:=?&+%" if identifier else "",
                                         plural_ok=lambda p: p[0] == "person" and "surname" in p[2].form)
        for match in matches:
            kind, value, variant = match.payload
            if variant.single_word and variant.key in self._ambiguity.ambiguous and not identifier:
                if not self._ambiguity.used_as_name(text, match.start, match.end):
                    continue
            found.append(Leak(location, kind, value, _mask(text, match.start, match.end)))
        for date, kind in ((self.rules.dates.date_of_death, entities.DATE_OF_DEATH.lower()),
                           (self.rules.dates.date_of_birth, entities.DATE_OF_BIRTH.lower())):
            if date is None:
                continue
            for start, end in mentions_of(text, date):
                found.append(Leak(location, kind, "protected date", _mask(text, start, end)))
        return found


def verify_texts(rules: Rules, texts, path: str = "") -> Verdict:
    finder = LeakFinder(rules)
    verdict = Verdict(path)
    for location, text in texts:
        verdict.checked_texts += 1
        identifier = "@" in location  # attribute values and relationship targets
        verdict.leaks.extend(finder.leaks_in(location, text, identifier=identifier))
    return verdict


def verify_file(path: str | Path, rules: Rules | None = None, *, strict: bool = False) -> Verdict:
    """Check an output file (.docx, .pdf, .txt, .md) against a review's rules."""
    from .rules import load_rules

    path = Path(path)
    rules = rules if rules is not None else load_rules(None)
    verdict = verify_texts(rules, texts_of(path), str(path))
    if strict:
        verdict.leaks.extend(_detected_leaks(rules, path))
    return verdict


STRICT_TYPES = entities.CONTACT_TYPES | entities.ID_TYPES | entities.ADDRESS_TYPES | {entities.PERSON}


def _detected_leaks(rules: Rules, path: Path) -> list[Leak]:
    """--strict: high-confidence unlisted names, contacts and ids the detector still finds."""
    from .detect.engine import Detector
    from .documents.base import Segment

    texts = [(loc, text) for loc, text in texts_of(path) if "<" not in loc and "@" not in loc and text.strip()]
    detector = Detector(rules)
    findings = detector.detect([Segment(loc, text, "text") for loc, text in texts])
    placeholder = re.compile(r"^(Person|Place) \d+$")
    leaks = []
    for finding in findings:
        if finding.entity_type not in STRICT_TYPES or finding.source == "rule" or finding.score < 0.85:
            continue
        if placeholder.match(finding.text) or finding.entity_type == entities.PERSON and finding.source != "SpacyRecognizer" \
                and finding.source not in ("TitledPersonRecognizer",):
            continue
        text = texts[finding.segment][1]
        leaks.append(Leak(texts[finding.segment][0], finding.entity_type.lower(), finding.text,
                          _mask(text, finding.start, finding.end)))
    return leaks
