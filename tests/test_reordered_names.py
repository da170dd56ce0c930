"""A name listed family name first and written given name first, without its middle part: "Mai Nguyen" for the
listed "Nguyễn Thị Mai", "Wei Zhang" for "Zhang Li Wei".

Found by a probe: "Mai Nguyen had lived in Hanoi" became "Lan Lan had lived in Place 1": both words were found,
each as the listed person, and each was replaced. The given name and the family name the other way round are a
listed form now, so the pseudonym is written once.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

# (listed as written in the rules, family name first; the same person written given name first)
NAMES = [("Nguyễn Thị Mai", "Mai Nguyen"), ("Trần Văn Minh", "Minh Tran"), ("Zhang Li Wei", "Wei Zhang"),
         ("Kim Min Jung", "Jung Kim"), ("Nagy Anna Mária", "Mária Nagy"), ("Lê Thị Hoa", "Hoa Le"),
         ("Chen Xiao Ling", "Ling Chen"), ("Park Ji Hoon", "Hoon Park")]
WRITTEN = ["{n} had lived in the area since 2015.", "The GP saw {n} twice.", "Ms {n} said nothing.",
           "A neighbour, who knew {n}, called the police."]


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_the_other_order_is_one_name(index):
    listed, written = NAMES[index]
    rules = {"people": [{"name": listed, "pseudonym": "Lan"}], "dates": {"date_of_death": "2023-11-05"}}
    out = quiet_redactor(rules).redact_text(WRITTEN[index % len(WRITTEN)].format(n=written))
    assert out.count("Lan") == 1 and not any(part in out for part in written.split()), out
