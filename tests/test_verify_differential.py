"""verify and apply agree: whatever verify flags in a draft, apply replaces (issue 10, class 7).

Drafts are generated: listed names from many communities in many positions (sentence start, middle, end, quotes,
headings, table-like lines) and written forms (upper and lower case, without accents, possessives, CamelCase,
e-mail addresses, file names, URLs, brackets, letter by letter, split over a line or by a line-end hyphen), with
the protected date in several forms. Two claims are checked on every draft:

- verify is broad enough: every planted value is flagged in the input;
- apply removes what verify flags: verify finds nothing in the output (text and .docx).
"""
from __future__ import annotations

import datetime
import random
import unicodedata

import pytest

from redact.pipeline import Redactor
from redact.rules import parse_rules
from redact.verify import LeakFinder, verify_file, verify_texts

PEOPLE = [  # (first, surname, nickname): fictional, from many communities
    ("Joanne", "Pryor", "Jojo"), ("Tadeusz", "Wójcik", "Tadek"), ("Aisha", "Rahman", "Ashie"),
    ("Chukwuemeka", "Okafor", "Emeka"), ("Abdirahman", "Warsame", "Abdi"), ("Xiaoling", "Zhou", "Lingling"),
    ("Siobhán", "Ó Dálaigh", "Shivvy"), ("Mehmet", "Yılmaz", "Memo"), ("Nguyet", "Nguyễn", "Nguyetti"),
    ("Delroy", "Fitzgerald", "Roy-Roy"), ("Priyanka", "Ramaswamy", "Pinky"), ("Agnieszka", "Kowalczyk", "Aga"),
    ("Oluwaseun", "Adeyemi", "Seun"), ("Dariusz", "Szczepański", "Darek"), ("Mairéad", "Ní Bhriain", "Mairi"),
]
PLACES = ["Thornbury Heath", "Kingsmere", "Ashcombe Vale", "Wrexley", "Ballinacurra"]
SENTENCES = [
    "{X} went to the surgery in the morning.",
    "The health visitor said that {X} was tired.",
    "Nobody asked about the bruises {X} had.",
    "\u201c{X} was frightened,\u201d her sister said.",
    "Name: {X} | Role: subject of the review",
    "Officers spoke to {X} on the doorstep.",
    "A referral for {X} was closed without contact.",
]
DATE_SENTENCES = ["She died on {D}.", "The incident of {D} was reported late.", "{D}: ambulance called."]


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ı", "i")


def _forms(first: str, last: str, nick: str) -> list[str]:
    """Written forms of one person, as authors, systems and file names write them."""
    f, l = first.replace(" ", ""), last.replace(" ", "")
    fl, ll = _plain(f).lower(), _plain(l).lower()
    cut = max(2, len(l) // 2)
    return [
        f"{first} {last}", f"{first.upper()} {last.upper()}", f"{first.lower()} {last.lower()}",
        f"{_plain(first)} {_plain(last)}", f"{last}, {first}", f"Mrs {last}", f"{first}'s", f"{f}{l}",
        f"{fl}.{ll}@example.org", f"{fl}_{ll}_notes.docx", f"https://files.example/{f}{l}/", f"({nick})", nick,
        f"{first}\n{last}", f"{l[:cut]}-\n{l[cut:]}", " ".join(_plain(f).upper()), f"{_plain(f + l).upper()}",
        f"{first}\u00ad{last}" if " " not in first else f"{first} {last}",
    ]


def _date_forms(date: datetime.date) -> list[str]:
    return [f"{date:%d/%m/%Y}", f"{date.day} {date:%B %Y}", f"{date:%Y-%m-%d}", f"{date:%d.%m.%Y}",
            f"{date.day}th {date:%B %Y}" if date.day in range(4, 21) else f"{date:%d %b %Y}"]


def generate(seed: int):
    """A draft with its rules and the span of every planted value (a listed form or the protected date)."""
    rng = random.Random(seed)
    people = rng.sample(PEOPLE, 3)
    place = rng.choice(PLACES)
    death = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(1500))
    rules = parse_rules({
        "review": f"differential {seed}",
        "people": [{"name": f"{first} {last}", "pseudonym": pseudonym, "aliases": [nick]}
                   for (first, last, nick), pseudonym in zip(people, ["Anna Lee", "Mark Hill", "Sara Kent"])],
        "places": [{"name": place, "pseudonym": "Area C"}],
        "dates": {"date_of_death": death.isoformat()},
    })
    blocks, planted = [], []
    offset = 0
    for _ in range(8):
        lines = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.2:
                template, value = rng.choice(DATE_SENTENCES), rng.choice(_date_forms(death))
                slot = "{D}"
            else:
                template, slot = rng.choice(SENTENCES), "{X}"
                value = place if rng.random() < 0.15 else rng.choice(_forms(*rng.choice(people)))
            if template.startswith(slot) and value[:1].islower() and not value.startswith(("http", "(")):
                template = "Then " + template       # a sentence does not start in lower case
            lines.append((template, slot, value))
        text = ""
        for template, slot, value in lines:
            before = template[:template.index(slot)]
            start = offset + len(text) + len(before)
            planted.append((start, start + len(value), value))
            text += template.replace(slot, value) + " "
        blocks.append(text.strip())
        offset += len(text.strip()) + 2
    return "\n\n".join(blocks) + "\n", rules, planted


SEEDS = range(24)


@pytest.fixture(scope="module")
def cases():
    return [generate(seed) for seed in SEEDS]


def test_verify_flags_every_planted_value_in_the_draft(cases):
    for text, rules, planted in cases:
        finder = LeakFinder(rules)
        spans = finder.spans(text)
        missed = [value for start, end, value in planted
                  if not any(s < end and start < e for s, e, _, _ in spans)]
        assert not missed, (rules.review, missed)


def test_apply_replaces_whatever_verify_flags(cases):
    redactors: dict[str, Redactor] = {}
    for text, rules, _ in cases:
        redactor = redactors.setdefault(rules.review, Redactor(rules))
        output = redactor.redact_text(text)
        blocks = [("block", block) for block in output.split("\n\n")]
        verdict = verify_texts(rules, blocks)
        assert verdict.ok, (rules.review, [(leak.kind, leak.value, leak.context) for leak in verdict.leaks])


def test_apply_and_verify_agree_on_files(cases, tmp_path):
    """Through redact_file (save, re-read, verify) for text and Word: written, and clean when re-checked."""
    import docx

    for number, (text, rules, _) in enumerate(cases[:6]):
        redactor = Redactor(rules)
        source = tmp_path / f"draft{number}.txt"
        source.write_text(text, encoding="utf-8")
        word = tmp_path / f"draft{number}.docx"
        document = docx.Document()
        blocks = text.strip().split("\n\n")
        document.add_heading(blocks[0].split(".")[0], level=1)
        for block in blocks[1:-2]:
            document.add_paragraph(block)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = blocks[-2], blocks[-1]
        document.core_properties.title = blocks[1][:60]
        document.save(word)
        for path in (source, word):
            out = tmp_path / f"out{number}{path.suffix}"
            report = redactor.redact_file(path, out)
            assert report.verdict.ok and verify_file(out, rules).ok


def test_what_the_last_pass_replaces_is_in_the_audit_log(tmp_path):
    """Forms only verify's broad reading finds are replaced and audited with source "verify"."""
    import json

    rules = parse_rules({"people": [{"name": "Oluwaseun Adeyemi", "pseudonym": "Anna Lee"}],
                         "dates": {"date_of_death": "2022-03-21"}})
    source = tmp_path / "draft.txt"
    source.write_text("Files: OluwaseunAdeyemi_GP_notes.docx and OLUWASEUNADEYEMI on the index.\n\n"
                      "The letters O l u w a s e u n were on the card. Mrs Ade-\nyemi died on 21.3.22.\n",
                      encoding="utf-8")
    out, audit = tmp_path / "out.txt", tmp_path / "audit.jsonl"
    report = Redactor(rules).redact_file(source, out, audit)
    assert report.verdict.ok
    written = out.read_text(encoding="utf-8")
    assert "Oluwaseun" not in written and "OLUWASEUN" not in written and "yemi" not in written, written
    records = [json.loads(line) for line in audit.read_text().splitlines()]
    by_verify = [r for r in records if r["type"] == "change" and r["source"] == "verify"]
    assert by_verify and all(r["replacement"] in ("Anna Lee", "ANNA LEE") or r["entity_type"].startswith("DATE")
                             for r in by_verify)
