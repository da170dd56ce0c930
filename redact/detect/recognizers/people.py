"""People named with a title or police rank ("Mrs Okafor", "Dr Priya Raman", "PC 4471 Daniel Okafor"), and
initials standing for a person ("J.H. said").

Names in capitals ("MARGARET DOYLE") and names without a title are left to the listed-name recogniser and to
the NER model; a title is the one signal a regular expression can trust.
"""
from __future__ import annotations

from collections.abc import Iterable

import regex

from presidio_analyzer import RecognizerResult

from ... import nearby
from ...entities import PERSON
from ...lexicon import CIVIL_TITLES, KIN_ADDRESS_WORDS, MONTHS, RANKS, RELATION_WORDS, WEEKDAYS
from ...name_or_word import _stop_words, given_name_popularity
from ...normalise import fold_key
from ...suggest import introduced_name_spans, named_as_a_nickname, names_around_a_nickname, relative_name_spans
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result, wanted

# Capitalised words that follow a title or rank without being a name ("DS Team", "PC The").
_NOT_NAMES = {
    "The", "A", "An", "And", "Or", "Of", "In", "On", "At", "To", "For", "With", "By", "From", "Council", "Police",
    "Team", "Teams", "Officer", "Officers", "Unit", "Service", "Services", "Report", "Reports", "Review",
    "Training", "Policy", "Role", "Roles", "Level", "Grade", "Course", "Panel", "Chair", "Meeting", "Who",
    "When", "Where", "What", "He", "She", "They", "It", "His", "Her", "Their", "This", "That", "Was", "Is",
    "Also", "Then", "Records", "Record", "Staff", "Colleague", "Colleagues", "Supervisor", "Manager",
    # offices a title opens ("the Lord Mayor", "the Lord Chancellor", "the Lady Mayoress", "Lord Lieutenant")
    "Mayor", "Mayoress", "Chancellor", "Lieutenant", "Provost", "Advocate", "Chief",
    *(month for month in MONTHS if month != "May"), *WEEKDAYS,   # "Mrs May" is a name
}
_RANK_WORDS = {w for r in RANKS for w in r.split()}
_NAME_WORD = r"\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)*"
_INITIAL = r"\p{Lu}\.?"
# Initials before a surname: "J ", "J. ", chained "J.M. " / "J.-P. ", or glued to the name ("D.Walton").
_INITIALS = r"(?:\p{Lu}\.(?:-?\p{Lu}\.)+\s?|\p{Lu}\.?\s|\p{Lu}\.(?=\p{Lu}\p{Ll}))"


# Lower-case particles of a surname after a title ("Mr van der Berg", "Mrs dos Santos", "Mr bin Saeed") and
# Arabic article prefixes ("Mr al-Hashimi").
_PARTICLES = (r"(?:(?:van|von|de|da|das|dos|do|di|du|del|della|der|den|ter|ten|le|la|bin|bint|ibn|abu|al|el|ap)"
              r"\s){0,3}")
_PREFIXED_NAME_WORD = rf"(?:(?:al|el|ul|ud|bin|abu)-)?{_NAME_WORD}"


def _alternation(items: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((regex.escape(i).replace(r"\ ", r"\s") for i in items),
                                   key=len, reverse=True)) + ")"


# a space within one line: a title and its name never stand in two lines or two cells ("Detective Inspector<TAB>
# Eastshire Police" is a role and an organisation)
_SPACE = r"[^\S\n\r\t\v\f\u2028\u2029]"
_TITLED = regex.compile(rf"""
    (?<![\w])
    (?:
        (?P<title>{_alternation(CIVIL_TITLES)})\.?
      | (?P<rank>{_alternation(RANKS)})\.?(?:{_SPACE}(?P<collar>[0-9]{{2,6}}))?
    )
    {_SPACE}
    (?P<name>
        {_INITIALS}{{0,2}}
        {_PARTICLES}{_PREFIXED_NAME_WORD}(?:{_SPACE}{_PARTICLES}{_PREFIXED_NAME_WORD}){{0,2}}
    )
    (?![\w-])
    """, regex.VERBOSE)


# Words after which a lone capital letter stands for a person: "police inspector B.", "counsel H.", "a friend,
# B.,", "juror J". Lower case in the text; capitalised they start a heading or a name ("Officer B Team").
_LETTER_ROLES = [
    "inspector", "officer", "constable", "sergeant", "counsel", "lawyer", "solicitor", "barrister", "advocate",
    "juror", "jurors", "witness", "friend", "neighbour", "cousin", "brother", "sister", "mother", "father", "son",
    "daughter", "partner", "ex-partner", "husband", "wife", "boyfriend", "girlfriend", "woman", "man", "doctor",
    "nurse", "teacher", "colleague", "employee", "employer", "victim", "complainant", "defendant", "accused",
    "prisoner", "detainee", "informant", "tenant", "landlord", "relative", "resident",
]
# A lone capital that follows these is a label, not a person ("Area A", "Annex B", "Plan B", "Part C").
_LETTER_LABELS = {"area", "annex", "appendix", "part", "plan", "schedule", "section", "table", "figure", "class",
                  "category", "grade", "type", "option", "adult", "child", "person", "place", "level", "group",
                  "article", "rule", "chapter", "phase", "stage", "step", "tier", "block", "wing", "ward", "unit",
                  "room", "zone", "list", "form", "exhibit", "vitamin", "hepatitis", "flat", "house", "floor"}
# Sentence openers before a letter that is a person: "Neither B. nor the applicant", "That J had".
_LETTER_OPENERS = {"Neither", "Either", "That", "When", "While", "Whilst", "Both", "And", "But", "Then", "Whereas",
                   "If", "Although", "Because", "Since", "Only", "Unlike", "As", "After", "Before", "Once", "Until"}
# Words that open a sentence, after "cousin, N.": "Both", "The", "He"...
_SENTENCE_OPENERS = {"Both", "The", "He", "She", "They", "It", "His", "Her", "Their", "This", "That", "There",
                     "When", "After", "Before", "On", "In", "At", "We", "Neither", "Later"}
# "A" and "I" are words too: they are reported where defined, never looked for elsewhere.
LETTER_WORDS = {"A", "I"}


class TitledPersonRecognizer(DhrRecognizer):
    """A title or police rank followed by a capitalised name -> PERSON, title inside the span.

    "Mrs Okafor", "Dr Priya Raman", "DI Mark Ellery", "PC 4471 Daniel Okafor", "PC 4471 Hughes" (the collar number
    is inside the span too; the collar recogniser reports the number alone). Score 0.85 for a civil title; 0.8
    for a rank, 0.85 when a word of ``CONTEXT`` ("officer", "said") stands near it in its sentence. Metadata
    ``{"title": "Mrs", "name": "Okafor", "name_start": i}``. A title alone ("PC", "DS") is never reported.
    """

    CONTEXT = ["said", "told", "officer", "doctor", "consultant", "neighbour"]
    ENTITIES = (PERSON,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
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
            score = 0.85 if m.group("title") or self.context_supports(text, m.start(), end) else 0.8
            found.append(result(self, PERSON, m.start(), end, score, "titled name", title=title,
                                name=text[name_start:end], name_start=name_start,
                                collar=m.group("collar")))
        return found


_RECORD_ORDER = regex.compile(
    r"(?<![\w'’-])(?P<surname>(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*),[ \t]?"
    r"(?P<given>\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?![\w'’-])")


class RecordOrderNameRecognizer(DhrRecognizer):
    """A police or agency record's "SURNAME, Given" ("WARFAA, Hamse", "SANDHU, Gurpreet") -> PERSON, 0.85.

    The surname in capitals, of three letters or more, neither a known acronym ("MARAC, Sedgemere") nor an ordinary
    word ("URGENT, Please"); the given name capitalised and no ordinary word ("NHS, Police"). Records write names
    this way whatever their origin, so no list of names is asked."""

    ENTITIES = (PERSON,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if "," not in text:
            return []
        from ...name_or_word import is_ordinary_word

        found = []
        for m in _RECORD_ORDER.finditer(text):
            surname, given = m.group("surname"), m.group("given")
            if len(surname) < 3 or surname in DOMAIN_ACRONYMS or is_ordinary_word(surname) \
                    or any(is_ordinary_word(word) for word in regex.split(r"[- ]", given)) \
                    or given in MONTHS or given in WEEKDAYS or surname.title() in MONTHS or surname.title() in WEEKDAYS:
                continue
            found.append(result(self, PERSON, m.start(), m.end(), 0.85, "surname, given name (a record's order)"))
        return found


# "the Okonkwos", "the Byrnes'", "the Evanses": a family called by its surname in the plural
_FAMILY_PLURAL = regex.compile(
    r"(?<![\w'’-])(?i:the)[^\S\n]+(?P<name>(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:es|s))"
    r"(?P<apostrophe>['’](?![\w]))?(?![\w'’-])")
# A plural this common in English is a word first ("the Woods", "the Greens", "the Hills"): a family only where
# it owns something ("the Woods' house").
_ORDINARY_PLURAL_ZIPF = 3.3


class FamilyPluralRecognizer(DhrRecognizer):
    """A family called by its surname in the plural -> PERSON, 0.9 (above the model, which reads "the Kowalskis" as a
    place): "the Morrisons had moved in next door",
    "at the Adeyemis' house", "the Evanses". The model finds some ("the Hendersons") and not others, and the grammar
    then writes "Family 3". The surname is one of the name lexicon's (Faker's surnames of many countries); the plural
    is no word kept by policy ("the Sikhs") and no place ("the Philippines"); a plural that is a common English
    word is a family only with an owner's apostrophe."""

    ENTITIES = (PERSON,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if "he" not in text.lower():
            return []     # no "the" (before any kind of space the pattern allows: "the\tMorrisons" too)
        matches = list(_FAMILY_PLURAL.finditer(text))
        if not matches:
            return []     # (most texts; a function's import runs at each call)
        from wordfreq import zipf_frequency

        from ..kept_words import lexicon
        from .known_names import name_key, name_lexicon

        surnames = name_lexicon().surnames
        found = []
        for m in matches:
            plural = m.group("name")
            stems = [plural[:-1]] + ([plural[:-2]] if plural.endswith(("ses", "shes", "ches", "xes", "zes")) else [])
            if not any(name_key(stem) in surnames for stem in stems) or plural[:-1] in MONTHS \
                    or plural[:-1] in WEEKDAYS or name_key(plural) in lexicon().kinds \
                    or name_key(plural[:-1]) in lexicon().kinds or _is_a_place(plural):
                continue
            if zipf_frequency(plural.lower(), "en") >= _ORDINARY_PLURAL_ZIPF and not m.group("apostrophe"):
                continue
            found.append(result(self, PERSON, m.start("name"), m.end("name"), 0.9, "a family's surname, plural",
                                kind="family"))
        return found


def _is_a_place(name: str) -> bool:
    from .places import is_known_place

    return is_known_place(name)


_SIGN_OFF = (r"(?:(?:kind|best|warm|warmest|many|with)[^\S\n]+)?(?:regards|wishes|thanks|thank[^\S\n]+you)"
             r"|yours[^\S\n]+(?:sincerely|faithfully|truly)|cheers|take[^\S\n]+care|sincerely")
_SIGN_OFF_LINE = regex.compile(rf"(?i:^[^\S\n]*(?:{_SIGN_OFF})[,.!]?[^\S\n]*$)")
_SIGN_OFF_ANYWHERE = regex.compile(rf"(?i:{_SIGN_OFF})[,.!]?[^\S\n]*\n")
# A signature's role line under the name: "Housing Officer", "Senior Support Worker", "IDVA" (capitalised words
# ending in a job's head word)
_ROLE_HEADS = ("Officer|Worker|Manager|Advisor|Adviser|Coordinator|Co-ordinator|Lead|Nurse|Visitor|Practitioner|"
               "Consultant|Therapist|Caseworker|Assistant|Director|Navigator|Advocate|Specialist|Supervisor|IDVA|ISVA")
_ROLE_LINE = regex.compile(rf"^[^\S\n]*(?:\p{{Lu}}[\p{{L}}-]*[^\S\n]+){{0,3}}(?:{_ROLE_HEADS})\b[^\n]{{0,60}}$")
_ROLE_LINE_ANYWHERE = regex.compile(rf"\n[^\S\n]*(?:\p{{Lu}}[\p{{L}}-]*[^\S\n]+){{0,3}}(?:{_ROLE_HEADS})\b")
_NAME_LINE = regex.compile(r"^[^\S\n]*(?P<name>\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,3})[^\S\n]*$")


class SignOffNameRecognizer(DhrRecognizer):
    """The name on the line after a letter's or an e-mail's sign-off ("Kind regards,\nAmina"), or above a
    signature's role line ("Oluwaseun Adebayo\nHousing Officer") -> PERSON, 0.9 (above the model's 0.85, which
    runs such a name into the role on the line under it, or takes the role for the person).

    Quoted e-mails in a chronology end so; the name stands alone on its line, where the model has no sentence to
    read it by. The line after the sign-off may be the next paragraph of a .docx: the recogniser learns which
    lines follow a sign-off in the document. A line of ordinary words ("Support Worker", "The Duty Team") is no
    name; a known given name is one even if it is a word too ("Hope")."""

    reads_prose = True
    ENTITIES = (PERSON,)

    def __init__(self, supported_language: str = "en"):
        self._after_sign_off: frozenset[str] = frozenset()
        super().__init__(supported_language)

    def learn_document(self, texts: list[str]) -> None:
        self._after_sign_off = frozenset()
        lines = [line for text in texts for line in text.split("\n") if line.strip()]
        self._after_sign_off = frozenset(
            name.strip() for before, name, after in zip([""] + lines, lines, lines[1:] + [""])
            if (_SIGN_OFF_LINE.match(before) or _ROLE_LINE.match(after)) and self._a_name(name.strip()))

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _SIGN_OFF_ANYWHERE.search(text) and not _ROLE_LINE_ANYWHERE.search(text) \
                and not any(name in text for name in self._after_sign_off):
            return []   # most texts hold no sign-off, no role line and no line that stood by one
        found = []
        position = 0
        previous = ""
        lines = text.split("\n")
        for number, line in enumerate(lines):
            m = _NAME_LINE.match(line)
            following = next((later for later in lines[number + 1:] if later.strip()), "")
            if m and (_SIGN_OFF_LINE.match(previous) or _ROLE_LINE.match(following)
                      or m.group("name") in self._after_sign_off) and self._a_name(m.group("name")):
                found.append(result(self, PERSON, position + m.start("name"), position + m.end("name"), 0.9,
                                    "the name after a sign-off"))
            if line.strip():
                previous = line
            position += len(line) + 1
        return found

    @staticmethod
    def _a_name(words: str) -> bool:
        from ...name_or_word import is_ordinary_word
        from ...variants import likely_gender

        from .places import _PLACE_FOLLOWERS

        parts = words.split()
        return bool(parts) and len(parts) <= 4 and not words.isupper() and all(
            likely_gender(w) is not None or not is_ordinary_word(w) for w in parts) and parts[0] not in DOMAIN_ACRONYMS \
            and not any(w in _PLACE_FOLLOWERS or w in _NOT_NAMES for w in parts[1:])   # "Sedgemere Homes"


def _a_nation_or_town(word: str) -> bool:
    from .places import NOT_PLACES, is_known_place

    return word in NOT_PLACES or is_known_place(word)


class IntroducedNameRecognizer(DhrRecognizer):
    """A word the sentence says a person was called -> PERSON, 0.9: "known to friends as Thash", "went by Mo",
    "William 'Will' Hartley", "Kofi, his day name". Above the model's 0.85, which often reads an unfamiliar
    nickname as a place; the document's other mentions of it then follow the person (propagation)."""

    reads_prose = True
    ENTITIES = (PERSON,)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON):
            return []
        found = []
        nicknames = set(named_as_a_nickname(text))
        for start, end in introduced_name_spans(text):
            word = text[start:end]
            if word.strip() in ("F", "M", "X") and text[start - 1:start] == "(" and text[end:end + 1] == ")":
                continue    # "WARSAME, Hodan (F)": a record's sex
            first = word.split()[0]
            # "(IMR)", "known as DASH": an acronym names a thing; "known as The ..." no person; "known as Will",
            # "went by May": a function word that is also a given name is the name here
            if (first.isupper() and len(first) > 2) or first in DOMAIN_ACRONYMS or (
                    first.lower() in _stop_words() and (first.lower() in _NEVER_A_NAME
                                                        or not given_name_popularity(first))):
                continue
            if _a_term_not_a_name(text, start, end):
                continue
            if text[start - 1:start] == "(" and _a_nation_or_town(word):
                continue    # "the Civic Government (Scotland) Act": a law's own words, not a nickname
            if (start, end) in nicknames:
                # "her pet name was Didi", "went by 'Nne'": a family's word is her name here, kept from the kin
                # words' filter (``filters._without_kin_word``)
                found.append(result(self, PERSON, start, end, 0.9, "introduced as a nickname", nickname=True))
                continue
            if fold_key(word) in _PARTS_IN_A_FAMILY and (text[start - 1:start] in "([" or
                                                         fold_key(word) in KIN_ADDRESS_WORDS):
                continue    # "Mei Chen (Friend)", "(Mum)", "the grandchildren called her Nan": her part in a family
            found.append(result(self, PERSON, start, end, 0.9, "introduced as what a person was called"))
        for start, end in names_around_a_nickname(text):
            found.append(result(self, PERSON, start, end, 0.9, "a name written with a nickname inside it"))
        return found


_PARTS_IN_A_FAMILY = RELATION_WORDS | KIN_ADDRESS_WORDS


def _a_term_not_a_name(text: str, start: int, end: int) -> bool:
    """'also known as Domestic Violence Protection Orders': capitalised words that go on past the two an
    introduced name may have, or two ordinary words neither of which is a given name, written without quotes, name
    a thing. A quoted word is what someone was called, ordinary or not ("known to friends as 'Bunny'"), and so is
    one word alone ("known as Will")."""
    from ...name_or_word import is_ordinary_word
    from ...variants import likely_gender

    if text[start - 1:start] in ("'", "‘", "“", '"'):
        return False
    if regex.match(r"[ \t]+\p{Lu}", text[end:]):
        return True
    words = text[start:end].split()
    # one word is a name ("known to friends as Will", "known as Bunny"): a nickname is often an ordinary word
    return len(words) >= 2 and all(is_ordinary_word(word.lower()) and likely_gender(word) is None for word in words)


class RelativeNameRecognizer(DhrRecognizer):
    """A one-word name the text gives a relative -> PERSON, 0.9: "her daughter Amber", "Hope (5)" in a list of
    children, "May | sister" in a family table. The word may be an ordinary one ("Hope", "May", "Will") that no
    model takes for a name; the document's other mentions of it as a name then follow (propagation)."""

    reads_prose = True
    ENTITIES = (PERSON,)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON):
            return []
        # "May", "Will", "Hope" are names here; only words that cannot be one are left out
        return [result(self, PERSON, start, end, 0.9, "a relative's name")
                for start, end in relative_name_spans(text)
                if text[start:end].lower() not in _NEVER_A_NAME and text[start:end] not in DOMAIN_ACRONYMS]


_NEVER_A_NAME = frozenset({"the", "a", "an", "her", "his", "their", "our", "my", "your", "this", "that", "these",
                           "those", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "who",
                           "which", "she", "he", "they", "it", "was", "were", "is", "are", "had", "has"})


class InitialsRecognizer(DhrRecognizer):
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
    # "his brother, AM", "the neighbour TH": capitals right after a person word
    _ROLE_INITIALS = r",?\s(?P<i>\p{Lu}{2,3})(?![\w&/-])"
    _AFTER_ROLE = regex.compile(rf"(?<![\w-])(?:{'|'.join(_LETTER_ROLES)}){_ROLE_INITIALS}")
    # what follows the person word, searched for first: trying every person word at every word was most of the
    # recogniser's time, and most texts have no capitals where initials could follow one
    _ROLE_INITIALS_ALONE = regex.compile(_ROLE_INITIALS)
    _PERSON_CONTEXT = regex.compile(
        r"(?<![\w])(?:said|told|says|explained|recalled|reported|stated|wrote|mother|father|sister|brother|son|"
        r"daughter|friend|neighbour|partner|colleague|aunt|uncle|cousin|Mr|Mrs|Ms|Miss)(?![\w])",
        regex.IGNORECASE)
    ENTITIES = (PERSON,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        spans: dict[tuple[int, int], str] = {}
        for m in self._DOTTED.finditer(text):
            window = text[max(0, m.start() - 60):m.end() + 60]
            if self._PERSON_CONTEXT.search(window):
                spans[m.span()] = "dotted"
        for pattern, how in ((self._BARE_SPEAKER, "speaker"), (self._DEFINED, "defined"),
                             (self._AFTER_ROLE, "role")):
            if how == "role" and not self._ROLE_INITIALS_ALONE.search(text):
                continue
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
        if defined:
            from ...initials import the_thing_here

            for initials in defined:
                for m in regex.finditer(rf"(?<![\w]){regex.escape(initials)}(?![\w])", text):
                    # "Uma Sharma (US)" makes "US" her, but not "moved from the US" nor "an OD"
                    if m.span() not in spans and not the_thing_here(text, m.start(), m.end()):
                        spans[m.span()] = "repeat"
        # "SJ said" and "Tariq Hussain (TH)" are people for sure; dotted initials near a person word may not be
        # Defined initials are looked for in the rest of the document too (``propagate_letters``).
        return [result(self, PERSON, s, e, 0.4 if how == "dotted" else 0.6, f"initials ({how})", initials=True,
                       form=how, letter=text[s:e] if how in ("defined", "speaker", "role") else None)
                for (s, e), how in sorted(spans.items())]


class LetterNameRecognizer(DhrRecognizer):
    """A single capital letter standing for a person -> PERSON: "Mr B", "Ms A’s", "police inspector B.",
    "counsel H.", "a friend, B.,", a letter in quotes after a person word ("one of the jurors – “J” –").

    Judgments and some reports name people by one letter; the letter is then that person everywhere, and the
    document-level step looks for it in other paragraphs (``propagate_letters``). Metadata ``{"letter": "B"}``.
    Labels ("Area A", "Annex B", "Plan B") never count.
    """

    # Above the model's 0.85: where the model saw the same "B." Presidio keeps the higher score, and only ours
    # carries the letter (the model's one-letter names are dropped as implausible).
    SCORE = 0.9

    # "Mr B", "Ms A.", and chained initials "Mr G.D." (a person, but no single letter to look for elsewhere)
    _TITLED = regex.compile(
        r"(?<![\w])(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s(?P<initials>\p{Lu}(?:\.-?\p{Lu})*)(?![\w-])"
        r"(?!\.?\s?\p{Lu}\p{Ll})(?:\.(?![\w]))?")
    _ROLE_LETTER = (r",?\s(?P<letter>\p{Lu})"
                    r"(?:\.(?![\w])|(?=\s?[,;:)’']|\s(?:had|has|was|is|did|said|told|who|and|as|be|to)(?![\w])))")
    _ROLE = regex.compile(rf"(?<![\w-])(?:{'|'.join(_LETTER_ROLES)}){_ROLE_LETTER}")
    # what follows the person word, searched for first (as in InitialsRecognizer)
    _ROLE_LETTER_ALONE = regex.compile(_ROLE_LETTER)
    _NEXT_WORD = regex.compile(r"\s?(\p{Lu}\p{Ll}+)")
    # the span ends with the letter's full stop, if it has one ("inspector B.")
    _ROLE_END = regex.compile(r"\.(?![\w])")
    _QUOTED = regex.compile(r"[“\"‘](?P<letter>\p{Lu})[”\"’](?![\w])")
    _ROLE_NEAR = regex.compile(rf"(?<![\w-])(?:{'|'.join(_LETTER_ROLES)}|referred to as|known as)(?![\w])",
                               regex.IGNORECASE)
    ENTITIES = (PERSON,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in self._TITLED.finditer(text):
            initials = m.group("initials")
            found.append(result(self, PERSON, m.start(), m.end(), self.SCORE, "titled letter",
                                letter=initials if len(initials) == 1 else None, title=m.group("title")))
        for m in self._ROLE.finditer(text) if self._ROLE_LETTER_ALONE.search(text) else ():
            end = m.end("letter") + (1 if self._ROLE_END.match(text, m.end("letter")) else 0)
            following = self._NEXT_WORD.match(text, end)
            if end > m.end("letter") and following and following.group(1) not in _SENTENCE_OPENERS:
                continue  # "friend J. Smith": an initial before a surname; "cousin, N. Both men" ends a sentence
            found.append(result(self, PERSON, m.start("letter"), end, self.SCORE, "letter after a role",
                                letter=m.group("letter")))
        for m in self._QUOTED.finditer(text):
            if self._ROLE_NEAR.search(text, max(0, m.start() - 40), m.start()):
                found.append(result(self, PERSON, m.start("letter"), m.end("letter"), self.SCORE, "quoted letter",
                                    letter=m.group("letter")))
        return found


def letter_stands_alone(text: str, start: int, end: int | None = None) -> bool:
    """Whether the capitals at ``text[start:end]`` (one letter by default) stand alone as a person's letter or
    initials: not a label ("Area A"), not a heading's number ("B. Proceedings" at the start of a paragraph), not
    part of a code ("A4", "B-road") or a time ("10 AM")."""
    end = start + 1 if end is None else end
    if (start and (text[start - 1].isalnum() or text[start - 1] in "-./§&'’")) or \
            (end < len(text) and (text[end].isalnum() or text[end] in "-/&")):
        return False
    if text[end:end + 1] == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return False  # "B.A", "J.Smith"
    before = nearby.before(text, start).rstrip()
    if not before.strip(" \t\n(“\"‘[") and start > nearby.NEAR:
        before = text[:start].rstrip()     # a long blank stretch before the letter: read back to what ends it
    if not before.strip(" \t(“\"‘["):
        return text[end:end + 1] != "."  # "B. Proceedings before the Court" is a heading
    if before.endswith("(") and text[end:end + 1] == ")":
        return False  # "(B)" is a list label
    previous = regex.search(r"(\S+)$", before)
    raw = previous.group(1) if previous else ""
    word = raw.strip("(“\"‘[,")
    ends_clause = raw.endswith((".", "!", "?", ":", ";", ","))  # "However, B. said"; "in May 1995. H. came"
    if word.lower() in _LETTER_LABELS or (word[:1].isdigit() and not ends_clause):
        return False  # "Area B", "Article 1 A"; after "in May 1995." or "On 4 June 1997," a name may follow
    # after a capitalised word only when that word is a title, an opener or ends a clause: "Annex B" stays
    if word[:1].isupper() and not ends_clause and word.rstrip(".") not in CIVIL_TITLES \
            and word not in _LETTER_OPENERS:
        return False
    follows = text[end:end + 3]
    return not regex.match(r"\s?[0-9]", follows)
