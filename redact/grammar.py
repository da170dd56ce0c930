"""Replacements that read as English: one grammar between ``decide`` and ``apply``.

``decide`` gives each finding its replacement ("Person 5", "Anna"); this module looks at the words around
the finding and widens or rewrites the edit so that the sentence still reads:

- possessives with either apostrophe and plural possessives: "Kevin Marsh's sister" -> "Person 5's sister",
  "The Blakes' dog" -> "Family 3's dog" (a family shares the number of the person with that surname), and an
  unlisted couple is their family: "Mr and Mrs Blake were" -> "Family 3 were"; the bare apostrophe of a name
  ending in s is still a possessive after a replacement that does not: "Precious' partner" -> "Lorna's
  partner", "Marcus Hughes' car" -> "Person 2's car";
- a listed surname naming a family or a couple: with the person's ``surname_pseudonym`` "the Pryors'
  house" -> "the Smiths' house", "Mr and Mrs Pryor" -> "Mr and Mrs Smith"; without one "the Pryor family"
  -> "Anna's family" and "Mr and Mrs Pryor" -> "Mr and Mrs [surname]" (never "the Annas", "Mr and Anna");
- articles: "the Person 3" never appears, except before a noun it modifies ("the Person 1 case", "the Jones
  case": a surname ending in s keeps it unless it may be a family's plural, "The Yilmazes left"); a role
  placeholder takes the role phrase before it in ("the GP, Dr Patel," -> "GP 1");
- titles and ranks before an unlisted name kept or dropped by one rule (``policy.titles``): "Dr Patel" ->
  "Dr Person 4", "PS Dunn" -> "PS Person 5"; a role placeholder says the role itself ("Officer 1");
- capitals: all-capital text stays in capitals ("KEVIN MARSH'S" -> "PERSON 5'S"), a sentence still starts
  with a capital;
- the sentence that states the pseudonyms: "Grace will be referred to as 'Efua'" -> "The victim will be
  referred to as 'Efua'" (the person's ``role``; else "one person ... and another as 'Tom'"), never
  "Efua will be referred to as 'Efua'"; "known to his friends as Billy" -> "known to his friends by another
  name" (a real nickname is neither kept nor turned into the pseudonym it is not).

Every rewrite stays inside one segment and never reaches into another finding; when it would, the plain
replacement stands. Nothing here decides *whether* text is replaced, only how the replacement reads.
"""
from __future__ import annotations

import re
from dataclasses import replace as _replace

from . import entities, nearby
from .data.tables import stop_words
from .nearby import ending_at, nothing_after, nothing_before
from .normalise import fold_key
from .place_words import PLACE_WORD_FORM, reading as place_word_reading
from .lexicon import INSTITUTION_SHORT_KINDS, MONTH_ABBREVIATIONS, STREET_TYPE_SHORT_FORMS, WEEKDAYS
from .rules import Person, Place, pseudonym_name_words, role_key, role_placeholder
from .detect.spans import SpanIndex
from .sentences import sentence_bounds
from .variants import FAMILY_FORM, NAME_TITLES, RELATIVE_FORM, is_relative_form, split_title
from .lazy_patterns import lazy

_TITLE = "|".join(re.escape(t) for t in sorted(NAME_TITLES, key=len, reverse=True))
_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?:{_TITLE})\.?\s+$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|The|THE)\s+$")
_COUPLE_BEFORE = re.compile(rf"(?<![\w-])(?:{_TITLE})\.?\s+(?:and|&)\s+$", re.IGNORECASE)
_COUPLE_TITLES_BEFORE = re.compile(rf"(?<![\w-])(?:{_TITLE})\.?\s+(?:and|&)\s+(?:{_TITLE})\.?\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \t\u00a0]+[a-z][a-z-]+\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+)[ \t]+$")
_POSSESSIVE = re.compile(r"(['’])[sS]$")
_PLURAL_POSSESSIVE = re.compile(r"(?<=[sS])(['’])$")
_APOSTROPHE_AFTER = re.compile(r"^(['’])(?![\w])")
# a word a name is shortened to and written with its own full stop: a street's type, a firm's ending, an
# institution's kind ("Station Rd.", "Fernside Logistics Ltd.", "Keele Univ.")
_SHORT_ENDINGS = frozenset(
    fold_key(word) for word in (*(w for forms in STREET_TYPE_SHORT_FORMS.values() for w in forms),
                                *INSTITUTION_SHORT_KINDS, "St", "Ltd", "Co", "Inc", "Corp", "Bros", "Assoc", "Dept"))
# ... and a date's short month or weekday ("found on 31 Jan. at the caravan")
_DATE_SHORT_ENDINGS = frozenset(fold_key(word) for word in (
    *(a for short in MONTH_ABBREVIATIONS for a in short), *(day[:3] for day in WEEKDAYS), "Tues", "Weds", "Thur",
    "Thurs"))
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
# the stop is the short word's alone where the sentence goes on after it: a small letter, a figure or a comma
# (a table's cell ends after it: "| Station Rd. |", "| 31 Jan. |")
_SENTENCE_GOES_ON = re.compile(r"^\.(?=[ \t\u00a0]+[a-z0-9(]|[ \t\u00a0]*[,;:)|])")
_PLURAL_AFTER = re.compile(r"^(?:e?s|E?S)(?![\w'’])|^(?:e?s|E?S)(?=['’](?![\w]))")
# nouns after "the Pryor": the Pryor family / household / children -> Anna's family ...
_FAMILY_NOUNS = ("family", "families", "household", "home", "house", "children", "kids", "boys", "girls",
                 "siblings", "brothers", "sisters", "parents", "grandparents", "relatives")
_FAMILY_NOUN_AFTER = lazy(re.compile, r"^(\s+)(%s)\b" % "|".join(_FAMILY_NOUNS), re.IGNORECASE)
# a word that says "family" before a Slavic family's name ("Państwo Kowalscy", "rodzina Nowaków", "rodina
# Novákových"): with "the", it goes with the name into "Anna's family"
_FAMILY_WORD_BEFORE = re.compile(r"(?<![\w-])(?:the\s+)?(?:pa[nń]stw[oau]|rodzin[aęyie]|rodin[auy]|"
                                 r"semya|sim['’]?ya|the)\s+$", re.IGNORECASE)
_SURNAME_FORMS = {"surname", "alias-surname", "first-or-surname", "title+surname", "title+alias-surname",
                  RELATIVE_FORM, f"title+{RELATIVE_FORM}"}
_QUOTED = r"[‘'“\"](?P<pseudonym>[^’'”\"\n]{1,60})[’'”\"]"
# "will be referred to as 'Efua'", ", known in this report as 'Efua'", " as 'Tom'" (the second of a list)
_IN_THIS_REPORT = r"(?:(?:in|throughout)\s+this\s+(?:report|review|document)\s+)?"
_DECLARES = re.compile(
    r"^,?\s+(?:(?:will|shall|would)\s+be\s+|is\s+|are\s+|was\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:(?:(?:referred\s+to|known|identified|described|given|assigned|allocated)\s+)?" + _IN_THIS_REPORT +
    r"(?:(?:by\s+)?the\s+pseudonym|as)\s+|(?:called|named)\s+" + _IN_THIS_REPORT + r")" + _QUOTED, re.IGNORECASE)
_DECLARES_IN_BRACKETS = re.compile(
    r"^\s*\(\s*(?:(?:hereafter|hereinafter|henceforth)\s+)?(?:(?:referred\s+to|known|called)"
    r"(?:\s+(?:in|throughout)\s+this\s+(?:report|review))?\s+as\s+|"
    r"pseudonym:?\s+|to\s+be\s+(?:known|referred\s+to)\s+as\s+)?" + _QUOTED + r"[^)]{0,30}\)", re.IGNORECASE)
# "(called Billy by the family)", "was nicknamed Billy": passive, so not "Tom called Billy on the phone"
_CALLED_BEFORE = re.compile(r"(?:\(|,|(?<![\w-])(?:was|is|were|been|be|also))\s*(?P<verb>called|nicknamed|named)\s+$",
                            re.IGNORECASE)
_KNOWN_AS_BEFORE = re.compile(r"(?<![\w-])(?:known|knew|know|knows|called|referred\s+to|nicknamed|went\s+by)\b"
                              r"[^.;:!?\n]{0,40}?(?<![\w-])as\s+$", re.IGNORECASE)


# --------------------------------------------------------------------------- roles


class RoleLexicon:
    """The roles of ``policy.roles``: which words name each, and the placeholder each gives."""

    def __init__(self, roles: dict):
        self.templates: dict[str, str] = {}
        self.words: dict[str, str] = {}       # folded word(s) -> role
        exact: dict[str, str] = {}            # acronyms ("GP", "SW") match in capitals only
        for name, role in roles.items():
            key = role_key(name)
            self.templates[key] = role.placeholder or role_placeholder(name)
            for word in role.words:
                if word.isupper():
                    exact[word] = key
                else:
                    self.words[fold_key(word)] = key
        self.exact = exact
        alternatives = sorted([re.escape(w) for w in exact] + [_loose(w) for w in self.words], key=len, reverse=True)
        self.pattern = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE) if alternatives else None
        # the role phrase just before a name ("the GP, ") and just after it (", the allocated social worker")
        self.before = _role_before(self.pattern) if self.pattern else None
        self.after = _role_after(self.pattern) if self.pattern else None

    def placeholder(self, role: str) -> str:
        return self.templates.get(role) or role_placeholder(role)

    def role_of(self, text: str) -> str | None:
        """The role named by a phrase that is exactly a role word ("Social Worker", "the GP")."""
        if text in self.exact:
            return self.exact[text]
        return self.words.get(fold_key(text))


def _loose(words: str) -> str:
    """A role word in any case, any spacing, either apostrophe."""
    return r"\s+".join(re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in words.split())


_SPEECH_BEFORE = lazy(re.compile, r"(?<![\w-])(?:told|informed|asked|advised|warned|reassured|assured|reminded|"
                            r"explained\s+to|said\s+to|wrote\s+to|emailed|rang|phoned|called)\s+"
                            r"(?:(?:the|her|his|their|a|an)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _role_match(lexicon: RoleLexicon, match: re.Match | None) -> str | None:
    if match is None:
        return None
    word = match.group("role")
    if word in lexicon.exact:
        return lexicon.exact[word]
    if word.isupper() and len(word) <= 4 and fold_key(word) not in lexicon.words:
        return None    # "sw" in capitals that no acronym lists
    return lexicon.words.get(fold_key(" ".join(word.split())))


def _role_before(roles: re.Pattern) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<role>{roles.pattern})\s*(?:,|:|\(|[-–—])?\s*$", re.IGNORECASE)


def _role_after(roles: re.Pattern) -> re.Pattern:
    return re.compile(rf"^\s*(?:,|\(|[-–—]|:|\||\t)\s*(?:(?:the|a|an|her|his|their)\s+)?"
                      rf"(?:(?!(?:and|or|but|then|with|to|who|which|when|while|whom|whose)\b)[\w-]+\s+){{0,2}}?"
                      rf"(?P<role>{roles.pattern})(?![\w'’-])", re.IGNORECASE)


def role_in_context(texts: list[str], index: int, start: int, end: int, lexicon: RoleLexicon) -> str | None:
    """The role the sentence gives an unlisted name ("the GP, Dr Patel"; "Lisa Brennan, the social worker";
    "Lisa Brennan | Social Worker"), or the panel list: a cell that is the name, the next cell a role."""
    if lexicon.before is None or lexicon.after is None:
        return None   # no role words: both are built whenever the pattern is
    text = texts[index]
    name = text[start:end]
    if _POSSESSIVE.search(name) or re.match(r"['’]s\b", text[end:end + 3]):
        return None   # "the officer, Kevin's brother": the role is not Kevin's
    title = ending_at(_TITLE_BEFORE, text, start)    # "the attending officer, PC Tom Reid"
    lead = title.start() if title else start
    before = lexicon.before.search(text, max(0, lead - 60), lead) if lead else None
    if before and not before.group(0).rstrip().endswith((",", ":", "(", "-", "–", "—")) and \
            _SPEECH_BEFORE.search(text, max(0, before.start() - 40), before.start()):
        before = None    # "she told the GP Kevin had hit her": Kevin is not the GP
    role = _role_match(lexicon, before)
    if role is None:
        role = _role_match(lexicon, lexicon.after.match(text[end:end + 90]))
    if role is None and nothing_before(text, start) and nothing_after(text, end) and index + 1 < len(texts):
        cell = texts[index + 1].strip()
        first = re.split(r"\s*[,(–-]\s*", cell, maxsplit=1)[0]
        if 0 < len(cell.split()) <= 8:
            role = lexicon.role_of(first)
    return role


# --------------------------------------------------------------------------- families


def family_stem(text: str, start: int, end: int, surnames: frozenset = frozenset()) -> str | None:
    """The surname of a family named by an unlisted plural or "family" phrase: "the Blakes", "The Blakes' dog",
    "the Joneses", "the Nowak family"; None for a person. A word ending in s before a lower-case word is plural
    only when ``surnames`` (folded words of other names in the document) holds its stem: "the Blakes moved"
    after "Tony Blake", but "the Lewis report" is Lewis."""
    word = text[start:end]
    titles, name = split_title(word)
    if titles and len(name) == 1 and couple_start(text, start + word.index(name[0])) is not None:
        return _POSSESSIVE.sub("", name[0])   # "Mr and Mrs Blake": the couple is the Blake family
    if " " in word.strip() or not word[:1].isupper() or _POSSESSIVE.search(word):
        return None
    bare = word.rstrip("'’")
    after = nearby.after(text, end)
    if re.match(r"^\s+(?:famil(?:y|ies)|household)\b(?![ \t]*(?:names?\b[ \t]*[:|(]|:))", after, re.IGNORECASE):
        return bare   # (not a record's next field: "Forename: IOANA\nFamily Name: ABUBAKAR")
    plural = bare.endswith(("s", "S")) and len(bare) > 3
    if not plural:
        return None
    stem = singular_of(bare)
    if (word.endswith(("'", "’")) or _APOSTROPHE_AFTER.match(after)) and (
            ending_at(_ARTICLE_BEFORE, text, start) or fold_key(stem) in surnames):
        return stem     # "the Blakes' dog"; but "Thomas' brother" is one person's
    if ending_at(_ARTICLE_BEFORE, text, start) and (fold_key(stem) in surnames or not re.match(r"\s+[a-z]", after)):
        return stem
    return None


def singular_of(plural_word: str) -> str:
    """"Blakes" -> "Blake", "Joneses" -> "Jones", "Walshes" -> "Walsh"."""
    for ending in ("es", "ES"):
        if plural_word.endswith(ending) and plural_word[:-2].endswith(("s", "x", "z", "ch", "sh", "S", "X", "Z", "CH",
                                                                      "SH")):
            return plural_word[:-2]
    return plural_word[:-1]


def _surname_not_plural(word: str) -> bool:
    """A word ending in s that is a surname and not the plural of one: "Jones", "Santos", "Davies", "Nunes" are
    known surnames whose stems ("Jone", "Santo") are not, where "Blakes" and "Yilmazes" are not surnames and
    their stems are. Both known ("Williams", "Roberts", "Adams") or neither: it may be a family's plural."""
    from .detect.recognizers.known_names import name_key, name_lexicon

    surnames = name_lexicon().surnames
    return name_key(word) in surnames and name_key(singular_of(word)) not in surnames


def couple_start(text: str, name_start: int) -> int | None:
    """Where "Mr and Mrs" begins before a surname at ``name_start`` ("Mr and Mrs Blake", "Mr & Mrs Blake",
    "Mr. and Mrs. Blake"), else None."""
    couple = ending_at(_COUPLE_TITLES_BEFORE, text, name_start)
    return couple.start() if couple else None


def plural(surname: str) -> str:
    """'Smith' -> 'Smiths', 'Jones' -> 'Joneses', in the surname's own case."""
    ending = "es" if surname.lower().endswith(("s", "x", "z", "ch", "sh")) else "s"
    return surname + (ending.upper() if surname.isupper() else ending)


# --------------------------------------------------------------------------- text helpers


def at_sentence_start(text: str, start: int) -> bool:
    if nothing_before(text, start, _OPENERS):
        return True
    window = max(0, start - nearby.NEAR)
    before_end = window + len(text[window:start].rstrip(_OPENERS))
    if before_end == window:     # a long blank stretch before the word: read back to what ends it
        window, before_end = 0, len(text[:start].rstrip(_OPENERS))
    if text[before_end - 1] == "•" or _NUMBERED_ITEM_BEFORE.search(text, window, before_end):
        return True     # a bullet or a numbered item ("3. the victim's brother") starts one too
    # after "Mr." or "e.g." the sentence goes on: the one splitter says whether the stop before ends it
    return sentence_bounds(text, start)[0] >= before_end


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _in_capitals(text: str, start: int, end: int) -> bool:
    """All-capital text: the finding in capitals and no lower-case letter in the rest of its line."""
    surface = [c for c in text[start:end] if c.isalpha()]
    if len(surface) < 2 or not all(c.isupper() for c in surface):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[line_start:start] + text[end:len(text) if line_end < 0 else line_end]
    if not any(c.isalpha() for c in rest):
        return len(surface) >= 4    # a name alone in capitals, not initials alone in a cell ("JP")
    return not any(c.islower() for c in rest)


def _apostrophe(text: str) -> str:
    """The document's own apostrophe for a possessive we add."""
    return "’" if text.count("’") > text.count("'") else "'"


_OPENING_QUOTE_BEFORE = re.compile(r"['‘\"“]$")
# a date written day first: a number or an ordinal word ("31st", "the thirty-first")
_DAY_FIRST = re.compile(r"[0-9]|(?i:[a-z-]+(?:st|nd|rd|th)(?![a-z]))")
# what may stand between a sentence's start and its first word
_OPENERS = " \t\u00a0\"'‘“("
_NUMBERED_ITEM_BEFORE = re.compile(r"(?:^|\n)\s*[\d.]+$")


def _bare_possessive(decision, text: str):
    """"Precious' partner", "St Helens' hospitals": the bare apostrophe of a name ending in s; after a replacement
    that does not end in s it takes its s ("Lorna's partner", never "Lorna' partner"). A name in quotation marks
    ("'Precious' to her family") keeps its closing quote as it is."""
    f = decision.finding
    new = decision.replacement
    if not decision.replaces or f.entity_type not in (entities.PERSON, entities.LOCATION) or not new \
            or text[f.start:f.end] != f.text or not f.text.endswith(("s", "S")) or new.endswith(("s", "S")):
        return None
    if not _APOSTROPHE_AFTER.match(text[f.end:f.end + 2]) or ending_at(_OPENING_QUOTE_BEFORE, text, f.start):
        return None
    return f.start, f.end + 1, new + text[f.end] + ("S" if new.isupper() else "s"), "possessive"


# --------------------------------------------------------------------------- the grammar


class Grammar:
    """Rewrites decisions for one review: built once, used by ``apply`` for every document."""

    def __init__(self, decider):
        self.rules = decider.rules
        self.book = decider.book
        self.roles: RoleLexicon = decider.roles
        self.placeholders = decider.rules.policy.placeholders
        self.titles = decider.rules.policy.titles
        self.listed = decider.rules.listed()
        self.pseudonyms = {fold_key(e.pseudonym) for e in self.listed}
        self.pseudonym_words = {word for e in self.rules.people for word in pseudonym_name_words(e.pseudonym)}
        # a listed family name -> the first person listed with it (the victim by convention)
        self.families: dict[str, Person] = {}
        for person in self.rules.people:
            words = split_title(person.name)[1]
            if len(words) >= 2:
                self.families.setdefault(fold_key(words[-1]), person)

    def phrase(self, decisions, segments) -> list:
        texts = [segment.text for segment in segments]
        by_segment: dict[int, list[int]] = {}
        for at, decision in enumerate(decisions):
            by_segment.setdefault(decision.finding.segment, []).append(at)
        out = list(decisions)
        surnames = _singular_surnames(decisions)
        for index, positions in by_segment.items():
            if not 0 <= index < len(texts):
                continue
            text = texts[index]
            taken: SpanIndex[tuple[int, int]] = SpanIndex(
                (decisions[at].finding.start, decisions[at].finding.end,
                 (decisions[at].finding.start, decisions[at].finding.end)) for at in positions
                if decisions[at].replaces)
            declared: list[tuple[int, str]] = []   # (sentence start, wording) of each pseudonym stated
            apostrophe = _apostrophe(text)
            previous = None
            for at in sorted(positions, key=lambda a: decisions[a].finding.start):
                decision = decisions[at]
                rewrite = _again_in_its_bracket(decision, previous, text) \
                    or self._rewrite(decision, text, declared, surnames, apostrophe) \
                    or _bare_possessive(decision, text)
                if decision.replaces:
                    previous = decision
                if rewrite is None:
                    continue
                start, end, replacement, reason = rewrite
                f = decision.finding
                own = (f.start, f.end)
                if any(span != own for span in taken.overlapping(start, end)):
                    continue     # never reach into another finding's text: the plain replacement stands
                if (start, end) != own:
                    taken.discard(*own)
                    taken.add(start, end, (start, end))
                finding = _replace(f, start=start, end=end, text=text[start:end])
                out[at] = _replace(decision, finding=finding, replacement=replacement,
                                   reason=decision.reason + (f"; {reason}" if reason else ""))
        return out

    # ------------------------------------------------------------------ one decision

    def _rewrite(self, decision, text: str, declared: list, surnames: frozenset = frozenset(),
                 apostrophe: str = "'"):
        """``apostrophe``: the text's own (``_apostrophe``), counted once per text by the caller."""
        f = decision.finding
        if f.metadata.get("form") == PLACE_WORD_FORM and decision.replaces and text[f.start:f.end] == f.text:
            # "a proud Wexhamite": "a proud Town A resident", not "a proud Town A"
            reading = place_word_reading(decision.replacement, f.text, nearby.after(text, f.end))
            return f.start, f.end, reading, "place word"
        if f.entity_type in entities.PROTECTED_DATE_TYPES and decision.replaces and text[f.start:f.end] == f.text:
            # "found on 31 Jan. at the caravan": "on [date removed] at", never "on [date removed]. at"
            end = f.end + 1 if _short_word_stop(f.text, decision.replacement, text, f.end, _DATE_SHORT_ENDINGS) \
                else f.end
            # "on the evening of the 31st of October": "of [date removed]", never "of the [date removed]"
            article = ending_at(_ARTICLE_BEFORE, text, f.start) if _DAY_FIRST.match(f.text) else None
            if article is not None:
                return article.start(), end, decision.replacement, "article"
            return (f.start, end, decision.replacement, "short word's stop") if end > f.end else None
        if decision.replaces and f.entity_type != entities.PERSON and text[f.start:f.end] == f.text:
            stop = _short_word_stop(f.text, decision.replacement, text, f.end)
            if stop:
                # "lived on Station Rd. with her son": "on Place 1 with her son", never "on Place 1. with"
                return f.start, f.end + 1, decision.replacement, "short word's stop"
        if decision.replaces and f.listed_index is not None and decision.replacement[:1].islower() \
                and isinstance(self.listed[f.listed_index], Place) and text[f.start:f.end] == f.text \
                and at_sentence_start(text, f.start):
            # a place's pseudonym in small letters ("the refuge") where the place's name started a sentence
            return f.start, f.end, _capitalise(decision.replacement), "sentence start"
        if not decision.replaces or f.entity_type != entities.PERSON or text[f.start:f.end] != f.text:
            return None
        if f.listed_index is not None and decision.reason.startswith("listed"):
            entity = self.listed[f.listed_index]
            if isinstance(entity, Person):
                return self._listed(decision, entity, text, declared, apostrophe)
            return None
        if decision.reason.startswith(("placeholder", "strict profile")):
            if f.listed_index is not None and is_relative_form(f.metadata.get("form", "")):
                # "the Nowakowskis" of a listed Katarzyna Nowakowska are her family: "Anna's family", as "the
                # Nowakowskas" read; one relative alone is the placeholder ("Mr Person 2")
                entity = self.listed[f.listed_index]
                family = self._family(decision, entity, text, apostrophe) if isinstance(entity, Person) else None
                if family is not None:
                    return family
            return self._placeholder(decision, text, surnames)
        return None

    def _listed(self, decision, person: Person, text: str, declared: list, apostrophe: str):
        f = decision.finding
        start, end = f.start, f.end
        after = nearby.after(text, end)

        # the sentence that states the pseudonyms: never "Efua will be referred to as 'Efua'"
        bracket = _DECLARES_IN_BRACKETS.match(after)
        if bracket and fold_key(bracket.group("pseudonym")) in self.pseudonyms:
            return start, end + bracket.end(), decision.replacement, "pseudonym stated"
        declares = _DECLARES.match(after)
        if declares and fold_key(declares.group("pseudonym")) in self.pseudonyms:
            sentence = _sentence_start(text, start)
            before_in_sentence = [wording for at, wording in declared if at == sentence]
            if person.role:
                words = person.role if person.role.isupper() else person.role.lower()
                wording = f"the {words}"
            elif not before_in_sentence:
                wording = "one person"
            else:   # "... and another as 'Tom'"; after "the victim ...", "another person" (not another victim)
                wording = "another" if all(w == "one person" for w in before_in_sentence) else "another person"
            declared.append((sentence, wording))
            if at_sentence_start(text, start):
                wording = _capitalise(wording)
            return start, end, wording, "pseudonym stated"
        # "known to his friends as Billy": the real nickname goes, and it is not the pseudonym either
        known = ending_at(_KNOWN_AS_BEFORE, text, start, 60)
        form = f.metadata.get("form", "")
        if known and (form.startswith("alias") or self._named_before(f, text)):
            cut = known.start() + known.group(0).lower().rfind("as")
            return cut, end, "by another name", "real other name"
        called = ending_at(_CALLED_BEFORE, text, start, 40)
        if called and (form.startswith("alias") or self._named_before(f, text)):
            return called.start("verb"), end, "known by another name", "real other name"

        return self._family(decision, person, text, apostrophe)

    def _family(self, decision, person: Person, text: str, apostrophe: str):
        """A listed surname naming a family or a couple ("the Pryors", "the Pryor family", "Mr and Mrs Pryor")."""
        f = decision.finding
        start, end = f.start, f.end
        after = nearby.after(text, end)
        if f.metadata.get("form") == FAMILY_FORM:
            return self._family_word(decision, person, text, apostrophe)
        base = f.metadata.get("form", "").split("(")[0]
        if base not in _SURNAME_FORMS:
            return None
        words = f.text.split()
        titles, name = split_title(f.text)
        # a family is named after the first person listed with its name (the victim by convention), whichever
        # of them the sentence was resolved to: "the Pryors" reads the same all through the report
        head = self.families.get(fold_key(" ".join(name)), person)
        surname_pseudonym = person.surname_pseudonym or head.surname_pseudonym
        assert head.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
        family_name = _match(head.pseudonym, f.text)
        # a couple: "Mr and Mrs Pryor"
        if titles and ending_at(_COUPLE_BEFORE, text, start):
            surname = surname_pseudonym or self.placeholders.surname
            return start, end, " ".join(words[:len(titles)]) + " " + _match(surname, f.text), "couple"
        if titles:
            return None
        plural_match = _PLURAL_AFTER.match(after)
        if plural_match:
            end_plural = end + plural_match.end()
            possessive = _APOSTROPHE_AFTER.match(text[end_plural:end_plural + 2])
            if surname_pseudonym:
                new = plural(_match(surname_pseudonym, f.text))
                if possessive:
                    return start, end_plural + 1, new + possessive.group(1), "family"
                return start, end_plural, new, "family"
            article = ending_at(_ARTICLE_BEFORE, text, start)
            begin = article.start() if article else start
            new = f"{family_name}{apostrophe}s family"
            if possessive:
                new, end_plural = new + possessive.group(1) + "s", end_plural + 1
            return begin, end_plural, _case(new, text, begin, start, end), "family"
        noun = _FAMILY_NOUN_AFTER.match(after)
        article = ending_at(_ARTICLE_BEFORE, text, start)
        if noun and article:
            if surname_pseudonym:
                return start, end, _match(surname_pseudonym, f.text), "family"
            noun_word = noun.group(2)
            new = f"{family_name}{apostrophe}s {'family' if noun_word.lower() == 'families' else noun_word}"
            return article.start(), end + noun.end(), _case(new, text, article.start(), start, end), "family"
        return None

    def _family_word(self, decision, person: Person, text: str, apostrophe: str):
        """A Slavic family's word ("the Kowalscy", "u Nowaków", "rodina Novákových"): "Anna's family", or the
        family's surname pseudonym in the plural ("the Smiths")."""
        f = decision.finding
        start, end = f.start, f.end
        head = self.families.get(fold_key(person.name.split()[-1]), person)
        surname_pseudonym = person.surname_pseudonym or head.surname_pseudonym
        if surname_pseudonym:
            return start, end, plural(_match(surname_pseudonym, f.text)), "family"
        assert head.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
        before = ending_at(_FAMILY_WORD_BEFORE, text, start)
        begin = before.start() if before else start
        new = f"{_match(head.pseudonym, f.text)}{apostrophe}s family"
        new = new.upper() if _match(head.pseudonym, f.text).isupper() else new
        return begin, end, _case(new, text, begin, start, end), "family"

    def _named_before(self, f, text: str) -> bool:
        """Is the same listed person named earlier in the sentence ("William Carver, known ... as Billy")?"""
        sentence = _sentence_start(text, f.start)
        forms_before = text[sentence:f.start]
        entity = self.listed[f.listed_index]
        return any(fold_key(word) in {fold_key(w) for w in (entity.name + " " + " ".join(entity.aliases)).split()}
                   for word in re.findall(r"[^\W\d_][\w'’-]*", forms_before) if len(word) > 1)

    def _placeholder(self, decision, text: str, surnames: frozenset = frozenset()):
        """``surnames``: the document's surnames known to be one person's (see ``_singular_surnames``)."""
        f = decision.finding
        start, end = f.start, f.end
        after = nearby.after(text, end)
        placeholder = decision.replacement
        reason = decision.reason
        is_role = "(role " in reason
        is_family = "(family)" in reason
        surface = f.text
        suffix = ""
        possessive = _POSSESSIVE.search(surface)
        # "the Blakes'" of a family, and "Marcus Hughes'" of one person: either way the placeholder takes "'s"
        plural_possessive = _PLURAL_POSSESSIVE.search(surface)
        if possessive:
            suffix, surface = possessive.group(0), surface[:possessive.start()]
        elif plural_possessive:
            suffix, surface = plural_possessive.group(1) + "s", surface[:plural_possessive.start()]

        if is_family:
            after_apostrophe = _APOSTROPHE_AFTER.match(after) if not suffix else None
            if after_apostrophe:     # "the Blakes' dog": the apostrophe stood after the span
                suffix, end = after_apostrophe.group(1) + "s", end + 1
            noun = re.match(r"^\s+(?:famil(?:y|ies)|household)\b", nearby.after(text, end), re.IGNORECASE)
            if noun:
                end += noun.end()
                poss = _POSSESSIVE.match(text[end:end + 2])
                if poss and not suffix:
                    suffix, end = poss.group(0), end + 2
            titles, name = split_title(surface)
            couple = couple_start(text, start + surface.index(name[0])) if titles and len(name) == 1 else None
            if couple is not None:
                # an unlisted couple is their family: "Mr and Mrs Blake were" -> "Family 3 were", never the
                # singular "Mr and Mrs Person 3"
                start = couple
            article = ending_at(_ARTICLE_BEFORE, text, start)
            if article:
                start = article.start()
            new = placeholder + suffix
            return start, end, _case(new, text, start, f.start, f.end), "family"

        titles, name = split_title(surface)
        title_text = " ".join(surface.split()[:len(titles)]) if titles else ""
        given = ending_at(_CAPITALISED_BEFORE, text, start) if not titles else None
        if given and fold_key(given.group(1)) in self.pseudonym_words:
            # "PC Tom Reid" while "Tom" is a pseudonym: a draft does not use its pseudonyms as names, so this
            # "Tom" is Reid's own given name, left out of the finding; it goes with the surname
            start = given.start(1)
        family = self.families.get(fold_key(" ".join(name))) if titles and len(name) == 1 else None
        if family is not None and ending_at(_COUPLE_BEFORE, text, start):
            # "Mr and Mrs Pryor" where only Craig Pryor is listed: the couple is the listed family
            new = f"{title_text} {family.surname_pseudonym or self.placeholders.surname}{suffix}"
            return start, end, _case(new, text, start, f.start, f.end), "couple"
        keep_title = self.titles == "keep" and not is_role
        if is_role:
            role = reason.split("(role ", 1)[1].split(")")[0]
            # a role placeholder says what the title or rank said: "PC Tom Reid" -> "Officer 1"
            outside_title = ending_at(_TITLE_BEFORE, text, start)
            if outside_title:
                start = outside_title.start()
            # "the GP, Dr Patel," -> "GP 1": the role phrase before the name goes with it ("her GP, ..." stays)
            phrase = self.roles.before.search(text, max(0, start - 60), start) if self.roles.before else None
            if phrase and _role_match(self.roles, phrase) == role:
                article = ending_at(_ARTICLE_BEFORE, text, phrase.start())
                if article or at_sentence_start(text, phrase.start()):
                    if phrase.group(0).rstrip().endswith(",") and text[end:end + 1] == ",":
                        end += 1  # the closing comma of the apposition
                    start = article.start() if article else phrase.start()
        elif not keep_title:
            outside_title = ending_at(_TITLE_BEFORE, text, start)
            if outside_title:
                start = outside_title.start()
        new = (title_text + " " if title_text and keep_title else "") + placeholder + suffix
        if not (title_text and keep_title):
            article = ending_at(_ARTICLE_BEFORE, text, start)
            # never "the Person 3"; but a name used before a noun keeps its article: "the Kevin Marsh case" ->
            # "the Person 1 case", not "Person 1 case was reviewed"
            # "the Jones case" is one person's: a name with a given name or title, a surname the document gives a
            # person, or a surname that is no plural, is never a family ("The Yilmazes left") for its last letter
            may_be_plural = not titles and len(name) == 1 and fold_key(name[0]) not in surnames \
                and not _surname_not_plural(name[0])
            if article and not ending_at(_TITLE_BEFORE, text, start) and not _before_a_noun(text, end, may_be_plural):
                start = article.start()
        if new == decision.replacement and (start, end) == (f.start, f.end) and not _in_capitals(text, f.start, f.end):
            return None
        return start, end, _case(new, text, start, f.start, f.end), "title kept" if title_text and keep_title else ""


# "Tariq Hussain (TH, her partner)": the person's other form in the bracket after the name, before what they are
_OPENS_THE_BRACKET = re.compile(r"[ \u00a0]*[(\[][ \u00a0]*(?P<quote>[\"'‘“]?)")
_BEFORE_WHAT_THEY_ARE = re.compile(r"\.?[\"'’”]?,[ \u00a0]+(?=[^()\[\]\n]{1,60}[)\]])")


def _again_in_its_bracket(decision, previous, text: str):
    """A person's initials or other form defined in a bracket with what they are after a comma ("Tariq Hussain (TH,
    her partner)"), replaced by what the name before it is: the bracket says what they are only ("Person 1 (her
    partner)", never "Person 1 (Person 1, her partner)")."""
    f = decision.finding
    if previous is None or not decision.replaces or f.entity_type != entities.PERSON \
            or previous.finding.entity_type != entities.PERSON or previous.replacement != decision.replacement \
            or text[f.start:f.end] != f.text:
        return None
    # one person: the same listed person, or one number ("[name removed]" of a profile is anybody's)
    same = f.listed_index == previous.finding.listed_index if f.listed_index is not None \
        else previous.finding.listed_index is None and re.search(r"\d", decision.replacement) is not None
    if not same:
        return None
    opens = _OPENS_THE_BRACKET.match(text, previous.finding.end)
    if opens is None or opens.end() != f.start:
        return None
    comma = _BEFORE_WHAT_THEY_ARE.match(text, f.end)
    return (opens.start("quote"), comma.end(), "", "said in the bracket before") if comma else None


def _short_word_stop(found: str, replacement: str, text: str, end: int, endings: frozenset[str] = _SHORT_ENDINGS
                     ) -> bool:
    """Is the full stop after a find the stop of the short word it ends with ("Station Rd. with"), which its
    replacement does not end with, in a sentence that goes on?"""
    last = _LAST_WORD.search(found)
    if last is None or fold_key(last.group(1)) not in endings:
        return False
    ends_so = _LAST_WORD.search(replacement)
    if ends_so is not None and fold_key(ends_so.group(1)) == fold_key(last.group(1)):
        return False     # "Company A Ltd. until": the pseudonym's own short word keeps its stop
    return bool(_SENTENCE_GOES_ON.match(text[end:end + 8]))


def _before_a_noun(text: str, end: int, may_be_plural: bool = True) -> bool:
    """Is the name at ``text[:end]`` a modifier of the lower-case word after it ("the Kevin Marsh case", "the
    Jones case")? Not before a function word or a past verb ("the Amir Khan who", "the Kevin Marsh reported"),
    nor when it may be plural and ends in s."""
    after = _NOUN_AFTER.match(text, end)
    if not after or may_be_plural and nearby.before(text, end).rstrip("'’").endswith(("s", "S")):
        return False    # "The Yilmazes left": a plural name is a family, never a modifier
    word = after.group(0).strip()
    # the verbs detection reads as a person acting ("X said", "X left") say the name is the subject
    from .detect.recognizers.known_names import _PERSON_VERBS

    return word not in stop_words() and not word.endswith("ed") and word not in _PERSON_VERBS


def _singular_surnames(decisions) -> frozenset:
    """The folded surnames a document gives one person: the last word of a person's name with a given name or
    a title ("Gareth Jones", "Dr Santos"). "Jones" alone is then his surname, not a family of Jones."""
    surnames = set()
    for decision in decisions:
        f = decision.finding
        if f.entity_type != entities.PERSON or "(family)" in decision.reason:
            continue
        titles, name = split_title(_POSSESSIVE.sub("", f.text))
        if name and (titles or len(name) > 1):
            surnames.add(fold_key(name[-1]))
    return frozenset(surnames)


def _sentence_start(text: str, position: int) -> int:
    return sentence_bounds(text, position)[0]


def _match(word: str, surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    return word.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else word


def _case(new: str, text: str, start: int, name_start: int, name_end: int) -> str:
    """Capitals where the text is in capitals, a capital where a sentence starts."""
    if _in_capitals(text, name_start, name_end):
        return new.upper()
    if at_sentence_start(text, start):
        return _capitalise(new)
    return new


def phrase(decisions, segments, decider) -> list:
    """The decisions of one document, rewritten to read as English (see the module's docstring)."""
    return Grammar(decider).phrase(decisions, segments)
