"""Generated sentences where a written date and a count of days to the death beside it give the date of death by
arithmetic ("Her GP saw her on 3 July 2023, six days before her death."), in either order, with the death in many
wordings, and controls that must stay (a count that does not land, an approximate count, a count to another event).

Each case: (protected date, kind of protected date, sentence, the written date, the count kept, whether it names
the protected date). Seeds: TUNED looked at while fixing, HELD_BACK only counted.
"""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen"]
NAMES = ["Aisha Rahman", "Gareth Pritchard", "Chidi Okafor", "Agnieszka Nowak", "Mei Ling Chen", "Siobhan Byrne",
         "Tomasz Zieliński", "Leroy Campbell", "Harpreet Kaur", "Fatma Yılmaz", "Olumide Adeyemi", "Eilidh Fraser",
         "Hamish MacLeod", "Yusuf Al-Amin", "Bogdan Popescu", "Nia Llewellyn", "Kwame Asante", "Priya Sharma"]
# the victim's pseudonym in the rules: "Efua died" is the death as much as "she died"
PSEUDONYM = "Efua"
BEFORE = ["before", "prior to", "preceding", "ahead of"]
AFTER = ["after", "following"]
# (wording, pronoun): the death as the drafts write it
DEATHS = ["her death", "his death", "the death", "she died", "he died", "he was killed", "she was killed",
          "the homicide", "the murder", "the fatal assault", "the incident that led to her death", "Efua died",
          "Efua was killed", "Mrs Mensah's death", "the fatal stabbing", "she was murdered", "Efua's death",
          "her killing", "he passed away", "the attack that killed her"]
# a clause, not a noun: "before she died", never "preceding she died"
CLAUSES = [d for d in DEATHS if " died" in d or " was " in d or " passed" in d]
OTHER_EVENTS = ["the hearing", "her appointment", "the move", "he was released", "the MARAC meeting",
                "she left the refuge", "the court date", "his arrest"]
APPROXIMATE = ["a couple of days", "a few days", "a day or two", "several days", "some days", "a few weeks",
               "around two days", "about a week"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def written(d: dt.date, rng: random.Random, year_known: bool = True) -> str:
    month = MONTHS[d.month - 1]
    forms = [f"{d.day} {month} {d.year}", f"{_ordinal(d.day)} {month} {d.year}",
             f"the {_ordinal(d.day)} of {month} {d.year}", f"{month} {d.day}, {d.year}",
             f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {month[:3]} {d.year}",
             f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}", f"{WEEKDAYS[d.weekday()]} {d.day} {month}",
             f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"]
    if year_known:
        # no year: the day and month of the year of the death, as a chronology of that year writes it
        forms += [f"{_ordinal(d.day)} of {month}", f"{d.day} {month}", f"the {_ordinal(d.day)} of {month}"]
    return rng.choice(forms)


def count(days: int, rng: random.Random) -> str:
    """``days`` as a count: figures, words, "a", weeks, a fortnight, hours."""
    forms = [f"{days} days", f"{WORDS[days - 1]} days"] if days > 1 else ["a day", "one day", "1 day", "24 hours"]
    if days in (2, 3):
        forms += [f"{24 * days} hours", {2: "forty-eight hours", 3: "seventy-two hours"}[days],
                  {2: "two nights", 3: "three nights"}[days]]
    if days == 7:
        forms += ["a week", "one week", "1 week"]
    if days == 14:
        forms += ["a fortnight", "two weeks"]
    return rng.choice(forms)


def _frame(date: str, phrase: str, rng: random.Random, name: str) -> str:
    """A sentence holding the written date and the phrase that counts to an event, in either order."""
    on = "" if date[0].isdigit() and rng.random() < 0.3 else "on "
    cap = phrase[0].upper() + phrase[1:]
    frames = [f"Her GP saw her {on}{date}, {phrase}.", f"{on.capitalize() or ''}{date} ({phrase}) she called the police.",
              f"The last contact was {on}{date}, {phrase}.", f"{cap}, {on}{date}, {name} rang the helpline.",
              f"{name} visited the house {on}{date}, {phrase}.", f"| {date} | {cap} | Home visit by IDVA |",
              f"{cap} ({date}) the housing officer called round.", f"“I saw her {on}{date},” said {name}, “{phrase}.”",
              f"A referral was made {on}{date} – {phrase} – but it was not read.",
              f"{name} said that {on}{date}, {phrase}, the two had argued."]
    text = rng.choice(frames)
    return text[0].upper() + text[1:]


def cases(seed: int, n: int = 60) -> list[tuple[dt.date, str, str, str, str, bool]]:
    rng = random.Random(seed)
    out = []
    for at in range(n):
        death = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
        name = rng.choice(NAMES)
        names_it = at % 2 == 0
        kind = rng.choice(["count", "count", "count", "count", "the day", "later", "weekday"])
        days = rng.choice([1, 2, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 12, 14, 14])
        before = rng.random() < 0.5
        death_words = rng.choice(DEATHS)
        if kind == "the day":
            days = 1
            phrase = rng.choice([f"the day before {death_words}", f"the eve of {death_words}",
                                 f"the night before {death_words}"] if before else
                                [f"the day after {death_words}", f"the morning after {death_words}"])
        elif kind == "later":
            # "she died two days later": the count after the death, the date before it in the sentence
            before = True
            subject = rng.choice(["she died", "he died", "Efua died", "she was killed", "he was killed"])
            phrase = rng.choice([f"{subject} {count(days, rng)} later", f"{subject} the following day",
                                 f"{subject} the next day", f"{count(days, rng)} later {subject}",
                                 f"the following day, {subject}"])
            if "following" in phrase or "next" in phrase:
                days = 1
        elif kind == "weekday":
            subject = rng.choice(["She died", "He was killed", "Efua died", "The homicide happened"])
            # the weekday of the death, after a date up to a week before it
            days = rng.randint(1, 7)
            weekday = WEEKDAYS[death.weekday()]
            written_day = death - dt.timedelta(days=days)
            control = ""
            if not names_it:
                weekday = WEEKDAYS[(death.weekday() + 1) % 7]
                written_day = death - dt.timedelta(days=days)
            date = written(written_day, rng, True)
            text = rng.choice([f"{subject} the {weekday} after {date}.", f"{subject} on the {weekday} after {date}.",
                               f"{subject} on the {weekday} following {date}, the review found."])
            out.append((death, "death", text, date, f"the {weekday} after" if names_it else control, names_it))
            continue
        else:
            way = rng.choice(BEFORE if before else AFTER)
            if death_words in CLAUSES:
                way = "before" if before else "after"
            phrase = f"{count(days, rng)} {way} {death_words}"
        offset = -days if before else days
        written_day = death + dt.timedelta(days=offset)
        kept = phrase
        if not names_it:
            control = rng.choice(["off by one", "other way", "approximate", "other event"])
            if control == "off by one":
                # (away from the death: the death's own date is no control)
                written_day += dt.timedelta(days=-1 if before else 1)
            elif control == "other way" and kind != "later":
                written_day = death - dt.timedelta(days=offset)
            elif control == "approximate" and kind == "count":
                phrase = f"{rng.choice(APPROXIMATE)} {'before' if before else 'after'} {death_words}"
            elif kind == "count":
                phrase = f"{count(days, rng)} {'before' if before else 'after'} {rng.choice(OTHER_EVENTS)}"
            else:
                written_day -= dt.timedelta(days=2)
            kept = phrase
        date = written(written_day, rng, True)
        if kind == "later":
            text = rng.choice([f"On {date}, {name} told her GP she was afraid; {phrase}.",
                               f"{name} was seen by police on {date} and {phrase}.",
                               f"A MARAC referral was made on {date}, and {phrase}.",
                               # "later" counts from the sentence before too
                               f"Police attended on {date}. {phrase[0].upper() + phrase[1:]}.",
                               f"| {date} | {name} rang the helpline. {phrase[0].upper() + phrase[1:]}. |"])
        else:
            text = _frame(date, phrase, rng, name)
        out.append((death, "death", text, date, kept, names_it))
    return out


def birth_cases(seed: int, n: int = 20) -> list[tuple[dt.date, str, str, str, str, bool]]:
    """The date of birth: a count to her birthday of an age ("two days before her 30th birthday") names it as the
    birthday of an age does; to "her birthday" without an age it stays, as the project keeps a birthday without an
    age (docs/quality.md, anniversaries)."""
    rng = random.Random(seed)
    out = []
    for at in range(n):
        birth = dt.date(rng.randint(1970, 2000), rng.randint(1, 12), rng.randint(1, 28))
        year = rng.randint(2016, 2024)
        age = year - birth.year
        days = rng.choice([1, 2, 3, 5, 7, 14])
        before = rng.random() < 0.5
        names_it = at % 2 == 0
        event = rng.choice([f"her {_ordinal(age)} birthday", f"his {_ordinal(age)} birthday"])
        if not names_it and rng.random() < 0.5:
            event = rng.choice(["her birthday", "his birthday"])
        way = rng.choice(BEFORE if before else AFTER)
        phrase = f"{count(days, rng)} {way} {event}"
        day = birth.replace(year=year) + dt.timedelta(days=-days if before else days)
        if not names_it and "birthday" in event and any(c.isdigit() for c in event):
            day += dt.timedelta(days=-1 if before else 1)
        date = written(day, rng, False)
        text = _frame(date, phrase, rng, rng.choice(NAMES))
        out.append((birth, "birth", text, date, phrase, names_it))
    return out


TUNED, HELD_BACK = 5101, 7717
# a second held-back seed, never looked at (7717 was read once while fixing: see docs/quality.md)
FRESH = 2609
