import json, sys
from collections import defaultdict
res = json.load(open(sys.argv[1]))
by = defaultdict(lambda: dict(n=0, leak=0, caught=0, over=0, wrong=0, generic_leak=0))
ex = defaultdict(list)
for r in res:
    b = by[r["form"]]; b["n"] += 1
    left = r["left"] or r["generic"]
    if left and r["verify_out_ok"]:
        b["leak"] += 1; ex[("LEAK", r["form"])].append(r)
    elif left:
        b["caught"] += 1; ex[("caught", r["form"])].append(r)
    if r["over"]:
        b["over"] += 1; ex[("over", r["form"])].append(r)
    if r["wrong"]:
        b["wrong"] += 1; ex[("wrong", r["form"])].append(r)
print(f"{'form':28} n leak caught over wrong")
for f, b in by.items():
    flag = "  <==" if b["leak"] else ""
    print(f"{f:28} {b['n']:2} {b['leak']:3} {b['caught']:4} {b['over']:4} {b['wrong']:4}{flag}")
tot = {k: sum(b[k] for b in by.values()) for k in ("n", "leak", "caught", "over", "wrong")}
print("TOTAL", tot)
if len(sys.argv) > 2:
    kind = sys.argv[2]
    for (k, f), rs in ex.items():
        if k != kind: continue
        print("=====", k, f)
        for r in rs[:int(sys.argv[3]) if len(sys.argv) > 3 else 3]:
            print("  IN :", r["text"].rstrip().replace("\n", " ⏎ "))
            print("  OUT:", r["out"].rstrip().replace("\n", " ⏎ "), "| left", r["left"], r["generic"], "| verify_in_ok", r["verify_in_ok"], "wrong", r["wrong"])
