"""What both XML-reading readers (the .docx package, a PDF's XMP metadata) share: one hardened parser."""
from __future__ import annotations

from ..zipsafe import hardened_parser

# the same parser and limits as the redaction path (redact.zipsafe): verify is the gate, it gets the same armour
PARSER = hardened_parser()


_LOCAL_NAMES: dict[str, str] = {}     # a package has a few hundred tag and attribute names, met thousands of times
MAX_CACHED_NAMES = 65536             # but a hostile one may have millions: beyond this, worked out each time


def local_name(tag) -> str:
    """'{namespace}name' -> 'name' (also for attribute names); '' for comments and processing instructions."""
    if not isinstance(tag, str):
        return ""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = tag.rpartition("}")[2]
        if len(_LOCAL_NAMES) < MAX_CACHED_NAMES:
            _LOCAL_NAMES[tag] = name
    return name
