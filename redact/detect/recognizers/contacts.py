"""Contact details: UK telephone numbers, e-mail addresses, social media handles, web addresses.

Everything here is offline: phone numbers come from ``phonenumbers`` metadata shipped in the package, and e-mail
and web addresses from our own patterns, because Presidio's recognisers for those call ``tldextract``, which
fetches the public suffix list over the network on first use.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import phonenumbers
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ...entities import EMAIL_ADDRESS, PHONE_NUMBER, SOCIAL_HANDLE, URL
from ...glued import introduced_usernames
from ...lazy_patterns import lazy
from ...nearby import ending_at
from ._common import DhrRecognizer, context_near, inflected, result, sentence_bounds, wanted, words_pattern


# eleven digits or more, perhaps in groups: what an international number without its "+" needs
_ELEVEN_DIGITS = re.compile(r"[1-9](?:[ -]?[0-9]){10}")

# The words people write before or around a number: labels and nouns, and every form of the verbs. The lists
# were typed out form by form once, and "Mob (India):", "reached on", "ring me", "rang her from" each survived.
_PHONE_NOUNS = ["phone", "phones", "telephone", "tel", "mob", "mobile", "mobiles", "cell", "cellphone", "landline",
                "whatsapp", "viber", "signal", "sms", "number", "contact", "caller", "callers"]
_PHONE_VERBS = inflected(["call", "ring", "phone", "text", "message", "whatsapp", "dial", "reach", "contact",
                          "facetime"]) + ["reachable"]


@functools.lru_cache(maxsize=1)
def _regions_by_country_name() -> dict[str, str]:
    """Region codes by the country's English name, as ``phonenumbers`` ships them ("poland" -> "PL"): a
    country named beside a number in its national form says which country's plan it is read in."""
    region_names = _region_names()
    names: dict[str, str] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        example = phonenumbers.example_number(region)
        name = _country_name_of(example, region_names) if example is not None else ""
        if name:
            names.setdefault(name.lower(), region)
    return names


def _region_names() -> dict[str, dict[str, str]]:
    """``phonenumbers``' names of the regions by language (its ``geodata/locale.py``), read without importing
    ``phonenumbers.geodata``: that package's ``__init__`` loads every area prefix's place names, about 97 MB that
    stayed resident for a country's name (the 96,670-word .docx's apply peaked at 527 MB, 430 MB without)."""
    import importlib.util

    where = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    # named inside phonenumbers.geodata so that its "from ..util import u" finds phonenumbers.util
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", where)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LOCALE_DATA


def _country_name_of(number, region_names: dict[str, dict[str, str]]) -> str:
    """``phonenumbers.geocoder.country_name_for_number(number, "en")``, on the region names alone."""
    regions = phonenumbers.region_codes_for_country_code(number.country_code)
    if len(regions) != 1:
        valid = [region for region in regions if phonenumbers.is_valid_number_for_region(number, region)]
        if len(valid) > 1:   # valid in several of the code's regions: no one country
            return ""
        regions = tuple(valid) or ("ZZ",)
    names = region_names.get(regions[0], {})
    name = names.get("en", "")
    return names.get(name[1:], "") if name.startswith("*") else name


class UkPhoneRecognizer(DhrRecognizer):
    """UK telephone numbers (07700 900418, 0113 496 0327, +44 20 7946 0381), and any country's number written in
    international form (+92 300 1234567, 0048 512 345 678, +1 (415) 555-0134) -> PHONE_NUMBER.

    Score 0.9 for a number ``phonenumbers`` calls valid, 0.75 for a well-formed UK number it does not (Ofcom's
    drama ranges such as 07700 900xxx, used in fictional and training text, are deliberately unallocated) and for
    an international one it calls possible (a family's number abroad in a range the metadata does not know yet is
    still a number: prose writes no other digits after "+" and a country code).
    Metadata ``{"e164": "+447700900418"}``.
    """

    _WRITTEN_AS_PHONE = re.compile(r"^\(?(?:\+\s?\d|0)")
    _INTERNATIONAL = re.compile(r"^\(?(?:\+|00)")
    # Groups of digits that a matcher may take for a number but that are other identifiers: glued to a word or
    # a hyphen before them. A slash before a number is a list's ("0113 496 0301/07700 900302", "home/07700…").
    # An underscore is a file name's or an identifier's space ("call_07700900123.m4a", "Tel_+447700900123"): no glue.
    _GLUED_BEFORE = re.compile(r"[^\W_]|-")
    # After a number: a slash or a hyphen opens the number's other endings, which the number takes with it
    # ("07700 900141/142", "0113 496 0503/4", "07700 900 320/1/2", "07700 900 510-511"), or the next item of a
    # list ("…0301/07700 900302", "…0301/0113 496 0302", "…505 (personal)/…", "…502/ was"); digits that go on
    # otherwise make the groups part of another identifier ("0113 496 0301/20234", "01134960301-12345"); a year
    # after the slash is another matter's ("0113 496 0301/2019 contact sheet")
    _OTHER_ENDINGS = re.compile(r"(?!/(?:19|20)[0-9]{2}(?![0-9]))(?:/[0-9]{1,4})+(?![\w/-]| [0-9])"
                                r"|-[0-9]{1,4}(?![\w/-]| [0-9])")
    _LIST_AFTER = re.compile(r"/(?![0-9])|/\s*\(?(?:\+|0)|/(?=(?:19|20)[0-9]{2}(?![\w/-]))|-(?![0-9/-])")
    # Where a number taken below starts: written as a phone number, not glued to what is before it
    # (the same starts as _WRITTEN_AS_PHONE: "+" and any country code, "00", "0", "(0", "(+")
    # a label run into the number ("mob07700900134", "Tel07700 900123"): the number is still one
    _LABELS = ("mob", "mobile", "tel", "telephone", "phone", "ph", "cell", "whatsapp")
    # (the lookahead for what every start opens with lets the engine pass every other character with one test:
    # the look-behinds first kept it from skipping)
    _NUMBER_START = re.compile(r"(?=[(+0])(?:(?<![^\W_])(?<!-)|" + "|".join(f"(?<=(?i:{label}))" for label in _LABELS)
                               + r")\(?(?:\+\s?\d|0)")
    # (the test that skips a text: the same places; ``_missed_starts`` reads from each of them)
    _TAKEN_START = _NUMBER_START
    ENTITIES = (PHONE_NUMBER,)

    # A line break or a tab inside a number: a hard-wrapped .txt or e-mail ("07700 900\n130"), a break or a tab
    # typed in Word. The matcher stops at it, and neither half is a number.
    _BROKEN = re.compile(r"(?:(?<=[0-9])|(?<=[0-9][.-]))[ \t]*(?:\r\n|[\r\n\t\v\f\u2028\u2029])[ \t]*(?=[0-9(])")


    # a capital or small O typed for a zero among a number's digits ("O7700 900 215", "07700 9OO 218")
    _LETTER_O = re.compile(r"(?<![^\W\d_])(?=[0-9Oo]*[0-9])(?=[0-9Oo]*[Oo])[0-9Oo]{2,}(?![^\W\d_])")

    # an underscore between a number's groups: a bookmark's, a file's or an export's name ("_44_7700_900754",
    # "call_07700_900123.m4a", "+44_(0)7700_900123"); read as the space it stands for (the same length: the spans
    # hold)
    _UNDERSCORED = re.compile(r"(?<=[0-9)])_(?=[0-9(+])")

    # ... and a number only that reading finds is one where the underscores stand between groups a number is written
    # in: a country code ("+44", "0044", "44") or a trunk "0" and a code of two to four digits, then groups of two or
    # more digits; the counters, dates and times of file names are not ("Case_0001_0002_0003", "row_0_1_2_3_4_5_6",
    # "export_20241028_030716_0001.csv")
    _GROUPED_AS_A_PHONE = re.compile(r"(?:(?:\+|00)?[1-9][0-9]{0,2}(?:[_ ]?\(0\))?|\(?[0O][1-9][0-9Oo]{1,3}\)?)"
                                     r"(?:(?:[_ .-]|(?<=\)))\(?[0-9Oo]{2,}\)?)+(?:[/-][0-9]{1,4})*")

    # An international number made a name by joining its groups with underscores, its "+" and the brackets of its
    # "(0)" dropped: a mail merge's field ("MERGEFIELD 353_0_719324370" of "+353 (0) 719324370"), a bookmark's or
    # an export's name ("44_7700900754"). The underscores are its cue: a count or a date is not joined that way
    # into a valid number of a country families come from
    _COUNTRY_CODE_JOINED = re.compile(r"(?<![^\W_])(?:00)?(?P<code>[1-9][0-9]{0,2})(?P<trunk>_0)?"
                                      r"(?P<rest>(?:_[0-9]{2,})+)(?![^\W_])")

    # (the countries a review's families come from, as the readers without "+" below take them; set after the class)
    _JOINED_CODES: frozenset[int] = frozenset()

    def _country_code_joined(self, text: str, found: list) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in self._COUNTRY_CODE_JOINED.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in found) \
                    or self._DATE_AMONG.search(m.group().replace("_", " ")):
                continue
            try:
                number = phonenumbers.parse("+" + m.group("code") + m.group("rest").replace("_", ""), None)
            except phonenumbers.NumberParseException:
                continue
            national = str(number.national_number)
            if (phonenumbers.is_valid_number(number) or number.country_code == 44 and len(national) == 10
                    and national[0] == "7") and number.country_code in self._JOINED_CODES:   # (Ofcom's drama range)
                out.append(result(self, PHONE_NUMBER, m.start(), m.end(), 0.75, "international number joined by "
                                  "underscores", e164=phonenumbers.format_number(number,
                                                                                 phonenumbers.PhoneNumberFormat.E164)))
        return out

    # A number's extension after it: "(ext 214)", "ext. 214", "extn 214", "x214", "extension 214", "Ext: 214",
    # "(Extn. 214)". Part of the contact detail: it goes with the number, in one replacement ("[phone]", not
    # "[phone] (ext 214)"). Only after a number found here ("an extension of the tenancy" and "x 2 visits" stand
    # after none); a bracket opened before it is taken only with its closing one.
    _EXTENSION_AFTER = re.compile(
        r"[ \t]*(?:(?P<open>\()[ \t]*)?(?:(?i:ext(?:n|ension)?)(?:[ \t]*[.:#])?[ \t]*|(?P<times>(?i:x))[ \t]?)"
        r"(?:no\.?[ \t]*)?[0-9]{1,6}(?![\w/.,:-][0-9]|[\w])(?(open)[ \t]*\))")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if "_" in text and self._UNDERSCORED.search(text):
            written = text
            found = [r for r in self._found(self._UNDERSCORED.sub(" ", text))
                     if "_" not in written[r.start:r.end] or self._GROUPED_AS_A_PHONE.fullmatch(written[r.start:r.end])]
            found += self._country_code_joined(text, found)
            return self._with_extensions(text, found)
        return self._with_extensions(text, self._found(text))

    def _with_extensions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        if "x" not in text and "X" not in text:
            return found
        for r in found:
            if (extension := self._EXTENSION_AFTER.match(text, r.end)) is not None and not (
                    extension.group("times") and self._COUNTED_AFTER_AN_EXTENSION.match(text, extension.end())):
                r.end = extension.end()
        return found

    # "07700 900123 x 2 visits", "x 3 calls": a count after a times sign, no extension
    _COUNTED_AFTER_AN_EXTENSION = re.compile(r"[ \t]+(?!(?:as|is|was|has|this|its|his)(?![\w]))[a-z]+s(?![\w])")

    def _found(self, text: str) -> list[RecognizerResult]:
        found = self._digits_read(text)
        if self._LETTER_O.search(text):
            # read again with each such O as a zero (the same length: the spans hold); a number only this
            # reading finds is one the letters hid
            zeroed = self._LETTER_O.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), text)
            found += [r for r in self._digits_read(zeroed) if not any(r.start < f.end and f.start < r.end
                                                                      for f in found)]
        found += self._after_a_phone_word(text, found)
        return found + self._regrouped_near_a_cue(text, found)

    # Digits straight after a phone word, written as no program writes a number: a UK mobile without its 0
    # ("number was 7700 900123") or a family's number abroad in its own country's national form, without "+48"
    # ("his number was 601 234 567", "Her number in Poland was 512 345 678", "ring me 794 610 248"). Nine to
    # eleven digits in groups (seven or more with the country named); a number only where ``phonenumbers`` calls it valid in a country named between the
    # cue and the number, in the UK (with the 0 put back), or in a country a review's families often come from.
    # The cue: a phone noun, someone's (or a nationality's) number, or any form of a phone verb with its object
    # and "on"/"at"/"from"; then perhaps where the number is ("in Poland", "(India)").
    _PHONE_WORD_BEFORE = re.compile(
        r"(?<![\w])(?:(?i:(?:tele|cell)?phone|mobile|mob|tel|cell|whatsapp|viber|landline)"
        r"|(?:(?i:her|his|their|my|your|our|contact|home|work|new|old|other)|(?P<people>[A-Z][a-z]+))\s+"
        # (someone's: "her mother's number", "his aunt’s mobile number")
        r"(?:(?i:[a-z]+(?:-in-law)?['’]s)\s+)?"
        r"(?i:(?:phone|mobile|telephone|contact|landline)\s+)?(?i:number|no\.?)"
        r"|(?i:" + "|".join(_PHONE_VERBS) + r")(?:\s+(?i:her|him|them|me|us|you|back)"
        r"|\s+(?i:her|his|their)\s+[a-z]+(?:-in-law)?)?(?:\s+(?i:on|at|from))?)"
        r"(?P<where>\s+(?i:in|from|for)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|\s*\([^()\n]{2,30}\))?"
        r"(?:\s+(?i:number|no\.?))?(?:\s+(?i:is|was|of|as))?\s*[:.#–-]?\s*$")
    # (an area code in brackets, as North America writes it: "(212) 555-0182")
    _NATIONAL_DIGITS = re.compile(r"(?<![\w+/.(-])(?:\([1-9][0-9]{1,4}\) ?|[1-9][0-9]{1,4})(?:[ -]?[0-9]{2,7}){1,3}"
                                  r"(?![\w/-]|[.,][0-9])")
    _NATIONAL_REGIONS = ("PL", "RO", "LT", "LV", "BG", "SK", "CZ", "HU", "PT", "ES", "IT", "FR", "DE", "IE", "NL",
                         "UA", "TR", "IN", "PK", "BD", "NG", "GH", "SO", "IQ", "IR", "AF", "CN", "PH", "US",
                         # the Caribbean's countries of the North American plan ("(876) 927-1234" is Jamaica's)
                         "JM", "TT", "BB", "GD", "LC", "VC", "DM", "AG", "KN", "BS", "CA")
    _COUNTRY_WORDS = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}")

    # what a nationality adds to its country's name, or puts for its end ("Lithuania-n", "Pol-ish", "Pakistan-i")
    _PEOPLE_ENDINGS = ("ian", "an", "ish", "ese", "i", "n")

    def _named_regions(self, where: str | None, people: str | None = None) -> list[str]:
        """The regions of the countries named in a cue's "in Poland" or "(India)", the longest name first, or
        of the one country whose name a nationality before "number" opens with ("His Lithuanian number")."""
        names = _regions_by_country_name()
        regions = []
        if people:
            for ending in self._PEOPLE_ENDINGS:
                stem = people[:-len(ending)].lower() if people.endswith(ending) else ""
                matching = {region for name, region in names.items() if len(stem) >= 3 and name.startswith(stem)}
                if len(matching) == 1:
                    regions.append(matching.pop())
                    break
        if not where:
            return regions
        for m in self._COUNTRY_WORDS.finditer(where):
            words = m.group().split()
            for n in range(len(words), 0, -1):
                region = names.get(" ".join(words[:n]).lower())
                if region:
                    regions.append(region)
                    break
        return regions

    def _after_a_phone_word(self, text: str, found: list) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in self._NATIONAL_DIGITS.finditer(text):
            digits = re.sub(r"[ ()-]", "", m.group())
            if not 7 <= len(digits) <= 11 or any(r.start < m.end() and m.start() < r.end for r in found):
                continue
            cue = ending_at(self._PHONE_WORD_BEFORE, text, m.start())
            if cue is None:
                continue
            named = self._named_regions(cue.group("where"), cue.group("people"))
            # a country's own plan says how long its numbers are (Lithuania's mobiles have eight digits): shorter
            # than nine only in a country named beside it
            for region in (*named, *(("GB", *self._NATIONAL_REGIONS) if len(digits) >= 9 else ())):
                try:
                    number = phonenumbers.parse(("0" if region == "GB" else "") + digits, region)
                except phonenumbers.NumberParseException:
                    continue
                national = str(number.national_number)
                uk_mobile = region == "GB" and len(national) == 10 and national[0] == "7"
                if phonenumbers.is_valid_number_for_region(number, region) or uk_mobile:
                    out.append(result(self, PHONE_NUMBER, m.start(), m.end(), 0.75, "telephone number in national form",
                                      e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
                    break
        return out

    # A run of nine to fifteen figures in any grouping a person copies a number in ("212 5550 147", "0612-345-678",
    # "(0-312)-47533", "81.23.45.96.07"), with a word of contact in its sentence or a weak one just before it: a
    # number where ``phonenumbers`` calls it valid in a country named in the sentence, the UK or a country
    # families come from, nationally (with or without the trunk "0") or internationally without its "+". Found
    # by brief "phonegroups": "Her cousin in Texas is on 2125550147", "He texted from 06 12 34 56 78", "Call
    # 0612-345-678." were left: the readers above take only the country's own groups or a number after a cue
    # starting with 1-9.
    _RUN_SEPARATOR = r"(?:\s?[.-]\s?|\s|\)[\s.-]?|[\s.-]?\()"
    _RUN = re.compile(r"(?<![\w+/.,:£$€#&-])\(?[0-9]+(?:" + _RUN_SEPARATOR + r"[0-9]+)*\)?"
                      r"(?![\w/&%-]|[.,:][0-9])")
    # a weak cue stands just before the number ("is on 2125550147", "wrote 212 5550 147", "texted from …"), or a
    # contact line's label opens the line ("M: 0612 34 54 14", "Home - …")
    # ("No." and "ID" are no cue: an application's, a person's or a record's number follows them as often)
    _WEAK_CUE_BEFORE = re.compile(r"(?<![\w])(?i:on|from|wrote|written|writes|showed|shows)\s*[:.#–-]?\s*$"
                                  r"|^\s*(?i:[mthwp]|tel|mob|ph|home|work|cell|contact)\.?\s*"
                                  r"(?:\([^()\n]{1,30}\)\s*)?[:=–-]\s*$", re.MULTILINE)
    # the countries whose numbers a review's families write without "+": the UK first, then North America and
    # the Caribbean, Ireland, Europe's, South Asia's, Africa's, the Philippines and Brazil (a country with numbers
    # of any length, Germany, Italy, Austria, is left out: any run of figures is one of theirs)
    _REGROUPED_REGIONS = ("GB", "US", "CA", "JM", "IE", "PL", "RO", "LT", "LV", "BG", "SK", "CZ", "HU", "UA",
                          "FR", "ES", "PT", "NL", "IN", "PK", "BD", "LK", "NG", "GH", "SO", "ER", "ET", "SD", "KE",
                          "ZW", "ZA", "PH", "BR", "TR", "IQ", "IR", "AF", "CN", "VN")
    _REGROUPED_CODES = frozenset(phonenumbers.country_code_for_region(region) for region in _REGROUPED_REGIONS)
    # a date among the groups, however separated ("20-02-2022 0800", "14.03.2022 2140"), or a year beside another
    _DATE_AMONG = re.compile(r"(?<![0-9])(?:(?:[0-2]?[0-9]|3[01])[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:19|20)[0-9]{2}"
                             r"|(?:19|20)[0-9]{2}[ ./-](?:0?[1-9]|1[0-2])[ ./-](?:[0-2]?[0-9]|3[01])"
                             r"|(?:19|20)[0-9]{2}[ ./-]+(?:19|20)[0-9]{2})(?![0-9])")
    # four dotted groups of up to three figures, each at most 255 and without a leading 0: an internet address
    # ("192.168.100.254"), not a phone
    _INTERNET_ADDRESS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
    # the sentence's reference or amount words before the figures, within its own stretch: the figures are theirs
    _REFERENCE_IN_SENTENCE = re.compile(
        r"(?<![\w])(?i:ref|reference|crime|incident|occurrence|log\s+no|case|cad|storm|urn|pnc|cro|nhs|nino|"
        r"account|a/c|sort\s+code|claim|policy|invoice|serial|imei|iccid|barcode|tracking|licence|passport|visa|"
        r"exhibit|population|census|pages?|pp|paragraphs?|paras?|items|"
        # a customer's or a member's number is a record's ("customer number (470136158)"); a program's version or
        # build is no phone ("Windows version 10.0.19041.1")
        r"customer|client|member|membership|patient|student|employee|payroll|version|build|firmware)(?![\w])|[£$€]")
    # a verb or noun of the telephone between a record's word and the figures makes them a phone's again ("on the
    # night of the incident she rang her mother on …"); a record's own label nouns do not ("NHS number …")
    _PHONE_BETWEEN = words_pattern([word for word in _PHONE_NOUNS + _PHONE_VERBS if word not in ("number", "contact")])

    def _a_records_figures(self, text: str, left: int, start: int) -> bool:
        """Whether the figures at ``start`` are a record's: its word stands before them (after ``left``) with no
        word of the telephone after it."""
        before = text[left:start]
        records = list(self._REFERENCE_IN_SENTENCE.finditer(before))
        return bool(records) and not self._PHONE_BETWEEN.search(before, records[-1].end())

    # times of a log, four figures each ("0800 0930 1400", "0930-1130 1400")
    _CLOCK_TIMES = re.compile(r"(?:(?:[01][0-9]|2[0-3])[0-5][0-9](?:\s?[.-]\s?|\s|$))+")
    _MEASURED_AFTER = re.compile(r"\s*(?i:pence|pounds?|p|gbp|euros?|dollars?|zloty|naira|rupees?|people|persons|"
                                 r"times|units|items|victims|cases|incidents|households|calls|texts|messages|"
                                 r"pages|words|seconds|minutes|hours|days|miles|km|metres|meters|litres|mg|kg|"
                                 r"ml|%|per\s*cent)(?![\w])")

    def _an_internet_address(self, written: str) -> bool:
        return self._INTERNET_ADDRESS.fullmatch(written) is not None \
            and all(int(group) <= 255 and (group == "0" or group[0] != "0") for group in written.split("."))

    def _regrouped_near_a_cue(self, text: str, found: list) -> list[RecognizerResult]:
        if not any(c.isdigit() for c in text):
            return []
        out: list[RecognizerResult] = []
        for m in self._RUN.finditer(text):
            start, end = m.start(), m.end()
            written = m.group()
            if written.startswith("(") and written.count("(") > written.count(")"):
                start, written = start + 1, written[1:]
            if written.endswith(")") and written.count(")") > written.count("("):
                end, written = end - 1, written[:-1]
            digits = re.sub(r"[^0-9]", "", written)
            if not 9 <= len(digits) <= 15 or any(r.start < end and start < r.end for r in found + out):
                continue
            if self._DATE_AMONG.search(written) or self._an_internet_address(written) \
                    or self._CLOCK_TIMES.fullmatch(written) or self._MEASURED_AFTER.match(text, end) \
                    or ending_at(self._MORE_FIGURES_BEFORE, text, start, 2) \
                    or self._MORE_FIGURES_AFTER.match(text, end):
                continue
            s_left, s_right = sentence_bounds(text, start, end)
            if self._a_records_figures(text, max(s_left, start - 60), start) \
                    or ending_at(self._AMOUNT_BEFORE, text, start):
                continue
            if not (ending_at(self._WEAK_CUE_BEFORE, text, start) or self.context_supports(text, start, end)):
                continue
            number = self._valid_somewhere(digits, text[s_left:s_right])
            if number is not None:
                out.append(result(self, PHONE_NUMBER, start, end, 0.75, "telephone number near a word of contact",
                                  e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
        return out

    def _valid_somewhere(self, digits: str, sentence: str):
        """The number ``digits`` are in a country named in ``sentence``, the UK or one of ``_REGROUPED_REGIONS``
        (nationally, with or without a trunk "0"), or internationally without its "+"; None when in none."""
        named = [region for m in self._COUNTRY_WORDS.finditer(sentence)
                 for region in self._named_regions(" in " + m.group())]
        for region in dict.fromkeys((*named, *self._REGROUPED_REGIONS)):
            for national in ((digits, "0" + digits) if region == "GB" and digits[0] != "0" else (digits,)):
                try:
                    number = phonenumbers.parse(national, region)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number_for_region(number, region):
                    return number
        if digits[0] != "0":
            try:
                number = phonenumbers.parse("+" + digits, None)
            except phonenumbers.NumberParseException:
                return None
            if number.country_code in self._REGROUPED_CODES and phonenumbers.is_valid_number(number):
                return number
        return None

    def _digits_read(self, text: str) -> list[RecognizerResult]:
        if not self._TAKEN_START.search(text):
            # the matcher is slow, and most texts have no place where a number taken below can start
            return self._without_plus(text, []) if _ELEVEN_DIGITS.search(text) else []
        found = self._numbers(text)
        found += self._missed_starts(text, found)
        if self._BROKEN.search(text):
            # read again with each break as spaces (the same length: the spans hold); a number only this reading
            # finds is one the break cut
            mended = self._BROKEN.sub(lambda m: " " * len(m.group()), text)
            # with a phone word before it on its line ("Her mobile number was 07700 900⏎130"): two numbers on two
            # lines of a table or a list ("0800123⏎2023", "01234567.⏎11. Officers") are not one
            found += [r for r in self._numbers(mended) if not any(r.start < f.end and f.start < r.end for f in found)
                      and self._CUE.search(text, text.rfind("\n", 0, r.start) + 1, r.start)]
        if "|" in text and self._TABLE_BAR.search(text):
            found += self._cut_by_a_bar(text, found)
        return found + self._without_plus(text, found)

    # A table's bar between a number's groups: a row of a markdown or plain-text table typed with the country or
    # area code in a cell of its own ("| +880 | 1709 859789 |", "07700 | 900 123"), or a bar copied from one. The
    # matcher stops at it and neither half is a number.
    _TABLE_BAR = re.compile(r"(?<=[0-9])[ \t]*\|[ \t]*(?=[0-9(])")
    _INTERNATIONAL_START = re.compile(r"\(?(?:\+|00)")

    def _cut_by_a_bar(self, text: str, found: list) -> list[RecognizerResult]:
        """Numbers read with each bar between figures as spaces (the same length: the spans hold) that a bar cut:
        written internationally, or with a word of the telephone before it on its line or in its table's rows
        above (a header's "Mobile"): two numbers of two cells of a table are not one otherwise."""
        mended = self._TABLE_BAR.sub(lambda m: " " * len(m.group()), text)
        out = []
        for r in self._numbers(mended):
            if "|" not in text[r.start:r.end] or any(r.start < f.end and f.start < r.end for f in found) \
                    or self._SHORT_FIRST_GROUP.match(text, r.start):   # a count's cell before it ("| 0 | 1234…")
                continue
            if self._INTERNATIONAL_START.match(text, r.start) \
                    or self._CUE.search(text, self._table_start(text, r.start), r.start):
                out.append(r)
        return out

    @staticmethod
    def _table_start(text: str, at: int) -> int:
        """Where the table ``at`` is in begins: the first of the lines with a bar running up to its line, or its
        line's start when its line is the table's first or no table's."""
        start = text.rfind("\n", 0, at) + 1
        while start > 0:
            above = text.rfind("\n", 0, start - 1) + 1
            if "|" not in text[above:start - 1]:
                break
            start = above
        return start

    # From a place a number starts, what it may be: digits, single spaces, brackets, dots and dashes, ending on a digit
    _CANDIDATE = re.compile(r"\(?(?:\+\s?\d|0)(?:[\d().-]|[ \t](?=[\d(+]))*\d")
    _SEPARATOR = re.compile(r"[ \t.()-]+")
    # "01.02.2022": the "02" is no start; "01 02 2022 0930" is a date and a time
    _INSIDE_A_NUMBER = re.compile(r"[0-9][.,]$")
    # a UK number's first group is its area or mobile code, three digits or more ("020", "0161", "07700")
    _SHORT_FIRST_GROUP = re.compile(r"\(?0[0-9]?(?![0-9])")
    _DATE_FIRST = re.compile(r"[0-3]?[0-9][./ -][01]?[0-9][./ -](?:[0-9]{4}|[0-9]{2})(?![0-9])")

    def _missed_starts(self, text: str, found: list) -> list[RecognizerResult]:
        """Numbers the matcher did not return, read from each place one starts: it takes what is before a number
        into it and then drops both ("7.8 0161 496 0019", a chronology's paragraph number; "7.9 07700.900.126"),
        or stops at a label run into it ("mob07700900134"). The longest valid reading from each start counts."""
        out: list[RecognizerResult] = []
        for start in self._NUMBER_START.finditer(text):
            at = start.start()
            if ending_at(self._INSIDE_A_NUMBER, text, at):
                continue
            candidate = self._CANDIDATE.match(text, at)
            if candidate is None or sum(c.isdigit() for c in candidate.group()) < 10 \
                    or any(r.start < candidate.end() and at < r.end for r in found + out):
                continue
            ends = [candidate.end()] + [m.start() for m in self._SEPARATOR.finditer(text, at, candidate.end())][::-1]
            for end in ends:
                number = self._phone(text, at, end)
                if number is not None:
                    out.append(number)
                    break
        return out

    # kisses typed straight after a number in a message ("07700900123xx", "…123xoxo"): the sign-off's, not a
    # letter of another identifier
    _KISSES = re.compile(r"[xX]+(?:[oO][xX]+)*[oO]?(?![\w/-])")

    def _end(self, text: str, end: int) -> int | None:
        """Where a number read up to ``end`` ends with its other endings; None when what follows glues it into
        another identifier."""
        if end >= len(text) or not (text[end].isalnum() or text[end] in "/-") or self._KISSES.match(text, end):
            return end
        if (endings := self._OTHER_ENDINGS.match(text, end)) is not None:
            return endings.end()
        return end if self._LIST_AFTER.match(text, end) else None

    def _phone(self, text: str, start: int, end: int) -> RecognizerResult | None:
        raw = text[start:end]
        whole_end = self._end(text, end)
        if whole_end is None or self._DATE_FIRST.match(raw) or self._SHORT_FIRST_GROUP.match(raw):
            return None
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            return None
        national = str(number.national_number)
        if not (phonenumbers.is_valid_number(number)
                or number.country_code == 44 and len(national) in (9, 10) and national[0] in "12378"):
            return None
        if raw.startswith("(") and ")" not in raw:
            start += 1
        return result(self, PHONE_NUMBER, start, whole_end, 0.75, "UK telephone number",
                      e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))

    _GLUED_LABEL = re.compile(r"(?<![^\W\d_])(?i:" + "|".join(_LABELS) + ")$")

    def _numbers(self, text: str) -> list[RecognizerResult]:
        found = []
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            start, end = match.start, match.end
            if not self._WRITTEN_AS_PHONE.match(match.raw_string):
                continue
            if start > 0 and self._GLUED_BEFORE.match(text[start - 1]) \
                    and not ending_at(self._GLUED_LABEL, text, start):
                continue
            if (whole_end := self._end(text, end)) is None:
                continue
            if match.raw_string.startswith("(") and ")" not in match.raw_string:
                start += 1   # "(+48 512 345 678)": the bracket is the sentence's, as the closing one is
            number = match.number
            national = str(number.national_number)
            if phonenumbers.is_valid_number(number):
                score = 0.9
            elif number.country_code == 44 and len(national) in (9, 10) and national[0] in "12378":
                score = 0.75
            elif number.country_code != 44 and self._INTERNATIONAL.match(match.raw_string) \
                    and phonenumbers.is_possible_number(number) and len(national) >= 7:
                score = 0.75
            else:
                continue
            found.append(result(self, PHONE_NUMBER, start, whole_end, score, "UK telephone number",
                                e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
        return found

    # "call her on 447700900123", "WhatsApp 923001234567", "He rang her from 44 7700 900123": an international
    # number without its "+" or "00", as a phone's contact list or a messaging app copies it, glued or in groups;
    # only a valid number. In groups, the first is the country code as written ("44 7700 900123", "91 98765
    # 43210"): figures of a table ("1520 1634 1702") open with no country code. With a phone word in its sentence
    # any such number; without one (``_uncued``) only one no other reading claims. (An underscore is a name's
    # space, not glue: "Contact_447700900754_export".)
    _DIGITS_ONLY = re.compile(r"(?<![^\W_]|[/+.£$€-])[1-9][0-9]{0,13}(?:[ -][0-9]{2,7}){0,5}"
                              r"(?![^\W_]|[/-]|[.,][0-9])")
    CONTEXT = sorted(set(_PHONE_NOUNS + _PHONE_VERBS))
    # (the same words, read on a number's own line before it: ``find``'s reading across a line break)
    _CUE = words_pattern(CONTEXT)
    _GROUP = re.compile(r"[0-9]+")

    def _without_plus(self, text: str, found: list) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in self._DIGITS_ONLY.finditer(text):
            groups = list(self._GROUP.finditer(m.group()))
            # the longest run of the groups that is a number: a year or a count may stand before or after it
            runs = sorted(((i, j) for i in range(len(groups)) for j in range(i + 1, len(groups) + 1)),
                          key=lambda run: run[0] - run[1])
            for i, j in runs:
                start, end = m.start() + groups[i].start(), m.start() + groups[j - 1].end()
                number = self._international(text[start:end], spaced=j - i > 1)
                # a date and a time after a cue ("called the police on 27-08-2018 1145") open with some
                # country's code too
                if number is None or self._DATE_AMONG.search(text[start:end]) \
                        or any(r.start < end and start < r.end for r in found + out) \
                        or not self.context_supports(text, start, end) \
                        and not self._uncued(text, start, end, number, spaced=j - i > 1):
                    continue
                out.append(result(self, PHONE_NUMBER, start, end, 0.75, "international number without its +",
                                  e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)))
                break
        return out

    # A reference's label on the line before the digits: the number is that record's ("Crime reference
    # 442200123456", "NHS no. 401 023 2137", "claim 123456789012")
    _REFERENCE_BEFORE = re.compile(
        r"(?<![\w])(?i:ref|reference|refs|crime|incident|occurrence|log|case|cad|storm|urn|pnc|cro|niche|athena|nhs|"
        r"nino|ni|account|a/c|sort\s+code|claim|policy|invoice|serial|imei|iccid|barcode|tracking|"
        r"licence|passport|visa)\b[^\n]{0,24}$")
    # a sum or a count: its figures are no contact ("The sum of 447700900123 pence", "a total of 48 512 345 678
    # people")
    _AMOUNT_BEFORE = re.compile(r"(?<![\w])(?i:sum|total|amount|balance|paid|owed|owing|debt|debts|cost|costs|"
                                r"worth|value|valued|income|savings|loan)\b[^\n]{0,12}$")
    _COUNTED_AFTER = re.compile(r"\s*(?i:pence|pounds?|p|gbp|euros?|dollars?|zloty|naira|rupees?|people|persons|"
                                r"times|units|items|victims|cases|incidents|households)\b")
    # the country codes a number without a phone word may open with: the UK's and those of the countries a
    # review's families often come from (a run of a table's figures opens with some country's code by chance:
    # "27 06 2019 0345" is South Africa's by its first two figures)
    _FAMILY_CODES = frozenset({44} | {phonenumbers.country_code_for_region(region) for region in _NATIONAL_REGIONS})
    # figures standing beside the number: a table's row or a chronology's, of which the number is only a stretch
    _MORE_FIGURES_BEFORE = re.compile(r"[0-9][ -]?$|[0-9][.,:]$")
    _MORE_FIGURES_AFTER = re.compile(r"[ -]?[0-9]|[.,:][0-9]")
    # a day, a month and a year among the groups ("1 14 03 2022 1430"), or a year beside another
    _DATE_GROUPS = re.compile(r"(?<![0-9])(?:(?:[0-2]?[0-9]|3[01])[ -](?:0?[1-9]|1[0-2])[ -](?:19|20)[0-9]{2}"
                              r"|(?:19|20)[0-9]{2}[ -](?:19|20)[0-9]{2})(?![0-9])")

    def _uncued(self, text: str, start: int, end: int, number, spaced: bool) -> bool:
        """Whether an international number without "+" and with no phone word near it is still one: valid (or a
        UK mobile in Ofcom's drama range, "44 7700 900754"), of a country families come from, standing alone (no
        figures of a table row beside it, no date among its groups) and not after a reference's label. Glued,
        of North America's plan only in the Caribbean ("18769271234" is Jamaica's): eleven figures opening with
        "1" and a US area code are a reference's as often."""
        national = str(number.national_number)
        if not (phonenumbers.is_valid_number(number)
                or number.country_code == 44 and len(national) == 10 and national[0] == "7"):
            return False
        if number.country_code not in self._FAMILY_CODES or not spaced and number.country_code == 1 \
                and phonenumbers.region_code_for_number(number) in ("US", "CA", None):
            return False
        if ending_at(self._MORE_FIGURES_BEFORE, text, start, 2) or self._MORE_FIGURES_AFTER.match(text, end):
            return False
        if ending_at(self._REFERENCE_BEFORE, text, start) or self._DATE_GROUPS.search(text, start, end) \
                or ending_at(self._AMOUNT_BEFORE, text, start) or self._COUNTED_AFTER.match(text, end):
            return False
        return not spaced or self._grouped_as_phones_write(text[start:end], number)

    @staticmethod
    def _grouped_as_phones_write(written: str, number) -> bool:
        """Whether the groups after the country code are those a phone shows the number in (``phonenumbers``'
        international or national format, the trunk "0" left out: "48 512 345 678", "234 803 123 4567", "1 876
        927 1234"), or, for a UK number, groups of three figures or more ("44 7700 900 754"). Random figures of a
        table fall into some country's plan ("49 40 620 9812 86") but seldom into its phones' groups."""
        sizes = [len(group) for group in re.split(r"[ -]", written)[1:]]
        if number.country_code == 44 and min(sizes) >= 3 and str(number.national_number)[0] in "127":
            return True
        national = str(number.national_number)
        for style in (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL):
            shown = re.findall(r"[0-9]+", phonenumbers.format_number(number, style))
            if style == phonenumbers.PhoneNumberFormat.INTERNATIONAL:
                shown = shown[1:]
            while shown and "".join(shown) != national and "".join(shown).endswith(national):
                # the trunk prefix the national format puts first ("0803 123 4567", "(0-612) 34505")
                extra = len("".join(shown)) - len(national)
                shown[0] = shown[0][extra:] if len(shown[0]) > extra else ""
                shown = [group for group in shown if group]
            if [len(group) for group in shown] == sizes:
                return True
        return False

    @staticmethod
    def _international(written: str, spaced: bool):
        """The number ``written`` is with a "+" put before it, when that is a valid number (or a well-formed UK
        one) of eleven to fifteen digits whose first group, when it is written in groups, is its country code."""
        digits = re.sub(r"[ -]", "", written)
        if not 11 <= len(digits) <= 15:
            return None
        try:
            number = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        if spaced and re.split(r"[ -]", written, maxsplit=1)[0] != str(number.country_code):
            return None
        national = str(number.national_number)
        well_formed_uk = number.country_code == 44 and len(national) in (9, 10) and national[0] in "12378"
        return number if phonenumbers.is_valid_number(number) or well_formed_uk else None


class EmailAddressRecognizer(PatternRecognizer):
    """E-mail addresses (also inside ``mailto:`` links) -> EMAIL_ADDRESS, 0.95. Letters of any script count, as an
    internationalised address has them ("józef.wójcik@wp.pl", "медсестра@пример.рф"), and so does a full-width at
    sign and dot ("k.smith＠example．org", typed with an East Asian keyboard)."""

    PATTERNS = [Pattern(
        "email",
        r"(?<![\w.%+-])[^\W_](?:[\w.%+-]{0,62}[\w%+-])?"
        r"[@\uff20](?:[^\W_](?:[\w-]{0,61}[^\W_])?[.\uff0e])+[^\W\d_]{2,24}(?![\w-])",
        0.95)]

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entity=EMAIL_ADDRESS, name="EmailAddressRecognizer", patterns=self.PATTERNS,
                         supported_language=supported_language, global_regex_flags=0)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if "@" not in text and "\uff20" not in text:
            return []   # the pattern needs one; its backtracking on long attribute values cost seconds
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


class WrittenOutEmailRecognizer(DhrRecognizer):
    """E-mail addresses written out so that no program reads them ("jane.doe [at] example [dot] com", "jane dot
    doe at gmail dot com", "j.doe(at)example.co.uk") -> EMAIL_ADDRESS, 0.85.

    Taken only where the writing says so: an "at" in brackets, or a plain "at" with a domain spelled with "dot"
    and ending in a common top-level domain ("met her at home" and "arrived at Leeds.com" are not taken)."""

    ENTITIES = (EMAIL_ADDRESS,)
    _AT = r"\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|\s*@\s*"
    _DOT = r"\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*"
    _TLD = (r"com|org|net|uk|ie|gov|nhs|ac|edu|info|biz|eu|pl|pk|ng|in|de|fr|es|it|ro|lt|lv|so|ke|gh|za|tr|cn|jp|"
            r"au|ca|us|io|me|co")
    _PATTERN = re.compile(
        rf"(?<![\w.@])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{{0,62}}(?:\s+dot\s+[A-Za-z0-9_%+-]+)*)(?P<at>{_AT})"
        rf"(?P<domain>[A-Za-z0-9-]+(?:(?:{_DOT})[A-Za-z0-9-]+)*(?:{_DOT})(?:{_TLD}))(?![\w-])", re.IGNORECASE)
    _BRACKETED = re.compile(r"[\[({<]")
    _BRACKETED_AT = re.compile(r"[\[({<]\s*(?:at|@)\s*[\])}>]", re.IGNORECASE)
    # what an address's own part has and a word of prose has not: "k.smith at gmail.com", "k_smith88 at ..."
    _ADDRESS_LIKE_LOCAL = re.compile(r"[._%+0-9]")
    # an "@" with a space beside it, "[.]", or a plain "at" after an address-like part and before a dotted domain
    # (or a stray space beside a dot of the domain, "a.w85@example .org", "k.smith@example. co.uk")
    _MAY_BE_WRITTEN_OUT = re.compile(r"\s@|@\s|\[\.\]|[._%+0-9][A-Za-z0-9]*\s+(?i:at)\s+[A-Za-z0-9-]+\."
                                     r"|@[\w.-]+(?:\s\.|\.\s)\s*[A-Za-z]")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        # taken only with an "at" in brackets, a domain spelled with "dot", an "@" or a "." with spaces around
        # (an address no program may read: "k.smith @ gmail . com"), or a plain "at" after what can only be an
        # address's own part: a text with none of these holds none
        if not self._BRACKETED_AT.search(text) and "dot" not in text and "DOT" not in text and "Dot" not in text \
                and not self._MAY_BE_WRITTEN_OUT.search(text):
            return []
        found = []
        for m in self._PATTERN.finditer(text):
            at, domain = m.group("at"), m.group("domain")
            bracketed = bool(self._BRACKETED.search(at) or self._BRACKETED.search(domain))
            spelled_dot = bool(re.search(r"dot", domain, re.IGNORECASE))
            spaced = "@" in at and (at != "@" or re.search(r"\s\.|\.\s", domain))
            plain_at = at.strip().lower() == "at" and self._ADDRESS_LIKE_LOCAL.search(m.group("local"))
            if bracketed or spelled_dot or spaced or plain_at:
                found.append(result(self, EMAIL_ADDRESS, m.start(), m.end(), 0.85, "e-mail address written out"))
        return found


class WebmailAddressRecognizer(DhrRecognizer):
    """An address at a webmail provider written without its ending or with the ending mistyped, as a text message
    or a case note copies it ("sunflower86@hotmail", "sunflower93 at gmail", "k.smith@hotmail,com",
    "k.smith@hotmail. co.uk", "k.smith@hotmailcom", "k.smith(a)hotmail.com") -> EMAIL_ADDRESS, 0.85.

    The provider is the evidence. An "@" glued to both sides is an address's; an "at", a spaced "@" or an "(a)"
    (a list's "(a)" too, "Recommendation 3(a) Sky Betting") only after what can only be an address's own part:
    letters with a digit, a dot or an underscore, not a time, a year or an age ("22.00 at Sky", "aged 19 at Sky",
    "5 p.m. at O2"), and only before no capitalised word (a venue: "Sky House", "O2 Arena", "Outlook Children's
    Centre"). An ending is taken only as typed in small letters, so that the next sentence is not ("...@hotmail.
    He said")."""

    ENTITIES = (EMAIL_ADDRESS,)
    _PROVIDERS = ("hotmail", "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "outlook", "live", "msn",
                  "icloud", "aol", "btinternet", "btopenworld", "sky", "virginmedia", "talktalk", "ntlworld",
                  "protonmail", "proton", "gmx", "yandex", "wp", "onet", "interia", "o2")
    _TLDS = r"co\s?[.,]?\s?uk|c\s?o\s?m|net|org|ie|fr|pl|de|ru|es|it|ro|lt|co|uk"
    _PATTERN = re.compile(
        r"(?<![\w.@])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,62})"
        r"(?P<at>\s*[@\uff20]\s*|\s*[(\[]\s*(?:a|at)\s*[)\]]\s*|\s+at\s+)"
        r"(?P<provider>(?i:" + "|".join(_PROVIDERS) + r"))"
        # the ending as typed: none, glued, with a comma or a space for a dot, or a space inside it
        r"(?P<ending>(?:\s?[.,]\s?|\s|(?=co|net|org))(?:" + _TLDS + r")(?![\w-]))?(?![\w@-])")
    _ADDRESS_LIKE_LOCAL = re.compile(r"(?=.*[A-Za-z])(?=.*[._%+0-9])")
    # a time, an initialism or an abbreviation with its full stop ("22.00", "5 p.m.", "the U.K.", "in Sept.")
    _NOT_AN_ADDRESS = re.compile(r"(?i)(?:[ap]\.?m\.?|[0-9.:]+(?:[ap]\.?m\.?|hrs?|h)?|(?:[a-z]\.)+[a-z]?|[a-z]+\.)")
    _VENUE_AFTER = re.compile(r"\s+[A-Z0-9]")
    # Two tests first, each looser than the pattern: a provider straight after its "at" (an at sign, the closing
    # bracket of "(at)", or "at" after a space: a few characters the engine skips to; the lookahead for the
    # providers' first letters, under the same flag, spares trying each name), and before that any of those marks
    # (a character class, a third of the cost again). A provider alone is a common word ("live", "sky", "o2"):
    # looked for first, it let a text in five through, at five times the cost per text.
    _MARKS = re.compile(r"[@\uff20)\]]|\sat\s")
    _PROVIDER_AFTER_AT = re.compile(r"(?:[@\uff20)\]]|(?<=\s)at)\s*"
                                    rf"(?=(?i:[{''.join(sorted({p[0] for p in _PROVIDERS}))}]))"
                                    r"(?i:" + "|".join(_PROVIDERS) + ")")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._MARKS.search(text) or not self._PROVIDER_AFTER_AT.search(text):
            return []
        found = []
        for m in self._PATTERN.finditer(text):
            local, at = m.group("local"), m.group("at")
            if at not in ("@", "\uff20"):
                if not self._ADDRESS_LIKE_LOCAL.match(local) or self._NOT_AN_ADDRESS.fullmatch(local) \
                        or self._VENUE_AFTER.match(text, m.end()):
                    continue
            elif not any(c.isalpha() for c in local):
                continue
            found.append(result(self, EMAIL_ADDRESS, m.start(), m.end(), 0.85, "e-mail address at a provider"))
        return found


UkPhoneRecognizer._JOINED_CODES = UkPhoneRecognizer._FAMILY_CODES | UkPhoneRecognizer._REGROUPED_CODES


class SocialHandleRecognizer(DhrRecognizer):
    """Social media handles (@mags_doyle71) -> SOCIAL_HANDLE.

    Score 0.9 with a platform or account word in the sentence (twitter, instagram, facebook, tiktok, snapchat,
    handle, account, ...), 0.6 without. The part of an e-mail address after its ``@`` is never a handle.
    Metadata ``{"platform_context": bool}``.
    """

    CONTEXT = ["twitter", "instagram", "insta", "facebook", "tiktok", "snapchat", "snap", "threads",
               "youtube", "telegram", "handle", "account", "username", "user name", "profile", "followed",
               "follower", "followers", "posted", "messaged", "social media", "dm", "dms"]
    _HANDLE = re.compile(r"(?<![\w@.+-])@(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@-])")
    ENTITIES = (SOCIAL_HANDLE,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in self._HANDLE.finditer(text):
            # "@ 10:00" or "@2pm" style shorthand is a time, not a handle.
            if m.group("name").isdigit() or re.fullmatch(r"\d{1,2}(?:am|pm)", m.group("name"), re.I):
                continue
            end = m.end()
            if text[m.start():end].endswith("."):
                end -= 1
            near = self.context_supports(text, m.start(), end, window=120)
            found.append(result(self, SOCIAL_HANDLE, m.start(), end, 0.9 if near else 0.6, "social media handle",
                                platform_context=near))
        # written without its "@" after the platform or "username" ("Snapchat: ksushak"): ``redact.glued``
        for start, end in introduced_usernames(text):
            if not any(r.start < end and start < r.end for r in found):
                found.append(result(self, SOCIAL_HANDLE, start, end, 0.85, "username after its platform",
                                    platform_context=True))
        return found


class WebAddressRecognizer(DhrRecognizer):
    """Web addresses with a scheme or ``www.`` -> URL, 0.85; metadata ``{"host": "www.example.org"}``.

    The host is given so that the decision step can keep links to public guidance (gov.uk) if it wants to.
    ``mailto:`` links are left to the e-mail recogniser.
    """

    _URL = re.compile(
        r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)"
        r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"
        r"(?::\d{2,5})?(?:[/?#][^\s<>\"'“”‘’()\[\]|]*)?",
        re.IGNORECASE)
    ENTITIES = (URL,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in self._URL.finditer(text):
            end = m.end()
            # Sentence punctuation after a link is not part of it.
            while end > m.start() and text[end - 1] in ".,;:!?":
                end -= 1
            host = m.group("host").lower()
            if m.group().lower().startswith("www.") and not host.startswith("www."):
                host = "www." + host
            found.append(result(self, URL, m.start(), end, 0.85, "web address", host=host))
        return found


@functools.lru_cache(maxsize=1)
def _suffixes():
    """tldextract over the public suffix list it ships with: never fetched, never cached on disk."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=4096)
def _split_host(host: str):
    return _suffixes()(host)


# Suffixes that are also file extensions: "statement.md", "notes.zip" or "run.sh" without a path are files.
_FILE_EXTENSION_SUFFIXES = {"md", "py", "sh", "rs", "zip", "mov", "ps", "cs", "pm", "ml", "ts", "tf", "so", "gz",
                            "pl", "sql", "cc", "ai", "mp"}
_BARE_HOST = re.compile(
    r"(?<![\w@/.:%+&=~#-])"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"
    r"(?P<path>/[^\s<>\"'“”‘’()\[\]|]*)?(?![\w@-])")


class BareDomainRecognizer(DhrRecognizer):
    """Web addresses written without a scheme or ``www.`` ("joannepryor.co.uk/diary", "facebook.com/jo.pryor.77")
    -> URL; metadata ``{"host": "joannepryor.co.uk"}`` as for ``WebAddressRecognizer``.

    The host must end in a public suffix (tldextract's bundled list, offline) written in lower case, with a
    registrable name before it: "e.g.", "i.e.", "version 2.1" and file names ("report.docx") have none, and a
    suffix that is also a file extension ("statement.md") counts only with a path. Two ordinary words joined
    by a missing space ("work.in the morning") are no address, nor a platform named alone ("Facebook.com"). Score
    0.85 with a path, 0.8 without.
    """
    ENTITIES = (URL,)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, URL) or "." not in text:
            return []
        found = []
        for m in _BARE_HOST.finditer(text):
            host = m.group("host")
            last = host.rsplit(".", 1)[-1]
            if host.lower().startswith("www.") or len(last) < 2 or not last.isalpha() or not last.islower():
                continue  # the web address recogniser's, or no top-level domain ("10.30", "e.g", "Mr.Smith")
            parts = _split_host(host)
            suffix = parts.suffix
            if not parts.domain or not suffix or suffix != suffix.lower() or not host.endswith(suffix):
                continue
            name = host[:len(host) - len(suffix) - 1]
            if name[1:] != name[1:].lower():
                continue  # "wordMLPackage.save", "ConvertOutHtml.java": code, not an address typed by a person
            path = m.group("path") or ""
            path = path.rstrip(".,;:!?")
            if not path and (suffix in _FILE_EXTENSION_SUFFIXES or _joined_words(parts.domain, suffix)
                             or not parts.subdomain and _well_known(parts.domain)
                             or _word_suffix(suffix) and not context_near(text, m.start(), m.end(), _WEB_WORDS)):
                continue
            end = m.start() + len(host) + len(path)
            found.append(result(self, URL, m.start(), end, 0.85 if path else 0.8, "web address (bare domain)",
                                host=host.lower()))
        return found


# The sites whose addresses name a person's account or chat: a profile ("facebook.com/hodan.warsame.7"), a
# messaging link to a number ("wa.me/447700900747", "t.me/hodanw"). By the registrable name, as tldextract splits
# the host ("wa" of "wa.me", "facebook" of "m.facebook.com")
_ACCOUNT_SITES = frozenset({"facebook", "fb", "instagram", "instagr", "tiktok", "twitter", "x", "linkedin", "snapchat",
                            "youtube", "threads", "telegram", "t", "wa", "whatsapp", "signal", "viber", "reddit",
                            "pinterest", "tumblr", "onlyfans", "vk", "weibo", "discord", "twitch", "bsky", "mastodon",
                            "skype", "wechat", "kik", "badoo", "tinder", "hinge", "bumble", "plentyoffish", "pof",
                            "grindr", "match"})
_PATH_OF_A_LINK = lazy(re.compile, r"(?i)^(?:(?:https?|ftp)://)?(?P<host>[^/?#\s]+)(?P<path>[/?#].*)?$")


def links_to_an_account(link: str) -> bool:
    """Whether a web address found by ``WebAddressRecognizer`` or ``BareDomainRecognizer`` is someone's account or
    chat on a social or messaging site (a contact detail, as a handle is), not a page of public guidance: the
    site's name is one of ``_ACCOUNT_SITES`` and a path follows it."""
    m = _PATH_OF_A_LINK.match(link.strip())
    if m is None or not (m.group("path") or "").strip("/?#"):
        return False
    host = m.group("host").rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return _split_host(host).domain in _ACCOUNT_SITES


_CLASSIC_SUFFIXES = {"com", "org", "net", "edu", "gov", "int", "info", "biz", "name", "mobi"}
_WEB_WORDS = words_pattern(["website", "web site", "site", "blog", "online", "web page", "page", "posted", "link",
                            "url", "web address", "internet", "browse", "browsed", "visited", "post", "posts"])


def _word_suffix(suffix: str) -> bool:
    """A newer top-level domain that is an English word ("docx4j.properties", "java", "save"): an address only
    with a path or a word of the web beside it."""
    from wordfreq import zipf_frequency

    last = suffix.rsplit(".", 1)[-1]
    return len(last) > 2 and last not in _CLASSIC_SUFFIXES and zipf_frequency(last, "en") >= 2.5


def _well_known(domain: str) -> bool:
    """A site whose name is itself a common word ("facebook.com", "bbc.co.uk") names a platform, not a person;
    a personal site's name rarely is ("joannepryor.co.uk"). With a path or a name before it
    ("jo-pryor.wordpress.com") it is an address all the same."""
    from wordfreq import zipf_frequency

    return zipf_frequency(domain, "en") >= 3.5


def _joined_words(domain: str, suffix: str) -> bool:
    """"work.in", "there.it": two ordinary words with the space after a full stop left out."""
    from wordfreq import zipf_frequency

    return "." not in suffix and zipf_frequency(suffix, "en") >= 5.5 and zipf_frequency(domain, "en") >= 3.0
