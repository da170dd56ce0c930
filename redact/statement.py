"""The anonymisation statement: what a published copy hides and how, for the review's Quality Assurance Panel.

It is built from the rules and from what ``apply`` did (a ``RedactionReport``) and is meant to travel with the
published copy, so it never holds a real name: pseudonyms stand with their role, kinds of identifier with counts
and the parts of the report they were in. Every value taken from the draft or the rules (a file name, an
image's name, a role) is read by ``verify``'s leak finder first and masked where it holds a listed name.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from . import __version__, entities
from .atomic import check_target, write_file
from .errors import OutputError
from .normalise import fold_key
from .rules import Rules

__all__ = ["check_statement_target", "render_statement", "write_statement"]

_MASK = "[name withheld]"

# Where a change was, in words a panel uses: the part of a Word package (or the text of a .txt/.md)
_PARTS = [
    (re.compile(r"^word/document\d*\.xml"), "body"),
    (re.compile(r"^word/header\d*\.xml"), "headers"),
    (re.compile(r"^word/footer\d*\.xml"), "footers"),
    (re.compile(r"^word/footnotes\.xml"), "footnotes"),
    (re.compile(r"^word/endnotes\.xml"), "endnotes"),
    (re.compile(r"^word/comments[\w]*\.xml"), "comments"),
    (re.compile(r"^docProps/"), "properties"),
    (re.compile(r"(?:^|/)_rels/|\.rels(?:#|$)"), "links"),
    (re.compile(r"^customXml/"), "stored data (customXml)"),
    (re.compile(r"^word/(?:styles\w*|settings|webSettings|fontTable|numbering)\.xml|^word/theme/"),
     "styles, fonts and settings"),
    (re.compile(r"^word/"), "other parts of the document"),
]

_PLAIN_KINDS = {
    entities.LOCATION: "places not in the rules",
    entities.PLACE_ORGANIZATION: "organisations whose name reveals a place",
    entities.LOCAL_BUSINESS: "local businesses",
    entities.ADDRESS: "addresses",
    entities.UK_POSTCODE: "postcodes",
    entities.PHONE_NUMBER: "phone numbers",
    entities.EMAIL_ADDRESS: "e-mail addresses",
    entities.URL: "web links",
    entities.SOCIAL_HANDLE: "social media accounts",
    entities.UK_NHS: "NHS numbers",
    entities.UK_NINO: "National Insurance numbers",
    entities.UK_VEHICLE_REGISTRATION: "vehicle registrations",
    entities.POLICE_REFERENCE: "police references",
    entities.COURT_CASE_NUMBER: "court case numbers",
    entities.COLLAR_NUMBER: "police collar numbers",
    entities.REFERENCE: "other case and record references",
    entities.FILE_NAME: "file names",
    entities.DATE_OF_DEATH: "the date of death (every written form)",
    entities.DATE_OF_BIRTH: "the date of birth (every written form)",
    entities.AGE: "ages",
    entities.ORGANIZATION: "organisations",
}
_DATE_STYLES = {"month_year": "month and year", "year": "year only", "relative": "relative to the death"}


def part_of(location: str) -> str:
    """'word/footnotes.xml#p3' -> 'footnotes'; the text of a .txt or .md -> 'body'."""
    for pattern, label in _PARTS:
        if pattern.search(location):
            return label
    return "body"


def _kind(decision) -> str:
    f = decision.finding
    listed = f.listed_index is not None and decision.reason.startswith("listed")
    if f.entity_type == entities.PERSON:
        return "names of people in the rules (their pseudonyms)" if listed else "names of people not in the rules"
    if f.entity_type == entities.LOCATION and listed:
        return "places in the rules (their pseudonyms)"
    if f.entity_type == entities.DATE_TIME:
        style = decision.reason.removeprefix("date policy ").split(" ")[0]
        return f"other dates, shown as {_DATE_STYLES[style]}" if style in _DATE_STYLES else "other dates"
    return _PLAIN_KINDS.get(f.entity_type, "other identifiers")


def _stands_for(rules: Rules) -> list[tuple[str, str]]:
    """(pseudonym, what it stands for): the role the rules give, else what can be said without the name."""
    surnames = Counter(fold_key(p.name.split()[-1]) for p in rules.people if len(p.name.split()) > 1)
    rows = []
    for person in rules.people:
        if person.role:
            role = person.role if person.role.isupper() else person.role.lower()
            stands = role if role.startswith(("the ", "a ", "an ")) else f"the {role}"
        elif len(person.name.split()) > 1 and surnames[fold_key(person.name.split()[-1])] > 1:
            stands = "a family member"   # shares a family name with another listed person
        else:
            stands = "a person named in the report"
        rows.append((person.pseudonym or "", stands))
        if person.surname_pseudonym:
            rows.append((person.surname_pseudonym, f"the family name of {person.pseudonym}"))
    for place in rules.places:
        rows.append((place.pseudonym, "a place or a body named after one"))
    return rows


class _Masker:
    """Masks any listed name in a value written into the statement (a file name, an image's description)."""

    def __init__(self, rules: Rules):
        from .verify import LeakFinder

        self.finder = LeakFinder(rules)

    def __call__(self, text: str) -> str:
        spans = [(s, e) for s, e, kind, _ in self.finder.spans(text, identifier=True) if kind in ("person", "place")]
        for start, end in sorted(spans, reverse=True):
            text = text[:start] + _MASK + text[end:]
        return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_statement(report, rules: Rules) -> str:
    """The statement as Markdown."""
    mask = _Masker(rules)
    replaced = [d for d in report.decisions if d.replaces]
    lines = ["# Anonymisation statement", "",
             f"Prepared by dhr-redact {__version__} for the Quality Assurance Panel. It names no real person or "
             f"place: only the pseudonyms and placeholders used in the published copy, and what they stand for.", "",
             f"- Published copy: `{mask(Path(report.output).name)}`",
             f"- Changes made: {len(replaced)}",
             f"- Date of death protected: {'yes' if rules.dates.date_of_death else 'no (not in the rules)'}; "
             f"date of birth protected: {'yes' if rules.dates.date_of_birth else 'no (not in the rules)'}"
             + _other_people_dates(rules),
             f"- Other dates: {_other_dates(rules)}", ""]

    lines += ["## Pseudonyms", "", "| Pseudonym | Stands for |", "|---|---|"]
    lines += [f"| {_cell(mask(p))} | {_cell(mask(s))} |" for p, s in _stands_for(rules)] or ["| (none) | |"]
    placeholders = _placeholders(replaced)
    if placeholders:
        lines += ["", "People and places that are not in the rules have placeholders, numbered the same way "
                      "throughout the review:", "", "| Placeholders | Stand for | How many |", "|---|---|---|"]
        lines += [f"| {_cell(mask(shown))} | {what} | {count} |" for shown, what, count in placeholders]

    lines += ["", "## What was replaced, and where", "",
              "| Kind of identifier | How many | Where |", "|---|---|---|"]
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for decision in replaced:
        by_kind[_kind(decision)][part_of(decision.finding.location)] += 1
    for kind, parts in sorted(by_kind.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        where = ", ".join(f"{part} {n}" for part, n in parts.most_common())
        lines.append(f"| {kind} | {sum(parts.values())} | {where} |")
    if not by_kind:
        lines.append("| (nothing) | 0 | |")
    parts_total = Counter(part_of(d.finding.location) for d in replaced)
    if parts_total:
        lines += ["", "By part of the report: " + "; ".join(f"{part}: {n}" for part, n in parts_total.most_common())
                  + "."]

    verdict = report.verdict
    lines += ["", "## Verification", ""]
    if verdict.ok:
        lines.append(f"Passed: `redact verify` read {verdict.checked_texts} piece(s) of text in every part of the "
                     f"published copy and found no listed name or place and no form of a protected date.")
    else:
        lines.append(f"NOT passed: {len(verdict.leaks)} finding(s) left. This copy must not be published.")

    lines += ["", "## What a person must check", ""]
    checks = []
    for item in report.manual_review:
        checks.append(f"- {_cell(mask(item.location))}: {_cell(mask(item.what))} (not text: look at it)")
    if report.removed_images:
        checks.append(f"- {len(report.removed_images)} image(s) or embedded object(s) were removed: check that "
                      f"the report still reads without them")
    looked_at = tuple(item.location for item in report.manual_review)
    for where in verdict.unread:
        if looked_at and where.startswith(looked_at):
            continue    # an image is not text: already listed above
        checks.append(f"- {_cell(mask(where))}: could not be read as text")
    for shown, where in _named_once(replaced):
        checks.append(f"- {_cell(mask(shown))} ({where}): a name not in the rules, found only once; check that it "
                      f"is a name and that no other spelling of it was missed")
    lines += checks or ["Nothing: no image, embedded object or unreadable part, and no name found only once."]
    text = "\n".join(lines) + "\n"
    _refuse_names(text, mask)
    return text


def _other_people_dates(rules: Rules) -> str:
    """How many other people's dates of death and birth are protected (none: nothing said, as before the key)."""
    review = {rules.dates.date_of_death, rules.dates.date_of_birth}
    others = [date for _, date in rules.protected_dates() if date not in review]
    return f"; other people's dates of death or birth protected: {len(others)}" if others else ""


def _other_dates(rules: Rules) -> str:
    style = rules.policy.dates
    return {"keep": "kept as written", "placeholder": "replaced by a placeholder", "remove": "removed",
            "month_year": "shown as month and year only", "year": "shown as the year only",
            "relative": "shown relative to the date of death (whole weeks, months or years)"}.get(style, style)


def _placeholders(replaced) -> list[tuple[str, str, int]]:
    """Placeholder families in use: "Person 1 … Person 6" (6), "GP 1, GP 2" (2): never the names behind them."""
    groups: dict[str, set[str]] = defaultdict(set)
    for decision in replaced:
        f = decision.finding
        if f.entity_type not in (entities.PERSON, entities.LOCATION) or decision.reason.startswith("listed"):
            continue
        shown = decision.replacement
        number = re.search(r"(\d+)\D*$", shown)
        if not number:
            continue
        stem = re.sub(r"\s*\d+\D*$", "", shown).split()[-1] if shown.split() else shown
        role = decision.reason.split("(role ", 1)[1].split(")")[0] if "(role " in decision.reason else None
        what = (f"people named by their role ({stem})" if role else
                "families not in the rules" if "(family)" in decision.reason else
                "people not in the rules" if f.entity_type == entities.PERSON else "places not in the rules")
        groups[f"{stem}\t{what}"].add(number.group(1))
    out = []
    for key, numbers in sorted(groups.items()):
        stem, what = key.split("\t")
        ordered = sorted(numbers, key=int)
        shown = f"{stem} {ordered[0]}" if len(ordered) == 1 else f"{stem} {ordered[0]} to {stem} {ordered[-1]}"
        out.append((shown, what, len(ordered)))
    return out


def _named_once(replaced) -> list[tuple[str, str]]:
    """Names not in the rules that the draft gave only once: the kind of find a person should confirm."""
    seen: dict[str, list] = defaultdict(list)
    for decision in replaced:
        f = decision.finding
        if f.entity_type == entities.PERSON and f.listed_index is None and f.source != "verify":
            seen[fold_key(f.text)].append(decision)
    return [(ds[0].replacement, part_of(ds[0].finding.location)) for ds in seen.values() if len(ds) == 1]


def _refuse_names(text: str, mask: _Masker) -> None:
    """The last line of defence: a statement that would name a listed person or place is not written."""
    if any(kind in ("person", "place") or kind.startswith("date_of")
           for _, _, kind, _ in mask.finder.spans(text, identifier=False)):
        raise OutputError("the anonymisation statement would hold a listed name or a protected date; "
                          "nothing was written (check the rules' roles and pseudonyms)")


def check_statement_target(path: str | Path, *, force: bool = False,
                           not_over: dict[str, str | Path | None] | None = None) -> Path:
    """The statement is checked like the output before any work: not over a file of this run, an existing file
    only with --force, a folder that takes it."""
    return check_target(path, force=force, what="statement", not_over=not_over)


def write_statement(path: str | Path, report, rules: Rules) -> Path:
    """Write the statement for ``report`` (atomically: a half-written statement is never left)."""
    return write_file(path, render_statement(report, rules))
