"""Words every part of the tool must agree on: titles and ranks before a name, month and weekday names.

One list each, so that detection, the listed forms, the grammar of replacements and verify split "DS Reid" or
"14 March" the same way (before this module there were four title lists that disagreed).
"""
from __future__ import annotations

from typing import NamedTuple


class Title(NamedTuple):
    """A word a report writes before a name as a title ("Mr", "Frau", "Imam", "Aunty", "Pte")."""

    word: str
    #: the bearer's sex the title tells: "m", "f", or "" where it tells none ("Dr", "Rabbi", "Pastor", "Messrs")
    sex: str
    #: "civil" (courtesy and professional titles), "religious", "rank" (the forces'), "kin" (a family's word or one of
    #: respect for an elder: "Aunty", "Mama", "Baba"), "courtesy" (a community's language's civil titles: "Herr", "Pani")
    kind: str
    #: where it is read as a title: FORM (the listed forms write it, and the pseudonym replaces it with the name:
    #: "Mr Warsame" -> "John"), KEPT (kept before the pseudonym wherever it stands: "Pastor Okafor" -> "Pastor Mary"),
    #: BEFORE_LISTED (kept so only before a listed name, being a given name, a family's name or a word too: "Imam",
    #: "Sheikh", "Baba", "Pan"; elsewhere "Sheikh" may be somebody's name and stays one)
    place: str


FORM, KEPT, BEFORE_LISTED = "form", "kept", "before-listed"
_C, _R, _K, _O, _F = "civil", "religious", "kin", "courtesy", "rank"

#: every title of a person before a name, with its sex and kind, in one table: the listed forms' titles
#: (``CIVIL_TITLES``), those kept before the pseudonym (``HONORIFICS``) and those kept only before a listed name
#: (``TITLES_BEFORE_A_LISTED_NAME``) are read from it, and the sex a title tells picks one of the listed people who
#: share a surname (``redact.detect.resolve``: "Imam Warsame" is Abdi, "Hajiya Warsame" Hodan). Police ranks are
#: generated below (``RANKS``).
TITLES = tuple(Title(*row) for row in (
    # courtesy, professional and religious titles the listed forms write before a name
    ("Mr", "m", _C, FORM), ("Mister", "m", _C, FORM), ("Mrs", "f", _C, FORM), ("Ms", "f", _C, FORM),
    ("Miss", "f", _C, FORM), ("Mx", "", _C, FORM), ("Dr", "", _C, FORM), ("Prof", "", _C, FORM),
    ("Professor", "", _C, FORM), ("Sir", "m", _C, FORM), ("Dame", "f", _C, FORM), ("Lady", "f", _C, FORM),
    ("Lord", "m", _C, FORM), ("Rev", "", _R, FORM), ("Revd", "", _R, FORM), ("Reverend", "", _R, FORM),
    ("Father", "m", _R, FORM), ("Cllr", "", _C, FORM), ("Councillor", "", _C, FORM), ("Judge", "", _C, FORM),
    ("HHJ", "", _C, FORM), ("District Judge", "", _C, FORM), ("Deputy District Judge", "", _C, FORM),
    ("Senator", "", _C, FORM),
    # a High Court or Court of Appeal judge's title: "Justice" is the office, no given name ("Mr Justice Mensah"
    # was "Mr Person 1")
    ("Lord Justice", "m", _C, FORM), ("Lady Justice", "f", _C, FORM), ("Mr Justice", "m", _C, FORM),
    ("Mrs Justice", "f", _C, FORM), ("Ms Justice", "f", _C, FORM),
    # what else a report writes before a name as a title, by a community's, a faith's, a family's or the forces'
    # custom ("Pastor Okafor", "Rabbi Cohen", "Giani Singh", "Alhaji Bello", "Aunty Grace", "Pani Nowak", "Pte
    # Evans"): the person's own, never another person's name word. Not cues for finding a person ("Major
    # incident", "General Practice", "Chief Executive" follow some of them): only what a name already found may
    # start with. Faiths first
    ("Pastor", "", _R, KEPT), ("Rabbi", "", _R, KEPT), ("Bishop", "", _R, KEPT), ("Archbishop", "", _R, KEPT),
    ("Canon", "", _R, KEPT), ("Vicar", "", _R, KEPT), ("Minister", "", _R, KEPT), ("Elder", "", _R, KEPT),
    ("Deacon", "", _R, KEPT), ("Deaconess", "f", _R, KEPT), ("Apostle", "", _R, KEPT), ("Evangelist", "", _R, KEPT),
    ("Prophet", "", _R, KEPT), ("Prophetess", "f", _R, KEPT), ("Monsignor", "m", _R, KEPT),
    ("Sister", "f", _R, KEPT), ("Brother", "m", _R, KEPT), ("Mufti", "m", _R, KEPT), ("Maulvi", "m", _R, KEPT),
    ("Molvi", "m", _R, KEPT), ("Qari", "", _R, KEPT), ("Ustadh", "m", _R, KEPT), ("Ustaz", "m", _R, KEPT),
    ("Hajjah", "f", _R, KEPT), ("Hajia", "f", _R, KEPT), ("Alhaji", "m", _R, KEPT), ("Alhaja", "f", _R, KEPT),
    ("Giani", "", _R, KEPT), ("Gyani", "", _R, KEPT),
    # communities' courtesy titles and family honorifics, and the plural titles (no one person's sex)
    ("Chief", "", _C, KEPT), ("Otunba", "", _C, KEPT), ("Madam", "f", _O, KEPT), ("Madame", "f", _O, KEPT),
    ("Engr", "", _C, KEPT), ("Barr", "", _C, KEPT), ("Hon", "", _C, KEPT), ("Uncle", "m", _K, KEPT),
    ("Auntie", "f", _K, KEPT), ("Aunty", "f", _K, KEPT), ("Aunt", "f", _K, KEPT), ("Granny", "f", _K, KEPT),
    ("Grandma", "f", _K, KEPT), ("Grandad", "m", _K, KEPT), ("Grandpa", "m", _K, KEPT), ("Pani", "f", _O, KEPT),
    ("Panna", "f", _O, KEPT), ("Państwo", "", _O, KEPT), ("Panstwo", "", _O, KEPT), ("Herr", "m", _O, KEPT),
    ("Frau", "f", _O, KEPT), ("Señor", "m", _O, KEPT), ("Señora", "f", _O, KEPT), ("Senhor", "m", _O, KEPT),
    ("Senhora", "f", _O, KEPT),
    ("Sra", "f", _O, KEPT), ("Srta", "f", _O, KEPT),  # Señora, Señorita abbreviated ("Sr" is a nurse's "Sister" too)
    ("Monsieur", "m", _O, KEPT), ("Mademoiselle", "f", _O, KEPT), ("Signor", "m", _O, KEPT),
    ("Signora", "f", _O, KEPT), ("Domnul", "m", _O, KEPT), ("Doamna", "f", _O, KEPT), ("Doamnă", "f", _O, KEPT),
    ("Domnișoara", "f", _O, KEPT), ("Meneer", "m", _O, KEPT), ("Mevrouw", "f", _O, KEPT), ("Messrs", "", _C, KEPT), ("Mesdames", "", _O, KEPT), ("Misses", "", _C, KEPT),
    # a boy's title: no listed form's, as "the Master Plan" or "Master of Ceremonies" would then lead a name
    ("Master", "m", _C, KEPT),
    # the armed forces, short and in full
    *((rank, "", _F, KEPT) for rank in (
        "Pte", "Cpl", "LCpl", "Bdr", "Gnr", "Spr", "Tpr", "Rfn", "Gdsm", "Fus", "Cfn", "Lt", "Capt", "Maj", "Col",
        "Brig", "Gen", "Cdr", "Sqn", "Flt", "CSgt", "SSgt", "Private", "Major", "Gunner", "Sapper", "Trooper",
        "Rifleman", "Guardsman", "Bombardier", "Airman", "Brigadier", "General", "Admiral", "Commander",
        "Commodore")),
    # titles read only before a listed name, where the sex they tell fits a listed person (``redact.detect.resolve``):
    # a given name, a family's name or a word too ("Imam Hussain", "Sheikh" a Pakistani family's name, "Baba Ahmed",
    # "Pan" a Chinese family's name, "Mother" a word), or not yet read by the finders and filters that take
    # ``HONORIFICS`` ("Hajiya", "Mme"). Not "Begum": the family name of many British Bangladeshi women, more often
    # than a title; not "Don": a given name
    ("Imam", "m", _R, BEFORE_LISTED), ("Sheikh", "m", _R, BEFORE_LISTED), ("Shaikh", "m", _R, BEFORE_LISTED),
    ("Shaykh", "m", _R, BEFORE_LISTED), ("Haji", "m", _R, BEFORE_LISTED), ("Hajji", "m", _R, BEFORE_LISTED),
    ("Hajiya", "f", _R, BEFORE_LISTED), ("Hajja", "f", _R, BEFORE_LISTED), ("Hafiz", "m", _R, BEFORE_LISTED),
    ("Sheikha", "f", _R, BEFORE_LISTED), ("Shaikha", "f", _R, BEFORE_LISTED), ("Mallam", "m", _R, BEFORE_LISTED),
    ("Malam", "m", _R, BEFORE_LISTED), ("Malama", "f", _R, BEFORE_LISTED),
    ("Maulana", "m", _R, BEFORE_LISTED), ("Mullah", "m", _R, BEFORE_LISTED), ("Sayyid", "m", _R, BEFORE_LISTED),
    ("Sayyida", "f", _R, BEFORE_LISTED), ("Ustadha", "f", _R, BEFORE_LISTED), ("Ustazah", "f", _R, BEFORE_LISTED),
    ("Reb", "m", _R, BEFORE_LISTED), ("Rebbetzin", "f", _R, BEFORE_LISTED), ("Mother", "f", _R, BEFORE_LISTED),
    ("Pandit", "m", _R, BEFORE_LISTED), ("Swami", "m", _R, BEFORE_LISTED), ("Guru", "", _R, BEFORE_LISTED),
    ("Sant", "m", _R, BEFORE_LISTED), ("Bhai", "m", _K, BEFORE_LISTED), ("Bibi", "f", _K, BEFORE_LISTED),
    ("Sardar", "m", _O, BEFORE_LISTED), ("Sardarni", "f", _O, BEFORE_LISTED), ("Janab", "m", _O, BEFORE_LISTED),
    ("Bwana", "m", _O, BEFORE_LISTED), ("Mzee", "m", _K, BEFORE_LISTED),
    ("Baba", "m", _K, BEFORE_LISTED), ("Mama", "f", _K, BEFORE_LISTED), ("Maame", "f", _K, BEFORE_LISTED),
    ("Nana", "", _K, BEFORE_LISTED), ("Pan", "m", _O, BEFORE_LISTED), ("Doña", "f", _O, BEFORE_LISTED),
    ("Mme", "f", _O, BEFORE_LISTED), ("Mlle", "f", _O, BEFORE_LISTED), ("Signorina", "f", _O, BEFORE_LISTED),
    ("Señorita", "f", _O, BEFORE_LISTED), ("Fräulein", "f", _O, BEFORE_LISTED), ("Ponas", "m", _O, BEFORE_LISTED),
    ("Ponia", "f", _O, BEFORE_LISTED),
    # a family's or a community's word of respect or kinship before a given name ("Kuya Rody", "Tita Tess", "Chị Lan",
    # "Oga Segun", "Adeer Mohamed", "Ah Ling"): Filipino, Vietnamese, Yoruba, Somali and Cantonese. Read as one
    # name with it, the listed person was an unknown "Person 1"; several are given names too ("Lola", "Tito"). Not
    # "Anh" (the Vietnamese elder brother): a common given name
    ("Kuya", "m", _K, BEFORE_LISTED), ("Manong", "m", _K, BEFORE_LISTED), ("Manang", "f", _K, BEFORE_LISTED),
    ("Ate", "f", _K, BEFORE_LISTED), ("Tita", "f", _K, BEFORE_LISTED), ("Tito", "m", _K, BEFORE_LISTED),
    ("Lola", "f", _K, BEFORE_LISTED), ("Lolo", "m", _K, BEFORE_LISTED),
    ("Chị", "f", _K, BEFORE_LISTED), ("Chú", "m", _K, BEFORE_LISTED), ("Bác", "", _K, BEFORE_LISTED),
    ("Ông", "m", _K, BEFORE_LISTED), ("Bà", "f", _K, BEFORE_LISTED),
    ("Oga", "m", _O, BEFORE_LISTED), ("Egbon", "", _K, BEFORE_LISTED), ("Iya", "f", _K, BEFORE_LISTED),
    ("Aabe", "m", _K, BEFORE_LISTED), ("Aabo", "m", _K, BEFORE_LISTED), ("Adeer", "m", _K, BEFORE_LISTED),
    ("Abti", "m", _K, BEFORE_LISTED), ("Habaryar", "f", _K, BEFORE_LISTED), ("Eedo", "f", _K, BEFORE_LISTED),
    ("Hooyo", "f", _K, BEFORE_LISTED), ("Ah", "", _K, BEFORE_LISTED),
    # the same for the Akan (Ghana), Persian, Dari and Kurdish, Levantine Arabic, Jamaican, Thai, Tamil and Turkish
    # families ("Agya Kwame", "Agha Hamid", "Kak Aras", "Ammo Sami", "Maas Winston", "Khun Somchai", "Selvi
    # Kavitha", "Hoca Mehmet"): read as one name with the listed given name after, it was an unknown "Person 1".
    # Each is a given name, a family's name or an English word too ("Sri", "Bay", "Papa", "Kaka", "Agha")
    ("Agya", "m", _K, BEFORE_LISTED), ("Papa", "m", _K, BEFORE_LISTED), ("Agha", "m", _O, BEFORE_LISTED),
    ("Aqa", "m", _O, BEFORE_LISTED), ("Kaka", "m", _K, BEFORE_LISTED), ("Kak", "m", _O, BEFORE_LISTED),
    ("Ammo", "m", _K, BEFORE_LISTED), ("Khalto", "f", _K, BEFORE_LISTED), ("Sitt", "f", _O, BEFORE_LISTED),
    ("Hajj", "m", _R, BEFORE_LISTED), ("Maas", "m", _O, BEFORE_LISTED), ("Sista", "f", _K, BEFORE_LISTED),
    ("Bredda", "m", _K, BEFORE_LISTED), ("Khun", "", _O, BEFORE_LISTED), ("Sri", "m", _O, BEFORE_LISTED),
    ("Kumari", "f", _O, BEFORE_LISTED), ("Selvi", "f", _O, BEFORE_LISTED), ("Selvan", "m", _O, BEFORE_LISTED),
    ("Seu", "m", _O, BEFORE_LISTED), ("Hacı", "m", _R, BEFORE_LISTED), ("Haci", "m", _R, BEFORE_LISTED), ("Hoca", "m", _R, BEFORE_LISTED),
    ("Bay", "m", _O, BEFORE_LISTED), ("Bayan", "f", _O, BEFORE_LISTED), ("Abba", "m", _R, BEFORE_LISTED),
    ("Qes", "m", _R, BEFORE_LISTED), ("Obbo", "m", _O, BEFORE_LISTED), ("Aadde", "f", _O, BEFORE_LISTED),
    # and the civil, religious and elders' titles of those languages that are nobody's name nor an English word:
    # kept before any name, as "Herr" and "Pani" are (Amharic and Tigrinya "Ato", "Weyzero" and "W/ro",
    # "Weyzerit" and "W/rt"; the Ethiopian and Eritrean Orthodox "Abune", "Kesis", "Emahoy"; Akan "Opanin",
    # "Obaapanin"; Kurdish "Mamosta"; Hindi and Tamil "Shri", "Shrimati", "Smt", "Thiru", "Thirumathi", "Tmt";
    # Greek "Kyrios", "Kyria"; Albanian "Zoti", "Zonja"; Turkish "Sayın"; Russian "Gospodin", "Gospozha")
    ("Ato", "m", _O, KEPT), ("Weyzero", "f", _O, KEPT), ("Woizero", "f", _O, KEPT), ("Weizero", "f", _O, KEPT),
    ("W/ro", "f", _O, KEPT), ("Weyzerit", "f", _O, KEPT), ("Woizerit", "f", _O, KEPT), ("W/rt", "f", _O, KEPT),
    ("Abune", "m", _R, KEPT), ("Kesis", "m", _R, KEPT), ("Emahoy", "f", _R, KEPT), ("Opanin", "m", _K, KEPT),
    ("Obaapanin", "f", _K, KEPT), ("Mamosta", "m", _C, KEPT), ("Shri", "m", _O, KEPT), ("Shree", "m", _O, KEPT),
    ("Shrimati", "f", _O, KEPT), ("Smt", "f", _O, KEPT), ("Thiru", "m", _O, KEPT), ("Thirumathi", "f", _O, KEPT),
    ("Tmt", "f", _O, KEPT), ("Kyrios", "m", _O, KEPT), ("Kyria", "f", _O, KEPT), ("Zoti", "m", _O, KEPT),
    ("Zonja", "f", _O, KEPT), ("Sayın", "", _O, KEPT), ("Sayin", "", _O, KEPT), ("Gospodin", "m", _O, KEPT), ("Gospozha", "f", _O, KEPT),
))

#: courtesy, professional and religious titles written before a name
CIVIL_TITLES = tuple(title.word for title in TITLES if title.place == FORM)
#: police ranks (abbreviated and in full) and armed forces ranks (veterans and serving personnel appear in reviews)
RANKS = ("PC", "DC", "PS", "DS", "DI", "DCI", "DSI", "Supt", "DSupt", "Ch Supt", "Ch Insp", "Sgt", "Insp",
         "Det Sgt", "Det Con", "Det Insp", "PCSO", "TDC", "Constable", "Police Constable", "Sergeant", "Inspector",
         "Chief Inspector", "Superintendent", "Chief Superintendent", "Detective Constable", "Detective Sergeant",
         "Detective Inspector", "Detective Chief Inspector",
         "Captain", "Lieutenant", "Colonel", "Corporal", "Lance Corporal", "Flight Lieutenant", "Squadron Leader",
         "Wing Commander",
         # a detective's (D/), a temporary (T/) or an acting (A/) rank, as police reports write them
         *(f"{prefix}/{rank}" for prefix in "DTA" for rank in ("Sgt", "Insp", "Supt", "Ch Insp", "Ch Supt", "Con",
                                                              "DS", "DI", "DC", "DCI", "PS", "PC")))
NAME_TITLES = CIVIL_TITLES + RANKS
#: what else a report writes before a name as a title (``TITLES``: kept before the pseudonym)
HONORIFICS = tuple(title.word for title in TITLES if title.place == KEPT)
#: the words of kinship or respect a family writes before a GIVEN name only ("Kuya Rody", "Lola Tess", "Ah Ling"):
#: before a listed surname they are a relative's given name ("Lola Santos", "Tito Reyes"), replaced whole
TITLES_BEFORE_A_GIVEN_NAME_ONLY = frozenset({
    "Kuya", "Manong", "Manang", "Ate", "Tita", "Tito", "Lola", "Lolo", "Chị", "Chú", "Bác", "Ông", "Bà", "Oga",
    "Egbon", "Iya", "Aabe", "Aabo", "Adeer", "Abti", "Habaryar", "Eedo", "Hooyo", "Ah", "Agya", "Papa", "Kaka",
    "Kak", "Ammo", "Khalto", "Sista", "Bredda", "Maas", "Seu"})
#: titles kept before a listed name only ("Imam Warsame" -> "Imam John"), besides ``HONORIFICS``
TITLES_BEFORE_A_LISTED_NAME = tuple(title.word for title in TITLES if title.place == BEFORE_LISTED)
#: words of age a report writes before a listed surname ("Young Warsame", "old Warsame", "Little Warsame"): the
#: person the surname alone is, not another of the family
AGE_WORDS_BEFORE_A_NAME = ("Young", "Old", "Little")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: the short forms of each month, in month order ("May" has none)
_MONTH_SHORT = (("Jan",), ("Feb",), ("Mar",), ("Apr",), (), ("Jun",), ("Jul",), ("Aug",), ("Sept", "Sep"),
                ("Oct",), ("Nov",), ("Dec",))


def _contractions(month: str) -> list[str]:
    """The month cut short the way old registers, letters and hurried notes write it: its first three letters, some
    of its middle consonants and its last letter, five letters at most ("Jany", "Febry", "Augt", "Septr", "Octr",
    "Novbr", "Decr"); none is an English word. A longer one is a misspelling ("Noveber", "Febuary"), a date only
    with its year (``redact.dates.misspelt_month``). Each also with an apostrophe after the first three letters
    ("Nov'r", "Jan'y"), and the usual four-letter form so ("Sep't")."""
    lower = month.lower()
    head, middle, last = lower[:3], [c for c in lower[3:-1] if c not in "aeiou"], lower[-1]
    if len(lower) <= 4:
        return []       # May, June, July: nothing to leave out
    forms = set()
    for mask in range(2 ** len(middle)):
        form = head + "".join(c for i, c in enumerate(middle) if mask >> i & 1) + last
        if len(form) <= 5 and form != lower:
            forms.add(form)
    forms |= {short.lower() for short in _MONTH_SHORT[MONTHS.index(month)] if len(short) == 4}
    forms |= {form[:3] + mark + form[3:] for form in list(forms) for mark in "'’"}
    return sorted((form.capitalize() for form in forms), key=lambda form: (len(form), form))


def _cut_short(month: str) -> list[str]:
    """The month cut after its fourth or fifth letter, as registers and writers of other languages shorten it
    ("Febr. 3, 2022", "3 Janu. 2022", "Novem."); not "Marc", a given name. A longer cut is a misspelling."""
    return [month[:length] for length in (4, 5) if length < len(month) and month[:length] not in ("Marc", "Sept")]


#: the short forms of each month, in month order ("May" has none): the usual ones first, then the contractions
MONTH_ABBREVIATIONS = tuple(tuple(dict.fromkeys((*short, *_contractions(month), *_cut_short(month))))
                            for month, short in zip(MONTHS, _MONTH_SHORT))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: the weekdays in Welsh, as CLDR names them after "Dydd" (tests/test_welsh_ordinary_words.py checks them against
#: Babel's), and as soft mutation writes them after "nos" ("nos Wener", "nos Lun"): a day, never a name after one of
#: WELSH_DAY_WORDS ("ar ddydd Iau", "nos Sadwrn")
WELSH_WEEKDAYS = ("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul")
WELSH_WEEKDAY_FORMS = frozenset(WELSH_WEEKDAYS) | {"Lun", "Fawrth", "Fercher", "Wener"}
#: the words that put a weekday in Welsh: day, on (the) day, night, morning, afternoon
WELSH_DAY_WORDS = frozenset({"dydd", "ddydd", "nos", "noson", "bore", "fore", "prynhawn", "pnawn", "brynhawn"})
#: Welsh words a sentence begins with, capitalised there, that are no one's name and no place's: forms of "bod" (to
#: be) and the verbs a chronology is told with in the past (-odd), pronouns, prepositions, conjunctions, adverbs of
#: time. Neither wordfreq nor spaCy ships Welsh, so the list is written here; it holds no given name (Haf, Eira, Awel,
#: Dai are names as well as words and are left out: tests/test_welsh_ordinary_words.py checks the list against the
#: given names the known-names reader knows), nor a word English writes as a name ("Dan", "Tan", "Ben").
WELSH_WORDS = frozenset("""
mae maen roedd roedden roeddent roeddwn oedd oedden oeddent bu buodd buon bydd byddai byddant byddwn fydd fyddai
rwy rwyf rydw rydyn rydych dw ydw ydy ydi yw ydyn oes sydd sy does dydy dyw doedd nid nad na ni
aeth aethon aethant daeth daethon daethant cafodd cafwyd cawsant cafodd gwnaeth wnaeth gwnaethon dywedodd dwedodd
meddai gwelodd welodd ffoniodd symudodd dechreuodd cysylltodd gadawodd arhosodd ceisiodd mynychodd dychwelodd
rhoddodd ysgrifennodd cyrhaeddodd gyrhaeddodd clywodd gofynnodd atebodd penderfynodd teimlai gallai dylai dylid
gellir cysylltwyd cynhaliwyd trefnwyd gwelwyd rhoddwyd nodwyd cofnodwyd adroddwyd
hi ef fe fo nhw chi ti fi mi hwn hon hyn hynny honno hwnnw rhain eu ei ein eich fy dy
ar yn yng ym at gan gyda efo heb hefo dros drwy trwy wrth am rhwng hyd ers cyn wedi yno yma mewn ger tua tuag
oddi uwch gerllaw ynghyd yr y
a ac ond neu oherwydd achos felly wedyn yna hefyd pan os er fel tra oni heddiw ddoe yfory heno bellach eto
erioed byth weithiau bob pob rhai llawer dyma dyna dim ddim nesaf wythnos mis blwyddyn adref gartref
dydd ddydd nos noson bore fore prynhawn pnawn
cymru gymru nghymru chymru
""".split())   # Wales, as mutation writes it too ("i Gymru"): a country, kept as
                                            # "Cymru" is

#: the words of NAME_TITLES written short: a full stop after one is the abbreviation's, not the end of a sentence
#: ("Mr. Hussain", "DS. Reid", "Det. Sgt. Khan"); a title written in full ("the Inspector.") may end one
ABBREVIATED_TITLE_WORDS = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Revd", "Cllr", "Supt", "DSupt",
                                     "Ch", "Insp", "Sgt", "Det", "Con"}
                                    | {word for title in NAME_TITLES for word in title.split() if word.isupper()})
#: other short forms (compared in lower case) whose full stop does not end a sentence ("approx. 3 miles", "e.g. her")
ABBREVIATIONS = frozenset({"ref", "tel", "approx", "st", "e.g", "i.e", "etc", "vs", "para", "paras", "mob", "dob",
                           "cf", "fig", "vol", "viz", "al"})
#: short forms that end no sentence only before a number: "no. 4" and "Sept. 2021", but "she said no. Then"
ABBREVIATIONS_BEFORE_A_NUMBER = frozenset({"no", "nos"} | {short.lower() for forms in MONTH_ABBREVIATIONS
                                                            for short in forms})

#: what a family calls its mother, father, grandparents, aunts and elder siblings, in the languages of England's and
#: Wales's communities, written with a capital as a name is ("her Mam", "his Nain and Taid", "her Ammi", "Hooyo",
#: "Babcia", "Anneanne"): a part in the family, never who the person is. Folded, lower case. A word that is also
#: a common given name ("Anne", Turkish for mother) is not here: that one is judged as a name.
KIN_ADDRESS_WORDS = frozenset("""
mum mummy mam mammy mom mommy mumma mama mamma ma mother dad daddy da papa pappa pa pops nan nana nanna nanny gran
granny grandma grandmama grandad granddad grandpa grampa gramps granda grandda auntie aunty uncle sis bro
nain taid mamgu tadcu bampi mamo daideo
babcia dziadek ciocia wujek tata tato tatus mamusia babunia
mociute senelis tetis mamyte bunica bunicul bunicu
ammi ammijan ammi-jaan ammu amma abbu abba abbaji abu-ji nani nanu dadi dadu dada chacha chachi khala khalu
phuppo phupho mamu mami bhabhi baji behen bhai bhaiya bhaiyya didi masi mausi bua taiji biji beeji pitaji mataji
bapuji babuji nanaji naniji dadaji dadiji
hooyo aabo ayeeyo awoowe eedo abti
iya maame paapa nne nna
adey abo abaye
nainai yeye laolao waipo waigong
anneanne babaanne abla abi teyze hala amca dayi
daya dapir
jiddo teta khalto ammo
agya abbo kaka sista bredda bibi bibiji mata pita
eomma umma omma appa abeoji halmeoni halmoni harabeoji okaasan okasan otousan otosan obaachan ojiichan
vovo vovozinha abuela abuelo abuelita abuelito madar padar
""".split())

#: what a family or a community writes AFTER a person's name as a term of respect or kinship, in the languages of
#: England's and Wales's communities ("Rokeya Apa", "Nasima Bhabhi", "Jalil Sahib", "Harjit Aunty", "Ayşe Hanım",
#: "Mehmet Bey", "Ji-woo eonni"): the person's own name before it, never a second name word. Folded. A word that is
#: also a common given name or surname ("Bibi", "Begum", "Chan", "Jie", the Turkish "abi" beside the English "Abi")
#: is not here.
HONORIFICS_AFTER_A_NAME = frozenset("""
apa apu api baji bhai bhaiya bhaiyya bhaijaan bhaijan bhabhi bhabi bhauji didi behen bhenji paaji paji veerji
sahib saab sahab sahiba chacha chachi chachu khala khalu mamu mami phuppo phuppi phupho masi mausi nani dadi nanu
dadu aunty auntie uncle khanum khanom khanim hanim xanim xanum bey abla teyze amca dayi eonni unni oppa noona nuna hyung
hyeong sensei
agha aqa efendi effendi agabey kaka
""".split())
#: what a community writes BEFORE a child's name to call the child's mother or father by it (a teknonym: the Arab
#: kunya "Umm Ahmed", "Abu Yusuf"; the Yoruba, Hausa, Swahili and Akan "Mama Tobi", "Iya Tobi", "Baba Tobi"; the
#: Somali "Hooyo Ayaan", "Aabo Ayaan"): the name after it is the CHILD's, never a word of the parent's own name.
#: Folded.
TEKNONYM_WORDS_BEFORE_A_NAME = frozenset("""
umm um um-e umme om oum ommu ummu abu abou abo bou abuu
mama mamma maama maame iya iyaa yeye baba papa
hooyo hoyo aabo aabe aabbe
""".split())
#: the same written AFTER the child's name (the Korean "Minjun eomma", "Jiwoo appa"). Folded.
TEKNONYM_WORDS_AFTER_A_NAME = frozenset("eomma omma eomeoni appa abeoji".split())
#: the same written joined by a hyphen or in small letters only ("Yuki-san", "Harjit ji", "Maryam-joon"): set apart
#: with a capital, each is a given name or a family's name too ("San", "Chan", "Ji", "Joon", "Jan", "Abi")
HONORIFICS_JOINED_AFTER_A_NAME = frozenset("san chan kun sama sensei ssi nim ji jee joon jaan jan abi".split())

#: a person's part in a family or a household, after "her", "his", "their", "the victim's" or alone before a name
RELATION_WORDS = frozenset("""
son daughter child mother father sister brother husband wife partner ex-partner ex-husband ex-wife boyfriend
girlfriend ex-boyfriend ex-girlfriend aunt uncle niece nephew cousin grandmother grandfather grandson
granddaughter stepson stepdaughter stepfather stepmother mum dad mom sibling half-sister half-brother
sister-in-law brother-in-law mother-in-law father-in-law daughter-in-law son-in-law friend neighbour
neighbor colleague employer manager landlord landlady tenant flatmate housemate lodger carer fiancé fiancée
fiance fiancee widow widower
""".split())

#: the labels a record, a form or an e-mail header writes before a person's name ("Victim: ...", "From: ...",
#: "Name: ..."): what follows one is a name (``redact.detect.recognizers.known_names``, ``redact.name_or_word``)
PERSON_LABELS = frozenset({"name", "names", "witness", "subject", "interviewee", "contributor", "dear", "from", "to",
                           "by", "author", "perpetrator", "victim", "deceased", "alias", "aka", "née", "nee",
                           "client", "patient", "tenant", "applicant", "respondent", "claimant", "offender",
                           "suspect", "forename", "forenames", "surname", "surnames", "firstname", "lastname"})

#: the words a street's name ends with ("Larch Close", "Mill Lane", "Beacon Rd"): addresses are read by them
#: (``redact.detect.recognizers.addresses``), and a listed address's street alone is a form of it
#: (``redact.place_short_forms``)
STREET_TYPES = (
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Close", "Court", "Ct", "Crescent", "Cres",
    "Drive", "Way", "Place", "Pl", "Gardens", "Gdns", "Grove", "Terrace", "Tce", "Row", "Walk", "Square", "Sq",
    "Hill", "Park", "Mews", "Rise", "View", "Green", "Parade", "Gate", "Vale", "Wharf", "Yard", "Croft", "Fold",
    "Mead", "Meadow", "Meadows", "Mount", "Chase", "Approach", "Boulevard", "Broadway", "Circus", "Crest", "Dale",
    "Fields", "Heights", "Hollow", "Lea", "Nook", "Orchard", "Quay", "Ridge", "Villas", "Cottages", "Wynd",
    "Brow", "Bank", "Embankment", "Promenade", "Esplanade", "Glade", "Grange", "Lawn", "Lawns", "Paddock",
    "Passage", "Precinct", "Shaw", "Spinney", "Acre", "Acres", "Copse", "Dell", "Garth", "Loke", "Wood",
    # Scotland's: a steep street, a lane to the common, a way, a narrow passage, a quarter circle
    "Brae", "Loan", "Gait", "Vennel", "Quadrant",
    "Cl", "Dr", "Gr", "Pde", "Sq",
)

#: an institution's kind as reports and records shorten it after the town ("Leeds Uni", "Keele Poly", "Salford Coll",
#: "Dundee Hosp"): the head of an organisation's name like "University" or "Hospital", never a surname after a given
#: name (the name lists hold "Coll", "Hosp" and "Uni" as people's names)
INSTITUTION_SHORT_KINDS = frozenset({"Uni", "Univ", "Poly", "Polytechnic", "Coll", "Sch", "Hosp", "Acad", "Inst"})

#: the words before a place's name that say which part or which of its namesakes ("North Wexham", "Upper
#: Ashcombe", "Market Harford"): part of the name, no name of their own
PLACE_QUALIFIERS = frozenset({"North", "South", "East", "West", "Central", "Greater", "Upper", "Lower", "Old", "New",
                              "Inner", "Outer", "Mid", "Royal", "Saint", "St", "Little", "Great", "Market"})

#: the words a Welsh street's name starts with, the name after them and often mutated ("Heol y Frenhines" of
#: "brenhines", "Stryd Fawr" of "mawr", "Lôn y Felin" of "melin"): road, way, street, lane, avenue, crescent,
#: terrace, close, row, field, court, square, park, hill. The first six are no English word nor name; the others
#: ("Lon", "Maes", "Parc", "Llys") are read as a street only after a number or before the article ("Parc y Llyn",
#: never "Parc Prison")
WELSH_STREET_WORDS = ("Heol", "Hewl", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant")
WELSH_STREET_WORDS_WEAK = ("Lon", "Teras", "Clos", "Rhes", "Maes", "Llys", "Sgwâr", "Sgwar", "Parc", "Rhiw")

#: the postcode areas of the UK, Royal Mail's letters before an outward code's digits ("LS" of "LS8", "CF" of
#: "CF10"): an outward code alone is read as a postcode only with one of these letters
UK_POSTCODE_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY
G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX
PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF
WN WR WS WV YO ZE
""".split())

#: the short forms a street type is written with (Royal Mail's and the common ones), each a type of the same street:
#: a listed "11 Beech Avenue" is also "Beech Ave", "11 Beech Av." and the other way round (``redact.place_short_forms``)
STREET_TYPE_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Road": ("Rd",), "Street": ("St",), "Lane": ("Ln", "La"), "Avenue": ("Ave", "Av"), "Close": ("Cl",),
    "Court": ("Ct", "Crt"), "Crescent": ("Cres", "Cresc", "Cr"), "Drive": ("Dr", "Drv"), "Way": ("Wy",),
    "Place": ("Pl",), "Gardens": ("Gdns", "Gdn"), "Grove": ("Gr", "Gro", "Grv"), "Terrace": ("Tce", "Terr", "Ter"),
    "Walk": ("Wlk", "Wk"), "Square": ("Sq",), "Hill": ("Hl",), "Park": ("Pk",), "Mews": ("Mws",), "View": ("Vw",),
    "Green": ("Grn",), "Parade": ("Pde", "Par"), "Wharf": ("Whf",), "Yard": ("Yd",), "Meadow": ("Mdw",),
    "Meadows": ("Mdws",), "Mount": ("Mt",), "Approach": ("App", "Appr"), "Boulevard": ("Blvd", "Bvd"),
    "Fields": ("Flds",), "Heights": ("Hts",), "Orchard": ("Orch",), "Quay": ("Qy",), "Ridge": ("Rdg",),
    "Cottages": ("Cotts",), "Embankment": ("Emb",), "Promenade": ("Prom",), "Esplanade": ("Esp",),
    "Precinct": ("Prec",), "Courtyard": ("Ctyd",), "Estate": ("Est",), "Gate": ("Gt",), "Rise": ("Ri",),
}

#: the words a text message in a community's language opens with before a name: greetings, thanks, apologies,
#: "please", "tell", "call", "listen", "my dear", as their speakers text them in Latin letters, with and without the
#: marks ("Powiedz Zielińska że jutro przyjdę", "Dziekuje Agnieszka", "Habari Darius", "Salam Ahmed", "Medaase
#: Abena"). No English dictionary holds them and the name lists do not know them, so one before a listed name was
#: read as an unknown person's given name. A list and not a word list of each language: wordfreq counts given
#: names as words of their language ("sevgi", "dilek", "zuzanna" as frequent in Turkish and Polish as "powiedz").
#: Lower case as written; a word that is also a name of a list the project knows is left out ("Buna", "Labas",
#: "Asante", "Selam", "Hai", "Ara", "Oya", "Suna", "Wei"), and
#: tests/test_a_word_of_another_language_before_a_listed_name.py checks that none is.
MESSAGE_OPENERS_OF_OTHER_LANGUAGES = frozenset("""
cześć czesc hej siema dziękuję dziekuje dzięki dzieki przepraszam proszę prosze powiedz zadzwoń zadzwon słuchaj
sluchaj kocham czekaj chodź chodz kochanie witaj
bună salut mulțumesc mulţumesc multumesc mersi spune sună iartă iarta ascultă asculta
sveiki ačiū aciu atsiprašau atsiprasau sakyk paskambink klausyk myliu
merhaba teşekkürler tesekkurler teşekkür tesekkur sağol sagol lütfen lutfen söyle soyle canım canim
salaan mahadsanid waryaa walaal
sannu nagode ndewo daalu bawo abeg akwaaba medaase maakye
habari jambo karibu
salam salaam assalamu assalamualaikum asalamualaikum walaikum shukriya shukria namaste namaskar dhanyavaad
dhanyavad nomoskar dhonnobad inshallah mashallah
nihao xiexie zaijian
marhaba shukran ahlan yalla habibti
wagwan wahgwan awright
shwmae diolch haia hwyl slán haigh halò tapadh ciamar
""".split())
