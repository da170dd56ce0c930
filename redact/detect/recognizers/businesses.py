"""Local businesses that identify: a victim's employer, the pub where she went to a quiz.

National agencies are kept and place-revealing bodies have their own recogniser; what is left is the
small local business that only people who knew the family would recognise. Two shapes are found:
- an employer: a capitalised name after "worked at/for", "employed by", "her employer", "job at";
- a venue: "the X and Y" or "the X Arms/Inn/Tavern/..." where the sentence is about going out.
Both are LOCAL_BUSINESS (score 0.8). The engine then covers every other mention in the document.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ...entities import LOCAL_BUSINESS
from ._common import DOMAIN_ACRONYMS, result, sentence_bounds, wanted

_NAME = r"[A-Z][\w&'’-]*(?:\s(?:&\s|and\s|of\s)?[A-Z][\w&'’-]*){0,3}"
_EMPLOYER = re.compile(
    rf"\b(?:work(?:ed|s|ing)?|employed|job|shifts?|apprenticeship|placement)\s(?:as\s[\w\s-]{{1,30}}?\s)?"
    rf"(?:at|for|by|with)\s(?:the\s)?(?P<name>{_NAME})"
    rf"|\b(?:her|his|their|the victim’s|the victim's)\semployer,?\s(?P<name2>{_NAME})")
_VENUE_SUFFIX = r"(?:Arms|Inn|Tavern|Hotel|Social Club|Club|Bar|Café|Cafe|Lounge|Bingo|Snooker Hall)"
_VENUE = re.compile(rf"\bthe\s(?P<name>(?:[A-Z][\w'’-]*\s(?:and|&)\s[A-Z][\w'’-]*)|(?:[A-Z][\w'’-]*\s){{1,2}}{_VENUE_SUFFIX})\b")
_OUTING = re.compile(r"\b(pub|quiz|drink|drinks|drinking|pint|bar|darts|karaoke|landlord|landlady|"
                     r"bingo|social|night out|regulars?|barmaid|bartender|inn)\b", re.IGNORECASE)
# Employers that name no one: public bodies (kept or handled elsewhere) and national chains.
_PUBLIC = re.compile(r"\b(Police|Constabulary|Council|NHS|Hospital|Trust|Service|Services|Surgery|School|"
                     r"Academy|College|University|Court|Prison|HMP|Partnership|Board|Department|Office|"
                     r"Authority|Agency|Army|Navy|Force)\b")


class LocalBusinessRecognizer(EntityRecognizer):
    """Employers and venues named in the report -> LOCAL_BUSINESS."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[LOCAL_BUSINESS], supported_language=supported_language,
                         name="LocalBusinessRecognizer", context=["employer", "worked", "pub", "quiz"])

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, LOCAL_BUSINESS):
            return []
        found = []
        for m in _EMPLOYER.finditer(text):
            group = "name" if m.group("name") else "name2"
            start, end = m.span(group)
            name = _trim(text[start:end])
            if not name or _PUBLIC.search(name) or name in DOMAIN_ACRONYMS:
                continue
            found.append(result(self, LOCAL_BUSINESS, start, start + len(name), 0.8, "employer", kind="employer"))
        for m in _VENUE.finditer(text):
            start, end = m.span("name")
            left, right = sentence_bounds(text, start, end)
            if not _OUTING.search(text, left, right) and not re.search(_VENUE_SUFFIX + r"$", m.group("name")):
                continue
            if _PUBLIC.search(m.group("name")):
                continue
            found.append(result(self, LOCAL_BUSINESS, start, end, 0.8, "venue", kind="venue"))
        return found


def _trim(name: str) -> str:
    """Drop trailing words that are not part of the name ("Greenvale Foods For" cannot happen, "In" can)."""
    words = name.split()
    while words and words[-1] in ("In", "On", "At", "For", "From", "And", "The", "Of"):
        words.pop()
    return " ".join(words)
