"""Homes with no street: a Traveller or caravan site and its pitches, a marina or moorings and a boat's berth.

A family on a Gypsy and Traveller site, a park home or a narrowboat has an address of this shape, not "14 Larch
Close": "Pitch 4, Riverside Travellers' Site, WX6 4DD", "lived on pitch 7 at the Riverside site", "Meadow View
Caravan Site", "berth 12 at Kennet Marina". The site's name is what identifies the home (there are few sites in
an area), so it goes whole, and the pitch's number with it.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ...entities import ADDRESS
from ._common import DhrRecognizer, result, sentence_bounds
from ...lazy_patterns import lazy

# (not a word of the kind: "Meadow View Caravan Site" is "Meadow View", a "Caravan Site")
_NAME_WORD = (r"(?!(?:Caravan|Travell?ers?|Gypsy|Romany|Mobile|Residential|Transit|Site|Park|Marina|Moorings)(?![\w'’]))"
              r"(?:[A-Z][a-z]+(?:['’][a-z]+|-[A-Z][a-z]+)*)")
# What names a site as a place people live: "Travellers' Site", "Caravan Park", "Gypsy and Traveller Site",
# "Park Homes", "Mobile Home Park", "Marina", "Moorings"
_SITE_KIND = (r"(?:(?:Gypsy|Romany)(?:,?\s(?:Roma\s)?and\s)?\s?)?(?:(?:Irish\s)?Travell?ers?['’]?\s|Caravan\s|"
              r"Mobile\sHomes?\s|Park\sHomes?\s|Residential\s|Transit\s|Gypsy\s)?"
              r"(?:Site|Park(?:\sHomes?)?|Camp|Estate)(?![\w'’-])|Marina(?![\w'’-])|Moorings(?![\w'’-])")
# "Riverside Travellers' Site", "Meadow View Caravan Site", "the Oaks Gypsy and Traveller Site"; a kind that is
# only "Park", "Estate" or "Site" after a name is many other things ("Hartsford Park", "Kingsmere Estate",
# "the Building Site"), so the bare word needs a pitch in the sentence (``_WEAK_KIND``)
_SITE = lazy(re.compile, rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?P<kind>{_SITE_KIND})")
_WEAK_KIND = re.compile(r"Site|Park|Camp|Estate")
# "the Riverside site", "the Meadow View caravan site", "Kennet marina": a name before a small-letter kind
_SMALL_SITE = lazy(re.compile, rf"(?<![\w])(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s"
                         r"(?P<kind>(?:(?:gypsy\s(?:and\s)?)?travell?ers?['’]?\s|caravan\s|mobile\shomes?\s)?"
                         r"(?:site|camp|park|marina|moorings))(?![\w'’-])")
# a pitch, a plot or a berth and its number: "Pitch 4", "pitch no. 7", "plot 12b", "Berth 3", "mooring 14"
_PITCH = re.compile(r"(?<![\w])(?:pitch|plot|berth|mooring|bay)(?:\s(?:no\.?|number))?\s[0-9]{1,3}[A-Za-z]?(?![\w])",
                    re.IGNORECASE)
# what makes a pitch a home's: a site, a caravan, a boat in the sentence ("the plot of the film", "plot 3 of the
# graph", "bay 4 of the custody suite" are not)
_HOME_WORDS = re.compile(r"(?i)(?<![\w])(?:site|sites|caravans?|mobile\shomes?|park\shomes?|travell?ers?|gypsy|"
                         r"romany|pitch|pitches|plot|berth|marina|moorings?|narrow\s?boats?|houseboats?|boats?|canal)"
                         r"(?![\w])")
# Words that start a sentence or name something else, never a site's name ("The Site", "Police Site")
_NOT_NAMES = {"The", "A", "An", "This", "That", "Her", "His", "Their", "Our", "Its", "Each", "Every", "Same", "Other",
              "Local", "Council", "Police", "Building", "Construction", "Car", "Industrial", "Business", "Retail",
              "Science", "Country", "National", "Theme", "Safari", "Holiday", "Skate", "Water", "Play", "Trailer",
              "Camp", "Caravan", "Travellers", "Traveller", "Site", "Social", "Housing", "Authorised", "Unauthorised",
              "Temporary", "Permanent", "Transit", "Private", "Public", "She", "He", "They", "We", "I", "In", "On",
              "At", "To", "From", "Visited", "Lived", "Pitch", "Plot", "Berth", "Mooring", "Bay"}


class SiteAddressRecognizer(DhrRecognizer):
    """Traveller and caravan sites, marinas and moorings, and the pitch or berth on one -> ADDRESS.

    A named site of a kind people live on ("Riverside Travellers' Site", "Meadow View Caravan Site", "Kennet
    Marina") 0.85; a name before a bare "Site", "Park" or "Estate", or a small-letter kind ("the Riverside site"),
    only with a pitch, caravan or boat word in the sentence, 0.8; a pitch, plot or berth number with such a word
    in its sentence 0.8, taken together with the site named next to it ("Pitch 4, Riverside Travellers' Site",
    "the Riverside Travellers' Site, pitch 7"). Metadata ``{"form": "site" | "pitch"}``.
    """

    reads_prose = True  # judged from the sentence around it
    ENTITIES = (ADDRESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _HOME_WORDS.search(text):
            return []
        found: list[tuple[int, int, float, str]] = []

        def at_home(start: int, end: int) -> bool:
            left, right = sentence_bounds(text, start, end)
            return bool(_HOME_WORDS.search(text, left, start) or _HOME_WORDS.search(text, end, right))

        for pattern in (_SITE, _SMALL_SITE):
            for m in pattern.finditer(text):
                words = m.group("name").split()
                while words and words[0] in _NOT_NAMES:
                    words = words[1:]
                if not words or any(w in _NOT_NAMES for w in words):
                    continue
                start = m.end("name") - len(" ".join(words))
                strong = pattern is _SITE and not _WEAK_KIND.fullmatch(m.group("kind"))
                if not strong and not at_home(start, m.end()):
                    continue
                if not any(s < m.end() and start < e for s, e, *_ in found):
                    found.append((start, m.end(), 0.85 if strong else 0.8, "site"))

        for m in _PITCH.finditer(text):
            start, end = m.span()
            if not at_home(start, end) and not any(abs(s - end) <= 2 or abs(start - e) <= 2 for s, e, *_ in found):
                continue
            found.append((start, end, 0.8, "pitch"))

        # a pitch and its site side by side are one address: "Pitch 4, Riverside Travellers' Site",
        # "the Riverside Travellers' Site, pitch 7"
        found.sort()
        merged: list[tuple[int, int, float, str]] = []
        for start, end, score, form in found:
            if merged and re.fullmatch(r",?\s*(?:(?:at|on|of)\s+(?:the\s+)?)?", text[merged[-1][1]:start]) \
                    and "pitch" in (merged[-1][3], form) and merged[-1][3] != form:
                previous = merged.pop()
                start, score, form = previous[0], max(score, previous[2]), "pitch"
            elif merged and start < merged[-1][1]:
                continue
            merged.append((start, end, score, form))
        return [result(self, ADDRESS, start, end, score, f"home on a site ({form})", form=form)
                for start, end, score, form in merged]
