"""Apply each fixture's rules to the TAB dev texts; save outputs for comparing main and branch."""
import json, sys, time, warnings
warnings.simplefilter("ignore")
from redact.pipeline import Redactor
from redact.rules import load_rules
docs = json.load(open("/work/shared/tab/dev127.json"))
out = {}
t = time.time()
for n in sys.argv[2].split(","):
    red = Redactor(load_rules(f"/work/shared/fixtures/case{n}/rules.yaml"))
    out[n] = [red.redact_text(d["text"]) for d in docs]
json.dump(out, open(sys.argv[1], "w"))
print("done", round(time.time() - t))
