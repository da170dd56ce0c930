"""A listed person's initials written as a word: "GSD" or "G.S.D." for Gurpreet Singh Dhillon, "OK" for Oksana
Kovalenko.

Drafts often call the victim and the family by their initials, in the chronology above all ("12/03 Police: spoke
to GSD and the victim"). Left in a published copy they give away the real names' letters, with the area and the
year often enough to find the family. The rules list the names, rarely the initials: every listed person's are
derived here, and ``apply`` (``ListedEntityRecognizer``) and ``verify`` (``LeakFinder``) both read them from this
module, so the gate checks what apply replaces.

Initials count only as a word of their own (a file name's "GSD_notes" too), in every spelling a draft gives them:
dotted, spaced or hyphened ("G.S.D.", "G. S. D.", "G-S-D"), a particle small, in capitals or left out ("AvdM",
"A.v.d.M.", "AVDM", "AM" for Anna van der Merwe), a prefixed surname with its prefix ("SMcD", "S.Mc.D.", "SMD" for
Sean McDonald; "N.O'B.", "NOB" for Niamh O'Brien), the first name with the whole surname ("L.E.M." for Layla Kaur
El-Masri). The rules' case of the name does not matter: "MARY SMITH", "mary smith" and "Mary SMITH" are "MS"
(``written_initials``). Letters a report also writes for something else stay: an acronym of the services ("GP",
"SAR", "MASH", hand-written in ``redact/data/acronyms.txt``), a title or rank ("MS", "DC"), a short English word in
capitals ("IT", "AND"), a month or weekday's short form ("OCT"), a Roman numeral ("IV"), and, from three letters, any
ordinary English word ("JAM", but "J.A.M." is somebody), a range or an index ("grades A-C", "an A-Z of services").
Two letters that are a short word, a rank or a numeral ("NO" for Nadia Oyelaran, "US", "AN", "DC", "IV") are the
person's only in a document that defines them, and there only where the sentence makes them somebody ("NO said",
not "Referral made? NO"); an author who uses them undefined lists them as an alias.

An acronym or a courtesy title that is a listed person's initials too ("NA" for Nadia Ahmed, "OD", "HM", "MS" for
Mary Smith) counts where one sentence makes it somebody (``ListedInitials.a_person_here``: "the victim, MS", "MS's
partner", never "diagnosed with MS"), and a role's or a rank's ("PS", "PM", "MW", "GP", "DC") beside a family part.
A document that defines the letters ("Nadia Ahmed (NA)", "(hereafter NA)", "NA (the victim)", a row "NA | Nadia
Ahmed"), or uses an acronym once in a person's place, makes them that person in all its other places too ("sent by
NA", "PM attended the surgery") but where the sentence makes them the thing (``the_thing_here``: "an OD", "HM
Prison", "BP 140/90", "the GP", "Outcome | NA"). ``learn_document`` learns it: apply from the draft's segments,
verify from the texts of the output it reads, and the check after apply from both (the output no longer holds the
definition). ``redact verify`` run alone on an output learns from the output only.

The letters of a listed person's given names alone, a compound given name without the surname ("DK" of Dil Kumari
Gurung, "JC" of Juan Carlos Moreno, "JP" of Jean-Pierre Dubois, "TL" of Nguyen Thi Lan written family name first,
``given_name_runs``), are the person's only in a document that defines them beside the name ("Dil Kumari Gurung
(DK)", "(hereafter RB)", a row "DK | Dil Kumari Gurung"), then everywhere it writes them as somebody, as letters with
a middle the rules leave out are. Undefined they are not guessed: two letters of given names are too many other
people's ("DK said" stays whatever the other readers make of it).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


from .lazy_patterns import lazy

from .lexicon import MONTH_ABBREVIATIONS, NAME_TITLES, RELATION_WORDS, WEEKDAYS
from .normalise import fold_key
from .rules import Person, Rules
from .variants import _parsed_words, split_title

# Fewer letters are a title or a label ("B"), more are no one's initials.
SHORTEST, LONGEST = 2, 5
# the Roman numerals a report numbers its parts, appendices and schedules with ("Part IV", "Appendix XII"); one of
# hundreds ("CM", "MC", "CC") numbers nothing in a report and is somebody's initials (Chidi Mensah)
_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@dataclass(frozen=True)
class InitialsMatch:
    start: int
    end: int
    letters: str          # the initials as listed, without dots ("GSD")
    person: int           # index into Rules.listed()
    alternatives: tuple[int, ...]   # every listed person with these initials (the first is ``person``)


@lru_cache(maxsize=1)
def _other_capitals() -> frozenset[str]:
    """Capital words that are something other than someone's initials wherever a report writes them."""
    from .data.tables import column, stop_words

    words = set(column("acronyms.txt"))
    words |= {word.upper() for word in stop_words() if word.isalpha()}
    words |= {title.upper() for title in NAME_TITLES if " " not in title}
    words |= {short.upper() for forms in MONTH_ABBREVIATIONS for short in forms}
    words |= {day[:3].upper() for day in WEEKDAYS} | {"TUES", "THUR", "THURS"}
    words |= {"MPH", "HRS", "MIN", "MINS", "AKA", "ETC", "NO", "NOS", "REF"}
    return frozenset(words)


# acronyms a report writes for a person's role: "GP said" is the doctor, whoever's initials "GP" are too
PERSON_ROLE_ACRONYMS = frozenset({"GP", "GPS", "HV", "SW", "MP", "MPS", "OT", "PA", "PS", "KC", "QC", "DJ", "MW",
                                  "SN", "CPN", "RMN", "RGN", "CEO", "DSL", "PCC", "DCI", "DCS", "DSU", "MD", "SENCO",
                                  "IDVA", "ISVA", "AMHP", "IMHA", "PCSO", "SIO", "FLO", "DV", "DA", "HR", "IT", "PM"})
# a verb that only a person does, right after the letters: "OD had followed her", "HM told the panel", "NA did not
# attend", "NA had been drinking"; none that a service or a measurement does too ("ED failed to ask", "ASC declined
# the referral", "CPS alleged", "BP appeared normal", "ED kept her in")
_PERSON_VERBS = (
    r"said|says|say|told|tells|tell|stated|reported|disclosed|disclose|called|rang|phoned|texted|messaged|visited|"
    r"attended|attend|arrived|left|went|returned|followed|hit|punched|pushed|kicked|assaulted|strangled|threatened|"
    r"smashed|denied|deny|admitted|admit|refused|refuse|agreed|agree|moved|move|lived|live|living|married|marry|met|"
    r"asked|wanted|want|shouted|shouting|screamed|screaming|grabbed|attacked|arrested|charged|convicted|sentenced|"
    r"interviewed|contacted|spoke|speak|wrote|sent|gave|took|taken|hid|controlled|isolated|accused|blamed|insisted|"
    r"explained|described|recalled|remembered|believed|thought|felt|feel|knew|know|drank|drinking|drunk|cried|"
    r"crying|feared|loved|hated|confided|complained|separated|divorced|died|stayed|slept|drove|ran|walked|fled|"
    r"begged|pleaded|confessed|lied|hoped|wished|worried|"
    r"had\s+(?:a|an|no|two|three|four|\d+)\s+(?:child|children|son|daughter|sons|daughters|partner|history|job)")
_PERSON_VERB_AFTER = lazy(re.compile,
    r"\s+(?:was|were|had\s+been|has\s+been|is|been)\s+(?:later\s+|then\s+|also\s+|not\s+|never\s+|first\s+)?(?:"
    r"arrested|charged|convicted|sentenced|interviewed|remanded|bailed|cautioned|seen\s+by|referred\s+(?:to|by)|"
    r"visited\s+(?:at|by)|spoken\s+to|admitted\s+to|discharged\s+(?:from|by|home)|known\s+to|offered|"
    r"discussed\s+at\s+(?:a\s+|the\s+)?MARAC|living|staying|drinking|pregnant|frightened|scared|afraid|"
    r"killed|murdered|assaulted|strangled|stabbed|attacked|injured|hurt|born|married|divorced|separated)(?![\w])"
    r"|\s+(?:(?:had|has|have|then|later|also|never|often|still|again|first|did|does|do|would|could|will|should|"
    r"not|n['’]t|didn['’]t|doesn['’]t|wouldn['’]t|couldn['’]t|been)\s+){0,3}(?:" + _PERSON_VERBS + r")(?![\w])")
# ... or a person's part in the family after a comma: "NI, Hannah's sister, recalled", "OD, her partner"
_RELATION_AFTER = lazy(re.compile,
    r",\s+(?:her|his|their|the\s+victim['’]s|(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*['’]s?)\s+(?:"
    + "|".join(map(re.escape, sorted(RELATION_WORDS, key=len, reverse=True))) + r")(?![\w-])")
_RELATIONS = "|".join(map(re.escape, sorted(RELATION_WORDS | {"children", "sons", "daughters", "victim",
                                                               "perpetrator"}, key=len, reverse=True)))
# ... or the letters owning a person's family or life: "NA's partner", "HM's children", "OD's home"
_POSSESSION_AFTER = lazy(re.compile,
    r"['’]s?\s+(?:(?:former|late|new|eldest|youngest|older|younger|own|two|three|four|ex-|step)\s*)?(?:" + _RELATIONS
    + r"|home|flat|house|phone|family|death|killing|murder|funeral|injuries|body|behaviour|account|statement|"
    r"disclosure|relationship|life|car|bank|benefits|mental\s+health|drinking|husband|wife|name)(?![\w-])")
# ... or a family part before them, set apart: "her partner, HM, who", "said her sister, NA.", "his brother NI said",
# "the victim (MS)"
_RELATION_BEFORE = lazy(re.compile,
    r"(?:\b(?:her|his|their|the|a)|[^\W\d_][\w'’-]*['’]s?)\s+(?:" + _RELATIONS
    + r")(?:\s*,?\s+|\s*[(\[]\s*[\"'‘“]?)$", re.IGNORECASE)
# the word before that makes the letters a thing: "an OD", "her HM"
_THING_BEFORE = lazy(re.compile, r"(?<![\w])(?:the|a|an|her|his|their|its|no|any|of|for)\s+$", re.IGNORECASE)
# ... of these, only a determiner keeps the letters a thing beside a listed name ("the OD and Vera's call" is rare;
# "the death of HM and Vera" is two people)
_DETERMINER_BEFORE = lazy(re.compile, r"(?<![\w])(?:the|a|an|her|his|their|its|no|any)\s+$", re.IGNORECASE)
# a verb whose object is only ever a person, right before the letters: "Carl hit OD", "police arrested HM"
_PERSON_ONLY_OBJECT_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:hit|punched|kicked|pushed|strangled|assaulted|attacked|threatened|raped|stabbed|killed|murdered|"
    r"married|divorced|hugged|kissed|controlled|isolated|groomed|arrested|cautioned|interviewed|warned|reassured|"
    r"persuaded|encouraged|thanks|thanked|heard|supervised|safeguarded|befriended|stalked|harassed|"
    r"according\s+to|statement\s+(?:of|by|from)|(?:moved\s+in|lived|living|live|stayed|staying|slept)\s+with)\s+$",
    re.IGNORECASE)
# a verb that also takes a service as its object ("asked ED for the notes", "contacted HM Prison", "rang ED about
# her"), with what only a person is asked, told or met after the letters: "did not ask NA about the bruising",
# "told HM that she", "spoke to OD at the scene", "Police contacted NA by phone"
_ASKED_BEFORE = lazy(re.compile, r"(?<![\w])(?:ask|asks|asked|asking|tell|tells|told|telling|warned|advised|informed|"
                           r"spoke\s+to|speak\s+to|spoken\s+to|speaking\s+to)\s+$", re.IGNORECASE)
_ASKED_AFTER = lazy(re.compile, r"\s+(?:about|whether|if|how|why|what|where|that\s+(?:she|he|they|the\s+referral|it))"
                          r"(?![\w])")
_MET_BEFORE = lazy(re.compile, r"(?<![\w])(?:ask|asked|told|spoke\s+to|speak\s+to|spoken\s+to|contacted|called|rang|"
                         r"phoned|visited|supported|saw|see|seen|met|meet|gave|give|offered|texted|messaged)\s+$",
                         re.IGNORECASE)
_MET_AFTER = lazy(re.compile,
    r"\s+(?:at\s+home|at\s+the\s+(?:scene|address|refuge|house|flat|door)|by\s+(?:phone|telephone|text|letter|"
    r"e-?mail)|in\s+person|face\s+to\s+face|through\s+the\s+(?:court|trial|process)|a\s+leaflet|a\s+lift|money|"
    r"for\s+(?:her|his|their)\s+(?:contribution|help|time|account))(?![\w])")

# A document defines letters as somebody once: "(hereafter NA)", "referred to in this report as 'NA'", "known as NA"
_QUOTE = r"[\"'‘’“”]?"


def named_as_wording(space: str) -> str:
    """The wordings by which a report says what it calls somebody ("hereafter", "referred to in this report as",
    "known here as"), words apart by ``space`` (a class of one space): also ``redact.detect.unlisted_initials``'."""
    s = space + "+"
    return (rf"(?:hereafter|hereinafter)(?:{s}(?:referred{s}to{s}as|called|known{s}as))?|referred{s}to{s}"
            rf"(?:(?:here(?:in)?|below|throughout|in{s}this{s}(?:report|review)){s})?as|"
            rf"known{s}(?:(?:here|in{s}this{s}(?:report|review)){s})?as")


_NAMED_AS_BEFORE = lazy(re.compile, r"(?<![\w])(?:" + named_as_wording(r"\s") + r")\s*" + _QUOTE + r"$", re.IGNORECASE)
A_PERSON_WORD = lazy(re.compile, r"(?<![\w])(?:she|he|they|her|his|victim|perpetrator|deceased|" + _RELATIONS
                                 + r")(?![\w])", re.IGNORECASE)
# ... "Nadia Ahmed (NA)", "Nadia Ahmed ('NA')": the word before the bracket one of the name's they stand for
_NAME_THEN_BRACKET = lazy(re.compile, r"(?P<word>[^\W\d_][\w'’-]*)\s*[(\[]\s*" + _QUOTE + r"$")
# ... "Ngozi Okafor or N.O.", "Ngozi Okafor (aka NO)", "Ngozi Okafor a.k.a. 'NO'": another name for her, after hers
_NAME_THEN_ALIAS = lazy(re.compile, r"(?P<word>[^\W\d_][\w'’-]*)\s*(?P<bracket>[(\[]\s*)?(?:aka|a\.k\.a\.?|also\s+"
                                    r"known\s+as|or)\s+" + _QUOTE + r"$", re.IGNORECASE)
_BRACKET_CLOSES = lazy(re.compile, r"\.?" + _QUOTE + r"\s*[)\]]")   # "('I.N.')": the last full stop is left to the sentence
# ... "NA (the victim)", "PS (her partner)", "NA, the victim,"
_PERSON_IN_BRACKETS_AFTER = lazy(re.compile,
    r"\s*(?:\(\s*(?:the\s+|her\s+|his\s+|their\s+|[^\W\d_][\w'’-]*['’]s\s+)?(?:" + _RELATIONS
    + r"|deceased|subject\s+of\s+(?:this|the)\s+review)|,\s+the\s+(?:victim|perpetrator|deceased))(?![\w'’-])",
    re.IGNORECASE)
# ... a row of initials and names, each a cell of its own: "NA | Nadia Ahmed", "NA: Nadia Ahmed", "Nadia Ahmed –
# NA" (not "12/03 | GP | Gemma Pryor was seen", where the name opens a sentence)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[^\S\n]+)?"
_NAME_CELL = _TITLE + r"(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3})"
_CELL_STARTS = lazy(re.compile, r"(?:^|\n|\|)[^\S\n]*[*_]*$")
_CELL_THEN = lazy(re.compile,
                  r"[*_]*[^\S\n]*(?:\||\t|:|–|—|-|=)[^\S\n]*" + _NAME_CELL + r"[^\S\n]*(?:\||\t|\n|$|\()")
_CELL_BEFORE = lazy(re.compile, r"(?:^|\n|\|)[^\S\n]*" + _NAME_CELL + r"[^\S\n]*(?:\||\t|–|—|=)[^\S\n]*$")
_CELL_ENDS = lazy(re.compile, r"[^\S\n]*(?:\||\n|$)")

# Where the letters a document made somebody are still the thing: after an owner ("Vera's BP"), before a word that
# makes a name of a thing of them ("HM Prison", "NI Direct"), a measurement ("BP 140/90", "9 AM"), a code ("NA-113"),
# "(not applicable)", a noun they qualify ("NA meetings", "ED staff"), the value of a field that is no person's
# ("Outcome: NA", "Previous convictions | NA")
_OWNER_BEFORE = lazy(re.compile, r"[^\W\d_][\w-]*['’]s?\s+$")
# ... or a determiner with what it says of the thing between: "a suspected OD", "the nearest ED", "her high BP"
_DETERMINER_AND_KIND_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:the|a|an|her|his|their|its|no|any)\s+(?:(?:suspected|possible|probable|likely|apparent|"
    r"deliberate|accidental|intentional|further|recent|previous|second|first|third|another|high|low|raised|normal|"
    r"new|local|nearest|urgent|repeat|repeated|same|other|main|busy)\s+){1,2}$", re.IGNORECASE)
_NAME_OF_A_THING_AFTER = lazy(re.compile, r"[^\S\n]+[A-Z][a-z]")
_MEASURED_AFTER = lazy(re.compile, r"\s*(?:[:=]\s*)?\d+\s*/\s*\d|\s*[:=]\s*\d|\s*\d+\s*(?:mmHg|bpm|%)")
# ... where one goes or is taken, not whom: "attended ED", "taken to ED", "moved from NI", "watching TV"
_A_PLACE_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:attended|attending|attends|attend|(?:taken|conveyed|transferred|admitted|brought|rushed)\s+to|"
    r"discharged\s+from|moved\s+(?:from|to)|born\s+in|in|at|watching|watched|watch|photo)\s+$", re.IGNORECASE)
_NUMBER_BEFORE = lazy(re.compile, r"\d[\d.:]*\s*$")
# ... a part of a document or a scale that letters number: "Part RB of the guidance", "Appendix DK", "Ward MJ"
_NUMBERED_PART_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:part|section|appendix|annex|annexe|schedule|table|figure|chapter|paragraph|para|clause|box|"
    r"grade|band|level|tier|ward|room|block|unit|zone|column|row|category|class|stage|step|phase|option|page|"
    r"form|exhibit|item)\s+$", re.IGNORECASE)
# ... or a name's first letters: dotted letters with a capital word after their full stop that opens no sentence, a
# name ("a statement from J.P. Morgan"), or any capital word where the letters open a sentence ("M. C. Leipzig won"):
# no sentence is the letters alone
_SENTENCE_OPENS_BEFORE = lazy(re.compile, r"(?:^|[.!?]\s+|\n[^\S\n]*)$")
_WORD_AFTER_THE_STOP = lazy(re.compile, r"\.[^\S\n]+(?P<word>[A-Z][a-z][\w'’-]*)")
_CODE_AFTER = lazy(re.compile, r"[-_/.]\d|-[^\W_]")
_CODE_BEFORE = lazy(re.compile, r"[^\W_][-_]$")
_NOT_APPLICABLE_AFTER = lazy(re.compile, r"\s*\(\s*(?:not|no|none)(?![\w])", re.IGNORECASE)
_NOUN_AFTER = lazy(re.compile,
    # "AM and PM visits", "NI and England data": the noun after the pair
    r"(?:[^\S\n]+(?:and|or|&)[^\S\n]+[A-Z][\w-]*)?"
    r"[^\S\n]+(?:law|laws|conference|guidance|policy|legislation|meetings?|groups?|number|contributions?|records?|notes|staff|teams?|services?|scans?|plans?|risk|"
    r"samples?|evidence|licen[cs]e|badge|advice|department|ward|unit|garage|codes?|status|data|readings?|levels?|"
    r"checks?|card|nurses?|doctors?|consultants?|attendances?|admissions?|triage|children['’]s|visits?)(?![\w-])",
    re.IGNORECASE)
_FIELD_BEFORE = lazy(re.compile, r"(?:^|\n|\|)[^\S\n]*(?P<label>[^|\n:]{1,60}?)[^\S\n]*(?:\||:|\t)[^\S\n]*$")
_FIELD_VALUE_ENDS = lazy(re.compile, r"[^\S\n]*(?:\||\n|$|\.(?:\s|$))")
_PEOPLE_LABEL = lazy(re.compile,
    r"(?<![\w])(?:who|whom|names?|persons?|people|by|with|to|from|attended|attendees|present|subject|client|"
    r"initials|contact|contacts|relatives?|alleged|suspects?|patient|service\s+user|" + _RELATIONS + r")(?![\w])",
    re.IGNORECASE)
# one capital word before a field's value is a field's name only when it names a field: "Police | NA" is who
_FIELD_WORDS = frozenset({"outcome", "response", "result", "results", "status", "action", "actions", "notes",
                          "comments", "comment", "risk", "score", "level", "grade", "convictions", "cautions",
                          "medication", "allergies", "value", "answer", "reason", "details", "other", "applicable",
                          "category", "type", "referral", "disability", "religion", "ethnicity", "language",
                          "interpreter", "occupation", "employment", "marac", "dash", "bail", "conditions"})


# what makes the letters an illness, not somebody: "diagnosed with MS", "a relapse of MS"
_CONDITION_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:diagnosed\s+with|diagnosis\s+of|suffer(?:s|ed|ing)?\s+(?:from|with)|symptoms\s+of|"
    r"treat(?:ed|ment)\s+for|relapse\s+of|relapsing|progressive)\s+$", re.IGNORECASE)
# letters joined by hyphens that are a range or an index ("grades A-C", "an A-Z of services"), not "M-S"
_HYPHENED_LETTERS = lazy(re.compile, r"[^\W\d_](?:[-‐‑][^\W\d_])+")
_RANGE_BEFORE = lazy(re.compile, r"(?<![\w])(?:from|between|grades?|bands?|sections?|parts?|levels?|rows?|columns?|"
                           r"classes|tiers?|names|surnames|letters|listed|sorted|ordered|alphabetical(?:ly)?)\s+$",
                           re.IGNORECASE)
_RANGE_AFTER = lazy(re.compile, r"\s+(?:of|index|guide|list|order|range|scale|grades?|bands?)(?![\w-])", re.IGNORECASE)
# Letters with more capitals than the rules give a listed person: a middle name the rules leave out ("H.A.W." or
# "HAW" for a listed Hodan Warsame), three to five capitals, bare, dotted, spaced or hyphened; the first and the last
# are the person's given name's and surname's
_WITH_A_MIDDLE = re.compile(r"(?<![^\W_])(?<![^\W_]['’])(?<!&)([^\W\d_a-z](?:(?:\.\s?|[-‐‑])?[^\W\d_a-z]){1,3}"
                            r"(?:\.\s?|[-‐‑])?[^\W\d_a-z](?:['’][^\W\d_a-z])?)"
                            r"(\.(?=\s*[a-z,;:)]|['’]s(?![^\W_])))?(?![^\W_])(?!&)")


@lru_cache(maxsize=4096)
def _written_with_a_middle(text: str) -> tuple[re.Match[str], ...]:
    """``_WITH_A_MIDDLE``'s matches in ``text``. Cached: the learning of the draft, detection and the learning of
    the output read the same texts (apply's case1: 6,024 readings)."""
    return tuple(_WITH_A_MIDDLE.finditer(text))


def initials_pattern(letters, spellings: dict[str, dict[str, None]], before: str, after: str):
    """One expression for the spellings of these letters, each a word of its own, the longest first. The last full
    stop is taken only inside a sentence ("G.S.D. was", "M.S.'s partner"), not at its end."""
    if not letters:
        return None
    written = [pattern for key in sorted(letters, key=len, reverse=True) for pattern in spellings[key]]
    return re.compile(r"(?<![^\W_])(?<!&)" + before + "(" + "|".join(written)
                      + r")(\.(?=\s*[a-z,;:)]|['’]s(?![^\W_])))?(?![^\W_])(?!&)" + after)


def a_range_or_a_thing(text: str, match: re.Match) -> bool:
    """Letters joined by hyphens that are a range or an index, or the thing the sentence makes them ("grades A-C",
    "an A-Z of services"), not somebody's initials ("spoke to M-S")."""
    if not _HYPHENED_LETTERS.fullmatch(match.group(1)):
        return False
    before = text[max(0, match.start() - 80):match.start()]
    return _RANGE_BEFORE.search(before) is not None or _RANGE_AFTER.match(text, match.end()) is not None \
        or the_thing_here(text, match.start(), match.end())


def the_thing_here(text: str, start: int, end: int) -> bool:
    """Does the sentence make these letters, which the document made somebody, the thing after all ("an OD", "her
    BP", "the GP", "HM Prison", "BP 140/90", "NA (not applicable)", "Outcome | NA")?"""
    before, after = text[max(0, start - 80):start], text[end:end + 80]
    if _DETERMINER_BEFORE.search(before) or _DETERMINER_AND_KIND_BEFORE.search(before) \
            or _CONDITION_BEFORE.search(before) or _OWNER_BEFORE.search(before) or _NUMBER_BEFORE.search(before) \
            or _CODE_BEFORE.search(before) or _A_PLACE_BEFORE.search(before):
        return True
    if _NAME_OF_A_THING_AFTER.match(after) or _MEASURED_AFTER.match(after) or _CODE_AFTER.match(after) \
            or _NOT_APPLICABLE_AFTER.match(after) or _NOUN_AFTER.match(after):
        return True
    field = _FIELD_BEFORE.search(before)
    if field is None or not _FIELD_VALUE_ENDS.match(after):
        return False
    label = field.group("label").strip(" *_")
    if not label or _PEOPLE_LABEL.search(label) or re.search(r"\d", label):
        return False     # "Contact with | NA", "12/03/2020 | NA": who
    return not re.fullmatch(r"[A-Z][\w'’-]*", label) or label.lower() in _FIELD_WORDS


def beside_a_family_part(text: str, start: int, end: int) -> bool:
    """A role's letters set beside a family part: "her partner, PS, who", "PS, her partner,"."""
    before, after = text[max(0, start - 80):start], text[end:end + 120]
    if _DETERMINER_BEFORE.search(before):
        return False
    return _RELATION_BEFORE.search(before) is not None or _RELATION_AFTER.match(after) is not None


def document_texts(segments) -> list[str]:
    """The texts of a document's segments that ``ListedInitials.learn_document`` reads, in order: not its machine
    values (a hyperlink target, a style's name), as verify reads an output."""
    return [segment.text for segment in segments if segment.kind != "identifier"]


def is_acronym_a_person_could_be(letters: str, roles=()) -> bool:
    """Letters that stand for a thing in a report ("OD", an overdose; "HM", His Majesty's) but are nobody's role:
    somebody's initials where the sentence puts them in a person's place ("OD had followed her", "NA was seen by GP
    1", "with Carl and HM": ``ListedInitials.a_person_here``)."""
    return letters in _acronyms() and letters not in PERSON_ROLE_ACRONYMS and letters not in roles \
        and not _ROMAN.fullmatch(letters) and letters not in _not_acronyms()


# a courtesy title in capitals is somebody's initials too ("MS" for Mary Smith, "DR" for Daniel Reid), where the
# sentence makes them somebody ("the victim, MS", "MS's partner", "MS told the officer"); "MS" is also an illness
# ("diagnosed with MS")
_COURTESY_TITLES = frozenset({"MR", "MRS", "MS", "MX", "DR"})


def is_title_a_person_could_be(letters: str, roles=()) -> bool:
    """A courtesy title in capitals ("MS", "MR", "DR"): somebody's initials where the sentence makes them somebody
    (``ListedInitials.a_person_here``), as an acronym of ``is_acronym_a_person_could_be`` is."""
    return letters in _COURTESY_TITLES and letters not in roles and letters not in PERSON_ROLE_ACRONYMS


@lru_cache(maxsize=1)
def rank_abbreviations() -> frozenset[str]:
    from .name_or_word import is_ordinary_word

    titles = {title.upper() for title in NAME_TITLES if " " not in title and "/" not in title and "." not in title}
    return frozenset(title for title in titles - _COURTESY_TITLES
                     if 2 <= len(title) <= 4 and not is_ordinary_word(title.lower()))


def is_rank_a_person_could_be(letters: str, roles=()) -> bool:
    """A rank in capitals ("DC", "PC", "DS"): the officer's, as a role's letters are; somebody's initials only where
    the document says so or a family part stands beside them (``is_role_acronym_a_person_could_be``)."""
    return letters in rank_abbreviations() and letters not in roles and letters not in _acronyms()


def is_role_acronym_a_person_could_be(letters: str, roles=()) -> bool:
    """Letters a report writes for a person's role ("PS", "PM", "MW", "GP"): somebody's initials only where the
    document says so ("Priya Sharma (PS)") or a family part stands beside them ("her partner, PS, who"); "GP said"
    is the doctor however often a document writes it (``ListedInitials.learn_document``)."""
    return (letters in PERSON_ROLE_ACRONYMS or letters in roles) and not _ROMAN.fullmatch(letters) \
        and letters not in _not_acronyms()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    from .data.tables import column

    return frozenset(column("acronyms.txt"))


def report_acronyms() -> frozenset[str]:
    """The capitals of ``redact/data/acronyms.txt``: services, roles, documents and common abbreviations."""
    return _acronyms()


@lru_cache(maxsize=1)
def _not_acronyms() -> frozenset[str]:
    """The other capital words of ``_other_capitals``: short English words, titles, months and weekdays."""
    return _other_capitals() - _acronyms()


def is_other_capital_word(letters: str, roles=()) -> bool:
    """Do these capitals stand for something else in a report (see the module's notes)? ``roles``: the rules'
    role words written in capitals ("SW", "HV")."""
    from .name_or_word import is_ordinary_word

    if letters in _other_capitals() or letters in roles or _ROMAN.fullmatch(letters):
        return True
    return len(letters) >= 3 and is_ordinary_word(letters.lower())


def ascii_letter(letter: str) -> str:
    """'Ł' -> 'L', 'Ö' -> 'O': a draft typed on an English keyboard writes the initials without the marks."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
    folded = fold_key(bare).upper()
    if letter.islower():
        folded = folded.lower()
    return folded if len(folded) == 1 and folded.isascii() and folded.isalpha() else letter


def _is_particle(word: str) -> bool:
    head, hyphen, _ = word.lower().partition("-")
    return _a_particle(word.lower()) or _a_particle(head) or _a_particle(head + hyphen)


def _a_particle(key: str) -> bool:
    """Is ``key`` (in small letters) one of nameparser's prefixes of a surname or a Welsh particle, read as its
    configuration reads a word (without the dots at its ends)? From the shipped list: nameparser's import and
    configuration were 24 ms of a cold verify, for this alone (the same answers, tested)."""
    from .data.tables import entry

    key = key.strip(".")
    return bool(key) and entry("name_particles.txt", key) is not None


def _particle_lowered(word: str) -> str:
    head, hyphen, rest = word.partition("-")
    if _is_particle(head):
        return head.lower() + hyphen + rest
    return word


def _written_in_case(word: str) -> bool:
    """Does the word's case say how the name is written ("McDonald", "van", "J"), or is it a name written in
    capitals or small letters ("SMITH", "mary", "mARY") whose case says nothing?"""
    letters = [c for c in word if c.isalpha()]
    if len(letters) <= 1:
        return not letters or letters[0].isupper()
    if letters[0].isupper():
        return any(c.islower() for c in letters[1:])
    return word.islower() and _is_particle(word)


def _casings(words: list[str]) -> list[list[str]]:
    """The name's words as a draft writes them: as listed, or, where the rules write a word in capitals, small
    letters or odd case ("MARY SMITH", "mary o'brien", "Mary SMITH"), in the name's own case: nameparser's
    ("O'Brien", "McDonald", "van der Merwe") and each part with a capital ("Van Der Merwe", "Macnamara"), as the
    case of "MACNAMARA" or "VAN" cannot be known."""
    if all(_written_in_case(word) for word in words):
        return [words]
    from nameparser import HumanName

    from .variants import _name_constants

    parsed = HumanName(" ".join(word.strip(",") for word in words), constants=_name_constants())
    parsed.capitalize(force=True)
    recased = {word.lower(): word for word in str(parsed).split()}
    naive = [word if _written_in_case(word) else "-".join(part[:1].upper() + part[1:].lower()
                                                          for part in word.split("-")) for word in words]
    by_parser = [word if _written_in_case(word) else
                 recased.get(word.strip(",").lower(), naive[at].strip(",")) + ("," if word.endswith(",") else "")
                 for at, word in enumerate(words)]
    return [by_parser] if by_parser == naive else [by_parser, naive]


def _prefixed(part: str) -> int:
    """Where the capital inside a name's part after a short prefix is ("McDonald", "MacNamara", "FitzGerald",
    "DeSouza": 2, 3, 4, 2), or 0."""
    for at in range(2, min(5, len(part))):
        if part[at].isupper():
            return at if part[1:at].isalpha() and part[1:at].islower() else 0
    return 0


def _elided(part: str) -> bool:
    """A capital after an elided article: "O'Brien", "D'Souza", "N'Diaye"."""
    return len(part) >= 3 and part[1] in "'’" and part[0].isupper() and part[2].isupper()


# between the letters of initials: nothing, a full stop (and a space), a hyphen ("G.S.D.", "G. S. D.", "M-S")
_BETWEEN = r"(?:\.\s?|[-‐‑])?"
# ... and inside the letters of one part: "O'B" of O'Brien, "McD" of McDonald ("N.O'B.", "S.Mc.D.")
_INSIDE_ELIDED = r"(?:['’]|\.\s?)?"
_INSIDE_PREFIXED = r"(?:\.\s?)?"
_MARKED = r"(?:\.\s?|[-‐‑])"


@dataclass(frozen=True)
class WrittenInitials:
    """One way a draft writes a listed person's initials: ``letters`` without the marks between ("AvdM", "SMcD",
    "NOB"); ``atoms`` each initial as (letters, the regular expression of its spellings: "McD" and "Mc.D").
    ``pattern`` matches every spelling ("A.v.d.M.", "A.vd.M.", "S.Mc.D.", "N.O'B.", "M-S")."""

    letters: str
    atoms: tuple[tuple[str, str], ...]

    def pattern(self, marked: bool = False) -> str:
        """``marked``: only spellings with a full stop between the letters ("J.A.M.", not the word "JAM")."""
        return (_MARKED if marked else _BETWEEN).join(pattern for _, pattern in self.atoms)


def _part_letters(part: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """A name part's initials, each (letters, pattern): as the name writes them ("v" of van, "McD" of McDonald,
    "O'B" of O'Brien), in capitals only ("V", "MD", "OB"), and the single capital read before ("", "M", "O")."""
    first = part[:1]
    if not first.isalpha():
        return [], [], []
    if first.islower():       # a particle: "van", "der", "bin", "al"
        return [(first, re.escape(first))], [(first.upper(), re.escape(first.upper()))], []
    if _elided(part):
        a, b = part[0], part[2]
        both = (a + b, re.escape(a) + _INSIDE_ELIDED + re.escape(b))
        return [both], [both], [(a, re.escape(a))]
    at = _prefixed(part)
    if at:
        head, capital = part[:at], part[at]
        return ([(head + capital, re.escape(head) + _INSIDE_PREFIXED + re.escape(capital))],
                [(head[0], re.escape(head[0])), (capital, re.escape(capital))], [(first, re.escape(first))])
    return [(first, re.escape(first))], [(first, re.escape(first))], [(first, re.escape(first))]


def _word_letters(words: list[str]):
    """For each word, its parts' initials of the three kinds (``_part_letters``)."""
    out = []
    for word in words:
        kinds: tuple[list, list, list] = ([], [], [])
        parts = [part for part in re.split(r"[-‐‑]+", word.strip(",")) if part]
        for at, part in enumerate(parts):
            full, capitals, bare = _part_letters(part)
            if at < len(parts) - 1 and _is_particle(part + "-"):
                bare = []     # "Al-Hassan", "Abu-Zaid": the article's capital is left out as a small one is
            for kind, found in zip(kinds, (full, capitals, bare)):
                kind.append(found)
        out.append(kinds)
    return out


def written_initials(name: str) -> list[WrittenInitials]:
    """Every way a draft may write a listed name's initials: every word's (a hyphenated one's parts each:
    "Sarah-Jane Smith" -> "SJS"), and the first and last word's ("Gurpreet Singh Dhillon" -> "GSD", "GD");
    particles small or in capitals ("Anna van der Merwe" -> "AvdM", "AVDM") or left out ("AM"); a prefixed surname
    with its prefix ("Sean McDonald" -> "SMcD", "SMD", "SM"; "Niamh O'Brien" -> "NOB", "NO"); each also without the
    marks ("Łukasz Żak" -> "ŁŻ", "LZ"). Titles give no letter; the name's case as the rules write it does not
    matter ("MARY SMITH", "mary smith" -> "MS")."""
    found: dict[tuple[str, str], WrittenInitials] = {}
    for words in _casings(split_title(name)[1]):
        if any(word.endswith(",") for word in words):
            # a record's "SIDHU, Jaspreet Kaur": the draft calls her JKS, in the order of the name, not of the
            # record; a record's capitals give no particle its letter ("VAN DER BERG, Pieter" is PB)
            words = [_particle_lowered(word) for word in " ".join(_parsed_words(words)[0]).split()]
        letters = _word_letters(words)
        # the words that give a capital, each by its first part that does ("al-Hassan": "Hassan"): the first and
        # the last of them are the short form's ("Anna van der Merwe": AM), the last with the particles before it
        # ("Anna Maria van der Merwe": AvdM)
        named = [(number, next(at for at, capital in enumerate(kinds[2]) if capital))
                 for number, kinds in enumerate(letters) if any(kinds[2])]
        for kind in range(3):
            every = [piece for kinds in letters for part in kinds[kind] for piece in part]
            forms = [every]
            if len(named) >= 2:
                (first, at), (last, last_at) = named[0], named[-1]
                particles = last
                while particles - 1 > first and not any(letters[particles - 1][2]):
                    particles -= 1
                before = [piece for kinds in letters[particles:last] for part in kinds[kind] for piece in part]
                start = letters[first][kind][at]
                forms.append(start + before + letters[last][kind][last_at])
                # ... with every part of the last: "Sarah Jane Smith-Jones" -> "SSJ"
                forms.append(start + before + [piece for part in letters[last][kind] for piece in part])
            for form in forms:
                if not SHORTEST <= len(form) <= LONGEST:
                    continue
                for spelling in (form, [(_ascii_letters(text), _ascii_pattern(text, pattern))
                                        for text, pattern in form]):
                    written = WrittenInitials("".join(text for text, _ in spelling), tuple(spelling))
                    found.setdefault((written.letters, written.pattern()), written)
    return list(found.values())


def _ascii_letters(text: str) -> str:
    return "".join(ascii_letter(letter) for letter in text)


def _ascii_pattern(text: str, pattern: str) -> str:
    for letter in text:
        if ascii_letter(letter) != letter:
            pattern = pattern.replace(re.escape(letter), re.escape(ascii_letter(letter)))
    return pattern


def given_name_runs(name: str) -> list[list[str]]:
    """The runs of a listed name's words, short of the whole, whose letters a draft may define for the person: the
    given names without the surname ("Dil Kumari" of Dil Kumari Gurung: "DK"; "Jean-Pierre" of Jean-Pierre
    Dubois: "JP"; "María José" and "María José García" of María José García López), and, where the first word may
    be the family name written first, the words after it ("Thi Lan" of Nguyen Thi Lan). Each is somebody's only
    where the document says so beside the name (``ListedInitials._defines_given``): undefined, such letters are
    too many other people's."""
    from .variants import may_be_family_name_first

    words = split_title(name)[1]
    if any(word.endswith(",") for word in words):
        words = [_particle_lowered(word) for word in " ".join(_parsed_words(words)[0]).split()]
    words = [word.strip(",") for word in words]
    named = [at for at, word in enumerate(words) if word[:1].isupper() and not _is_particle(word)]
    if len(named) < 2:
        return []
    runs = [words[:end + 1] for end in named[:-1]]
    if may_be_family_name_first(words[0]):
        runs += [words[start:] for start in named[1:]]
    return runs


def initials_of_name(name: str) -> list[str]:
    """The initials a draft may use for a listed name (``written_initials``), without the marks between."""
    return list(dict.fromkeys(written.letters for written in written_initials(name)))


def _first_and_last(letters: str) -> tuple[str, str]:
    return ascii_letter(letters[0]).upper(), ascii_letter(letters[-1]).upper()


def initials_key(surface: str) -> str:
    """Written initials without the marks between them: "G. S. D." -> "GSD", "N.O'B." -> "NOB", "M-S" -> "MS"."""
    return re.sub(r"[.\s'’‐‑-]", "", surface)


class ListedInitials:
    """Every listed person's initials that stand for no other thing, and where a text writes them."""

    def __init__(self, rules: Rules):
        roles = frozenset(word for role in rules.policy.roles.values() for word in role.words if word.isupper())
        owners: dict[str, list[int]] = {}
        in_context: dict[str, list[int]] = {}
        by_definition: dict[str, list[int]] = {}
        words: dict[str, list[int]] = {}
        spellings: dict[str, dict[str, None]] = {}   # the letters -> the regular expressions of their spellings
        for index, entity in enumerate(rules.listed()):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                if len(split_title(name)[1]) < 2:
                    continue     # one word has no initials to speak of ("Ksenia")
                for written in written_initials(name):
                    letters, pattern = written.letters, written.pattern()
                    if not letters.isupper():
                        if letters in _acronyms():
                            continue        # "MoJ", "PhD"
                        target = owners     # "AvdM", "SMcD" are no word in any case
                    elif not is_other_capital_word(letters, roles):
                        target = owners
                    elif is_acronym_a_person_could_be(letters, roles) or is_title_a_person_could_be(letters, roles):
                        target = in_context
                    elif is_role_acronym_a_person_could_be(letters, roles) or is_rank_a_person_could_be(letters,
                                                                                                       roles):
                        target = by_definition
                    elif len(written.atoms) >= 3 and letters not in _acronyms() and letters not in roles:
                        # "JAM" is a word, "J.A.M." somebody's initials: only the spelling with full stops
                        target, pattern = owners, written.pattern(marked=True)
                    else:
                        # "NO" for Nadia Oyelaran, "US" for Uma Sharma, "AN" for Adam Nowak: a word in every
                        # heading and form, the person's only where the document says so ("Nadia Oyelaran (NO)")
                        target = words
                    if index not in target.get(letters, []):
                        target.setdefault(letters, []).append(index)
                    spellings.setdefault(letters, {})[pattern] = None
        # the first listed wins a shared set of initials, as a shared form does (the victim is listed first)
        self._owners = {letters: tuple(indexes) for letters, indexes in owners.items()}
        # "OD had followed her": letters that are also an acronym, only where the sentence makes them somebody
        self._in_context = {letters: tuple(indexes) for letters, indexes in in_context.items()}
        # "PS" for Priya Sharma: a role's letters, somebody only where the document defines them or beside a family
        # part ("her partner, PS,")
        self._by_definition = {letters: tuple(indexes) for letters, indexes in by_definition.items()}
        # a short word, a month's or a weekday's short form, a Roman numeral: somebody only in a document that
        # defines the letters, and there only where the sentence makes them somebody ("NO said she was fine", not
        # "Referral made? NO" nor "NO FURTHER ACTION")
        self._words = {letters: tuple(indexes) for letters, indexes in words.items()}
        # the letters of either kind that the document read last makes a listed person (``learn_document``)
        self.established: frozenset[str] = frozenset()
        ambiguous = {**self._in_context, **self._by_definition, **self._words}
        self._context_pattern = initials_pattern(ambiguous, spellings, r"(?<![&/])", r"(?![&/])")
        # the words of the names the ambiguous letters stand for: "Nadia Ahmed (NA)" defines them, "Vera (NA)" not
        self._owner_words = {letters: {fold_key(word) for index in indexes
                                       for name in (rules.listed()[index].name, *rules.listed()[index].aliases)
                                       for word in split_title(name)[1]}
                             for letters, indexes in ambiguous.items()}
        # "contact with OD and Vera": beside a listed person's name, the letters are somebody too
        # a pseudonym too: verify reads the output, where "Carl and HM" was "Mark Haworth's brother and HM"
        self._name_words = {fold_key(word) for entity in rules.people
                            for name in (entity.name, *entity.aliases, entity.pseudonym or "")
                            for word in split_title(name)[1]}
        # what every find starts with, searched for first: a letter that opens someone's initials, then the next
        pairs = sorted({(letters[0], letters[1]) for letters in self._owners})
        self._start = re.compile("|".join(rf"{re.escape(a)}[.\s'’‐‑-]{{0,2}}{re.escape(b)}" for a, b in pairs)) \
            if pairs else None
        # a word of its own, not a language tag's region ("zh-CN", "en-GB" in Word's settings) and not a letter
        # after an apostrophe inside a word ("O'NEILL"), but after an opening quote ("'WN said")
        self._pattern = initials_pattern(self._owners, spellings,
                                          r"(?<![^\W_]['’])(?<!\b[a-z][a-z]-)(?<!\b[a-z][a-z][a-z]-)", "")
        # each listed person's first and last capital, and the words of their names: letters with a middle the rules
        # do not give ("HAW" of Hodan Warsame) are theirs where the document defines them after the name, or, undefined,
        # where no other listed person starts and ends alike and the sentence makes them somebody
        ends: dict[tuple[str, str], list[int]] = {}
        self._words_of: dict[int, set[str]] = {}
        for index, entity in enumerate(rules.listed()):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                name_words = split_title(name)[1]
                capitals = [word for word in name_words if word[:1].isupper()]
                if len(capitals) < 2:
                    continue
                # (an elided or prefixed surname ends the letters with its inner capital too: "N.M.O'B.", "SJMcD")
                surname = capitals[-1]
                inner = surname[2] if _elided(surname) else surname[_prefixed(surname)] if _prefixed(surname) else ""
                for last in {surname[0], inner} - {""}:
                    pair = (ascii_letter(capitals[0][0]).upper(), ascii_letter(last).upper())
                    if index not in ends.setdefault(pair, []):
                        ends[pair].append(index)
                self._words_of.setdefault(index, set()).update(fold_key(word) for word in name_words)
        self._ends = {pair: tuple(indexes) for pair, indexes in ends.items()}
        self._roles = roles
        # letters with a middle the document defines for a listed person (``learn_document``), and those it makes
        # somebody once, undefined
        self._defined_middle: dict[str, int] = {}
        self._middle_established: frozenset[str] = frozenset()
        self._middle_of_others: frozenset[str] = frozenset()
        # the letters of a listed person's given names alone ("DK" of Dil Kumari Gurung): the person's only where
        # the document defines them beside the name, then everywhere it writes them as somebody (``_learn_given``)
        given: dict[str, list[int]] = {}
        given_spellings: dict[str, dict[str, None]] = {}
        for index, entity in enumerate(rules.listed()):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                for run in given_name_runs(name):
                    forms = written_initials(" ".join(run))
                    # every word's letter ("MJG" of María José García), not the run's first and last ("MG")
                    longest = max((len(form.atoms) for form in forms), default=0)
                    for form in forms:
                        letters = form.letters
                        if len(form.atoms) < longest or self._known_letters(letters) \
                                or letters in _acronyms() and not letters.isupper():
                            continue
                        if index not in given.setdefault(letters, []):
                            given[letters].append(index)
                        given_spellings.setdefault(letters, {})[form.pattern()] = None
        self._given = {letters: tuple(indexes) for letters, indexes in given.items()}
        self._given_pattern = initials_pattern(self._given, given_spellings,
                                               r"(?<![^\W_]['’])(?<![&/])(?<!\b[a-z][a-z]-)", r"(?![&/])")
        self._owner_words_of = {index: {fold_key(word) for name in (entity.name, *entity.aliases)
                                        for word in split_title(name)[1]}
                                for index, entity in enumerate(rules.listed()) if isinstance(entity, Person)}
        # the words of every other listed person's names that are not this one's ("Sunita" for Dil Kumari Gurung)
        every_word = set().union(*self._owner_words_of.values())
        self._foreign_words = {index: every_word - words for index, words in self._owner_words_of.items()}
        self._defined_given: dict[str, int] = {}

    def __bool__(self) -> bool:
        return self._pattern is not None or self._context_pattern is not None

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(self._owners)

    def find(self, text: str) -> list[InitialsMatch]:
        found = self._find_in_context(text) if self._context_pattern is not None else []
        found += self._find_with_a_middle(text)
        found += self._find_given(text)
        if self._pattern is None or self._start is None or not self._start.search(text):
            return found
        for match in self._pattern.finditer(text):
            letters = initials_key(match.group(1))
            owners = self._owners.get(letters)
            if owners is None or a_range_or_a_thing(text, match):
                continue
            found.append(InitialsMatch(match.start(), match.end(), letters, owners[0], owners))
        return found

    def _find_in_context(self, text: str) -> list[InitialsMatch]:
        assert self._context_pattern is not None
        found = []
        for match in self._context_pattern.finditer(text):
            letters = initials_key(match.group(1))
            if letters not in self._in_context and letters not in self._by_definition and letters not in self._words:
                continue
            if letters in self._words:
                person = letters in self.established and (
                    self.a_person_here(text, match.start(), match.end())
                    or self._defined_here(text, match.start(), match.end(), letters))
            elif letters in self.established:
                person = self.a_person_here(text, match.start(), match.end()) \
                    or not the_thing_here(text, match.start(), match.end())
            elif letters in self._in_context:
                person = self.a_person_here(text, match.start(), match.end())
            else:
                person = beside_a_family_part(text, match.start(), match.end())
            if person:
                owners = self._in_context.get(letters) or self._by_definition.get(letters) or self._words[letters]
                found.append(InitialsMatch(match.start(), match.end(), letters, owners[0], owners))
        return found

    def _known_letters(self, letters: str) -> bool:
        return letters in self._owners or letters in self._in_context or letters in self._by_definition \
            or letters in self._words

    def _middle_candidates(self, letters: str) -> tuple[int, ...]:
        """The listed people whose given name and surname start and end these letters ("HAW": Hodan Warsame)."""
        if not SHORTEST < len(letters) <= LONGEST or self._known_letters(letters) or letters in self._defined_given:
            return ()
        if not letters.isupper():
            return ()
        return self._ends.get(_first_and_last(letters), ())

    def _find_with_a_middle(self, text: str) -> list[InitialsMatch]:
        """A listed person's initials with a middle letter the rules do not give ("H.A.W.", "HAW" for Hodan
        Warsame): where the document defined them after the name, everywhere it writes them as somebody; undefined,
        only where one listed person starts and ends alike, the letters are no word nor acronym of a report and no
        unlisted name's of the document, and the sentence makes them somebody (``a_person_here``), or the document
        did once (then everywhere but where the sentence makes them the thing)."""
        if not self._ends:
            return []
        found = []
        for match in _written_with_a_middle(text):
            letters = initials_key(match.group(1))
            candidates = self._middle_candidates(letters)
            if not candidates or a_range_or_a_thing(text, match):
                continue
            start, end = match.start(), match.end()
            person = self._defined_middle.get(letters)
            if person is not None:
                if is_other_capital_word(letters, self._roles):
                    here = self.a_person_here(text, start, end) or self._defines_middle(text, start, end, letters)
                else:
                    here = self._defines_middle(text, start, end, letters) or not the_thing_here(text, start, end)
            elif len(candidates) == 1 and self._may_be_middle(letters):
                person = candidates[0]
                here = self.a_person_here(text, start, end) or letters in self._middle_established \
                    and not the_thing_here(text, start, end)
            else:
                continue
            if here:
                found.append(InitialsMatch(start, end, letters, person, (person,)))
        return found

    def _may_be_middle(self, letters: str) -> bool:
        """Undefined letters that may be a listed person's with a middle: no word, acronym or role of a report, no
        unlisted name's of the document."""
        return not is_other_capital_word(letters, self._roles) and letters not in self._middle_of_others

    def _defines_middle(self, text: str, start: int, end: int, letters: str) -> int | None:
        """The listed person a definition right here gives these letters ("Hodan Warsame (H.A.W.)", "Hodan Warsame,
        referred to in this report as HAW,", "(hereafter HAW)", a row "HAW | Hodan Warsame"), or None."""
        for person in self._middle_candidates(letters):
            if self._defined_here(text, start, end, letters, self._words_of.get(person, set()), anyone=False):
                return person
        return None

    def _learn_middles(self, texts: list[str], also) -> None:
        """Which letters with a middle the document defines for a listed person, and which it makes somebody."""
        defined: dict[str, int] = {}
        established: set[str] = set()
        seen: set[str] = set()
        for text in texts:
            for match in _written_with_a_middle(text):
                letters = initials_key(match.group(1))
                candidates = self._middle_candidates(letters)
                if not candidates:
                    continue
                seen.add(letters)
                person = self._defines_middle(text, match.start(), match.end(), letters)
                if person is not None:
                    defined.setdefault(letters, person)
                elif len(candidates) == 1 and self.a_person_here(text, match.start(), match.end()):
                    established.add(letters)
        # letters an unlisted name of the document has ("Hamza Ali Wardi" for HAW) are not guessed a listed person's
        others = set()
        joined = "\n".join(texts)
        for letters in seen - set(defined):
            words = r"[^\W\d_]*[\s-]+".join(re.escape(letter) for letter in letters)
            for name in re.finditer(r"(?<![^\W_])" + words + r"[^\W\d_]+", joined):
                if not {fold_key(word) for word in re.split(r"[\s-]+", name.group())} \
                        <= set().union(*(self._words_of.get(p, set()) for p in self._ends.get(_first_and_last(letters), ()))):
                    others.add(letters)
                    break
        # verify after apply: the input defined them, the output no longer shows it
        for letters in also:
            candidates = self._middle_candidates(letters)
            if candidates and letters not in defined:
                defined[letters] = candidates[0]
        self._defined_middle = defined
        self._middle_established = frozenset(established - others)
        self._middle_of_others = frozenset(others)

    def _find_given(self, text: str) -> list[InitialsMatch]:
        """The letters of a listed person's given names the document defined for them ("Dil Kumari Gurung (DK)"),
        where the text writes them as somebody: an acronym or a word of a report only where the sentence makes it
        somebody, other letters everywhere but where it makes them the thing (as letters with a middle are)."""
        if not self._defined_given or self._given_pattern is None:
            return []
        found = []
        for match in self._given_pattern.finditer(text):
            letters = initials_key(match.group(1))
            person = self._defined_given.get(letters)
            if person is None or a_range_or_a_thing(text, match) \
                    or _NUMBERED_PART_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                    or "." in match.group(1) and self._opens_a_name(text, match.start(), match.end()):
                continue
            start, end = match.start(), match.end()
            if is_other_capital_word(letters, self._roles):
                here = self.a_person_here(text, start, end) or self._defines_given(text, start, end, letters)
            else:
                here = self._defines_given(text, start, end, letters) is not None \
                    or not the_thing_here(text, start, end)
            if here:
                found.append(InitialsMatch(start, end, letters, person, (person,)))
        return found

    def _opens_a_name(self, text: str, start: int, end: int) -> bool:
        """Dotted letters before a capital word that are the first letters of a name: where they open a sentence,
        or the word is no English word nor a listed name's ("from J.P. Morgan"; not "spoke to J.P. Later she")."""
        from .data.tables import stop_words
        from .name_or_word import is_ordinary_word

        after = _WORD_AFTER_THE_STOP.match(text, end)
        if after is None:
            return False
        if _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start):
            return True
        word = after.group("word")
        return not is_ordinary_word(word.lower()) and word.lower() not in stop_words() \
            and not self._a_listed_word(word)

    def _defines_given(self, text: str, start: int, end: int, letters: str) -> int | None:
        """The listed person whose given names' letters a definition right here gives ("Dil Kumari Gurung (DK)",
        "(hereafter RB)" after Rajendra Bahadur Thapa, "Mrs Gurung (DK)", a row "DK | Dil Kumari Gurung"), or
        None: the name beside them is hers, with no word of another listed person's ("Sunita Gurung (DK)" is not
        Dil Kumari Gurung's letters, though the surname is hers too)."""
        before = re.split(r"[.;:!?\n|]\s", text[max(0, start - 80):start])[-1]
        after = re.split(r"[.;:!?\n]\s", text[end:end + 80])[0]
        beside = {fold_key(re.sub(r"['’]s?$", "", word)) for word in
                  re.findall(r"[^\W\d_][\w'’-]*", before)[-4:] + re.findall(r"[^\W\d_][\w'’-]*", after)[:4]}
        if "." in text[start:end] and text[end:end + 1] == ".":
            end += 1     # dotted letters' own last full stop, before a cell's edge: "| K.M. |"
        for person in self._given.get(letters, ()):
            if not beside & self._foreign_words[person] and self._defined_here(
                    text, start, end, letters, self._owner_words_of[person], anyone=False):
                return person
        return None

    def _learn_given(self, texts: list[str], also) -> None:
        """Which letters of given names the document defines for a listed person: in a sentence, or as a table's
        row whose cells a .docx reads as texts of their own ("DK" | "Dil Kumari Gurung")."""
        defined: dict[str, int] = {}
        if self._given_pattern is not None:
            for index, text in enumerate(texts):
                for match in self._given_pattern.finditer(text):
                    letters = initials_key(match.group(1))
                    if letters in defined or letters not in self._given:
                        continue
                    person = self._defines_given(text, match.start(), match.end(), letters)
                    if person is None:
                        person = next((p for p in self._given[letters] if self._a_row_of_initials_and_name(
                            texts, index, letters, self._owner_words_of[p])), None)
                    if person is not None:
                        defined[letters] = person
        # verify after apply: the input defined them, the output no longer shows it
        for letters in also:
            if letters in self._given and letters not in defined:
                defined[letters] = self._given[letters][0]
        self._defined_given = defined

    # ------------------------------------------------------------------ the document

    def learn_document(self, texts: list[str], also=frozenset()) -> bool:
        """Learn which ambiguous letters the document makes a listed person: it defines them ("Nadia Ahmed (NA)",
        "(hereafter NA)", "NA (the victim)", a row "NA | Nadia Ahmed"), or uses them once where the sentence makes
        them somebody (``a_person_here``; a role's letters only beside a family part). Everywhere else in the
        document the letters are then that person, but where the sentence makes them the thing
        (``the_thing_here``). ``also``: letters learned before (verify after apply: the input defined them, the
        output no longer shows it). Returns whether what is established changed."""
        established = set(also)
        ambiguous = {**self._in_context, **self._by_definition, **self._words}
        if self._context_pattern is not None:
            for index, text in enumerate(texts):
                for match in self._context_pattern.finditer(text):
                    letters = initials_key(match.group(1))
                    if letters in ambiguous and letters not in established \
                            and self._established_here(texts, index, match.start(), match.end(), letters):
                        established.add(letters)
        self._learn_given(texts, also)
        self._learn_middles(texts, also)
        # (carried from apply to the check after it: the definition is gone from the output)
        established |= set(self._defined_middle) | self._middle_established | set(self._defined_given)
        learned = frozenset(established)
        changed, self.established = learned != self.established, learned
        return changed

    def _established_here(self, texts: list[str], index: int, start: int, end: int, letters: str) -> bool:
        text = texts[index]
        if self._defined_here(text, start, end, letters) or self._a_row_of_initials_and_name(texts, index, letters):
            return True
        if letters in self._words:
            return False
        if letters in self._in_context:
            return self.a_person_here(text, start, end)
        return beside_a_family_part(text, start, end)

    def _defined_here(self, text: str, start: int, end: int, letters: str, owner_words=None,
                      anyone: bool = True) -> bool:
        """"Nadia Ahmed (NA)", "Nadia Ahmed ('NA')", "(hereafter NA)", "referred to as NA", "NA (the victim)",
        "NA, the victim,", "NA | Nadia Ahmed": the document says whom the letters stand for. ``owner_words``: the
        words of the names they may stand for (the letters' owners by default); ``anyone``: whether a definition
        that names nobody ("NA (the victim)") counts."""
        if owner_words is None:
            owner_words = self._owner_words[letters]
        before, after = text[max(0, start - 80):start], text[end:end + 80]
        named_as = _NAMED_AS_BEFORE.search(before)
        if named_as is not None:
            # who is named is in the words right before: "Her sister (hereafter OD)", "She is referred to as NA",
            # not "taken to the Emergency Department (hereafter ED)", "an overdose (hereafter OD)"
            named = re.findall(r"[^\W\d_][\w'’-]*", re.split(r"[.;:!?\n]\s", before[:named_as.start()])[-1])[-4:]
            return any(anyone and A_PERSON_WORD.fullmatch(word) or fold_key(re.sub(r"['’]s?$", "", word))
                       in owner_words for word in named)
        name = _NAME_THEN_BRACKET.search(before)
        if name is not None and fold_key(name.group("word")) in owner_words \
                and _BRACKET_CLOSES.match(after):
            return True
        alias = _NAME_THEN_ALIAS.search(before)
        if alias is not None and fold_key(alias.group("word")) in owner_words \
                and (alias.group("bracket") is None or _BRACKET_CLOSES.match(after)):
            return True
        if anyone and _PERSON_IN_BRACKETS_AFTER.match(after):
            return True
        row = _CELL_THEN.match(after)
        if row is not None and _CELL_STARTS.search(before) and self._only_their_name(row.group("name"), letters, owner_words):
            return True
        row = _CELL_BEFORE.search(before)
        return row is not None and _CELL_ENDS.match(after) is not None \
            and self._only_their_name(row.group("name"), letters, owner_words)

    def _only_their_name(self, cell: str, letters: str, owner_words=None) -> bool:
        """Is ``cell`` (no title) nothing but words of a name these letters stand for ("Nadia Ahmed")?"""
        words = cell.split()
        if owner_words is None:
            owner_words = self._owner_words[letters]
        return bool(words) and all(fold_key(word) in owner_words for word in words)

    def _a_row_of_initials_and_name(self, texts: list[str], index: int, letters: str, owner_words=None) -> bool:
        """A table's row of initials and names, each in a cell of its own (a .docx reads a cell as a text): the
        letters alone, the cell beside them a name they stand for (``owner_words``: its words, the letters' owners'
        by default)."""
        if initials_key(texts[index].strip(" \t|*:")) != letters:
            return False
        for neighbour in texts[max(0, index - 1):index] + texts[index + 1:index + 2]:
            cell = re.fullmatch(r"\s*" + _NAME_CELL + r"\s*", neighbour)
            if cell is not None and self._only_their_name(cell.group("name"), letters, owner_words):
                return True
        return False

    def a_person_here(self, text: str, start: int, end: int) -> bool:
        """Does the sentence make these letters, also an acronym, somebody? As a person's grammatical place: the
        subject of what only a person does or undergoes ("NA did not attend", "HM was seen by GP 1"), the object of
        what only a person is done ("Carl hit OD", "did not ask NA about the bruising"), an owner of a family or a
        life ("NA's partner"), set beside a family part ("her partner, HM, who") or a listed name ("with Carl and
        HM"). A determiner before makes them the thing ("an OD", "the ED", "her BP")."""
        before = text[max(0, start - 80):start]
        after = text[end:end + 120]
        if _DETERMINER_BEFORE.search(before) or _CONDITION_BEFORE.search(before):
            return False     # "an OD was suspected", "her BP was high", "diagnosed with MS"
        if self._beside_a_listed_name(before, after) or _RELATION_AFTER.match(after) \
                or _POSSESSION_AFTER.match(after) or _RELATION_BEFORE.search(before):
            return True      # "the death of HM and Vera", "NI, Hannah's sister,", "NA's partner", "her partner, HM"
        if _THING_BEFORE.search(before) and not _PERSON_ONLY_OBJECT_BEFORE.search(before):
            return False     # "a history of OD", "tested for HM"
        if re.match(r"\s*[A-Z][a-z]", after):
            return False     # "HM Prison", "HM Coroner", "NI Direct": the letters open a name of a thing
        if _PERSON_ONLY_OBJECT_BEFORE.search(before):
            return True      # "Carl hit OD", "police arrested HM", "statement of AM"
        if _ASKED_BEFORE.search(before) and _ASKED_AFTER.match(after) \
                or _MET_BEFORE.search(before) and _MET_AFTER.match(after):
            return True      # "did not ask NA about", "told HM that she", "spoke to OD at the scene"
        return _PERSON_VERB_AFTER.match(after) is not None

    def _beside_a_listed_name(self, before: str, after: str) -> bool:
        """"contact with OD and Vera", "Carl and HM", "Vera, NA and Carl": beside a listed person's name (and not
        "OD and A&E", "HM and DWP")."""
        other = re.match(r"\s+(?:and|or|&)\s+([^\W\d_][\w'’-]*)", after)
        if other is not None and self._a_listed_word(other.group(1)):
            return True
        in_a_list = re.match(r"\s*(?:,|\s(?:and|or|&)\s)", after) is not None
        other = re.search(r"([^\W\d_][\w'’-]*)" + (r"(?:\s+(?:and|or|&)\s+|,\s+)$" if in_a_list
                                                    else r"\s+(?:and|or|&)\s+$"), before)
        return other is not None and self._a_listed_word(other.group(1))

    def _a_listed_word(self, word: str) -> bool:
        """A word of a listed name or pseudonym, or a listed person's initials ("with MF and NI")."""
        return fold_key(re.sub(r"['’]s?$", "", word)) in self._name_words or word in self._owners \
            or word in self._in_context

    def stands_for(self, surface: str) -> int | None:
        """The listed person these written initials stand for ("G.S.D." -> Gurpreet Singh Dhillon), or None."""
        letters = initials_key(surface)
        owners = self._owners.get(letters) or self._in_context.get(letters) or self._by_definition.get(letters) \
            or self._words.get(letters)
        return owners[0] if owners else None
