"""Letting the author see every change: the HTML review report (and, beside it, the Word review copy).

``render_report(report, rules=...)`` turns what ``Redactor.redact_file`` returned into one self-contained HTML
page; ``write_report`` writes it atomically and private. ``place_changes`` puts each replacement back into the
text as read, for anything else that shows changes. ``is_review_report`` is how ``verify`` recognises a report.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .marker import MARKER, is_review_report

if TYPE_CHECKING:
    from .changes import KINDS, Change, kind_of, place_changes
    from .report import check_report_target, render_report, write_report

# loaded on first use: ``verify`` only needs the marker, and a light install has no Jinja2 or MarkupSafe
_LAZY = {"KINDS": "changes", "Change": "changes", "kind_of": "changes", "place_changes": "changes",
         "check_report_target": "report", "render_report": "report", "write_report": "report"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)


__all__ = ["KINDS", "Change", "MARKER", "check_report_target", "is_review_report", "kind_of", "place_changes",
           "render_report", "write_report"]
