"""Red team of unseen drafts (brief "redteam52", 2026-12-07): CONTACT DETAILS, REFERENCE NUMBERS and LISTED NAMES
as people paste them, in running text and in the places of a .docx that a reader does not see first.

Each case has a review's rules of its own (a victim, a perpetrator and a sister of one of many communities; the
victim's street a listed place; in half the cases her mobile and e-mail listed as her aliases, the way the rules
contract lists contacts) and one planted value. Families (the ``kind`` starts with one):
- ``phone_*``: a mobile of one of many countries (+234, +92, +48, +880, +44 (0), +353, +263, +90, +40, +254) with
  an extension, a "(0)", dots, odd spaces, the "00" prefix, split over a line break or a table row's bar;
- ``email_*``: an address made of a listed name, obfuscated ("[at]", "(dot)", "at ... dot com", spaced "@"), in
  angle brackets, a mailto: link, a markdown link, a full-width "@";
- ``handle_*``: a profile URL or a handle holding a listed name (facebook.com/hodan.warsame.7, @hodz_w, wa.me/447…);
- ``id_*``: NHS and National Insurance numbers, police crime references, court case numbers and vehicle
  registrations in odd spacing and case;
- ``postcode_*``: a postcode with the listed street, in odd spacing;
- ``docx_*``: one of those (or the listed full name) in a .docx place: a hyperlink's target, alt text, a text box,
  a footnote, a comment, a header, a tracked insertion or deletion, a HYPERLINK or MERGEFIELD field code, a custom
  property, a bookmark's name, a table row split over cells, runs cut inside the value;
- ``control``: ordinary text beside those that must keep its strings.

Text cases go through ``Redactor.redact_text`` and ``verify --strict`` of the draft and of the output; .docx cases
through ``Redactor.redact_file`` and ``verify_file(strict=True)``, and EVERY part of the output zip is searched
(text joined with nothing and with spaces, every attribute value; ``docx_structure_fuzz.package_texts``).
``outcome``: "silent" (a secret survives and ``verify --strict`` passes the output: a gate bug too), "left" (a secret
survives, verify fails the output), "unseen" (nothing survives but ``verify --strict`` passed the draft), "refused"
(apply's own verify refused to write) or None. TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/redteam52_gen.py [--show] [--part tuned|held-back|both] [--no-extra | --only-extra]
(``--no-extra``: only redteam52's eight cases a seed, without the two brief "redteam53" added.)
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

from redteam51_gen import COMMUNITIES, PSEUDONYMS, _nhs  # noqa: E402

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
STREETS = ["Harewood Crescent", "Marlpit Lane", "Ashgrove Terrace", "Blenkinsop Street", "Tanyard Close",
           "Quarry Hill Road", "Cwrt y Felin", "St Aidan's Walk"]
POSTCODES = ["LS6 2AB", "B12 9QR", "M14 5TJ", "CF24 3DN", "E1 6AN", "NE4 7PL", "BD8 9HT", "SW9 0JJ"]


def fold(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _ascii(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# (country code, national number without trunk 0, how it is grouped: sizes of its groups)
def _foreign_mobile(rng: random.Random) -> tuple[str, str, list[int]]:
    cc, first, groups = rng.choice([
        ("234", "80", [3, 3, 4]), ("92", "30", [3, 7]), ("48", "5", [3, 3, 3]), ("880", "17", [4, 6]),
        ("44", "7700", [4, 6]), ("353", "87", [2, 3, 4]), ("263", "77", [2, 3, 4]), ("90", "53", [3, 3, 2, 2]),
        ("40", "72", [3, 3, 3]), ("254", "7", [3, 6])])
    national = first + _digits(rng, sum(groups) - len(first))
    return cc, national, groups


def _grouped(national: str, groups: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in groups:
        out.append(national[at:at + size])
        at += size
    return sep.join(out)


def phone_forms(rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, written form, the figures that must not survive: the national number's last seven)."""
    cc, national, groups = _foreign_mobile(rng)
    tail = national[-7:]
    spaced = _grouped(national, groups)
    ext = rng.choice(["ext. 214", "x 31", "extn 22", "ext 4402", "(ext. 7)"])
    odd = " ".join(national[i:i + 3] for i in range(0, len(national), 3))
    cut = rng.randint(3, len(national) - 3)
    return [
        ("phone_international", f"+{cc} {spaced}", tail),
        ("phone_international", f"+{cc}-{_grouped(national, groups, '-')}", tail),
        ("phone_international", f"00{cc} {spaced}", tail),
        ("phone_international", f"+{cc}{national}", tail),
        ("phone_trunk_zero", f"+{cc} (0) {spaced}", tail),
        ("phone_trunk_zero", f"+{cc}(0){national}", tail),
        ("phone_extension", f"0{spaced} {ext}", tail),
        ("phone_extension", f"+{cc} {spaced} {ext}", tail),
        ("phone_dots", f"+{cc}.{_grouped(national, groups, '.')}", tail),
        ("phone_dots", f"0{_grouped(national, groups, '.')}", tail),
        ("phone_odd_spaces", f"0{odd}", tail),
        ("phone_odd_spaces", f"+{cc} {' '.join(national)}", tail),
        ("phone_odd_spaces", f"0 {national[:2]} {national[2:]}", tail),
        ("phone_line_break", f"0{national[:cut]}\n{national[cut:]}", tail),
        ("phone_line_break", f"+{cc} {national[:cut]}-\n{national[cut:]}", tail),
        ("phone_table_bar", f"+{cc} | {spaced}", tail),
        ("phone_slash", f"+{cc} / {spaced}", tail),
    ]


PHONE_FRAMES = ["Her mobile was {v}.", "Tel: {v}", "She rang the IDVA from {v} on three occasions.",
                "Contact number (mother): {v}", "- WhatsApp {v} (Nigeria SIM)", "The number {v} was saved as 'Mum'.",
                "Mob. {v} / home landline not known", "Calls from {v}\nwere logged by the police."]


def email_forms(rng: random.Random, g: str, s: str) -> list[tuple[str, str, list[str]]]:
    """(kind, written form, secrets: the local part and the listed name's words in it)."""
    gl, sl = _ascii(g.split()[0]), _ascii(s)
    n = rng.randint(7, 99)
    local, words = rng.choice([(f"{gl}.{sl}", [g.split()[0], s]), (f"{gl}{sl[0]}{n}", [g.split()[0]]),
                               (f"{gl}_{sl}{n}", [g.split()[0], s]), (f"{sl}.{gl[0]}", [s])])
    domain, tld = rng.choice([("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
                              ("icloud", "com")])
    address = f"{local}@{domain}.{tld}"
    dotted_tld = tld.replace(".", " [dot] ")
    secrets = [local, *words]
    return [
        ("email_brackets_at", f"{local} [at] {domain} [dot] {dotted_tld}", secrets),
        ("email_brackets_at", f"{local}(at){domain}(dot){tld.replace('.', '(dot)')}", secrets),
        ("email_words", f"{local.replace('.', ' dot ').replace('_', ' underscore ')} at {domain} dot "
                        f"{tld.replace('.', ' dot ')}", [w for w in secrets if w != local]),
        ("email_words", f"{local} AT {domain} DOT {tld.upper().replace('.', ' DOT ')}", secrets),
        ("email_curly", f"{local}{{at}}{domain}.{tld}", secrets),
        ("email_angle", f"<{address}>", secrets),
        ("email_angle", f"{g} {s} <{address}>", [*secrets, g.split()[0], s]),
        ("email_mailto", f"mailto:{address}", secrets),
        ("email_mailto", f"[{address}](mailto:{address})", secrets),
        ("email_spaced_at", f"{local} @ {domain}.{tld}", secrets),
        ("email_fullwidth_at", f"{local}\uff20{domain}.{tld}", secrets),
        ("email_no_tld", f"{local}@{domain}", secrets),
        ("email_capitals", f"{address.upper()}", secrets),
    ]


EMAIL_FRAMES = ["Email: {v}", "She wrote to the GP from {v} in March.", "Contact (sister's email): {v}",
                "Messages sent to {v} were not answered.", "E. {v}"]


def handle_forms(rng: random.Random, g: str, s: str, alias: str) -> list[tuple[str, str, list[str]]]:
    gl, sl, al = _ascii(g.split()[0]), _ascii(s), _ascii(alias) or "x"
    n = rng.randint(2, 99)
    gn, sn = g.split()[0], s
    wa_number = 7700900000 + rng.randint(0, 999)
    return [
        ("handle_profile_url", f"facebook.com/{gl}.{sl}.{n}", [gn, sn, f"{gl}.{sl}.{n}"]),
        ("handle_profile_url", f"https://www.facebook.com/{gl}.{sl}.{n}/", [gn, sn, f"{gl}.{sl}.{n}"]),
        ("handle_profile_url", f"m.facebook.com/{gl}{sl}{n}", [f"{gl}{sl}{n}"]),
        ("handle_profile_url", f"www.instagram.com/{gl}_{sl[0]}{n}/", [f"{gl}_{sl[0]}{n}"]),
        ("handle_profile_url", f"tiktok.com/@{gl}.{sl}", [gn, sn]),
        ("handle_profile_url", f"linkedin.com/in/{gl}-{sl}-{rng.randint(1000, 9999)}", [gn, sn]),
        ("handle_profile_url", f"x.com/{gl}{sl[0]}_{n}", [f"{gl}{sl[0]}_{n}"]),
        ("handle_at", f"@{gl[:4]}z_{sl[0]}", [f"{gl[:4]}z_{sl[0]}"]),
        ("handle_at", f"@{al}_{sl}", [alias, sn, f"{al}_{sl}"]),
        ("handle_at", f"@{gl}.{sl}{n}", [gn, sn, f"{gl}.{sl}{n}"]),
        ("handle_platform_word", f"Snapchat: {gl}{sl[:3]}{n}", [f"{gl}{sl[:3]}{n}"]),
        ("handle_platform_word", f"insta {gl}_{sl}", [gn, sn, f"{gl}_{sl}"]),
        ("handle_name_as_account", f"Facebook account '{gn} {sn} {n}'", [gn, sn]),
        ("handle_messaging_link", f"wa.me/44{wa_number}", [str(wa_number)[-7:]]),
        ("handle_messaging_link", f"t.me/{gl}{sl}", [f"{gl}{sl}"]),
    ]


HANDLE_FRAMES = ["Her Facebook: {v}", "{P} posted on {v} after the assault.", "The profile {v} was reported to the "
                 "platform.", "Social media: {v}", "Screenshots from {v} were given to police."]


def _nino(rng: random.Random) -> tuple[str, str]:
    letters = rng.choice(["AB", "JT", "NE", "WP", "KC", "SR"])
    digits = _digits(rng, 6)
    return letters, digits


def id_forms(rng: random.Random) -> list[tuple[str, str, list[str]]]:
    nhs = _nhs(rng)
    letters, nd = _nino(rng)
    suffix = rng.choice("ABCD")
    crime = _digits(rng, 6)
    force = rng.choice(["13", "44", "06", "20"])
    yy = rng.choice(["21", "22", "23"])
    case = _digits(rng, 5)
    plate_area, plate_age, plate_end = rng.choice(["AB", "YK", "LR", "BD", "MW"]), rng.choice(["12", "67", "19",
                                                                                                "71"]), \
        rng.choice(["CDE", "XPT", "HJK", "UVW"])
    plate = f"{plate_area}{plate_age}{plate_end}"
    return [
        ("id_nhs", f"NHS No: {nhs[:3]} {nhs[3:6]} {nhs[6:]}", [nhs[3:]]),
        ("id_nhs", f"NHS number {nhs[:3]}  {nhs[3:6]}  {nhs[6:]}", [nhs[3:]]),
        ("id_nhs", f"NHS: {nhs[:4]} {nhs[4:7]} {nhs[7:]}", [nhs[3:]]),
        ("id_nhs", f"nhs no. {nhs[:3]}.{nhs[3:6]}.{nhs[6:]}", [nhs[3:]]),
        ("id_nhs", f"NHS {' '.join(nhs)}", [nhs[3:]]),
        ("id_nino", f"NI No. {letters} {nd[:2]} {nd[2:4]} {nd[4:]} {suffix}", [nd]),
        ("id_nino", f"National Insurance: {letters.lower()}{nd}{suffix.lower()}", [nd]),
        ("id_nino", f"NINo {' '.join(letters + nd + suffix)}", [nd]),
        ("id_nino", f"NI {letters}-{nd[:2]}-{nd[2:4]}-{nd[4:]}-{suffix}", [nd]),
        ("id_crime_ref", f"Crime ref: {force}/{crime}/{yy}", [crime]),
        ("id_crime_ref", f"crime no. {force} / {crime} / {yy}", [crime]),
        ("id_crime_ref", f"Crime Reference Number CR{crime}{yy}", [crime]),
        ("id_crime_ref", f"Occurrence {force}{yy}{crime}", [crime]),
        ("id_crime_ref", f"Police ref {crime[:3]} {crime[3:]}/{yy}", [crime]),
        ("id_case_number", f"Case No. {plate_area}{yy}C{case}", [case]),
        ("id_case_number", f"Court case number: T20{yy}{case}", [case]),
        ("id_case_number", f"Claim no. {case[:3]} {case[3:]}{plate_end[:2]}", [case]),
        ("id_vehicle", f"Vehicle reg {plate_area}{plate_age} {plate_end}", [plate]),
        ("id_vehicle", f"VRN {plate.lower()}", [plate]),
        ("id_vehicle", f"registration {plate_area} {plate_age} {plate_end}", [plate]),
        ("id_vehicle", f"a silver Golf, reg {' '.join(plate)}", [plate]),
        ("id_vehicle", f"his car ({plate_area}{plate_age}-{plate_end})", [plate]),
    ]


def postcode_forms(rng: random.Random, street: str) -> list[tuple[str, str, list[str]]]:
    pc = rng.choice(POSTCODES)
    n = rng.randint(2, 140)
    out, inward = pc.split()
    return [
        ("postcode_with_street", f"{n} {street}, {pc}", [street, pc]),
        ("postcode_with_street", f"{n} {street.upper()} {out}{inward}", [street, pc]),
        ("postcode_with_street", f"Flat {rng.randint(1, 9)}, {street}, {out.lower()} {inward.lower()}",
         [street, pc]),
        ("postcode_with_street", f"{street}\n{pc}", [street, pc]),
        ("postcode_spaced", f"{street} ({' '.join(pc.replace(' ', ''))})", [street, pc]),
        ("postcode_spaced", f"{n}, {street} - {out}  {inward}", [street, pc]),
        ("postcode_glued", f"{n} {street},{pc.replace(' ', '')}", [street, pc]),
    ]


def _secret_pattern(secret: str) -> str:
    """Figures match with any separators between them; words whole, folded; a postcode with or without its
    space."""
    sec = fold(secret)
    if re.fullmatch(r"[0-9]+", sec):
        return r"[^0-9a-z]{0,3}".join(sec)   # a tail or a middle of a longer run of figures
    if re.fullmatch(r"[a-z0-9 ]+", sec) and any(c.isdigit() for c in sec) and len(sec.replace(" ", "")) <= 8:
        body = r"[^0-9a-z]{0,3}".join(re.escape(c) for c in sec.replace(" ", ""))
        return r"(?<![0-9a-z])" + body + r"(?![0-9a-z])"
    return (r"(?<!\w)" if sec[:1].isalnum() else "") + re.escape(sec) + (r"(?!\w)" if sec[-1:].isalnum() else "")


def survivors(secrets: list[str], texts: list[str]) -> list[str]:
    folded = [fold(t) for t in texts]
    # a bookmark's or a field's name joins the words and dots of its value with underscores
    folded += [t.replace("_", sep) for t in folded if "_" in t for sep in (" ", ".")]
    return [s for s in secrets if any(re.search(_secret_pattern(s), t) for t in folded)]


CONTROLS = [
    ("In an emergency dial 999; for advice call NHS 111.", ["999", "NHS 111"]),
    ("Recommendation 7 (paragraph 12.3) was accepted on 4 May 2023.", ["Recommendation 7", "12.3", "4 May 2023"]),
    ("She used Facebook and Instagram every day and had 312 followers.", ["Facebook", "Instagram", "312"]),
    ("The MARAC met at 10:30; 14 cases were heard.", ["10:30", "14 cases"]),
    ("The A40 and the M62 were closed for 3 hours.", ["A40", "M62", "3 hours"]),
    ("Section 9 of the Domestic Abuse Act 2021 applies.", ["Section 9", "2021"]),
    ("Rent arrears reached £1,250.50 over 12 months.", ["£1,250.50", "12 months"]),
    ("The GP saw her at 9.15 and again at 11.40.", ["9.15", "11.40"]),
    ("The officer's collar number was not recorded.", ["collar number"]),
    ("Emails between agencies were sent by secure mail (CJSM).", ["CJSM"]),
]


def _rules(rng: random.Random, seed: int, k: int) -> tuple[dict, dict]:
    women, men, surnames, aliases = rng.choice(COMMUNITIES)
    g, sister_g = rng.sample(women, 2)
    other_g, s = rng.choice(men), rng.choice(surnames)
    other_s = rng.choice([x for x in surnames if x != s])
    alias = rng.choice(aliases)
    pv, pp, ps = rng.choice(PSEUDONYMS)
    street = rng.choice(STREETS)
    cc, national, groups = _foreign_mobile(rng)
    listed_phone = f"+{cc} {_grouped(national, groups)}"
    listed_email = f"{_ascii(g.split()[0])}.{_ascii(s)}@gmail.com"
    listed = rng.random() < 0.5
    victim = {"name": f"{g} {s}", "pseudonym": pv, "aliases": [alias] + ([listed_phone, listed_email] if listed
                                                                        else []), "role": "victim"}
    rules = {"version": 1, "review": f"redteam52-{seed}-{k}",
             "people": [victim, {"name": f"{other_g} {other_s}", "pseudonym": pp, "role": "perpetrator"},
                        {"name": f"{sister_g} {s}", "pseudonym": ps}],
             "places": [{"name": street, "pseudonym": "Street A"}],
             "dates": {"date_of_death": "2023-07-09"}}
    facts = dict(g=g, s=s, alias=alias, other_g=other_g, street=street, national=national, cc=cc, groups=groups,
                 listed=listed, listed_phone=listed_phone, listed_email=listed_email)
    return rules, facts


CASES_PER_SEED = 8   # phone, email, handle, id, postcode, docx, docx, control
# Brief "redteam53" added two cases a seed after those eight (their own random streams: the eight are unchanged):
# a phone cut by a table's bar or a postcode under an address's label on a line of its own, or a control of tables
# and labels (k = 8); a phone in a .docx field code's argument or a "tel:" link (k = 9)
EXTRA_CASES_PER_SEED = 2


def make_cases(seed: int, extra: bool = True) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED + (EXTRA_CASES_PER_SEED if extra else 0))]


def _uk_mobile(rng: random.Random) -> str:
    return "7700" + _digits(rng, 6)


def cut_by_a_bar_forms(rng: random.Random, facts: dict) -> list[tuple[str, str, list[str]]]:
    """A phone whose groups a table's bar cuts, in a row of a markdown or a plain-text table or a line copied
    from one (kind ``phone_table_bar``)."""
    cc, national, groups = _foreign_mobile(rng)
    spaced, tail = _grouped(national, groups), national[-7:]
    uk = _uk_mobile(rng)
    who = rng.choice(["Mother", "Sister", facts["g"].split()[0], "Victim", "Neighbour"])
    header = rng.choice(["| Name | Mobile | |", "| Contact | Phone number | |", "| Who | Tel. | |",
                         "| Relationship | WhatsApp | |"])
    return [
        ("phone_table_bar", f"{header}\n|---|---|---|\n| {who} | +{cc} | {spaced} |", [tail]),
        ("phone_table_bar", f"{header}\n|---|---|---|\n| {who} | 0{uk[:4]} | {uk[4:7]} {uk[7:]} |", [uk[-7:]]),
        ("phone_table_bar", f"| {who} | {rng.choice(['mobile', 'tel', 'phone'])} | +{cc}|{national} |", [tail]),
        ("phone_table_bar", f"Mobile: 0{uk[:4]} | {uk[4:]}", [uk[-7:]]),
        ("phone_table_bar", f"{who}'s number was +{cc} | {spaced} (from the table).", [tail]),
        ("phone_table_bar", f"| {who} | 00{cc} | {_grouped(national, groups, ' | ')} |", [tail]),
    ]


def postcode_under_a_label_forms(rng: random.Random, street: str) -> list[tuple[str, str, list[str]]]:
    """A postcode on the lines under an address's label alone (kind ``postcode_under_label``)."""
    pc = rng.choice(POSTCODES)
    out, inward = pc.split()
    label = rng.choice(["Home address", "Address", "Address (victim):", "Last known address:", "Postcode",
                        "Current address -", "ADDRESS"])
    n = rng.randint(2, 140)
    spelt = " ".join(out) + rng.choice([" ", "  "]) + " ".join(inward)
    return [
        ("postcode_under_label", f"{label}\n{street} ({spelt})", [street, pc]),
        ("postcode_under_label", f"{label}\n{n} {street}\n{spelt}", [street, pc]),
        ("postcode_under_label", f"{label}\nFlat {rng.randint(1, 9)}\n{n} {street}\n{spelt}", [street, pc]),
        ("postcode_under_label", f"{label}\n{street} - {spelt}", [street, pc]),
    ]


# tables, labels and names of files and fields whose figures and letters are nobody's contact (kind "control")
EXTRA_CONTROLS = [
    ("| Month | Calls | Texts |\n|---|---|---|\n| May | 12 | 340 |", ["12", "340"]),
    ("| Year | 2019 | 2020 | 2021 |\n| Calls | 012 | 345 | 7 |", ["2019", "2020", "012", "345"]),
    ("Results\nGrades were A B 1 2 A B in the tests.", ["A B 1 2 A B"]),
    ("Address\nThe grid squares were\nA B 1 2 A B and C D 3 4 E F.", ["A B 1 2 A B"]),
    ("The calls came in 2019 | 2020 | 2021.", ["2019", "2020", "2021"]),
    ("| Referrals | 0 | 1234567890 |", ["1234567890"]),
    ("The export was saved as export_20241028_030716_0001.csv.", ["export_20241028_030716_0001"]),
    ("Cases Case_0001_0002_0003 and row_0_1_2_3_4_5_6 were merged.", ["0001_0002_0003", "row_0_1_2_3_4_5_6"]),
    ("Page 12 | Section 4.3 | Version 2.1", ["12", "4.3", "2.1"]),
    ("Postcode\nNot known (the family moved in 2021).", ["2021"]),
]

FIELD_PHONE_PLACES = ["mergefield", "tel_target", "tel_field", "wa_target"]


def _extra_case(seed: int, k: int, rng: random.Random, rules: dict, facts: dict) -> dict:
    if k == CASES_PER_SEED:
        family = rng.choice(["table", "table", "postcode", "control"])
        if family == "control":
            sentence, keep = rng.choice(EXTRA_CONTROLS)
            return {"seed": seed, "kind": "control", "sentence": sentence, "rules": rules, "secrets": [],
                    "keep": keep}
        forms = cut_by_a_bar_forms(rng, facts) if family == "table" else \
            postcode_under_a_label_forms(rng, facts["street"])
        kind, sentence, secrets = rng.choice(forms)
        return {"seed": seed, "kind": kind, "sentence": sentence, "rules": rules, "secrets": secrets}
    place = rng.choice(FIELD_PHONE_PLACES)
    cc, national, groups = (facts["cc"], facts["national"], facts["groups"]) if facts["listed"] and \
        rng.random() < 0.3 else _foreign_mobile(rng)
    value = rng.choice([f"+{cc} (0) {national}", f"+{cc} {_grouped(national, groups)}", f"00{cc} {national}",
                        f"+{cc}{national}", f"+{cc}-{_grouped(national, groups, '-')}"])
    return {"seed": seed, "kind": f"docx_{place}", "source": "phone", "value": value, "rules": rules,
            "secrets": [national[-7:]], "docx_seed": f"redteam52:{seed}:{k}:docx"}


def _text_value(rng: random.Random, family: str, facts: dict) -> tuple[str, str, list[str]]:
    g, s = facts["g"], facts["s"]
    if family == "phone":
        if facts["listed"] and rng.random() < 0.4:   # the listed number, written another way
            national, cc, groups = facts["national"], facts["cc"], facts["groups"]
            kind, form, _ = rng.choice([
                ("phone_listed_regrouped", f"0{' '.join(national[i:i + 3] for i in range(0, len(national), 3))}",
                 None),
                ("phone_listed_regrouped", f"+{cc} (0) {_grouped(national, groups, '-')}", None),
                ("phone_listed_regrouped", f"00{cc}.{_grouped(national, groups, '.')} ext. 3", None)])
            return kind, rng.choice(PHONE_FRAMES).format(v=form), [national[-7:]]
        kind, form, tail = rng.choice(phone_forms(rng))
        return kind, rng.choice(PHONE_FRAMES).format(v=form), [tail]
    if family == "email":
        if facts["listed"] and rng.random() < 0.4:
            local, rest = facts["listed_email"].split("@")
            form = rng.choice([f"{local} [at] {rest.replace('.', ' [dot] ')}", f"<{facts['listed_email']}>",
                               f"{local.replace('.', ' dot ')} at gmail dot com",
                               f"mailto:{facts['listed_email'].upper()}"])
            return "email_listed_obfuscated", rng.choice(EMAIL_FRAMES).format(v=form), [local, g.split()[0], s]
        kind, form, secrets = rng.choice(email_forms(rng, g, s))
        return kind, rng.choice(EMAIL_FRAMES).format(v=form), secrets
    if family == "handle":
        kind, form, secrets = rng.choice(handle_forms(rng, g, s, facts["alias"]))
        return kind, rng.choice(HANDLE_FRAMES).format(v=form, P=facts["other_g"]), secrets
    if family == "id":
        kind, form, secrets = rng.choice(id_forms(rng))
        return kind, rng.choice(["{v}", "Records show {v} (checked 2023).", "- {v}"]).format(v=form), secrets
    kind, form, secrets = rng.choice(postcode_forms(rng, facts["street"]))
    return kind, rng.choice(["She lived at {v}.", "Address: {v}", "Home address\n{v}"]).format(v=form), secrets


DOCX_PLACES = ["hyperlink_target", "mailto_target", "field_hyperlink", "mergefield", "alt_text", "textbox", "note",
               "comment", "header", "ins", "dele", "custom_prop", "bookmark", "table_split", "runs", "line_break"]


def make_case(seed: int, k: int = 0) -> dict:
    rng = random.Random(f"redteam52:{seed}:{k}")
    rules, facts = _rules(rng, seed, k)
    if k >= CASES_PER_SEED:
        return _extra_case(seed, k, rng, rules, facts)
    family = ["phone", "email", "handle", "id", "postcode", "docx", "docx", "control"][k % CASES_PER_SEED]
    if family == "control":
        sentence, keep = rng.choice(CONTROLS)
        return {"seed": seed, "kind": "control", "sentence": sentence, "rules": rules, "secrets": [], "keep": keep}
    if family == "docx":
        place = rng.choice(DOCX_PLACES)
        source = "email" if place == "mailto_target" else rng.choice(["phone", "email", "handle", "id", "name"])
        if source == "name":
            value, secrets = f"{facts['g']} {facts['s']}", [facts["g"].split()[0], facts["s"]]
            value = rng.choice([value, value.upper(), f"{facts['s']}, {facts['g']}"])
        elif source == "phone":
            national = facts["national"] if facts["listed"] else _foreign_mobile(rng)[1]
            value = rng.choice([f"+{facts['cc']} (0) {national}", f"0{national[:4]} {national[4:]}",
                                f"+{facts['cc']} {national}"])
            secrets = [national[-7:]]
        elif source == "email":
            _, value, secrets = rng.choice(email_forms(rng, facts["g"], facts["s"]))
        elif source == "handle":
            _, value, secrets = rng.choice(handle_forms(rng, facts["g"], facts["s"], facts["alias"])[:7])
        else:
            _, value, secrets = rng.choice(id_forms(rng))
        return {"seed": seed, "kind": f"docx_{place}", "source": source, "value": value, "rules": rules,
                "secrets": secrets, "docx_seed": f"redteam52:{seed}:{k}:docx"}
    kind, sentence, secrets = _text_value(rng, family, facts)
    if facts["listed"] and kind.startswith(("phone", "email")):
        kind = kind if "listed" in kind else kind + "_unlisted"
    return {"seed": seed, "kind": kind, "sentence": sentence, "rules": rules, "secrets": secrets}


# ---------------------------------------------------------------------- .docx places
def build_docx(case: dict) -> bytes:
    from xml.sax.saxutils import escape, quoteattr

    from benchmarks import docx_structure_fuzz as fz
    import docx_factory as f

    rng = random.Random(case["docx_seed"])
    value, place = case["value"], case["kind"][len("docx_"):]
    builder = f.DocxBuilder()
    plant = fz.Plant(builder, rng)
    said = f"<w:r>{fz._t('Contact details were in the referral.')}</w:r>"
    if place == "hyperlink_target":
        target = value if value.startswith(("http", "mailto:")) else \
            ("https://" + value if "." in value.split()[0] and " " not in value else
             f"https://www.facebook.com/{value.replace(' ', '.')}")
        rid = builder.add_relationship(builder.main_part, "hyperlink", target, external=True)
        plant.body.append(f'<w:p><w:r>{fz._t("Her profile: ")}</w:r><w:hyperlink r:id="{rid}"><w:r>'
                          f'{fz._t("her Facebook page")}</w:r></w:hyperlink></w:p>')
    elif place == "mailto_target":
        rid = builder.add_relationship(builder.main_part, "hyperlink", f"mailto:{value.replace(' ', '')}",
                                       external=True)
        plant.body.append(f'<w:p><w:r>{fz._t("She was e-mailed (")}</w:r><w:hyperlink r:id="{rid}" '
                          f'w:tooltip={quoteattr(value)}><w:r>{fz._t("link")}</w:r></w:hyperlink>'
                          f'<w:r>{fz._t(").")}</w:r></w:p>')
    elif place == "field_hyperlink":
        instr = f' HYPERLINK "mailto:{value}" ' if "@" in value or "[at]" in value else \
            f' HYPERLINK "https://www.facebook.com/{value.replace(" ", ".")}" '
        plant.body.append(f'<w:p>{said}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                          f'{fz._t(instr, "instrText")}</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                          f'<w:r>{fz._t("contact")}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    elif place == "mergefield":
        name = re.sub(r"\W+", "_", value).strip("_")
        plant.body.append(f'<w:p>{said}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                          f'{fz._t(f" MERGEFIELD {name} ", "instrText")}</w:r><w:r><w:fldChar '
                          f'w:fldCharType="separate"/></w:r>{fz.value_runs(rng, value)}<w:r><w:fldChar '
                          f'w:fldCharType="end"/></w:r></w:p>')
    elif place in ("tel_target", "wa_target"):
        digits = re.sub(r"[^0-9+]", "", value.replace("(0)", ""))
        digits = "+" + digits[2:] if digits.startswith("00") else digits
        target = f"tel:{digits}" if place == "tel_target" else f"https://wa.me/{digits.lstrip('+')}"
        rid = builder.add_relationship(builder.main_part, "hyperlink", target, external=True)
        plant.body.append(f'<w:p><w:r>{fz._t("She could be reached by ")}</w:r><w:hyperlink r:id="{rid}"><w:r>'
                          f'{fz._t("phone")}</w:r></w:hyperlink><w:r>{fz._t(".")}</w:r></w:p>')
    elif place == "tel_field":
        digits = re.sub(r"[^0-9+]", "", value.replace("(0)", ""))
        instr = f' HYPERLINK "tel:{digits}" '
        plant.body.append(f'<w:p>{said}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                          f'{fz._t(instr, "instrText")}</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                          f'<w:r>{fz._t("her mobile")}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    elif place == "table_split":
        parts = value.split(" ", 1) if " " in value else [value[:len(value) // 2], value[len(value) // 2:]]
        cells = "".join(f"<w:tc><w:p>{fz.value_runs(rng, p)}</w:p></w:tc>" for p in parts)
        plant.body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/>'
                          f'<w:gridCol/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>')
    elif place == "custom_prop":
        plant.custom[rng.choice(["Victim contact", "Subject", "VictimPhone", "Ref"])] = value
    elif place == "bookmark":
        plant.bookmark(value)
    else:   # the benchmark's own structures
        getattr(plant, place)(value)
    del escape
    return plant.finish()


def run_docx_case(case: dict) -> tuple[str, str | None]:
    import warnings

    from benchmarks.docx_structure_fuzz import package_texts
    from redact.errors import LeakError
    from redact.pipeline import Redactor
    from redact.verify import verify_file

    folder = Path(tempfile.mkdtemp(prefix="rt52-"))
    src, out = folder / "draft.docx", folder / "out.docx"
    src.write_bytes(build_docx(case))
    drafted = [t for _, t in package_texts(src)]
    if not survivors(case["secrets"], drafted):
        return "<harness: secret not in the draft>", "harness"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            Redactor(case["rules"]).redact_file(src, out)
        except LeakError as err:
            return f"<refused: {str(err)[:200]}>", "refused"
        texts = [t for _, t in package_texts(out)]
        left = survivors(case["secrets"], texts)
        if left:
            ok = verify_file(out, case["rules"], strict=True).ok
            where = [f"{part}: {t[max(0, m.start() - 50):m.end() + 50]!r}" for part, t in package_texts(out)
                     for m in [re.search(_secret_pattern(left[0]), fold(t))] if m][:1]
            return f"left {left} in {where}", "silent" if ok else "left"
        if verify_file(src, case["rules"], strict=True).ok:
            return "<draft passed verify --strict>", "unseen"
    return "", None


def run_case(case: dict) -> tuple[str, str | None]:
    """Apply and verify (--strict) one case: (output or what was left, outcome)."""
    import warnings

    if case["kind"].startswith("docx_"):
        return run_docx_case(case)
    from redact.api import verify_bytes
    from redact.errors import LeakError
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            output = Redactor(case["rules"]).redact_text(case["sentence"])
        except LeakError as err:
            return f"<refused: {err}>", "refused"
        if case["kind"] == "control":
            return output, "changed" if any(keep not in output for keep in case["keep"]) else None
        if not survivors(case["secrets"], [case["sentence"]]):
            return output, "harness"
        if survivors(case["secrets"], [output]):
            ok = verify_bytes(output.encode("utf-8"), "txt", case["rules"], strict=True).ok
            return output, "silent" if ok else "left"
        if verify_bytes(case["sentence"].encode("utf-8"), "txt", case["rules"], strict=True).ok:
            return output, "unseen"
    return output, None


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    def cases_of(seeds):
        if "--only-extra" in sys.argv:
            return (make_case(seed, k) for seed in seeds
                    for k in range(CASES_PER_SEED, CASES_PER_SEED + EXTRA_CASES_PER_SEED))
        return (c for seed in seeds for c in make_cases(seed, extra="--no-extra" not in sys.argv))

    def describe(case, result, output):
        what = case.get("sentence") or f"{case.get('source')}: {case.get('value')}"
        return f"{case['seed']:5d} {case['kind']:28s} {result:7s} {what!r}\n{'':42s}→ {output!r}"

    print_case_tallies(cases_of, run_case, chosen_parts(TUNED, HELD_BACK, default="tuned"), describe,
                       group=lambda case: case["kind"].split("_")[0])
