"""Two ways a listed name is run into other letters that the username rules did not read:

- a campaign's hashtag or web address, a name run into English words: "#justiceforoksana", "#ripoksana",
  "#oksanaforever", "justiceforoksana.org" (a capitalised "#JusticeForOksana" was already read);
- a given name of two syllables written as one word: "Xiuying", "XiuYing", "Xiu-Ying" of "Wang Xiu Ying", "lina95"
  of "Wang Li Na", "Minjun" of "Kim Min Jun".

Both were left, and `verify` passed them; the second was found by the paragraph generator
(``benchmarks/paragraphs_eval.py``, tuning seed 5002).
"""
from __future__ import annotations

import pytest

from benchmarks.drafts.names import TRADITIONS
from community_names import PEOPLE_FROM_TOWNS
from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.normalise import fold_key

CAMPAIGNS = ["#justicefor{n} trended locally after her death.", "Friends shared #rip{n} for weeks.",
             "The page #{n}forever was set up by her sister.", "Donations went to justicefor{n}.org.",
             "The hashtag #standwith{n} was used.", "See www.remembering{n}.co.uk for the vigil."]


def _given(full: str) -> str:
    return fold_key(full.split()[0]).replace(" ", "")


CAMPAIGN_CASES = [(full, CAMPAIGNS[i % len(CAMPAIGNS)].format(n=_given(full)))
                  for i, (full, _, _) in enumerate(PEOPLE_FROM_TOWNS) if len(_given(full)) >= 4]


def _rules(full: str) -> dict:
    return {"people": [{"name": full, "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("full, text", CAMPAIGN_CASES)
def test_a_campaign_hashtag_or_address_loses_the_name(full, text):
    assert not verify_bytes(text.encode(), "txt", _rules(full)).ok
    out = quiet_redactor(_rules(full)).redact_text(text)
    assert _given(full) not in fold_key(out).replace(" ", ""), out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok


@pytest.mark.parametrize("text", ["The #metoo and #timesup posts were shared.", "The #justiceforwomen campaign was cited.",
                                  "She used #annualleave and #grateful often."])
def test_hashtags_of_words_alone_stay(text):
    rules = {"people": [{"name": "Ann Rose Kowalczyk", "pseudonym": "Ruth Green"}],
             "dates": {"date_of_death": "2023-06-14"}}
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok


def _joined_cases():
    cases = []
    for key in ("chinese", "vietnamese"):
        tradition = TRADITIONS[key]
        for index, given in enumerate(tradition.female + tradition.male):
            a, b = given.split()
            if len(a) > 4 or len(b) > 4:
                continue
            surname = tradition.surnames[index % len(tradition.surnames)][0]
            full = f"{surname} {given}"
            written = [a + b.lower(), a + b, f"{a}-{b}", fold_key(a + b) + str(80 + index)][index % 4]
            cases.append((full, written))
            if len(fold_key(a + b)) <= 5:
                # short ones are no joined form verify read before ("lina95" of "Wang Li Na": it read six or more)
                cases += [(full, a + b.lower()), (full, fold_key(a + b) + str(90 + index))]
    return cases


JOINED = _joined_cases()
SENTENCES = ["{w} told her GP she was frightened.", "Police spoke to {w} at the address.",
             "Her username was {w}.", "In a text, {w} wrote that she would leave."]


def test_the_probe_has_joined_names_of_two_traditions():
    assert len(JOINED) >= 8


@pytest.mark.parametrize("full, written", JOINED)
def test_a_given_name_written_as_one_word_goes(full, written):
    text = SENTENCES[len(written) % len(SENTENCES)].format(w=written)
    assert not verify_bytes(text.encode(), "txt", _rules(full)).ok
    out = quiet_redactor(_rules(full)).redact_text(text)
    assert written not in out and fold_key(written)[:4] not in fold_key(out), out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok
