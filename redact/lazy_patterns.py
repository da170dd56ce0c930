"""A regular expression compiled the first time it is used, not when its module is imported.

``redact verify`` runs as a new process (a pre-publication hook runs it on every commit) and imports modules whose
patterns only apply, the proposal commands or a rare kind of text use: compiling all of them at import was a
thirtieth of a cold verify. Only a pattern that verify seldom or never uses is worth defining this way; one it uses
on every document costs the same either way.
"""
from __future__ import annotations

from typing import Any, Callable

# what a caller reads of a pattern: set on the object itself once compiled, so a later use is as direct as before
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
              "groups", "groupindex")


class LazyPattern:
    """Stands for ``compile_(pattern, flags)`` (``re.compile`` or ``regex.compile``) and compiles it on first use.
    ``pattern`` is readable without compiling, so other patterns can be built from it at import."""

    def __init__(self, compile_: Callable[..., Any], pattern: str, flags: int = 0):
        self.pattern = pattern
        self._compile = compile_
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only reached for what is not set yet: the first use
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self._compile(self.pattern, self._flags)
        for attribute in _FORWARDED:
            if hasattr(compiled, attribute):
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(compile_: Callable[..., Any], pattern: str, flags: int = 0) -> LazyPattern:
    """``compile_(pattern, flags)`` when first used: ``_X = lazy(re.compile, r"...", re.IGNORECASE)``."""
    return LazyPattern(compile_, pattern, flags)
