"""A capitalised word of another language before a name: the message's own word, not the person's given name.

A quoted text message in the family's language opens with a capitalised word before a name as often as English
does ("Powiedz Zielińska że jutro przyjdę", "Habari Darius, uko wapi?", "Salam Ahmed"): a verb, a greeting or a
thank-you. No English dictionary holds it and the name recogniser's lists do not know it, so it was read as an
unknown person's given name and the listed name went with it as one stranger ("Person 1"). The words are a list
(``lexicon.MESSAGE_OPENERS_OF_OTHER_LANGUAGES``), not each language's word list: wordfreq counts given names as
words of their language as often as verbs ("Sevgi" 4.9 in Turkish, "Powiedz" 4.8 in Polish), and reading a
relative's given name as a word would give the listed person's pseudonym to her relative and leave his name.
"""
from __future__ import annotations

from .lexicon import MESSAGE_OPENERS_OF_OTHER_LANGUAGES


def a_word_of_its_message(text: str, start: int, end: int) -> bool:
    """Is the capitalised word ``text[start:end]`` a greeting, a thank-you or a request a message of another
    language opens with, not a given name? (The word as written, in small letters: "Bună" is Romanian for hello,
    "Buna" a given name.)"""
    return text[start:end].lower() in MESSAGE_OPENERS_OF_OTHER_LANGUAGES
