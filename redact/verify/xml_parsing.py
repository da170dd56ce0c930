"""What both XML-reading readers (the .docx package, a PDF's XMP metadata) share: one hardened parser."""
from __future__ import annotations

from ..zipsafe import hardened_parser

# the same parser and limits as the redaction path (redact.zipsafe): verify is the gate, it gets the same armour
PARSER = hardened_parser()


def local_name(tag) -> str:
    """'{namespace}name' -> 'name' (also for attribute names); '' for comments and processing instructions."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
