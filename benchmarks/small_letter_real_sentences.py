"""Over-redaction of a listed word-name in small letters in real text: real sentences that hold, in small letters, a
word that the small-letter generators list as a name (tests/small_letter_listed_names_gen.py,
tests/small_letter_questions_gen.py, tests/small_letter_objects_gen.py: "hope", "will", "long", "mark", "bill",
"khan"...), from the TAB texts (``../shared/tab/dev127.json``: European Court judgments), the shared fixtures' drafts
and the real-world .docx corpus (``../shared/docx-corpus``). Nobody in them is listed: each sentence is redacted with
the word listed as a given name ("Hope Okafor") and as a surname ("Tariq Hope"); a sentence whose output holds the
word in small letters fewer times than the sentence did has had the word taken for the person (what else the
pipeline replaces, a place or a date, is not counted). At most ``--per-source`` sentences a word and a source, the first found, so the count is the same
on every run.

    python benchmarks/small_letter_real_sentences.py [--per-source 30] [--shaped] [--show]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

SHARED = Path("/work/shared")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+")
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
_RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def listed_words() -> list[str]:
    """The small-letter generators' name words that are ordinary words in small letters."""
    import small_letter_listed_names_gen as listed
    import small_letter_objects_gen as objects

    from redact.name_or_word import is_ordinary_word

    words = {w.lower() for module in (listed, objects) for community in module.COMMUNITIES
             for names in community for w in names}
    return sorted(w for w in words if is_ordinary_word(w))


def _docx_paragraphs(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    return ["".join(_RUN_TEXT.findall(p)) for p in _PARAGRAPH.findall(xml)]


def sources() -> dict[str, list[str]]:
    tab = [d["text"] for d in json.loads((SHARED / "tab" / "dev127.json").read_text(encoding="utf-8"))]
    fixtures = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "fixtures").glob("case*/draft.txt"))]
    corpus = ["\n".join(_docx_paragraphs(p)) for p in sorted((SHARED / "docx-corpus").rglob("*.docx"))]
    return {"tab": tab, "fixtures": fixtures, "corpus": corpus}


# the words before a person's object or after a clause's opening adverb that brief "smallword58" made read a listed
# word as the person ("lived with lan", "scared of jade", "i miss sunny", "took reid to", "Then lan went"): with
# ``--shaped``, only sentences with the word right after one of them
SHAPES_BEFORE = r"(?:with|of|to|at|miss|missed|love|loved|hate|hated|trust|took|drove|brought|rang|texted|hit|" \
                r"punched|told|heard|then|later|apparently|eventually|earlier|suddenly)"


def sentences_holding(words: list[str], texts: dict[str, list[str]], per_source: int,
                      shaped: bool = False) -> list[tuple[str, str]]:
    """(word, sentence) pairs: per word and source, the first ``per_source`` sentences holding it in small letters
    (``shaped``: right after a word of ``SHAPES_BEFORE``)."""
    found: list[tuple[str, str]] = []
    before = rf"(?i:\b{SHAPES_BEFORE}),?\s+" if shaped else ""
    patterns = {w: re.compile(rf"{before}(?<![\w'’-]){re.escape(w)}(?![\w-])") for w in words}
    for source, documents in texts.items():
        counts = dict.fromkeys(words, 0)
        for document in documents:
            for sentence in _SENTENCE_BREAK.split(document):
                sentence = sentence.strip()
                if not 3 <= len(sentence) <= 600:
                    continue
                for word, pattern in patterns.items():
                    if counts[word] < per_source and pattern.search(sentence):
                        counts[word] += 1
                        found.append((word, sentence))
    return found


def _redactor(name: str):
    from redact.pipeline import Redactor

    return Redactor({"version": 1, "review": "real-sentences", "people": [{"name": name, "pseudonym": "Adult A"}],
                     "dates": {"date_of_death": "2023-07-09"}})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-source", type=int, default=30)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--shaped", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    words = listed_words()
    pairs = sentences_holding(words, sources(), args.per_source, args.shaped)
    changed = 0
    by_word: dict[str, list[str]] = {}
    for word, sentence in pairs:
        by_word.setdefault(word, []).append(sentence)
    for word, sentences in by_word.items():
        listed = {"given": _redactor(f"{word.capitalize()} Okafor"), "surname": _redactor(f"Tariq {word.capitalize()}")}
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
        for sentence in sentences:
            for side in ("given", "surname"):
                output = listed[side].redact_text(sentence)
                if len(pattern.findall(output)) < len(pattern.findall(sentence)):
                    changed += 1
                    if args.show:
                        print(f"{word} ({side}): {sentence!r}\n    -> {output!r}")
    print(f"words {len(words)}, sentences {len(pairs)}, redactions {2 * len(pairs)}, changed {changed}")


if __name__ == "__main__":
    main()
