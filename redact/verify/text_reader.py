""".txt / .md: the decoded text, block by block (a block is what lies between blank lines)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from .records import Text

_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def text_file_texts(path: Path) -> Iterator[Text]:
    from ..documents.text import _decode

    try:
        data = path.read_bytes()
    except (IsADirectoryError, PermissionError) as error:
        raise InputError(f"{path}: cannot read ({error.__class__.__name__})") from None
    text, _ = _decode(data, path)
    line, counted = 1, 0
    for number, match in enumerate(_BLOCK.finditer(text), 1):
        line += text.count("\n", counted, match.start())   # counted on from the last block: linear in the file
        counted = match.start()
        yield Text(f"block {number}", match.group(), number_lines=True, first_line=line)
