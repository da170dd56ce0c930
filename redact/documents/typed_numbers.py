"""A telephone number typed into a value Word keeps as markup (an editing permission's editor, a building block's
name, a mail merge's data source): apply and verify read such a value as typed text, not as a number of the format
(a width, an id), when it is written as a phone number is."""
from __future__ import annotations

import re

from ..lazy_patterns import lazy

# a "+" and a country code, or a trunk "0" and a code (not "00", which opens an international number the "+" form
# covers), then ten to fourteen digits in all, in groups; nothing glued on either side. Word's own numbers (widths,
# EMUs, ids) do not open with "0" or "+"
PHONE_SHAPED = lazy(re.compile, r"(?<![\w+])(?:\+[1-9]|0[1-9])(?:[ ()_.-]{0,2}[0-9]){8,12}(?![0-9])")
