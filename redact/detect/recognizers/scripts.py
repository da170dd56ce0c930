"""Names written in another script ("王秀英", "فاطمة أحمد", "Мария Иванова"): no model here reads them.

A listed name in any script is the listed recogniser's (its forms are matched whatever the script). What is left
is a short run of letters of a non-Latin script: where the sentence marks it as a person's name (in brackets
after a name, after "called", "named", a title or a relation word) it is replaced as a person; elsewhere it may
be a name, a place or a quoted phrase, and it is reported for a person to review rather than guessed at.
"""
from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from ...entities import PERSON
from ._common import DhrRecognizer, result, wanted
from ...lazy_patterns import lazy

# A letter of any script but Latin (and the marks that follow it): Han, Arabic, Cyrillic, Devanagari, Gurmukhi,
# Bengali, Greek, Hebrew, Thai, Hangul...
_LETTER = r"[\p{L}--\p{Latin}]\p{M}*"
# Up to four words of such letters: a name, not a paragraph of Urdu.
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_LETTER})+(?:[ \u00b7\u30fb\u200c-](?:{_LETTER})+){{0,3}}"
                     rf"(?![\p{{L}}\p{{M}}\p{{N}}])", regex.V1)
# Scripts written without spaces: a run longer than a name is running text.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]", regex.V1)
_UNSPACED_NAME_MAX = 4
_NAMED_BEFORE = lazy(regex.compile,
    r"(?:(?<![\w])(?:called|named|name|known\s+as|aka|signed|Mr|Mrs|Ms|Miss|Dr|friend|partner|husband|wife|"
    r"mother|father|sister|brother|son|daughter|aunt|uncle|cousin|neighbour|colleague)\.?\s*[:(\"“'‘]?\s*"
    r"|\p{Lu}\p{Ll}+\s*[(\[]\s*)$", regex.V1)


class OtherScriptNameRecognizer(DhrRecognizer):
    """A short run of a non-Latin script -> PERSON: 0.7 where the sentence marks a name ("Wang Xiuying (王秀英)",
    "her friend 王秀英", "called Фатима"), otherwise 0.4, below the default ``min_score``: reported by
    ``redact scan`` for review, not replaced. Metadata ``{"review": "other script", "script_run": True}``."""

    reads_prose = True  # judged from the sentence around it: never run on an attribute value
    ENTITIES = (PERSON,)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON) or text.isascii():
            return []
        found = []
        for m in _RUN.finditer(text):
            run = m.group()
            unspaced = sum(1 for _ in _UNSPACED.finditer(run))
            if unspaced > _UNSPACED_NAME_MAX or (unspaced and unspaced < 2):
                continue  # running text in Chinese or Japanese, or one character (a unit, a symbol)
            if not unspaced and len(run) < 2:
                continue
            if not _in_latin_text(text, m.start(), m.end()):
                continue  # a paragraph in Urdu or Russian is that language's text, not a name in English prose
            named = bool(_NAMED_BEFORE.search(text[max(0, m.start() - 40):m.start()]))
            found.append(result(self, PERSON, m.start(), m.end(), 0.7 if named else 0.4,
                                "name in another script" if named else "another script: to review",
                                review="other script", script_run=True))
        return found


_LATIN_LETTER = regex.compile(r"\p{Latin}", regex.V1)
_OTHER_LETTER = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)


def _in_latin_text(text: str, start: int, end: int, window: int = 80) -> bool:
    """Is the run set in prose written mostly in Latin letters (an English report quoting a name)?"""
    around = text[max(0, start - window):start] + " " + text[end:end + window]
    return len(_LATIN_LETTER.findall(around)) >= len(_OTHER_LETTER.findall(around))
