"""Words that name no one: a faith, a people, a platform, a national chain, a product, a national body named after
a person, and a role after "the", kept by policy.

The model takes capitalised words for names ("a practising Christian" -> a place, "her Instagram" -> a person,
"The Landlord" -> a person). A find made only of such words (``redact/data/not_identifying.yaml``) is taken back
unless the sentence uses it as a name: after a title ("Mr French"), or, for a word that is also someone's name
("Christian", "Islam", "English"), anywhere but after an article or qualifier or before a lower-case noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..lexicon import STREET_TYPES
from ..nearby import NEAR as _NEAR
from ..normalise import fold_key
from ..variants import NAME_TITLES, likely_gender
from ..lazy_patterns import lazy

ROLE = "roles"
CHAINS = "chains"
VEHICLES = "vehicles"
MEDICINES = "medicines"
LABELS = "labels"
# Words before a faith or people word that make it the word: "a practising Christian", "the Ahmadi community".
WORD_BEFORE = frozenset("""
a an the practising practicing devout committed observant lapsed non-practising nonpractising strict orthodox
fellow another other many some most few several fundamentalist liberal conservative born raised converted convert
""".split())
# Lower-case nouns after it that make it the word: "Christian faith", "Somali community", "Christian name".
NOUN_AFTER = frozenset("""
faith faiths church churches community communities background backgrounds heritage family families culture cultural
belief beliefs tradition traditions traditional values woman women man men girl girls boy boys people person origin
descent household households group groups organisation organisations charity school schools festival festivals
service services leader leaders national nationals citizen citizens language roots upbringing practice practices
teaching teachings prayer prayers worship mosque temple centre center identity conversion wedding marriage
ceremony funeral burial name names holiday holidays law laws scripture scriptures partner husband wife friends
friend neighbours neighbour country descent speaker speakers speaking dialect food shop restaurant calendar
account accounts app apps message messages messenger profile profiles page pages post posts chat chats group
""".split())
_TITLES = frozenset(fold_key(w) for title in NAME_TITLES for w in title.split())
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+$")
_WORD_AFTER = re.compile(r"^[^\S\n]+([^\W\d_][\w'’-]*)")
_POSSESSIVE = re.compile(r"['’]s?$")


# Before a language name that is not in our own list, the words that make it the language or the people: "was
# Chechen", "spoke Tigrinya", "in Shona", "an interpreter for Tigrinya", "translated into Oromo", as well as
# WORD_BEFORE.
LANGUAGE_BEFORE = WORD_BEFORE | frozenset(
    "was were is are spoke speaks speak speaking spoken in fluent for into from".split())


# Words before a language name that make it the language even when it is someone's name too ("Shona", "Ganda")
_SPOKEN_BEFORE = lazy(re.compile,
                      r"(?:\b(?:interpreters?|interpreting|interpretation|translat\w*)[^\S\n]+(?:for|in|into|from)"
                            r"|\b(?:spoke|speaks|speak|speaking|spoken)|\bfluent[^\S\n]+in)[^\S\n]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    kinds: dict[str, str]          # folded phrase -> class (faiths, peoples, platforms, products, roles)
    names_too: frozenset[str]      # folded words that are also surnames
    languages: frozenset[str] = frozenset()   # folded language names only the ISO 639 list holds: by the sentence
    vehicle_makes: tuple[str, ...] = ()       # the makes as written, longest first ("Land Rover" before "Rover")


def _language_names() -> list[str]:
    """English names of the ISO 639-1 languages ("Tigrinya", "Shona", "Chechen"), as Faker's person provider lists
    them: the peoples who speak them are named the same way, and our own list cannot hold them all. Shipped in
    ``redact/data/language_names.txt`` (tools/build_data.py): importing Faker for them cost every process 60 ms."""
    from ..data.tables import rows

    return [row[0] for row in rows("language_names.txt")]


def faker_language_names() -> list[str]:
    """The language names as Faker gives them (what ``language_names.txt`` is built from)."""
    from faker.providers.person import Provider

    return sorted({name for name in Provider.language_names if "," not in name and "language" not in name})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files("redact.data").joinpath("not_identifying.yaml").read_text("utf-8")
    # libyaml's safe loader, where PyYAML has it, reads the list ten times faster: the same data, at start-up
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    kinds: dict[str, str] = {}
    for kind in ("faiths", "occasions", "peoples", "platforms", CHAINS, "products", "bodies", ROLE, VEHICLES,
                 MEDICINES, LABELS):
        for phrase in data[kind] + (data["vehicle_makes"] if kind == VEHICLES else []):
            for form in _saint_forms(phrase):
                kinds.setdefault(fold_key(form), kind)
                kinds.setdefault(fold_key(_POSSESSIVE.sub("", form)), kind)   # a find loses its "'s" first
    # the days a date is named by ("St David's Day", "Guy Fawkes Night"): occasions, whatever saint or person
    # they are named after (redact/dates.py reads them as the dates they are)
    from ..dates import FIXED_FESTIVALS

    for names in FIXED_FESTIVALS.values():
        for name in names:
            for form in _saint_forms(name):
                kinds.setdefault(fold_key(form), "occasions")
                kinds.setdefault(fold_key(_POSSESSIVE.sub("", form)), "occasions")
    languages = {fold_key(name) for name in _language_names()} - set(kinds)
    for key in languages:
        kinds[key] = "peoples"
    return Lexicon(kinds, frozenset(fold_key(w) for w in data["names_too"]), frozenset(languages),
                   tuple(sorted(data["vehicle_makes"], key=len, reverse=True)))


def _saint_forms(phrase: str) -> set[str]:
    """A name with a saint's "St" as drafts write it: "St John Ambulance", "St. John Ambulance", "Saint John
    Ambulance" (the list holds one; a draft typed with a full stop is the same body)."""
    return {phrase, _SAINT.sub("Saint ", phrase), _SAINT.sub("St. ", phrase)}


_SAINT = re.compile(r"(?<![\w.])St (?=[A-Z])")


def _kind(phrase: str) -> str | None:
    kinds = lexicon().kinds
    key = fold_key(phrase)
    if key in kinds:
        return kinds[key]
    if key.endswith("s") and key[:-1] in kinds:   # "Sikhs", "Landlords"
        return kinds[key[:-1]]
    return None


def names_no_one(word: str) -> bool:
    """Is ``word`` a faith, a people, a platform, a chain or a role of the lexicon, and nobody's name too
    ("Somali", "Instagram"; not "Christian")?"""
    kind = _kind(word)
    return kind is not None and fold_key(word) not in lexicon().names_too \
        and not (kind in (VEHICLES, MEDICINES) and a_persons_name(word))   # "Kia", "Mercedes": given names too


def names_a_thing(word: str) -> bool:
    """Is ``word`` a vehicle's make or model or a medicine (listed, or by its stem), and nobody's name? Read by the
    name readers as a word, never a surname: "gave Kathleen Pregabalin", "Hodan Warsame Citalopram"."""
    kind = _kind(word)
    if kind == LABELS:
        return True     # "Surname: Warsame Forename: Hodan": the field's name, never the name before it
    if kind in (VEHICLES, MEDICINES) or kind is None and _MEDICINE_STEM.search(word):
        return not a_persons_name(word)
    return False


@lru_cache(maxsize=1)
def _automaton():
    from .phrases import PhraseAutomaton

    return PhraseAutomaton((phrase, kind) for phrase, kind in lexicon().kinds.items() if kind != ROLE)


@lru_cache(maxsize=16)
def _phrases_in(text: str) -> tuple:
    return tuple((m.start, m.end, m.payload) for m in _automaton().find(text))


def _kind_of_whole_phrase(text: str, start: int, end: int) -> str | None:
    """The class of a lexicon phrase the find is part of: "Adventist" in "Seventh-day Adventist", "Qur" in
    "Qur'an", "St John" in "St John Ambulance"."""
    for a, b, kind in _phrases_in(text):
        if a <= start and end <= b:
            return kind
    return None


def chain_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a national chain ("Tesco", "Costa Coffee"), longest first, as whole words."""
    return [(a, b) for a, b, kind in _phrases_in(text) if kind == CHAINS]


# A model after its make: one word with a capital or a figure ("Corsa", "A3", "XC90", "MX-5"; a model of two words,
# "Santa Fe", only as listed, so a name after the model is never taken in); a street's or a kind's word ("Vauxhall
# Bridge Road") is a place, not a model
_MODEL_WORD = r"[A-Z0-9][\w-]*"
_NOT_A_MODEL = frozenset(fold_key(w) for w in STREET_TYPES) | frozenset(
    "bridge station cross park centre center hospital school road street estate house court police council".split())


@lru_cache(maxsize=1)
def _make_and_model():
    makes = "|".join(re.escape(make).replace(r"\ ", r"[^\S\n]+") for make in lexicon().vehicle_makes)
    return re.compile(rf"(?<![\w'’-])(?P<make>{makes})[^\S\n]+(?P<model>{_MODEL_WORD})")


def a_persons_name(word: str) -> bool:
    from .recognizers.known_names import name_key, name_lexicon

    return is_also_a_name(word) or name_key(word) in name_lexicon()


def _a_model_of(make: str, model: str) -> bool:
    """Is ``model`` after ``make`` the vehicle's model? Yes where the pair is a listed model, or where make and
    model are not both somebody's names ("Kia Johnson", "Mercedes Lopez" are people; "Kia Sportage",
    "Vauxhall Corsa", "Hyundai Tucson" are cars)."""
    if _kind(f"{make} {model}") == VEHICLES:
        return True
    if fold_key(model) in _NOT_A_MODEL or model.isupper() and len(model) > 4:
        return False
    from .recognizers.places import is_known_place

    model_named = a_persons_name(model) or is_known_place(model)
    return not (model_named and a_persons_name(make.split()[0]))


def vehicle_at(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a vehicle's make and model, or the model after its make ("a Vauxhall Corsa",
    "Tucson" in "a Hyundai Tucson")? The model NER reads the pair as a person and the model alone as a place."""
    window_start = max(0, start - 40)
    for m in _make_and_model().finditer(text, window_start, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() and end > m.start("make") and _a_model_of(m["make"], m["model"]):
            return True
    return False


# The stems the international names of medicines end in (WHO INN stems: -oxetine, -azepam, -olol, -prazole...),
# and a dose after a word: a medicine the list lacks ("Fluvoxamine", "Flurazepam", "Sertraline 50mg")
_MEDICINE_STEM = re.compile(
    r"(?:oxetine|alopram|triptyline|pramine|azepine|apine|azepam|zolam|olol|pril|sartan|statin|prazole|gabalin"
    r"|afaxine|codamol|peridol|profen|mycin|cillin|cycline|tidine|setron|floxacin|triptan|azodone|lukast|dronate"
    r"|gliptin|sidone|adone|codone|morphone|orphine|thiazide|semide|xaban|amfetamine|phenidate|oxamine|clone"
    r"|pidem|razine|olanzapine|trigine|racetam|barbital|mazine|adol|pride|piride|serin|idine|epin|terol|sonide"
    r"|conazole|nidazole|dipine|perone|azosin|vastatin)$", re.IGNORECASE)
_DOSE_AFTER = re.compile(r"[^\S\n]*\(?\d+(?:\.\d+)?[^\S\n]*(?:mg|mcg|µg|micrograms?|milligrams?|ml|mls)\b",
                         re.IGNORECASE)


def medicine_at(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one word naming a medicine by its stem or its dose, and nobody's name?"""
    word = text[start:end]
    if not re.fullmatch(r"[^\W\d_][\w-]+", word) or a_persons_name(word):
        return False
    return bool(_MEDICINE_STEM.search(word)) or bool(_DOSE_AFTER.match(text, end))


_LABEL = re.compile(r"[^\S\n]*(?:role|job title|title|position|occupation|profession|job)[^\S\n]*[:–-][^\S\n]*",
                    re.IGNORECASE)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Alone on its line or in its table cell (after a label such as "Role:" at most)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    before = text[line_start:start]
    line_end = min((i for i in (text.find("\n", end), text.find("\t", end)) if i >= 0), default=len(text))
    after = text[end:line_end]
    return (not before.strip() or bool(_LABEL.fullmatch(before))) and not after.strip(" .:;,")


def is_also_a_name(word: str) -> bool:
    """Any given name in Faker's lists counts, gendered or not ("Son", "Judge" are names to somebody)."""
    from ..given_name_genders import given_name_countries

    return fold_key(word) in lexicon().names_too or likely_gender(word) is not None or given_name_countries(word) > 0


def kept_by_policy(text: str, start: int, end: int, introduced: bool = False) -> bool:
    """Is ``text[start:end]`` (a detector's find) only faith, people, platform or product words, or a role after
    "the", used as such here? ``introduced``: the sentence says somebody was called so ("whom the lads called
    Dodge"): a vehicle's, a medicine's or a label's word is then the name."""
    span = text[start:end].strip(" \t\"“”‘(),.;:")
    span = _POSSESSIVE.sub("", span)
    offset = text.find(span, start) if span else -1
    if offset < 0:
        return False
    # the words just before and after are all that is read: a window, not the whole text (a .txt without blank lines
    # is one segment, and reading all that went before for every find made a long one quadratic: 88 s for 100k words)
    before = text[max(0, offset - _NEAR):offset]
    after_the = False
    if span[:4].lower() == "the ":
        span, after_the = span[4:].lstrip(), True
        offset = text.find(span, offset)
    words = span.split()
    if not words:
        return False
    previous = _WORD_BEFORE.search(before)
    previous_word = previous.group(1).lower() if previous else ""
    if previous and previous.group(1)[:1].isupper() and fold_key(previous_word) in _TITLES:
        return False   # "Mr French", "Dr Christian", but not "her father Somali"
    after_the = after_the or previous_word == "the"
    if introduced and _kind(span) in (VEHICLES, MEDICINES, LABELS):
        return False
    end = offset + len(span)
    if not introduced and (vehicle_at(text, offset, end) or medicine_at(text, offset, end)):
        return True
    from ..movable_feasts import feast_name_spans

    if any(a <= offset and offset + len(span) <= b for a, b in feast_name_spans(text)):
        return True    # "Vinayaka Chaturthi", "on Meethi Eid": a feast, in any of its spellings
    kind = _kind(span)
    if kind is None:
        kind = _kind_of_whole_phrase(text, offset, offset + len(span))
        if kind is not None:
            return True    # part of a longer phrase of the list: "Spencer" in "Marks and Spencer"
    composed = False
    if kind is None:
        # "Polish Catholic", "Somali Muslim": every word a people or faith word (roles only whole)
        kinds = [_kind(w) for w in words]
        if len(words) < 2 or any(k is None or k == ROLE for k in kinds):
            return False
        kind, composed = kinds[0], True
    if kind == ROLE:
        # "The Landlord", or a role alone in a table cell, a heading or after "Role:"; a role that is also a
        # name ("Judge", "Son") only after "the"
        return after_the or _stands_alone(text, offset, offset + len(span)) and not is_also_a_name(span)
    # "Christian English" may be a person's given name and surname: composed of names, judged by the sentence
    also_a_name = (len(words) == 1 or composed) and any(is_also_a_name(w) for w in words)
    from_languages = fold_key(span) in lexicon().languages
    if not also_a_name and not from_languages:
        return True
    if (from_languages or kind == "peoples") and _SPOKEN_BEFORE.search(before):
        return True    # "an interpreter for Shona", "spoke Shona": the language, even where it is a name too
    following = _WORD_AFTER.match(text[offset + len(span):offset + len(span) + _NEAR])
    next_word = following.group(1) if following else ""
    before_words = WORD_BEFORE if also_a_name else LANGUAGE_BEFORE
    return previous_word in before_words or (next_word.islower() and next_word in NOUN_AFTER)
