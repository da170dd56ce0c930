"""A word of another language just before a listed name in a quoted message is the message's, not the person's.

Found in quoted text messages: with Agnieszka Zielińska listed, 'He texted her: "Powiedz Zielińska że jutro
przyjdę."' ("Tell Zielińska I'll come tomorrow") became '"Person 1 że jutro przyjdę."'; "Dziękuję Agnieszka",
"Habari Darius", "Salam Ahmed" the same: the capitalised word, no English word and no name known to the name
recogniser, was read as an unlisted person's given name before the listed name, so the two went as one unknown
person. The listed person keeps her pseudonym and the word stays ("Powiedz Nell że jutro przyjdę").

A real unlisted given name before the listed surname must still go whole: "Tomasz Zieliński przyjdzie jutro" (the
victim's brother) is never "Tomasz Nell".

The messages are drawn for every community from its language's greetings, thanks and requests; the listed form is
the given name, the surname or both. ``python tests/test_a_word_of_another_language_before_a_listed_name.py SEED``
counts a seed's failures.
"""
from __future__ import annotations

import random
import re
import sys
from functools import lru_cache

import pytest

from conftest import quiet_redactor

TUNED_SEED, HELD_BACK_SEED = 6203, 6271
PSEUDONYM = "Nell"

# community: (listed person, unlisted relatives' given names, messages with {name} after the word)
COMMUNITIES = {
    "Polish": ("Agnieszka Zielińska", ("Tomasz", "Paweł", "Krzysztof", "Małgorzata"),
               ["Powiedz {name} że jutro przyjdę.", "Dziękuję {name}, do zobaczenia.",
                "Przepraszam {name}, nie mogę dziś przyjść.", "Kocham {name} bardzo, wróć do domu."]),
    "Romanian": ("Ioana Stănescu", ("Ștefan", "Andrei", "Mihai", "Elena"),
                 ["Spune {name} că vin mâine.", "Mulțumesc {name}, ne vedem mâine.",
                  "Bună {name}, unde ești?", "Mersi {name}, pe mâine."]),
    "Lithuanian": ("Rūta Kazlauskienė", ("Tomas", "Mantas", "Jonas", "Ieva"),
                   ["Ačiū {name}, iki rytojaus.", "Sakyk {name} kad ateisiu rytoj.",
                    "Atsiprašau {name}, negaliu ateiti."]),
    "Turkish": ("Ayşe Yılmaz", ("Mehmet", "Emre", "Mustafa", "Elif"),
                ["Merhaba {name}, neredesin?", "Teşekkürler {name}, yarın görüşürüz.",
                 "Söyle {name} yarın geleceğim.", "Lütfen {name}, beni ara."]),
    "Somali": ("Hodan Warsame", ("Abdirahman", "Mahad", "Hamse", "Ayaan"),
               ["Salaan {name}, xaggee joogtaa?", "Mahadsanid {name}, berri ayaan imanayaa."]),
    "Nigerian": ("Ngozi Okafor", ("Chukwuemeka", "Obinna", "Emeka", "Chiamaka"),
                 ["Ndewo {name}, kedu?", "Sannu {name}, ina kake?", "Abeg {name}, call me back.",
                  "Bawo {name}, se daadaa ni?"]),
    "Ghanaian": ("Abena Asante", ("Kwabena", "Yaw", "Kofi", "Akosua"),
                 ["Akwaaba {name}, wo ho te sɛn?", "Medaase {name}, yɛbɛhyia ɔkyena."]),
    "Pakistani": ("Ayesha Qureshi", ("Imran", "Bilal", "Tariq", "Sana"),
                  ["Salam {name}, kaise ho?", "Shukriya {name}, kal milte hain.",
                   "Assalamualaikum {name}, call me when you can."]),
    "Indian": ("Anjali Deshpande", ("Rajesh", "Vikram", "Suresh", "Priyanka"),
               ["Namaste {name}, kaise ho?", "Dhanyavaad {name}, kal milenge."]),
    "Bangladeshi": ("Farzana Chowdhury", ("Shahidul", "Rashed", "Jamal", "Rumana"),
                    ["Salam {name}, kemon acho?", "Dhonnobad {name}, kal dekha hobe."]),
    "Chinese": ("Xiaoling Zhou", ("Jianguo", "Haoran", "Wei", "Meiling"),
                ["Nihao {name}, ni zai nali?", "Xiexie {name}, mingtian jian."]),
    "Arab": ("Mariam Haddad", ("Khalid", "Yousef", "Omar", "Layla"),
             ["Marhaba {name}, wainak?", "Shukran {name}, ashoofak bukra.", "Salam {name}, call me."]),
    "Caribbean": ("Marcia Campbell", ("Delroy", "Winston", "Errol", "Beverley"),
                  ["Wagwan {name}, mi soon come.", "Bless {name}, mi soon come."]),
    "Welsh": ("Angharad Llewellyn", ("Rhodri", "Gethin", "Dafydd", "Siân"),
              ["Diolch {name}, wela i di fory.", "Shwmae {name}, ble wyt ti?"]),
    "Irish": ("Siobhán Ó Ceallaigh", ("Pádraig", "Ciarán", "Seán", "Aoife"),
              ["Slán {name}, feicfidh mé amárach thú.", "Haigh {name}, conas atá tú?"]),
    "Scottish": ("Morag MacLeod", ("Hamish", "Euan", "Callum", "Eilidh"),
                 ["Awright {name}, see ye the morra.", "Halò {name}, ciamar a tha thu?"]),
    "English": ("Joanne Whitfield", ("Darren", "Craig", "Gary", "Claire"),
                ["Sorry {name}, can't make it tonight.", "Thanks {name}, see you tomorrow."]),
}
FRAMES = ['He texted her: "{message}"', 'The message read: "{message}"', "She sent a voice note: ‘{message}’",
          "{message}"]


@lru_cache(maxsize=None)
def redactor(community: str):
    return quiet_redactor({"people": [{"name": COMMUNITIES[community][0], "pseudonym": PSEUDONYM,
                                       "role": "victim"}]})


def cases(seed: int, count: int) -> list[tuple[str, str, str]]:
    """(community, text, the word before the name as the output must keep it)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        community = sorted(COMMUNITIES)[i % len(COMMUNITIES)]
        listed, _, messages = COMMUNITIES[community]
        given, surname = listed.split(" ", 1)
        message = rng.choice(messages)
        name = rng.choice([given, given, surname, listed])
        text = rng.choice(FRAMES).format(message=message.format(name=name))
        word = message.split("{name}")[0].split()[-1]
        out.append((community, text, f"{word} {PSEUDONYM}"))
    return out


def goes_wrong(community: str, text: str, kept: str) -> str | None:
    out = redactor(community).redact_text(text)
    listed = COMMUNITIES[community][0]
    if kept not in out or "Person" in out or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out)
                                                  for w in listed.split()):
        return f"{community}: {text!r} -> {out!r}"
    return None


@pytest.mark.parametrize("community,text,kept", cases(TUNED_SEED, 85))
def test_the_word_stays_and_the_name_is_the_listed_persons_tuned(community, text, kept):
    assert goes_wrong(community, text, kept) is None


@pytest.mark.parametrize("community,text,kept", cases(HELD_BACK_SEED, 51))
def test_the_word_stays_and_the_name_is_the_listed_persons_held_back(community, text, kept):
    assert goes_wrong(community, text, kept) is None


# ------------------------------------------------------------------ an English word before a listed name's possessive

# "Support Zubair’s children": the model read "Support Zubair’s" as one name, the known-names reader "Support
# Zubair"; dropping only the second left the first, whose word "Support" went as a stranger everywhere ("Person 1
# Adult A’s"). A word of the sentence (a verb or noun capitalised by a title, a heading or the sentence's start) is
# the sentence's whether the name after it is possessive ("’s", "'s", "’" after an s) or not.
ENGLISH_WORDS = ["Support", "Thank", "Ask", "Visit", "Help", "Save", "Find", "Bring", "Remember", "Tell", "Call",
                 "Meet", "Protect", "Celebrate", "Honour", "Collect", "Phone", "Check"]
# only in the held-back seed's draw: words the fix was never tuned on
HELD_BACK_WORDS = ["Join", "Share", "Text", "Contact", "Light", "Sign", "Fund", "Walk", "Keep", "Pray"]
ENGLISH_FRAMES = [
    'A GoFundMe titled "{word} {name}{poss} children rebuild their lives" raised £8,000.',
    '{word} {name}{poss} family was the title of the appeal.',
    'Her sister posted "{word} {name}{poss} kids this Christmas" on Facebook.',
    'He texted: "{word} {name}{poss} mum I am sorry."',
    "The leaflet said: {word} {name}{poss} memorial garden on Sunday.",
    "‘{word} {name}{poss} friends’ was the name of the group.",
    "{word} {name}{poss} children, the headline said.",
    "{word} {name}{poss} sister about the key, the note said.",
    "She wrote on the card: {word} {name}{poss} memory.",
]
PLAIN_FRAMES = ['The banner read "{word} {name}" in red letters.', 'He texted: "{word} {name} to ring me."',
                "“{word} {name},” the card said.", "{word} {name} in your prayers, the post asked.",
                "{word} {name} about the key, the note said."]


def english_cases(seed: int, count: int) -> list[tuple[str, str, str]]:
    """(listed name, text, what the output must read): the text with only the listed form replaced."""
    from benchmarks.drafts.names import drawn_at_random

    rng = random.Random(seed)
    words = ENGLISH_WORDS + (HELD_BACK_WORDS if seed == ENGLISH_HELD_BACK_SEED else [])
    out = []
    for i in range(count):
        person = drawn_at_random(rng, i)
        listed = f"{person.given} {person.surname}"
        name = rng.choice([person.given, person.given, person.surname, listed])
        possessives = ["’s", "'s", ""] + (["’", "'"] if name.endswith("s") else [])
        poss = rng.choice(possessives)
        frame = rng.choice(ENGLISH_FRAMES if poss else PLAIN_FRAMES)
        fields = {"word": rng.choice(words), "poss": poss}
        # "Connors’ mum" is "Nell’s mum": the pseudonym takes the possessive its own ending wants
        said = {**fields, "poss": poss + "s" if poss in ("’", "'") else poss}
        out.append((listed, frame.format(name=name, **fields), frame.format(name=PSEUDONYM, **said)))
    return out


ENGLISH_TUNED_SEED, ENGLISH_HELD_BACK_SEED = 6311, 6389


@lru_cache(maxsize=64)
def redactor_of(listed: str):
    return quiet_redactor({"people": [{"name": listed, "pseudonym": PSEUDONYM, "role": "victim"}]})


def english_goes_wrong(listed: str, text: str, expected: str) -> str | None:
    out = redactor_of(listed).redact_text(text)
    return None if out == expected else f"{text!r} -> {out!r}"


@pytest.mark.parametrize("listed,text,expected", english_cases(ENGLISH_TUNED_SEED, 120))
def test_an_english_word_stays_before_a_listed_name_and_its_possessive_tuned(listed, text, expected):
    assert redactor_of(listed).redact_text(text) == expected


@pytest.mark.parametrize("listed,text,expected", english_cases(ENGLISH_HELD_BACK_SEED, 60))
def test_an_english_word_stays_before_a_listed_name_and_its_possessive_held_back(listed, text, expected):
    assert redactor_of(listed).redact_text(text) == expected


# ------------------------------------------------------------------ an unlisted given name still goes

RELATIVE_MESSAGES = {
    "Polish": "{relative} {surname} przyjdzie jutro.", "Romanian": "{relative} {surname} vine mâine.",
    "Lithuanian": "{relative} {surname} ateis rytoj.", "Turkish": "{relative} {surname} yarın gelecek.",
    "Somali": "{relative} {surname} berri ayuu imanayaa.", "Welsh": "Diolch {relative} {surname}, wela i di fory.",
}


def relative_cases() -> list[tuple[str, str, str]]:
    out = []
    for community, (listed, relatives, messages) in sorted(COMMUNITIES.items()):
        surname = listed.split(" ", 1)[1]
        if community == "Polish" or community == "Lithuanian":
            surname = {"Zielińska": "Zieliński", "Kazlauskienė": "Kazlauskas"}[surname]
        for relative in relatives[:2]:
            template = RELATIVE_MESSAGES.get(community, messages[0].replace("{name}", "{relative} {surname}"))
            out.append((community, relative, 'He texted her: "' + template.format(relative=relative,
                                                                                  surname=surname) + '"'))
    return out


# "Rashed" reads as an English word inflected ("rash" + "ed"): no detector takes it for a name, on main as here
# ("Hi Rashed Chowdhury" leaks too). A gap of detection, not of this class's judgement.
UNSEEN = {"Rashed"}


def _marked(cases):
    return [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="no detector reads the relative"))
            if case[1] in UNSEEN else case for case in cases]


@pytest.mark.parametrize("community,relative,text", _marked(relative_cases()))
def test_an_unlisted_given_name_before_the_listed_surname_still_goes(community, relative, text):
    out = redactor(community).redact_text(text)
    assert not re.search(rf"(?<!\w){re.escape(relative)}(?!\w)", out), out
    assert PSEUDONYM not in out, out


def test_no_opener_is_a_name_of_the_lists():
    """A word of the openers' list that a name list holds would leave a relative's given name ("Selam Yılmaz")."""
    from benchmarks.drafts.names import TRADITIONS
    from benchmarks.names_set.generate import reference
    from redact.detect.recognizers.known_names import name_key, name_lexicon
    from redact.lexicon import MESSAGE_OPENERS_OF_OTHER_LANGUAGES

    written = [n for t in TRADITIONS.values() for n in (*t.female, *t.male, *(s for pair in t.surnames for s in pair))]
    written += [n for t in reference().values() for n in (*t["female"], *t["male"],
                                                          *(s for pair in t["surnames"] for s in pair))]
    names = {w.lower() for n in written for w in n.split()}
    names |= {name_key(w) for n in written for w in n.split()}
    # a word with its marks is judged as written ("bună" is hello; "Buna" is a given name the lexicon folds to)
    clashes = sorted(w for w in MESSAGE_OPENERS_OF_OTHER_LANGUAGES
                     if w in names or name_key(w) == w and name_key(w) in name_lexicon())
    assert clashes == [], clashes


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else TUNED_SEED
    if seed in (ENGLISH_TUNED_SEED, ENGLISH_HELD_BACK_SEED):
        found = english_cases(seed, 120 if seed == ENGLISH_TUNED_SEED else 60)
        wrong = [w for c in found if (w := english_goes_wrong(*c))]
    else:
        found = cases(seed, 85 if seed == TUNED_SEED else 51)
        wrong = [w for c in found if (w := goes_wrong(*c))]
    print(f"seed {seed}: {len(wrong)} of {len(found)} wrong")
    for line in wrong[:int(sys.argv[2]) if len(sys.argv) > 2 else 20]:
        print(" ", line)
