"""Taking finds back: the domain allow-list, the review's keep list, and obvious NER mistakes."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..lazy_patterns import lazy
from ..data.tables import stop_words
from ..dates import a_count_after, a_month_of_another_language_dated
from ..lexicon import (HONORIFICS, HONORIFICS_AFTER_A_NAME, HONORIFICS_JOINED_AFTER_A_NAME,
                       TEKNONYM_WORDS_BEFORE_A_NAME,
                       INSTITUTION_SHORT_KINDS, KIN_ADDRESS_WORDS, MONTH_ABBREVIATIONS, MONTHS,
                       WEEKDAYS, WELSH_WEEKDAY_FORMS, WELSH_WORDS)
from ..nearby import ending_at
from ..normalise import fold_key
from ..rules import Place, Rules
from ..variants import NAME_TITLES, likely_gender
from .kept_words import chain_spans, kept_by_policy, names_a_thing
from .recognizers.known_names import PARTICLES
from .recognizers.organisations import SURNAME_KINDS
from .phrases import PhraseAutomaton
from .spans import SpanIndex

# Finds that a keep or allow term never takes back: the review's protected dates and contact details.
ALWAYS_REPLACED = entities.PROTECTED_DATE_TYPES | entities.CONTACT_TYPES
NER_SOURCES = ("SpacyRecognizer",)
# Finds that a word kept by policy (a faith, a people, a platform, "the Coroner") takes back: guesses about a
# person, a place or a local business ("the Sikh temple"). A listed name, a name carried from elsewhere in the
# document and a person field are not guesses.
POLICY_TYPES = (entities.PERSON, entities.LOCATION, entities.LOCAL_BUSINESS)
NOT_GUESSES = ("rule", "propagation", "person-field")
# Any capital letter, not only A-Z: "İzmir", "Łukasz", "Ödön" and "Émile" are capitalised names too.
UK_NATIONS = ("England", "Wales", "Scotland", "Northern Ireland", "England and Wales", "United Kingdom", "UK",
              "Britain", "Great Britain", "the United Kingdom", "the UK")
_HAS_UPPER = regex.compile(r"\p{Lu}")
# A capitalised phrase after these words names an operation or a vessel, not a person or place.
NOT_A_NAME_AFTER = re.compile(r"(?:\b(?:Operation|Op\.?|Project|Exercise|Storm|HMS|RMS)\s+)$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
# what a person's pseudonym may be part of the name of
_PLACE_TYPES = frozenset({entities.LOCATION, entities.PLACE_ORGANIZATION, entities.ORGANIZATION,
                          entities.LOCAL_BUSINESS})
_TITLE_WORDS = frozenset(fold_key(w) for title in NAME_TITLES for w in title.split())
_HONORIFIC_WORDS = frozenset(fold_key(w) for w in HONORIFICS)


# The short, older and informal names that reports give countries and regions beside the table's official ones
# ("she lived in the US", "moved from the DRC", "family in the Caribbean"): as public as the official names.
COUNTRY_OTHER_NAMES = (
    "US", "USA", "U.S.", "U.S", "U.S.A.", "U.S.A", "America", "UAE", "U.A.E.", "DRC", "DR Congo", "Congo", "Czech Republic",
    "Burma", "St Kitts", "St Kitts and Nevis", "St Lucia", "St Vincent", "Republic of Ireland", "Eire",
    "ROI", "Trinidad", "Tobago", "Palestine", "Macedonia", "Swaziland", "Cape Verde", "Turkiye", "Türkiye", "KSA",
    "PRC", "Antigua", "Bosnia", "East Timor", "Vatican", "EU", "European Union", "Scandinavia", "Caribbean",
    "the Caribbean", "West Indies", "Middle East", "Balkans", "the Balkans", "Eastern Europe", "Western Europe",
    "Latin America", "South America", "North America", "Central America", "South Asia", "East Africa",
    "West Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa", "the Gulf", "Gulf", "Kurdistan",
)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    from ..data.tables import region_names

    names = {fold_key(name) for name in region_names("country")}
    names.update(fold_key(n) for n in UK_NATIONS)
    names.update(fold_key(n) for n in COUNTRY_OTHER_NAMES)
    names.update(fold_key(name) for name in region_names("continent"))
    return frozenset(names)


class DocumentFilters:
    """Applies a review's keep list and the allow-list to raw finds."""

    def __init__(self, rules: Rules):
        self.rules = rules
        # pseudonyms are kept too, so that redacting a redacted text changes nothing; with the forms a
        # replacement leaves around them: "the Doyles" -> "the Adams", "Mr Doyle, Margaret" -> "Mr Adam"
        pseudonyms: list[str] = []
        for entity in rules.listed():
            assert entity.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
            pseudonyms.append(entity.pseudonym)
        own_forms = [*pseudonyms, *(f"{p}s" for p in pseudonyms),
                     *(f"{title} {p}" for p in pseudonyms for title in NAME_TITLES)]
        self.keep = PhraseAutomaton((term, term) for term in [*rules.keep, *own_forms])
        # a person's pseudonym is often a saint's or a queen's name too: "St Mary's Catholic High School" in a draft
        # whose victim is "Mary" is a school's name, never our own text (``_a_place_named_like_a_pseudonym``)
        self._people_pseudonym_keys = {fold_key(form) for person in rules.people if person.pseudonym
                                       for form in (person.pseudonym, f"{person.pseudonym}s",
                                                    *(f"{title} {person.pseudonym}" for title in NAME_TITLES))}
        # a listed place is replaced inside a kept name too ("Wexham Police" kept, "Wexham" listed: "Town A
        # Police"): what keeps it from change is our own text alone, as verify reads it (``LeakFinder``)
        self._own = PhraseAutomaton((term, term) for term in own_forms)
        self._listed_places = {index for index, entity in enumerate(rules.listed()) if isinstance(entity, Place)}
        self.allow = PhraseAutomaton((term, term) for term in rules.allow)
        self._allow_keys = {fold_key(t) for t in rules.allow}
        self._keep_keys = {fold_key(t) for t in rules.keep} | {fold_key(p) for p in pseudonyms}
        # a contact the review keeps whole ("0808 2000 247", a national helpline): compared without spaces or
        # punctuation, so that "0808 2000 247" keeps "08082000247" too
        self._kept_contacts = {_contact_key(t) for t in rules.keep if _contact_key(t)}
        self._placeholder = _placeholder_pattern(rules)
        # the letters of a listed person's initials: a model's "MD" there may be that person, never dropped
        from ..initials import initials_of_name

        self._listed_initials = {letters for person in rules.people for name in (person.name, *person.aliases)
                                 for letters in initials_of_name(name)}
        # a listed person's family name words (every word after the given name): "Baba Otieno", "Abu Raja" before
        # one are a title or a relative's given name before the family, never a parent called by a child's name
        self._listed_family_words = {fold_key(word) for person in rules.people
                                     for word in person.name.split()[1:]}

    def keeps_contact(self, text: str) -> bool:
        """Is this contact one the review keeps (compared as a keep entry is, ``_contact_key``)?"""
        key = _contact_key(text)
        return bool(key) and key in self._kept_contacts

    def protected_spans(self, text: str, *, allow: bool = True, review_keep: bool = True) -> list[tuple[int, int]]:
        """Spans of kept terms (without ``review_keep``, our own pseudonyms only), our own placeholders, and (with
        ``allow``) allow-listed terms (capitalised)."""
        spans = [(m.start, m.end) for m in (self.keep if review_keep else self._own).find(text)]
        spans += [m.span() for m in self._placeholder.finditer(text)]  # our own "Person 2", "[phone]"
        if allow:
            spans += [(m.start, m.end) for m in self.allow.find(text) if text[m.start:m.end] == m.payload
                      or text[m.start:m.end].isupper() is False and text[m.start:m.end][:1].isupper()]
            if "Law" in text:
                spans += [m.span() for m in _LAW_NAMED_AFTER.finditer(text)]
        return spans

    def is_kept(self, text: str) -> bool:
        key = fold_key(text)
        return key in self._keep_keys or key in self._allow_keys

    def apply(self, findings: list[Finding], segments: list[Segment]) -> list[Finding]:
        by_segment: dict[tuple[int, bool, bool], SpanIndex[tuple[int, int]]] = {}
        out = []
        for finding in _places_apart(findings):
            if finding.entity_type in ALWAYS_REPLACED:
                if finding.entity_type in entities.CONTACT_TYPES and _contact_key(finding.text) in self._kept_contacts:
                    continue   # kept whole by the review's own keep list: a helpline, never by a part of it
                out.append(finding)
                continue
            if _only_a_day_and_month(finding):
                continue
            finding = _branch_of_a_chain(finding, segments[finding.segment].text)
            if finding is None:
                continue
            if finding.source in NER_SOURCES or finding.entity_type == entities.PERSON and finding.source != "rule":
                # the next field first: "SHANICE\tLanguage: Urdu" is the name and another field, not two lines
                finding = _before_the_next_field(finding, segments[finding.segment].text)
                if finding is None:
                    continue
                finding = _within_one_line(finding)
                if _only_titles(finding):
                    continue   # "Detective Inspector" on its own line: the name was on another, or there was none
            if finding.source in NER_SOURCES:
                finding = _initials_and_surname_as_a_person(finding)
                finding = _without_page_number(finding)
                finding = _without_possessive(finding)
                finding = _without_institution_kind(finding)
                if finding is None:
                    continue
                finding = _without_the_next_sentence(finding, segments[finding.segment].text)
                if finding is None:
                    continue   # "12 Mill St. Her son": "St. Her" is no saint, "Her" starts a sentence
            if finding.entity_type == entities.PERSON and finding.source not in NOT_GUESSES:
                finding = _a_saint_is_a_place(finding, segments[finding.segment].text)
            if finding.entity_type in _KIND_GUESS_TYPES and finding.source not in NOT_GUESSES \
                    and _only_a_kind_after_the(finding, segments[finding.segment].text):
                continue   # "she rang the Helpline", "staff at the Centre": the one the sentence means, by its kind
            if finding.entity_type in (entities.PERSON, entities.LOCATION) and finding.source not in NOT_GUESSES:
                if _contact_label(finding, segments[finding.segment].text):
                    continue   # "Tel: 999", "Helpline Tel 116 123": a contact line's label, not a name
                finding = _without_a_month_of_another_language(finding, segments[finding.segment].text)
                if finding is None:
                    continue   # "Seen Gorffennaf 17, 21", "Attended Temmuz 3": the month starts a date
                if month_in_a_date(finding, segments[finding.segment].text):
                    # "a letter of Jun 3", "the night of Jul. 8th": the name recogniser's "Jun" (a given name too)
                    # is the date's month, as the model's is (``_plausible_ner``); kept, it was a "Person 1" there
                    # and, carried through the document, at every "Jun"
                    continue
                if _a_hospital_ward(finding, segments[finding.segment].text):
                    continue   # "transferred to Rowan Ward", "staff on Kingfisher Ward": a ward, no one named Ward
                finding = _without_kin_word(finding, segments[finding.segment].text, self._listed_family_words)
                if finding is None:
                    continue   # "her Mam", "his Nain and Taid", "Hooyo said": the family's word for them, not a name
                finding = _without_welsh_words(finding, segments[finding.segment].text)
                if finding is None:
                    continue   # "Roedd hi'n hapus", "ar ddydd Iau aeth hi": Welsh words and days, not a name
                if _a_country_where_someone_is(finding, segments[finding.segment].text):
                    continue   # "Her sister in Poland called", "his father in Montserrat told": a country, kept
                if finding.entity_type == entities.PERSON:
                    if _an_institution_of_a_town(finding, segments[finding.segment].text):
                        continue   # "Salford Coll said", "Keele Sch": the place before it is read as a place
                    finding = _an_area_body_of_a_town(finding, segments[finding.segment].text)
                    if finding is None:
                        continue   # "Crown Ct" after a town read on its own: the kind of the body, no one
                    finding = _a_town_someone_is_from(finding, segments[finding.segment].text)
            if finding.entity_type in POLICY_TYPES and finding.source not in NOT_GUESSES:
                # "whom the lads called Dodge": the sentence says somebody was called so, a vehicle's word or not
                introduced = finding.source == "IntroducedNameRecognizer"
                finding = finding if introduced else _without_things(finding, segments[finding.segment].text)
                if finding is None or kept_by_policy(segments[finding.segment].text, finding.start, finding.end,
                                                     introduced=introduced):
                    continue
            if finding.source in NER_SOURCES:
                # the article first: "the Netherlands" is judged as "Netherlands"
                finding = _without_determiner(finding)
                finding = _a_town_before_a_kind(finding)
                finding = _a_town_before_a_department(finding, segments[finding.segment].text)
                if not self._plausible_ner(finding, segments[finding.segment].text):
                    continue
                finding = self.extend_given_names(finding, segments[finding.segment].text)
            if finding.source != "rule" and self._placeholder.fullmatch(finding.text.strip()):
                continue
            if finding.metadata.get("whole_value"):
                if not self.is_kept(finding.text):
                    out.append(finding)
                continue
            # the domain allow-list never overrides the review's own list; the review's keep list does. The
            # allow-list holds words that are not names ("Monday", "Christmas"): a date phrase keeps them, and so
            # does a record's number, whose prefix is often a service's acronym ("DV/22/019", "DVPO-22-0019")
            # An address's words are its street's name, whatever else they name: "7 Easter Terrace", "Advent Close"
            allow = finding.source != "rule" and finding.entity_type != entities.DATE_TIME \
                and finding.entity_type not in entities.ID_TYPES and finding.entity_type not in entities.ADDRESS_TYPES
            review_keep = not (finding.source == "rule" and finding.listed_index in self._listed_places)
            key = (finding.segment, allow, review_keep)
            spans = by_segment.get(key)
            if spans is None:
                spans = by_segment[key] = SpanIndex(
                    (a, b, (a, b)) for a, b in self.protected_spans(segments[finding.segment].text, allow=allow,
                                                                    review_keep=review_keep))
            if finding.entity_type in entities.ADDRESS_TYPES and self._ends_in_a_placeholder(finding, segments):
                continue   # "Royal Place 1 Infirmary" of a redacted copy: our "Place 1" read as a street's "Place"
            trimmed = _outside(finding, spans)
            if trimmed is not finding and finding.entity_type in _PLACE_TYPES and finding.source != "rule":
                trimmed = self._a_place_named_like_a_pseudonym(finding, spans) or trimmed
            if trimmed is not None and trimmed is not finding and trimmed.source in NER_SOURCES \
                    and not self._plausible_ner(trimmed, segments[finding.segment].text):
                continue
            if trimmed is not None and trimmed is not finding and _only_titles(trimmed):
                continue   # "Mrs Person 1" in a redacted copy: the title of our own placeholder is no name
            if trimmed is not None and trimmed is not finding and (not _holds_its_place(trimmed)
                                                                   or _names_only_a_kind(trimmed.text)):
                continue   # "Eastshire Police" with "Eastshire" kept: what is left ("Police") names no place
            if trimmed is not None and trimmed is not finding and trimmed.source not in NOT_GUESSES \
                    and kept_by_policy(segments[finding.segment].text, trimmed.start, trimmed.end):
                continue   # "Jewish Women's Aid" with "Women's Aid" kept: what is left is a faith, no place
            if trimmed is not None:
                out.append(trimmed)
        return out

    def _ends_in_a_placeholder(self, finding: Finding, segments: list[Segment]) -> bool:
        text = segments[finding.segment].text
        return any(finding.start < m.start() < finding.end < m.end()
                   for m in self._placeholder.finditer(text, finding.start, min(len(text), finding.end + 40)))

    def _a_place_named_like_a_pseudonym(self, finding: Finding, spans: SpanIndex[tuple[int, int]]) -> Finding | None:
        """The place whole when what cut it was only a person's pseudonym inside its name, with more of the name
        left ("St Anne's Church", "Victoria Park", "Queen Mary's Hospital" while "Anne", "Victoria", "Mary" are
        pseudonyms): cut around the pseudonym it read "Place 1 Anne'Place 2". A pseudonym with nothing else of a
        name beside it ("Mary", "Mary Place 1" in a redacted copy) is our own text, trimmed as before."""
        kept = spans.overlapping(finding.start, finding.end)
        pseudonyms = [(a, b) for a, b in kept if finding.start <= a and b <= finding.end
                      and fold_key(finding.text[a - finding.start:b - finding.start]) in self._people_pseudonym_keys]
        if not pseudonyms:
            return None
        whole = _outside(finding, SpanIndex.of(span for span in kept if span not in pseudonyms))
        inside = [(a, b) for a, b in pseudonyms if whole is not None and whole.start <= a and b <= whole.end]
        if whole is None or not inside:
            return None
        rest = whole.text
        for a, b in sorted(inside, reverse=True):
            rest = rest[:a - whole.start] + " " + rest[b - whole.start:]
        name_words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", rest)
                      if w[:1].isupper() and fold_key(w.rstrip(".")) not in _TITLE_WORDS]
        return whole if name_words else None

    @staticmethod
    def extend_given_names(finding: Finding, segment_text: str) -> Finding:
        """'Dawn Elizabeth Fletcher' where the model saw only 'Elizabeth Fletcher': take in the capitalised
        first names just before a person's name (known given names only, by Faker's given-name lists)."""
        if finding.entity_type != entities.PERSON or finding.source not in NER_SOURCES:
            return finding
        start = finding.start
        while True:
            match = ending_at(_WORD_BEFORE, segment_text, start)
            if not match or not match.group(1)[:1].isupper() or fold_key(match.group(1)) in _TITLE_WORDS \
                    or match.group(1).isupper() or match.group(1).lower() in stop_words() \
                    or likely_gender(match.group(1)) is None:
                break
            start = match.start(1)
        if start == finding.start:
            return finding
        return Finding(start, finding.end, segment_text[start:finding.end], finding.entity_type, finding.score,
                       finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))

    def _plausible_ner(self, finding: Finding, segment_text: str) -> bool:
        text = finding.text.strip(" .,;:'’\"“”()")
        if finding.entity_type == entities.PERSON and _ROLE_ONLY.fullmatch(text):
            from ..name_or_word import is_ordinary_word

            if all(is_ordinary_word(w) for w in re.findall(r"[^\W\d_]+", text)):
                return False   # "Housing Officer", "Senior Support Worker": a job, on a signature's role line
        if finding.entity_type in (entities.PERSON, entities.LOCATION) and month_in_a_date(finding, segment_text):
            return False
        if finding.entity_type in (entities.PERSON, entities.LOCATION):
            if not text[:1].isupper() or any(ch.isdigit() for ch in text) or sum(map(str.isalpha, text)) < 2:
                return False
            if NOT_A_NAME_AFTER.search(segment_text[max(0, finding.start - 12):finding.start]):
                return False
            if not [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if fold_key(w) not in _TITLE_WORDS
                    and fold_key(w) not in _HONORIFIC_WORDS]:
                return False    # "Mr", "Frau" (before a name the model read apart): a title names nobody
            if _numbered_part(text, segment_text[max(0, finding.start - 20):finding.start],
                              segment_text[finding.end:finding.end + 12]):
                return False
            if _report_acronym(text) and _undotted(re.sub(r"['’]s$", "", text)) not in self._listed_initials:
                return False    # "the LA was notified", "the MD of the company": the model's Louisiana, Maryland
        if finding.entity_type == entities.PERSON and _a_verb_opening_an_instruction(finding, segment_text):
            return False
        if finding.entity_type in (entities.PERSON, entities.LOCATION) \
                and _ordinary_words_of_another_field(finding, segment_text):
            return False
        if finding.entity_type == entities.LOCATION and _a_department_and_its_kind(text, segment_text, finding.end):
            return False
        if finding.entity_type == entities.PERSON and _inside_a_capitalised_name(segment_text, finding.start) \
                and _a_department_and_its_kind(text, segment_text, finding.end):
            return False    # "Walk-in" of Llanelli Walk-in Centre: between a town and the kind, no one
        if finding.entity_type in (entities.PERSON, entities.LOCATION) \
                and _the_kind_of_a_named_institution(text, segment_text, finding.start):
            return False
        return bool(text)


# what opens an instruction or a note: a sentence's or a line's start, a list's marker, a label ("Recommendation
# 3:", "(b)", "- ")
_INSTRUCTION_OPENS = re.compile(r"(?:\A|[.!?:;\n\t|•][^\S\n]*|(?:^|\n)[^\S\n]*[-*][^\S\n]+"
                                r"|(?:^|\n|[^\S\n])\(?[a-z0-9]{1,3}[.)][^\S\n]+)\Z")
# after a verb that opens an instruction, what a name is never followed by: a determiner or an object's pronoun
# ("Mark the date", "Bill the agency", "Mark all of her records", "Chase up the GP", "Mark her file"), or "and"
# with a second verb ("Sue and recover the costs")
# (spaces only: a tab ends a table's cell, "Mark\tthe victim's brother")
_AN_OBJECT_AFTER = re.compile(r" +(?:(?:the|a|an|all|every|each|any|this|these|those|her|his|their|its|up)"
                              r"(?![\w'’-])| *and +(?P<verb>[a-z]+)\b)")


def _a_verb_opening_an_instruction(finding: Finding, segment_text: str) -> bool:
    """The model's one-word person that is an English verb opening an instruction before its object: "Mark the
    date of the appointment", "Bill the agency", "Sue and recover the costs" (a name there has a verb after it:
    "Mark said", "Mark and Hodan")."""
    from ..name_or_word import _verbs

    word = finding.text.strip()
    if not word.isalpha() or not word.istitle() or word.lower() not in _verbs():
        return False
    if not _INSTRUCTION_OPENS.search(segment_text, max(0, finding.start - 24), finding.start):
        return False
    after = _AN_OBJECT_AFTER.match(segment_text, finding.end)
    return after is not None and (after.group("verb") is None or after.group("verb") in _verbs())


_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:her|his|my|their|our|your)|['’]s?)\s+$", re.IGNORECASE)

# The words a contact line opens with ("Tel: 0808 2000 247", "Helpline Tel 116 123", "Mob: ...", "Fax ...", "Email:").
# "Tel" is a given name, and a capitalised word before one is somebody's to the name tables: the model and the
# known-names reader took such labels for people ("Person 1: 999"). At least one word is a contact's own.
_CONTACT_WORDS = frozenset({"tel", "telephone", "phone", "mob", "mobile", "fax", "email", "e-mail", "web", "website",
                            "helpline", "freephone", "landline", "switchboard", "whatsapp", "sms", "textphone",
                            "minicom", "text", "txt"})
_CONTACT_LABEL_WORDS = _CONTACT_WORDS | frozenset({"office", "home", "work", "direct", "line", "main", "contact",
                                                   "enquiries", "number", "no", "out", "of", "hours", "national",
                                                   "local", "24-hour", "and"})
# what follows a label: a colon or a full stop, or the number, address or link itself
_AFTER_A_LABEL = re.compile(r"[^\S\n]*(?:[:.–-]|[^\S\n]*(?:[+(0-9]|www\.|https?:|[\w.-]+@))")


# The kinds of institution and service a report names by their kind alone once it has named them ("the Refuge", "the
# Helpline", "the Centre", "the Trust", "the Mosque"). Not a street's kinds: "the Meadows", "the Grange" are names.
_KIND_GUESS_TYPES = (entities.PERSON, entities.LOCATION, entities.ORGANIZATION, entities.LOCAL_BUSINESS)
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$", re.IGNORECASE)
_THE_FIRST = re.compile(r"the\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _kinds_named_alone() -> frozenset[str]:
    from ..place_short_forms import AREA_BODY_WORDS, KIND_WORDS, SERVICE_WORDS
    from .recognizers.addresses import STREET_TYPES

    services = {"helpline", "library", "service", "services", "team", "unit", "ward", "clinic", "station", "court",
                "prison", "panel", "partnership", "agency", "charity", "network", "forum", "shelter", "hostel",
                "centre", "center", "project", "hub", "cathedral", "synagogue", "mandir", "chapel", "mosque",
                "church", "temple", "gurdwara", "academy", "college", "university", "school", "hospital", "hospice",
                "practice", "surgery", "trust", "board", "council", "refuge", "foodbank"}
    return frozenset(AREA_BODY_WORDS | KIND_WORDS | SERVICE_WORDS | services) - {fold_key(t) for t in STREET_TYPES}


def _only_a_kind_after_the(finding: Finding, segment_text: str) -> bool:
    """A guess that is one kind of institution or service after "the" ("rang the Helpline", "the Library said"):
    the one the sentence means, named by its kind, never a person or a place (the model and the gazetteer read
    the capital: "the Library" was "the Person 1", "the Church" the Lancashire village)."""
    text = finding.text.strip(" .,;:'’\"“”()")
    the = _THE_FIRST.match(text)
    if the:
        text = text[the.end():]
    elif not ending_at(_THE_BEFORE, segment_text, finding.start, 8) \
            and not _the_and_ordinary_words_before(segment_text, finding.start):
        return False
    return bool(text) and not any(c.isspace() for c in text) and fold_key(text) in _kinds_named_alone()


# "the Walk-in Centre", "the Minor Injuries Unit": a kind after "the" and words that name no one
_THE_AND_WORDS_BEFORE = re.compile(r"(?<![\w'’-])the((?:[^\S\n]+[^\W\d_][\w'’-]*){1,3})[^\S\n]+$", re.IGNORECASE)


def _the_and_ordinary_words_before(segment_text: str, start: int) -> bool:
    from ..name_or_word import is_ordinary_word

    found = ending_at(_THE_AND_WORDS_BEFORE, segment_text, start, 60)
    return found is not None and all(is_ordinary_word(part) for word in found.group(1).split()
                                     for part in word.split("-") if part)


_NEXT_WORD = lazy(re.compile, r"[^\S\n]+([^\W\d_][\w'’-]*)")


def _a_department_and_its_kind(text: str, segment_text: str, end: int) -> bool:
    """The model's place that is what a service treats or does with its kind, or before it ("Cosmetic Hub",
    "Emergency Centre", "Cardiac" of Cardiac Refuge): dictionary words that name no town, as the organisations'
    recogniser reads "Day Surgery" (``recognizers.organisations.names_a_field_of_work``)."""
    from .recognizers.organisations import names_a_field_of_work

    words = [word for word in text.split() if word[:1].isalpha()]    # not a table's "|" the model took in
    kinds = _kinds_named_alone()
    after = _NEXT_WORD.match(segment_text, end)
    if words and fold_key(words[-1]) in kinds:
        words = words[:-1]
    elif not (after and after.group(1)[:1].isupper() and fold_key(after.group(1)) in kinds):
        return False    # the kind of the name, capitalised with it ("Nicholas House hostel" is no "House Hostel")
    return bool(words) and names_a_field_of_work(words, " ".join(words))


# (spaces only: a tab ends a table's cell)
_WORD_IN_THE_CELL_BEFORE = lazy(re.compile, r"([^\W\d_][\w'’-]*)[^\S\t\n]+$")


def _a_town_before_a_department(finding: Finding, segment_text: str) -> Finding:
    """The model's place that runs on from a town into the words of its service before the service's kind
    ("Slough Walk-in" of Slough Walk-in Centre, "Leeds Sexual Health" of Leeds Sexual Health Clinic): the town,
    a place even where the model read a person ("Llanelli Walk-in")."""
    if finding.entity_type not in (entities.LOCATION, entities.PERSON):
        return finding
    from .recognizers.places import is_known_place

    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", finding.text)]
    for cut in range(min(3, len(words) - 1), 0, -1):
        town = finding.text[:words[cut - 1][1]]
        rest = finding.text[words[cut][0]:]
        if is_known_place(town) and _a_department_and_its_kind(rest, segment_text, finding.end):
            return Finding(finding.start, finding.start + len(town), town, entities.LOCATION, finding.score,
                           finding.source, finding.segment, finding.location, finding.listed_index,
                           dict(finding.metadata))
    return finding


def _inside_a_capitalised_name(segment_text: str, start: int) -> bool:
    before = ending_at(_WORD_IN_THE_CELL_BEFORE, segment_text, start, 40)
    return before is not None and before.group(1)[:1].isupper()


def _the_kind_of_a_named_institution(text: str, segment_text: str, start: int) -> bool:
    """The model's person or place that is the kind at the end of an institution's name ("Royal Infirmary" of
    Slough Royal Infirmary, "Centre" of Dewsbury Walk-in Centre): a kind names nobody and nowhere; the name's
    place before it is found on its own (a listed town's pseudonym then read "Town E Person 1")."""
    if not _inside_a_capitalised_name(segment_text, start):
        return False
    before = ending_at(_WORD_IN_THE_CELL_BEFORE, segment_text, start, 40)
    return _names_only_a_kind(text) or before is not None and _names_only_a_kind(f"{before.group(1)} {text}")


def _contact_label(finding: Finding, segment_text: str) -> bool:
    words = [fold_key(w) for w in re.findall(r"[^\W\d_][\w-]*", finding.text)]
    return bool(words) and all(w in _CONTACT_LABEL_WORDS for w in words) \
        and any(w in _CONTACT_WORDS for w in words) and _AFTER_A_LABEL.match(segment_text, finding.end) is not None


_KIN_AFTER_OWNER = re.compile(r"(?<=\w)['’]s?\s+([^\W\d_][\w'’-]*)$")


def _without_kin_word(finding: Finding, segment_text: str,
                      listed_family_words: frozenset[str] | set[str] = frozenset()) -> Finding | None:
    """None for a guess that is only a kin word; "Hodan" for "Hodan's Hooyo" (the model's one span of an owner and
    her mother), so that the owner is judged alone."""
    text = finding.text.rstrip(" .,;:\"“”()")
    if finding.metadata.get("nickname"):
        return finding   # "her pet name was Didi", "went by 'Nne'": the draft says the word is her name
    teknonym = _TEKNONYM_WORD_BEFORE_A_NAME.match(text)
    if teknonym and fold_key(teknonym["word"]) in TEKNONYM_WORDS_BEFORE_A_NAME \
            and not _a_listed_family_word_after(text, segment_text, finding.end, teknonym, listed_family_words):
        # "Umm Layla", "Baba Tobi", "Iya Tobi": a parent called by the child's name; the child's name is judged alone
        # and the word stays before its replacement ("Umm Noor"). Read as one name, the listed child's name went
        # into an unknown "Person 1", or the word alone became one (or a place) beside the child's pseudonym
        if teknonym.end() == len(text):
            if _CAPITALISED_WORD_AFTER.match(segment_text, finding.end):
                return None
        elif finding.entity_type == entities.PERSON or finding.entity_type == entities.LOCATION \
                and all(likely_gender(word) for word in text[teknonym.end():].split()):
            # (a place only before a given name: "Um Folake" is no town, "Abu Dhabi" is one)
            start = finding.start + teknonym.end()
            finding = Finding(start, finding.end, segment_text[start:finding.end], finding.entity_type,
                              finding.score, finding.source, finding.segment, finding.location,
                              finding.listed_index, dict(finding.metadata))
            text = finding.text.rstrip(" .,;:\"“”()")
    if _kin_address(text.lstrip(" \"“”("), segment_text[:finding.start], segment_text[finding.end:finding.end + 12]):
        return None
    if fold_key(re.sub(r"['’]s?$", "", text)) in HONORIFICS_AFTER_A_NAME \
            and _NAME_WORD_BEFORE.search(segment_text, max(0, finding.start - 40), finding.start):
        return None   # "Khanom" of "Maryam Khanom", "Sensei" of "Yuki Sensei", read alone: a word of respect
    owner = _KIN_AFTER_OWNER.search(text)
    if owner and fold_key(owner.group(1)) in KIN_ADDRESS_WORDS and finding.entity_type == entities.PERSON:
        end = finding.start + owner.start()
        return Finding(finding.start, end, segment_text[finding.start:end], finding.entity_type, finding.score,
                       finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))
    honorific = _HONORIFIC_AFTER_A_NAME.search(text)
    if honorific and _an_honorific_after_a_name(honorific):
        # "Rokeya Apa", "Nasima Bhabhi", "Yuki-san": the name is judged alone and the word of respect stays after its
        # replacement; read as one name (or a place: "Maryam Khanom"), a listed "Rokeya" became an unknown "Person 1"
        end = finding.start + honorific.start()
        return Finding(finding.start, end, segment_text[finding.start:end], finding.entity_type, finding.score,
                       finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))
    return finding


def _a_listed_family_word_after(text: str, segment_text: str, end: int, teknonym: re.Match,
                                listed_family_words: frozenset[str] | set[str]) -> bool:
    rest = text[teknonym.end():] if teknonym.end() < len(text) else \
        (_NAME_WORD_AFTER.match(segment_text, end) or teknonym).group(0)
    return any(fold_key(re.sub(r"['’]s?$", "", word)) in listed_family_words for word in rest.split())


_NAME_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_][\w'’-]*")
_TEKNONYM_WORD_BEFORE_A_NAME = re.compile(r"(?P<word>[^\W\d_]+)(?:[ \t]+(?=[^\W\d_a-z])|$)")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_a-z]")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*[ \t]+$")   # a capitalised word: "Maryam "
# a name's last word of respect or kinship, set apart or joined by a hyphen, a possessive after it perhaps
_HONORIFIC_AFTER_A_NAME = re.compile(r"(?<=[^\W\d_])(?P<gap>[ \t]+|[-‐])(?P<word>[^\W\d_]+)(?:['’]s?)?$")


def _an_honorific_after_a_name(honorific: re.Match) -> bool:
    key = fold_key(honorific["word"])
    if key in HONORIFICS_AFTER_A_NAME:
        return True
    return key in HONORIFICS_JOINED_AFTER_A_NAME and (honorific["gap"] in "-‐" or honorific["word"].islower())


def _a_hospital_ward(finding: Finding, segment_text: str) -> bool:
    """Is a guessed name a hospital ward's ("Rowan Ward", "Nightingale Ward", or "Beech" before " Ward"), where the
    sentence moves a patient to or from it, or puts staff, a patient or a stay on it? Wards are named after trees,
    birds, nurses and saints, so the model reads many as people called Ward. A word of the ward that is a given
    name ("Holly", "Florence") needs a cue that only a place takes ("transferred to", "nurses on", "nights on"):
    after a bare "on" it may be a person ("relied on Holly Ward")."""
    if finding.metadata.get("holds_listed_name") or finding.listed_index is not None:
        return False
    text = finding.text.strip()
    words = text.split()
    if words and words[-1] == "Ward":
        words = words[:-1]
    elif not _WARD_AFTER.match(segment_text, finding.end):
        return False
    if not words or len(words) > 2 or not all(_CAPITALISED_WORD.fullmatch(word) for word in words):
        return False
    if ending_at(_A_PLACE_ON_A_WARD_BEFORE, segment_text, finding.start, 40):
        return True
    return ending_at(_ON_BEFORE, segment_text, finding.start, 12) is not None \
        and all(likely_gender(word) is None for word in words)


_WARD_AFTER = re.compile(r"[ \t]+Ward(?![\w'’-])")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*")
# what moves a patient to or from a ward, or is on one: only a place follows these
_A_PLACE_ON_A_WARD_BEFORE = re.compile(
    r"(?:\b(?:admitted|readmitted|transferred|moved|taken|returned|brought|sent|discharged|stepped\s+down|"
    r"stepped\s+up|transfer|admission|readmission|discharge|return|move)(?:\s+back)?\s+(?:to|from|into|onto|on)|"
    r"\b(?:nurses?|staff|sister|matron|patients?|inpatients?|beds?|bay|doctors?|consultants?|team|manager|"
    r"nights?|days?|weeks?|hours?|stay|time|spent\s+\w+)\s+(?:on|at|of|from)|\bthe)\s+$", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\b(?:on|onto)\s+$", re.IGNORECASE)


def _kin_address(text: str, before: str, after: str = "") -> bool:
    """Every word a kin word ("Mam", "Nain and Taid"); one that is also a given name ("Nana", "Mama" in some
    countries' lists, "Bibi") only after a possessive ("her Nana") or before a word of respect ("Bibi ji", "Madar
    jan": a kin word so honoured is the family's word, as "Amrit ji" is a name), since "Nana Asante" or "Nana said"
    may be a name."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"['’]s?$", "", text)) if w.lower() != "and"]
    honoured = bool(_WORD_OF_RESPECT_AFTER.match(after))
    while len(words) > 1 and fold_key(words[-1]) in _WORDS_OF_RESPECT_AFTER:
        words.pop()
        honoured = True
    if not words or not all(fold_key(w) in KIN_ADDRESS_WORDS for w in words):
        return False
    return honoured or bool(_POSSESSIVE_BEFORE.search(before[-30:])) or all(likely_gender(w) is None for w in words)


_WORDS_OF_RESPECT_AFTER = HONORIFICS_AFTER_A_NAME | HONORIFICS_JOINED_AFTER_A_NAME
_WORD_OF_RESPECT_AFTER = re.compile(
    rf"[ \t]*[-‐ ][ \t]*(?:{'|'.join(sorted(_WORDS_OF_RESPECT_AFTER, key=len, reverse=True))})(?![^\W\d_])",
    re.IGNORECASE)


# a report's numbered parts: "Appendix XIV", "Annex XL", "Chapter XII" (the model reads the numeral as a name)
_PART_LABELS = frozenset({"annex", "appendix", "part", "schedule", "section", "chapter", "article", "volume",
                          "book", "paragraph", "clause", "recommendation", "finding", "table", "figure", "room",
                          "annexe", "option", "stage", "phase", "tier", "category", "item"})
_ROMAN_NUMERAL = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_WORD_BEFORE_PART = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER_PART = re.compile(r"\s+(\w+)")


# a word that places someone in a country ("her sister in Poland", "family back in Ireland", "living outside
# Jordan"); not "from" or "to", before which a country's name is a person's as often ("a text from Jordan")
_IN_A_COUNTRY_BEFORE = re.compile(r"(?<![\w])(?:in|near|outside|across|throughout|within)\s+(?:the\s+)?",
                                  re.IGNORECASE)
_WORD_END = re.compile(r"[\w'’.-](?=[^\w'’.-]|$)")


def _a_country_where_someone_is(finding: Finding, segment_text: str) -> bool:
    """A guessed person that is a country's name, or a part of one, right after "in" ("Her sister in Poland
    called the police", "his father in Bosnia and Herzegovina rang"): the verb of speech after it made a surname
    of the lists ("Poland", "Ireland") or the model's guess a person; the place the sentence gives is where the
    speaker is, and a country is kept."""
    if finding.entity_type != entities.PERSON:
        return False
    for cue in _IN_A_COUNTRY_BEFORE.finditer(segment_text, max(0, finding.start - 40), finding.start + 1):
        if cue.end() > finding.start or _CLAUSE_BREAK.search(segment_text, cue.end(), finding.start):
            continue
        # the country's name runs from the cue through the finding, perhaps a few words on ("Saint Vincent and
        # the Grenadines" of a finding "Saint Vincent")
        for end in [finding.end] + [m.end() for m in _WORD_END.finditer(segment_text, finding.end,
                                                                         min(len(segment_text), finding.end + 40))]:
            if _is_country_name(segment_text[cue.end():end]):
                return True
    return False


_FROM_A_TOWN_BEFORE = re.compile(r"(?<![\w])(?:from|in|near|outside)\s+$", re.IGNORECASE)


def _a_town_someone_is_from(finding: Finding, segment_text: str) -> Finding:
    """A guessed person that is one of the world's towns, right after "from" or "in" ("A friend from Khulna said
    she had changed", "a care worker from Kraków who lived nearby"): the verb after it made the model's guess a
    person; it is the town, replaced as a place is. A word of the name lists or of English that is a town too ("a
    letter from Florence", "who answered to Tank") stays a person, whose other mentions the document then finds."""
    if ending_at(_FROM_A_TOWN_BEFORE, segment_text, finding.start, 16) is None:
        return finding
    from .recognizers.known_names import PROPER, UNKNOWN, _places, name_key, word_kind

    text = finding.text.strip()
    if name_key(text) not in _places() or likely_gender(text.split()[0]) is not None \
            or any(word_kind(word) not in (UNKNOWN, PROPER) for word in text.split()):
        return finding
    return Finding(finding.start, finding.end, finding.text, entities.LOCATION, finding.score, finding.source,
                   finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


_LAST_WORD = regex.compile(r"(?:(?P<before>.+?)[ \t]+)?(?P<last>\p{L}+)\.?$")
_CAPITALISED_BEFORE = regex.compile(r"(?P<before>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]+$")


def _an_institution_of_a_town(finding: Finding, segment_text: str) -> bool:
    """Is a guessed person a town's university, school or hospital as records shorten them ("Bolton Uni",
    "Keele Sch", "Dundee Hosp"), or that word alone after the town ("Acad" of "Ashbourne Vale Acad")? The name
    lists hold "Uni", "Coll" and "Hosp" as people's names. A given name before the word keeps it a person unless
    the words before it are a known town ("Aston Uni"), and always before "Coll", a surname too ("Mary Coll")."""
    match = _LAST_WORD.match(finding.text.strip())
    if not match or match.group("last") not in INSTITUTION_SHORT_KINDS:
        return False
    before = match.group("before")
    if before is None:
        town = ending_at(_CAPITALISED_BEFORE, segment_text, finding.start, 60)
        if town is None:
            return False   # "Uni said" with no town's name before it: judged as any other name
        before = town.group("before")
    from .recognizers.known_names import _places, name_key

    if likely_gender(before.split()[0]) is None:
        return True
    # "Aston Uni", "Chelsea Poly": a given name that is a town too; but "Coll" is a surname as well ("Mary Coll")
    return match.group("last") not in SURNAME_KINDS and name_key(before) in _places()


def _an_area_body_of_a_town(finding: Finding, segment_text: str) -> Finding | None:
    """A guessed person that is a council, health body, police force or court as drafts shorten them after the
    town ("Dudley ICB", "Llanelli Crown Ct", "Saltmere MBC") is the town, a place, with the kind left as written
    ("Place 1 ICB"); the kind alone after a town read on its own ("Crown Ct" of a listed "Saltmere Crown Ct") is
    nobody (None). A given name before the kind keeps it a person unless the words before it are a known town
    ("Dudley ICB"); a kind that is a name too ("Mags") is a person alone."""
    from ..place_short_forms import AREA_BODY_AFTER, AREA_BODY_KINDS
    from .recognizers.known_names import _places, name_key

    words = finding.text.strip().split()
    for cut in range(len(words)):
        if fold_key(" ".join(words[cut:])) in AREA_BODY_KINDS:
            break
    else:
        # "Dudley" read alone before "ICB": a town, though a given name too, when it is a known one
        if AREA_BODY_AFTER.match(segment_text, finding.end) and name_key(finding.text.strip()) in _places():
            return Finding(finding.start, finding.end, finding.text, entities.LOCATION, finding.score,
                           finding.source, finding.segment, finding.location, finding.listed_index,
                           dict(finding.metadata))
        return finding
    if cut == 0:
        if finding.source == "IntroducedNameRecognizer":
            return finding   # "Everyone called her Mags", "her pet name was Mags": the draft says it is her name
        return None if all(likely_gender(word.rstrip(".")) is None for word in words) else finding

    before = " ".join(words[:cut])
    if not (likely_gender(words[0]) is None and fold_key(words[0]) not in _TITLE_WORDS
            or name_key(before) in _places()):
        return finding
    start = finding.start + len(finding.text) - len(finding.text.lstrip())
    end = start + len(before)
    if finding.text[start - finding.start:end - finding.start] != before:
        return finding    # words joined by more than one space: left as the model read them
    return Finding(start, end, before, entities.LOCATION, finding.score, finding.source, finding.segment,
                   finding.location, finding.listed_index, dict(finding.metadata))


_CLAUSE_BREAK = re.compile(r"[,;:()\n]|[.!?]\s")


def _is_country_name(text: str) -> bool:
    return fold_key(re.sub(r"^(?:the|The)\s+", "", text.strip(" .,;:'’\"“”()"))) in country_names()


def _report_acronym(text: str) -> bool:
    """Capitals a report writes for a service, a role or a thing (``redact/data/acronyms.txt``: "LA", the local
    authority; "MD"; "ED"), alone or with "'s". A listed person's initials are the rules' to find, not the model's."""
    from ..initials import report_acronyms

    word = _undotted(re.sub(r"['’]s$", "", text))
    return word in report_acronyms() and sum(map(str.isupper, word)) >= 2     # "GPs", "PhD", "MoJ" too


def _undotted(word: str) -> str:
    """The capitals of an initialism written with full stops ("D.O.B", "N.H.S.", "G.P" -> "DOB", "NHS", "GP"),
    which the model reads as a place or an organisation as often as the capitals alone."""
    return word.replace(".", "") if _DOTTED_CAPITALS.fullmatch(word) else word


_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){1,5}[A-Z]\.?")


def _numbered_part(text: str, before: str, after: str) -> bool:
    """A find that is a Roman numeral after a part's label, in the find ("Annex XL") or just before it, or the
    label alone before its number ("wrote Annex LX", "Appendix 2"); or a part's letter and then its title in
    ordinary words ("Appendix C: Support services", the model's "C: Support")."""
    words = text.split()
    if len(words) == 1 and words[0].lower() in _PART_LABELS:
        number = _WORD_AFTER_PART.match(after)
        return number is not None and (number.group(1).isdigit() or bool(_ROMAN_NUMERAL.fullmatch(number.group(1))))
    if words and words[0].lower() in _PART_LABELS:
        words = words[1:]
    else:
        label = _WORD_BEFORE_PART.search(before)
        if label is None or label.group(1).lower() not in _PART_LABELS:
            return False
    if not words:
        return False
    if all(_ROMAN_NUMERAL.fullmatch(word.rstrip(".:,;")) for word in words):
        return True
    first = words[0].rstrip(".:,;–-")
    if not (len(first) == 1 and first.isupper() or _ROMAN_NUMERAL.fullmatch(first) or first.isdigit()):
        return False
    from ..name_or_word import is_ordinary_word

    title = re.findall(r"[^\W\d_]+", " ".join(words[1:]))
    return all(is_ordinary_word(word.lower()) for word in title)



# Breaks that no name crosses: the model sometimes runs a name into the next line or table column
# ("Susan Quinn\nSent: ..." in an e-mail header).
_LINE_BREAKS = re.compile(r"[\n\r\t\v\f\u2028\u2029]+")


def _within_one_line(finding: Finding) -> Finding:
    """The model's span cut at a line break or tab: the piece with the most letters (the first among equals), a
    piece of ordinary words only where every piece is one."""
    if not _LINE_BREAKS.search(finding.text.strip()):
        return finding
    pieces, position = [], 0
    for brk in _LINE_BREAKS.finditer(finding.text):
        pieces.append((position, brk.start()))
        position = brk.end()
    pieces.append((position, len(finding.text)))
    # a piece of ordinary words ("Housing Officer" on the line under a name) is the next line's role, not the name
    from ..data.tables import english_words
    from ..name_or_word import is_ordinary_word
    from .kept_words import a_persons_name

    def ordinary(piece: tuple[int, int]) -> bool:
        # its words before any comma: "Housing Officer, Sedgemere Homes" is a role line, whatever the employer;
        # a lone English word that is nobody's name too ("Arrested" in a log row's next cell: "WARSAME, Abdi\t
        # Police\tArrested at the address" gave "Person 1 at the address")
        words = re.findall(r"[^\W\d_]+", finding.text[piece[0]:piece[1]].split(",")[0])
        if len(words) == 1 and fold_key(words[0]) in english_words() and not a_persons_name(words[0]):
            return True
        return bool(words) and all(is_ordinary_word(w) for w in words)

    start, end = max(pieces, key=lambda p: (not ordinary(p), sum(map(str.isalpha, finding.text[p[0]:p[1]])), -p[0]))
    return Finding(finding.start + start, finding.start + end, finding.text[start:end], finding.entity_type,
                   finding.score, finding.source, finding.segment, finding.location, finding.listed_index,
                   dict(finding.metadata))


# a record's next field inside a find: its label's words and colon after a space or a column's gap ("Ewa  Last
# Name: Sandhu", "MENSAH\tDOB: 01/02/1985", "Ama Date of Birth: ...")
_LABEL_GAP = lazy(regex.compile, r"\t|[ \u00a0]+|[ \t]*[\n|;,][ \t]*")
_LABEL_AHEAD = lazy(regex.compile, r"(?P<label>[\p{L}][\p{L}.'’-]*(?:[ ][\p{L}][\p{L}.'’-]*){0,2})"
                                   r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:")


def _before_the_next_field(finding: Finding, segment_text: str) -> Finding | None:
    """The find cut before the next field of a record it runs into (the model read "First Name: Ewa  Last Name:
    Sandhu" as "Ewa  Last", and the label lost its word), None where it is a field's label ("Interpreter: Yes"). A
    label's words are ordinary words or short capitals ("Date of Birth", "DOB", "Last Name"): "Hodan  Warsame
    said:" keeps its surname."""
    if ":" not in segment_text[finding.end:finding.end + 40] and ":" not in finding.text:
        return finding
    if _FIELD_START.search(segment_text, max(0, finding.start - 8), finding.start) \
            and _LABEL_AHEAD.fullmatch(segment_text, finding.start, _colon_after(segment_text, finding.end)) \
            and _a_fields_label(finding.text):
        return None   # "Interpreter: Yes", "Alias: Nowak": a field's label, where a field begins
    for gap in _LABEL_GAP.finditer(finding.text):
        label = _LABEL_AHEAD.match(segment_text, finding.start + gap.end())
        if gap.start() > 0 and label and _a_fields_label(label.group("label")):
            cut = gap.start()
            return Finding(finding.start, finding.start + cut, finding.text[:cut], finding.entity_type,
                           finding.score, finding.source, finding.segment, finding.location, finding.listed_index,
                           dict(finding.metadata))
    return finding


_FIELD_START = lazy(regex.compile, r"(?:^|[\n\t|;]|[ ]{2})[ \t]*$")
_COLON_AFTER = lazy(regex.compile, r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:")


def _colon_after(text: str, end: int) -> int:
    colon = _COLON_AFTER.match(text, end)
    return colon.end() if colon else end


# a record's field's label and colon just before a find ("| Marker: ", "\tOccupation: ", "M Relationship to victim: ")
_FIELD_LABEL_BEFORE = lazy(regex.compile,
                           r"(?:^|[\n\t|;]|[ ])[ \t]*(?P<label>[\p{L}][\p{L}.'’ -]{0,30}?)[ \t]*:[ \t]*$"
                           r"|(?:^|\n)[ \t]*\|[ \t]*(?P<label>[\p{L}][\p{L}.'’ -]{0,30}?)[ \t]*\|[ \t]*$")
# the labels whose value is a place, ordinary words or not ("Location: Market Square", "| Address | ... |")
_PLACE_LABEL_WORDS = frozenset("address location place town city area street road venue site home school born birth "
                               "where postcode village county country district estate premises".split())


def _ordinary_words_of_another_field(finding: Finding, segment_text: str) -> bool:
    """The model's person or place made of English words that no name list holds, the value of a field that is not
    a person's name nor a place ("Marker: Vulnerable Adult", "| Relationship to victim | Neighbour |"); "Name: Grace
    Hope" is a name (and "Grace" a name part, no such word), "Location: Market Square" a place."""
    from .recognizers.known_names import WORD, word_kind

    label = _FIELD_LABEL_BEFORE.search(segment_text, max(0, finding.start - 40), finding.start)
    if label is None or names_a_thing(label.group("label")) \
            or label.group("label").split()[-1].lower() in ("name", "names", "alias", "aka") \
            or any(w.lower() in _PLACE_LABEL_WORDS for w in label.group("label").split()):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", finding.text)
    return bool(words) and all(word_kind(w.title() if w.isupper() else w) == WORD for w in words)


def _a_fields_label(label: str) -> bool:
    """Ordinary words, small ones and short capitals ("Last Name", "DOB"), or a record's label; a name part that is a
    word too ("Date") only before a small word ("Date of Birth"; not "Name: Grace Green Sex: F")."""
    from .recognizers.known_names import WEAK, WORD, name_key, name_lexicon, word_kind

    if names_a_thing(label):
        return True
    words = label.split()
    # (short capitals no name part: "DOB", "PNC"; not "RHYS", "ALI", "SAID")
    return all(word_kind(w) == WORD or w.isupper() and len(w) <= 4 and name_key(w) not in name_lexicon()
               or w.islower()
               or word_kind(w) == WEAK and i + 1 < len(words) and words[i + 1].islower()
               for i, w in enumerate(words))


_PHONE_CHARACTERS = re.compile(r"[\d\s+().\-\u2010-\u2015]+")


def _contact_key(text: str) -> str:
    """A contact as compared with a keep entry: a phone number by its digits ("0808 2000 247" keeps "08082000247"),
    anything else by its folded text without spaces, so that a kept "helpline@refuge.org.uk" keeps no other address
    made of the same letters ("helpline.refuge@org.uk"). '' for a keep entry that is no contact ("Women's Aid")."""
    # a soft hyphen Word may put anywhere in a long number or address is no character of it
    text = text.replace("\u00ad", "").strip()
    if _PHONE_CHARACTERS.fullmatch(text):
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) < 6:
            return ""
        # a number by what it dials, as ``phonenumbers`` reads it in the UK: a kept "0808 2000 247" keeps
        # "+44 808 2000 247", "0044 808 2000 247" and "+44 (0)808 2000 247", written in any of these forms
        import phonenumbers

        try:
            # (a number cut by a line break or a tab is read as written with a space there: ``redact.seams``)
            number = phonenumbers.parse(" ".join(text.split()), "GB")
        except phonenumbers.NumberParseException:
            return "tel:" + digits
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if "@" in text or "." in text or "/" in text:
        return "".join(fold_key(text).split())
    return ""


# "Sarah's Law", "Clare's Law", "Helen's Law": a law or scheme named after someone, not a person of the review. Taken
# back from guesses only, like the allow-list: a listed name stays a name there.
_LAW_NAMED_AFTER = regex.compile(r"(?<![\w'’-])\p{Lu}[\p{Ll}-]+['’]s\s+Law\b")


# Words that join two places in a sentence and sit inside no place's name: "moved to Thornworth from Sedgemere", "the
# drive from Leeds via Dewsbury". (Names hold "upon", "on", "in", "le", "de", "under": "Newcastle upon Tyne".)
_BETWEEN_PLACES = regex.compile(r"[ \t]+(?:from|to|via|into|towards?|through|near|then|or|and|than)[ \t]+(?=\p{Lu})")


# What joins two people and sits inside no one's name: "Dafydd and Siôn ap Rhys", read by the model as one person
# (and replaced as one, the "and" with it: "Person 1 Person 2 phoned")
_BETWEEN_PEOPLE = regex.compile(r"[ \t]+(?:and|or|&)[ \t]+(?=\p{Lu})")


# A word of prose inside what the model read as a name: small letters, neither a name's particle ("van", "bin",
# "ap", "ferch") nor a prefix joined to a capital ("al-Hassan", "d'Souza"). In a Welsh sentence the English model
# reads whole clauses as a person ("Roedd Mair yn byw gyda'i phartner yn").
_PROSE_IN_A_NAME = regex.compile(r"[ \t]+(?!(?:%s)[ \t])\p{Ll}[\p{L}'’]*(?:[ \t]+(?!(?:%s)[ \t])\p{Ll}[\p{L}'’]*)*[ \t]*"
                                 r"(?=[ \t]|$)" % ("|".join(sorted(PARTICLES)), "|".join(sorted(PARTICLES))))


def _places_apart(findings: list[Finding]):
    """The model's one place over two ("Thornworth from Sedgemere") as the places it joins, each judged alone
    (a council's "Brighton and Hove" is found whole by the place recognisers, which this does not touch); its
    one person over two ("Dafydd and Siôn ap Rhys") likewise, and its person run on into the words of a sentence
    as the capitalised words alone."""
    for finding in findings:
        between = _BETWEEN_PLACES if finding.entity_type == entities.LOCATION else _BETWEEN_PEOPLE
        if finding.source not in NER_SOURCES or finding.entity_type not in (entities.LOCATION, entities.PERSON):
            yield finding
            continue
        joints = [m.span() for m in between.finditer(finding.text)]
        if finding.entity_type == entities.PERSON:
            joints += [m.span() for m in _PROSE_IN_A_NAME.finditer(finding.text)]
        if not joints:
            yield finding
            continue
        merged: list[tuple[int, int]] = []
        for start, end in sorted(joints):     # " and " is both a joint and a word of prose
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        position = 0
        for joint in [*merged, None]:
            end = joint[0] if joint is not None else len(finding.text)
            piece = finding.text[position:end]
            if piece[:1].isupper():
                yield Finding(finding.start + position, finding.start + end, piece, finding.entity_type,
                              finding.score, finding.source, finding.segment, finding.location,
                              finding.listed_index, dict(finding.metadata))
            if joint is not None:
                position = joint[1]


_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


def _without_welsh_words(finding: Finding, segment_text: str) -> Finding | None:
    """The model's person or place without the Welsh words at its ends ("Roedd", "Iau aeth", "Dydd Mawrth"): a
    weekday after "dydd", "ddydd", "nos" (or alone in a chronology's row), and, in a sentence that other common Welsh
    words show is written in Welsh, a verb, pronoun, preposition or conjunction a sentence starts with. What is left
    is judged as before ("Roedd Haf" -> "Haf", a given name); nothing left is no name. The English model's run-on of
    a Welsh sentence is read so; a listed name is never (a rule's find is not a guess)."""
    words = [m for m in _NAME_WORD.finditer(segment_text, finding.start, finding.end)]
    if not words or not any(fold_key(m.group()) in WELSH_WORDS or m.group() in WELSH_WEEKDAY_FORMS for m in words):
        return finding
    from ..name_or_word import welsh_sentence, welsh_word_at

    welsh = welsh_sentence(segment_text, finding.start, finding.end)
    first, last = 0, len(words)
    while first < last and welsh_word_at(segment_text, words[first].start(), words[first].end(), welsh):
        first += 1
    while last > first and welsh_word_at(segment_text, words[last - 1].start(), words[last - 1].end(), welsh):
        last -= 1
    if first == last:
        return None
    if (first, last) == (0, len(words)):
        return finding
    start, end = words[first].start(), words[last - 1].end()
    return Finding(start, end, segment_text[start:end], finding.entity_type, finding.score, finding.source,
                   finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


# a sentence's first word that names nobody: a pronoun or possessive ("I" is left out: it is an initial too)
_SENTENCE_PRONOUNS = frozenset("he she her hers his him they them their it its we our us you your my".split())
_A_STOP_BEFORE = re.compile(r"\.[ \t\u00a0]+$")


def _without_the_next_sentence(finding: Finding, segment_text: str) -> Finding | None:
    """The model's guess without the next sentence it ran on into after a short word's full stop ("Mill St. Her son
    lived nearby" -> "Mill St"; "St. Her" -> nothing): a capitalised pronoun after a full stop starts a sentence.
    The model reads "St." before a capital as a saint's and "Co."/"Rd." as part of a name."""
    words = list(_NAME_WORD.finditer(segment_text, finding.start, finding.end))
    for at, word in enumerate(words):
        if word.group().lower() in _SENTENCE_PRONOUNS and word.group()[:1].isupper() \
                and ending_at(_A_STOP_BEFORE, segment_text, word.start(), 4):
            if at == 0:
                return None
            end = words[at - 1].end()
            return Finding(finding.start, end, segment_text[finding.start:end], finding.entity_type, finding.score,
                           finding.source, finding.segment, finding.location, finding.listed_index,
                           dict(finding.metadata))
    return finding


_POSSESSIVE_END = re.compile(r"[^\W\d_][’']s$")


def _without_possessive(finding: Finding) -> Finding:
    """The model's place or organisation without the possessive it took in ("Leeds's centre" -> "Leeds"): the
    "'s" stays in the text after the placeholder, and a proposed rule names the place, not "Leeds's". (A person's
    possessive is the grammar's: "Person 1's".)"""
    if finding.entity_type == entities.PERSON or not _POSSESSIVE_END.search(finding.text):
        return finding
    return Finding(finding.start, finding.end - 2, finding.text[:-2], finding.entity_type, finding.score,
                   finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


_KIND_AT_THE_END = regex.compile(r"[ \t]+(?P<kind>\p{L}+)\.?$")


def _without_institution_kind(finding: Finding) -> Finding | None:
    """The model's place without the institution's shortened kind it took in ("Wolverhampton Hosp",
    "Cardiff Uni." -> the town): the kind stays in the text after the placeholder, as "University" does."""
    if finding.entity_type != entities.LOCATION:
        return finding
    match = _KIND_AT_THE_END.search(finding.text)
    if not match or match.group("kind") not in INSTITUTION_SHORT_KINDS:
        return finding
    end = finding.start + match.start()
    from ..name_or_word import is_ordinary_word

    if all(is_ordinary_word(word) for word in finding.text[:match.start()].split()):
        return None    # "Community Coll", "Royal Hosp": English words before the kind name no town
    return Finding(finding.start, end, finding.text[:match.start()], finding.entity_type, finding.score,
                   finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


_SAINT = regex.compile(r"(?:St\.?|Saint)[ \t]+(?=\p{Lu})")
_SAINT_BEFORE = regex.compile(r"(?<![\w'’-])(?:St\.?|Saint)[ \t]+$")
_APOSTROPHE_AFTER_S = regex.compile(r"['’](?=[ \t])")


def names_a_saint(finding: Finding, segment_text: str) -> bool:
    """"St Anne", "Saint Joseph": a church's, school's or hospital's name, never a person's."""
    return bool(_SAINT.match(finding.text) or ending_at(_SAINT_BEFORE, segment_text, finding.start, 8))


def _a_saint_is_a_place(finding: Finding, segment_text: str) -> Finding:
    """A guessed person that is a saint's name is the church, school or hospital dedicated to the saint ("St Mark's
    Primary", "Saint Joseph's", "St Thomas' Hospital"): a place, named as the town's places are, never a
    "Person 1's Primary"."""
    start, end = finding.start, finding.end
    if not _SAINT.match(finding.text):
        saint = ending_at(_SAINT_BEFORE, segment_text, start, 8)
        if saint is None:
            return finding
        start = saint.start()
    if finding.text.endswith("s") and _APOSTROPHE_AFTER_S.match(segment_text, end):
        end += 1   # "St Thomas'": the apostrophe goes with the name
    return Finding(start, end, segment_text[start:end], entities.LOCATION, finding.score, finding.source,
                   finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


_EDGE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _without_things(finding: Finding, text: str) -> Finding | None:
    """A guess without the medicine or vehicle word it ran into at either end ("gave Kathleen Pregabalin" ->
    "Kathleen", "Hodan Warsame Citalopram" -> "Hodan Warsame"): the word is no one's name and stays; None when
    only such words were found."""
    words = list(_EDGE_WORD.finditer(text, finding.start, finding.end))
    first, last = 0, len(words)
    while first < last and names_a_thing(words[first].group()):
        first += 1
    while last > first and names_a_thing(words[last - 1].group()):
        last -= 1
    if first == 0 and last == len(words):
        return finding
    if first == last:
        return None
    if all(fold_key(word.group()) in _TITLE_WORDS for word in words[first:last]):
        return finding     # "Dr Sertraline": after a title, somebody's name, however it reads
    start, end = words[first].start(), words[last - 1].end()
    possessive = _POSSESSIVE_AFTER.match(text, end)
    if last == len(words) and possessive:
        end = possessive.end()
    return Finding(start, end, text[start:end], finding.entity_type, finding.score, finding.source, finding.segment,
                   finding.location, finding.listed_index, dict(finding.metadata))


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


# Guesses that may run a chain's name and its branch's place together ("worked at Kingsway Tesco", "Asda Hulme").
BRANCH_TYPES = (entities.PERSON, entities.LOCATION, entities.LOCAL_BUSINESS)
_PUNCTUATION = " \t,;:-–()'’"


def _branch_of_a_chain(finding: Finding, text: str) -> Finding | None:
    """A national chain's branch is named by its place: the chain is no one's name and stays; the words before or
    after it, the branch's place, are a place ("Kingsway Tesco" -> "Place 1 Tesco"). A find that is the chain
    alone is taken back as any word kept by policy is (not after a title: "Mr Boots")."""
    if finding.entity_type not in BRANCH_TYPES or finding.source in NOT_GUESSES:
        return finding
    spans = chain_spans(text)
    spans += [(a, b - 2) for a, b in spans if text[b - 2:b] in ("'s", "’s")]   # a find leaves "Sainsbury's" its "'s"
    if any(a <= finding.start and finding.end <= b for a, b in spans):    # "Bensons" of "Bensons for Beds"
        return None if kept_by_policy(text, finding.start, finding.end) else finding
    inside = [(a, b) for a, b in spans if finding.start <= a and b <= finding.end]
    if not inside:
        return finding
    at_start = [(a, b) for a, b in inside if a == finding.start]
    at_end = [(a, b) for a, b in inside if b == finding.end]
    if at_end:
        start, end = finding.start, min(a for a, _ in at_end)
    elif at_start:
        start, end = max(b for _, b in at_start), finding.end
    else:
        return finding     # a chain inside a longer name ("the Tesco Express Kingsway Road car park")
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip(_PUNCTUATION))
    end -= len(piece) - len(piece.rstrip(_PUNCTUATION))
    if end <= start or not _HAS_UPPER.search(text[start:end]) or fold_key(text[start:end]) in ("the", "a", "an"):
        return None
    if all(fold_key(word.rstrip(".")) in _TITLE_WORDS for word in text[start:end].split()):
        return finding     # "Mr Boots": a person after a title, named like a brand
    return Finding(start, end, text[start:end], entities.LOCATION, finding.score, finding.source, finding.segment,
                   finding.location, finding.listed_index, {**finding.metadata, "branch_of_a_chain": True})


# A page number after a heading in a table of contents ("A word about Amira Hussain 17", "... ....... 17").
_PAGE_NUMBER = regex.compile(r"(?<=\p{L}[.'’]?)[ \t.…·_]+\d{1,4}$")


def _without_page_number(finding: Finding) -> Finding:
    """The model's name without the page number it ran into: the name is still found, the number stays. (A place
    with a number, "Ward 7", is no place name: it is still dropped by the plausibility check.)"""
    if finding.entity_type != entities.PERSON:
        return finding
    m = _PAGE_NUMBER.search(finding.text)
    if not m:
        return finding
    return Finding(finding.start, finding.start + m.start(), finding.text[:m.start()], finding.entity_type,
                   finding.score, finding.source, finding.segment, finding.location, finding.listed_index,
                   dict(finding.metadata))


_DETERMINER = re.compile(r"(?:the|The|THE)\s+(?=\S)")


def _without_determiner(finding: Finding) -> Finding:
    """The model's span without a leading "the": "the Court of Appeal" names "Court of Appeal", "the same day"
    is "same day". The article identifies nothing, and leaving it in place keeps the sentence readable."""
    m = _DETERMINER.match(finding.text)
    if not m:
        return finding
    return Finding(finding.start + m.end(), finding.end, finding.text[m.end():], finding.entity_type, finding.score,
                   finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


def _names_only_a_kind(text: str) -> bool:
    from .recognizers.organisations import names_only_a_kind   # Presidio's import: only where detection runs

    return names_only_a_kind(text)


_MONTH_OR_DAY_NAMES = frozenset(fold_key(w) for w in (*MONTHS, *WEEKDAYS))
# a month cut short beside its day is the date's too ("20th Febry. 1988")
_IN_A_DATE = _MONTH_OR_DAY_NAMES | {fold_key(form) for forms in MONTH_ABBREVIATIONS for form in forms}
_DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", re.IGNORECASE)
# (after an abbreviation's full stop too: "Jul. 8th")
_DAY_OR_YEAR_AFTER = re.compile(r"\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)", re.IGNORECASE)


_INITIALS_AND_SURNAME = regex.compile(r"(?P<initials>\p{Lu}(?:\.?[-‐]?\p{Lu}){0,2}\.?)[^\S\n]+"
                                      r"(?P<surname>\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*)")


def _initials_and_surname_as_a_person(finding: Finding) -> Finding:
    """"J-P. Dubois", "A.K. Mensah" the model called an organisation: initials and a surname are a person (an
    organisation kept as such would leave the name)."""
    if finding.entity_type != entities.ORGANIZATION:
        return finding
    m = _INITIALS_AND_SURNAME.fullmatch(finding.text)
    if not m or not any(c in m.group("initials") for c in ".-‐"):
        return finding
    from ..name_or_word import is_ordinary_word

    if is_ordinary_word(m.group("surname")):
        return finding   # "B. Braun", "J. Sainsbury" aside, "A. Level" is no person
    return Finding(finding.start, finding.end, finding.text, entities.PERSON, finding.score, finding.source,
                   finding.segment, finding.location, finding.listed_index,
                   {**finding.metadata, "retyped": "initials and a surname"})


def _a_town_before_a_kind(finding: Finding) -> Finding:
    """The model's organisation that opens with a known town and goes on with the words of its kind ("Bradford
    Library", "Lahore Museum", "Dundee Rape Crisis", "Wrexham Leisure Centre") is named after that town, as
    "Bradford Royal Infirmary" is: an organisation naming a place, whose place goes and whose kind stays
    ("Place 1 Library"). Kept as the model's organisation, it shielded the town, which the gazetteer leaves alone
    before a capital it does not know ("Leigh Day", "Barry Doyle"). Not a list of kinds: the words after the town
    are no name and end in a kind's last word (``places.kind_words``: "Bradford Smith" is a person, "a Honda
    Civic" a car); "Marks and Spencer" opens with no town, a town that is an English word or a person's name too
    ("Reading", "Barry") is not taken for one, and a country names no locality ("Pakistan Embassy")."""
    if finding.entity_type != entities.ORGANIZATION:
        return finding
    from .recognizers.places import a_town_by_its_name, kind_words

    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", finding.text)]
    for cut in range(min(3, len(words) - 1), 0, -1):
        town, kind = words[:cut], words[cut:]
        place = finding.text[town[0][0]:town[-1][1]]
        if _is_country_name(place) or not a_town_by_its_name(place):
            continue
        if not kind_words([w for _, _, w in kind], place):
            return finding
        return Finding(finding.start, finding.end, finding.text, entities.PLACE_ORGANIZATION, finding.score,
                       finding.source, finding.segment, finding.location, finding.listed_index,
                       {**finding.metadata, "retyped": "an organisation named after a town",
                        "place": place, "place_start": finding.start + town[0][0],
                        "place_end": finding.start + town[-1][1]})
    return finding


_ROLE_ONLY = regex.compile(r"(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Officer|Worker|Manager|Advisor|Adviser|Coordinator|"
                           r"Co-ordinator|Nurse|Visitor|Practitioner|Consultant|Therapist|Caseworker|Assistant|"
                           r"Director|Navigator|Advocate|Specialist|Supervisor)s?")


_WEEKDAY_NAMES = frozenset(fold_key(w) for w in WEEKDAYS)


def _only_a_day_and_month(finding: Finding) -> bool:
    """"MONDAY, January" (a diary heading) guessed as a person: only weekday and month names, a weekday among them.
    ("Sunday Adeyemi" has a surname; "April May" has no weekday and may be a name.)"""
    if finding.entity_type != entities.PERSON or finding.source == "rule" or finding.listed_index is not None:
        return False
    words = [fold_key(w) for w in re.findall(r"[^\W\d_]+", finding.text)]
    return bool(words) and all(w in _MONTH_OR_DAY_NAMES for w in words) and any(w in _WEEKDAY_NAMES for w in words)


def month_in_a_date(finding: Finding, segment_text: str) -> bool:
    """"22 June 2023", "June 22": the model's person or place that is a month or weekday name beside a day or a year
    is that date's word (a date the policy keeps must not lose its month to a "Person 3"); before a count ("March
    12 years ago") it is no date's, and the town or the person stays one."""
    if fold_key(finding.text.strip(" .,;:()")) not in _IN_A_DATE:
        return False
    if _DAY_NUMBER_BEFORE.search(segment_text, max(0, finding.start - 8), finding.start):
        return True
    # "moved to March 12 years ago", "had known Jun 10 years", "phoned June. 5 days later": a count, not the day
    return bool(_DAY_OR_YEAR_AFTER.match(segment_text, finding.end)) and not a_count_after(segment_text, finding.end)


_A_LAST_WORD = regex.compile(r"(?P<word>\p{L}[\p{L}\p{M}]*)[\s.,;:()]*$")


def _without_a_month_of_another_language(finding: Finding, segment_text: str) -> Finding | None:
    """The model's or a recogniser's person or place that ends with a month of another language starting its date
    ("Seen Gorffennaf 17, 21 by the GP", "Attended Kasım 18, 18": ``a_month_of_another_language_dated``) without
    the month: None if nothing else or only ordinary words ("Seen") stand before it, else the words before it."""
    m = _A_LAST_WORD.search(finding.text)
    if m is None or not a_month_of_another_language_dated(segment_text, finding.start + m.start("word"),
                                                          finding.start + m.end("word")):
        return finding
    from ..data.tables import english_words

    before = finding.text[:m.start("word")].rstrip(" ,;:(")
    # (an English word, not only one a report writes in small letters: "Seen", "Visited" start a record's line)
    if not before or all(w.lower() in english_words() for w in regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", before)):
        return None
    return Finding(finding.start, finding.start + len(before), before, finding.entity_type, finding.score,
                   finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


def _holds_its_place(finding: Finding) -> bool:
    """An organisation named after a place still holds that place (its ``place_start``/``place_end``); other finds
    name no place of their own and always do."""
    start, end = finding.metadata.get("place_start"), finding.metadata.get("place_end")
    return start is None or end is None or finding.start <= start < end <= finding.end


def _only_titles(finding: Finding) -> bool:
    words = finding.text.split()
    return finding.entity_type == entities.PERSON and bool(words) and all(
        fold_key(word.rstrip(".")) in _TITLE_WORDS for word in words)


def _placeholder(template: str) -> str:
    return re.escape(template).replace(re.escape("{n}"), r"\d+")


def _placeholder_pattern(rules: Rules) -> re.Pattern:
    """What our own replacements look like ("Person 3", "[phone]"): never detected again."""
    from ..rules import role_placeholder

    p = rules.policy.placeholders
    templates = [p.person, p.place, p.address, p.postcode, p.phone, p.email, p.url, p.social_handle, p.reference,
                 p.date, p.date_of_birth, p.author, p.removed, p.family, p.surname, p.business]
    # the role placeholders ("Officer 1", "GP 1") and listed children's ("Child 1")
    templates += [role.placeholder or role_placeholder(name) for name, role in rules.policy.roles.items()]
    return re.compile("|".join(_placeholder(t) for t in templates if t))


def _outside(finding: Finding, spans: SpanIndex[tuple[int, int]]) -> Finding | None:
    """The finding without the kept parts: None if wholly kept; NER finds that straddle a kept term are trimmed."""
    overlapping = spans.overlapping(finding.start, finding.end)
    if not overlapping:
        return finding
    if any(a <= finding.start and finding.end <= b for a, b in overlapping):
        return None
    if finding.source == "rule":
        return finding  # a listed name beside a kept term is still listed
    if finding.entity_type == entities.PERSON:
        # a name's particle inside it, in capitals as the name's record writes it: "ANIL DA SILVA" ("DA" is
        # kept as domestic abuse), "AP RHYS"
        overlapping = [(a, b) for a, b in overlapping if not (
            finding.start < a and b < finding.end and finding.text[a - finding.start:b - finding.start].lower()
            in PARTICLES)]
        if not overlapping:
            return finding
    pieces, cursor = [], finding.start
    for a, b in sorted(overlapping):
        if a > cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < finding.end:
        pieces.append((cursor, finding.end))
    text_of = lambda a, b: finding.text[a - finding.start:b - finding.start]  # noqa: E731
    pieces = [(a, b) for a, b in pieces if _HAS_UPPER.search(text_of(a, b))]
    if not pieces:
        return None
    a, b = max(pieces, key=lambda p: p[1] - p[0])
    raw = text_of(a, b)
    a += len(raw) - len(raw.lstrip(" .,;:-–()'’"))   # a kept "DS" leaves "DS. Reid" its full stop
    b -= len(raw) - len(raw.rstrip(" ,;:-–()'’"))
    if b <= a:
        return None
    return Finding(a, b, text_of(a, b), finding.entity_type, finding.score, finding.source, finding.segment,
                   finding.location, finding.listed_index, dict(finding.metadata))
