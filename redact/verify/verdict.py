"""The verdict on a file: read it with its format's reader, look for leaks in every text read, and the entry
points (``verify_file``, ``verify_texts``, ``files_to_verify``).

Independent of the redaction path: it does not reuse the document adapters, and it needs no NER model
(``strict`` adds the detector on top).
"""
from __future__ import annotations

import datetime
import gc
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..dates import CONTEXT_UNKNOWN
from ..rules import Rules
from .finder import LeakFinder
from .readers import VERIFIABLE_SUFFIXES, texts_of
from .records import Leak, Text, Verdict
from .review_files import review_copy_leaks, review_report_verdict

if TYPE_CHECKING:
    from ..api import RulesLike


@contextmanager
def _collector_paused():
    """Reading a document and searching its texts makes hundreds of thousands of objects that form no cycles: the
    cycle collector would walk them again and again for nothing (a tenth of a cold verify's reading and search).
    A collector someone turned off stays off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def month_contexts(texts: list[Text], whens: "tuple[datetime.date, ...]" = ()) -> list:
    """For each text, the month its part named last before it ("the 14th" under a row "September 2021"): the
    reading of one text alone cannot see it. An attribute, a name or a part's raw XML is read alone."""
    from ..dates import month_context_by_part

    flowing = [(i, t) for i, t in enumerate(texts) if not (t.identifier or t.unread or t.raw_of is not None)]
    out: list = [CONTEXT_UNKNOWN] * len(texts)
    for (i, _), context in zip(flowing, month_context_by_part([(t.location.split(" ", 1)[0], t.text)
                                                                for _, t in flowing], whens)):
        out[i] = context
    for i, t in enumerate(texts):
        if t.raw_of is not None:
            out[i] = None   # the whole part at once: a month it names is in the text itself
    return out


def _parts_of_dates(texts: list[Text], finder: LeakFinder) -> list[frozenset[str]]:
    """For each text, the protected dates it writes a part of with the texts beside it in its part (a table row's
    cells "3" | "November" | "2022"); an attribute, a name or a part's raw XML is read alone."""
    out: list[frozenset[str]] = [frozenset()] * len(texts)
    by_part: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if not (t.identifier or t.unread or t.raw_of is not None):
            by_part.setdefault(t.location.split(" ", 1)[0], []).append(i)
    for indexes in by_part.values():
        for i, parts in zip(indexes, finder.parts_of_dates([texts[i].text for i in indexes])):
            out[i] = parts
    return out


def _dates_across_cuts(texts: list[Text], finder: LeakFinder) -> list[Leak]:
    """A protected date cut by a paragraph's or a cell's end ("... heard from 28" | "July 2018 was noted"): the
    end of each text read with the start of the next of its part, as apply reads them (``redact.seams``). Only
    what crosses the cut: each side alone was searched already."""
    from ..dates import parts_of_other_dates
    from ..seams import finds_across
    from .masking import mask_context

    kinds = {kind for _, kind in finder._dates}
    if not kinds:
        return []
    flowing = [t for t in texts if not (t.identifier or t.unread or t.raw_of is not None)]
    parts = [t.location.split(" ", 1)[0] for t in flowing]

    def find(text: str) -> list[tuple[int, int, object]]:
        # only the dates: the names ``spans`` would look for too are not asked of here
        return [(s, e, kind) for s, e, kind, _ in finder.date_spans(text)]

    leaks = []
    read = [t.text for t in flowing]
    # a side that is a part of another whole date ("Sun" | "15" | "Oct 2017") is no part of a protected one: "Sun 15"
    others = parts_of_other_dates(read, [date for date, _ in finder._dates])
    for reading, start, end, kind in finds_across(read, lambda a, b: parts[a] == parts[b], find):
        if reading.cut:
            continue    # a cut inside one text: its own reading already saw both sides
        if {reading.left.index, reading.right.index} & others:
            continue
        context = mask_context(reading.text, start, end, [(start, end)], secret=finder.secret)
        leaks.append(Leak(finder.masked_location(flowing[reading.left.index].location) + " (and the text after it)",
                          str(kind), "protected date", context))
    return leaks


def verify_texts(rules: Rules, texts: Iterable[Text | tuple[str, str]], path: str = "",
                 finder: LeakFinder | None = None) -> Verdict:
    """Check texts read from an output (``Text`` records, or ``(location, text)`` pairs)."""
    finder = finder or LeakFinder(rules)
    verdict = Verdict(path)
    raw: list[tuple[Text, list[Leak]]] = []
    parsed_values: dict[str, set[tuple[str, str]]] = {}
    items = [item if isinstance(item, Text) else Text(*item) for item in texts]
    verdict.leaks.extend(review_copy_leaks(items))
    # what the whole output makes of letters that are also an acronym ("NA" is Nadia Ahmed where it defines her)
    finder.learn_document([item.text for item in items if not (item.unread or item.identifier
                                                               or item.raw_of is not None)])
    whens = tuple(date for date, _ in finder._dates)
    for item, month_context, parts_of in zip(items, month_contexts(items, whens), _parts_of_dates(items, finder)):
        if item.unread:
            verdict.unread.append(finder.masked_location(item.location))   # "word/media/JoannePryor.png"
            continue
        verdict.checked_texts += 1
        leaks = finder.leaks_in(item.location, item.text, identifier=item.identifier, broad=item.broad,
                                number_lines=item.number_lines, first_line=item.first_line,
                                marks=item.marks, month_context=month_context, parts_of=parts_of)
        if item.raw_of is not None:
            raw.append((item, leaks))
            continue
        part = item.location.split(" ", 1)[0]
        for leak in leaks:
            parsed_values.setdefault(part, set()).add((leak.kind, leak.value))
        verdict.leaks.extend(leaks)
    verdict.leaks.extend(_dates_across_cuts(items, finder))
    # The raw XML of a part only adds what reading it as XML did not already report (a name used as a tag).
    for item, leaks in raw:
        seen = parsed_values.get(item.raw_of or "", set())
        verdict.leaks.extend(leak for leak in leaks if (leak.kind, leak.value) not in seen)
    return verdict


def verify_file(path: str | Path, rules: "RulesLike" = None, *, strict: bool = False,
                publication: bool = False) -> Verdict:
    """Check an output file (.docx, .pdf, .txt, .md) against a review's rules.

    ``rules``: a ``Rules``, the path of a rules file, a mapping as read from YAML, or None (domain defaults).
    ``strict`` also reports high-confidence unlisted names, contacts and ids (runs the detector: slower).
    ``publication`` also reports revisions, comments and hidden text left in a .docx (findings of their own kind).
    """
    from ..api import require_path
    from ..rules import as_rules

    path = require_path(path, "path")
    rules = as_rules(rules)
    report = review_report_verdict(path)
    if report is not None:
        return report
    with _collector_paused():
        texts = list(texts_of(path))
        finder = LeakFinder(rules)
        verdict = verify_texts(rules, texts, str(path), finder)
    if strict:
        from .strict import detected_leaks

        verdict.leaks.extend(detected_leaks(rules, texts))
    if verdict.leaks:
        from .leak_places import with_places

        verdict.leaks = with_places(path, verdict.leaks, finder, texts)
    if publication:
        verdict.publication = _publication_findings(path)
    return verdict


def files_to_verify(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The files ``verify`` checks for the paths given: a folder stands for every file under it that verify reads
    or that is a review report (whatever its name); the second list holds the files of a folder left unread."""
    from ..review.marker import is_review_report

    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(p for p in path.rglob("*") if p.is_file()):
            if found.name.startswith("~$"):   # Word's lock file beside an open document: not a document
                continue
            if found.suffix.lower() in VERIFIABLE_SUFFIXES or is_review_report(found):
                files.append(found)
            else:
                skipped.append(found)
    return files, skipped


def _publication_findings(path: Path) -> list:
    """--publication: a .docx must carry no revision, comment or hidden text; other formats have none to look for."""
    if path.suffix.lower() != ".docx":
        return []
    from .publication import publication_findings

    return publication_findings(path)
