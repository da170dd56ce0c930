"""Modest per-tradition name lists for fictional drafts.

Faker's locales were considered: they cover Polish, Romanian, Turkish or Irish well, but not Somali, Traveller,
Caribbean, Punjabi or Tamil naming, they write Arabic and Chinese names in their own scripts (British reports
romanise them), and their output changes between releases, which would silently change the held-back drafts.
A held-back set has to stay the same set, so the generator keeps its own lists, one small table per tradition.

Surnames are (masculine, feminine) pairs where a language inflects them (Polish -ski/-ska, Lithuanian
-as/-ienė, Czech-style -ová is not used); ``family_first`` traditions write the family name first.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Tradition:
    key: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]  # (masculine form, feminine form)
    nicknames: dict[str, str] = field(default_factory=dict)
    family_first: bool = False
    middle_female: tuple[str, ...] = ()
    middle_male: tuple[str, ...] = ()


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, n) for n in names)


TRADITIONS: dict[str, Tradition] = {t.key: t for t in [
    Tradition("english",
              ("Rebecca", "Joanne", "Claire", "Louise", "Kerry", "Natalie", "Gemma", "Stacey", "Michelle", "Lisa"),
              ("Gary", "Darren", "Craig", "Lee", "Wayne", "Stuart", "Mark", "Jason", "Dean", "William"),
              _same("Thompson", "Hughes", "Pryor", "Barnard", "Whitfield", "Haworth", "Kershaw", "Ashby",
                    "Ellison", "Fenwick"),
              {"William": "Billy", "Rebecca": "Becky", "Michelle": "Shell", "Natalie": "Nat", "Stuart": "Stu"},
              middle_female=("Louise", "Jane", "Marie"), middle_male=("James", "John", "Paul")),
    Tradition("double_barrelled",
              ("Harriet", "Imogen", "Philippa", "Georgina"),
              ("Rupert", "Hugo", "Giles", "Edward"),
              _same("Smith-Fairbairn", "Lloyd-Ashcombe", "Mensah-Carver", "Pryce-Hollins")),
    Tradition("irish",
              ("Siobhán", "Aoife", "Niamh", "Bernadette", "Róisín", "Caoimhe", "Orla"),
              ("Pádraig", "Seán", "Declan", "Cathal", "Eoin", "Ciarán"),
              _same("O'Sullivan", "Ó Briain", "MacNamara", "McCarthy", "Ní Dhonnchadha", "Ó Ceallaigh", "Doyle"),
              {"Bernadette": "Bernie", "Pádraig": "Paddy"}),
    Tradition("traveller",
              ("Bridget", "Kathleen", "Margaret", "Nora", "Mary-Ann"),
              ("Patrick", "Martin", "Michael", "John-Joe"),
              _same("Joyce", "McDonagh", "Maughan", "Connors", "Boswell", "Doherty"),
              {"Bridget": "Biddy", "Margaret": "Peggy", "Patrick": "Paddy", "Kathleen": "Kathy"}),
    Tradition("caribbean",
              ("Marcia", "Beverley", "Yvonne", "Sharlene", "Donna"),
              ("Delroy", "Winston", "Leroy", "Errol", "Desmond"),
              _same("Campbell", "Grant", "McKenzie", "Thompson-Reid", "Bailey"),
              {"Desmond": "Dessie"}),
    Tradition("punjabi",
              ("Harpreet", "Manjit", "Jaspreet", "Navdeep", "Simran"),
              ("Gurpreet", "Jasbir", "Harjinder", "Kuldip", "Balwinder"),
              _same("Sandhu", "Gill", "Dhaliwal", "Sidhu", "Grewal"),
              {"Harjinder": "Harj", "Balwinder": "Bal"},
              middle_female=("Kaur",), middle_male=("Singh",)),
    Tradition("pakistani",
              ("Ayesha", "Nazia", "Shazia", "Rubina", "Saima"),
              ("Imran", "Tariq", "Asif", "Zubair", "Naveed"),
              _same("Hussain", "Akhtar", "Mahmood", "Rashid", "Iqbal"),
              middle_female=("Bibi",)),
    Tradition("bangladeshi",
              ("Rokeya", "Nasrin", "Shirin", "Taslima", "Rahena"),
              ("Shahid", "Abdul", "Kamrul", "Jamal", "Foysal"),
              _same("Begum", "Miah", "Uddin", "Chowdhury", "Rahman")),
    Tradition("gujarati",
              ("Hetal", "Bhavna", "Nisha", "Komal", "Rupal"),
              ("Jignesh", "Nilesh", "Hitesh", "Ketan", "Pravin"),
              _same("Patel", "Shah", "Mistry", "Parmar", "Solanki"),
              {"Bhavna": "Bhav"}),
    Tradition("tamil",
              ("Kavitha", "Tharsini", "Nirmala", "Vasuki", "Mathumitha"),
              ("Tharshan", "Sivakumar", "Kajan", "Pirabu", "Senthil"),
              _same("Rajaratnam", "Sivanathan", "Thevarajah", "Kanagasabai", "Yogarajah"),
              {"Mathumitha": "Mathu", "Tharshan": "Thash"}),
    Tradition("west_african",
              ("Adaeze", "Abena", "Funmilayo", "Chiamaka", "Efua", "Ngozi"),
              ("Chinedu", "Kwame", "Oluwaseun", "Emeka", "Kofi", "Babatunde"),
              _same("Okonkwo", "Asante", "Adeyemi", "Mensah", "Okafor", "Boateng"),
              {"Oluwaseun": "Seun", "Babatunde": "Tunde", "Funmilayo": "Funmi", "Chiamaka": "Chi"}),
    Tradition("east_african",
              ("Wanjiru", "Achieng", "Nakato", "Wairimu", "Atieno"),
              ("Otieno", "Mwangi", "Kiprono", "Ssempala", "Wekesa"),
              _same("Kamau", "Odhiambo", "Mugisha", "Njoroge", "Chebet")),
    Tradition("somali",
              ("Hodan", "Ubah", "Sahra", "Faduma", "Ifrah"),
              ("Abdirahman", "Mahad", "Liban", "Abdiweli", "Guled"),
              _same("Warsame", "Farah", "Jama", "Egal", "Hersi"),
              {"Abdirahman": "Abdi"},
              middle_female=("Abdi", "Ali", "Nur"), middle_male=("Mohamed", "Yusuf", "Hassan")),
    Tradition("arabic",
              ("Mariam", "Layla", "Noor", "Huda", "Rania"),
              ("Khalid", "Omar", "Yousef", "Karim", "Samir"),
              _same("al-Hashimi", "bin Saeed", "Haddad", "al-Rashid", "El-Masri")),
    Tradition("chinese",
              ("Mei Ling", "Xiu Ying", "Li Na", "Hui Min"),
              ("Wei Jie", "Jian Hua", "Zhi Hao", "Jun Kit"),
              _same("Chen", "Wang", "Zhao", "Lau", "Cheung"),
              family_first=True),
    Tradition("vietnamese",
              ("Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang"),
              ("Văn Minh", "Đức Thắng", "Quốc Bảo", "Văn Hùng"),
              _same("Nguyễn", "Trần", "Phạm", "Lê", "Đặng"),
              family_first=True),
    Tradition("polish",
              ("Agnieszka", "Katarzyna", "Małgorzata", "Zuzanna", "Joanna"),
              ("Tomasz", "Paweł", "Łukasz", "Grzegorz", "Wojciech"),
              (("Wójcik", "Wójcik"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
               ("Dąbrowski", "Dąbrowska"), ("Nowak", "Nowak"), ("Zieliński", "Zielińska")),
              {"Agnieszka": "Aga", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Tomasz": "Tomek",
               "Grzegorz": "Grzesiek", "Wojciech": "Wojtek"}),
    Tradition("romanian",
              ("Ioana", "Mădălina", "Ștefania", "Andreea", "Florentina"),
              ("Ștefan", "Răzvan", "Mihai", "Bogdan", "Cătălin"),
              _same("Popescu", "Dumitrescu", "Țurcanu", "Stănescu", "Munteanu")),
    Tradition("lithuanian",
              ("Rūta", "Jurgita", "Aušra", "Eglė"),
              ("Jonas", "Mindaugas", "Darius", "Žydrūnas"),
              (("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskienė"), ("Jankauskas", "Jankauskienė"),
               ("Žukauskas", "Žukauskienė"))),
    Tradition("turkish_kurdish",
              ("Ayşe", "Rojda", "Berfin", "Gülşen", "Şirin"),
              ("Mehmet", "Serhat", "Hüseyin", "Çiya", "Ömer"),
              _same("Yılmaz", "Demir", "Aydın", "Öztürk", "Çelik")),
    Tradition("dutch_particles",
              ("Anneke", "Marieke", "Sanne"),
              ("Joost", "Pieter", "Maarten"),
              _same("van der Berg", "de Vries", "van Dijk", "de Souza")),
    Tradition("scottish",
              ("Morag", "Catriona", "Isla", "Kirsty"),
              ("Angus", "Callum", "Fraser", "Hamish"),
              _same("MacDonald", "McLeod", "MacKenzie", "McIntyre")),
]}

# Listed names that are also ordinary English words or months, with uses of the ordinary word that must stay.
COMMON_WORD_NAMES: dict[str, tuple[str, ...]] = {
    # sentences with the ordinary use in [brackets]: the bracketed text must survive redaction
    "Amber": ("Agencies used [the Red, Amber, Green rating] for every referral.",
              "The school issued [an amber warning] about attendance."),
    "May": ("The housing application was refused [in May 2021].",
            "Readers [may find] the chronology long."),
    "Grace": ("The landlord allowed [a grace period of 28 days] for the arrears.",),
    "Hope": ("By then [there was little hope of] a place in the refuge.",
             "[The panel hopes] that agencies will act on this review."),
    "Will": ("[Will agencies be able to] share information sooner? The panel asked every agency.",
             "[The panel will] monitor the action plan."),
    "Dawn": ("Officers attended [at dawn] on the second visit.",
             "[Operation Dawn Chorus] was the name of the police campaign."),
    "Joy": ("Her friends spoke [with great joy] about their holidays.",),
    "Faith": ("The landlord acted [in good faith].",),
    "Rose": ("Over that year [the risk rose] steadily.",),
    "Summer": ("The family moved [in the summer] of that year.",),
    "Comfort": ("She [found comfort in] her church community.",),
    "Precious": ("Agencies had [precious little] information about him.",),
}
# Name words written with marks whose bare letters spell an English function word ("Đỗ" is "Do", "Mỹ" is "My"):
# British agencies' records usually drop the marks, so the report may write the English word's spelling. Kept apart
# from TRADITIONS (whose draws the held-back drafts depend on). (tradition, listed full name, the word, female,
# another word of the same name, what the word is: "family" or "given")
class MarkedFunctionWordName(NamedTuple):
    tradition: str
    full: str
    word: str
    female: bool
    other: str
    part: str


MARKED_FUNCTION_WORD_NAMES: tuple[MarkedFunctionWordName, ...] = (
    MarkedFunctionWordName("vietnamese", "Đỗ Thị Hoa", "Đỗ", True, "Hoa", "family"),
    MarkedFunctionWordName("vietnamese", "Tô Văn Hùng", "Tô", False, "Hùng", "family"),
    MarkedFunctionWordName("vietnamese", "Thân Văn Long", "Thân", False, "Long", "family"),
    MarkedFunctionWordName("vietnamese", "Trần Thị Mỹ", "Mỹ", True, "Trần", "given"),
    MarkedFunctionWordName("vietnamese", "Ngô Văn Ân", "Ân", False, "Ngô", "given"),
    MarkedFunctionWordName("vietnamese", "Lê Thị Bé", "Bé", True, "Lê", "given"),
    MarkedFunctionWordName("vietnamese", "Nguyễn Văn Thế", "Thế", False, "Nguyễn", "given"),
    MarkedFunctionWordName("turkish_kurdish", "Serhat Ön", "Ön", False, "Serhat", "family"),
    MarkedFunctionWordName("chinese_pinyin", "Hé Lìhuá", "Hé", True, "Lìhuá", "family"),
    MarkedFunctionWordName("chinese_pinyin", "Ān Jiànguó", "Ān", False, "Jiànguó", "family"),
)

COMMON_WORD_FEMALE = ("Amber", "May", "Grace", "Hope", "Dawn", "Joy", "Faith", "Rose", "Summer", "Comfort",
                      "Precious")
COMMON_WORD_MALE = ("Will",)  # as the short form of William

# Pseudonyms never used as a real name anywhere in a generated draft (checked at import below).
PSEUDONYMS_FEMALE = ("Anna", "Clara", "Elsa", "Hannah", "Iris", "Lena", "Mira", "Nell", "Tessa", "Vera",
                     "Wendy", "Zara", "Olive", "Freya", "Ingrid", "Lorna")
PSEUDONYMS_MALE = ("Adam", "Ben", "Carl", "Eric", "Felix", "Hugh", "Ivan", "Leon", "Milo", "Neil", "Otto",
                   "Rex", "Toby", "Victor", "Warren", "Xavier")
CHILD_PSEUDONYMS = ("Child A", "Child B", "Child C", "Child D")

# Professionals are never listed (they are replaced by policy); panel members are kept.
PROFESSIONAL_ROLES = (
    ("PC", "police officer"), ("DC", "detective constable"), ("Dr", "GP"), ("", "social worker"),
    ("", "IDVA"), ("", "health visitor"), ("", "housing officer"), ("DS", "detective sergeant"),
)
PANEL_ROLES = ("Independent Chair", "Detective Inspector, {county} Police", "Named Nurse for Safeguarding",
               "IDVA Service Manager", "Head of Adult Safeguarding", "Housing Services Manager",
               "Probation Senior Manager")
OTHER_FIRST = ("Helen", "Andrew", "Nadia", "Colin", "Lorraine", "Philip", "Emma", "Graham", "Yasmin", "Trevor",
               "Gillian", "Martin", "Sunita", "Robert", "Fiona", "Daniel", "Susan")
OTHER_SURNAMES = ("Ashworth", "Blackwood", "Quinn", "Whitaker", "Ferris", "Adebayo", "Marsh", "Rigby",
                  "Holloway", "Kingsley", "Osei", "Lister", "Rafiq", "Mabey", "Pearce", "Okafor", "Blake")


class Drawn(NamedTuple):
    tradition: Tradition
    index: int        # the tradition's place in TRADITIONS
    pick: int         # 0 or 1
    female: bool
    given: str
    surname: str      # in the form the person's sex takes


def two_of_each_tradition() -> list[Drawn]:
    """Two people of every tradition, a woman and a man by turns, each with a given name and a surname of it: the
    listed people that the tests of written name forms are generated from."""
    drawn = []
    for index, tradition in enumerate(TRADITIONS.values()):
        for pick in range(2):
            female = (index + pick) % 2 == 0
            givens = tradition.female if female else tradition.male
            surname = tradition.surnames[(index + pick) % len(tradition.surnames)][1 if female else 0]
            drawn.append(Drawn(tradition, index, pick, female, givens[pick % len(givens)], surname))
    return drawn


def drawn_at_random(chooser: random.Random, index: int, given_ok=lambda given: True) -> Drawn:
    """A person of the ``index``-th tradition (by turns), a woman or a man at random, with a given name (one that
    ``given_ok`` accepts, where the tradition has one) and a surname of it in the form the person's sex takes."""
    number = index % len(TRADITIONS)
    tradition = list(TRADITIONS.values())[number]
    female = chooser.random() < 0.5
    givens = tradition.female if female else tradition.male
    given = chooser.choice([g for g in givens if given_ok(g)] or list(givens))
    surname = chooser.choice(tradition.surnames)[1 if female else 0]
    return Drawn(tradition, number, 0, female, given, surname)


def _all_real_words() -> set[str]:
    words: set[str] = set()
    for tradition in TRADITIONS.values():
        for name in (*tradition.female, *tradition.male, *tradition.middle_female, *tradition.middle_male,
                     *tradition.nicknames.values()):
            words.update(name.split())
        for pair in tradition.surnames:
            for form in pair:
                words.update(form.split())
    words.update(COMMON_WORD_NAMES)
    words.update(OTHER_FIRST)
    words.update(OTHER_SURNAMES)
    return words


_clash = set(PSEUDONYMS_FEMALE + PSEUDONYMS_MALE) & _all_real_words()
assert not _clash, f"pseudonyms that are also real names in the generator: {_clash}"
