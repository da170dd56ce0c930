"""XML namespaces of an OOXML package, transitional and strict.

Every check is by local name plus a *set* of namespaces, so the same code reads a file saved as
"Strict Open XML" (``http://purl.oclc.org/ooxml/...``) and the usual transitional flavour.
"""
from __future__ import annotations

from functools import lru_cache

from lxml import etree

W = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
})
A = frozenset({
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/main",
})
M = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
})
R = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
})
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML = "http://www.w3.org/XML/1998/namespace"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
VML_OFFICE = "urn:schemas-microsoft-com:office:office"

#: the package-level namespaces are the same in both flavours
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"

CORE_PROPERTIES = frozenset({
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "http://purl.org/dc/elements/1.1/",
})
EXTENDED_PROPERTIES = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
})

#: the typed values of custom properties (vt:lpwstr, vt:filetime, ...)
VARIANT_TYPES = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
})

XML_SPACE = f"{{{XML}}}space"


# A package uses a few hundred distinct names, split hundreds of thousands of times per read; bounded, because a
# hostile part may invent names without end.
@lru_cache(maxsize=4096)
def split(name: str) -> tuple[str, str]:
    """``{ns}local`` -> (ns, local); a name without namespace gives ("", local)."""
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return ns, local
    return "", name


def is_element(node) -> bool:
    """True for real elements; lxml also yields comments and processing instructions."""
    return isinstance(node.tag, str)


def is_(element, namespaces: frozenset[str], *locals_: str) -> bool:
    """True when ``element`` is one of ``locals_`` in one of ``namespaces``."""
    if not is_element(element):
        return False
    ns, local = split(element.tag)
    return local in locals_ and ns in namespaces


def is_w(element, *locals_: str) -> bool:
    return is_(element, W, *locals_)


def w_tags(*locals_: str) -> list[str]:
    """The Clark names of ``locals_`` in both WordprocessingML flavours: ``root.iter(*w_tags("tbl"))`` finds in C
    what a walk over every element with :func:`is_w` finds, in the same order."""
    return [f"{{{uri}}}{local}" for uri in sorted(W) for local in locals_]


def local_name(element) -> str:
    return split(element.tag)[1]


def prefixed(element, name: str) -> str:
    """A readable ``prefix:local`` for a Clark name as declared in the element's scope."""
    ns, local = split(name)
    if not ns:
        return local
    if ns == XML:
        return f"xml:{local}"
    for prefix, uri in element.nsmap.items():
        if uri == ns and prefix:
            return f"{prefix}:{local}"
    return local


def element_name(element) -> str:
    return prefixed(element, element.tag)


def hardened_parser() -> etree.XMLParser:
    """A parser that never fetches, never expands entities and keeps libxml2's size limits: the one every
    reader uses, verify included (redact.zipsafe)."""
    from redact.zipsafe import hardened_parser as shared

    return shared()
