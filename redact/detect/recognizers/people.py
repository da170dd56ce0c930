"""People named with a title or police rank ("Mrs Okafor", "Dr Priya Raman", "PC 4471 Daniel Okafor"), and
initials standing for a person ("J.H. said").

Names in capitals ("MARGARET DOYLE") and names without a title are left to the listed-name recogniser and to
the NER model; a title is the one signal a regular expression can trust.
"""
from __future__ import annotations

import regex

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ...entities import PERSON
from ._common import DOMAIN_ACRONYMS, result, wanted

CIVIL_TITLES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord",
                "Rev", "Revd", "Reverend", "Cllr", "Councillor", "Judge", "HHJ"]
POLICE_RANKS = ["Ch Supt", "Ch Insp", "Det Sgt", "Det Con", "Det Insp", "DCI", "DSI", "DSupt", "PCSO", "TDC",
                "PC", "DC", "PS", "DS", "DI", "Insp", "Sgt", "Supt", "Detective Chief Inspector",
                "Detective Inspector", "Detective Sergeant", "Detective Constable", "Police Constable",
                "Chief Superintendent", "Superintendent", "Chief Inspector", "Inspector", "Sergeant", "Constable"]
# Capitalised words that follow a title or rank without being a name ("DS Team", "PC The").
_NOT_NAMES = {
    "The", "A", "An", "And", "Or", "Of", "In", "On", "At", "To", "For", "With", "By", "From", "Council", "Police",
    "Team", "Teams", "Officer", "Officers", "Unit", "Service", "Services", "Report", "Reports", "Review",
    "Training", "Policy", "Role", "Roles", "Level", "Grade", "Course", "Panel", "Chair", "Meeting", "Who",
    "When", "Where", "What", "He", "She", "They", "It", "His", "Her", "Their", "This", "That", "Was", "Is",
    "Also", "Then", "Records", "Record", "Staff", "Colleague", "Colleagues", "Supervisor", "Manager",
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
_RANK_WORDS = {w for r in POLICE_RANKS for w in r.split()}
_NAME_WORD = r"\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)*"
_INITIAL = r"\p{Lu}\.?"
# Initials before a surname: "J ", "J. ", chained "J.M. " / "J.-P. ", or glued to the name ("D.Walton").
_INITIALS = r"(?:\p{Lu}\.(?:-?\p{Lu}\.)+\s?|\p{Lu}\.?\s|\p{Lu}\.(?=\p{Lu}\p{Ll}))"


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted((regex.escape(i).replace(r"\ ", r"\s") for i in items),
                                   key=len, reverse=True)) + ")"


_TITLED = regex.compile(rf"""
    (?<![\w])
    (?:
        (?P<title>{_alternation(CIVIL_TITLES)})\.?
      | (?P<rank>{_alternation(POLICE_RANKS)})\.?(?:\s(?P<collar>[0-9]{{2,6}}))?
    )
    \s
    (?P<name>
        {_INITIALS}{{0,2}}
        {_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}
    )
    (?![\w-])
    """, regex.VERBOSE)


class TitledPersonRecognizer(EntityRecognizer):
    """A title or police rank followed by a capitalised name -> PERSON, title inside the span.

    "Mrs Okafor", "Dr Priya Raman", "DI Mark Ellery", "PC 4471 Daniel Okafor", "PC 4471 Hughes" (the collar number
    is inside the span too; the collar recogniser reports the number alone). Score 0.85 for a civil title, 0.8
    for a rank. Metadata ``{"title": "Mrs", "name": "Okafor", "name_start": i}``. A title alone ("PC", "DS") is
    never reported.
    """

    CONTEXT = ["said", "told", "officer", "doctor", "consultant", "neighbour"]

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PERSON], supported_language=supported_language,
                         name="TitledPersonRecognizer", context=self.CONTEXT)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON):
            return []
        found = []
        for m in _TITLED.finditer(text):
            name_start = m.start("name")
            words = list(regex.finditer(r"\S+", m.group("name")))
            # Stop the name at the first word that is not one ("Mrs Okafor The ...", "PC Hughes Police").
            kept = []
            for w in words:
                if w.group() in _NOT_NAMES or w.group() in DOMAIN_ACRONYMS or w.group() in _RANK_WORDS:
                    break
                kept.append(w)
            if not kept or all(len(w.group().rstrip(".")) == 1 for w in kept):
                continue
            end = name_start + kept[-1].end()
            title = m.group("title") or m.group("rank")
            score = 0.85 if m.group("title") else 0.8
            found.append(result(self, PERSON, m.start(), end, score, "titled name", title=title,
                                name=text[name_start:end], name_start=name_start,
                                collar=m.group("collar")))
        return found


class InitialsRecognizer(EntityRecognizer):
    """Initials standing for a person -> PERSON: 0.6 for a speaker or defined initials, 0.4 for dotted ones.

    Dotted initials ("J.H.", "J. H.") near a verb of speech or a person word, and bare capitals (TH, SJ) only when
    a sentence starts with them before a verb of speech ("SJ said") or a bracket defines them after a name
    ("Tariq Hussain (TH)"). Domain acronyms (GP, CSP, DHR, ...) are never initials.
    """

    _DOTTED = regex.compile(r"(?<![\w.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?![\w])")
    _BARE_SPEAKER = regex.compile(
        r"(?:^|(?<=[.!?:;|\n]\s{0,3})|(?<=(?:^|\n)[0-9.]+\s))(?P<i>\p{Lu}{2,3})\s(?:said|told|says|explained|recalled|"
        r"described|reported|stated|added|wrote|felt|thought|believes|believed|remembered)(?![\w])")
    _DEFINED = regex.compile(rf"(?<![\w]){_NAME_WORD}\s{_NAME_WORD}\s\((?P<i>\p{{Lu}}{{2}})\)")
    _PERSON_CONTEXT = regex.compile(
        r"(?<![\w])(?:said|told|says|explained|recalled|reported|stated|wrote|mother|father|sister|brother|son|"
        r"daughter|friend|neighbour|partner|colleague|aunt|uncle|cousin|Mr|Mrs|Ms|Miss)(?![\w])",
        regex.IGNORECASE)

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PERSON], supported_language=supported_language,
                         name="InitialsRecognizer", context=["said", "told"])

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON):
            return []
        spans: dict[tuple[int, int], str] = {}
        for m in self._DOTTED.finditer(text):
            window = text[max(0, m.start() - 60):m.end() + 60]
            if self._PERSON_CONTEXT.search(window):
                spans[m.span()] = "dotted"
        for pattern, how in ((self._BARE_SPEAKER, "speaker"), (self._DEFINED, "defined")):
            for m in pattern.finditer(text):
                initials = m.group("i")
                if initials in DOMAIN_ACRONYMS:
                    continue
                # "Tariq Hussain (TH)" defines initials; "Crime Commissioner (PCC)" an acronym.
                if how == "defined" and "".join(w[0] for w in m.group().split("(")[0].split()) != initials:
                    continue
                spans[m.span("i")] = how
        # Initials defined once stand for the same person elsewhere in the text.
        defined = {text[s:e] for (s, e), how in spans.items() if how in ("defined", "speaker")}
        for initials in defined:
            for m in regex.finditer(rf"(?<![\w]){regex.escape(initials)}(?![\w])", text):
                spans.setdefault(m.span(), "repeat")
        # "SJ said" and "Tariq Hussain (TH)" are people for sure; dotted initials near a person word may not be
        return [result(self, PERSON, s, e, 0.4 if how == "dotted" else 0.6, f"initials ({how})", initials=True,
                       form=how)
                for (s, e), how in sorted(spans.items())]
