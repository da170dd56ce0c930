"""What an author can do about each leak ``apply`` could not replace, by where it is."""
from __future__ import annotations

from .records import Leak
from .review_files import REVIEW_COPY, REVIEW_REPORT


def leak_advice(leak: Leak) -> str:
    """What an author can do about a leak that apply could not replace (never quoting the real value)."""
    where = leak.location
    if leak.kind == REVIEW_REPORT:
        return "this is a dhr-redact review report (it shows the original names beside every change): keep it " \
               "with the audit log, never publish it or send it with the redacted copy"
    if leak.kind == REVIEW_COPY:
        return "this is a dhr-redact review copy (its tracked changes hold the original names): publish the " \
               "redacted copy apply wrote, never the review copy or a file made from it"
    if leak.kind not in ("person", "place") and not leak.kind.startswith("date_of"):
        return "replace or remove it by hand"
    if "!" in where:
        return "it is inside an embedded object (a workbook, a document): remove it (apply with remove_images=True) " \
               "or edit the object itself"
    if where.startswith("customXml/") or "/customXml/" in where:
        return "it is in the document's stored data (customXml, which Word uses to fill content controls): " \
               "remove the data part or the content controls bound to it, then run apply again"
    if "@Target>" in where:
        return "it is in a link or a file's address: edit or remove the link in Word"
    if "(picture metadata" in where or "(text drawn in the picture" in where:
        return "it is in a picture's hidden data or in text the picture draws (a TIFF's tags, a chart or diagram " \
               "pasted as a metafile): in Word, replace the picture with a copy saved as PNG or JPEG, or with one " \
               "that does not show the name; or remove it (apply with remove_images=True)"
    if "(font name" in where:
        return "it is in the name of a font embedded in the document: in Word, File > Options > Save, untick " \
               "\"Embed fonts in the file\" (or format the text in another font), then run apply again"
    if any(mark in where for mark in ("(raw XML)", "(not well-formed XML)", "(binary part)", "(text)",
                                      "<!-- comment -->", "(text between elements)")) or " " not in where:
        return "this part cannot be edited: remove it (in Word, or apply with remove_images=True for objects)"
    if " @" in where:
        return "it is in a hidden attribute (alt text, author, bookmark or field name): edit or remove it in Word"
    if where.startswith("docProps/") or "<property" in where:
        return "it is in a document property: clear it in Word (File > Info > Properties)"
    if leak.kind.startswith("date_of"):
        return "this is a form of the protected date apply does not read: rewrite or remove it in the draft"
    return f"add the form written here to the aliases of the {leak.kind} {leak.value} in the rules"
