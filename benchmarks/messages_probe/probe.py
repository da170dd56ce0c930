import json, re, sys, time, warnings, unicodedata
from collections import Counter, defaultdict
sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from people import SETS, rules as rules_of
from passages import passages
from forms import S, fold
from redact.pipeline import Redactor
from redact.api import verify_bytes

DIGITS = {}
def digits(t):
    t = t.replace("O", "0")
    return "".join(str(unicodedata.digit(c)) for c in t if unicodedata.digit(c, None) is not None)

def name_words(r):
    words = set()
    for p in r["people"]:
        for n in [p["name"], *p.get("aliases", [])]:
            words.update(fold(w).lower() for w in re.split(r"[\s\-']+", n) if w)
    for p in r["places"]:
        words.add(fold(p["name"]).lower())
    return words

def hits(text, words):
    f = fold(text).lower()
    found = set()
    for w in words:
        if len(w) >= 4:
            if w in f: found.add(w)
        elif re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", f):
            found.add(w)
    return found

def secret_left(sec, out):
    if sec.kind == "phone":
        return digits(sec.text)[-9:] in digits(out)
    if sec.kind == "email":
        local = sec.text.split("@")[0]
        return local in out
    return re.search(rf"(?<![^\W_]){re.escape(sec.text)}(?![^\W_])", out) is not None

def main(only=None, limit_sets=None):
    warnings.simplefilter("ignore")
    results = []
    for si, s in enumerate(SETS[:limit_sets]):
        r = rules_of(s)
        red = Redactor(r)
        words = name_words(r)
        for form, parts in passages(s, 1000 + si):
            if only and not re.search(only, form):
                continue
            text = "".join(p.text if isinstance(p, S) else p for p in parts)
            lits = "".join("" if isinstance(p, S) else p for p in parts)
            out = red.redact_text(text)
            ok_out = verify_bytes(out.encode(), "txt", r).ok
            ok_in = verify_bytes(text.encode(), "txt", r).ok
            left = [p for p in parts if isinstance(p, S) and secret_left(p, out)]
            generic = hits(out, words) - hits(lits, words)
            pattern = ".*?".join(re.escape(p.strip()) for p in parts if not isinstance(p, S) and p.strip())
            over = re.search(pattern, out, re.S) is None
            wrong = [p.text for p in parts if isinstance(p, S) and p.expect and p.expect not in out and not secret_left(p, out)]
            results.append(dict(set=si, form=form, text=text, out=out, left=[(p.kind, p.text) for p in left],
                                generic=sorted(generic), verify_out_ok=ok_out, verify_in_ok=ok_in, over=over,
                                wrong=wrong))
    return results

if __name__ == "__main__":
    only = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None
    lim = int(sys.argv[2]) if len(sys.argv) > 2 else None
    t = time.time()
    res = main(only, lim)
    json.dump(res, open(sys.argv[3] if len(sys.argv) > 3 else "messages_probe.json", "w"), ensure_ascii=False, indent=1)
    print(len(res), "passages", round(time.time() - t), "s")
