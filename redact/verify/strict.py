"""``verify --strict``: on top of the listed values, high-confidence unlisted names, contacts and ids the detector
still finds (runs spaCy and Presidio: the full install only)."""
from __future__ import annotations

import re

from .. import entities
from ..normalise import fold_key
from ..rules import Rules
from .masking import mask_context, secret_pattern
from .records import Leak, Text

# A web address is a contact, but a published report links to guidance on purpose: not a strict failure, unless it
# is someone's account or chat on a social or messaging site (``links_to_an_account``: "wa.me/447700900747").
STRICT_TYPES = (entities.CONTACT_TYPES - {entities.URL}) | entities.ID_TYPES | entities.ADDRESS_TYPES | {entities.PERSON}
STRICT_MIN_SCORE = 0.85          # a name: NER and titled names (every NER find scores 0.85)
STRICT_MIN_SCORE_PATTERN = 0.7   # a contact or an id: pattern recognisers with their own validation
# a postcode typed without its space or in small letters ("cf243dn", "LS62AB") scores 0.6 and apply replaces it: an
# output that kept one holds an address verify must see
STRICT_MIN_SCORE_POSTCODE = 0.6


# "word/document.xml paragraph 12 (table cell)": a .docx paragraph as the reader names it
_PARAGRAPH_TEXT = re.compile(r"(?P<part>\S+) paragraph (?P<index>[0-9]+)(?: \(|$)")


def _as_apply_places(texts: list[Text]) -> list[str]:
    """Each text's location as apply names a paragraph ("word/document.xml#p12"), so that the detector reads a
    contact cut by a cell's or a paragraph's end across it as apply does ("+880" | "1772002555" of a table row;
    ``Detector._across_seams``); a second reading of one paragraph (as it was before its revisions) and every other
    text keep theirs."""
    places, seen = [], set()
    for t in texts:
        m = None if t.identifier else _PARAGRAPH_TEXT.match(t.location)
        key = (m.group("part"), m.group("index")) if m else None
        places.append(f"{key[0]}#p{key[1]}" if key and key not in seen else t.location)
        if key:
            seen.add(key)
    return places


def _strict_min_score(entity_type: str, rules: Rules) -> float:
    if entity_type == entities.PERSON:
        return STRICT_MIN_SCORE
    if entity_type == entities.UK_POSTCODE:
        return STRICT_MIN_SCORE_POSTCODE
    if entity_type in entities.CONTACT_TYPES:
        # a contact detail is what apply removes at its policy's score ("@simrz_d" with no platform word in its
        # sentence scores 0.6): a gate that passes a draft holding one it would remove is unsound
        return min(STRICT_MIN_SCORE_PATTERN, rules.policy.min_score)
    return STRICT_MIN_SCORE_PATTERN


def _replacements(rules: Rules) -> tuple[re.Pattern, set[str]]:
    """What the output is meant to contain instead of names: placeholders ("Person 6") and pseudonyms."""
    placeholders = rules.policy.placeholders
    formats = [getattr(placeholders, name) for name in ("person", "place") if isinstance(getattr(placeholders, name, None), str)]
    pattern = "|".join(re.escape(f).replace(re.escape("{n}"), r"\d+") for f in formats) or r"(?!)"
    pseudonyms = {fold_key(entity.pseudonym or "") for entity in rules.listed()}
    return re.compile(rf"(?:{pattern})"), pseudonyms


def _is_replacement(text: str, replacements: tuple[re.Pattern, set[str]]) -> bool:
    """'PC Person 6', 'Mary', 'Mrs Mary': a title before a replacement is still the replacement."""
    from ..variants import NAME_TITLES

    pattern, pseudonyms = replacements
    words = text.split()
    while words and (words[0].rstrip(".") in NAME_TITLES or words[0].lower() in ("dear", "hi", "hello")):
        words = words[1:]
    rest = " ".join(words)
    if not rest:   # "Dear" or "PC" alone: NER noise, no name
        return True
    return bool(pattern.fullmatch(rest)) or fold_key(rest) in pseudonyms


def detected_leaks(rules: Rules, texts: list[Text]) -> list[Leak]:
    """--strict: high-confidence unlisted names, contacts and ids the detector still finds."""
    try:
        from ..detect.engine import Detector
    except ImportError as error:   # a light install (requirements-verify.txt) has no spaCy or Presidio
        from ..errors import ModelError

        raise ModelError(f"strict verification runs the detector, which needs the full install (pip install "
                         f"dhr-redact): {error.name or error} is not installed") from None
    from ..detect.recognizers.contacts import links_to_an_account
    from ..documents.base import Segment

    readable = [t for t in texts if t.content and not t.unread and t.raw_of is None and t.text.strip()]
    segments = [Segment(location, t.text, "identifier" if t.identifier else "text")
                for t, location in zip(readable, _as_apply_places(readable))]
    findings = Detector(rules).detect(segments)
    replacements = _replacements(rules)
    kept = []
    for finding in findings:
        if finding.source == "rule" or finding.entity_type not in STRICT_TYPES and not (
                finding.entity_type == entities.URL and links_to_an_account(finding.text)):
            continue
        if finding.score < _strict_min_score(finding.entity_type, rules):
            continue
        # NER gives every name the same score: only the model's own finds and titled names are "high confidence"
        if finding.entity_type == entities.PERSON and finding.source not in ("SpacyRecognizer", "TitledPersonRecognizer"):
            continue
        item = readable[finding.segment]
        placeholder = replacements[0].match(item.text, finding.start)   # "PC Person 6": the find is "Person"
        if _is_replacement(finding.text, replacements) or placeholder and placeholder.end() >= finding.end:
            continue
        kept.append(finding)
    spans: dict[int, list[tuple[int, int]]] = {}
    for finding in kept:
        spans.setdefault(finding.segment, []).append((finding.start, finding.end))
    leaks = []
    for finding in kept:
        item = readable[finding.segment]
        where = item.location
        if item.number_lines:
            where += f", line {item.first_line + item.text.count(chr(10), 0, finding.start)}"
        leaks.append(Leak(where, finding.entity_type.lower(), f"unlisted, found by {finding.source}",
                          mask_context(item.text, finding.start, finding.end, spans[finding.segment],
                                secret=secret_pattern(rules))))
    return leaks
