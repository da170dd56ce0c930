"""Style ids that follow their style's name.

Word makes the id of a style a person creates from its name, spaces and punctuation left out ("Call 07700 900417"
becomes ``w:styleId="Call07700900417"``), and every paragraph, run or table in that style refers to it by the id
(``w:pStyle``, ``w:rStyle``, ``w:tblStyle``; other styles by ``w:basedOn``, ``w:next``, ``w:link``). The id is read
as an identifier like any other (a listed name in it is found and renamed alike in the id and its references); a
find the name alone shows (a phone number, a date written with spaces) is not seen in the id. So when apply has
changed the name of a style whose id was made from it, the id is made again from the new name, and every
reference to it, in every part, follows.
"""
from __future__ import annotations

import re

from . import namespaces as ns
from .attributes import STYLE_REFERENCES

STYLES_PART = "word/styles.xml"
_NOT_IN_AN_ID = re.compile(r"[\W_]+")


def id_from_name(name: str) -> str:
    """The id Word makes from a style's name: its letters and digits."""
    return _NOT_IN_AN_ID.sub("", name)


def _styles(root) -> list:
    return [element for element in root.iter() if isinstance(element.tag, str) and ns.is_w(element, "style")]


def _id_and_name(style) -> tuple[str, str | None]:
    style_id = next((value for attribute, value in style.items() if ns.split(attribute)[1] == "styleId"), "")
    name = next((child for child in style if isinstance(child.tag, str) and ns.is_w(child, "name")), None)
    value = next((v for a, v in name.items() if ns.split(a)[1] == "val"), None) if name is not None else None
    return style_id, value


def remember(package) -> list[tuple[str, str | None]] | None:
    """(id, name) of each style of the style sheet as opened, in order; None without one."""
    part = package.find(STYLES_PART)
    if part is None or not package.is_xml(part):
        return None
    return [_id_and_name(style) for style in _styles(package.xml(part))]


def follow_renamed_styles(package, opened: list[tuple[str, str | None]] | None) -> bool:
    """Make again from its new name the id of each style whose id was made from the name it had when opened and
    whose name apply changed; rename every reference to it. True if anything changed."""
    part = package.find(STYLES_PART) if opened is not None else None
    if part is None or opened is None:
        return False
    styles = _styles(package.xml(part))
    if len(styles) != len(opened):
        return False
    taken = {_id_and_name(style)[0].lower() for style in styles}
    renamed: dict[str, str] = {}
    for style, (old_id, old_name) in zip(styles, opened):
        style_id, name = _id_and_name(style)
        if old_name is None or name is None or name == old_name or not old_id:
            continue
        if id_from_name(old_name).lower() != old_id.lower() or id_from_name(name).lower() == style_id.lower():
            continue
        new_id = base = id_from_name(name) or "Style"
        number = 1
        while new_id.lower() in taken:
            number += 1
            new_id = f"{base}{number}"
        taken.add(new_id.lower())
        renamed[style_id] = new_id
    if not renamed:
        return False
    for name in package.xml_parts():
        changed = False
        for element in package.xml(name).iter():
            if not isinstance(element.tag, str) or not ns.is_w(element, "style", *STYLE_REFERENCES):
                continue
            wanted = "styleId" if ns.is_w(element, "style") else "val"
            for attribute, value in element.items():
                if ns.split(attribute)[1] == wanted and value in renamed:
                    element.set(attribute, renamed[value])
                    changed = True
        if changed:
            package.mark_dirty(name)
    return True
