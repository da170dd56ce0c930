"""Short forms a community writes for a given name: "Seun" of Oluwaseun, "Emeka" of Chukwuemeka, "Kasia" of
Katarzyna, "Sasha" of Aleksandra, "Bill" of William.

A draft calls a person by the short form her family and friends use, and that identifies her as surely as her
name. Three sources, all read by ``redact.variants`` (so ``apply`` and ``verify`` share them):

- tables: the "equivalent names" of Jörg Michael's nam_dict.txt as gender-guesser ships it
  (``data/short_forms.tsv``), the short forms of English given names in the ``nicknames`` package's table, clipped
  (Jo of Joanne, Steph of Stephanie, Jenny of Jennifer) or taken from inside the name (Trish of Patricia, Tasha of
  Natasha, Becky of Rebecca: ``data/short_forms_english.tsv``; both built by
  ``tools/build_data.py``), and a small hand-made table of the diminutives the lists lack
  (``data/short_forms_communities.tsv``: Polish, Russian and Ukrainian, Iberian, a few Yoruba, Igbo, Welsh, Irish
  and Somali forms, and the British -z forms Gaz, Bazza, Shaz, Caz, which no list holds);
- the forms of that package that are English words or places (Sandy of Alexandra, Drew of Andrew, Shell of
  Michelle, Dee of Deirdre) or, taken from inside the name, common names of their own (Sandra of Alexandra, Nathan
  of Jonathan: ``data/short_forms_english_beside_surname.tsv``), which are the person only beside the surname or
  where the draft says so ("Shell Francis", "known as Sandy"; ``short_forms_beside_surname_of``), never alone
  ("shares in Shell", "a Sandy beach", "Sandra, the neighbour");
- the name's elements: many Yoruba, Igbo and Arabic given names open with an element (Oluwa-, Olu-, Ade-,
  Baba-, Chukwu-, Chi-, Abdul-) and the name is shortened to what follows it: Oluwaseun -> Seun, Olufemi -> Femi,
  Babatunde -> Tunde, Adebayo -> Bayo, Chukwuemeka -> Emeka, Chiamaka -> Amaka; Ngozichukwu -> Ngozi drops a
  closing one. What is left must be a name of four letters or more and no English word ("Adeline" is no
  "Line");
- the elements of a Punjabi (Sikh or Hindu) compound given name: an opening element (Jas-, Har-, Sukh-, Gur-,
  Param-) and a closing one (-winder, -preet, -deep, -jit, -pal, -bir), and the family calls the person by the
  opening one as it is or made familiar ("Jas", "Jassi" of Jaswinder, "Sukhi" of Sukhdeep, "Pammi" of
  Paramjit, "Harj" of Harjinder, "Indy" of Inderjit); an opening element not in the table is the short form as it
  is where it is four letters or more and no English word ("Gagan" of Gagandeep, "Charan" of Charanjit).
  A form that English writes as a word ("Raj", "Nav", "Dev") is judged as a word is (``also_a_word``: "sat
  nav", "the British Raj"), and a form that is a common English name ("Harry", "Mandy", "Pam") is the person beside the
  surname only (``short_forms_beside_surname_of``: "Harry Gill", never the "Harry Potter" book).

A short form is a lesser form of the person (``variants.LESSER_PART``): it loses to anybody's own name or alias
("Tunde" is Tunde Bakare where he is listed, not Babatunde Adeyemi), and one that is also an ordinary word
("Bill", "Pat") is judged in its sentence as a first name is (``redact.name_or_word``).
"""
from __future__ import annotations

from functools import lru_cache

from .normalise import fold_key

# Name elements a given name opens or closes with, longest first within each family (Oluwa- before Olu-).
# Yoruba: Oluwa- / Olu- (God), Ade- (crown), Ayo- (joy), Ola- (wealth), Baba- (father); Igbo: Chukwu- / Chi- (God);
# Arabic: Abdul-, Abdel-, Abdur-, Abdi- (servant of). The short form is the name without it.
_OPENING_ELEMENTS = ("oluwa", "olu", "ade", "ayo", "ola", "baba", "chukwu", "chi", "abdul", "abdel", "abdur",
                     "abdi")
_CLOSING_ELEMENTS = ("chukwu",)
# what is left must be a name of its own, not a syllable ("Chioma" -> "oma", "Abdullah" -> "lah")
_MIN_LEFT = 4
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[str, ...]]:
    from .data.tables import rows

    found: dict[str, list[str]] = {}
    for name in ("short_forms.tsv", "short_forms_english.tsv", "short_forms_communities.tsv"):
        for given, short in rows(name):
            found.setdefault(given, []).append(short)
    return {given: tuple(dict.fromkeys(shorts)) for given, shorts in found.items()}


# Punjabi compound given names: the closing elements, and per opening element the short forms the family uses.
# Closing: -preet (love), -inder / -winder / -vinder / -jinder / -binder (Indra), -deep / -dip (lamp), -jit / -jeet
# (victory), -want / -vant, -meet, -pal, -dev, -bir / -vir / -veer (brave), -jot, -nam, -leen, -noor, -neet,
# -rup / -roop, -tar.
_PUNJABI_CLOSINGS = tuple(sorted(
    ("preet", "winder", "vinder", "jinder", "binder", "inder", "deep", "dip", "jeet", "jit", "want", "vant", "meet",
     "pal", "dev", "bir", "vir", "veer", "jot", "nam", "leen", "noor", "neet", "rup", "roop", "tar"),
    key=len, reverse=True))
# the closings an opening element outside the table is read before ("Gagan" of Gagandeep); not -nam, -leen, -noor,
# -neet, -rup, -tar, which close English and other names too ("Vietnam", "Kathleen", "Vineet")
_PUNJABI_CLOSINGS_OF_ANY_OPENING = frozenset(
    ("preet", "winder", "vinder", "jinder", "binder", "inder", "deep", "dip", "jeet", "jit", "want", "vant", "meet",
     "pal", "dev", "bir", "vir", "veer", "jot"))
# opening element -> the short forms read alone: the element, and it made familiar with -i / -y (the consonant
# doubled after a short vowel: Jassi, Bally, Pammi); "Nav", "Dev", "Bal", "Jag" are judged
# (``_JUDGED_SHORT_FORMS``).
_PUNJABI_OPENINGS: dict[str, tuple[str, ...]] = {
    "jas": ("Jas", "Jassi", "Jassy"), "har": (), "sukh": ("Sukh", "Sukhi", "Sukhy"), "gur": ("Guri", "Gurri"),
    "man": ("Mani", "Manni"), "bal": ("Bal", "Balli", "Bally"), "kul": ("Kully", "Kulli"),
    "param": ("Param", "Pammi"), "parm": ("Parm", "Pammi"), "pam": ("Pammi",), "raj": ("Raj", "Rajji"),
    "sur": (), "aman": ("Aman",), "nav": ("Nav", "Navi"), "rav": ("Rav", "Ravi"), "ravi": ("Ravi",),
    "inder": ("Inder", "Indy", "Indi"), "sat": ("Satti",), "dal": ("Dalli",), "bhup": ("Bhupi", "Bhups"),
    "jag": ("Jag", "Jaggi"), "tej": ("Teji",), "lakh": ("Lakhi", "Lakha"), "dev": ("Dev",), "dav": ("Dav",),
    "san": (), "ran": (), "gagan": ("Gagan",), "amar": ("Amar",), "kamal": ("Kamal",), "charan": ("Charan",),
    "yash": ("Yash",), "sarab": ("Sarab",), "sarb": ("Sarb",), "amrit": ("Amrit",),
}
# forms of an opening before a closing that opens with j ("Harj" of Harjinder and Harjit, "Gurj" of Gurjit), and
# "Gurps" of Gurpreet
_PUNJABI_J_FORMS = {"har": "Harj", "gur": "Gurj"}
_PUNJABI_PREET_FORMS = {"gur": "Gurps"}
# the forms that are common English names: the person beside the surname only ("Harry Gill"; "Harry Potter",
# "Pam Ayres", "Mandy" the neighbour are nobody listed)
_PUNJABI_BESIDE_SURNAME = {"har": ("Harry",), "man": ("Manny",), "param": ("Pam", "Pammy"), "parm": ("Pam", "Pammy"),
                           "pam": ("Pam", "Pammy"), "dav": ("Dave",)}
_PUNJABI_BESIDE_SURNAME_BEFORE = {("man", "deep"): ("Mandy",), ("man", "dip"): ("Mandy",),
                                  ("san", "deep"): ("Sandy", "Sunny"), ("san", "dip"): ("Sandy", "Sunny")}
# forms English also writes as a short word of its own, which the word lists lack: "sat nav", "the dev team", "bal
# b/f" of a balance, "a jag of water", "his Jag" of a Jaguar ("raj" is a word there): the name where the sentence
# uses it as one, as "Bill" and "Pat" are, never in small letters. "Jas", "Rav", "Dav" are nothing else and are
# read alone ("jas where r u")
_JUDGED_SHORT_FORMS = frozenset({"nav", "dev", "bal", "jag"})


def _punjabi_elements(key: str) -> tuple[str, str] | None:
    """(opening, closing) of a Punjabi compound given name ("jas", "winder" of jaswinder), the opening one of the
    table where one is ("rav" + "inder" of ravinder, not "ra" + "vinder"); else the longest closing before an
    opening of four letters or more; None for a name that is none."""
    for closing in _PUNJABI_CLOSINGS:
        opening = key[:-len(closing)]
        if key.endswith(closing) and opening in _PUNJABI_OPENINGS:
            return opening, closing
    for closing in _PUNJABI_CLOSINGS:
        opening = key[:-len(closing)]
        if key.endswith(closing) and closing in _PUNJABI_CLOSINGS_OF_ANY_OPENING and len(opening) >= _MIN_LEFT \
                and opening[-1] not in "wvbj" and _VOWELS & set(opening):
            return opening, closing
    return None


def _punjabi_short_forms(key: str) -> list[str]:
    """The short forms of a Punjabi compound given name read alone ("Jas", "Jassi" of Jaswinder); the table's that
    English writes as words too ("Raj") are judged (``also_a_word``), an opening outside it that is a word is none."""
    elements = _punjabi_elements(key)
    if elements is None:
        return []
    opening, closing = elements
    if opening not in _PUNJABI_OPENINGS:
        form = opening.capitalize()
        return [] if is_an_english_word(opening) else [form]
    forms = list(_PUNJABI_OPENINGS[opening])
    if closing.startswith("j") and opening in _PUNJABI_J_FORMS:
        forms.append(_PUNJABI_J_FORMS[opening])
    if closing == "preet" and opening in _PUNJABI_PREET_FORMS:
        forms.append(_PUNJABI_PREET_FORMS[opening])
    return [form for form in forms if fold_key(form) != key]


def _punjabi_short_forms_beside_surname(key: str) -> list[str]:
    elements = _punjabi_elements(key)
    if elements is None:
        return []
    return [*_PUNJABI_BESIDE_SURNAME.get(elements[0], ()), *_PUNJABI_BESIDE_SURNAME_BEFORE.get(elements, ())]


def is_an_english_word(key: str) -> bool:
    from .data.tables import entry
    from .name_or_word import is_ordinary_word

    # not wordfreq's English list, which holds names too ("rahman", "sasha"); looked up one by one (bisection): a
    # cold ``verify`` asks about a handful of names
    return is_ordinary_word(key) or entry("stop_words.txt", key) is not None


def _without_an_element(given: str) -> list[str]:
    """The name without the element it opens or closes with, as written ("Oluwaṣeun" -> "Ṣeun")."""
    key = fold_key(given)
    if not key.isalpha() or len(key) != len(given):
        # the written name folds to other letters (a ligature, a letter that folds to two): read the folded one
        written = key.capitalize()
    else:
        written = given
    out: list[str] = []
    for element in _OPENING_ELEMENTS:
        if key.startswith(element) and len(key) - len(element) >= _MIN_LEFT:
            out.append(written[len(element):].capitalize())
            break
    for element in _CLOSING_ELEMENTS:
        if key.endswith(element) and len(key) - len(element) >= _MIN_LEFT:
            out.append(written[:len(written) - len(element)].capitalize())
            break
    return [form for form in out if _VOWELS & set(fold_key(form)) and not is_an_english_word(fold_key(form))]


def also_a_word(short_form: str) -> bool:
    """Is this short form also an English word ("Bill", "Pat", "Art", "Don")? Then it is judged stricter than a
    name (``NameOrWord.judge_short_form``)."""
    key = fold_key(short_form)
    return is_an_english_word(key) or key in _JUDGED_SHORT_FORMS


@lru_cache(maxsize=4096)
def element_short_forms(given: str) -> tuple[str, ...]:
    """The given name without its Yoruba, Igbo or Arabic opening or closing element ("Seun" of Oluwaseun); () for
    a name that has none or is an English word."""
    key = fold_key(given)
    if not key or " " in key or is_an_english_word(key):
        return ()
    return tuple(form for form in dict.fromkeys(_without_an_element(given)) if fold_key(form) != key)


@lru_cache(maxsize=4096)
def short_forms_of(given: str) -> tuple[str, ...]:
    """The short forms a community writes for the given name ``given`` (one word), as written; () for none."""
    key = fold_key(given)
    if not key or " " in key or is_an_english_word(key):
        # a given name that is an English word ("Will", "Grace") has no element to drop: "Ola" of "Olive" is none
        return tuple(form for form in _tables().get(key, ()) if not _a_kin_word(form))
    forms = [*_tables().get(key, ()), *_without_an_element(given), *_punjabi_short_forms(key)]
    return tuple(form for form in dict.fromkeys(forms) if fold_key(form) != key and not _a_kin_word(form))


@lru_cache(maxsize=1)
def _beside_surname_table() -> dict[str, tuple[str, ...]]:
    from .data.tables import rows

    found: dict[str, list[str]] = {}
    for given, short in rows("short_forms_english_beside_surname.tsv"):
        found.setdefault(given, []).append(short)
    return {given: tuple(shorts) for given, shorts in found.items()}


@lru_cache(maxsize=4096)
def short_forms_beside_surname_of(given: str) -> tuple[str, ...]:
    """The short forms of ``given`` that are also English words or places, or common names of their own ("Sandy"
    and "Sandra" of Alexandra, "Drew" of Andrew, "Shell" of Michelle, "Dee" of Deirdre:
    ``data/short_forms_english_beside_surname.tsv``), less those another table holds as a form of it (those are
    read alone, ``short_forms_of``). The person's only beside the surname (``variants``) or where the draft makes
    them the person's name (``redact.introduced_nicknames``)."""
    key = fold_key(given)
    own = {fold_key(form) for form in short_forms_of(given)}
    beside = [*_beside_surname_table().get(key, ()), *_punjabi_short_forms_beside_surname(key)]
    return tuple(form for form in dict.fromkeys(beside) if fold_key(form) not in own and not _a_kin_word(form))


@lru_cache(maxsize=1)
def _short_form_keys() -> frozenset[str]:
    return frozenset(fold_key(form) for table in (_tables(), _beside_surname_table()) for forms in table.values()
                     for form in forms)


def is_a_short_form(word: str) -> bool:
    """Is ``word`` a short form of some given name in the tables ("Mags", "Will", "Bill", "Sandy"), whatever name
    it is short for?"""
    return fold_key(word) in _short_form_keys()


def _a_kin_word(form: str) -> bool:
    """"Nanny" of Nannette, "Didi" of Diana: a family's word for a grandmother or an elder sister."""
    from .lexicon import KIN_ADDRESS_WORDS

    return fold_key(form) in {fold_key(word) for word in KIN_ADDRESS_WORDS}
