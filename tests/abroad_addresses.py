"""A generator of street addresses written the way other countries write them, in DHR sentences, and of the
report text of the same shape that must stay ("Section 5, Part 2", "Street Triage team", "Box 3 of the form").

Every pool is split in two: the ``"tuning"`` part (the tests and the recogniser were written against it) and the
``"held-back"`` part (other street names, towns, numbers and sentences, measured but never read while tuning).
An ``Address`` names what must not survive: ``secrets`` (the street's own words, or the numbered parts of an
address without a street name) and the ``town`` the address ends with, when it has one.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Address:
    country: str
    text: str
    secrets: tuple[str, ...]
    town: str | None = None


@dataclass
class _Pools:
    streets: dict[str, list[str]] = field(default_factory=dict)
    towns: dict[str, list[str]] = field(default_factory=dict)


# street names and towns per convention; the even-indexed entries are the tuning part, the odd-indexed the held-back
_STREETS = {
    "pl": ["Długa", "Marszałkowska", "Piotrkowska", "Mickiewicza", "Kościuszki", "Słowackiego", "Żeromskiego",
           "Wojska Polskiego", "Grunwaldzka", "Jana Pawła II", "Sienkiewicza", "Złota"],
    "ro": ["Mihai Eminescu", "Ștefan cel Mare", "Unirii", "Victoriei", "Independenței", "Mihai Viteazu",
           "Avram Iancu", "Republicii", "Lalelelor", "Zorilor"],
    "ua": ["Shevchenka", "Franka", "Khreshchatyk", "Sichovykh Striltsiv", "Hrushevskoho", "Lesi Ukrainky",
           "Sadova", "Bandery"],
    "lt": ["Gedimino", "Vilniaus", "Basanavičiaus", "Savanorių", "Laisvės", "Taikos"],
    "hu": ["Petőfi Sándor", "Kossuth Lajos", "Rákóczi", "Dózsa György", "Bartók Béla", "Arany János"],
    "pt": ["Augusta", "da Liberdade", "de São Bento", "dos Fanqueiros", "do Carmo", "das Flores", "Garrett",
           "de Santa Catarina"],
    "es": ["Mayor", "de Alcalá", "del Carmen", "de Atocha", "Serrano", "de la Paz", "Real", "del Sol"],
    "it": ["Roma", "Garibaldi", "dei Tribunali", "Toledo", "Vittorio Emanuele", "Mazzini", "del Corso",
           "Cavour"],
    "fr": ["de la Paix", "Victor Hugo", "du Faubourg Saint-Antoine", "Jean Jaurès", "des Lilas", "Pasteur",
           "de la République", "du Moulin"],
    "de": ["Haupt", "Goethe", "Schiller", "Linden", "Bahnhof", "Kirch", "Berg", "Garten", "Mühlen", "Rosen"],
    "nl": ["Kerk", "Dorps", "Molen", "Prinsen", "Heren", "Keizers"],
    "tr": ["Atatürk", "İstiklal", "Gül", "Çiçek", "Cumhuriyet", "Bağdat", "Menekşe", "Yıldız"],
    "vn": ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyen Hue", "Le Duan", "Pham Ngu Lao",
           "Ly Thuong Kiet"],
    "cn": ["Nanjing", "Huaihai", "Zhongshan", "Jiefang", "Renmin", "Heping"],
    "ar": ["Al Rashid", "Sheikh Zayed", "Al Wasl", "Tahrir", "Salah Salem", "Al Olaya", "Hamdan", "Al Nahda"],
    "af": ["Kampala", "Adeola Odeku", "Kenyatta", "Moi", "Ngong", "Jinja", "Awolowo", "Ahmadu Bello"],
    "sa": ["Gandhi", "Nehru", "Jinnah", "Allama Iqbal", "Tagore", "Ambedkar", "Liaquat", "Subhash"],
    "so": ["Maka Al-Mukarama", "Wadnaha", "Afgoye", "Jidka Warshadaha"],
    "us": ["Maple", "Lexington", "Sycamore", "Flatbush", "Peachtree", "Magnolia"],
}
_TOWNS = {
    "pl": ["Gdańsk", "Łódź", "Kraków", "Wrocław", "Poznań", "Białystok", "Rzeszów", "Lublin"],
    "ro": ["Iași", "Cluj-Napoca", "Timișoara", "Brașov", "Suceava", "Constanța"],
    "ua": ["Lviv", "Kharkiv", "Ternopil", "Poltava", "Rivne", "Zhytomyr"],
    "lt": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"],
    "hu": ["Debrecen", "Szeged", "Miskolc", "Pécs"],
    "pt": ["Lisboa", "Porto", "Coimbra", "Braga", "Funchal", "Setúbal"],
    "es": ["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Granada"],
    "it": ["Napoli", "Palermo", "Torino", "Bologna", "Bari", "Catania"],
    "fr": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes"],
    "de": ["Berlin", "Hamburg", "Köln", "Dortmund", "Leipzig", "Essen"],
    "nl": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen"],
    "tr": ["İzmir", "Ankara", "Bursa", "Antalya", "Gaziantep", "Kayseri"],
    "vn": ["Hanoi", "Hue", "Haiphong", "Danang"],
    "cn": ["Shanghai", "Fuzhou", "Guangzhou", "Wenzhou"],
    "ar": ["Dubai", "Baghdad", "Riyadh", "Cairo", "Sharjah", "Basra"],
    "af": ["Kampala", "Lagos", "Nairobi", "Ibadan", "Mombasa", "Kano"],
    "sa": ["Chennai", "Lahore", "Karachi", "Amritsar", "Sylhet", "Rawalpindi", "Jalandhar", "Faisalabad"],
    "so": ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa"],
    "us": ["Chicago", "Atlanta", "Houston", "Newark"],
}
# districts a South Asian address names before its city
_AREAS = ["Mirpur", "Dhanmondi", "Gulberg", "Gulshan", "Satellite Town", "Model Town", "Johar Town", "Uttara",
          "Saddar", "Banani", "Anna Nagar", "Shadman", "Mohammadpur", "Clifton"]
_NAGAR = ["Gandhi Nagar", "Anna Nagar", "Rajendra Nagar", "Shastri Nagar", "Ashok Vihar", "Green Park Colony",
          "Defence Colony", "Nehru Colony", "Civil Lines Colony", "Tilak Nagar"]

_SENTENCES = [
    "The family home was at {a}.",
    "She sent money to her mother at {a} every month.",
    "Her parents still live at {a}, where her sister visits them.",
    "Before coming to the UK he lived at {a} with his first wife.",
    "The Home Office file gave her previous address as {a}.",
    "They married and set up home at {a} in 2009.",
    "Her brother's address, {a}, was on the visa application.",
    "Letters from the family came from {a}.",
    "He returned alone to the house at {a} in the summer.",
    "Her grandmother's flat at {a} was where the children stayed.",
    "The address recorded by the GP was {a}.",
    "When she fled she went to her aunt at {a}.",
]


def _part(items: list, part: str) -> list:
    return items[0::2] if part == "tuning" else items[1::2]


def _number(rng: random.Random, low: int = 1, high: int = 180) -> str:
    return str(rng.randint(low, high))


def _formats(rng: random.Random, part: str) -> list[Address]:
    def street(c: str) -> str:
        return rng.choice(_part(_STREETS[c], part))

    def town(c: str) -> str:
        return rng.choice(_part(_TOWNS[c], part))

    n, m, k = _number(rng), _number(rng, 2, 40), _number(rng, 1, 24)
    out = []
    # South Asia: numbered chains of house, street, road, plot, sector
    area, city = rng.choice(_part(_AREAS, part)), town("sa")
    out.append(Address("Pakistan", f"House {n}, Street {m}, {area}, {city}", (f"House {n}", f"Street {m}"), area))
    out.append(Address("Bangladesh", f"House No. {n}, Road {m}, {area}, {city}", (f"House No. {n}", f"Road {m}"),
                       area))
    sector = f"{rng.choice('EFGHI')}-{rng.randint(5, 11)}/{rng.randint(1, 4)}"
    out.append(Address("Pakistan", f"Flat {k}{rng.choice('ABC')}, Plot {n}, Sector {sector}, Islamabad",
                       (f"Plot {n}", sector), None))
    nagar = rng.choice(_part(_NAGAR, part))
    out.append(Address("India", f"{n}/{k} {nagar}, {city}", (f"{n}/{k}", nagar), city))
    out.append(Address("India", f"Plot No. {n}, {street('sa')} Road, {city}", (f"{street('sa')}",), city))
    # Poland, Romania, Ukraine, Lithuania, Hungary
    s = street("pl")
    out.append(Address("Poland", f"ul. {s} {n}, {town('pl')}", (s,), None))
    s = street("pl")
    out.append(Address("Poland", f"ul. {s} {n}/{m} m. {k}, {rng.randint(10, 99)}-{rng.randint(100, 999)} "
                                 f"{town('pl')}", (s,), None))
    s = street("ro")
    out.append(Address("Romania", f"str. {s} nr. {n}, {town('ro')}", (s,), None))
    s = street("ro")
    out.append(Address("Romania", f"Strada {s} nr. {n}, bl. {rng.choice('ABCD')}{k}, ap. {m}, {town('ro')}",
                       (s,), None))
    s = street("ua")
    out.append(Address("Ukraine", f"vul. {s} {n}, kv. {k}, {town('ua')}", (s,), None))
    s = street("lt")
    out.append(Address("Lithuania", f"{s} g. {n}-{k}, {town('lt')}", (s,), None))
    s = street("hu")
    out.append(Address("Hungary", f"{s} utca {n}, {town('hu')}", (s,), None))
    # continental Europe
    s = street("pt")
    out.append(Address("Portugal", f"Rua {s} {n}, {town('pt')}", (s.split()[-1],), None))
    s = street("pt")
    out.append(Address("Portugal", f"Avenida {s}, {n}, {rng.randint(1, 6)}º Esq., {town('pt')}",
                       (s.split()[-1],), None))
    s = street("es")
    out.append(Address("Spain", f"Calle {s} {n}, {rng.randint(1, 6)}º {rng.choice('ABCD')}, {town('es')}",
                       (s.split()[-1],), None))
    s = street("es")
    out.append(Address("Spain", f"C/ {s}, {n}, {rng.randint(10, 52)}0{rng.randint(10, 99)} {town('es')}",
                       (s.split()[-1],), None))
    s = street("it")
    out.append(Address("Italy", f"Via {s} {n}, {town('it')}", (s.split()[-1],), None))
    s = street("it")
    out.append(Address("Italy", f"Piazza {s}, {k}, {town('it')}", (s.split()[-1],), None))
    s = street("fr")
    out.append(Address("France", f"{k} rue {s}, {rng.randint(10, 95)}0{rng.randint(10, 99)} {town('fr')}",
                       (s.split()[-1],), None))
    s = street("fr")
    out.append(Address("France", f"{k}, avenue {s}, {town('fr')}", (s.split()[-1],), None))
    s = street("de")
    out.append(Address("Germany", f"{s}straße {k}, {rng.randint(10, 99)}{rng.randint(100, 999)} {town('de')}",
                       (f"{s}straße",), None))
    s = street("de")
    out.append(Address("Germany", f"{s}weg {k}a, {town('de')}", (f"{s}weg",), None))
    s = street("nl")
    out.append(Address("Netherlands", f"{s}straat {n}, {town('nl')}", (f"{s}straat",), None))
    # Turkey
    s = street("tr")
    out.append(Address("Turkey", f"{s} Sokak No: {k}, {town('tr')}", (s,), None))
    s, s2 = street("tr"), street("tr")
    out.append(Address("Turkey", f"{s} Mahallesi, {s2} Caddesi No. {n} Daire {k}, {town('tr')}", (s, s2), None))
    # Africa, Asia, the Gulf, the Americas
    box = str(rng.randint(100, 99999))
    out.append(Address("Kenya", f"P.O. Box {box}, {town('af')}", (f"Box {box}",), None))
    box = str(rng.randint(100, 99999))
    out.append(Address("Kenya", f"PO Box {box}-00100, Nairobi", (box,), None))
    s = street("af")
    out.append(Address("Uganda", f"Plot {n}, {s} Road, {town('af')}", (s,), None))
    s = street("af")
    out.append(Address("Nigeria", f"No. {n}, {s} Street, {town('af')}", (s,), None))
    s = street("vn")
    out.append(Address("Vietnam", f"No. {k} {s} Street, {town('vn')}", (s,), None))
    s, room = street("cn"), rng.randint(101, 2405)
    out.append(Address("China", f"Room {room}, Block {rng.choice('ABCD')}, {n} {s} Road, {town('cn')}",
                       (s, f"Room {room}"), None))
    s = street("ar")
    out.append(Address("UAE", f"Villa {k}, {s} Road, {town('ar')}", (s,), None))
    out.append(Address("Kuwait", f"Building {n}, Street {m}, Block {k}, Salmiya", (f"Building {n}", f"Street {m}"),
                       "Salmiya"))
    s = street("so")
    out.append(Address("Somalia", f"House {n}, {s} Road, {town('so')}", (f"House {n}", s), None))
    apartment, zip_code = f"Apt {k}{rng.choice('ABCD')}", str(rng.randint(10000, 99999))
    out.append(Address("USA", f"{apartment}, {n} West {rng.randint(10, 120)}th Street, "
                              f"{town('us')}, IL {zip_code}", (f"{n} West", apartment, zip_code), None))
    s = street("us")
    out.append(Address("USA", f"{n} {s} Avenue, Apt {k}, {town('us')}", (s, f"Apt {k}"), None))
    # the UK's own PO boxes
    box = str(rng.randint(10, 9999))
    out.append(Address("UK", f"PO Box {box}", (f"Box {box}",), None))
    box = str(rng.randint(10, 9999))
    out.append(Address("UK", f"P.O. Box {box}, Wexham WX1 1AA", (f"Box {box}",), None))
    return out


def _with_town(address: Address) -> Address:
    """The town an address ends with ("..., Gdańsk", "..., 00-514 Warszawa", "..., Wexham WX1 1AA")."""
    if address.town or "," not in address.text:
        return address
    last = [w for w in address.text.rsplit(",", 1)[1].split() if not any(c.isdigit() for c in w) and not w.isupper()]
    town = " ".join(last)
    return Address(address.country, address.text, address.secrets, town or None)


def addresses(seed: int, part: str = "tuning") -> list[tuple[Address, str]]:
    """Every convention once, each in one DHR sentence: (address, sentence)."""
    rng = random.Random(f"{part}-{seed}")
    sentences = _part(_SENTENCES, part)
    return [(_with_town(a), rng.choice(sentences).format(a=a.text)) for a in _formats(rng, part)]


# Report text in the shapes an address takes: numbered parts, street words, boxes, plots, Italian and Spanish
# words that are English too. None of it may change.
MUST_KEEP = [
    "See Section 5, Part 2 of the statutory guidance.",
    "The Street Triage team attended with the ambulance.",
    "She ticked Box 3 of the form and left Box 4 empty.",
    "He rented Plot 4 of the allotments from the council.",
    "The Police Street Team patrolled the town centre.",
    "Volume 2, Chapter 4 sets out the terms of reference.",
    "The panel read sections 3, 4 and 5 together.",
    "Recommendation 7, Action 3 is due in March.",
    "Via Teams, 12 agencies attended the panel.",
    "Via the MARAC, 3 referrals were made.",
    "The rent was £450 a month and the deposit £1,200.",
    "Officers arrived at 14:30 and left at 15:10.",
    "Stage 2, Step 4 of the process was missed.",
    "Table 3, Row 2 shows the contacts with Adult Social Care.",
    "Appendix B, Item 6 lists the documents reviewed.",
    "Phase 2, Block 3 of the training was delayed.",
    "The House of Commons Library, Briefing 6337, was read.",
    "The Road to Recovery programme ran 12 sessions.",
    "Floor 3, Room 12 was used for the interviews.",
    "Ward 5, Bay 2 was where she was treated.",
    "Her score was 12 of 20 on the DASH, Question 5 answered yes.",
    "Calle and Via are the Spanish and Italian words for street.",
    "Rua 5 was a code used by the agency.",
    "He posted it via Royal Mail, 2 days late.",
    "Block 2, Session 3 covered coercive control.",
    "The Street Pastors, 14 volunteers in all, met on Fridays.",
    "Police Station 3, Custody Suite 2 held him overnight.",
    "Level 3, Unit 4 of the course was completed.",
    "She attended 3 sessions, on 4, 11 and 18 May.",
    "Paragraph 4.2, Annex C explains the threshold.",
]


# Written by hand after the recogniser was tuned, and measured once (benchmarks/addresses_abroad_eval.py, part
# "fresh"): forms and sentences the generator does not make. (sentence, what must not survive)
FRESH = [
    ("Her mother's flat was at ul. Piłsudskiego 3/5, 90-368 Łódź, until 2015.", "Piłsudskiego"),
    ("He gave his address as Bulevardul Decebal nr. 12, bl. S5, Bucureşti.", "Decebal"),
    ("The sisters grew up at 7 rue Victor Hugo in Lyon.", "Victor Hugo"),
    ("The police in Portugal visited Rua do Almada, 233, Porto, twice.", "Almada"),
    ("Letters went to her uncle at Via Giuseppe Verdi 14, 20121 Milano.", "Verdi"),
    ("His parents live at Schönhauser Allee 36 in Berlin.", "Schönhauser"),
    ("She rented a room at Lange Nieuwstraat 8, Utrecht.", "Nieuwstraat"),
    ("The family home in Izmir was at Kıbrıs Şehitleri Caddesi No: 52.", "Kıbrıs"),
    ("Her cousin lived at House No. 221, Street 9, F-10/2, Islamabad.", "No. 221"),
    ("They sent parcels to Plot 17, Ntinda Road, Kampala.", "Ntinda"),
    ("Her father's address is P.O. Box 2341, Mogadishu.", "2341"),
    ("He said he used to live at 45/3 Lajpat Nagar, New Delhi.", "Lajpat"),
    ("The application listed Flat 6, Block D, Gulistan-e-Jauhar, Karachi.", "Flat 6, Block D"),
    ("Her brother lives at No. 23 Le Thanh Ton Street, District 1, Ho Chi Minh City.", "Le Thanh Ton"),
    ("She had lived at Avenida Paulista, 900, apto 52, in São Paulo.", "Paulista"),
    ("The refuge forwarded post to PO Box 77, Leeds.", "Box 77"),
    ("His previous address was vul. Franka 14, kv. 3, Ivano-Frankivsk.", "Franka"),
    ("She stayed with friends at Calle de Alcalá 120, 3º izq., Madrid.", "Alcalá"),
    ("He was registered at Oxford Street 12, Accra, by the embassy.", "Oxford Street 12"),
    ("The family owned a house at Villa 21, Street 14, Jumeirah 3, Dubai.", "Villa 21"),
]
FRESH_MUST_KEEP = [
    "Her rent arrears reached £1,450 by March; Box 6 of the housing form was blank.",
    "The chair read Section 9, Part 4 and Appendix 3, Table 2 before the meeting.",
    "Via the Street Triage service, 2 referrals reached the CMHT.",
    "House 4 of the supported living scheme had 6 residents.",
    "Plot 9 of the allotments, where he kept his tools, was searched.",
    "The Road to Recovery group met 4 times; Block 3 of the course covered safety planning.",
    "At 09:15 she rang 101, and at 10:40 she rang 999.",
    "Volume 1, Chapter 7 and Volume 2, Chapter 1 hold the chronology.",
]
