"""UK identifiers: NHS and National Insurance numbers, vehicle registrations, police, court and other
record references, the numbers of identity documents and accounts, police collar numbers, IP addresses.

The patterns are deliberately narrow where a shape alone says little (a registration needs a vehicle nearby, a
"RiO 4471823" style reference needs a record word) and never fire on legislation ("Section 9 of the Domestic
Violence, Crime and Victims Act 2004"), paragraph numbers, years, sums of money or percentages.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from ...entities import (COLLAR_NUMBER, COURT_CASE_NUMBER, POLICE_REFERENCE, REFERENCE, UK_NHS, UK_NINO,
                         UK_VEHICLE_REGISTRATION)
from ...lazy_patterns import lazy
from ._common import (DOMAIN_ACRONYMS, DhrRecognizer, context_near, inflected, result, sentence_bounds, wanted,
                      words_pattern)

# Every identifier below holds an ASCII digit ([0-9] in each pattern): a text without one is not searched.
_DIGIT = re.compile(r"[0-9]")
_NOT_FIGURES = lazy(re.compile, r"[^0-9]+")


class NhsNumberRecognizer(PatternRecognizer):
    """NHS numbers (999 659 6931, 9996596931, 999-659-6931) whose modulus-11 check digit holds -> UK_NHS.

    The pattern scores 0.5; a valid check digit raises it to 1.0 and an invalid one drops the match (Presidio's
    ``validate_result`` contract).
    """

    # (a slash after the number is a list's or a sentence's, "NHS 943 476 5919/ GP ref 123", unless digits follow)
    PATTERNS = [Pattern("nhs_number", r"(?<![\w/.-])[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{4}(?![\w-]|/[0-9])(?!\.[0-9])",
                        0.5)]

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entity=UK_NHS, name="NhsNumberRecognizer", patterns=self.PATTERNS,
                         supported_language=supported_language, global_regex_flags=0)

    # what the pattern needs, looked for first: Presidio's matching costs more per text than this search
    _NEEDED = re.compile(r"[0-9]{3}[ -]?[0-9]{3}")

    # Straight after "NHS" a number of this shape is an NHS number whatever its check digit ("(NHS 999 123 4567)":
    # a mistyped or made-up one still names the patient), as it is after "NHS number" (``CaseReferenceRecognizer``)
    _AFTER_NHS = re.compile(r"(?<![\w])NHS\s*[:#.]?\s*\(?(?P<value>[0-9]{3}([ -]?)[0-9]{3}\2[0-9]{4})"
                            r"(?![\w-]|/[0-9])(?!\.[0-9])")
    # ... and so are ten figures grouped another way after "NHS" or its label, as a form or a letter copies them
    # ("NHS: 4229 343 094", "nhs no. 119.209.0071", "NHS number 660  524  4168", "NHS 3 7 0 1 3 0 2 7 8 2"): the
    # label says what they are, so any grouping, and figures right after the tenth would make it another number
    _AFTER_NHS_LABEL_GROUPED = lazy(re.compile,
                                    r"(?i)(?<![\w])NHS(?:\s+(?:number|no\.?|#))?\s*[:#.–-]?\s*\(?"
                                    r"(?P<value>[0-9](?:[ .-]{0,2}[0-9]){9})(?![0-9]|[ .-]{1,2}[0-9]|-?\w)")
    _USUAL_GROUPING = lazy(re.compile, r"[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{4}")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        if regex_flags or self._NEEDED.search(text):   # (flags could make the pattern match more)
            found = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        if "NHS" in text and wanted(entities, UK_NHS):
            for m in self._AFTER_NHS.finditer(text):
                start, end = m.span("value")
                if not any(r.start < end and start < r.end for r in found):
                    found.append(result(self, UK_NHS, start, end, 0.85, "number after NHS"))
        if wanted(entities, UK_NHS) and "nhs" in text.casefold():
            for m in self._AFTER_NHS_LABEL_GROUPED.finditer(text):
                start, end = m.span("value")
                # the usual grouping is the check digit's and _AFTER_NHS's to judge; separators of two kinds
                # ("999 659-6931") are a phone's or a list's
                if self._USUAL_GROUPING.fullmatch(m.group("value")) \
                        or len(set(_NOT_FIGURES.findall(m.group("value")))) > 1:
                    continue
                if not any(r.start < end and start < r.end for r in found):
                    found.append(result(self, UK_NHS, start, end, 0.85, "ten figures after NHS, grouped another way"))
        return found

    def validate_result(self, pattern_text: str) -> bool:
        digits = [int(c) for c in pattern_text if c.isdigit()]
        if len(digits) != 10 or len(set(digits)) == 1:
            return False
        remainder = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
        check = 11 - remainder
        if check == 11:
            check = 0
        return check != 10 and check == digits[9]


class NinoRecognizer(PatternRecognizer):
    """National Insurance numbers (QQ123456C, QQ 12 34 56 C) -> UK_NINO, 0.85 (HMRC prefix rules; QQ, the
    prefix HMRC uses in examples, is accepted)."""

    _PREFIX = r"(?:QQ|(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    PATTERNS = [Pattern("nino", rf"(?<![\w-]){_PREFIX} ?[0-9]{{2}} ?[0-9]{{2}} ?[0-9]{{2}} ?[A-D](?![\w-])", 0.85)]

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entity=UK_NINO, name="NinoRecognizer", patterns=self.PATTERNS,
                         supported_language=supported_language, global_regex_flags=0)

    # what the pattern needs, looked for first: Presidio's matching costs more per text than this search
    _NEEDED = re.compile(r"[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]")
    # After its label a number is one however it is typed: in lower case, letter-spaced or hyphenated, as case
    # notes and forms copy it ("NI number qq123456c", "ni no. ab 12 34 56 c", "NINO: A B 1 2 3 4 5 6 D")
    _LABELLED = re.compile(
        r"(?<![\w])(?:nino|ni|n\.\s?i\.|n/i|national\s+ins(?:urance|\.))(?:\s+(?:number|no\.?))?\s*[:.#–-]?\s*"
        r"(?:(?:is|was|being)\s+)?"
        r"(?P<value>[a-z][ -]?[a-z](?:[ -]?[0-9]){6}[ -]?[a-d])(?![\w-])", re.IGNORECASE)
    _LABEL_NEEDED = re.compile(r"(?i:nino|\bni\b|n\.\s?i\.|n/i|national\s+ins)")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found = []
        if regex_flags or self._NEEDED.search(text):   # (flags could make the pattern match more)
            found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if wanted(entities, UK_NINO) and self._LABEL_NEEDED.search(text):
            for m in self._LABELLED.finditer(text):
                start, end = m.span("value")
                if not any(r.start < end and start < r.end for r in found):
                    found.append(result(self, UK_NINO, start, end, 0.85, "National Insurance number after its label"))
        return found

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = pattern_text.replace(" ", "")
        # Spaces only between the two-digit groups: "QQ 12 34 56 C" or none at all.
        if " " in pattern_text and not re.fullmatch(r"[A-Z]{2} [0-9]{2} [0-9]{2} [0-9]{2} [A-D]", pattern_text):
            return False
        return None if len(compact) == 9 else False


# a car's make or a model's name before a plate says what the plate is ("A Ford Focus YT21 KLM was stopped")
_CAR_MAKES = ["ford", "vauxhall", "volkswagen", "vw", "bmw", "audi", "mercedes", "mercedes-benz", "toyota", "nissan",
              "honda", "peugeot", "renault", "citroen", "citroën", "fiat", "kia", "hyundai", "skoda", "škoda", "seat",
              "mini", "land rover", "range rover", "volvo", "mazda", "tesla", "jaguar", "lexus", "suzuki",
              "mitsubishi", "dacia", "porsche", "subaru", "jeep", "chevrolet", "alfa romeo", "mg", "smart", "saab",
              "rover", "proton", "ssangyong", "cupra", "polestar", "byd", "yamaha", "kawasaki", "ducati", "triumph",
              "harley", "vespa", "focus", "fiesta", "corsa", "astra", "golf", "polo", "transit", "qashqai", "clio",
              "yaris", "civic", "octavia", "sprinter", "berlingo", "punto"]


class VehicleRegistrationRecognizer(DhrRecognizer):
    """UK number plates -> UK_VEHICLE_REGISTRATION: the current format ("ZH17 QKP", 2001 on), the prefix era
    ("M992 UWA", 1983-2001) and the suffix era ("ABC 123D", 1963-83), glued, spaced, split ("AB 12 CDE") or
    dashed ("CV19-UWA"), in any case.

    Score 0.85 with a vehicle word, every form of a driving verb ("drives", "parked", "towed") or a car's make
    or model in the sentence. Without one, a current plate written in capitals as a plate is taken at 0.6: the
    shape is distinctive (on the TAB dev texts and the fixtures it matched nothing else); the other forms score
    0.4 (reported, not replaced): a split form is "ON 12 MAY", a prefix one a road's "A1" before a word, and small
    letters are too common without a cue.
    """

    CONTEXT = (["car", "cars", "vehicle", "vehicles", "van", "vans", "motorbike", "motorcycle", "moped", "lorry",
                "taxi", "cab", "truck", "pickup", "4x4", "suv", "hatchback", "registration", "registrations", "reg",
                "regs", "vrm", "vrn", "anpr", "number plate", "plate", "plates", "driver", "drivers", "dvla", "index",
                "keeper", "mot"]
               + inflected(["drive", "park", "register", "tow", "clamp", "crash", "reverse", "ride"]) + _CAR_MAKES)
    _AGE = r"(?:0[2-9]|[12][0-9]|5[1-9]|[67][0-9])"    # March plates 02-29, September plates 51-79
    _CURRENT = re.compile(rf"(?i)(?<![\w-])[A-Z]{{2}}{_AGE}[ -]?[A-Z]{{3}}(?![\w-])")
    _SPLIT = re.compile(rf"(?i)(?<![\w-])[A-Z]{{2}}[ -]{_AGE}[ -][A-Z]{{3}}(?![\w-])")
    _PREFIX = re.compile(r"(?<![\w-])[A-HJ-NP-Y][0-9]{1,3}[ -]?[A-Z]{3}(?![\w-])")
    _SUFFIX = re.compile(r"(?<![\w-])[A-Z]{3}[ -]?[0-9]{1,3}[ -]?[A-HJ-NP-Y](?![\w-])")
    ENTITIES = (UK_VEHICLE_REGISTRATION,)

    # After its label a plate is one however it is typed, as a case note copies it ("Car reg: wx22abc", "VRM
    # wx22 abc", "VRN lr67cde", "registration number Wx22Abc"): any case, straight after the label, its letters
    # and figures spaced out too ("reg B D 1 9 C D E")
    _LABELLED = re.compile(
        r"(?i)(?<![\w])(?:reg(?:istration)?|vr[mn]|(?:number\s+)?plate)(?:\s+(?:number|no\.?|mark))?\s*[:.#–-]?\s*"
        r"(?:(?:is|was)\s+)?(?P<value>[a-z]{2}(?:0[2-9]|[12][0-9]|5[1-9]|[67][0-9]) ?[a-z]{3}"
        r"|[a-z] [a-z] (?:0 [2-9]|[12] [0-9]|5 [1-9]|[67] [0-9])  ?[a-z] [a-z] [a-z])(?![\w-])")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []

        def add(start: int, end: int, score: float, explanation: str) -> None:
            if not any(r.start < end and start < r.end for r in found):
                found.append(result(self, UK_VEHICLE_REGISTRATION, start, end, score, explanation))

        for m in self._LABELLED.finditer(text):
            add(m.start("value"), m.end("value"), 0.85, "vehicle registration after its label")
        for shape, pattern in (("current", self._CURRENT), ("split", self._SPLIT), ("prefix", self._PREFIX),
                               ("suffix", self._SUFFIX)):
            for m in pattern.finditer(text):
                plate = m.group()
                capitals = plate == plate.upper()
                if shape in ("split", "prefix", "suffix") and not capitals:
                    continue   # "on 12 may", "car see 12a": small letters only in the current format
                if shape == "split" and plate[-3:].upper() in _MONTHS:
                    continue   # a date in capitals ("ON 12 MAY", "BY 15 JUN")
                if shape in ("prefix", "suffix") and _is_a_word(re.sub(r"[^A-Z]", "", plate)[-3:] if shape ==
                                                                  "prefix" else plate[:3]):
                    continue   # a road and a word ("the A1 MEN route"), a word and a number ("THE 123 A")
                near = self.context_supports(text, m.start(), m.end(), window=100)
                alone = shape == "current" and capitals
                add(m.start(), m.end(), 0.85 if near else 0.6 if alone else 0.4, f"UK vehicle registration ({shape})")
        return found


_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}


def _is_a_word(letters: str) -> bool:
    """A common English word ("MEN", "THE"); a plate's three letters seldom are one so common."""
    from wordfreq import zipf_frequency

    return zipf_frequency(letters.lower(), "en") >= 4.5


_POLICE_WORDS = ["police", "constabulary", "crime", "incident", "occurrence", "officer", "officers", "arrest",
                 "arrested", "incident log", "police log", "cad", "storm", "niche", "athena", "pnc", "999 call",
                 "offence", "custody"]
# Prefixes of references that other agencies issue, even when police are in the sentence.
_AGENCY_PREFIXES = {"MARAC", "MAPPA", "EUSS", "NHS", "RIO", "HB", "CT", "DWP", "HO", "UKVI", "SS", "CSC", "ASC"}
_REFERENCE_WORDS = ["crime", "incident", "occurrence", "reference", "ref", "log", "case", "number", "no",
                    "record", "records", "id", "file", "tenancy", "account", "claim", "referral", "job",
                    "report", "status", "application", "nhs", "hospital", "patient", "rio", "systmone", "emis",
                    "mosaic", "liquidlogic", "lcs", "marac", "crn", "urn", "pnc"]
# A number that counts something is no record's ("Ref: 12345 words", "The log is 200 pages long", "Incident 4567,
# 365 days before her death"); a year or a range of years is no record's either ("The case was 2021-22").
_COUNTED = re.compile(
    r"\s*(?:[-–—]\s*)?(?:other\s+|more\s+|further\s+|separate\s+)?(?:words|pages|calls|entries|applications|people|"
    r"incidents|cases|crimes|days|years|months|weeks|hours|minutes|seconds|metres|meters|miles|km|times|others|"
    r"referrals|pounds|households|victims|women|men|children|staff|officers|percent|per\s+cent|%)\b"
    # (not "records", "reports", "logs", "visits": after a reference they are as often its verb, "Incident
    # 22-123456 records that officers attended")
    , re.IGNORECASE)
_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:\s*[/–-]\s*(?:(?:19|20)?[0-9]{2}))?")


def _counts_or_years(text: str, start: int, end: int) -> bool:
    """Whether the value at [start, end) is a count ("300 metres") or a year or a range of years ("2019/20")."""
    return bool(_YEARS.fullmatch(text[start:end]) or _COUNTED.match(text, end))


_LOGGED = re.compile(r"(?<![\w])(?:logged|log)(?![\w])", re.IGNORECASE)
_COURT_WORDS = ["court", "crown court", "magistrates", "trial", "sentenced", "sentencing", "hearing",
                "indictment", "judge", "convicted", "plea"]


class CaseReferenceRecognizer(DhrRecognizer):
    """Police, agency and court record references -> POLICE_REFERENCE, REFERENCE or COURT_CASE_NUMBER.

    Shapes: capital-letter prefixes with separators and digits (WP/21/018733, OCC/20/40218, MARAC/HT/21/118,
    EC-21-0093321, BDC/TEN/448120, EUSS-4418-2201-77), prefixes glued to six or more digits (HP2100447812),
    a records system followed by digits (RiO 4471823, which needs a record word nearby), Crown Court case numbers
    (T20237045), five or more digits over a two-digit year (47676/99, crime and application numbers), anything
    after "case number" / "reference:", and numbers with a slash after "no." / "nos." /
    "number" / "ref" / "application", with the rest of their list ("application no. 1520/06", "crime nos.
    12345/21 and 12346/21").

    Type: COURT_CASE_NUMBER for court case shapes or a court word nearby; POLICE_REFERENCE when a police word is
    in the sentence; REFERENCE otherwise. Score 0.85 (0.95 with a reference word next to it), metadata
    ``{"shape": ...}``. Domain acronyms alone (MARAC, DASH, COVID-19, ICD-10) are never reported: a reference
    needs at least five digits.
    """

    _SHAPES = [
        # a DVLA driving licence number, which spells its holder's surname and date of birth: five letters of the
        # surname (9s pad a short one), the decade, the month (plus 50 for a woman), the day, the year, two
        # initials, a digit and two check letters, glued or in the groups the card prints ("MORGA 753116 SM9IJ")
        ("licence", re.compile(
            r"(?<![\w/.-])[A-Z][A-Z9]{4}[ -]?[0-9][0156][0-9][0-3][0-9][0-9][ -]?[A-Z9]{2} ?[0-9] ?[A-Z]{2}"
            r"(?:[ -]?[0-9]{2})?(?![\w/-])")),
        ("prefixed", re.compile(
            r"(?<![\w/.-])[A-Z]{2,6}(?:[/-][A-Z]{2,6})*[/-][0-9]{2,}(?:[/-][0-9A-Z]{1,})*(?![\w/-])")),
        ("glued", re.compile(r"(?<![\w/.-])[A-Z]{1,4}[0-9]{6,}(?![\w/-])")),
        ("court", re.compile(r"(?<![\w/.-])[ASTU](?:19|20)[0-9]{2} ?[0-9]{4}(?![\w/-])")),
        # the court's own numbers, which nobody writes with a label beside them ("The family court case
        # (ZW22C00809) was adjourned."): a family court's (court code, year, type of case, serial: ZW22C00809,
        # FD22P86694) and a county court claim's (K33LV163; the online claims' 4YU17134). Three runs of capitals
        # and figures that end in figures, with five of them, are no word, plate, postcode or model of anything
        ("hmcts", re.compile(r"(?<![\w/.-])(?:[A-Z]{2}[0-9]{2}[A-Z][0-9]{5}|[A-Z][0-9]{2}[A-Z]{2}[0-9]{3}"
                             r"|[0-9][A-Z]{2}[0-9]{5})(?![\w/-])")),
        # a police log's serial of its day, as control rooms number calls ("logged as 1359 of 14/06/2022"): the
        # serial and the day name one call; only with a police word or "logged" in the sentence or a reference's
        # label before it ("Ref: 2408 of 14/06/2022"; "page 12 of 14/06/2022" is a page)
        ("of_day", re.compile(r"(?<![\w/.,£$€-])[0-9]{3,5}(?= of [0-3]?[0-9][/.][01]?[0-9][/.](?:[0-9]{4}|[0-9]{2})"
                              r"(?![\w/-]))")),
        # a Niche occurrence number: the year, an asterisk, the number ("22*123456"); prose multiplies with spaces
        ("niche", re.compile(r"(?<![\w/.*-])[0-9]{2}\*[0-9]{5,8}(?![\w/*-])")),
        # "47676/99", "12345/21": five or more digits over a year; a year range ("2019/20") has four
        ("slashed", re.compile(r"(?<![\w/.,-])[0-9]{5,7}/[0-9]{2}(?![\w/-])(?!,[0-9])")),
        ("system", re.compile(r"(?<![\w/.-])(?:[A-Z][A-Za-z]{1,9}) (?:no\.? |number |ref\.? )?[0-9]{5,}(?![\w/-])")),
        # (a label's colon may touch it, "Ref: 2022/HF/00123", "MASH reference: 234567"; a bank account's
        # number goes by its abbreviations too, "a/c no. 87654321", "acct 23456789", "acc 23456780")
        ("labelled", re.compile(
            r"(?<![\w])(?:case|crime|incident|occurrence|log|reference|ref|file|claim|account|job|a/c|acct|application"
            r"|acc(?=\.?\s*(?:no\b|number|[0-9])))\.?"
            r"(?=[\s:])(?:\s+(?P<named>number|no\.?|ref(?:erence)?\.?))?\s*:?\s*(?P<verb>(?:is|was)\s+)?"
            r"(?P<value>[A-Z0-9][A-Z0-9/-]{3,}[0-9])(?![\w/-])",
            re.IGNORECASE)),
        # the number of a document or an account that names its holder: "passport number 123456789", "sort code
        # 12-34-56", "driving licence MORGA753116SM9IJ", "IBAN GB29 NWBK 6016 1331 9268 19"; a word that is also
        # an ordinary noun ("policy", "card", "member") only with "number" or "no." after it
        # A number after such a name is the number whatever its check digit: a mistyped NHS number ("NHS number
        # 943 476 5918") or a National Insurance number with a letter out of HMRC's range still names its holder.
        ("identity", re.compile(
            r"(?<![\w])(?:(?:passport|(?:driving\s+)?licen[cs]e|sort\s+code|s/c(?=\s*[:–-]?\s*[0-9])|iban|brp|biometric\s+residence\s+"
            r"permit|bank\s+account|uci|ucrn|nino|mrn|upn|utr|imei|share\s+code)\s*\(?(?:\s*(?:number|no\.?))?"
            r"|(?:customer|patient|hospital|client|member(?:ship)?|policy|tenant|employee|staff|payroll|student|"
            r"pupil|prison(?:er)?|card|permit|benefits?|universal\s+credit|housing|council\s+tax|travel\s+document"
            r"|nhs|national\s+insurance|ni|chi|pnc|unique\s+pupil|unique\s+taxpayer|tax"
            # a records system's or a service's own number ("EMIS No. 1234568", "RiO ID: 1234567", "MASH ID
            # 234567", "Referral number: 123456")
            r"|emis|rio|systmone|mosaic|liquidlogic|lcs|eclipse|carefirst|paris|mash|referral|children's\s+services)"
            r"\s+\(?(?:number|no\.?(?=\s*[:(]?\s*[0-9A-Z])|id|reference|ref\.?))"
            r"\s*(?:(?:is|was|of)\s+)?[:–-]?\s*\(?"
            r"(?P<value>(?-i:(?=[A-Z0-9/ -]*[0-9][A-Z0-9/ -]*[0-9])"
            r"(?:[A-Z0-9][A-Z0-9/-]{3,}|[A-Z0-9]{2,3}(?= [A-Z0-9]{2,4}(?![\w/-])))"
            r"(?: [A-Z0-9]{1,4}(?![\w/-])){0,7}))"
            r"(?![\w/-])", re.IGNORECASE)),
        # a sort code beside its account number, as a bank's details are copied ("(18-62-43 79321166)"): the pair
        # is the account, with or without a label
        ("bank", re.compile(r"(?<![\w/.-])[0-9]{2}([ -])[0-9]{2}\1[0-9]{2}(?:\s*[,/]\s*|\s+)[0-9]{8}(?![\w/-])")),
        # a police force's crime reference in its own form, force code / serial / year ("43/12345/22"), with no
        # label; a year in the middle ("10/2021/22") is a date's or a list's
        # (spaces around its slashes too, as a form's boxes print it: "13 / 292346 / 23")
        ("force", re.compile(r"(?<![\w/.,-])[0-9]{2}( ?)/\1(?!(?:19|20)[0-9]{2}\1/)[0-9]{4,7}\1/\1[0-9]{2}"
                             r"(?![\w/-])(?!,[0-9])")),
        # "application no. 1520/06", "file nos. 2004/351 and 2004/352", "crime no. 12345/21": numbers with a
        # slash after "no." / "number" / "ref" / "application"; the rest of a list is taken by _LIST_NEXT.
        ("numbered", re.compile(
            r"(?<![\w])(?:nos?|numbers?|refs?|references?|applications?)\.?\s*:?\s*\(?\s*"
            # (a group of three split off by a space, or a space either side of the slash: "ref 918 521/21",
            # "crime no. 13 / 292346 / 23")
            r"(?P<value>[0-9]{1,8}(?: [0-9]{3})?(?:-[0-9]{1,8})?(?: ?/ ?[0-9]{1,8})+)(?![\w/-])", re.IGNORECASE)),
    ]
    # what a shape cannot match without, searched for first: most texts hold a year at most
    _SHAPE_NEEDS = {"licence": re.compile(r"[0-9]{6}"),
                    "prefixed": re.compile(r"[/-][0-9]{2}"), "glued": re.compile(r"[0-9]{6}"),
                    "court": re.compile(r"[0-9]{4}"), "of_day": re.compile(r"[0-9]{3} of [0-9]"), "hmcts": re.compile(r"[0-9]{3}"), "niche": re.compile(r"\*[0-9]{5}"), "slashed": re.compile(r"[0-9]{5}"),
                    "system": re.compile(r"[0-9]{5}"), "bank": re.compile(r"[0-9]{8}"), "force": re.compile(r"/ ?[0-9]{4}"),
                    # (the words grouped by their first letter: the engine tries a third as many branches at each
                    # place of the text, twice as fast)
                    "identity": re.compile(r"(?i:p(?:assport)|l(?:icen[cs]e)|s(?:ort\s+code|/c|hare\s+code)|i(?:ban|mei)"
                                           r"|b(?:rp|iometric|ank\s+account)|u(?:ci|crn|pn|tr)|nino|mrn"
                                           r"|\s\(?(?:number|no\.?|id|ref(?:erence)?)(?!\w))")}
    _LIST_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)"
                            r"(?P<value>[0-9]{1,8}(?:-[0-9]{1,8})?(?:/[0-9]{1,8})+)(?![\w/-])")
    ENTITIES = (POLICE_REFERENCE, REFERENCE, COURT_CASE_NUMBER)
    _SHARE_CODE = re.compile(r"[A-Z0-9]{3}[ -]?[A-Z0-9]{3}[ -]?[A-Z0-9]{3}")

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_language)
        self._police = words_pattern(_POLICE_WORDS)
        self._reference = words_pattern(_REFERENCE_WORDS)
        self._court = words_pattern(_COURT_WORDS)

    def _entity_type(self, text: str, start: int, end: int, shape: str) -> str:
        if shape in ("court", "hmcts"):
            return COURT_CASE_NUMBER
        left, right = sentence_bounds(text, start, end)
        before = text[max(left, start - 40):start]
        if self._court.search(before) or (shape == "labelled" and self._court.search(text, left, right)):
            return COURT_CASE_NUMBER
        if value_prefix := re.match(r"[A-Z]+", text[start:end]):
            if value_prefix.group() in _AGENCY_PREFIXES:
                return REFERENCE
        # A chronology row names the agency in another cell: then the whole row is the context.
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if "|" in text[line_start:line_end]:
            left, right = line_start, line_end
        if self._police.search(text, left, right):
            return POLICE_REFERENCE
        return REFERENCE

    def _with_lists(self, matches, text: str):
        """Each numbered reference, then every further one of the list it opens ("nos. 1/22, 3/22 and 4/22")."""
        for m in matches:
            yield m
            while (m := self._LIST_NEXT.match(text, m.end("value"))) is not None:
                yield m

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _DIGIT.search(text):
            return []   # every shape holds digits
        spans: list[tuple[int, int, str]] = []
        for shape, pattern in self._SHAPES:
            needed = self._SHAPE_NEEDS.get(shape)
            if needed is not None and not needed.search(text):
                continue
            for m in self._with_lists(pattern.finditer(text), text) if shape == "numbered" \
                    else pattern.finditer(text):
                start, end = (m.start("value"), m.end("value")) if shape in ("labelled", "numbered", "identity") \
                    else m.span()
                value = text[start:end]
                digits = sum(c.isdigit() for c in value)
                # after "no." a slashed number is a record number with four digits ("file no. 3/176"; not "12/3"),
                # as is one a document's name labels ("prison number A1234BC")
                # (a Home Office share code is nine letters and digits in threes, "W9X-4HK-7PQ", a few of them digits)
                if shape == "of_day":
                    left, right = sentence_bounds(text, start, end)
                    if not (self._police.search(text, left, right) or _LOGGED.search(text, left, right)
                            or context_near(text, start, end, self._reference, window=20)):
                        continue
                elif digits < (4 if shape in ("numbered", "identity") else 5) and not (
                        shape == "identity" and self._SHARE_CODE.fullmatch(value)):
                    continue
                if shape == "system":
                    word = value.split(" ", 1)[0]   # the shape opens with the word, then a space
                    # "Act 2004", "Section 12345" or a sentence-initial word is no records system.
                    if word in DOMAIN_ACRONYMS or word.lower() in {"section", "act", "page", "paragraph",
                                                                  "para", "room", "flat", "unit", "pc", "ps",
                                                                  "dc", "ds", "sgt", "insp"}:
                        continue
                    # a value standing alone (a property, a table cell) is a record number by itself
                    if text.strip() != value and not context_near(text, start, end, self._reference, window=50):
                        continue
                if shape == "labelled" and not any(c.isdigit() for c in value[-3:]):
                    continue
                # "The case was 2021-22", "Ref: 12345 words": a year or a count after a label; "was" follows a
                # label only when the label names the number ("the reference was 00149-2023")
                if shape in ("labelled", "numbered", "identity", "system") and _counts_or_years(text, start, end):
                    continue
                if shape == "labelled" and m.group("verb") and not (
                        m.group("named") or m.group().lower().lstrip().startswith(("ref", "reference"))):
                    continue
                if any(s < end and start < e for s, e, _ in spans):
                    continue
                spans.append((start, end, shape))
        types = {(start, end): self._entity_type(text, start, end, shape) for start, end, shape in spans}
        # One reference is one kind of record wherever the text repeats it.
        by_value: dict[str, set[str]] = {}
        for (start, end), entity_type in types.items():
            by_value.setdefault(text[start:end], set()).add(entity_type)
        found = []
        for start, end, shape in spans:
            kinds = by_value[text[start:end]]
            entity_type = next(t for t in (COURT_CASE_NUMBER, POLICE_REFERENCE, REFERENCE) if t in kinds)
            if not wanted(entities, entity_type):
                continue
            near = context_near(text, start, end, self._reference, window=30)
            found.append(result(self, entity_type, start, end, 0.95 if near else 0.85, f"{shape} reference",
                                shape=shape))
        return found


class PaymentCardRecognizer(CreditCardRecognizer):
    """Payment card numbers ("4111 1111 1111 1111", "5555-5555-5555-4444"), an economic-abuse section's bank card
    -> REFERENCE: Presidio's recogniser, whose Luhn check drops other long numbers; it scores 1.0 when the check
    digit holds. Written in groups, a number is a card's only with a card or bank word in its sentence: one
    flattened table row in ten of four-digit figures passes the check ("referrals by year 1520 1634 1702 1818")."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_language=supported_language, supported_entity=REFERENCE,
                         name="PaymentCardRecognizer")
        # our recognisers score context once, themselves (``_CARD_WORDS`` below): Presidio's enhancer gets none
        self.context = []

    # what the pattern needs, looked for first: thirteen digits or more, perhaps in groups
    _NEEDED = re.compile(r"[0-9]{4}[- ]?[0-9]{3}")

    # (a card's own words: "payments" and "account" head tables of figures too)
    _CARD_WORDS = words_pattern(["card", "cards", "visa", "mastercard", "amex", "maestro", "debit", "credit",
                                 "contactless", "pin", "cardholder"])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if not regex_flags and not self._NEEDED.search(text):
            return []
        return [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                if text[r.start:r.end].isdigit() or context_near(text, r.start, r.end, self._CARD_WORDS, window=80)]


_DIGIT_DOT_DIGIT = re.compile(r"[0-9]\.[0-9]")


class IpAddressRecognizer(DhrRecognizer):
    """IP addresses -> REFERENCE, 0.85: the address a message or a login came from ("sent from IP address
    81.2.69.160") points at a home. An IPv6 address ("2001:db8::8a2e:370:7334") on its own; four numbers with
    dots only with "IP" or a network word in the sentence, since a report numbers its paragraphs so too ("see
    2.1.3.4"). Both must be valid addresses (the standard library's ``ipaddress``)."""

    _IPV4 = re.compile(r"(?<![\w.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![\w]|\.[0-9])")
    _IPV6 = re.compile(r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}"
                       r"(?![\w:])")
    CONTEXT = ["ip", "i.p.", "internet protocol", "router", "wifi", "wi-fi", "network", "logged in", "login",
               "log-in", "server", "vpn", "isp", "broadband"]
    ENTITIES = (REFERENCE,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        import ipaddress

        # (most texts have neither: an IPv4 address has digits around its dots, an IPv6 one two colons or more)
        patterns = [(pattern, needs_context) for pattern, needs_context, present in (
            (self._IPV4, True, _DIGIT_DOT_DIGIT.search(text)), (self._IPV6, False, text.count(":") >= 2)) if present]
        found = []
        for pattern, needs_context in patterns:
            for m in pattern.finditer(text):
                try:
                    ipaddress.ip_address(m.group())
                except ValueError:
                    continue
                if needs_context and not self.context_supports(text, m.start(), m.end(), window=80):
                    continue
                found.append(result(self, REFERENCE, m.start(), m.end(), 0.85, "IP address", shape="ip"))
        return found


class CollarNumberRecognizer(DhrRecognizer):
    """Police collar (shoulder) numbers after a rank (PC 4471, DC 2231, PS 118) -> COLLAR_NUMBER, 0.9.

    The span is the number alone: the rank is not identifying and stays readable ("PC [number]"); a name after
    the number is the person recogniser's. Metadata ``{"rank": "PC"}``.
    """

    _COLLAR = re.compile(r"(?<![\w])(?P<rank>PCSO|PC|DC|PS|DS|Sgt|SGT|Sergeant|Constable|DSgt|TDC|SC)\.?"
                         r"\s?(?P<number>[0-9]{2,6})(?![\w/.-])(?!,[0-9])")
    ENTITIES = (COLLAR_NUMBER,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _DIGIT.search(text):
            return []
        return [result(self, COLLAR_NUMBER, m.start("number"), m.end("number"), 0.9, "police collar number",
                       rank=m.group("rank"))
                for m in self._COLLAR.finditer(text)]


# Labels that police, courts and MARACs put before their own numbers; the number after one is a reference
# whatever its shape ("PNC ID 07/123456A", "custody number 01234567", "URN 42XY1234521", "Storm log 1234").
_ID_LABEL = re.compile(
    r"(?<![\w])(?P<label>PNC|CRO|[Cc]ustody|URN|CAD|STORM|Storm|Niche|NICHE|Athena|ATHENA|MARAC|Marac|[Cc]rime|"
    r"CRN|[Ii]ncident|[Oo]ccurrence|[Cc]ourt|[Cc]laim|[Cc]ase|[Ll]og)(?P<plural>s)?"
    r"(?:\s+(?P<label_word>ID|Id|id|record|reference|ref\.?|number|no\.?|log|case|file|report|occurrence|incident)"
    r"(?P<plural_label>s)?)*"
    r"\s*(?:is|was|:|-|–|#)?\s*(?P<value>[A-Z0-9][A-Z0-9/-]*[0-9][A-Z0-9/-]*)(?![\w/-])")
# A Police National Computer or Criminal Records Office number keeps its shape without a label: a year, a
# serial number and a check letter ("19/448120T", "2019/0448120T"; CRO "123456/19X").
_PNC_SHAPE = re.compile(r"(?<![\w/.-])(?:(?:19|20)?[0-9]{2}/[0-9]{5,7}|[0-9]{5,6}/[0-9]{2})[A-Z](?![\w/-])")
# the rest of a labelled list: "Logs 456 and 457", "URNs 12AB3456789 & 12AB3456790", "CAD 1234, 1240 and 1302";
# an item is one of the list only with as many digits as the first, give or take one ("Incident 4567, 365 days
# before" goes on to a count)
_ID_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+|\s*&\s*)"
                           r"(?P<value>[A-Z0-9][A-Z0-9/-]*[0-9][A-Z0-9/-]*)(?![\w/-])")
_SERVICE_NUMBERS = {"101", "999", "111", "112"}   # "a crime 101 call" names the police line, not a crime
# A police system's own name, or a word that names the number ("incident number", "log ref"), says the number after
# it is that record's even where it reads as a year: a control room's CAD or Storm serial restarts daily, so one in
# five is 1900-2099 ("CAD 1996 was raised at 22:14"); after a bare "incident" or "court" a year is the year.
_SYSTEM_LABELS = {"pnc", "cro", "urn", "cad", "storm", "niche", "athena", "crn"}
_NUMBER_WORDS = re.compile(r"(?i:id|reference|ref\.?|number|no\.?)")
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_DATE_LIKE = re.compile(r"[0-9]{1,2}[/-][0-9]{1,2}[/-][0-9]{2,4}")
_DAY_AND_MONTH = re.compile(r"[0-3]?[0-9]/[01]?[0-9]")


class PoliceIdRecognizer(DhrRecognizer):
    """Police National Computer and Criminal Records Office numbers, and any number after a label police,
    courts or a MARAC put before their own ("PNC 19/448120T", "PNC ID 07/123456A", "custody number 01234567",
    "URN 42XY1234521", "Storm log 1234", "MARAC ref MAR-2021-0412") -> POLICE_REFERENCE (COURT_CASE_NUMBER
    after a court or claim label, REFERENCE after a MARAC label).

    The PNC shape with its check letter scores 0.9 alone; a labelled value 0.85 when it has three digits or
    more and is no date or year ("MARAC 2019", "incident on 12/03/2021" are not references). Metadata
    ``{"shape": "pnc" | "labelled"}``.
    """
    ENTITIES = (POLICE_REFERENCE, COURT_CASE_NUMBER, REFERENCE)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _DIGIT.search(text):
            return []   # both the shape and a labelled value hold digits
        found: list[tuple[int, int, str, float, str]] = []
        for m in _PNC_SHAPE.finditer(text):
            found.append((m.start(), m.end(), POLICE_REFERENCE, 0.9, "pnc"))
        first_digits, label = 0, ""
        for m in self._with_lists(_ID_LABEL.finditer(text), text):
            start, end = m.span("value")
            value = m.group("value").rstrip("/-")
            end = start + len(value)
            digits = sum(c.isdigit() for c in value)
            labelled = "label" in m.groupdict()
            if labelled:
                label, first_digits = m.group("label").lower(), digits
            # (a list goes on only while its items are numbers of the first one's kind)
            ok = bool(label) and digits >= 3 and not (_DATE_LIKE.fullmatch(value) or _DAY_AND_MONTH.fullmatch(value)
                                                or value in _SERVICE_NUMBERS or _counts_or_years(text, start, end))
            if not ok and labelled and _FOUR_DIGITS.fullmatch(value) and not _COUNTED.match(text, end):
                named = m.group("label_word")
                ok = label in _SYSTEM_LABELS or bool(named and _NUMBER_WORDS.fullmatch(named))
            if ok and labelled and (m.group("plural") or m.group("plural_label")):
                # "Incidents: 312 were recorded", "Crimes: 1245 ...": a plural label is a list's, or a count's;
                # "Courts 1 and 2" are rooms
                ok = label != "court" and bool(_ID_LIST_NEXT.match(text, m.end("value")))
            if ok and not labelled:
                ok = abs(digits - first_digits) <= 1
            if not ok:
                label = ""
                continue
            if any(s < end and start < e for s, e, *_ in found):
                continue
            if label in ("court", "claim"):
                entity_type = COURT_CASE_NUMBER
            elif label == "marac":
                entity_type = REFERENCE
            elif label in ("case",):
                # "case 2021-0412" is anyone's case: labelled, but only a court makes it a court's
                if not any(c.isalpha() for c in value) and len(value) < 6:
                    continue
                entity_type = REFERENCE
            else:
                entity_type = POLICE_REFERENCE
            found.append((start, end, entity_type, 0.85, "labelled"))
        return [result(self, entity_type, start, end, score, f"{shape} reference", shape=shape)
                for start, end, entity_type, score, shape in sorted(found) if wanted(entities, entity_type)]

    @staticmethod
    def _with_lists(matches, text: str):
        """Each labelled value, then every further one of the list it opens."""
        for m in matches:
            yield m
            while (m := _ID_LIST_NEXT.match(text, m.end("value"))) is not None:
                yield m


# Land and property registers number plots, parcels and titles; a number after one of their labels identifies
# the property (and its owner) whatever its shape: "plot no. 142, sheet/plan 33/29", "plots nos. 260, 268,
# 119/5 and 425", "registration no. D-4840", "title number WYK123456"
_REGISTER_VALUE = r"[A-Z]{0,3}-?[0-9]+(?:[./-][0-9A-Z]+)*"
_REGISTER = re.compile(
    r"(?<![\w])(?:plots?|parcels?|land\s+registry|title|registration|folio|cadastral)\s+"
    rf"(?:nos?\.|numbers?|No\.?)\s*:?\s*(?P<value>{_REGISTER_VALUE})(?![\w/-])"
    r"(?!\s(?-i:[A-Z]{2,3})(?![\w]))", re.IGNORECASE)   # "registration number T61 TBX" is a vehicle's, whole
_REGISTER_NEXT = lazy(re.compile,
    rf"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(?:(?:sheet/plan|sheet|plan)\s+)?(?P<value>{_REGISTER_VALUE})"
    r"(?![\w/-])(?!\s+(?:years?|days?|months?|per|m|km|hectares?|acres?)\b)")


class PropertyRegisterRecognizer(DhrRecognizer):
    """Numbers a land or property register gives a plot, a parcel, a title or a registration, with the rest of
    their list and the sheet or plan they are on ("plots nos. 260, 268 and 425", "plot no. 142, sheet/plan
    33/29", "registration no. D-4840") -> REFERENCE, 0.85. The label is the evidence: the number may be short."""
    ENTITIES = (REFERENCE,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _DIGIT.search(text):
            return []   # a register number holds digits
        found = []
        for first in _REGISTER.finditer(text):
            m: re.Match[str] | None = first
            while m is not None:
                found.append(result(self, REFERENCE, m.start("value"), m.end("value"), 0.85, "register number",
                                    shape="register"))
                m = _REGISTER_NEXT.match(text, m.end("value"))
        return found
