import json, sys, re, difflib
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
docs = json.load(open("/work/shared/tab/dev127.json"))
for n in a:
    newly, fewer, changed_docs = 0, 0, 0
    for i, (x, y) in enumerate(zip(a[n], b[n])):
        if x == y: continue
        changed_docs += 1
        xs, ys = x.split(), y.split()
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, xs, ys, autojunk=False).get_opcodes():
            if op != "equal":
                print(f"case{n} doc{i}: main {' '.join(xs[i1:i2])!r} -> branch {' '.join(ys[j1:j2])!r}")
                newly += i2 - i1
    print(f"case{n}: docs differing {changed_docs}, main-output words changed by branch {newly}")
