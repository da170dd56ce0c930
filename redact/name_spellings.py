"""The other standard forms a community itself writes one surname or given name in.

- Irish and Scottish Gaelic surnames change with the sex of the bearer: a daughter of Ó Néill is "Ní Néill", of
  Ó Súilleabháin "Ní Shúilleabháin" (the particle lenites what follows it), of Mac Carthaigh "Nic Carthaigh", of
  MacDhòmhnaill "NicDhòmhnaill"; a married woman is "Uí Bhriain", "Mhic Carthaigh". The form of the other sex is a
  relative's ("Ó Briain" is her father), as the Slavic "-ska"/"-ski" is (``variants._relative_forms``); her own
  given name before it is her (``variants._own_given_name_with_family_forms``).
- Arabic theophoric names ("servant of" one of the names of God): Abdul-Rahman is also written Abdul Rahman,
  Abdulrahman, Abd al-Rahman, Abd el-Rahman, Abdel Rahman, with the article assimilated before a "sun letter"
  (Abdur Rahman, Abd ar-Rahman, Abdurrahman, Abdus Salam), the Somali Abdirahman and the Malay Abd Rahman, and the
  divine name in its own spellings (Rahman, Rehman; Karim, Kareem; Qadir, Kader). All are one name: a listed
  Abdul-Rahman written Abd al-Rahman is the same person. Only the names of God are respelt: "Abdi Hassan" is a
  given name and a surname, and Abdullah (Abd Allah) is a name of its own.
"""
from __future__ import annotations

import re

from .lazy_patterns import lazy
from .normalise import fold_key

# Gaelic particles, folded: a man's (or the family's) -> a woman's, and the married woman's
_GAELIC_MASCULINE = {"o": ("ni", "ui"), "ua": ("ni", "ui"), "mac": ("nic", "mhic"), "mc": ("nic", "mhic")}
_GAELIC_FEMININE = {"ni": "o", "ui": "o", "nic": "mac", "mhic": "mac"}
_WRITTEN = {"o": "Ó", "ni": "Ní", "ui": "Uí", "nic": "Nic", "mhic": "Mhic", "mac": "Mac", "ua": "Ua"}
# "O'Neill", "MacDhòmhnaill", "NicDhòmhnaill", "McCarthy": the particle joined to the name
_JOINED_PARTICLE = lazy(re.compile, r"(?P<particle>O['’]|Ó|Mac|Mc|Nic|Ní)(?P<core>[A-ZÁÉÍÓÚÀÈÌÒÙ]\w+)")
_LENITED = frozenset("bcdfgmpst")
_VOWELS = "aeiouáéíóúàèìòù"


def _lenite(core: str) -> str:
    """Irish lenition of a surname's first letter after "Ní", "Uí", "Nic", "Mhic" ("Súilleabháin" -> "Shúilleabháin",
    "Briain" -> "Bhriain"); a name already lenited, beginning with a vowel or with a letter lenition leaves alone
    ("Néill", "Aodha") stays."""
    from .mutations import _IRISH_LENITION, mutated_words

    if core[1:2] == "h":
        return core
    made = mutated_words(core, _IRISH_LENITION)
    return made[0][0] if made else core


def _unlenite(core: str) -> list[str]:
    """The name as it follows "Ó" or "Mac": without the lenition ("Bhriain" -> "Briain"); a vowel takes an h after
    "Ó" ("Aodha" -> "hAodha"), so both are given."""
    if len(core) > 2 and core[1] == "h" and core[0].lower() in _LENITED:
        return [core[0] + core[2:]]
    if core[:1].lower() in _VOWELS:
        return [core, "h" + core]
    return [core]


def _particle_and_core(words: list[str]) -> tuple[str, str] | None:
    """(folded particle, name) of a name's Gaelic surname written apart ("Ó Súilleabháin", "Ní", "Bhriain") or
    joined ("O'Neill", "NicDhòmhnaill"); None for any other surname."""
    if not words:
        return None
    last = words[-1].split()
    if len(last) == 2:
        particle, core = last
    elif len(last) == 1 and len(words) >= 3:
        particle, core = words[-2], words[-1]
    else:
        particle, core = "", words[-1]
    key = fold_key(particle)
    if key in _GAELIC_MASCULINE or key in _GAELIC_FEMININE:
        return (key, core) if core[:1].isupper() or core[:1] == "h" else None
    joined = _JOINED_PARTICLE.fullmatch(words[-1])
    if joined:
        return fold_key(joined.group("particle")).rstrip("'’"), joined.group("core")
    return None


def gaelic_other_forms(words: list[str]) -> list[str]:
    """The name's Irish or Scottish Gaelic surname as the other sex or a married woman of the family writes it
    ("Siobhán O'Neill" -> "Ní Néill", "Uí Néill"; "Aoife Ní Bhriain" -> "Ó Briain"; "Mairi NicDhòmhnaill" ->
    "MacDhòmhnaill"); [] for a name without one."""
    found = _particle_and_core(words)
    if found is None:
        return []
    particle, core = found
    joined = " " not in words[-1] and fold_key(words[-1]).startswith(particle) and len(words[-1]) > len(core) + 1 \
        and not words[-1].startswith(("O'", "O’", "Ó"))
    made: list[str] = []
    if particle in _GAELIC_MASCULINE:
        bare = core[1:] if core[:1] == "h" and core[1:2].isupper() else core       # "Ó hAodha" -> "Ní Aodha"
        for other in _GAELIC_MASCULINE[particle]:
            # "Nic Carthaigh", "Nic Giolla": after Nic a c or g is often left unlenited, so both are written
            cores = dict.fromkeys([_lenite(bare)] + ([bare] if other in ("nic", "mhic") else []))
            made += [f"{_WRITTEN[other]}{'' if joined else ' '}{c}" for c in cores]
    else:
        other = _GAELIC_FEMININE[particle]
        made += [f"{_WRITTEN[other]}{'' if joined else ' '}{c}" for c in _unlenite(core)]
        if other == "o":
            # and as the family's name is written in English, "O'Neill" of Ní Néill
            made += [f"O'{c}" for c in _unlenite(core) if c[:1].isupper()]
        if particle == "ni":
            made += [f"Uí {core}"]
    own = fold_key(words[-1] if len(words[-1].split()) == 2 or joined else f"{words[-2]} {words[-1]}")
    return [form for form in dict.fromkeys(made) if fold_key(form) != own]


# The names of God a theophoric name is made of, each with the spellings its bearers write (folded): the first is
# how it is written when a name's spelling is not in the table. Shia names of the same shape ("Abdul Hussain",
# "Abdul Zahra", "Abdul Nabi") are written the same ways.
_DIVINE_NAMES: tuple[tuple[str, ...], ...] = (
    ("rahman", "rehman", "rahmaan", "rahmane"), ("rahim", "raheem", "rehim"), ("aziz", "azeez"),
    ("karim", "kareem", "kerim"), ("qadir", "qader", "kadir", "kader", "qadeer", "kadeer"),
    ("wahab", "wahhab", "wahaab"), ("razzaq", "razaq", "razak", "razzak", "razzaque"), ("jabbar",),
    ("ghafur", "ghafoor", "gafoor", "gafur"), ("ghaffar", "gaffar"), ("shakur", "shakoor"), ("sattar", "satar"),
    ("qayyum", "qayum", "kayum", "qayoom", "kayyum"), ("hafiz", "hafeez"), ("majid", "majeed", "majed"),
    ("hamid", "hameed", "hamed"), ("latif", "lateef", "latheef"), ("halim", "haleem"), ("jalil", "jaleel"),
    ("hakim", "hakeem"), ("basit", "baset"), ("bari", "baari"), ("samad", "samed"), ("ghani", "gani", "ghanee"),
    ("hadi",), ("nasir", "naser", "nasser", "nassir"), ("malik", "malek"), ("salam", "salaam"),
    ("wahid", "waheed", "wahed"), ("mannan", "manan"), ("mumin", "momin"), ("matin", "mateen"), ("wadud", "wadood"),
    ("ahad",), ("baqi", "baki"), ("haq", "haqq", "hak", "haque"), ("alim", "aleem"), ("azim", "azeem"),
    ("kabir", "kabeer"), ("basir", "baseer"), ("sami", "samee", "samie"), ("rauf", "raouf", "raoof"),
    ("tawwab", "tawab"), ("raqib", "raqeeb"), ("mujib", "mujeeb"), ("rashid", "rasheed", "rashed"),
    ("sabur", "saboor"), ("nur", "noor"), ("rafi", "rafee"), ("wakil", "wakeel"), ("qawi", "qavi"),
    ("khaliq", "khaleeq", "khalik"), ("quddus", "qudus", "kuddus"), ("fattah", "fatah"),
    ("muttalib", "mutalib"), ("qahhar", "qahar", "kahar"), ("munim", "moneim", "monem"), ("hakam",),
    ("muqtadir", "muktadir"), ("khabir", "khabeer"), ("shahid", "shaheed"), ("hannan", "hanan"), ("jawad",),
    ("hussain", "hussein", "husain", "hossein"), ("nabi",), ("zahra",), ("amir", "ameer"), ("ilah",),
    ("muhaymin", "muhaimin"), ("salih", "saleh"), ("hayy", "hai"), ("jalal",), ("wasi", "wasay"), ("muid", "mueed"),
)
_SPELLINGS = {spelling: group for group in _DIVINE_NAMES for spelling in group}
# the Arabic letters that take the article's l ("the sun letters"), as their Latin spellings begin
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l")
# "Abd", a joint, the article however written ("al", "el", "ul", "il", the assimilated "ar", "ur", "us", the Somali
# "i", none), a joint, the divine name; a theophoric name of the listed forms is found by it, then respelt
_THEOPHORIC = lazy(re.compile, r"(?<![\w'’-])(?i:abd)(?:(?:[-‐ ]?(?i:[aeiu]l|[aeu](?:sh|th|dh|[tdrzsn])))|(?i:[iu]))?"
                               r"[-‐ ']?(?P<core>[^\W\d_]{2,})(?![\w'’])")


def _heads(core: str) -> list[str]:
    """How "servant of" and the article are written before ``core`` (hyphenated; the forms apart and joined follow
    from them as they do of any hyphenated name: ``variants._with_hyphen_forms``)."""
    heads = ["Abdul-", "Abdel-", "Abdal-", "Abd al-", "Abd-al-", "Abd el-", "Abd-el-", "Abd ul-", "Abd-ul-",
             "Abdi-", "Abd-"]
    sun = next((letters for letters in _SUN_LETTERS if core.lower().startswith(letters)), None)
    if sun and sun != "l":
        heads += [f"Abdu{sun}-", f"Abd a{sun}-", f"Abd-a{sun}-", f"Abd u{sun}-", f"Abd-u{sun}-", f"Abde{sun}-",
                  f"Abd e{sun}-"]
    return heads


def is_theophoric(text: str) -> bool:
    """Is ``text`` one theophoric name ("Abdel-Haleem", "Abd ul-Haleem", "Abdulrahman"), whose "Abd-" is no name
    of its own nor its divine name a surname of its own?"""
    m = _THEOPHORIC.fullmatch(text.strip())
    return m is not None and fold_key(m.group("core")) in _SPELLINGS


def theophoric_spellings(text: str) -> list[str]:
    """``text`` with its theophoric name ("Abdul-Rahman", "Abd al-Rahman", "Abdulrahman") in each other spelling its
    bearers write, hyphenated ("Abdur-Rahman", "Abd ar-Rahman", "Abdul-Rehman"); [] for a text without one, or
    whose "Abd-" name is no name of God ("Abdullah", "Abdi Hassan")."""
    for m in _THEOPHORIC.finditer(text):
        group = _SPELLINGS.get(fold_key(m.group("core")))
        if group is None:
            continue
        cores = [spelling.capitalize() for spelling in group]
        made = [text[:m.start()] + head + core + text[m.end():] for core in cores for head in _heads(core)]
        return [spelling for spelling in dict.fromkeys(made) if spelling != text]
    return []


# A given name's standard written abbreviation, as passports, records and letters write it: the Bangladeshi,
# Malaysian and Indian "Md", "Mohd", "Muhd" of Muhammad, the Filipino and Spanish "Ma." of María, old English
# records' "Wm", "Chas", "Thos", "Robt". Never a name alone ("MD" is a doctor or a director, "Ma" a mother), so only
# a form with the rest of the name. Folded full name -> the abbreviations as written, each also with its full stop
# (except "Ma.", which has one always).
_MUHAMMAD_ABBREVIATIONS = ("Md", "Mohd", "Muhd", "Mhd")
_GIVEN_NAME_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    **{spelling: _MUHAMMAD_ABBREVIATIONS for spelling in (
        "muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "mohammod", "muhammod", "mahammad")},
    "maria": ("Ma.",), "william": ("Wm",), "charles": ("Chas",), "thomas": ("Thos",), "robert": ("Robt",),
}
# an abbreviation a rules file writes for the given name -> the name in full (one spelling: the others are read
# as spellings of it are)
_ABBREVIATED_GIVEN_NAMES = {"md": "Mohammed", "mohd": "Mohammed", "muhd": "Muhammad", "mhd": "Mohammed",
                            "ma.": "Maria", "wm": "William", "chas": "Charles", "thos": "Thomas", "robt": "Robert"}


def _abbreviation_key(word: str) -> str:
    key = fold_key(word)
    return key if key == "ma." else key.rstrip(".")


def given_name_in_full(word: str) -> str | None:
    """"Mohammed" of a given name written short ("Md", "Md.", "Mohd"), "Maria" of "Ma."; None for any other word."""
    return _ABBREVIATED_GIVEN_NAMES.get(_abbreviation_key(word))


def given_name_abbreviations(word: str) -> list[str]:
    """The written abbreviations of a given name, with and without their full stop ("Md", "Md.", "Mohd", "Mohd."
    of Mohammed); [] for a name that has none."""
    shorts = _GIVEN_NAME_ABBREVIATIONS.get(fold_key(word), ())
    return [written for short in shorts for written in ((short,) if short.endswith(".") else (short, short + "."))]
