"""Settling what the recognisers found: shared name forms and overlapping finds."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container

from .. import entities
from ..documents.base import Segment
from ..findings import Finding
from ..lexicon import (AGE_WORDS_BEFORE_A_NAME, FORM, HONORIFICS, MESSAGE_OPENERS_OF_OTHER_LANGUAGES, PLACE_QUALIFIERS,
                       TEKNONYM_WORDS_BEFORE_A_NAME, TITLES, TITLES_BEFORE_A_GIVEN_NAME_ONLY,
                       TITLES_BEFORE_A_LISTED_NAME)
from ..lazy_patterns import lazy
from ..nearby import ending_at
from ..normalise import fold_key
from ..place_short_forms import AREA_BODY_WORDS, KIND_WORDS, PLACE_STREET_FORM, SERVICE_WORDS
from ..sentences import Sentences
from ..variants import (GIVEN_PART_FORM, MIDDLE_FORM, NAME_TITLES, RELATIVE_FORM, SHORT_FORM,
                        is_relative_form, split_title)
from ..words_of_other_languages import a_word_of_its_message
from .recognizers.addresses import STREET_TYPES
from .recognizers.known_names import (WORD, a_date_lead_before, a_given_name_before_a_name,
                                      a_given_name_of_no_list_before_a_name, a_word_before_a_name,
                                      a_word_opening_a_question, name_key, name_lexicon, word_kind)
from .recognizers.places import AREA_WORD_AFTER
from .spans import DisjointSpans, SpanIndex
from .surname_parts import CAPITAL_PARTICLES, particles
from .unlisted_initials import FORM as UNLISTED_INITIALS_FORM, NAMED_AS, unlisted_name_key

_TITLE_WORDS = frozenset(fold_key(w) for title in NAME_TITLES for w in title.split())
_HONORIFIC_WORDS = frozenset(fold_key(w) for w in HONORIFICS)
# what may stand before a listed name in a find and be no word of another person's name: a title kept before the
# pseudonym ("Pastor", "Aunty"), or the person's age ("Young Warsame")
_WORDS_BEFORE_A_LISTED_NAME = _HONORIFIC_WORDS | {fold_key(w) for w in AGE_WORDS_BEFORE_A_NAME}
# titles that are a given name or a family's name too ("Imam", "Sheikh", "Hafiz", "Baba", "Pan"): a title before a
# listed name only where a listed person the name may be could bear it (``_a_title_the_listed_may_bear``)
_NAME_LIKE_TITLE_WORDS = frozenset(fold_key(w) for w in TITLES_BEFORE_A_LISTED_NAME)
_GIVEN_NAME_ONLY_TITLE_WORDS = frozenset(fold_key(w) for w in TITLES_BEFORE_A_GIVEN_NAME_ONLY)


def resolve_shared_forms(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """Give a shared form ("Mrs Mensah", "Doyle") to the right listed person.

    A form several listed people share is resolved by exclusion: a person named in the same sentence
    by a form of their own is not the one the shared form refers to ("Mrs Mensah became worried when
    Grace did not answer" is not Grace). Where exclusion decides, its choices are counted, and the
    most frequent one becomes the document's reading of that form everywhere exclusion cannot decide.
    Without any evidence the rules' order decides (the first listed).
    """
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_segment[finding.segment].append(finding)
    shared = [f for f in findings if f.source == "rule" and f.listed_index is not None
              and len(_alternatives(f, listed)) > 1]
    if not shared:
        return findings
    decided: dict[int, int] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    given_name_owners = _given_name_owners(shared, listed)
    sentences: dict[int, Sentences] = {}
    for finding in shared:
        if any(other.start <= finding.start and finding.end <= other.end and other.end - other.start >
               finding.end - finding.start for other in by_segment[finding.segment] if other.source == "rule"):
            # the surname inside "Iryna Kovalenko": that whole name says who it is, and it casts no vote ("Oksana's
            # sister, Iryna Kovalenko" made every bare "Kovalenko" of the document Iryna by excluding Oksana)
            continue
        text = segments[finding.segment].text
        joined_to = [f.listed_index for f in by_segment[finding.segment]
                     if f is not finding and f.source == "rule" and f.listed_index in _alternatives(finding, listed)
                     and len(_alternatives(f, listed)) == 1
                     and (_JOINER.fullmatch(text, f.end, finding.start) or _JOINER.fullmatch(text, finding.end, f.start))]
        if joined_to:
            # "oksana.kovalenko.77", "kovalenko-oksana": one person's words joined in an address or a handle, not
            # two people excluding each other
            decided[id(finding)] = joined_to[0]
            votes[_form_key(finding)][joined_to[0]] += 1
            continue
        beside = [f.listed_index for f in by_segment[finding.segment]
                  if f is not finding and f.source == "rule" and f.listed_index in _alternatives(finding, listed)
                  and len(_alternatives(f, listed)) == 1
                  and (_WRITTEN_AGAIN_AFTER.fullmatch(text, f.end, finding.start)
                       or _BRACKET_AFTER.fullmatch(text, finding.end, f.start)
                       or _NAMED_AGAIN_AS.fullmatch(text, finding.end, f.start)
                       or _AS.fullmatch(text, finding.end, f.start) and ending_at(_KNEW_BEFORE, text, finding.start)
                       or _DASH.fullmatch(text, finding.end, f.start) and _TO_THE_FAMILY.match(text, f.end))]
        if beside:
            # "STĂNESCU, Ștefan (STANESCU)", "Ioana Stănescu (aka Stanescu)", "Mr STĂNESCU (Ștefan)": the shared
            # form in brackets beside one person's own form spells that person again; by exclusion it went to
            # the other listed person ("Neil (NELL)"). It says nothing of the form elsewhere, so it casts no vote.
            decided[id(finding)] = beside[0]
            continue
        if finding.segment not in sentences:
            # a table row's cells stay one sentence, as before: the row's people exclude each other
            sentences[finding.segment] = Sentences(segments[finding.segment].text, cells=False)
        start, end = sentences[finding.segment].bounds(finding.start)
        owner = given_name_owners.get(_form_key(finding))
        named_here = {f.listed_index for f in by_segment[finding.segment]
                      if f is not finding and f.source == "rule" and f.listed_index is not None
                      and start <= f.start < end and len(_alternatives(f, listed)) == 1
                      # the given name's owner is never excluded: a sentence names him twice ("Yonas Haile's
                      # probation officer noted that Yonas had been controlling"), or names his brother by the
                      # surname ("Yonas's brother, Mr Haile senior"), and nobody calls a child by her surname alone
                      and f.listed_index != owner}
        remaining = [i for i in _alternatives(finding, listed) if i not in named_here]
        if len(remaining) == 1 and len(named_here & set(_alternatives(finding, listed))) >= 1 \
                and _the_title_may_name(finding, text, remaining[0], listed):
            decided[id(finding)] = remaining[0]
            if owner is None:
                votes[_form_key(finding)][remaining[0]] += 1
    for finding in shared:
        if id(finding) in decided:
            finding.listed_index = decided[id(finding)]
        elif (of_the_title_sex := _the_one_of_the_title_sex(finding, segments[finding.segment].text, listed)) \
                is not None:
            finding.listed_index = of_the_title_sex
        elif _form_key(finding) in given_name_owners:
            # drafts call adults by their given name: the bare word is its owner's where no sentence says otherwise
            finding.listed_index = given_name_owners[_form_key(finding)]
        elif votes[_form_key(finding)]:
            finding.listed_index = votes[_form_key(finding)].most_common(1)[0][0]
        elif (adult := _a_named_adult_instead_of_a_child(finding, findings, listed)) is not None:
            finding.listed_index = adult
    return findings


def _a_named_adult_instead_of_a_child(finding: Finding, findings: list[Finding], listed) -> int | None:
    """The first listed adult the shared form may be whom the document names by a form of their own, where the
    rules' order gave the form to a listed child ("role: child" listed before the adult): drafts call adults by
    their surname alone, never a child ("Trần denied the assault" with Ciara and Văn Minh Trần listed, in that
    order, was "Child 1 denied the assault"). None where the form is no child's or no such adult is named."""
    people = listed.rules.listed()

    def a_child(index: int) -> bool:
        return index < len(people) and (getattr(people[index], "role", None) or "").strip().lower() == "child"

    if finding.listed_index is None or not a_child(finding.listed_index):
        return None
    adults = [index for index in _alternatives(finding, listed) if not a_child(index)]
    named = {f.listed_index for f in findings if f.source == "rule" and f.listed_index in adults
             and len(_alternatives(f, listed)) == 1}
    return next((index for index in adults if index in named), None)


# a title that gives its bearer's sex, before a surname: every title of ``lexicon.TITLES`` that tells one, of any
# language, faith or family ("Mr", "Mister", "Master", "Herr", "Pani", "Sra", "Imam", "Hajiya", "Sister", "Baba")
_TITLE_SEXES = {fold_key(title.word): {"m": "male", "f": "female"}[title.sex] for title in TITLES if title.sex}
# the English civil titles ("Mr", "Mrs", "Master"): of the other sex before the one listed person's surname, they
# name somebody else of the family (``_other_sex_titled``); a faith's, a family's or another language's title stays
# before the pseudonym whatever its sex, as ``drop_titles_read_with_a_listed_name`` keeps it
_CIVIL_SEXED_TITLES = frozenset(fold_key(title.word) for title in TITLES
                                if title.sex and (title.place == FORM or title.kind == "civil"))
# the titles as written and folded ("Señor", "Senor"), the longest first ("Mrs" before "Mr")
_SEXED_TITLE = r"(?<![\w'’-])(%s)\.?" % "|".join(sorted(
    {form for title in TITLES if title.sex for form in (title.word, fold_key(title.word))},
    key=lambda form: (-len(form), form)))   # (the longest first; in one order in every process)
# the titles a child is given: a listed child ("role: child") takes no other ("Mr", "Mrs", "Herr" are an adult's)
_A_BOYS_TITLE = fold_key("Master")
_CHILDRENS_TITLES = frozenset({_A_BOYS_TITLE, fold_key("Miss")})
_SEXED_TITLE_OPENING = lazy(re.compile, _SEXED_TITLE + r"[ \t]+", re.IGNORECASE)
_SEXED_TITLE_BEFORE = lazy(re.compile, _SEXED_TITLE + r"[ \t]+$", re.IGNORECASE)


def _the_one_of_the_title_sex(finding: Finding, text: str, listed) -> int | None:
    """"Mr Warsame" where Hodan and Abdi Warsame are listed: the one listed person the form may be whom the title's
    sex fits, where that sex is known (a title written in the rules or a given name of one sex: ``gender_of``). The
    listed forms give a title only to people it fits, so Abdi alone has "Mrs Warsame"'s other sex; but Hodan's name
    says no sex, so both had "Mr Warsame", and the rules' order gave it to her. None where the title has no sex
    ("Dr", "Mx") or no one, or more than one, of the people is known to have it, and where no one, or more than one,
    is not known to have the other sex: the rules' order decides as before. (So "Frau Warsame", "Hajiya Warsame"
    are Hodan, the one of the two not known to be a man: an English title of hers is in her listed forms only, but
    a title of another language or a faith is read outside them.)"""
    from ..rules import Person

    title = _SEXED_TITLE_OPENING.match(finding.text) or ending_at(_SEXED_TITLE_BEFORE, text, finding.start)
    if title is None:
        return None
    written = fold_key(title.group(1))
    said = _TITLE_SEXES[written]
    people = listed.rules.listed()
    persons = [index for index in _alternatives(finding, listed)
               if index < len(people) and isinstance(people[index], Person)]
    children = [index for index in persons if (people[index].role or "").strip().lower() == "child"]
    if written == _A_BOYS_TITLE and children:
        persons = children     # "Master Nowak": the listed boy, not his father
    elif written not in _CHILDRENS_TITLES:
        persons = [index for index in persons if index not in children]   # "Mr Li" of Wei Li, not his son Yusuf
    fitting, not_contrary = [], []
    for index in persons:
        sex = _listed_sex(index, listed)
        if sex == said:
            fitting.append(index)
        if sex in (said, None):
            not_contrary.append(index)
    if len(fitting) == 1:
        return fitting[0]
    if not fitting and not_contrary and finding.listed_index in children and written not in _CHILDRENS_TITLES:
        # the form is a listed child's, whom an adult's title never names: of the adults it may be, the rules'
        # order decides ("Mr Kim" with Kim Min-jun, Soo-ah Kim and their son Kacper Kim listed)
        return min(not_contrary)
    return not_contrary[0] if not fitting and len(not_contrary) == 1 else None


def _the_title_may_name(finding: Finding, text: str, index: int, listed) -> bool:
    """May the title before or in the form ("Mr Boateng") name the listed person ``index``: not a listed child for an
    adult's title, nor a person of the other sex. "Mr Boateng was known as Kwame B" (Kwame and his son Kojo
    Boateng listed) named Kwame in the sentence, so that exclusion gave "Mr Boateng" to the son ("Child 1 was known
    by another name"); "Mr da Silva was known as Zé" the same. A form with no title may name anyone."""
    from ..rules import Person

    title = _SEXED_TITLE_OPENING.match(finding.text) or ending_at(_SEXED_TITLE_BEFORE, text, finding.start)
    people = listed.rules.listed()
    if title is None or index >= len(people) or not isinstance(people[index], Person):
        return True
    written = fold_key(title.group(1))
    if written not in _CHILDRENS_TITLES and (people[index].role or "").strip().lower() == "child":
        return False
    return _listed_sex(index, listed) in (_TITLE_SEXES[written], None)


def _listed_sex(index: int, listed) -> str | None:
    """The listed person's sex as the project can tell it (a title in the rules' name, a given name of one sex)."""
    from ..rules import Person
    from ..variants import person_sex

    people = listed.rules.listed()
    person = people[index] if index < len(people) else None
    if not isinstance(person, Person):
        return None
    return person_sex(person)


def _a_title_the_listed_may_bear(key: str, inner: Finding, listed) -> bool:
    """Is the folded word ``key``, before the listed find ``inner``, a title that is a name too ("Imam", "Hajiya",
    "Baba") which picks one of the listed people ``inner`` may be: a title of no sex, or one a listed person is
    known to have the sex of, or, where nobody is, one that the others known to have the other sex leave to a person
    of no known sex. "Imam Warsame" beside Abdi Warsame is his title, "Hajiya Warsame" beside Hodan and Abdi hers;
    but "Imam Hossain, her cousin" beside Rahima Hossain alone (a name that tells no sex) or "Hafiz Rahman" beside
    Amina Rahman is a man's given name, somebody else of the family (replaced whole, as on main)."""
    if key not in _NAME_LIKE_TITLE_WORDS or listed is None \
            or inner.listed_index is None and not inner.metadata.get("alternatives"):
        return False
    said = _TITLE_SEXES.get(key)
    if said is None:
        return True
    sexes = {_listed_sex(index, listed) for index in _alternatives(inner, listed)}
    if key in _GIVEN_NAME_ONLY_TITLE_WORDS and (inner.metadata.get("form") in _SURNAME_FORMS
                                                 or inner.listed_index is None):
        return False    # "Lola Santos", "Tito Reyes": a relative's given name before the family's name
    if inner.listed_index is not None and inner.metadata.get("form") not in (*_SURNAME_FORMS, None) \
            and " " not in inner.text.strip():
        # before a listed person's own given name or alias ("Tita Tess", "Oga Segun", "Chú Hùng"), a word of respect
        # whose sex no listed sex contradicts is the person's title: a given name that tells no sex is no "Person 1"
        return said in sexes or None in sexes
    return said in sexes or None in sexes and len(sexes) > 1


def _given_name_owners(shared: list[Finding], listed) -> dict[str, int]:
    """The shared one-word forms that are one listed person's given name and the others' surname ("Yonas" of
    Yonas Haile and of his daughter Luwam Yonas, named after him as Eritrean, Somali and many Arabic names are;
    "Thomas" of Thomas Price and of Siân Thomas), each with the given name's owner."""
    from ..rules import Person

    people = listed.rules.listed()
    owners: dict[str, int] = {}
    for finding in shared:
        key = _form_key(finding)
        if " " in key or key in owners:
            continue
        given, last = set(), set()
        for index in _alternatives(finding, listed):
            entity = people[index] if index < len(people) else None
            if not isinstance(entity, Person):
                break
            words = [fold_key(w) for w in split_title(entity.name)[1]]
            if len(words) < 2:
                break
            if words[0] == fold_key(key):
                given.add(index)
            elif words[-1] == fold_key(key):
                last.add(index)
            else:
                break
        else:
            if len(given) == 1 and last:
                owners[key] = given.pop()
    return owners



_LINE_OR_CELL_BREAK = re.compile(r"[\t\n\r\v\f\u2028\u2029]")
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def join_a_name_split_over_lines(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """A listed name written a word a line or a cell ("Nguyễn\\nThị\\nLan") is matched a word at a time, and the
    word that is no form of its own (the middle "Thị") stayed between two replacements: "Person C\\nThị\\nPerson C".
    Two finds of one listed person with only the person's other name words between them, across a line break,
    become one find; across a cell border (a tab) the words between become finds of their own, and the cells
    stay."""
    from ..rules import Person

    people = listed.rules.listed()
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.source == "rule" and finding.listed_index is not None:
            by_segment[finding.segment].append(finding)
    dropped: set[int] = set()
    added: list[Finding] = []
    for segment_index, found in by_segment.items():
        text = segments[segment_index].text
        found.sort(key=lambda f: (f.start, f.end))
        for first, second in zip(found, found[1:]):
            index = first.listed_index
            person = people[index] if index is not None and index < len(people) else None
            if second.listed_index != first.listed_index or not isinstance(person, Person) \
                    or id(first) in dropped or first.end > second.start:
                continue
            gap = text[first.end:second.start]
            words = list(_WORD.finditer(gap))
            name_words = {fold_key(word) for word in _WORD.findall(person.name)}
            # the name's words a line each ("Gurpreet\nKaur\nSandhu", every word a form of its own), never a word
            # written twice: "told Gurpreet\nGurpreet said", or two whole mentions a line each ("Name: Abdi
            # Warsame\nWarsame denied the assault", "NÍ BHRIAIN, Siobhán\nNí Bhriain said"), which became one find
            # and one pseudonym, the line break and the first line's end lost with it
            spelt = [fold_key(w) for w in _WORD.findall(first.text)] + [fold_key(w[0]) for w in words] \
                + [fold_key(w) for w in _WORD.findall(second.text)]
            if len(set(spelt)) < len(spelt):
                continue
            if not _LINE_OR_CELL_BREAK.search(gap) \
                    or _WORD.sub("", gap).strip() or any(fold_key(w[0]) not in name_words for w in words):
                continue
            if "\t" in gap:
                added += [Finding(first.end + w.start(), first.end + w.end(), w[0], first.entity_type, first.score,
                                  first.source, segment_index, first.location, first.listed_index,
                                  dict(first.metadata)) for w in words]
            else:
                second.start = first.start
                second.text = text[second.start:second.end]
                dropped.add(id(first))
    if not dropped and not added:
        return findings
    return [f for f in findings if id(f) not in dropped] + added


# what may stand between a listed person's given name and surname on one line: a middle initial ("P", "P.",
# "J.-P."), initials written together ("C.R."), a capitalised middle name, a nickname in quotes or brackets; at most
# three of them
_MIDDLE = re.compile(r"""(?:\s+(?:(?:[^\W\d_]\.-?){2,3}|[("'‘“]?[^\W\d_][\w'’-]*[)"'’”]?\.?))+\s+""")


def join_a_name_around_middle_names(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """A listed person written with a middle name or initial the rules do not give ("Thomas P. Brennan", "Thomas
    Patrick Brennan" for a listed Thomas Brennan) was read as the given name and the surname apart, the middle left
    between two pseudonyms ("Adult B P. Adult B"), or, where the model read the three words as one name, as an
    unlisted person holding a listed name ("Person 1"). A given-name find and a surname find of one listed person,
    with only capitalised words, initials or a quoted nickname between them on one line, are one find of that
    person, the middle included."""
    from ..rules import Person

    people = listed.rules.listed() if listed is not None else []
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.source == "rule" and finding.entity_type == entities.PERSON and finding.listed_index is not None:
            by_segment[finding.segment].append(finding)
    dropped: set[int] = set()
    added: list[Finding] = []
    for segment_index, found in by_segment.items():
        text = segments[segment_index].text
        found.sort(key=lambda f: (f.start, f.end))
        for at, first in enumerate(found):
            # "Thomas B." is also a given name and the surname's initial: before "Brennan", a middle initial
            initial_after = _base_form(first) == "first+initial"
            # the family name first, the given name after the middle ("Hoang Van Hung" of a listed Hung Van Hoang,
            # "Ms Pham Thi Hoa" of Hoa Pham)
            family_first = _base_form(first) in ("surname", "title+surname") and not is_relative_form(
                first.metadata.get("form") or "")
            if (_base_form(first) not in _GIVEN_NAME_FORMS and not initial_after and not family_first) \
                    or id(first) in dropped:
                continue
            index = first.listed_index
            if index is None or index >= len(people) or not isinstance(people[index], Person):
                continue
            for second in found[at + 1:at + 4]:
                if second.start < first.end:
                    continue
                gap = text[first.end:second.start]
                # "Otieno O. Odhiambo": "O. Odhiambo" is also the given name's initial and the surname
                initial_before = _base_form(second) in ("initial+surname", "initials+surname")
                adjoining = (initial_after or initial_before) and gap.removeprefix(".").isspace() \
                    and "\n" not in gap
                # "Nyasha M. C. Moyo", "Nyasha M.C. Moyo": the initial read as the surname's ("Nyasha M.") is the
                # first of the middle initials
                middle = text[first.start + len(first.text.rstrip(".").rsplit(None, 1)[0]):second.start] \
                    if initial_after else gap
                # "Agnieszka R.M. Kowalczyk": "M. Kowalczyk" is also her sister Marta's initial and surname, the
                # last of the middle initials
                if initial_before and not _MIDDLE.fullmatch(middle):
                    middle = text[first.end:second.end - len(second.text.split()[-1])]
                if not _MIDDLE.fullmatch(middle) and not adjoining:
                    break
                between = [f for f in found if first.end <= f.start and f.end <= second.start]
                if any(index not in _alternatives(f, listed) for f in between):
                    break     # another listed person's name between them: two people ("Thomas Grace Brennan")
                words = _WORD.findall(gap)
                # a surname's particles may stand there too ("Khalid bin Nasser Al-Mansoori", "Ana da Silva")
                if not (0 if adjoining else 1) <= len(words) <= 3 or any(
                        not (w[0].isupper() or fold_key(w) in particles()) or fold_key(w) in _TITLE_WORDS
                        or fold_key(w) in _NOT_MIDDLE_WORDS for w in words):
                    break
                if family_first:
                    surname = _base_form(second) in ("first", "first-or-surname", "alias-first")
                else:
                    # a one-word alias is a maiden or other surname there ("Grace A. Okafor", née Okafor); the first
                    # of two listed surnames after a middle name ("Carmen Rosa Moreno" of Carmen Moreno Fernández)
                    surname = _base_form(second) in ("surname", "alias-surname") or initial_before \
                        or _base_form(second) == "alias" and " " not in second.text \
                        or _base_form(second) == MIDDLE_FORM and _base_form(first) == "first" and not any(
                            fold_key(w) in particles() for w in words)
                # a surname several listed people share was given by exclusion to another of them, the given name
                # before it naming this one ("Hodan A. Warsame" made "Warsame" Nasra's): the given name says whose
                # and a relative's initial and the surname they share are this person's middle initial ("Mehmet Z.
                # Yılmaz" of Zeynep's brother)
                if surname and (index in _alternatives(second, listed) or initial_before and fold_key(
                        second.text.split()[-1]) == fold_key(split_title(people[index].name)[1][-1])):
                    metadata = {**second.metadata, "form": "full(middle)"}
                    metadata.pop("alternatives", None)
                    added.append(Finding(first.start, second.end, text[first.start:second.end], second.entity_type,
                                         max(first.score, second.score), second.source, segment_index,
                                         first.location, index, metadata))
                    dropped.update(id(f) for f in (first, second, *between))
                    break
    if not added:
        return findings
    return [f for f in findings if id(f) not in dropped] + added


# capitalised words that join two names rather than stand between a person's: "Thomas And Brennan" in a heading
_NOT_MIDDLE_WORDS = frozenset({"and", "or", "to", "of", "the", "with", "from", "by", "for", "in", "on", "at", "v",
                               "vs", "nee", "aka"})


def _base_form(finding: Finding) -> str:
    return (finding.metadata.get("form") or "").split("(")[0]


# what joins a name's words in a web address, an e-mail address, a handle or a file name
_JOINER = re.compile(r"[._+\-]")

# what stands between a person's own name and the same name written again: a bracket (round or square) with an
# alias word ("aka", "also spelt", "née") and a quote, or a slash ("Mahad WARSAME / WARSAME")
_WRITTEN_AGAIN_AFTER = re.compile(
    r"""\s*(?:[(\[]\s*(?:(?:a\.?k\.?a\.?|also(?:\s+(?:spelt|spelled|written|known\s+as))?|spelt|spelled|written|"""
    r"""known\s+as|n[ée]e|born|formerly)\s+)?["'‘“]?|/\s*)""", re.IGNORECASE)
# the shared form before a bracket that holds one person's own form: "Mr STĂNESCU (Ștefan)"
_BRACKET_AFTER = re.compile(r"""\s*[(\[]\s*["'‘“]?""")
# ... or before the words that give the same person's other name: "Mr Boateng was known as Kwame B", "Mr Iqbal,
# known to friends as Big Naveed,", "Mrs Sidhu, whom neighbours called Amrit S,", "Mr Gill (also known as Dee)"
_A_FEW_WORDS = r"[^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’]*){0,3}?"
_NAMED_AGAIN_AS = lazy(re.compile,
    r"""[ \t]*(?:[,(][ \t]*|[-–—][ \t]*)?(?:(?:was|is|were|had[ \t]+been|became)[ \t]+)?"""
    r"""(?:(?:also|widely|better|locally|affectionately|generally)[ \t]+)?"""
    r"""(?:known|called|nicknamed|referred[ \t]+to)(?:[ \t]+(?:to|by|among|in|at|around)[ \t]+""" + _A_FEW_WORDS + r""")?"""
    r"""[ \t]+as[ \t]+["'‘“]?"""
    r"""|[ \t]*,[ \t]*(?:whom|who)[ \t]+""" + _A_FEW_WORDS + r"""[ \t]+(?:called|call|calls|knew|know|knows)[ \t]+["'‘“]?"""
    r"""|[ \t]*[,(][ \t]*(?:a\.?k\.?a\.?|also[ \t]+called|nicknamed|called)[ \t]+["'‘“]?""", re.IGNORECASE)
# ... "Staff knew Mr Eze as Emeka E": the verb before the shared form, "as" after it
_KNEW_BEFORE = lazy(re.compile, r"(?<![\w'’-])(?:knew|know|knows|called|call|calls)[ \t]+$", re.IGNORECASE)
_AS = lazy(re.compile, r"""[ \t]+as[ \t]+["'‘“]?""")
# ... "Mr Nguyen - Big Tuan to the family - did not attend"
_DASH = lazy(re.compile, r"""[ \t]+[-–—][ \t]+["'‘“]?""")
_TO_THE_FAMILY = lazy(re.compile, r"""["'’”]?[ \t]+to[ \t]+(?:the|his|her|their|all|everyone|friends)\b""", re.IGNORECASE)


def _alternatives(finding: Finding, listed) -> tuple[int, ...]:
    alternatives = finding.metadata.get("alternatives")
    if alternatives:
        return alternatives
    assert finding.listed_index is not None   # asked of listed finds only
    return (finding.listed_index,)


def _form_key(finding: Finding) -> str:
    return " ".join(finding.text.casefold().split())


def listed_address(finding: Finding) -> bool:
    """A listed place's find that is an address: a name with a house's or a flat's number, or a listed address's
    street (``place_short_forms.PLACE_STREET_FORM``)."""
    return bool(re.search(r"\d", finding.text)) or (finding.metadata.get("form") or "").startswith(PLACE_STREET_FORM)


# Which of two overlapping finds stays: lower class first, then the longer, then the earlier.
def _class(finding: Finding) -> int:
    if finding.entity_type in entities.PROTECTED_DATE_TYPES and not finding.metadata.get("candidate"):
        return 0
    if finding.entity_type == entities.COLLAR_NUMBER:
        return 5  # "PC 4471 Daniel Okafor" is a person; the number goes with the name
    if finding.source == "rule" and finding.entity_type == entities.LOCATION and listed_address(finding):
        # before the address recognisers' reading of it, however long: "Address 1", not "[address], Person 1" (a
        # listed address never holds a protected date, the other class 0)
        return 0
    if finding.entity_type in entities.CONTACT_TYPES | entities.ID_TYPES | entities.ADDRESS_TYPES:
        return 1
    if finding.source == "rule":
        return 2
    if finding.metadata.get("whole_value") or finding.metadata.get("name_field"):
        return 3    # (a record's name field's value: a person, whatever the model read there)
    if finding.entity_type in (entities.PLACE_ORGANIZATION, entities.LOCAL_BUSINESS):
        return 4
    if finding.entity_type in (entities.PERSON, entities.LOCATION):
        return 5
    return 6


def _compound_names(findings: list[Finding], segments: list[Segment]) -> set[int]:
    """Detected names in which a listed name is only part of a hyphenated name ("Amara Mensah-Carver" when only
    "Mensah" is listed): they are somebody else, and are replaced whole rather than around the listed part."""
    compound = set()
    listed_in: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)   # a name holds only its own segment's
    for f in findings:
        if f.source == "rule" and f.entity_type == entities.PERSON:
            listed_in[f.segment].add(f.start, f.end, f)
    for finding in findings:
        if finding.source == "rule" or finding.entity_type != entities.PERSON or finding.segment not in listed_in:
            continue
        text = segments[finding.segment].text
        for inner in listed_in[finding.segment].overlapping(finding.start, finding.end):
            if not (finding.start <= inner.start and inner.end <= finding.end):
                continue
            joined_after = inner.end < finding.end and text[inner.end] == "-" and text[inner.end + 1:inner.end + 2].isalpha()
            joined_before = inner.start > finding.start and text[inner.start - 1] == "-" \
                and text[inner.start - 2:inner.start - 1].isalpha()
            if (joined_after or joined_before) and _double_barrelled(finding, inner, text) is None:
                compound.add(id(finding))
    return compound


# a capitalised word joined on by a hyphen ("-Ali" of "Hodan Warsame-Ali"), and a possessive the find may hold
_BARREL_AFTER = re.compile(r"[-‐‑](?P<word>[^\W\d_a-z][^\W_]*(?:['’][^\W_]+)*?)(?:['’]s?)?(?![^\W_])")
# ... or before ("Ali-" of "Hodan Ali-Warsame")
_BARREL_BEFORE = re.compile(r"(?<![^\W_]|['’‐‑-])(?P<word>[^\W\d_a-z][^\W_]*(?:['’][^\W_]+)*)[-‐‑]\Z")


def _double_barrelled(finding: Finding, inner: Finding, text: str) -> int | None:
    """Where the name ends if ``finding`` is a listed person's whole name with a second surname joined on ("Hodan
    Warsame-Ali" of a listed Hodan Warsame, as a name taken on marriage is written). Her given name and surname
    both stand in it, so it is she, not somebody else of her family (only a surname inside a hyphenated name is:
    "Amara Mensah-Carver")."""
    if not _a_whole_name(inner) or finding.start != inner.start:
        return None
    barrel = _BARREL_AFTER.fullmatch(text, inner.end, finding.end)
    return barrel.end("word") if barrel else None


def _a_whole_name(finding: Finding) -> bool:
    return finding.metadata.get("form") == "full" and len(finding.text.split()) >= 2


def names_joined_to_listed_ones(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """Finds for the names a listed person's find is joined to by a hyphen, each whole.

    - A listed whole name with a second surname joined on ("Hodan Warsame-Ali", detected or not) is hers: a find of
      hers over it all, which takes her pseudonym ("Mary", never "Mary-Ali" or an unlisted "Person 1").
    - Any other listed form joined to a capitalised word the detectors did not find ("Miss Byrne-MacLeod",
      "PRECIOUS MENSAH-OWUSU" in capitals, which the model reads as no name): the joined word was left beside the
      pseudonym ("Mary-MacLeod"). A detected name holding it is somebody else of her family (``_compound_names``),
      so an undetected one is found as such, an unlisted person's find over both words.
    A word that is another listed find ("the Warsame-Abdi household") is left to its own find."""
    rule_people = [f for f in findings if f.source == "rule" and f.entity_type == entities.PERSON]
    if not rule_people:
        return []
    found_in: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)
    for f in findings:
        if f.entity_type == entities.PERSON:
            found_in[f.segment].add(f.start, f.end, f)
    out = []
    for inner in rule_people:
        text = segments[inner.segment].text
        found = found_in[inner.segment]
        after = _BARREL_AFTER.match(text, inner.end)
        before = ending_at(_BARREL_BEFORE, text, inner.start, 40)
        spans = []
        if after:
            spans.append((inner.start, after.end("word"), after.start("word"), after.end("word")))
        if before:
            spans.append((before.start("word"), inner.end, before.start("word"), before.end("word")))
        for start, end, word_start, word_end in spans:
            if any(f.source == "rule" for f in found.overlapping(word_start, word_end)):
                continue
            if _a_whole_name(inner) and start == inner.start:
                out.append(Finding(start, end, text[start:end], entities.PERSON, inner.score, inner.source,
                                   inner.segment, inner.location, inner.listed_index,
                                   {**inner.metadata, "double_barrelled": True}))
            elif not any(f.start <= start and end <= f.end for f in found.overlapping(start, end)
                         if f.source != "rule"):
                out.append(Finding(start, end, text[start:end], entities.PERSON, inner.score, "joined name",
                                   inner.segment, inner.location, None,
                                   {"joined_to_a_listed_name": True}))
    return out


# Forms that are one given name of a listed person: inside a longer detected name they may be somebody else's.
_GIVEN_NAME_FORMS = ("first", "first-or-surname", "alias", "alias-first", MIDDLE_FORM, GIVEN_PART_FORM, SHORT_FORM)
# a relative's form of the listed surname too ("Dmitri" + "Ivanov" of Elena Ivanova): one unlisted name, her brother's;
# and an alias's last word ("Manjit Singh Gill" beside a listed alias "Gurdeep Singh" of Gurdeep Singh Sandhu, "Ana
# Souza" beside "Maria Souza" of Maria das Graças Souza Oliveira): was "Person 1 Jaspal Person 2"
_SURNAME_FORMS = ("surname", "relative-surname", "alias-surname")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def mark_unlisted_full_names(findings: list[Finding], segments: list[Segment], listed,
                             filters=None) -> list[Finding]:
    """A listed given name inside a different person's full name is that other person's.

    With "Joanne Pryor" listed, "PC Joanne Smith" is somebody else: a detected name that holds a listed
    person's single given name (first name, one-word alias) or surname, next to a capitalised name word that
    no listed person has ("Smith", "Liam" in "Liam Doyle"), is an unlisted person and is replaced whole
    ("Person 2"), not as "PC Anna Person 2". Where the detector split the name ("Joanne" listed, "Smith"
    found alone just after), the two are joined. Such finds carry ``holds_listed_name`` and win their
    overlaps; if the policy keeps unlisted people they are never replaced and the listed name still is."""
    names = _listed_name_words(listed)
    # a kept or domain word ("Chronology", "MARAC") never makes a name somebody else's
    listed_words: Container[str] = names if filters is None else _KeptOrListed(names, filters)
    # (and an initial before a listed surname: "Kofi K Mensah" with Kwabena Mensah listed is not Kwabena)
    rule_people = [f for f in findings if f.source == "rule" and f.entity_type == entities.PERSON
                   and (_single_word_form(f) or f.metadata.get("form") == "initial+surname")]
    if not rule_people:
        return findings
    by_segment: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)
    for finding in findings:
        if _unlisted_person(finding):
            by_segment[finding.segment].add(finding.start, finding.end, finding)
    out = list(findings)
    after_a_trigger: set[int] = set()
    for inner in rule_people:
        text = segments[inner.segment].text
        # those that hold it, or stand one space before or after it
        for finding in by_segment[inner.segment].near(inner.start, inner.end, 2) if inner.segment in by_segment \
                else ():
            if inner.metadata.get("mutated") and finding.end == inner.end and finding.start < inner.start and \
                    _TRIGGER_BEFORE.fullmatch(text, finding.start, inner.start):
                # "Fy Ngwenllian", "Yn Nhomos" opening a sentence: the model read the word that mutated the name
                # as a name of its own; it is the listed person alone
                after_a_trigger.add(id(finding))
                continue
            if finding.start <= inner.start and inner.end <= finding.end and (finding.start, finding.end) != (
                    inner.start, inner.end):
                if _foreign_name_word(text[finding.start:inner.start], listed_words, words_before=True,
                                      given_name=inner.metadata.get("form") in _GIVEN_NAME_FORMS,
                                      within=(text, finding.start)) or \
                        _foreign_name_word(text[inner.end:finding.end], listed_words):
                    finding.metadata["holds_listed_name"] = True
            elif finding.start == inner.end + 1 and text[inner.end] == " " and \
                    inner.metadata.get("form") in _GIVEN_NAME_FORMS and \
                    _foreign_name_word(_first_word(finding.text), listed_words):
                # "Joanne" (listed) + "Smith" (found alone): one unlisted name, "Joanne Smith"
                joined = Finding(inner.start, finding.end, text[inner.start:finding.end], entities.PERSON,
                                 finding.score, finding.source, finding.segment, finding.location, None,
                                 {**finding.metadata, "holds_listed_name": True})
                out.append(joined)
            elif inner.start == finding.end + 1 and text[finding.end] == " " and \
                    _base_form(inner) in _SURNAME_FORMS and \
                    _foreign_name_word(finding.text.split()[-1], listed_words):
                # "Joost" (found alone) + "van der Berg" (a listed surname): one unlisted name, her partner's
                joined = Finding(finding.start, inner.end, text[finding.start:inner.end], entities.PERSON,
                                 finding.score, finding.source, finding.segment, finding.location, None,
                                 {**finding.metadata, "holds_listed_name": True})
                out.append(joined)
    if after_a_trigger:
        out = [finding for finding in out if id(finding) not in after_a_trigger]
    out += _other_sex_titled(rule_people, segments, listed)
    people_in: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)
    others_in: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)
    for finding in out:
        (people_in if _unlisted_person(finding) else others_in)[finding.segment].add(finding.start, finding.end,
                                                                                     finding)
    for inner in rule_people:
        if inner.metadata.get("form") not in _GIVEN_NAME_FORMS or people_in[inner.segment].overlapping(
                inner.start, inner.end):
            continue
        with_surname = _surname_after(inner, segments[inner.segment].text, others_in[inner.segment], listed_words)
        if with_surname is not None:
            out.append(with_surname)
    return out


# one word before a mutated listed name (``redact.mutations`` checked it is the mutation's trigger)
_TRIGGER_BEFORE = re.compile(r"[^\W\d_]+[ \t]+")



def _other_sex_titled(rule_people: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """"Mr Hussain" where only Ayesha Hussain is listed: a title of the other sex before a listed person's surname
    names somebody else of that family (her husband), an unlisted person replaced whole ("Mr Person 2"), not
    "Mr Wendy"; so "Mister Hussain", "Master Hussain". Only where the listed person's sex is known (a title in the
    rules or a given name of one sex). The middle word of a three-word name too, which Spanish and Somali names use
    as a surname: "Miss Gutiérrez" is no listed Carlos Gutiérrez Navarro (``variants._surname_part_forms``)."""
    from ..rules import Person
    from ..variants import gender_of, person_sex, split_title

    out = []
    for inner in rule_people:
        if inner.metadata.get("form") not in (*_SURNAME_FORMS, MIDDLE_FORM) or inner.listed_index is None:
            continue
        title = ending_at(_SEXED_TITLE_BEFORE, segments[inner.segment].text, inner.start)
        entity = listed.entity(inner.listed_index)
        if title is None or entity is None or entity.entity_type != entities.PERSON:
            continue
        gender = person_sex(entity) if isinstance(entity, Person) else gender_of(*split_title(entity.name))
        said = _TITLE_SEXES[fold_key(title.group(1))]
        if gender is None or said == gender or fold_key(title.group(1)) not in _CIVIL_SEXED_TITLES:
            # "Herr", "Frau", "Imam", "Sister": a community's, a faith's or a family's title before a listed name
            # stays before the person's pseudonym, whichever its sex (tests/test_honorifics_before_listed_names.py):
            # not judged here yet
            continue
        text = segments[inner.segment].text
        out.append(Finding(title.start(1), inner.end, text[title.start(1):inner.end], entities.PERSON, 0.85,
                           "name-context", inner.segment, inner.location, None, {"holds_listed_name": True}))
    return out


# "Kofi Holloway recorded a call": a given name, one space, a capitalised rare word, then lower case or punctuation
_SURNAME_AFTER = re.compile(r" ([^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]{2,})?)(?=(?:['’]s)?(?:[ \t]+[a-z]|[,.;:)!?]|$))")
RARE_WORD_ZIPF = 3.5    # below this, a capitalised word is a name more often than a word ("Holloway" 3.3)
NER_SPAN_ZIPF = 4.0     # the model took both words as one name-like entity: only common words stay out


def _surname_after(inner: Finding, text: str, findings: SpanIndex[Finding], listed_words) -> Finding | None:
    """The unlisted full name a listed given name starts when the model did not label it a person: it saw one
    entity of another kind over both words ("Kofi Holloway" as an organisation; ``findings`` are the segment's
    other finds), or the next word is rare in English and capitalised, and the sentence goes on in lower case
    ("Hetal Lister recorded a call")."""
    from wordfreq import zipf_frequency

    from .kept_words import names_a_thing

    match = _SURNAME_AFTER.match(text, inner.end)
    if match is None or not _foreign_name_word(match.group(1), listed_words) or match.group(1).isupper() \
            or names_a_thing(match.group(1)):
        return None   # (a record's next label: "Forename: HODAN Lastname: WARSAME")
    word = match.group(1)
    zipf = zipf_frequency(word.lower(), "en")
    spanned = any(f.source != "rule" for f in findings.covering(inner.start, match.end(1)))
    if not (zipf < NER_SPAN_ZIPF if spanned else zipf < RARE_WORD_ZIPF):
        return None
    end = match.end(1)
    return Finding(inner.start, end, text[inner.start:end], entities.PERSON, 0.7, "name-context", inner.segment,
                   inner.location, None, {"holds_listed_name": True})


class _KeptOrListed:
    """``key in words``: a listed name word, or a word the review keeps or the domain allows."""

    def __init__(self, listed_words: set[str], filters):
        self.listed_words = listed_words
        self.filters = filters

    def __contains__(self, key: object) -> bool:   # a folded word: object, as Container declares it
        return key in self.listed_words or self.filters.is_kept(key)


def _single_word_form(finding: Finding) -> bool:
    """One given name or one surname of a listed person; a surname with its particles ("van der Berg") is one, and
    so is the surname as it is also written ("O Neill", "ONeill", "Abd al-Rahman", "vd Berg")."""
    form = finding.metadata.get("form") or ""
    return _base_form(finding) in _SURNAME_FORMS or form in _GIVEN_NAME_FORMS and " " not in finding.text.strip()


def _unlisted_person(finding: Finding) -> bool:
    return finding.entity_type == entities.PERSON and finding.source not in ("rule", "person-field") \
        and not finding.metadata.get("whole_value")


def drop_titles_read_with_a_listed_name(findings: list[Finding], segments: list[Segment],
                                        listed=None) -> list[Finding]:
    """A find that is a listed person's name and a title of a faith, a community, a family or the forces before it
    ("Pastor Okafor", "Aunty Grace", the model's place "Frau Rebecca"), or that title alone (propagated from such a
    find), is the listed person's: dropped, so the listed find replaces the name and the title stays. Kept, it was
    an unlisted "Person 8" beside the person's own pseudonym elsewhere, or a "Place 1" before it."""
    rule_people = [f for f in findings if f.source == "rule" and f.entity_type == entities.PERSON]
    if not rule_people:
        return findings
    guesses: dict[int, SpanIndex[Finding]] = defaultdict(SpanIndex)
    for finding in findings:
        if finding.source != "rule" and finding.entity_type in (entities.PERSON, entities.LOCATION):
            guesses[finding.segment].add(finding.start, finding.end, finding)
    dropped = set()
    for inner in rule_people:
        text = segments[inner.segment].text
        for finding in guesses[inner.segment].overlapping(inner.start, inner.end) if inner.segment in guesses else ():
            if finding.start < inner.start and inner.end <= finding.end \
                    and _honorific_before(text[finding.start:inner.start], text[inner.end:finding.end],
                                          lambda key: key in _WORDS_BEFORE_A_LISTED_NAME
                                          or _a_title_the_listed_may_bear(key, inner, listed)):
                dropped.add(id(finding))
    return [f for f in findings if id(f) not in dropped and not (
        f.source != "rule" and f.entity_type in (entities.PERSON, entities.LOCATION) and _honorific_before(f.text, ""))]


_POSSESSIVE_END = re.compile(r"^['’]s?(?!\w)")


def _honorific_before(before: str, after: str, is_title: Callable[[str], bool] = _HONORIFIC_WORDS.__contains__) \
        -> bool:
    """Is what a find holds before a listed name only a faith's, a community's, a family's or the forces' title
    ("Pastor", "Alhaji", "Aunty", "Pte"; folded words ``is_title`` takes), and nothing after it but punctuation?"""
    words = _NAME_WORD.findall(before)
    return bool(words) and all(is_title(fold_key(w.rstrip("."))) for w in words) \
        and not _NAME_WORD.search(_POSSESSIVE_END.sub("", after))


def _first_word(text: str) -> str:
    match = _NAME_WORD.search(text)
    return match.group(0) if match else ""


def _foreign_name_word(text: str, listed_words: Container[str], words_before: bool = False,
                       within: tuple[str, int] | None = None, given_name: bool = False) -> bool:
    """Does ``text`` hold a capitalised name word that is no title and no listed person's name word? Before the
    listed name (``words_before``), an English word that is nobody's name is the sentence's, capitalised in a
    title or at its start ("Help Joanne’s children", "Support Joanne"): the name is still hers; so is a word of
    the message's own language or a greeting of another ("Powiedz Zielińska że jutro przyjdę", "Habari Darius"),
    judged in the segment and at the offset ``within`` gives; and before a ``given_name``, a family's word or a word
    of feeling for the person ("Nan Pearl", "Baby Favour"; not "Nan Okafor", "Baby Okafor")."""
    for match in _NAME_WORD.finditer(text):
        word = match.group(0)
        bare = word.removesuffix("'s").removesuffix("’s").rstrip("'’")
        key = fold_key(bare)
        particle = key in (CAPITAL_PARTICLES if bare[:1].isupper() else particles())
        if particle and _NAME_WORD.match(text, match.end() + 1):
            continue    # "De" of "Inês De Sousa": a surname's particle, whose surname is judged after it
        if bare[:1].isupper() and not bare.isupper() and len(bare) > 1 and key not in _TITLE_WORDS \
                and key not in _HONORIFIC_WORDS and key not in listed_words \
                and not (words_before and (_ordinary_word_no_name(key) or _calls_the_person(key, given_name))) \
                and not (words_before and within is not None and a_word_of_its_message(
                    within[0], within[1] + match.start(), within[1] + match.start() + len(bare))):
            return True
    return False


def _calls_the_person(key: str, given_name: bool) -> bool:
    # "Nan Pearl", "Maame Comfort", "Cousin Hazel", "Baby Favour": the family's word for the listed person; before
    # a listed SURNAME it names another of the family ("Nan Okafor", the newborn "Baby Okafor"): somebody else
    from ..name_or_word import calls_the_person_after

    return given_name and calls_the_person_after(key)


def _ordinary_word_no_name(key: str) -> bool:
    # a word of the dictionary, not merely frequent: wordfreq counts well-known names too ("Shahid", "Sanjay",
    # "Mikey", "Abu"), and "Shahid Uddin" beside a listed Uddin is her son, never "Shahid" + her pseudonym
    from ..name_or_word import is_ordinary_word

    return is_ordinary_word(key) and key not in name_lexicon()


def _listed_name_words(listed) -> set[str]:
    from ..variants import surnames_and_first_names

    return surnames_and_first_names(listed.rules) if listed is not None else set()


def adopt_listed_words(findings: list[Finding], listed, segments: list[Segment]) -> list[Finding]:
    """A one-word name found by other means (the model, propagation) that is a form of a listed person is that
    person: "Joy" alone in a table cell, which the name-or-word judgement left open, is Joy Sivanathan and gets her
    pseudonym, never an unlisted "Person 1" that would hide the listed name under the wrong replacement. Where the
    sentence clearly uses the ordinary word ("the Red, Amber, Green rating"), the find is dropped: the listed
    recogniser's judgement owns a listed word."""
    out = []
    for finding in findings:
        variant = None
        if finding.entity_type == entities.PERSON and finding.source != "rule":
            variant = listed.listed_person_word(finding.text.strip())
        if variant is not None and listed.unmarked(variant, finding.text.strip()):
            # "Do" of Đỗ, which the model took for a person: the listed recogniser's judgement, with the person's words
            entity = listed.entity(variant.entity)
            if entity is None or not listed.judge_unmarked(segments[finding.segment].text, finding.start,
                                                            finding.end, entity).replaced_by_apply:
                continue
        elif variant is not None and variant.key in listed.ambiguous and \
                not listed.judge(segments[finding.segment].text, finding.start, finding.end).reported_by_verify:
            continue
        if variant is not None and "surname" in variant.form and listed.numbered_noun(
                segments[finding.segment].text, finding.start, finding.end):
            continue      # "Page 15B", which the model took for a person: the listed word, with its number
        if variant is not None:
            finding = Finding(finding.start, finding.end, finding.text, finding.entity_type, 1.0, "rule",
                              finding.segment, finding.location, variant.entity,
                              {**finding.metadata, "form": variant.form, "alternatives": variant.alternatives,
                               "adopted_from": finding.source})
        out.append(finding)
    return out


def drop_words_read_with_a_listed_name(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """A guess that is a listed name and, before it, only words of the sentence or message ("Powiedz Zielińska że
    jutro przyjdę", "Habari Darius", "Salam Ahmed", "Tell Ó Ceallaigh to come"), with or without its possessive
    ("Support Zubair’s children", "Find Chen's"), or only such a word before a listed name (the model's place
    "Marhaba" of "Marhaba Mariam"), is dropped: the listed find holds the name and the words stay. Kept, the guess
    was one unknown person ("Person 1") over the listed name, and its first word a seed that made the same word a
    person everywhere in the document. A word that may be a given name ("Tomasz Zieliński", "Hamse Warsame") keeps
    the guess: that is somebody else, replaced whole."""
    listed_starts: dict[int, dict[int, Finding]] = defaultdict(dict)
    for finding in findings:
        if finding.source == "rule" and finding.entity_type == entities.PERSON and finding.listed_index is not None:
            listed_starts[finding.segment][finding.start] = finding
    if not listed_starts:
        return findings
    dropped: set[int] = set()
    for finding in findings:
        if finding.source == "rule" or finding.segment not in listed_starts \
                or finding.entity_type not in (entities.PERSON, entities.LOCATION):
            continue
        text = segments[finding.segment].text
        words = list(_NAME_WORD.finditer(text, finding.start, finding.end))
        for count, word in enumerate(words[:2], start=1):
            start_of_name = _next_word_start(text, word.end())
            inner = listed_starts[finding.segment].get(start_of_name)
            alone = finding.end == word.end()      # the guess is the words before the name, without it
            if inner is None or not (alone or inner.start <= finding.end <= _possessive_end(text, inner.end)):
                continue
            sentence_words = words[:count]
            # a place, or the word alone as a person of its own: only a greeting is surely no name
            greeting = all(w.group().lower() in MESSAGE_OPENERS_OF_OTHER_LANGUAGES for w in sentence_words)
            if greeting or not alone and finding.entity_type == entities.PERSON and all(
                    _a_word_of_the_sentence(text, w.start(), w.end()) for w in sentence_words):
                dropped.add(id(finding))
            break
    return [f for f in findings if id(f) not in dropped] if dropped else findings


def _possessive_end(text: str, at: int) -> int:
    """Where the possessive after the name ending at ``at`` ends ("Zubair’s", "Zubair's", "Connors’"), or ``at``:
    the model reads "Support Zubair’s" as one name as often as "Support Zubair", and the guess kept for its "’s"
    seeded "Support" alone as a stranger everywhere."""
    match = _POSSESSIVE.match(text, at)
    return match.end() if match else at


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


def _next_word_start(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    return at


def _a_word_of_the_sentence(text: str, start: int, end: int) -> bool:
    """A capitalised word before a listed name that is the sentence's own: an English word that is nobody's name
    ("Help", "Tell") or a word a message of another language opens with ("Powiedz", "Habari")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    return _ordinary_word_no_name(fold_key(word)) or a_word_of_its_message(text, start, end)


# recognisers that take a place only where the sentence places someone there ("grew up in", "moved from")
_PLACES_BY_CONTEXT = frozenset({"PlaceContextRecognizer", "WorldPlaceRecognizer", "LocalityRecognizer", "route"})
# a person guessed by the model, or by known name parts only from a verb after it ("Mirpur was ..."), at most
_PERSON_GUESSES = frozenset({"SpacyRecognizer", "KnownNameRecognizer"})
_GUESS_SCORE = 0.85


def places_the_sentence_confirms(findings: list[Finding]) -> list[Finding]:
    """A guessed person ("Hargeisa", "Mirpur" read as names by the model or from a verb after them) is a place
    wherever the document places someone in that word: the same text then reads "Place N" throughout, not a
    person in one sentence and a place in the next. Only guesses change; a listed or evidenced name never does."""
    places = {fold_key(f.text) for f in findings
              if f.entity_type == entities.LOCATION and f.source in _PLACES_BY_CONTEXT}
    if not places:
        return findings
    out = []
    for finding in findings:
        if finding.entity_type == entities.PERSON and finding.source in _PERSON_GUESSES \
                and finding.score <= _GUESS_SCORE and finding.listed_index is None \
                and fold_key(finding.text) in places:
            finding = Finding(finding.start, finding.end, finding.text, entities.LOCATION, finding.score,
                              finding.source, finding.segment, finding.location, None,
                              {**finding.metadata, "retyped": "a place the document places someone in"})
        out.append(finding)
    return out


def resolve_overlaps(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """Non-overlapping finds per segment. A lower-ranked find straddling a kept one is trimmed, not lost."""
    out: list[Finding] = []
    findings = findings + names_joined_to_listed_ones(findings, segments)
    compound = _compound_names(findings, segments) | {id(f) for f in findings if f.metadata.get("holds_listed_name")}
    rank = lambda f: 1 if id(f) in compound else _class(f)  # noqa: E731
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.end > finding.start:
            by_segment[finding.segment].append(finding)
    for segment_index in sorted(by_segment):
        accepted: list[Finding] = []
        taken: DisjointSpans[Finding] = DisjointSpans()
        ranked = sorted(by_segment[segment_index],
                        key=lambda f: (rank(f), -(f.end - f.start), -f.score, f.start, f.entity_type))
        for finding in ranked:
            clashes = taken.overlapping(finding.start, finding.end)
            if not clashes:
                accepted.append(finding)
                taken.add(finding.start, finding.end, finding)
                continue
            if rank(finding) >= 4 and finding.entity_type in (entities.PERSON, entities.LOCATION):
                rest = _remainder(finding, clashes, segments[segment_index].text)
                if rest is not None and (_kind_of_the_place_before(rest, finding, clashes)
                                         or _qualifier_of_the_place_after(rest, finding, clashes)
                                         or _trigger_of_a_mutated_name(rest, finding, clashes)):
                    rest = None
                if rest is not None and not taken.overlaps(rest.start, rest.end):
                    accepted.append(rest)
                    taken.add(rest.start, rest.end, rest)
        text = segments[segment_index].text
        out.extend(sorted((f for f in accepted if not _kind_of_a_body_after_a_place(f, accepted, text)),
                          key=lambda f: f.start))
    return out


def _kind_of_a_body_after_a_place(finding: Finding, accepted: list[Finding], text: str) -> bool:
    """"Assoc" of "Area A Housing Assoc", "Met" of "Area A Met Borough Council": a guessed person of an area body's
    kind words alone, right after a place (kind words between), is the body's kind, read apart from its place."""
    if finding.entity_type != entities.PERSON or finding.source == "rule":
        return False
    from ..variants import likely_gender

    words = re.findall(r"[\w'’-]+", finding.text)
    if not words or not all(fold_key(w) in AREA_BODY_WORDS and likely_gender(w) is None for w in words):
        return False
    return any(c.entity_type in _PLACE_TYPES and c.end <= finding.start and finding.start - c.end <= 60
               and re.fullmatch(r"[\s.&]*", re.sub(r"[\w'’-]+", lambda m: "" if fold_key(m.group()) in _PLACE_KINDS
                                                  else "#", text[c.end:finding.start]))
               for c in accepted)


def _remainder(finding: Finding, clashes: list[Finding], text: str) -> Finding | None:
    pieces, cursor = [], finding.start
    for clash in sorted(clashes, key=lambda c: c.start):
        if clash.start > cursor:
            pieces.append((cursor, clash.start))
        cursor = max(cursor, clash.end)
    if cursor < finding.end:
        pieces.append((cursor, finding.end))
    best = None
    # where a listed person's name starts: the English words before it that are nobody's name are the sentence's
    # ("Help" of "Help Joanne’s children", a campaign's title), not a name of their own; so are a greeting or a
    # word of the message's own language ("Habari Darius", "Powiedz Zielińska że jutro przyjdę"), and, whatever the
    # guess took them for, a family's word for the person ("Nan" of "Nan Pearl", the model's place "Maame Comfort")
    listed_starts = {c.start: c.metadata.get("form") in _GIVEN_NAME_FORMS for c in clashes
                     if c.source == "rule" and c.entity_type == entities.PERSON}
    for a, b in pieces:
        raw = finding.text[a - finding.start:b - finding.start]
        right_before_listed = len(raw.rstrip()) < len(raw) and b in listed_starts
        before_listed = finding.entity_type == entities.PERSON and right_before_listed
        words = [m.group() for m in re.finditer(r"[\w'’-]+", raw)
                 if m.group()[:1].isupper() and fold_key(m.group()) not in _TITLE_WORDS
                 and fold_key(m.group()) not in _GENERATION_WORDS
                 and not (right_before_listed and _calls_the_person(fold_key(m.group()), listed_starts[b]))
                 and not (before_listed and (_ordinary_word_no_name(fold_key(m.group()))
                                             or a_word_of_its_message(text, a + m.start(), a + m.end())))]
        if not words:
            continue
        # "DS. Reid" less a find of "DS": the title's full stop is no part of the name either
        lead = len(raw) - len(raw.lstrip(" .,;:-–()'’s"))
        trail = len(raw) - len(raw.rstrip(" ,;:-–()'’"))
        a2, b2 = a + lead, b - trail
        if b2 - a2 >= 2 and (best is None or b2 - a2 > best[1] - best[0]):
            best = (a2, b2)
    if best is None:
        return None
    a, b = best
    return Finding(a, b, finding.text[a - finding.start:b - finding.start], finding.entity_type, finding.score,
                   finding.source, finding.segment, finding.location, finding.listed_index, dict(finding.metadata))


# The kinds of place a place's name goes before: a street's ("Lane", "Close"), a park's, an estate's, a site's
_PLACE_KINDS = frozenset(fold_key(w) for w in (*STREET_TYPES, "Estate", "Site", "Camp", "Centre", "Center", "Bridge",
                                               "Common", "Heath", "Moor", "Marsh", "Forest", "Valley", "Beach",
                                               "Bay", "Harbour", "Pier", "Station", "Castle", "Cross")) \
    | KIND_WORDS | SERVICE_WORDS | AREA_BODY_WORDS
_PLACE_TYPES = (entities.LOCATION, entities.PLACE_ORGANIZATION, entities.ADDRESS)


def _kind_of_the_place_before(rest: Finding, finding: Finding, clashes: list[Finding]) -> bool:
    """"Dunmore Lane" (read as a person) less a listed "Dunmore": what is left, "Lane", is the kind of place the
    name before it is, no person or place of its own ("Area A Lane", never "Area A Person 1")."""
    words = re.findall(r"[\w'’-]+", rest.text)
    if not words or not all(fold_key(w) in _PLACE_KINDS for w in words):
        return False
    # kind words may stand between ("Area A Met Borough Council" less "Met" taken on its own): all one kind
    return any(c.entity_type in _PLACE_TYPES and finding.start <= c.end <= rest.start
               and all(fold_key(w) in _PLACE_KINDS
                       for w in re.findall(r"[\w'’-]+", finding.text[c.end - finding.start:rest.start - finding.start]))
               for c in clashes)


def _qualifier_of_the_place_after(rest: Finding, finding: Finding, clashes: list[Finding]) -> bool:
    """"South Wexham" (read as a person or a place) less a listed "Wexham": what is left, "South", says which part
    of the place it is ("South Area A"), no person or place of its own ("Person 1 Area A")."""
    words = re.findall(r"[\w'’-]+", rest.text)
    if not words or not all(w in PLACE_QUALIFIERS for w in words):
        return False
    return any(c.entity_type in _PLACE_TYPES and rest.end <= c.start <= finding.end
               and not finding.text[rest.end - finding.start:c.start - finding.start].strip(" -")
               for c in clashes)


def _trigger_of_a_mutated_name(rest: Finding, finding: Finding, clashes: list[Finding]) -> bool:
    """"Yng Nghaerffili" opening a sentence (read as a person) less the listed place it mutates: what is left,
    "Yng", is the word that mutated it (``redact.mutations``), no person of its own."""
    return " " not in rest.text.strip() and any(
        c.metadata.get("mutated") and rest.end <= c.start and finding.start <= c.start
        and not finding.text[rest.end - finding.start:c.start - finding.start].strip() for c in clashes)


def _per_segment(findings: list[Finding]):
    """(segment index, its finds left to right), segment by segment."""
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_segment[finding.segment].append(finding)
    for index in sorted(by_segment):
        yield index, sorted(by_segment[index], key=lambda f: f.start)


# A place and the larger area it lies in: "Barnstaple, Devon", "Waterfoot, County Antrim, Northern Ireland".
_PLACE_JOINT = re.compile(r",[ \t]*")
_LIST_GOES_ON = re.compile(r"(?:,[ \t]*|[ \t]+)(?:and|or|&)[ \t]+$")


_RECORD_SURNAME = re.compile(r"(?:[^\W\d_]['’])?[^\W\d_]{2,}(?:[-' ’][^\W\d_]{2,})*")
_RECORD_GIVEN = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[- ][^\W\d_][^\W\d_'’-]*)*(?:['’]s)?")
_GAP = (",", ", ", ",\t")
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[^\W\d_]['’])?[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})*),[ \t]?$")
# (not the next field's label: "Surname: MENSAH, Forename: AMA")
_GIVEN_AFTER = re.compile(r",[ \t]?([^\W\d_][^\W\d_'’-]*)(?![\w'’-]|[ \t]*:)")


def _a_given_name(word: str) -> bool:
    from ..name_or_word import is_ordinary_word
    from ..variants import likely_gender

    return word[:1].isupper() and not word.isupper() and not _a_date_word(word) \
        and (likely_gender(word) is not None or not is_ordinary_word(word))


def _a_record_surname(word: str) -> bool:
    from ..name_or_word import is_ordinary_word
    from .recognizers._common import DOMAIN_ACRONYMS

    return word.isupper() and len(word) >= 3 and word not in DOMAIN_ACRONYMS and not is_ordinary_word(word) \
        and not _a_date_word(word) and bool(_RECORD_SURNAME.fullmatch(word))


def _a_date_word(word: str) -> bool:
    from ..lexicon import MONTHS, WEEKDAYS

    return word.title() in MONTHS or word.title() in WEEKDAYS


def join_record_order_names(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """"MISTRY, Ketan" (a police or agency record's surname in capitals, a comma, the given name) is one person:
    one find, so that it reads "Person 1", not "Person 1, Person 2" (two people), and where the model found only
    one half ("NOWAK" or "Mohammed"), the other half is taken in with it. Only a surname in capitals, and only a
    given name that is one somewhere or no ordinary word: "Mistry, Okafor and Smith" is a list of three, "NHS,
    Police" no name."""
    people = sorted((f for f in findings if f.entity_type == entities.PERSON and f.listed_index is None
                     and f.source != "rule"), key=lambda f: (f.segment, f.start))
    covered: dict[int, list[Finding]] = {}
    for f in findings:
        covered.setdefault(f.segment, []).append(f)

    def free(segment: int, start: int, end: int) -> bool:
        """Nothing found there, or only the model's guess of something else on exactly that word ("Wojciech" as
        an organisation), which the record's order outweighs: that guess is dropped."""
        clashes = [f for f in covered.get(segment, []) if f.start < end and start < f.end]
        if all(f.source == "SpacyRecognizer" and f.listed_index is None and (f.start, f.end) == (start, end)
               for f in clashes):
            dropped.update(id(f) for f in clashes)
            return True
        return False
    replaced: dict[int, Finding] = {}
    dropped: set[int] = set()

    def whole(first: Finding, start: int, end: int, text: str, *metadata: dict) -> Finding:
        merged = {k: v for m in metadata for k, v in m.items()}
        return Finding(start, end, text[start:end], entities.PERSON, first.score, first.source, first.segment,
                       first.location, None, {**merged, "record_order": True})

    for position, a in enumerate(people):
        if id(a) in dropped:
            continue
        text = segments[a.segment].text
        b = people[position + 1] if position + 1 < len(people) else None
        if b is not None and b.segment == a.segment and text[a.end:b.start] in _GAP:
            if a.text.isupper() and _RECORD_SURNAME.fullmatch(a.text) and not b.text.isupper() \
                    and b.text[:1].isupper() and _RECORD_GIVEN.fullmatch(b.text) \
                    and not _a_date_word(a.text) and not _a_date_word(b.text.split()[0]):
                replaced[id(b)] = whole(a, a.start, b.end, text, a.metadata, b.metadata)
                dropped.add(id(a))
            continue
        if a.text.isupper() and _RECORD_SURNAME.fullmatch(a.text) and not _a_date_word(a.text):
            after = _GIVEN_AFTER.match(text, a.end)
            if after and _a_given_name(after.group(1)) and free(a.segment, after.start(1), after.end(1)):
                replaced[id(a)] = whole(a, a.start, after.end(1), text, a.metadata)
        elif not a.text.isupper() and a.text[:1].isupper() and _RECORD_GIVEN.fullmatch(a.text):
            before = _SURNAME_BEFORE.search(text, max(0, a.start - 40), a.start)
            if before and _a_record_surname(before.group(1)) and free(a.segment, before.start(1), before.end(1)):
                replaced[id(a)] = whole(a, before.start(1), a.end, text, a.metadata)
    if not replaced and not dropped:
        return findings
    return [replaced.get(id(f), f) for f in findings if id(f) not in dropped]


# Words that lead a date: "on Sunday", "every Monday", "last Friday"
_DATE_LEAD = lazy(re.compile,
                  r"(?<![\w'’-])(?:on|by|since|until|till|during|last|next|every|each|this|that|from|early|late|"
                        r"mid|the|a|following|previous|before|after|through|throughout|between)[^\S\n]+$",
                        re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(r"(?<![\w'’-])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ ]$")


def weekday_given_names(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """"Sunday Adeyemi", "Monday Eze": a weekday just before an unlisted person's name, with no word that leads a
    date before it ("On Sunday Adeyemi called" is a day), is the person's given name (a Nigerian name among
    others), not the day the model took it for: the name takes it in, and the model's date on it goes."""
    by_span = {(f.segment, f.start, f.end): f for f in findings}
    grown: dict[int, Finding] = {}
    dropped: set[int] = set()
    for f in findings:
        if f.entity_type != entities.PERSON or f.listed_index is not None or f.source == "rule" \
                or not f.text[:1].isupper():
            continue
        text = segments[f.segment].text
        day = _WEEKDAY_BEFORE.search(text, max(0, f.start - 12), f.start)
        if not day or _DATE_LEAD.search(text, max(0, day.start(1) - 20), day.start(1)):
            continue
        guess = by_span.get((f.segment, day.start(1), day.end(1)))
        clashes = [g for g in findings if g.segment == f.segment and g is not f
                   and g.start < day.end(1) and day.start(1) < g.end]
        if any(g is not guess for g in clashes) or (guess is not None and (
                guess.source not in ("SpacyRecognizer", "UkDateRecognizer") or guess.entity_type != entities.DATE_TIME)):
            continue
        if guess is not None:
            dropped.add(id(guess))
        grown[id(f)] = Finding(day.start(1), f.end, text[day.start(1):f.end], f.entity_type, f.score, f.source,
                               f.segment, f.location, None, {**f.metadata, "weekday_given_name": True})
    if not grown:
        return findings
    return [grown.get(id(f), f) for f in findings if id(f) not in dropped]


# The capitalised word just before a person's name, on the same line: "Memory" of "Memory Chikwanha"
# (or a given name of two syllables joined by a hyphen, as Korean and Chinese names are romanised: "Ji-woo Park",
# "Mei-ling Chan"), a middle initial between them ("Precious T Mbeki", "Charity P. Warsame"): the initial goes with
# the name, and the word is read as it is read before the surname
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[a-z]+)?)[ ](?:[A-Z]\.?[ ])?$")
# words a title of several words opens with ("Acting Judge", "Honour Judge")
_TITLE_WORDS_OF_A_FIND = frozenset({"Acting", "Judge", "Justice", "Lord", "Lady", "Honour", "Chief"})


def word_given_names(findings: list[Finding], segments: list[Segment], listed=None) -> list[Finding]:
    """"Memory Chikwanha", "Gift Phiri", "Precious Moyo": a given name that is also an English word, written just
    before an unlisted person's name, is part of it. The model takes the surname alone ("Gift Person 1"): the
    given name was left beside the pseudonym, and it is a rare name that gives the person away. A word that
    stands before a name without being one (a title, a family word, "Later", "Dear", "Poor") is left to its
    reading; so is a word another find holds."""
    grown: dict[int, Finding] = {}
    dropped: set[int] = set()
    by_segment: dict[int, list[Finding]] = defaultdict(list)    # (a long document's finds, not all of them per find)
    for f in findings:
        by_segment[f.segment].append(f)
    added: list[Finding] = []
    for f in findings:
        listed_surname = f.source == "rule" and f.listed_index is not None \
            and f.metadata.get("form") in (*_SURNAME_FORMS, "initial+surname")
        if f.entity_type != entities.PERSON or (f.listed_index is not None or f.source == "rule") \
                and not listed_surname or not f.text[:1].isupper() or f.metadata.get("weekday_given_name"):
            continue
        text = segments[f.segment].text
        first = f.text.split()[0].rstrip(".")
        if first in NAME_TITLES or first in HONORIFICS or first in _TITLE_WORDS_OF_A_FIND:
            continue    # "for the Government Mr Smith", "His Honour Judge Brown": the word before a title is none
        before = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
        if not before:
            continue
        start, end = before.start(1), before.end(1)
        if fold_key(text[start:end]) in TEKNONYM_WORDS_BEFORE_A_NAME and not listed_surname:
            continue    # "Baba Tobi", "Iya Tobi": the child's name, and the parent called by it (``filters``)
        # a given name of the name lists that is also a word ("Mags", "Will", "Holly", "May" not after "In") is
        # the person's too: the surname was found (propagated, or listed) and the given name left beside the
        # pseudonym ("Mags Person 1")
        if a_word_before_a_name(text, start, end) and not a_given_name_before_a_name(text, start, end) \
                or a_service_or_role_word(text[start:end]):
            continue    # ("Police Okonkwo were called": ``service_and_date_words_before_names`` took "Police" off)
        if listed_surname and (fold_key(text[start:end]) in _WORDS_BEFORE_A_LISTED_NAME
                               or _a_title_the_listed_may_bear(fold_key(text[start:end]), f, listed)):
            # "Imam Warsame", "Baba Warsame", "Pan Nowak": a title before the listed surname, kept before the
            # listed person's pseudonym where one of them may bear it, though "Imam" or "Baba" may be a
            # relative's given name (the title is the likelier reading before a surname)
            continue
        if listed_surname and name_key(text[start:end]) not in name_lexicon().given \
                and not a_given_name_before_a_name(text, start, end) \
                and not a_given_name_of_no_list_before_a_name(text, start, end, f.end):
            continue    # (before a listed surname, only a given name of the lists, or a word read as a proper noun)
        clashes = [g for g in by_segment[f.segment] if g is not f and g.start < end and start < g.end]
        # the model's guess of something else on the word, or on the word and the name together ("Memory
        # Chikwanha" as an organisation), is outweighed; so is an unlisted person on the given name alone, or on
        # the whole, before a listed surname ("Honour", "Honour T. Warsame": the relative, not "Person 1 T.
        # Mary"); any other find there is not
        if not all(g.source == "SpacyRecognizer" and (g.start, g.end) in ((start, end), (start, f.end))
                   and g.entity_type != entities.PERSON
                   or listed_surname and _unlisted_person(g) and (g.start, g.end) in ((start, end), (start, f.end))
                   for g in clashes):
            continue
        dropped.update(id(g) for g in clashes)
        if listed_surname:
            # "Iris Doyle" with Siobhan Doyle listed: a relative, an unlisted person who wins over the listed
            # surname inside her name (as ``mark_unlisted_full_names`` makes "Liam Doyle"); the listed find stays
            # for a policy that keeps unlisted people
            added.append(Finding(start, f.end, text[start:f.end], f.entity_type, f.score, _GIVEN_NAME_SOURCE,
                                 f.segment, f.location, None, {"word_given_name": True, "holds_listed_name": True}))
            continue
        grown[id(f)] = Finding(start, f.end, text[start:f.end], f.entity_type, f.score, f.source, f.segment,
                               f.location, None, {**f.metadata, "word_given_name": True})
    if not grown and not added:
        return findings
    return [grown.get(id(f), f) for f in findings if id(f) not in dropped] + added


def months_and_modals_before_names(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """"In May Okonkwo rang", "By June Doyle was living alone": a month that a word of time leads is the date's;
    "Will Doyle be charged?" opens with a modal. Neither is the given name of the person after it, though the model
    and the name lists read "May Okonkwo" and "June Doyle" as one name: the find starts at the surname, whose own
    finds (a listed surname's) then read it as before."""
    from ..lexicon import MONTHS

    people = {(f.segment, f.start, f.end) for f in findings if f.entity_type == entities.PERSON}
    out = []
    for f in findings:
        words = f.text.split(" ", 1)
        if f.entity_type == entities.PERSON and f.source != "rule" and f.listed_index is None and len(words) == 2 \
                and words[1][:1].isupper() and (
                    words[0] in MONTHS and a_date_lead_before(segments[f.segment].text, f.start)
                    or a_word_opening_a_question(segments[f.segment].text, f.start, f.start + len(words[0]))):
            start = f.start + len(words[0]) + 1
            metadata = {k: v for k, v in f.metadata.items() if k != "holds_listed_name"}
            f = Finding(start, f.end, f.text[len(words[0]) + 1:], f.entity_type, f.score, f.source, f.segment,
                        f.location, None, metadata)
        elif f.source == "SpacyRecognizer" and f.entity_type != entities.PERSON and len(words) == 2 \
                and (f.segment, f.start + len(words[0]) + 1, f.end) in people \
                and a_word_opening_a_question(segments[f.segment].text, f.start, f.start + len(words[0])):
            continue    # "Will Adeyemi attend the review?": the model's place of the modal and the question's subject
        out.append(f)
    return out


# The words of a public service, an institution or somebody's part in a case that notes write before a surname
# ("Police Okonkwo were called", "Probation Haddad", "Midwife Nakamura", "Landlord Doyle"): a run of capitalised
# words to the name recogniser and the model, never the person's given name. (A word some country gives as a
# name, or a short form of one - "Court" of Courtney - is left to the name's readers.)
_SERVICE_AND_ROLE_WORDS = frozenset("""
police constabulary probation ambulance paramedic paramedics hospital housing court prison refuge hostel surgery
clinic school college university council nhs health social services safeguarding midwife nurse coroner witness
victim perpetrator landlord landlady caseworker advocate
""".split())
# a word of time that leads a month or a weekday ("Early January", "Last Tuesday"), written as a find's first word
_TIME_LEAD_WORDS = frozenset({"early", "late", "mid", "last", "next", "every", "each", "this", "that", "since",
                              "until", "till", "during", "by", "in", "on", "from", "through", "throughout"})
_CAPITALISED_AFTER = lazy(re.compile, r"[ ]+[A-Z]")


def a_service_or_role_word(word: str) -> bool:
    """Is ``word`` a service's, an institution's or a case part's word that is nobody's given name ("Police",
    "Probation", "Midwife"; not "Junior", "Court")?"""
    from ..short_forms import is_a_short_form
    from ..variants import likely_gender

    return word.istitle() and word.lower() in _SERVICE_AND_ROLE_WORDS and likely_gender(word) is None \
        and not is_a_short_form(word)


def service_and_date_words_before_names(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """"Police Okonkwo were called", "Midwife Nakamura visited", "Early January Kowalczyk rang": a guessed person
    that opens with a service's or a role's word, or with a month or weekday a word of time leads, is the name
    after them (the words stay: "Police Person 1", not "Person 1 were called"); such a word guessed alone as a
    person or a place right before a name ("In May Warsame rang": the model's place "May"; "At 9pm Landlord
    Doyle") is dropped. Before propagation, so that the word is no name part anywhere else. A month no word of
    time leads ("May Doyle said") stays the name's."""
    from ..lexicon import MONTHS, WEEKDAYS

    def a_date_word_at(text: str, start: int, word: str) -> bool:
        return (word in MONTHS or word in WEEKDAYS) and a_date_lead_before(text, start)

    person_starts = {(f.segment, f.start) for f in findings if f.entity_type == entities.PERSON}
    out = []
    changed = False
    for f in findings:
        if f.entity_type not in (entities.PERSON, entities.LOCATION) or f.source == "rule" \
                or f.listed_index is not None:
            out.append(f)
            continue
        text = segments[f.segment].text
        words = list(_NAME_WORD.finditer(text, f.start, f.end))
        leading = 0
        service_word = False
        for i, w in enumerate(words):
            word = w.group()
            if a_service_or_role_word(word):
                leading, service_word = i + 1, True
                continue
            if a_date_word_at(text, w.start(), word) \
                    or word.lower() in _TIME_LEAD_WORDS and i + 1 < len(words) \
                    and (words[i + 1].group() in MONTHS or words[i + 1].group() in WEEKDAYS):
                leading = i + 1
                continue
            break
        if leading == len(words):
            after = _CAPITALISED_AFTER.match(text, f.end)
            name_start = after.end() - 1 if after else None
        else:
            name_start = words[leading].start()
        # a place's name may open with a service's word ("Hospital Hill", "Church Green" stay whole): a place's
        # find gives it up only before a person's; "Police" or "May" alone only before a person's name
        if not leading or (leading == len(words) or service_word and f.entity_type != entities.PERSON) \
                and (f.segment, name_start) not in person_starts:
            out.append(f)
            continue
        changed = True
        if leading == len(words):
            continue
        if word_kind(words[leading].group()) == WORD:
            out.append(f)        # "Probation Service", "Police Station": no name after the word, left as read
            continue
        start = words[leading].start()
        metadata = {k: v for k, v in f.metadata.items() if k != "holds_listed_name"}
        out.append(Finding(start, f.end, text[start:f.end], f.entity_type, f.score, f.source, f.segment,
                           f.location, None, metadata))
    return out if changed else findings


# the source of an unlisted relative's name made of a given name and a listed surname ("Iris Doyle")
_GIVEN_NAME_SOURCE = "given-name-before-a-listed-surname"


def join_places(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """Detected places written as one location are one find: a town and its county ("Barnstaple, Devon"), a
    building and its city, a place and the area word after it ("Beyoğlu district"). A list of places ("Leeds,
    Bradford and Wakefield") stays a list. Listed places are never joined: each has its own pseudonym."""
    def joinable(f: Finding) -> bool:
        return f.entity_type == entities.LOCATION and f.source != "rule"

    out: list[Finding] = []
    for index, ordered in _per_segment(findings):
        text = segments[index].text
        # (the area word after a place may open the next find: "Beyoğlu district of Istanbul", where another
        # reader took "district of Istanbul"; the two are one location, never two edits over one word)
        chains = _chains(ordered, lambda last, finding: joinable(last) and joinable(finding)
                         and (_PLACE_JOINT.fullmatch(text, last.end, finding.start) is not None
                              or _area_word_opens(text, last, finding)))
        for position, chain in enumerate(chains):
            following = chains[position + 1][0] if position + 1 < len(chains) else None
            listing = following is not None and joinable(following) \
                and _LIST_GOES_ON.fullmatch(text, chain[-1].end, following.start)
            if len(chain) > 1 and not listing:
                chain = [_merged(chain, text)]
            for finding in chain:
                if joinable(finding) and (m := AREA_WORD_AFTER.match(text, finding.end)) \
                        and (following is None or following.start >= m.end()):
                    finding = _merged([finding], text, m.end())
                out.append(finding)
    return out


def _area_word_opens(text: str, last: Finding, finding: Finding) -> bool:
    """Does the area word after ``last`` ("district") lie inside ``finding``, which starts after ``last``?"""
    m = AREA_WORD_AFTER.match(text, last.end)
    return m is not None and last.end <= finding.start < m.end()


def _chains(ordered: list[Finding], joins) -> list[list[Finding]]:
    """A segment's finds left to right, in runs where ``joins(last, next)`` holds between each two."""
    chains: list[list[Finding]] = []
    for finding in ordered:
        if chains and joins(chains[-1][-1], finding):
            chains[-1].append(finding)
        else:
            chains.append([finding])
    return chains


def _merged(chain: list[Finding], text: str, end: int | None = None) -> Finding:
    first = chain[0]
    end = chain[-1].end if end is None else end
    return Finding(first.start, end, text[first.start:end], entities.LOCATION, min(f.score for f in chain),
                   first.source, first.segment, first.location, None,
                   {**first.metadata, "joined": [f.text for f in chain]})


# What stands between two words of one name written out: a space or a hyphen ("María José", "García-López")
_NAME_JOINT = re.compile(r"[ \u00a0]{1,2}|[ \u00a0]?[-‐‑][ \u00a0]?")


# "senior" or "junior" right after a name: the listed person's father or son of the same name, unless the rules list
# them so; not a role after it ("Mensah Senior Social Worker", "Dlamini, senior nurse")
_ELDER_WORDS = frozenset({"senior", "snr", "sr"})
_GENERATION_WORDS = _ELDER_WORDS | {"junior", "jnr", "jr"}
_ELDER_OR_YOUNGER = re.compile(rf"[ \u00a0]+({'|'.join(sorted(_GENERATION_WORDS))})\b\.?(?![ \u00a0]+(?-i:[A-Z]))",
                               re.IGNORECASE)
_A_SMALL_WORD_GOES_ON = lazy(re.compile, r"[ \u00a0]*(?:[,;]|[ \u00a0][a-z])")
# the word in a listed name ("Patrick Ward Junior", "Kwame Mensah, Snr."), whatever follows it
_GENERATION_IN_A_NAME = lazy(re.compile, rf",?[ \u00a0]+({'|'.join(sorted(_GENERATION_WORDS))})\b\.?", re.IGNORECASE)
# a rules role of the generation above or below the review's people ("mother-in-law", "grandfather", "son", "child")
_ELDER_ROLE = lazy(re.compile, r"\b(?:grand|step|god)?(?:mother|father|parent|mum|mom|dad)s?\b|\bgrand(?:ma|pa|dad)\b"
                               r"|\bgrann(?:y|ie)\b", re.IGNORECASE)
_YOUNGER_ROLE = lazy(re.compile, r"\b(?:grand|step|god)?(?:son|daughter|child)(?:ren|s)?\b", re.IGNORECASE)


def elders_and_juniors_are_relatives(findings: list[Finding], segments: list[Segment], listed) -> list[Finding]:
    """"Lerato's mum, Mrs Dlamini senior" and "Mr Mensah senior" (Lerato Dlamini, Kwame Mensah listed) are her
    mother and his father: a listed form followed by "senior" or "junior" is a relative's form (a person of the
    family, numbered as one), not the listed person, unless the listed name itself says senior or junior."""
    people = listed.rules.listed() if listed is not None else []
    out: list[Finding] = []
    told_apart: list[Finding] = []
    for finding in findings:
        index = finding.listed_index
        form = finding.metadata.get("form") or ""
        said = None
        if finding.source == "rule" and finding.entity_type == entities.PERSON and index is not None \
                and index < len(people) and not is_relative_form(form) and form != "initials":
            said = _ELDER_OR_YOUNGER.match(segments[finding.segment].text, finding.end)
        if said is not None and index is not None:
            elder = said.group(1).casefold() in _ELDER_WORDS
            listed_one = _the_listed_elder_or_younger(finding, index, elder, segments[finding.segment].text, listed)
            if listed_one is not None:
                # the word goes with the name it tells apart ("Michael", not "Michael Jnr"); its stop, where a
                # small word goes on after it, with it ("Jr. was 5"), not one that ends the sentence
                text = segments[finding.segment].text
                end = said.end(1) + (text.startswith(".", said.end(1))
                                     and bool(_A_SMALL_WORD_GOES_ON.match(text, said.end(1) + 1)))
                if any(f.segment == finding.segment and f.start < end and f.end > finding.end
                       and not (finding.start <= f.start and f.end <= end) for f in findings):
                    end = finding.end    # a span running on past the word: left as it was read
                finding = Finding(finding.start, end, text[finding.start:end], finding.entity_type, finding.score,
                                  finding.source, finding.segment, finding.location, listed_one,
                                  {**finding.metadata, "alternatives": None})
                told_apart.append(finding)
                out.append(finding)
                continue
        if said is not None and index is not None and not _GENERATION_IN_A_NAME.search(people[index].name):
            finding = Finding(finding.start, finding.end, finding.text, finding.entity_type, finding.score,
                              finding.source, finding.segment, finding.location, index,
                              {**finding.metadata, "form": f"{RELATIVE_FORM} (senior or junior)"})
        out.append(finding)
    if told_apart:
        # the word taken into the name was read on its own too ("Junior" as a name the model found beside it)
        out = [f for f in out if not any(f is not whole and f.segment == whole.segment and whole.start <= f.start
                                          and f.end <= whole.end for whole in told_apart)]
    return out


def _the_listed_elder_or_younger(finding: Finding, index: int, elder: bool, text: str, listed) -> int | None:
    """The listed person "senior" or "junior" after a form names, where the rules list that person: "Patrick Ward
    Jnr" and "Paddy Ward senior" with Patrick Ward and Patrick Ward Junior listed are the son and the father, each
    his own pseudonym; "Mrs Mensah senior" with Akosua Mensah and her mother Adwoa Mensah listed is the mother, the
    one listed person of the form whose rules role is a generation above (of the title's sex where it has one). Was
    "Person 1 Jnr", "Mrs Person 1 senior": a listed person numbered as a relative. None where the rules list no such
    person, or more than one: the form is then a relative's, as before."""
    from ..rules import Person

    people = listed.rules.listed()

    def key(name: str) -> str:
        return " ".join(name.casefold().split())

    own = key(people[index].name)
    for other, person in enumerate(people):
        word = _GENERATION_IN_A_NAME.search(person.name) if isinstance(person, Person) else None
        if word is None:
            continue
        base = key(person.name[:word.start()] + person.name[word.end():])
        theirs_elder = word.group(1).casefold() in _ELDER_WORDS
        if other == index:
            # the form was read as the listed senior's or junior's own: the other word names the one without it
            return index if theirs_elder == elder else next(
                (i for i, p in enumerate(people) if isinstance(p, Person) and key(p.name) == base), None)
        if base == own:
            return other if theirs_elder == elder else index
    # the listed people the form may be, and those of the surname it writes ("Mrs Tran" is only Lan Tran's listed
    # form, her son Quang Tran's title being "Mr"; "senior" tells the two apart all the same)
    bare = key(" ".join(split_title(finding.text)[1]))
    sharing = {i for i, person in enumerate(people) if isinstance(person, Person)
               and (i in (*_alternatives(finding, listed), index) or bare and key(person.name).endswith(" " + bare))}
    if len(sharing) < 2:
        return None     # one listed person of the form: "senior" after it names a relative of hers
    title = _SEXED_TITLE_OPENING.match(finding.text) or ending_at(_SEXED_TITLE_BEFORE, text, finding.start)
    sex = _TITLE_SEXES[fold_key(title.group(1))] if title is not None else None
    role = _ELDER_ROLE if elder else _YOUNGER_ROLE
    of_the_generation = [i for i in sorted(sharing) if role.search(people[i].role or "")
                         and (sex is None or _listed_sex(i, listed) in (sex, None))]
    return of_the_generation[0] if len(of_the_generation) == 1 else None


def join_forms_of_one_person(findings: list[Finding], segments: list[Segment], listed=None) -> list[Finding]:
    """Listed forms of one person side by side are one mention of that person: "Maria Jose" and "Garcia Lopez"
    (María José García López listed, the two words of each pair forms apart) were each replaced, which wrote her
    pseudonym twice ("Lucy Lucy"). A relative's form and another person's form are never joined.

    The same for a name written with another of the person's own forms beside it, in brackets or quotes, after
    "aka" or "or", or inside the name ("Katarzyna (Kasia) Kowalczyk", "Katarzyna Kowalczyk (KK)", "Dariusz
    Wiśniewski (Mr W)", "Katarzyna 'Kasia' Kowalczyk"): each was replaced, "Eva (Eva) Eva", or the title and
    letter were read as somebody unlisted, "Adam (Mr Person 2)". The whole is the person once ("Eva"). Only a
    bracket or quote holding nothing but the same person's form is taken: "(Dariusz's partner)", "(aged 36)",
    "(DW's sister)" stay. Initials join only so, never a bare name beside them ("Kate KK")."""
    people = listed.rules.listed() if listed is not None else []

    def joinable(f: Finding) -> bool:
        form = f.metadata.get("form") or ""
        return f.source == "rule" and f.entity_type == entities.PERSON and f.listed_index is not None \
            and not is_relative_form(form)

    def same_person(last: Finding, finding: Finding) -> bool:
        return joinable(last) and joinable(finding) and last.listed_index == finding.listed_index

    def unlisted_pair(last: Finding, finding: Finding) -> bool:
        """An unlisted name and the initials the draft defines for it, either way round ("Tariq Hussain (TH)",
        "TH (Tariq Hussain)"): ``redact.detect.unlisted_initials``."""
        if last.entity_type != entities.PERSON or finding.entity_type != entities.PERSON \
                or last.listed_index is not None or finding.listed_index is not None:
            return False
        name, initials = (last, finding) if finding.metadata.get("form") == UNLISTED_INITIALS_FORM else (finding, last)
        stands_for = initials.metadata.get("stands_for")
        return initials.metadata.get("form") == UNLISTED_INITIALS_FORM and bool(stands_for) \
            and name.metadata.get("form") != UNLISTED_INITIALS_FORM \
            and unlisted_name_key(name.text) == unlisted_name_key(str(stands_for))

    def titled_initial_of(person_index: int, finding: Finding) -> bool:
        """"Mr W" beside Dariusz Wiśniewski: a title and the initial of one of the person's name words."""
        if finding.entity_type != entities.PERSON or finding.source == "rule" \
                or not 0 <= person_index < len(people):
            return False
        written = _TITLED_INITIAL.fullmatch(finding.text)
        if written is None or fold_key(written.group("title").rstrip(".")) not in _TITLE_WORDS:
            return False
        letter = fold_key(written.group("letter"))
        return any(fold_key(word)[:1] == letter for word in re.findall(r"[^\W\d_]+", people[person_index].name)
                   if fold_key(word) not in _TITLE_WORDS)

    out: list[Finding] = []
    for index, ordered in _per_segment(findings):
        text = segments[index].text
        at = 0
        while at < len(ordered):
            chain = [ordered[at]]
            end = ordered[at].end
            at += 1
            while at < len(ordered):
                last, finding = chain[-1], ordered[at]
                if same_person(last, finding) and "initials" not in (last.metadata.get("form"),
                                                                      finding.metadata.get("form")) \
                        and _NAME_JOINT.fullmatch(text, end, finding.start):
                    chain.append(finding)
                    end = finding.end
                    at += 1
                    continue
                unlisted = unlisted_pair(last, finding)
                beside = unlisted or joinable(last) and last.listed_index is not None \
                    and (same_person(last, finding) or titled_initial_of(last.listed_index, finding))
                # (the form may start inside the words before it: "a.k.a. YILMAZ" read "a. YILMAZ", an initial
                # and her surname)
                opened = _OWN_FORM_OPENS.match(text, end) if beside and end <= finding.start else None
                if opened and not finding.start <= opened.end() < finding.end \
                        and not (opened.end() == finding.start and opened.group(0)):
                    opened = None
                closed = _OWN_FORM_CLOSES[opened.group("open") or "'"].match(text, finding.end) if opened else None
                if opened and closed:
                    chain.append(finding)
                    end = closed.end()
                    at += 1
                    continue
                named = _NAMED_AS_CLAUSE.fullmatch(text, end, finding.start) if unlisted else None
                if named is not None:
                    # "Tariq Hussain, referred to in this report as TH, was": the clause goes with its commas
                    closed = _NAMED_AS_CLAUSE_ENDS.match(text, finding.end)
                    chain.append(finding)
                    end = closed.end() if closed else finding.end
                    at += 1
                    continue
                if beside and _OWN_FORM_AKA.fullmatch(text, end, finding.start):
                    chain.append(finding)     # "Katarzyna Kowalczyk aka Kasia", "... or Kasia"
                    end = finding.end
                    at += 1
                    continue
                break
            if len(chain) == 1:
                out.append(chain[0])
                continue
            first = chain[0]
            widest = max((f for f in chain if f.source == "rule"), key=lambda f: f.end - f.start, default=None)
            if widest is None:
                # an unlisted name with its initials: numbered as the name
                widest = next(f for f in chain if f.metadata.get("form") != UNLISTED_INITIALS_FORM)
                metadata = {**widest.metadata, "stands_for": widest.text}
            else:
                metadata = dict(widest.metadata)
            out.append(Finding(
                first.start, end, text[first.start:end], first.entity_type, max(f.score for f in chain),
                first.source, first.segment, first.location, first.listed_index,
                {**metadata, "joined": [f.text for f in chain]}))
    return out


# a person's own form beside their name: in brackets (round or square, after "aka", "or", "also"), or in quotes
_QUOTE_MARKS = "\"'‘’“”"
_OWN_FORM_OPENS = re.compile(
    rf"""[ \u00a0]*(?:(?P<open>[(\[])[ \u00a0]*(?:(?:a\.?k\.?a\.?|also(?:[ \u00a0]+(?:known[ \u00a0]+as|spelt|spelled|written))?|"""
    rf"""known[ \u00a0]+as|spelt|spelled|written|n[ée]e|born|or|"""
    # "(hereafter TH)", "(referred to as TH)"
    + NAMED_AS + rf""")[ \u00a0]+)?[{_QUOTE_MARKS}]?|(?P<quote>[{_QUOTE_MARKS}]))""", re.IGNORECASE)
_OWN_FORM_CLOSES = {
    # (the last dot of initials the find left out: "(K.K.)")
    "(": re.compile(rf"\.?[{_QUOTE_MARKS}]?[ \u00a0]*\)"),
    "[": re.compile(rf"\.?[{_QUOTE_MARKS}]?[ \u00a0]*\]"),
    "'": re.compile(rf"\.?[{_QUOTE_MARKS}](?![^\W\d_])"),    # any quote: "‘Kasia’", "“Kasia”"
}
# "Tariq Hussain, referred to in this report as TH,": an unlisted name's initials defined in a clause
_NAMED_AS_CLAUSE = lazy(re.compile, r",[ \u00a0]+" + NAMED_AS + rf"[ \u00a0]+[{_QUOTE_MARKS}]?", re.IGNORECASE)
_NAMED_AS_CLAUSE_ENDS = re.compile(rf"\.?[{_QUOTE_MARKS}]?,(?=[ \u00a0])")
_OWN_FORM_AKA = re.compile(r"[ \u00a0]+(?:a\.?k\.?a\.?|or)[ \u00a0]+", re.IGNORECASE)
_TITLED_INITIAL = re.compile(r"(?P<title>[^\W\d_]+\.?)[ \u00a0]+(?P<letter>[^\W\d_])\.?")


# Parts of one date phrase that the recognisers report apart: "six years and three months", "one year, five
# months and twenty days", "2002 and January and February 2003".
_DATE_JOINT = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def join_dates(findings: list[Finding], segments: list[Segment]) -> list[Finding]:
    """Ordinary dates and periods side by side, joined by "and" or a comma, are one date phrase (the words
    between them are part of it). Protected dates and candidates are never joined: they have their own
    replacement."""
    def joinable(f: Finding) -> bool:
        return f.entity_type == entities.DATE_TIME and f.source != "rule"

    out: list[Finding] = []
    for index, ordered in _per_segment(findings):
        text = segments[index].text
        for finding in ordered:
            last = out[-1] if out and out[-1].segment == index else None
            if last is not None and joinable(last) and joinable(finding) \
                    and _DATE_JOINT.fullmatch(text, last.end, finding.start):
                out[-1] = Finding(last.start, finding.end, text[last.start:finding.end], entities.DATE_TIME,
                                  min(last.score, finding.score), last.source, index, last.location, None,
                                  {**last.metadata, "joined": True})
            else:
                out.append(finding)
    return out
