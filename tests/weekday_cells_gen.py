"""Fictional chronology tables with a "Day" column beside the "Date" column (before or after it), as text tables
(markdown or bars in a .txt) and as Word tables: apply removed the date of death and left "Sunday" in the next cell,
which, with the rows around it, gives the day away. Each case: no row of the protected date keeps its weekday, and
the table keeps its cells. Controls: the other rows' weekdays stay.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted (``python tests/test_weekday_cells.py``).
"""
from __future__ import annotations

import datetime
import random

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

PEOPLE = ["Hodan Warsame", "Agnieszka Kowalczyk", "Priya Raghunathan", "Chiamaka Okonkwo", "Siobhan Gallagher",
          "Mehwish Chaudhry", "Rhiannon Pritchard", "Oksana Bondarenko", "Gulsen Yildirim"]
DATE_FORMS = ["%d/%m/%Y", "%d.%m.%y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d/%m/%y"]
DAY_FORMS = ["%A", "%a", "%A night", "%A evening"]
EVENTS = ["{N} saw the GP about her sleep", "Police called to the address", "{N} rang the helpline",
          "Referral to the MARAC", "{N} found at the flat", "Ambulance attended; {N} pronounced dead"]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    name = rng.choice(PEOPLE)
    given = name.split()[0]
    death = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365))
    days = sorted({death} | {death - datetime.timedelta(days=rng.randrange(1, 60)) for _ in range(3)})
    date_form, day_form = rng.choice(DATE_FORMS), rng.choice(DAY_FORMS)
    day_first = rng.random() < 0.3
    rows = []
    for day in days:
        cells = [day.strftime(date_form), day.strftime(day_form)]
        if day_first:
            cells.reverse()
        rows.append(cells + [rng.choice(EVENTS).format(N=given)])
    header = ["Day", "Date", "Event"] if day_first else ["Date", "Day", "Event"]
    rules = {"version": 1, "review": "test", "people": [{"name": name, "pseudonym": "Mary"}],
             "dates": {"date_of_death": death.isoformat()}}
    kind = "docx" if k % 2 else "text"
    return {"kind": kind, "rules": rules, "header": header, "rows": rows, "death_row": days.index(death),
            "weekday": death.strftime(day_form), "day_column": 0 if day_first else 1, "markdown": rng.random() < 0.5}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(4)]


def _text_table(case: dict) -> str:
    lines = ["| " + " | ".join(case["header"]) + " |"]
    if case["markdown"]:
        lines.append("|---|---|---|")
    lines += ["| " + " | ".join(row) + " |" for row in [*case["rows"]]]
    return "Chronology\n\n" + "\n".join(lines) + "\n"


def redacted_rows(case: dict, folder) -> list[list[str]]:
    """The table's rows after ``redact apply``, header first."""
    import warnings
    from pathlib import Path

    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    folder = Path(folder)
    redactor = Redactor(parse_rules(case["rules"]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if case["kind"] == "text":
            text = redactor.redact_text(_text_table(case))
            lines = [line for line in text.splitlines() if line.startswith("|") and "---" not in line]
            return [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
        import docx

        document = docx.Document()
        document.add_paragraph("Chronology")
        table = document.add_table(rows=len(case["rows"]) + 1, cols=3)
        for row, values in zip(table.rows, [case["header"], *case["rows"]]):
            for cell, value in zip(row.cells, values):
                cell.text = value
        source, output = folder / "draft.docx", folder / "out.docx"
        document.save(source)
        redactor.redact_file(source, output, force=True)
        return [[cell.text for cell in row.cells] for row in docx.Document(output).tables[0].rows]


def run_case(case: dict, folder) -> tuple[list, str | None]:
    rows = redacted_rows(case, folder)
    if len(rows) != len(case["rows"]) + 1 or any(len(row) != 3 for row in rows):
        return rows, "table broken"
    column = case["day_column"]
    death_row = rows[case["death_row"] + 1]
    if case["weekday"].split()[0] in death_row[column]:
        return rows, "weekday left"
    others = [rows[i + 1][column] == case["rows"][i][column] for i in range(len(case["rows"])) if i != case["death_row"]]
    return rows, None if all(others) else "another row's weekday changed"


def count(seeds) -> dict[str, tuple[int, int]]:
    import tempfile

    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for seed in seeds:
            for case in make_cases(seed):
                _, problem = run_case(case, folder)
                entry = totals.setdefault(case["kind"], [0, 0])
                entry[0] += problem is not None
                entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in sorted(totals.items())}
