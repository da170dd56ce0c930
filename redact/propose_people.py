"""Who a draft names, grouped by person, for ``redact init``.

Every form the draft uses for one person goes under that person: the full name and its shorter forms,
the same name spelt with and without diacritics ("Tomasz Wójcik", "Tomasz Wojcik"), another full name
("born Margaret Kelly", "recorded as ..."), middle names used alone ("Adjoa" for Grace Adjoa Mensah),
nicknames and short forms ("known as Billy", William “Will” Hartley, "Maggie" from the nicknames package,
clipped forms such as "Aga" for Agnieszka, "SJ" for Sarah-Jane). Titles are never part of an alias: the
library derives "Mr Wójcik" from the name, and "Mr" in an alias would make every "Mr" that person.

Uncertain forms are proposed anyway, marked ``check``: a missing alias is a leak in the published report,
an extra one at worst replaces a word that did not need it, and the author sees the mark when editing.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

import regex

from .detect.kept_words import kept_by_policy
from .nearby import ending_at
from .normalise import fold_key
from .sentences import Sentences, sentence_bounds
from .suggest import (SURNAME_PARTICLES, declared_pseudonyms, initials_of, introduced_short_names, is_nickname_of, is_short_form_of,
                      other_full_names)
from .suggest import AFTER_RELATION as _AFTER_RELATION, BEFORE_AGE as _BEFORE_AGE
from .suggest import BEFORE_RELATION_CELL as _BEFORE_RELATION_CELL
from .variants import NAME_TITLES, likely_gender

_TITLE_WORDS = {fold_key(w) for t in NAME_TITLES for w in t.split()}
_TOKEN = regex.compile(r"(?<![\p{L}\d])(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}{2,3})(?![\p{L}\d])")
_QUOTED_WORD = regex.compile(r"(?:(?<=\s)|^)(?:[“\"‘(]|'(?=\p{Lu}))[^\s“”\"‘’()]+[”\"’')]")
_MACHINE_TOKEN = regex.compile(r"\S*[@_/\\]\S*|\S+\.\w\S*")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d])")
_RELATION = regex.compile(
    r"\b(?:her|his|their|the victim['’]s|[\p{Lu}][\p{L}]+['’]s)\s+(?:\w+\s+)?(?:son|daughter|child|children|mother|"
    r"father|sister|brother|husband|wife|partner|ex-partner|former partner|boyfriend|girlfriend|aunt|uncle|niece|"
    r"nephew|cousin|grandmother|grandfather|stepfather|stepmother|mum|dad|sibling)s?\b[,:]?\s*$", re.IGNORECASE)
_VICTIM = re.compile(r"\b(?:died|death|killed|victim|deceased|subject of (?:the|this) review|homicide)\b", re.I)
_PERPETRATOR = re.compile(r"\b(?:perpetrator|convicted|sentenced|charged|arrested|accused|defendant)\b", re.I)
# Two to four capitalised words in a row (with a title before them, if any): a possible full name.
_NAME_RUN = regex.compile(r"(?<![\p{L}\d'’-])(?:(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})*|[ÓO])"
                          r"[ \t\u00a0]+){1,4}\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})*"
                          r"(?![\p{L}\d-])")
# Capitalised at a sentence start or in a heading, never part of a name.
_NOT_NAME_WORDS = {"the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "for", "to", "by", "with", "from",
                   "this", "that", "these", "those", "his", "her", "their", "our", "my", "its", "he", "she", "they",
                   "it", "we", "you", "i", "if", "when", "while", "after", "before", "during", "as", "so", "no",
                   "yes", "review", "report", "table", "appendix", "section", "chapter", "police", "council",
                   "dear", "regards", "mum", "dad"}
_TIME_WORD_BEFORE = regex.compile(r"(?i:\b(?:in|on|since|during|until|till|from|of|by|last|next|early|late|mid|"
                                  r"before|after|each|every)\s+)$")
# A capitalised word inside a sentence and outside a run of capitalised words ("Lowmarsh Police", "Integrated Care
# Board" name bodies; headings and table cells capitalise ordinary words): a lower-case word before it, and no
# capitalised word after it.
_LONE_CAPITALISED = regex.compile(r"(?<=\p{Ll},?[ ])(?P<word>\p{Lu}\p{Ll}{2,})(?![\p{L}\d-])(?![ \t]\p{Lu})")
# "Jan", "Mar", "Sun", "May": a date's words, a short form of a name only where the draft says so
_CALENDAR = {fold_key(w) for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                   *calendar.day_abbr, "Sept", "Tues", "Thur", "Thurs") if w}
# wordfreq's Zipf scale: 3.5 is about once in 300,000 words; "Tomek", "Aga", "Mags" are rarer, "Page", "Road" not.
_ORDINARY_ZIPF = 3.5
# Once in 100,000 words or more ("Word", "Court", "Office"): no surname is that common ("Singh" 4.0, "Khan" 4.3).
_COMMON_ZIPF = 5.0
# A word that opens a run of capitals without being a name: "Email Maggie", "Contact Grace Mensah".
_LEADING_ZIPF = 4.5
_INTRODUCES = regex.compile(r"[(\[“\"‘']|\b(?i:known|called|aka|a\.k\.a|also|née|nee|born|formerly|previously|or)\b")
_PRONOUN_GENDER = {"her": "female", "she": "female", "him": "male", "he": "male", "his": "male"}


def _lower_particle(word: str) -> bool:
    """'al-Rashid', 'el-Masri', 'bin-Laden' (a particle joined to a capitalised surname), or 'van', 'der', 'de', 'bin'
    between the words of a name: part of the surname, although written in lower case."""
    head, _, rest = word.partition("-")
    if rest:
        return fold_key(head) in SURNAME_PARTICLES and rest[:1].isupper()
    return fold_key(word) in SURNAME_PARTICLES


def name_words(text: str) -> list[str]:
    """The words of a person mention without titles, ranks, numbers, a possessive or a quoted nickname."""
    text = _QUOTED_WORD.sub(" ", text)  # "Stephen “Steve” Hartley" is Stephen Hartley
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    words = [w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’") for w in words]
    words = [w for i, w in enumerate(words)
             if fold_key(w.rstrip(".")) not in _TITLE_WORDS and (w[:1].isupper() or i and _lower_particle(w))]
    if words and all(w.isupper() for w in words) and (len(words) > 1 or len(words[0]) > 3):
        # "MARGARET DOYLE" in a heading is Margaret Doyle, "O'SULLIVAN-KAYA" O'Sullivan-Kaya
        words = [regex.sub(r"(?:^|(?<=[-'’]))\p{L}", lambda m: m.group(0).upper(), w.lower()) for w in words]
    while len(words) > 1 and fold_key(words[-1]) in SURNAME_PARTICLES:
        words = words[:-1]  # "Caoimhe Mac" is a name cut short before its surname
    return words


@dataclass
class Proposal:
    """One person as proposed: a name, the other forms the draft uses for them, and why each is there."""

    spellings: Counter = field(default_factory=Counter)   # full names of this person as written
    aliases: dict = field(default_factory=dict)            # alias -> None when sure, else what to check
    mentions: int = 0
    note: str | None = None
    pseudonym: str | None = None                           # the one the draft says was agreed
    role: int = 2                                          # 0 victim, 1 family or perpetrator, 2 anybody else

    @property
    def name(self) -> str:
        longest = max(len(s.split()) for s in self.spellings)
        candidates = [s for s in self.spellings if len(s.split()) == longest]
        # the spelling with diacritics is the person's own: "Wójcik" over "Wojcik"
        return max(candidates, key=lambda s: (sum(not c.isascii() for c in s) > 0, self.spellings[s], s))

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def first(self) -> str:
        return self.words[0]

    @property
    def _surname_start(self) -> int:
        words = self.words
        if len(words) >= 3 and fold_key(words[-2]) in SURNAME_PARTICLES:
            return len(words) - 2  # "Ó Floinn", "Mac Giolla", "Al Hashimi"
        return len(words) - 1

    @property
    def surname(self) -> str | None:
        return " ".join(self.words[self._surname_start:]) if len(self.words) > 1 else None

    @property
    def given_names(self) -> list[str]:
        """First and middle names: the words a nickname can stand for."""
        return self.words[:self._surname_start] if len(self.words) > 1 else self.words

    @property
    def names_in_any_order(self) -> list[str]:
        """Every word that may be the given name: family-name-first traditions write the given name last
        ("Đặng William" known as Will, "Zhang Wei"), so when the draft ties a short form to this person any word
        of the name may be the one it stands for."""
        return [w for w in self.words if fold_key(w) not in SURNAME_PARTICLES]

    def all_words(self) -> set[str]:
        return {fold_key(w) for s in self.spellings for w in s.split()}

    def forms(self) -> list[str]:
        return [*self.spellings, *self.aliases]

    def add_alias(self, alias: str, check: str | None) -> None:
        if alias.casefold() in {a.casefold() for a in (self.name, *self.aliases) if a != alias}:
            return  # matching ignores case: "Caoimhe O'sullivan" from a heading in capitals adds nothing
        if alias == self.name:
            return
        if alias in self.aliases:
            if check is None:
                self.aliases[alias] = None  # a sure reason wins over an uncertain one
            return
        self.aliases[alias] = check

    def absorb(self, other: "Proposal", check: str | None = None) -> None:
        """Take in another proposal's forms as aliases: it was this person under another name or spelling."""
        for spelling in other.spellings:
            self.add_alias(spelling, check)
        for alias, reason in other.aliases.items():
            self.add_alias(alias, reason or check)
        self.mentions += other.mentions


def group_people(mentions: list[str], texts: list[str], not_people: Collection[str] = frozenset(),
                 not_names: Collection[str] = frozenset()) -> list[Proposal]:
    """Group the person mentions found in the draft's ``texts`` by person, victim first.

    ``not_people`` holds folded words known to be something else (places found in the draft), ``not_names``
    the folded names of places and organisations found.
    """
    return _Grouper(mentions, texts, not_people, not_names).run()


class _Grouper:
    def __init__(self, mentions: list[str], texts: list[str], not_people: Collection[str],
                 not_names: Collection[str]):
        self.texts = texts
        self.not_people = set(not_people)
        self.not_names = set(not_names)
        self.full: Counter = Counter()
        self.single: Counter = Counter()
        self.titled: dict[str, str] = {}
        for text in mentions:
            words = name_words(text)
            if len(words) >= 2:
                self.full[" ".join(words)] += 1
            elif len(words) == 1:
                self.single[words[0]] += 1
                first = fold_key(text.split()[0].rstrip("."))
                if first in _TITLE_WORDS:
                    self.titled.setdefault(words[0], " ".join(text.split()))
        prose = [_MACHINE_TOKEN.sub(" ", t) for t in texts]  # "steve.doyle@..." does not make 'steve' a word
        self.lower_words = {m.group(0) for t in prose for m in _LOWER_WORD.finditer(t)}
        self._names_around_nicknames(mentions)
        self._names_the_model_missed(mentions)
        self.declared = declared_pseudonyms(texts)
        self.pseudonyms = {fold_key(w) for p in self.declared.values() for w in p.split()}
        self.tokens: Counter = Counter(m.group(0) for t in texts for m in _TOKEN.finditer(t))

    def _names_around_nicknames(self, mentions: list[str]) -> None:
        """'William (Billy) Pickering' is William Pickering, though the model, put off by the brackets, missed it."""
        person_words = {w for m in mentions for w in name_words(m)}
        for text in self.texts:
            for _, nick, full in introduced_short_names(text):
                words = name_words(full or "")
                if len(words) >= 2 and len(nick) > 1 and " ".join(words) not in self.full and (
                        set(words) & person_words or likely_gender(words[0]) is not None):
                    self.full[" ".join(words)] += 1

    def _names_the_model_missed(self, mentions: list[str]) -> None:
        """Capitalised runs of name words that hold a word the model did take for a name ('Rajinder Bhattacharya'
        beside 'Mr Bhattacharya'), or that open with a known given name: the model misses names of some
        communities, and a full name missed here is a person missing from the rules."""
        person_words = {fold_key(w) for m in mentions for w in name_words(m)}
        for text in self.texts:
            for m in _NAME_RUN.finditer(text):
                words = name_words(m.group(0))
                while words and (fold_key(words[0]) in _NOT_NAME_WORDS or (
                        _frequent(words[0], _LEADING_ZIPF) and likely_gender(words[0]) is None)):
                    words = words[1:]  # "Email Maggie", "Dear Margaret Doyle"
                if len(words) < 2 or len(words) > 4 or " ".join(words) in self.full:
                    continue
                if any(fold_key(" ".join(words)) in other for other in self.not_names):
                    continue  # "Hartsford Homes" is an organisation the detector found
                if any(w.lower() in self.lower_words or fold_key(w) in _NOT_NAME_WORDS for w in words):
                    continue
                if any(_frequent(w, _COMMON_ZIPF) and likely_gender(w) is None for w in words):
                    continue  # "Microsoft Macintosh Word": a word of the language or a brand is in it
                if any(fold_key(w) in person_words for w in words) or likely_gender(words[0]) is not None:
                    self.full[" ".join(words)] += 1

    # ---------------------------------------------------------------- steps

    def run(self) -> list[Proposal]:
        people = self._full_names()
        people = self._nickname_full_names(people)
        self.tokens = self._free_tokens(people)
        self._short_forms(people)
        people = self._other_full_names(people)
        people += self._surname_only(people)
        people += self._orphans(people)
        self._roles(people)
        self._agreed_pseudonyms(people)
        return sorted(people, key=lambda p: (p.role, -p.mentions, p.name))

    def _full_names(self) -> list[Proposal]:
        """One proposal per full name, same name in other spellings and shorter forms ('Margaret Doyle') folded in."""
        people: list[Proposal] = []
        # longest first: "Sarah-Jane Louise Greenwood" must be there before "Jane Louise Greenwood" looks for it
        for name in sorted(self.full, key=lambda n: (-len(n.split()), -len(n), -self.full[n], n)):
            words = [fold_key(w) for w in name.split()]
            if words[0] in SURNAME_PARTICLES and any(
                    [fold_key(w) for w in p.name.split()][-len(words):] == words for p in people):
                continue  # "Mr Mac Giolla": a surname of two words, the library's to derive, perhaps shared
            home = next((p for p in people if _same_name(words, [fold_key(w) for w in p.name.split()])), None)
            part_of = next((p for p in people if _part_of_name(words, [fold_key(w) for w in p.name.split()])),
                           None)
            if home is None and part_of is not None:
                # "Adjoa Mensah" beside "Grace Adjoa Mensah": the same woman, most likely
                part_of.add_alias(name, f"'{name}' is part of the full name {part_of.name}")
                part_of.mentions += self.full[name]
                continue
            if home is None:
                home = Proposal()
                people.append(home)
            home.spellings[name] += self.full[name]
            home.mentions += self.full[name]
        for person in people:
            for spelling in person.spellings:
                if spelling != person.name:
                    person.add_alias(spelling, None)
            person.mentions += self.single.get(person.first, 0)
        return people

    def _nickname_full_names(self, people: list[Proposal]) -> list[Proposal]:
        """'Maggie Doyle' is Margaret Doyle when Maggie is a nickname of Margaret and the surname is the same."""
        kept = list(people)
        # shortest first names first, so that 'Mags Doyle' joins 'Maggie Doyle' before that joins Margaret
        for person in sorted(people, key=lambda p: (len(p.first), p.name)):
            if not person.surname:
                continue
            for home in kept:
                if home is person or not home.surname or fold_key(home.surname) != fold_key(person.surname):
                    continue
                if self._named_side_by_side(person, home):
                    continue  # "her sister May bin Saeed and mother Mariam bin Saeed": two people
                if any(is_nickname_of(person.first, g) for g in home.given_names):
                    home.absorb(person, None)
                elif any(is_short_form_of(person.first, g) for g in home.given_names) and \
                        _genders_agree(person.first, home.first):
                    # only a guess from shared letters ("Kajan" and "Kavitha", "Kasia" and "Katarzyna"): kept as
                    # an entry of its own that the author merges if it is the same person; merged wrongly, the
                    # author would delete the alias and lose a relative
                    person.note = f"check: the same person as {home.name}? ('{person.first}' may be short for " \
                                  f"'{home.first}')"
                    continue
                else:
                    continue
                kept.remove(person)
                break
        return kept

    def _named_side_by_side(self, one: Proposal, other: Proposal) -> bool:
        """Both full names in one sentence with nothing between them that introduces one as the other (brackets,
        'known as', 'née'): a draft names one person once per sentence, so these are two people."""
        first, second = _forms_pattern(list(one.spellings)), _forms_pattern(list(other.spellings))
        if first is None or second is None:
            return False
        for text in self.texts:
            for sentence in (text[start:end] for start, end in Sentences(text).spans()):
                a, b = first.search(sentence), second.search(sentence)
                if a and b:
                    between = sentence[min(a.end(), b.end()):max(a.start(), b.start())]
                    if not _INTRODUCES.search(between):
                        return True
        return False

    def _short_forms(self, people: list[Proposal]) -> None:
        """Single words the draft uses for a person: middle names, introduced names, nicknames, clipped forms."""
        taken = {fold_key(w) for p in people for w in (p.first, *(p.surname or "").split()) if w}
        taken |= self.pseudonyms | _TITLE_WORDS
        for segment, position, word, full in self._introductions():
            # the draft saying so beats the model's guess: "known as Mo" although the model took Mo for a place
            if not self._could_be_name(word, stated=True) or fold_key(word) in taken or (
                    word.isupper() and len(word) > 3):
                continue
            subject = self._subject_of(people, segment, position, word, full)
            if subject is None:
                continue
            fits = any(is_nickname_of(word, g) or is_short_form_of(word, g) or word in initials_of(g)
                       for g in subject.names_in_any_order)
            if word.isupper() and not fits:
                continue  # "(IMR)" after a name is an acronym, not what anybody was called
            if word.lower() in self.lower_words and not fits and likely_gender(word) is None:
                continue  # "known as Domestic ..." names a thing
            subject.add_alias(word, None)
        for person in people:
            for middle in person.given_names[1:]:
                if fold_key(middle) not in taken and self._used_alone(person, middle):
                    person.add_alias(middle, None)  # a middle name used alone elsewhere
        assigned = {fold_key(a) for p in people for a in p.aliases}
        for word in sorted(set(self.tokens) | set(self.single)):
            key = fold_key(word)
            if key in taken or key in assigned or not self._could_be_name(word):
                continue
            claims = self._claims(people, word)
            if not claims:
                continue
            person, reason = claims[0]
            if len(claims) > 1 and reason is None:
                reason = f"also fits {', '.join(p.first for p, _ in claims[1:3])}"
            if reason is None and word.lower() in self.lower_words:
                reason = f"'{word.lower()}' is also an ordinary word in the draft"
            if reason is None and not self._near(person, word):
                reason = f"never in the same paragraph as {person.first}"
            person.add_alias(word, reason)
            assigned.add(key)

    def _free_tokens(self, people: list[Proposal]) -> Counter:
        """Capitalised words outside the full names found: 'Ann' inside 'Margaret Ann Doyle' is no short form."""
        spellings = _forms_pattern([f for p in people for f in p.forms() if " " in f])
        return Counter(m.group(0) for t in self.texts for m in _TOKEN.finditer(spellings.sub(" ", t) if spellings
                                                                                  else t))

    def _looks_like_a_name(self, word: str) -> bool:
        """A capitalised word worth matching against given names: tagged a person, or no ordinary word."""
        if word in self.single:
            return True
        if word.isupper() or word.lower() in self.lower_words:
            return False
        return not _frequent(word) or likely_gender(word) is not None  # "Paddy" is both

    def _claims(self, people: list[Proposal], word: str) -> list[tuple[Proposal, str | None]]:
        """Who ``word`` could stand for, the surest first (a nickname in the package before a clipped form)."""
        sure: list[tuple[Proposal, str | None]] = []
        unsure: list[tuple[Proposal, str | None]] = []
        for person in sorted(people, key=lambda p: -p.mentions):
            givens = person.given_names if person.surname else []
            if any(is_nickname_of(word, g) for g in givens):
                sure.append((person, None))
            elif word.isupper() and any(word in initials_of(g) for g in givens[:1]):
                unsure.append((person, f"'{word}' may be the initials of {person.first}"))
            elif self._looks_like_a_name(word) and any(is_short_form_of(word, g) and (
                    _shared_start(word, g) >= 3 or not _frequent(word)) for g in givens):
                # two shared letters are enough for a rare word ("Aga", "Kasia"), not for a name of its own
                # ("Amber" is no Amara, "Jan" no James)
                unsure.append((person, f"'{word}' looks like a short form of {person.first}"))
            elif person.surname and self._looks_like_a_name(word) and any(
                    is_nickname_of(word, g) for g in person.names_in_any_order if g not in givens):
                unsure.append((person, f"'{word}' is a short form of {person.name} if the given name comes last"))
        return sure + unsure

    def _other_full_names(self, people: list[Proposal]) -> list[Proposal]:
        """'born Margaret Kelly', 'recorded under the name ...': that full name is an alias of the person."""
        for segment, text in enumerate(self.texts):
            for position, name in other_full_names(text):
                words = name_words(name)
                if len(words) < 2:
                    continue
                key = [fold_key(w) for w in words]
                other = next((p for p in people if [fold_key(w) for w in p.name.split()] == key
                              or any([fold_key(w) for w in s.split()] == key for s in p.spellings)), None)
                fitting = [p for p in people if p is not other and any(
                    fold_key(g) == key[0] or is_nickname_of(words[0], g) or is_short_form_of(words[0], g)
                    for g in p.given_names[:1])]
                if not fitting:
                    continue  # another person altogether ("spellings, Tomasz Wójcik and ..."): merged by folding
                subject = fitting[0] if len(fitting) == 1 else self._subject_of(fitting, segment, position,
                                                                                 words[0], None) or fitting[0]
                if other is subject:
                    continue
                if other is not None:
                    people.remove(other)
                    subject.absorb(other, None)
                elif fold_key(words[0]) == fold_key(subject.first) or likely_gender(words[0]) is not None:
                    subject.add_alias(" ".join(words), None)
        return people

    def _surname_only(self, people: list[Proposal]) -> list[Proposal]:
        """'Mr Barnard' with no full name in the draft: propose the surname, the author adds the first name."""
        known = set().union(*(p.all_words() for p in people)) if people else set()
        known |= {fold_key(w) for p in people for a in p.aliases for w in a.split()}
        out = []
        for surname, seen in sorted(self.titled.items()):
            if fold_key(surname) in known or fold_key(surname) in self.pseudonyms:
                continue
            proposal = Proposal(spellings=Counter({surname: self.single[surname]}), mentions=self.single[surname],
                                note=f"seen only as '{seen}': add the first name if the draft gives it")
            out.append(proposal)
            known.add(fold_key(surname))
        return out

    def _orphans(self, people: list[Proposal]) -> list[Proposal]:
        """A given name used alone that fits nobody listed: its own entry, for the author to place."""
        known = set().union(*(p.all_words() for p in people)) if people else set()
        known |= {fold_key(w) for p in people for a in p.aliases for w in a.split()}
        known |= self.pseudonyms
        out = []
        in_family = self._family_context_words()
        judged = self._ordinary_words_used_as_names()
        candidates = {**judged, **{w: 0 for w in in_family}, **self.single}
        for word, count in sorted(candidates.items(), key=lambda item: (-item[1], item[0])):
            if fold_key(word) in known or word in self.titled or not self._could_be_name(word, stated=word in in_family):
                continue
            if word in judged and word not in in_family and word not in self.single:
                # "no agency asked Precious about", "Precious' case": the model never labelled it, the sentence does
                note = f"used alone as a name {judged[word]} times; check: '{word.lower()}' is also a word"
            elif word in in_family:
                # "children: Hope (5)", "Hope<TAB>daughter": a relative named by a given name alone, even one
                # that is also a word ("Hope", "Amber"): a person missing from the rules is a leak
                note = "named alone as a relative" + (
                    f"; check: '{word.lower()}' is also a word in the draft" if word.lower() in self.lower_words
                    else "")
            elif word.lower() in self.lower_words or likely_gender(word) is None:
                continue
            else:
                note = "used alone: if this is somebody above, move it to their aliases"
            out.append(Proposal(spellings=Counter({word: max(count, 1)}), mentions=max(count, 1), note=note,
                                role=1 if word in in_family else 2))
            known.add(fold_key(word))  # "Siobhan" beside "Siobhán" is the same name
        return out

    def _ordinary_words_used_as_names(self) -> Counter:
        """Ordinary words ("Precious", "Grace") that stand alone, capitalised, where the name-or-word judgement
        reads a name, at least twice: a person the model may never label, whom a missing rule would leak."""
        from spacy.lang.en.stop_words import STOP_WORDS

        from .name_or_word import NameOrWord, Reading, is_ordinary_word

        from .rules import load_rules

        # only words that are given names somewhere ("Precious", "Comfort"): a body's name ("the Police", "the
        # Court") is capitalised alone mid-sentence too, and an unlisted body is never a person to propose
        given_words = {fold_key(w) for w in load_rules(None).detection.common_word_names}
        judge = NameOrWord(())
        counts: Counter = Counter()
        for text in self.texts:
            for m in _LONE_CAPITALISED.finditer(text):
                word = m.group("word")
                if word.lower() in STOP_WORDS or fold_key(word) in _CALENDAR or not is_ordinary_word(word) \
                        or (likely_gender(word) is None and fold_key(word) not in given_words):
                    continue
                if judge.judge(text, m.start("word"), m.end("word")).reading is Reading.NAME:
                    counts[word] += 1
        return Counter({word: n for word, n in counts.items() if n >= 2})

    def _family_context_words(self) -> set[str]:
        """Capitalised words that a relation word or an age marks as a person: 'her daughter Hope', 'Hope (5)',
        a family table's 'Hope<TAB>daughter'."""
        words: set[str] = set()
        for text in self.texts:
            for pattern in (_AFTER_RELATION, _BEFORE_AGE, _BEFORE_RELATION_CELL):
                for m in pattern.finditer(text):
                    # a month or weekday is a relative's name after "her daughter" or in a family table row, and
                    # before an age unless a time word precedes it ("in May (2)" is a footnote, "May (2)" a child)
                    if fold_key(m.group("name")) in _CALENDAR and pattern is _BEFORE_AGE \
                            and ending_at(_TIME_WORD_BEFORE, text, m.start()):
                        continue
                    if kept_by_policy(text, m.start("name"), m.end("name")):
                        continue   # "her father Somali": a people, not a relative's name
                    words.add(m.group("name"))
        return {w for w in words if fold_key(w) not in _NOT_NAME_WORDS and fold_key(w) not in _TITLE_WORDS}

    def _roles(self, people: list[Proposal]) -> None:
        """Victim first, then family and the perpetrator: the entries the author must get right."""
        victim_score: Counter = Counter()
        for person in people:
            pattern = _forms_pattern(person.forms())
            if pattern is None:
                continue
            for text in self.texts:
                for m in pattern.finditer(text):
                    sentence = _sentence_around(text, m.start(), m.end())
                    if _VICTIM.search(sentence):
                        victim_score[id(person)] += 1
                    if _RELATION.search(text[max(0, m.start() - 60):m.start()]) or _PERPETRATOR.search(sentence):
                        person.role = 1
        if not people:
            return
        victim = max(people, key=lambda p: (victim_score[id(p)] + p.mentions / 10, p.mentions))
        victim.role = 0
        for person in people:
            if person is not victim and victim.surname and person.surname and \
                    fold_key(person.surname) == fold_key(victim.surname):
                person.role = 1

    def _agreed_pseudonyms(self, people: list[Proposal]) -> None:
        for real, pseudonym in self.declared.items():
            key = fold_key(real)
            owners = [p for p in people if key in {fold_key(f) for f in p.forms()}] or [
                p for p in people if fold_key(p.first) == key]
            if len(owners) == 1 and owners[0].pseudonym is None:
                owners[0].pseudonym = pseudonym

    # ---------------------------------------------------------------- helpers

    def _introductions(self):
        for segment, text in enumerate(self.texts):
            for position, word, full in introduced_short_names(text):
                yield segment, position, word, full

    def _could_be_name(self, word: str, stated: bool = False) -> bool:
        key = fold_key(word)
        return (len(key) >= 2 and key not in _TITLE_WORDS and key not in self.pseudonyms
                and (stated or (key not in self.not_people and key not in _CALENDAR)) and word[:1].isupper())

    def _used_alone(self, person: Proposal, word: str) -> bool:
        """A middle name used outside the person's full name (alone, or with the surname only)."""
        full = _forms_pattern([s for s in person.spellings if word in s.split()])
        token = regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(word)}(?![\p{{L}}\d])")
        return any(token.search(full.sub("", t) if full else t) for t in self.texts if word in t)

    def _near(self, person: Proposal, word: str) -> bool:
        pattern = _forms_pattern([f for f in person.forms() if " " in f] + [person.first])
        token = regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(word)}(?![\p{{L}}\d])")
        return pattern is not None and any(token.search(t) and pattern.search(t) for t in self.texts)

    def _subject_of(self, people, segment: int, position: int, word: str, full: str | None) -> Proposal | None:
        """The person a name introduced at ``position`` belongs to: named with it, or named just before it."""
        if full is not None:
            key = [fold_key(w) for w in name_words(full)]
            for person in people:
                for spelling in person.spellings:
                    words = [fold_key(w) for w in spelling.split()]
                    if key and (words == key or (words[0] == key[0] and words[-1] == key[-1])):
                        return person
            return None  # "Crime Commissioner (PCC)": the words before the brackets are nobody listed
        nearest: list[Proposal] = []
        for index in range(segment, max(-1, segment - 4), -1):
            text = self.texts[index][:position] if index == segment else self.texts[index]
            found: list[tuple[int, Proposal]] = []
            for person in people:
                pattern = _forms_pattern(person.forms() + [person.first])
                if pattern is not None:
                    found += [(m.start(), person) for m in pattern.finditer(text)]
            for _, person in sorted(found, key=lambda f: -f[0]):
                if person not in nearest:
                    nearest.append(person)
        for person in nearest:  # a name that fits the person's given names wins over mere nearness
            givens = person.names_in_any_order
            if any(fold_key(word) == fold_key(g) or is_nickname_of(word, g) or is_short_form_of(word, g)
                   for g in givens):
                return person
        text = self.texts[segment]
        # "who was called Kofi by his family", "called her": the pronoun of the introducing words, else one before
        pronoun = regex.search(r"\b(her|him|his|she|he)\b", text[position:position + 60]) or regex.search(
            r"\b(her|him|his|she|he)\b(?!.*\b(?:her|him|his|she|he)\b)", text[max(0, position - 40):position])
        if pronoun:
            wanted = _PRONOUN_GENDER[pronoun.group(1).lower()]
            for person in nearest:
                if likely_gender(person.first) in (wanted, None):
                    return person
        return nearest[0] if nearest else None


def _genders_agree(word: str, given: str) -> bool:
    """Whether a clipped first name may stand for ``given``: 'Mark' is a son of his own, not short for his mother
    Marie. Only used to suggest that two full names are one person; a word alone is still proposed ('Winnie' for
    Winston, marked check)."""
    from .given_name_genders import given_name_gender

    # the clipped word's gender counts only where several countries agree: one country's list may give a
    # short form ("Aga", for Agnieszka) to the other gender
    ours, theirs = given_name_gender(word, min_countries=2), likely_gender(given)
    return ours is None or theirs is None or ours == theirs


def _shared_start(a: str, b: str) -> int:
    a, b = fold_key(a), fold_key(b)
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _frequent(word: str, threshold: float | None = None) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= (threshold or _ORDINARY_ZIPF)


def _same_name(words: list[str], home: list[str]) -> bool:
    """Same person's full name: same first word and surname, and the shorter's middle words inside the longer;
    or the longer name cut short ("Caoimhe Eoin" of "Caoimhe Eoin O'Sullivan"), or its surname of two words
    ("Mac Giolla" of "Pádraig Mac Giolla")."""
    if len(words) > len(home):
        return False
    if "-" in home[0] and words[0] == home[0].split("-")[-1] and words[1:] == home[1:]:
        return True  # "Jane Louise Greenwood": "Sarah-Jane Louise Greenwood" cut at the hyphen
    if words[0] == home[0] and words[-1] == home[-1] and all(w in home for w in words):
        return True
    return words == home[:len(words)] or (words[0] in SURNAME_PARTICLES and words == home[-len(words):])


def _part_of_name(words: list[str], home: list[str]) -> bool:
    """A run of the words of a longer name that is not its start: middle name and surname."""
    n = len(words)
    return n < len(home) and any(home[i:i + n] == words for i in range(1, len(home) - n + 1))


_PATTERNS: dict[tuple[str, ...], regex.Pattern | None] = {}


def _forms_pattern(forms: list[str]) -> regex.Pattern | None:
    key = tuple(sorted(set(forms), key=lambda f: (-len(f), f)))
    if key not in _PATTERNS:
        _PATTERNS[key] = regex.compile(
            r"(?<![\p{L}\d])(?:" + "|".join(regex.escape(f) for f in key) + r")(?![\p{L}\d])") if key else None
    return _PATTERNS[key]


def _sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]
