"""Files that hold the original names by design and must never pass the gate: a review copy (``apply
--review-copy``: its banner, its document property, a PDF printed from it) and a review report (``apply --report``)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from ..normalise import fold
from .records import Leak, Text, Verdict

REVIEW_REPORT = "review_report"
#: what ``apply --review-copy`` writes on the first page of a review copy and in its document property
REVIEW_COPY_BANNER = "REVIEW COPY \u2013 CONTAINS ORIGINAL NAMES \u2013 NOT FOR PUBLICATION"
REVIEW_COPY_PROPERTY = "dhr-redact review copy"
REVIEW_COPY = "review_copy"
# folded text (lower case, dashes unified); any spacing or punctuation between the words, as a PDF may lay them out
_REVIEW_COPY_MARK = re.compile(r"review\W*copy\W*contains\W*original\W*names|dhr\W*redact\W*review\W*copy")


def review_copy_leaks(texts: Iterable[Text]) -> list[Leak]:
    """A review copy holds the original names by design: a file that says it is one (its banner, its document
    property, a PDF printed from it) fails, whatever else it holds or no longer holds. One finding per part."""
    leaks: dict[str, Leak] = {}
    for item in texts:
        part = item.location.split(" ", 1)[0]
        if item.unread or part in leaks or "cop" not in item.text.casefold():   # folding every text costs time
            continue
        if not _REVIEW_COPY_MARK.search(fold(item.text).text):
            continue
        leaks[part] = Leak(item.location, REVIEW_COPY, "a dhr-redact review copy: it holds the original names",
                           REVIEW_COPY_BANNER)
    return list(leaks.values())


def review_report_verdict(path: Path) -> Verdict | None:
    """A dhr-redact review report (``apply --report``, HTML) shows the original names by design: it always fails,
    with one finding of its own kind, whatever it is named. None for any other file."""
    from ..review.marker import is_review_report

    if not path.is_file() or not is_review_report(path):
        return None
    return Verdict(str(path), [Leak("(the whole file)", REVIEW_REPORT,
                                    "a dhr-redact review report: it shows the original names",
                                    "REVIEW REPORT - CONTAINS ORIGINAL NAMES - NOT FOR PUBLICATION")], checked_texts=1)
