"""How a dhr-redact review report is recognised: it holds the original names, so ``verify`` must fail it.

The marker is written into the report's ``<head>`` and looked for in the first bytes of a file, so a report is
found whatever it was renamed to (a ``.htm``, a copy in the published folder).
"""
from __future__ import annotations

from pathlib import Path

MARKER = "dhr-redact-review-report"
META = f'<meta name="generator" content="{MARKER}">'
_SNIFF_BYTES = 8192   # the marker sits in <head>, before any of the document's text


def is_review_report(path: str | Path) -> bool:
    """Does this file carry the review report's marker? (False for anything unreadable.)"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return MARKER.encode("ascii") in head
