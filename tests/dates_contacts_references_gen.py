"""Red team: fictional DHR sentences holding the date of death or of birth in any written form, an address or a
postcode, a contact (e-mail, phone), an official number (NHS, National Insurance, police crime or incident
reference, court case number), a vehicle registration or a social media handle; and controls holding ordinary
dates, years, amounts, section numbers, times and ages that must stay.

Each case: {"seed", "kind", "sentence", "secrets": strings none of which may survive, "keep": strings that must
survive}. The rules: four listed people, the date of death 9 July 2023 (a Sunday) and of birth 14 March 1991.
Seeds: TUNED looked at while fixing, HELD_BACK only counted (``python tests/test_dates_contacts_references_unseen.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 300), range(70000, 70300)

RULES = {"version": 1, "review": "test",
         "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Khadra Abdi Farah", "pseudonym": "Ruth"},
                    {"name": "Tariq Abdi", "pseudonym": "John"}, {"name": "Ewan Mbeki", "pseudonym": "Sam"}],
         "dates": {"date_of_death": "2023-07-09", "date_of_birth": "1991-03-14"}}

# unlisted people of many communities (fictional), and the listed victim and perpetrator
OTHERS = ["Agnieszka Nowak", "Chidi Okafor", "Siobhan Byrne", "Harpreet Kaur", "Mei Ling Chen", "Tomasz Zielinski",
          "Leroy Campbell", "Fatma Yilmaz", "Eilidh Fraser", "Kwame Asante", "Priya Sharma", "Bogdan Popescu",
          "Nia Llewellyn", "Yusuf Al-Amin", "Olumide Adeyemi", "Gareth Pritchard", "Rosa Ferreira", "Dang Van Minh"]
VICTIM = ["Hodan", "Hodan Warsame", "Ms Warsame", "she", "the victim"]
ROLES = ["the IDVA", "her GP", "the health visitor", "the social worker", "PC Khan", "the housing officer",
         "the MARAC chair", "her sister", "a neighbour", "the probation officer"]

DEATH = [  # (written form, must-go strings)
    "9 July 2023", "09/07/2023", "9/7/23", "09.07.2023", "2023-07-09", "9th July 2023", "the 9th of July 2023",
    "the 9th of July", "9th of July", "July 9, 2023", "July 9th, 2023", "July 9th 2023", "Sunday 9th July",
    "Sunday 9 July 2023", "Sunday the 9th of July", "9 Jul 2023", "9-Jul-23", "09-07-2023", "9.7.23",
    "9 July", "July 9", "09/07/23", "Sun 9 Jul", "9th Jul '23", "ninth of July 2023", "9/7/2023",
    "07/09/2023", "7/9/23", "Sunday, July 9, 2023", "09 JUL 2023", "9 VII 2023", "20230709"]
DEATH_SHORT = ["Sunday 9th", "the 9th", "Sunday the 9th", "Sun 9th"]   # the day alone: only where the month is the death's
BIRTH = ["14 March 1991", "14/03/1991", "14/3/91", "14.03.91", "1991-03-14", "14th March 1991",
         "the 14th of March 1991", "March 14, 1991", "March 14th 1991", "14-Mar-91", "14 Mar 1991", "03/14/1991",
         "Thursday 14 March 1991", "14.3.1991", "14th of March, 1991", "fourteenth of March 1991", "14 MAR 91",
         "14031991"]
DEATH_FRAMES = [
    "{v} died on {d}.", "{v} was killed at her home on {d}.", "Date of death: {d}", "DOD {d}",
    "On {d}, {v} was found by {r}.", "| {d} | Police called to the address; {v} pronounced dead |",
    "The homicide took place on {d}.", "{o} last spoke to {v} on the evening of {d}.",
    "The review covers the period from January 2019 to {d}, the date of Hodan's death.",
    "Ambulance crews attended at 23:14 on {d} but {v} died at the scene.",
    "{v} died ({d}) after a sustained assault.", "Hodan Warsame (died {d})", "d. {d}",
    "Emergency call logged {d} 22:41.", "Tariq Abdi was charged with murder on 11 July 2023, two days after the "
    "killing on {d}.", "She was murdered on {d} — the day after her sister's wedding.",
    "The panel notes that on {d} Tariq attended the address."]
# the day of the month alone where the sentence says it is the death's ("She died on the 9th."): with the month
# and year the report gives elsewhere, the date of death
DEATH_DAY = ["the 9th", "the ninth", "9th", "the 9th of the month"]
DEATH_DAY_FRAMES = ["{V} died on {d}.", "{V} was killed on {d}.", "{V} was murdered in the early hours of {d}.",
                    "On {d}, {v} was found dead.", "Tariq killed Hodan on {d}; he was arrested the next day.",
                    "{V} died at the scene on {d} despite CPR.", "The fatal assault happened on {d}.",
                    "Hodan's death on {d} was the end of years of abuse."]
DEATH_DAY_CONTROLS = [("Her GP saw her on the 12th and she died a month later.", ["the 12th"]),
                      ("The panel met on the 3rd to discuss Hodan's death.", ["the 3rd"]),
                      ("The inquest into the death opened on the 21st.", ["the 21st"]),
                      ("She was seen by the IDVA on the 4th.", ["the 4th"])]
DEATH_SHORT_FRAMES = [
    "In July 2023 the couple argued again. On {d} Hodan was killed.",
    "Hodan was seen on Friday 7 July. On {d} she was killed.",
    "July 2023: Tariq returned to the flat. {D} — Hodan died."]
BIRTH_FRAMES = [
    "Hodan Warsame (DOB {d}) was known to services.", "Date of birth: {d}", "{v} was born on {d} in Hargeisa.",
    "Name: Hodan Warsame   D.O.B.: {d}", "Hodan, born {d}, came to the UK in 2004.", "b. {d}",
    "The GP record gives her date of birth as {d}.", "| Victim | Hodan Warsame | {d} | Somali |",
    "Her birthday, {d}, was listed on the referral form."]
RELATIVE = [  # (sentence, the date that is the death's or a day from it)
    ("She was last seen on {d}, the day before she died.", ["8 July 2023", "08/07/2023", "Saturday 8 July",
                                                            "the 8th of July", "8th July 2023"]),
    ("The post-mortem took place on {d}, the day after her death.", ["10 July 2023", "10/07/2023",
                                                                     "Monday 10 July", "the 10th of July 2023"]),
    ("{o} saw her on {d}, two days before the homicide.", ["7 July 2023", "07/07/2023", "Friday 7th July",
                                                         "the 7th of July 2023"]),
    ("On {d} (a week before she was killed) she called the police.", ["2 July 2023", "02/07/2023",
                                                                      "Sunday 2 July 2023"]),
]
# a date, then the death as the clause's second verb counted from it: the date goes where the count lands on the
# death ("She was seen alive on 8 July 2023 and was killed the next morning"), stays where it does not
SECOND_VERB = ["{S} was seen alive on {d} and was killed {c}.", "{S} rang her sister on {d} and died {c}.",
               "Tariq was released on {d} and killed Hodan {c}.", "Tariq was released from custody on {d} and "
               "killed her {c}.", "{S} moved back in on {d} and then died {c}.",
               "Hodan told the IDVA on {d} that she was scared, and was murdered {c}."]
LATER = {1: ["the next day", "the following day", "the next morning", "a day later", "one day later"],
         2: ["two days later", "2 days later", "48 hours later"], 7: ["a week later", "seven days later"]}
FROM_DAY = {1: ["8 July 2023", "08/07/2023", "Saturday 8 July", "8th July 2023"],
            2: ["7 July 2023", "07/07/2023", "the 7th of July 2023"], 7: ["2 July 2023", "02/07/2023"]}


# a week's heading and a weekday on its own line or in its prose: in the week of the death, its Sunday is the date
WEEK_HEADINGS = ["w/c 3 July 2023", "Week commencing 3 July 2023", "W/C 03/07/2023", "w/e 9 July 2023",
                 "Week beginning Monday 3rd July 2023"]
WEEK_LINES = ["{h} – Sunday: Hodan was killed.", "{h}. On the Sunday, Hodan was killed.", "{h}\nSunday: police found "
              "Hodan.", "{h}; Sunday – the fatal assault.", "{h}. Police were called on Sunday at 02:10."]


STREETS = ["Rowan Close", "Albion Road", "Mill Lane", "Victoria Terrace", "Kestrel Avenue", "Church Street",
           "Harehills Lane", "Stratford Road", "Cathays Terrace", "Dumbarton Road", "Lisburn Road", "Moss Side Way",
           "Queen's Drive", "St Mary's Crescent", "Coronation Gardens", "Bath Row"]
POSTCODES = ["B11 4RT", "M14 5LD", "LS8 2QA", "E1 6AN", "CF24 3DG", "G42 8PL", "BT9 6AA", "SW1A 1AA", "NG7 1FB",
             "L8 0SY", "BS5 6JH", "EH7 4LP", "LE2 0QA", "N17 6RT", "PO4 8BU", "S2 4FE", "W12 7RJ", "DE23 6SX"]
TOWNS = ["Birmingham", "Manchester", "Leeds", "London", "Cardiff", "Glasgow", "Belfast", "Nottingham", "Liverpool",
         "Bristol", "Leicester", "Sheffield"]
HOUSES = ["Rose Cottage", "Kestrel House", "The Old Forge", "Ty Gwyn", "Beechwood", "Orchard House", "Linden Court"]
ADDRESS_FRAMES = ["Hodan lived at {a}.", "The refuge moved her to {a} in May 2022.", "Address: {a}",
                  "Police attended {a} at 02:10.", "Letters were sent to {a}, which was no longer her address.",
                  "Tariq gave his address as {a} when arrested.", "| Home address | {a} |",
                  "{o} was staying at {a} with her children.", "Correspondence c/o {a}."]
EMAIL_LOCALS = ["hodan.warsame", "k.farah91", "tariq_abdi", "ewan.mbeki", "hwarsame", "kfarah.home",
                "mama.hodan", "t.abdi.builders", "ewanm1988"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
                 "abdibuilders.co.uk", "nhs.net", "proton.me"]
EMAIL_FRAMES = ["She emailed the IDVA from {e} on 3 May 2022.", "Email: {e}", "Contact: {e}",
                "Messages were sent to {e} but not opened.", "Tariq's email address ({e}) appears in the log.",
                "<{e}>", "The referral came from {e}.", "mailto:{e}", "Her e-mail was {e}, according to the GP."]
PHONES = ["07700 900123", "07700900456", "07700-900-789", "07700 900 321", "+44 7700 900654", "+447700900987",
          "+44 (0)7700 900111", "(0121) 496 0123", "0121 496 0555", "0161-496-0789", "020 7946 0018",
          "+44 (0)20 7946 0991", "020.7946.0444", "0113 496 0222 ext. 214", "01632 960555 x307",
          "(0113) 4960777", "0044 7700 900222", "+234 803 123 4567", "+92 300 1234567", "+48 512 345 678",
          "+1 (212) 555-0147", "+252 61 5123456", "+33 6 12 34 56 78", "07700.900.333", "7700 900 444",
          "+880 1712-345678", "+44 1632 960 001 extension 12"]
PHONE_FRAMES = ["Hodan rang {r} from {p}.", "Tel: {p}", "Mobile: {p}", "She called 999 from {p} at 22:40.",
                "Tariq's number ({p}) was blocked.", "{o} gave {p} as a safe number.",
                "Contact number {p} was recorded on the referral.", "Calls to {p} went unanswered.",
                "Her phone, {p}, was seized.", "Texts from {p} were shown to the court.", "mob. {p}",
                "| Phone | {p} |", "Ring her on {p} after 6pm."]
NHS_FRAMES = ["NHS number {n}", "NHS No: {n}", "Hodan's NHS number ({n}) was on the letter.",
              "The discharge summary gives NHS no. {n}.", "| NHS | {n} |"]
NI_FRAMES = ["National Insurance number {n}", "NI No. {n}", "Tariq's NINO is {n}.", "NINo: {n}",
             "DWP records for {n} show no claim."]
CRIME_FRAMES = ["Crime reference {c} was created.", "crime ref {c}", "The incident was logged as {c}.",
                "Police log number {c} records the call.", "Ref: {c}", "The CAD ({c}) was closed.",
                "Incident {c} was graded as standard."]
CASE_FRAMES = ["Case number {c}", "The family court case ({c}) was adjourned.", "Claim no. {c}",
               "Crown Court case {c} concluded in 2024.", "The non-molestation order, case {c}, was served.",
               "Our ref: {c}", "Proceedings {c} were issued in the family court.", "The claim ({c}) was struck out.",
               "She applied for a non-molestation order ({c}).", "The order was made under number {c}.",
               "| Family court | {c} | Child arrangements |", "{c}: the final hearing was vacated."]
VRM_FRAMES = ["Tariq drove a silver Ford Focus, registration {v}.", "The car ({v}) was seen on ANPR.",
              "VRM {v} was flagged.", "A black BMW, reg {v}, was parked outside.", "Vehicle: {v}",
              "ANPR picked up {v} on the M6."]
HANDLE_FRAMES = ["She posted on Instagram as {h}.", "Tariq messaged her from the account {h}.",
                 "Snapchat: {h}", "The TikTok account {h} was reported.", "Her Facebook name was {h}.",
                 "He followed her on Twitter ({h})."]
HANDLES = ["@hodan_w91", "@khadra.farah", "@tariq.abdi07", "@ewan_mbeki", "hodan.w_official", "@queenhodan23",
           "@tabdi_builds", "@khadz_x"]

CONTROL = [  # (sentence, strings that must stay)
    ("The MARAC met on 14 September 2021.", ["14 September 2021"]),
    ("A strategy meeting was held on 03/02/2022.", ["03/02/2022"]),
    ("The review was commissioned in 2019.", ["2019"]),
    ("Tariq moved to the UK in 2006 and married Hodan in 2012.", ["2006", "2012"]),
    ("She owed £2,300 in rent arrears.", ["£2,300"]),
    ("A section 47 enquiry began under the Children Act 1989.", ["section 47", "Children Act 1989"]),
    ("A s.42 Care Act 2014 enquiry was not opened.", ["s.42", "Care Act 2014"]),
    ("The call was made at 21:40.", ["21:40"]),
    ("She left at 9.30pm.", ["9.30pm"]),
    ("Hodan was 32 years old.", ["32 years old"]),
    ("Her son, aged 7, was at school.", ["aged 7"]),
    ("Paragraph 4.12 sets out the chronology.", ["4.12"]),
    ("The police attended 3 times in 2021.", ["3 times", "2021"]),
    ("Recommendation 6 was accepted on 21 November 2024.", ["Recommendation 6", "21 November 2024"]),
    ("Tariq was sentenced on 2 February 2024 to life with a minimum term of 19 years.",
     ["2 February 2024", "19 years"]),
    ("Ten days after the murder the police came.", ["Ten days after the murder"]),
    ("Hodan died 9 July 2023; 10 days after the murder the police came.", ["10 days after the murder"]),
    ("In December, 10 days after the murder, the panel first met.", ["December", "10 days after the murder"]),
    ("On 19 December, 10 days after the funeral, the family wrote to the panel.", ["19 December", "10 days"]),
    ("The family met the chair in December, 10 days after the inquest opened.", ["December", "10 days"]),
    ("Hodan died in July 2023. In December, 10 days after the trial, the family met the chair.",
     ["December", "10 days"]),
    ("The trial began in November 2023. By December, 10 days after the verdict, the report was drafted.",
     ["December", "10 days after the verdict"]),
    ("She had 4 children and 2 grandchildren.", ["4 children", "2 grandchildren"]),
    ("The Domestic Abuse Act 2021 came into force.", ["Domestic Abuse Act 2021"]),
    ("Between 2017 and 2020 there were 14 police call-outs.", ["2017", "2020", "14 police"]),
    ("The IDVA caseload was 120 in March 2022.", ["120", "March 2022"]),
    ("On 5 June 2022 she attended A&E with a wrist injury.", ["5 June 2022"]),
    ("The GP saw her on 22/11/2021 for low mood.", ["22/11/2021"]),
    ("Under section 9 of the Domestic Violence, Crime and Victims Act 2004 a review was held.",
     ["section 9", "Act 2004"]),
    ("The risk assessment scored 16 out of 24 on 12 January 2023.", ["16 out of 24", "12 January 2023"]),
]


# a count after the month of a protected date and a comma, the count the protected day's number: a count, no day
# ("In July, 9 days after the murder" with a death on 9 July; "In March, 14 agencies" with a birth on 14 March)
COUNT_AFTER_A_MONTH = [
    ("In {m}, {n} days after the murder, the police came.", "{n} days after the murder"),
    ("By {m}, {n} officers had been involved.", "{n} officers"), ("In {m}, {n} people attended the vigil.", "{n} people"),
    ("The panel first met in {m}, {n} weeks after the referral.", "{n} weeks"),
    ("Hodan moved out in {m}, {n} days after the assault.", "{n} days after the assault"),
    ("{M}, {n} calls were logged to the address.", "{n} calls"),
    ("By the end of {m}, {n} agencies had responded.", "{n} agencies"),
    ("She died on the 9th of July, 9 days after the attack.", "9 days after the attack")]
MONTH_OF = {9: ["July", "Jul"], 14: ["March", "Mar"]}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _nhs(rng: random.Random) -> str:
    while True:   # a number that passes the modulus 11 check, as a real one does
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def _ni(rng: random.Random) -> str:
    pre = rng.choice(["AB", "JK", "NP", "SC", "WL", "YE", "CE", "HT"])
    nums = f"{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}"
    suf = rng.choice("ABCD")
    return rng.choice([f"{pre} {nums[:2]} {nums[2:4]} {nums[4:]} {suf}", f"{pre}{nums}{suf}", f"{pre} {nums} {suf}"])


def _crime(rng: random.Random) -> str:
    n = rng.randint(10000, 99999)
    return rng.choice([f"{rng.randint(10, 60)}/{n}/22", f"CR/{n}/21", f"WMP-{n}-2022", f"{rng.randint(1000, 9999)}"
                       f" of 14/06/2022", f"INC-2022-{n:06d}", f"{rng.choice(['MP', 'GMP', 'YP'])}2200{n}",
                       f"log {rng.randint(100, 2000)} of 09/07/2023", f"CAD {rng.randint(1000, 9999)}/09JUL23"])


def _case(rng: random.Random) -> str:
    return rng.choice([f"ZW22C{rng.randint(100, 999):05d}", f"{rng.choice(['BM', 'LS', 'MA', 'ZE', 'CF'])}"
                       f"{rng.randint(18, 24)}{rng.choice('CPDFZ')}{rng.randint(0, 99999):05d}",
                       f"{rng.choice('ABCDEFGHJK')}{rng.randint(0, 99):02d}{rng.choice(['LV', 'BM', 'MA', 'QZ'])}"
                       f"{rng.randint(100, 999)}", f"{rng.randint(1, 9)}QZ{rng.randint(10000, 99999)}", f"T2023{rng.randint(1000, 9999)}",
                       f"BM{rng.randint(10, 99)}P{rng.randint(10000, 99999)}",
                       f"{rng.randint(1, 9)}YU{rng.randint(10000, 99999)}", f"FD22P{rng.randint(10000, 99999)}",
                       f"K{rng.randint(10, 99)}LV{rng.randint(100, 999)}"])


def _vrm(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = rng.choice(["12", "19", "67", "70", "21", "08", "58"])
    s = f"{rng.choice(L)}{rng.choice(L)}{age}{''.join(rng.choice(L) for _ in range(3))}"
    return rng.choice([f"{s[:4]} {s[4:]}", s, f"{s[:4]} {s[4:]}".lower().upper()])


def _address(rng: random.Random) -> tuple[str, list[str]]:
    street, pc, town = rng.choice(STREETS), rng.choice(POSTCODES), rng.choice(TOWNS)
    n = rng.randint(1, 240)
    num = rng.choice([str(n), f"{n}a", f"{n}B"])
    forms = [(f"{num} {street}, {town} {pc}", [f"{num} {street}", pc]),
             (f"Flat {rng.randint(1, 30)}, {rng.choice(HOUSES)}, {num} {street}, {town}", [f"{num} {street}"]),
             (f"{rng.choice(HOUSES)}, {street}, {town}, {pc}", [pc]),
             (f"c/o {num} {street}, {pc}", [f"{num} {street}", pc]),
             (f"{num} {street.upper()}, {town.upper()}, {pc}", [f"{num} {street.upper()}", pc]),
             (f"{pc}", [pc]), (f"{num} {street}", [f"{num} {street}"]),
             (f"Flat {rng.randint(1, 30)}/{rng.randint(1, 9)}, {num} {street}, {town} {pc}", [f"{num} {street}", pc]),
             (f"{num} {street} {town} {pc.replace(' ', '')}", [f"{num} {street}", pc.replace(' ', '')])]
    return rng.choice(forms)


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    kind = rng.choice(["death", "death", "death", "death_short", "death_day", "death_day", "birth", "birth", "relative", "second_verb", "week", "address",
                       "address", "email", "phone", "phone", "nhs", "ni", "crime", "case", "vrm", "handle",
                       "control", "control", "control", "control_count"])
    fill = {"v": rng.choice(VICTIM), "r": rng.choice(ROLES), "o": rng.choice(OTHERS)}
    fill["V"] = fill["v"][0].upper() + fill["v"][1:]
    keep: list[str] = []
    if kind == "death":
        d = rng.choice(DEATH)
        text, secrets = rng.choice(DEATH_FRAMES).format(d=d, **fill), [d]
    elif kind == "death_short":
        d = rng.choice(DEATH_SHORT)
        text, secrets = rng.choice(DEATH_SHORT_FRAMES).format(d=d, D=d[0].upper() + d[1:], **fill), [d]
    elif kind == "death_day":
        if rng.random() < 0.25:
            text, keep = rng.choice(DEATH_DAY_CONTROLS)
            secrets = []
            kind = "control_day"
        else:
            d = rng.choice(DEATH_DAY)
            text, secrets = rng.choice(DEATH_DAY_FRAMES).format(d=d, **fill), [re.sub(r"^the |^(\d)", r"\1", d)]
            text = text[0].upper() + text[1:]
    elif kind == "birth":
        d = rng.choice(BIRTH)
        text, secrets = rng.choice(BIRTH_FRAMES).format(d=d, **fill), [d]
    elif kind == "relative":
        frame, dates = rng.choice(RELATIVE)
        d = rng.choice(dates)
        text, secrets = frame.format(d=d, **fill), [d]
    elif kind == "second_verb":
        days = rng.choice([1, 2, 7])
        frame = rng.choice(SECOND_VERB)
        subject = rng.choice(["She", "Hodan", "Ms Warsame"])
        if rng.random() < 0.3:   # a count that does not land on the death: the date stays
            d = rng.choice(FROM_DAY[days]).replace("July", "June").replace("/07/", "/06/")
            text, secrets, keep = frame.format(S=subject, d=d, c=rng.choice(LATER[days])), [], [d]
            kind = "control_second_verb"
        else:
            d = rng.choice(FROM_DAY[days])
            text, secrets = frame.format(S=subject, d=d, c=rng.choice(LATER[days])), [d]
    elif kind == "week":
        heading = rng.choice(WEEK_HEADINGS)
        line = rng.choice(WEEK_LINES)
        if rng.random() < 0.3:   # the week before: its Sunday is 2 July, no date of death
            heading = heading.replace("3 July", "26 June").replace("3rd July", "26th June").replace(
                "03/07", "26/06").replace("9 July", "2 July")
            text, secrets, keep, kind = line.format(h=heading), [], ["Sunday"], "control_week"
        else:
            text, secrets = line.format(h=heading), ["Sunday"]
    elif kind == "address":
        a, secrets = _address(rng)
        text = rng.choice(ADDRESS_FRAMES).format(a=a, **fill)
    elif kind == "email":
        e = f"{rng.choice(EMAIL_LOCALS)}@{rng.choice(EMAIL_DOMAINS)}"
        text, secrets = rng.choice(EMAIL_FRAMES).format(e=e, **fill), [e.split("@")[0], e]
    elif kind == "phone":
        p = rng.choice(PHONES)
        core = re.sub(r"\s*(?:ext\.?|x|extension)\s*\d+$", "", p)
        text, secrets = rng.choice(PHONE_FRAMES).format(p=p, **fill), [core]
    elif kind == "nhs":
        n = _nhs(rng)
        text, secrets = rng.choice(NHS_FRAMES).format(n=n), [n]
    elif kind == "ni":
        n = _ni(rng)
        text, secrets = rng.choice(NI_FRAMES).format(n=n), [n]
    elif kind == "crime":
        c = _crime(rng)
        text, secrets = rng.choice(CRIME_FRAMES).format(c=c), [c]
    elif kind == "case":
        c = _case(rng)
        text, secrets = rng.choice(CASE_FRAMES).format(c=c), [c]
    elif kind == "vrm":
        v = _vrm(rng)
        text, secrets = rng.choice(VRM_FRAMES).format(v=v), [v]
    elif kind == "handle":
        h = rng.choice(HANDLES)
        text, secrets = rng.choice(HANDLE_FRAMES).format(h=h), [h.lstrip("@")]
    elif kind == "control_count":
        n = rng.choice([9, 14])
        month = rng.choice(MONTH_OF[n])
        frame, kept = rng.choice(COUNT_AFTER_A_MONTH)
        shown = rng.choice([str(n), {9: "nine", 14: "fourteen"}[n]])   # in figures or in words
        text, secrets = frame.format(m=month, M=month, n=shown), []
        keep = [month, kept.format(n=shown)] if "{m}" in frame or "{M}" in frame else [kept]
    else:
        text, keep = rng.choice(CONTROL)
        secrets = []
    return {"seed": seed, "kind": kind, "sentence": text, "secrets": secrets, "keep": keep}


def _digits_left(secret: str, out: str) -> bool:
    """A number's run of four or more figures surviving anywhere (however it was regrouped) is a leak."""
    figures = re.sub(r"\D", "", secret)
    if len(figures) < 7:
        return False
    return figures in re.sub(r"\D", "", out) and any(
        len(run) >= 4 and run in out for run in re.findall(r"\d+", secret))


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if s.casefold() in out.casefold() or _digits_left(s, out)]
    lost = [k for k in case["keep"] if k not in out]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    return None
