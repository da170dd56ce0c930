"""What the adapter removes from the published copy, and what it can only point a person at.

- Comments are reviewers' working notes, full of names, and are not part of a published report:
  unless kept on request, the comment parts (comments, commentsExtended, commentsIds,
  commentsExtensible, people), their relationships and content types, and every comment anchor
  (``w:commentRangeStart``, ``w:commentRangeEnd``, the run holding ``w:commentReference``) are removed.
- The thumbnail (``docProps/thumbnail.*``) is a picture of the first page: always removed.
- A picture's metadata (EXIF, XMP, IPTC, comments, PNG text) is invisible in Word: always removed, pixels kept.
- Embedded files (a chart's workbook, an embedded spreadsheet or document, OLE objects) cannot be
  redacted: always removed, with the elements that made them editable (see :func:`remove_embedded_files`).
- Images, embedded objects and charts cannot be redacted as text: they are listed for manual review,
  and :func:`remove_images` takes pictures out of runs and drops the parts nothing uses any more.
  Text boxes and shapes without a picture stay (their text is redacted like any paragraph). Pictures
  used outside runs (picture bullets, page background) stay and stay listed, because removing them
  would leave dangling references Word refuses to open.
"""
from __future__ import annotations

import posixpath
import re

from redact.documents.base import ManualReviewItem

from . import namespaces as ns
from .oxml import is_paragraph, paragraph_numbers, remove_element
from .package import CONTENT_TYPES, DocxPackage, is_external, source_of_rels

_COMMENT_PARTS = frozenset({"comments", "commentsextended", "commentsids", "commentsextensible", "people"})
_COMMENT_ANCHORS = ("commentRangeStart", "commentRangeEnd", "commentReference")
_PICTURE_CONTENT = frozenset({"blip", "imagedata", "OLEObject", "chart", "relIds", "pic"})
_PICTURE_FOLDERS = ("media", "embeddings", "charts", "diagrams", "activeX")
_IGNORED_BINARY_FOLDERS = ("fonts",)


# ---------------------------------------------------------------------- thumbnail and comments
def remove_thumbnail(package: DocxPackage) -> list[str]:
    """Drop the package thumbnail; returns the removed part names."""
    names = {name for name in package.names if name.lower().startswith("docprops/thumbnail.")}
    for relationship in package.relationships(""):
        if (relationship.get("Type") or "").endswith("/thumbnail") and not is_external(relationship):
            target = package.resolve("", relationship.get("Target") or "")
            if target is not None:
                names.add(target)
    for name in sorted(names):
        package.remove_part(name)
    return sorted(names)


# Names Word and other writers give media and embedded files themselves; any other name was chosen by a person
# ("word/media/Joanne at home.jpg", "word/embeddings/Statement of John Smith.docx") and may say who is in it.
_NEUTRAL_FILE_NAME = re.compile(
    r"(?:image|media|file|oleObject|package|embedding|hdphoto|chart|drawing|Microsoft_[A-Za-z_]+|Worksheet|"
    r"Document|Presentation|Object)[0-9]*\.[A-Za-z0-9]+", re.IGNORECASE)
_NAMED_FOLDERS = ("word/media/", "word/embeddings/", "media/", "embeddings/")


def neutral_file_names(package: DocxPackage) -> list[tuple[str, str]]:
    """Rename media and embedded files whose names a person chose to neutral ones ("word/media/file3.jpg"),
    whatever the names say; returns the (old, new) pairs. No detection is needed to make a file name safe."""
    renamed = []
    taken = {name.lower() for name in package.names}
    for name in list(package.names):
        folder, base = posixpath.split(name)
        if not (folder + "/").lower().endswith(_NAMED_FOLDERS) or _NEUTRAL_FILE_NAME.fullmatch(base):
            continue
        extension = posixpath.splitext(base)[1].lower()
        number = 1
        while f"{folder}/file{number}{extension}".lower() in taken:
            number += 1
        new_name = f"{folder}/file{number}{extension}"
        taken.add(new_name.lower())
        package.rename_part(name, new_name)
        renamed.append((name, new_name))
    return renamed


def remove_image_metadata(package: DocxPackage) -> list[str]:
    """Drop what every PNG and JPEG part holds besides its pixels (GPS, dates, an author or a caption in EXIF, XMP,
    IPTC, comments or text chunks: :mod:`redact.documents.image_metadata`), which nobody reviewing the pictures
    sees; returns the parts changed. The pictures themselves still need a person's eyes."""
    from redact.documents.image_metadata import without_metadata

    cleaned = []
    for name in list(package.names):
        if name in package.xml_parts():
            continue
        stripped = without_metadata(package.read(name))
        if stripped is not None:
            package.replace_binary(name, stripped)
            cleaned.append(name)
    return cleaned


# Elements that only make an embedded file editable: without them a chart draws from its cached values and an
# OLE object stays the picture Word shows of it.
_EMBEDDING_USERS = frozenset({"externalData", "OLEObject", "objectEmbed"})


def remove_embedded_files(package: DocxPackage) -> list[ManualReviewItem]:
    """Drop the embedded files (``word/embeddings/``: a chart's workbook, an embedded spreadsheet or document, an
    OLE object) with the elements that point at them; returns what went, for the audit's manual review.

    Their content is not redacted (a package inside the package, or binary OLE), and a name, a date or a phone
    number in a workbook's cells would leave with the copy: verify finds the listed ones and stops the run, but
    not a contact or an unlisted name. What shows in the document stays: the chart with its cached labels and
    values (redacted as text), the object's picture (listed for review). A file that anything else refers to
    stays too, and stays listed: removing it would leave a reference Word refuses to open.
    """
    embedded = {name for name in package.names
                if _folder(name) == "embeddings" and source_of_rels(name) is None}
    if not embedded:
        return []
    users: dict[str, list] = {name: [] for name in embedded}
    holds_other_reference: set[str] = set()
    for source_rels in package.xml_parts():
        source = source_of_rels(source_rels)
        if source is None:
            continue
        ids = {}
        for relationship in package.relationships(source):
            target = None if is_external(relationship) else package.resolve(source, relationship.get("Target") or "")
            if target in embedded:
                ids[relationship.get("Id")] = target
        stored_source = package.find(source)
        if not ids or stored_source is None or stored_source not in package.xml_parts():
            continue
        for element in package.xml(stored_source).iter():
            if not ns.is_element(element):
                continue
            for attribute, value in element.attrib.items():
                if ns.split(attribute)[0] in ns.R and value in ids:
                    if ns.local_name(element) in _EMBEDDING_USERS:
                        users[ids[value]].append((stored_source, element))
                    else:
                        holds_other_reference.add(ids[value])
    removed = []
    for name in sorted(embedded - holds_other_reference):
        for source, element in users[name]:
            if element.getparent() is not None:
                remove_element(element)
                package.mark_dirty(source)
        extension = posixpath.splitext(name)[1].lstrip(".").lower() or "no extension"
        package.remove_part(name)
        removed.append(ManualReviewItem(location=name, what=f"embedded object ({extension}) removed: its content "
                                        "cannot be redacted (what the document shows of it stays)"))
    return removed


def remove_comments(package: DocxPackage) -> list[str]:
    """Drop comment parts and comment anchors everywhere; returns the removed part names."""
    names = set()
    for name in package.names:
        # Only explicit overrides: a (malformed) default for the "xml" extension would take every part.
        content_type = (package.content_type(name, explicit_only=True) or "").lower()
        if _last_word(content_type.removesuffix("+xml")) in _COMMENT_PARTS:
            names.add(name)
    for rels_part in package.xml_parts():
        source = source_of_rels(rels_part)
        if source is None:
            continue
        for relationship in package.relationships(source):
            if _last_word(relationship.get("Type") or "") in _COMMENT_PARTS and not is_external(relationship):
                target = package.resolve(source, relationship.get("Target") or "")
                if target is not None:
                    names.add(target)
    names -= {package.main_part, package.find(CONTENT_TYPES)}
    names = {name for name in names if source_of_rels(name) is None}
    for name in sorted(names):
        package.remove_part(name)
    for part in package.xml_parts():
        if _remove_comment_anchors(package.xml(part)):
            package.mark_dirty(part)
    return sorted(names)


def _last_word(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[-1].lower()


def _remove_comment_anchors(root) -> bool:
    anchors = list(root.iter(*ns.w_tags(*_COMMENT_ANCHORS)))
    for anchor in anchors:
        run = anchor.getparent()
        remove_element(anchor)
        # The reference run exists only to carry the reference; an empty run left behind is noise.
        if run is not None and ns.is_w(run, "r") and all(ns.is_w(child, "rPr") for child in run
                                                          if ns.is_element(child)):
            remove_element(run)
    return bool(anchors)


# ---------------------------------------------------------------------- images and objects
def manual_review(package: DocxPackage) -> list[ManualReviewItem]:
    """Images, embedded objects, charts and unreadable parts a person must look at."""
    users = _part_users(package)
    items = []
    for name in package.names:
        where = f" (used in {', '.join(users[name])})" if users.get(name) else ""
        what = _describe_part(package, name)
        if what is not None:
            items.append(ManualReviewItem(location=name, what=what + where))
    return items


def _describe_part(package: DocxPackage, name: str) -> str | None:
    folder = _folder(name)
    extension = posixpath.splitext(name)[1].lstrip(".").lower() or "no extension"
    content_type = (package.content_type(name) or "").lower()
    if folder == "media":
        return f"embedded image ({extension}): cannot be redacted as text"
    if folder == "embeddings":
        return f"embedded object ({extension}): its content is not redacted"
    if folder == "fonts" or "font" in content_type and not package.is_xml(name):
        return f"embedded font ({extension}): its names (family, designer) are not redacted; verify reads them. " \
               "Check the font, or stop embedding fonts (Word: File > Options > Save)"
    if content_type.endswith((".chart+xml", ".chartex+xml")):
        return "chart: its labels and cached values are redacted as text; check the drawn chart and its data"
    if not package.is_xml(name) and folder not in _IGNORED_BINARY_FOLDERS and "printersettings" not in name.lower():
        return f"part the tool cannot read as text ({extension})"
    return None


def _folder(name: str) -> str:
    """The folder directly holding ``name`` ("media" for word/media/image1.png)."""
    return posixpath.basename(posixpath.dirname(name))


def _part_users(package: DocxPackage) -> dict[str, list[str]]:
    """For each part, the parts whose relationships point at it."""
    users: dict[str, list[str]] = {}
    for target, sources in _incoming_relationships(package).items():
        users[target] = sorted({source for source, _ in sources if source})
    return users


def remove_images(package: DocxPackage) -> list[ManualReviewItem]:
    """Take pictures, charts and objects out of runs and drop the parts left unused."""
    referenced_before = _referenced_ids(package)
    removed = []
    for part in package.xml_parts():
        root = package.xml(part)
        numbers = paragraph_numbers(root)
        pictures = [element for element in root.iter()
                    if ns.is_w(element, "drawing", "pict", "object") and _in_run(element) and _is_picture(element)]
        for picture in pictures:
            if not _is_attached(picture, root):
                continue          # already gone with an outer picture
            paragraph = _paragraph_of(picture)
            location = f"{part}#p{numbers[paragraph]}" if paragraph is not None else part
            removed.append(ManualReviewItem(location, f"{ns.local_name(picture)}: {_picture_name(picture)}"))
            _remove_picture(picture)
        if pictures:
            package.mark_dirty(part)
    for name in _drop_released_parts(package, referenced_before):
        removed.append(ManualReviewItem(name, "part removed with the pictures that used it"))
    return removed


def _in_run(element) -> bool:
    return any(ns.is_w(ancestor, "r") for ancestor in element.iterancestors())


def _is_attached(element, root) -> bool:
    return any(ancestor is root for ancestor in element.iterancestors())


def _is_picture(element) -> bool:
    if ns.is_w(element, "object"):
        return True
    return any(ns.is_element(node) and ns.local_name(node) in _PICTURE_CONTENT for node in element.iter())


def _paragraph_of(element):
    return next((ancestor for ancestor in element.iterancestors() if is_paragraph(ancestor)), None)


def _picture_name(picture) -> str:
    for node in picture.iter():
        if ns.is_element(node) and ns.local_name(node) == "docPr" and node.get("name"):
            return repr(node.get("name"))
    return "picture"


def _remove_picture(picture) -> None:
    branch = picture.getparent()
    remove_element(picture)
    # A picture inside mc:AlternateContent usually has a twin in the other branch; once every branch is
    # empty the wrapper goes too.
    alternate = branch.getparent() if branch is not None and ns.split(branch.tag)[0] == ns.MC else None
    if alternate is not None and not any(ns.is_element(node) for branch_ in alternate for node in branch_):
        remove_element(alternate)


def _drop_released_parts(package: DocxPackage, referenced_before: dict[str, set[str]]) -> list[str]:
    """Drop picture-folder parts that nothing points at any more.

    A part goes when every relationship to it was used by id before the pictures were removed and is
    not used now (or when no relationship points at it at all). Relationships that were never used by
    id (a chart's style part) are implicit, and keep their target while their source stays.
    Repeated, because a dropped chart releases its workbook.
    """
    dropped: list[str] = []
    while True:
        referenced_now = _referenced_ids(package)
        incoming = _incoming_relationships(package)
        unused = []
        for name in package.names:
            if _folder(name) not in _PICTURE_FOLDERS or source_of_rels(name) is not None:
                continue
            if all(rel_id in referenced_before.get(source, ()) and rel_id not in referenced_now.get(source, ())
                   for source, rel_id in incoming.get(name, [])):
                unused.append(name)
        if not unused:
            return dropped
        for name in unused:
            package.remove_part(name)
            dropped.append(name)


def _incoming_relationships(package: DocxPackage) -> dict[str, list[tuple[str, str]]]:
    """For each part, the (source part, relationship id) pairs pointing at it."""
    incoming: dict[str, list[tuple[str, str]]] = {}
    for rels_part in package.xml_parts():
        source = source_of_rels(rels_part)
        if source is None:
            continue
        for relationship in package.relationships(source):
            if not is_external(relationship):
                target = package.resolve(source, relationship.get("Target") or "")
                if target is not None:
                    stored_source = package.find(source) or source
                    incoming.setdefault(target, []).append((stored_source, relationship.get("Id")))
    return incoming


def _referenced_ids(package: DocxPackage) -> dict[str, set[str]]:
    """For each XML part, the relationship ids its elements use (r:embed, r:id, o:relid, ...)."""
    referenced = {}
    for part in package.xml_parts():
        ids = set()
        for element in package.xml(part).iter():
            if not ns.is_element(element):
                continue
            for attribute, value in element.attrib.items():
                attribute_ns, name = ns.split(attribute)
                if attribute_ns in ns.R or name.lower() == "relid":
                    ids.add(value)
        referenced[part] = ids
    return referenced
