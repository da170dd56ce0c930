"""The four steps of ``redact serve`` as one Starlette application.

1. ``/``          drop the draft (and the review's rules file, if there is one)
2. ``/decide``    what the draft names, grouped as ``redact init`` groups it; the author decides
3. ``/check``     the decisions applied: the review report, the verify result, what needs a person's eyes
4. ``/download``  the published copy, PDF, review copy, audit log, statement and rules file

Long steps run as jobs (``redact.web.jobs``) and the page polls ``/progress``. Every request passes
``redact.web.security.SessionGuard`` (token, origin, size) behind Starlette's ``TrustedHostMiddleware``.
"""
from __future__ import annotations

import copy
import re
import shutil
import warnings
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Mapping
from typing import Any, cast

import python_multipart  # noqa: F401  (Starlette parses uploads with it; missing, the command says so up front)
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..atomic import write_file
from .choices import DATE_POLICIES, Choices, PersonChoice, PlaceChoice, propose, validate
from .jobs import Job
from .security import LOOPBACK_HOSTS, MAX_UPLOAD, BodyTooLarge, SessionGuard, too_large
from .workspace import Workspace

HERE = Path(__file__).parent
STEPS = [("/", "Drop the draft"), ("/decide", "Decide"), ("/check", "Check"), ("/download", "Download")]


@dataclass
class Output:
    """A file step 4 offers: the name it downloads as, what it is, and whether it may be published."""

    key: str
    label: str
    filename: str
    path: Path
    publishable: bool
    media_type: str

    @property
    def order(self) -> int:
        return _order(self)


@dataclass
class Session:
    """One author's work: the draft, their decisions and what applying them made."""

    workspace: Workspace
    draft_name: str | None = None          # the uploaded file's own name, shown and used for downloads
    draft: Path | None = None              # its copy in the workspace
    rules_name: str | None = None
    rules_data: dict | None = None
    choices: Choices | None = None
    proposing: Job | None = None
    applying: Job | None = None
    outputs: dict[str, Output] = field(default_factory=dict)
    generation: int = 0

    @property
    def job(self) -> Job | None:
        """The step last started (a new draft clears both)."""
        return self.applying or self.proposing

    def reset(self) -> None:
        self.generation += 1      # a job still running for the old draft no longer writes into the session
        self.workspace.clear()
        self.draft_name = self.draft = self.rules_name = self.rules_data = self.choices = None
        self.proposing = self.applying = None
        self.outputs = {}


def create_app(workspace: Workspace, token: str, *, max_upload: int = MAX_UPLOAD) -> Starlette:
    """The application for one session; the workspace is removed when the application shuts down."""
    session = Session(workspace)
    # Starlette spools an upload over 1 MB to the system's temporary folder; the draft must stay in memory until
    # it is written into the session's own folder, so the spool holds everything the size limit lets in.
    from starlette.formparsers import MultiPartParser

    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, max_upload + 1)
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    templates.globals.update(steps=STEPS, max_upload=max_upload, max_upload_mb=max_upload // (1024 * 1024),
                             date_policies=DATE_POLICIES)

    def tidy(message: str) -> str:
        """The session's folder means nothing to the author: its files are named as they know them."""
        if session.draft is not None and session.draft_name:
            message = message.replace(str(session.draft), session.draft_name)
        return message.replace(str(workspace.path / "outputs") + "/", "").replace(str(workspace.path) + "/", "")

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = templates.get_template(name).render(session=session, **context)
        return HTMLResponse(html, status_code=status)

    async def start(request: Request) -> Response:
        return page("upload.html", current="/")

    async def upload(request: Request) -> Response:
        try:
            form = await request.form(max_files=2, max_fields=20)
        except BodyTooLarge:
            return page("upload.html", 413, current="/", error=too_large(max_upload))
        draft, rules = form.get("draft"), form.get("rules")
        if draft is None or isinstance(draft, str) or not draft.filename:
            return page("upload.html", 400, current="/", error="Choose a draft (.docx, .txt or .md) first.")
        # the kind of file is judged by the command's own reader below (.doc, .pdf, .docm each have their reason)
        suffix = re.sub(r"[^\w.]", "", Path(draft.filename).suffix.lower())
        session.reset()
        folder = workspace.file("draft")
        folder.mkdir(mode=0o700)
        session.draft = folder / f"{safe_stem(draft.filename)}{suffix}"
        write_file(session.draft, await draft.read(), mode=0o600)
        session.draft_name = Path(draft.filename).name
        error = await run_in_threadpool(_check_draft, session)    # a long draft: the page stays responsive
        if error is None and rules is not None and not isinstance(rules, str) and rules.filename:
            rules_path = workspace.file("uploaded-rules.yaml")
            write_file(rules_path, await rules.read(), mode=0o600)
            error = await run_in_threadpool(_read_rules, session, rules_path, Path(rules.filename).name)
        if error is not None:
            session.reset()
            return page("upload.html", 400, current="/", error=error)
        session.proposing = Job("Reading the draft", _PROPOSE_STAGES, lambda job: _propose(session, job),
                                tidy=tidy).start()
        return RedirectResponse("/decide", status_code=303)

    async def decide(request: Request) -> Response:
        if session.draft is None:
            return RedirectResponse("/", status_code=303)
        job = session.proposing
        if job is not None and job.running:
            return page("progress.html", current="/decide", job=job.progress)
        if job is not None and job.progress.state == "failed":
            error = job.progress.error
            session.reset()
            return page("upload.html", 400, current="/", error=error)
        # a draft whose proposal finished has its choices: _propose set them before the job said done
        assert session.choices is not None
        return page("decide.html", current="/decide", choices=session.choices,
                    validation=validate(session.choices))

    async def check_decisions(request: Request) -> Response:
        if session.choices is None:
            return JSONResponse({"ok": False, "error": "no draft: start again at step 1"}, status_code=409)
        form = _text_fields(await request.form())
        trial = copy.deepcopy(session.choices)
        trial.update(form)
        # what is typed is kept (a reload shows it); an "add" row joins the list only when applied
        session.choices.update(form, add_new=False)
        return JSONResponse(validate(trial).as_dict())

    async def apply(request: Request) -> Response:
        if session.choices is None or (session.proposing is not None and session.proposing.running):
            return RedirectResponse("/decide", status_code=303)
        if session.applying is not None and session.applying.running:
            return RedirectResponse("/check", status_code=303)
        session.choices.update(_text_fields(await request.form()))
        entries: list[PersonChoice | PlaceChoice] = [*session.choices.people, *session.choices.places]
        for entry in entries:
            if entry.origin == "new":
                entry.origin = "added"
        validation = validate(session.choices)
        if not validation.ok:
            return page("decide.html", 400, current="/decide", choices=session.choices, validation=validation)
        session.applying = Job("Applying your decisions", _APPLY_STAGES,
                               lambda job: _apply(session, validation.rules, job), tidy=tidy).start()
        return RedirectResponse("/check", status_code=303)

    async def check(request: Request) -> Response:
        job = session.applying
        if job is None:
            return RedirectResponse("/decide" if session.draft else "/", status_code=303)
        if job.running:
            return page("progress.html", current="/check", job=job.progress)
        return page("check.html", current="/check", job=job.progress, result=job.progress.result)

    async def download(request: Request) -> Response:
        job = session.applying
        if job is None or job.running or job.progress.state != "done" or job.progress.result.report is None:
            return RedirectResponse("/check" if job else "/", status_code=303)   # nothing made: say why there
        return page("download.html", current="/download", outputs=list(session.outputs.values()))

    async def output_file(request: Request) -> Response:
        output = session.outputs.get(request.path_params["key"])
        if output is None or not output.path.exists():
            return HTMLResponse("<p role='alert'>That file is not there (apply the decisions first).</p>",
                                status_code=404)
        inline = request.query_params.get("inline") == "1" and output.key == "report"
        response = FileResponse(output.path, media_type=output.media_type, filename=output.filename,
                                content_disposition_type="inline" if inline else "attachment")
        if output.key == "report":
            from .security import REPORT_POLICY

            response.headers["content-security-policy"] = REPORT_POLICY
        return response

    async def progress(request: Request) -> Response:
        job = session.job
        return JSONResponse(job.progress.as_dict() if job else {"state": "none"})

    async def new_draft(request: Request) -> Response:
        session.reset()
        return RedirectResponse("/", status_code=303)

    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            workspace.close()

    routes = [
        Route("/", start), Route("/upload", upload, methods=["POST"]), Route("/decide", decide),
        Route("/validate", check_decisions, methods=["POST"]), Route("/apply", apply, methods=["POST"]),
        Route("/check", check), Route("/download", download), Route("/files/{key}", output_file),
        Route("/progress", progress), Route("/new", new_draft, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS),
                  Middleware(SessionGuard, token=token, max_upload=max_upload, on_request=workspace.touch)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.session = session
    return app


def safe_stem(filename: str) -> str:
    """The draft's own name, as a file name of the workspace (it shows in the report, the audit log and the
    downloads): letters, digits, dot, dash and underscore."""
    return re.sub(r"[^\w.-]+", "-", Path(filename).stem).strip(".-") or "draft"


def _text_fields(form: Mapping[str, Any]) -> Mapping[str, str]:
    # the decisions page's form has text fields and checkboxes only (no file input): every value is a string
    return cast(Mapping[str, str], form)


def _check_draft(session: Session) -> str | None:
    """The command's own reading of the file: a broken or hostile draft gets its one-line reason now."""
    from ..documents import open_document
    from ..errors import RedactError

    assert session.draft is not None     # called by upload, right after it copied the draft into the workspace
    try:
        open_document(session.draft).segments   # every part read now: a hostile one is refused before any work
    except RedactError as error:
        return _named(str(error), session.draft, session.draft_name)
    return None


def _read_rules(session: Session, path: Path, name: str) -> str | None:
    from ..errors import RulesError
    from ..rules import load_rules, read_rules_yaml

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            load_rules(path)
        data = read_rules_yaml(path.read_text(encoding="utf-8-sig"), str(path)) or {}
    except RulesError as error:
        return _named(str(error), path, name)
    session.rules_data = data
    session.rules_name = name
    return None


def _named(message: str, path: Path | None, name: str | None) -> str:
    """A message about the copy in the workspace, told with the file name the author knows."""
    return message.replace(str(path), name or "the file") if path is not None else message


_PROPOSE_STAGES = ["Opening the draft", "Finding names, places and dates (the first time, the language model "
                                        "loads first: a few seconds)", "Ready"]


def _propose(session: Session, job: Job) -> Choices:
    from ..documents import open_document

    generation = session.generation
    # started by upload once the draft is in the workspace; a new upload resets the session, and this job's
    # result is then dropped (the generation check below)
    assert session.draft is not None
    job.step(_PROPOSE_STAGES[0])
    document = open_document(session.draft)
    job.step(_PROPOSE_STAGES[1])
    choices = propose(document, session.draft_name or "draft", session.rules_data)
    job.step(_PROPOSE_STAGES[2])
    if session.generation == generation:
        session.choices = choices
    return choices


_APPLY_STAGES = ["Preparing", "Finding and replacing", "Writing the statement", "Writing the review copy",
                 "Writing the report", "Making the PDF"]


@dataclass
class ApplyResult:
    """What step 3 shows."""

    report: Any                       # the RedactionReport, None when refused
    leaks: list[dict]                 # when verification refused the output
    warnings: list[str]
    entities: list[tuple[str, str, str, int]]   # kind, original, replacement, count
    missing: list[str]                # outputs this installation cannot make, and why


def _apply(session: Session, rules, job: Job) -> ApplyResult:
    from ..errors import LeakError, RulesWarning
    from ..pipeline import Redactor

    workspace = session.workspace
    generation = session.generation
    # apply starts this job only once the draft's choices exist, and they come and go with the draft (reset)
    assert session.draft is not None and session.choices is not None
    stem = session.draft.stem
    suffix = session.draft.suffix
    session.outputs = {}
    outputs: dict[str, Output] = {}      # the session's only when the whole step has run for the same draft
    job.step("Preparing")
    folder = workspace.file("outputs")       # each apply starts from an empty one: no file of an earlier run
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(mode=0o700)
    published = folder / f"{stem}-published{suffix}"
    audit = folder / f"{stem}-audit.jsonl"
    rules_file = folder / f"{stem}-rules.yaml"
    write_file(rules_file, session.choices.rules_yaml(), mode=0o600)
    _offer(outputs, "rules", "Rules file (for the next draft of this review)", f"{stem}-rules.yaml", rules_file,
           False, "application/yaml")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RulesWarning)
        redactor = Redactor(rules)
        job.step("Finding and replacing")
        try:
            report = redactor.redact_file(session.draft, published, audit, force=True)
        except LeakError as error:
            return ApplyResult(None, error.leaks, _warnings(caught), [], [])
    said = _warnings(caught)
    _offer(outputs, "published", "Published copy", f"{stem}-published{suffix}", published, True,
           _MEDIA.get(suffix, "application/octet-stream"))
    _offer(outputs, "audit", "Audit log (keep private)", f"{stem}-audit.jsonl", audit, False, "application/jsonl")
    key = Path(str(audit) + ".key")
    if key.exists():
        _offer(outputs, "audit-key", "Audit key (keep private, with the audit log)", f"{stem}-audit.key", key, False,
               "application/octet-stream")
    job.step("Writing the statement")
    from ..statement import write_statement

    statement = folder / f"{stem}-statement.md"
    write_statement(statement, report, redactor.rules)
    _offer(outputs, "statement", "Anonymisation statement (for the QA Panel)", f"{stem}-statement.md", statement,
           True, "text/markdown")
    missing = []
    job.step("Writing the review copy")
    missing += _review_copy(outputs, folder, report, redactor, stem)
    job.step("Writing the report")
    missing += _report(outputs, folder, report, redactor, stem)
    job.step("Making the PDF")
    if suffix == ".docx":
        missing += _pdf(outputs, folder, published, redactor.rules, stem)
    if session.generation == generation:
        session.outputs = outputs
    return ApplyResult(report, [], said, _entities(report), missing)


_MEDIA = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".txt": "text/plain; charset=utf-8", ".md": "text/markdown; charset=utf-8"}


# the order of step 4: what is published first, then what the author keeps
_ORDER = ["published", "pdf", "statement", "review-copy", "report", "rules", "audit", "audit-key"]


def _offer(outputs: dict[str, Output], key: str, label: str, filename: str, path: Path, publishable: bool,
           media_type: str) -> None:
    outputs[key] = Output(key, label, filename, path, publishable, media_type)


def _order(output: Output) -> int:
    return _ORDER.index(output.key) if output.key in _ORDER else len(_ORDER)


def _warnings(caught) -> list[str]:
    return list(dict.fromkeys(str(w.message) for w in caught if w.category.__name__ == "RulesWarning"))


def _entities(report) -> list[tuple[str, str, str, int]]:
    """Each original with its replacement and how often: the fallback summary when no HTML report is made."""
    from collections import Counter

    counts: Counter = Counter()
    for decision in report.decisions:
        if decision.replaces:
            counts[(decision.finding.entity_type, decision.finding.text, decision.replacement)] += 1
    return [(kind, original, replacement, n) for (kind, original, replacement), n in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _review_copy(outputs: dict[str, Output], folder: Path, report, redactor, stem: str) -> list[str]:
    """The tracked-changes review copy, when this installation has it (issue 14)."""
    try:
        from ..documents.docx import review_copy
    except ImportError:
        return ["Review copy: not available in this version"]
    writer = getattr(review_copy, "write_review_copy", None)
    if Path(report.source).suffix.lower() != ".docx":
        return ["Review copy: made for Word drafts only (the review report shows every change)"]
    if writer is None:
        return ["Review copy: not available in this version"]
    target = folder / f"{stem}-review-copy.docx"
    try:
        writer(report, target, rules=redactor.rules)   # the published copy's own options: the defaults
    except Exception as error:   # the published copy stands without it: say why it is missing
        return [f"Review copy: could not be made ({error})"]
    _offer(outputs, "review-copy", "Review copy (tracked changes; contains original names)",
           f"{stem}-review-copy.docx", target, False, _MEDIA[".docx"])
    return []


def _report(outputs: dict[str, Output], folder: Path, report, redactor, stem: str) -> list[str]:
    """The HTML review report, when this installation has it (issue 14)."""
    try:
        from ..review.report import render_report
    except ImportError:
        return ["Review report: not available in this version (a summary of the changes is shown instead)"]
    target = folder / f"{stem}-report.html"
    try:
        write_file(target, render_report(report, rules=redactor.rules), mode=0o600)
    except Exception as error:
        return [f"Review report: could not be made ({error})"]
    _offer(outputs, "report", "Review report (HTML; contains original names)", f"{stem}-report.html", target, False,
           "text/html; charset=utf-8")
    return []


def _pdf(outputs: dict[str, Output], folder: Path, published: Path, rules, stem: str) -> list[str]:
    from ..errors import RedactError
    from ..to_pdf import convert_and_verify, soffice

    if soffice() is None:
        return ["PDF: LibreOffice is not installed (install it to get a PDF here)"]
    target = folder / f"{stem}-published.pdf"
    try:
        verdict = convert_and_verify(published, target, rules, force=True)
    except RedactError as error:
        return [f"PDF: {error}"]
    if not verdict.ok:
        return [f"PDF: not made: the converted PDF failed verification ({len(verdict.leaks)} leak(s))"]
    _offer(outputs, "pdf", "Published copy as PDF", f"{stem}-published.pdf", target, True, "application/pdf")
    return []
