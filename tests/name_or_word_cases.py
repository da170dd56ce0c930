"""Generated sentences for the name-or-word judgement: every listed word that is also an ordinary word.

Every word of the rules' default ``common_word_names`` list, every month and every weekday is listed as a
person's given name (with a surname from one of many communities), and again as a surname (with a given
name from one of many communities), then used in sentences both ways:

- as the **name**: at a sentence start, after an opening quote, in a heading in capitals, alone in a table
  cell, in the middle of a sentence, possessive, before the surname, after a title;
- as the **word**: in lower case, inside an organisation name or an operation's name, and, for the words that
  are such, a month with a day or a year, a day before a month, a weekday as a time, a list of colours, a modal
  verb opening a question.

Each case has a stable id; ``half(case)`` splits them in two by a hash of the id: "tuning" (looked at while the
judgement was tuned) and "held-back" (only its accuracy was measured, see tests/test_name_or_word.py).
"""
from __future__ import annotations

import calendar
import random
import zlib
from dataclasses import dataclass

from redact.rules import parse_rules

SURNAMES = ["Okafor", "Nowak", "Nguyen", "Adeyemi", "Wiśniewska", "Yılmaz", "Warsame", "Chaudhry",
            "Ó Súilleabháin", "Mensah", "Kowalczyk", "Trinh", "Demirci", "Abdirahman", "Rahmanzai", "Oyelaran",
            "Zhou", "Szymańska", "McGonagle", "Boateng"]
TITLES = ["Ms", "Mrs", "Mr", "Miss", "Dr", "PC", "DC", "Councillor"]
MONTHS = [m for m in calendar.month_name if m]
WEEKDAYS = list(calendar.day_name)
GIVEN_NAME_MONTHS = {"April", "May", "June", "July", "August"}
COLOURS = {"Red", "Amber", "Green", "White", "Black", "Brown", "Grey", "Gray", "Rose", "Ruby", "Jade", "Olive",
           "Hazel", "Violet", "Pearl"}
MODALS = {"Will", "May"}

NAME_TEMPLATES = {
    "sentence start": ["{W} chose not to take part in the review.", "{W} told the officer that she felt unsafe.",
                       "{W} had moved to a new flat by then.", "{W} attended every appointment in 2019.",
                       "The GP saw her twice. {W} did not return after that.",
                       "{W} may find parts of this report difficult to read.",
                       "The date was 14 September 2021. 2. {W} spoke to the chair by telephone.",
                       "3) {W} sat with her mother during the visit."],
    "after an opening quote": ["“{W}, come here,” he shouted.", "\"{W} is my daughter,\" she said.",
                               "She wrote: '{W} never wanted this.'"],
    "heading in capitals": ["{WU}'S EXPERIENCE", "{WU}'S STORY", "{WU}’S CONTACT WITH SERVICES"],
    "table cell": ["{W}"],
    "mid-sentence": ["The school contacted {W} about the incident.", "Her sister and {W} shared a room.",
                     "Officers spoke to {W} at the address.", "She was worried about {W} that winter.",
                     "A text from {W} was found on the phone.", "The death of {W} shocked the family.",
                     "After {W} left, the police were called.", "Her daughters, {W} and Zainab, were at school."],
    "possessive": ["Police visited {W}'s flat twice.", "The panel read {W}’s letter with care."],
    "before the surname": ["{W} {S} was interviewed by the panel.", "A referral named {W} {S} as the victim."],
    "with a title": ["{T} {W} attended the meeting.", "The note was written by {T} {W} on the ward."],
}
# The same words listed as a surname ("Tariq Brown", "Joanne Hill")
SURNAME_TEMPLATES = {
    "surname with a title": ["{T} {W} attended the meeting.", "The panel wrote to {T} {W} twice."],
    "surname, the family": ["The {W} family moved to the area in 2015.", "Officers visited the {W} household.",
                            "The {W} children were at school that day."],
    "surname alone": ["{W} had not been seen since the spring.", "When interviewed, {W} said he was sorry.",
                      "{W} told the officer that he felt unsafe."],
    "surname with the given name": ["{G} {W} was arrested on the same day.", "A referral named {G} {W} as the victim."],
}
GIVEN_NAMES = ["Tariq", "Joanne", "Kwame", "Agnieszka", "Siobhan", "Minh", "Ayşe", "Fatima", "Darnell", "Priya"]
WORD_TEMPLATES_ALL = {
    "lower case": ["She spoke about {w} with the worker.", "The plan said little about {w} or support.",
                   "An {w} warning was issued.", "there was {w} in the room"],
    "organisation or operation": ["Operation {W} Chorus began in the spring.",
                                  "She was referred to the {W} Valley Trust.",
                                  "The {W} Street Surgery sent the records.",
                                  "The {W} Foundation funded the refuge.", "She lived on {W} Road until 2019.",
                                  "{W} Lane Primary School made the referral."],
}
WORD_TEMPLATES_MONTH = {
    "month and year": ["In {W} 2021 the family moved.", "The review covers {W} 2018 to March 2020.",
                       "Contact ended in {W} '19.", "{W} 2021 was the hardest month.",
                       "{W} 14th was the last contact.", "The last contact was in mid-{W}."],
    "day and month": ["She was seen on 15 {W} 2020.", "On the 3rd of {W} the police were called.",
                      "The letter of 21st {W} was not answered."],
    "time": ["The case was closed in {W}.", "By the end of {W} nothing had changed.",
             "Between {W} and {O} there were four calls."],
}
WORD_TEMPLATES_WEEKDAY = {
    "time": ["She was seen on {W} morning.", "The clinic opens every {W}.",
             "The call was made last {W} at noon.", "Between {W} and {O} there were four calls.",
             "{W} 14 March was the first visit.", "Visits were on {W}/{O} each week."],
}
WORD_TEMPLATES_COLOUR = {
    "colour list": ["The risk was rated {C1}, {W} or {C2}.", "The RAG status moved from {C1} to {W} and then {C2}.",
                    "Each case is flagged {W}/{C1}/{C2} in the system.",
                    "{W}, {C1} and {C2} ratings are used by the panel."],
}
WORD_TEMPLATES_MODAL = {
    "modal verb": ["{W} agencies be able to share information?", "{W} I add a comment to the record?",
                   "{W} the panel consider this further?"],
}


@dataclass(frozen=True)
class Case:
    id: str
    word: str          # the listed word as it is listed ("Amber")
    role: str          # "given" (listed as "Amber Okafor") or "surname" (listed as "Tariq Brown")
    context: str
    expected: str      # "name" or "word"
    text: str
    start: int         # where the listed word is in text
    end: int

    @property
    def half(self) -> str:
        return "tuning" if zlib.crc32(self.id.encode()) % 2 == 0 else "held-back"


def words() -> list[str]:
    common = parse_rules({}).detection.common_word_names
    return list(dict.fromkeys([*common, *MONTHS, *WEEKDAYS]))


def surname_for(word: str) -> str:
    return SURNAMES[zlib.crc32(word.encode()) % len(SURNAMES)]


def given_name_for(word: str) -> str:
    return GIVEN_NAMES[zlib.crc32(word.encode()) % len(GIVEN_NAMES)]


def rules_for(word: str, role: str = "given"):
    """A review listing ``word`` as a person's given name, or as a surname."""
    name = f"{word} {surname_for(word)}" if role == "given" else f"{given_name_for(word)} {word}"
    return parse_rules({"people": [{"name": name, "pseudonym": "Person A"}]})


def _fill(template: str, word: str, rng: random.Random) -> tuple[str, int, int]:
    upper = "{WU}" in template
    lower = "{w}" in template
    # the other month of a range is one that is no given name: "between May and June" may be two sisters
    others = [w for w in (MONTHS if word in MONTHS else WEEKDAYS) if w != word and w not in GIVEN_NAME_MONTHS]
    marker = "\x00"
    text = template.replace("{WU}", marker).replace("{W}", marker).replace("{w}", marker)
    colours = [c for c in ("Red", "Amber", "Green", "Blue", "Yellow") if c != word]
    first, second = rng.sample(colours, 2)
    text = text.format(S=surname_for(word), T=rng.choice(TITLES), O=rng.choice(others), C1=first, C2=second,
                       G=given_name_for(word))
    start = text.index(marker)
    surface = word.upper() if upper else word.lower() if lower else word
    return text.replace(marker, surface, 1), start, start + len(surface)


def cases() -> list[Case]:
    out: list[Case] = []
    for word in words():
        rng = random.Random(word)
        groups = [("name", NAME_TEMPLATES), ("word", WORD_TEMPLATES_ALL)]
        if word in MONTHS:
            groups.append(("word", WORD_TEMPLATES_MONTH))
        if word in WEEKDAYS:
            groups.append(("word", WORD_TEMPLATES_WEEKDAY))
        if word in COLOURS:
            groups.append(("word", WORD_TEMPLATES_COLOUR))
        if word in MODALS:
            groups.append(("word", WORD_TEMPLATES_MODAL))
        surname_groups = [("name", SURNAME_TEMPLATES), ("word", WORD_TEMPLATES_ALL)]
        for role, role_groups in (("given", groups), ("surname", surname_groups)):
            for expected, templates in role_groups:
                for context, options in templates.items():
                    for number, template in enumerate(options):
                        text, start, end = _fill(template, word, rng)
                        case_id = f"{word}/{context}/{number}" + ("/surname" if role == "surname" else "")
                        out.append(Case(case_id, word, role, context, expected, text, start, end))
    return out
