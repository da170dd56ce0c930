"""Detection quality on TAB and the shared fixtures: a thin wrapper for ``python -m redact.evaluate``.

    python benchmarks/quality.py --split --output docs/quality.md
"""
import sys

from redact.evaluate import main

if __name__ == "__main__":
    sys.exit(main())
