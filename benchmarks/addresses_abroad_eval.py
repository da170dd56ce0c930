"""Street addresses written the way other countries write them (and PO boxes), end to end through ``Redactor``
with only the victim listed: how many survive, how many towns they end with survive, and what report text of the
same shape is changed.

    python benchmarks/addresses_abroad_eval.py            # tuning seeds 0-4 and held-back seeds 0-4

The generator is ``tests/abroad_addresses.py``; its held-back part uses other street names, towns and sentences.
*Survived* = one of the address's own words or numbered parts (``Address.secrets``) is still in the output.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5, help="seeds per part (default 5)")
    parser.add_argument("--show", action="store_true", help="print the tuning part's survivors")
    parser.add_argument("--show-fresh", action="store_true", help="print the fresh part's survivors")
    args = parser.parse_args()

    from abroad_addresses import FRESH, FRESH_MUST_KEEP, MUST_KEEP, addresses
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        redactor = Redactor({"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}],
                             "dates": {"date_of_death": "2023-06-14"}})
    for part in ("tuning", "held-back"):
        total = survived = towns = towns_left = 0
        by_country: Counter = Counter()
        for seed in range(args.seeds):
            for address, sentence in addresses(seed, part):
                out = redactor.redact_text(sentence)
                total += 1
                left = [s for s in address.secrets if s in out]
                if left:
                    survived += 1
                    by_country[address.country] += 1
                    if args.show and part == "tuning":
                        print(f"  {address.country}: {out}")
                if address.town:
                    towns += 1
                    towns_left += address.town in out
                    if args.show and part == "tuning" and address.town in out and not left:
                        print(f"  town {address.country}: {out}")
        print(f"{part}: {survived}/{total} addresses survived; towns ending them survived {towns_left}/{towns}; "
              f"by country {dict(sorted(by_country.items()))}")
    fresh_left = [out for sentence, secret in FRESH if secret in (out := redactor.redact_text(sentence))]
    print(f"fresh (hand-written, measured once): {len(fresh_left)}/{len(FRESH)} addresses survived")
    for out in fresh_left if args.show_fresh else ():
        print(f"  {out}")
    fresh_changed = [t for t in FRESH_MUST_KEEP if "[address]" in redactor.redact_text(t)]
    print(f"fresh must-keep: {len(fresh_changed)}/{len(FRESH_MUST_KEEP)} taken as an address")
    for text in fresh_changed if args.show_fresh else ():
        print(f"  {text}")
    changed = [(text, out) for text in MUST_KEEP if (out := redactor.redact_text(text)) != text]
    as_address = [text for text in MUST_KEEP if any(f.entity_type == "ADDRESS" for f in redactor.scan_text(text))]
    print(f"must-keep: {len(as_address)}/{len(MUST_KEEP)} taken as an address; {len(changed)} changed at all "
          f"(the others by the model's guesses)")
    for text, out in changed:
        print(f"  {text!r} -> {out!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
