"""What a new process pays before its first paragraph (issue 15's cold start): kept cheap by import order."""
from __future__ import annotations

import subprocess
import sys


def test_wordfreq_is_imported_before_spacy_and_presidio():
    # wordfreq resolves the real path of every module already loaded when it is imported (inspect.stack()):
    # after spaCy that is ~1,400 modules instead of ~400
    probe = ("import sys, redact.detect.engine; order = list(sys.modules); "
             "print(order.index('wordfreq') < min(order.index('spacy'), order.index('presidio_analyzer')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_the_loaded_model_is_left_out_of_garbage_collections():
    import gc

    from redact.detect.model import load_model

    nlp = load_model().nlp
    assert gc.get_freeze_count() > 100_000
    assert nlp("Amina Yusuf moved to Leicester.").ents    # the frozen model still works
