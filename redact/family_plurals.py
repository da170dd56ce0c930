"""A listed surname made into the word for the whole family, as the Slavic languages of England's communities write
it: Polish "Kowalscy" (the Kowalskis), "u Kowalskich", "Nowakowie", "u Nowaków"; Czech "Novákovi", "u Novákových",
"Novotní", "Novotných"; Slovak "Horváthovci", "u Horváthovcov"; Russian "Ivanovy", "Ivanovykh", "Dostoevskiye",
"Dostoevskikh"; Ukrainian "Shevchenky", "Shevchenkiv", "Zelenskykh".

Neither a listed form nor a case ending on one (``redact.name_inflections``) finds these: the Polish plural changes
the stem's last letter ("-ski" -> "-scy"), and the Czech, Slovak and Polish family words put a possessive suffix
before their ending ("Novák-ov-ých", "Nowak-ow-ie"). Each form names the family, so it is a relative's form
(``variants.FAMILY_FORM``): apply writes "Anna's family", verify reports it. Only the endings that are plural and
nothing else are made: "Kowalskim" and "Ivanovym" are also "with Mr Kowalski / Ivanov", which the case endings
read as the listed person already.

Grammars: Wikipedia, "Polish name" (Plural forms: Kowalscy, Wilkowie, Ziębowie) and "Czech name" (Surnames in
plural: Novákovi, rodina Novotných); Kalakutskaya's tables of Russian surnames (Akhtyrskiye, Akhtyrskikh).
Every form is folded (no accents, small letters), as the matcher compares them; none that is an English word, a
name of its own or a place is made.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lazy_patterns import lazy
from .normalise import fold_key

# an adjectival surname: Polish -ski/-ska/-cki/-dzki, Czech and Slovak -ský/-ská, Russian -sky/-skaya/-skiy,
# Ukrainian -skyi (folded); the stem keeps "sk", "ck" or "dzk"
_ADJECTIVAL = lazy(re.compile, r"(?P<stem>.{3,}?(?:sk|ck|dzk))(?:i|a|y|yi|iy|ii|ij|aya)")
# the family of an adjectival surname: Polish -scy / -ccy / -dzcy (the stem's k becomes c), Czech -ští / -čtí (folded
# -sti / -cti), plural only: -skich (Polish), -ských, -skými (Czech, Slovak), -skiye, -skie, -skikh (Russian),
# -skykh (Ukrainian), -skimi (Polish)
_ADJECTIVAL_FAMILY = ("ich", "ie", "iye", "ikh", "ych", "ykh", "imi", "ymi")
# a Russian, Bulgarian, Czech or Slovak possessive surname: -ov / -ova, -ev / -eva, -in / -ina (folded)
_POSSESSIVE = lazy(re.compile, r"(?P<stem>.{3,}?(?:ov|ev|[^aeiouy]in|[^aeiouy]yn))a?")
# its family: Russian -ovy, -ovykh, -ovymi; Bulgarian -ovi; Czech -ovi, -ových, -ovými, -ovy (accusative); Slovak
# -ovci, -ovcov, -ovcom, -ovcami. Not -ovym, which is Czech's dative plural but Russian's "with Mr Ivanov" too
_POSSESSIVE_FAMILY = ("y", "ykh", "ymi", "i", "ych", "ci", "cov", "com", "cami")
# a noun surname's family: Polish -owie, -ów; the Czech and Slovak possessive's forms on -ov-; Ukrainian -y / -iv
# (Shevchenky, Shevchenkiv; Melnyky, Melnykiv)
# (not "-ovi", also the dative of one person: Czech "Novákovi", Ukrainian "Melnykovi", "to Mr Novák", read as the
# listed person by ``redact.name_inflections``; a woman's "-ová" gives her family's "Novákovi")
_NOUN_FAMILY = (("owie", "ow") + tuple("ov" + ending for ending in _POSSESSIVE_FAMILY if ending != "i") + ("iv",))
# a Czech adjectival surname: Novotný / Novotná -> Novotní, Novotných (as written, accented: unaccented "-y" and
# "-a" end too many surnames of other languages)
_CZECH_ADJECTIVE = lazy(re.compile, r"(?P<stem>.{3,})[ýá]")
_CZECH_ADJECTIVE_FAMILY = ("i", "ych", "ymi")
_MIN_STEM = 3
_LONGEST_WORD_LIKE = 9


@lru_cache(maxsize=4096)
def family_forms(surname: str) -> tuple[str, ...]:
    """The words naming the family of a person with this surname (either sex's form), folded; [] for a surname that
    is itself an English word or a given name, whose "family" words would be read into ordinary text."""
    from .variants import _a_word_a_name_or_a_place, _word_or_given_name, other_gender_surnames

    word = surname.strip()
    if not word.isalpha() or len(word) < 4 or _word_or_given_name(word):
        return ()
    made: list[str] = []
    for base in [word] + other_gender_surnames(word):
        key = fold_key(base)
        adjectival = _ADJECTIVAL.fullmatch(key)
        possessive = _POSSESSIVE.fullmatch(key)
        czech = _CZECH_ADJECTIVE.fullmatch(base.lower())
        if adjectival:
            stem = adjectival.group("stem")
            made += [stem[:-1] + "cy", stem[:-1] + "ti"] + [stem + ending for ending in _ADJECTIVAL_FAMILY]
        elif possessive and other_gender_surnames(base):
            stem = possessive.group("stem")
            # not "Petrovi", "Ivanovi" where "Petr", "Ivan" is a given name: Czech's "to Petr" as well
            made += [stem + ending for ending in _POSSESSIVE_FAMILY
                     if ending != "i" or not _word_or_given_name(stem[:-2])]
            if stem.endswith("ov"):
                made += [stem[:-2] + "owie", stem[:-2] + "ow"]       # Polish spelling of the same family
        elif czech:
            stem = fold_key(czech.group("stem"))
            made += [stem + ending for ending in _CZECH_ADJECTIVE_FAMILY]
        else:
            for stem in _noun_stems(key):
                made += [stem + ending for ending in _NOUN_FAMILY]
                if not stem.endswith(("y", "i")):
                    made.append(stem + "y")                             # Ukrainian: Shevchenk-y, Melnyk-y
    own = {fold_key(word)} | {fold_key(other) for other in other_gender_surnames(word)}
    out: list[str] = []
    for form in dict.fromkeys(made):
        # a long one is no word of English and no other name ("Pritchardovych"): the lists are searched for the
        # short ones only ("Meadow" of a listed Mead), which keeps a cold verify quick
        if form not in own and len(form) >= 5 and not (len(form) <= _LONGEST_WORD_LIKE
                                                       and _a_word_a_name_or_a_place(form)):
            out.append(form)
    return tuple(out)


def _noun_stems(key: str) -> list[str]:
    """What a noun surname's family word is built on: the surname ("Nowak-owie"), without its last vowel
    ("Svobod-ovi", "Zięb-owie", "Shevchenk-y"), without its fleeting "e" ("Kaczmark-owie", "Dudk-ów", "Horáčk-ovi")."""
    stems = [key[:-1]] if key[-1:] in "aeo" else [key]
    fleeting = re.fullmatch(r"(.*[^aeiouy])e([kc])", key)
    if fleeting:
        stems.append(fleeting.group(1) + fleeting.group(2))
    return [stem for stem in stems if len(stem) >= _MIN_STEM]
