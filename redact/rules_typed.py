"""A rules file as an author types it, in a word processor or from a template, read as the YAML it was meant to be.

Word, Outlook and Teams turn straight quotes into typographic ones as they are typed ("Joanne Whitfield" becomes
“Joanne Whitfield”; a Polish or Romanian keyboard writes „Gosia”). YAML knows only straight quotes, so the
typographic ones stayed inside the value: the listed name was “Joanne Whitfield” with its marks, its surname
"Whitfield”" with one, an alias “Gosia” matched no "Gosia" in the draft, and a date “2021-03-14” was refused as no
date. Apply left the nickname and the short forms to the model (or in the text), and `verify`, which looks for the
listed values, said the output was clean. Here a value wholly inside one pair of such marks is the value inside.

A quote inside a value stays: "Oksana ‘Ksusha’ Kovalenko" (a nickname, which ``rules.name_and_aliases`` makes an
alias) and an apostrophe ("‘Siobhán O’Sullivan’" is Siobhán O’Sullivan).

A template's keys left blank where the review has nothing to give ("aliases:", "places:", "keep:", a list item
"-" with nothing after it, "date_of_birth: ''") are no list and no date to YAML; they were refused ("Input should
be a valid list"). They say "none", as the key left out does, and lose nothing; so do the words an author fills
such a key with ("aliases: none", "aliases: N/A", "date_of_birth: unknown").
"""
from __future__ import annotations

import re
from typing import Any

from .lazy_patterns import lazy

# the marks that open and close a quotation in the languages a review meets: English “ ” ‘ ’, Polish, Romanian,
# Lithuanian, Czech and German „ ” „ “ ‚ ‘, French and Swiss « » ‹ ›, Swedish ” ”, Danish » «
DOUBLE_OPENING, DOUBLE_CLOSING = "“„«»”", "”“»«"
SINGLE_OPENING, SINGLE_CLOSING = "‘‚‹›’", "’‘›‹"
QUOTE_MARKS = frozenset(DOUBLE_OPENING + DOUBLE_CLOSING + SINGLE_OPENING + SINGLE_CLOSING)
# an apostrophe between letters ("O’Sullivan", "D’Souza") is part of the name, not a quotation's end
_APOSTROPHE = lazy(re.compile, r"(?<=\w)[’‘](?=\w)")

# the rules' sections whose words are names, places, dates or kept terms; the policy's placeholders and the
# publication's texts are the review's own wording and are written as they are
_SECTIONS_OF_NAMES = ("review", "people", "places", "dates", "keep", "allow", "detection")


def unquoted(value: str) -> str:
    """The value without the one pair of typographic quotation marks around all of it ("“Joanne Whitfield”" ->
    "Joanne Whitfield", "‘Jo’" -> "Jo"); any other value as it is."""
    text = value.strip()
    if len(text) < 3:
        return value
    first, last, inner = text[0], text[-1], text[1:-1]
    if first in DOUBLE_OPENING and last in DOUBLE_CLOSING:
        marks = DOUBLE_OPENING + DOUBLE_CLOSING
    elif first in SINGLE_OPENING and last in SINGLE_CLOSING:
        marks, inner_checked = SINGLE_OPENING + SINGLE_CLOSING, _APOSTROPHE.sub("", inner)
        if any(c in marks for c in inner_checked):
            return value
        return inner.strip() or value
    else:
        return value
    # "“Gosia”, “Gośka”": two quoted values, not one
    return value if any(c in marks for c in inner) or not inner.strip() else inner.strip()


def _once_per_object(walk):
    """``walk`` applied to a YAML tree with each list or mapping walked once and its result shared where the tree
    shares it: a file of nested aliases ("a: &a [x, x]", "b: [*a, *a]", ...) is small as read and astronomical
    walked as a tree."""
    def walked(data: Any, seen: dict[int, Any]) -> Any:
        if not isinstance(data, (list, dict)):
            return walk(data, lambda item: walked(item, seen))
        if id(data) not in seen:
            seen[id(data)] = walk(data, lambda item: walked(item, seen))
        return seen[id(data)]
    return lambda data: walked(data, {})


def _unquote(data: Any, inner) -> Any:
    if isinstance(data, str):
        return unquoted(data)
    if isinstance(data, list):
        return [inner(item) for item in data]
    if isinstance(data, dict):
        return {inner(key): inner(value) for key, value in data.items()}
    return data


_unquoted_everywhere = _once_per_object(_unquote)


# keys whose value is a list: left blank, they are the empty list (the key left out)
_LISTS = frozenset({"people", "places", "keep", "allow", "aliases", "common_word_names", "not_places"})
# keys whose value is a mapping or a date: left blank, they are the key left out
_OPTIONAL = frozenset({"dates", "date_of_death", "date_of_birth", "detection", "surname_pseudonym", "role"})


def _leave_out_blanks(data: Any, inner) -> Any:
    if isinstance(data, list):
        # an item typed as nothing but spaces ("aliases: ['  ']") is a mistake the rules' check names; a template's
        # empty item or filler word is nothing given
        return [inner(item) for item in data if not (_blank(item) and (item is None or item.strip()))]
    if isinstance(data, dict):
        return {key: inner(value) for key, value in data.items()
                if not (key in _LISTS | _OPTIONAL and _blank(value))}
    return data


_blanks_left_out = _once_per_object(_leave_out_blanks)


# what a template's blank is filled with when there is nothing to give: listed as an alias, "none" made "None of
# the agencies shared information" read "Ruth of the agencies shared information"
_NO_VALUE = frozenset({"none", "none known", "no aliases", "no alias", "n/a", "nil", "not known", "unknown",
                       "not applicable", "n/k", "tbc", "-", "–", "—"})


def _blank(value: Any) -> bool:
    return value is None or isinstance(value, str) and (not value.strip() or
                                                        " ".join(value.casefold().split()) in _NO_VALUE)


def as_typed(data: dict) -> dict:
    """The rules mapping with the typographic quotes around its names, places, dates and kept terms taken off
    (keys too: "people: {“Oksana Kovalenko”: “Olena”}"), and its blank keys left out."""
    return {key: _blanks_left_out(_unquoted_everywhere(value)) if key in _SECTIONS_OF_NAMES else value
            for key, value in data.items() if not (key in _LISTS | _OPTIONAL and _blank(value))}

