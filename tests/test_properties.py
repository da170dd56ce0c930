"""Properties of redaction, over random texts: no listed name survives, and redacting twice changes nothing.

Names are inserted in random casing, with possessives, punctuation, line breaks and (in .docx) split over
runs with different formatting. The names are unusual (no English word is one), so every casing but
all-lower case must be found; all-lower case is left out because docs/rules.md makes a listed single
word that a document also uses in lower case an ordinary word of that document ("comfort"). One
Redactor is shared by the module: building one takes seconds.
"""
from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hostile.make_hostile import document_xml, valid_entries, zip_bytes
from redact.documents.docx import DocxDocument
from redact.pipeline import Redactor
from redact.rules import parse_rules
from redact.verify import verify_file

PEOPLE = [
    ("Thaddeus", "Quillfeather", "Adam"),
    ("Ottoline", "Braithwaite", "Beth"),
    ("Zebulon", "Marchbanks", "Carl"),
    ("Perpetua", "Ravensworth", "Dora"),
    ("Ignatius", "Fairweather-Lusk", "Evan"),
]
RULES = parse_rules({"version": 1, "review": "property tests",
                     "people": [{"name": f"{first} {last}", "pseudonym": pseudonym}
                                for first, last, pseudonym in PEOPLE]})
NAME_WORDS = sorted({part for first, last, _ in PEOPLE for word in (first, last) for part in word.split("-")})
LEAK = re.compile(r"(?i)" + "|".join(re.escape(w) for w in NAME_WORDS))

# Ordinary report prose: lower-case words (no capitalised word the language model could take for a name).
FILLER = ("the", "agency", "report", "visited", "police", "on", "after", "said", "that", "and", "was", "home",
          "school", "worker", "family", "concerns", "were", "raised", "by", "about", "risk", "assessment",
          "a", "panel", "meeting", "with", "contact", "later", "support", "offered", "housing", "officer")
TITLES = ("Mr", "Mrs", "Ms", "Dr")
PUNCTUATION_BEFORE = ("", "", "(", "\"", "“", "[", "'")
PUNCTUATION_AFTER = ("", "", ".", ",", ";", ":", "!", "?", ")", "\"", "”", "]", "...")
POSSESSIVES = ("", "", "'s", "’s")
SEPARATORS = (" ", " ", "  ", "\n", " \n", "\t")

MAX_TEXT_EXAMPLES = 350
MAX_DOCX_EXAMPLES = 150


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    redactor = Redactor(RULES)
    redactor.redact_text("Warm-up.")  # load the model once, outside the examples
    return redactor


# ---------------------------------------------------------------------- strategies
@st.composite
def casing(draw, word: str) -> str:
    """The word as written, in Title case, UPPER case or a random mix that is not all lower case."""
    style = draw(st.sampled_from(["title", "title", "upper", "mixed"]))
    if style == "title":
        return word
    if style == "upper":
        return word.upper()
    flips = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    mixed = "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(word, flips))
    return mixed if mixed != mixed.lower() else word


@st.composite
def name_mention(draw) -> str:
    first, last, _ = draw(st.sampled_from(PEOPLE))
    form = draw(st.sampled_from(["full", "first", "surname", "title"]))
    separator = draw(st.sampled_from(SEPARATORS))
    if form == "full":
        words = [draw(casing(first)), draw(casing(last))]
    elif form == "first":
        words = [draw(casing(first))]
    elif form == "surname":
        words = [draw(casing(last))]
    else:
        words = [draw(st.sampled_from(TITLES)), draw(casing(last))]
    return (draw(st.sampled_from(PUNCTUATION_BEFORE)) + separator.join(words) + draw(st.sampled_from(POSSESSIVES))
            + draw(st.sampled_from(PUNCTUATION_AFTER)))


@st.composite
def report_text(draw) -> str:
    """Filler words with 1-4 name mentions inserted at random places, separated by spaces or line breaks."""
    words = draw(st.lists(st.sampled_from(FILLER), min_size=3, max_size=25))
    for _ in range(draw(st.integers(1, 4))):
        words.insert(draw(st.integers(0, len(words))), draw(name_mention()))
    out = words[0]
    for word in words[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + word
    return out


# ---------------------------------------------------------------------- text
@settings(max_examples=MAX_TEXT_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=report_text())
# found by a run of this test (2026-12-01): the model's entity took the two spaces after the surname, and the
# pseudonym took the next word's place beside it ("Dora\nDoraagency"), which a second run then read as a name
@example(text="the agency (Perpetua\nRavensworth  agency Thaddeus the")
def test_no_listed_name_survives_and_redaction_is_idempotent(redactor, text):
    redacted = redactor.redact_text(text)
    leaked = LEAK.search(redacted)
    assert leaked is None, f"{leaked.group()!r} survived in {redacted!r}"
    assert redactor.redact_text(redacted) == redacted


# ---------------------------------------------------------------------- .docx with names split over runs
@st.composite
def split_paragraph(draw) -> list[tuple[str, bool, bool]]:
    """One paragraph as runs (text, bold, italic): a text with names, cut at random places."""
    text = draw(report_text()).replace("\t", " ")
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(text) - 1)), max_size=8))))
    pieces, start = [], 0
    for cut in [*cuts, len(text)]:
        if cut > start:
            pieces.append(text[start:cut])
            start = cut
    return [(piece, draw(st.booleans()), draw(st.booleans())) for piece in pieces]


# python-docx over a minimal package: its default template's 1,500 style names would make every example
# ~60 times slower to segment, and say nothing about names in runs.
TEMPLATE = zip_bytes(valid_entries(**{"word/document.xml": document_xml("")}))


def _build_docx(path: Path, paragraphs: list[list[tuple[str, bool, bool]]]) -> None:
    document = docx.Document(io.BytesIO(TEMPLATE))
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold, italic in runs:
            run = paragraph.add_run(text)   # "\n" becomes a w:br: a line break inside the name
            run.bold, run.italic = bold, italic
    document.save(path)


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


@settings(max_examples=MAX_DOCX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(split_paragraph(), min_size=1, max_size=3))
def test_names_split_over_runs_are_redacted_idempotently(redactor, paragraphs):
    with tempfile.TemporaryDirectory() as folder:
        source, once, twice = (Path(folder) / name for name in ("in.docx", "once.docx", "twice.docx"))
        _build_docx(source, paragraphs)
        document = DocxDocument(source)
        redactor.redact_document(document)
        document.save(once)
        text = _docx_text(once)
        leaked = LEAK.search(text)
        assert leaked is None, f"{leaked.group()!r} survived in {text!r}"
        assert verify_file(once, RULES).ok
        again = DocxDocument(once)
        redactor.redact_document(again)
        again.save(twice)
        assert _docx_text(twice) == text
