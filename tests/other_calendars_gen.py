"""Fictional DHR sentences that give the date of death or birth in the family's own calendar, and controls of the
same calendars that must not change (brief "calendars56").

Families quote funeral notices, faith leaders, family statements and translated documents: a Muslim family gives the
date of death in the Hijri calendar ("21 Dhul Hijjah 1444 AH", "21/12/1444 H"), a Nepali family in Bikram Sambat
("2080 Asar 24", "२०८० असार २४ गते"), an Ethiopian or Eritrean family in the Ethiopian calendar ("2 Hamle 2015
E.C."), an Iranian or Afghan family in the Solar Hijri calendar ("18 Tir 1402", "18 Saratan 1402"), a Jewish family in
the Hebrew calendar ("20 Tammuz 5783"). Until calendars56 apply kept every such form and verify passed it.

Kinds:
- ``calendar``: the protected date (death, or birth in a quarter of the cases) in one calendar, in one of many forms
  (day first, month first, year first, figures with the era, the native script with native digits, no year); a
  Hijri date is written on the tabular day or a day either side (the month opens by local sighting).
- ``control``: the same calendars naming no protected day: another day of the same month, the same day of another
  year, a year alone ("1444 AH"), a month in prose ("during Ramadan", "Muharram processions"), another date in
  figures with its era.

Each case has rules of its own: a victim and a perpetrator of the calendar's communities, a date of death from 2016
to 2024 and, in half of the cases, a date of birth (1950-1999).

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/other_calendars_gen.py [--show] [--part tuned|held-back|both]
"""
from __future__ import annotations

import datetime
import random
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# the names a writer of each community gives each month, as English-language drafts have them (several
# transliterations each), and the native script's name where the community writes one
MONTH_SPELLINGS = {
    "islamic": [["Muharram", "Muharam", "Moharram", "al-Muharram"], ["Safar", "Saffar", "Safar al-Muzaffar"],
                ["Rabi al-Awwal", "Rabi' al-Awwal", "Rabi ul Awwal", "Rabiul Awal", "Rabi I"],
                ["Rabi al-Thani", "Rabi' al-Akhir", "Rabi us Sani", "Rabi II", "Rabi al-Akhar"],
                ["Jumada al-Awwal", "Jumada al-Ula", "Jamadi ul Awwal", "Jumada I"],
                ["Jumada al-Thani", "Jumada al-Akhirah", "Jamadi us Sani", "Jumada II"],
                ["Rajab", "Rajjab"], ["Sha'ban", "Shaban", "Shaaban", "Sha‘ban"],
                ["Ramadan", "Ramadhan", "Ramzan", "Ramazan", "Ramaḍān"], ["Shawwal", "Shawal", "Shawwāl"],
                ["Dhul Qadah", "Dhu al-Qa'dah", "Dhu'l-Qi'dah", "Zul Qaida", "Zilqad", "Dhū al-Qaʿdah"],
                ["Dhul Hijjah", "Dhu al-Hijjah", "Dhu'l-Hijja", "Zul Hijjah", "Zil Hajj", "Dhū al-Ḥijjah",
                 "Thul Hijjah"]],
    "hebrew": [["Nisan", "Nissan"], ["Iyar", "Iyyar"], ["Sivan"], ["Tammuz", "Tamuz"], ["Av", "Menachem Av", "Ab"],
               ["Elul"], ["Tishrei", "Tishri"], ["Cheshvan", "Heshvan", "Marcheshvan"], ["Kislev", "Chislev"],
               ["Tevet", "Teveth", "Tebeth"], ["Shevat", "Shvat", "Shebat"], ["Adar", "Adar I", "Adar Aleph"],
               ["Adar II", "Adar Bet", "Adar Sheni"]],
    "persian": [["Farvardin", "Hamal"], ["Ordibehesht", "Sawr"], ["Khordad", "Jawza"], ["Tir", "Saratan"],
                ["Mordad", "Amordad", "Asad"], ["Shahrivar", "Sonbola"], ["Mehr", "Mizan"], ["Aban", "Aqrab"],
                ["Azar", "Qaws"], ["Dey", "Jadi"], ["Bahman", "Dalw"], ["Esfand", "Hoot"]],
    "ethiopian": [["Meskerem", "Meskeram"], ["Tikimt", "Tekemt"], ["Hidar", "Hedar"], ["Tahsas", "Tahesas"],
                  ["Tir", "Ter"], ["Yekatit", "Yakatit"], ["Megabit", "Magabit"], ["Miyazya", "Miazia"],
                  ["Ginbot", "Genbot"], ["Sene", "Senie"], ["Hamle", "Hamlé"], ["Nehase", "Nehasse"],
                  ["Pagume", "Pagumen"]],
    "bikram_sambat": [["Baisakh", "Baishakh", "Vaisakh"], ["Jestha", "Jeth", "Jeshtha"], ["Asar", "Ashadh", "Asadh"],
                      ["Shrawan", "Saun", "Sawan"], ["Bhadra", "Bhadau"], ["Ashwin", "Asoj"], ["Kartik", "Kattik"],
                      ["Mangsir", "Mansir"], ["Poush", "Paush", "Push"], ["Magh"], ["Falgun", "Phalgun", "Fagun"],
                      ["Chaitra", "Chait"]],
}
NATIVE_MONTHS = {
    "islamic": ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                "شوال", "ذو القعدة", "ذو الحجة"],
    "persian": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    "ethiopian": ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ",
                  "ጳጉሜን"],
    "bikram_sambat": ["बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत"],
    "hebrew": ["ניסן", "אייר", "סיון", "תמוז", "אב", "אלול", "תשרי", "חשון", "כסלו", "טבת", "שבט", "אדר", "אדר ב"],
}
NATIVE_DIGITS = {"islamic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "bikram_sambat": "०१२३४५६७८९",
                 "ethiopian": "0123456789", "hebrew": "0123456789"}
ERAS = {"islamic": ["AH", "A.H.", "H", "AH (Hijri)"], "hebrew": ["AM", "(Hebrew calendar)"],
        "persian": ["SH", "S.H.", "HS", "AP"], "ethiopian": ["E.C.", "EC", "(Ethiopian calendar)"],
        "bikram_sambat": ["BS", "B.S.", "VS", "V.S."]}
NATIVE_ERAS = {"islamic": "هـ", "persian": "ه‍.ش", "bikram_sambat": "गते", "ethiopian": "ዓ.ም", "hebrew": ""}

# (given names of women, of men, surnames) by calendar
COMMUNITIES = {
    "islamic": [(["Hodan", "Sahra", "Fatima"], ["Abdi", "Yusuf"], ["Warsame", "Farah", "Hassan"]),
                (["Nusrat", "Shabana", "Ayesha"], ["Imran", "Tariq"], ["Begum", "Hussain", "Akhtar"]),
                (["Zainab", "Maryam"], ["Omar", "Khalid"], ["Al-Amin", "Haddad", "Saleh"])],
    "hebrew": [(["Miriam", "Rivka", "Shira"], ["Yosef", "Avraham"], ["Levy", "Cohen", "Friedman"])],
    "persian": [(["Shirin", "Parisa", "Maryam"], ["Reza", "Dariush"], ["Rahimi", "Karimi", "Ahmadi"]),
                (["Mursal", "Freshta"], ["Ahmad", "Wahid"], ["Popal", "Stanekzai", "Hotak"])],
    "ethiopian": [(["Tigist", "Selam", "Meron"], ["Dawit", "Tesfaye"], ["Bekele", "Haile", "Tadesse"]),
                  (["Senait", "Helen"], ["Yonas", "Filmon"], ["Tesfamariam", "Gebremedhin", "Kidane"])],
    "bikram_sambat": [(["Sita", "Pramila", "Sabina"], ["Ram", "Bishnu"], ["Gurung", "Thapa", "Shrestha", "Rai"])],
}
PSEUDONYMS = [("Mary", "John"), ("Adult A", "Adult B"), ("Victim", "Perpetrator"), ("Amina", "Karim")]

DEATH_FRAMES = ["The family's statement gives the date of her death as {d}.",
                "The funeral notice read: 'Returned to Allah on {d}.'",
                "The imam told the panel she was buried the day after {d}.",
                "Translated death certificate: date of death {d}",
                "Her brother said she died on {d}, a day the family will never forget.",
                "The rabbi recorded the yahrzeit as {d}.",
                "Date of death ({c}): {d}",
                "She was killed on {d}, as the family reckons it.",
                "The priest of the Ethiopian Orthodox church said the memorial falls on {d}.",
                "A notice in the gurdwara/temple newsletter gave {d} as the day she passed.",
                "On {d} police were called to the flat and found her."]
BIRTH_FRAMES = ["Her passport gives her date of birth as {d}.", "She was born on {d} in the village.",
                "Date of birth ({c}): {d}", "Her mother remembers she was born {d}."]
CALENDAR_NAMES = {"islamic": "Hijri", "hebrew": "Hebrew", "persian": "Solar Hijri", "ethiopian": "Ethiopian",
                  "bikram_sambat": "Bikram Sambat"}
PROSE_CONTROLS = {
    "islamic": ["During Ramadan she fasted and visited her mother.", "The Muharram processions passed the shop.",
                "The Hijri year 1444 AH began in July.", "She made Hajj in Dhul Hijjah before the marriage.",
                "Eid came at the end of Ramadan 1444."],
    "hebrew": ["The family sat shiva after the funeral.", "Tammuz and Av are months of mourning in her tradition.",
               "The wedding was in Elul."],
    "persian": ["She celebrated Nowruz on 1 Farvardin with her sister.", "Mr Tir was her neighbour.",
                "The Mehr school term started.", "Her daughter was born in 1402 SH."],
    "ethiopian": ["Meskel is celebrated in Meskerem.", "The family marks Timket each year.",
                  "She arrived in 2015 E.C. with her son."],
    "bikram_sambat": ["Dashain falls in Asoj or Kartik.", "Mr Asar Gurung was her uncle.",
                      "She came to the UK in 2075 BS."],
}


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def convert(calendar: str, when: datetime.date) -> tuple[int, int, int]:
    """``when`` in ``calendar`` (year, month, day)."""
    from convertdate import coptic, hebrew, islamic, persian

    if calendar == "islamic":
        return islamic.from_gregorian(when.year, when.month, when.day)
    if calendar == "hebrew":
        with warnings.catch_warnings():     # convertdate 2.5's Hebrew calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            return hebrew.from_gregorian(when.year, when.month, when.day)
    if calendar == "persian":
        return persian.from_gregorian(when.year, when.month, when.day)
    if calendar == "ethiopian":
        year, month, day = coptic.from_gregorian(when.year, when.month, when.day)
        return year + 276, month, day
    from nepali.datetime import nepalidate

    bs = nepalidate.from_date(when)
    return bs.year, bs.month, bs.day


def _native(number: int, calendar: str) -> str:
    digits = NATIVE_DIGITS[calendar]
    return "".join(digits[int(c)] for c in str(number))


def written(rng: random.Random, calendar: str, year: int, month: int, day: int, yearless_ok: bool = True) -> str:
    """One form of the date (year, month, day) of ``calendar`` as a draft may write it."""
    name = rng.choice(MONTH_SPELLINGS[calendar][month - 1])
    era = rng.choice(ERAS[calendar])
    forms = [f"{day} {name} {year}", f"{day} {name} {year} {era}", f"{day}{_ordinal(day)} {name}, {year}",
             f"the {day}{_ordinal(day)} of {name} {year} {era}", f"{name} {day}, {year}",
             f"{day}/{month}/{year} {era}", f"{year}-{month:02d}-{day:02d} {era}", f"{day:02d}.{month:02d}.{year} {era}",
             f"{day} {name.upper()} {year}"]
    if calendar == "bikram_sambat":
        forms += [f"{year} {name} {day}", f"{year} {name} {day} gate", f"{year}/{month:02d}/{day:02d} BS"]
    if calendar in ("islamic", "hebrew", "persian"):
        forms += [f"{day}/{month}/{year}"]     # a year no Gregorian date of a living person has
    if NATIVE_MONTHS.get(calendar):
        native = NATIVE_MONTHS[calendar][month - 1]
        if calendar == "bikram_sambat":
            forms += [f"{_native(year, calendar)} {native} {_native(day, calendar)} गते"]
        else:
            forms += [f"{_native(day, calendar)} {native} {_native(year, calendar)} {NATIVE_ERAS[calendar]}".strip()]
    if yearless_ok:
        forms += [f"{day} {name}", f"the {day}{_ordinal(day)} of {name}"]
    return rng.choice(forms)


def _rules(rng: random.Random, seed: int, k: int, calendar: str):
    women, men, surnames = rng.choice(COMMUNITIES[calendar])
    s, other_s = rng.sample(surnames, 2)
    pv, pp = rng.choice(PSEUDONYMS)
    death = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(9 * 365))
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(50 * 365)) if rng.random() < 0.5 \
        else None
    dates = {"date_of_death": death.isoformat()} | ({"date_of_birth": birth.isoformat()} if birth else {})
    rules = {"version": 1, "review": f"calendars56-{seed}-{k}",
             "people": [{"name": f"{rng.choice(women)} {s}", "pseudonym": pv, "role": "victim"},
                        {"name": f"{rng.choice(men)} {other_s}", "pseudonym": pp, "role": "perpetrator"}],
             "dates": dates}
    return rules, death, birth


# calendar, calendar, calendar, calendar (each a protected date); control (another day), control (another year),
# control (prose or a year alone)
CASES_PER_SEED = 7


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"calendars56:{seed}:{k}")
    calendar = rng.choice(sorted(MONTH_SPELLINGS))
    rules, death, birth = _rules(rng, seed, k, calendar)
    base = {"seed": seed, "rules": rules, "calendar": calendar}
    if k < 4:
        when, frames = (birth, BIRTH_FRAMES) if birth and rng.random() < 0.25 else (death, DEATH_FRAMES)
        shift = rng.choice([-1, 0, 0, 1]) if calendar == "islamic" else 0     # the month opens by local sighting
        year, month, day = convert(calendar, when + datetime.timedelta(days=shift))
        text = written(rng, calendar, year, month, day)
        sentence = rng.choice(frames).format(d=text, c=CALENDAR_NAMES[calendar])
        return base | {"kind": "calendar", "sentence": sentence, "secrets": [text]}
    if k == 6:
        return base | {"kind": "control", "sentence": rng.choice(PROSE_CONTROLS[calendar]), "secrets": []}
    year, month, day = convert(calendar, death)
    if k == 4:      # a day of the same month well away from the death (and its sighting days)
        other = death + datetime.timedelta(days=rng.choice([-9, -6, -4, 4, 6, 9]))
        year, month, day = convert(calendar, other)
        text = written(rng, calendar, year, month, day, yearless_ok=False)
    else:           # the same day and month of another year
        text = written(rng, calendar, year + rng.choice([-3, -1, 1, 2]), month, day, yearless_ok=False)
    frame = rng.choice(["The family's last visit home was on {d}.", "Her father died on {d}, in the village.",
                        "The marriage was registered on {d}.", "A letter dated {d} was translated for the panel."])
    sentence = frame.format(d=text)
    if birth and any(convert(calendar, birth + datetime.timedelta(days=s))[1:] == (month, day) for s in (-1, 0, 1)):
        sentence = "The marriage was registered that year."
    return base | {"kind": "control", "sentence": sentence, "secrets": []}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    """Apply and verify one case: (output, outcome) as ``quietly.secrets_outcome`` says ("silent", "left",
    "unseen", "changed")."""
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


if __name__ == "__main__":
    from collections import Counter

    show = "--show" in sys.argv
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "tuned"
    parts = {"tuned": [("tuned", TUNED)], "held-back": [("held-back", HELD_BACK)],
             "both": [("tuned", TUNED), ("held-back", HELD_BACK)]}[part]
    for label, seeds in parts:
        bad: Counter = Counter()
        total: Counter = Counter()
        for case in (c for seed in seeds for c in make_cases(seed)):
            output, result = run_case(case)
            total[case["kind"]] += 1
            if result:
                bad[f"{case['kind']}:{result}"] += 1
                if show and label == "tuned":
                    print(f"{case['seed']:5d} {case['kind']:9s} {case['calendar']:14s} {result:7s} "
                          f"{case['sentence']!r}\n{'':30s}→ {output!r}  {case['rules']['dates']}")
        print(label, dict(total), "wrong:", sum(bad.values()), dict(sorted(bad.items())), flush=True)
