"""Verify: re-read an output from scratch and look for anything the rules say must be gone.

Independent of the redaction path: it does not reuse the document adapters, and it needs no NER model
(``strict`` adds the detector on top). One module per job:

- readers, one per format, each yielding ``Text`` (``records``): ``docx_reader`` (every part of the package),
  ``pdf_reader`` (pages, annotations, outline, metadata), ``text_reader`` (.txt/.md blocks); ``readers.texts_of``
  picks one and imports its libraries only then (pypdf only for a PDF);
- the leak finder (``finder.LeakFinder``) with the views of a text it searches (``views``) and the masking of what
  it prints (``masking``);
- the verdict and entry points (``verdict``: ``verify_file``, ``verify_texts``, ``files_to_verify``), the advice
  for each leak (``advice``), review copies and reports (``review_files``), ``--strict`` (``strict``),
  ``--publication`` (``publication``) and where a leak is in words (``leak_places``).
"""
from .advice import leak_advice
from .finder import IDENTIFIER_BOUNDARIES, LeakFinder
from .masking import secret_pattern
from .readers import VERIFIABLE_SUFFIXES, texts_of
from .records import JOINED, Leak, Text, Verdict
from .review_files import (REVIEW_COPY, REVIEW_COPY_BANNER, REVIEW_COPY_PROPERTY, REVIEW_REPORT, review_copy_leaks,
                           review_report_verdict)
from .verdict import files_to_verify, month_contexts, verify_file, verify_texts

__all__ = ["IDENTIFIER_BOUNDARIES", "JOINED", "Leak", "LeakFinder", "REVIEW_COPY", "REVIEW_COPY_BANNER",
           "REVIEW_COPY_PROPERTY", "REVIEW_REPORT", "Text", "VERIFIABLE_SUFFIXES", "Verdict", "files_to_verify",
           "leak_advice", "month_contexts", "review_copy_leaks", "review_report_verdict", "secret_pattern", "texts_of",
           "verify_file", "verify_texts"]
