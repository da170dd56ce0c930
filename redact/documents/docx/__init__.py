"""The Word .docx adapter (see :mod:`.document` for what it does and its policies)."""
from .document import DocxDocument

__all__ = ["DocxDocument"]
