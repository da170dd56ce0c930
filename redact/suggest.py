"""Nickname suggestions: likely short forms of listed first names that the document uses but the rules lack.

Suggestions only: a nickname the package lists is never replaced unless the author adds it to the person's aliases,
because "Peg" or "Rita" in a report may well be somebody else. The short forms ``redact.short_forms`` reads (nam_dict's
equivalent names, a community's diminutives, a Yoruba or Igbo name without its opening element) are forms of the
person already and are not suggested.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex


from .lazy_patterns import lazy

from .normalise import fold_key
from .rules import Rules
from .sentences import Sentences, sentence_bounds
from .variants import SHORT_FORM, variants

_CAPITALISED = lazy(re.compile, r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=1)
def _namer():
    from nicknames import NickNamer

    return NickNamer()


def nicknames_for(first_name: str) -> set[str]:
    return {n.capitalize() for n in _namer().nicknames_of(first_name.lower())}


def nickname_suggestions(rules: Rules, texts: list[str]) -> list[dict]:
    words = Counter(w for text in texts for w in _CAPITALISED.findall(text))
    known = {fold_key(n) for p in rules.people for n in (p.name, *p.aliases, *p.name.split())}
    known |= {fold_key(t) for t in rules.keep}
    # a short form the tables know is a form of the person already (``redact.short_forms``): nothing to add
    known |= {fold_key(v.text) for v in variants(rules) if v.form == SHORT_FORM}
    out = []
    for person in rules.people:
        first = person.name.split()[0]
        for nickname in sorted(nicknames_for(first)):
            if fold_key(nickname) in known or not words.get(nickname):
                continue
            out.append({"person": person.pseudonym and f"'{person.pseudonym}' ({first})", "word": nickname,
                        "count": words[nickname]})
    return out


def canonicals_for(nickname: str) -> set[str]:
    """The full given names a short form stands for ("Will" -> William, Wilfred, ...)."""
    return {n.capitalize() for n in _namer().canonicals_of(nickname.lower())}


def is_nickname_of(word: str, given: str) -> bool:
    """'Maggie' for Margaret, 'Bill' for William: the nicknames package's table, in either direction."""
    folded, full = fold_key(word), fold_key(given)
    return folded != full and (folded in {fold_key(n) for n in nicknames_for(given)}
                               or full in {fold_key(n) for n in canonicals_for(word)})


def is_short_form_of(word: str, given: str) -> bool:
    """A clipped or pet form the package does not list: 'Aga' for Agnieszka, 'Tomek' for Tomasz, 'Mags' for
    Margaret, 'Ayşecik' for Ayşe.

    Shorter than the given name and sharing its opening letters (three, or two for a form of up to five
    letters: 'Aga' for Agnieszka, 'Kasia' for Katarzyna). Deliberately generous: init proposes what this
    finds marked "check", for words that look like names, and never a word the draft gives somebody else.
    """
    folded, full = fold_key(word), fold_key(given)
    if not folded.isalpha() or len(folded) < 3 or folded == full:
        return False
    if len(folded) > len(full):  # the name with a pet ending: "Ayşecik" for Ayşe, "Johnnie" for John
        return len(full) >= 3 and folded.startswith(full) and len(folded) - len(full) <= 4
    if len(folded) >= len(full):
        return False  # "Margaret" is no short form of "Mary-Ann"
    shared = len(_common_prefix(folded, full))
    return shared >= 3 or (shared == 2 and len(folded) <= 5)


def initials_of(given: str) -> set[str]:
    """'SJ', 'S-J', 'S.J.' for a compound given name ('Sarah-Jane', 'Mary Kate' written as one)."""
    parts = [p for p in regex.split(r"[-\s]+", given) if p]
    if len(parts) < 2:
        return set()
    letters = [p[0].upper() for p in parts]
    return {"".join(letters), "-".join(letters), ".".join(letters) + "."}


def _common_prefix(a: str, b: str) -> str:
    out = []
    for x, y in zip(a, b):
        if x != y:
            break
        out.append(x)
    return "".join(out)


# ---------------------------------------------------------------- names introduced in the text

# Words that open a surname of more than one word: "Mac Giolla", "Ní Bhriain", "van der Berg", "Al-", "bin".
SURNAME_PARTICLES = {"mac", "mc", "ni", "nic", "o", "ui", "mhic", "de", "da", "di", "del", "della", "van", "von",
                     "der", "den", "le", "la", "al", "el", "bin", "ibn", "bint", "abu", "ben", "st", "ap"}

_WORD = r"\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}"
# quotes of every kind: English, German and Polish „…“ „…”, French and Swiss «…» »…«, single ‚…‘ ‹…›
OPENING_QUOTES = "‘'“\"„‚«»‹›"
CLOSING_QUOTES = "’'”\"“‘»«›‹"
_OPEN_ONE = f"[{OPENING_QUOTES}]"
_CLOSE_ONE = f"[{CLOSING_QUOTES}]"
_OPEN = f"{_OPEN_ONE}?"
_CLOSE = f"{_CLOSE_ONE}?"
# who calls a person by a nickname: "friends", "the lads", "people on the estate", "his colleagues"
_PEOPLE_WORD = r"\p{Ll}[\p{Ll}'’-]*"
# "known to his friends as Billy", "also known as", "aka", "who was called", "whose friends called her",
# "knew her as", "went by", "preferred to be called", "her day name, Kofi": the word after is what people called
# the person named just before.
_INTRODUCERS = [
    r"\b(?:also |better |commonly |widely |affectionately |usually |always )?known(?: \p{Ll}+ly)?"
    r"(?: (?:to|on|in|around|among|amongst)(?: [\p{Ll}’']+){1,4})? as",
    r"\ba\.?k\.?a\.?",
    r"\bAKA",
    r"\b(?:who|whom) (?:was|is|were) (?:always |often |usually |affectionately )?called",
    # "her dad called her his little Mimi"
    r"\bcalled (?:her|him|them)(?:self|selves)?(?: (?:his|her|their|my|our)(?: little| wee| sweet| baby)?)?",
    r"\bknew (?:her|him|them) as",
    r"\b(?:went|goes|go|going) by(?: the name(?: of)?)?",
    r"\bpreferred(?: to be called| the name| to be known as)",
    r"\banswered to",
    # "her pet name in the family was", "his nickname at school:"
    r"\b(?:nickname|nick-name|pet name|day name|middle name|preferred name|name at home|short name|street name|"
    r"road name|gang name)(?: for (?:her|him|them))?(?: (?:in|at|among|amongst|within) (?:the |her |his |their )?"
    r"\p{Ll}+)?"
    r"(?: was| is|:|,)?(?: always)?",
    # "her family's name for her was", "a special name for her:", "the name her brothers used for her was"
    r"\bname (?:for|(?:\p{Ll}+['’]?s? ){1,4}(?:used for|had for)) (?:her|him|them|(?-i:\p{Lu}\p{Ll}+))"
    r"(?: was| is|:|,)",
    r"\b(?:nicknamed|nick-named)",
    # "who friends called Tank", "whom the lads called Bully", "who people on the estate called Blade"
    rf"\b(?:who|whom)(?: {_PEOPLE_WORD}){{1,4}} (?:called|call|calls|knew as|know as)",
    # "He was called Boss": a person's, not "the service was called Pathways"
    r"\b(?i:he|she) (?:was|is|had been|has been) (?:always |often |usually |affectionately )?called",
]
# "At home she was Lolly to everyone", "Ms Adeyemi was always “Bukky” to her cousins": the nickname before who
# called her so; unquoted, a word is no nickname ("she was English to everyone she met", ``_introduced_beside_who``)
_WAS_NAME_TO_PEOPLE = lazy(regex.compile,
    rf"(?<!\b(?i:it|this|that|there|which|what) )\b(?:was|is|were|had(?: always)? been|has(?: always)? been)"
    rf"(?: always| simply| just| only| affectionately)?"
    rf"\s+(?P<quote>{_OPEN_ONE})?(?P<nick>{_WORD})(?:\s(?P<nick2>{_WORD}))?(?(quote){_CLOSE_ONE}|)\s+"
    rf"to(?: {_PEOPLE_WORD}){{1,4}}\b")
# "To her friends she was simply Goldy", "Among her aunties Harpreet was 'Mali'", "In the family she was always
# Lolly": who called her so, or where, then the nickname
_TO_PEOPLE_WAS = lazy(regex.compile,
    rf"(?:\b(?i:to|among|amongst)(?: {_PEOPLE_WORD}){{1,4}}|\b(?i:in|at|within) (?:the |her |his |their )?"
    rf"(?:family|home|house|household))(?: {_PEOPLE_WORD}){{0,2}},?\s+"
    rf"(?:(?i:she|he|they)|(?:{_WORD})(?:\s(?:{_WORD}))?)\s+"
    rf"(?:was|is|had(?: always)? been|has(?: always)? been)(?: always| simply| just| only| affectionately)?"
    rf"\s+(?P<quote>{_OPEN_ONE})?(?P<nick>{_WORD})(?:\s(?P<nick2>{_WORD}))?(?(quote){_CLOSE_ONE}|)(?![\p{{L}}'’-])")
# "'Funmi', as her mother called her,", "Didi was what her mother called her", "“Tsura” was the name the family used
# for her": the nickname first, then who called her so
_NICKNAME_THEN_WHO = lazy(regex.compile,
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<quote>{_OPEN_ONE})?(?P<nick>{_WORD})(?(quote){_CLOSE_ONE}|)"
    rf"(?:,?\s+as(?: {_PEOPLE_WORD}){{1,4}} (?:called|call|calls|knew|know|knows) (?:her|him|them)\b"
    rf"|\s+(?:was|is) (?:what|the (?:pet |nick|special |family )?name)(?: {_PEOPLE_WORD}){{1,4}} "
    rf"(?:called|call|calls|used for|use for|had for)\b)")
# "or Stretch as the lads called him", "(or ‘Smudge’ as everyone knew him)", "“Tank” to his friends", "Chinedu –
# ‘Bully’ to his mates –": the nickname before what says who called him so
_INTRODUCED_BEFORE = lazy(regex.compile,
    rf"(?:\bor\s+{_OPEN}(?P<nick>{_WORD}){_CLOSE}\s+as(?: {_PEOPLE_WORD}){{1,4}} (?:called|call|knew|know)\b"
    rf"|(?<=[,(–—-]\s*){_OPEN_ONE}(?P<quoted>{_WORD}){_CLOSE_ONE}\s+to(?: {_PEOPLE_WORD}){{1,4}}(?=\s*[,)–—-]))")
# "Craig was called Boss by his colleagues": a name, then who called him so
_CALLED_BY = lazy(regex.compile,
    rf"(?:{_WORD}) (?:was|is|had been|has been) (?:always |often |usually |affectionately )?called\s+{_OPEN}"
    rf"(?P<nick>{_WORD}){_CLOSE}\s+by(?: {_PEOPLE_WORD}){{1,4}}\b")
# "Everyone called Liam “Smudge”", "his mates called Craig 'Tank'": a name, then the nickname in quotes
_CALLED_NAME_QUOTED = lazy(regex.compile,
    rf"\bcalled\s+(?:{_WORD})(?:\s+(?:{_WORD}))?\s+{_OPEN_ONE}(?P<nick>{_WORD}){_CLOSE_ONE}")
# in any case: a sentence may open with one ("Known to friends as 'Thau', she...", "Nickname: Thau")
_INTRODUCED = lazy(regex.compile,
    rf"(?i:{'|'.join(_INTRODUCERS)})\s+{_OPEN}(?P<nick>{_WORD})(?:\s(?P<nick2>{_WORD}))?{_CLOSE}")
# "Kofi, his day name", "Adjoa – her middle name"
_NAMED_AFTER = lazy(regex.compile,
    rf"(?P<nick>{_WORD}){_CLOSE}(?:,| –| -| \()\s*(?:which was |being )?(?:her|his|their) "
    r"(?:(?:family|childhood|school|old|own) )?"   # "Pinky (her family nickname)", "Bubbles, her childhood pet name"
    r"(?:day name|nickname|pet name|middle name|preferred name|family name for (?:her|him))")
# William “Will” Hartley, William (Bill) Hartley, William 'Billy' Hartley
_PARTICLE = rf"(?i:{'|'.join(sorted(SURNAME_PARTICLES, key=len, reverse=True))}|Ó|Ní|Uí)"
_INSIDE_NAME = regex.compile(
    rf"(?P<first>{_WORD})\s+(?:{_OPEN_ONE}|\((?:known as |aka |a\.k\.a\. |called )?{_OPEN})(?P<nick>{_WORD})"
    rf"(?:{_CLOSE_ONE}\)?|\))"
    rf"\s+(?P<last>(?:{_PARTICLE}[\s-]+){{0,2}}{_WORD})")
# a surname may open with a particle: "Sanne van Dijk", "Khalid al-Rashid"
_SURNAME_WORD = rf"(?:{_PARTICLE}[\s-]+){{0,2}}(?:{_WORD})"
# Grace Mensah (Adjoa), Grace Mensah ("Adjoa"), Grace Mensah (known as Adjoa)
# what introduces a nickname right after the name: "known as", "known to friends as", "known locally as", "aka",
# "nicknamed", "who friends called", "called"
_AFTER_A_NAME_INTRODUCER = (rf"(?:{_INTRODUCERS[0]}|{_INTRODUCERS[1]}|AKA|nicknamed|"
                            rf"(?:who|whom)(?: {_PEOPLE_WORD}){{1,4}} (?:called|knew as)|called)")
_AFTER_NAME = regex.compile(
    rf"(?P<full>(?:{_WORD})(?:\s+{_SURNAME_WORD}){{1,3}})\s*\((?:{_AFTER_A_NAME_INTRODUCER} )?"
    rf"{_OPEN}(?P<nick>{_WORD}){_CLOSE}\)")
# Grace Mensah, known as Adjoa, ...; Grace Mensah aka 'Adjoa': a comma before takes the comma after with it
_INTRODUCED_AFTER_NAME = regex.compile(
    rf"(?P<full>(?:{_WORD})(?:\s+{_SURNAME_WORD}){{1,3}})(?:(?P<comma>,)\s+|\s+)"
    rf"(?P<introducer>{_AFTER_A_NAME_INTRODUCER})\s+{_OPEN}(?P<nick>{_WORD}){_CLOSE}(?!\s*\p{{Lu}}|[\p{{L}}'’-])"
    rf"(?(comma)(?:,(?=\s))?|)")
# "known to his friends as", "known locally as": who knew the name, which the sentence keeps ("Tom, known to his
# friends by another name", ``redact.grammar``); after "known as", "aka", "nicknamed" the whole goes ("Tom")
_KNOWN_TO_SOMEONE = lazy(regex.compile, r"(?:\p{Ll}+ )?known (?!as\b)\p{Ll}")
# Another full name of the same person: a birth name, a maiden name, a spelling on another system.
_OTHER_NAME = lazy(regex.compile,
    rf"\b(?:was born|born|née|nee|formerly|previously|maiden name(?: was)?|birth name(?: was)?|"
    rf"recorded (?:under the name|under|as)|registered (?:under the name|as)|also (?:recorded|spelt|spelled) as|"
    rf"spellings?,?|(?:also )?known as|alias)\s+{_OPEN}(?P<name>(?:{_WORD})(?:\s+(?:{_WORD})){{0,3}})")
# "The following pseudonyms have been agreed ...: Margaret will be referred to as ‘Mary’ and Stephen as ‘Adam’."
_DECLARING = lazy(regex.compile, r"pseudonym|referred to as|known in this (?:report|review) as", regex.IGNORECASE)
_DECLARED = lazy(regex.compile,
    rf"(?P<real>(?:{_WORD})(?:\s+(?:{_WORD}))*)\s+(?:(?:will be|is|are|has been|shall be|was)\s+)?"
    rf"(?:(?:referred to|known|called|named)\s+)?(?:in this (?:report|review)\s+)?as\s+[‘'“\"]"
    rf"(?P<pseudonym>(?:{_WORD})(?:\s+(?:{_WORD}))*)[’'”\"]")
_PSEUDONYM_HEADER = lazy(regex.compile, r"^\s*(?:agreed\s+)?pseudonyms?(?:\s+used)?\s*$", regex.IGNORECASE)
_NAME_HEADER = lazy(regex.compile, r"^\s*(?:real\s+|full\s+)?name|person|subject", regex.IGNORECASE)
_CELL_SEPARATOR = " | "


def introduced_short_names(text: str) -> list[tuple[int, str, str | None]]:
    """(position, short form, surname given with it or None) for every name the text says a person was called.

    The position is where the person's name must be looked for, to the left; the introduced word itself may be
    a nickname, a day name or a middle name.
    """
    out: list[tuple[int, str, str | None]] = []
    for m in _INTRODUCED.finditer(text):
        if _declares_pseudonym(text, m.start(), text[m.start():m.start("nick")]):
            continue
        out.append((m.start(), m.group("nick"), None))
    for m in _NAMED_AFTER.finditer(text):
        out.append((m.start(), m.group("nick"), None))
    for m in _INSIDE_NAME.finditer(text):
        out.append((m.start(), m.group("nick"), f"{m.group('first')} {m.group('last')}"))
    for m in _AFTER_NAME.finditer(text):
        out.append((m.end("full"), m.group("nick"), m.group("full")))
    for m in _INTRODUCED_BEFORE.finditer(text):
        out.append((m.start(), m.group("nick") or m.group("quoted"), None))
    for start, end in _introduced_beside_who(text):
        out.append((start, text[start:end], None))
    return out


_WORDS_BEFORE = lazy(regex.compile, rf"(?<![\p{{L}}'’-])(?:(?:{_WORD})[ \t]+){{1,2}}\Z")


@lru_cache(maxsize=4096)   # asked of each text three times (learning, detection, verify's views of it)
def nicknames_written_with_a_name(text: str) -> tuple[tuple[int, int, int, int, list[tuple[int, str]], bool], ...]:
    """Every name written with a nickname inside it or in brackets after it ("William 'Will' Hartley", "Grace
    Mensah (known as Adjoa)"): (start, end, nickname's start, nickname's end, the name's words as (offset from
    start, word), whether quotes or an introducer mark the nickname). A bracket after a name closes the whole."""
    out = []
    for m in _matches(_INSIDE_NAME, text):
        # "Lê Văn ‘Bazza’ Hùng", "Later Darius 'Daz' Mensah": up to two name words before the one the pattern saw
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        start = before.start() if before else m.start()
        words = [(w.start(), w.group()) for w in regex.finditer(r"\S+", text[start:m.end("first")])]
        words += [(m.start("last") - start + w.start(), w.group()) for w in regex.finditer(r"\S+", m.group("last"))]
        out.append((start, m.end(), *m.span("nick"), words, True))
    for m in _matches(_AFTER_NAME, text):
        words = [(w.start(), w.group()) for w in regex.finditer(r"\S+", m.group("full"))]
        out.append((m.start(), m.end(), *m.span("nick"), words, bool(_QUOTE_OR_INTRODUCER.search(m.group()))))
    for m in _INTRODUCED_AFTER_NAME.finditer(text):
        words = [(w.start(), w.group()) for w in regex.finditer(r"\S+", m.group("full"))]
        known_to = _KNOWN_TO_SOMEONE.match(m.group("introducer"))
        out.append((m.start(), m.end("full") if known_to else m.end(), *m.span("nick"), words, True))
    # a name of one word or more, then one nickname or two as chairs introduce them ("Senait (known to her friends
    # as Sena or Senu)", "Senait, known to everyone as Sena,", "Senait (or Sena, as her family called her)"):
    # which name a listed person's is, ``redact.introduced_nicknames`` decides (a given name alone only where
    # nothing that could be a name stands before it)
    for pattern in (_BRACKETED_AFTER_A_NAME, _BETWEEN_COMMAS_AFTER_A_NAME):
        for m in pattern.finditer(text):
            words = [(w.start(), w.group()) for w in regex.finditer(r"\S+", m.group("full"))]
            introducer = m.group("introducer") or ""
            # "known to his friends as Sena": who knew the name stays to read (``redact.grammar``)
            end = m.end("full") if pattern is _BETWEEN_COMMAS_AFTER_A_NAME and _KNOWN_TO_SOMEONE.match(introducer) \
                else m.end()
            marked = bool(introducer) or bool(m.group("who")) or bool(_QUOTE_OR_INTRODUCER.search(m.group()))
            for name in ("nick", "nick2"):
                if m.group(name):
                    out.append((m.start(), end, *m.span(name), words, marked))
    return tuple(out)


# one nickname or two: "Sena", "Sena or Senu", "'Sena', 'Senu'", "Sena/Senu", "Sena and Senu"
_TWO_NICKNAMES = (rf"{_OPEN}(?P<nick>{_WORD}){_CLOSE}(?:(?:[^\S\n]*,[^\S\n]*(?:(?:or|and)[^\S\n]+)?|[^\S\n]+(?:or|and)"
                  rf"[^\S\n]+|[^\S\n]*/[^\S\n]*){_OPEN}(?P<nick2>{_WORD}){_CLOSE})?")
# who called the person so, after the nickname: "as her family called her", "to her friends", "by everyone"
_WHO_CALLED = (rf"(?P<who>,?[^\S\n]+(?:as(?:[^\S\n]+{_PEOPLE_WORD}){{1,4}}[^\S\n]+(?:called|calls|call|knew|know|knows)"
               rf"(?:[^\S\n]+(?:her|him|them))?|to(?:[^\S\n]+{_PEOPLE_WORD}){{1,4}}|by(?:[^\S\n]+{_PEOPLE_WORD}){{1,4}}))")
_NAME_RUN = rf"(?<![\p{{L}}\p{{N}}'’-])(?P<full>(?:{_WORD})(?:[^\S\n]+{_SURNAME_WORD}){{0,3}})"
_BRACKETED_AFTER_A_NAME = regex.compile(
    rf"{_NAME_RUN}[^\S\n]*\((?:(?P<introducer>{_AFTER_A_NAME_INTRODUCER}|or)[^\S\n]+)?{_TWO_NICKNAMES}"
    rf"{_WHO_CALLED}?[^\S\n]*\)")
_BETWEEN_COMMAS_AFTER_A_NAME = regex.compile(
    rf"{_NAME_RUN},[^\S\n]+(?:(?P<introducer>{_AFTER_A_NAME_INTRODUCER}|or)[^\S\n]+{_TWO_NICKNAMES}{_WHO_CALLED}?"
    rf"|{_TWO_NICKNAMES}{_WHO_CALLED}),(?=\s)")

# A relative named by one word: "her daughter Amber", "Hope (5)" in a list of children, "May | sister" in a family
# table. init proposes these; detection takes them as people when no rule lists them.
_RELATIVES = (r"(?:son|daughter|child|children|mother|father|sister|brother|husband|wife|partner|ex-partner|"
              r"boyfriend|girlfriend|aunt|uncle|niece|nephew|cousin|grandmother|grandfather|grandson|granddaughter|"
              r"stepson|stepdaughter|stepfather|stepmother|mum|dad|sibling|half-sister|half-brother)s?")
_NAME_WORD = r"\p{Lu}\p{Ll}[\p{Ll}'’-]*"
AFTER_RELATION = lazy(regex.compile,
                      rf"\b(?:(?i:her|his|their|the victim['’]s)|\p{{Lu}}\p{{L}}+['’]s)\s+(?:\p{{Ll}}+\s+)?"
                      rf"(?i:{_RELATIVES})(?: were| was)?[,:]?\s+(?P<name>{_NAME_WORD})\b(?!\s+\p{{Lu}})")
BEFORE_AGE = lazy(regex.compile, rf"(?<![\p{{L}}])(?P<name>{_NAME_WORD})\s+\((?:aged\s+)?\d{{1,2}}\)")
BEFORE_RELATION_CELL = lazy(regex.compile,
                            rf"^(?P<name>{_NAME_WORD})(?:\t|\s+\|\s+)(?i:{_RELATIVES})\b", regex.MULTILINE)


def relative_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every one-word name the text gives a relative (see the patterns above)."""
    return [m.span("name") for pattern in (AFTER_RELATION, BEFORE_AGE, BEFORE_RELATION_CELL)
            for m in pattern.finditer(text)]


# More names after the first: 'known as "G" or "Preet"', "called him 'Gurp', 'G' and 'Preet'" (in quotes as the
# first was), "known as Mo or Mohammed" (without: only after "or", as "and" may go on to another subject)
_MORE_QUOTED = lazy(regex.compile, rf"(?:[^\S\n]*(?:,|/)[^\S\n]*(?:(?:or|and)[^\S\n]+)?|[^\S\n]+(?:or|and)[^\S\n]+)"
                                   rf"[‘'“\"](?P<nick>{_WORD})(?:\s(?P<nick2>{_WORD}))?[’'”\"]")
_MORE_BARE = lazy(regex.compile, rf"[^\S\n]+or[^\S\n]+(?P<nick>{_WORD})(?![\p{{L}}'’-])")


@lru_cache(maxsize=8192)
def _matches(pattern, text: str) -> tuple:
    """Every match of ``pattern`` in ``text``: a paragraph is asked for its nicknames by several readings (the
    nicknames it introduces, the names around them, those learned for listed people), each pattern read once."""
    return tuple(pattern.finditer(text))


def introduced_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word the text says a person was called ("known to friends as Thash", "William 'Will'
    Hartley", "Kofi, his day name"); not the pseudonyms a report declares."""
    spans = []
    for m in _matches(_INTRODUCED, text):
        if not _declares_pseudonym(text, m.start(), text[m.start():m.start("nick")]):
            # "nicknamed 'Big Dave'": a name of two words is one name, its second word no less his
            spans.append((m.start("nick"), m.end("nick2") if m.group("nick2") else m.end("nick")))
            more = _MORE_QUOTED if text[m.start("nick") - 1:m.start("nick")] in ("‘", "'", "“", '"') else _MORE_BARE
            end = m.end()
            while (follower := more.match(text, end)) is not None:
                spans.append((follower.start("nick"), follower.end("nick2") if more is _MORE_QUOTED and
                              follower.group("nick2") else follower.end("nick")))
                end = follower.end()
    spans += [m.span("nick") for m in _NAMED_AFTER.finditer(text)]
    spans += [m.span("nick") for m in _matches(_INSIDE_NAME, text)]
    spans += [m.span("nick") if m.group("nick") else m.span("quoted") for m in _INTRODUCED_BEFORE.finditer(text)]
    spans += [m.span("nick") for pattern in (_CALLED_NAME_QUOTED, _CALLED_BY) for m in pattern.finditer(text)]
    spans += _introduced_beside_who(text)
    # "Darren Pryor ("Daz")", "Grace Mensah (known as Adjoa)": the word in brackets after a full name, in quotes or
    # after a word that introduces it ("Supreme Court (Høyesterett)", "Insurance (NI)" are no nicknames)
    spans += [m.span("nick") for m in _matches(_AFTER_NAME, text)
              if _QUOTE_OR_INTRODUCER.search(m.group()) and not m.group("nick").isupper()]
    return spans


def named_as_a_nickname(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word the text says outright is a name the person went by ("her pet name was Didi",
    "went by 'Nne'"): a family's word for a relative is her name there, where after "called her" or "known as" it
    is what a family calls any mother or grandmother ("the grandchildren called her Nan", "known to all as Mama")."""
    spans = [(m.start("nick"), m.end("nick2") if m.group("nick2") else m.end("nick"))
             for m in _matches(_INTRODUCED, text) if _ONLY_A_NICKNAME.search(text[m.start():m.start("nick")])]
    # "'Nne' was the name her friends used for her"
    return spans + [m.span("nick") for m in _matches(_NICKNAME_THEN_WHO, text) if " name " in m.group()]


def _introduced_beside_who(text: str) -> list[tuple[int, int]]:
    """(start, end) of every nickname written beside who called the person so ("she was Lolly to everyone",
    "'Funmi', as her mother called her"); without quotes only a word that is no English word, or is a given name
    too: "she was Precious to her family", not "she was English to everyone she met"."""
    found = [(pattern, m) for pattern in (_WAS_NAME_TO_PEOPLE, _TO_PEOPLE_WAS, _NICKNAME_THEN_WHO)
             for m in _matches(pattern, text)]
    if not found:
        return []     # (most texts; a function's import runs at each call)
    from .detect.kept_words import names_no_one
    from .detect.recognizers.places import is_known_place
    from .lexicon import WEEKDAYS
    from .name_or_word import given_name_popularity, is_ordinary_word

    spans = []
    for pattern, m in found:
        words = [m.group("nick")] + ([m.group("nick2")] if pattern is not _NICKNAME_THEN_WHO and m.group("nick2")
                                     else [])
        if any(w.isupper() and len(w) > 1 for w in words):
            continue    # "she was PA to the director": a post
        if not m.group("quote") and any(is_ordinary_word(w) and not given_name_popularity(w) or names_no_one(w)
                                        or w in WEEKDAYS or is_known_place(w) for w in words):
            continue    # "she was Muslim to everyone", "Stockport to her bones": a faith, a people, a place
        spans.append((m.start("nick"), m.end("nick2") if len(words) > 1 else m.end("nick")))
    return spans


_QUOTE_OR_INTRODUCER = regex.compile(rf"{_OPEN_ONE}|known(?: [\p{{Ll}}’']+){{0,5}} as|aka|a\.k\.a\.|called|nicknamed")


def names_around_a_nickname(text: str) -> list[tuple[int, int]]:
    """(start, end) of every name written with a nickname inside it or before it ("Patrick 'Paddy' Doherty",
    '"Big Mike" Murphy'): one person, whose surname the model loses when the quotes break the name. Only a nickname
    in quotes, between or before name parts that are no English words, towns or acronyms ('"Refuge" Leeds' is a
    charity's branch)."""
    inside, before = _matches(_INSIDE_NAME, text), list(_QUOTED_BEFORE_NAME.finditer(text))
    if not inside and not before:
        return []     # (most texts; a function's import runs at each call)
    from .detect.recognizers.known_names import WORD, word_kind
    from .detect.recognizers.places import is_known_place

    def a_name_part(word: str) -> bool:
        return word_kind(word) != WORD and not is_known_place(word) and not word.isupper()

    # (in quotes only: "Civic Government (Scotland) Act" is no name)
    spans = [(m.start("first"), m.end("last")) for m in inside
             if text[m.start("nick") - 1] in OPENING_QUOTES and a_name_part(m.group("first"))
             and a_name_part(m.group("last"))]
    spans += [(m.start(), m.end("last")) for m in before
              if a_name_part(m.group("last")) and not any(a <= m.start() < b for a, b in spans)]
    return spans


# '"Big Mike" Murphy', "‘Tiny’ O'Neill": a nickname in quotes, then the surname
_QUOTED_BEFORE_NAME = lazy(regex.compile, rf"(?<![\p{{L}}])[‘“\"](?P<nick>(?:{_WORD})(?:\s(?:{_WORD}))?)[’”\"]"
                                          rf"\s+(?P<last>{_WORD})(?![\p{{L}}])")


def other_full_names(text: str) -> list[tuple[int, str]]:
    """(position, name) for every other full name a person is said to have: 'born Margaret Kelly'."""
    return [(m.start(), m.group("name")) for m in _OTHER_NAME.finditer(text)]


def declared_pseudonyms(texts: list[str]) -> dict[str, str]:
    """The pseudonyms the draft itself says it uses, real name -> pseudonym.

    From sentences ("Margaret will be referred to as ‘Mary’ and Stephen as ‘Adam’") and from a table with a
    "Pseudonym" column, as a table row of one text ("Name | Role | Pseudonym") or as one text per cell.
    """
    found: dict[str, str] = {}
    for text in texts:
        for sentence in _declaring_sentences(text):
            for m in _DECLARED.finditer(sentence):
                found.setdefault(m.group("real"), m.group("pseudonym"))
    for index, text in enumerate(texts):
        cells = text.split(_CELL_SEPARATOR)
        if len(cells) > 1 and any(_PSEUDONYM_HEADER.match(c) for c in cells):
            found.update(_table_rows([t.split(_CELL_SEPARATOR) for t in texts[index + 1:]], cells))
        elif _PSEUDONYM_HEADER.match(text):
            header = _header_cells(texts, index)
            if header:
                start = index - header.index(text) + len(header)
                rows = [texts[i:i + len(header)] for i in range(start, len(texts) - len(header) + 1, len(header))]
                found.update(_table_rows(rows, header))
    return found


def _declaring_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that declare pseudonyms, each with its full stop and closing quote (the
    pseudonym may be quoted last: "as ‘Mary.’")."""
    keywords = list(_DECLARING.finditer(text))
    if not keywords:
        return []
    sentences = Sentences(text)
    spans = dict.fromkeys(sentences.bounds(m.start(), m.end(), with_end=True) for m in keywords)
    return [text[start:end] for start, end in spans]


def _header_cells(texts: list[str], index: int) -> list[str]:
    """The header row around a 'Pseudonym' cell given one text per cell: short texts back to a caption."""
    start = index
    while start > 0 and _short_cell(texts[start - 1]) and _NAME_HEADER.match(texts[index]) is None:
        start -= 1
        if _NAME_HEADER.match(texts[start]):
            break
    return texts[start:index + 1] if start < index else []


def _short_cell(text: str) -> bool:
    return 0 < len(text.split()) <= 5 and not text.rstrip().endswith((".", ":")) and ":" not in text


def _table_rows(rows: list[list[str]], header: list[str]) -> dict[str, str]:
    name_column = next((i for i, c in enumerate(header) if _NAME_HEADER.match(c)), 0)
    pseudonym_column = next(i for i, c in enumerate(header) if _PSEUDONYM_HEADER.match(c))
    found: dict[str, str] = {}
    for row in rows:
        if len(row) != len(header) or any(len(c.split()) > 8 for c in row):
            break
        real, pseudonym = row[name_column].strip(), row[pseudonym_column].strip()
        if not (real[:1].isupper() and pseudonym[:1].isupper()):
            break
        found[real] = pseudonym
    return found


# A declaration speaks for its own clause: in "The pseudonym Adam is used for him, and his son, known as Tommy,
# was seen" the son's nickname is a real one, so the clause after ", and" (or ";", a dash) is read on its own.
_CLAUSE_BREAK = lazy(regex.compile, r";|,\s+(?:and|but|while|whereas)\s|\s[–—]\s")


# what introduces only a name the person was called, never the report's pseudonym: "had the pet name 'Shay-Shay' in
# the report" quotes a record, where "referred to as Mary in this report" declares
_ONLY_A_NICKNAME = lazy(regex.compile, r"(?i)nick|pet name|day name|street name|road name|gang name|name at home|name for|"
                                 r"went by|goes by|go by|going by|answered to")


def _declares_pseudonym(text: str, position: int, introducer: str = "") -> bool:
    sentence_start, sentence_end = sentence_bounds(text, position, with_end=True)
    breaks_before = list(_CLAUSE_BREAK.finditer(text, sentence_start, position))
    start = breaks_before[-1].end() if breaks_before else sentence_start
    break_after = _CLAUSE_BREAK.search(text, position, sentence_end)
    end = min(position + 80, break_after.start() if break_after else sentence_end)
    return "pseudonym" in text[start:end].casefold() or (not _ONLY_A_NICKNAME.search(introducer) and bool(
        regex.search(r"\bin (?:this|the) (?:report|review)\b", text[position:end])))
