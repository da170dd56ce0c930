"""The ``redact`` command. Exit codes: 0 ok, 1 findings or leaks, 2 usage or input error."""
from __future__ import annotations

import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import click

from .errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, LeakError, RedactError

PROFILE = click.Choice(["dhr", "strict"])


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """A RulesWarning is one line for the author, not a Python warning with a file name and source line."""
    from .errors import RulesWarning

    if issubclass(category, RulesWarning):
        click.echo(f"redact: warning: {message}", err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


_python_showwarning = warnings.showwarning


class _Group(click.Group):
    """Turns every error a user can cause into one line on stderr and exit code 2 (never a traceback)."""

    def invoke(self, ctx):
        from .errors import RulesWarning

        with warnings.catch_warnings():
            warnings.simplefilter("always", RulesWarning)
            warnings.showwarning = _show_warning
            return self._invoke(ctx)

    def _invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except RedactError as error:
            click.echo(f"redact: error: {error}", err=True)
            sys.exit(error.exit_code)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except BrokenPipeError:
            # the reader went away ("redact verify ... | head"): nothing more to say, and nobody to say it to
            sys.stderr.close()
            sys.exit(EXIT_FINDINGS)
        except (KeyboardInterrupt, click.Abort):
            click.echo("redact: interrupted; nothing was written", err=True)
            sys.exit(EXIT_USAGE)
        except MemoryError:
            click.echo("redact: error: out of memory reading the input", err=True)
            sys.exit(EXIT_USAGE)
        except Exception as error:  # a bug of ours: still one line, and say where to report it
            click.echo(f"redact: internal error: {error.__class__.__name__}: {error} "
                       f"(nothing was written; please report this with the command you ran)", err=True)
            sys.exit(EXIT_USAGE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dhr-redact", prog_name="redact")
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
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@click.option("--date-of-death", type=click.DateTime(["%Y-%m-%d"]), help="The date of death (YYYY-MM-DD).")
@click.option("--password", help="Password of an encrypted Word file.")
@STRICT_RULES_OPTION
def scan(file, rules_path, profile, as_json, date_of_death, password, strict_rules):
    """List what would be replaced, without writing anything.

    \b
    Example:
      redact scan draft.docx --rules rules.yaml --json > findings.json

    Exit 1 when anything is found that the rules do not already replace, 0 otherwise.
    """
    from .documents import open_document
    from .pipeline import Redactor
    from .suggest import nickname_suggestions

    rules = _rules(rules_path)
    if date_of_death:
        rules.dates.date_of_death = date_of_death.date()
    document = open_document(file, password=password)
    redactor = Redactor(rules, profile, strict_rules=strict_rules)
    segments, findings = redactor.scan_document(document)
    decisions = redactor.decider.decide(findings)
    unlisted = [d for d in decisions if d.finding.source != "rule"]
    suggestions = nickname_suggestions(rules, [s.text for s in segments])
    review = document.manual_review()
    if as_json:
        click.echo(json.dumps({
            "file": str(file),
            "findings": [{**d.finding.as_dict(), "replacement": d.replacement, "decision": d.reason}
                         for d in decisions],
            "nickname_suggestions": suggestions,
            "manual_review": [{"location": i.location, "what": i.what} for i in review],
        }, indent=2, ensure_ascii=False))
    else:
        for d in decisions:
            f = d.finding
            action = f"-> {d.replacement}" if d.replaces else f"({d.reason})"
            click.echo(f"{f.location}\t{f.entity_type}\t{f.text!r}\t{action}\t[{f.source} {f.score:.2f}]")
        for s in suggestions:
            click.echo(f"suggestion: '{s['word']}' may be a nickname of {s['person']} "
                       f"(found {s['count']}x): add it to aliases if so")
        for item in review:
            click.echo(f"needs manual review: {item.location}: {item.what}")
        counts = Counter(d.finding.entity_type for d in decisions)
        click.echo(f"{len(decisions)} finding(s): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
                   err=True)
    sys.exit(EXIT_FINDINGS if unlisted else EXIT_OK)


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
@click.option("--json", "as_json", is_flag=True,
              help="Print the outcome as JSON (when refused: every leak left, where, what kind and what to do).")
def apply(file, rules_path, no_rules, strict_rules, output, audit, audit_key, audit_plaintext, profile, mapping,
          date_of_death, keep_comments, keep_revisions, remove_images, password, pdf, force, as_json):
    """Write a redacted copy of FILE, verified before it is put in place.

    \b
    Example:
      redact apply draft.docx --rules rules.yaml -o published.docx --audit audit.jsonl
    """
    from .pipeline import Redactor

    if pdf:  # before the slow part: a missing LibreOffice or an existing PDF is known now
        from .pdf import check_pdf_target

        check_pdf_target(pdf, force=force)
    rules = _required_rules(rules_path, no_rules, date_of_death)
    redactor = Redactor(rules, profile, mapping=mapping, strict_rules=strict_rules)
    try:
        report = redactor.redact_file(file, output, audit, force=force, remove_images=remove_images,
                                      keep_comments=keep_comments, keep_revisions=keep_revisions, audit_key=audit_key,
                                      audit_plaintext=audit_plaintext, password=password)
    except LeakError as error:
        # the refusal says where each leak is, what kind, and what to do; the values themselves are never printed
        if as_json:
            click.echo(json.dumps({"file": str(file), "output": None, "ok": False, "error": str(error),
                                   "leaks": error.leaks}, indent=2, ensure_ascii=False))
            sys.exit(error.exit_code)
        for leak in error.leaks:
            click.echo(f"LEAK {leak['location']}: {leak['kind']} {leak['value']}: {leak['context']}\n"
                       f"     what to do: {leak['advice']}", err=True)
        raise
    if as_json:
        click.echo(json.dumps({
            "file": str(file), "output": report.output, "ok": True, "changes": report.changes,
            "found_by_verify": sum(1 for d in report.decisions if d.finding.source == "verify"),
            "audit": report.audit, "manual_review": [{"location": i.location, "what": i.what}
                                                     for i in report.manual_review],
            "removed_images": len(report.removed_images)}, indent=2, ensure_ascii=False))
    else:
        click.echo(f"redacted copy: {report.output} ({report.changes} change(s); verify: clean)")
        if report.audit:
            click.echo(f"audit log:     {report.audit} (key: {report.audit_key_source})")
        for item in report.manual_review:
            click.echo(f"needs manual review: {item.location}: {item.what}")
        if report.removed_images:
            click.echo(f"removed {len(report.removed_images)} image(s)/object(s)")
    if pdf:
        from .pdf import convert_and_verify

        verdict = convert_and_verify(Path(report.output), pdf, rules, force=force)
        if not verdict.ok:
            _print_leaks(verdict)
            click.echo(f"PDF not written: the converted PDF failed verification ({len(verdict.leaks)} leak(s))",
                       err=True)
            sys.exit(EXIT_FINDINGS)
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
    where they are and a short context with the leak masked: the real values are never printed.

    \b
    Example (a pre-publication gate):
      redact verify published.docx published.pdf --rules rules.yaml || echo "blocked"

    With --publication a .docx must also hold no revision, comment or hidden text (printed as NOT PUBLISHABLE).

    Exit 0 clean, 1 leak (or, with --publication, something not publishable) found, 2 error.
    """
    from .verify import verify_file

    rules = _rules(rules_path)
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


def _print_leaks(verdict) -> None:
    for leak in verdict.leaks:
        click.echo(f"LEAK {verdict.path}: {leak.location}: {leak.kind} {leak.value}: {leak.context}")


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
    from .init import propose_rules

    if output.exists() and not force:
        from .errors import OutputError

        raise OutputError(f"{output}: already exists (use --force to replace it)")
    text = propose_rules(file)
    output.write_text(text, encoding="utf-8")
    click.echo(f"proposed rules: {output} (check every entry and replace the suggested pseudonyms)")


@main.command()
@click.argument("input_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("output_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--rules", "rules_path", type=click.Path(path_type=Path),
              help="The review's rules file (YAML); required unless --no-rules.")
@NO_RULES_OPTION
@STRICT_RULES_OPTION
@click.option("--mapping", type=click.Path(path_type=Path), help="Mapping file shared by the review's documents.")
@click.option("--force", is_flag=True)
def batch(input_dir, output_dir, rules_path, no_rules, strict_rules, mapping, force):
    """Redact every .docx/.txt/.md in a folder (one review: one mapping).

    \b
    Example:
      redact batch drafts/ published/ --rules rules.yaml --mapping review-map.json
    """
    from tqdm import tqdm

    from .documents import SUPPORTED_SUFFIXES
    from .errors import OutputError
    from .pipeline import Redactor

    if not input_dir.is_dir():
        raise OutputError(f"{input_dir}: not a folder")
    output_dir.mkdir(parents=True, exist_ok=True)
    redactor = Redactor(_required_rules(rules_path, no_rules), mapping=mapping, strict_rules=strict_rules)
    files = sorted(p for p in input_dir.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and
                   not p.name.startswith("~$"))
    failed = 0
    for path in tqdm(files, desc="redacting", unit="file", disable=not sys.stderr.isatty()):
        try:
            redactor.redact_file(path, output_dir / path.name, output_dir / f"{path.stem}.audit.jsonl", force=force)
        except RedactError as error:
            failed += 1
            click.echo(f"redact: {path.name}: {error}", err=True)
    click.echo(f"{len(files) - failed} of {len(files)} file(s) redacted into {output_dir}")
    sys.exit(EXIT_OK if not failed else EXIT_USAGE)


@main.group()
def audit():
    """Work with audit logs."""


@audit.command("check")
@click.argument("log", type=click.Path(path_type=Path))
@click.option("--audit-key", type=click.Path(path_type=Path), help="The key file (else $REDACT_AUDIT_KEY, else LOG.key).")
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
    beside = Path(str(log) + ".key")
    if beside.exists():
        return load_key(beside)
    from .errors import InputError

    raise InputError(f"no audit key: pass --audit-key FILE or set {KEY_ENV}")


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("rules/schema.json"), show_default=True)
def schema(output):
    """Write the JSON Schema of rules files (for editors).

    \b
    Example:
      redact schema -o rules/schema.json
    """
    from .rules import write_json_schema

    write_json_schema(output)
    click.echo(f"schema written: {output}")


if __name__ == "__main__":  # pragma: no cover
    main()
