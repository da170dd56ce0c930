"""Letting the author see every change: the HTML review report (and, beside it, the Word review copy).

``render_report(report, rules=...)`` turns what ``Redactor.redact_file`` returned into one self-contained HTML
page; ``write_report`` writes it atomically and private. ``place_changes`` puts each replacement back into the
text as read, for anything else that shows changes. ``is_review_report`` is how ``verify`` recognises a report.
"""
from __future__ import annotations

from .changes import KINDS, Change, kind_of, place_changes
from .marker import MARKER, is_review_report
from .report import check_report_target, render_report, write_report

__all__ = ["KINDS", "Change", "MARKER", "check_report_target", "is_review_report", "kind_of", "place_changes",
           "render_report", "write_report"]
