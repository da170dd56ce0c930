"""Secrets cut across Word's structure: does apply redact them, does verify see them?

A listed name, a date of death, a phone or NHS number or an e-mail address can be written across two table cells,
two paragraphs, a line break (w:br), a tab, the two paragraphs of a text box, a soft hyphen (w:softHyphen or
U+00AD) or a no-break hyphen (w:noBreakHyphen). Each half alone is no secret. This probe writes many fictional
drafts, each with one secret cut at one kind of seam among ordinary sentences, runs apply on them and counts the
drafts whose output still holds the secret when the seam is taken away (a leak), and the drafts with a listed name or the
date of death that verify passes before apply (a missed leak: contacts are verify --strict's).

    PYTHONPATH=. python benchmarks/splits_probe.py [--drafts 288] [--seed 7]

The generator (``drafts``) is shared with tests/test_secrets_split_across_word_structure.py.
"""
from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import time
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from xml.sax.saxutils import escape  # noqa: E402

from benchmarks.drafts.names import TRADITIONS  # noqa: E402
from docx_factory import DocxBuilder, paragraph, text_box  # noqa: E402
from docx_factory import run as text_run  # noqa: E402

SEAMS = ("cell", "paragraph", "break", "tab", "text box", "soft hyphen", "soft hyphen character",
         "no-break hyphen")
KINDS = ("name", "date of death", "phone", "email", "nhs number")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
BEFORE = ["The panel heard from", "Officers recorded the details of", "The GP letter was copied to",
          "Contact details held by the housing provider:", "The chronology notes", "Record:"]
AFTER = ["was noted by the panel.", "was recorded in the referral.", "appears in the police log.",
         "was shared with the MARAC.", "is in the agency report."]
FILLER = ["The review considered the agencies' contact over the period.",
          "Recommendations are set out in section 9 of this report.",
          "The family were offered support by an advocate."]


@dataclass
class Draft:
    seam: str
    kind: str
    secret: str            # as written, seam removed
    halves: tuple[str, str]
    rules: dict
    data: bytes
    kept: bool = False     # a helpline the review keeps: it must stay


def _t(text: str) -> str:
    return text_run(escape(text))


def seam_xml(seam: str, before: str, after: str) -> str:
    """Body XML with ``before`` and ``after`` written on either side of ``seam`` (``before`` ends with the first
    half of a secret, ``after`` starts with the second)."""
    if seam == "cell":
        return ("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr>"
                f"<w:tc>{paragraph(_t(before))}</w:tc><w:tc>{paragraph(_t(after))}</w:tc></w:tr></w:tbl>")
    if seam == "paragraph":
        return paragraph(_t(before)) + paragraph(_t(after))
    if seam == "break":
        return paragraph(_t(before), "<w:r><w:br/></w:r>", _t(after))
    if seam == "tab":
        return paragraph(_t(before), "<w:r><w:tab/></w:r>", _t(after))
    if seam == "text box":
        return paragraph(_t("See the note below."), text_box(paragraph(_t(before)), paragraph(_t(after))))
    if seam == "soft hyphen":
        return paragraph(_t(before), "<w:r><w:softHyphen/></w:r>", _t(after))
    if seam == "soft hyphen character":
        return paragraph(_t(before + "\u00ad" + after))
    if seam == "no-break hyphen":
        return paragraph(_t(before), "<w:r><w:noBreakHyphen/></w:r>", _t(after))
    raise ValueError(seam)


def _person(chooser: random.Random) -> tuple[str, str]:
    tradition = chooser.choice(list(TRADITIONS.values()))
    female = chooser.random() < 0.5
    given = chooser.choice(tradition.female if female else tradition.male)
    surname = chooser.choice(tradition.surnames)[1 if female else 0]
    return given, surname


def _cut_word(word: str, chooser: random.Random) -> tuple[str, str]:
    at = chooser.randint(2, max(2, len(word) - 2))
    return word[:at], word[at:]


def _secret(kind: str, seam: str, chooser: random.Random, rules: dict) -> tuple[str, str, str]:
    """(the secret as written without its seam, the first half, the second half)."""
    within_word = seam.startswith("soft hyphen") or seam == "no-break hyphen"
    if kind == "name":
        given, surname = rules["people"][0]["name"].split(" ", 1)
        if within_word:
            word = chooser.choice([given, surname])
            if " " in word or "-" in word or "'" in word:
                word = given
            first, second = _cut_word(word, chooser)
            if word == given:
                return f"{given} {surname}", first, f"{second} {surname}"
            return f"{given} {surname}", f"{given} {first}", second
        return f"{given} {surname}", given, surname
    if kind == "date of death":
        death = rules["dates"]["date_of_death"]
        year, month, day = (int(x) for x in death.split("-"))
        written = f"{day} {MONTHS[month - 1]} {year}"
        if seam == "no-break hyphen":
            # Word's no-break hyphen stands where a hyphen is written: between a date's figures
            return f"{day:02d}-{month:02d}-{year}", f"{day:02d}", f"{month:02d}-{year}"
        if within_word:
            first, second = _cut_word(MONTHS[month - 1], chooser)
            return written, f"{day} {first}", f"{second} {year}"
        if chooser.random() < 0.5:
            return written, f"{day} {MONTHS[month - 1]}", str(year)
        return written, str(day), f"{MONTHS[month - 1]} {year}"
    if kind == "phone":
        rest = f"{chooser.randint(100, 999)}{chooser.randint(100, 999)}"
        number = f"07700 {rest}"
        if seam == "no-break hyphen":
            return f"07700-{rest}", "07700", rest
        if within_word:
            return f"07700{rest}", f"07700{rest[:3]}", rest[3:]
        if chooser.random() < 0.5:
            return number, f"07700 {rest[:3]}", rest[3:]
        return number, "07700", rest
    if kind == "nhs number":
        digits = _nhs_number(chooser)
        groups = (digits[:3], digits[3:6], digits[6:])
        if seam == "no-break hyphen":
            return "-".join(groups), f"{groups[0]}-{groups[1]}", groups[2]
        if within_word:
            return digits, digits[:5], digits[5:]
        return " ".join(groups), f"{groups[0]} {groups[1]}", groups[2]
    if kind == "email":
        given, surname = rules["people"][0]["name"].split(" ", 1)
        local = re.sub(r"[^a-z]", "", (given[0] + "." + surname).lower().encode("ascii", "ignore").decode()) or "jo"
        local = f"{local[0]}.{local[1:]}" if len(local) > 2 else local + "x"
        domain = chooser.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"])
        if within_word:
            first, second = _cut_word(domain, chooser)
            return f"{local}@{domain}", f"{local}@{first}", second
        if chooser.random() < 0.5:
            return f"{local}@{domain}", f"{local}@", domain
        return f"{local}@{domain}", local, f"@{domain}"
    raise ValueError(kind)


def _nhs_number(chooser: random.Random) -> str:
    """Ten digits with a valid modulus-11 check digit (fictional: the 999 range is never issued)."""
    while True:
        body = "999" + "".join(str(chooser.randint(0, 9)) for _ in range(6))
        total = sum(int(d) * (10 - i) for i, d in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def _rules(chooser: random.Random) -> dict:
    given, surname = _person(chooser)
    other_given, other_surname = _person(chooser)
    year = chooser.randint(2016, 2024)
    death = f"{year}-{chooser.randint(1, 12):02d}-{chooser.randint(1, 28):02d}"
    return {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A", "role": "victim"},
                       {"name": f"{other_given} {other_surname}", "pseudonym": "Adult B", "role": "perpetrator"}],
            "dates": {"date_of_death": death},
            "keep": ["0808 2000 247"]}


def package(body: str) -> bytes:
    """python-docx's default document with ``body`` written into it."""
    return DocxBuilder().append_body(body).to_bytes()


def draft(seam: str, kind: str, chooser: random.Random) -> Draft:
    rules = _rules(chooser)
    secret, first, second = _secret(kind, seam, chooser, rules)
    lead = chooser.choice(BEFORE)
    tail = chooser.choice(AFTER)
    before = first if seam in ("cell", "paragraph", "text box") and chooser.random() < 0.5 else f"{lead} {first}"
    after = second if seam in ("cell", "paragraph", "text box") and chooser.random() < 0.5 else f"{second} {tail}"
    body = (paragraph(_t(chooser.choice(FILLER))) + seam_xml(seam, before, after) + paragraph(_t(chooser.choice(FILLER))))
    return Draft(seam, kind, secret, (first, second), rules, package(body))


def kept_helpline(seam: str, chooser: random.Random) -> Draft:
    """The review keeps a national helpline; cut across a seam it must stay whole."""
    rules = _rules(chooser)
    if seam == "no-break hyphen":
        first, second = "0808-2000", "247"
    elif seam.startswith("soft hyphen"):
        first, second = "0808 20", "00 247"
    else:
        first, second = "0808 2000", "247"
    body = seam_xml(seam, f"Call the National Domestic Abuse Helpline on {first}", f"{second} at any time.")
    return Draft(seam, "kept helpline", "0808 2000 247", (first, second), rules, package(body), kept=True)


def drafts(count: int, seed: int = 7) -> list[Draft]:
    """``count`` drafts, every seam with every kind of secret in turn."""
    chooser = random.Random(seed)
    pairs = [(seam, kind) for seam in SEAMS for kind in KINDS]
    return [draft(*pairs[i % len(pairs)], chooser) for i in range(count)]


# ---------------------------------------------------------------------- reading an output
_SEAM_TAGS = re.compile(r"<w:(?:softHyphen|noBreakHyphen|br|cr|tab)\b[^>]*/>|</w:p>|</w:tc>")


def squashed(text: str) -> str:
    """Letters and digits only, lower case: a secret and its halves compare with every seam and space gone."""
    return re.sub(r"[\W_]+", "", text.replace("\u00ad", "")).casefold()


def body_text(data: bytes) -> str:
    """Every w:t of the main document in order, each seam read as nothing."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    # one copy of a text box (the DrawingML branch) is enough: the fallback repeats it
    xml = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", xml, flags=re.S)
    return "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", _SEAM_TAGS.sub("", xml)))


def survives(d: Draft, output: bytes) -> bool:
    return squashed(d.secret) in squashed(body_text(output))


def run(count: int, seed: int) -> int:
    from redact.api import redact_bytes, verify_bytes

    warnings.simplefilter("ignore")
    tally: Counter = Counter()
    missed: Counter = Counter()
    examples: dict = {}
    items = drafts(count, seed)
    kept = [kept_helpline(seam, random.Random(seed + i)) for i, seam in enumerate(SEAMS)]
    started = time.perf_counter()
    for d in items + kept:
        out = redact_bytes(d.data, "docx", d.rules)
        if d.kept:
            if not survives(d, bytes(out)):
                tally["kept helpline lost", d.seam] += 1
            continue
        if survives(d, bytes(out)):
            tally[d.seam, d.kind] += 1
            examples.setdefault((d.seam, d.kind), d.halves)
        # verify checks what the rules list (names, protected dates); contacts are --strict's
        if d.kind in ("name", "date of death") and verify_bytes(d.data, "docx", d.rules).ok:
            missed[d.seam, d.kind] += 1
    leaks = sum(n for key, n in tally.items() if key[0] != "kept helpline lost")
    print(f"{len(items)} drafts ({len(SEAMS)} seams x {len(KINDS)} kinds), {time.perf_counter() - started:.0f} s")
    print(f"leaks after apply: {leaks}; drafts with a listed name or the date of death verify passes before apply: "
          f"{sum(missed.values())}")
    for key, n in sorted(tally.items()):
        print(f"  leak {key}: {n}  e.g. {examples.get(key)}")
    for key, n in sorted(missed.items()):
        print(f"  verify passes {key}: {n}")
    return leaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=288)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory():
        run(args.drafts, args.seed)


if __name__ == "__main__":
    main()
