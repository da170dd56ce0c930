"""The review report: one self-contained HTML page on which the author checks every change of a redaction.

The document's text is shown part by part (body, headers, footnotes, comments, properties) with each replacement
marked in a colour per kind, the original struck through beside the replacement; pointing at or clicking a change
says which rule or recogniser made it, its score and where it is. A side panel lists each entity with its count
and pseudonym, what the policy kept that looks like a name, what needs a person's eyes (images, objects) and the
verify result.

The page holds the ORIGINAL names: it says so in a banner, carries a marker ``verify`` refuses (see ``marker``),
and is written private (0600) like the audit key. It loads nothing from anywhere (a Content-Security-Policy
forbids it) and stays quick on long drafts: the text is plain HTML built here, details live in one JSON block,
and a single delegated listener serves every change.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from .. import __version__
from ..atomic import check_target, write_file
from ..audit import KEY_MODE
from ..documents import Segment
from .changes import KINDS
from .marker import MARKER
from .view import ReportView

if TYPE_CHECKING:
    from ..pipeline import RedactionReport
    from ..rules import Rules

__all__ = ["render_report", "write_report", "check_report_target"]


def render_report(report: "RedactionReport", *, rules: "Rules | None" = None,
                  segments: list[Segment] | None = None, title: str | None = None) -> str:
    """The review report of one redaction as a complete HTML page (a string).

    ``report``: what ``Redactor.redact_file`` returned; its ``segments`` (the text as read) are shown unless
    ``segments`` gives others. ``rules``: the review's rules, for the names and pseudonyms of the entity table
    (without them entities are listed by what was found). ``title``: the page's heading (default: the file name).
    The page holds the original names: never publish it.
    """
    segments = list(report.segments if segments is None else segments)
    view = ReportView.build(report, segments, rules)
    template = _environment().get_template("report.html.j2")
    return template.render(
        marker=MARKER, title=title or Path(report.source).name, report=report, view=view,
        source_name=Path(report.source).name, output_name=Path(report.output).name,
        kinds=[(key, label, view.kind_counts.get(key, 0)) for key, label in KINDS],
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), version=__version__,
        review=rules.review if rules is not None else None,
        data=Markup(_script_json(view.data)), css=Markup(_asset("report.css")), js=Markup(_asset("report.js")))


def check_report_target(path: str | Path, *, force: bool = False,
                        not_over: dict[str, str | Path | None] | None = None) -> Path:
    """Checked like the output before any work: not over a file of this run, an existing file only with
    ``force``, a folder that takes it."""
    return check_target(path, force=force, what="review report", not_over=not_over)


def write_report(path: str | Path, report: "RedactionReport", *, rules: "Rules | None" = None) -> Path:
    """Write the review report atomically, readable by its owner alone (it holds the original names)."""
    return write_file(path, render_report(report, rules=rules), mode=KEY_MODE)


def _script_json(data: dict) -> str:
    """JSON safe inside <script>: no "</script>", no HTML comment opener, whatever the draft holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """The page's own style sheet and script, read as they are (not templates: braces in them are code)."""
    from importlib.resources import files

    return files("redact.review").joinpath("templates", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("redact.review", "templates"),
                       autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
