"""Fictional DHR chronologies in Word and in text that hold the date of death (or birth) as chairs write them.

Each case is a small document (paragraphs and one table at most) and the units that must lose the protected date
(must-go) or must keep another date, a time, an age or a reference number (must-stay). Used by
tests/test_chronology_dates.py with a tuned and a held-back seed.
"""
from __future__ import annotations

import datetime
import io
import random
import re
from dataclasses import dataclass, field

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
PEOPLE = [("Ffion", "Prys"), ("Ngozi", "Okonkwo"), ("Harpreet", "Dhaliwal"), ("Agnieszka", "Kaczmarek"),
          ("Shanice", "Thelwell"), ("Xiaoling", "Zhang"), ("Elif", "Yilmaz"), ("Hodan", "Warsame"),
          ("Siobhan", "Brennan"), ("Rania", "Haddad"), ("Eilidh", "MacAskill"), ("Ruta", "Kazlauskas"),
          ("Bogdan", "Popescu"), ("Tariq", "Chaudhry"), ("Kwame", "Mensah"), ("Jolene", "Smith")]
EVENTS = ["Police attended the address after a 999 call", "GP appointment: low mood, no disclosure",
          "Ambulance called by a neighbour", "MARAC referral made by the IDVA", "Housing officer visited",
          "Text messages to her sister", "Probation supervision meeting", "A&E attendance, injury to the wrist",
          "School raised a concern about the children", "Call to the National DA Helpline"]


@dataclass
class Case:
    kind: str
    when: datetime.date          # the protected date written in the case
    which: str                   # "date_of_death" or "date_of_birth"
    rules: dict
    blocks: list                 # ("p", [runs]) / ("table", rows) / ("text", str)
    go: list = field(default_factory=list)     # (unit, text that must not survive)
    stay: list = field(default_factory=list)   # (unit, text that must survive)
    as_text: bool = False

    def __repr__(self) -> str:
        return f"{self.kind}:{self.go[:1] or self.stay[:1]}"


def _o(day: int) -> str:
    return f"{day}{ORDINAL.get(day, 'th')}"


def _shift_month(when: datetime.date, months: int) -> datetime.date:
    index = when.month - 1 + months
    return datetime.date(when.year + index // 12, index % 12 + 1, min(when.day, 28))


def _other_year(when: datetime.date, years: int) -> datetime.date:
    return when.replace(year=when.year + years)


# the day and month in a row under a year or month heading
def _row_forms(when: datetime.date, rng: random.Random, month_heading: bool) -> str:
    if month_heading:
        return rng.choice([_o(when.day), f"{when:%a} {when.day}", f"{when:%A} {_o(when.day)}",
                           f"{when.day:02d}", f"{when:%a} {_o(when.day)}", f"{when.day} {when:%b}"])
    return rng.choice([f"{when.day:02d}/{when.month:02d}", f"{when.day}/{when.month}", f"{when.day} {when:%b}",
                       f"{when.day:02d}.{when.month:02d}.", f"{when:%a} {when.day}/{when.month}",
                       f"{when:%A} {_o(when.day)} {when:%B}", f"{_o(when.day)} {when:%b}", f"{when:%b} {when.day}",
                       f"{when.day}-{when:%b}"])


def _rules(rng: random.Random, death: datetime.date, birth: datetime.date) -> tuple[dict, str, str]:
    given, surname = rng.choice(PEOPLE)
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A"}],
             "dates": {"date_of_death": death.isoformat(), "date_of_birth": birth.isoformat()}}
    return rules, given, surname


def _dates(rng: random.Random) -> tuple[datetime.date, datetime.date]:
    death = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(2900))
    birth = datetime.date(1965, 1, 1) + datetime.timedelta(days=rng.randrange(12000))
    return death, birth


def year_heading(rng: random.Random) -> Case:
    """A chronology table with the year (or month and year) in a merged heading row and day-and-month rows."""
    death, birth = _dates(rng)
    when = death if rng.random() < 0.8 else birth
    which = "date_of_death" if when == death else "date_of_birth"
    rules, given, _ = _rules(rng, death, birth)
    month_heading = rng.random() < 0.35
    same_form = rng.randrange(10 ** 6)

    def form(day: datetime.date) -> str:
        return _row_forms(day, random.Random(same_form), month_heading)

    rows: list[list[str]] = [["Date", "Event", "Agency"]]
    go, stay = [], []

    def heading(day: datetime.date) -> None:
        rows.append([f"{day:%B} {day.year}" if month_heading else str(day.year), "", ""])

    def row(day: datetime.date, must_go: bool) -> None:
        written = form(day)
        rows.append([written, rng.choice(EVENTS), rng.choice(["Police", "GP", "NHS", "Council"])])
        unit = ("t0", len(rows) - 1, 0)
        (go if must_go else stay).append((unit, written))

    earlier = _other_year(when, -1) if not (when.month == 2 and when.day == 29) else when - datetime.timedelta(365)
    heading(earlier)
    row(earlier, False)
    heading(when)
    before = when - datetime.timedelta(days=1)
    if before.month == when.month or not month_heading:
        row(before, False)
    row(when, True)
    if not month_heading:
        after = _shift_month(when, 1) if when.day <= 28 else when + datetime.timedelta(days=40)
        if after.year == when.year:
            row(after, False)
    rows.append(["", f"{given} was {rng.randint(19, 60)} years old", ""])
    if rng.random() < 0.3:
        # the same chronology typed as lines: a heading line, then "date – event (agency)"
        lines = [f"Chronology of contact with {given}"]
        for row in rows[1:]:
            lines.append(row[0] if row[0] and not any(row[1:]) else f"{row[0]} – {row[1]} ({row[2]})".lstrip(" –"))
        case = Case("year_heading", when, which, rules, [("text", "\n".join(lines))],
                    [(("line", u[1]), t) for u, t in go], [(("line", u[1]), t) for u, t in stay])
        case.as_text = True
        return case
    blocks = [("p", [f"Chronology of contact with {given}"]), ("table", rows, "merge")]
    return Case("year_heading", when, which, rules, blocks, go, stay)


def columns(rng: random.Random) -> Case:
    """Day, month and year in columns of their own."""
    death, birth = _dates(rng)
    when = death if rng.random() < 0.7 else birth
    which = "date_of_death" if when == death else "date_of_birth"
    rules, given, _ = _rules(rng, death, birth)
    style = rng.randrange(5)

    def cells(day: datetime.date) -> list[str]:
        if style == 0:
            return [str(day.day), f"{day:%B}", str(day.year)]
        if style == 1:
            return [f"{day.day:02d}", f"{day.month:02d}", str(day.year)]
        if style == 2:
            return [_o(day.day), f"{day:%b}", str(day.year)]
        if style == 3:
            return [f"{day:%a}", str(day.day), f"{day:%b} {day.year}"]
        return [f"{day.day} {day:%B}", str(day.year)]

    header = [["Day", "Month", "Year"], ["Day", "Month", "Year"], ["Day", "Month", "Year"],
              ["Weekday", "Day", "Month"], ["Date", "Year"]][style]
    rows = [[*header, "Event"]]
    go, stay = [], []
    others = [when - datetime.timedelta(days=1), _shift_month(when, 1) if when.day <= 28 else when + datetime.timedelta(days=3),
              _other_year(when, 1) if not (when.month == 2 and when.day == 29) else when + datetime.timedelta(days=366)]
    order = others[:1] + [when] + others[1:]
    for day in order:
        parts = cells(day)
        rows.append([*parts, rng.choice(EVENTS)])
        r = len(rows) - 1
        if day == when:
            for c, p in enumerate(parts):
                if p.isdigit() or p[:1].isdigit():
                    go.append((("t0", r, c), p))
        else:
            # the day's cell (a month's cell alone, "Jun", is read as a given name: another class, still open)
            stay.append((("t0", r, 0), parts[0]))
            if parts[1][:1].isdigit():
                stay.append((("t0", r, 1), parts[1]))
    blocks = [("p", [f"Key events for {given}"]), ("table", rows, None)]
    return Case("columns", when, which, rules, blocks, go, stay)


def split(rng: random.Random) -> Case:
    """A date cut over two runs, over a w:br (a typed line break), or over two lines of a cell."""
    death, birth = _dates(rng)
    when = death
    rules, given, _ = _rules(rng, death, birth)
    yy = f"{when.year % 100:02d}"
    cuts = [(f"{when.day}.", f"{when.month}.{yy}"), (f"{when.day}", f"{when:%B} {when.year}"),
            (f"{_o(when.day)}", f"{when:%B} {when.year}"), (f"{when:%A}", f"{_o(when.day)} {when:%B} {when.year}"),
            (f"{when.day:02d}/{when.month:02d}/", f"{when.year}"), (f"{when.day} {when:%b}", f"{when.year}"),
            (f"{when.day}.{when.month}.", f"{yy}"), (f"{when:%B}", f"{when.day}, {when.year}")]
    left, right = rng.choice(cuts)
    spaced = not left.endswith((".", "/"))
    how = rng.choice(["br", "runs", "cell", "text"])
    before = rng.choice(["On ", "", "Police were called on ", ""])
    after = rng.choice([" police found her.", " – ambulance attended", "", " 999 call"])
    go = [(("p", 1), left.strip() + "|" + right)]
    stay = []
    if how == "cell":
        rows = [["Date", "Event"], [f"{left}\n{right}", "Police attended"],
                [f"{(when - datetime.timedelta(days=2)):%d/%m/%Y}", "GP appointment"]]
        blocks = [("p", ["Chronology"]), ("table", rows, None)]
        go = [(("t0", 1, 0), left.strip() + "|" + right)]
        stay = [(("t0", 2, 0), rows[2][0])]
    elif how == "text":
        text = f"Chronology\n{before}{left}\n{right}{after}\nThe day before, {given} saw her GP."
        blocks = [("text", text)]
        go = [(("text", None), left.strip() + "|" + right)]
    else:
        # two runs: the space between two words goes with the first ("On Monday " | "25th April 2022")
        runs = [before + left + (" " if spaced and how == "runs" else ""), ("br" if how == "br" else "") + right + after]
        blocks = [("p", ["Chronology"]), ("p", runs)]
    case = Case("split", when, "date_of_death", rules, blocks, go, stay)
    case.as_text = how == "text"
    return case


def glued(rng: random.Random) -> Case:
    """A date with its weekday or time glued on, ISO and compact forms in file names and references."""
    death, birth = _dates(rng)
    when = death
    rules, given, _ = _rules(rng, death, birth)
    hh, mm = rng.randint(0, 23), rng.choice([0, 5, 10, 25, 40, 55])
    y, yy = when.year, f"{when.year % 100:02d}"
    d, m = when.day, when.month
    forms = [f"{when:%A} {_o(d)} {when:%B}", f"{when:%a} {d}/{m}", f"{d:02d}/{m:02d}/{y}@{hh:02d}:{mm:02d}",
             f"{d:02d}{m:02d}{yy} {hh:02d}{mm:02d}", f"{y}{m:02d}{d:02d}T{hh:02d}{mm:02d}",
             f"IMG_{y}{m:02d}{d:02d}_{hh:02d}{mm:02d}{rng.randint(10, 59)}.jpg", f"call_{d:02d}{m:02d}{yy}.mp3",
             f"bodycam {d:02d}{m:02d}{y}.mp4", f"DHR-{y}{m:02d}{d:02d}-01", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}Z",
             f"{d:02d}.{m:02d}.{y}/{hh:02d}{mm:02d}hrs", f"{when:%a}{d:02d}{when:%b}{y}"]
    form = rng.choice(forms)
    core = re.sub(r"^(?:IMG_|call_|bodycam |DHR-)|[_T@ /][0-9]{4,6}(?:hrs)?\.?[a-z0-9]*$|T[0-9:]+Z$|\.(?:jpg|mp3|mp4)$|-01$",
                  "", form)
    year_said = f"{y}" if str(y) not in form and yy not in form else ""
    heading = f"Events of {when:%B} {y}" if not year_said else f"Chronology {y}"
    lines = [heading, f"{form} – {rng.choice(EVENTS)}."]
    # must-stay: the same form of the day before, a time, an age, a reference number that only looks like a date
    other = when - datetime.timedelta(days=1)
    # (a number after "ref", "CAD", "log" is a reference, which the rules' defaults remove whatever it looks like)
    looks_like = rng.choice([f"exhibit JS/{d:02d}{m:02d}", f"room {d:02d}{m:02d}", f"version {d}.{m:02d}.1",
                             f"the {d:02d}{m:02d} bus", f"document {other:%Y%m%d}"])
    stays = [f"at {hh:02d}:{mm:02d}", f"aged {rng.randint(19, 70)}", looks_like, f"{other:%d/%m/%Y}"]
    lines.append(f"The call was logged {stays[0]}; she was {stays[1]}; see {stays[2]}; seen on {stays[3]}.")
    go = [(("p", 1), core)]
    stay = [(("p", 2), s) for s in stays]
    blocks = [("p", [line]) for line in lines]
    return Case("glued", when, "date_of_death", rules, blocks, go, stay)


def small_letters(rng: random.Random) -> Case:
    """The month in small letters before the day, no word that dates it; "march" as a verb stays."""
    death, birth = _dates(rng)
    when = death
    rules, given, _ = _rules(rng, death, birth)
    month = f"{when:%B}".lower()
    d = when.day
    lines = ["Family message (typed as sent)"]
    go, stay = [], []
    dated = rng.choice([f"mum {month} {d} gone", f"{month} {d} she died", f"since {month} {_o(d)} nothing",
                        f"never the same after {month} {d}", f"{month} {d} {when.year} was the worst day",
                        f"cant sleep {month} {d} every year"])
    lines.append(dated)
    go.append((("p", 1), f"{month} {d}"))
    if month == "march":
        verb = rng.choice([f"they would march {d} miles to the coast", f"the cadets march {d} abreast",
                           f"we march {d} times round the park"])
        lines.append(verb)
        stay.append((("p", 2), verb))
    else:
        other = _shift_month(when, 2)
        verb = f"{other:%B} {other.day}".lower() + " was her birthday party"
        lines.append(verb)
        stay.append((("p", 2), f"{other:%B}".lower()))
    blocks = [("p", [line]) for line in lines]
    return Case("small_letters", when, "date_of_death", rules, blocks, go, stay)


GENERATORS = [year_heading, columns, split, glued, small_letters]


def cases(seed: int, count: int) -> list[Case]:
    rng = random.Random(seed)
    return [GENERATORS[i % len(GENERATORS)](rng) for i in range(count)]


def march_cases(seed: int, count: int) -> list[Case]:
    """small_letters with a March date, so that "march" the verb is there to keep."""
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        case = small_letters(rng)
        if case.when.month == 3:
            out.append(case)
    return out


# ---------------------------------------------------------------------- building and reading
def build_docx(case: Case) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for block in case.blocks:
        if block[0] == "p":
            paragraph = document.add_paragraph()
            for run in block[1]:
                if run.startswith("br"):
                    r = paragraph.add_run()
                    r.add_break(WD_BREAK.LINE)
                    r.add_text(run[2:])
                else:
                    paragraph.add_run(run)
        elif block[0] == "table":
            rows, merge = block[1], block[2]
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, row in enumerate(rows):
                heading = merge and row[0] and not any(row[1:])
                if heading:
                    table.cell(r, 0).merge(table.cell(r, width - 1))
                for c, value in enumerate(row):
                    if heading and c:
                        continue
                    cell = table.cell(r, c)
                    first, *more = value.split("\n")
                    cell.paragraphs[0].text = first
                    for line in more:
                        cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def units(data: bytes) -> dict:
    import docx

    document = docx.Document(io.BytesIO(data))
    out: dict = {}
    for i, p in enumerate(document.paragraphs):
        out[("p", i)] = p.text
    for t, table in enumerate(document.tables):
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                out[(f"t{t}", r, c)] = cell.text
    return out


def text_of(case: Case) -> str:
    return case.blocks[0][1]


def text_units(text: str) -> dict:
    """A text's units: each line, and the whole text."""
    out: dict = {("line", i): line for i, line in enumerate(text.split("\n"))}
    out[("text", None)] = text
    return out
