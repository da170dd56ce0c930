"""How well `redact.name_or_word.is_ordinary_word` tells names that are words from names that are not.

Prints, for the rules' common-word list (plus the words issue 10 names), how many are found ambiguous
without the hand list, and the share of real names wrongly found ambiguous: the most popular given names of
Great Britain, Ireland and the USA (in two or more of Faker's en_GB, en_IE and en_US given-name lists) and
a list of surnames and given names from many communities. Run: python benchmarks/name_or_word_ambiguity.py
"""
from __future__ import annotations

from collections import Counter

from redact.given_name_genders import given_names
from redact.name_or_word import MONTHS, WEEKDAYS, is_ordinary_word
from redact.rules import parse_rules

ISSUE_WORDS = """amber may will grace hope dawn faith joy rose summer sky ruby jade iris mark bill jack frank guy pat
sunny precious comfort blessing patience gift wisdom chance major king noble baker brown green white young hill wood
friend sharp""".split()
# Names that are not English words (surnames and given names of the communities DHR reports name)
OTHER_NAMES = """khan patel shah begum hussain ahmed akhtar rahman islam chowdhury singh kaur sharma gupta kumar
okafor adeyemi mensah owusu boateng nwosu okonkwo abubakar mohamed farah hassan warsame abdi omar yusuf jama
nowak kowalski wojcik wisniewski kaminski lewandowski zielinski szymanski dabrowski kozlowski mazur krawczyk
murphy kelly byrne ryan walsh oconnor doyle mccarthy gallagher dunne brennan quinn nolan
nguyen tran pham hoang phan vu dang bui chen wang zhang liu huang zhao zhou yang
yilmaz kaya demir sahin celik yildiz ozturk aydin arslan dogan
campbell thompson robinson richards francis grant clarke edwards
smith jones taylor williams davies evans wilson johnson roberts walker wright thomson robertson
agnieszka katarzyna malgorzata wojciech krzysztof siobhan niamh aoife ciaran oisin
priya anjali deepak sanjay aisha fatima zainab amina tariq imran bilal kwame kofi ama chidi ngozi emeka
thi linh minh huong wei mei xiu jun mehmet ayse emine mustafa""".split()


def main() -> None:
    by_locale = given_names().by_locale
    lists = Counter(name for locale in ("en_GB", "en_IE", "en_US") for name in by_locale[locale])
    names = [name for name, count in lists.items() if count >= 2]     # popular: in two of the three lists
    listed = {w.lower() for w in parse_rules({}).detection.common_word_names} | set(ISSUE_WORDS)
    found = sorted(w for w in listed if is_ordinary_word(w))
    missed = sorted(listed - set(found))
    print(f"name-words found ambiguous without the hand list: {len(found)}/{len(listed)}; missed: {missed}")
    popular = sorted(n for n in names if n.isalpha() and n not in listed
                     and n not in MONTHS | WEEKDAYS)
    wrong = [n for n in popular if is_ordinary_word(n)]
    print(f"popular given names found ambiguous: {len(wrong)}/{len(popular)} "
          f"({100 * len(wrong) / len(popular):.1f}%): {wrong}")
    wrong = [n for n in OTHER_NAMES if is_ordinary_word(n)]
    print(f"names from many communities found ambiguous: {len(wrong)}/{len(OTHER_NAMES)} "
          f"({100 * len(wrong) / len(OTHER_NAMES):.1f}%): {wrong}")


if __name__ == "__main__":
    main()
