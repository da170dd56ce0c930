"""Which reader reads a file: one per format, each yielding ``Text``; a reader's libraries (pypdf for a PDF,
lxml for a .docx) are imported only when a file of its format is checked."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError
from .records import Text

VERIFIABLE_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown", ".text")


def texts_of(path: Path, parts: dict | None = None) -> Iterator[Text]:
    """Every piece of text in the file at ``path``, read by the reader of its format (imported only when needed).
    ``parts``: for a .docx, a dict that receives each XML part of the package as parsed (see ``docx_texts``)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: a folder, not a file")
    from ..documents import refuse_empty

    refuse_empty(path)
    if suffix == ".docx":
        from .docx_reader import docx_texts

        return docx_texts(path, parts)
    if suffix == ".pdf":
        from .pdf_reader import pdf_texts

        return pdf_texts(path)
    if suffix in (".txt", ".md", ".markdown", ".text"):
        from .text_reader import text_file_texts

        return text_file_texts(path)
    raise InputError(f"{path}: cannot verify '{suffix}' files (.docx, .pdf, .txt, .md)")
