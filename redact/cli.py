"""The ``redact`` command. Exit codes: 0 ok, 1 findings or leaks, 2 usage or input error."""
from __future__ import annotations

import gc
import json
import os
import sys
import warnings
from collections import Counter
from pathlib import Path

import click

from ._version import __version__
from .errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, LeakError, RedactError

PROFILE = click.Choice(["dhr", "strict"])


# The library names its Python arguments ("pass force=True"); a command-line user is told the option instead.
_CLI_WORDING = (("pass force=True", "use --force"), ("pass audit_key=FILE", "pass --audit-key FILE"),
                ("password=...", "--password"), ("keep_revisions=True", "--keep-revisions"),
                ("apply with remove_images=True", "apply --remove-images"), ("pass port=...", "pass --port"),
                ("a Dask scheduler needs Dask", "--scheduler needs Dask"),
                ("date_of_death: YYYY-MM-DD to the rules", "date_of_death: YYYY-MM-DD to the rules "
                                                           "(or pass --date-of-death)"))


def cli_wording(message: object) -> str:
    """A library message as a command-line user needs it: options, not Python arguments."""
    text = str(message)
    for library, cli in _CLI_WORDING:
        text = text.replace(library, cli)
    return text


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """A RulesWarning is one line for the author, not a Python warning with a file name and source line."""
    from .errors import OutputWarning, RulesWarning

    if issubclass(category, (RulesWarning, OutputWarning)):
        click.echo(f"redact: warning: {cli_wording(message)}", err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


_python_showwarning = warnings.showwarning


class _Group(click.Group):
    """Turns every error a user can cause into one line on stderr and exit code 2 (never a traceback)."""

    def invoke(self, ctx):
        from .atomic import install_signal_cleanup, restore_signals, written
        from .errors import OutputWarning, RulesWarning

        # The command loads no pydantic plugins (none is ours; asking every installed package for one took 20-60 ms
        # of a cold ``verify``). Set for this process and the workers it starts, never for a program importing us.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        # SIGTERM (a CI timeout) and Ctrl-C remove any half-written file and exit 143 / 130
        previous = install_signal_cleanup()
        written.clear()   # what this command writes (a process may run several, as the tests do)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", RulesWarning)
                warnings.simplefilter("always", OutputWarning)
                warnings.showwarning = _show_warning
                return self._invoke(ctx)
        finally:
            restore_signals(previous)

    def _invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except RedactError as error:
            click.echo(f"redact: error: {cli_wording(error)}", err=True)
            sys.exit(error.exit_code)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except BrokenPipeError:
            # the reader went away ("redact verify ... | head"): nothing more to say, and nobody to say it to
            sys.stderr.close()
            sys.exit(EXIT_FINDINGS)
        except (KeyboardInterrupt, click.Abort) as error:
            from .atomic import SIGNAL_EXIT_CODES, Interrupted

            import signal

            what = error.args[0] if isinstance(error, Interrupted) else "SIGINT"
            click.echo(f"redact: interrupted ({what}); {_what_was_written()}", err=True)
            sys.exit(error.exit_code if isinstance(error, Interrupted) else SIGNAL_EXIT_CODES[signal.SIGINT])
        except MemoryError:
            click.echo("redact: error: out of memory reading the input", err=True)
            sys.exit(EXIT_USAGE)
        except OSError as error:
            from .atomic import USER_ERRNOS, reason

            if error.errno not in USER_ERRNOS:
                return self._internal_error(error)
            # a permission, a full disk, a read-only file system: the user's to fix, said in one line
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"redact: error: {where}{reason(error)}; {_what_was_written()}", err=True)
            sys.exit(EXIT_USAGE)
        except Exception as error:  # a bug of ours: still one line, and say where to report it
            self._internal_error(error)

    @staticmethod
    def _internal_error(error: Exception):
        click.echo(f"redact: internal error: {error.__class__.__name__}: {error} "
                   f"({_what_was_written()}; please report this with the command you ran)", err=True)
        sys.exit(EXIT_USAGE)


def _what_was_written() -> str:
    """Only what is true: nothing, or the files this run had already put in place."""
    from .atomic import written

    if not written:
        return "nothing was written"
    shown = ", ".join(str(path) for path in written[-4:])
    return f"written before it stopped: {shown}" + (f" and {len(written) - 4} more" if len(written) > 4 else "")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
# the version from our own module: asking the installed distributions for it scans site-packages (~0.1 s)
@click.version_option(version=__version__, prog_name="redact")
def main():
    """Anonymise draft Domestic Homicide Review reports (.docx, .txt, .md).

    \b
    Example:
      redact apply draft.docx --rules rules.yaml -o published.docx --audit audit.jsonl

    Exit codes: 0 ok, 1 findings (scan) or leaks (verify), 2 usage or input error.
    """


def _rules(path):
    from .rules import load_rules

    return load_rules(path)


NO_RULES_OPTION = click.option(
    "--no-rules", is_flag=True,
    help="Run without any rules: no listed person, place or date is protected (only what the detector finds).")
STRICT_RULES_OPTION = click.option(
    "--strict-rules", is_flag=True,
    help="Refuse (exit 2) when a pseudonym is also the name of a person the rules do not list.")


def _load_model_meanwhile(rules) -> None:
    """The model loads in a forked reader while this process imports Presidio, builds the recognisers and reads the
    draft's text (``redact.detect.model_reader``); the reader ends with the command. Called once the draft is
    opened: a file refused never pays for spaCy and Presidio (two seconds of processor time)."""
    from .detect.model_reader import start_loading_elsewhere, stop_loading_elsewhere

    if start_loading_elsewhere(rules.detection.model):
        click.get_current_context().call_on_close(stop_loading_elsewhere)
    # Presidio, spaCy and the recognisers' modules load now with the collector paused, then are frozen: they live
    # as long as the command, and each full collection while they loaded walked all that had loaded before (three,
    # 0.19 s of a cold case1 apply)
    gc.disable()
    try:
        from .detect import engine  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def _required_rules(path, no_rules: bool, date_of_death=None):
    """The review's rules; running with none (or an empty file) is refused unless --no-rules says it is meant."""
    from .errors import RulesError
    from .rules_safety import is_empty

    if path is not None and no_rules:
        raise RulesError("use either --rules or --no-rules, not both")
    if path is None and not no_rules:
        raise RulesError("no rules: nothing listed would be protected (no pseudonyms, no date of death removed); "
                         "pass --rules RULES (`redact init` proposes one), or use --no-rules to run without rules")
    rules = _rules(path)
    if date_of_death:
        rules.dates.date_of_death = date_of_death.date()
    if path is not None and is_empty(rules):
        raise RulesError(f"{path}: no rules: the file lists no person, place or date, so nothing listed would be "
                         f"protected; fill it in (`redact init` proposes one), or use --no-rules to run without rules")
    return rules


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--rules", "rules_path", type=click.Path(path_type=Path), help="The review's rules file (YAML).")
@click.option("--profile", type=PROFILE, default="dhr", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (shape: docs/scan.md).")
@click.option("--all", "everything", is_flag=True,
              help="Also list what the rules and the policy already handle, and what the policy keeps.")
@click.option("--date-of-death", type=click.DateTime(["%Y-%m-%d"]), help="The date of death (YYYY-MM-DD).")
@click.option("--password", help="Password of an encrypted Word file.")
@STRICT_RULES_OPTION
def scan(file, rules_path, profile, as_json, everything, date_of_death, password, strict_rules):
    """List what needs your decision, grouped by person, place or contact, with where to find it.

    \b
    Example:
      redact scan draft.docx --rules rules.yaml          # what needs a decision
      redact scan draft.docx --rules rules.yaml --all    # and what the rules and policy handle

    Exit 1 when something needs your decision (an unlisted person, place or contact, a possible date of death,
    a possible nickname), 0 otherwise.
    """
    rules = _rules(rules_path)
    from .documents import open_document

    document = open_document(file, password=password)   # before the model loads: a refused file costs little
    _load_model_meanwhile(rules)
    from .pipeline import Redactor
    from .scan_report import build_report
    from .suggest import nickname_suggestions

    if date_of_death:
        rules.dates.date_of_death = date_of_death.date()
    redactor = Redactor(rules, profile, strict_rules=strict_rules)
    segments, findings = redactor.scan_document(document)
    decisions = redactor.decider.decide(findings)
    suggestions = nickname_suggestions(rules, [s.text for s in segments])
    known_dates = frozenset(kind for kind, _ in rules.protected_dates())
    report = build_report(str(file), segments, decisions, [entity.name for entity in rules.listed()], suggestions,
                          document.manual_review(), known_dates, getattr(document, "place_of_part", None))
    if as_json:
        shown = [d for d in decisions if everything or d.replaces or d.finding.metadata.get("candidate")]
        click.echo(json.dumps({
            **report.as_dict(everything),
            "findings": [{**d.finding.as_dict(), "replacement": d.replacement, "decision": d.reason,
                          "where": _place_dict(segments, d.finding.segment)} for d in shown],
            "nickname_suggestions": suggestions,
        }, indent=2, ensure_ascii=False))
    else:
        for line in report.lines(everything):
            click.echo(line)
        counts = Counter(d.finding.entity_type for d in decisions)
        click.echo(f"{len(decisions)} finding(s): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
                   err=True)
    sys.exit(report.exit_code)


def _place_dict(segments, index: int) -> dict | None:
    place = segments[index].place if 0 <= index < len(segments) else None
    return place.as_dict() if place is not None else None


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--rules", "rules_path", type=click.Path(path_type=Path),
              help="The review's rules file (YAML); required unless --no-rules.")
@NO_RULES_OPTION
@STRICT_RULES_OPTION
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Where the redacted copy goes.")
@click.option("--audit", type=click.Path(path_type=Path), help="Write the audit log (JSON Lines) here.")
@click.option("--audit-key", type=click.Path(path_type=Path),
              help="File holding the review's audit key (else $REDACT_AUDIT_KEY, else a new AUDIT.key).")
@click.option("--audit-plaintext", is_flag=True, help="Also store the original texts in the audit log.")
@click.option("--profile", type=PROFILE, default="dhr", show_default=True)
@click.option("--mapping", type=click.Path(path_type=Path),
              help="A review's mapping file: the same 'Person N' for the same name across documents.")
@click.option("--date-of-death", type=click.DateTime(["%Y-%m-%d"]), help="The date of death, if not in the rules.")
@click.option("--keep-comments", is_flag=True, help="Keep Word comments (redacted) instead of removing them.")
@click.option("--keep-revisions", is_flag=True,
              help="Keep tracked changes, hidden text and the draft's properties (redacted) instead of publishing: "
                   "by default revisions are accepted, hidden text removed and properties made neutral.")
@click.option("--remove-images", is_flag=True, help="Remove images and embedded objects.")
@click.option("--password", help="Password of an encrypted Word file.")
@click.option("--pdf", type=click.Path(path_type=Path), help="Also convert the output to PDF (needs LibreOffice).")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.option("--statement", type=click.Path(path_type=Path),
              help="Also write an anonymisation statement (Markdown) for the QA Panel: pseudonyms and roles, what "
                   "was replaced and where, the verify result, what a person must check; never a real name.")
@click.option("--from-review", type=click.Path(path_type=Path),
              help="A review copy the author went through in Word: the changes of unlisted finds they rejected are "
                   "added to keep: in the rules file (--rules) before this run.")
@click.option("--review-copy", type=click.Path(path_type=Path),
              help="Also write a Word review copy (.docx): every replacement a tracked change by dhr-redact, with a "
                   "comment on what no rule lists; it holds the original names and never passes verify.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the outcome as JSON (when refused: every leak left, where, what kind and what to do).")
@click.option("--changes", "list_changes", is_flag=True,
              help="Also print every change: where it is in the published copy, its kind and its replacement.")
@click.option("--report", "report_path", type=click.Path(path_type=Path),
              help="Also write a review report (HTML) showing every change in the draft's text; it holds the "
                   "original names: keep it with the audit log, never publish it.")
def apply(file, rules_path, no_rules, strict_rules, output, audit, audit_key, audit_plaintext, profile, mapping,
          date_of_death, keep_comments, keep_revisions, remove_images, password, pdf, force, statement, review_copy,
          from_review, as_json, list_changes,
          report_path):
    """Write a redacted copy of FILE, verified before it is put in place.

    \b
    Example:
      redact apply draft.docx --rules rules.yaml -o published.docx --audit audit.jsonl
    """
    if pdf:  # before the slow part: a missing LibreOffice or an existing PDF is known now
        from .to_pdf import check_pdf_target

        check_pdf_target(pdf, force=force)
    added: list[str] = []
    if from_review:   # the author's rejections in Word become keep: entries, before the rules are read
        from .documents.docx.review_copy import keep_rejections

        added = keep_rejections(from_review, rules_path)
        click.echo(f"from review:   {len(added)} rejected change(s) added to keep: in {rules_path}"
                   + (f" ({', '.join(added)})" if added else ""), err=as_json)
    rules = _required_rules(rules_path, no_rules, date_of_death)
    from .pipeline import Redactor, open_draft

    if statement:   # checked like the output, before any work
        from .statement import check_statement_target

        check_statement_target(statement, force=force, not_over={"the input": file, "the output": output,
                                                                 "the audit log": audit, "the PDF": pdf})
    if review_copy:   # a .docx draft and a target the output checks accept, before any work
        from .documents.docx.review_copy import check_review_copy_target

        check_review_copy_target(review_copy, file, force=force, not_over={
            "the output": output, "the audit log": audit, "the PDF": pdf, "the statement": statement,
            "the report": report_path})
    if report_path:   # checked like the output, before any work
        from .review import check_report_target

        check_report_target(report_path, force=force, not_over={"the input": file, "the output": output,
                                                                "the audit log": audit, "the PDF": pdf,
                                                                "the statement": statement, "the mapping": mapping,
                                                                "the review copy": review_copy})
    # the draft is read before the model and Presidio load: a file refused costs a fraction of a second
    document = open_draft(file, rules, keep_comments=keep_comments, password=password, keep_revisions=keep_revisions)
    _load_model_meanwhile(rules)
    redactor = Redactor(rules, profile, mapping=mapping, strict_rules=strict_rules)
    try:
        report = redactor.redact_file(file, output, audit, force=force, remove_images=remove_images,
                                      keep_comments=keep_comments, keep_revisions=keep_revisions, audit_key=audit_key,
                                      audit_plaintext=audit_plaintext, password=password, opened=document)
    except LeakError as error:
        # the refusal says where each leak is, what kind, and what to do; the values themselves are never printed
        if as_json:
            leaks = [{**leak, "advice": cli_wording(leak.get("advice", ""))} for leak in error.leaks]
            click.echo(json.dumps({"file": str(file), "output": None, "ok": False, "error": cli_wording(error),
                                   "leaks": leaks}, indent=2, ensure_ascii=False))
            sys.exit(error.exit_code)
        for leak in error.leaks:
            where = f"     where: {leak['where']}\n" if leak.get("where") else ""
            click.echo(f"LEAK {leak['location']}: {leak['kind']} {leak['value']}: {leak['context']}\n{where}"
                       f"     what to do: {cli_wording(leak['advice'])}", err=True)
        raise
    from .atomic import written as files_written

    # every file this run writes, listed alike in --json ("written") and in the lines a person reads
    written = [{"kind": "output", "path": report.output}]
    new_key = bool(report.audit and report.audit_key_source and Path(report.audit_key_source) in files_written)
    if report.audit:
        written.append({"kind": "audit", "path": report.audit})
        if new_key:
            written.append({"kind": "audit_key", "path": report.audit_key_source})
    if mapping:
        written.append({"kind": "mapping", "path": str(mapping)})
    if added:   # the rules file took the keep: entries (said on its own line above)
        written.insert(0, {"kind": "rules", "path": str(rules_path)})
    outcome = {
        "file": str(file), "output": report.output, "ok": True, "changes": report.changes,
        "found_by_verify": sum(1 for d in report.decisions if d.finding.source == "verify"),
        "audit": report.audit, "audit_key": report.audit_key_source if report.audit else None,
        "mapping": str(mapping) if mapping else None, "report": None, "review_copy": None, "statement": None,
        "pdf": None, "kept_from_review": added if from_review else None, "written": written,
        "manual_review": [{"location": i.location, "what": i.what, "where": _words_of(report.places.get(i.location))}
                          for i in report.manual_review],
        "removed_images": len(report.removed_images), "publication": report.publication,
        "replacements": _replacements(report)}
    if not as_json:
        click.echo(f"redacted copy: {report.output} ({report.changes} change(s); verify: clean)")
        if report.publication is not None:
            done = report.publication
            click.echo(f"published:     {done['revisions_accepted']} tracked change(s) accepted, "
                       f"{done['hidden_runs_removed']} hidden run(s) removed, document properties neutral "
                       f"(--keep-revisions keeps a working copy)")
        if report.audit:
            made = ", made now: keep it apart from the published copy" if new_key else ""
            click.echo(f"audit log:     {report.audit} (key: {report.audit_key_source}{made})")
        if mapping:
            click.echo(f"mapping:       {mapping} (the review's pseudonym numbers, for its next document)")
        for item in report.manual_review:
            where = f" ({report.places[item.location]})" if item.location in report.places else ""
            click.echo(f"needs manual review: {item.location}{where}: {item.what}")
        if list_changes:
            for change in _replacements(report):
                click.echo(f"changed: {change['where'] or change['location']}: {change['entity_type']} -> "
                           f"'{change['replacement']}' ({change['reason']})")
        if report.removed_images:
            click.echo(f"removed {len(report.removed_images)} image(s)/object(s)")
    try:
        _write_extras(report, redactor.rules, rules, outcome, as_json=as_json, report_path=report_path,
                      review_copy=review_copy, statement=statement, pdf=pdf, force=force,
                      keep_comments=keep_comments, keep_revisions=keep_revisions, password=password)
    except (RedactError, OSError) as error:
        if as_json:   # the redacted copy is in place: say so, and what else was written, before the error line
            click.echo(json.dumps({**outcome, "ok": False, "error": cli_wording(error)}, indent=2,
                                  ensure_ascii=False))
        raise
    if as_json:
        click.echo(json.dumps(outcome, indent=2, ensure_ascii=False))
    if not outcome["ok"]:
        sys.exit(EXIT_FINDINGS)


def _write_extras(report, rules, rules_for_pdf, outcome: dict, *, as_json: bool, report_path, review_copy, statement,
                  pdf, force, keep_comments, keep_revisions, password) -> None:
    """What apply writes beside the redacted copy (review report, review copy, statement, PDF), each added to
    ``outcome`` as it is written; a PDF that fails verification sets ``ok`` false and is not written."""
    written = outcome["written"]
    if report_path:
        from .review import write_report

        write_report(report_path, report, rules=rules)
        outcome["report"] = str(report_path)
        written.append({"kind": "report", "path": str(report_path)})
        click.echo(f"review report: {report_path} (holds the original names: never publish it)", err=as_json)
    if review_copy:
        from .documents.docx.review_copy import write_review_copy

        made = write_review_copy(report, review_copy, rules=rules, keep_comments=keep_comments,
                                 keep_revisions=keep_revisions, password=password)
        outcome["review_copy"] = str(review_copy)
        outcome["review_copy_changes"] = {"tracked": made.tracked, "comments": made.comments}
        written.append({"kind": "review_copy", "path": str(review_copy)})
        click.echo(f"review copy:   {review_copy} ({made.tracked} tracked change(s), {made.comments} comment(s); "
                   f"holds the original names: never publish it)", err=as_json)
    if statement:
        from .statement import write_statement

        write_statement(statement, report, rules)
        outcome["statement"] = str(statement)
        written.append({"kind": "statement", "path": str(statement)})
        click.echo(f"statement:     {statement}", err=as_json)
    if pdf:
        from .to_pdf import convert_and_verify

        verdict = convert_and_verify(Path(report.output), pdf, rules_for_pdf, force=force)
        if not verdict.ok:
            message = f"PDF not written: the converted PDF failed verification ({len(verdict.leaks)} leak(s))"
            outcome.update(ok=False, error=message, pdf_leaks=verdict.as_dict().get("leaks", []))
            if not as_json:
                _print_leaks(verdict)
                click.echo(message, err=True)
            return
        outcome["pdf"] = str(pdf)
        written.append({"kind": "pdf", "path": str(pdf)})
        click.echo(f"PDF:           {pdf} (verify: clean)", err=as_json)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "rules_path", type=click.Path(path_type=Path), required=True,
              help="The review's rules file (YAML).")
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@click.option("--strict", is_flag=True,
              help="Also fail on high-confidence unlisted names, contacts and ids (runs the detector: slower).")
@click.option("--publication", is_flag=True,
              help="Also fail on any revision, comment or hidden text left in a .docx (a copy meant for publication).")
def verify(files, rules_path, as_json, strict, publication):
    """Check outputs (.docx, .pdf, .txt, .md) for any listed name, place or protected date, in any form.

    Reads every part of a .docx (text, deleted text, comments, notes, text boxes, properties, attributes,
    link targets, customXml) and every page, annotation and metadata field of a PDF. Leaks are printed with
    where they are and a short context with the leak masked: the real values are never printed. A folder
    stands for every such file under it; a dhr-redact review report, whatever its name, always fails.

    \b
    Example (a pre-publication gate):
      redact verify published.docx published.pdf --rules rules.yaml || echo "blocked"

    With --publication a .docx must also hold no revision, comment or hidden text (printed as NOT PUBLISHABLE).

    Exit 0 clean, 1 leak (or, with --publication, something not publishable) found, 2 error.
    """
    # the modules and tables loaded here live as long as the command: the collector need not walk them while they
    # load nor again and again while the texts are read (a fifth of a cold verify's time on case1)
    gc.disable()
    try:
        from .verify import files_to_verify, verify_file
    finally:
        gc.freeze()
        gc.enable()
    rules = _rules(rules_path)
    files, unread = files_to_verify(files)   # a folder: every file in it verify reads, and any review report
    for path in unread:
        click.echo(f"redact: not checked (not a .docx, .pdf, .txt or .md): {path}", err=True)
    if not files:
        from .errors import InputError

        raise InputError("nothing to verify: the folder holds no .docx, .pdf, .txt or .md file")
    verdicts = [verify_file(path, rules, strict=strict, publication=publication) for path in files]
    if as_json:
        out = [v.as_dict() for v in verdicts]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2, ensure_ascii=False))
    else:
        for verdict in verdicts:
            _print_leaks(verdict)
            for finding in verdict.publication or ():
                click.echo(f"NOT PUBLISHABLE {verdict.path}: {finding.location}: {finding.kind}: {finding.what}")
            unread = f"; {len(verdict.unread)} part(s) without text not checked" if verdict.unread else ""
            unpublishable = f", {len(verdict.publication)} not publishable" if verdict.publication else ""
            click.echo(f"{verdict.path}: {'clean' if verdict.ok else f'{len(verdict.leaks)} leak(s){unpublishable}'} "
                       f"({verdict.checked_texts} texts checked{unread})")
    sys.exit(EXIT_OK if all(v.ok for v in verdicts) else EXIT_FINDINGS)


def _words_of(place) -> str | None:
    return str(place) if place is not None else None


def _replacements(report) -> list[dict]:
    """Each change apply made, where it is in the published copy, never the original text (this goes to logs)."""
    places = report.places
    return [{"location": d.finding.location, "where": str(places[d.finding.location])
             if d.finding.location in places else None, "entity_type": d.finding.entity_type,
             "replacement": d.replacement, "reason": d.reason} for d in report.decisions if d.replaces]


def _print_leaks(verdict) -> None:
    for leak in verdict.leaks:
        click.echo(f"LEAK {verdict.path}: {leak.location}: {leak.kind} {leak.value}: {leak.context}"
                   + (f"\n     where: {leak.where}" if leak.where else ""))


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The rules file to write.")
@click.option("--force", is_flag=True, help="Replace an existing rules file.")
def init(file, output, force):
    """Propose a rules file for a draft: people, places, dates of death and birth.

    \b
    Example:
      redact init draft.docx -o rules.yaml   # then edit the pseudonyms
    """
    from .propose import propose_rules

    from .atomic import check_target, write_file

    check_target(output, force=force, what="rules file", not_over={"the draft": file})
    text = propose_rules(file)
    write_file(output, text)
    click.echo(f"proposed rules: {output} (check every entry and replace the suggested pseudonyms)")


@main.command()
@click.argument("input_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("output_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--rules", "rules_path", type=click.Path(path_type=Path),
              help="The review's rules file (YAML); required unless --no-rules.")
@NO_RULES_OPTION
@STRICT_RULES_OPTION
@click.option("--mapping", type=click.Path(path_type=Path), help="Mapping file shared by the review's documents.")
@click.option("--audit-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Where the audit logs and the review's key go (default: OUTPUT_DIR-audit beside OUTPUT_DIR; "
                   "never inside OUTPUT_DIR, which is published).")
@click.option("--audit-key", type=click.Path(path_type=Path),
              help="File holding the review's audit key (else $REDACT_AUDIT_KEY, else AUDIT_DIR/review.key).")
@click.option("--force", is_flag=True, help="Replace existing outputs and audit logs.")
@click.option("--profile", type=PROFILE, default="dhr", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Redact this many drafts at once, in as many processes (default 1); the outputs are the same.")
@click.option("--scheduler", metavar="tcp://HOST:8786",
              help="Redact on this Dask cluster instead (needs the [dask] extra); the outputs are the same.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def batch(input_dir, output_dir, rules_path, no_rules, strict_rules, mapping, audit_dir, audit_key, force, profile,
          workers, scheduler, quiet):
    """Redact every .docx/.txt/.md in a folder (one review: one mapping, one audit key).

    Each FILE gets OUTPUT_DIR/FILE and an audit log AUDIT_DIR/FILE.audit.jsonl; the review's key is
    AUDIT_DIR/review.key (made on first use) unless --audit-key or $REDACT_AUDIT_KEY gives one. Unlisted
    people and places are numbered in the order of the file names, whatever the workers: each output is the
    one `redact apply ... --mapping` would write, run on the files one at a time in that order.

    \b
    Example:
      redact batch drafts/ published/ --rules rules.yaml --mapping review-map.json --workers 4
      # writes published/*.docx, published-audit/*.audit.jsonl and published-audit/review.key

    Exit 0 when every file was redacted, 1 when any failed (each said in one line), 2 on a usage error.
    """
    from .audit import REVIEW_KEY_NAME, resolve_key
    from .batch import redact_folder
    from .errors import ArgumentError, OutputError

    if not input_dir.is_dir():
        raise OutputError(f"{input_dir}: not a folder")
    if workers is not None and scheduler:
        raise ArgumentError("use either --workers (processes here) or --scheduler (a Dask cluster), not both")
    published = output_dir.resolve()    # "." has no name of its own: its real one makes "../NAME-audit"
    audit_dir = audit_dir or published.parent / f"{published.name}-audit"
    _check_audit_dir(audit_dir, output_dir, input_dir)
    rules = _required_rules(rules_path, no_rules)
    for folder in (output_dir, audit_dir):
        _make_folder(folder)
    key = resolve_key(audit_key, new_key_path=audit_dir / REVIEW_KEY_NAME)   # one key for the whole review
    outcome = redact_folder(input_dir, output_dir, audit_dir, rules, audit_key=key, profile=profile,
                            strict_rules=strict_rules, mapping=mapping, force=force, workers=workers or 1,
                            scheduler=scheduler, progress=not quiet,
                            say=lambda line: click.echo(f"redact: {cli_wording(line)}", err=True))
    total = outcome.redacted + outcome.failed
    failed = f"; {outcome.failed} failed" if outcome.failed else ""
    review = f"; {outcome.manual_review} item(s) need manual review (see the audit logs)" \
        if outcome.manual_review else ""
    click.echo(f"{outcome.redacted} of {total} file(s) redacted into {output_dir} ({outcome.changes} change(s){failed}"
               f"{review}; audit logs in {audit_dir}, key: {key.source})")
    sys.exit(outcome.exit_code)


def _check_audit_dir(audit_dir: Path, output_dir: Path, input_dir: Path) -> None:
    """The audit logs and the key confirm guessed names against their HMACs: never in the published folder."""
    from .errors import OutputError

    audit, output = audit_dir.resolve(), output_dir.resolve()
    if audit == output or audit.is_relative_to(output):
        raise OutputError(f"{audit_dir}: the audit folder must not be inside the output folder {output_dir} "
                          f"(anyone with the published folder could test guessed names against the log)")
    if output == input_dir.resolve():
        raise OutputError(f"{output_dir}: the output folder must not be the input folder")


def _make_folder(folder: Path) -> None:
    from .atomic import reason
    from .errors import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: exists and is not a folder") from None
    except OSError as error:
        raise OutputError(f"{folder}: cannot create the folder: {reason(error)}") from None


@main.group()
def audit():
    """Work with audit logs."""


@audit.command("check")
@click.argument("log", type=click.Path(path_type=Path))
@click.option("--audit-key", type=click.Path(path_type=Path),
              help="The key file (else $REDACT_AUDIT_KEY, else LOG.key, else review.key beside LOG).")
def audit_check(log, audit_key):
    """Check an audit log's chain: exit 1 if any record was changed, removed or reordered.

    \b
    Example:
      redact audit check audit.jsonl --audit-key review.key
    """
    from .audit import check_log, load_key

    key, _ = load_key(audit_key, create_beside=None) if audit_key else _key_beside(log)
    problems = check_log(log, key)
    for problem in problems:
        click.echo(f"TAMPERED {log}: {problem}")
    click.echo(f"{log}: {'intact' if not problems else f'{len(problems)} problem(s)'}")
    sys.exit(EXIT_OK if not problems else EXIT_FINDINGS)


def _key_beside(log: Path):
    import os

    from .audit import KEY_ENV, load_key

    if os.environ.get(KEY_ENV):
        return load_key(None, create_beside=None)
    from .audit import REVIEW_KEY_NAME

    for beside in (Path(str(log) + ".key"), log.parent / REVIEW_KEY_NAME):   # apply's key, then batch's
        if beside.exists():
            return load_key(beside)
    from .errors import InputError

    raise InputError(f"no audit key: pass --audit-key FILE or set {KEY_ENV}")


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="The port on 127.0.0.1 (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Print the address instead of opening the browser.")
def serve(port, no_browser):
    """Open a local web page to anonymise a draft: drop it, decide, check, download.

    The page runs on this computer only (127.0.0.1) and needs the key in the address it prints; the draft
    and everything made from it stay in a private temporary folder, removed when the server stops (Ctrl-C)
    or after an hour without use. Needs the [web] extra: pip install 'dhr-redact[web]'.

    \b
    Example:
      redact serve --port 8765
    """
    from .errors import InputError

    try:
        from .web.server import serve as serve_page
    except ImportError as error:
        raise InputError(f"redact serve needs the web extra ({error.name} is missing): "
                         f"pip install 'dhr-redact[web]'") from None
    serve_page(port, open_browser=not no_browser, echo=lambda line: click.echo(line, err=True))


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the schema to this file, replacing it (default: standard output).")
def schema(output):
    """Print or write the JSON Schema of rules files (for editors).

    \b
    Example:
      redact schema -o rules/schema.json
    """
    # the default is standard output: a fixed relative path only exists inside the repository
    from .rules import json_schema, write_json_schema

    if output is None or str(output) == "-":
        click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return
    write_json_schema(output)
    click.echo(f"schema written: {output}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
