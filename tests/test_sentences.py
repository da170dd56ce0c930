"""The one sentence splitter (redact/sentences.py): generated sentences with titles, initials, abbreviations,
decimals, quotes, e-mail and web addresses and ellipses are split where they end, and nowhere else."""
from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from redact.lexicon import ABBREVIATED_TITLE_WORDS, NAME_TITLES
from redact.sentences import LONGEST_SENTENCE, Sentences, sentence_bounds, sentence_ends

# names from many communities, with diacritics, apostrophes, hyphens and particles
GIVEN = ["Łukasz", "Zofia", "Nguyễn", "Thị", "Abdirahman", "Hodan", "Siobhán", "Oluwaseun", "Chiamaka", "Mehmet",
         "Ayşe", "Priya", "Gurpreet", "Wei", "Xiuying", "Fatima", "Delroy", "Marcia", "Kwame", "Efua", "Dariusz"]
FAMILY = ["Wróbel", "Lan", "Warsame", "O'Neill", "Adeyemi", "Yılmaz", "Patel", "Kaur", "Zhang", "Al-Hassan",
          "Campbell", "Asante", "Mensah", "Kowalczyk", "van der Berg", "Ní Bhriain", "Öztürk", "Đặng"]
WORDS = ["she", "was", "seen", "by", "the", "GP", "on", "Monday", "and", "told", "her", "sister", "that", "he",
         "had", "moved", "to", "a", "flat", "in", "2019", "police", "attended", "after", "call", "from", "neighbour"]
OPENERS = ["She", "He", "The family", "Police", "In 2020 the", "A neighbour", "Later", "Her sister", "They",
           "\u201cWe", "'It", "14 March 2021:", "On 3 May the"]

given_name = st.sampled_from(GIVEN)
family_name = st.sampled_from(FAMILY)
full_name = st.builds(lambda g, f: f"{g} {f}", given_name, family_name)
# a written title with its full stop: "Mr.", "DS.", "Det. Sgt."
dotted_title = st.sampled_from(sorted(ABBREVIATED_TITLE_WORDS)).map(lambda t: f"{t}.") | st.just("Det. Sgt.")
initial = st.sampled_from("ABCDEFGHJKLMNOPRSTWZ")
name_piece = st.one_of(
    full_name,
    st.builds(lambda t, f: f"{t} {f}", dotted_title, family_name),
    st.builds(lambda i, j, f: f"{i}. {j}. {f}", initial, initial, family_name),
    st.builds(lambda i, f: f"{i}. {f}", initial, family_name),
)
inner_piece = st.one_of(
    st.sampled_from(WORDS),
    name_piece,
    st.sampled_from(["e.g. the", "i.e. her", "approx. 3 miles", "etc. and", "ref. 12345", "no. 4", "tel. 0161",
                     "para. 2", "vs. the", "D.O.B. not", "a.m. and", "in Sept. 2021", "at 10.30", "£12.50",
                     "3.5 miles", "14.03.2021", "j.smith@example.org.uk", "www.example.co.uk/help",
                     "https://example.org/a.b", "... and then", "\u2026 then", "(see 4.2)", "\u201cfine,\u201d she said",
                     "'no more,' he said", "St. Helens", "U.K. and", "\u201cStop!\u201d he shouted",
                     "'Why?' she asked"]),
)
ending = st.sampled_from([".", "!", "?", ".\u201d", ".'", "?\u201d", ".)"])
sentence = st.builds(lambda opener, pieces, end: f"{opener} {' '.join(pieces)} {FAMILY[0]}{end}",
                     st.sampled_from(OPENERS), st.lists(inner_piece, min_size=1, max_size=8), ending)
separator = st.sampled_from([" ", "  ", "\n", " \n", "\u00a0 "])


def _join(sentences: list[str], separators: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text and each sentence's (start, end), the end just after its closing quote."""
    text, spans = "", []
    for index, written in enumerate(sentences):
        if index:
            text += separators[index % len(separators)]
        spans.append((len(text), len(text) + len(written)))
        text += written
    return text, spans


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6), st.lists(separator, min_size=1, max_size=3))
def test_generated_sentences_split_where_they_end_and_nowhere_else(sentences, separators):
    text, spans = _join(sentences, separators)
    found = Sentences(text)
    for start, end in spans:
        # every position of the sentence (its first letter to its last) finds the sentence, ending at its stop
        for position in (start, (start + end) // 2, end - 2):
            left, right = found.bounds(position)
            assert text[left:right].strip() == text[start:end].rstrip(".!?'\u201d)").strip(), (text, position)
            left, right = found.bounds(position, with_end=True)
            assert text[left:right].strip() == text[start:end]
    assert [text[a:b] for a, b in found.spans(with_end=True)] == sentences
    assert len([e for e in sentence_ends(text) if text[e[0]] != "\n"]) == len(spans)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=2, max_size=5))
def test_a_lookup_within_reach_agrees_with_the_whole_text(sentences):
    text, spans = _join(sentences, [" "])
    whole = Sentences(text)
    for start, end in spans:
        assert sentence_bounds(text, start + 1, end - 1) == whole.bounds(start + 1, end - 1)


@given(name_piece)
def test_a_name_with_a_title_or_initials_is_never_cut(name):
    text = f"She spoke to {name} about it. Then she left."
    left, right = sentence_bounds(text, text.index(name) + len(name) - 1)
    assert text[left:right] == f"She spoke to {name} about it"


def test_a_table_cell_is_a_sentence_only_where_the_caller_says_so():
    row = "14 March | Seen by GP | Mr Ahmed called police"
    position = row.index("GP")
    assert row[slice(*sentence_bounds(row, position, cells=True))] == " Seen by GP "
    assert sentence_bounds(row, position) == (0, len(row))


def test_a_short_form_ends_a_sentence_unless_a_number_or_a_word_in_lower_case_follows():
    text = "She said no. Then file no. 4 was opened in Sept. 2021 (approx. 3 weeks later), etc. and more."
    ends = [text[:e].rsplit(" ", 1)[-1] for e, _ in sentence_ends(text)]
    assert ends == ["no", "more"]


def test_a_title_written_in_full_ends_a_sentence():
    text = "She phoned the Inspector. Police arrived. She was aged 5. Her sister left."
    assert len(sentence_ends(text)) == 4


def test_every_abbreviated_title_is_a_word_of_the_title_list():
    title_words = {word for title in NAME_TITLES for word in title.split()}
    assert ABBREVIATED_TITLE_WORDS <= title_words
    assert {word for word in title_words if word.isupper()} <= ABBREVIATED_TITLE_WORDS


def test_a_text_without_full_stops_is_read_in_linear_time():
    text = "Mr. " + "word " * 200_000
    started = time.perf_counter()
    for position in range(0, len(text), len(text) // 200):
        left, right = sentence_bounds(text, position)
        assert right - left <= 2 * LONGEST_SENTENCE + 1
    assert time.perf_counter() - started < 5


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Mr.", "Dr", "DS.", "Mrs", "Det. Sgt."]), family_name,
       st.sampled_from(["Tommy", "Luki", "Abdi", "Bisi", "Memo", "Xiao", "Siobh"]),
       st.sampled_from([", and", ";", ", but", " \u2013"]))
def test_a_pseudonym_declaration_excuses_no_nickname_in_another_clause(title, family, nick, joint):
    from redact.suggest import introduced_name_spans

    before = f"The pseudonym Adam is used for the perpetrator{joint} {title} {family}'s son, known as {nick}, was seen."
    after = f"{title} {family}'s son, known as {nick}, was seen{joint} the victim's pseudonym is Mary."
    for text in (before, after):
        assert nick in [text[a:b] for a, b in introduced_name_spans(text)], text
    declared = f"Using the pseudonym agreed with the family, {title} {family} will be known as {nick}."
    assert introduced_name_spans(declared) == []


def test_a_dotted_title_keeps_its_full_stop_and_space_before_the_replacement():
    """"DS. Reid" where "DS" is kept as a domain word: the name goes, "DS. " stays as written (not "DSPerson 1")."""
    from redact.api import redact_text

    names = [f"{g} {f}" for g, f in zip(GIVEN, FAMILY)]
    titles = sorted(ABBREVIATED_TITLE_WORDS)
    lines = [f"{title}. {names[i % len(names)]} attended the address." for i, title in enumerate(titles)]
    out = redact_text("\n".join(lines)).split("\n")
    assert len(out) == len(lines)
    for title, line, name in zip(titles, out, names * 2):
        assert line.startswith(f"{title}. ") and line.endswith(" attended the address."), line
        assert not any(part in line for part in name.split()), line


@settings(deadline=None)
@given(st.sampled_from(sorted(ABBREVIATED_TITLE_WORDS)), sentence)
def test_a_replacement_after_a_dotted_title_is_mid_sentence_and_after_a_sentence_at_its_start(title, first):
    from redact.grammar import at_sentence_start

    mid = f"She spoke to {title}. X"
    assert not at_sentence_start(mid, len(mid) - 1)
    after = f"{first} X"
    assert at_sentence_start(after, len(after) - 1)
