"""Format adapters: one per file format, each a ``Document`` (see ``base``)."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .base import Document, Edit, ManualReviewItem, Segment
from .places import Place
from .text import TextDocument

__all__ = ["Document", "Edit", "ManualReviewItem", "Place", "Segment", "open_document", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".docx", ".txt", ".md", ".markdown", ".text")
_REFUSED = {
    ".doc": "legacy Word .doc files are not supported: open it in Word or LibreOffice and save as .docx",
    ".docm": "macro-enabled .docm files are refused (macros may carry data): save as .docx without macros",
    ".dotx": "Word templates are not supported: save the document as .docx",
    ".rtf": "RTF is not supported: save as .docx",
    ".odt": "OpenDocument text is not supported yet: save as .docx",
    ".pdf": "PDF is a published form: redact the .docx it came from (verify can check a PDF)",
}


def refuse_empty(path: Path) -> None:
    """An empty file is refused in the same words by apply, scan and verify alike, whatever its format."""
    try:
        empty = path.stat().st_size == 0
    except OSError:
        return   # the reader says what is wrong with it
    if empty:
        raise InputError(f"{path}: empty file (0 bytes): nothing to read")


def open_document(path: str | Path, **options) -> Document:
    """Open a file with the adapter for its format; a clear InputError for anything else."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    refuse_empty(path)
    suffix = path.suffix.lower()
    if suffix in _REFUSED:
        raise InputError(f"{path}: {_REFUSED[suffix]}")
    if suffix == ".docx":
        from .docx.document import DocxDocument

        return DocxDocument(path, **{k: v for k, v in options.items()
                                     if k in ("keep_comments", "password", "publication") and v is not None})
    if suffix in TextDocument.suffixes:
        return TextDocument(path)
    raise InputError(f"{path}: unsupported file type '{suffix or '(none)'}' (supported: "
                     f"{', '.join(SUPPORTED_SUFFIXES)})")
